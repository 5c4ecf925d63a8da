"""Undo mojibake: UTF-8 text that was decoded as windows-1252, latin-1 or windows-1258.

A UTF-8 sequence read as a single-byte codec becomes a run of 2-4 non-ASCII characters
("é" -> "Ã©", "ộ" -> "á»™").  Each run is encoded back to bytes with that codec and the
valid UTF-8 sequences in it are decoded; this is repeated for text mangled twice.
Characters that are not part of such a run never change, so correct text is left alone.

>>> repair_mojibake("Há»™i nghá»‹")
'Hội nghị'
>>> repair_mojibake("SÃO PAULO, café, Straße")
'SÃO PAULO, café, Straße'
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

MOJIBAKE_MAX_PASSES = 3
"""Text mangled more than three times is not seen in practice; each pass undoes one."""

MOJIBAKE_WEAK_SUPPORT = 2
"""Unambiguous repairs a text needs before ambiguous ones (a capital letter then a closing
quote, rare letters) are made too: on their own those are more often correct text."""

MOJIBAKE_MIN_SHARE = 0.05
"""Mojibake sequences must be at least this share of the text's non-ASCII characters (each
sequence counted as one): text mangled on its way is mangled throughout, while a few odd
sequences in an otherwise correct text are as likely quoted literally, so they are kept."""

MOJIBAKE_MIN_WEAK_ONLY = 3
"""Ambiguous repairs alone are made when there are at least this many (Hebrew or Arabic read
as latin-1 gives only those); correct text does not repeat such coincidences."""

# Punctuation that follows a word: "CAFÉ…" is correct text that also reads as a UTF-8 pair.
_CLOSING_PUNCTUATION = frozenset("’”»…›“‘–—·")
# Code points a two-byte UTF-8 repair may yield only as weak evidence: rare Latin and IPA
# letters, modifiers and combining marks; Armenian to NKo.
_RARE_TWO_BYTE = ((0x0180, 0x0370), (0x0530, 0x0800))

_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


@dataclass(frozen=True)
class _Table:
    """How a single-byte codec maps characters back to bytes: ``to_bytes`` is a
    ``str.translate`` table to latin-1 characters (one character stays one byte, so offsets
    match), ``run`` finds runs of two or more such characters (a UTF-8 sequence is 2-4)."""

    codec: str
    to_bytes: dict[int, str]
    run: re.Pattern[str]


def _table(codec: str) -> _Table:
    to_bytes: dict[int, str] = {}
    for byte in range(0x80, 0x100):
        with contextlib.suppress(UnicodeDecodeError):
            to_bytes[ord(bytes([byte]).decode(codec))] = chr(byte)
    # Bytes the codec leaves undefined come through as C1 controls (latin-1 decoding).
    for byte in range(0x80, 0xA0):
        to_bytes.setdefault(byte, chr(byte))
    return _Table(codec, to_bytes, _run_of(map(chr, to_bytes)))


def _run_of(chars: Iterable[str]) -> re.Pattern[str]:
    # "[...][...]+" rather than "[...]{2,}": the same matches, but the regex engine then
    # skips ahead with the class alone, which is several times faster.
    char_class = f"[{re.escape(''.join(sorted(chars)))}]"
    return re.compile(f"{char_class}{char_class}+")


# windows-1252 plus latin-1's C1 controls covers both of those codecs; windows-1258 differs in
# 0xC3, 0xCC, 0xD0, 0xD2, 0xD5, 0xDD, 0xDE, 0xE3, 0xEC, 0xF0, 0xF2, 0xF5, 0xFD and some 0x8x/0x9x.
_TABLES = (_table("cp1252"), _table("cp1258"))
# A run for any of the tables: one scan rules out most texts for all tables at once.
_ANY_RUN = _run_of({char for table in _TABLES for char in map(chr, table.to_bytes)})


@dataclass(frozen=True)
class _Repair:
    start: int
    end: int
    text: str
    strong: bool


def _is_strong(original: str, repaired: str) -> bool:
    if any(unicodedata.category(ch)[0] == "C" for ch in repaired):
        return False
    if len(original) != 2:
        return True
    code = ord(repaired)
    if any(low <= code < high for low, high in _RARE_TWO_BYTE):
        return False
    return not (original[0].isupper() and original[1] in _CLOSING_PUNCTUATION)


def _candidates(text: str, table: _Table) -> list[_Repair]:
    repairs = []
    for run in table.run.finditer(text):
        raw = run.group().translate(table.to_bytes).encode("latin-1")
        for seq in _UTF8_SEQUENCE.finditer(raw):
            start, end = run.start() + seq.start(), run.start() + seq.end()
            repaired = seq.group().decode("utf-8")
            repairs.append(_Repair(start, end, repaired, _is_strong(text[start:end], repaired)))
    return repairs


def mojibake_score(text: str) -> int:
    """The number of character runs that read as UTF-8 decoded with the wrong codec.

    >>> mojibake_score("Ã©tÃ©"), mojibake_score("été")
    (2, 0)
    """
    return max(len(_candidates(text, table)) for table in _TABLES)


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _c1_as_bytes(error: UnicodeError) -> tuple[bytes, int]:
    """Encoding error handler: C1 controls (what latin-1, or a lenient windows-1252, makes of
    bytes 0x80-0x9F) go back to those bytes."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chars = error.object[error.start : error.end]
    if not all("\x80" <= ch <= "\x9f" for ch in chars):
        raise error
    return chars.encode("latin-1"), error.end


