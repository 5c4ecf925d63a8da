"""Measure title, author and date on the scrapinghub pages against the pages' own HTML metadata.

Usage: python benchmarks/metadata.py [--shared DIR] [--write] [--show-misses N]

The benchmark's ground truth has only article bodies, but each page's original
HTML (``html/<id>.html.gz``) carries what the publisher declared: JSON-LD
``headline``/``author``/``datePublished``, ``og:title``, ``<h1>``,
``article:published_time``, ``meta name=author``.  artclean reads only the
text dumps; this script compares its fields with those declarations:

- title: equal to a declared title (JSON-LD headline, og:title or the first h1)
  after lower-casing and keeping word characters; a declared title that only
  adds a site name (at most 4 trailing words) still counts;
- author: every word of one declared author name appears in the byline;
- date: the same calendar day as a declared publication date, or one day off
  (declarations are often in UTC while pages print local time).

A page counts only for the fields it declares.  --write updates the
METADATA section of benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import platform
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from readme_section import write_section

from artclean import extract
from artclean.dates import parse_date

HERE = Path(__file__).resolve().parent
DUMPS = ("html-text", "inscriptis")
WORD = re.compile(r"\w+")
SITE_TAIL_WORDS = 4


@dataclass
class Declared:
    titles: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)


class _MetaParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, list[str]] = {}
        self.h1: list[str] = []
        self.ld: list[str] = []
        self._in_h1 = False
        self._in_ld = False
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop")
            if key and values.get("content"):
                self.meta.setdefault(key.lower(), []).append(values["content"])
        elif tag == "time" and values.get("itemprop", "").lower() == "datepublished":
            self.meta.setdefault("datepublished", []).append(values.get("datetime", ""))
        elif tag == "h1" and not self.h1:
            self._in_h1, self._buffer = True, []
        elif tag == "script" and "ld+json" in values.get("type", ""):
            self._in_ld, self._buffer = True, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.h1.append(" ".join("".join(self._buffer).split()))
        elif tag == "script" and self._in_ld:
            self._in_ld = False
            self.ld.append("".join(self._buffer))

    def handle_data(self, data: str) -> None:
        if self._in_h1 or self._in_ld:
            self._buffer.append(data)


def _walk_ld(node: Any, found: Declared) -> None:
    if isinstance(node, list):
        for item in node:
            _walk_ld(item, found)
        return
    if not isinstance(node, dict):
        return
    kind = node.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    if any("Article" in str(k) or "Posting" in str(k) for k in kinds):
        if isinstance(node.get("headline"), str):
            found.titles.append(node["headline"])
        if isinstance(node.get("datePublished"), str):
            found.dates.append(node["datePublished"])
        authors = node.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            name = author.get("name") if isinstance(author, dict) else author
            if isinstance(name, str) and name.strip() and "://" not in name:
                found.authors.append(name)
    for value in node.values():
        if isinstance(value, (list, dict)):
            _walk_ld(value, found)


def declared(html: str) -> Declared:
    parser = _MetaParser()
    parser.feed(html)
    found = Declared()
    for block in parser.ld:
        try:
            _walk_ld(json.loads(block), found)
        except (ValueError, RecursionError):
            continue
    found.titles += parser.meta.get("og:title", []) + parser.h1[:1]
    for key in ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author"):
        found.authors += [a for a in parser.meta.get(key, []) if "://" not in a]
    for key in ("article:published_time", "datepublished", "dc.date", "pubdate", "date"):
        found.dates += parser.meta.get(key, [])
    found.dates = [
        value for value in found.dates if not value.startswith("0001")
    ]  # placeholder dates
    return found


def _words(text: str | None) -> list[str]:
    return WORD.findall((text or "").casefold())


def title_ok(ours: str | None, titles: list[str]) -> bool:
    mine = _words(ours)
    if not mine:
        return False
    for title in titles:
        theirs = _words(title)
        if mine == theirs or (
            theirs[: len(mine)] == mine and len(theirs) - len(mine) <= SITE_TAIL_WORDS
        ):
            return True
    return False


def author_ok(ours: str | None, authors: list[str]) -> bool:
    mine = set(_words(ours))
    return bool(mine) and any(set(_words(author)) <= mine for author in authors if _words(author))


def _day(value: str) -> datetime.date | None:
    # Declarations are mostly ISO 8601; some sites write "19 Nov 2019 07:09 GMT".
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip()) or re.match(
        r"(\d{4})-(\d{2})-(\d{2})", parse_date(value, lang="en") or ""
    )
    if not match:
        return None
    try:
        return datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def date_ok(ours: str | None, dates: list[str]) -> bool:
    mine = _day(ours or "")
    return mine is not None and any(
        (day := _day(value)) is not None and abs((day - mine).days) <= 1 for value in dates
    )


def run(shared: Path, show_misses: int) -> tuple[list[str], dict[str, dict[str, float]]]:
    bench = shared / "bench" / "scrapinghub"
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    references = {
        doc: declared(
            gzip.decompress((bench / "html" / f"{doc}.html.gz").read_bytes()).decode(
                "utf-8", "replace"
            )
        )
        for doc in truth
    }
    rows, summary = [], {}
    for dump in DUMPS:
        counts = {name: [0, 0] for name in ("title", "author", "date")}
        misses: dict[str, list[str]] = {name: [] for name in counts}
        for doc in sorted(truth):
            article = extract((bench / "text" / dump / f"{doc}.txt").read_bytes())
            ref = references[doc]
            for name, ours, refs, check in (
                ("title", article.title, ref.titles, title_ok),
                ("author", article.byline, ref.authors, author_ok),
                ("date", article.date, ref.dates, date_ok),
            ):
                if not refs:
                    continue
                counts[name][1] += 1
                if check(ours, refs):
                    counts[name][0] += 1
                else:
                    misses[name].append(f"{doc[:10]} ours={ours!r} declared={refs[0]!r}")
        summary[dump] = {
            name: good / total if total else 0.0 for name, (good, total) in counts.items()
        }
        rows.append(
            f"| {dump} | "
            + " | ".join(f"{good / total:.1%} ({good}/{total})" for good, total in counts.values())
            + " |"
        )
        for name, lines in misses.items():
            for line in lines[:show_misses]:
                print(f"{dump} {name} miss: {line}", file=sys.stderr)
    return rows, summary


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    parser.add_argument(
        "--show-misses", type=int, default=0, metavar="N", help="list N misses per field on stderr"
    )
    args = parser.parse_args()
    if not (args.shared / "bench" / "scrapinghub" / "html").is_dir():
        sys.exit(f"{args.shared}/bench/scrapinghub/html not found; pass --shared DIR")
    rows, _ = run(args.shared, args.show_misses)
    table = "\n".join(
        [
            f"Measured {datetime.date.today().isoformat()} on {platform.machine()}, Python "
            f"{platform.python_version()}; `python benchmarks/metadata.py --write` reproduces it.",
            "",
            "| dump | title | author | date |",
            "|---|---|---|---|",
            *rows,
        ]
    )
    print(table)
    if args.write:
        write_section("METADATA", table, "Title, author and date")


if __name__ == "__main__":
    main()
