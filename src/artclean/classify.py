"""Label every block: a context-free first pass, then a revise pass by context.

The first pass looks at one block's features, measured against the document's
own prose: stopword densities differ a lot between languages (English prose
about 0.4, Vietnamese about 0.1 with its list), so the density thresholds are
fractions of the density of the document's longest blocks.  Short and
borderline blocks get provisional labels (``SHORT``, ``NEAR_BODY``) that the
revise pass settles from their nearest decided neighbours.  A last step
(:mod:`artclean.region`) keeps the article's main run.  Every threshold is a
named constant explained in ``docs/algorithm.md``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

from .features import Features
from .model import Block, Decision, Kind, Label
from .region import TEMPLATE_RULE, RegionThresholds, keep_main_run
from .settle import relabel

LENGTH_LOW_DEFAULT = 70
"""Blocks smaller than this (size: characters, CJK counted thrice) are ``SHORT``."""
LENGTH_HIGH_DEFAULT = 150
"""Blocks at least this large with a prose density are body on their own."""
STOPWORDS_HIGH_DEFAULT = 0.70
"""At or above this fraction of the document's prose density a block reads as prose."""
STOPWORDS_LOW_DEFAULT = 0.45
"""Below this fraction of the document's prose density a block reads as a list of names."""
REFERENCE_BLOCKS_DEFAULT = 9
"""The document's prose density is the median density of up to this many of its largest blocks."""
REFERENCE_MIN_DENSITY_DEFAULT = 0.04
"""The prose density never counts as lower than this, so a page of names is not all prose."""
MIN_SENTENCE_WORDS_DEFAULT = 8
"""A block this many words long that ends like a sentence is near-body whatever its stopwords."""
PROMO_MIN_SYMBOLS_DEFAULT = 3
"""Three or more emoji/pictographs in one line mark a promotional tagline."""
REPEAT_MAX_WORDS_DEFAULT = 12
"""A short line that occurs more than once in the page is navigation or a label."""
REPEAT_MANY_DEFAULT = 3
"""A line of any length that occurs this many times in the page is part of the template."""
SHORT_SENTENCE_WORDS_DEFAULT = 4
"""A short line of this many words ending like a sentence joins body on either side."""
NEAR_REACH_DEFAULT = 2
"""A near-body block takes body context only across at most this many short lines: past a
list of headlines, the body above is another section's."""
ROW_DIGITS_DEFAULT = 0.10
"""A short line with at least this share of digits is a table row or a dated list item:
a table does not part the prose around it, however long it is."""
NEAR_CHAIN_DEFAULT = 2
"""This many near-body blocks in a row (short lines between them aside) are prose together."""


@dataclass(frozen=True)
class Thresholds:
    """Every threshold of classification, defaulting to the ``*_DEFAULT`` constants.

    >>> from dataclasses import replace
    >>> Thresholds().length_low, replace(Thresholds(), length_low=40).length_low
    (70, 40)
    """

    length_low: int = LENGTH_LOW_DEFAULT
    length_high: int = LENGTH_HIGH_DEFAULT
    stopwords_high: float = STOPWORDS_HIGH_DEFAULT
    stopwords_low: float = STOPWORDS_LOW_DEFAULT
    reference_blocks: int = REFERENCE_BLOCKS_DEFAULT
    reference_min_density: float = REFERENCE_MIN_DENSITY_DEFAULT
    min_sentence_words: int = MIN_SENTENCE_WORDS_DEFAULT
    promo_min_symbols: int = PROMO_MIN_SYMBOLS_DEFAULT
    repeat_max_words: int = REPEAT_MAX_WORDS_DEFAULT
    repeat_many: int = REPEAT_MANY_DEFAULT
    short_sentence_words: int = SHORT_SENTENCE_WORDS_DEFAULT
    near_chain: int = NEAR_CHAIN_DEFAULT
    near_reach: int = NEAR_REACH_DEFAULT
    row_digits: float = ROW_DIGITS_DEFAULT
    region: RegionThresholds = field(default_factory=RegionThresholds)


