"""Split "Site – Title" first lines, and tell whether a line reads like a heading.

Language-neutral: the tests are on shape (separators, capitals, domains, length), not on words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TitleSplit", "is_heading_like", "split_site_title"]

MAX_SITE_WORDS = 4
"""A site name is short ("The Verge", "Tuổi Trẻ Online"); a longer side is part of the title."""

MIN_TITLE_WORDS = 3
"""The title side of a split has at least this many words; "Covid-19 cases rise - again"
keeps its dash, as two short sides are one sentence."""

MAX_LOOSE_SITE_WORDS = 3
"""A site name with lower-case words ("Городские вести", "Báo Dân trí") is at most this long,
and only beside a typographic separator ("–", "|"), never a plain hyphen ..."""

LOOSE_TITLE_RATIO = 2
"""... and the title beside it has at least this many times its words: "The war in Europe -
What comes next" is one title, not a site and a title."""

MAX_UNCASED_SITE_CHARS = 12
"""A site name in a script without capitals is this short ("みなと新聞", "新华网")."""

MIN_UNCASED_TITLE_CHARS = 8
"""A title in a script written without spaces has at least this many characters."""

MAX_SPLIT_CHARS = 400
"""Longer lines are body text, never a "Site – Title" line."""

MAX_HEADING_WORDS = 24
"""A heading is short; more words make a sentence."""

MAX_HEADING_CHARS = 150
"""Bounds headings in scripts written without spaces (Chinese, Japanese)."""

TITLE_CASE_MIN_WORDS = 8
"""A line in title case ends how it likes once it has this many words ..."""
TITLE_CASE_SHARE = 0.85
"""... and this share of them capitalised."""
MIN_HEADING_LETTER_RATIO = 0.6
"""Share of letters among non-space characters: "12.000 - 15.000 đ" or "***" are not headings."""

# Lower-case words that may sit inside a site name: "Voice of America", "Dân trí".
_SITE_FILLERS = frozenset(
    {"of", "the", "and", "for", "on", "in", "at", "de", "del", "des", "la", "le", "di", "da"}
    | {"do", "du", "der", "die", "das", "und", "y", "e", "et"}
)
# Separators between a site and a title, in the order they are tried.
# Chinese browser titles join title and site with an underscore: "标题_网站名".
_SEPARATOR_RE = re.compile(
    r"\s+(?P<sep>[|–—»·•]|-{1,2}|::)\s+|(?<=[\u3400-\u9fff])_(?=[\u3400-\u9fff])"
)
_TYPOGRAPHIC_SEPARATORS = frozenset({"|", "–", "—", "»", "·", "•", "::"})
_COLON_RE = re.compile(r"\s*:\s+")
_DOMAIN_RE = re.compile(r"(?:[\w-]+\.)+[a-z]{2,6}\Z", re.IGNORECASE)
_BULLET_RE = re.compile(r"\A(?:[-*•·–—▪►▶✓✔➤→+]|\d{1,3}[.)]\s|[a-z][.)]\s)")
_SENTENCE_END_RE = re.compile(r"[.;,:。；，：]\Z")
_ELLIPSIS_RE = re.compile(r"(?:\.\.\.|…)\Z")


@dataclass(frozen=True)
class TitleSplit:
    """A first line split into its title and, when it names one, the site."""

    title: str
    site_name: str | None


def _uncased(text: str) -> bool:
    """No capital or small letters at all: Chinese, Japanese, Thai, Arabic, ... text."""
    return not any(ch.isupper() or ch.islower() for ch in text)


def _title_ok(text: str) -> bool:
    if _uncased(text):
        return len("".join(text.split())) >= MIN_UNCASED_TITLE_CHARS
    return len(text.split()) >= MIN_TITLE_WORDS


