"""Find teasers of other articles: lists under a "Related" header, and feeds.

A "Related"-type header of the lexicon heads a list of teasers: headlines,
each with at most one summary sentence.

An article is paragraphs one after another, with now and then a subheading
or a caption between two of them.  A feed of teasers ("More from ...",
a section's latest stories) is items of the same shape, one after another:
a few short lines (kicker, headline, author, date, share bar) and then one
summary paragraph.  When the main run ends in a string of such items, the
article ended before the first of them.  The thresholds are in
:class:`artclean.region.RegionThresholds` and ``docs/algorithm.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from .features import Features, in_bulleted_list, repeat_key
from .model import Block, Decision, Kind, Label
from .titles import is_heading_like

if TYPE_CHECKING:
    from .region import RegionThresholds

_PROSE = frozenset({Label.BODY, Label.NEAR_BODY})

SUBHEADING_MAX_WORDS = 4
"""After a box of teasers, a line of at most this many words (and half theirs) over the
article's paragraphs is its subheading ("Fazit", "How the process works")."""


def _is_paragraph(measured: Features, decision: Decision) -> bool:
    # Prose that ends like a sentence: a headline of medium length reads as
    # prose too, but it does not end with a full stop.
    return decision.first_label in _PROSE and measured.sentence_end


def feed_start(
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    span: tuple[int, int],
    t: RegionThresholds,
) -> int | None:
    """Where a feed of teasers at the end of the run ``span`` starts, or ``None``.

    The feed is the longest string of at least ``feed_min_items`` items at
    the end of the run, each a paragraph with at least ``feed_min_gap``
    other lines before it, none of which is a sentence with figures; the
    article before it must hold two paragraphs in a row.  The result is the
    line after the last article paragraph.
    """
    start, end = span
    paragraphs = [i for i in range(start, end) if _is_paragraph(features[i], decisions[i])]
    items = 0
    for position in range(len(paragraphs) - 1, 0, -1):
        before, here = paragraphs[position - 1], paragraphs[position]
        # The lines between are kickers, headlines, names and dates: a
        # sentence with figures among them (a line of results, a dated list
        # item) makes them part of the article.
        if here - before - 1 < t.feed_min_gap or any(
            _is_figures(blocks[i].text, features[i]) for i in range(before + 1, here)
        ):
            break
        items += 1
    if items < t.feed_min_items:
        return None
    first_item = len(paragraphs) - items
    article = paragraphs[:first_item]
    if not any(later - earlier == 1 for earlier, later in pairwise(article)):
        return None
    return article[-1] + 1


def _is_figures(text: str, measured: Features) -> bool:
    # A statement with figures (a line of results, a dated list item); a
    # headline that asks or exclaims ("Can It Really Do That?") is none.
    return measured.sentence_end and bool(measured.digit_ratio) and text.rstrip()[-1:] not in "?!"


def related_lists(
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    t: RegionThresholds,
) -> list[bool]:
    """Teasers under a "Related"-type header: headlines, each with at most one summary.

    The list runs until long prose (unless a line of the teaser template,
    printed ``feed_min_items`` times or more, frames it: the same line right
    before it and before an earlier teaser, or right after it), or until a
    sentence that is not the one summary of the headline before it: one after
    another sentence, after a string of bare headlines, or followed by more
    prose is the article again.
    """
    marked = [False] * len(decisions)
    inside = False
    headlines = 0  # headlines in a row just before this block
    framing: set[str] = set()  # lines of the list that came right before a paragraph
    for index, (measured, decision) in enumerate(zip(features, decisions, strict=True)):
        hit = measured.lexicon
        if (
            hit is not None
            and hit.kind is Kind.RELATED
            # A whole line that is the phrase is a header in any script (a
            # Japanese one tokenises into many "words"); a longer line that
            # starts with it is one only when short.
            and (hit.mode == "line" or measured.words <= t.related_header_max_words)
            # "* Latest" between "* Home" and "* Politics" is a menu item, not a header.
            and not in_bulleted_list(features, index)
        ):
            inside, headlines, framing = True, 0, set()
            continue
        if inside and hit is not None and hit.kind is Kind.NAVIGATION and hit.mode == "line":
            # A menu item or breadcrumb ("News", "UK News") after the teasers: the
            # box is over, and the page header or the article comes next.
            inside = False
        if not inside or hit is not None:
            continue
        if decision.first_label is Label.BODY:
            # A summary after a line of the teaser template (a share bar the
            # page prints with every teaser) is one more teaser, long as it is.
            # A line printed with every teaser frames this one: the same line
            # comes before it and before the teaser above, or right after it.
            previous = index - 1
            templated = marked[previous] and features[previous].repeats >= t.feed_min_items
            if templated:
                key = repeat_key(blocks[previous].text)
                after = index + 1 < len(blocks) and repeat_key(blocks[index + 1].text) == key
                templated = after or key in framing
                framing.add(key)
            marked[index], inside = templated, templated
            if not templated and _subheading_after_box(
                features, decisions, marked, index, headlines
            ):
                marked[index - 1] = False
        elif _subheading_after_box(features, decisions, marked, index, headlines):
            marked[index - 1], inside = False, False
        elif blocks[index].text.rstrip().endswith(":"):
            # A teaser never introduces more: this is the article's text again,
            # and the bare line over it, after other teasers, its subheading.
            inside = False
            if headlines >= 2:
                marked[index - 1] = False
        elif not measured.sentence_end or _asks(blocks[index].text):
            # A teaser may ask: "Nông dân cần làm gì để tự bảo vệ?"
            marked[index], headlines = True, headlines + 1
        elif decision.label is not Label.BODY or (
            headlines == 1 and not _prose_follows(features, decisions, index)
        ):
            marked[index], headlines = True, 0
        else:
            inside = False
    return marked


def _subheading_after_box(
    features: Sequence[Features],
    decisions: Sequence[Decision],
    marked: Sequence[bool],
    index: int,
    headlines: int,
) -> bool:
    """Whether the prose at ``index`` is the article again, and the line above it its
    subheading: a bulleted list of teasers, one line without a bullet, then paragraphs
    (or a paragraph and the list it introduces)."""
    return (
        headlines >= 2
        and index >= 3
        and marked[index - 1]
        and features[index].sentence_end
        and (
            # the teasers had bullets, the line has none
            (features[index - 2].bullet and not features[index - 1].bullet)
            # or the line is a short heading under teasers twice its length ("Fazit")
            or (
                features[index - 1].words <= SUBHEADING_MAX_WORDS
                and min(features[index - 2].words, features[index - 3].words)
                >= 2 * features[index - 1].words
            )
        )
        and _paragraphs_follow(features, decisions, index)
    )


def _asks(text: str) -> bool:
    # A question of a heading's length: a teaser's headline as often as an article's sentence.
    return text.rstrip().endswith("?") and is_heading_like(text)


def _paragraphs_follow(
    features: Sequence[Features], decisions: Sequence[Decision], index: int
) -> bool:
    # Long prose at ``index`` and prose again right after it, or a bulleted list
    # it introduces: an article goes on (a teaser has one summary at most).
    following = index + 1
    return following < len(decisions) and (
        (decisions[following].first_label in _PROSE and features[following].sentence_end)
        or features[following].bullet
    )


def _prose_follows(features: Sequence[Features], decisions: Sequence[Decision], index: int) -> bool:
    # A summary is followed by the next headline or the end of the list; a
    # sentence followed by more prose is the article (a caption, then the lede).
    following = index + 1
    return following < len(decisions) and (
        decisions[following].first_label is Label.BODY or features[following].sentence_end
    )
