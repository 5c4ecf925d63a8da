"""Find the margins a browser prints on every page, and page counters.

A page printed from a browser (to paper or PDF, then back to text) carries a
running head and foot on every sheet: the print date and time beside the
page title ("11/27/26, 8:03 AM   Title | Site"), and the address beside the
page number ("https://example.org/story   1/2").  They recur inside the
article wherever a sheet ends, so they must neither read as a headline (the
running head repeats the page title) nor cut the article in two.  An
e-paper's text view and a print edition number their pages the same way
("Page 3 of 12", "Seite 3 von 12", "Strona 3 z 12"), and count the articles
on a page ("Artikel 2 von 3 auf dieser Seite"): the next article starts there.

A foot or a counter is plain from its own line.  A running head is a date,
a time and the title: a live blog's entry can open with a stamp too, so a
head counts only on a page that has a foot, or as the page's first line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import LexiconHit
from .model import Block, Kind

MARGIN_MODE = "margin"
"""The lexicon mode of a print margin: its kind is navigation, and it weighs
nothing in the main run (a sheet's end is no interruption of the article)."""

MARGIN_HIT = LexiconHit(Kind.NAVIGATION, "print margin", MARGIN_MODE)
MARGIN_RULE = f"lexicon-{MARGIN_MODE}: {MARGIN_HIT.phrase}"
"""The first-pass rule of a block that is a print margin."""

COUNTER_HIT = LexiconHit(Kind.NAVIGATION, "article counter", "boundary")
"""An e-paper's "Artikel 2 von 3 auf dieser Seite": the next article of the page starts
there, so the line ends a run the way a comment form does."""


# "11/27/26, 8:03 AM", "27.11.26, 08:03", "27/11/2026 08:03", "2026-11-27 08:03".
_STAMP = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?"
)
_ADDRESS = r"(?:https?|file)://\S+|about:blank"

# "Page 3 of 12" and its like, per language: the words before and between the numbers.
_COUNTER_WORDS = (
    r"page|pages|p\.|seite|strona|str\.|página|pagina|pág\.|trang|sayfa|sida|side|sivu"
    r"|oldal|stránka|strana|pag\.|стр\.|страница|сторінка|σελίδα"
)
_COUNTER_JOINS = r"of|von|z|ze|de|sur|di|van|af|av|/|из|з|από|trên"

# "Artikel 2 von 3 (auf dieser Seite)", "Article 2 of 3", "Bài 2/3": the words that
# count articles (not pages) before the numbers, per language.
_ARTICLE_WORDS = (
    r"artikel|article|artículo|articolo|artigo|artykuł|artikkel|bài|bài viết|beitrag"
    r"|meldung|story|nota|noticia|notícia|wiadomość|tekst|статья"
)
_ARTICLE_COUNTER = re.compile(
    rf"(?:{_ARTICLE_WORDS})\s*\d{{1,2}}\s*(?:{_COUNTER_JOINS})\s*\d{{1,2}}(?:\s+\S+){{0,4}}",
    re.I,
)

_FOOT = re.compile(
    rf"(?:{_ADDRESS})\s+\d{{1,3}}\s?/\s?\d{{1,3}}"  # Chrome: address, page/pages
    rf"|(?:(?:{_COUNTER_WORDS})\s*)?\d{{1,3}}\s*(?:{_COUNTER_JOINS})\s*\d{{1,3}}\s+{_STAMP}"
    rf"|{_STAMP}\s+(?:(?:{_COUNTER_WORDS})\s*)?\d{{1,3}}\s*(?:{_COUNTER_JOINS})\s*\d{{1,3}}",
    re.I,
)
_COUNTER = re.compile(
    rf"(?:{_COUNTER_WORDS})\s*\d{{1,3}}\s*(?:{_COUNTER_JOINS})\s*\d{{1,3}}\.?", re.I
)
# What a pager holds beside its counter: "« Strona 2  Strona 3 z 12  Strona 4 »".
_PAGER_REST = re.compile(rf"(?:\s|[«»‹›<>|/·–—-]|\d{{1,3}}|(?:{_COUNTER_WORDS})\.?)*", re.I)
_HEAD = re.compile(rf"{_STAMP}\s+\S.*|\S.*\s(?:{_ADDRESS})", re.I)
# The two parts of a running head that are not the title: the date before, the address after.
_HEAD_STAMP = re.compile(rf"{_STAMP}\s+", re.I)
_HEAD_ADDRESS = re.compile(rf"\s(?:{_ADDRESS})\Z", re.I)

