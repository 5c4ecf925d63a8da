"""Keep the article's main run: the one mostly contiguous stretch of prose.

After the revise pass, body-like blocks can still lie far from the article:
reader comments, teasers of other articles, author bios.  This step scores
each block (body adds its size, anything else costs), takes the run of blocks
with the largest total, and then

- inside the run, turns lines that only lacked context (subheadings, list
  items, table cells, short quotes) into body, while known boilerplate
  (lexicon phrases, link lines, repeated labels) stays out;
- outside the run, turns body into boilerplate, with a kind where the
  context tells one: reader comments after a comment-section marker, teasers
  under a "Related" header.

A comment section is found by its markers: comment-form phrases from the
lexicon, and short lines stamped with a time of day ("jane says: November 19,
2019 at 6:44 am").  Comments follow the article, so when there is a run of
body before the comment section, the main run is taken there: a long
discussion cannot outweigh a short article before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from .bios import author_bios
from .comments import comment_zone, is_bare_clock, stamps
from .contents import table_of_contents
from .duplicates import duplicate_blocks
from .features import Features
from .feeds import feed_start, related_lists
from .gallery import gallery_end, gallery_items
from .headers import headed_run, header_inside, repeated_headline, title_anchor
from .lists import introduced_tail, numbered_tail
from .model import Block, Decision, Kind, Label
from .printmargins import COUNTER_HIT, MARGIN_HIT
from .pullquotes import pull_quotes
from .references import reference_list_start
from .schedules import schedule_rows
from .settle import HARD_RULES, Found, fallback, is_hard, settle

__all__ = [
    "HARD_RULES",
    "TEMPLATE_RULE",
    "RegionThresholds",
    "block_weights",
    "candidate_runs",
    "comment_zone",
    "is_hard",
    "is_inline",
    "keep_main_run",
    "main_run",
    "stamps",
]

GAP_PENALTY_BASE_DEFAULT = 30.0
"""Fixed cost of a boilerplate block inside the main run (in characters of body it outweighs)."""
GAP_PENALTY_FACTOR_DEFAULT = 0.6
"""Cost of each character of a boilerplate block inside the main run."""
GAP_GROWTH_DEFAULT = 10.0
"""The n-th block of an unbroken gap costs ``1 + n / GAP_GROWTH_DEFAULT`` times its own cost."""
SHORT_COST_DEFAULT = 8.0
"""Cost of a short line that the revise pass did not settle as body."""
LEXICON_GAP_PENALTY_DEFAULT = 120.0
"""Extra cost of a known boilerplate phrase (share bars, menus, captions)."""
END_MARKER_PENALTY_DEFAULT = 400.0
"""Extra cost of a phrase that ends an article: comment forms and legal footers."""
COMMENT_ZONE_MIN_BODY_DEFAULT = 150
"""A comment marker opens the comment section only after this much body (characters):
a "Comments" link in the menu above the article does not."""
COMMENT_MIN_STAMPS_DEFAULT = 2
"""This many time-stamped short lines from the first marker on make a comment section."""
COMMENT_WINDOW_DEFAULT = 12
"""A comment-form phrase opens the comment section only if a stamped line follows within
this many blocks."""
STAMP_MAX_WORDS_DEFAULT = 12
"""A time-stamped line of at most this many words is a header (a comment stamp), not prose."""
STAMP_REACH_DEFAULT = 3
"""A stamp's comment text must start within this many blocks (names and "Reply" lines between)."""
FALLBACK_MIN_SIZE_DEFAULT = 70
"""With no body at all, the largest block is taken as the article only from this size on:
a page of nothing but short lines has no article to find."""
ANCHOR_MIN_WORDS_DEFAULT = 3
"""A line repeating the page title needs this many words to count as the headline."""
ANCHOR_SHARE_DEFAULT = 0.5
"""After the headline, the first run with at least this share of the best total after
the headline is the article."""
ANCHOR_MIN_SHARE_DEFAULT = 0.1
"""An exact headline gives way when the best run after it has less than this share of the
best run of the page ..."""
ANCHOR_REACH_DEFAULT = 8
"""... or when the article after it starts more than this many blocks below it: the line
that repeated the title was at the foot of the page, not above the article."""
BIO_TAIL_DEFAULT = 2
"""Only the last this many prose blocks of the article can be the author's bio ..."""
BIO_NAME_WORDS_DEFAULT = 12
"""... and only if a byline author is named within its first this many words ..."""
BIO_BYLINE_REACH_DEFAULT = 30
"""... in a byline at most this many blocks above the article (or inside it)."""
RELATED_HEADER_MAX_WORDS_DEFAULT = 6
"""A "Related"-type lexicon line of at most this many words heads a list of teasers."""
HEADER_REACH_DEFAULT = 4
"""Without a headline anchor, a byline or date line at most this many blocks above a run
marks it as the article ..."""
HEADER_SHARE_DEFAULT = 0.5
"""... when the run has at least this share of the best total of the page ..."""
HEADER_MAX_WORDS_DEFAULT = 14
"""... and the line has at most this many words."""
HEADLINE_MIN_WORDS_DEFAULT = 5
"""Without a title line, a heading of at least this many words that occurs twice in the
page ..."""
HEADLINE_REACH_DEFAULT = 3
"""... with a byline or date line at most this many blocks under it is the headline."""
LIST_REACH_DEFAULT = 2
"""A numbered list continues the article when its first item starts within this many
blocks after the run ..."""
LIST_ITEM_GAP_DEFAULT = 3
"""... each next item within this many blocks of the one before ..."""
LIST_MIN_ITEMS_DEFAULT = 3
"""... and it has at least this many items, numbered one after another (or after a line
ending in a colon)."""
CONTENTS_MIN_ENTRIES_DEFAULT = 3
"""A run of this many short lines, each repeating a later line of the page, is a table of
contents ..."""
CONTENTS_ENTRY_MAX_WORDS_DEFAULT = 12
"""... when each has at most this many words."""
LIST_INTRO_MIN_WORDS_DEFAULT = 3
"""A line ending in a colon introduces a list from this many words on ("Tags:" does not) ..."""
LIST_ITEM_MAX_WORDS_DEFAULT = 16
"""... whose items have at most this many words each."""
FEED_MIN_ITEMS_DEFAULT = 3
"""A run that ends in at least this many teaser items (a paragraph after a few short
lines) ends with a feed of teasers ..."""
FEED_MIN_GAP_DEFAULT = 2
"""... an item being a paragraph with at least this many other lines before it."""
SCHEDULE_MIN_ROWS_DEFAULT = 4
"""This many schedule rows in a row (a date, then what happens there) make a schedule table,
which weighs like body ..."""
SCHEDULE_ROW_WORDS_DEFAULT = 2
"""... a row naming at least this many words besides its date ..."""
SCHEDULE_ROW_MAX_CHARS_DEFAULT = 120
"""... and being at most this long (size)."""
GALLERY_REACH_DEFAULT = 8
"""A gallery counter ("Image 1 of 8") within this many blocks of the run's start (or of the
counter before) belongs to a gallery that opens the run: the article starts after it."""
GALLERY_MIN_COUNTERS_DEFAULT = 3
"""Counters in a row ("1/6", "2/6", "3/6") that make a photo gallery inside the page."""
DUPLICATE_MIN_SIZE_DEFAULT = 300
"""A block at least this large whose text the page already holds in smaller blocks ..."""
DUPLICATE_SHARE_DEFAULT = 0.8
"""... (this share of its word 4-grams) is a second copy of the article: never body."""

