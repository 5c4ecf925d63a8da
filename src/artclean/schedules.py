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
from operator import attrgetter
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
_DIGIT_RATIO = attrgetter("digit_ratio")


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
    # lines are looked at for a date (find_date is the costly part).  The
    # cheapest test, digits at all, is run over the page in C; the others
    # only inside strings of lines with digits.
    if not len(blocks) == len(features) == len(decisions):
        raise ValueError("one feature and one decision per block")
    least = t.schedule_min_rows
    digits = list(map(bool, map(_DIGIT_RATIO, features)))
    marked = [False] * len(blocks)
    for start, stop in _strings(digits, least):
        cheap = [
            measured.lexicon is None
            and not measured.url_count
            and decision.first_label is not Label.BODY
            and measured.size <= t.schedule_row_max_chars
            for measured, decision in zip(features[start:stop], decisions[start:stop], strict=True)
        ]
        candidates = [False] * len(cheap)
        for first, end in _strings(cheap, least):
            for index in range(first, end):
                text = blocks[start + index].text
                candidates[index] = is_schedule_row(text, t.schedule_row_words)
        for first, end in _strings(candidates, least):
            marked[start + first : start + end] = [True] * (end - first)
    return marked


def _strings(flags: Sequence[bool], min_length: int) -> list[tuple[int, int]]:
    # The (start, end) spans of runs of at least ``min_length`` true flags: a
    # regular expression over the flags as bytes finds them in C.
    run = re.compile(b"\x01{%d,}" % max(min_length, 1))
    return [found.span() for found in run.finditer(bytes(flags))]
