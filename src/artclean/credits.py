"""Recognise photo credits and captions that end with one, in many languages:
"Ảnh: TTXVN", "(Photo by X/Getty Images)", "... Fot. Name / Outlet", "EFE/Name".

The cue words are the ``photo`` forms of ``data/attribution_cues.txt``: one
credit grammar for every language, compiled once for all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .cues import COLON, cue_pattern, cues, is_agency
from .tables import caseless_alternation

__all__ = ["is_credit_only", "is_photo_credit", "names_photo_positions"]

MAX_PHOTO_CREDIT_CHARS = 300
"""A photo credit, or a caption that ends with one, is at most this long."""

MAX_PHOTO_TAIL_CHARS = 80
"""A credit ending a caption ("… Ảnh: TTXVN") is looked for in this many last characters."""
MAX_SLASHED_CREDIT_WORDS = 7
"""A credit line without a colon ("Photo Outlet/Name") has at most this many words after
the cue."""
MAX_BARE_CREDIT_WORDS = 6
"""A credit after a caption's last sentence without a colon ("... Fot. Name / Outlet")
has at most this many words."""

MAX_CREDIT_ONLY_WORDS = 8
"""A line of a photo credit and nothing else (no caption before it) has at most this many words."""

_AGENCY_CREDIT_WINDOW = 64
"""An "AGENCY/Photographer" credit is looked for in this many last characters of a line."""
_REACH_SLACK = 16
"""Separators, colon, brackets and spaces around a cue, on top of the cue's own length."""
_WORD = re.compile(r"\w+")
# A character of a credit: no sentence end, but a name's initial may have its
# period ("Foto: D. Pereda").
_CREDIT_CHAR = r"(?:[^.!?。]|(?<=(?<!\w)[^\W\d_])\.)"
# A sentence ending inside a line ("The pier. Photo: …"), not an initial ("Gene J. Puskar").
_SENTENCE_END = re.compile(r"\w\w[.!?…][\"»”]?\s+\S")
# "© Sandra Kiefer": a copyright sign and a capitalised name, no year; inside an
# article that is a picture's credit (a site's copyright notice carries a year).
_COPYRIGHT_NAME = re.compile(r"\A[©Ⓒ]\s*(?:[^\W\d_][\w.'’-]*\s*){1,4}\Z")
# What the bare-credit pattern needs before its cue: a sentence end or a closing quote.
_SENTENCE_ENDS = '.!?…»”"'
# Punctuation that may close a line after its last word; none of it is a word character.
_CLOSING_PUNCTUATION = ".,;:!?)]}\"'”’»…）"
_LAST_WORD_WINDOW = 40
"""A credit at the end of a caption ("... hội nghị. Ảnh: TTXVN") is at most this long."""


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
    # A caption that ends in the cue alone: "... sáng 20/11. Ảnh minh họa", "(Symbolbild)".
    photo_tail_alone: re.Pattern[str]
    # A credit line without a colon, outlet and photographer: "Photo Éveil savoyard/Thomas
    # Gaudin", "Fot. PAP/Jan Kowalski".
    photo_slashed: re.Pattern[str]


