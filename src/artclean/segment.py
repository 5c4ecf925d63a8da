"""Split normalised text into blocks: one block per non-blank line."""

from __future__ import annotations

from itertools import compress

from .columns import frozen_instances
from .model import Block


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
    indents = [len(raw) - len(raw.lstrip(" ")) for raw in compress(lines, stripped)]
    # A gap in the line numbers is a blank line; the first block counts as after one.
    blank_before = [
        number - previous > 1 for previous, number in zip([-1, *numbers], numbers, strict=False)
    ]
    blocks = frozen_instances(Block, range(len(numbers)), numbers, texts, blank_before, indents)
    return tuple(blocks)
