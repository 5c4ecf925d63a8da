"""Files that mix UTF-8 lines with lines in one legacy encoding, on bytes generated here.

One table, two levels: :func:`artclean.decode.decode`, then ``artclean decode`` on a file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from artclean.decode import decode
from artclean.mixed import decode_mixed
from conftest import RunCli
from test_decode import FRENCH, VIETNAMESE, cp1258_bytes

TITLE = "Tiêu đề bài báo hôm nay\n\n"
RUSSIAN = (
    "Президент России заявил в среду, что реформа пенсионной системы необходима и будет "
    "представлена в Государственной думе до лета.\n"
)
RUSSIAN_TITLE = "Заголовок статьи сегодня\n\n"

# (id, bytes, text, encoding, lines decoded with the legacy codec)
CASES = [
    (
        "cp1252-one-paragraph",
        TITLE.encode() + FRENCH.encode("cp1252"),
        TITLE + FRENCH,
        "cp1252",
        1,
    ),
    (
        "cp1252-three-paragraphs",  # the report: decoded whole as iso8859-16
        TITLE.encode() + (FRENCH + "\n").encode("cp1252") * 3,
        TITLE + (FRENCH + "\n") * 3,
        "cp1252",
        3,
    ),
    (
        "cp1252-many-paragraphs",
        TITLE.encode() + (FRENCH + "\n").encode("cp1252") * 40,
        TITLE + (FRENCH + "\n") * 40,
        "cp1252",
        40,
    ),
    (
        "cp1252-short",  # too little for chardet: windows-1252 by default
        "Tiêu đề\n\n".encode() + ("L'été à côté. " * 3).encode("cp1252"),
        "Tiêu đề\n\n" + "L'été à côté. " * 3,
        "cp1252",
        1,
    ),
    (
        "mostly-utf8-then-cp1252",
        (VIETNAMESE * 4).encode() + FRENCH.encode("cp1252"),
        VIETNAMESE * 4 + FRENCH,
        "cp1252",
        1,
    ),
    (
        "cp1251-russian",
        RUSSIAN_TITLE.encode() + RUSSIAN.encode("cp1251") * 3,
        RUSSIAN_TITLE + RUSSIAN * 3,
        "cp1251",
        3,
    ),
    (
        "cp1251-between-utf8",
        RUSSIAN.encode() * 2 + RUSSIAN.encode("cp1251") + RUSSIAN.encode(),
        RUSSIAN * 4,
        "cp1251",
        1,
    ),
    (
        "cp1258-vietnamese",
        TITLE.encode() + cp1258_bytes(VIETNAMESE) * 3,
        TITLE + VIETNAMESE * 3,
        "cp1258",
        3,
    ),
    (
        "cp1258-one-line",
        TITLE.encode() + cp1258_bytes(VIETNAMESE),
        TITLE + VIETNAMESE,
        "cp1258",
        1,
    ),
    (
        "crlf",
        TITLE.replace("\n", "\r\n").encode() + FRENCH.replace("\n", "\r\n").encode("cp1252"),
        (TITLE + FRENCH).replace("\n", "\r\n"),
        "cp1252",
        1,
    ),
]


@pytest.mark.parametrize(
    ("data", "text", "codec", "lines"), [case[1:] for case in CASES], ids=[c[0] for c in CASES]
)
def test_decodes_line_by_line(data: bytes, text: str, codec: str, lines: int) -> None:
    result = decode(data)
    assert (result.text, result.encoding) == (text, f"utf-8+{codec}")
    plural = "line" if lines == 1 else "lines"
    assert result.warnings == (f"mixed encodings: {lines} {plural} decoded as {codec}",)
    assert not result.mojibake_repaired


@pytest.mark.parametrize(
    ("data", "text", "codec", "lines"), [case[1:] for case in CASES], ids=[c[0] for c in CASES]
)
def test_cli_decode_writes_both_texts(
    run_cli: RunCli, tmp_path: Path, data: bytes, text: str, codec: str, lines: int
) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    result = run_cli(["decode", str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == text.encode()
    assert f"decoded as {codec}" in result.stderr


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ((FRENCH * 5).encode("cp1252"), FRENCH * 5, "cp1252"),
        ((TITLE + FRENCH * 5).encode(), TITLE + FRENCH * 5, "utf-8"),
        ((RUSSIAN * 3).encode("cp1251"), RUSSIAN * 3, "cp1251"),
        (cp1258_bytes(VIETNAMESE * 3), VIETNAMESE * 3, "cp1258"),
    ],
    ids=["cp1252", "utf-8", "cp1251", "cp1258"],
)
def test_one_encoding_is_not_mixed(data: bytes, text: str, encoding: str) -> None:
    result = decode(data)
    assert (result.text, result.encoding) == (text, encoding)
    assert not any("mixed" in warning for warning in result.warnings)
    assert decode_mixed(data, min_confidence=0.1) is None


def test_chance_utf8_line_in_gb2312_stays_gb2312() -> None:
    # 效应 is D0 A7 D3 A6 in GB2312, which is also "ЧӦ" in UTF-8: no better a reading.
    text = "中文文本内容在这里。\n效应效应\n" * 5
    result = decode(text.encode("gb2312"))
    assert (result.text, result.encoding) == (text, "gb2312")


def test_chance_utf8_line_in_johab_stays_johab() -> None:
    # Box drawing (DB A1 in Johab) is a run of Arabic combining marks in UTF-8.
    text = "───\n" + "한국어 텍스트입니다\n" * 5
    result = decode(text.encode("johab"))
    assert (result.text, result.encoding) == (text, "johab")


def test_isolated_bad_bytes_in_utf8_lines_are_replaced() -> None:
    # A stray byte inside a UTF-8 line stays U+FFFD, as in a file that is all UTF-8.
    title = TITLE.encode()
    data = title[:4] + b"\xff" + title[4:] + FRENCH.encode("cp1252")
    result = decode(data)
    assert result.text == TITLE[:3] + "\ufffd" + TITLE[3:] + FRENCH
    assert result.encoding == "utf-8+cp1252"
    assert result.warnings == (
        "mixed encodings: 1 line decoded as cp1252",
        "1 invalid byte in UTF-8 lines replaced (first at offset 4)",
    )


def test_few_bad_bytes_are_corruption_not_a_second_encoding() -> None:
    # Three bytes that are not UTF-8, even on a line of their own: replaced, as before.
    data = (VIETNAMESE * 2).encode() + "Déjà vu\n".encode("cp1252")
    result = decode(data)
    assert result.encoding == "utf-8"
    assert result.text == VIETNAMESE * 2 + "D\ufffdj\ufffd vu\n"


def test_undefined_bytes_in_legacy_lines_are_replaced_with_a_warning() -> None:
    data = TITLE.encode() + FRENCH.encode("cp1252") + b"caf\xe9 \x81 cr\xe8me\n"
    result = decode(data)
    assert result.text == TITLE + FRENCH + "café \ufffd crème\n"
    assert result.warnings[-1] == "1 invalid sequences for cp1252 replaced in the cp1252 lines"


def test_forced_encoding_is_not_mixed() -> None:
    data = TITLE.encode() + FRENCH.encode("cp1252")
    assert decode(data, encoding="cp1252").encoding == "cp1252"


def test_many_lines_stay_fast() -> None:
    # Linear: 200,000 lines in both encodings (about 20 MB) decode in a few seconds.
    data = (TITLE.encode() + FRENCH.encode("cp1252")) * 50_000
    result = decode(data)
    assert result.encoding == "utf-8+cp1252"
    assert result.text == (TITLE + FRENCH) * 50_000
