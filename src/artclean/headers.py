"""Find the article's header: its headline, and the byline or date line above its first paragraph.

The headline is line 1 of the dump repeated lower down (the ``<title>``, when
the dump keeps it) or, failing that, a heading that the page prints twice
with a byline or date right under it (:func:`repeated_headline`).

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

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .byline import match_byline
from .dates import is_date_line
from .features import Features, repeat_key
from .heading import page_title_line, split_title
from .model import Block, Decision, Label
from .printmargins import MARGIN_HIT
from .titles import is_heading_like

if TYPE_CHECKING:
    from .region import RegionThresholds

_WORD = re.compile(r"\w+")


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


def title_anchor(
    blocks: Sequence[Block], features: Sequence[Features], t: RegionThresholds
) -> tuple[int | None, bool]:
    """The headline above the article and whether it is exact: the first later line
    that is the page title (the first line, or its title part when it reads
    "Title - Site"), else the first with at least ``anchor_min_words`` words, all
    from the first line.

    >>> from artclean.segment import segment
    >>> from artclean.features import measure
    >>> from artclean.region import RegionThresholds
    >>> blocks = segment("Big news today - Example Site\\nHome\\nBig news today\\nText.")
    >>> title_anchor(blocks, measure(blocks, "en"), RegionThresholds())
    (2, True)
    """
    if not blocks:
        return None, False
    first = page_title_line(blocks[0].text, printed=features[0].lexicon is MARGIN_HIT)
    exact = {repeat_key(first), repeat_key(split_title(first).title)} - {""}
    title = set(repeat_key(first).split())
    # Either test needs the key's first word to be one of these.
    openings = title.union(key.partition(" ")[0] for key in exact)
    loose = None
    for index in range(1, len(blocks)):
        text = blocks[index].text
        # Both tests need enough words: the cheap tests first, the key after.
        if len(text) > len(first) or features[index].words < t.anchor_min_words:
            continue
        if text.isascii():
            # The key's first word, without making the key: most lines fail here.
            opening = _WORD.search(text)
            if opening is not None and opening.group().lower() not in openings:
                continue
        key = repeat_key(text)
        if key in exact:
            return index, True
        if loose is None and title.issuperset(key.split()):
            loose = index
    return loose, False


def repeated_headline(
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    t: RegionThresholds,
) -> int | None:
    """The headline of a dump without a usable title line, or ``None``.

    A page names its article twice: as the headline, with the byline or the
    date right under it, and again in a box of teasers ("Trending", "Read
    these next") or a breadcrumb.  So the first heading-like line of at least
    ``headline_min_words`` words that occurs exactly twice in the page and
    has a byline or date line within ``headline_reach`` blocks under it is
    the headline.  A line that occurs more often is a label of the template.
    A teaser repeated in two boxes has a date under it too, but rarely opens
    a run of prose: the main-run step lets such an anchor give way (see
    ``main_run``).  A heading printed once counts too, before the first such
    line, when a list of teasers runs it together with its summary: exactly
    one paragraph of the page (maybe printed more than once) starts with it
    (:func:`_teased`); then no byline need be under it, since the
    teaser ties it to the story already.

    >>> from artclean.segment import segment
    >>> from artclean.features import measure
    >>> from artclean.region import RegionThresholds
    >>> page = "Menu\\nRiver bridge opens to traffic today\\nby Jane Doe\\nText.\\n"
    >>> blocks = segment(page + "Trending\\nRiver bridge opens to traffic today")
    >>> decisions = [Decision(Label.SHORT, "short")] * len(blocks)
    >>> repeated_headline(blocks, measure(blocks, "en"), decisions, RegionThresholds())
    1
    """
    seen: set[str] = set()
    found: int | None = None
    teased: dict[str, int] = {}
    for index, (block, measured) in enumerate(zip(blocks, features, strict=True)):
        if measured.repeats not in (1, 2) or measured.words < t.headline_min_words:
            continue
        key = repeat_key(block.text)
        if key in seen:
            continue  # only the first time it occurs
        seen.add(key)
        decision = decisions[index]
        if measured.lexicon is not None or decision.first_label is Label.BODY:
            continue
        if measured.repeats == 1:
            # Whether it reads as a heading is asked (below) only of the few lines
            # that a paragraph teases: the tests are costly, and most lines printed
            # once are teased by none.
            teased[key] = index
        elif _is_heading(index, blocks, features, decisions, t) and any(
            is_header(blocks[below], features[below], decisions[below], t.header_max_words)
            for below in range(index + 1, min(len(blocks), index + 1 + t.headline_reach))
        ):
            found = index
            break
    if teased:
        teasers = _teased(blocks, decisions, teased, found)
        teaser = next(
            (index for index in teasers if _is_heading(index, blocks, features, decisions, t)),
            None,
        )
        if teaser is not None:
            return teaser
    return found


def _is_heading(
    index: int,
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    t: RegionThresholds,
) -> bool:
    # A heading-like line that is not a byline or date line.
    block = blocks[index]
    return is_heading_like(block.text) and not is_header(
        block, features[index], decisions[index], t.header_max_words
    )


def _teased(
    blocks: Sequence[Block],
    decisions: Sequence[Decision],
    headings: dict[str, int],
    before: int | None,
) -> list[int]:
    """The ``headings`` (key -> index) that exactly one paragraph of the page
    starts with (printed once or more), before ``before``, in page order: the
    headline again in a list of teasers, run together with its summary
    ("Headline CITY: first sentence ...").  A heading that starts several
    different lines names a product or a series, not one story.

    >>> from artclean.segment import segment
    >>> page = "River bridge opens today NEW YORK: " + "The new bridge opened. " * 5
    >>> blocks = segment(page + "\\nRiver bridge opens today")
    >>> prose = Decision(Label.BODY, "long-prose", first_label=Label.BODY)
    >>> decisions = [prose, Decision(Label.SHORT, "short")]
    >>> _teased(blocks, decisions, {"river bridge opens today": 1}, None)
    [1]
    """
    # A line can start with a heading only if it starts with the heading's first
    # word: that one test turns away almost every line of the page.  Then its key
    # starts with a heading's words if it starts with the heading, then a space.
    lengths: dict[str, set[int]] = {}
    for key in headings:
        lengths.setdefault(key.partition(" ")[0], set()).add(len(key))
    shortest = min(map(len, headings), default=0)
    teasers: dict[int, set[str]] = {}
    for position, block in enumerate(blocks):
        text = block.text
        if text.isascii():
            # The key of an ASCII line is no longer than the line; and its first
            # word is found without making the key.
            if len(text) <= shortest:
                continue
            first = _WORD.search(text)
            if first is None or first.group().lower() not in lengths:
                continue
        key = repeat_key(text)
        for length in lengths.get(key.partition(" ")[0], ()):
            if key[length : length + 1] == " ":
                index = headings.get(key[:length])
                if index is not None:
                    # A line that is no paragraph counts as a second, different teaser.
                    prose = decisions[position].first_label is Label.BODY
                    teasers.setdefault(index, set()).update([key] if prose else [key, ""])
    return sorted(
        index
        for index, keys in teasers.items()
        if len(keys) == 1 and (before is None or index < before)
    )


def header_inside(
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    span: tuple[int, int],
    t: RegionThresholds,
) -> int | None:
    """Where the article starts when the run ``span`` opens with teasers or a caption
    above the article's own byline or date line: the block after the last such
    line before the first long paragraph; ``None`` when there is none."""
    start, end = span
    found = None
    for index in range(start, end):
        if decisions[index].first_label is Label.BODY:
            break
        if is_header(blocks[index], features[index], decisions[index], t.header_max_words):
            found = index
    else:
        return None
    return None if found is None else found + 1
