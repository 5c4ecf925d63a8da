"""Recognise source attribution lines, wire datelines and photo credits, in many languages.

The cue words live in ``data/attribution_cues.txt`` (``lang<TAB>form<TAB>cue``) and the wire
agencies in ``data/agencies.txt``; the grammar of each form is shared by all languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from .dates import caseless_alternation
from .tables import LETTER, read_rows

__all__ = [
    "AttributionMatch",
    "is_agency",
    "is_photo_credit",
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

MAX_PHOTO_CREDIT_CHARS = 300
"""A photo credit, or a caption that ends with one, is at most this long."""

MAX_PHOTO_TAIL_CHARS = 80
"""A credit ending a caption ("… Ảnh: TTXVN") is looked for in this many last characters."""
MAX_BARE_CREDIT_WORDS = 6
"""A credit after a caption's last sentence without a colon ("... Fot. Name / Outlet")
has at most this many words."""

_AGENCY_CREDIT_WINDOW = 64
"""An "AGENCY/Photographer" credit is looked for in this many last characters of a line."""
_REACH_SLACK = 16
"""Separators, colon, brackets and spaces around a cue, on top of the cue's own length."""
_WORD = re.compile(r"\w+")
_LAST_WORD_WINDOW = 40
"""A credit at the end of a caption ("... hội nghị. Ảnh: TTXVN") is at most this long."""
# Punctuation that may close a line after its last word; none of it is a word character.
_CLOSING_PUNCTUATION = ".,;:!?)]}\"'”’»…）"

_CUE_FILE = "attribution_cues.txt"
_AGENCY_FILE = "agencies.txt"

# Forms whose cue is followed by a name, without a colon.
_NAME_FORMS = ("theo", "with", "courtesy")
_COLON = r"\s*[:：]\s*"
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
_DATELINE_MARKS = "(（/"  # what _DATELINE_RE cannot match without
# Where the outlet of "originally appeared on X" ends: punctuation, or "and" before a verb
# ("The Texas Tribune and is republished"), not inside a name ("Smith and Jones Media").
_CLAUSE_END_RE = re.compile(r"[;,(]|\.(?:\s|\Z)|\s(?:and|und|et|y|e)\s+(?![A-Z])")
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


@cache
def _cue_rows() -> tuple[tuple[str, str, str], ...]:
    return tuple((lang, form, cue) for lang, form, cue in read_rows(_CUE_FILE))


@cache
def _agencies() -> frozenset[str]:
    return frozenset(row[0].casefold() for row in read_rows(_AGENCY_FILE))


def _cues(form: str, lang: str | None) -> list[str]:
    """The cues of a form, for ``lang`` and for English (widely quoted), or for every language."""
    rows = _cue_rows()
    if lang is not None and any(lg == lang for lg, _, _ in rows):
        return [c for lg, f, c in rows if f == form and lg in (lang, "en", "*")]
    return [c for _, f, c in rows if f == form]


def _cue_pattern(cues: Iterable[str]) -> str:
    """Alternation of cues, longest first, each ending on a word boundary (for a
    case-insensitive pattern: the cues are grouped by first letter, for speed)."""
    ordered = sorted(set(cues), key=lambda c: (-len(c), c))
    word_end = r"(?!" + LETTER + r")"
    return caseless_alternation(
        [(cue.rstrip(":"), word_end if re.search(LETTER + r"\Z", cue) else "") for cue in ordered]
    )


@dataclass(frozen=True)
class _Patterns:
    colon_cue: re.Pattern[str]
    name_cue: re.Pattern[str]
    original: re.Pattern[str]
    reporting: re.Pattern[str]
    not_source: re.Pattern[str]