def prose_density(features: Sequence[Features], thresholds: Thresholds = Thresholds()) -> float:
    """The stopword density of the document's own prose: the median over its largest blocks.

    >>> from artclean.features import measure
    >>> from artclean.segment import segment
    >>> line = "The cat sat on the mat by the door, and it was happy about that all day.\\n"
    >>> round(prose_density(measure(segment("Menu\\n" + line * 3), "en")), 3)
    0.647
    """
    candidates = sorted(
        (f for f in features if f.lexicon is None and f.size >= thresholds.length_low),
        key=lambda f: f.size,
        reverse=True,
    )[: thresholds.reference_blocks]
    if not candidates:
        return thresholds.reference_min_density
    densities = sorted(f.stopword_density for f in candidates)
    middle = len(densities) // 2
    median = (
        densities[middle] if len(densities) % 2 else (densities[middle - 1] + densities[middle]) / 2
    )
    return max(median, thresholds.reference_min_density)


def _shape_rules(features: Features, t: Thresholds) -> tuple[Label, str, Kind | None] | None:
    # The rules that look at the block alone (not at the document's prose
    # density); ``None`` when none of them decides.
    lexicon = features.lexicon
    if lexicon is not None:
        return Label.BOILERPLATE, f"lexicon-{lexicon.mode}: {lexicon.phrase}", lexicon.kind
    if features.url_count and (
        features.words <= 3 * features.url_count + 2 or 2 * features.url_chars >= features.chars
    ):
        return Label.BOILERPLATE, "mostly-urls", Kind.NAVIGATION
    if features.symbol_count >= t.promo_min_symbols:
        return Label.BOILERPLATE, "pictographs", Kind.PROMOTION
    if features.repeats > 1 and features.words <= t.repeat_max_words:
        # A menu item repeated in header and footer, or a label repeated in a
        # recipe or a table: short either way, and context tells which.
        return Label.BOILERPLATE, "repeated-line", Kind.NAVIGATION
    if features.repeats >= t.repeat_many:
        # A long line printed again and again: a teaser in several boxes, or
        # a photo's alt text under every picture of a photo story.
        return Label.BOILERPLATE, TEMPLATE_RULE, Kind.NAVIGATION
    if features.size < t.length_low:
        if features.sentence_end and features.words >= t.short_sentence_words:
            return Label.SHORT, "short-sentence", None
        return Label.SHORT, "short", None
    return None


def _density_rules(
    features: Features, reference: float | None, t: Thresholds
) -> tuple[Label, str, Kind | None]:
    # The rules for a block no shape rule decided: by its stopword density
    # against the document's ``reference`` density, or without a stoplist by
    # its sentence shape.
    sentence = features.sentence_end and features.words >= t.min_sentence_words
    if reference is not None:
        density = features.stopword_density
        if density >= t.stopwords_high * reference:
            if features.size >= t.length_high:
                return Label.BODY, "long-prose", None
            return Label.NEAR_BODY, "prose-medium-length", None
        if density >= t.stopwords_low * reference:
            return Label.NEAR_BODY, "some-stopwords", None
        if sentence:
            return Label.NEAR_BODY, "sentence-few-stopwords", None
        return Label.BOILERPLATE, "few-stopwords", Kind.OTHER
    if sentence:
        if features.size >= t.length_high:
            return Label.BODY, "long-sentence", None
        return Label.NEAR_BODY, "sentence", None
    if features.size >= t.length_high and features.commas:
        return Label.NEAR_BODY, "long-text", None
    return Label.BOILERPLATE, "no-sentence-shape", Kind.OTHER


