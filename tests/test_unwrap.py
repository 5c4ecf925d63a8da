"""Hard-wrapped text (terminal browsers, mail, text exports) is joined back into paragraphs."""

from __future__ import annotations

import textwrap

import pytest

from artclean import extract
from artclean.segment import segment
from fixtures.prose import PROSE


def _wrapped_page(lang: str, width: int, indent: str = "") -> str:
    lines = ["Home", "News", "Sport", "", f"{indent}Council backs longer cycle path", ""]
    for paragraph in (*PROSE[lang], *PROSE[lang]):
        lines += textwrap.wrap(paragraph, width, initial_indent=indent, subsequent_indent=indent)
        lines.append("")
    return "\n".join([*lines, "Share", "Privacy policy"]) + "\n"


@pytest.mark.parametrize("lang", ["en", "de", "pl", "vi", "fr"])
@pytest.mark.parametrize(("width", "indent"), [(72, ""), (79, "   "), (60, "")])
def test_wrapped_paragraphs_come_back_whole(lang: str, width: int, indent: str) -> None:
    article = extract(_wrapped_page(lang, width, indent))
    assert article.paragraphs == (*PROSE[lang], *PROSE[lang])


def test_a_wrapped_block_keeps_the_line_number_of_its_first_line() -> None:
    blocks = segment(_wrapped_page("en", 72))
    first = next(block for block in blocks if block.text == PROSE["en"][0])
    assert first.line == 7


def test_list_items_and_short_lines_under_a_full_line_stay_apart() -> None:
    text = _wrapped_page("en", 72) + "\n".join(
        [
            "",
            "The council listed the streets where the works will start first, and",
            "the order in which they will be closed:",
            "* Quay Street, from the ferry terminal",
            "* Mill Lane",
            "Short closing line.",
        ]
    )
    texts = [block.text for block in segment(text)]
    assert "* Quay Street, from the ferry terminal" in texts
    assert "* Mill Lane" in texts
    assert (
        "The council listed the streets where the works will start first, and"
        " the order in which they will be closed:"
    ) in texts


def test_text_that_was_not_wrapped_is_left_line_by_line() -> None:
    text = "\n".join(["Home", "News", *PROSE["en"], "Share"]) + "\n"
    assert [block.text for block in segment(text)] == ["Home", "News", *PROSE["en"], "Share"]


def test_a_menu_of_short_lines_is_no_wrapped_text() -> None:
    menu = "\n".join(f"Section number {n} of the site" for n in range(30))
    assert len(segment(menu)) == 30


def test_a_hyphen_at_a_wrap_is_kept_without_a_space() -> None:
    lines = textwrap.wrap(" ".join(PROSE["en"]), 64)
    lines += [
        "The new footbridge over the river will be opened by the well-",
        "known local historian who campaigned for it for many years.",
    ]
    blocks = segment("\n".join(lines))
    assert blocks[-1].text.endswith(
        "by the well-known local historian who campaigned for it for many years."
    )


def test_a_terminal_browser_dump_with_numbered_links() -> None:
    # "lynx -dump": links numbered in the text, their addresses listed at the end.
    lines = ["   [1]Skip to content", "", "     * [2]Home", "     * [3]News", "     * [4]Sport", ""]
    lines += ["Council backs longer cycle path", "", "   By [5]Anna Berg | 12 May 2026", ""]
    for paragraph in PROSE["en"]:
        lines += textwrap.wrap(paragraph, 76, initial_indent="   ", subsequent_indent="   ")
        lines.append("")
    lines += ["   [6]Share on Facebook", "", "References", "", "   1. https://example.org/"]
    lines += ["   2. https://example.org/news", "   3. https://example.org/anna-berg"]
    article = extract("\n".join(lines) + "\n")
    assert (article.title, article.byline, article.date) == (
        "Council backs longer cycle path",
        "Anna Berg",
        "2026-05-12",
    )
    assert article.paragraphs == PROSE["en"]


def test_bracketed_numbers_stay_in_other_texts() -> None:
    text = f"Bridge report\n\n{PROSE['en'][0]} [3]\n\n{PROSE['en'][1]}\n"
    assert extract(text).paragraphs[0].endswith("[3]")
