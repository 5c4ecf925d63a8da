"""Measure each block: the signals the classifier decides on.

Signals are language-aware where a table exists (stopwords) and fall back to
shape (length, punctuation) where it does not.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from .language import stopwords, tokenize
from .lexicon import LexiconHit, match_boilerplate
from .model import Block

# Sentence-final punctuation across scripts, optionally followed by closing quotes/brackets.
_SENTENCE_END = re.compile(r"[.!?…。！？؟।]['\"”’»)\]]*$")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_HANDLE = re.compile(r"(?<!\w)[@#]\w+")
_BULLET = re.compile(r"^(?:[•·▪▫◦‣∙●○■□►▶▸»›→\-*–—+]|\d{1,3}[.)]|\(\d{1,3}\)|[a-zA-Z][.)])\s")
_WORDISH = re.compile(r"\w+")


@dataclass(frozen=True)
class Features:
    """Signals of one block.  Ratios are in 0..1."""

    chars: int
    words: int
    stopword_density: float
    sentence_end: bool
    commas: int
    url_count: int
    email_count: int
    handle_count: int
    digit_ratio: float
    symbol_count: int
    capitalised_ratio: float
    bullet: bool
    repeats: int
    lexicon: LexiconHit | None

    def signals(self) -> tuple[tuple[str, float], ...]:
        """The numeric signals, for ``--explain``."""
        return (
            ("chars", float(self.chars)),
            ("words", float(self.words)),
            ("stopword_density", round(self.stopword_density, 3)),
            ("sentence_end", float(self.sentence_end)),
            ("urls", float(self.url_count)),
            ("symbols", float(self.symbol_count)),
            ("capitalised_ratio", round(self.capitalised_ratio, 3)),
            ("repeats", float(self.repeats)),
        )


def repeat_key(text: str) -> str:
    """The form under which two lines count as the same line.

    >>> repeat_key("  Share  this: ") == repeat_key("share this")
    True
    """
    return " ".join(_WORDISH.findall(text.casefold()))


def _symbol_count(text: str) -> int:
    # Emoji, dingbats and other pictographs: rare in prose, common in promo taglines.
    return sum(1 for char in text if ord(char) > 0x2000 and unicodedata.category(char) in ("So", "No"))


def _capitalised_ratio(tokens_raw: list[str]) -> float:
    cased = [token for token in tokens_raw if token[:1].isalpha() and token[:1].lower() != token[:1].upper()]
    if not cased:
        return 0.0
    return sum(1 for token in cased if token[0].isupper()) / len(cased)


def measure(
    blocks: tuple[Block, ...], language: str | None, extra_boilerplate: tuple[str, ...] = ()
) -> tuple[Features, ...]:
    """Measure every block; repetition is counted over the whole document."""
    repeat_counts = Counter(repeat_key(block.text) for block in blocks)
    words_of_language = stopwords(language) if language else frozenset()
    measured: list[Features] = []
    for block in blocks:
        text = block.text
        tokens = tokenize(text)
        stop_hits = sum(1 for token in tokens if token in words_of_language)
        digits = sum(1 for char in text if char.isdigit())
        measured.append(
            Features(
                chars=len(text),
                words=len(tokens),
                stopword_density=stop_hits / len(tokens) if tokens else 0.0,
                sentence_end=bool(_SENTENCE_END.search(text)),
                commas=text.count(",") + text.count("،") + text.count("、") + text.count("，"),
                url_count=len(_URL.findall(text)),
                email_count=len(_EMAIL.findall(text)),
                handle_count=len(_HANDLE.findall(text)),
                digit_ratio=digits / len(text),
                symbol_count=_symbol_count(text),
                capitalised_ratio=_capitalised_ratio(text.split()),
                bullet=bool(_BULLET.match(text)),
                repeats=repeat_counts[repeat_key(text)],
                lexicon=match_boilerplate(text, extra_boilerplate),
            )
        )
    return tuple(measured)
