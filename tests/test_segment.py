"""Splitting text into blocks: one per non-blank line, with layout kept."""

from __future__ import annotations

from artclean.segment import segment


def test_lines_numbers_and_blank_before() -> None:
    blocks = segment("Title\n\nFirst para\nsecond line\n\n\nLast\n")
    assert [(b.index, b.line, b.text, b.blank_before) for b in blocks] == [
        (0, 1, "Title", True),
        (1, 3, "First para", True),
        (2, 4, "second line", False),
        (3, 7, "Last", True),
    ]


def test_indent_is_kept_and_text_stripped() -> None:
    (block,) = segment("    * item  ")
    assert (block.text, block.indent) == ("* item", 4)


def test_empty_and_blank_input() -> None:
    assert segment("") == ()
    assert segment("\n \n\n") == ()


def test_linear_on_many_lines() -> None:
    blocks = segment("x\n" * 10_000)
    assert len(blocks) == 10_000 and blocks[-1].line == 10_000
