"""Language data: stopword lists, a script-aware tokenizer and language detection.

Stopword lists live in ``data/stoplists/<code>.txt`` (ISO 639-1 codes) and are
read once with :mod:`importlib.resources`.  Detection needs no model file: the
writing system decides most languages outright (Hangul, kana, Thai, Greek, ...),
and within a shared script (Latin, Cyrillic, Arabic) the language whose
function words occur most in a bounded sample wins, helped by letters that only
some of the languages use (``ř`` Czech, ``ľ`` Slovak, ``і`` Ukrainian, ``پ``
Persian, ``ơ`` Vietnamese, ...).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from importlib import resources

SUPPORTED_LANGUAGES: tuple[str, ...] = (
    "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et",
    "fa", "fi", "fr", "he", "hi", "hr", "hu", "id", "it", "ja",
    "ko", "lt", "lv", "ms", "nl", "no", "pl", "pt", "ro", "ru",
    "sk", "sl", "sr", "sv", "th", "tl", "tr", "uk", "vi", "zh",
)  # fmt: skip
"""ISO 639-1 codes that have a stopword list (``nb`` is accepted for ``no``)."""

DEFAULT_SAMPLE_CHARS = 20_000
"""Detection reads at most this many leading characters: the bound keeps it
constant-time on huge inputs."""

SCORED_CHARS = 3_000
"""Of those, only the longest lines, up to this many characters, are scored: a
page of prose settles the language, while menus and labels add noise and time
(on the benchmark pages 3,000 characters give the same language as 20,000)."""

MIN_SCRIPT_LETTERS = 2
"""Fewer letters than this of any script is no evidence at all (digits, symbols)."""

CJK_LETTER_WEIGHT = 3
"""A Han, kana or Hangul character carries about as much text as three alphabetic
letters, so mixed CJK/Latin pages are judged by content rather than raw counts."""

KANA_SHARE = 0.10
"""Japanese text is at least this share kana (usually 40-60%); Chinese text has
almost none, so below it Han text is Chinese."""

HANGUL_SHARE = 0.20
"""Korean text is mostly Hangul; Han characters in it (names, emphasis) stay below
about 80%, so this share of Hangul among Hangul+Han means Korean."""

MIN_SCORE = 1.0
"""Within the Latin script, the winner needs at least this much evidence: one
stopword found only in its list, several shared ones, or an exclusive letter."""

STRONG_LETTER_WEIGHT = 1.0
"""Score per occurrence of a letter that no script-mate writes (Czech ``ř``,
Turkish ``ı``, Vietnamese ``ơ``): as telling as a stopword found in one list only."""

STRONG_LETTER_CAP = 2.0
"""Exclusive letters add at most this much: they settle short texts, while in
longer ones the stopwords, which keep adding up, decide."""

WEAK_LETTER_WEIGHT = 0.5
"""Score per occurrence of a letter shared by a few languages (``ä``, ``ø``, ``ñ``):
it only breaks ties, so it counts half a stopword..."""

WEAK_LETTER_CAP = 1.0
"""...and adds at most this multiple of the language's own stopword score, so an
alphabet alone cannot outvote the word lists (Finnish ``ä`` is not Swedish)."""

FOREIGN_LETTER_PENALTY = 2.0
"""Score removed per letter that a language never writes (Russian ``і``,
Ukrainian ``ы``): such letters all but exclude it."""

THAI_CHUNK_CHARS = 4
"""Thai words average about four characters, so Thai text that is not a listed
function word is cut into chunks of this size to give word-like token counts."""

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_KANA = "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_THAI = "\u0e01-\u0e4e"
# Thai vowel signs and tone marks written above or below a consonant.
_THAI_MARKS = frozenset(map(chr, [0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)]))
# Combining marks that Python's \w does not match but that sit inside words
# (decomposed Latin accents, Cyrillic titlo, Hebrew points, Arabic harakat,
# Devanagari vowel signs and virama).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
)
_THAI_LETTER = re.compile(f"[{_THAI}]")
_WORD_CHAR = rf"[^\W_{_HAN}{_KANA}{_THAI}]"
# Runs of word characters, with combining marks allowed after the first letter;
# the two classes are disjoint, so the nested repetition cannot backtrack.
_TOKEN = re.compile(rf"[{_HAN}{_KANA}]|[{_THAI}]+|{_WORD_CHAR}+(?:[{_MARKS}]+{_WORD_CHAR}*)*")
# Punctuation, symbols and spaces outside ASCII that never belong to a token and
# are left alone by NFC and lower-casing (so "don’t" splits as "don't" does).
_SEPARATORS = re.compile(
    "["
    + "".join(
        re.escape(char)
        for start, end in (
            (0xA0, 0xBF),
            (0xD7, 0xD7),
            (0xF7, 0xF7),
            (0x2000, 0x206F),
            (0x20A0, 0x20CF),
        )
        for char in map(chr, range(start, end + 1))
        if (unicodedata.category(char)[0] in "PSZ" or unicodedata.category(char) == "Cf")
        and not char.isalnum()
        and unicodedata.normalize("NFC", char) == char == char.lower()
    )
    + "]"
)
# ASCII bytes to lower-case letters and digits, everything else to a space: for
# ASCII text, ``_TOKEN`` finds exactly the words that ``split`` then gives.
_ASCII_WORDS = bytes(
    (byte | 0x20) if chr(byte).isalpha() else byte if chr(byte).isdigit() else 0x20
    for byte in range(128)
) + bytes(range(128, 256))

_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("latin", re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("greek", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("hebrew", re.compile(r"[\u05d0-\u05ea]")),
    ("arabic", re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")),
    ("devanagari", re.compile(r"[\u0904-\u0939\u0958-\u0961]")),
    ("thai", re.compile(rf"[{_THAI}]")),
    ("hangul", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("kana", re.compile(rf"[{_KANA}]")),
    ("han", re.compile(rf"[{_HAN}]")),
)
_CJK_SCRIPTS = frozenset({"hangul", "kana", "han"})
_SCRIPT_LANGUAGE = {"greek": "el", "hebrew": "he", "devanagari": "hi", "thai": "th"}

# Languages told apart by their stopwords, per script, in tie-break order.
_CANDIDATES: dict[str, tuple[str, ...]] = {
    "latin": (
        "en", "es", "fr", "de", "pt", "it", "nl", "pl", "vi", "id", "tr", "ro", "sv", "cs",
        "hu", "fi", "da", "no", "sk", "hr", "ca", "ms", "tl", "sr", "sl", "lt", "lv", "et",
    ),
    "cyrillic": ("ru", "uk", "bg", "sr"),
    "arabic": ("ar", "fa"),
}  # fmt: skip

# Letters that only this language writes among its script-mates (strong) and
# letters it shares with a few of them (weak); see the *_LETTER_* thresholds.
_VIETNAMESE_LETTERS = "ơư" + "".join(map(chr, range(0x1EA0, 0x1EFA)))
_MARKERS: dict[str, tuple[str, str]] = {
    "vi": (_VIETNAMESE_LETTERS, ""),
    "cs": ("řěů", ""),
    "sk": ("ľĺŕť", "ôä"),
    "pl": ("łśźż", "ąęńć"),
    "tr": ("ğı", "şçöü"),
    "ro": ("șțţ", "ăâîş"),
    "hu": ("őű", "áéöü"),
    "lv": ("āēīķļņģ", "ū"),
    "lt": ("ėįų", "ūąę"),
    "et": ("", "õäöü"),
    "es": ("¿¡", "ñá"),
    "pt": ("", "ãõçâê"),
    "fr": ("œ", "çèêëîïôùû"),
    "ca": ("", "·òç"),
    "it": ("", "òàù"),
    "de": ("ß", "äöü"),
    "da": ("", "æø"),
    "no": ("", "æø"),
    "sv": ("", "äö"),
    "fi": ("", "äö"),
    "hr": ("ć", "đčšž"),
    "sr": ("ćђјљњћџ", "đčšž"),
    "sl": ("", "čšž"),
    "uk": ("іїєґ", ""),
    "ru": ("ыэё", ""),
    "bg": ("", "ъ"),
    "fa": ("پچژگکی", ""),
    "ar": ("", "ةكيى"),
}
# Letters that a language never writes: each one all but excludes it.
_FOREIGN: dict[str, str] = {
    "ru": "іїєґђјљњћџ",
    "uk": "ыэъёђјљњћџ",
    "bg": "ыэёіїєґђјљњћџ",
    "sr": "ыэъёйщьюяіїєґ",
    "ar": "پچژگکی",
}


def stopwords(lang: str) -> frozenset[str]:
    """The stopwords of ``lang`` (ISO 639-1; region suffixes are ignored).

    Unknown languages have no stopwords rather than an error, so callers can
    fall back to language-independent signals.

    >>> "the" in stopwords("en"), "của" in stopwords("vi"), "的" in stopwords("zh")
    (True, True, True)
    >>> stopwords("en-GB") == stopwords("en"), stopwords("nb") == stopwords("no")
    (True, True)
    >>> stopwords("xx")
    frozenset()
    """
    code = re.split(r"[-_]", lang.strip().lower(), maxsplit=1)[0]
    code = "no" if code == "nb" else code
    if code not in SUPPORTED_LANGUAGES:
        return frozenset()
    return _stoplist(code)


@functools.lru_cache(maxsize=len(SUPPORTED_LANGUAGES))
def _stoplist(code: str) -> frozenset[str]:
    # Keyed by the supported code only, so the cache stays bounded.
    resource = resources.files("artclean") / "data" / "stoplists" / f"{code}.txt"
    text = resource.read_text(encoding="utf-8")
    return frozenset(
        word for line in text.splitlines() if (word := line.strip()) and not word.startswith("#")
    )


@functools.cache
def _thai_pattern() -> re.Pattern[str]:
    # Longest words first: the leftmost alternative that matches wins, so this is
    # longest match at each position, scanned in C.
    words = sorted(stopwords("th"), key=lambda word: (-len(word), word))
    return re.compile("(" + "|".join(map(re.escape, words)) + ")")


def _split_thai(run: str) -> list[str]:
    # Thai function words are tokens; the text between them is cut into
    # word-sized chunks, never before a combining vowel or tone mark.
    tokens: list[str] = []
    for index, piece in enumerate(_thai_pattern().split(run)):
        if index % 2:
            tokens.append(piece)
        elif piece:
            tokens.extend(_chunk_thai(piece))
    return tokens


def _chunk_thai(text: str) -> list[str]:
    chunks: list[str] = []
    start = 0
    while start < len(text):
        end = min(start + THAI_CHUNK_CHARS, len(text))
        while end < len(text) and text[end] in _THAI_MARKS:
            end += 1
        chunks.append(text[start:end])
        start = end
    return chunks


def tokenize(text: str) -> list[str]:
    """Lowercased word tokens of ``text``, whatever its script.

    Alphabetic scripts give runs of letters and digits; each Han or kana
    character is a token of its own; Thai is split at its function words.

    >>> tokenize("Don't panic: 42 l'homme")
    ['don', 't', 'panic', '42', 'l', 'homme']
    >>> tokenize("東京の天気")
    ['東', '京', 'の', '天', '気']
    >>> tokenize("Người dân và chính phủ")
    ['người', 'dân', 'và', 'chính', 'phủ']
    >>> tokenize("ประชาชนและรัฐบาล")
    ['ประช', 'าชน', 'และ', 'รัฐบ', 'าล']
    """
    if not text.isascii():
        # Curly quotes, dashes, no-break spaces and the like separate words just as
        # spaces do: without them most Latin-script lines are ASCII.
        spaced = _SEPARATORS.sub(" ", text)
        if spaced.isascii():
            text = spaced
    if text.isascii():
        # Most lines: the runs of ASCII letters and digits, split in C.
        return text.encode().translate(_ASCII_WORDS).decode().split()
    text = unicodedata.normalize("NFC", text).lower()
    if "\u0307" in text:
        # "İ".lower() is "i" + combining dot: fold it back to the Turkish "i".
        text = text.replace("i\u0307", "i")
    tokens = _TOKEN.findall(text)
    if _THAI_LETTER.search(text):
        return [
            piece
            for token in tokens
            for piece in (_split_thai(token) if _THAI_LETTER.match(token) else (token,))
        ]
    return tokens


def stopword_density(tokens: Sequence[str], lang: str) -> float:
    """The share of ``tokens`` that are stopwords of ``lang`` (0.0 without tokens).

    >>> stopword_density(tokenize("The cat sat on the mat"), "en")
    0.5
    >>> stopword_density([], "en")
    0.0
    """
    if not tokens:
        return 0.0
    words = stopwords(lang)
    return sum(1 for token in tokens if token in words) / len(tokens)


@functools.cache
def _word_weights(script: str) -> dict[str, tuple[tuple[int, ...], float]]:
    # A stopword shared by k candidate languages is worth 1/k to each of them:
    # "de" says little, "the" or "của" says a lot.  Each word maps to the indexes of its
    # languages and that weight, one object per set of languages: a compact table.
    languages = _CANDIDATES[script]
    owners: dict[str, list[int]] = {}
    for index, lang in enumerate(languages):
        for word in stopwords(lang):
            owners.setdefault(word, []).append(index)
    shared: dict[tuple[int, ...], tuple[tuple[int, ...], float]] = {}
    for indexes in map(tuple, owners.values()):
        shared.setdefault(indexes, (indexes, 1.0 / len(indexes)))
    return {word: shared[tuple(indexes)] for word, indexes in owners.items()}


# Letter counts come from one pass over the sample: ASCII letters are counted
# by deleting them from the encoded bytes, and the few other characters are
# tallied once and looked up, instead of one regex scan per script and marker.
_ASCII_RUNS = re.compile("[\x00-\x7f]+")
_ASCII_OF_SCRIPT = {
    script: bytes(byte for byte in range(128) if pattern.match(chr(byte)))
    for script, pattern in _SCRIPTS
}


def _non_ascii_counts(text: str) -> Counter[str]:
    # Deleting the ASCII runs leaves the other characters in order, as one string, faster
    # than collecting those.
    return Counter(_ASCII_RUNS.sub("", text))


def _count_ascii(encoded: bytes, members: bytes) -> int:
    return len(encoded) - len(encoded.translate(None, members)) if members else 0


@functools.lru_cache(maxsize=4096)
def _scripts_of(char: str) -> tuple[str, ...]:
    return tuple(script for script, pattern in _SCRIPTS if pattern.match(char))


def _script_counts(sample: str, non_ascii: Counter[str] | None = None) -> dict[str, int]:
    """How many letters of each script ``sample`` holds (``non_ascii``: its tally, if made).

    >>> counts = _script_counts("Hà Nội, Москва 東京")
    >>> counts["latin"], counts["cyrillic"], counts["han"]
    (5, 6, 2)
    """
    if non_ascii is None:
        non_ascii = _non_ascii_counts(sample)
    encoded = sample.encode("utf-8", "surrogatepass")
    counts = {script: _count_ascii(encoded, _ASCII_OF_SCRIPT[script]) for script, _ in _SCRIPTS}
    for char, count in non_ascii.items():
        for script in _scripts_of(char):
            counts[script] += count
    return counts


@functools.cache
def _letter_owners(script: str) -> dict[str, tuple[tuple[int, int], ...]]:
    # Each marker letter of the script's candidates, with the (language index,
    # kind) pairs it counts for; kind 0 is strong, 1 weak, 2 foreign.
    owners: dict[str, list[tuple[int, int]]] = {}
    for index, lang in enumerate(_CANDIDATES[script]):
        strong, weak = _MARKERS.get(lang, ("", ""))
        for kind, letters in enumerate((strong, weak, _FOREIGN.get(lang, ""))):
            for letter in set(letters):
                owners.setdefault(letter, []).append((index, kind))
    return {letter: tuple(pairs) for letter, pairs in owners.items()}


@functools.cache
def _ascii_owners(script: str) -> tuple[str, ...]:
    return tuple(letter for letter in _letter_owners(script) if letter.isascii())


@functools.cache
def _marker_kinds(script: str) -> tuple[tuple[bool, bool, bool], ...]:
    # Per candidate: whether it has strong, weak and foreign letters at all.
    kinds = []
    for lang in _CANDIDATES[script]:
        strong, weak = _MARKERS.get(lang, ("", ""))
        kinds.append((bool(strong), bool(weak), lang in _FOREIGN))
    return tuple(kinds)


def _letters_found(
    sample: str, script: str, non_ascii: Counter[str] | None = None
) -> list[list[int]]:
    """Per candidate: how many strong, weak and foreign letters the lower-cased sample holds.

    ``non_ascii`` is the tally of the sample's non-ASCII characters, if made.  The lower-cased
    sample is not tallied again: ``str.lower`` maps each character on its own (except the
    final sigma, which no candidate script uses) and ASCII only to ASCII, so lower-casing
    each distinct character gives the same counts.

    >>> _letters_found("Łódź i Częstochowa", "latin")[_CANDIDATES["latin"].index("pl")]
    [2, 1, 0]
    """
    if non_ascii is None:
        non_ascii = _non_ascii_counts(sample)
    owners = _letter_owners(script)
    found = [[0, 0, 0] for _ in _CANDIDATES[script]]
    for char, count in non_ascii.items():
        for letter in char.lower():
            if not letter.isascii():
                for index, kind in owners.get(letter, ()):
                    found[index][kind] += count
    ascii_owners = _ascii_owners(script)
    if ascii_owners:
        lowered = sample.lower()
        for letter in ascii_owners:
            for index, kind in owners[letter]:
                found[index][kind] += lowered.count(letter)
    return found


def _score_candidates(
    sample: str, script: str, non_ascii: Counter[str] | None = None
) -> str | None:
    languages = _CANDIDATES[script]
    weights = _word_weights(script)
    scores = [0.0] * len(languages)
    # Only the stopwords are counted (filtered in C), still in the order they first occur, so
    # the floating-point sums come out the same.
    for token, count in Counter(filter(weights.__contains__, tokenize(sample))).items():
        indexes, weight = weights[token]
        share = weight * count
        for index in indexes:
            scores[index] += share
    letters = _letters_found(sample, script, non_ascii)
    final = []
    for index, (strong, weak, foreign) in enumerate(_marker_kinds(script)):
        score = scores[index]
        strong_found, weak_found, foreign_found = letters[index]
        if strong:
            score += min(STRONG_LETTER_WEIGHT * strong_found, STRONG_LETTER_CAP)
        if weak:
            score += min(WEAK_LETTER_WEIGHT * weak_found, WEAK_LETTER_CAP * scores[index])
        if foreign:
            score -= FOREIGN_LETTER_PENALTY * foreign_found
        final.append(score)
    best = max(range(len(languages)), key=lambda index: (final[index], -index))
    if final[best] < MIN_SCORE and script == "latin":
        # Latin letters alone say nothing; other scripts narrow it down already.
        return None
    return languages[best]


def _pick_cjk(counts: dict[str, int]) -> str:
    hangul, kana, han = counts["hangul"], counts["kana"], counts["han"]
    if kana > hangul and kana >= KANA_SHARE * (kana + han):
        return "ja"
    if hangul >= kana and hangul >= HANGUL_SHARE * (hangul + han):
        return "ko"
    return "zh" if han >= kana else "ja"


def _longest_lines(text: str, budget: int) -> str:
    """The longest lines of ``text``, in their order, cut to ``budget`` characters.

    >>> _longest_lines("Menu\\nA long line of prose.\\nLogin\\nMore prose here.", 30)
    'A long line of prose.\\nMore pro'
    """
    if len(text) <= budget:
        return text
    lines = text.split("\n")
    lengths = list(map(len, lines))
    chosen: list[int] = []
    total = 0
    # Sorting is stable, in reverse too: among lines of equal length the earlier ones come first.
    for index in sorted(range(len(lines)), key=lengths.__getitem__, reverse=True):
        if total >= budget:
            break
        chosen.append(index)
        total += len(lines[index]) + 1
    return "\n".join(lines[index] for index in sorted(chosen))[:budget]


def detect_language(text: str, *, sample_chars: int = DEFAULT_SAMPLE_CHARS) -> str | None:
    """The ISO 639-1 code of the language of ``text``, or ``None`` without evidence.

    Only the first ``sample_chars`` characters are read, and of those only the
    longest lines, up to :data:`SCORED_CHARS`, are scored.

    >>> detect_language("The minister said on Monday that the plan would go ahead.")
    'en'
    >>> detect_language("Thủ tướng cho biết kế hoạch sẽ được triển khai trong năm nay.")
    'vi'
    >>> detect_language("Премьер-министр заявил, что план будет выполнен.")
    'ru'
    >>> detect_language("政府は月曜日に計画を発表した。")
    'ja'
    >>> detect_language("12345 !!!") is None
    True
    """
    sample = _longest_lines(text[:sample_chars], SCORED_CHARS)
    if not sample.isascii():  # ASCII is in NFC already
        sample = unicodedata.normalize("NFC", sample)
    # One tally of the non-ASCII characters serves the script and the letter counts.
    non_ascii = _non_ascii_counts(sample)
    counts = _script_counts(sample, non_ascii)
    weighted = {
        script: count * (CJK_LETTER_WEIGHT if script in _CJK_SCRIPTS else 1)
        for script, count in counts.items()
    }
    cjk = sum(weighted[script] for script in _CJK_SCRIPTS)
    script, amount = max(
        ((name, count) for name, count in weighted.items() if name not in _CJK_SCRIPTS),
        key=lambda item: item[1],
    )
    if cjk > amount:
        if cjk < MIN_SCRIPT_LETTERS:
            return None
        return _pick_cjk(counts)
    if amount < MIN_SCRIPT_LETTERS:
        return None
    if script in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[script]
    return _score_candidates(sample, script, non_ascii)
