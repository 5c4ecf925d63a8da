"""Give unexplained boilerplate a kind from its neighbours.

The classifier removes a line for its shape ("short", "few stopwords") and
then has no kind to give but ``other``.  Context usually tells: a short line
inside a run of menu items is navigation, one inside a run of share buttons
is a share button.  Lines the lexicon named keep their kind.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Block, Decision, Kind, Label
from .settle import relabel

RUN_LABEL_MAX_WORDS_DEFAULT = 4
"""Lines up to this many words can be items of a menu or button run."""
RUN_MIN_NAMED_DEFAULT = 2
"""A run lends its kind when at least this many of its items were named by the lexicon."""

# Kinds a run of short items can lend to its unnamed items.
_RUN_KINDS = (Kind.NAVIGATION, Kind.SHARE)


def refine_kinds(blocks: Sequence[Block], decisions: Sequence[Decision]) -> tuple[Decision, ...]:
    """Unnamed short boilerplate lines in a run of menu or share items take the run's kind.

    >>> from artclean.model import Block, Decision, Kind, Label
    >>> lines = ["Home", "Rice", "Fish", "Contact"]
    >>> blocks = [Block(i, i + 1, text) for i, text in enumerate(lines)]
    >>> named = Decision(Label.BOILERPLATE, "lexicon-line", Kind.NAVIGATION)
    >>> plain = Decision(Label.BOILERPLATE, "short", Kind.OTHER)
    >>> [d.kind.value for d in refine_kinds(blocks, [named, plain, plain, named])]
    ['navigation', 'navigation', 'navigation', 'navigation']
    """
    # Only a run with a named item can change: the runs are found from the
    # named items out, and the other lines are never looked at.
    navigation, share = _RUN_KINDS
    named = [
        index
        for index, decision in enumerate(decisions)
        if (decision.kind is navigation or decision.kind is share)
        and decision.rule.startswith("lexicon")
    ]
    refined = list(decisions)
    # An item is boilerplate of at most ``most`` words (``maxsplit`` stops
    # splitting a long line early); the test is written out in the loops
    # below, which run per line of a menu.
    most, boilerplate = RUN_LABEL_MAX_WORDS_DEFAULT, Label.BOILERPLATE
    end = 0  # the end of the run looked at last
    for position in named:
        if (
            position < end
            or decisions[position].label is not boilerplate
            or len(blocks[position].text.split(maxsplit=most)) > most
        ):
            continue
        start = position
        while (
            start > 0
            and decisions[start - 1].label is boilerplate
            and len(blocks[start - 1].text.split(maxsplit=most)) <= most
        ):
            start -= 1
        end = position + 1
        while (
            end < len(blocks)
            and decisions[end].label is boilerplate
            and len(blocks[end].text.split(maxsplit=most)) <= most
        ):
            end += 1
        kinds = [
            decisions[i].kind for i in range(start, end) if decisions[i].rule.startswith("lexicon")
        ]
        for kind in _RUN_KINDS:
            if kinds.count(kind) >= RUN_MIN_NAMED_DEFAULT:
                why = f"in-{kind.value}-run"
                for i in range(start, end):
                    if decisions[i].kind in (None, Kind.OTHER):
                        refined[i] = relabel(decisions[i], decisions[i].label, kind, why)
                break
    return tuple(refined)
