"""``artclean clean``: in-place rewriting, --check/--diff, folders, exit codes, idempotence."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import artclean.files
import artclean.jobs
from artclean.config import Config
from artclean.jobs import MAX_CLEAN_PASSES, clean_content
from conftest import ARTICLE, ARTICLE_VI, CLEAN_ARTICLE, NO_BODY, REPO, RunCli, WriteFile

pytestmark = pytest.mark.usefixtures("in_tmp")

# One table, two levels: the pure function and the CLI on tmp_path.
CASES = [
    pytest.param(ARTICLE.encode("utf-8"), CLEAN_ARTICLE, id="raw-page"),
    pytest.param(CLEAN_ARTICLE.encode("utf-8"), CLEAN_ARTICLE, id="already-clean"),
    pytest.param(ARTICLE_VI.encode("utf-8"), ARTICLE_VI, id="vietnamese-clean"),
    pytest.param(ARTICLE.replace("\n", "\r\n").encode("utf-8"), CLEAN_ARTICLE, id="crlf"),
    pytest.param(b"\xef\xbb\xbf" + CLEAN_ARTICLE.encode("utf-8"), CLEAN_ARTICLE, id="utf8-bom"),
    pytest.param(ARTICLE.encode("utf-16"), CLEAN_ARTICLE, id="utf16-bom"),
    pytest.param(CLEAN_ARTICLE.rstrip("\n").encode("utf-8"), CLEAN_ARTICLE, id="no-final-newline"),
    pytest.param((CLEAN_ARTICLE + "\n\n\n").encode("utf-8"), CLEAN_ARTICLE, id="extra-newlines"),
    pytest.param(
        CLEAN_ARTICLE.replace("\n\n", "\n \t\n\n").encode("utf-8"), CLEAN_ARTICLE, id="blank-runs"
    ),
]


@pytest.mark.parametrize(("data", "expected"), CASES)
def test_clean_content(data: bytes, expected: str) -> None:
    outcome = clean_content("a.txt", data, Config())
    assert outcome.error is None
    assert outcome.output == expected.encode("utf-8")


@pytest.mark.parametrize(("data", "expected"), CASES)
def test_clean_cli(run_cli: RunCli, write_file: WriteFile, data: bytes, expected: str) -> None:
    path = write_file("a.txt", data)
    result = run_cli(["clean", str(path)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert path.read_bytes() == expected.encode("utf-8")
    if data == expected.encode("utf-8"):
        assert result.stderr == "1 file left unchanged.\n"
    else:
        assert result.stderr == f"cleaned {path}\n1 file cleaned.\n"


# --- write-back modes -----------------------------------------------------------------------


def test_check_writes_nothing_and_exits_1(run_cli: RunCli, write_file: WriteFile) -> None:
    dirty, tidy = write_file("dirty.txt"), write_file("tidy.txt", CLEAN_ARTICLE)
    result = run_cli(["clean", "--check", str(dirty), str(tidy)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"would clean {dirty}\n1 file would be cleaned, 1 file would be left unchanged.\n"
    )
    assert dirty.read_text(encoding="utf-8") == ARTICLE


def test_check_on_clean_files_exits_0(run_cli: RunCli, write_file: WriteFile) -> None:
    tidy = write_file("tidy.txt", CLEAN_ARTICLE)
    result = run_cli(["clean", "--check", str(tidy)])
    assert result.exit_code == 0
    assert result.stderr == "1 file would be left unchanged.\n"


def test_diff_prints_a_unified_diff_and_exits_0(run_cli: RunCli, write_file: WriteFile) -> None:
    path = write_file(
        "a.txt", CLEAN_ARTICLE.replace("\n\nSource", "\n\nShare on Facebook\n\nSource")
    )
    result = run_cli(["clean", "--diff", str(path)])
    assert result.exit_code == 0
    assert result.stdout == (
        f"--- {path}\n"
        f"+++ {path} (cleaned)\n"
        "@@ -6,6 +6,4 @@\n"
        " \n"
        " Work is expected to start in the spring and to take about two years, according to the "
        "council, which said that most of the cost would be met by a national grant.\n"
        " \n"
        "-Share on Facebook\n"
        "-\n"
        " Source: Harbour Gazette\n"
    )
    assert result.stderr == f"would clean {path}\n1 file would be cleaned.\n"
    assert "Share on Facebook" in path.read_text(encoding="utf-8")


def test_diff_and_check_exits_1(run_cli: RunCli, write_file: WriteFile) -> None:
    path = write_file("a.txt")
    result = run_cli(["clean", "--diff", "--check", str(path)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"--- {path}\n+++ {path} (cleaned)\n")
    assert path.read_text(encoding="utf-8") == ARTICLE


def test_clean_stdin_writes_stdout(run_cli: RunCli) -> None:
    result = run_cli(["clean", "-"], input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout == CLEAN_ARTICLE
    assert result.stderr == ""


def test_clean_stdin_check(run_cli: RunCli) -> None:
    result = run_cli(["clean", "--check", "-"], input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "would clean -" in result.stderr


# --- how files are written ------------------------------------------------------------------


def test_write_keeps_mode_and_leaves_no_temp_file(
    run_cli: RunCli, write_file: WriteFile, tmp_path: Path
) -> None:
    path = write_file("a.txt")
    path.chmod(0o640)
    assert run_cli(["clean", str(path)]).exit_code == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_unchanged_file_is_not_rewritten(run_cli: RunCli, write_file: WriteFile) -> None:
    path = write_file("a.txt", CLEAN_ARTICLE)
    os.utime(path, (1_000_000, 1_000_000))
    before = path.stat()
    result = run_cli(["clean", "-v", str(path)])
    assert result.exit_code == 0
    assert f"unchanged {path}" in result.stderr
    after = path.stat()
    assert (after.st_ino, after.st_mtime) == (before.st_ino, before.st_mtime)


def test_empty_body_is_reported_not_rewritten(run_cli: RunCli, write_file: WriteFile) -> None:
    menu, good = write_file("menu.txt", NO_BODY), write_file("good.txt")
    result = run_cli(["clean", str(menu), str(good)])
    assert result.exit_code == 0
    assert menu.read_text(encoding="utf-8") == NO_BODY
    assert good.read_text(encoding="utf-8") == CLEAN_ARTICLE
    assert f"skipped {menu}: no article body found; left unchanged" in result.stderr
    assert result.stderr.endswith("1 file cleaned, 1 skipped.\n")


def test_failed_input_exits_123_and_others_are_cleaned(
    run_cli: RunCli, write_file: WriteFile
) -> None:
    binary = write_file("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    good = write_file("good.txt")
    result = run_cli(["clean", str(binary), "missing.txt", str(good)])
    assert result.exit_code == 123
    assert good.read_text(encoding="utf-8") == CLEAN_ARTICLE
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert [line.split(":")[1].strip() for line in errors] == [str(binary), "missing.txt"]
    assert result.stderr.endswith("1 file cleaned, 2 failed.\n")
    assert "Traceback" not in result.stderr


def test_unwritable_folder_fails(
    run_cli: RunCli, write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_file("a.txt")

    def refuse(name: str, data: bytes, **kwargs: object) -> None:
        raise artclean.files.InputError(f"{name}: cannot write (Read-only file system); fix it")

    monkeypatch.setattr("artclean.cli.atomic_write", refuse)
    result = run_cli(["clean", str(path)])
    assert result.exit_code == 123
    assert f"error: {path}: cannot write (Read-only file system)" in result.stderr
    assert path.read_text(encoding="utf-8") == ARTICLE


# --- folders --------------------------------------------------------------------------------


def _tree(write_file: WriteFile) -> None:
    write_file("tree/a.txt")
    write_file("tree/sub/b.txt")
    write_file("tree/notes.md")
    write_file("tree/drafts/c.txt")


def test_folders_are_searched_for_txt(run_cli: RunCli, write_file: WriteFile) -> None:
    _tree(write_file)
    result = run_cli(["clean", "--check", "tree"])
    assert result.exit_code == 1
    assert result.stderr == (
        "would clean tree/a.txt\nwould clean tree/drafts/c.txt\nwould clean tree/sub/b.txt\n"
        "3 files would be cleaned.\n"
    )


def test_include_and_exclude_flags(run_cli: RunCli, write_file: WriteFile) -> None:
    _tree(write_file)
    result = run_cli(["clean", "--check", "--include", "*.md", "--exclude", "drafts", "tree"])
    assert result.stderr == "would clean tree/notes.md\n1 file would be cleaned.\n"
    result = run_cli(["clean", "--check", "--exclude", "drafts", "--exclude", "b.txt", "tree"])
    assert result.stderr == "would clean tree/a.txt\n1 file would be cleaned.\n"


def test_symlinks_are_not_followed_out_of_the_tree(
    run_cli: RunCli, write_file: WriteFile, tmp_path: Path
) -> None:
    outside = write_file("outside/secret.txt")
    write_file("tree/a.txt", CLEAN_ARTICLE)
    (tmp_path / "tree" / "link.txt").symlink_to(outside)
    (tmp_path / "tree" / "linkdir").symlink_to(outside.parent, target_is_directory=True)
    result = run_cli(["clean", "-v", "tree"])
    assert result.exit_code == 0
    assert "secret" not in result.stderr
    assert outside.read_text(encoding="utf-8") == ARTICLE


def test_named_symlink_is_skipped_not_written_through(
    run_cli: RunCli, write_file: WriteFile, tmp_path: Path
) -> None:
    target = write_file("target.txt")
    (tmp_path / "link.txt").symlink_to(target)
    result = run_cli(["clean", "link.txt"])
    assert result.exit_code == 0
    assert "skipped link.txt: symbolic link" in result.stderr
    assert target.read_text(encoding="utf-8") == ARTICLE
    assert (tmp_path / "link.txt").is_symlink()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jobs_report_in_input_order(run_cli: RunCli, write_file: WriteFile, jobs: str) -> None:
    names = [f"d/{n}.txt" for n in range(5)]
    for index, name in enumerate(names):
        write_file(name, CLEAN_ARTICLE if index == 2 else ARTICLE)
    result = run_cli(["clean", "-j", jobs, "d"])
    assert result.exit_code == 0
    assert result.stderr == "".join(f"cleaned {n}\n" for n in names if n != "d/2.txt") + (
        "4 files cleaned, 1 file left unchanged.\n"
    )


def test_quiet_prints_errors_only(run_cli: RunCli, write_file: WriteFile) -> None:
    path = write_file("a.txt")
    result = run_cli(["clean", "-q", str(path), "missing.txt"])
    assert result.exit_code == 123
    assert result.stderr.startswith("error: missing.txt: ")
    assert result.stderr.count("\n") == 1


# --- idempotence ---------------------------------------------------------------------------


def _corpus() -> list[Path]:
    folders = [REPO / "examples", REPO / "tests" / "data" / "cases"]
    return sorted(
        path
        for folder in folders
        for path in folder.glob("*.txt")
        if not path.name.endswith(".expected.txt")
    )


def test_cleaning_the_corpus_twice_changes_nothing(run_cli: RunCli, tmp_path: Path) -> None:
    """Every example and case file: a second clean finds nothing to change."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in _corpus():
        shutil.copy(path, corpus / f"{path.parent.name}-{path.name}")
    first = run_cli(["clean", str(corpus)])
    assert first.exit_code == 0, first.stderr
    cleaned = {path.name: path.read_bytes() for path in corpus.iterdir()}
    second = run_cli(["clean", "--check", "-v", str(corpus)])
    assert second.exit_code == 0, second.stderr
    assert "would clean" not in second.stderr
    assert {path.name: path.read_bytes() for path in corpus.iterdir()} == cleaned