def classify_first_pass(
    features: Sequence[Features], has_stoplist: bool, thresholds: Thresholds = Thresholds()
) -> tuple[Decision, ...]:
    """Label each block from its own features (and the document's prose density) alone.

    >>> from artclean.features import measure
    >>> from artclean.segment import segment
    >>> text = (
    ...     "Home\\nSee the photos\\n"
    ...     "The cat sat on the mat by the door, and it was happy about that all day long.\\n"
    ...     "The dog, who had been out in the rain since the early morning, came in and sat"
    ...     " on the mat as well, and the two of them stayed there until it was dark.\\n"
    ... )
    >>> [d.label.value for d in classify_first_pass(measure(segment(text), "en"), True)]
    ['boilerplate', 'short', 'near_body', 'body']
    """
    reference = prose_density(features, thresholds) if has_stoplist else None
    known = _known_lines(thresholds)
    if len(known) > 16384:
        known.clear()  # a bound, to keep a long run's memory flat
    # Repeated lines share one Features value, so they share one Decision too
    # (an immutable value): each distinct line is decided once.
    decided: dict[int, Decision] = {}
    for measured in features:
        key = id(measured)
        if key in decided:
            continue
        entry = known.get(measured)
        if entry is None:
            shape = _shape_rules(measured, thresholds)
            signals = measured.signals()
            entry = signals if shape is None else Decision(*shape, shape[0], signals)
            known[measured] = entry
        if isinstance(entry, Decision):
            decision = entry
        else:
            label, rule, kind = _density_rules(measured, reference, thresholds)
            decision = Decision(label, rule, kind, label, entry)
        decided[key] = decision
    return tuple(map(decided.__getitem__, map(id, features)))


# Pages of a site share their menus and footers, and so the features of those
# lines.  Per set of thresholds, and per features, this keeps the decision of
# the shape rules, which does not depend on the page's prose density; or, for
# a line they do not decide, its signals (about a microsecond to build).  One
# lookup per line and page: hashing a Features value is not free either.
@functools.lru_cache(maxsize=4)
def _known_lines(
    thresholds: Thresholds,
) -> dict[Features, Decision | tuple[tuple[str, float], ...]]:
    return {}


_LEXICON_START = "lexicon-start"


def _left_context(
    decisions: Sequence[Decision], features: Sequence[Features], t: Thresholds
) -> tuple[list[Label | None], list[bool]]:
    # One forward pass.  The view of the neighbour search: advertisement
    # labels, promo taglines, captions and "Read also: <headline>" links
    # interrupt articles as often as they frame them, so they count as SHORT.
    # So does a long line the page prints again and again (a photo's alt text
    # under every picture of a photo story): a template, not a section break.
    # Short sentences (list items) and digit-heavy short lines (table rows,
    # dated list items, "Germany: 920 million") never part prose, runs of
    # other short lines do: a row is None in the view.
    # Per block also whether its left context or its chain of near-body
    # blocks already makes it body (rows and up to ``near_reach`` other short
    # lines in a row do not break a chain).
    short, near, body = Label.SHORT, Label.NEAR_BODY, Label.BODY
    promotion, caption, related = Kind.PROMOTION, Kind.CAPTION, Kind.RELATED
    reach, chain_min, row_digits = t.near_reach, t.near_chain, t.row_digits
    view: list[Label | None] = [None] * len(decisions)
    bodied = [False] * len(decisions)
    nearest, between = Label.BOILERPLATE, 0  # the nearest decided block on the left
    members: list[int] = []  # the chain of near-body blocks so far
    shorts = 0  # counted short lines since the chain's last member
    for index, decision in enumerate(decisions):
        label, kind, rule = decision.label, decision.kind, decision.rule
        if (
            kind is promotion
            or kind is caption
            or rule == TEMPLATE_RULE
            or (kind is related and rule.startswith(_LEXICON_START))
        ):
            if label is near:
                # Transparent for the search, but settled like near-body all the same.
                bodied[index] = nearest is body and between <= reach
            label = short
        if label is short:
            if rule == "short-sentence" or (
                bool(features) and features[index].digit_ratio >= row_digits
            ):
                continue
            between += 1
            shorts += 1
            if shorts <= reach or not members:
                view[index] = label
                continue
        elif label is near:
            # Context reaches across at most ``near_reach`` short lines (rows aside).
            bodied[index] = nearest is body and between <= reach
            members.append(index)
            shorts = 0
            view[index] = label
            continue
        else:
            nearest, between = label, 0
        view[index] = label
        if len(members) >= chain_min:
            for member in members:
                bodied[member] = True
        members = []
    if len(members) >= chain_min:
        for member in members:
            bodied[member] = True
    return view, bodied


