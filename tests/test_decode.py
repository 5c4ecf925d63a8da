"""decode(): bytes -> Decoded, on bytes generated here in many encodings."""

from __future__ import annotations

import codecs
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artclean.decode import SAMPLE_SIZE, decode, detect_newline, sample_bytes
from artclean.errors import ArtcleanError, BinaryInputError, DecodeError
from artclean.vncodecs import encode_vn

SHARED = Path(__file__).resolve().parents[2] / "shared"

FRENCH = (
    "Le président de la République a déclaré mercredi que la réforme des retraites était "
    "« nécessaire » et qu’elle serait présentée à l’Assemblée nationale avant l’été.\n"
)
VIETNAMESE = (
    "Hội nghị thượng đỉnh ASEAN lần thứ 43 đã khai mạc tại Jakarta. Thủ tướng Phạm Minh "
    "Chính phát biểu về hợp tác kinh tế, an ninh khu vực và biến đổi khí hậu.\n"
)
ENGLISH = "The committee met on Tuesday to discuss the budget for the coming year.\n"

HINT = "; pass a text file (convert PDFs and documents to text first)"


def cp1258_bytes(text: str) -> bytes:
    """Encode as Windows-1258 does: precomposed where the code page has the letter, else the
    letter without its tone followed by a combining tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        tone = next(m for m in decomposed if m in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", decomposed.replace(tone, ""))
        out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def _python_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:  # viscii, tcvn3, vni
        return encoding


# (id, bytes, text, encoding) -- one table for the generated fixtures.
CASES = [
    ("cp1252-french", (FRENCH * 3).encode("cp1252"), FRENCH * 3, "cp1252"),
    ("cp1252-short-cafe", "The café was open.".encode("cp1252"), "The café was open.", "cp1252"),
    ("cp1252-deja-vu", "Déjà vu".encode("cp1252"), "Déjà vu", "cp1252"),
    ("cp1252-quotes", "He said “hi” — then left.".encode("cp1252"), None, "cp1252"),
    ("cp1258", cp1258_bytes(VIETNAMESE * 2), VIETNAMESE * 2, "cp1258"),
    ("viscii", encode_vn(VIETNAMESE, "viscii"), VIETNAMESE, "viscii"),
    ("tcvn3", encode_vn(VIETNAMESE, "tcvn3"), VIETNAMESE, "tcvn3"),
    ("vni", encode_vn(VIETNAMESE, "vni"), VIETNAMESE, "vni"),
    ("viscii-short", encode_vn("Hội nghị", "viscii"), "Hội nghị", "viscii"),
    ("vni-short", encode_vn("Việt Nam", "vni"), "Việt Nam", "vni"),
    ("utf-8", VIETNAMESE.encode(), VIETNAMESE, "utf-8"),
    ("ascii", ENGLISH.encode(), ENGLISH, "ascii"),
    ("utf-16-le-nobom", FRENCH.encode("utf-16-le"), FRENCH, "utf-16-le"),
    ("utf-16-be-nobom", FRENCH.encode("utf-16-be"), FRENCH, "utf-16-be"),
    ("utf-32-le-nobom", FRENCH.encode("utf-32-le"), FRENCH, "utf-32-le"),
    ("utf-32-be-nobom", FRENCH.encode("utf-32-be"), FRENCH, "utf-32-be"),
    ("cp1251", "Привет, как дела? Всё хорошо.".encode("cp1251"), None, "cp1251"),
    # Cyrillic in UTF-16 has few NULs; its high bytes are almost all 0x04 (and 0x00).
    ("utf-16-le-cyrillic", "Привет, как дела?".encode("utf-16-le"), None, "utf-16-le"),
    ("utf-16-be-greek", "Καλημέρα σας, φίλοι".encode("utf-16-be"), None, "utf-16-be"),
    ("shift_jis", ("日本語のテキストです。" * 3).encode("shift_jis"), None, "shift_jis"),
    ("iso2022_jp", "日本語のテキスト".encode("iso2022_jp"), None, "iso2022_jp"),
    ("iso2022_kr", "한국어 텍스트".encode("iso2022_kr"), None, "iso2022_kr"),
    (
        "cp1250-polish",
        "Dzień dobry, jak się masz? Wszystko w porządku.".encode("cp1250"),
        None,
        "cp1250",
    ),
]


@pytest.mark.parametrize(
    ("data", "text", "encoding"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_detects(data: bytes, text: str | None, encoding: str) -> None:
    result = decode(data)
    assert result.encoding in (encoding, _python_name(encoding))
    assert result.text == (text if text is not None else data.decode(encoding))
    assert not result.mojibake_repaired


@pytest.mark.parametrize(
    ("bom", "codec", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_bom_is_stripped(bom: bytes, codec: str, encoding: str) -> None:
    result = decode(bom + VIETNAMESE.encode(codec))
    assert (result.text, result.encoding, result.had_bom) == (VIETNAMESE, encoding, True)


def test_empty_input() -> None:
    result = decode(b"")
    assert (result.text, result.encoding, result.had_bom, result.warnings) == (
        "",
        "utf-8",
        False,
        (),
    )


def test_cp1258_is_composed() -> None:
    text = decode(cp1258_bytes("Hội nghị")).text
    assert text == "Hội nghị" and unicodedata.is_normalized("NFC", text)


def test_text_is_not_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", "Café\r\nNoël\r\n")
    assert decode(decomposed.encode()).text == decomposed


@pytest.mark.parametrize(
    ("text", "newline"),
    [
        ("a\nb\n", "\n"),
        ("a\r\nb\r\n", "\r\n"),
        ("a\rb\r", "\r"),
        ("a\nb\r\n", "mixed"),
        ("ab", "\n"),
    ],
)
def test_newline(text: str, newline: str) -> None:
    assert detect_newline(text) == newline
    assert decode(text.encode()).newline == newline


def test_nul_padding_then_ascii() -> None:
    data = bytes(637) + b"a" + bytes(433) + b"<html><body>Hello</body></html>\n"
    result = decode(data)
    assert result.text == data.decode("ascii")
    assert any("NUL" in warning for warning in result.warnings)


def test_nul_bytes_in_binary_data() -> None:
    with pytest.raises(BinaryInputError, match=r"^binary data: not a text file; pass a text file"):
        decode(b"\x00\x01\x02\x03\x04\x05\x06\x07" * 100)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(32), "PNG image"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive (or docx/xlsx/odt/epub/jar)"),
        (b"\x7fELF\x02\x01\x01" + bytes(9), "ELF executable"),
    ],
)
def test_binary_magic(data: bytes, kind: str) -> None:
    with pytest.raises(BinaryInputError) as error:
        decode(data)
    assert str(error.value) == f"{kind}: not a text file{HINT}"


def test_isolated_bad_byte_in_utf8() -> None:
    good = (VIETNAMESE * 3).encode()
    offset = good.index(b" ", len(VIETNAMESE.encode()) + 10)
    data = good[:offset] + b"\xff" + good[offset:]
    result = decode(data)
    assert result.encoding == "utf-8"
    assert result.text == good[:offset].decode() + "\ufffd" + good[offset:].decode()
    assert result.warnings == (f"1 invalid byte replaced at offset {offset}",)


def test_mixed_utf8_and_cp1252() -> None:
    # More cases in test_mixed.py.
    data = (VIETNAMESE * 4).encode() + (FRENCH * 1).encode("cp1252")
    result = decode(data)
    assert (result.text, result.encoding) == (VIETNAMESE * 4 + FRENCH, "utf-8+cp1252")
    assert result.warnings == ("mixed encodings: 1 line decoded as cp1252",)


def test_cp1252_runs_inside_utf8_lines() -> None:
    # Bytes that are not UTF-8 inside UTF-8 lines (no line of their own): windows-1252.
    data = (VIETNAMESE.rstrip("\n") + " ").encode() * 4 + "Déjà vu, café crème.".encode("cp1252")
    result = decode(data)
    assert (result.text, result.encoding) == (
        (VIETNAMESE.rstrip("\n") + " ") * 4 + "Déjà vu, café crème.",
        "utf-8",
    )
    assert result.warnings == (
        "4 bytes that are not UTF-8 decoded as windows-1252 (mixed encodings)",
    )


def test_many_invalid_bytes_mean_legacy() -> None:
    assert decode((FRENCH * 5).encode("cp1252")).encoding == "cp1252"


@pytest.mark.parametrize(("encoding", "text"), [("cp1252", "Café crème"), ("utf-8", "Café crème")])
def test_late_non_ascii(encoding: str, text: str) -> None:
    data = b"plain ascii line\n" * 100_000 + text.encode(encoding) + b"\n"
    result = decode(data)
    assert result.text.endswith(text + "\n")
    assert result.encoding == encoding


def test_late_viscii() -> None:
    data = b"plain ascii line\n" * 50_000 + encode_vn(VIETNAMESE, "viscii")
    result = decode(data)
    assert (result.encoding, result.text.endswith(VIETNAMESE)) == ("viscii", True)


def test_short_multibyte_text_is_not_taken_for_latin() -> None:
    with pytest.raises(DecodeError):
        decode("日本".encode("shift_jis"))  # four bytes: no detector can tell


def test_late_shift_jis() -> None:
    tail = ("日本語のテキストです。東京で会議が開かれました。\n" * 20).encode("shift_jis")
    data = b"plain ascii line\n" * 50_000 + tail
    assert decode(data).text.endswith(tail.decode("shift_jis"))


def test_sample_is_bounded_and_sees_late_bytes() -> None:
    data = b"a" * 3_000_000 + "é".encode() + b"b" * 1_000_000
    sample = sample_bytes(data)
    assert len(sample) <= SAMPLE_SIZE
    assert "é".encode() in sample


def test_double_mojibake_repaired() -> None:
    twice = "Hội nghị".encode().decode("cp1252").encode().decode("cp1252").encode()
    result = decode(twice)
    assert (result.text, result.mojibake_repaired) == ("Hội nghị", True)
    assert decode(twice, repair_mojibake=False).text != "Hội nghị"


@pytest.mark.parametrize(
    "text",
    [
        FRENCH,
        VIETNAMESE,
        "Größere Äpfel für Jürgen, sagte er über München.",
        "¿Dónde está el niño? ¡Mañana iremos a España!",
        "NÃO É POSSÍVEL: SÃO PAULO E MARANHÃO.",
        "CAFÉ… PERÚ” — Ærø, Øresund, Åland.",
    ],
)
def test_correct_text_unchanged(text: str) -> None:
    result = decode(text.encode())
    assert (result.text, result.mojibake_repaired) == (text, False)


def test_forced_encoding() -> None:
    assert decode("café".encode("cp1252"), encoding="latin-1").text == "café"
    assert decode(encode_vn(VIETNAMESE, "vni"), encoding="VNI").text == VIETNAMESE
    result = decode(codecs.BOM_UTF8 + b"x", encoding="utf-8")
    assert (result.text, result.had_bom) == ("x", True)
    assert decode(codecs.BOM_UTF16_LE + "x".encode("utf-16-le"), encoding="utf-16").text == "x"


def test_forced_encoding_that_fails_is_replaced() -> None:
    result = decode(b"caf\xe9 ok", encoding="utf-8")
    assert result.text == "caf\ufffd ok"
    assert len(result.warnings) == 1


@pytest.mark.parametrize("name", ["klingon", "base64"])
def test_unknown_encoding(name: str) -> None:
    with pytest.raises(DecodeError) as error:
        decode(b"abc", encoding=name)
    assert str(error.value) == (
        f"unknown encoding {name!r}; see `python -m codecs` names / artclean detect"
    )


def test_low_confidence_refuses() -> None:
    with pytest.raises(DecodeError) as error:
        decode("Привет".encode("cp1251"), min_confidence=0.99)
    message = str(error.value)
    assert message.startswith("cannot detect the encoding reliably (confidence 0.")
    assert message.endswith("; pass --encoding NAME")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    try:
        result = decode(data)
    except ArtcleanError:
        return
    assert isinstance(result.text, str)


def test_shared_benchmark() -> None:
    root = SHARED / "bench" / "encodings"
    if not (root / "truth.json").is_file():
        pytest.skip(f"../shared not present: no {root}/truth.json to benchmark against")
    truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    total = correct = 0
    for rel, entry in truth.items():
        if entry["encoding"] == "skip":
            continue
        data = (root / rel).read_bytes()
        total += 1
        try:
            text = decode(data).text
        except ArtcleanError:
            continue
        nfc = unicodedata.normalize
        correct += nfc("NFC", text) == nfc("NFC", data.decode(entry["encoding"]))
    assert correct / total >= 0.995
