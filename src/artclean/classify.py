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

from collections.abc import Sequence
from dataclasses import dataclass, field

from .features import Features
from .model import Block, Decision, Kind, Label
from .region import TEMPLATE_RULE, RegionThresholds, keep_main_run

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
ROW_DIGITS_DEFAULT = 0.15
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


def _first_pass(
    features: Features, reference: float | None, t: Thresholds
) -> tuple[Label, str, Kind | None]:
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
    decisions = []
    # Repeated lines share one Features value: their signals are built once.
    signals: dict[int, tuple[tuple[str, float], ...]] = {}
    for measured in features:
        label, rule, kind = _first_pass(measured, reference, thresholds)
        key = id(measured)
        if key not in signals:
            signals[key] = measured.signals()
        decisions.append(Decision(label, rule, kind, label, signals[key]))
    return tuple(decisions)


def _nearest_each(
    labels: Sequence[Label], step: int, skipped: Sequence[bool], counted: Sequence[bool]
) -> list[tuple[Label, int]]:
    # For each block, the nearest label whose ``skipped`` is false in direction
    # ``step`` (boilerplate past the edge), and how many ``counted`` blocks lie
    # between: one pass, so a page of ten thousand short lines stays linear.
    # ``skipped`` is a list of booleans rather than a set of labels: hashing an
    # Enum member runs Python code, and this is called per line.
    found: list[tuple[Label, int]] = [(Label.BOILERPLATE, 0)] * len(labels)
    nearest, between = Label.BOILERPLATE, 0
    order = range(len(labels)) if step > 0 else range(len(labels) - 1, -1, -1)
    for index in order:
        found[index] = (nearest, between)
        if not skipped[index]:
            nearest, between = labels[index], 0
        else:
            between += counted[index]
    return found


def _is_inline_kind(kind: Kind | None) -> bool:
    # Identity tests: cheaper than hashing Enum members into a set.
    return kind is Kind.PROMOTION or kind is Kind.CAPTION


def _near_chains(labels: Sequence[Label], max_short: int, rows: Sequence[bool]) -> list[int]:
    # For each block, the number of NEAR_BODY blocks in its chain: table rows
    # and up to ``max_short`` other SHORT lines in a row do not break one.
    sizes = [0] * len(labels)
    members: list[int] = []
    shorts = 0
    for index, label in enumerate([*labels, Label.BOILERPLATE]):
        if label is Label.NEAR_BODY:
            members.append(index)
            shorts = 0
            continue
        if label is Label.SHORT:
            shorts += not (rows and rows[index])
            if shorts <= max_short:
                continue
        for member in members:
            sizes[member] = len(members)
        members = []
    return sizes


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
    labels = [decision.label for decision in decisions]
    settled = list(labels)
    # Advertisement labels, promo taglines and captions interrupt articles as
    # often as they frame them: for the neighbour search they are transparent.
    # So is a long line the page prints again and again (a photo's alt text
    # under every picture of a photo story): a template, not a section break.
    view = [
        Label.SHORT if _is_inline_kind(decision.kind) or decision.rule == TEMPLATE_RULE else label
        for decision, label in zip(decisions, labels, strict=True)
    ]
    # Short sentences (list items) and digit-heavy short lines (table rows,
    # dated list items) never part prose; runs of other short lines do.
    rows = [
        decision.rule == "short-sentence"
        or (bool(features) and features[index].digit_ratio >= thresholds.row_digits)
        for index, decision in enumerate(decisions)
    ]
    chains = _near_chains(view, thresholds.near_reach, rows)
    counted = [label is Label.SHORT and not row for label, row in zip(view, rows, strict=True)]
    undecided = [label is Label.SHORT or label is Label.NEAR_BODY for label in view]
    lefts = _nearest_each(view, 1, undecided, counted)
    rights = _nearest_each(view, -1, undecided, counted)
    for index, label in enumerate(labels):
        if label is not Label.NEAR_BODY:
            continue
        # Context reaches across at most ``near_reach`` short lines (rows aside).
        beside_body = any(
            near is Label.BODY and between <= thresholds.near_reach
            for near, between in (lefts[index], rights[index])
        )
        settled[index] = (
            Label.BODY
            if beside_body or chains[index] >= thresholds.near_chain
            else Label.BOILERPLATE
        )
    # Short lines are settled left to right, so the one before a short line is
    # already settled; the next one that is not short is looked up.
    afters = _nearest_each(
        settled, -1, [label is Label.SHORT for label in settled], [False] * len(settled)
    )
    for index, label in enumerate(labels):
        if label is not Label.SHORT:
            continue
        before = settled[index - 1] if index else Label.BOILERPLATE
        after = afters[index][0]
        if decisions[index].rule == "short-sentence":
            # A one-sentence paragraph (wire stories are made of them) joins body on one side.
            body = before is Label.BODY or after is Label.BODY
        else:
            body = before is Label.BODY and after is Label.BODY
        settled[index] = Label.BODY if body else Label.BOILERPLATE
    revised = []
    for decision, label in zip(decisions, settled, strict=True):
        if label is decision.label:
            revised.append(decision)
        elif label is Label.BODY:
            # Built directly: dataclasses.replace is slow, and this runs per line.
            revised.append(
                Decision(
                    label,
                    f"{decision.rule}; body-context",
                    None,
                    decision.first_label,
                    decision.signals,
                )
            )
        else:
            revised.append(
                Decision(
                    label,
                    f"{decision.rule}; boilerplate-context",
                    Kind.OTHER,
                    decision.first_label,
                    decision.signals,
                )
            )
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
