"""Recognise byline lines ("By X and Y", "Von X", "Tác giả: X", "记者 王小明"), in many languages.

The cues live in ``data/byline_cues.txt`` (``lang<TAB>form<TAB>cue``); the grammar is shared:
cue, names joined by commas or "and", then optionally an outlet and a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .cues import cues as attribution_cues
from .cues import is_agency
from .dates import find_date
from .tables import LETTER, caseless_words, read_rows

__all__ = ["BylineMatch", "match_byline"]

MAX_BYLINE_CHARS = 160
"""A byline is short: a longer line starting with "By" or "Von" is a sentence."""

MAX_NAME_WORDS = 5
"""Words in one author name ("Maria de los Angeles García" has five)."""

MAX_ROLE_WORDS = 3
"""A job title after a name ("Senior Science Editor") has at most this many words."""

MAX_AUTHORS = 6
"""More names than this is a list in the body, not a byline."""

MAX_OUTLET_WORDS = 6
"""Words in the outlet after a name ("X - Thể thao Việt Nam")."""

MIN_CJK_NAME_CHARS = 2
"""Chinese, Japanese and Korean personal names have at least two characters."""
MAX_CJK_NAME_CHARS = 4
"""Chinese, Japanese and Korean personal names are two to four characters."""

MAX_TRIM_ROUNDS = 4
"""Trailing separators and date cues ("…, Datum:", "… on") are stripped at most this often."""

_CUE_FILE = "byline_cues.txt"
_CJK_NAME_RE = re.compile(
    rf"[\u3400-\u9fff\uac00-\ud7af]{{{MIN_CJK_NAME_CHARS},{MAX_CJK_NAME_CHARS}}}"
)
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
# "BBC News", "DRN Bayern": an outlet's acronym and a word or two not in capitals
# (a name in capitals, "JANE DOE", is no outlet).
_ACRONYM_OUTLET_RE = re.compile(r"[A-Z]{2,5}(?:\s+[A-ZÀ-Þ][a-zß-ÿ]+){1,2}")
_HANDLE_RE = re.compile(r"[\w.@-]{2,30}")
# Letters go on with word characters and the combining signs of scripts that
# \w does not cover (Indic vowel signs, Thai, Arabic harakat): "राहुल", "สมชาย".
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w.'’\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0e00-\u0e7f-]*")
_OUTLET_SEP_RE = re.compile(r"\s+[|·•–—-]\s+|\s*[/／|]\s*")
_TRAILING_SEP_RE = re.compile(r"[\s,;|·•/–—:-]+\Z")
_LEADING_SEP_RE = re.compile(r"\A[\s,;|·•/–—:-]+")
# A time of day ending the line: "Posted by Jane Doe at 9:14 PM", "... o 21:14".
_TRAILING_CLOCK_RE = re.compile(
    r"\s+(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:[ap]\.?m\.?|uhr|h))?\s*\Z", re.IGNORECASE
)


@dataclass(frozen=True)
class BylineMatch:
    """A byline: the author names joined by ", ", and the date and outlet it gives."""

    author: str
    date: str | None = None
    outlet: str | None = None


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    return tuple((lang, form, cue) for lang, form, cue in read_rows(_CUE_FILE))


def _cues(form: str, lang: str | None) -> set[str]:
    rows = _rows()
    if lang is not None and any(lg == lang for lg, _, _ in rows):
        return {c for lg, f, c in rows if f == form and lg in (lang, "en", "*")}
    return {c for _, f, c in rows if f == form}


@dataclass(frozen=True)
class _Patterns:
    cue: re.Pattern[str]
    trailing_date_cue: re.Pattern[str]
    joiner: re.Pattern[str]
    with_agency: re.Pattern[str]
    place: re.Pattern[str]
    particles: frozenset[str]
    roles: frozenset[str]
    # One-word roles long enough to end a compound job title ("Testredakteur").
    role_suffixes: tuple[str, ...]
    # The first letters of all cues, as a case-insensitive class: a line that starts
    # otherwise has no cue, and the long alternation is skipped.
    cue_first: re.Pattern[str] | None


@cache
def _patterns(lang: str | None) -> _Patterns:
    # Every pattern here is case-insensitive: the word lists are grouped by first letter.
    cue = (
        rf"\A(?:(?P<colon>{caseless_words(_cues('colon', lang))})\s*[:：]\s*"
        rf"|(?P<label>{caseless_words(_cues('label', lang))})(?:\s+|(?<=['’]))"
        rf"|(?P<prefix>{caseless_words(_cues('prefix', lang))})\s+"
        rf"|(?P<cjk>{caseless_words(_cues('cjk', lang))})\s*[:：／/|＝=]?\s*)"
    )
    joiners = _cues("and", lang)
    roles = {c.casefold() for c in _cues("role", lang)}
    starts = [cue for form in ("colon", "label", "prefix", "cjk") for cue in _cues(form, lang)]
    joiner = r"\s*[,，、;]\s*|\s+(?:" + caseless_words(joiners - {"、"}) + r")\s+"
    return _Patterns(
        cue=re.compile(cue, re.IGNORECASE),
        trailing_date_cue=re.compile(
            r"(?<!" + LETTER + r")(?:" + caseless_words(_cues("date-cue", lang)) + r")\Z",
            re.IGNORECASE,
        ),
        joiner=re.compile(joiner, re.IGNORECASE),
        with_agency=re.compile(
            r"\s+(?:" + caseless_words(_cues("with", lang)) + r")\s+(?P<agency>\S.*)\Z",
            re.IGNORECASE,
        ),
        place=re.compile(
            r"\s+(?:" + caseless_words(_cues("place", lang)) + r")\s+\S.*\Z", re.IGNORECASE
        ),
        particles=frozenset(c.casefold() for c in _cues("particle", lang)),
        roles=frozenset(roles),
        role_suffixes=tuple(sorted(r for r in roles if " " not in r and len(r) >= 6)),
        cue_first=re.compile("[" + "".join(sorted({re.escape(c[0]) for c in starts})) + "]", re.I)
        if starts and all(starts)
        else None,
    )


@cache
def _photo_credit_start() -> re.Pattern[str]:
    # A photo cue with its colon after the writer's name ("... Photos : X", "... Fot.: X"),
    # in every language: credit lines mix them.
    return re.compile(
        r"\s+(?:" + caseless_words(attribution_cues("photo", None)) + r")\s*[:：]", re.IGNORECASE
    )


def _trim_end(text: str, pats: _Patterns) -> str:
    """Drop separators and date cues left at the end once a date is cut: "X, Datum:" -> "X"."""
    for _ in range(MAX_TRIM_ROUNDS):
        text = _TRAILING_SEP_RE.sub("", text)
        stripped = pats.trailing_date_cue.sub("", text)
        if stripped == text:
            break
        text = stripped
    return text.strip()


def _is_name(text: str, pats: _Patterns, *, handle_ok: bool) -> bool:
    """A personal name: capitalised words (lower-case particles inside), or CJK characters."""
    if _CJK_NAME_RE.fullmatch(text):
        return True
    words = text.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS:
        return False
    if handle_ok and len(words) == 1 and _HANDLE_RE.fullmatch(text):
        return True
    if handle_ok and all(_NAME_WORD_RE.fullmatch(w) and _uncased(w) for w in words):
        # "بقلم: ليلى الخطيب": a script without capitals, after a colon or label cue
        # (``handle_ok``); after a bare prefix ("كتب") it may be a sentence.
        return True
    if not all(_NAME_WORD_RE.fullmatch(w) for w in words) or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.casefold() in pats.particles for w in words)


def _uncased(word: str) -> bool:
    return not any(ch.isupper() or ch.islower() for ch in word)


_EMAIL_RE = re.compile(r"\S+@\S+\.\w+")
_TRAILING_BRACKETS = re.compile(r"\s*[(（][^()（）]{1,60}[)）]\s*\Z")


def _split_outlet(text: str) -> tuple[str, str | None]:
    """("X", "Outlet") from "X - Outlet", "X | Outlet", "X/Outlet"; the outlet may be absent."""
    match = _OUTLET_SEP_RE.search(text)
    if match is None:
        return text, None
    outlet = _LEADING_SEP_RE.sub("", text[match.end() :]).strip()
    outlet = _OUTLET_SEP_RE.split(outlet)[0].strip()
    words = outlet.split()
    if (
        not words
        or len(words) > MAX_OUTLET_WORDS
        or not (words[0][0].isupper() or "." in outlet)
        or ":" in outlet  # "X | Fotos: Y" credits the photographer, no outlet
    ):
        return text[: match.start()], None
    return text[: match.start()], outlet


def _is_role(part: str, pats: _Patterns) -> bool:
    """A job title after a name: a known role, one ending in a known role word
    ("Science Editor"), or a compound of one ("Testredakteur", "Sportreporterin")."""
    folded = part.casefold()
    if folded in pats.roles:
        return True
    words = folded.split()
    if len(words) > 1:
        return len(words) <= MAX_ROLE_WORDS and words[-1] in pats.roles
    return folded.endswith(pats.role_suffixes)


def is_role(text: str, lang: str | None = None) -> bool:
    """Whether ``text`` is a job title ("Science Editor", "AP Sports Writer", "Testredakteur").

    >>> is_role("AP Sports Writer"), is_role("Testredakteur", "de"), is_role("Anna Nowak", "pl")
    (True, True, False)
    """
    return _is_role(text, _patterns(lang))


def _names(text: str, pats: _Patterns, *, handle_ok: bool) -> tuple[list[str], str | None] | None:
    """The names in "X, Y and Z, Staff Writers"; an agency among them becomes the outlet."""
    # "By Dana Whitcomb Staff Writer dwhitcomb@example.com": the address goes.
    parts = [p.strip() for p in pats.joiner.split(_EMAIL_RE.sub(" ", text)) if p.strip()]
    names: list[str] = []
    outlet = None
    for position, part in enumerate(parts):
        # A job title follows a name: the first part is a role only when it is one
        # outright ("Staff"), not because it ends in one ("HNN Staff").
        if part.casefold() in pats.roles or (position and _is_role(part, pats)):
            if position and names:
                break  # "X, Staff Engineer, Platform Reliability": the rest is the job
            continue
        if position and names and is_desk_credit(part):
            continue  # "Joanna Wilk, Biuro Prasowe UPT": the writer's office
        if position and names and part[:1].islower():
            break  # "Zuzanna Mazur, studentka dziennikarstwa": what the writer does
        if is_agency(part) or (
            parts[0] != part and (_ACRONYM_RE.fullmatch(part) or _ACRONYM_OUTLET_RE.fullmatch(part))
        ):
            # "By Jane Doe, CNN", "Von Anna Berg, DRN Bayern": an agency, or an acronym
            # (with a word or two in lower case after it), is the outlet
            outlet = outlet or part
            continue
        part, role_or_agency = _split_tail(part, pats)
        if role_or_agency is not None and is_agency(role_or_agency):
            outlet = outlet or role_or_agency  # "RAFAEL SOTO Associated Press"
        words = part.split()
        if role_or_agency is not None and words and is_agency(words[0]) and len(words) <= 2:
            outlet = outlet or words[0]  # "PA Sport Staff": an agency's desk, no person
            continue
        part = pats.place.sub("", part)
        if not _is_name(part, pats, handle_ok=handle_ok):
            return None
        names.append(part)
    if not names and outlet:
        names.append(outlet)
    if not 1 <= len(names) <= MAX_AUTHORS:
        return None
    return names, outlet


def _split_tail(part: str, pats: _Patterns) -> tuple[str, str | None]:
    """A name with a job title or an agency run on after it, without a comma:
    ("Dana Whitcomb", "Staff Writer") from "Dana Whitcomb Staff Writer"."""
    words = part.split()
    for size in range(min(MAX_ROLE_WORDS, len(words) - 2), 0, -1):
        tail = " ".join(words[-size:])
        if _is_role(tail, pats) or is_agency(tail):
            return " ".join(words[:-size]), tail
    return part, None


@cache
def _contact_words() -> tuple[str, ...]:
    return tuple(cue.casefold() for cue in _cues("contact", None))


def is_press_contact(text: str) -> bool:
    """Whether a line heads a press contact, or names one's role ("Responsable de
    Comunicación"): the person there is no writer.

    >>> is_press_contact("Contacto de prensa:"), is_press_contact("Anna Berg – Pressesprecherin")
    (True, True)
    >>> is_press_contact("Anna Berg")
    False
    """
    folded = text.casefold()
    return any(word in folded for word in _contact_words())


@cache
def _desk_pattern() -> re.Pattern[str]:
    # Every language's desk words: a page credits its newsroom in its own language,
    # whatever the article's language was detected as.
    # A byline cue may come first: "Von Redaktion", "By Staff".
    prefix = caseless_words(_cues("prefix", None))
    desk = caseless_words(_cues("desk", None))
    return re.compile(rf"(?:(?:{prefix})\s+)?(?:{desk})(?!\w)", re.IGNORECASE)


def is_desk_credit(author: str) -> bool:
    """Whether a credit names a newsroom or desk rather than a person.

    >>> is_desk_credit("Redacción Salud"), is_desk_credit("Nhóm PV"), is_desk_credit("Ana Ruiz")
    (True, True, False)
    >>> is_desk_credit("Von Redaktion"), is_desk_credit("Von Redaktionsschluss")
    (True, False)
    """
    return _desk_pattern().match(author.strip()) is not None


def desk_agency(line: str, lang: str | None = None) -> str | None:
    """The agency a newsroom credit names beside itself ("La rédaction avec AFP"), or None.

    >>> desk_agency("La rédaction avec AFP", "fr"), desk_agency("Redacción Salud", "es")
    ('AFP', None)
    """
    if not is_desk_credit(line):
        return None
    beside = _patterns(lang).with_agency.search(line.strip())
    return beside["agency"].strip() if beside is not None and is_agency(beside["agency"]) else None


def match_byline(line: str, *, lang: str | None = None) -> BylineMatch | None:
    """The byline that this line is, or None.

    >>> match_byline("By John Smith, Jane Doe and Bob Lee")
    BylineMatch(author='John Smith, Jane Doe, Bob Lee', date=None, outlet=None)
    >>> match_byline("Posted by admin on June 3, 2021")
    BylineMatch(author='admin', date='2021-06-03', outlet=None)
    >>> match_byline("Minh Anh - Thể thao Việt Nam | 11:02 06/02/2017")
    BylineMatch(author='Minh Anh', date='2017-02-06T11:02', outlet='Thể thao Việt Nam')
    >>> match_byline("Posted by Jane Doe at 9:14 PM").author
    'Jane Doe'
    >>> match_byline("Par Julien Marchetti avec AFP, publié le 26 novembre 2026 à 11h04")
    BylineMatch(author='Julien Marchetti', date='2026-11-26T11:04', outlet='AFP')
    >>> match_byline("Von der Leyen sagte am Montag, die Kommission werde handeln.") is None
    True
    >>> match_byline("By the way, nobody asked.") is None
    True
    """
    return _match_byline(line, lang)


# Classify, header and metadata steps ask about the same lines: the answers are kept.
@lru_cache(maxsize=4096)
def _match_byline(line: str, lang: str | None) -> BylineMatch | None:
    line = line.strip()
    if not line or len(line) > MAX_BYLINE_CHARS:
        return None
    pats = _patterns(lang)
    date = None
    found = find_date(line, lang=lang)
    if found is not None:
        date = found.iso
        before = _trim_end(line[: found.start], pats)
        # "03.06.2021 | Von Sarah Müller": the byline follows the date.
        line = before or _LEADING_SEP_RE.sub("", line[found.end :]).strip()
    elif (clock := _TRAILING_CLOCK_RE.search(line)) is not None:
        line = _trim_end(line[: clock.start()], pats)  # the time and its "at", "o", "um"
    cue = pats.cue.match(line) if pats.cue_first is None or pats.cue_first.match(line) else None
    if cue is None:
        # Without a cue only "Name - Outlet | date" is a byline: "Hà Nội, 28/6/2021" is not.
        if date is None:
            return None
        name_part, outlet = _split_outlet(line)
        if outlet is None:
            return None
        names = _names(name_part.strip(), pats, handle_ok=False)
    else:
        handle_ok = cue["prefix"] is None
        rest = line[cue.end() :].strip()
        if cue["cjk"] is not None:
            # "作者：王晓东 李婷": names in these scripts are joined by a space too.
            words = rest.split()
            if len(words) > 1 and all(_CJK_NAME_RE.fullmatch(word) for word in words):
                rest = "、".join(words)
            names = _names(rest, pats, handle_ok=False)
            outlet = None
        else:
            # "Texte : Élise Marchand Photos : Thomas Rieu": the photographer follows.
            rest = _photo_credit_start().split(rest, maxsplit=1)[0]
            name_part, outlet = _split_outlet(rest)
            # "Par Claire Dumont (avec AFP)": the bracket holds the agency beside the writer.
            bracket = _TRAILING_BRACKETS.search(name_part)
            if bracket is not None:
                inner = " " + bracket.group().strip().strip("()（）").strip()
                beside = pats.with_agency.match(inner)
                if beside is not None and is_agency(beside["agency"]):
                    outlet = outlet or beside["agency"]
                # "Par Claire Dubois (Marseille, envoyée spéciale)": place and role in brackets.
                name_part = name_part[: bracket.start()]
            name_part = _trim_end(name_part, pats)
            # "Par Julien Marchetti avec AFP": the agency beside the writer is the outlet.
            beside = pats.with_agency.search(name_part)
            if beside is not None and is_agency(beside["agency"]):
                name_part, outlet = name_part[: beside.start()], outlet or beside["agency"]
            names = _names(name_part, pats, handle_ok=handle_ok)
    if names is None:
        return None
    authors, agency = names
    return BylineMatch(", ".join(authors), date, outlet or agency)
