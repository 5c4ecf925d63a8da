"""Labelled hard shapes from the "Extraction quality" issue, in tests/data/cases/.

Each ``<name>.txt`` is a small article page and ``<name>.expected.json`` its separation
as judged by a person::

    {"label": "...", "comment": "what this case checks", "expect": "pass" | "fail",
     "paragraphs": [...], "title": ..., "source": ...,
     "boilerplate_kinds": {"<line text>": "<kind>", ...}}

``title``, ``source`` and ``boilerplate_kinds`` are checked only when present (a
present ``null`` is checked too).  A case with ``"expect": "fail"`` is a known
misclassification: it runs as ``xfail(strict=True)``, so it is never deleted and a fix
makes it fail loudly until its ``expect`` is switched to ``"pass"``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import artclean

CASES = Path(__file__).resolve().parent / "data" / "cases"
REQUIRED_KEYS = {"label", "comment", "expect", "paragraphs"}
OPTIONAL_KEYS = {"title", "source", "boilerplate_kinds"}


def _load(name: str) -> dict[str, Any]:
    return json.loads((CASES / f"{name}.expected.json").read_text(encoding="utf-8"))


def _names() -> list[str]:
    return sorted(path.name[: -len(".expected.json")] for path in CASES.glob("*.expected.json"))


def _params() -> list[Any]:
    params = []
    for name in _names():
        case = _load(name)
        marks = []
        if case.get("expect") == "fail":
            marks.append(pytest.mark.xfail(reason=case["comment"], strict=True))
        params.append(pytest.param(name, id=name, marks=marks))
    return params


def test_cases_are_well_formed() -> None:
    names = _names()
    assert len(names) >= 20
    kinds = {kind.value for kind in artclean.Kind}
    for name in names:
        assert (CASES / f"{name}.txt").is_file(), name
        case = _load(name)
        assert REQUIRED_KEYS <= case.keys() <= REQUIRED_KEYS | OPTIONAL_KEYS, name
        assert case["expect"] in ("pass", "fail"), name
        assert case["paragraphs"], name
        assert set(case.get("boilerplate_kinds", {}).values()) <= kinds, name


@pytest.mark.parametrize("name", _params())
def test_case(name: str) -> None:
    case = _load(name)
    article = artclean.extract((CASES / f"{name}.txt").read_bytes())
    assert list(article.paragraphs) == case["paragraphs"]
    if "title" in case:
        assert article.title == case["title"]
    if "source" in case:
        assert article.source == case["source"]
    if "boilerplate_kinds" in case:
        removed = {item.text: item.kind.value for item in article.boilerplate}
        got = {text: removed.get(text, "<not boilerplate>") for text in case["boilerplate_kinds"]}
        assert got == case["boilerplate_kinds"]
