"""Give unexplained boilerplate a kind from its neighbours.

The classifier removes a line for its shape ("short", "few stopwords") and
then has no kind to give but ``other``.  Context usually tells: a short line
inside a run of menu items is navigation, one inside a run of share buttons
is a share button.  Lines the lexicon named keep their kind.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Block, Decision, Kind, Label

RUN_LABEL_MAX_WORDS_DEFAULT = 4
"""Lines up to this many words can be items of a menu or button run."""
RUN_MIN_NAMED_DEFAULT = 2
"""A run lends its kind when at least this many of its items were named by the lexicon."""

# Kinds a run of short items can lend to its unnamed items.
_RUN_KINDS = (Kind.NAVIGATION, Kind.SHARE)


def _is_item(block: Block, decision: Decision) -> bool:
    return (
        decision.label is Label.BOILERPLATE
        and len(block.text.split()) <= RUN_LABEL_MAX_WORDS_DEFAULT
    )


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
    refined = list(decisions)
    index = 0
    while index < len(blocks):
        if not _is_item(blocks[index], decisions[index]):
            index += 1
            continue
        end = index
        while end < len(blocks) and _is_item(blocks[end], decisions[end]):
            end += 1
        kinds = [
            decisions[i].kind for i in range(index, end) if decisions[i].rule.startswith("lexicon")
        ]
        for kind in _RUN_KINDS:
            if kinds.count(kind) >= RUN_MIN_NAMED_DEFAULT:
                for i in range(index, end):
                    if decisions[i].kind in (None, Kind.OTHER):
                        # Built directly: dataclasses.replace is slow.
                        old = decisions[i]
                        refined[i] = Decision(
                            old.label,
                            f"{old.rule}; in-{kind.value}-run",
                            kind,
                            old.first_label,
                            old.signals,
                        )
                break
        index = end
    return tuple(refined)