@cache
def _photo_patterns() -> _PhotoPatterns:
    # Photo credits are recognised in every language at once (the cues of all of
    # them), so these are compiled once rather than per language.
    lang = None
    photo = cue_pattern(cues("photo", lang))
    photo_by = cue_pattern(cues("photo-by", lang))
    longest_photo = max((len(cue) for cue in cues("photo", lang)), default=0)
    longest_agency = max((len(cue) for cue in cues("photo-agency", None)), default=0)
    # The cheap tests compare a line's first and last few characters: three tell
    # most lines apart, and lines start and end in few enough ways to keep answers.
    affix = 3
    # A cue's first letters are a prefix of what the photo pattern matches, so this
    # pattern matches wherever that one does (and it is cheap: the prefixes are few).
    prefixes = {cue.rstrip(":")[:affix] for cue in cues("photo", lang) + cues("photo-by", lang)}
    # A line that photo_agency matches ends with a cue and what may follow it.
    endings = {
        ((cue.rstrip(":") + after)[-affix:], "")
        for cue in cues("photo-agency", None)
        for after in ("", ")", "）", ".", ").", "）.")
    }
    return _PhotoPatterns(
        photo=re.compile(
            rf"\A[(（\[]?\s*(?:(?:{photo}){COLON}\S|(?:{photo_by})\s*\S|(?:{photo})[)）\].]?\Z)",
            re.I,
        ),
        photo_tail=re.compile(
            rf"(?:\A|[\s.(（])(?:{photo}){COLON}{_CREDIT_CHAR}{{1,{MAX_PHOTO_TAIL_CHARS}}}[)）]?\Z",
            re.I,
        ),
        photo_agency=re.compile(
            rf"(?:\A|[\s/／(（])(?:{cue_pattern(cues('photo-agency', None))})[)）]?\.?\Z", re.I
        ),
        photo_tail_reach=longest_photo + MAX_PHOTO_TAIL_CHARS + _REACH_SLACK,
        photo_agency_reach=longest_agency + _REACH_SLACK,
        agency_last_words=frozenset(
            words[-1].casefold()
            for cue in cues("photo-agency", None)
            if (words := re.findall(r"\w+", cue))
        ),
        agency_end=re.compile(rf"(?:{caseless_alternation(sorted(endings))})\Z", re.I),
        affix=affix,
        photo_start=re.compile(
            rf"[(（\[]?\s*(?:{caseless_alternation([(p, '') for p in sorted(prefixes)])})", re.I
        ),
        photo_tail_bare=re.compile(
            # "by" cues first: "Photo by X" is not the cue "Photo" and a credit "by X".
            # The credit may end in an initial ("Agnieszka W.") or sit in brackets.
            rf"[.!?…»”\"]\s+(?:[/|]\s+)?[(（]?(?:{photo_by}|{photo})(?:\.{{1,3}}|…)?\s+(?P<credit>[^\W\d_]"
            rf"[^.!?。:：()（）]{{0,{MAX_PHOTO_TAIL_CHARS}}}?)\.?[)）]?\Z",
            re.I,
        ),
        photo_tail_alone=re.compile(
            rf"(?:[.!?…»”\"]\s+[(（]?|\s[(（])(?:{photo})\.?[)）]?\.?\Z", re.I
        ),
        photo_slashed=re.compile(
            rf"(?:{photo})\s+(?P<credit>[^\W\d_][^/]{{0,40}}/\s*[^\W\d_][^/]{{0,40}})", re.I
        ),
    )


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
    r"\s*/\s*(?P<name>[^\W\d_][^/()（）]{1,40}?)"
    # "REUTERS/Jane Doe/File Photo", "EFE/Name/Pool": what kind of picture it is.
    r"(?:\s*/\s*(?:file\s+photo|file|pool|handout|illustration|archivo|archiv))?[)）]?\.?\Z",
    re.IGNORECASE,
)


def _ends_with_agency_photographer(line: str) -> bool:
    if "/" not in line[-_AGENCY_CREDIT_WINDOW:]:  # most lines: no slash near the end
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


@cache
def _photo_owners() -> frozenset[str]:
    return frozenset(cue.casefold() for cue in cues("photo-owner", None))


def _names_an_owner(credit: str) -> bool:
    # "archiwum prywatne", "privat": a credit in lower case that still names an owner.
    return credit.strip(" .()").casefold() in _photo_owners()


def _ends_with_bare_credit(line: str, pats: _PhotoPatterns) -> bool:
    # "... w poniedziałek. Fot. Piotr Zawada / Wierzbin24", "... en juin. Photo Le
    # Journal": a caption whose last sentence is a cue and a capitalised name of
    # a few words.  Most lines have no sentence end in the tail: a plain ``in``
    # test turns them away before the regular expression scans them.
    start = max(0, len(line) - pats.photo_tail_reach)
    if not any(mark in line[start:] for mark in _SENTENCE_ENDS):
        return False
    found = pats.photo_tail_bare.search(line, start)
    return (
        found is not None
        and (found["credit"][0].isupper() or _names_an_owner(found["credit"]))
        # Words, not separators: "Écho des Landes - Yann Le Goff" is six.
        and sum(1 for word in found["credit"].split() if _WORD.search(word))
        <= MAX_BARE_CREDIT_WORDS
    )


# "... this weekCredit: Roar Pictures": a caption and its credit run together, the
# cue capitalised right after a lower-case letter (a dump that lost the space).
_GLUED_CREDIT = re.compile(
    r"[a-zß-ÿ'’](?:Credit|Credits|Photo|Photos|Picture|Image|Foto|Fotos|Bild|Zdjęcie|Ảnh)"
    r"\s?:\s?\S[^.!?]{0,80}\Z"
)


# "蒸した酒米を冷ます蔵人たち＝26日午前、新潟県長岡市": a Japanese news photo's caption
# ends with "＝" and when and where it was taken.
_JA_CAPTION = re.compile(r"＝\d{1,2}日[^。＝]{0,30}\Z")


