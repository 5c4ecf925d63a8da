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
from itertools import compress

from .features import Features
from .heading import CONTENTS_RULE, DUPLICATE_RULE, HEADLINE_RULE
from .model import Decision, Kind, Label

GALLERY_RULE = "gallery-item"
"""Why a line of a photo gallery inside the page is a caption."""

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
    headings: frozenset[int] = frozenset()
    contents: Sequence[bool] = ()
    pictures: Sequence[bool] = ()


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
        relabel(d, Label.BODY, None, "best-available") if flag else d
        for d, flag in zip(decisions, near, strict=True)
    )


# Relabelled forms of decisions, kept across pages: the lines of a site's
# pages share their first-pass decisions (see classify), and so their
# relabelled forms.  Keyed by identity, since hashing a Decision runs Python
# code; an entry holds its decision, so the id cannot pass to another object
# while the entry is there.
_RELABELED: dict[tuple[int, str], tuple[Decision, Decision]] = {}


def relabel(decision: Decision, label: Label, kind: Kind | None, why: str) -> Decision:
    """``decision`` with a new ``label`` and ``kind``, and ``why`` added to its rule.

    >>> relabel(Decision(Label.SHORT, "short"), Label.BODY, None, "inside-main-run").rule
    'short; inside-main-run'
    """
    key = id(decision), why
    cached = _RELABELED.get(key)
    if cached is not None:
        old, new = cached
        if old is decision and new.label is label and new.kind is kind:
            return new
    # Built directly: dataclasses.replace is several times slower, and this runs per line.
    new = Decision(label, f"{decision.rule}; {why}", kind, decision.first_label, decision.signals)
    if len(_RELABELED) > 16384:
        _RELABELED.clear()  # a bound, to keep a long run's memory flat
    _RELABELED[key] = decision, new
    return new


def settle(
    decisions: Sequence[Decision], span: tuple[int, int], found: Found
) -> tuple[Decision, ...]:
    """The final decision of each block, given the run ``span`` and what was ``found``."""
    start, end = span
    count = len(decisions)
    # Most blocks carry no finding: inside the run they become body unless
    # boilerplate from the first pass, outside it body becomes boilerplate.
    # The few with a finding (and all from the comment section on) take the
    # full rules of _settle_found; compress picks the flagged ones in C.
    limit = count if found.zone is None else found.zone
    flagged = {*found.listed, *([] if found.headline is None else [found.headline])}
    for flags in (
        found.stamped,
        found.related,
        found.copies,
        found.bio,
        found.rows,
        found.contents,
        found.pictures,
    ):
        flagged.update(compress(range(count), flags))
    kept = list(decisions)
    body, boilerplate = Label.BODY, Label.BOILERPLATE
    for index, decision in enumerate(decisions):
        if index >= limit or index in flagged:
            kept[index] = _settle_found(index, decision, start <= index < end, found)
        elif start <= index < end:
            if decision.label is not body and decision.first_label is not boilerplate:
                kept[index] = relabel(decision, body, None, "inside-main-run")
        elif decision.label is body:
            kept[index] = relabel(decision, boilerplate, Kind.OTHER, "outside-main-run")
    return tuple(kept)


def _settle_found(index: int, decision: Decision, inside: bool, found: Found) -> Decision:
    # The final decision of a block with a finding, or in the comment section.
    kind, why = _context_kind(index, found.zone, found.stamped, found.related)
    if found.contents and found.contents[index] and not is_hard(decision):
        decision = relabel(decision, Label.BOILERPLATE, Kind.NAVIGATION, CONTENTS_RULE)
    elif found.pictures and found.pictures[index] and not is_hard(decision):
        decision = relabel(decision, Label.BOILERPLATE, Kind.CAPTION, GALLERY_RULE)
    elif found.copies[index] and not is_hard(decision):
        decision = relabel(decision, Label.BOILERPLATE, Kind.OTHER, DUPLICATE_RULE)
    elif index == found.headline and not is_hard(decision):
        # The headline is the title, not a paragraph: metadata takes it from here.
        decision = relabel(decision, Label.BOILERPLATE, Kind.OTHER, HEADLINE_RULE)
    elif inside and found.bio[index]:
        if not is_hard(decision):
            decision = relabel(decision, Label.BOILERPLATE, Kind.OTHER, "author-bio")
    elif inside and why is None:
        listed = index in found.listed
        if (
            (listed or found.rows[index])
            and decision.label is not Label.BODY
            and not is_hard(decision)
        ):
            why = (
                "numbered-item"
                if listed
                else "contents-heading"
                if index in found.headings
                else "schedule-row"
            )
            decision = relabel(decision, Label.BODY, None, why)
        elif decision.label is not Label.BODY and decision.first_label is not Label.BOILERPLATE:
            decision = relabel(decision, Label.BODY, None, "inside-main-run")
    elif decision.label is Label.BODY:
        decision = relabel(decision, Label.BOILERPLATE, kind, why or "outside-main-run")
    elif why is not None and not is_hard(decision):
        decision = relabel(decision, Label.BOILERPLATE, kind, why)
    return decision


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
