"""Find the article's header: the byline or date line right above its first paragraph.

A page without a usable title line (a dump that drops ``<title>``) still
marks where its article starts: news and blog articles open with a byline
("by Lewis White") or a date line ("Nov 19, 2019 at 9:08 GMT") right above
the first paragraph, while a list of teasers further down, however long,
does not start that way.  So among the runs of prose that weigh enough
against the best one, a run with such a header above it is the article.
The thresholds are in :class:`artclean.region.RegionThresholds` and
``docs/algorithm.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .byline import match_byline
from .dates import is_date_line
from .features import Features
from .model import Block, Decision, Label

if TYPE_CHECKING:
    from .region import RegionThresholds


def is_header(block: Block, measured: Features, decision: Decision, max_words: int) -> bool:
    """Whether a line is a byline or a date line: short, not prose.

    >>> from artclean.segment import segment
    >>> from artclean.features import measure
    >>> blocks = segment("by Lewis White\\nNov 19, 2019 at 9:08 GMT\\nThe Windows Update.")
    >>> short = Decision(Label.SHORT, "short")
    >>> [is_header(b, f, short, 12) for b, f in zip(blocks, measure(blocks, "en"))]
    [True, True, False]
    """
    if decision.first_label in (Label.BODY, Label.NEAR_BODY) or measured.words > max_words:
        return False
    if measured.sentence_end and not measured.digit_ratio:
        return False
    text = block.text
    return is_date_line(text) or match_byline(text) is not None


def has_header_above(
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    start: int,
    t: RegionThresholds,
) -> bool:
    """Whether a byline or date line sits within ``header_reach`` blocks above ``start``."""
    for index in range(start - 1, max(-1, start - 1 - t.header_reach), -1):
        if decisions[index].first_label is Label.BODY:
            return False
        if is_header(blocks[index], features[index], decisions[index], t.header_max_words):
            return True
    return False


def headed_run(
    runs: Sequence[tuple[int, int, float]],
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    t: RegionThresholds,
) -> tuple[int, int] | None:
    """The first run with a header above it among the runs with at least
    ``header_share`` of the best total, or ``None`` when none has one: the
    article comes before the teaser lists, which have bylines too."""
    if not runs:
        return None
    top = max(run[2] for run in runs)
    for start, end, total in runs:
        if total >= t.header_share * top and has_header_above(
            blocks, features, decisions, start, t
        ):
            return start, end
    return None