# "……。新华社记者 王晓东 摄", "（王晓东摄）": a Chinese caption ends with the
# photographer's name and 摄 ("photographed"; 拍摄 is "to film", a verb).
_CJK_PHOTO_MARKS = ("摄", "攝")
_CJK_PHOTOGRAPHER = re.compile(r"[\u3400-\u9fff]{2,4}(?<![拍摄攝])\s*[摄攝]\s*[)）]?\s*\Z")


@cache
def _position_pattern() -> re.Pattern[str]:
    # Every language's markers at once: captions are not always in the page's language.
    return re.compile(rf"[(（]\s*(?:{cue_pattern(cues('photo-position', None))})\s*[)）]", re.I)


def names_photo_positions(line: str) -> bool:
    """Whether the line says where people stand in a picture: a caption.

    >>> names_photo_positions("Kevin King (left) and Timothy Weeks after their release")
    True
    >>> names_photo_positions("The left wing (of the party) voted against it")
    False
    """
    return ("(" in line or "（" in line) and _position_pattern().search(line) is not None


# Metadata, title and source steps ask about the same lines, page after page.
@lru_cache(maxsize=16384)
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
    >>> is_photo_credit("The new earbuds in sage green. Photo by Owen Fletcher / The Ledger")
    True
    >>> is_photo_credit("Claire Aubanel dans « La Maison ». © Jean-Luc Barrault")
    True
    >>> is_photo_credit("Le musée, bouclé ce dimanche. (Photo Ouest Matin / Alain T.)")
    True
    >>> is_photo_credit("Đoàn tàu chạy thử qua ga ngầm sáng 20/11. Ảnh minh họa")
    True
    >>> is_photo_credit("工人在松花江上切割冰块。新华社记者 王晓东 摄")
    True
    >>> is_photo_credit("Bins lined up on a terraced street this weekCredit: Roar Pictures")
    True
    >>> is_photo_credit("Photo Éveil savoyard/Thomas Gaudin")
    True
    >>> is_photo_credit("Dr Ewa Grabowska w arboretum, w którym pracuje. Fot. archiwum prywatne")
    True
    >>> is_photo_credit("蒸した酒米を広げて冷ます蔵人たち＝26日午前、新潟県長岡市")
    True
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
    if may_start and "/" in line and (slashed := pats.photo_slashed.fullmatch(line)):
        credit = slashed["credit"]
        if credit[0].isupper() and len(credit.split()) <= MAX_SLASHED_CREDIT_WORDS:
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
    if line[-2:].rstrip(")）").endswith(_CJK_PHOTO_MARKS) and _CJK_PHOTOGRAPHER.search(line):
        return True
    if ":" in line and _GLUED_CREDIT.search(line):
        return True
    if "＝" in line and _JA_CAPTION.search(line):
        return True
    if pats.photo_tail_alone.search(line, max(0, len(line) - pats.photo_tail_reach)):
        return True
    if not _may_end_with_agency(line[-pats.affix :]):
        return False
    last = _last_word(line[-_LAST_WORD_WINDOW:])
    return (
        last is not None
        and last.casefold() in pats.agency_last_words
        and pats.photo_agency.search(line, max(0, len(line) - pats.photo_agency_reach)) is not None
    )


@lru_cache(maxsize=16384)
def is_credit_only(line: str) -> bool:
    """Whether the line is a photo credit with no caption before it.

    Such a line sits under (or over) the picture it credits; the short line
    above it, if any, is that picture's caption.

    >>> is_credit_only("Zdjęcie: Tomasz Wróbel"), is_credit_only("© Sandra Kiefer")
    (True, True)
    >>> is_credit_only("© 2026 Kurier Verlag"), is_credit_only("The pier. Photo: Jo Bell")
    (False, False)
    >>> is_credit_only("Lanterns along the pier (Photo: Jo Bell)")
    False
    """
    line = line.strip()
    if len(line.split()) > MAX_CREDIT_ONLY_WORDS:
        return False
    if _COPYRIGHT_NAME.match(line):
        return all(word[0].isupper() for word in _WORD.findall(line))
    # A credit in brackets after some text ("Lanterns by the pier (Photo: Jo Bell)")
    # closes a caption; so does one after a sentence.
    return (
        is_photo_credit(line)
        and _SENTENCE_END.search(line) is None
        and not any(bracket in line[1:] for bracket in "(（[")
    )
