"""Known boilerplate phrases in many languages: menus, share bars, comment forms, ...

The phrases live in ``data/boilerplate_patterns.txt``, one per line as
``kind<TAB>mode<TAB>phrase``.  ``kind`` is a :class:`~artclean.model.Kind` value
and ``mode`` says how the phrase must meet a line:

- ``line``: the whole normalised line is the phrase ("Share", "Trang chủ");
- ``start``: the normalised line starts with the phrase and is short
  ("Related articles: ...", "Ảnh: ...");
- ``contains``: the phrase occurs anywhere in a line of bounded length (long,
  unambiguous phrases such as "your email address will not be published").

Every lookup is linear in the line: ``line`` is one dict lookup, ``start``
looks up the first one to four words, and ``contains`` is one compiled
alternation of literal phrases.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from .model import Kind

PATTERNS_RESOURCE = "boilerplate_patterns.txt"
"""The data file, under ``artclean/data``."""

MODES = ("line", "start", "contains")
"""How a phrase must meet a line; see the module docstring."""

START_MAX_WORDS = 25
"""A ``start`` phrase marks only lines up to this many words: a caption or a
"Related:" list is short, a sentence that happens to begin the same way is not."""

WEAK_START_MAX_WORDS = 8
"""A ``start`` phrase followed directly by a word ("See also the chart ...",
"Copyright law ...") marks only lines up to this many words; after a colon,
digit or symbol ("Read more: ...", "Copyright 2024 ...") the longer
``START_MAX_WORDS`` applies."""

START_KEY_WORDS = 4
"""``start`` phrases are indexed by their first words, up to this many."""

LINE_MAX_CHARS = 300
"""``line`` and ``start`` matching only look at lines up to this length: menu
items, labels and captions are short, and long lines are body text."""

CONTAINS_MAX_CHARS = 800
"""``contains`` phrases are searched in lines up to this length; a cookie or
comment-policy notice fits, while a longer paragraph quoting such a phrase is
more likely an article about it."""

LIST_MAX_WORDS = 8
"""A line of up to this many one-word menu items ("Facebook Twitter Email")
counts as a list of them."""

# Zero-width spaces and joiners, BOM and soft hyphen vanish before matching, and
# dotless i folds onto i so that Turkish capitals and lower case meet.
_FOLD_TABLE: dict[int, str | None] = {
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad")),
    ord("ı"): "i",
}
_FOLD_CHARS = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00adı]")
_WORD = re.compile(r"\w+")
_FIRST_ITEM = re.compile(r"[^\s|•·»›/]*")
_COPYRIGHT = re.compile(r"\(c\)(?=[\s\d]|$)|©")
_BRACKETED_NUMBER = re.compile(r"[(\[{]\s*\d[\d.,\s]*[km+]?\s*[)\]}]")
_SPACE_BEFORE_COLON = re.compile(r"\s+:")
_COLON_BEFORE_LETTER = re.compile(r":(?=[^\W\d_])")
_LIST_SEPARATORS = re.compile(r"\s*[|•·»›/]\s*|\s+[-–—]\s+")
_UNSPACED = re.compile(
    "[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)


@dataclass(frozen=True)
class LexiconHit:
    """A line recognised as boilerplate: its kind, the phrase, and the mode that matched."""

    kind: Kind
    phrase: str
    mode: str


def _fold_raw(text: str) -> str:
    # Case and compatibility forms (fullwidth, ligatures); spacing is left alone.
    text = unicodedata.normalize("NFKC", text).casefold()
    if _FOLD_CHARS.search(text):
        text = text.translate(_FOLD_TABLE)
    if "\u0307" in text:
        # "İ".casefold() is "i" + combining dot above.
        text = text.replace("i\u0307", "i")
    if "©" in text or "(c)" in text:
        text = _COPYRIGHT.sub("© ", text)
    if ":" in text:
        text = _COLON_BEFORE_LETTER.sub(": ", _SPACE_BEFORE_COLON.sub(":", text))
    return text


def _fold(text: str) -> str:
    # The folded text with one space between words, but with its edges kept.
    return " ".join(_fold_raw(text).split())


def _is_edge_junk(char: str) -> bool:
    # Only letters, combining marks and © survive at the edges of a line: digits
    # (counters such as "12条评论"), punctuation, bullets, arrows and emoji go.
    return char != "©" and unicodedata.category(char)[0] not in "LM"


def _strip_start(word: str) -> str:
    if word[:1].isalpha():
        return word
    start = 0
    while start < len(word) and _is_edge_junk(word[start]):
        start += 1
    return word[start:]


def _strip_end(word: str) -> str:
    if word[-1:].isalpha():
        return word
    end = len(word)
    while end > 0 and _is_edge_junk(word[end - 1]):
        end -= 1
    return word[:end]


def normalise_for_match(line: str) -> str:
    """The form of ``line`` that ``line`` and ``start`` phrases are compared with.

    Case-folded, NFKC, one space between words; bullets, arrows, emoji and
    counters such as ``(12)`` are dropped from the ends.

    >>> normalise_for_match("  » Read   MORE «  ")
    'read more'
    >>> normalise_for_match("Comments (12)")
    'comments'
    >>> normalise_for_match("12 Kommentare")
    'kommentare'
    >>> normalise_for_match("📷 Photo : Reuters")
    'photo: reuters'
    >>> normalise_for_match("(c)2024 Example Media. All rights reserved.")
    '© 2024 example media. all rights reserved'
    >>> normalise_for_match("İLETİŞİM")
    'iletişim'
    >>> normalise_for_match("12条评论")
    '条评论'
    """
    text = _fold_raw(line)
    if "(" in text or "[" in text or "{" in text:
        text = _BRACKETED_NUMBER.sub(" ", text)
    words = text.split()
    start, end = 0, len(words)
    while start < end and not _strip_end(words[start]):
        start += 1
    while end > start and not _strip_end(words[end - 1]):
        end -= 1
    words = words[start:end]
    if words:
        words[0] = _strip_start(words[0])
        words[-1] = _strip_end(words[-1])
    return " ".join(words)


@dataclass(frozen=True)
class _Lexicon:
    lines: dict[str, LexiconHit]
    starts: dict[str, tuple[tuple[str, LexiconHit], ...]]
    unspaced_starts: dict[int, dict[str, LexiconHit]]
    # ``contains`` phrases of spaced scripts, under their longest word ...
    anchored: dict[str, tuple[tuple[str, LexiconHit], ...]]
    # ... and those of scripts written without spaces, as one alternation.
    unspaced: re.Pattern[str] | None
    unspaced_hits: dict[str, LexiconHit]
    # First words of ``line`` and ``start`` phrases: most lines fail this cheap test.
    line_first_words: frozenset[str]
    anchors: frozenset[str]
    start_first_words: frozenset[str]


def _parse(text: str) -> list[tuple[int, Kind, str, str]]:
    entries: list[tuple[int, Kind, str, str]] = []
    kinds = {kind.value: kind for kind in Kind}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        where = f"{PATTERNS_RESOURCE}:{number}"
        if len(fields) != 3:
            raise ValueError(f"{where}: expected kind<TAB>mode<TAB>phrase, got {raw!r}")
        kind_name, mode, phrase = (field.strip() for field in fields)
        if kind_name not in kinds:
            raise ValueError(f"{where}: unknown kind {kind_name!r}; use one of {sorted(kinds)}")
        if mode not in MODES:
            raise ValueError(f"{where}: unknown mode {mode!r}; use one of {MODES}")
        if not phrase:
            raise ValueError(f"{where}: empty phrase")
        entries.append((number, kinds[kind_name], mode, phrase))
    return entries


def _anchor(phrase: str) -> str:
    # The word of a ``contains`` phrase that a line must have for the phrase to be
    # tried: the longest inner word without punctuation, as the line splits on
    # spaces; failing that the first word, which punctuation rarely sticks to.
    words = phrase.split(" ")
    inner = [word for word in words[1:-1] if _WORD.fullmatch(word)]
    return max(inner, key=len) if inner else words[0]


def build_lexicon(text: str) -> _Lexicon:
    """Index the phrases of a patterns file (its text); the first entry of a phrase wins.

    >>> lexicon = build_lexicon("share\\tline\\tShare\\nrelated\\tstart\\tRead also:\\n")
    >>> sorted(lexicon.lines), sorted(lexicon.starts)
    (['share'], ['read also:'])
    """
    lines: dict[str, LexiconHit] = {}
    starts: dict[str, list[tuple[str, LexiconHit]]] = {}
    unspaced_starts: dict[int, dict[str, LexiconHit]] = {}
    anchored: dict[str, list[tuple[str, LexiconHit]]] = {}
    unspaced: dict[str, LexiconHit] = {}
    for _number, kind, mode, phrase in _parse(text):
        hit = LexiconHit(kind, phrase, mode)
        key = _fold(phrase)
        if mode == "line":
            lines.setdefault(normalise_for_match(phrase), hit)
        elif mode == "start" and _UNSPACED.search(key) and " " not in key:
            unspaced_starts.setdefault(len(key), {}).setdefault(key, hit)
        elif mode == "start":
            bucket = starts.setdefault(" ".join(key.split()[:START_KEY_WORDS]), [])
            if all(existing != key for existing, _ in bucket):
                bucket.append((key, hit))
        elif _UNSPACED.search(key) or not _WORD.search(key):
            unspaced.setdefault(key, hit)
        else:
            bucket = anchored.setdefault(_anchor(key), [])
            if all(existing != key for existing, _ in bucket):
                bucket.append((key, hit))
    alternation = "|".join(re.escape(phrase) for phrase in sorted(unspaced, key=len, reverse=True))
    return _Lexicon(
        lines=lines,
        starts={key: tuple(bucket) for key, bucket in starts.items()},
        unspaced_starts=unspaced_starts,
        anchored={
            key: tuple(sorted(bucket, key=lambda item: -len(item[0])))
            for key, bucket in anchored.items()
        },
        unspaced=re.compile(alternation) if alternation else None,
        unspaced_hits=unspaced,
        line_first_words=frozenset(phrase.split(" ", 1)[0] for phrase in lines),
        anchors=frozenset(anchored),
        start_first_words=frozenset(_strip_end(key.split(" ", 1)[0]) for key in starts),
    )


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    resource = resources.files("artclean") / "data" / PATTERNS_RESOURCE
    return build_lexicon(resource.read_text(encoding="utf-8"))


def _start_fits(phrase: str, norm: str, words: int) -> bool:
    # A phrase must end at a word boundary.  "Photo:", "©" and "Read more: ..."
    # are labels; a bare "See also" followed by words is one only in a short line,
    # since "See also the chart below for ..." is a sentence.
    rest = norm[len(phrase) :]
    if rest[:1].isalnum():
        return False
    rest = rest.lstrip()
    return not phrase[-1].isalnum() or not rest[:1].isalpha() or words <= WEAK_START_MAX_WORDS


def _match_start(lexicon: _Lexicon, norm: str) -> LexiconHit | None:
    words = norm.split(" ")
    if len(words) > START_MAX_WORDS:
        return None
    if _strip_end(words[0]) in lexicon.start_first_words:
        for count in range(min(START_KEY_WORDS, len(words)), 0, -1):
            key = " ".join(words[:count])
            # "Related articles: ..." is found under "related articles" too.
            stripped = _strip_end(key)
            for bucket_key in (key, stripped) if stripped != key else (key,):
                for phrase, hit in lexicon.starts.get(bucket_key, ()):
                    if norm.startswith(phrase) and _start_fits(phrase, norm, len(words)):
                        return hit
    if not _UNSPACED.match(norm):
        return None
    for size, phrases in lexicon.unspaced_starts.items():
        unspaced_hit = phrases.get(norm[:size])
        if unspaced_hit is not None:
            return unspaced_hit
    return None


def _match_list(lexicon: _Lexicon, norm: str) -> LexiconHit | None:
    # "Home | About us | Contact", "Facebook Twitter Email": every item is a menu word.
    first = _FIRST_ITEM.match(norm)
    if first is None or _strip_end(first.group()) not in lexicon.line_first_words:
        return None
    parts = [part for part in _LIST_SEPARATORS.split(norm) if part]
    if len(parts) < 2:
        parts = norm.split(" ")
        if not 2 <= len(parts) <= LIST_MAX_WORDS:
            return None
    found: list[LexiconHit] = []
    for part in parts:
        hit = lexicon.lines.get(part) or lexicon.lines.get(normalise_for_match(part))
        if hit is None:
            return None
        found.append(hit)
    kind = Counter(hit.kind for hit in found).most_common(1)[0][0]
    return LexiconHit(kind, " | ".join(hit.phrase for hit in found), "line")


def _match_contains(lexicon: _Lexicon, norm: str) -> LexiconHit | None:
    # Only phrases whose anchor word occurs in the line are tried: one set
    # intersection instead of a scan per phrase.
    words = norm.split(" ")
    if not lexicon.anchors.isdisjoint(words):
        for anchor in lexicon.anchors.intersection(words):
            for phrase, hit in lexicon.anchored[anchor]:
                if phrase in norm:
                    return hit
    if lexicon.unspaced is not None and _UNSPACED.search(norm):
        found = lexicon.unspaced.search(norm)
        if found is not None:
            return lexicon.unspaced_hits[found.group()]
    return None


def match_boilerplate(line: str, extra: tuple[str, ...] = ()) -> LexiconHit | None:
    """The known boilerplate phrase that ``line`` is, starts with or contains.

    ``extra`` phrases (case-insensitive, e.g. from ``Config.extra_boilerplate``)
    match anywhere in the line and give kind ``OTHER``.

    >>> match_boilerplate("Share")
    LexiconHit(kind=<Kind.SHARE: 'share'>, phrase='share', mode='line')
    >>> match_boilerplate("Tin liên quan: Giá vàng tăng mạnh").kind
    <Kind.RELATED: 'related'>
    >>> match_boilerplate("Share prices fell sharply on Monday.") is None
    True
    >>> match_boilerplate("Brought to you by ACME", extra=("brought to you by",)).kind
    <Kind.OTHER: 'other'>
    """
    if len(line) <= CONTAINS_MAX_CHARS:
        lexicon = _lexicon()
        norm = normalise_for_match(line)
        if norm and len(norm) <= LINE_MAX_CHARS:
            hit = (
                lexicon.lines.get(norm) or _match_start(lexicon, norm) or _match_list(lexicon, norm)
            )
            if hit is not None:
                return hit
        hit = _match_contains(lexicon, norm) if norm else None
        if hit is not None:
            return hit
    if extra:
        folded = _fold(line)
        for phrase in _fold_extra(extra):
            if phrase and phrase in folded:
                return LexiconHit(Kind.OTHER, phrase, "contains")
    return None


@functools.lru_cache(maxsize=64)
def _fold_extra(extra: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_fold(phrase) for phrase in extra)
