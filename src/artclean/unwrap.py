"""Join the lines of hard-wrapped paragraphs back into one.

Text saved from a terminal browser (``lynx -dump``, ``w3m``), a mail client or
a plain-text export is wrapped at a fixed width: every paragraph is broken
into lines of 60 to 80 columns.  Each of those lines alone reads like a
fragment, so the classifier would drop most of them.  A wrapped text shows it
in its line widths: most lines of prose end within a few columns of one
width, and none goes much past it.  Where that holds, a line is joined to the
next when the next line's first word would not have fitted after it: that is
exactly where a wrapping program breaks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

WRAP_MIN_WIDTH = 40
"""Narrower "widths" are menus and lists, not a wrapped text."""
WRAP_MAX_WIDTH = 100
"""Texts wrap at 72 to 80 columns; lines this long are paragraphs, not wrapped ones."""
WRAP_MIN_LINES = 6
"""Prose lines needed before a width is trusted."""
WRAP_FULL_SHARE = 0.5
"""Share of the prose lines that must end within ``WRAP_SLACK`` columns of the width."""
WRAP_SLACK = 12
"""How far short of the width a full line of a wrapped paragraph may end (long words)."""
WRAP_PERCENTILE = 0.95
"""The width is this percentile of the prose lines' widths (a stray long line is allowed)."""
WRAP_PERCENTILE_REACH = 3
"""Columns past the percentile that still count as the width (the widest full lines)."""
WRAP_MIN_BREAKS = 3
"""Line breaks inside paragraphs needed before any is undone: a title over a
menu item is one such pair by chance, a wrapped text has one in every paragraph."""
PROSE_MIN_WORDS = 4
"""Lines of fewer words (menu items, headings) say nothing about the width."""

# A list item starts a new block even right under a full line.
_ITEM = re.compile(r"(?:[-*•·–—+]|\d{1,3}[.)]|\[\d{1,3}\])\s")


def wrap_width(widths: Sequence[int], words: Sequence[int]) -> int | None:
    """The column at which the text was hard-wrapped, or ``None`` if it was not.

    ``widths`` are the lines' lengths with their indentation, ``words`` their word counts.

    >>> wrap_width([70, 68, 71, 30, 69, 72, 66, 12], [12, 11, 12, 5, 12, 13, 11, 2])
    72
    >>> wrap_width([300, 410, 12, 520, 380, 290, 610], [50, 70, 2, 90, 60, 50, 100]) is None
    True
    """
    prose = sorted(
        width for width, count in zip(widths, words, strict=True) if count >= PROSE_MIN_WORDS
    )
    if len(prose) < WRAP_MIN_LINES:
        return None
    # The percentile passes over a stray long line (a web address); the widest
    # line near it is the width itself.
    near = prose[int(WRAP_PERCENTILE * (len(prose) - 1))] + WRAP_PERCENTILE_REACH
    width = max(value for value in prose if value <= near)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return None
    full = sum(1 for value in prose if width - WRAP_SLACK <= value <= width)
    return width if full >= WRAP_FULL_SHARE * len(prose) else None


def continues(line: str, width: int, following: str) -> bool:
    """Whether ``following`` (stripped) goes on with the paragraph that ``line`` (the raw
    line, with its indentation) was wrapped from: its first word did not fit.

    >>> continues("The council said on Tuesday that the new bridge would", 56, "open soon.")
    True
    >>> continues("Short line.", 56, "Another one.")
    False
    >>> continues("The council said on Tuesday that the new bridge would", 56, "* an item")
    False
    """
    first = following.split(maxsplit=1)[0] if following else ""
    return (
        bool(first)
        and len(line) + 1 + len(first) > width
        and " " in line.strip()
        and _ITEM.match(following) is None
    )


def join_wrapped(head: str, tail: str) -> str:
    """``head`` and its continuation ``tail`` as one line: "well-" and "known" make
    "well-known", other breaks a space.

    >>> join_wrapped("a well-", "known bridge"), join_wrapped("the new", "bridge")
    ('a well-known bridge', 'the new bridge')
    """
    if head.endswith("-") and head[-2:-1].isalpha() and tail[:1].islower():
        return head + tail
    return f"{head} {tail}"
