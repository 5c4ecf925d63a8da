"""The seed article from ../shared/seeds gives exactly its expected separation.

The expected file keeps the source's raw spacing (one paragraph holds a
no-break space after a full stop); artclean normalises spaces by design
(NBSP to space, runs collapsed), so expected texts are compared in that same
normal form.  Everything else (order, count, kinds, fields) must match exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from artclean import extract
from artclean.cli import main
from artclean.normalise import normalise

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEED_CASES = sorted(SEEDS.glob("*.expected.json")) if SEEDS.is_dir() else []

pytestmark = pytest.mark.skipif(
    not SEED_CASES,
    reason="../shared/seeds is not present in this clone (it is in CI): seed tests need it",
)


def _norm(text: str | None) -> str | None:
    return None if text is None else normalise(text).strip()


def _check(record: dict[str, object], expected: dict[str, object]) -> None:
    for field in ("title", "site_name", "byline", "source", "source_line", "language", "encoding"):
        assert record[field] == _norm(expected[field]), field  # type: ignore[arg-type]
    assert record["paragraphs"] == [_norm(p) for p in expected["body_paragraphs"]]  # type: ignore[attr-defined]
    got = [(item["text"], item["kind"]) for item in record["boilerplate"]]  # type: ignore[attr-defined]
    assert got == [(_norm(item["text"]), item["kind"]) for item in expected["boilerplate"]]  # type: ignore[attr-defined]


@pytest.fixture(params=SEED_CASES, ids=lambda path: path.name.split(".")[0])
def seed(request: pytest.FixtureRequest) -> tuple[bytes, dict[str, object]]:
    expected_path: Path = request.param
    source = expected_path.with_name(expected_path.name.replace(".expected.json", ".txt"))
    return source.read_bytes(), json.loads(expected_path.read_text(encoding="utf-8"))


def test_library_gives_expected_separation(seed: tuple[bytes, dict[str, object]]) -> None:
    data, expected = seed
    _check(extract(data).to_dict(), expected)


def test_cli_file_gives_expected_separation(
    seed: tuple[bytes, dict[str, object]], tmp_path: Path
) -> None:
    data, expected = seed
    path = tmp_path / "seed.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(
        main, ["extract", str(path), "--format", "json"], env={"NO_COLOR": "1"}
    )
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["path"] == str(path)
    _check(record, expected)


def test_cli_stdin_gives_expected_separation(seed: tuple[bytes, dict[str, object]]) -> None:
    data, expected = seed
    result = CliRunner().invoke(
        main, ["extract", "-", "--format", "json"], input=data, env={"NO_COLOR": "1"}
    )
    assert result.exit_code == 0, result.stderr
    _check(json.loads(result.stdout), expected)


def test_text_output_is_title_body_source(seed: tuple[bytes, dict[str, object]]) -> None:
    data, expected = seed
    result = CliRunner().invoke(main, ["extract", "-"], input=data, env={"NO_COLOR": "1"})
    assert result.exit_code == 0
    parts = result.stdout.rstrip("\n").split("\n\n")
    assert parts[0] == expected["title"]
    assert parts[-1] == expected["source_line"]
    assert len(parts) == 2 + len(expected["body_paragraphs"])  # type: ignore[arg-type]
