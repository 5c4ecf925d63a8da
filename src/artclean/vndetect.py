"""Detect Vietnamese legacy encodings (VISCII, TCVN3, VNI, windows-1258).

chardet knows none of them, and every one of them decodes any byte string, so the test is
whether the decoded text reads as Vietnamese: the share of words with diacritics that are
valid Vietnamese syllables (initial consonant, vowel nucleus, final consonant, one tone).

>>> is_vietnamese_syllable("nghiêng"), is_vietnamese_syllable("được"), is_vietnamese_syllable("été")
(True, True, False)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from .vncodecs import decode_vn

VN_MIN_VALID_SHARE = 0.85
"""Share of diacritic words that must be valid syllables: correct Vietnamese text scores
above 0.95, a wrong Vietnamese codec or a European text read as one scores below 0.5."""

VN_MIN_SPECIFIC_WORDS = 1
"""Valid syllables with a letter outside windows-1252 needed: without one, the text is as
well explained by a Western encoding (French "là" is also a Vietnamese syllable).  One is
enough for a title like "Việt Nam" because the syllable test is strict."""

VN_MIN_SPECIFIC_SHARE = 0.25
"""Share of diacritic words that must use Vietnamese-only letters (ơ, ư, ạ, ...)."""


def _words(text: str) -> list[str]:
    return text.split()


_INITIALS = _words("ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n r s t v x")
# Vowel nuclei by what may follow: those ending in a glide take no final consonant, ă, â and
# the diphthongs iê, yê, uô, ươ need one.
_OPEN_NUCLEI = _words("a e ê i o ô ơ u ư y oa oe uê uơ uy")
_CLOSED_NUCLEI = _words(
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu yêu oai oao oay oeo uây "
    "uôi ươi ươu uya uyu"
)
_CHECKED_NUCLEI = _words("ă â iê yê uô ươ oă uâ uyê")
_FINALS = _words("ch nh ng c m n p t")


def _alternatives(items: list[str]) -> str:
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


_SYLLABLE = re.compile(
    _alternatives(_INITIALS)
    + "?(?:"
    + f"{_alternatives(_CLOSED_NUCLEI)}|{_alternatives(_OPEN_NUCLEI)}{_alternatives(_FINALS)}?"
    + f"|{_alternatives(_CHECKED_NUCLEI)}{_alternatives(_FINALS)})"
)
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"[^\W\d_]+")
# One-letter words are what random high bytes (CJK double-byte text, symbols) decode to, so
# only the few that are common Vietnamese words count as valid.
_ONE_LETTER_WORDS = frozenset("ởàạừýồờ")


@functools.lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` is a well-formed Vietnamese syllable with at most one tone mark.

    >>> is_vietnamese_syllable("Trường"), is_vietnamese_syllable("Hµi")
    (True, False)
    """
    if word not in (word.lower(), word.upper(), word.capitalize()):
        return False  # "lỔ" is what a wrong code table makes of "là"
    decomposed = unicodedata.normalize("NFD", word.lower())
    toneless = "".join(ch for ch in decomposed if ch not in _TONES)
    if len(decomposed) - len(toneless) > 1:
        return False
    return _SYLLABLE.fullmatch(unicodedata.normalize("NFC", toneless)) is not None


@dataclass(frozen=True)
class VietnameseScore:
    """How Vietnamese a decoded text looks (words with non-ASCII letters only)."""

    words: int
    valid: int
    specific: int

    @property
    def share(self) -> float:
        return self.valid / self.words if self.words else 0.0

    @property
    def plausible(self) -> bool:
        return (
            self.share >= VN_MIN_VALID_SHARE
            and self.specific >= VN_MIN_SPECIFIC_WORDS
            and self.specific >= VN_MIN_SPECIFIC_SHARE * self.words
        )


def _is_western(word: str) -> bool:
    try:
        word.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def score_vietnamese(text: str) -> VietnameseScore:
    """Count the words with non-ASCII letters, the valid syllables among them, and those
    using a letter windows-1252 lacks.

    >>> score_vietnamese("Hội nghị thượng đỉnh, café")
    VietnameseScore(words=5, valid=4, specific=4)
    """
    counts = Counter(
        w for w in _WORD.findall(unicodedata.normalize("NFC", text)) if not w.isascii()
    )
    words = valid = specific = 0
    for word, count in counts.items():
        words += count
        if len(word) == 1 and word not in _ONE_LETTER_WORDS:
            continue
        if is_vietnamese_syllable(word):
            valid += count
            if not _is_western(word):
                specific += count
    return VietnameseScore(words, valid, specific)


def decode_candidate(data: bytes, codec: str) -> str:
    """Decode with one of the Vietnamese candidates; windows-1258 output is composed to NFC."""
    if codec == "cp1258":
        return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    return decode_vn(data, codec)


VN_CANDIDATES = ("cp1258", "viscii", "tcvn3", "vni")

VN_MIN_SHORT_RUN_SHARE = 0.6
"""Share of non-ASCII byte runs of 1-3 bytes needed before scoring: in every Vietnamese
legacy encoding a letter with diacritics is 1-2 bytes between ASCII letters, whereas CJK,
Cyrillic or Greek text has long runs.  The test is cheap and skips most non-Vietnamese data."""

# Maps ASCII bytes to "a" and the others to 0x80, so runs can be counted with bytes.count.
_RUN_TABLE = bytes(0x61 if byte < 0x80 else 0x80 for byte in range(256))


def run_lengths(sample: bytes) -> tuple[int, int, int]:
    """Non-ASCII byte runs, those 4 bytes or longer, and non-ASCII bytes in ``sample``.

    >>> run_lengths(b"caf\\xe9 \\xd0\\xbf\\xd1\\x80\\xd0\\xb8")
    (2, 1, 7)
    """
    marked = b"a" + sample.translate(_RUN_TABLE)
    runs = marked.count(b"a\x80")
    long_runs = marked.count(b"a\x80\x80\x80\x80")
    return runs, long_runs, marked.count(b"\x80")


def _short_run_share(sample: bytes) -> float:
    runs, long_runs, _ = run_lengths(sample)
    return 1 - long_runs / runs if runs else 0.0


def detect_vietnamese(sample: bytes) -> tuple[str, float] | None:
    """The Vietnamese legacy codec that makes ``sample`` read as Vietnamese, with a
    confidence (the valid-syllable share), or None.

    >>> from artclean.vncodecs import encode_vn
    >>> detect_vietnamese(encode_vn("Hội nghị thượng đỉnh ở Hà Nội", "viscii"))
    ('viscii', 1.0)
    >>> detect_vietnamese("Le café était déjà là.".encode("cp1252")) is None
    True
    """
    if _short_run_share(sample) < VN_MIN_SHORT_RUN_SHARE:
        return None
    best: tuple[str, VietnameseScore] | None = None
    for codec in VN_CANDIDATES:
        score = score_vietnamese(decode_candidate(sample, codec))
        if score.plausible and (best is None or _rank(score) > _rank(best[1])):
            best = (codec, score)
    if best is None:
        return None
    return best[0], round(best[1].share, 3)


def _rank(score: VietnameseScore) -> tuple[float, int]:
    return (score.share, score.specific)
