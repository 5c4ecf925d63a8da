"""Score artclean on the project's own labelled page sets (benchmarks/pages/).

Usage: python benchmarks/pages.py [SET ...] [--write] [--show]

Each set is a folder of whole-page text dumps ``NN_lang_slug.txt`` with the
true article body (``.body.txt``, one paragraph per line) and the true fields
(``.meta.json``: title, byline, date as YYYY-MM-DD, source; null when the
page has none).  The body is scored like the scrapinghub benchmark (F1 of
word 4-gram multisets, tokens ``\\w+`` of the lower-cased text), averaged over
pages.  A field counts as right when it equals the truth after case folding
and collapsing spaces; the date when it is the same day; the byline when it
has the same capitalised words (artclean joins several authors with ", ", a
page may print "X und Y").  --show prints every page; --write puts the table
into benchmarks/README.md between the PAGES markers.
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import re
from collections import Counter, defaultdict
from pathlib import Path

from artclean import extract

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
FIELDS = ("title", "byline", "date", "source")
_TOKEN = re.compile(r"\w+")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Word 4-grams of ``text`` as a multiset; a text of 1-3 words is one shingle."""
    words = _TOKEN.findall(text.lower())
    if len(words) < 4:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(zip(words, words[1:], words[2:], words[3:], strict=False))


def body_scores(truth: str, predicted: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``predicted`` against ``truth``."""
    expected, found = shingles(truth), shingles(predicted)
    common = sum((expected & found).values())
    precision = common / sum(found.values()) if found else 0.0
    recall = common / sum(expected.values()) if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _name_words(byline: str) -> set[str]:
    return {word.casefold() for word in _TOKEN.findall(byline) if word[:1].isupper()}


def _same(field: str, truth: object, found: object) -> bool:
    if truth is None or found is None:
        return truth is None and found is None
    if field == "date":
        return str(found)[:10] == str(truth)[:10]
    if field == "byline":
        # artclean joins several authors with ", "; a page may print "X und Y".
        return _name_words(str(found)) == _name_words(str(truth))
    return " ".join(str(found).split()).casefold() == " ".join(str(truth).split()).casefold()


def score_set(folder: Path, show: bool) -> dict[str, list[float]]:
    """Per-language lists of page scores: body P/R/F1 and one 0/1 per field."""
    results: dict[str, list[float]] = defaultdict(list)
    for page in sorted(folder.glob("*.txt")):
        if page.name.endswith(".body.txt"):
            continue
        truth_body = page.with_suffix(".body.txt").read_text(encoding="utf-8")
        meta = json.loads(page.with_suffix(".meta.json").read_text(encoding="utf-8"))
        article = extract(page.read_bytes())
        precision, recall, f1 = body_scores(truth_body, article.body)
        found = {field: getattr(article, field) for field in FIELDS}
        right = [_same(field, meta.get(field), found[field]) for field in FIELDS]
        language = page.stem.split("_")[1]
        for key in (language, "all"):
            results[key].append(f1)
            results[key + ":p"].append(precision)
            results[key + ":r"].append(recall)
            for field, ok in zip(FIELDS, right, strict=True):
                results[f"{key}:{field}"].append(float(ok))
        if show:
            wrong = ", ".join(
                f"{field}={found[field]!r} (truth {meta.get(field)!r})"
                for field, ok in zip(FIELDS, right, strict=True)
                if not ok
            )
            print(f"{page.name:48} F1 {f1:.3f} P {precision:.3f} R {recall:.3f}  {wrong}")
    return results


def _mean(values: list[float]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "-"


def _share(values: list[float]) -> str:
    return f"{sum(values):.0f}/{len(values)}"


def table(sets: list[Path], show: bool) -> list[str]:
    rows = [
        f"Measured {datetime.date.today().isoformat()} on {platform.machine()}, Python "
        f"{platform.python_version()}; `python benchmarks/pages.py --write` reproduces it.",
        "",
        "| set | language | pages | body F1 | P | R | title | byline | date | source |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for folder in sets:
        results = score_set(folder, show)
        languages = sorted(key for key in results if ":" not in key and key != "all")
        for key in ["all", *languages]:
            figures = [_mean(results[name]) for name in (key, f"{key}:p", f"{key}:r")]
            fields = [_share(results[f"{key}:{field}"]) for field in FIELDS]
            rows.append(
                f"| {folder.name} | {key} | {len(results[key])} | "
                + " | ".join(figures + fields)
                + " |"
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set folders (default: every set in pages/)")
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    parser.add_argument("--show", action="store_true", help="print the score of every page")
    args = parser.parse_args()
    sets = [Path(name) for name in args.sets] or sorted(p for p in PAGES.iterdir() if p.is_dir())
    rows = table(sets, args.show)
    print("\n".join(rows))
    if args.write:
        # Imported here: tests load this file as a module, without benchmarks/ on the path.
        from readme_section import write_section

        write_section("PAGES", "\n".join(rows), "The project's own page sets")


if __name__ == "__main__":
    main()
