"""Pick a legacy (non-Unicode) encoding: Vietnamese scoring, then chardet, then corrections;
and decode with the codec picked (:func:`decode_with`).

chardet's answer is corrected in three general ways:

- the narrowest codec of a family that decodes the data strictly wins (GB2312 before GBK
  before GB18030, Shift_JIS before CP932), since the differences are the few characters
  the supersets map differently;
- a codec that leaves C1 control characters is replaced by its Windows superset, which maps
  those bytes to punctuation (ISO-8859-1 -> windows-1252, TIS-620 -> windows-874);
- text that is mostly ASCII with isolated accented letters is Western European whatever
  chardet guesses for it (short inputs fool chardet), and windows-1252 and Mac Roman are
  compared by how plausible each decoding reads.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import chardet

from .vncodecs import canonical_vn_name, decode_vn
from .vndetect import detect_vietnamese, run_lengths

LATIN_MIN_SHORT_RUN_SHARE = 0.8
"""Share of non-ASCII byte runs of length 1-3 for text to look Western European: accented
letters come one at a time, while Cyrillic, Greek, Hebrew or CJK words are whole runs."""

LATIN_MIN_PLAUSIBILITY = 0.5
"""Mean plausibility (-1..1) a Western decoding needs before it overrides chardet."""

LATIN_EVIDENCE_CHARS = 5
"""Non-ASCII characters for full confidence in a Western guess; fewer scale it down."""

PLAUSIBILITY_MAX_CHARS = 2000
"""Non-ASCII characters looked at to judge a Western decoding: more changes nothing."""

MULTIBYTE_STRICT_CONFIDENCE = 0.5
"""Confidence given to a multi-byte CJK codec that decodes all the data strictly with at
least MULTIBYTE_MIN_CHARS non-ASCII characters: random bytes rarely do."""

MULTIBYTE_MIN_CHARS = 20
"""Non-ASCII characters needed before a strict multi-byte decoding counts as evidence."""

VN_SAMPLE_SIZE = 16 * 1024
"""Bytes scored for Vietnamese: plenty of syllables, and it keeps four decodings cheap."""

CHARDET_TRUSTED = 0.9
"""A chardet answer at least this confident is kept even when the text looks Western."""

_NARROWER = {
    "gb18030": ("gb2312", "gbk"),
    "gbk": ("gb2312",),
    "cp932": ("shift_jis",),
    "cp949": ("euc_kr",),
    "big5hkscs": ("big5",),
}


def _words(text: str) -> list[str]:
    return text.split()


_MULTIBYTE = frozenset(
    _words(
        "gb2312 gbk gb18030 big5 big5hkscs cp950 shift_jis cp932 euc_jp euc_jis_2004 euc_kr "
        "cp949 johab shift_jis_2004 shift_jisx0213 euc_jisx0213"
    )
)
_C1_SUPERSET = {
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "tis-620": "cp874",
    "iso8859-9": "cp1254",
}
# chardet answers kept as Latin-script candidates (its other Mac and DOS code pages are
# what it says for short inputs, rarely what articles use).
_LATIN_CHOICES = frozenset(
    _words(
        "cp1250 cp1252 cp1254 cp1257 iso8859-1 iso8859-2 iso8859-3 iso8859-4 iso8859-9 "
        "iso8859-10 iso8859-13 iso8859-14 iso8859-15 iso8859-16 mac-roman"
    )
)
_CHARDET_LATIN = _words(
    "windows-1252 iso-8859-1 iso-8859-15 windows-1250 iso-8859-2 windows-1254 iso-8859-9 "
    "windows-1257 iso-8859-13"
)
_COMMON_SYMBOLS = frozenset("’‘“”„–—…€£¥©®°«»¡¿·•§¶±×÷½¼¾™\u00a0")
_NON_ASCII_CHAR = re.compile("[^\x00-\x7f]")
_C1 = re.compile("[\x80-\x9f]")


@dataclass(frozen=True)
class Guess:
    """A legacy codec for the data, how sure, and notes for the user."""

    encoding: str
    confidence: float
    notes: tuple[str, ...] = ()


def _python_name(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _narrowest(data: bytes, codec: str) -> str:
    for narrower in _NARROWER.get(codec, ()):
        if _decodes(data, narrower):
            return narrower
    return codec


def _widen_c1(data: bytes, codec: str) -> str:
    wider = _C1_SUPERSET.get(codec)
    if wider and _C1.search(data.decode(codec, errors="replace")) and _decodes(data, wider):
        return wider
    return codec


def plausibility(text: str) -> float:
    """How plausible the non-ASCII characters of a Western decoding look, from -1 to 1.

    A letter inside a word is plausible unless it is a capital after a small letter; common
    punctuation next to ASCII text is plausible; C1 controls and rare symbols are not.

    >>> plausibility("Blanchard’s café"), plausibility("BlanchardÕs cafŽ")
    (1.0, -1.0)
    """
    total = score = 0
    for match in _NON_ASCII_CHAR.finditer(text):
        pos, ch = match.start(), match.group()
        total += 1
        if total > PLAUSIBILITY_MAX_CHARS:
            total -= 1
            break
        prev = text[pos - 1] if pos else " "
        nxt = text[pos + 1] if pos + 1 < len(text) else " "
        if ch.isalpha():
            if ch.isupper() and prev.isalpha() and prev.islower():
                score -= 1
            elif prev.isalpha() or nxt.isalpha():
                score += 1
        elif ch in _COMMON_SYMBOLS:
            # Punctuation belongs next to ASCII text; in a run of odd characters it is noise.
            if (pos and prev.isascii()) or (pos + 1 < len(text) and nxt.isascii()):
                score += 1
        elif unicodedata.category(ch)[0] in "CSM":
            score -= 1
    return score / total if total else 0.0


def _short_run_share(sample: bytes) -> tuple[float, int]:
    """The share of non-ASCII byte runs that are 1-3 bytes long, and the non-ASCII bytes."""
    runs, long_runs, non_ascii = run_lengths(sample)
    return (1 - long_runs / runs if runs else 0.0), non_ascii


def looks_western(sample: bytes) -> bool:
    """Whether the non-ASCII bytes of ``sample`` come one to three at a time, as accented
    letters of a Western European text do (Cyrillic, Greek or CJK words are long runs).

    >>> looks_western("Le café était plein.".encode("cp1252"))
    True
    >>> looks_western("Всё хорошо".encode("cp1251")), looks_western(b"plain")
    (False, False)
    """
    return _short_run_share(sample)[0] >= LATIN_MIN_SHORT_RUN_SHARE


def _latin_codec(sample: bytes, codec: str | None) -> str | None:
    """chardet's answer if it is a Latin-script codec, else chardet asked again among those."""
    if codec in _LATIN_CHOICES:
        return codec
    return _python_name(chardet.detect(sample, include_encodings=_CHARDET_LATIN)["encoding"])


