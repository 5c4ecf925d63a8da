"""A corpus of bad inputs, each made by the test: no traceback, one line that names the file
and says what to do, the documented exit code, and under ``clean`` a failing file left
byte for byte as it was.

Exit codes: 123 for an input that cannot be read, decoded or written back (the other inputs
are still processed); 0 for an empty or blank file, with the warning "no article body
found" (``extract``) or "skipped ... no article body found; left unchanged" (``clean``).
"""

from __future__ import annotations

import ctypes
import gzip
import os
import random
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import artclean
from artclean import cli, clirun
from artclean.cli import main
from artclean.decode import decode
from artclean.files import TEMP_SUFFIX
from artclean.render import render_text

ENV = {"NO_COLOR": "1", "TERM": "unknown", "COLUMNS": "200"}
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ARTCLEAN = Path(sys.executable).with_name("artclean")

TITLE = "Hội nghị giao ban trực tuyến về công tác xây dựng Đảng năm nay"
PARAGRAPHS = (
    "Sáng nay tại Hà Nội, Ban Tổ chức Trung ương đã tổ chức hội nghị giao ban trực tuyến với "
    "các tỉnh, thành phố trên cả nước để đánh giá kết quả công tác trong sáu tháng đầu năm.",
    "Phát biểu tại hội nghị, đồng chí Trưởng ban cho biết nhiều nhiệm vụ quan trọng đã được "
    "hoàn thành đúng tiến độ, chất lượng đội ngũ cán bộ tiếp tục được nâng lên.",
    "Các đại biểu cũng đã thảo luận về những khó khăn, vướng mắc trong quá trình thực hiện và "
    "đề xuất nhiều giải pháp cụ thể cho thời gian tới.",
)
ARTICLE = f"{TITLE}\n\nChia sẻ\n\n" + "\n\n".join(PARAGRAPHS) + "\n\nTheo Nhân Dân\n"
FRENCH = (
    "Le café de la place était très animé ce matin-là, déjà plein d'habitués et d'étrangers. "
    "Les élèves répétaient la pièce de théâtre prévue pour l'été, à côté de l'église."
)


def _cleaned(data: bytes) -> bytes:
    return render_text(artclean.extract(data)).encode("utf-8")


def _invoke(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args), env=ENV)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    return result


