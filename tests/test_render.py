"""Rendering an Article: text, Markdown, JSON, stream headers and diffs."""

from __future__ import annotations

import json

from artclean.model import Article
from artclean.render import (
    article_header,
    article_record,
    render_diff,
    render_json,
    render_markdown,
    render_text,
)

ARTICLE = Article(
    title="Café opens",
    byline="Ann Lee",
    date="2024-05-14",
    source_line="Source: Gazette",
    paragraphs=("First paragraph.", "Second paragraph."),
)


def test_text_layout() -> None:
    expected = "Café opens\n\nFirst paragraph.\n\nSecond paragraph.\n\nSource: Gazette\n"
    assert render_text(ARTICLE) == expected


def test_text_options() -> None:
    assert render_text(ARTICLE, title=False, source=False) == (
        "First paragraph.\n\nSecond paragraph.\n"
    )
    assert render_text(ARTICLE, ascii_only=True).startswith("Cafe opens\n")
    assert render_text(Article()) == ""


def test_markdown() -> None:
    assert render_markdown(ARTICLE) == (
        "# Café opens\n\n*Ann Lee · 2024-05-14*\n\nFirst paragraph.\n\nSecond paragraph.\n\n"
        "*Source: Gazette*\n"
    )


def test_json_record_and_lines() -> None:
    record = article_record(ARTICLE, path="a.txt")
    assert next(iter(record)) == "path"
    assert render_json(record, indent=True).startswith('{\n  "path": "a.txt",\n  "title": "Café')
    line = render_json(record, indent=False)
    assert line.count("\n") == 1
    assert json.loads(line) == record
    assert article_record(ARTICLE, ascii_only=True)["title"] == "Cafe opens"


def test_headers() -> None:
    assert article_header("text", "a.txt", first=True) == "==> a.txt <==\n"
    assert article_header("markdown", "a--b.txt", first=True) == "<!-- a- -b.txt -->\n\n"


def test_diff_without_final_newline() -> None:
    assert render_diff("a\nb", "a\nb\n", "x.txt") == (
        "--- x.txt\n+++ x.txt (cleaned)\n@@ -1,2 +1,2 @@\n a\n"
        "-b\n\\ No newline at end of file\n+b\n"
    )


def test_no_diff_for_equal_texts() -> None:
    assert render_diff("a\n", "a\n", "x.txt") == ""
