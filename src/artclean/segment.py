"""Split normalised text into blocks: one block per non-blank line, or per
paragraph where the text was hard-wrapped (see :mod:`artclean.unwrap`)."""

from __future__ import annotations

from itertools import compress

from .columns import frozen_instances
from .model import Block
from .unwrap import (
    WRAP_MAX_WIDTH,
    WRAP_MIN_BREAKS,
    WRAP_PERCENTILE,
    continues,
    join_wrapped,
    wrap_width,
)


def segment(text: str) -> tuple[Block, ...]:
    """Return the non-blank lines as blocks, with line numbers and layout.

    >>> [(b.line, b.text, b.blank_before, b.indent) for b in segment("T\\n\\n  a\\nb\\n")]
    [(1, 'T', True, 0), (3, 'a', True, 2), (4, 'b', False, 0)]
    """
    # Field by field over all lines, each pass mostly in C, rather than line by line.
    lines = text.split("\n")
    stripped = list(map(str.strip, lines))
    numbers = list(compress(range(1, len(lines) + 1), stripped))
    texts = list(filter(None, stripped))
    raw = list(compress(lines, stripped))
    indents = [len(line) - len(line.lstrip(" ")) for line in raw]
    # A gap in the line numbers is a blank line; the first block counts as after one.
    blank_before = [
        number - previous > 1 for previous, number in zip([-1, *numbers], numbers, strict=False)
    ]
    widths = [len(line.rstrip()) for line in raw]
    # Most texts have many lines past any wrapping width: they skip the wrap test.
    if sum(width > WRAP_MAX_WIDTH for width in widths) <= (1 - WRAP_PERCENTILE) * len(widths):
        # Each distinct line once: a line repeated down the page (a share bar, a
        # teaser) says nothing about wrapping.
        distinct = dict(zip(texts, widths, strict=True))
        width = wrap_width(list(distinct.values()), [len(line.split()) for line in distinct])
        if width is not None:
            joined: list[str | None] = list(texts)
            keep = _unwrap(raw, joined, blank_before, width)
            numbers = list(compress(numbers, keep))
            indents = list(compress(indents, keep))
            blank_before = list(compress(blank_before, keep))
            texts = [line for line in joined if line is not None]  # joined lines are None
    blocks = frozen_instances(Block, range(len(numbers)), numbers, texts, blank_before, indents)
    return tuple(blocks)


def _unwrap(
    raw: list[str], texts: list[str | None], blank_before: list[bool], width: int
) -> list[bool]:
    """Join each wrapped line into the line that starts its paragraph (in ``texts``,
    setting the joined ones to ``None``); return which lines start a block."""
    keep = [True] * len(texts)
    breaks = [False] + [
        not blank_before[index] and continues(raw[index - 1], width, texts[index] or "")
        for index in range(1, len(texts))
    ]
    if sum(breaks) < WRAP_MIN_BREAKS:
        return keep
    head = 0
    for index in range(1, len(texts)):
        if breaks[index]:
            texts[head] = join_wrapped(texts[head] or "", texts[index] or "")
            texts[index], keep[index] = None, False
        else:
            head = index
    return keep