_SENTENCE_ENDS = ".!?…。"
# An article counter is a short line: longer lines skip the regular expression.
_COUNTER_MAX_CHARS = 60
# A page's foot (an address and a page number at most) is no longer than this.
_FOOT_MAX_CHARS = 300


def is_page_foot(text: str) -> bool:
    """Whether the line is a printed page's foot or a bare page counter.

    >>> is_page_foot("https://example.org/news/2026/bridge?print=1 1/2")
    True
    >>> is_page_foot("Strona 3 z 12"), is_page_foot("Seite 3 von 12")
    (True, True)
    >>> is_page_foot("3 of 12 people said yes")
    False
    >>> is_page_foot("« Strona 2 Strona 3 z 12 Strona 4 »")
    True
    """
    stripped = text.strip()
    # Every foot is short and ends in a page number, a time, "AM"/"PM", an arrow (a
    # pager) or a counter's full stop: the length and one character turn most lines away.
    if not stripped or len(stripped) > _FOOT_MAX_CHARS:
        return False
    last = stripped[-1]
    if not (last.isdigit() or last in "MmAaPp»›>" or (last == "." and len(stripped) <= 40)):
        return False
    if _FOOT.fullmatch(stripped) is not None or _COUNTER.fullmatch(stripped) is not None:
        return True
    # A pager: the counter between links to the pages before and after it.
    if last not in "»›>":
        return False
    counter = _COUNTER.search(stripped)
    return (
        counter is not None
        and _PAGER_REST.fullmatch(stripped[: counter.start()] + " " + stripped[counter.end() :])
        is not None
    )


def article_counters(blocks: Sequence[Block]) -> list[bool]:
    """Which blocks count the articles of an e-paper's page ("Artikel 2 von 3").

    >>> from artclean.segment import segment
    >>> article_counters(segment("Artikel 2 von 3 auf dieser Seite\\nArtikel 2 ist neu."))
    [True, False]
    """
    return [
        len(block.text) <= _COUNTER_MAX_CHARS
        and _ARTICLE_COUNTER.fullmatch(block.text.strip()) is not None
        for block in blocks
    ]


def _is_head(text: str) -> bool:
    # The title beside the stamp or the address has a letter ("[1] https://..." has none).
    title = head_title(text)
    return title is not None and any(char.isalpha() for char in title)


def print_margins(blocks: Sequence[Block]) -> list[bool]:
    """Which blocks are a printed page's running head or foot, or a page counter.

    >>> from artclean.segment import segment
    >>> page = segment(
    ...     "11/27/26, 8:03 AM Bridge reopens | The Courier\\n"
    ...     "Bridge reopens\\n"
    ...     "The bridge reopened on Monday.\\n"
    ...     "https://example.org/bridge 1/2\\n"
    ...     "11/27/26, 8:03 AM Bridge reopens | The Courier\\n"
    ...     "Traffic was light.\\n"
    ... )
    >>> print_margins(page)
    [True, False, False, True, True, False]
    >>> print_margins(segment("08:03 Police close the road.\\n09:10 The road is open again."))
    [False, False]
    """
    feet = [is_page_foot(block.text) for block in blocks]
    printed = any(feet)
    return [
        foot or ((printed or index == 0) and _is_head(block.text) and _reads_as_head(block.text))
        for index, (block, foot) in enumerate(zip(blocks, feet, strict=True))
    ]


def _reads_as_head(text: str) -> bool:
    # A running head holds a page title: no sentence end (a live blog's
    # stamped first entry has one).
    return text.rstrip()[-1:] not in _SENTENCE_ENDS


def head_title(text: str) -> str | None:
    """The page title a running head prints beside the date and time, or None.

    >>> head_title("11/27/26, 8:03 AM Bridge reopens | The Courier")
    'Bridge reopens | The Courier'
    >>> head_title("Bridge reopens | The Courier https://example.org/bridge")
    'Bridge reopens | The Courier'
    """
    stripped = text.strip()
    if _HEAD.fullmatch(stripped) is None:
        return None
    stamp = _HEAD_STAMP.match(stripped)
    if stamp is not None:
        return stripped[stamp.end() :]
    return _HEAD_ADDRESS.sub("", stripped)
