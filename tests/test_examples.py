"""The example articles in ``examples/`` against their hand-written expected separation.

Each ``examples/<name>.txt`` is a whole saved page (in its original encoding) and
``examples/<name>.expected.json`` says, by human judgement, what artclean should make of
it.  Every field is compared, through the library and through the CLI.  An example
that the current code gets wrong is marked ``xfail(strict=True)`` with what goes
wrong: fix the code, never the expected file, and the mark then has to go.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import artclean
from artclean.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

FIELDS = (
    "title",
    "site_name",
    "byline",
    "date",
    "source",
    "source_line",
    "language",
    "encoding",
    "paragraphs",
)

KNOWN_FAILURES: dict[str, str] = {}
"""Examples the current code separates wrongly: name -> what goes wrong."""


def _names() -> list[str]:
    return sorted(path.name[: -len(".expected.json")] for path in EXAMPLES.glob("*.expected.json"))


def _params() -> list[Any]:
    params = []
    for name in _names():
        marks = []
        if name in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[name], strict=True))
        params.append(pytest.param(name, id=name, marks=marks))
    return params


def _expected(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))


def _compare(actual: dict[str, Any], expected: dict[str, Any]) -> None:
    """Compare field by field, so that a failure names the first wrong field."""
    for name in FIELDS:
        assert actual[name] == expected[name], f"{name} differs"
    got = [(item["text"], item["kind"]) for item in actual["boilerplate"]]
    want = [(item["text"], item["kind"]) for item in expected["boilerplate"]]
    assert got == want, "boilerplate differs"
    assert actual["body"] == "\n\n".join(expected["paragraphs"])


def test_examples_exist() -> None:
    names = _names()
    assert len(names) >= 8
    for name in names:
        assert (EXAMPLES / f"{name}.txt").is_file(), name


@pytest.mark.parametrize("name", _params())
def test_example_library(name: str) -> None:
    data = (EXAMPLES / f"{name}.txt").read_bytes()
    article = artclean.extract(data)
    _compare(article.to_dict(), _expected(name))


@pytest.mark.parametrize("name", _params())
def test_example_cli(name: str) -> None:
    path = EXAMPLES / f"{name}.txt"
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    _compare(json.loads(result.stdout), _expected(name))


@pytest.mark.parametrize("name", _names())
def test_example_expected_is_normalised(name: str) -> None:
    """The expected files hold the normalised form: NFC, single spaces, no NBSP."""
    expected = _expected(name)
    texts = list(expected["paragraphs"]) + [item["text"] for item in expected["boilerplate"]]
    texts += [expected[field] for field in FIELDS[:6] if expected[field] is not None]
    for text in texts:
        assert text == unicodedata.normalize("NFC", text)
        assert text == text.strip()
        assert "  " not in text and "\u00a0" not in text and "\n" not in text
    kinds = {kind.value for kind in artclean.Kind}
    assert {item["kind"] for item in expected["boilerplate"]} <= kinds
