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
from dataclasses import dataclass, replace

from .features import Features, repeat_key
from .model import Block, Decision, Kind, Label

GAP_PENALTY_BASE_DEFAULT = 30.0
"""Fixed cost of a boilerplate block inside the main run (in characters of body it outweighs)."""
GAP_PENALTY_FACTOR_DEFAULT = 0.6
"""Cost of each character of a boilerplate block inside the main run."""
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
"""After the headline, the first run with at least this share of the best run's total
is the article."""
RELATED_HEADER_MAX_WORDS_DEFAULT = 6
"""A "Related"-type lexicon line of at most this many words heads a list of teasers."""

HARD_RULES = ("lexicon", "mostly-urls", "pictographs")
"""First-pass rules whose boilerplate verdict context never overturns."""

_END_KINDS = frozenset({Kind.COMMENTS, Kind.LEGAL})
# Advertisement labels and captions sit inside articles as often as around them.
_INLINE_KINDS = frozenset({Kind.PROMOTION, Kind.CAPTION})


@dataclass(frozen=True)
class RegionThresholds:
    """The thresholds of the main-run step, defaulting to the ``*_DEFAULT`` constants."""

    gap_base: float = GAP_PENALTY_BASE_DEFAULT
    gap_factor: float = GAP_PENALTY_FACTOR_DEFAULT
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
    related_header_max_words: int = RELATED_HEADER_MAX_WORDS_DEFAULT


def is_hard(decision: Decision) -> bool:
    """Whether a boilerplate verdict came from a rule that context never overturns.

    >>> is_hard(Decision(Label.BOILERPLATE, "lexicon-line: share"))
    True
    >>> is_hard(Decision(Label.BOILERPLATE, "short"))
    False
    """
    return decision.label is Label.BOILERPLATE and decision.rule.startswith(HARD_RULES)


def _stamps(
    features: Sequence[Features], decisions: Sequence[Decision], t: RegionThresholds
) -> list[bool]:
    # A comment stamp is a short time-stamped line whose next block that is not
    # short is prose: "jane says: ... 6:44 am" then her comment.  A dateline in
    # the page header is followed by menus or the headline instead.
    stamps = [False] * len(decisions)
    for index, (measured, decision) in enumerate(zip(features, decisions, strict=True)):
        if (
            not measured.clock
            or measured.words > t.stamp_max_words
            or decision.first_label is Label.BODY
        ):
            continue
        for following in decisions[index + 1 : index + 1 + t.stamp_reach]:
            if following.first_label is not Label.SHORT:
                stamps[index] = following.first_label in (Label.BODY, Label.NEAR_BODY)
                break
    return stamps


def comment_zone(
    features: Sequence[Features],
    decisions: Sequence[Decision],
    t: RegionThresholds = RegionThresholds(),
) -> int | None:
    """The index where the reader-comment section starts, or ``None``.

    It is the first comment marker (a comment-form phrase or a time-stamped
    short line) after enough long prose that is followed by stamped lines:
    one within ``comment_window`` blocks and ``comment_min_stamps`` in all.
    A "Comment" button in a share bar above the article opens nothing, a run
    of stamped comments does.
    """
    stamps = _stamps(features, decisions, t)
    stamps_after = [0] * (len(stamps) + 1)
    next_stamp = [len(stamps)] * (len(stamps) + 1)
    for index in range(len(stamps) - 1, -1, -1):
        stamps_after[index] = stamps_after[index + 1] + stamps[index]
        next_stamp[index] = index if stamps[index] else next_stamp[index + 1]
    body = 0
    for index, (measured, decision) in enumerate(zip(features, decisions, strict=True)):
        marker = stamps[index] or (
            measured.lexicon is not None and measured.lexicon.kind is Kind.COMMENTS
        )
        if (
            marker
            and body >= t.comment_zone_min_body
            and stamps_after[index] >= t.comment_min_stamps
            and next_stamp[index] - index <= t.comment_window
        ):
            return index
        if decision.first_label is Label.BODY:
            body += measured.chars
    return None


def related_lists(
    features: Sequence[Features], decisions: Sequence[Decision], t: RegionThresholds
) -> list[bool]:
    """Blocks that are teasers under a "Related"-type header: up to the next sentence of prose."""
    marked = [False] * len(decisions)
    inside = False
    for index, (measured, decision) in enumerate(zip(features, decisions, strict=True)):
        hit = measured.lexicon
        if (
            hit is not None
            and hit.kind is Kind.RELATED
            and measured.words <= t.related_header_max_words
        ):
            inside = True
            continue
        if not inside:
            continue
        if decision.first_label is Label.BODY or (
            measured.sentence_end and decision.label is Label.BODY
        ):
            inside = False
        elif hit is None:
            marked[index] = True
    return marked