def _errors(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


def _remove_nested(top: Path) -> None:
    """Delete a folder chain deeper than shutil.rmtree (which recurses) can handle."""
    chain = [top]
    while (chain[-1] / "d").is_dir():
        chain.append(chain[-1] / "d")
    for folder in reversed(chain):
        for child in folder.iterdir():
            if not child.is_dir() or child.is_symlink():
                child.unlink()
        folder.rmdir()


# -- the corpus --------------------------------------------------------------------------


@dataclass(frozen=True)
class Bad:
    """One input artclean must refuse: its bytes, and what the error line must say."""

    name: str
    data: bytes
    message: str  # after "error: PATH: "


BINARY = (
    Bad("png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image: not a text file"),
    Bad("gzip", gzip.compress(ARTICLE.encode("utf-8"), mtime=0), "gzip archive: not a text file"),
    Bad(
        "pdf",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n",
        "PDF document: not a text file",
    ),
    Bad("elf", b"\x7fELF\x02\x01\x01\x00" + bytes(56) + b"\x00\x01" * 200, "ELF executable: "),
    Bad("binary-noise", random.Random(0).randbytes(16384), ""),
)
"""``message`` "" accepts either refusal of random bytes: "not a text file" or "cannot detect
the encoding reliably ...; pass --encoding NAME"."""


@dataclass(frozen=True)
class Odd:
    """An odd input that is still text: it must come out as the same article."""

    name: str
    data: bytes


def _invalid_utf8_in_the_middle() -> bytes:
    data = ARTICLE.encode("utf-8")
    middle = data.index("Phát".encode())
    return data[:middle] + b"\xff\xfe" + data[middle:]


ODD = (
    Odd("nul-bytes", ARTICLE.encode("utf-8").replace(b"\n\n", b"\n\x00\n", 2)),
    Odd("cr-only", ARTICLE.encode("utf-8").replace(b"\n", b"\r")),
    Odd("crlf", ARTICLE.encode("utf-8").replace(b"\n", b"\r\n")),
    Odd(
        "mixed-newlines",
        ARTICLE.encode("utf-8").replace(b"\n\n", b"\r\n\r\n", 1).replace(b"\n\n", b"\r\r", 1),
    ),
    Odd("utf-8-bom", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")),
    Odd("utf-16", ARTICLE.encode("utf-16")),
)


def test_odd_newlines_and_bytes_give_the_same_article() -> None:
    expected = artclean.extract(ARTICLE.encode("utf-8"))
    assert expected.paragraphs == PARAGRAPHS  # the corpus is a real article
    for odd in ODD:
        article = artclean.extract(odd.data)
        assert (article.title, article.paragraphs) == (expected.title, expected.paragraphs), odd


@pytest.mark.parametrize("odd", ODD, ids=lambda odd: odd.name)
def test_odd_input_is_cleaned_once_and_for_all(tmp_path: Path, odd: Odd) -> None:
    path = tmp_path / f"{odd.name}.txt"
    path.write_bytes(odd.data)
    result = _invoke("clean", str(path))
    assert result.exit_code == 0, result.stderr
    assert path.read_bytes() == _cleaned(ARTICLE.encode("utf-8"))
    again = _invoke("clean", str(path))
    assert again.exit_code == 0
    assert "1 file left unchanged" in again.stderr


@pytest.mark.parametrize("bad", BINARY, ids=lambda bad: bad.name)
@pytest.mark.parametrize("command", ["extract", "clean"])
def test_binary_is_refused_and_left_unchanged(tmp_path: Path, bad: Bad, command: str) -> None:
    path = tmp_path / f"{bad.name}.txt"
    path.write_bytes(bad.data)
    result = _invoke(command, str(path))
    assert result.exit_code == 123
    assert result.stdout == ""
    [error] = _errors(result)
    assert error.startswith(f"error: {path}: {bad.message}")
    assert "not a text file" in error or "pass --encoding NAME" in error
    assert path.read_bytes() == bad.data


@pytest.mark.parametrize("content", [b"", b" \n\t\r\n  \n\f\n"], ids=["empty", "whitespace"])
def test_empty_and_blank_files_warn_and_stay_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    result = _invoke("extract", str(path))
    assert (result.exit_code, result.stdout) == (0, "")
    assert f"warning: {path}: no article body found" in result.stderr
    result = _invoke("clean", str(path))
    assert result.exit_code == 0
    assert f"skipped {path}: no article body found; left unchanged" in result.stderr
    assert path.read_bytes() == content


def test_invalid_utf8_in_the_middle_is_extracted_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(_invalid_utf8_in_the_middle())
    result = _invoke("extract", str(path))
    assert result.exit_code == 0
    assert f"warning: {path}: 2 invalid bytes replaced at offset" in result.stderr
    assert PARAGRAPHS[0] in result.stdout


def test_clean_refuses_to_lose_undecodable_bytes(tmp_path: Path) -> None:
    """Writing U+FFFD over bytes that could not be decoded would destroy them."""
    path = tmp_path / "bad.txt"
    data = _invalid_utf8_in_the_middle()
    path.write_bytes(data)
    result = _invoke("clean", str(path))
    assert result.exit_code == 123
    [error] = _errors(result)
    assert error == (
        f"error: {path}: 2 byte sequences could not be decoded and would be lost;"
        " left unchanged: fix the file, or pass --encoding NAME"
    )
    assert path.read_bytes() == data


def test_two_encodings_mostly_utf8_keeps_both_texts(tmp_path: Path) -> None:
    # A UTF-8 article with a windows-1252 paragraph pasted in.
    data = ARTICLE.encode("utf-8") + b"\n" + FRENCH.encode("cp1252") + b"\n"
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    result = _invoke("clean", str(path))
    assert result.exit_code == 0, result.stderr
    text = path.read_text(encoding="utf-8")
    assert TITLE in text
    assert PARAGRAPHS[0] in text


MIXED_TITLE = "Tiêu đề bài báo hôm nay"
MIXED_LOSSY = "Tiêu đề\n\n".encode() + ("L'été à côté. " * 3).encode("cp1252")
"""Once decoded as windows-1252 whole: 'TiÃªu Ä‘á»\ufffd' (a U+FFFD where UTF-8 had 0x81)."""
MIXED_GARBLED = f"{MIXED_TITLE}\n\n".encode() + (FRENCH + "\n\n").encode("cp1252") * 3
"""Once decoded as iso8859-16 whole, no U+FFFD: 'TiĂȘu Ä\\x91á»\\x81 bĂ i bĂĄo hĂŽm nay'."""


@pytest.mark.parametrize(
    ("data", "text", "warning"),
    [
        (MIXED_LOSSY, "Tiêu đề\n\n" + "L'été à côté. " * 3, "1 line"),
        (MIXED_GARBLED, f"{MIXED_TITLE}\n\n" + (FRENCH + "\n\n") * 3, "3 lines"),
    ],
    ids=["lossy", "garbled"],
)
def test_two_encodings_mostly_legacy_keeps_both_texts(data: bytes, text: str, warning: str) -> None:
    # Decoded line by line: the UTF-8 title as UTF-8, the paragraphs as windows-1252.
    decoded = decode(data)
    assert (decoded.text, decoded.encoding) == (text, "utf-8+cp1252")
    assert f"mixed encodings: {warning} decoded as cp1252" in decoded.warnings


def test_two_encodings_mostly_legacy_keeps_the_title() -> None:
    assert artclean.extract(MIXED_GARBLED).title == MIXED_TITLE


def test_two_encodings_that_lose_bytes_are_never_written(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(MIXED_LOSSY + ("Le café était plein. " * 20).encode("cp1252"))
    result = _invoke("clean", str(path))
    if result.exit_code == 123:  # today: refused, the U+FFFD would replace a byte
        assert "could not be decoded and would be lost" in result.stderr
        assert path.read_bytes() == MIXED_LOSSY + ("Le café était plein. " * 20).encode("cp1252")
    else:  # once decoding gets mixed files right
        assert result.exit_code == 0
        assert "Tiêu đề" in path.read_text(encoding="utf-8")


def test_two_encodings_mostly_legacy_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(MIXED_GARBLED)
    result = _invoke("clean", str(path))
    assert result.exit_code == 0, result.stderr
    assert path.read_text(encoding="utf-8") == f"{MIXED_TITLE}\n\n{FRENCH}\n"


def test_one_5_mb_line(tmp_path: Path) -> None:
    sentence = "Người dân đổ về trung tâm thành phố để xem pháo hoa, và mọi người đều vui vẻ. "
    line = (sentence * (5_000_000 // len(sentence.encode()) + 1)).encode()[:5_000_000]
    line = line.decode("utf-8", "ignore").encode()
    path = tmp_path / "long.txt"
    path.write_bytes(f"{TITLE}\n\n".encode() + line + b"\n")
    result = _invoke("extract", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout) > 4_000_000


def test_a_million_short_lines(tmp_path: Path) -> None:
    """A million lines are read and decoded whole; extraction is run on a tenth of them.

    Extraction costs about 30 µs per line (linear, see benchmarks/scaling.md), so the full
    million, about 30 s, is left to the benchmark to keep the suite fast.
    """
    path = tmp_path / "lines.txt"
    lines = [b"Tin %d: ca\xcc\x81c ba\xcc\x80i\n" % (i % 97) for i in range(1_000_000)]
    path.write_bytes(b"".join(lines))
    result = _invoke("decode", str(path))
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == path.read_bytes()
    path.write_bytes(b"".join(lines[:100_000]))
    result = _invoke("extract", str(path))
    assert result.exit_code == 0, result.stderr


def test_deeply_nested_folders(tmp_path: Path) -> None:
    folder = top = tmp_path / "deep"
    folder.mkdir()
    for _ in range(sys.getrecursionlimit() + 50):
        folder = folder / "d"
        folder.mkdir()
    (folder / "a.txt").write_bytes(ARTICLE.encode("utf-8"))
    try:
        result = _invoke("clean", str(top))
        assert result.exit_code == 0, result.stderr
        assert (folder / "a.txt").read_bytes() == _cleaned(ARTICLE.encode("utf-8"))
    finally:
        _remove_nested(top)


@pytest.mark.parametrize("command", ["extract", "detect", "decode"])
def test_directory_given_as_a_file(tmp_path: Path, command: str) -> None:
    result = _invoke(command, str(tmp_path))
    assert result.exit_code == 123
    assert _errors(result) == [
        f"error: {tmp_path}: is a directory; pass the files in it,"
        f" or use `artclean clean {tmp_path}`"
    ]


@pytest.mark.parametrize("command", ["extract", "clean", "detect", "decode"])
def test_missing_path(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "nope.txt"
    (tmp_path / "ok.txt").write_bytes(ARTICLE.encode("utf-8"))
    result = _invoke(command, str(missing), str(tmp_path / "ok.txt"))
    assert result.exit_code == 123
    [error] = _errors(result)
    assert error.startswith(f"error: {missing}: ")
    assert "no such file or directory" in error.lower()
    assert "check the path" in error
    if command == "clean":  # the batch went on
        assert (tmp_path / "ok.txt").read_bytes() == _cleaned(ARTICLE.encode("utf-8"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX only")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = _invoke("extract", str(fifo))
    assert result.exit_code == 123
    assert _errors(result) == [
        f"error: {fifo}: not a regular file (a pipe, socket or device); pass a text file"
    ]


# -- permissions -------------------------------------------------------------------------

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _drop_file_capabilities() -> None:  # pragma: no cover - runs in the child process
    """Make root subject to file permissions, in the child about to exec.

    Root bypasses permission bits through two capabilities; dropped from the
    bounding set, they are gone after exec.  (Needs CAP_SETPCAP, Linux only.)
    """
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def _run_unprivileged(*args: str) -> subprocess.CompletedProcess[str]:
    """Run artclean so that chmod 000 really stops it: as is, or as root without the capabilities
    that let root read anything."""
    preexec: Callable[[], None] | None = None
    if IS_ROOT:
        if not sys.platform.startswith("linux"):
            pytest.skip("running as root, and dropping root's file capabilities needs Linux")
        probe = subprocess.run(
            ["cat", "/proc/self/status"],
            preexec_fn=_drop_file_capabilities,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        if probe.returncode != 0:
            pytest.skip(f"running as root and cannot drop CAP_DAC_OVERRIDE: {probe.stderr.strip()}")
        preexec = _drop_file_capabilities
    return subprocess.run(
        [str(ARTCLEAN), *args],
        preexec_fn=preexec,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **ENV},
        check=False,
        timeout=60,
    )


@pytest.mark.parametrize("command", ["extract", "clean"])
def test_unreadable_file(tmp_path: Path, command: str) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    path.chmod(0)
    try:
        result = _run_unprivileged(command, str(path))
    finally:
        path.chmod(0o644)
    assert result.returncode == 123, result.stderr
    assert "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
        f"error: {path}: cannot read (Permission denied); make it readable (chmod u+r)"
        " or leave it out"
    ]
    assert path.read_bytes() == ARTICLE.encode("utf-8")


def test_read_only_file_under_clean(tmp_path: Path) -> None:
    path = tmp_path / "ro.txt"
    data = ARTICLE.encode("utf-8").replace(b"\n", b"\r\n")
    path.write_bytes(data)
    path.chmod(0o444)
    result = _invoke("clean", str(path))
    assert result.exit_code == 123
    assert _errors(result) == [
        f"error: {path}: file is read-only; make it writable or leave it out"
    ]
    assert path.read_bytes() == data
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert not list(tmp_path.glob(f"*{TEMP_SUFFIX}"))
    # --check and --diff write nothing, so a read-only file is fine there.
    assert _invoke("clean", "--check", str(path)).exit_code == 1


def test_symlink_loop(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(loop)
    result = _invoke("extract", str(loop))
    assert result.exit_code == 123
    assert _errors(result) == [
        f"error: {loop}: cannot read (too many levels of symbolic links);"
        " a symbolic link points to itself; fix or remove the link"
    ]
    # In a folder, links are not followed: the loop is simply not an input.
    (tmp_path / "ok.txt").write_bytes(ARTICLE.encode("utf-8"))
    result = _invoke("clean", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert loop.is_symlink()


# -- files that change during a batch ----------------------------------------------------


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_bytes(ARTICLE.encode("utf-8").replace(b"\n", b"\r\n"))
    return tmp_path


def test_file_deleted_after_path_expansion(batch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expand = clirun.expand_paths

    def expand_then_delete(*args: object, **kwargs: object) -> Iterator[object]:
        found = list(expand(*args, **kwargs))  # type: ignore[arg-type]
        (batch / "b.txt").unlink()
        return iter(found)

    monkeypatch.setattr(clirun, "expand_paths", expand_then_delete)
    result = _invoke("clean", str(batch))
    assert result.exit_code == 123
    assert _errors(result) == [
        f"error: {batch / 'b.txt'}: cannot read (No such file or directory);"
        " check the path (was it moved or deleted while artclean ran?)"
    ]
    assert not (batch / "b.txt").exists()
    for name in ("a.txt", "c.txt"):
        assert (batch / name).read_bytes() == _cleaned(ARTICLE.encode("utf-8"))


def test_file_deleted_after_it_was_read_is_not_recreated(
    batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = cli.clean_job

    def job_then_delete(name: str, **kwargs: object) -> object:
        outcome = job(name, **kwargs)  # type: ignore[arg-type]
        if name.endswith("b.txt"):
            Path(name).unlink()
        return outcome

    monkeypatch.setattr(cli, "clean_job", job_then_delete)
    result = _invoke("clean", str(batch))
    assert result.exit_code == 123
    assert _errors(result) == [
        f"error: {batch / 'b.txt'}: was moved or deleted while artclean ran; nothing was written"
    ]
    assert sorted(path.name for path in batch.iterdir()) == ["a.txt", "c.txt"]


def test_file_edited_while_cleaning_keeps_the_edit(
    batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = cli.clean_job
    edited = b"The user's own edit, which must survive.\n"

    def job_then_edit(name: str, **kwargs: object) -> object:
        outcome = job(name, **kwargs)  # type: ignore[arg-type]
        if name.endswith("b.txt"):
            Path(name).write_bytes(edited)
        return outcome

    monkeypatch.setattr(cli, "clean_job", job_then_edit)
    result = _invoke("clean", str(batch))
    assert result.exit_code == 123
    assert _errors(result) == [
        f"error: {batch / 'b.txt'}: changed while artclean ran; left as it is now,"
        " run artclean again"
    ]
    assert (batch / "b.txt").read_bytes() == edited


# -- the whole corpus at once, through the real entry point -------------------------------


def _corpus(folder: Path) -> tuple[dict[str, bytes], set[str]]:
    """Write every bad and odd input under ``folder``; returns (files, names that must fail)."""
    made: dict[str, bytes] = {}
    failing: set[str] = set()
    for bad in BINARY:
        made[f"binary/{bad.name}.txt"] = bad.data
        failing.add(f"binary/{bad.name}.txt")
    for odd in ODD:
        made[f"odd/{odd.name}.txt"] = odd.data
    made["blank/empty.txt"] = b""
    made["blank/whitespace.txt"] = b"  \n\t\n"
    made["invalid/middle.txt"] = _invalid_utf8_in_the_middle()
    failing.add("invalid/middle.txt")
    made["ro/read-only.txt"] = ARTICLE.encode("utf-8").replace(b"\n", b"\r\n")
    failing.add("ro/read-only.txt")
    for name, data in made.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    (folder / "ro/read-only.txt").chmod(0o444)
    (folder / "links").mkdir()
    (folder / "links/loop.txt").symlink_to(folder / "links/loop.txt")
    (folder / "links/up").symlink_to(folder, target_is_directory=True)
    (folder / "dir-named.txt").mkdir()
    return made, failing


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_whole_corpus_in_one_batch_subprocess(tmp_path: Path, jobs: str) -> None:
    made, failing = _corpus(tmp_path)
    result = subprocess.run(
        [str(ARTCLEAN), "clean", "-j", jobs, str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **ENV},
        check=False,
        timeout=120,
    )
    assert result.returncode == 123
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert sorted(errors) == sorted(
        line for line in errors if any(str(tmp_path / name) in line for name in failing)
    )
    assert len(errors) == len(failing)
    after = _snapshot(tmp_path)
    for name, data in made.items():
        if name in failing or name.startswith("blank/"):
            assert after[name] == data, name
        else:
            assert after[name] == _cleaned(data), name
    assert not [name for name in after if name.endswith(TEMP_SUFFIX)]


# -- size limit --------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["extract", "clean", "detect", "decode"])
def test_max_size_refuses_a_larger_file_before_reading_it(tmp_path: Path, command: str) -> None:
    big, small = tmp_path / "big.txt", tmp_path / "small.txt"
    data = ARTICLE.encode("utf-8").replace(b"\n", b"\r\n")
    big.write_bytes(data)
    small.write_bytes(data[:100])
    result = _invoke(command, "--max-size", "300", str(big), str(small))
    assert result.exit_code == 123
    assert _errors(result) == [
        f"error: {big}: file is {len(data):,} bytes, over the 300-byte limit;"
        " pass --max-size to raise it"
    ]
    assert big.read_bytes() == data
    assert _invoke(command, "--max-size", str(len(data)), str(big)).exit_code == 0


def test_max_size_on_stdin() -> None:
    data = ARTICLE.encode("utf-8")
    result = CliRunner().invoke(main, ["extract", "--max-size", "100", "-"], input=data, env=ENV)
    assert result.exit_code == 123
    assert "error: -: input is over the 100-byte limit; pass --max-size to raise it" in (
        result.stderr
    )
