"""Label every block once the article's run is chosen.

Inside the run, lines that only lacked context (subheadings, list items,
table cells, short quotes) become body while known boilerplate stays out;
outside it, body becomes boilerplate, with the kind its place tells
(comments, related teasers).  The pieces the main-run step found on the
way (the headline, an author bio, a second copy of the article, the items
of a list or a schedule that end the article) get their own rule, so
``artclean explain`` shows why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .features import Features
from .heading import HEADLINE_RULE
from .model import Decision, Kind, Label

HARD_RULES = ("lexicon", "mostly-urls", "pictographs")
"""First-pass rules whose boilerplate verdict context never overturns."""


@dataclass(frozen=True)
class Found:
    """What the main-run step found around the run, one flag per block."""

    headline: int | None
    zone: int | None
    stamped: Sequence[bool]
    related: Sequence[bool]
    copies: Sequence[bool]
    bio: Sequence[bool]
    listed: frozenset[int]
    rows: Sequence[bool]


def is_hard(decision: Decision) -> bool:
    """Whether a boilerplate verdict came from a rule that context never overturns.

    >>> is_hard(Decision(Label.BOILERPLATE, "lexicon-line: share"))
    True
    >>> is_hard(Decision(Label.BOILERPLATE, "short"))
    False
    """
    return decision.label is Label.BOILERPLATE and decision.rule.startswith(HARD_RULES)


def fallback(
    features: Sequence[Features], decisions: Sequence[Decision], min_size: int
) -> tuple[Decision, ...]:
    """No body anywhere: every page holds an article, so take the near-body
    blocks, or failing those the largest block that is not known boilerplate
    and has at least ``min_size`` size."""
    near = [d.first_label is Label.NEAR_BODY for d in decisions]
    if not any(near):
        candidates = [
            i for i, d in enumerate(decisions) if not is_hard(d) and features[i].size >= min_size
        ]
        if not candidates:
            return tuple(decisions)
        largest = max(candidates, key=lambda i: features[i].size)
        near = [i == largest for i in range(len(decisions))]
    return tuple(
        _relabel(d, Label.BODY, None, f"{d.rule}; best-available") if flag else d
        for d, flag in zip(decisions, near, strict=True)
    )


def _relabel(decision: Decision, label: Label, kind: Kind | None, rule: str) -> Decision:
    # ``dataclasses.replace`` for the fields that change, built directly: it is
    # several times slower, and this runs per line.
    return Decision(label, rule, kind, decision.first_label, decision.signals)


def settle(
    decisions: Sequence[Decision], span: tuple[int, int], found: Found
) -> tuple[Decision, ...]:
    """The final decision of each block, given the run ``span`` and what was ``found``."""
    start, end = span
    zone, stamped, related, copies = found.zone, found.stamped, found.related, found.copies
    bio, listed, rows = found.bio, found.listed, found.rows
    kept = []
    for index, decision in enumerate(decisions):
        inside = start <= index < end
        kind, why = _context_kind(index, zone, stamped, related)
        if copies[index] and not is_hard(decision):
            rule = f"{decision.rule}; duplicate-text"
            decision = _relabel(decision, Label.BOILERPLATE, Kind.OTHER, rule)
        elif index == found.headline and not is_hard(decision):
            # The headline is the title, not a paragraph: metadata takes it from here.
            rule = f"{decision.rule}; {HEADLINE_RULE}"
            decision = _relabel(decision, Label.BOILERPLATE, Kind.OTHER, rule)
        elif inside and bio[index]:
            if not is_hard(decision):
                rule = f"{decision.rule}; author-bio"
                decision = _relabel(decision, Label.BOILERPLATE, Kind.OTHER, rule)
        elif inside and why is None:
            if (
                (index in listed or rows[index])
                and decision.label is not Label.BODY
                and not is_hard(decision)
            ):
                rule = f"{decision.rule}; {'numbered-item' if index in listed else 'schedule-row'}"
                decision = _relabel(decision, Label.BODY, None, rule)
            elif decision.label is not Label.BODY and decision.first_label is not Label.BOILERPLATE:
                rule = f"{decision.rule}; inside-main-run"
                decision = _relabel(decision, Label.BODY, None, rule)
        elif decision.label is Label.BODY:
            rule = f"{decision.rule}; {why or 'outside-main-run'}"
            decision = _relabel(decision, Label.BOILERPLATE, kind, rule)
        elif why is not None and not is_hard(decision):
            rule = f"{decision.rule}; {why}"
            decision = _relabel(decision, Label.BOILERPLATE, kind, rule)
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
