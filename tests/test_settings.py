"""``[tool.artclean]`` and ``--config``: parsing, and an effect for every key."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from artclean.errors import ConfigError
from artclean.settings import Settings, parse_settings, settings_from_toml
from conftest import ARTICLE, CLEAN_ARTICLE, RunCli, WriteFile

pytestmark = pytest.mark.usefixtures("in_tmp")


def _pyproject(folder: Path, body: str) -> None:
    text = f'[project]\nname = "articles"\n\n[tool.artclean]\n{body}\n'
    (folder / "pyproject.toml").write_text(text, encoding="utf-8")


# --- parsing --------------------------------------------------------------------------------


def test_defaults() -> None:
    assert parse_settings({}, "x") == Settings()
    assert Settings().include == ("*.txt",)


def test_dashes_and_underscores() -> None:
    settings = parse_settings({"boilerplate-phrases": ["a"], "attribution_cues": ["b"]}, "x")
    assert (settings.boilerplate_phrases, settings.attribution_cues) == (("a",), ("b",))


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"colour": True}, "x: unknown key 'colour' in [tool.artclean]; use one of "),
        ({"format": "pdf"}, "x: 'format' must be one of text, json, jsonl, markdown"),
        ({"include": "*.txt"}, "x: 'include' must be a list of strings"),
        ({"language": 3}, "x: 'language' must be a string"),
        ({"max-size": 0}, "x: 'max-size' must be a positive number of bytes"),
    ],
)
def test_invalid_tables(table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match="^" + re.escape(message)):
        parse_settings(table, "x")


def test_pyproject_without_table_is_no_settings() -> None:
    assert settings_from_toml('[project]\nname = "x"\n', "pyproject.toml") is None


def test_config_file_may_be_a_pyproject_or_plain() -> None:
    plain = settings_from_toml('format = "json"\n', "a.toml", whole_file_is_table=True)
    nested = settings_from_toml(
        '[tool.artclean]\nformat = "json"\n', "b.toml", whole_file_is_table=True
    )
    assert plain == nested == Settings(format="json")
    with pytest.raises(ConfigError, match=r"no \[tool\.artclean\] table"):
        settings_from_toml("[tool.black]\nx = 1\n", "c.toml", whole_file_is_table=True)


def test_invalid_toml() -> None:
    with pytest.raises(ConfigError, match=r"^a\.toml: invalid TOML"):
        settings_from_toml("format = \n", "a.toml")


# --- through the CLI: each key has an effect, flags win -----------------------------------


def test_format(run_cli: RunCli, write_file: WriteFile, tmp_path: Path) -> None:
    _pyproject(tmp_path, 'format = "json"')
    path = str(write_file("a.txt"))
    assert json.loads(run_cli(["extract", path]).stdout)["path"] == path
    assert run_cli(["extract", "--format", "text", path]).stdout == CLEAN_ARTICLE


def test_nearest_pyproject_from_a_subfolder(
    run_cli: RunCli, write_file: WriteFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pyproject(tmp_path, 'format = "jsonl"')
    path = write_file("deep/er/a.txt")
    monkeypatch.chdir(path.parent)
    assert run_cli(["extract", "a.txt"]).stdout.startswith('{"path":"a.txt",')


def test_include_and_exclude(run_cli: RunCli, write_file: WriteFile, tmp_path: Path) -> None:
    _pyproject(tmp_path, 'include = ["*.txt", "*.text"]\nexclude = ["drafts", "skip-*.txt"]')
    for name in ["a.txt", "b.text", "c.md", "drafts/d.txt", "skip-e.txt"]:
        write_file(f"tree/{name}")
    result = run_cli(["clean", "--check", "tree"])
    assert result.stderr == (
        "would clean tree/a.txt\nwould clean tree/b.text\n2 files would be cleaned.\n"
    )
    flags = run_cli(["clean", "--check", "--include", "*.md", "tree"])
    assert flags.stderr == "would clean tree/c.md\n1 file would be cleaned.\n"


def test_language(run_cli: RunCli, write_file: WriteFile, tmp_path: Path) -> None:
    _pyproject(tmp_path, 'language = "de"')
    path = str(write_file("a.txt"))
    assert json.loads(run_cli(["extract", "-f", "json", path]).stdout)["language"] == "de"
    assert (
        json.loads(run_cli(["extract", "-f", "json", "--lang", "en", path]).stdout)["language"]
        == "en"
    )


def test_encoding(run_cli: RunCli, write_file: WriteFile, tmp_path: Path) -> None:
    path = str(write_file("a.txt", "Ýñ ßæ".encode("cp1252")))
    default = run_cli(["decode", path]).stdout
    _pyproject(tmp_path, 'encoding = "cp850"')
    assert run_cli(["decode", path]).stdout == "Ýñ ßæ".encode("cp1252").decode("cp850")
    assert run_cli(["decode", "--encoding", "cp1252", path]).stdout == "Ýñ ßæ"
    assert default != run_cli(["decode", path]).stdout


def test_boilerplate_phrases(run_cli: RunCli, write_file: WriteFile, tmp_path: Path) -> None:
    extra = "Our newsletter brings you the best of the city every week, free of charge."
    path = str(write_file("a.txt", ARTICLE.replace("Share on Facebook", extra)))
    assert extra in run_cli(["extract", path]).stdout
    _pyproject(tmp_path, 'boilerplate-phrases = ["our newsletter brings you"]')
    assert run_cli(["extract", path]).stdout == CLEAN_ARTICLE


def test_attribution_cues(run_cli: RunCli, write_file: WriteFile, tmp_path: Path) -> None:
    path = str(write_file("a.txt", ARTICLE.replace("Source: ", "Filed via ")))
    before = json.loads(run_cli(["extract", "-f", "json", path]).stdout)
    assert before["source_line"] is None
    _pyproject(tmp_path, 'attribution-cues = ["Filed via"]')
    after = json.loads(run_cli(["extract", "-f", "json", path]).stdout)
    assert after["source_line"] == "Filed via Harbour Gazette"


def test_max_size(run_cli: RunCli, write_file: WriteFile, tmp_path: Path) -> None:
    _pyproject(tmp_path, "max-size = 100")
    path = str(write_file("a.txt"))
    result = run_cli(["extract", path])
    assert result.exit_code == 123
    assert "--max-size" in result.stderr
    assert run_cli(["extract", "--max-size", "100000", path]).exit_code == 0


def test_unknown_key_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    _pyproject(tmp_path, "colour = true")
    result = run_cli(["extract", "-"], input=b"x")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"{tmp_path / 'pyproject.toml'}: unknown key 'colour' in [tool.artclean]" in (
        result.stderr
    )


def test_config_option(run_cli: RunCli, write_file: WriteFile, tmp_path: Path) -> None:
    _pyproject(tmp_path, "colour = true")  # ignored: --config wins
    config = tmp_path / "artclean.toml"
    config.write_text('format = "markdown"\n', encoding="utf-8")
    result = run_cli(["extract", "--config", str(config), str(write_file("a.txt"))])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Council approves")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(None, "cannot read config"), ("format = [\n", "invalid TOML"), ("x = 1\n", "unknown key")],
)
def test_bad_config_option(
    run_cli: RunCli, tmp_path: Path, content: str | None, fragment: str
) -> None:
    config = tmp_path / "artclean.toml"
    if content is not None:
        config.write_text(content, encoding="utf-8")
    result = run_cli(["extract", "--config", str(config), "-"], input=b"x")
    assert result.exit_code == 2
    assert fragment in result.stderr
