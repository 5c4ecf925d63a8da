"""Label every block: a context-free first pass, then a revise pass by context.

The first pass looks at one block's features.  Short and borderline blocks get
provisional labels (``SHORT``, ``NEAR_BODY``) that the revise pass settles from
their nearest decided neighbours.  A last step keeps the article's main run:
the article is a mostly contiguous stretch of prose, so body-like blocks far
from it (comments, teasers, bios) are dropped.  Every threshold is a named
constant explained in ``docs/algorithm.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .features import Features
from .model import Block, Decision, Kind, Label

LENGTH_LOW_DEFAULT = 70
"""Blocks shorter than this (characters) are ``SHORT``: too little text to judge alone."""
LENGTH_HIGH_DEFAULT = 200
"""Blocks at least this long with enough stopwords are body on their own."""
STOPWORDS_LOW_DEFAULT = 0.20
"""Below this stopword density a long block reads as a list of names, not prose."""
STOPWORDS_HIGH_DEFAULT = 0.30
"""At or above this stopword density a long block reads as prose."""
MIN_SENTENCE_WORDS_DEFAULT = 8
"""Without a stopword list, a block needs this many words and final punctuation to be prose."""
MAX_URL_SHARE_DEFAULT = 0.5
"""A block whose characters are mostly URLs is a link, not text."""
PROMO_MIN_SYMBOLS_DEFAULT = 3
"""Three or more emoji/pictographs in one line mark a promotional tagline."""
REPEAT_MAX_WORDS_DEFAULT = 12
"""A short line that occurs more than once in the page is navigation or a label."""
GAP_PENALTY_BASE_DEFAULT = 30
"""Fixed cost of a non-body block inside the main run (characters of body it outweighs)."""
GAP_PENALTY_FACTOR_DEFAULT = 0.6
"""Cost of each character of a non-body block inside the main run."""
LEXICON_GAP_PENALTY_DEFAULT = 120
"""Extra cost of a known boilerplate phrase: comment forms and footers end an article."""


def _first_pass(features: Features, has_stoplist: bool) -> Decision:
    lexicon = features.lexicon
    if lexicon is not None:
        return Decision(Label.BOILERPLATE, f"lexicon-{lexicon.mode}: {lexicon.phrase}", lexicon.kind)
    if features.url_count and features.words <= 3 * features.url_count + 2:
        return Decision(Label.BOILERPLATE, "mostly-urls", Kind.NAVIGATION)
    if features.symbol_count >= PROMO_MIN_SYMBOLS_DEFAULT:
        return Decision(Label.BOILERPLATE, "pictographs", Kind.PROMOTION)
    if features.repeats > 1 and features.words <= REPEAT_MAX_WORDS_DEFAULT:
        return Decision(Label.BOILERPLATE, "repeated-line", Kind.NAVIGATION)
    if features.chars < LENGTH_LOW_DEFAULT:
        return Decision(Label.SHORT, "short")
    if has_stoplist:
        density = features.stopword_density
        if density >= STOPWORDS_HIGH_DEFAULT:
            if features.chars >= LENGTH_HIGH_DEFAULT:
                return Decision(Label.BODY, "long-prose")
            return Decision(Label.NEAR_BODY, "prose-medium-length")
        if density >= STOPWORDS_LOW_DEFAULT:
            return Decision(Label.NEAR_BODY, "some-stopwords")
        if features.sentence_end and features.words >= MIN_SENTENCE_WORDS_DEFAULT:
            return Decision(Label.NEAR_BODY, "sentence-few-stopwords")
        return Decision(Label.BOILERPLATE, "few-stopwords", Kind.OTHER)
    if features.sentence_end and features.words >= MIN_SENTENCE_WORDS_DEFAULT:
        if features.chars >= LENGTH_HIGH_DEFAULT:
            return Decision(Label.BODY, "long-sentence")
        return Decision(Label.NEAR_BODY, "sentence")
    if features.chars >= LENGTH_HIGH_DEFAULT and features.commas:
        return Decision(Label.NEAR_BODY, "long-text")
    return Decision(Label.BOILERPLATE, "no-sentence-shape", Kind.OTHER)


def classify_first_pass(features: Sequence[Features], has_stoplist: bool) -> tuple[Decision, ...]:
    """Label each block from its own features alone."""
    decisions = []
    for measured in features:
        decision = _first_pass(measured, has_stoplist)
        decisions.append(replace(decision, first_label=decision.label, signals=measured.signals()))
    return tuple(decisions)


def _neighbour(labels: Sequence[Label], start: int, step: int, accept: frozenset[Label]) -> Label:
    index = start + step
    while 0 <= index < len(labels):
        if labels[index] in accept:
            return labels[index]
        index += step
    return Label.BOILERPLATE


_DECIDED = frozenset({Label.BODY, Label.BOILERPLATE})
_DECIDED_OR_NEAR = frozenset({Label.BODY, Label.BOILERPLATE, Label.NEAR_BODY})


def revise(decisions: Sequence[Decision]) -> tuple[Decision, ...]:
    """Settle provisional labels from their nearest decided neighbours.

    ``NEAR_BODY`` becomes body unless boilerplate lies on both sides.  ``SHORT``
    becomes body only between body on both sides (a subheading, a list item,
    a one-line quote); a short line next to a near-body block on one side and
    body on the other also stays.
    """
    labels = [decision.label for decision in decisions]
    settled = list(labels)
    for index, label in enumerate(labels):
        if label is not Label.NEAR_BODY:
            continue
        before = _neighbour(labels, index, -1, _DECIDED)
        after = _neighbour(labels, index, 1, _DECIDED)
        both_bad = before is Label.BOILERPLATE and after is Label.BOILERPLATE
        settled[index] = Label.BOILERPLATE if both_bad else Label.BODY
    for index, label in enumerate(labels):
        if label is not Label.SHORT:
            continue
        before = _neighbour(settled, index, -1, _DECIDED)
        after = _neighbour(settled, index, 1, _DECIDED)
        settled[index] = (
            Label.BODY if before is Label.BODY and after is Label.BODY else Label.BOILERPLATE
        )
    revised = []
    for decision, label in zip(decisions, settled):
        if label is decision.label:
            revised.append(decision)
        elif label is Label.BODY:
            revised.append(replace(decision, label=label, rule=f"{decision.rule}; body-context"))
        else:
            revised.append(
                replace(decision, label=label, kind=Kind.OTHER, rule=f"{decision.rule}; boilerplate-context")
            )
    return tuple(revised)


def main_run(blocks: Sequence[Block], decisions: Sequence[Decision]) -> tuple[int, int] | None:
    """The span ``[start, end)`` of blocks that holds the article.

    A maximum-sum run: body blocks add their length, other blocks subtract a
    cost, so the article survives short interruptions (an ad, a caption) but
    not a comment section or a footer.  ``None`` when there is no body.
    """
    best_sum, best_span = 0.0, None
    running, start = 0.0, 0
    for index, (block, decision) in enumerate(zip(blocks, decisions)):
        if decision.label is Label.BODY:
            weight = float(len(block.text))
        else:
            weight = -(GAP_PENALTY_BASE_DEFAULT + GAP_PENALTY_FACTOR_DEFAULT * len(block.text))
            if decision.rule.startswith("lexicon"):
                weight -= LEXICON_GAP_PENALTY_DEFAULT
        if running <= 0:
            running, start = 0.0, index
        running += weight
        if running > best_sum:
            best_sum, best_span = running, (start, index + 1)
    return best_span


def keep_main_run(blocks: Sequence[Block], decisions: Sequence[Decision]) -> tuple[Decision, ...]:
    """Drop body blocks outside the main run; keep short lines inside it that sit between body."""
    span = main_run(blocks, decisions)
    if span is None:
        return tuple(decisions)
    start, end = span
    kept = []
    for index, decision in enumerate(decisions):
        if decision.label is Label.BODY and not start <= index < end:
            kept.append(replace(decision, label=Label.BOILERPLATE, kind=Kind.OTHER, rule=f"{decision.rule}; outside-main-run"))
        else:
            kept.append(decision)
    return tuple(kept)


def classify(blocks: Sequence[Block], features: Sequence[Features], has_stoplist: bool) -> tuple[Decision, ...]:
    """First pass, revise pass, main run: the body/boilerplate decision for each block."""
    first = classify_first_pass(features, has_stoplist)
    return keep_main_run(blocks, revise(first))
