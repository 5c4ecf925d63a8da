"""Find schedule tables: tour dates, race calendars, event listings.

A schedule is a string of short lines in a row, each opening with a date and
naming something besides it ("June 9 -- Coral Sky Amphitheatre, West Palm
Beach, FL", "1a etapa: 10 de março – Interlagos").  Such lines read like
nothing on their own (few stopwords, no sentence), so the classifier rejects
them one by one; yet a table of them is often what the article is about, or
its last part.  Lines that merely are dates ("November 2019", an archive
list) name nothing besides the date, and a list of sources or teasers puts
its dates at the end of each line, after the title.  The thresholds are in
:class:`artclean.region.RegionThresholds` and ``docs/algorithm.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .dates import find_date
from .features import Features
from .model import Block, Decision, Label

if TYPE_CHECKING:
    from .region import RegionThresholds

# Dates in a schedule often leave out the year ("June 9"): any leap year lets
# find_date complete them, 29 February included.
_ANY_YEAR = 2000
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")


def is_schedule_row(text: str, min_words: int) -> bool:
    """Whether a line opens with a date (in its first half) and names something besides it.

    >>> is_schedule_row("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", 2)
    True
    >>> is_schedule_row("1a etapa: 10 de março – Interlagos", 2)
    True
    >>> is_schedule_row("November 2019 (12)", 2), is_schedule_row("Sources: report, Nov 3, 2019", 2)
    (False, False)
    """
    found = find_date(text, default_year=_ANY_YEAR)
    if found is None or 2 * found.start > len(text):
        return False
    rest = f"{text[: found.start]} {text[found.end :]}"
    return len(_NAME_WORD.findall(rest)) >= min_words


def schedule_rows(
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    t: RegionThresholds,
) -> list[bool]:
    """The lines of schedule tables: strings of at least ``schedule_min_rows``
    schedule rows in a row, each at most ``schedule_row_max_chars`` long, naming
    ``schedule_row_words`` words besides its date, neither long prose nor
    known boilerplate."""
    # The cheap tests first: only a line in a string of at least
    # ``schedule_min_rows`` lines passing them can be in a table, so only such
    # lines are looked at for a date (find_date is the costly part).
    cheap = [
        bool(measured.digit_ratio)
        and measured.lexicon is None
        and not measured.url_count
        and decision.first_label is not Label.BODY
        and measured.size <= t.schedule_row_max_chars
        for _block, measured, decision in zip(blocks, features, decisions, strict=True)
    ]
    candidates = [False] * len(blocks)
    for first, end in _strings(cheap, t.schedule_min_rows):
        for index in range(first, end):
            candidates[index] = is_schedule_row(blocks[index].text, t.schedule_row_words)
    marked = [False] * len(blocks)
    for first, end in _strings(candidates, t.schedule_min_rows):
        marked[first:end] = [True] * (end - first)
    return marked


def _strings(flags: Sequence[bool], min_length: int) -> list[tuple[int, int]]:
    # The (start, end) spans of runs of at least ``min_length`` true flags.
    spans: list[tuple[int, int]] = []
    start = 0
    for index, flag in enumerate([*flags, False]):
        if flag:
            continue
        if index - start >= min_length:
            spans.append((start, index))
        start = index + 1
    return spans
