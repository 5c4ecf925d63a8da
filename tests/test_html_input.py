"""An HTML page given in place of a text dump is read as the text a browser shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from artclean import Config, extract
from artclean.errors import HtmlInputError
from artclean.html_text import html_to_text, looks_like_html
from artclean.jobs import clean_content
from artclean.pipeline import HTML_WARNING
from fixtures.prose import PROSE


def _page(lang: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>\n" for text in PROSE[lang])
    return (
        "<!DOCTYPE html>\n<html lang='x'><head><meta charset='utf-8'>"
        "<title>Council backs longer cycle path | City Herald</title>"
        "<script>window.dataLayer = [{'page': 'article'}];</script>"
        "<style>p { margin: 0 }</style></head>\n<body>\n"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
        "<li><a href='/sport'>Sport</a></li><li><a href='/weather'>Weather</a></li></ul></nav>\n"
        "<article><h1>Council backs longer cycle path</h1>\n"
        "<p class='byline'>By Anna Berg</p><time>12 May 2026</time>\n"
        "<figure><img src='a.jpg' alt='The path'>"
        "<figcaption>The riverside path.</figcaption></figure>\n"
        f"{paragraphs}</article>\n"
        "<footer><p>&copy; 2026 City Herald. All rights reserved.</p></footer>\n"
        "<noscript>Please enable JavaScript.</noscript></body></html>\n"
    )


@pytest.mark.parametrize("lang", ["en", "vi", "de", "pl", "fr"])
def test_an_html_page_gives_its_article(lang: str) -> None:
    article = extract(_page(lang).encode("utf-8"))
    assert article.paragraphs == PROSE[lang]
    assert (article.title, article.site_name) == ("Council backs longer cycle path", "City Herald")
    assert HTML_WARNING in article.warnings


def test_scripts_styles_and_hidden_markup_never_reach_the_text() -> None:
    text = html_to_text(_page("en"))
    assert "dataLayer" not in text and "margin" not in text and "JavaScript" not in text
    assert text.splitlines()[0] == "Council backs longer cycle path | City Herald"
    assert "* Home" in text.splitlines()


def test_table_cells_share_a_line_and_preformatted_text_keeps_its_lines() -> None:
    html = (
        "<html><body><table><tr><td>Team</td><td>Points</td></tr>"
        "<tr><td>Harbour FC</td><td>31</td></tr></table><pre>a  b\nc</pre></body></html>"
    )
    lines = html_to_text(html).splitlines()
    assert [" ".join(line.split()) for line in lines[:2]] == ["Team Points", "Harbour FC 31"]
    assert "a  b" in lines and "c" in lines


@pytest.mark.parametrize(
    "start",
    ["<!DOCTYPE html>", "<!doctype HTML PUBLIC>", "\ufeff  <html>", "<!-- saved -->\n<html>"],
)
def test_html_is_recognised_from_its_start(start: str) -> None:
    assert looks_like_html(f"{start}<body><p>Hi</p></body></html>")


@pytest.mark.parametrize(
    "text", ["Use the <p> tag for paragraphs.", "a < b and <html> is a tag", PROSE["en"][0]]
)
def test_text_that_mentions_tags_is_still_text(text: str) -> None:
    assert not looks_like_html(text)
    assert extract(text).warnings == ()


def test_clean_leaves_an_html_file_alone(tmp_path: Path) -> None:
    data = _page("en").encode("utf-8")
    outcome = clean_content("page.html", data, Config())
    assert outcome.output is None
    assert outcome.error is not None and "is an HTML page" in outcome.error
    with pytest.raises(HtmlInputError):
        extract(data, config=Config(read_html=False))