TEMPLATE_RULE = "repeated-template"
"""The first-pass rule of a long line printed again and again: a teaser shown in several
boxes, or the alt text under every picture of a photo story.  It interrupts an article
the way a caption does, so it neither parts prose nor lengthens a gap."""
"""First-pass rules whose boilerplate verdict context never overturns."""


@dataclass(frozen=True)
class RegionThresholds:
    """The thresholds of the main-run step, defaulting to the ``*_DEFAULT`` constants."""

    gap_base: float = GAP_PENALTY_BASE_DEFAULT
    gap_factor: float = GAP_PENALTY_FACTOR_DEFAULT
    gap_growth: float = GAP_GROWTH_DEFAULT
    short_cost: float = SHORT_COST_DEFAULT
    lexicon_penalty: float = LEXICON_GAP_PENALTY_DEFAULT
    end_penalty: float = END_MARKER_PENALTY_DEFAULT
    comment_zone_min_body: int = COMMENT_ZONE_MIN_BODY_DEFAULT
    comment_min_stamps: int = COMMENT_MIN_STAMPS_DEFAULT
    comment_window: int = COMMENT_WINDOW_DEFAULT
    stamp_max_words: int = STAMP_MAX_WORDS_DEFAULT
    stamp_reach: int = STAMP_REACH_DEFAULT
    fallback_min_size: int = FALLBACK_MIN_SIZE_DEFAULT
    anchor_min_words: int = ANCHOR_MIN_WORDS_DEFAULT
    anchor_share: float = ANCHOR_SHARE_DEFAULT
    anchor_min_share: float = ANCHOR_MIN_SHARE_DEFAULT
    anchor_reach: int = ANCHOR_REACH_DEFAULT
    related_header_max_words: int = RELATED_HEADER_MAX_WORDS_DEFAULT
    bio_tail: int = BIO_TAIL_DEFAULT
    bio_name_words: int = BIO_NAME_WORDS_DEFAULT
    bio_byline_reach: int = BIO_BYLINE_REACH_DEFAULT
    header_reach: int = HEADER_REACH_DEFAULT
    header_share: float = HEADER_SHARE_DEFAULT
    header_max_words: int = HEADER_MAX_WORDS_DEFAULT
    headline_min_words: int = HEADLINE_MIN_WORDS_DEFAULT
    headline_reach: int = HEADLINE_REACH_DEFAULT
    list_reach: int = LIST_REACH_DEFAULT
    list_item_gap: int = LIST_ITEM_GAP_DEFAULT
    list_min_items: int = LIST_MIN_ITEMS_DEFAULT
    list_intro_min_words: int = LIST_INTRO_MIN_WORDS_DEFAULT
    contents_min_entries: int = CONTENTS_MIN_ENTRIES_DEFAULT
    contents_entry_max_words: int = CONTENTS_ENTRY_MAX_WORDS_DEFAULT
    list_item_max_words: int = LIST_ITEM_MAX_WORDS_DEFAULT
    feed_min_items: int = FEED_MIN_ITEMS_DEFAULT
    feed_min_gap: int = FEED_MIN_GAP_DEFAULT
    schedule_min_rows: int = SCHEDULE_MIN_ROWS_DEFAULT
    schedule_row_words: int = SCHEDULE_ROW_WORDS_DEFAULT
    schedule_row_max_chars: int = SCHEDULE_ROW_MAX_CHARS_DEFAULT
    gallery_reach: int = GALLERY_REACH_DEFAULT
    gallery_min_counters: int = GALLERY_MIN_COUNTERS_DEFAULT
    duplicate_min_size: int = DUPLICATE_MIN_SIZE_DEFAULT
    duplicate_share: float = DUPLICATE_SHARE_DEFAULT


