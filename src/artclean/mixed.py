"""Decode a file that mixes UTF-8 lines with lines in one legacy encoding.

A UTF-8 article with paragraphs pasted from a windows-1252 (or windows-1251, windows-1258...)
document is in neither encoding: read whole with the legacy codec, its UTF-8 part becomes
mojibake ("TiÃªu Ä‘á»" for "Tiêu đề"); read as UTF-8, its legacy part is lost.  So the line
(split on ``\\n``) is the unit: a line that is valid UTF-8 is decoded as UTF-8, and the other
lines with the legacy codec detected on those lines alone.  ``Decoded.encoding`` is then
``"utf-8+"`` and that codec, for example ``"utf-8+cp1252"``.

A file in one legacy encoding can have lines that happen to be valid UTF-8 (two GB2312
characters can be two Cyrillic letters in UTF-8), so the UTF-8 lines are only taken as
UTF-8 when, together, they read better in UTF-8 than in the legacy codec: a file all in
one encoding is decoded as before.  For the same reason a UTF-8 line in a file whose other
lines are in a multi-byte (CJK) codec that reads it plausibly too stays in that codec.

>>> data = "Tiêu đề\\n".encode() + "L'été à côté, déjà.\\n".encode("cp1252")
>>> result = decode_mixed(data, min_confidence=0.1)
>>> result.text, result.encoding, result.warnings
("Tiêu đề\\nL'été à côté, déjà.\\n", 'utf-8+cp1252', ('mixed encodings: 1 line decoded as cp1252',))
>>> decode_mixed("L'été à côté, déjà.".encode("cp1252"), min_confidence=0.1) is None
True
"""

from __future__ import annotations

import re
import unicodedata

from .legacy import Guess, decode_with, guess_legacy, looks_western, plausibility
from .model import Decoded

MIXED_MIN_UTF8_CHARS = 3
"""Non-ASCII characters the valid UTF-8 lines need for a mixed decoding: a short title such
as "Tiêu đề" has three; one or two can be chance in a legacy file."""

MIXED_MIN_INVALID_BYTES = 4
"""Bytes that are not UTF-8 the other lines need: with fewer (at most
``decode.UTF8_MAX_REPLACED``) they are corruption in a UTF-8 file and are replaced."""

MIXED_LINE_EVIDENCE_PER_INVALID = 4
"""Valid multi-byte UTF-8 characters per invalid byte for a line with invalid bytes to stay
UTF-8 (its bad bytes replaced): as ``decode.UTF8_EVIDENCE_PER_INVALID``, for one line."""

MIXED_MIN_PLAUSIBILITY = 0.5
"""Plausibility (-1..1, see :func:`artclean.legacy.plausibility`) the UTF-8 lines need, read
as UTF-8, and they must also read better so than in the legacy codec."""

MIXED_SAMPLE_SIZE = 128 * 1024
"""Bytes of the legacy lines (and of the UTF-8 lines) given to the detectors."""

_ESCAPED = re.compile("[\udc80-\udcff]+")
_VALID_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")

# What a line is: clean UTF-8 (ASCII included), UTF-8 with a few bad bytes, or legacy.
_UTF8, _DAMAGED, _LEGACY = range(3)


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _classify(line: str) -> tuple[int, int]:
    """The kind of a line decoded with ``surrogateescape`` (each byte that is not UTF-8 then
    is one lone surrogate), and its invalid bytes."""
    if line.isascii():
        return _UTF8, 0
    # Strict encoding drops the lone surrogates; surrogateescape turns each back into a byte.
    invalid = len(line.encode("utf-8", "surrogateescape")) - len(line.encode("utf-8", "ignore"))
    if not invalid:
        return _UTF8, 0
    valid = _non_ascii(line) - invalid
    if valid >= MIXED_LINE_EVIDENCE_PER_INVALID * invalid:
        return _DAMAGED, invalid
    return _LEGACY, invalid


def _utf8_lines(text: str) -> list[str]:
    """The lines of ``text`` (decoded with ``surrogateescape``) that are UTF-8, perhaps with
    a few bad bytes, and not ASCII."""
    lines: list[str] = []
    pos = 0
    while match := _VALID_NON_ASCII.search(text, pos):
        start = text.rfind("\n", pos, match.start()) + 1 or pos
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        if _classify(line)[0] != _LEGACY:
            lines.append(line)
        pos = end + 1
    return lines


def _head(lines: list[str], size: int) -> bytes:
    """The first lines, back in bytes, up to about ``size`` bytes."""
    out: list[bytes] = []
    total = 0
    for line in lines:
        if total >= size:
            break
        raw = line.encode("utf-8", "surrogateescape")
        out.append(raw)
        total += len(raw) + 1
    return b"\n".join(out)


def _plausible_utf8(lines: list[str]) -> tuple[bytes, float] | None:
    """The UTF-8 lines (bounded, as bytes) and how plausible they read, if they are evidence
    enough: real text, not chance sequences (which mix scripts, marks and symbols)."""
    if sum(map(_non_ascii, lines)) < MIXED_MIN_UTF8_CHARS:
        return None
    sample = _head(lines, MIXED_SAMPLE_SIZE)
    score = plausibility(unicodedata.normalize("NFC", sample.decode("utf-8", "replace")))
    return (sample, score) if score >= MIXED_MIN_PLAUSIBILITY else None