def test_a_cleaned_file_is_a_fixed_point_of_extraction(run_cli: RunCli, tmp_path: Path) -> None:
    """What clean writes, extract gives back unchanged: the cleaned text reads as clean."""
    for path in _corpus():
        outcome = clean_content(path.name, path.read_bytes(), Config())
        if outcome.output is None:
            continue
        copy = tmp_path / path.name
        copy.write_bytes(outcome.output)
        assert run_cli(["extract", str(copy)]).stdout_bytes == outcome.output, path.name


def test_clean_gives_up_on_text_that_never_settles(
    run_cli: RunCli, write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    real = artclean.jobs.render_article_for

    def drifting(name: str, data: bytes, *args: object) -> artclean.jobs.Outcome:
        outcome = real(name, data, *args)  # type: ignore[arg-type]
        calls.append(1)
        return artclean.jobs.Outcome(name, output=(outcome.output or b"") + b"x" * len(calls))

    monkeypatch.setattr(artclean.jobs, "render_article_for", drifting)
    path = write_file("a.txt")
    result = run_cli(["clean", str(path)])
    assert result.exit_code == 123
    assert "the cleaned text does not settle" in result.stderr
    assert len(calls) == MAX_CLEAN_PASSES + 1
    assert path.read_text(encoding="utf-8") == ARTICLE


_VOCABULARY = (
    "the council said a new park will open in spring and cost less than the old plan "
    "residents who live near river were told on Monday that work starts soon"
)
_WORDS = st.sampled_from(_VOCABULARY.split())
_SENTENCE = st.lists(_WORDS, min_size=3, max_size=30).map(
    lambda words: " ".join(words).capitalize() + "."
)
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=4).map(" ".join)
_NOISE = st.sampled_from(
    ["Home", "News | Sport | Weather", "Share on Facebook", "Read more", "Advertisement",
     "By Jane Smith", "12 May 2024", "Source: Harbour Gazette", "Theo VnExpress",
     "Photo: Reuters", "Harbour Gazette – Park plan approved", "Subscribe now!", "- a list item"]
)  # fmt: skip
_BLOCK = st.one_of(_PARAGRAPH, _NOISE, _SENTENCE.map(lambda s: s[:40]))
_SEPARATOR = st.sampled_from(["\n", "\n\n", "\r\n", "\n\n\n", "\n  \n"])


@st.composite
def _articles(draw: st.DrawFn) -> str:
    title = draw(st.sampled_from(["", "Site – ", "Site | "])) + draw(_SENTENCE).rstrip(".")
    blocks = draw(st.lists(_BLOCK, min_size=1, max_size=12))
    text = title
    for block in blocks:
        text += draw(_SEPARATOR) + block
    return text + draw(st.sampled_from(["", "\n", "\n\n"]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_articles())
def test_clean_is_idempotent_on_generated_articles(text: str) -> None:
    """clean(clean(x)) == clean(x); an unsettled text is an error both times, never a change."""
    first = clean_content("a.txt", text.encode("utf-8"), Config())
    assert first.error is None or "does not settle" in first.error
    if first.output is None:  # no body (left alone) or unsettled (reported): nothing written
        return
    second = clean_content("a.txt", first.output, Config())
    assert second.output == first.output
    assert first.output.endswith(b"\n")
    assert not first.output.endswith(b"\n\n")
    assert b"\r" not in first.output