@cache
def _patterns(lang: str | None) -> _Patterns:
    name_forms = {f: _cue_pattern(_cues(f, lang)) for f in _NAME_FORMS}
    name_cue = "|".join(rf"(?P<{f}>{p})\s*" for f, p in name_forms.items())
    reporting = _cue_pattern(_cues("reporting", lang) + _cues("additional-reporting", lang))
    return _Patterns(
        colon_cue=re.compile(rf"\A(?:{_cue_pattern(_cues('cue', lang))}){_COLON}(?P<src>.+)", re.I),
        name_cue=re.compile(rf"\A(?:{name_cue})(?P<src>.+)", re.I),
        original=re.compile(
            rf"\A(?:{_cue_pattern(_cues('originally-appeared', lang))})\s*:?\s*(?P<src>.+)", re.I
        ),
        reporting=re.compile(rf"\A(?P<cue>{reporting})\s*:?\s*(?P<src>.+)", re.I),
        not_source=re.compile(
            rf"\A(?:{_cue_pattern(_cues('not-source', lang))})(?!{LETTER})", re.I
        ),
    )


@dataclass(frozen=True)
class _PhotoPatterns:
    photo: re.Pattern[str]
    photo_tail: re.Pattern[str]
    photo_agency: re.Pattern[str]
    # How far from the end of a line a photo_tail / photo_agency match can start:
    # both end at the end of the line, so searching earlier is wasted work.
    photo_tail_reach: int
    photo_agency_reach: int
    # The last word of every photo agency cue: a line ending otherwise is no agency credit.
    agency_last_words: frozenset[str]
    # The last few characters of what photo_agency matches: a cheaper test, asked first.
    agency_end: re.Pattern[str]
    # How many characters photo_start and agency_end look at, at most.
    affix: int
    # The photo pattern's opening with only the first few letters of each cue: a line
    # that starts otherwise is no photo credit, and the long alternation is skipped.
    photo_start: re.Pattern[str]
    # A caption's last sentence that is a credit without a colon: ". Fot. Name / Outlet".
    photo_tail_bare: re.Pattern[str]


@cache
def _photo_patterns() -> _PhotoPatterns:
    # Photo credits are recognised in every language at once (the cues of all of
    # them), so these are compiled once rather than per language.
    lang = None
    photo = _cue_pattern(_cues("photo", lang))
    photo_by = _cue_pattern(_cues("photo-by", lang))
    longest_photo = max((len(cue) for cue in _cues("photo", lang)), default=0)
    longest_agency = max((len(cue) for cue in _cues("photo-agency", None)), default=0)
    # The cheap tests compare a line's first and last few characters: three tell
    # most lines apart, and lines start and end in few enough ways to keep answers.
    affix = 3
    # A cue's first letters are a prefix of what the photo pattern matches, so this
    # pattern matches wherever that one does (and it is cheap: the prefixes are few).
    prefixes = {cue.rstrip(":")[:affix] for cue in _cues("photo", lang) + _cues("photo-by", lang)}
    # A line that photo_agency matches ends with a cue and what may follow it.
    endings = {
        ((cue.rstrip(":") + after)[-affix:], "")
        for cue in _cues("photo-agency", None)
        for after in ("", ")", "）", ".", ").", "）.")
    }
    return _PhotoPatterns(
        photo=re.compile(
            rf"\A[(（\[]?\s*(?:(?:{photo}){_COLON}\S|(?:{photo_by})\s*\S|(?:{photo})[)）\].]?\Z)",
            re.I,
        ),
        photo_tail=re.compile(
            rf"(?:\A|[\s.(（])(?:{photo}){_COLON}[^.!?。]{{1,{MAX_PHOTO_TAIL_CHARS}}}[)）]?\Z", re.I
        ),
        photo_agency=re.compile(
            rf"(?:\A|[\s/／(（])(?:{_cue_pattern(_cues('photo-agency', None))})[)）]?\.?\Z", re.I
        ),
        photo_tail_reach=longest_photo + MAX_PHOTO_TAIL_CHARS + _REACH_SLACK,
        photo_agency_reach=longest_agency + _REACH_SLACK,
        agency_last_words=frozenset(
            words[-1].casefold()
            for cue in _cues("photo-agency", None)
            if (words := re.findall(r"\w+", cue))
        ),
        agency_end=re.compile(rf"(?:{caseless_alternation(sorted(endings))})\Z", re.I),
        affix=affix,
        photo_start=re.compile(
            rf"[(（\[]?\s*(?:{caseless_alternation([(p, '') for p in sorted(prefixes)])})", re.I
        ),
        photo_tail_bare=re.compile(
            rf"[.!?…]\s+(?:{photo}|{photo_by})(?:\.{{1,3}}|…)?\s+(?P<credit>[^\W\d_]"
            rf"[^.!?。:：]{{0,{MAX_PHOTO_TAIL_CHARS}}})\Z",
            re.I,
        ),
    )