def _most_plausible(candidates: list[str], sample: bytes) -> tuple[str, float]:
    """The candidate whose decoding is most plausible; ties keep the earlier one."""
    best, best_score = candidates[0], -2.0
    for codec in dict.fromkeys(candidates):
        score = plausibility(sample.decode(codec, errors="replace"))
        if score > best_score:
            best, best_score = codec, score
    return best, best_score


def guess_legacy(sample: bytes, data: bytes) -> Guess:
    """Guess the legacy encoding of ``data`` from ``sample`` (a bounded part of it).

    Strict decoding checks use the whole ``data``.

    >>> guess_legacy(b"D\\xe9j\\xe0 vu", b"D\\xe9j\\xe0 vu").encoding
    'cp1252'
    """
    vietnamese = detect_vietnamese(sample[:VN_SAMPLE_SIZE])
    if vietnamese:
        return Guess(vietnamese[0], vietnamese[1])
    result = chardet.detect(sample)
    codec = _python_name(result.get("encoding"))
    confidence = float(result.get("confidence") or 0.0)
    if codec is not None:
        codec = _widen_c1(data, _narrowest(data, codec))
    # A multi-byte codec that decodes the whole file strictly, over many characters, is an
    # explanation random bytes rarely fit; the Western test below must not overrule it.
    multibyte = codec is not None and _decodes_multibyte(data, codec)
    short_share, non_ascii = _short_run_share(sample)
    if short_share >= LATIN_MIN_SHORT_RUN_SHARE and confidence < CHARDET_TRUSTED and not multibyte:
        latin = _latin_codec(sample, codec)
        # With little evidence no detector tells Latin codecs apart: windows-1252, by far the
        # most common, goes first and wins ties; with enough, chardet's language model does.
        candidates = ["cp1252", "mac-roman"]
        if latin:
            candidates.insert(0 if non_ascii >= LATIN_EVIDENCE_CHARS else 1, latin)
        best, score = _most_plausible(candidates, sample)
        if score >= LATIN_MIN_PLAUSIBILITY or best == codec:
            evidence = min(1.0, non_ascii / LATIN_EVIDENCE_CHARS)
            latin_confidence = max(0.0, score * evidence)
            if best == codec:
                return Guess(best, round(max(confidence, latin_confidence), 3))
            note = (f"chardet said {codec}",) if codec and codec not in _LATIN_CHOICES else ()
            return Guess(best, round(latin_confidence, 3), note)
    if codec is None:
        return Guess("cp1252", 0.0)
    if multibyte:
        confidence = max(confidence, MULTIBYTE_STRICT_CONFIDENCE)
    return Guess(codec, round(confidence, 3))


def _decodes_multibyte(data: bytes, codec: str) -> bool:
    if codec not in _MULTIBYTE:
        return False
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return False
    return len(text) - len(text.encode("ascii", "ignore")) >= MULTIBYTE_MIN_CHARS


def decode_with(data: bytes, codec: str) -> tuple[str, tuple[str, ...]]:
    """Decode with a detected or forced codec: (text, warnings); bytes that ``codec`` does
    not define are replaced with U+FFFD, with a warning.

    Windows-1258 and the other Vietnamese legacy encodings are composed to NFC, since their
    tone marks would otherwise be separate characters.

    >>> decode_with(b"caf\\xe9", "cp1252")
    ('café', ())
    >>> decode_with(b"a\\x81", "cp1252")
    ('a\ufffd', ('1 invalid sequences for cp1252 replaced (first at offset 1)',))
    """
    vn = canonical_vn_name(codec)
    if vn:
        return decode_vn(data, vn), ()
    warnings: tuple[str, ...] = ()
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        warnings = (
            f"{bad} invalid sequences for {codec} replaced (first at offset {error.start})",
        )
    if codec == "cp1258":
        text = unicodedata.normalize("NFC", text)
    return text, warnings
