"""Known boilerplate phrases in many languages: menus, share bars, comment forms, ...

The phrases live in ``data/boilerplate_patterns.txt``, one per line as
``kind<TAB>mode<TAB>phrase``.  ``kind`` is a :class:`~artclean.model.Kind` value
and ``mode`` says how the phrase must meet a line:

- ``line``: the whole normalised line is the phrase ("Share", "Trang chủ");
- ``start``: the normalised line starts with the phrase and is short
  ("Related articles: ...", "Ảnh: ...");
- ``contains``: the phrase occurs anywhere in a line of bounded length (long,
  unambiguous phrases such as "your email address will not be published").

Beyond single phrases, a line that is a list of ``line`` phrases ("Home | About
us | Contact", "Facebook Twitter Email"), a breadcrumb that starts with a menu
item ("Home > News > Environment") and a caption that ends with a photo credit
("... le 12 mai. Photo : AFP") are recognised too.

Every lookup is linear in the line: ``line`` is one dict lookup; ``start``
looks up the first one to four words in a dict; ``contains`` intersects the
line's words with one anchor word per phrase and only then tests those phrases
(scripts written without spaces use one compiled alternation of literals).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from .credits import is_credit_only
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

LIST_ITEM_MAX_WORDS = 4
"""An item of a list run together with spaces ("Sao chép liên kết") has at most this many words."""
LIST_MAX_WORDS = 8
"""A line of up to this many one-word menu items ("Facebook Twitter Email")
counts as a list of them."""

CREDIT_MAX_WORDS = 6
"""A photo credit at the end of a caption ("... Photo: Jane Doe/Reuters") is at
most this many words long."""

CAPTION_MAX_WORDS = 45
"""Only lines up to this many words are taken for a caption with a trailing
credit; a longer paragraph that ends in one is more likely body text."""

# Zero-width spaces and joiners, BOM and soft hyphen vanish before matching, and
# dotless i folds onto i so that Turkish capitals and lower case meet.
_FOLD_TABLE: dict[int, str | None] = {
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad")),
    ord("ı"): "i",
}
_FOLD_CHARS = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00adı]")
# Lines of ASCII and these (curly quotes, dashes, bullets, arrows, currency signs),
# which NFKC, casefold and lower all leave alone and ``_fold`` never treats
# specially, fold by lower-casing alone.
_FOLD_INERT = re.compile(
    "[\x00-\x7f"
    + "".join(
        re.escape(char)
        for start, end in ((0xA0, 0xBF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2190, 0x27BF))
        for char in map(chr, range(start, end + 1))
        if unicodedata.category(char)[0] in "PS"
        and not char.isalnum()
        and unicodedata.combining(char) == 0
        and unicodedata.normalize("NFKC", char) == char == char.casefold() == char.lower()
        and char != "©"
        and not _FOLD_CHARS.match(char)
    )
    + "]*"
)
_WORD = re.compile(r"\w+")
_FIRST_ITEM = re.compile(r"[^\s|•·»›/]*")
_COPYRIGHT = re.compile(r"\(c\)(?=[\s\d]|$)|©")
# Patterns run on text whose spaces are already single, and their parts never
# overlap, so none of them can backtrack more than a step.
_BRACKETED_NUMBER = re.compile(r"[(\[{] ?\d[\d.,]*[km+]? ?[)\]}]")
_COLON_BEFORE_LETTER = re.compile(r":(?=[^\W\d_])")
_LIST_SEPARATORS = re.compile(r"\s*[|•·»›/>→]\s*|\s+[-–—]\s+")
# A trailing photo credit's label ("Photo:", "Foto =") sits this close to the end.
_CREDIT_TAIL_CHARS = 80
# A text-size button in a bar of buttons ("[A-] [A+]"), normalised: no known phrase.
_SIZE_BUTTON = re.compile(r"a[+\-−]?")
_LIST_SEPARATOR_CHARS = re.compile(r"[|•·»›/>→\-–—]")
_BREADCRUMB_SEPARATORS = re.compile(r"\s*[»›/>→|]\s*")
_BREADCRUMB_CHARS = re.compile("[»›/>→|]")
# Where a trailing photo credit can begin: after a sentence, an opening
# parenthesis or a dash ("... on Monday. Photo: AFP", "... (Foto: dpa)").
_CREDIT_CUT = re.compile(r"[.!?;)\]]\s+|[(\[]|\s[-–—|]\s")
_UNSPACED = re.compile(
    "[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)


@dataclass(frozen=True)
class LexiconHit:
    """A line recognised as boilerplate: its kind, the phrase, and the mode that matched.

    ``mode`` is ``line``, ``start`` or ``contains`` as in the data file, or ``end``
    for a caption recognised by the photo credit it ends with.
    """

    kind: Kind
    phrase: str
    mode: str


def _fold(text: str) -> str:
    # Case, compatibility forms (fullwidth, ligatures) and spacing; the edges stay.
    if text.isascii():
        # Most lines: NFKC leaves ASCII as it is and casefold is lower.
        text = " ".join(text.lower().split())
    else:
        text = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
        if _FOLD_CHARS.search(text):
            text = text.translate(_FOLD_TABLE)
        if "\u0307" in text:
            # "İ".casefold() is "i" + combining dot above.
            text = text.replace("i\u0307", "i")
    if "©" in text or "(c)" in text:
        text = " ".join(_COPYRIGHT.sub("© ", text).split())
    if ":" in text:
        text = _COLON_BEFORE_LETTER.sub(": ", text.replace(" :", ":"))
    return text


def _is_edge_junk(char: str) -> bool:
    # Only letters, combining marks and © survive at the edges of a line: digits
    # (counters such as "12条评论"), punctuation, bullets, arrows and emoji go.
    return char != "©" and unicodedata.category(char)[0] not in "LM"


def _is_junk_word(word: str) -> bool:
    # Bullets, arrows, emoji, counters: nothing is left once the edges go.
    return not (word[:1].isalpha() or word[-1:].isalpha() or _strip_end(word))


# The ASCII characters that ``_is_edge_junk`` drops: all but the letters.  Most
# edges are ASCII ("mat.", "(12)"), and str.strip removes these in C.
_ASCII_EDGE_JUNK = "".join(char for char in map(chr, range(128)) if _is_edge_junk(char))


def _strip_start(word: str) -> str:
    if word[:1].isalpha():
        return word
    word = word.lstrip(_ASCII_EDGE_JUNK)
    if word[:1].isascii():
        return word  # an ASCII letter, or nothing, is left at the edge
    start = 0
    while start < len(word) and _is_edge_junk(word[start]):
        start += 1
    return word[start:]


def _strip_end(word: str) -> str:
    if word[-1:].isalpha():
        return word
    word = word.rstrip(_ASCII_EDGE_JUNK)
    if word[-1:].isascii():
        return word  # an ASCII letter, or nothing, is left at the edge
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
    return " ".join(_normalised_words(line))


def _normalised_words(line: str) -> list[str]:
    if (line.isascii() or _FOLD_INERT.fullmatch(line)) and not (
        "(" in line or ":" in line or "[" in line or "{" in line
    ):
        # Most lines: without brackets or colons every fold but case is a no-op.
        words = line.lower().split()
    else:
        text = _fold(line)
        if "(" in text or "[" in text or "{" in text:
            text = _BRACKETED_NUMBER.sub(" ", text)
        words = text.split()
    if words and words[0][:1].isalpha():
        # Most lines: the first word starts with a letter, so nothing goes at the
        # start, and the last word keeps a letter ("mat.") or is all junk ("»").
        last = words[-1]
        if last[-1:].isalpha() or (last := _strip_end(last)):
            words[-1] = last
            return words
    start, end = 0, len(words)
    while start < end and _is_junk_word(words[start]):
        start += 1
    while end > start and _is_junk_word(words[end - 1]):
        end -= 1
    words = words[start:end]
    if words:
        words[0] = _strip_start(words[0])
        words[-1] = _strip_end(words[-1])
    return words


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
        if len(fields) == 3:
            kind_name, mode, phrase = fields[0].strip(), fields[1].strip(), fields[2].strip()
            kind = kinds.get(kind_name)
            if kind is not None and mode in MODES and phrase:
                entries.append((number, kind, mode, phrase))
                continue
        # The file is read on every run's first page: the error is only spelt out here.
        where = f"{PATTERNS_RESOURCE}:{number}"
        if len(fields) != 3:
            raise ValueError(f"{where}: expected kind<TAB>mode<TAB>phrase, got {raw!r}")
        if kind_name not in kinds:
            raise ValueError(f"{where}: unknown kind {kind_name!r}; use one of {sorted(kinds)}")
        if mode not in MODES:
            raise ValueError(f"{where}: unknown mode {mode!r}; use one of {MODES}")
        raise ValueError(f"{where}: empty phrase")
    return entries


def _anchors(phrase: str) -> tuple[str, ...]:
    # The word(s) of a ``contains`` phrase that a line must have, as it splits on
    # spaces, for the phrase to be tried: the longest inner word, which nothing can
    # stick to; failing that both end words, since "...-Newsletter abonnieren!"
    # glues a compound to the first and punctuation to the last.
    words = phrase.split(" ")
    inner = [word for word in words[1:-1] if _WORD.fullmatch(word)]
    if inner:
        return (max(inner, key=len),)
    return tuple(dict.fromkeys((words[0], words[-1])))


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
        if mode == "line":
            lines.setdefault(normalise_for_match(phrase), hit)
            continue
        key = _fold(phrase)
        if mode == "start" and _UNSPACED.search(key) and " " not in key:
            unspaced_starts.setdefault(len(key), {}).setdefault(key, hit)
        elif mode == "start":
            bucket = starts.setdefault(" ".join(key.split()[:START_KEY_WORDS]), [])
            if all(existing != key for existing, _ in bucket):
                bucket.append((key, hit))
        elif _UNSPACED.search(key) or not _WORD.search(key):
            unspaced.setdefault(key, hit)
        else:
            for anchor in _anchors(key):
                bucket = anchored.setdefault(anchor, [])
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


def _match_start(lexicon: _Lexicon, norm: str, words: list[str]) -> LexiconHit | None:
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


def _match_list(lexicon: _Lexicon, norm: str, words: list[str]) -> LexiconHit | None:
    # "Home | About us | Contact", "Facebook Twitter Email", "Privacy · © 2024 X":
    # every item is a menu word or a label.
    first = _FIRST_ITEM.match(norm)
    if first is None or _strip_end(first.group()) not in lexicon.line_first_words:
        return None
    # Most lines hold no separator character at all, and then the (slow) split
    # cannot cut them: they are one item, or a list of one-word items.
    separated = False
    if "] [" in norm:
        # Buttons in brackets: "[Chia sẻ Facebook] [Zalo] [In bài] [A-] [A+]" (the
        # outer brackets are gone with the line's edge punctuation).
        parts = [part.strip(" []") for part in norm.split("] [")]
        separated = len(parts) >= 2
    elif _LIST_SEPARATOR_CHARS.search(norm):
        parts = [part for part in _LIST_SEPARATORS.split(norm) if part]
        separated = len(parts) >= 2
    if not separated:
        if not 2 <= len(words) <= 2 * LIST_MAX_WORDS:
            return None
        # Items of several words run together: "Chia sẻ Facebook Zalo Sao chép liên kết";
        # up to ``LIST_MAX_WORDS`` items, however many words they take.
        known = _known_items(lexicon, words)
        if known is None and len(words) > LIST_MAX_WORDS:
            return None
        parts = known or words
    found: list[LexiconHit] = []
    for part in parts:
        if separated and _SIZE_BUTTON.fullmatch(part):
            continue  # a text-size button: "A+", "A-"
        # A plain word of ``norm`` is its own normal form.
        item = part if part.isascii() and part.isalpha() else normalise_for_match(part)
        hit = lexicon.lines.get(item)
        if hit is None and separated:
            # A separated item may also be a label: "Privacy · © 2023 Diario del Sur",
            # or known items run together: "[Chia sẻ Facebook] [Zalo]".
            hit = _match_start(lexicon, item, item.split(" "))
            if hit is None and (run := _known_items(lexicon, item.split(" "))):
                hit = lexicon.lines.get(normalise_for_match(run[0]))
        if hit is None:
            return _match_breadcrumb(lexicon, norm, words)
        found.append(hit)
    if not found:
        return None
    kind = Counter(hit.kind for hit in found).most_common(1)[0][0]
    return LexiconHit(kind, " | ".join(hit.phrase for hit in found), "line")


def _known_items(lexicon: _Lexicon, words: list[str]) -> list[str] | None:
    # The words cut into known whole-line phrases, longest first at each point;
    # None when some stretch is no known phrase.
    items: list[str] = []
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + LIST_ITEM_MAX_WORDS), start, -1):
            item = " ".join(words[start:end])
            # The words are normal forms already, but for punctuation at their edges.
            if item in lexicon.lines or normalise_for_match(item) in lexicon.lines:
                items.append(item)
                start = end
                break
        else:
            return None
    return items


def _match_breadcrumb(lexicon: _Lexicon, norm: str, words: list[str]) -> LexiconHit | None:
    # "Home > News > Environment": a menu item, then a path of section names.
    if len(words) > START_MAX_WORDS or not _BREADCRUMB_CHARS.search(norm):
        return None  # the split below, slow, would not cut the line
    parts = _BREADCRUMB_SEPARATORS.split(norm, maxsplit=1)
    if len(parts) < 2:
        return None
    hit = lexicon.lines.get(parts[0])
    if hit is None or hit.kind is not Kind.NAVIGATION:
        return None
    separator = norm[len(parts[0]) :].lstrip()[:1]
    return LexiconHit(Kind.NAVIGATION, f"{hit.phrase} {separator}", "start")


def _match_credit(lexicon: _Lexicon, norm: str, words: list[str]) -> LexiconHit | None:
    # A caption that ends with its photo credit: "..., le 12 mai. Photo : AFP".
    tail_start = max(0, len(norm) - _CREDIT_TAIL_CHARS)
    if norm.find(":", tail_start) < 0 and norm.find("=", tail_start) < 0:
        return None
    if len(words) > CAPTION_MAX_WORDS:
        return None
    for cut in reversed([found.end() for found in _CREDIT_CUT.finditer(norm)]):
        tail = _strip_end(norm[cut:].strip())
        tail_words = tail.split(" ")
        if len(tail_words) > CREDIT_MAX_WORDS:
            return None
        hit = _match_start(lexicon, tail, tail_words) if tail else None
        if hit is not None and hit.kind is Kind.CAPTION and hit.phrase[-1] in ":=":
            return LexiconHit(Kind.CAPTION, hit.phrase, "end")
    return None


def _match_contains(lexicon: _Lexicon, norm: str, words: list[str]) -> LexiconHit | None:
    # Only phrases whose anchor word occurs in the line are tried: one set
    # test instead of a scan per phrase.  Anchors are tried in line order, so
    # that the phrase found does not depend on set iteration order.
    anchors = lexicon.anchors
    # Most lines hold no anchor: ``isdisjoint`` says so without building a set.
    if not anchors.isdisjoint(words):
        # Each anchor once, in order of first occurrence, picked in C.
        for anchor in dict.fromkeys(filter(anchors.__contains__, words)):
            for phrase, hit in lexicon.anchored[anchor]:
                if phrase in norm:
                    return hit
    if lexicon.unspaced is not None and not norm.isascii() and _UNSPACED.search(norm):
        unspaced = lexicon.unspaced.search(norm)
        if unspaced is not None:
            return lexicon.unspaced_hits[unspaced.group()]
    return None


def _match_short(lexicon: _Lexicon, line: str, norm: str, words: list[str]) -> LexiconHit | None:
    # The whole-line, start, list and caption-credit matches, for a line short
    # enough for them.  Each matcher is called only if the line passes its first,
    # cheap test: most lines are prose and fail all of them.
    hit = lexicon.lines.get(norm)
    if hit is not None:
        if line.rstrip().endswith("*"):
            # "Email *", "Name *": a required field of a comment form.
            return LexiconHit(Kind.COMMENTS, hit.phrase, "line")
        return hit
    first = words[0]
    key = first if first[-1:].isalpha() else _strip_end(first)
    # ``_match_start`` tries the first words, then (for a line that begins in a
    # script without spaces) the ``unspaced_starts``.
    if key in lexicon.start_first_words or (not norm.isascii() and _UNSPACED.match(norm)):
        hit = _match_start(lexicon, norm, words)
        if hit is not None:
            if hit.kind is Kind.LEGAL and line.lstrip()[:1] in "©Ⓒ" and is_credit_only(line):
                # "© Sandra Kiefer": a picture's credit (a site's copyright has a year).
                return LexiconHit(Kind.CAPTION, hit.phrase, hit.mode)
            return hit
    # A list starts with a known item; a first word without separators is that item.
    if key in lexicon.line_first_words or not first.isalnum():
        hit = _match_list(lexicon, norm, words)
        if hit is not None:
            return hit
    tail_start = max(0, len(norm) - _CREDIT_TAIL_CHARS)
    if norm.find(":", tail_start) >= 0 or norm.find("=", tail_start) >= 0:
        return _match_credit(lexicon, norm, words)
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
        words = _normalised_words(line)
        if words:  # no word is empty, so neither is their join
            lexicon = _lexicon()
            norm = " ".join(words)
            hit = _match_short(lexicon, line, norm, words) if len(norm) <= LINE_MAX_CHARS else None
            if hit is None:
                hit = _match_contains(lexicon, norm, words)
            if hit is not None:
                return hit
    return match_extra(line, extra) if extra else None


def match_extra(line: str, extra: tuple[str, ...]) -> LexiconHit | None:
    """The first of the ``extra`` phrases that ``line`` contains, case-insensitively.

    :func:`match_boilerplate` tries these after the known phrases.

    >>> match_extra("Brought to you by ACME", ("sponsored", "brought to you by")).phrase
    'brought to you by'
    """
    folded = _fold(line)
    for phrase in _fold_extra(extra):
        if phrase and phrase in folded:
            return LexiconHit(Kind.OTHER, phrase, "contains")
    return None


@functools.lru_cache(maxsize=64)
def _fold_extra(extra: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_fold(phrase) for phrase in extra)
