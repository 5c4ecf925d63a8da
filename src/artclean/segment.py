"""Split normalised text into blocks: one block per non-blank line."""

from __future__ import annotations

from .model import Block


def segment(text: str) -> tuple[Block, ...]:
    """Return the non-blank lines as blocks, with line numbers and layout.

    >>> [(b.line, b.text, b.blank_before, b.indent) for b in segment("T\\n\\n  a\\nb\\n")]
    [(1, 'T', True, 0), (3, 'a', True, 2), (4, 'b', False, 0)]
    """
    blocks: list[Block] = []
    blank_before = True
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            blank_before = True
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        blocks.append(Block(len(blocks), number, stripped, blank_before, indent))
        blank_before = False
    return tuple(blocks)