def is_inline(measured: Features) -> bool:
    """Whether a known phrase sits inside articles as often as around them: captions,
    advertisement labels and a "Read also: <headline>" link."""
    hit = measured.lexicon
    return hit is not None and (
        hit.kind is Kind.PROMOTION
        or hit.kind is Kind.CAPTION
        or (hit.kind is Kind.RELATED and hit.mode == "start")
    )


def block_weights(
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    removed: Sequence[bool],
    boxed: Sequence[bool],
    t: RegionThresholds = RegionThresholds(),
    rows: Sequence[bool] = (),
    neutral: Sequence[bool] = (),
) -> list[float]:
    """The weight of each block for the main run.

    ``removed`` blocks (stamps, teasers, the headline) cost like boilerplate
    whatever their label.  Each further block of one gap costs more: articles
    are interrupted by a few lines (a caption, an ad label), not by a whole
    page section.  Captions and advertisement labels, which sit inside
    articles, do not lengthen a gap, nor does a ``boxed`` block (a teaser
    under a "Related" header): the box is one interruption however many
    teasers it lists.  The ``rows`` of a schedule table weigh like body;
    ``neutral`` blocks (a table of contents inside the article) weigh nothing.
    """
    # The rules of is_inline inlined, with identity tests on the kinds
    # (hashing an Enum member into a set runs Python code): this runs per line.
    body, short, related_kind = Label.BODY, Label.SHORT, Kind.RELATED
    comments, legal, promotion, caption = Kind.COMMENTS, Kind.LEGAL, Kind.PROMOTION, Kind.CAPTION
    base, factor, growth = t.gap_base, t.gap_factor, t.gap_growth
    weights = []
    gap = 0
    for index, (block, measured, decision, out, box) in enumerate(
        zip(blocks, features, decisions, removed, boxed, strict=True)
    ):
        if (not measured.words and not out) or (neutral and neutral[index]):
            # A bare bullet or rule ("*", "---"): an image or an empty cell of a
            # gallery list, no text to weigh and no interruption to count.
            weights.append(0.0)
            continue
        hit = measured.lexicon
        inline = hit is not None and (
            hit.kind is promotion
            or hit.kind is caption
            or (hit.kind is related_kind and hit.mode == "start")
        )
        if out:
            weight = -(base + factor * len(block.text))
        elif (rows and rows[index]) or decision.label is body:
            weight = float(measured.size)
        elif decision.first_label is short and not is_hard(decision):
            weight = -t.short_cost
        else:
            cost = base + factor * len(block.text)
            if hit is not None:
                if hit.kind is comments or hit.kind is legal or hit is COUNTER_HIT:
                    cost += t.end_penalty
                elif not inline:
                    cost += t.lexicon_penalty
            weight = -cost
        if weight < 0:
            gap += not (box or inline or decision.rule == TEMPLATE_RULE)
            weight *= 1 + gap / growth
        else:
            gap = 0
        weights.append(weight)
    return weights