def revise(
    decisions: Sequence[Decision],
    thresholds: Thresholds = Thresholds(),
    features: Sequence[Features] = (),
) -> tuple[Decision, ...]:
    """Settle provisional labels from their nearest decided neighbours.

    ``NEAR_BODY`` becomes body when body is its nearest decided block on either
    side, or when it is one of a chain of near-body blocks (medium-length
    paragraphs of a news story); alone between boilerplate it is boilerplate.
    ``SHORT`` becomes body only between body on both sides (a subheading, a
    list item, a one-line quote).

    >>> kinds = (Label.BODY, Label.SHORT, Label.NEAR_BODY, Label.BOILERPLATE)
    >>> B, S, N, X = (Decision(label, "t") for label in kinds)
    >>> [d.label.value for d in revise([B, S, N, X, N, X])]
    ['body', 'body', 'body', 'boilerplate', 'boilerplate', 'boilerplate']
    """
    short, near, body = Label.SHORT, Label.NEAR_BODY, Label.BODY
    reach = thresholds.near_reach
    view, bodied = _left_context(decisions, features, thresholds)
    settled = [decision.label for decision in decisions]
    revised = list(decisions)
    # One backward pass: near-body blocks are settled from their right context
    # (with what the forward pass found), and each short line learns the
    # first settled block after it that is not short.
    nearest, between = Label.BOILERPLATE, 0  # the nearest decided block on the right
    after = Label.BOILERPLATE
    shorts: list[tuple[int, Label]] = []
    for index in range(len(decisions) - 1, -1, -1):
        label = settled[index]
        if label is near:
            if bodied[index] or (nearest is body and between <= reach):
                after = settled[index] = body
                revised[index] = relabel(decisions[index], body, None, "body-context")
            else:
                after = settled[index] = Label.BOILERPLATE
                revised[index] = relabel(
                    decisions[index], Label.BOILERPLATE, Kind.OTHER, "boilerplate-context"
                )
        elif label is short:
            shorts.append((index, after))
        else:
            after = label
        seen = view[index]
        if seen is short:
            between += 1
        elif seen is not None and seen is not near:
            nearest, between = seen, 0
    # Short lines are settled left to right, so the one before a short line is
    # already settled.
    for index, after in reversed(shorts):
        before = settled[index - 1] if index else Label.BOILERPLATE
        decision = decisions[index]
        if decision.rule == "short-sentence":
            # A one-sentence paragraph (wire stories are made of them) joins body on one side.
            bodies = before is body or after is body
        else:
            bodies = before is body and after is body
        if bodies:
            settled[index] = body
            revised[index] = relabel(decision, body, None, "body-context")
        else:
            settled[index] = Label.BOILERPLATE
            revised[index] = relabel(decision, Label.BOILERPLATE, Kind.OTHER, "boilerplate-context")
    return tuple(revised)


def classify(
    blocks: Sequence[Block],
    features: Sequence[Features],
    has_stoplist: bool,
    thresholds: Thresholds = Thresholds(),
) -> tuple[Decision, ...]:
    """First pass, revise pass, main run: the body/boilerplate decision for each block."""
    first = classify_first_pass(features, has_stoplist, thresholds)
    return keep_main_run(blocks, features, revise(first, thresholds, features), thresholds.region)