@cache
def _extra_pattern(extra_cues: tuple[str, ...]) -> re.Pattern[str]:
    """User cues from ``Config.extra_attribution``: the cue, an optional colon, the source."""
    return re.compile(rf"\A(?:{_cue_pattern(extra_cues)})\s*[:：]?\s*(?P<src>.+)", re.I)


def is_agency(name: str) -> bool:
    """Whether ``name`` is a known news or wire agency.

    >>> is_agency("Reuters"), is_agency("ТАСС"), is_agency("Tuổi Trẻ")
    (True, True, False)
    """
    return name.strip().casefold() in _agencies()


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
    if (m := pats.colon_cue.match(text)) is not None:
        source = _clean_source(m["src"])
        words = len(source.split())
        short = bool(_URL_RE.match(source)) or words <= MAX_CUE_SOURCE_WORDS
        if source and short and not _SENTENCE_BREAK_RE.search(source):
            return AttributionMatch(source, line, "cue")
        return None
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
    """
    # Every dateline holds a bracket or slash: most paragraphs skip the costly match.
    if not any(char in paragraph for char in _DATELINE_MARKS):
        return None
    match = _DATELINE_RE.match(paragraph.lstrip())
    if match is None:
        return None
    place = match["place"].strip()
    if place and not _is_capitalised(place):
        return None
    if match["slashed"] is not None:
        source = _agency_parts(match["slashed"])
        if source is None:
            return None
        return AttributionMatch(source, match.group().strip(), "wire-dateline")
    source = _agency_parts(match["agency"])
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


def _last_word(text: str) -> str | None:
    # The last run of word characters, looked for in the last space-separated
    # token first: a word never spans a space.  Most tokens are a word, perhaps
    # with closing punctuation (none of it word characters): no regex needed.
    tokens = text.rsplit(None, 1)
    if not tokens:
        return None
    word = tokens[-1].rstrip(_CLOSING_PUNCTUATION)
    if word.isalnum():
        return word
    words = _WORD.findall(tokens[-1]) or _WORD.findall(text)
    return words[-1] if words else None


# Kept per start and per ending: lines start and end in few distinct ways, and
# most of them no photo cue's.
@lru_cache(maxsize=4096)
def _may_start_with_cue(start: str) -> bool:
    return _photo_patterns().photo_start.match(start) is not None


@lru_cache(maxsize=4096)
def _may_end_with_agency(ending: str) -> bool:
    return _photo_patterns().agency_end.search(ending) is not None


# "... en un centro de salud. EFE/Raúl Medina", "(PAP/Leszek Nowak)": an agency,
# a slash and the photographer's name end a caption.
# "(AP Photo/Tom Whitaker)" names the agency's photo service.
_AGENCY_SLASH_NAME = re.compile(
    r"(?:\A|[\s.(（])(?P<agency>[^\W\d_][\w.&-]*)(?:\s+(?:photos?|fotos?|images?))?"
    r"\s*/\s*(?P<name>[^\W\d_][^/()（）]{1,40}?)[)）]?\.?\Z",
    re.IGNORECASE,
)


def _ends_with_agency_photographer(line: str) -> bool:
    if "/" not in line[-_AGENCY_CREDIT_WINDOW:]:
        return False
    found = _AGENCY_SLASH_NAME.search(line, max(0, len(line) - _AGENCY_CREDIT_WINDOW))
    if found is None:
        return False
    words = found["name"].split()
    # A person's name, capitalised throughout: "AFP/Reuters" credits two agencies
    # (a source, not a photo), "AFP/Reuters figures were wrong" is a sentence.
    return (
        len(words) <= MAX_BARE_CREDIT_WORDS
        and all(word[0].isupper() for word in words)
        and is_agency(found["agency"])
        and not is_agency(found["name"])
    )


def _ends_with_bare_credit(line: str, pats: _PhotoPatterns) -> bool:
    # "... w poniedziałek. Fot. Piotr Zawada / Wierzbin24", "... en juin. Photo Le
    # Journal": a caption whose last sentence is a cue and a capitalised name of
    # a few words.  Lines without a sentence end before the tail skip the search.
    start = max(0, len(line) - pats.photo_tail_reach)
    found = pats.photo_tail_bare.search(line, start)
    return (
        found is not None
        and found["credit"][0].isupper()
        and len(found["credit"].split()) <= MAX_BARE_CREDIT_WORDS
    )


@cache
def _position_pattern() -> re.Pattern[str]:
    # Every language's markers at once: captions are not always in the page's language.
    return re.compile(rf"[(（]\s*(?:{_cue_pattern(_cues('photo-position', None))})\s*[)）]", re.I)


def names_photo_positions(line: str) -> bool:
    """Whether the line says where people stand in a picture: a caption.

    >>> names_photo_positions("Kevin King (left) and Timothy Weeks after their release")
    True
    >>> names_photo_positions("The left wing (of the party) voted against it")
    False
    """
    return ("(" in line or "（" in line) and _position_pattern().search(line) is not None


def is_photo_credit(line: str) -> bool:
    """Whether the line is a photo credit, or a short caption that ends with one.

    >>> is_photo_credit("Ảnh: Nguyễn Khánh"), is_photo_credit("(Photo by John Doe/Getty Images)")
    (True, True)
    >>> is_photo_credit("Bộ trưởng phát biểu tại hội nghị. Ảnh: TTXVN")
    True
    >>> is_photo_credit("Nguồn: Nhân dân điện tử")
    False
    >>> is_photo_credit("Tramwaj na nowym torowisku. Fot. Piotr Zawada / Wierzbin24")
    True
    >>> is_photo_credit("Una enfermera administra la vacuna. EFE/Raúl Medina")
    True
    >>> is_photo_credit("Rescuers on the pier on Wednesday. (AP Photo/Tom Whitaker)")
    True
    >>> is_photo_credit("She took the photo. Photos of the day are online at noon")
    False
    """
    line = line.strip()
    if not line or len(line) > MAX_PHOTO_CREDIT_CHARS:
        return False
    pats = _photo_patterns()
    # Cheap tests first, for the start and the end of the line: most lines fail both.
    if line[0] in "(（[":  # after a bracket (and spaces) the cue may start anywhere
        may_start = pats.photo_start.match(line) is not None
    else:
        may_start = _may_start_with_cue(line[: pats.affix])
    if may_start and pats.photo.match(line):
        return True
    # The tail credit needs a colon: most lines have none, and skip the search.
    # Searching from ``pos`` > 0 never lets ``\A`` match there, so the window
    # only skips starts that could not reach the end of the line anyway.
    if (":" in line or "：" in line) and pats.photo_tail.search(
        line, max(0, len(line) - pats.photo_tail_reach)
    ):
        return True
    if _ends_with_bare_credit(line, pats) or _ends_with_agency_photographer(line):
        return True
    if not _may_end_with_agency(line[-pats.affix :]):
        return False
    last = _last_word(line[-_LAST_WORD_WINDOW:])
    return (
        last is not None
        and last.casefold() in pats.agency_last_words
        and pats.photo_agency.search(line, max(0, len(line) - pats.photo_agency_reach)) is not None
    )