def _legacy_codec(sample: bytes, data: bytes, min_confidence: float) -> Guess | None:
    """The codec of the legacy lines (``sample`` a bounded part of ``data``), if any."""
    guess = guess_legacy(sample, data)
    if not looks_western(sample) or guess.encoding == "cp1252":
        return guess if guess.confidence >= min_confidence else None
    # A few pasted lines are little evidence, and windows-1252 is by far the most common
    # Western codec: it wins unless the other reads better, and when nothing was detected.
    cp1252 = plausibility(sample.decode("cp1252", "replace"))
    other = plausibility(decode_with(sample, guess.encoding)[0])
    if guess.confidence < min_confidence or cp1252 >= other:
        return Guess("cp1252", guess.confidence)
    return guess


def decode_mixed(data: bytes, *, min_confidence: float) -> Decoded | None:
    """``data`` decoded line by line, if it mixes UTF-8 lines and legacy lines; else None.

    Call it on data that is not valid UTF-8.  The legacy codec is detected on the legacy
    lines only; when its confidence is below ``min_confidence``, Western text (a few
    accented letters among ASCII) is read as windows-1252 and other text gives None.
    Lines that are UTF-8 with a few bad bytes keep them replaced by U+FFFD, with a warning.
    """
    text = data.decode("utf-8", "surrogateescape")
    # Cheap test first, in C: a legacy file has next to no valid multi-byte UTF-8.
    invalid = len(text) - len(text.encode("utf-8", "ignore").decode("utf-8"))
    if _non_ascii(text) - invalid < MIXED_MIN_UTF8_CHARS:
        return None
    utf8 = _plausible_utf8(_utf8_lines(text))
    if utf8 is None:
        return None
    lines = text.split("\n")
    kinds: list[int] = []
    legacy_lines: list[str] = []
    invalid = 0
    for line in lines:
        kind, bad = _classify(line)
        kinds.append(kind)
        if kind == _LEGACY:
            legacy_lines.append(line)
            invalid += bad
    if invalid < MIXED_MIN_INVALID_BYTES:
        return None
    legacy_data = b"\n".join(line.encode("utf-8", "surrogateescape") for line in legacy_lines)
    guess = _legacy_codec(_head(legacy_lines, MIXED_SAMPLE_SIZE), legacy_data, min_confidence)
    if guess is None:
        return None
    utf8_sample, utf8_score = utf8
    as_legacy = decode_with(utf8_sample, guess.encoding)[0]
    if plausibility(unicodedata.normalize("NFC", as_legacy)) >= utf8_score:
        return None
    return _assemble(lines, kinds, legacy_data, guess)


def _assemble(lines: list[str], kinds: list[int], legacy_data: bytes, guess: Guess) -> Decoded:
    codec = guess.encoding
    legacy_text, legacy_warnings = decode_with(legacy_data, codec)
    decoded = legacy_text.split("\n")
    count = kinds.count(_LEGACY)
    if len(decoded) != count:  # a codec that maps a byte to a newline: line by line
        decoded = [
            decode_with(line.encode("utf-8", "surrogateescape"), codec)[0]
            for line, kind in zip(lines, kinds, strict=True)
            if kind == _LEGACY
        ]
    legacy = iter(decoded)
    out: list[str] = []
    for line, kind in zip(lines, kinds, strict=True):
        if kind == _LEGACY:
            out.append(next(legacy))
        elif kind == _DAMAGED:
            out.append(_ESCAPED.sub(lambda m: "\ufffd" * len(m.group()), line))
        else:
            out.append(line)
    plural = "line" if count == 1 else "lines"
    warnings = (*guess.notes, f"mixed encodings: {count} {plural} decoded as {codec}")
    if _DAMAGED in kinds:
        warnings += (_replaced_warning(lines, kinds),)
    if legacy_warnings:
        bad = legacy_text.count("\ufffd")
        warnings += (f"{bad} invalid sequences for {codec} replaced in the {codec} lines",)
    return Decoded(
        text="\n".join(out),
        encoding=f"utf-8+{codec}",
        confidence=guess.confidence,
        warnings=warnings,
    )


def _replaced_warning(lines: list[str], kinds: list[int]) -> str:
    """The warning for the bytes replaced in UTF-8 lines, with the first one's offset."""
    first = kinds.index(_DAMAGED)
    offset = sum(len(line.encode("utf-8", "surrogateescape")) + 1 for line in lines[:first])
    match = _ESCAPED.search(lines[first])
    if match:  # always: a damaged line has bad bytes
        offset += len(lines[first][: match.start()].encode("utf-8", "surrogateescape"))
    replaced = sum(
        len("".join(_ESCAPED.findall(line)))
        for line, kind in zip(lines, kinds, strict=True)
        if kind == _DAMAGED
    )
    what = "byte" if replaced == 1 else "bytes"
    return f"{replaced} invalid {what} in UTF-8 lines replaced (first at offset {offset})"