def _weight(block: Block, measured: Features, decision: Decision, t: RegionThresholds) -> float:
    if decision.label is Label.BODY:
        return float(measured.size)
    if decision.first_label is Label.SHORT and not is_hard(decision):
        return -t.short_cost
    cost = t.gap_base + t.gap_factor * len(block.text)
    if measured.lexicon is not None:
        kind = measured.lexicon.kind
        if kind in _END_KINDS:
            cost += t.end_penalty
        elif kind not in _INLINE_KINDS:
            cost += t.lexicon_penalty
    return -cost


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
    weights: Sequence[float], anchor: int | None = None, t: RegionThresholds = RegionThresholds()
) -> tuple[int, int] | None:
    """The span ``[start, end)`` of the article; ``None`` if no weight is positive.

    Without an anchor it is the run with the largest total.  With one (the
    headline repeated above the article), it is the first run that ends after
    the anchor and has at least ``anchor_share`` of the largest total: a long
    list of teasers further down does not outweigh the article under its
    headline.

    >>> main_run([5, -1, 3, -10, 4]), main_run([-1, -2]), main_run([5, -9, 6], anchor=0)
    ((0, 3), None, (0, 1))
    """
    runs = candidate_runs(weights)
    if not runs:
        return None
    top = max(runs, key=lambda run: run[2])
    if anchor is not None:
        for run in runs:
            if run[1] > anchor and run[2] >= t.anchor_share * top[2]:
                return run[0], run[1]
    return top[0], top[1]


def title_anchor(
    blocks: Sequence[Block], features: Sequence[Features], t: RegionThresholds
) -> int | None:
    """The index of the headline above the article: the first later line of at least
    ``anchor_min_words`` words that all come from the first line (the page title,
    often "Title - Site").

    >>> from artclean.segment import segment
    >>> from artclean.features import measure
    >>> blocks = segment("Big news today - Example Site\\nHome\\nBig news today\\nText.")
    >>> title_anchor(blocks, measure(blocks, "en"), RegionThresholds())
    2
    """
    if not blocks:
        return None
    first = blocks[0].text
    title = set(repeat_key(first).split())
    for index in range(1, len(blocks)):
        text = blocks[index].text
        if features[index].words < t.anchor_min_words or len(text) > len(first):
            continue
        if set(repeat_key(text).split()) <= title:
            return index
    return None


def _fallback(
    features: Sequence[Features], decisions: Sequence[Decision], t: RegionThresholds
) -> tuple[Decision, ...]:
    # No body anywhere: every page holds an article, so take the near-body
    # blocks, or failing those the largest block that is not known boilerplate.
    near = [d.first_label is Label.NEAR_BODY for d in decisions]
    if not any(near):
        candidates = [
            i
            for i, d in enumerate(decisions)
            if not is_hard(d) and features[i].size >= t.fallback_min_size
        ]
        if not candidates:
            return tuple(decisions)
        largest = max(candidates, key=lambda i: features[i].size)
        near = [i == largest for i in range(len(decisions))]
    return tuple(
        replace(d, label=Label.BODY, kind=None, rule=f"{d.rule}; best-available") if flag else d
        for d, flag in zip(decisions, near, strict=True)
    )


def keep_main_run(
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    t: RegionThresholds = RegionThresholds(),
) -> tuple[Decision, ...]:
    """Keep body inside the main run, take in the lines between, drop body outside it."""
    if not any(d.label is Label.BODY for d in decisions):
        decisions = _fallback(features, decisions, t)
    zone = comment_zone(features, decisions, t)
    stamps = _stamps(features, decisions, t)
    related = related_lists(features, decisions, t)
    weights = []
    for index, (block, measured, decision) in enumerate(
        zip(blocks, features, decisions, strict=True)
    ):
        weight = _weight(block, measured, decision, t)
        if stamps[index] or related[index]:
            weight = -(t.gap_base + t.gap_factor * len(block.text))
        weights.append(weight)
    # Comments follow the article: a run before the comment section wins.
    anchor = title_anchor(blocks, features, t)
    span = (main_run(weights[:zone], anchor, t) if zone is not None else None) or main_run(
        weights, anchor, t
    )
    start, end = span if span else (0, 0)
    kept = []
    for index, decision in enumerate(decisions):
        inside = start <= index < end
        kind, why = _context_kind(index, zone, stamps, related)
        if inside and why is None:
            if decision.label is not Label.BODY and decision.first_label is not Label.BOILERPLATE:
                rule = f"{decision.rule}; inside-main-run"
                decision = replace(decision, label=Label.BODY, kind=None, rule=rule)
        elif decision.label is Label.BODY:
            rule = f"{decision.rule}; {why or 'outside-main-run'}"
            decision = replace(decision, label=Label.BOILERPLATE, kind=kind, rule=rule)
        elif why is not None and not is_hard(decision):
            rule = f"{decision.rule}; {why}"
            decision = replace(decision, label=Label.BOILERPLATE, kind=kind, rule=rule)
        kept.append(decision)
    return tuple(kept)


def _context_kind(
    index: int, zone: int | None, stamps: Sequence[bool], related: Sequence[bool]
) -> tuple[Kind, str | None]:
    # The kind a removed block gets from where it is, and the rule that says so.
    if stamps[index]:
        return Kind.COMMENTS, "comment-stamp"
    if related[index]:
        return Kind.RELATED, "related-teaser"
    if zone is not None and index >= zone:
        return Kind.COMMENTS, "comment-section"
    return Kind.OTHER, None
