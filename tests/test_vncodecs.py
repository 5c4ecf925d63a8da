"""Vietnamese legacy codecs (VISCII, TCVN3, VNI) and their detection."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from artclean.vncodecs import VN_CODECS, canonical_vn_name, decode_vn, encode_vn
from artclean.vndetect import detect_vietnamese, is_vietnamese_syllable, score_vietnamese

ARTICLE = (
    "Hội nghị thượng đỉnh ASEAN lần thứ 43 đã khai mạc tại Jakarta. Thủ tướng Phạm Minh "
    "Chính phát biểu về hợp tác kinh tế, an ninh khu vực và biến đổi khí hậu. Người dân "
    "Đà Nẵng, Huế và Hồ Chí Minh theo dõi tin tức qua truyền hình.\n"
)
ALL_LETTERS = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"

# Byte values read off the published tables (RFC 1456; TCVN 5712:1993 VN3; VNI-Windows).
KNOWN_BYTES = [
    ("viscii", "ệ", b"\xae"),
    ("viscii", "ư", b"\xdf"),
    ("viscii", "Ỵ", b"\x1e"),
    ("viscii", "đ", b"\xf0"),
    ("tcvn3", "ệ", b"\xd6"),
    ("tcvn3", "đ", b"\xae"),
    ("tcvn3", "Đ", b"\xa7"),
    ("tcvn3", "ơ", b"\xac"),
    ("vni", "ệ", b"e\xe4"),
    ("vni", "ư", b"\xf6"),
    ("vni", "đ", b"\xf1"),
    ("vni", "ờ", b"\xf4\xf8"),
    ("vni", "Ấ", b"A\xc1"),
]


@pytest.mark.parametrize(("codec", "char", "raw"), KNOWN_BYTES)
def test_known_bytes(codec: str, char: str, raw: bytes) -> None:
    assert encode_vn(char, codec) == raw
    assert decode_vn(raw, codec) == char


@pytest.mark.parametrize("codec", VN_CODECS)
@pytest.mark.parametrize("text", [ARTICLE, ALL_LETTERS, ALL_LETTERS.upper()])
def test_round_trip(codec: str, text: str) -> None:
    assert decode_vn(encode_vn(text, codec), codec) == text


def test_vni_lower_case_mark_after_capital() -> None:
    assert decode_vn(b"Vie\xe4t NAM A\xe1", "vni") == "Việt NAM Ấ"


def test_tcvn3_combining_tone_bytes_compose() -> None:
    assert decode_vn(b"A\xb3", "tcvn3") == "Á"


def test_unknown_codec_rejected() -> None:
    with pytest.raises(LookupError):
        decode_vn(b"x", "klingon")
    with pytest.raises(UnicodeEncodeError):
        encode_vn("日本", "viscii")


@pytest.mark.parametrize(
    ("alias", "name"),
    [("VISCII", "viscii"), ("TCVN5712-1", "tcvn3"), ("VN3", "tcvn3"), ("VNI-Windows", "vni")],
)
def test_aliases(alias: str, name: str) -> None:
    assert canonical_vn_name(alias) == name


@pytest.mark.parametrize(("codec", "iconv_name"), [("viscii", "VISCII"), ("tcvn3", "TCVN5712-1")])
def test_matches_glibc_iconv(codec: str, iconv_name: str) -> None:
    if shutil.which("iconv") is None:
        pytest.skip("iconv not installed: the tables are checked by known bytes instead")
    text = ARTICLE.lower() if codec == "tcvn3" else ARTICLE  # VN3 has no toned capitals
    result = subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", iconv_name], input=text.encode(), capture_output=True
    )
    if result.returncode != 0:
        pytest.skip(f"this iconv does not know {iconv_name}")
    assert result.stdout == encode_vn(text, codec)
    assert decode_vn(result.stdout, codec) == text


@pytest.mark.parametrize(
    "word", ["nghiêng", "Trường", "được", "quyển", "khuya", "giường", "Huỳnh", "thuở", "ăn"]
)
def test_valid_syllables(word: str) -> None:
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["été", "Straße", "ă", "aot", "lỔ", "Hµi", "niño"])
def test_invalid_syllables(word: str) -> None:
    assert not is_vietnamese_syllable(word)


def test_score_counts_non_ascii_words_only() -> None:
    score = score_vietnamese("Hội nghị ở Paris, café")
    assert (score.words, score.valid, score.specific) == (4, 3, 3)


@pytest.mark.parametrize("codec", VN_CODECS)
@pytest.mark.parametrize("text", [ARTICLE, "Hội nghị thượng đỉnh", "Việt Nam"])
def test_detects_each_codec(codec: str, text: str) -> None:
    assert detect_vietnamese(encode_vn(text, codec)) == (codec, 1.0)


def test_detects_windows_1258() -> None:
    # windows-1258 writes tones as combining marks after the letter.
    assert detect_vietnamese(b"H\xf4\xf2i ngh\x69\xf2") == ("cp1258", 1.0)  # "Hội nghị"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le coût de la vie a augmenté cet été, déjà très élevé à Paris.", "cp1252"),
        ("Não há solução fácil: a situação econômica é difícil.", "cp1252"),
        ("Ein schöner Tag in München, sagte Jürgen über Straße und Öl.", "cp1252"),
        ("Mañana el niño irá al médico con su señora madre.", "cp1252"),
        ("Привет, как дела? Всё хорошо, спасибо.", "cp1251"),
        ("Dzień dobry, jak się masz? Wszystko w porządku.", "cp1250"),
        ("日本語のテキストです。", "shift_jis"),
    ],
)
def test_other_languages_are_not_vietnamese(text: str, encoding: str) -> None:
    assert detect_vietnamese(text.encode(encoding)) is None
