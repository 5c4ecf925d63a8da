"""Measure each block: the signals the classifier decides on.

Signals are language-aware where a table exists (stopwords) and fall back to
shape (length, punctuation) where it does not.  Every measure is linear in the
line and cheap checks (is there a ``.``, an ``@``, a ``:`` at all?) skip the
regular expressions on most lines, since this runs once per input line.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from itertools import compress, repeat
from operator import itemgetter
from typing import NamedTuple

from .language import stopwords, tokenize
from .lexicon import LexiconHit, match_boilerplate, match_extra
from .mail import MAIL_HIT, mail_headers
from .model import Block
from .printmargins import COUNTER_HIT, MARGIN_HIT, article_counters, print_margins

# Sentence-final punctuation across scripts, optionally followed by closing quotes/brackets.
# Closing quotes and brackets may follow, French ones after a space ("... tout. »"),
# German ones as “ and ‘ ("... gesagt.“").
_SENTENCE_END = re.compile(r"[.!?…。！？؟।](?:[ \u00a0\u202f]?[)\]'\"”’»“‘›」』])*$")
_WORD = re.compile(r"\w+")
_FINAL_PUNCTUATION = frozenset(".!?…。！？؟।")
# What may follow it: closing quotes and brackets (and a line end, for ``$``).
_AFTER_FINAL = frozenset(")]'\"”’»“‘›」』\n")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_HANDLE = re.compile(r"(?<!\w)[@#]\w+")
_BULLET = re.compile(r"^(?:[•·▪▫◦‣∙●○■□►▶▸»›→\-*–—+]|\d{1,3}[.)]|\(\d{1,3}\)|[a-zA-Z][.)])\s")
# A clock time ("6:44 am", "18:05"): comment headers and listings carry one.
_CLOCK = re.compile(
    r"(?<![\d:])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d:])(?:\s*[ap]\.?m\b)?", re.IGNORECASE
)
# Part of every ``_CLOCK`` match: starting with a digit, it is found by a fast
# scan, while ``_CLOCK`` (starting with a lookbehind) is tried at every position.
_CLOCK_HINT = re.compile(r"\d[:.h][0-5]\d", re.IGNORECASE)
# Blocks of pictographs and dingbats; the category check below confirms each hit.
_PICTOGRAPH = re.compile("[\u2100-\u27bf\u2900-\u2bff\u3200-\u33ff\U0001f000-\U0001faff]")
_WIDE = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
_DIGIT_BYTES = b"0123456789"
# ASCII bytes by class for capitalised_ratio: whitespace (as str.split sees it) to
# " ", capitals to "U", small letters to "l", anything else to ".".
_ASCII_CLASSES = (
    bytes(
        ord(" " if char.isspace() else "U" if char.isupper() else "l" if char.islower() else ".")
        for char in map(chr, range(128))
    )
    + b"." * 128
)
_COMMAS = (",", "،", "、", "，")
_FIRST_CHAR = itemgetter(0)
_KEY = itemgetter(0)
_FEATURES = itemgetter(1)

CLOCK_MAX_CHARS = 120
"""Only lines shorter than this are checked for a time of day: the signal
marks headers (comment stamps, listings), not times quoted in prose."""


# A NamedTuple rather than a frozen dataclass: as immutable, but built about five
# times faster (no ``object.__setattr__`` per field), and this runs once per line.
class Features(NamedTuple):
    """Signals of one block.  Ratios are in 0..1.

    ``size`` is the length in characters with each Han, kana and Hangul
    character counted three times (one carries about as much text as three
    letters), so length thresholds hold across scripts.  ``clock`` says
    whether the line carries a time of day; ``url_chars`` how many of its
    characters are in URLs.
    """

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
    clock: bool = False
    size: int = 0
    url_chars: int = 0

    def signals(self) -> tuple[tuple[str, float], ...]:
        """The numeric signals, for ``--explain``."""
        return (
            ("chars", float(self.chars)),
            ("size", float(self.size)),
            ("words", float(self.words)),
            ("stopword_density", round(self.stopword_density, 3)),
            ("sentence_end", float(self.sentence_end)),
            ("urls", float(self.url_count)),
            ("symbols", float(self.symbol_count)),
            ("capitalised_ratio", round(self.capitalised_ratio, 3)),
            ("repeats", float(self.repeats)),
        )


# ASCII bytes for splitting a line into the words of its repeat key: word
# characters (what ``\w`` matches in ASCII) kept, capitals lower-cased (which
# is what casefold does to ASCII), anything else a space.
_ASCII_WORD_BYTES = bytes(
    ord(char.lower()) if char.isalnum() or char == "_" else ord(" ")
    for char in map(chr, range(128))
) + bytes(range(128, 256))


def ascii_key_words(text: str) -> list[str]:
    """The words of ``repeat_key(text)`` for an ASCII ``text``, split in C without
    the regular expression (about twice as fast).

    >>> ascii_key_words("  Share  this: it_s 2 GOOD-deals")
    ['share', 'this', 'it_s', '2', 'good', 'deals']
    """
    return text.encode().translate(_ASCII_WORD_BYTES).decode().split()


# Several steps key lines this way (title and headline search, duplicates),
# each over every line of the page: the cache computes each key once.
@functools.lru_cache(maxsize=16384)
def repeat_key(text: str) -> str:
    """The form under which two lines count as the same line.

    >>> repeat_key("  Share  this: ") == repeat_key("share this")
    True
    >>> repeat_key("It's 2 GOOD-deals_x"), repeat_key("Ça va, MÜNCHEN?")
    ('it s 2 good deals_x', 'ça va münchen')
    """
    if text.isascii():
        # Most lines: the words split in C, about twice as fast as the expression.
        return " ".join(ascii_key_words(text))
    return " ".join(_WORD.findall(text.casefold()))


def symbol_count(text: str) -> int:
    """Emoji, dingbats and other pictographs: rare in prose, common in promo taglines.

    >>> symbol_count("Tin nóng ⭐ mỗi ngày ✔️ ①"), symbol_count("Plain text, 3 € only")
    (3, 0)
    """
    if text.isascii():
        return 0
    return sum(
        1 for char in _PICTOGRAPH.findall(text) if unicodedata.category(char) in ("So", "No")
    )


def capitalised_ratio(text: str) -> float:
    """The share of cased words that start with a capital letter.

    >>> capitalised_ratio("Home News World Sport"), capitalised_ratio("the cat Sat")
    (1.0, 0.3333333333333333)
    >>> capitalised_ratio("12 34 東京")
    0.0
    """
    if text.isascii():
        # Word initials are the letters after a space: count " U" and " l" pairs
        # of the text mapped to character classes, in C.
        classes = (b" " + text.encode()).translate(_ASCII_CLASSES)
        upper = classes.count(b" U")
        cased = upper + classes.count(b" l")
        return upper / cased if cased else 0.0
    initials = "".join(map(_FIRST_CHAR, text.split()))
    upper = sum(map(str.isupper, initials))
    cased = upper + sum(map(str.islower, initials))
    return upper / cased if cased else 0.0


def _ends_sentence(text: str) -> bool:
    # ``_SENTENCE_END`` near the end of the line, with the verdict taken from the
    # last character where it suffices (most lines end in a letter or a period).
    last = text[-1:]
    if last in _FINAL_PUNCTUATION:
        return True
    if last not in _AFTER_FINAL:
        return False
    return _SENTENCE_END.search(text, max(0, len(text) - 8)) is not None


def has_clock(text: str) -> bool:
    """Whether ``text`` carries a time of day.

    >>> has_clock("Nov 19, 2019 at 6:44 am"), has_clock("Score: 3-1"), has_clock("Ratio 1:2000")
    (True, False, False)
    """
    return _CLOCK_HINT.search(text) is not None and _CLOCK.search(text) is not None


def text_size(text: str) -> int:
    """Length with each Han, kana and Hangul character counted three times.

    >>> text_size("Tokyo"), text_size("東京の天気")
    (5, 15)
    """
    if text.isascii():
        return len(text)
    return len(text) + 2 * len(_WIDE.findall(text))


# Where ``measure`` puts a line's repeats and lexicon hit into its cached features.
_REPEATS = Features._fields.index("repeats")
_AFTER_LEXICON = Features._fields.index("lexicon") + 1


# Pages of a site share their menus, share bars and footers, so that a line
# measured on one page is often met again on the next: each line is measured
# once per run (and language).  The bound keeps a long run's memory flat.
@functools.lru_cache(maxsize=16384)
def _line_features(text: str, words_of_language: frozenset[str]) -> tuple[str, Features]:
    # The line's repeat key, and its features as if it occurred once and no
    # ``extra_boilerplate`` were given.  Cheap tests (ASCII? a "." or "@" at
    # all?) skip the helpers and regular expressions on most lines.
    tokens = tokenize(text)
    count = len(tokens)
    chars = len(text)
    encoded = text.encode()
    digits = len(encoded) - len(encoded.translate(None, _DIGIT_BYTES))
    if text.isascii():
        # Most lines: "," is the only comma, nothing is wide or a pictograph,
        # and word initials are the letters after a space (see capitalised_ratio).
        commas = text.count(",")
        symbols = 0
        size = chars
        classes = (b" " + encoded).translate(_ASCII_CLASSES)
        upper = classes.count(b" U")
        cased = upper + classes.count(b" l")
        capitalised = upper / cased if cased else 0.0
    else:
        commas = sum(map(text.count, _COMMAS))
        symbols = symbol_count(text)
        size = text_size(text)
        capitalised = capitalised_ratio(text)
    dotted = "." in text
    if dotted and ("/" in text or "www." in text or "WWW." in text):
        urls = _URL.findall(text)
        url_count = len(urls)
        url_chars = sum(map(len, urls))
    else:
        url_count = url_chars = 0
    at = "@" in text
    stopword_count = sum(map(words_of_language.__contains__, tokens)) if words_of_language else 0
    density = stopword_count / count if count else 0.0
    return (
        " ".join(tokens),
        # Positional: keywords would double the cost of building a Features.
        Features(
            chars,
            count,  # words
            density,
            _ends_sentence(text),
            commas,
            url_count,
            len(_EMAIL.findall(text)) if at and dotted else 0,
            len(_HANDLE.findall(text)) if at or "#" in text else 0,
            digits / chars,  # digit_ratio
            symbols,
            capitalised,
            _BULLET.match(text) is not None,
            1,  # repeats
            match_boilerplate(text),
            bool(digits) and chars < CLOCK_MAX_CHARS and has_clock(text),  # clock
            size,
            url_chars,
        ),
    )


def in_bulleted_list(features: Sequence[Features], index: int) -> bool:
    """Whether block ``index`` is a bulleted item between two others: a list's
    middle, where a menu item or a list item with a time in it is no header or stamp."""
    return (
        0 < index < len(features) - 1
        and features[index].bullet
        and features[index - 1].bullet
        and features[index + 1].bullet
    )


def measure(
    blocks: tuple[Block, ...], language: str | None, extra_boilerplate: tuple[str, ...] = ()
) -> tuple[Features, ...]:
    """Measure every block; repetition is counted over the whole document.

    >>> from artclean.segment import segment
    >>> first, second = measure(segment("Share\\n\\nThe cat sat on the mat at 6:30 pm."), "en")
    >>> first.lexicon.kind.value, second.words, second.stopword_density, second.clock
    ('share', 10, 0.4, True)
    """
    # The set, not the language code, goes to the cache: its hash is computed once.
    words_of_language = stopwords(language) if language else frozenset()
    texts = [block.text for block in blocks]
    # A page repeats about a fifth of its lines (menus, labels): each distinct
    # line is measured once, and its features, an immutable value, are shared.
    # Keys and counts go through map and Counter, in C.
    distinct = list(dict.fromkeys(texts))
    lines = list(map(_line_features, distinct, repeat(words_of_language)))
    keys = dict(zip(distinct, map(_KEY, lines), strict=True))
    repeat_counts = Counter(map(keys.__getitem__, texts))
    measured = dict(zip(distinct, map(_FEATURES, lines), strict=True))
    # The cached features say "once" and know no extra phrases: only lines that
    # repeat, or meet an extra phrase, need features of their own.
    for text, key in keys.items():
        repeats = repeat_counts[key] if key else 1
        line = measured[text]
        lexicon = line.lexicon
        if lexicon is None and extra_boilerplate:
            lexicon = match_extra(text, extra_boilerplate)
        if repeats != 1 or lexicon is not line.lexicon:
            measured[text] = Features._make(
                (*line[:_REPEATS], repeats, lexicon, *line[_AFTER_LEXICON:])
            )
    # A printed page's running head and foot, and a mail's header fields: known
    # boilerplate, whatever the phrases say (the head holds the page title).
    for found, hit in (
        (print_margins(blocks), MARGIN_HIT),
        (article_counters(blocks), COUNTER_HIT),
        (mail_headers(blocks), MAIL_HIT),
    ):
        for text in compress(texts, found):
            measured[text] = measured[text]._replace(lexicon=hit)
    return tuple(map(measured.__getitem__, texts))
