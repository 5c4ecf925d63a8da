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

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

MOJIBAKE_MAX_PASSES = 3
"""Text mangled more than three times is not seen in practice; each pass undoes one."""

MOJIBAKE_WEAK_SUPPORT = 2
"""Unambiguous repairs a text needs before ambiguous ones (a capital letter then a closing
quote, rare letters) are made too: on their own those are more often correct text."""

MOJIBAKE_LONE_MAX_CORRECT = 20
"""A single mojibake sequence is repaired only if the text has at most this many correct
non-ASCII characters besides: in a text otherwise written correctly, one odd sequence is
as likely a quoted literal as an accident, so the text is left as it is."""

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
    name: str
    encoding: dict[str, int]
    run: re.Pattern[str]


def _table(codec: str) -> _Table:
    encoding: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        try:
            encoding[bytes([byte]).decode(codec)] = byte
        except UnicodeDecodeError:
            pass
        # Bytes the codec leaves undefined come through as C1 controls (latin-1 decoding).
        encoding.setdefault(chr(byte), byte)
    chars = "".join(sorted(encoding))
    return _Table(codec, encoding, re.compile(f"[{re.escape(chars)}]{{2,}}"))


# windows-1252 plus latin-1's C1 controls covers both of those codecs; windows-1258 differs in
# 0xC3, 0xCC, 0xD0, 0xD2, 0xD5, 0xDD, 0xDE, 0xE3, 0xEC, 0xF0, 0xF2, 0xF5, 0xFD and some 0x8x/0x9x.
_TABLES = (_table("cp1252"), _table("cp1258"))


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


def _candidates(text: str, table: _Table) -> Iterator[_Repair]:
    for run in table.run.finditer(text):
        raw = bytes(table.encoding[ch] for ch in run.group())
        for seq in _UTF8_SEQUENCE.finditer(raw):
            start, end = run.start() + seq.start(), run.start() + seq.end()
            repaired = seq.group().decode("utf-8")
            yield _Repair(start, end, repaired, _is_strong(text[start:end], repaired))


def mojibake_score(text: str) -> int:
    """The number of character runs that read as UTF-8 decoded with the wrong codec.

    >>> mojibake_score("Ã©tÃ©"), mojibake_score("été")
    (2, 0)
    """
    return max(sum(1 for _ in _candidates(text, table)) for table in _TABLES)


def _correct_non_ascii(text: str, repair: _Repair) -> int:
    return len(text) - len(text.encode("ascii", "ignore")) - (repair.end - repair.start)


def _repair_once(text: str) -> str:
    for table in _TABLES:
        repairs = list(_candidates(text, table))
        strong = sum(1 for repair in repairs if repair.strong)
        take_all = strong >= MOJIBAKE_WEAK_SUPPORT or len(repairs) >= MOJIBAKE_MIN_WEAK_ONLY
        keep = [r for r in repairs if r.strong or take_all]
        if not keep or (len(keep) == 1 and _correct_non_ascii(text, keep[0]) > MOJIBAKE_LONE_MAX_CORRECT):
            continue
        parts, pos = [], 0
        for repair in keep:
            parts += [text[pos : repair.start], repair.text]
            pos = repair.end
        parts.append(text[pos:])
        candidate = "".join(parts)
        if mojibake_score(candidate) < mojibake_score(text):
            return candidate
    return text


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as windows-1252, latin-1 or windows-1258, once or several times.

    >>> repair_mojibake("IÃ±tÃ«rnÃ¢tiÃ´nÃ\\xa0lizÃ¦tiÃ¸n")
    'Iñtërnâtiônàlizætiøn'
    >>> repair_mojibake("HÃ¡Â»â„¢i")
    'Hội'
    """
    for _ in range(MOJIBAKE_MAX_PASSES):
        repaired = _repair_once(text)
        if repaired == text:
            break
        text = repaired
    return text
