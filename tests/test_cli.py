"""The command line through Click's CliRunner: extract, decode, detect, options, errors."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

import artclean.jobs
from artclean import __version__
from conftest import ARTICLE, ARTICLE_VI, CLEAN_ARTICLE, NO_BODY, RunCli, WriteFile

pytestmark = pytest.mark.usefixtures("in_tmp")

BODY_START = "The city council voted on Tuesday evening"


# --- extract: inputs -------------------------------------------------------------------------


def test_extract_file_writes_clean_text(run_cli: RunCli, write_file: WriteFile) -> None:
    path = write_file("a.txt")
    result = run_cli(["extract", str(path)])
    assert result.exit_code == 0
    assert result.stdout == CLEAN_ARTICLE
    assert result.stderr == ""


@pytest.mark.parametrize("args", [["extract", "-"], ["extract"]], ids=["dash", "no-argument"])
def test_extract_reads_stdin_as_bytes(run_cli: RunCli, args: list[str]) -> None:
    result = run_cli(args, input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout == CLEAN_ARTICLE


def test_extract_stdin_in_cp1252(run_cli: RunCli) -> None:
    data = ARTICLE.replace("Council approves", "Café council approves").encode("cp1252")
    result = run_cli(["extract", "--encoding", "cp1252", "-"], input=data)
    assert result.exit_code == 0
    assert result.stdout.startswith("Café council approves new riverside park plan\n\n")


def test_extract_crlf_and_bom_become_lf(run_cli: RunCli) -> None:
    data = b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8")
    result = run_cli(["extract", "-"], input=data)
    assert result.exit_code == 0
    assert result.stdout == CLEAN_ARTICLE


def test_extract_utf16_with_bom(run_cli: RunCli) -> None:
    result = run_cli(["extract", "-"], input=ARTICLE.encode("utf-16"))
    assert result.exit_code == 0
    assert result.stdout == CLEAN_ARTICLE


# --- extract: formats ------------------------------------------------------------------------


def test_extract_json_is_one_indented_object_with_path(
    run_cli: RunCli, write_file: WriteFile
) -> None:
    path = write_file("a.txt")
    result = run_cli(["extract", "--format", "json", str(path)])
    assert result.exit_code == 0
    assert result.stdout.startswith('{\n  "path": ')
    record = json.loads(result.stdout)
    assert record["path"] == str(path)
    assert record["title"] == "Council approves new riverside park plan"
    assert record["source_line"] == "Source: Harbour Gazette"
    assert record["paragraphs"][0].startswith(BODY_START)
    assert "lines" not in record


def test_extract_json_explain_adds_lines(run_cli: RunCli, write_file: WriteFile) -> None:
    result = run_cli(["extract", "-f", "json", "--explain", str(write_file("a.txt"))])
    lines = json.loads(result.stdout)["lines"]
    assert [line["line"] for line in lines][:2] == [1, 2]
    assert {"line", "text", "label", "rule"} <= set(lines[0])


def test_extract_jsonl_is_one_line(run_cli: RunCli, write_file: WriteFile) -> None:
    result = run_cli(["extract", "--format", "jsonl", str(write_file("a.txt"))])
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1
    assert json.loads(result.stdout)["title"] == "Council approves new riverside park plan"


def test_extract_markdown(run_cli: RunCli, write_file: WriteFile) -> None:
    result = run_cli(["extract", "--format", "markdown", str(write_file("a.txt"))])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Council approves new riverside park plan\n\n")
    assert result.stdout.endswith("national grant.\n\n*Source: Harbour Gazette*\n")


def test_extract_several_inputs_as_json_lines(run_cli: RunCli, write_file: WriteFile) -> None:
    first, second = write_file("a.txt"), write_file("b.txt", ARTICLE_VI)
    result = run_cli(["extract", "--format", "json", str(first), str(second)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["path"] for record in records] == [str(first), str(second)]
    assert result.stderr == "2 files extracted.\n"


def test_extract_several_inputs_as_text_are_headed(run_cli: RunCli, write_file: WriteFile) -> None:
    first, second = write_file("a.txt"), write_file("b.txt", ARTICLE_VI)
    result = run_cli(["extract", str(first), str(second)])
    assert result.exit_code == 0
    assert result.stdout == f"==> {first} <==\n{CLEAN_ARTICLE}\n==> {second} <==\n{ARTICLE_VI}"


def test_extract_several_inputs_as_markdown_are_separated(
    run_cli: RunCli, write_file: WriteFile
) -> None:
    first, second = write_file("a.txt"), write_file("b.txt", ARTICLE_VI)
    result = run_cli(["extract", "-f", "markdown", str(first), str(second)])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"<!-- {first} -->\n\n# Council approves")
    assert f"*Source: Harbour Gazette*\n\n---\n\n<!-- {second} -->\n\n# Hội đồng" in result.stdout


@pytest.mark.parametrize(
    ("fmt", "extension"),
    [("text", "txt"), ("json", "json"), ("jsonl", "jsonl"), ("markdown", "md")],
)
def test_extract_output_dir(
    run_cli: RunCli, write_file: WriteFile, tmp_path: Path, fmt: str, extension: str
) -> None:
    source = write_file("in/a.txt")
    result = run_cli(["extract", "-f", fmt, "--output-dir", str(tmp_path / "out"), str(source)])
    assert result.exit_code == 0
    assert result.stdout == ""
    written = tmp_path / "out" / f"a.{extension}"
    assert "Council approves" in written.read_text(encoding="utf-8")
    if fmt == "text":
        assert written.read_text(encoding="utf-8") == CLEAN_ARTICLE


def test_extract_output_dir_refuses_two_inputs_with_one_name(
    run_cli: RunCli, write_file: WriteFile, tmp_path: Path
) -> None:
    first, second = write_file("x/a.txt"), write_file("y/a.txt", ARTICLE_VI)
    result = run_cli(["extract", "-o", str(tmp_path / "out"), str(first), str(second)])
    assert result.exit_code == 123
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == CLEAN_ARTICLE
    assert f"error: {second}: output " in result.stderr
    assert "separate --output-dir" in result.stderr


def test_extract_output_dir_for_stdin(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(["extract", "-o", str(tmp_path / "out")], input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0
    assert (tmp_path / "out" / "stdin.txt").read_text(encoding="utf-8") == CLEAN_ARTICLE


# --- extract: options ------------------------------------------------------------------------


def test_extract_no_title_no_source(run_cli: RunCli, write_file: WriteFile) -> None:
    result = run_cli(["extract", "--no-title", "--no-source", str(write_file("a.txt"))])
    assert result.exit_code == 0
    assert result.stdout.startswith(BODY_START)
    assert result.stdout.endswith("national grant.\n")


def test_extract_ascii(run_cli: RunCli, write_file: WriteFile) -> None:
    result = run_cli(["extract", "--ascii", str(write_file("vi.txt", ARTICLE_VI))])
    assert result.exit_code == 0
    assert result.stdout.startswith("Hoi dong thanh pho phe duyet ke hoach cong vien ven song\n")
    assert result.stdout.isascii()


def test_extract_lang_is_reported(run_cli: RunCli, write_file: WriteFile) -> None:
    result = run_cli(
        ["extract", "-f", "json", "--lang", "vi", str(write_file("a.txt", ARTICLE_VI))]
    )
    assert json.loads(result.stdout)["language"] == "vi"


def test_extract_empty_body_warns(run_cli: RunCli, write_file: WriteFile) -> None:
    path = write_file("menu.txt", NO_BODY)
    result = run_cli(["extract", str(path)])
    assert result.exit_code == 0
    assert f"warning: {path}: no article body found" in result.stderr
    assert run_cli(["extract", "-q", str(path)]).stderr == ""


def test_extract_verbose_names_the_encoding(run_cli: RunCli, write_file: WriteFile) -> None:
    path = write_file("a.txt")
    result = run_cli(["extract", "-v", str(path)])
    assert result.stdout == CLEAN_ARTICLE
    assert f"done {path} (encoding utf-8)" in result.stderr


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_extract_jobs_keep_input_order(run_cli: RunCli, write_file: WriteFile, jobs: str) -> None:
    paths = [str(write_file(f"{n}.txt", ARTICLE if n % 2 else ARTICLE_VI)) for n in range(6)]
    result = run_cli(["extract", "-f", "jsonl", "-j", jobs, *paths])
    assert result.exit_code == 0
    assert [json.loads(line)["path"] for line in result.stdout.splitlines()] == paths


# --- bad input: one line naming the file, exit 123, the batch goes on -----------------------


def _assert_one_error_line(stderr: str, fragment: str) -> None:
    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, stderr
    assert fragment in errors[0]
    assert "Traceback" not in stderr


def test_missing_file_fails_and_batch_goes_on(run_cli: RunCli, write_file: WriteFile) -> None:
    good = write_file("good.txt")
    result = run_cli(["extract", "missing.txt", str(good)])
    assert result.exit_code == 123
    assert result.stdout == f"==> {good} <==\n{CLEAN_ARTICLE}"
    _assert_one_error_line(result.stderr, "error: missing.txt: ")
    assert result.stderr.endswith("1 file extracted, 1 failed.\n")


def test_directory_fails_with_a_hint(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    result = run_cli(["extract", "folder"])
    assert result.exit_code == 123
    assert result.stdout == ""
    _assert_one_error_line(result.stderr, "error: folder: is a directory;")
    assert "artclean clean folder" in result.stderr


def test_binary_file_fails(run_cli: RunCli, write_file: WriteFile) -> None:
    path = write_file("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    result = run_cli(["extract", str(path)])
    assert result.exit_code == 123
    assert result.stdout == ""
    _assert_one_error_line(result.stderr, f"error: {path}: ")


def test_fifo_is_not_a_regular_file(run_cli: RunCli, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    result = run_cli(["extract", str(tmp_path / "pipe.txt")])
    assert result.exit_code == 123
    _assert_one_error_line(result.stderr, "not a regular file")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_fails(run_cli: RunCli, write_file: WriteFile) -> None:
    path = write_file("secret.txt")
    path.chmod(0)
    result = run_cli(["extract", str(path)])
    assert result.exit_code == 123
    _assert_one_error_line(result.stderr, f"error: {path}: cannot read")


def test_permission_denied_fails(
    run_cli: RunCli, write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same failure as above, for runs as root: opening the file is refused.
    path = write_file("secret.txt")

    real_open = os.open

    def refuse(name: str, *args: Any, **kwargs: Any) -> int:
        if os.fspath(name) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", name)
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    result = run_cli(["extract", str(path), str(write_file("b.txt"))])
    assert result.exit_code == 123
    _assert_one_error_line(result.stderr, f"error: {path}: cannot read (Permission denied)")


def test_internal_error_is_one_line_and_traceback_only_with_verbose(
    run_cli: RunCli, write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(artclean.jobs, "extract_text", explode)
    path, other = write_file("a.txt"), write_file("b.txt")
    result = run_cli(["extract", str(path), str(other)])
    assert result.exit_code == 123
    assert f"error: {path}: internal error (RuntimeError: boom); this is a bug" in result.stderr
    assert f"error: {other}: internal error" in result.stderr
    assert "Traceback" not in result.stderr
    verbose = run_cli(["extract", "-v", str(path)])
    assert "Traceback (most recent call last)" in verbose.stderr
    assert "RuntimeError: boom" in verbose.stderr


def test_internal_error_outside_a_file_is_one_line(
    run_cli: RunCli, write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("artclean.clirun.expand_paths", explode)
    result = run_cli(["clean", str(write_file("a.txt"))])
    assert result.exit_code == 123
    assert result.stderr.startswith("error: internal error (RuntimeError: boom); this is a bug")
    assert "Traceback" not in result.stderr
    assert "Traceback" in run_cli(["clean", "-v", "a.txt"]).stderr


# --- usage ------------------------------------------------------------------------------------


def test_version(run_cli: RunCli) -> None:
    result = run_cli(["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"artclean, version {__version__}\n"


@pytest.mark.parametrize("command", ["extract", "clean", "explain", "decode", "detect"])
def test_short_help(run_cli: RunCli, command: str) -> None:
    result = run_cli([command, "-h"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: main {command} [OPTIONS]")
    assert "Example:" in result.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["extract", "--format", "pdf", "-"], "Invalid value for '-f' / '--format'"),
        (["extract", "--bogus"], "No such option '--bogus'"),
        (["extract", "-q", "-v", "-"], "-q/--quiet and -v/--verbose cannot be used together"),
        (["clean", "-j", "0", "x"], "Invalid value for '-j' / '--jobs'"),
        (["frobnicate"], "No such command 'frobnicate'"),
    ],
)
def test_usage_errors_exit_2(run_cli: RunCli, args: list[str], fragment: str) -> None:
    result = run_cli(args, input=b"")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert fragment in result.stderr


# --- colour ---------------------------------------------------------------------------------


def test_no_colour_by_default_off_a_terminal(run_cli: RunCli) -> None:
    result = run_cli(["extract", "missing.txt"], env={"NO_COLOR": ""})
    assert "\x1b[" not in result.stderr


def test_color_flag_colours_stderr_only(run_cli: RunCli, write_file: WriteFile) -> None:
    result = run_cli(["extract", "--color", str(write_file("a.txt")), "missing.txt"])
    assert "\x1b[" in result.stderr
    assert "\x1b[" not in result.stdout


def test_no_color_beats_force_color(run_cli: RunCli) -> None:
    result = run_cli(["extract", "--no-color", "missing.txt"], env={"FORCE_COLOR": "1"})
    assert result.stderr.startswith("error: missing.txt: ")


def test_no_color_env_beats_force_color(run_cli: RunCli) -> None:
    result = run_cli(["extract", "missing.txt"], env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert "\x1b[3" not in result.stderr  # no colour; Rich may still use bold


# --- decode and detect ---------------------------------------------------------------------


def test_decode_changes_only_the_encoding(run_cli: RunCli) -> None:
    text = "Café crème\r\nligne deux\r\n"
    result = run_cli(["decode", "--encoding", "cp1252", "-"], input=text.encode("cp1252"))
    assert result.exit_code == 0
    assert result.stdout_bytes == text.encode("utf-8")


def test_detect_text_line(run_cli: RunCli, write_file: WriteFile) -> None:
    path = write_file("a.txt", ARTICLE_VI)
    result = run_cli(["detect", "--lang", "vi", str(path)])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{path}: utf-8 (confidence 1.00), bom=no, mojibake=no, ")
    assert "language=vi, newline=LF" in result.stdout


def test_detect_json_and_missing_file(run_cli: RunCli, write_file: WriteFile) -> None:
    path = write_file("a.txt")
    result = run_cli(["detect", "-f", "json", str(path), "missing.txt"])
    assert result.exit_code == 123
    assert [record["path"] for record in json.loads(result.stdout)] == [str(path)]
    _assert_one_error_line(result.stderr, "error: missing.txt: ")
