"""Recognise source attribution lines and wire datelines, in many languages.

The cue words live in ``data/attribution_cues.txt`` (``lang<TAB>form<TAB>cue``) and the wire
agencies in ``data/agencies.txt``; the grammar of each form is shared by all languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .credits import is_photo_credit
from .cues import COLON, cue_pattern, cues, is_agency
from .tables import LETTER

__all__ = [
    "AttributionMatch",
    "is_agency",
    "match_attribution",
    "match_dateline",
    "split_trailing_attribution",
]

MAX_ATTRIBUTION_CHARS = 200
"""An attribution line is short: longer lines are body text that happens to start with a cue."""

MAX_CUE_SOURCE_WORDS = 12
"""After an explicit cue ("Nguồn:", "Source:") the source may be a long outlet or report name."""

MAX_NAME_SOURCE_WORDS = 8
"""After a cue without colon ("Theo X", "Avec X") the source must be a short name: a longer X
is a body sentence ("Theo số liệu của Tổng cục Thống kê, ...")."""

MAX_SIGNOFF_NAME_WORDS = 5
"""Each side of a "Name/Outlet" sign-off, and the name after a dash sign-off, is this short."""

MAX_TRAILING_CHARS = 120
"""An attribution glued to the end of a paragraph ("... thận. Theo Tuổi Trẻ") is this short."""

MAX_DATELINE_PLACE_CHARS = 60
"""The place (and date) before a wire agency in a dateline: "NEW YORK, June 3 (Reuters) -"."""


# Forms whose cue is followed by a name, without a colon.
_NAME_FORMS = ("theo", "with", "courtesy")
_DASHES = "-–—"
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+\Z", re.IGNORECASE)
_DOMAIN_RE = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\Z", re.IGNORECASE)
# A sentence ends after a word, not after an initial: "U.S. Bureau of Labor Statistics".
_SENTENCE_BREAK_RE = re.compile(r"(?<=\w\w)[.!?…]\s+\S|[。！？]\s*\S")
_BAD_NAME_CHARS_RE = re.compile(r"[!?;:%@#*=+\"“”«»。！？；]")
_PARENS_RE = re.compile(r"\A[(（\[](?P<inner>[^()（）\[\]]+)[)）\]]\Z")
_TRAILING_PARENS_RE = re.compile(r"\s*[(（][^()（）]*[)）]\Z")
_NAME_OUTLET_RE = re.compile(r"\A(?P<name>[^/／]{2,60}?)\s*[/／]\s*(?P<outlet>[^/／]{2,60})\Z")
_SIGNOFF_RE = re.compile(r"\A[" + _DASHES + r"]{1,2}\s*(?P<src>[^" + _DASHES + r"].*)\Z")
# Place (capitalised, may hold a date and abbreviations: "NEW BEDFORD, Mass."), then the agency
# in brackets or, Russian style, in slashes ("КАЛИНИНГРАД, 5 марта. /ТАСС/."), then a dash.
_DATELINE_RE = re.compile(
    r"\A(?P<place>(?:[^\W\d_][^()（）/\n!?]{0,"
    + str(MAX_DATELINE_PLACE_CHARS)
    + r"}?)?)\s*(?:[(（]\s*(?P<agency>[^()（）]{1,40}?)\s*[)）]|/(?P<slashed>[^/\s][^/]{0,38}?)/)"
    + r"\.?\s*(?P<dash>[-–—:])?"
)
# "Tudela (Navarra), 25 nov (EFE).-", "Frankfurt/Main (dpa) -": a place with its
# province in brackets, or written with a slash, which _DATELINE_RE's place cannot hold.
_MARKED_PLACE_DATELINE_RE = re.compile(
    r"\A(?P<place>[^\W\d_][^()（）/\n!?]{0,30}?"
    r"(?:[(（][^()（）]{1,30}[)）]|/[^\W\d_])[^()（）/\n!?]{0,30}?)"
    r"\s*[(（]\s*(?P<agency>[^()（）]{1,40}?)\s*[)）]\.?\s*(?P<dash>[-–—:])"
)
_DATELINE_MARKS = "(（/"  # what _DATELINE_RE cannot match without
# Where the outlet of "originally appeared on X" ends: punctuation, or "and" before a verb
# ("The Texas Tribune and is republished"), not inside a name ("Smith and Jones Media").
# Where the outlet's name ends in "X and is republished here", "X under a Creative
# Commons licence", "X, with permission".
_CLAUSE_END_RE = re.compile(
    r"[;,(]|\.(?:\s|\Z)|\s(?:and|und|et|y|e)\s+(?![A-Z])|\s(?:under|unter|sous|bajo)\s"
)
# A dash, then words in lower case or figures: a remark after the outlet's name.
_ASIDE_RE = re.compile(r"\s[-–—]\s+(?=[^\W_A-Z]|\d)")
_AGENCY_SPLIT_RE = re.compile(r"[/,／、]")
_DESK_CODE_RE = re.compile(r"[a-z]{2,4}")  # "lno" in "dpa/lno": a regional desk, not a source
_REPORTING_SPLIT_RE = re.compile(r"\s*;\s*")
# "Additional reporting by Jane Doe in London": the place is not part of the source.
_REPORTING_PLACE_RE = re.compile(r"\s+(?:in|from)\s+[A-Z][^,;]*\Z")


@dataclass(frozen=True)
class AttributionMatch:
    """An attribution: the source as written, the whole line it came from, and its form.

    ``form`` is one of ``cue``, ``theo``, ``with``, ``courtesy``, ``originally-appeared``,
    ``additional-reporting``, ``reporting``, ``wire-dateline``, ``agency``,
    ``agency-parenthetical``, ``signoff``, ``name-outlet``, ``url`` and ``extra``.
    """

    source: str
    source_line: str
    form: str


@dataclass(frozen=True)
class _Patterns:
    colon_cue: re.Pattern[str]
    name_cue: re.Pattern[str]
    original: re.Pattern[str]
    reporting: re.Pattern[str]
    not_source: re.Pattern[str]


@cache
def _patterns(lang: str | None) -> _Patterns:
    name_forms = {f: cue_pattern(cues(f, lang)) for f in _NAME_FORMS}
    name_cue = "|".join(rf"(?P<{f}>{p})\s*" for f, p in name_forms.items())
    reporting = cue_pattern(cues("reporting", lang) + cues("additional-reporting", lang))
    return _Patterns(
        colon_cue=re.compile(rf"\A(?:{cue_pattern(cues('cue', lang))}){COLON}(?P<src>.+)", re.I),
        name_cue=re.compile(rf"\A(?:{name_cue})(?P<src>.+)", re.I),
        original=re.compile(
            rf"\A(?:{cue_pattern(cues('originally-appeared', lang))})\s*:?\s*(?P<src>.+)", re.I
        ),
        reporting=re.compile(rf"\A(?P<cue>{reporting})\s*:?\s*(?P<src>.+)", re.I),
        not_source=re.compile(rf"\A(?:{cue_pattern(cues('not-source', lang))})(?!{LETTER})", re.I),
    )


@cache
def _extra_pattern(extra_cues: tuple[str, ...]) -> re.Pattern[str]:
    """User cues from ``Config.extra_attribution``: the cue, an optional colon, the source."""
    return re.compile(rf"\A(?:{cue_pattern(extra_cues)})\s*[:：]?\s*(?P<src>.+)", re.I)


def _agency_parts(text: str) -> str | None:
    """The agencies of "dpa/lno", "AFP/TTXVN", "Reuters, AP"; None unless the first is known.

    Lower-case parts after a known agency are desk codes ("lno") and are dropped.
    """
    # The first part alone first: most texts are no agency at all.
    first = _AGENCY_SPLIT_RE.search(text)
    if not is_agency(text[: first.start()] if first else text):
        return None
    parts = [p.strip() for p in _AGENCY_SPLIT_RE.split(text)]
    kept = []
    for part in parts:
        if is_agency(part):
            kept.append(part)
        elif not _DESK_CODE_RE.fullmatch(part):
            return None
    return "/".join(kept)


def _clean_source(text: str) -> str:
    return text.strip().strip("\"'“”«»").rstrip(" .,;:").strip()


def _is_capitalised(word: str) -> bool:
    first = word.lstrip("\"'“«(")[:1]
    return first.isupper() or first.isdigit()


def _looks_like_name(text: str, max_words: int) -> bool:
    """A name or outlet: capitalised start, few words, no sentence punctuation or numbers."""
    words = text.split()
    if not 1 <= len(words) <= max_words or _BAD_NAME_CHARS_RE.search(text):
        return False
    if _SENTENCE_BREAK_RE.search(text) or any(ch.isdigit() for ch in text):
        return bool(_DOMAIN_RE.match(text))
    return _is_capitalised(words[0]) or bool(_DOMAIN_RE.match(text))


def _name_source(text: str, lang: str | None) -> str | None:
    """The source of "Theo X", "Avec X": X without a trailing "(Y)", or None for body text."""
    source = _clean_source(_TRAILING_PARENS_RE.sub("", text))
    if not source or _patterns(lang).not_source.match(source) or "," in source:
        # A comma is a clause ("Theo Bộ Y tế, số ca ...") unless it lists agencies.
        return _agency_parts(source) if "," in source else None
    if is_agency(source) or _looks_like_name(source, MAX_NAME_SOURCE_WORDS):
        return source  # agencies may be written in lower case: "Mit Material von dpa"
    # "Mit Material von dpa/lby": an agency and its regional desk.
    return _agency_parts(source) if "/" in source else None


def _cue_source(text: str) -> str | None:
    """The source after a cue: "Le Journal des Alpes — article publié le 25/11",
    "The Harbour Gazette, Boothbay Harbor. Republished with permission" name an
    outlet and then say more; None when what follows the cue is a sentence."""
    aside = _ASIDE_RE.search(text)
    source = _clean_source(text[: aside.start()] if aside else text)
    short = bool(_URL_RE.match(source)) or len(source.split()) <= MAX_CUE_SOURCE_WORDS
    if source and short and not _SENTENCE_BREAK_RE.search(source):
        return source
    # A sentence follows the outlet: keep the name before the first clause, when
    # it reads as one (most of its words capitalised, "The Harbour Gazette").
    name = _cut_clause(source)
    words = name.split()
    capitalised = sum(map(_is_capitalised, words))
    if words and 2 * capitalised > len(words) and not _SENTENCE_BREAK_RE.search(name):
        return name
    return None


def _cut_clause(text: str) -> str:
    """The outlet at the start of "The Conversation and is republished here", "X, under ..."."""
    match = _CLAUSE_END_RE.search(text)
    return _clean_source(text[: match.start()] if match else text)


def _unwrap(line: str) -> str:
    """The line without surrounding parentheses: "(Theo Reuters)" reads as "Theo Reuters"."""
    match = _PARENS_RE.match(line)
    return match["inner"].strip() if match else line


def _match_cues(
    line: str, lang: str | None, extra_cues: tuple[str, ...]
) -> AttributionMatch | None:
    pats = _patterns(lang)
    text = _unwrap(line)
    if extra_cues:
        extra = _extra_pattern(extra_cues).match(text)
        if extra and (source := _clean_source(extra["src"])):
            return AttributionMatch(source, line, "extra")
    # A cue with a colon is unambiguous in any language: an aggregator credits
    # in its own language ("Nguồn: Reuters" under an English text).
    m = pats.colon_cue.match(text)
    if m is None and lang is not None:
        m = _patterns(None).colon_cue.match(text)
    if m is not None:
        named = _cue_source(m["src"])
        return AttributionMatch(named, line, "cue") if named else None
    if (m := pats.original.match(text)) is not None:
        source = _cut_clause(m["src"])
        return AttributionMatch(source, line, "originally-appeared") if source else None
    if (m := pats.reporting.match(text)) is not None:
        form = "additional-reporting" if "additional" in m["cue"].casefold() else "reporting"
        names = _REPORTING_SPLIT_RE.split(m["src"])[0]
        source = _clean_source(_REPORTING_PLACE_RE.sub("", names))
        return AttributionMatch(source, line, form) if source else None
    # "theo Tuổi Trẻ" in lower case continues a sentence broken over two lines.
    if text[:1].isupper() and (m := pats.name_cue.match(text)) is not None:
        name = _name_source(m["src"], lang)
        form = next(f for f in _NAME_FORMS if m[f] is not None)
        return AttributionMatch(name, line, form) if name else None
    return None


def match_republication(line: str, *, lang: str | None = None) -> AttributionMatch | None:
    """A republication note that this whole line is ("This article first appeared in X"), or None.

    >>> match_republication("This article first appeared in The Ledger and is reprinted.").source
    'The Ledger'
    """
    line = line.strip()
    if len(line) > MAX_ATTRIBUTION_CHARS:
        return None
    found = _patterns(lang).original.match(_unwrap(line))
    source = _cut_clause(found["src"]) if found is not None else None
    return AttributionMatch(source, line, "originally-appeared") if source else None


def match_attribution(
    line: str,
    *,
    lang: str | None = None,
    extra_cues: tuple[str, ...] = (),
    is_last: bool = False,
) -> AttributionMatch | None:
    """The attribution that this whole line is, or None.

    ``extra_cues`` are user cues ("Courtesy of") that start an attribution line.  ``is_last``
    says the line ends the article, where a bare URL or a dash sign-off is an attribution too.

    >>> match_attribution("Nguồn: Nhân dân điện tử")
    AttributionMatch(source='Nhân dân điện tử', source_line='Nguồn: Nhân dân điện tử', form='cue')
    >>> match_attribution("Theo Tuổi Trẻ (Hà Nội)").source
    'Tuổi Trẻ'
    >>> match_attribution("Theo số liệu của Tổng cục Thống kê, GDP tăng 5,6%") is None
    True
    >>> match_attribution("Minh Anh/VNEXPRESS.NET").source
    'VNEXPRESS.NET'
    >>> match_attribution("— The Associated Press").form
    'signoff'
    >>> match_attribution("https://nhandan.vn/tin-tuc", is_last=True).form
    'url'
    """
    line = line.strip()
    if not line or len(line) > MAX_ATTRIBUTION_CHARS or is_photo_credit(line):
        return None
    found = _match_cues(line, lang, extra_cues)
    if found is not None:
        return found
    inner = _unwrap(line).rstrip(".")
    if (source := _agency_parts(inner)) is not None:
        form = "agency" if inner == line.rstrip(".") else "agency-parenthetical"
        return AttributionMatch(source, line, form)
    if (dateline := match_dateline(line)) is not None and dateline.source_line == line:
        return dateline
    if (m := _SIGNOFF_RE.match(line)) is not None:
        source = _clean_source(m["src"])
        known = is_agency(source) or any(is_agency(w) for w in source.split())
        # An unknown name must be capitalised word by word: "- Xem thêm" is a bullet.
        person = all(_is_capitalised(w) for w in source.split())
        if (known or (is_last and person)) and _looks_like_name(source, MAX_SIGNOFF_NAME_WORDS):
            return AttributionMatch(source, line, "signoff")
    if ("/" in line or "／" in line) and (m := _NAME_OUTLET_RE.match(line)) is not None:
        name, outlet = m["name"].strip(), _clean_source(m["outlet"])
        strong = bool(_DOMAIN_RE.match(outlet)) or is_agency(outlet) or is_last
        # Person names are capitalised word by word; "Trang chủ / Tin tức" is a breadcrumb.
        person = all(_is_capitalised(w) for w in name.split()) and not name[:1].isdigit()
        names_ok = _looks_like_name(name, MAX_SIGNOFF_NAME_WORDS) and _looks_like_name(
            outlet, MAX_SIGNOFF_NAME_WORDS
        )
        if (strong or len(name.split()) >= 2) and person and names_ok:
            return AttributionMatch(outlet, line, "name-outlet")
    if is_last and _URL_RE.match(inner):
        return AttributionMatch(inner, line, "url")
    return None


def match_dateline(paragraph: str) -> AttributionMatch | None:
    """The wire dateline that starts a body paragraph; the paragraph itself stays body.

    ``source_line`` is the dateline, up to and including its dash.

    >>> match_dateline("WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday ...")
    AttributionMatch(source='Reuters', source_line='WASHINGTON (Reuters) -', form='wire-dateline')
    >>> match_dateline("BERLIN (dpa/lno) - Die Polizei ...").source
    'dpa'
    >>> match_dateline("The minister (right) - smiling - said ...") is None
    True
    >>> match_dateline("(부산=연합뉴스) 김민수 기자 = 부산 해운대 ...").source
    '연합뉴스'
    >>> match_dateline("Tudela (Navarra), 25 nov (EFE).- Los agricultores ...").source
    'EFE'
    >>> match_dateline("Frankfurt/Main (dpa) - Die Deutschen wollen ...").source
    'dpa'
    """
    # Every dateline holds a bracket or slash: most paragraphs skip the costly match.
    if not any(char in paragraph for char in _DATELINE_MARKS):
        return None
    found = _dateline(paragraph.lstrip(), _DATELINE_RE)
    if found is None:
        found = _dateline(paragraph.lstrip(), _MARKED_PLACE_DATELINE_RE)
    return found


def _dateline(paragraph: str, pattern: re.Pattern[str]) -> AttributionMatch | None:
    match = pattern.match(paragraph)
    if match is None:
        return None
    place = match["place"].strip()
    if place and not _is_capitalised(place):
        return None
    if match.groupdict().get("slashed") is not None:
        source = _agency_parts(match["slashed"])
        if source is None:
            return None
        return AttributionMatch(source, match.group().strip(), "wire-dateline")
    # "(부산=연합뉴스)": Korean wires put the place inside the bracket, before "=".
    source = _agency_parts(match["agency"].rpartition("=")[2])
    if not match["dash"] and (place or source is None):
        return None  # without a dash only a known agency opening the paragraph: "(TTXVN) Chiều ..."
    if source is None:
        # "(Dân trí) - ..." opens Vietnamese articles: an outlet name in place of an agency.
        if place or not _looks_like_name(match["agency"], 3):
            return None
        source = match["agency"].strip()
    return AttributionMatch(source, match.group().strip(), "wire-dateline")


_BOUNDARY_RE = re.compile(r"(?<=[.!?…。！？\"”»)])\s+|\s*(?=[(（])")


def split_trailing_attribution(
    paragraph: str, *, lang: str | None = None
) -> tuple[str, AttributionMatch] | None:
    """Split an attribution glued to the end of a paragraph off it.

    >>> head, match = split_trailing_attribution("Bệnh nhân bị tổn thương gan, thận. Theo Tuổi Trẻ")
    >>> head, match.source, match.form
    ('Bệnh nhân bị tổn thương gan, thận.', 'Tuổi Trẻ', 'theo')
    >>> split_trailing_attribution("Theo ông A, giá sẽ tăng. Giá vàng giảm.") is None
    True
    """
    paragraph = paragraph.rstrip()
    window = max(0, len(paragraph) - MAX_TRAILING_CHARS)
    for boundary in _BOUNDARY_RE.finditer(paragraph, window):
        head, tail = paragraph[: boundary.start()].rstrip(), paragraph[boundary.end() :]
        if not head:
            continue
        found = match_attribution(tail, lang=lang)
        if found is not None:
            return head, found
    return None