# Registering the same function under a private name again is harmless.
codecs.register_error("artclean-c1", _c1_as_bytes)


def _whole_text(text: str, table: _Table) -> str | None:
    """The repair when the whole text is UTF-8 read with one codec (the usual case of a text
    mangled on its way), done in one strict encoding and decoding; None otherwise."""
    try:
        repaired = text.encode(table.codec, errors="artclean-c1").decode("utf-8")
    except UnicodeError:
        return None
    # With this many sequences the per-sequence path would take them all as well.
    if repaired != text and _non_ascii(repaired) >= MOJIBAKE_MIN_WEAK_ONLY:
        return repaired
    return None


def _dense_enough(text: str, repairs: list[_Repair]) -> bool:
    mangled = sum(repair.end - repair.start for repair in repairs)
    other = _non_ascii(text) - mangled
    return len(repairs) >= MOJIBAKE_MIN_SHARE * (len(repairs) + other)


def _repair_once(text: str) -> str:
    for table in _TABLES:
        if not table.run.search(text):
            continue
        whole = _whole_text(text, table)
        if whole is not None and mojibake_score(whole) < _non_ascii(whole):
            return whole
        repairs = _candidates(text, table)
        strong = sum(1 for repair in repairs if repair.strong)
        take_all = strong >= MOJIBAKE_WEAK_SUPPORT or len(repairs) >= MOJIBAKE_MIN_WEAK_ONLY
        keep = [r for r in repairs if r.strong or take_all]
        if not keep or not _dense_enough(text, keep):
            continue
        parts, pos = [], 0
        for repair in keep:
            parts += [text[pos : repair.start], repair.text]
            pos = repair.end
        parts.append(text[pos:])
        candidate = "".join(parts)
        if mojibake_score(candidate) < len(repairs):
            return candidate
    return text


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as windows-1252, latin-1 or windows-1258, once or several times.

    >>> repair_mojibake("IÃ±tÃ«rnÃ¢tiÃ´nÃ\\xa0lizÃ¦tiÃ¸n")
    'Iñtërnâtiônàlizætiøn'
    >>> repair_mojibake("HÃ¡Â»â„¢i")
    'Hội'
    """
    if text.isascii() or not _ANY_RUN.search(text):
        return text
    for _ in range(MOJIBAKE_MAX_PASSES):
        repaired = _repair_once(text)
        if repaired == text:
            break
        text = repaired
    return text
