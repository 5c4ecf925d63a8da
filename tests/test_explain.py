"""``artclean explain``: every line with its label and reason, as text or JSON."""

from __future__ import annotations

import json

import pytest

from artclean.explain import ExplainRow, explain_rows, format_row
from conftest import ARTICLE, RunCli, WriteFile

pytestmark = pytest.mark.usefixtures("in_tmp")


def test_explain_rows_shorten_long_text() -> None:
    record = {"lines": [{"line": 1, "label": "body", "text": "x" * 100, "rule": "long-prose"}]}
    (row,) = explain_rows(record)
    assert row.text == "x" * 79 + "…"
    assert format_row(row) == f"   1 body       {'x' * 79}…  ← long-prose"


def test_row_styles() -> None:
    assert ExplainRow(1, "title", "T", "title").style == "bold magenta"
    assert ExplainRow(2, "navigation", "Home", "lexicon").style == "dim"


def test_explain_json_lists_every_line(run_cli: RunCli, write_file: WriteFile) -> None:
    result = run_cli(["explain", "--format", "json", str(write_file("a.txt"))])
    assert result.exit_code == 0
    lines = json.loads(result.stdout)["lines"]
    numbered = [n for n, text in enumerate(ARTICLE.splitlines(), start=1) if text.strip()]
    assert [line["line"] for line in lines] == numbered
    labels = {line["line"]: line["label"] for line in lines}
    assert labels[1] == "title"
    assert labels[8] == "body"
    assert labels[14] == "share"
    assert labels[17] == "source"
    assert all(line["rule"] for line in lines)


def test_explain_text_is_the_json_as_lines(run_cli: RunCli, write_file: WriteFile) -> None:
    path = str(write_file("a.txt"))
    record = json.loads(run_cli(["explain", "-f", "json", path]).stdout)
    result = run_cli(["explain", path])
    assert result.exit_code == 0
    assert result.stdout == "".join(format_row(row) + "\n" for row in explain_rows(record))
    assert result.stdout.startswith(
        "   1 title      Harbour Gazette – Council approves new riverside park plan  ← "
    )
    assert "\x1b[" not in result.stdout
    assert result.stderr == ""


def test_explain_colours_by_label_with_color(run_cli: RunCli, write_file: WriteFile) -> None:
    result = run_cli(["explain", "--color", str(write_file("a.txt"))])
    assert result.exit_code == 0
    assert "\x1b[1;35mHarbour Gazette" in result.stdout  # title: bold magenta
    assert "\x1b[32mThe city council" in result.stdout  # body: green


def test_explain_reads_stdin(run_cli: RunCli) -> None:
    result = run_cli(["explain"], input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].startswith("   2 navigation Home")


def test_explain_missing_file(run_cli: RunCli) -> None:
    result = run_cli(["explain", "missing.txt"])
    assert result.exit_code == 123
    assert result.stdout == ""
    assert result.stderr.startswith("error: missing.txt: ")
