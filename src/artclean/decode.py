"""Decode article bytes to text, detecting the encoding.

Order: byte-order mark; binary signatures; UTF-16/32 without a BOM (NUL patterns);
ISO-2022 (escape sequences; 7-bit, so also valid UTF-8); binary by control bytes; strict
UTF-8; UTF-8 lines mixed with lines in a legacy encoding, decoded line by line and reported
as ``"utf-8+<codec>"`` such as ``"utf-8+cp1252"`` (see :mod:`artclean.mixed`); UTF-8 with a
few bad bytes; Vietnamese legacy encodings; chardet, corrected (see :mod:`artclean.legacy`).
Detection looks at a bounded sample; strict checks look at all the data (fast, in C).

The text is returned as it is in the file (BOM removed): only windows-1258 and the other
Vietnamese legacy encodings are composed to NFC, since their tone marks would otherwise be
separate characters.  Mojibake (UTF-8 read as windows-1252 and saved again) is repaired.

>>> decode("café".encode("utf-8")).text
'café'
>>> decode(b"\\xef\\xbb\\xbfHi\\r\\n").had_bom, decode(b"Hi\\r\\n").newline
(True, '\\r\\n')
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import replace

from .binary import BINARY_SAMPLE_SIZE, looks_binary, sniff_magic
from .config import DEFAULT_MIN_CONFIDENCE
from .errors import BinaryInputError, DecodeError
from .legacy import decode_with, guess_legacy
from .mixed import decode_mixed
from .model import Decoded
from .mojibake import repair_mojibake as _repair_mojibake
from .vncodecs import canonical_vn_name

SAMPLE_SIZE = 128 * 1024
"""Bytes given to the detectors: enough for chardet to settle, small enough that a large
file costs about one read."""

SAMPLE_CHUNK = 4096
"""Head kept in the sample when the non-ASCII text starts late."""

UTF16_MIN_NUL_SHARE = 0.2
"""Share of NUL bytes at odd (or even) offsets that suggests UTF-16 without a BOM: every
ASCII character (markup, spaces, digits, newlines) has one."""

UTF16_MAX_OTHER_NUL_SHARE = 0.02
"""NUL share allowed at the other parity; binary data and NUL padding have NULs at both."""

UTF16_HIGH_BYTE_SHARE = 0.9
"""Share of the two commonest values among the high bytes for UTF-16 without NULs: text in
one alphabet (Cyrillic, Greek, Hebrew, Arabic, Thai) plus spaces uses two high bytes."""

UTF16_MIN_BYTES = 16
"""Below this, byte statistics say nothing about UTF-16."""

UTF8_EVIDENCE_PER_INVALID = 4
"""Valid multi-byte UTF-8 sequences needed per invalid byte to keep UTF-8: legacy encodings
produce far more invalid bytes than valid sequences."""

UTF8_MAX_REPLACED = 3
"""Up to this many invalid bytes are replaced with U+FFFD (corruption); more, in text that is
clearly UTF-8, are a pasted windows-1252 part and are decoded as such."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ISO2022 = (
    ((b"\x1b$)C",), ("iso2022_kr",)),
    (
        (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b(I", b"\x1b$(D", b"\x1b$(O", b"\x1b$(Q"),
        ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext", "iso2022_jp_3", "iso2022_jp_2004"),
    ),
)
_ISO2022_CN = (b"\x1b$)A", b"\x1b$)G", b"\x1b$*H")
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_UNKNOWN_ENCODING = "unknown encoding {name!r}; see `python -m codecs` names / artclean detect"
_ESCAPED = re.compile("[\udc80-\udcff]+")
# ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, punctuation.
_COMMON_ALPHABETS = re.compile(
    "[\t\n\r\x20-\x7e\u00a0-\u024f\u0370-\u06ff\u0900-\u0e7f\u2000-\u206f]"
)
# The high bytes (in UTF-16) of the characters ``_COMMON_ALPHABETS`` accepts: a UTF-16
# guess made without NULs needs every high byte of the head among them.
_COMMON_HIGH_BYTES = bytes([*range(0x00, 0x07), *range(0x09, 0x0F), 0x20])
# Controls, surrogates, private use and noncharacters: what a wrong UTF-16 guess yields.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\ud800-\uf8ff\ufdd0-\ufdef\ufffe\uffff]")

# What a user can do about a binary input, appended to every refusal.
_BINARY_HINT = "; pass a text file (convert PDFs and documents to text first)"


def detect_newline(text: str) -> str:
    """The line ending used: ``"\\n"``, ``"\\r\\n"``, ``"\\r"``, or ``"mixed"`` (``"\\n"`` if none).

    >>> detect_newline("a\\r\\nb\\r\\n"), detect_newline("a\\nb\\r\\n"), detect_newline("ab")
    ('\\r\\n', 'mixed', '\\n')
    """
    if "\r" not in text:  # one fast scan settles the usual case
        return "\n"
    crlf = text.count("\r\n")
    counts = {"\r\n": crlf, "\r": text.count("\r") - crlf, "\n": text.count("\n") - crlf}
    used = [newline for newline, count in counts.items() if count]
    if not used:
        return "\n"
    return used[0] if len(used) == 1 else "mixed"


def sample_bytes(data: bytes, size: int = SAMPLE_SIZE) -> bytes:
    """A bounded, contiguous sample of ``data`` for detection.

    It is the head, unless the first non-ASCII byte comes late: then a little of the head
    and the text from the line of that first non-ASCII byte on, so late accents are seen.
    Pieces start and end at line breaks so that no multi-byte character is cut.

    >>> sample = sample_bytes(b"a" * 1_000_000 + "é".encode() + b"b" * 1_000_000)
    >>> len(sample) <= SAMPLE_SIZE, "é".encode() in sample
    (True, True)
    """
    if len(data) <= size:
        return data
    match = _NON_ASCII.search(data)
    first = match.start() if match else 0
    if first < size // 2:
        return _cut_at_line(data[:size])
    line_start = data.rfind(b"\n", max(0, first - SAMPLE_CHUNK), first) + 1 or first
    head = _cut_at_line(data[:SAMPLE_CHUNK])
    return head + _cut_at_line(data[line_start : line_start + size - len(head)])


def _cut_at_line(piece: bytes) -> bytes:
    end = piece.rfind(b"\n")
    return piece[: end + 1] if end > len(piece) // 2 else piece


def _concentration(values: bytes) -> float:
    """The share of the two most frequent byte values."""
    # One counting pass in C, instead of one bytes.count pass per distinct value.
    top = Counter(values).most_common(2)
    return sum(count for _, count in top) / len(values) if values else 0.0


def _common_high_bytes(high: bytes) -> bool:
    """Whether every byte could be the high byte of a character in the common alphabets."""
    return not high.translate(None, _COMMON_HIGH_BYTES)


def _sniff_utf16_32(data: bytes) -> str | None:
    """UTF-16 or UTF-32 without a BOM, from where the NUL bytes (or the repeated high bytes
    of one script's block, as 0x04 for Cyrillic) fall; confirmed by a strict decoding."""
    head = data[: BINARY_SAMPLE_SIZE - BINARY_SAMPLE_SIZE % 4]
    if len(head) < 4:
        return None
    candidates: list[tuple[str, bool]] = []  # (codec, found without NULs)
    if len(data) % 4 == 0:
        if not any(head[3::4]) and any(head[0::4]):
            candidates.append(("utf-32-le", False))
        if not any(head[0::4]) and any(head[3::4]):
            candidates.append(("utf-32-be", False))
    if len(data) % 2 == 0:
        half = len(head) // 2
        even, odd = head[0::2], head[1::2]
        even_nul, odd_nul = even.count(0) / half, odd.count(0) / half
        if odd_nul >= UTF16_MIN_NUL_SHARE and even_nul <= UTF16_MAX_OTHER_NUL_SHARE:
            candidates.append(("utf-16-le", False))
        if even_nul >= UTF16_MIN_NUL_SHARE and odd_nul <= UTF16_MAX_OTHER_NUL_SHARE:
            candidates.append(("utf-16-be", False))
        if len(head) >= UTF16_MIN_BYTES and not candidates:
            # Counting byte values is the slow part; a high byte outside the common alphabets
            # (in most text, any letter) fails the alphabet check below anyway, so skip it.
            if _common_high_bytes(odd) and (
                _concentration(odd) >= UTF16_HIGH_BYTE_SHARE > _concentration(even)
            ):
                candidates.append(("utf-16-le", True))
            if _common_high_bytes(even) and (
                _concentration(even) >= UTF16_HIGH_BYTE_SHARE > _concentration(odd)
            ):
                candidates.append(("utf-16-be", True))
    for codec, without_nuls in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _NOT_TEXT.search(text[:BINARY_SAMPLE_SIZE]):
            continue
        # Without NULs the byte statistics are weaker: the text must also be in the common
        # alphabets (EUC-JP kana read as UTF-16 give Yi syllables, for one).
        sample = text[:BINARY_SAMPLE_SIZE]
        if without_nuls and len(_COMMON_ALPHABETS.findall(sample)) < len(sample):
            continue
        return codec
    return None


def _iso2022(data: bytes) -> str | None:
    head = data[:SAMPLE_SIZE]
    if b"\x1b" not in head or not data.isascii():
        return None
    for escapes, names in _ISO2022:
        if any(escape in head for escape in escapes):
            for name in names:
                try:
                    data.decode(name)
                except UnicodeDecodeError:
                    continue
                return name
    return None


def _near_utf8(data: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    """UTF-8 with a few invalid bytes: (text, encoding, warnings), or None if it is not."""
    text = data.decode("utf-8", errors="surrogateescape")
    # Each invalid byte became one lone surrogate, which strict UTF-8 encoding drops.
    invalid = len(text) - len(text.encode("utf-8", "ignore").decode("utf-8"))
    valid_multibyte = len(text) - len(text.encode("ascii", "ignore")) - invalid
    if valid_multibyte < UTF8_EVIDENCE_PER_INVALID * invalid:
        return None
    runs = list(_ESCAPED.finditer(text))
    if invalid <= UTF8_MAX_REPLACED:
        offsets = [len(text[: run.start()].encode("utf-8", "surrogateescape")) for run in runs]
        where = ", ".join(str(offset) for offset in offsets)
        plural = "byte" if invalid == 1 else "bytes"
        at = "offset" if len(offsets) == 1 else "offsets"
        fixed = _ESCAPED.sub(lambda m: "\ufffd" * len(m.group()), text)
        return fixed, "utf-8", (f"{invalid} invalid {plural} replaced at {at} {where}",)

    def as_cp1252(match: re.Match[str]) -> str:
        raw = match.group().encode("utf-8", "surrogateescape")
        return raw.decode("cp1252", errors="replace")

    warning = f"{invalid} bytes that are not UTF-8 decoded as windows-1252 (mixed encodings)"
    return _ESCAPED.sub(as_cp1252, text), "utf-8", (warning,)


# Codecs that do not strip a BOM themselves (Python's utf-16/utf-32 do).
_BOM_OF = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}


def _forced(data: bytes, name: str) -> Decoded:
    vn = canonical_vn_name(name)
    try:
        codec = vn or codecs.lookup(name).name
    except LookupError:
        raise DecodeError(_UNKNOWN_ENCODING.format(name=name)) from None
    if codec == "utf-8-sig":
        codec = "utf-8"
    bom = _BOM_OF.get(codec)
    had_bom = False
    if bom and data.startswith(bom):
        data, had_bom = data[len(bom) :], True
    elif codec in ("utf-16", "utf-32"):
        had_bom = any(data.startswith(b) for b, c in _BOMS if c.startswith(codec))
    try:
        text, warnings = decode_with(data, codec)
    except LookupError:  # a bytes-to-bytes codec such as base64
        raise DecodeError(_UNKNOWN_ENCODING.format(name=name)) from None
    return Decoded(text=text, encoding=codec, had_bom=had_bom, warnings=warnings)


def _detect(data: bytes, min_confidence: float) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text, warnings = decode_with(data[len(bom) :], codec)
            return Decoded(text=text, encoding=codec, had_bom=True, warnings=warnings)
    kind = sniff_magic(data)
    if kind:
        raise BinaryInputError(f"{kind}: not a text file{_BINARY_HINT}")
    unicode = _sniff_utf16_32(data)
    if unicode:
        return Decoded(text=data.decode(unicode), encoding=unicode, confidence=0.95)
    iso2022 = _iso2022(data)
    if iso2022:
        return Decoded(text=data.decode(iso2022), encoding=iso2022)
    if looks_binary(data):
        raise BinaryInputError(f"binary data: not a text file{_BINARY_HINT}")
    nuls = data.count(0)
    notes: tuple[str, ...] = (f"{nuls} NUL bytes of padding kept",) if nuls else ()
    if data.isascii():
        if any(escape in data[:SAMPLE_SIZE] for escape in _ISO2022_CN):
            notes += ("looks like ISO-2022-CN, which Python cannot decode; decoded as ASCII",)
        return Decoded(text=data.decode("ascii"), encoding="ascii", warnings=notes)
    try:
        return Decoded(text=data.decode("utf-8"), encoding="utf-8", warnings=notes)
    except UnicodeDecodeError:
        pass
    mixed = decode_mixed(data, min_confidence=min_confidence)
    if mixed:
        return replace(mixed, warnings=notes + mixed.warnings)
    near = _near_utf8(data)
    if near:
        text, codec, warnings = near
        return Decoded(text=text, encoding=codec, confidence=0.9, warnings=notes + warnings)
    guess = guess_legacy(sample_bytes(data), data)
    if guess.confidence < min_confidence:
        raise DecodeError(
            f"cannot detect the encoding reliably (confidence {guess.confidence:.2f}); "
            "pass --encoding NAME"
        )
    text, warnings = decode_with(data, guess.encoding)
    return Decoded(
        text=text,
        encoding=guess.encoding,
        confidence=guess.confidence,
        warnings=notes + guess.notes + warnings,
    )


def decode(
    data: bytes,
    *,
    encoding: str | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    repair_mojibake: bool = True,
) -> Decoded:
    """Decode ``data``; ``encoding`` forces a codec (Python name, or viscii/tcvn3/vni).

    Raises :class:`BinaryInputError` for non-text data and :class:`DecodeError` when the
    encoding is unknown or cannot be detected with ``min_confidence``.

    ``encoding`` in the result is a Python codec name (or viscii/tcvn3/vni), or for a file
    that mixes UTF-8 lines with lines in a legacy codec, ``"utf-8+"`` and that codec.

    >>> decode("Hội nghị".encode("utf-8").decode("cp1252").encode("utf-8")).text
    'Hội nghị'
    >>> decode(b"The caf\\xe9 was open.").encoding
    'cp1252'
    >>> decode(b"").encoding
    'utf-8'
    """
    if encoding is not None:
        result = _forced(data, encoding)
    elif not data:
        return Decoded(text="", encoding="utf-8")
    else:
        result = _detect(data, min_confidence)
    text, repaired, warnings = result.text, False, result.warnings
    if repair_mojibake:
        fixed = _repair_mojibake(text)
        if fixed != text:
            text, repaired = fixed, True
            warnings += ("repaired mojibake (UTF-8 text that had been decoded as windows-1252)",)
    return Decoded(
        text=text,
        encoding=result.encoding,
        confidence=result.confidence,
        had_bom=result.had_bom,
        newline=detect_newline(text),
        mojibake_repaired=repaired,
        warnings=warnings,
    )
