"""Find the reader-comment section: comment stamps and the markers that open it.

Comments follow the article, each under a short header that names the writer
and the time ("jane says: November 19, 2019 at 6:44 am"), often with a
"Reply" line after it.  A comment section is a stretch of such evidence after
the article: a comment-form phrase of the lexicon ("Leave a comment",
"12 Comments") or a stamped header, followed closely by more stamps or
comment-kind phrases ("Reply", "Antworten").

Things that look like stamps but are not: a list of times (a timetable, tour
dates: clock lines next to each other), prices and percentages that read like
times ("5.44%", "-12.99"), a dateline right under the headline, which has
no article above it, a row of a results table (scores beside it: "31:9"),
and a bare time of day ("08:05"), which stamps the entries of a live blog.
The thresholds are in :class:`artclean.region.RegionThresholds` and
``docs/algorithm.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .features import Features, in_bulleted_list
from .model import Block, Decision, Kind, Label

if TYPE_CHECKING:
    from .region import RegionThresholds

# A clock time that is a number instead: a decimal inside a longer number, a
# signed change or a percentage ("225.86 -12.99 -5.44%").  A stamp needs one
# clock that is none of these.
_ANY_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d")
_TRUE_CLOCK = re.compile(
    r"(?<![\d:.,+\-−])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d:%]|[.,]\d)", re.IGNORECASE
)


# A score or a ratio ("31:9", "4:2"): a row of a results table.
_SCORE = re.compile(r"\d:\d")
# "Legion – Sokół 31:28 (15:14)", "2:1 (1:0)": a result with the half-time score in
# brackets, no time of day.
_RESULT = re.compile(r"\d{1,3}\s?:\s?\d{1,3}\s*[(（]\s*\d{1,3}\s?:\s?\d{1,3}\s*[)）]")
# A time of day and nothing else ("08:05", "9.40 Uhr"): a live blog's entry stamp.
# A comment's header names its writer or its day besides.
_BARE_CLOCK = re.compile(
    r"\A\W*(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:[ap]\.?m\.?|uhr|h)?\W*\Z", re.IGNORECASE
)


def is_bare_clock(text: str) -> bool:
    """Whether the line is a time of day and nothing else: a live blog's entry stamp.

    >>> is_bare_clock("22:40"), is_bare_clock("9.40 Uhr"), is_bare_clock("jane, 6:44 am")
    (True, True, False)
    """
    return _BARE_CLOCK.match(text) is not None


def has_true_clock(text: str) -> bool:
    """Whether a line that carries a clock-like number carries a time of day.

    >>> has_true_clock("Nov 19, 2019 at 6:44 am"), has_true_clock("HD 225.86 -12.99 -5.44%")
    (True, False)
    """
    return _TRUE_CLOCK.search(text) is not None or _ANY_CLOCK.search(text) is None


def stamps(
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    t: RegionThresholds,
) -> list[bool]:
    """Comment stamps: short time-stamped lines whose next block that is not short is prose.

    A dateline in the page header is followed by menus or the headline
    instead; a line next to another clock line is part of a timetable.
    """
    clocks = [
        measured.clock and measured.words <= t.stamp_max_words and has_true_clock(block.text)
        for block, measured in zip(blocks, features, strict=True)
    ]
    found = [False] * len(decisions)
    last = len(blocks) - 1
    for index, decision in enumerate(decisions):
        if not clocks[index] or decision.first_label is Label.BODY:
            continue
        text = blocks[index].text
        if is_bare_clock(text) or _RESULT.search(text):
            continue  # a live blog's entry stamp; a match result
        # Next to another clock, or to a score or ratio ("31:9"): a table; an item
        # between two items of a bulleted list ("* two day centres open until 20:00"):
        # a list.
        if any(
            clocks[near] or _SCORE.search(blocks[near].text) is not None
            for near in (index - 1, index + 1)
            if 0 <= near <= last
        ) or in_bulleted_list(features, index):
            continue
        for following in decisions[index + 1 : index + 1 + t.stamp_reach]:
            if following.first_label is not Label.SHORT:
                found[index] = following.first_label in (Label.BODY, Label.NEAR_BODY)
                break
    return found


def comment_zone(
    features: Sequence[Features],
    decisions: Sequence[Decision],
    stamped: Sequence[bool],
    t: RegionThresholds,
    start: int = 0,
) -> int | None:
    """The index where the reader-comment section starts, or ``None``.

    It is the first marker (a comment-kind phrase or a stamp) after at least
    ``comment_zone_min_body`` characters of long prose counted from ``start``
    (the headline, when there is one) that begins a chain of at least
    ``comment_min_stamps`` pieces of evidence (stamps or comment-kind
    phrases), each within ``comment_window`` blocks of the one before.  A "Comment" button in a
    share bar above the article opens nothing; a run of stamped comments does.
    """
    # Evidence: a stamp or a comment-kind phrase (identity tests: this runs per line).
    comments = Kind.COMMENTS
    evidence = [
        stamp or (measured.lexicon is not None and measured.lexicon.kind is comments)
        for stamp, measured in zip(stamped, features, strict=True)
    ]
    if not any(evidence):
        return None  # no marker at all (most pages): nothing to chain
    # next_evidence[i]: the first evidence index >= i (len if none).
    count = len(evidence)
    next_evidence = [count] * (count + 1)
    for index in range(count - 1, -1, -1):
        next_evidence[index] = index if evidence[index] else next_evidence[index + 1]
    body = 0
    for index in range(start, count):
        if (
            evidence[index]
            and body >= t.comment_zone_min_body
            and _chained(index, next_evidence, t.comment_min_stamps - 1, t.comment_window)
        ):
            return index
        if decisions[index].first_label is Label.BODY:
            body += features[index].chars
    return None


def _chained(index: int, next_evidence: Sequence[int], needed: int, window: int) -> bool:
    # ``needed`` more pieces of evidence after ``index``, each within ``window`` of the last.
    last = index
    for _ in range(needed):
        following = next_evidence[last + 1]
        if following >= len(next_evidence) - 1 or following - last > window:
            return False
        last = following
    return True