def candidate_runs(weights: Sequence[float]) -> list[tuple[int, int, float]]:
    """Disjoint runs ``(start, end, total)``: the best run between two points where the
    running total falls to zero (Kadane's algorithm, keeping every local best).

    >>> candidate_runs([5, -1, 3, -10, 4])
    [(0, 3, 7.0), (4, 5, 4.0)]
    """
    runs: list[tuple[int, int, float]] = []
    best: tuple[int, int, float] | None = None
    running, start = 0.0, 0
    for index, weight in enumerate(weights):
        if running <= 0:
            if best is not None:
                runs.append(best)
                best = None
            running, start = 0.0, index
        running += weight
        if running > 0 and (best is None or running > best[2]):
            best = (start, index + 1, running)
    if best is not None:
        runs.append(best)
    return runs


def main_run(
    weights: Sequence[float],
    anchor: int | None = None,
    t: RegionThresholds = RegionThresholds(),
    *,
    exact: bool = False,
) -> tuple[int, int] | None:
    """The span ``[start, end)`` of the article; ``None`` if no weight is positive.

    Without an anchor it is the run with the largest total.  With one (a line
    repeating the page title), it is the first run that ends after the anchor
    and has at least ``anchor_share`` of the best such total: a long list of
    teasers further down does not outweigh the article under its headline.
    When the anchor is ``exact`` (the very title: the headline), the article
    starts after it, so teasers above the headline are cut off too; unless
    nothing after it reaches ``anchor_min_share`` of the best run of the page,
    or the article after it starts more than ``anchor_reach`` blocks below.

    >>> main_run([5, -1, 3, -10, 4]), main_run([-1, -2]), main_run([5, -9, 6], anchor=0)
    ((0, 3), None, (0, 1))
    >>> main_run([5, 1, 3, -10, 4], anchor=1, exact=True)
    (2, 3)
    """
    runs = candidate_runs(weights)
    if not runs:
        return None
    top = max(runs, key=lambda run: run[2])
    if anchor is None:
        return top[0], top[1]
    if exact:
        # The article starts right under its headline: teasers above it are cut off.
        after = candidate_runs(weights[anchor + 1 :])
        best = max((run[2] for run in after), default=0.0)
        if best >= t.anchor_min_share * top[2]:
            for start, end, total in after:
                if total >= t.anchor_share * best:
                    if start <= t.anchor_reach:
                        return start + anchor + 1, end + anchor + 1
                    break
    for start, end, total in runs:
        if end > anchor and total >= t.anchor_share * top[2]:
            return start, end
    return top[0], top[1]