def _is_site(text: str, title: str, separator: str | None) -> bool:
    """A short name or domain beside a title: "Antinet.info", "The Verge", "Городские вести".

    ``separator`` is None when the line has several: "Thế giới | Kinh doanh | Title" is a
    breadcrumb, so lower-case site names are only trusted beside a single separator.
    """
    words = text.split()
    # Particles do not count: "Le Progrès des Deux Rives" is a short name.
    named = [word for word in words if word.casefold() not in _SITE_FILLERS]
    if not words or not 1 <= len(named) <= MAX_SITE_WORDS or not _title_ok(title):
        return False
    if _DOMAIN_RE.match(text):
        return True
    if _uncased(text):
        return len(text) <= MAX_UNCASED_SITE_CHARS and len(text) < len(title)
    if not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    if all(w[:1].isupper() or w[:1].isdigit() or w in _SITE_FILLERS for w in words):
        return True
    return (
        separator in _TYPOGRAPHIC_SEPARATORS
        and len(words) <= MAX_LOOSE_SITE_WORDS
        and len(title.split()) >= LOOSE_TITLE_RATIO * len(words)
        and all(ch.isalpha() for w in words for ch in w)
    )


def split_site_title(line: str) -> TitleSplit:
    """Split the site name off a first line like "Site – Title" or "Title | Site".

    >>> split_site_title("Antinet.info – Hội nghị giao ban trực tuyến công tác tổ chức")
    TitleSplit(title='Hội nghị giao ban trực tuyến công tác tổ chức', site_name='Antinet.info')
    >>> split_site_title("Apple unveils a new iPhone | The Verge")
    TitleSplit(title='Apple unveils a new iPhone', site_name='The Verge')
    >>> split_site_title("Covid-19 cases rise - again")
    TitleSplit(title='Covid-19 cases rise - again', site_name=None)
    """
    line = line.strip()
    unsplit = TitleSplit(line, None)
    if len(line) > MAX_SPLIT_CHARS:
        return unsplit
    seps = list(_SEPARATOR_RE.finditer(line))
    if seps:
        first, last = seps[0], seps[-1]
        head, rest = line[: first.start()].strip(), line[first.end() :].strip()
        init, tail = line[: last.start()].strip(), line[last.end() :].strip()
        single = len(seps) == 1
        head_site = _is_site(head, rest, first["sep"] if single else None)
        tail_site = _is_site(tail, init, last["sep"] if single else None)
        # A domain names a site for sure; otherwise "Title | Site" is the commoner order.
        if head_site and (_DOMAIN_RE.match(head) or not tail_site):
            return TitleSplit(rest, head)
        if tail_site:
            return TitleSplit(init, tail)
        return unsplit
    colon = _COLON_RE.search(line)
    if colon is not None:
        # "Brexit: what happens next" is a title; only a domain before a colon is a site.
        head, rest = line[: colon.start()].strip(), line[colon.end() :].strip()
        if _DOMAIN_RE.match(head) and _title_ok(rest):
            return TitleSplit(rest, head)
    return unsplit


def _title_case(words: list[str]) -> bool:
    # "Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn't Worry.":
    # nearly every word capitalised is a headline's style, whatever ends it.
    named = [word for word in words if word[:1].isalpha()]
    capitals = sum(1 for word in named if word[:1].isupper())
    return len(named) >= TITLE_CASE_MIN_WORDS and capitals >= TITLE_CASE_SHARE * len(named)


def is_heading_like(line: str) -> bool:
    """Whether the line reads like a heading: short, no final period, not a bullet, mostly letters.

    >>> is_heading_like("Hội nghị giao ban trực tuyến công tác tổ chức xây dựng Đảng")
    True
    >>> is_heading_like("The minister spoke on Monday.")
    False
    >>> is_heading_like("• Chia sẻ trải nghiệm")
    False
    """
    line = line.strip()
    if not line or len(line) > MAX_HEADING_CHARS:
        return False
    words = line.split()
    if len(words) > MAX_HEADING_WORDS:
        return False
    if _BULLET_RE.match(line) or (
        _SENTENCE_END_RE.search(line) and not _ELLIPSIS_RE.search(line) and not _title_case(words)
    ):
        return False
    # str.split drops exactly the characters str.isspace accepts, and a character
    # is alphabetic exactly when its Unicode category is a letter (L*): the
    # per-character category lookups, done in C.
    visible = "".join(words)
    letters = sum(map(str.isalpha, visible))
    return letters >= MIN_HEADING_LETTER_RATIO * len(visible)
