"""Pages saved as Markdown keep the words of their links and headings, not the markup."""

from __future__ import annotations

from artclean import extract
from artclean.normalise import strip_markdown
from fixtures.prose import PROSE

SITE = "https://www.herald.example"


def _page(lang: str) -> str:
    first, second, third = PROSE[lang]
    words = first.split()
    linked = " ".join(
        [*words[:4], f"[{words[4]} {words[5]}]({SITE}/news/2026/05/a-story)", *words[6:]]
    )
    return "\n\n".join(
        [
            f"[Skip to content]({SITE}/#main)",
            f"*   [Home]({SITE}/)\n*   [News]({SITE}/news)\n*   [Sport]({SITE}/sport)",
            "# Council backs longer cycle path",
            f"By [Anna Berg]({SITE}/authors/anna-berg) | 12 May 2026",
            "![Image 1: The riverside path](https://img.herald.example/path.jpg)",
            linked,
            second,
            "## What happens next",
            third,
            "[Share on Facebook](https://facebook.com/sharer?u=1) [Share on X](https://x.com/i?u=1)",
        ]
    )


def test_a_markdown_page_gives_its_fields_and_plain_paragraphs() -> None:
    article = extract(_page("en"))
    assert (article.title, article.byline, article.date) == (
        "Council backs longer cycle path",
        "Anna Berg",
        "2026-05-12",
    )
    assert article.paragraphs == (*PROSE["en"][:2], "What happens next", PROSE["en"][2])


def test_markdown_in_other_languages() -> None:
    for lang in ("vi", "de", "pl"):
        article = extract(_page(lang))
        assert article.paragraphs[0] == PROSE[lang][0], lang


def test_one_markdown_link_in_an_ordinary_text_is_left_alone() -> None:
    text = f"See [the report]({SITE}/report) for details.\n# not a heading here\n"
    assert strip_markdown(text) == text