def keep_main_run(
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    t: RegionThresholds = RegionThresholds(),
) -> tuple[Decision, ...]:
    """Keep body inside the main run, take in the lines between, drop body outside it."""
    if not any(d.label is Label.BODY for d in decisions):
        decisions = fallback(features, decisions, t.fallback_min_size)
    anchor, exact = title_anchor(blocks, features, t)
    if anchor is None:
        headline = repeated_headline(blocks, features, decisions, t)
        if headline is not None:
            anchor, exact = headline, True
    stamped = stamps(blocks, features, decisions, t)
    zone = comment_zone(features, decisions, stamped, t, start=anchor or 0)
    related = related_lists(blocks, features, decisions, t)
    # A table of contents repeats the subheadings below it: its entries weigh
    # nothing and are never body; the headings it lists are the article's own,
    # short as they are.
    contents = table_of_contents(blocks, features, t)
    copies = duplicate_blocks(blocks, features, t)
    removed = [
        stamp or teaser or copy or edge
        for stamp, teaser, copy, edge in zip(stamped, related, copies, contents.edges, strict=True)
    ]
    if exact and anchor is not None:
        removed[anchor] = True
    rows = [
        row or heading
        for row, heading in zip(
            schedule_rows(blocks, features, decisions, t), contents.headings, strict=True
        )
    ]
    # Its edges ("Contents", "Hide") cost like any removed line, one interruption.
    boxed = [box or edge for box, edge in zip(related, contents.edges, strict=True)]
    # A photo gallery inside the article weighs nothing either: the article goes on past it.
    pictures = gallery_items(blocks, t)
    neutral = [
        entry or picture or measured.lexicon is MARGIN_HIT
        for entry, picture, measured in zip(contents.entries, pictures, features, strict=True)
    ]
    weights = block_weights(blocks, features, decisions, removed, boxed, t, rows, neutral)
    # Comments follow the article: a run before the comment section wins.
    span = None
    if not exact:
        # No headline: the article is the run under a byline or date line.
        limit = zone if zone is not None else len(weights)
        span = headed_run(candidate_runs(weights[:limit]), blocks, features, decisions, t)
    span = span or (
        (main_run(weights[:zone], anchor, t, exact=exact) if zone is not None else None)
        or main_run(weights, anchor, t, exact=exact)
    )
    start, end = span if span else (0, 0)
    inside_header = header_inside(blocks, features, decisions, (start, end), t)
    if inside_header is not None:
        start = inside_header
    if (
        start > 0
        and is_bare_clock(blocks[start - 1].text)
        and any(is_bare_clock(blocks[index].text) for index in range(start, end))
    ):
        start -= 1  # a live blog's first entry stamp, above its first entry
    gallery = gallery_end(blocks, decisions, (start, end), t)
    if gallery is not None and gallery < end:
        start = gallery
    feed = feed_start(blocks, features, decisions, (start, end), t)
    listed: set[int] = set()
    if feed is not None:
        related = [flag or feed <= index < end for index, flag in enumerate(related)]
        end = feed
    elif items := numbered_tail(blocks, features, (start, end), t) or introduced_tail(
        blocks, features, decisions, (start, end), t, is_inline
    ):
        # The article ends in a list: its items are body, short as they are.
        listed, end = set(items), items[-1] + 1
    # A list of works cited closes the article's text: it is not part of it.
    cited = reference_list_start(blocks, (start, end))
    if cited is not None:
        end = cited
    bio = author_bios(blocks, features, decisions, (start, end), t)
    found = Found(
        headline=anchor if exact else None,
        zone=zone,
        stamped=stamped,
        related=related,
        copies=copies,
        bio=bio,
        listed=frozenset(listed),
        rows=rows,
        headings=frozenset(compress(range(len(blocks)), contents.headings)),
        contents=contents.entries,
        pictures=pictures,
    )
    return pull_quotes(blocks, settle(decisions, (start, end), found))
