"""Find dates and date/time stamps in single lines, in many languages.

Month names, weekdays and the small words around dates live in ``data/months.tsv`` and
``data/date_words.tsv``; the patterns here are shared by every language.  A date is returned as
an ISO string: ``2021-06-28``, ``2021-06-28T09:30`` or ``2021-06-28T09:30+07:00`` when the line
gives a GMT/UTC offset.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from .tables import LETTER, caseless_words, read_rows

__all__ = ["DateMatch", "find_date", "is_date_line", "parse_date"]

MIN_YEAR = 1990
"""Earlier years are rejected: artclean reads web articles, and a "1875" is a count, not a stamp."""

MAX_YEAR = 2100
"""Later years are rejected: they are numbers that happen to have four digits."""

MAX_SCAN_CHARS = 1000
"""Only this many leading characters of a line are searched: stamps sit near the start of a
metadata line, and scanning every long body paragraph to the end costs time for nothing."""

MAX_DATE_LINE_CHARS = 100
"""A line longer than this is a sentence that mentions a date, not a date stamp."""

MAX_DATE_LINE_EXTRA_WORDS = 2
"""Words a date line may hold besides its date, time, weekday and stamp words ("Hà Nội")."""

MAX_DATE_LINE_EXTRA_LETTERS = 20
"""Letters a date line may hold besides those words; bounds CJK runs, which have no spaces."""

TIME_LOOKBEHIND_CHARS = 20
"""How far before a date a time may stand ("11:02 06/02/2017")."""

_MONTH_FILE = "months.tsv"
_WORD_FILE = "date_words.tsv"

# "\w but not a digit or underscore": a letter in any script.
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|\.|º|°)?"
_SEPARATORS = r"[\s,|/·•–—-]*"
# A weekday in brackets between a date and its time: "2021年6月3日（木）14時20分".
_WEEKDAY_PARENS = r"(?:[(（][^()（）]{1,4}[)）])?"
_TIME = (
    r"(?:(?P<H>\d{1,2})\s*(?::|h|H|時|时|giờ)\s*(?P<M>\d{2})(?::\d{2})?(?!\d)\s*(?:分)?"
    r"|(?P<H2>\d{1,2})(?=\s*[aApP]\.?[mM]))"
    r"(?:\s*(?P<ap>[aApP])\.?[mM]\.?(?!" + LETTER + r"))?"
)
_OFFSET_RE = re.compile(
    r"\s*[(\[]?\s*(?:GMT|UTC)\s*(?:(?P<sign>[+\-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?"
    r"\s*[)\]]?",
    re.IGNORECASE,
)
_TIME_BEFORE_RE = re.compile(
    r"(?<!\d)(?P<H>\d{1,2})\s*[:h]\s*(?P<M>\d{2})(?::\d{2})?"
    r"(?:\s*(?P<ap>[aApP])\.?[mM]\.?)?" + _SEPARATORS + r"(?:" + LETTER + r"{1,6}[\s,]+)?\Z"
)
_DIGIT_RE = re.compile(r"\d")
_ISO_RE = re.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2}(?:[.,]\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
# "2026/11/24", "2026.11.24", and with spaces "2026. 11. 24." (Hungarian, Korean).
_YMD_RE = re.compile(
    r"(?<!\d)(?P<y>\d{4})[/.] ?(?P<m>\d{1,2})[/.] ?(?P<d>\d{1,2})(?![\d/.]\d|\d)"
    r"(?:\.(?=\s|\Z))?"
)
# "2026. november 25." (Hungarian), "2026 m. lapkričio 25 d." : the year first, then a
# written month and the day; the month is looked up as for month-first dates.
_YEAR_FIRST_RE = re.compile(
    r"(?<!\d)(?P<y>\d{4})\.?\s+(?:\w{1,2}\.\s+)?(?P<mon>"
    + LETTER
    + r"{3,12})\.?\s+(?P<d>\d{1,2})(?:\.|\s*d\.)?(?!\d)"
)
_CJK_RE = re.compile(
    r"(?:(?P<y>\d{4})\s*[年년]\s*)?(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일号號]?"
)
# "22. 11. 2026" (Czech, Slovak) spaces its parts: then only with the year.
_NUMERIC_RE = re.compile(
    r"(?<![\d.,/:])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<sp> )?(?P<b>\d{1,2})"
    r"(?:(?P=sep)(?(sp) )(?P<y>\d{4})(?!\d)|(?(sp)(?!)|(?![\d/.-])))"
)

# "11/19/19 06:56 AM": a two-digit year, read as one only when a time of day
# follows (a bare "1/2/19" may be anything).
_SHORT_YEAR_RE = re.compile(
    r"(?<![\d.,/:])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<yy>\d{2})(?![\d/])"
    r"(?=,?\s+(?:at\s+)?\d{1,2}[:.]\d{2})"
)
SHORT_YEAR_PIVOT = 69
"""A two-digit year up to this is 20yy, above it 19yy (the POSIX convention)."""

# The patterns tried first, each with the characters it cannot match without.
_NEEDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_ISO_RE, "-"),
    (_YMD_RE, "/."),
    (_CJK_RE, "月월"),
)


@dataclass(frozen=True)
class DateMatch:
    """A date found in a line: its ISO form and its span, time and offset included."""

    iso: str
    start: int
    end: int


@dataclass(frozen=True)
class _Tables:
    months: dict[str, int]
    month_re: str
    joiner_re: str
    time_joiner_re: str
    year_suffix_re: str


@cache
def _month_rows() -> tuple[tuple[str, int, str], ...]:
    return tuple((lang, int(num), name) for lang, num, name in read_rows(_MONTH_FILE))


@cache
def _word_rows() -> tuple[tuple[str, str, str], ...]:
    return tuple((lang, role, word) for lang, role, word in read_rows(_WORD_FILE))


def _words(role: str, lang: str | None) -> set[str]:
    return {w for lg, r, w in _word_rows() if r == role and (lang is None or lg in (lang, "*"))}


@cache
def _tables(lang: str | None) -> _Tables:
    rows = _month_rows()
    if lang is not None and not any(lg == lang for lg, _, _ in rows):
        lang = None
    months: dict[str, int] = {}
    clashes: set[str] = set()
    for lg, num, name in rows:
        if lang is not None and lg != lang:
            continue
        if months.get(name, num) != num:
            clashes.add(name)
        months[name] = num
    for name in clashes:  # ambiguous across languages: only usable when the language is known
        del months[name]
    return _Tables(
        months=months,
        # Grouped by first letter: the patterns using these are case-insensitive.
        month_re=caseless_words(set(months)),
        joiner_re=caseless_words(_words("joiner", lang) | {"de"}),
        time_joiner_re=caseless_words(_words("time-joiner", lang)),
        year_suffix_re=caseless_words(_words("year-suffix", lang)),
    )


@cache
def _written_res(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = _tables(lang)
    suffix = rf"(?:\s*(?:{t.year_suffix_re})(?!{LETTER}))?"
    year = r"(?:,?\s*(?:(?:" + t.joiner_re + r")\s+)?(?P<y>\d{4})(?!\d)" + suffix + ")?"
    dmy = re.compile(
        r"(?<!\d)(?P<d>\d{1,2})" + _DAY_SUFFIX + r"\s*(?:(?:" + t.joiner_re + r")\s+)?"
        r"(?P<mon>" + t.month_re + r")\.?(?!" + LETTER + r")" + year,
        re.IGNORECASE,
    )
    # Month-first dates use one-word names ("June 3"), looked up afterwards: trying the whole
    # alternation of month names at every letter of a long line is slow.
    mdy = re.compile(
        r"(?<!" + LETTER + r")(?P<mon>" + LETTER + r"{3,12})\.?\s+(?P<d>\d{1,2})"
        r"(?:st|nd|rd|th)?(?![\d:]|\.\d)" + year,
        re.IGNORECASE,
    )
    time_after = re.compile(
        _SEPARATORS
        + _WEEKDAY_PARENS
        + _SEPARATORS
        + r"(?:(?:"
        + t.time_joiner_re
        + r")\s*)?"
        + _TIME,
        re.IGNORECASE,
    )
    return dmy, mdy, time_after


@cache
def _day_month_start(lang: str | None) -> re.Pattern[str]:
    """Where a day-month date can start: the day-month pattern up to its month name,
    then one of the letters that month names start with.  Searching for this is
    cheap; trying the whole alternation of month names after every number is not."""
    t = _tables(lang)
    firsts = sorted({re.escape(name[0]) for name in t.months if name})
    if not firsts:
        return re.compile(r"(?!)")  # no month names: no day-month dates
    return re.compile(
        r"(?<!\d)\d{1,2}" + _DAY_SUFFIX + r"\s*(?:(?:" + t.joiner_re + r")\s+)?"
        r"(?=[" + "".join(firsts) + "])",
        re.IGNORECASE,
    )


def _valid(year: int, month: int, day: int) -> bool:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return False
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _year(written: str | None, default_year: int | None) -> int | None:
    return int(written) if written else default_year


def _numeric_order(a: int, b: int, sep: str, lang: str | None) -> tuple[int, int]:
    """(day, month) of "a/b": dd/mm everywhere, except English-US mm/dd when nothing
    contradicts it; a dotted date ("03.06.2021") is always dd.mm."""
    if sep == ".":
        return a, b
    if (lang == "en" and a <= 12 and b <= 12) or b > 12 >= a:
        return b, a
    return a, b


def _candidates(
    text: str, lang: str | None, default_year: int | None
) -> Iterator[tuple[int, int, int, int, int, re.Match[str]]]:
    """Yield (start, end, year, month, day, match): the first valid date of each pattern."""
    dmy, mdy, _ = _written_res(lang)
    months = _tables(lang).months
    for pattern, needs in _NEEDS:
        if not any(char in text for char in needs):
            continue  # the pattern cannot match: skip the scan
        for m in pattern.finditer(text):
            year = _year(m["y"], default_year)
            if year is not None and _valid(year, int(m["m"]), int(m["d"])):
                yield m.start(), m.end(), year, int(m["m"]), int(m["d"]), m
                break
    numeric = _NUMERIC_RE.finditer(text) if "/" in text or "." in text or "-" in text else ()
    for m in numeric:
        # "3.5" and "1-2" are numbers; "28/6" is a date only when the caller knows the year.
        year = _year(m["y"], default_year if m["sep"] == "/" else None)
        day, month = _numeric_order(int(m["a"]), int(m["b"]), m["sep"], lang)
        if year is not None and _valid(year, month, day):
            yield m.start(), m.end(), year, month, day, m
            break
    for m in _SHORT_YEAR_RE.finditer(text) if "/" in text else ():
        short = int(m["yy"])
        year = 2000 + short if short <= SHORT_YEAR_PIVOT else 1900 + short
        day, month = _numeric_order(int(m["a"]), int(m["b"]), "/", lang)
        if _valid(year, month, day):
            yield m.start(), m.end(), year, month, day, m
            break
    day_month = _day_month_start(lang).search(text) is not None
    for pattern in (dmy, mdy, _YEAR_FIRST_RE) if day_month else (mdy, _YEAR_FIRST_RE):
        for m in pattern.finditer(text):
            year = _year(m["y"], default_year)
            month_number = months.get(m["mon"].lower().rstrip("."))
            if year is not None and month_number and _valid(year, month_number, int(m["d"])):
                yield m.start(), m.end(), year, month_number, int(m["d"]), m
                break


def _hour(hour: int, ampm: str | None) -> int:
    if ampm and ampm.lower() == "p" and hour < 12:
        return hour + 12
    if ampm and ampm.lower() == "a" and hour == 12:
        return 0
    return hour


def _offset(match: re.Match[str]) -> str:
    if match["oh"] is None:
        return "+00:00"
    sign = "-" if match["sign"] in "-−" else "+"
    return f"{sign}{int(match['oh']):02d}:{match['om'] or '00'}"


def find_date(
    text: str, *, lang: str | None = None, default_year: int | None = None
) -> DateMatch | None:
    """The first plausible date in ``text``, with the time and GMT offset that follow it.

    ``default_year`` completes dates written without a year ("28/6", "3. Juni"); without it they
    are ignored.  Numeric dates are dd/mm unless ``lang == "en"`` and both parts are ≤ 12.

    >>> find_date("Thứ Hai, 28/6/2021 09:30 (GMT+7)")
    DateMatch(iso='2021-06-28T09:30+07:00', start=9, end=32)
    >>> find_date("Jun 3, 2021 at 4:05 pm").iso
    '2021-06-03T16:05'
    >>> find_date("06/03/2021", lang="en").iso, find_date("06/03/2021", lang="de").iso
    ('2021-06-03', '2021-03-06')
    >>> find_date("Chiều 28/6, tại Hà Nội", default_year=2021).iso
    '2021-06-28'
    >>> find_date("30/02/2021") is None
    True
    >>> find_date("By Tess Bonn - 11/19/19 06:56 AM EST", lang="en").iso
    '2019-11-19T06:56'
    >>> find_date("Scores: 1/2/19 overall") is None
    True
    >>> find_date("2026. november 25. 14:36", lang="hu").iso, find_date("2026. 11. 24. 08:00").iso
    ('2026-11-25T14:36', '2026-11-24T08:00')
    """
    text = text[:MAX_SCAN_CHARS]
    if not _DIGIT_RE.search(text):
        return None  # every date pattern has digits; most lines have none
    return _find_date(text, lang, default_year)


# The header, byline and metadata steps ask about the same lines, often several
# times (a byline's date, then the date line, then the name beside the date),
# and menus repeat on every page of a site: the answers are kept.
@lru_cache(maxsize=4096)
def _find_date(text: str, lang: str | None, default_year: int | None) -> DateMatch | None:
    best: tuple[int, int, int, int, int, re.Match[str]] | None = None
    for cand in _candidates(text, lang, default_year):
        if best is None or (cand[0], -cand[1]) < (best[0], -best[1]):
            best = cand
    if best is None:
        return None
    start, end, year, month, day, match = best
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    groups = match.groupdict()
    if groups.get("H") is not None:  # an ISO timestamp carries its own time and zone
        iso += f"T{int(groups['H']):02d}:{groups['M']}"
        tz = groups.get("tz")
        if tz:
            iso += "+00:00" if tz == "Z" else f"{tz[:3]}:{tz[-2:]}"
        return DateMatch(iso, start, end)
    _, _, time_after = _written_res(lang)
    time = time_after.match(text, end)
    if time is None:
        before = _TIME_BEFORE_RE.search(text, max(0, start - TIME_LOOKBEHIND_CHARS), start)
        if before is not None:
            time, start = before, before.start()
    else:
        end = time.end()
    if time is not None:
        hour = _hour(int(time["H"] if time["H"] is not None else time["H2"]), time["ap"])
        minute = int(time.groupdict().get("M") or 0)
        if hour < 24 and minute < 60:
            iso += f"T{hour:02d}:{minute:02d}"
            offset = _OFFSET_RE.match(text, end)
            if offset is not None and offset.group().strip():
                iso += _offset(offset)
                end = offset.end()
    return DateMatch(iso, start, end)


def parse_date(text: str, *, lang: str | None = None) -> str | None:
    """The ISO form of the first date in ``text``, or None.

    >>> parse_date("3 de junio de 2021"), parse_date("3 июня 2021 г.")
    ('2021-06-03', '2021-06-03')
    >>> parse_date("2021年6月3日 14時20分")
    '2021-06-03T14:20'
    >>> parse_date("ngày 3 tháng 6 năm 2021")
    '2021-06-03'
    """
    match = find_date(text, lang=lang)
    return match.iso if match else None


@cache
def _stamp_word_re() -> re.Pattern[str]:
    weekdays = _words("weekday", None)
    words = _words("stamp", None) | _words("zone", None)
    words |= _words("year-suffix", None) | _words("time-joiner", None)
    spaced = {w for w in words | weekdays if not re.search(r"[\u3040-\u9fff]", w)}
    cjk = (words | weekdays) - spaced
    spaced_weekdays = spaced & weekdays
    # A weekday is followed by a comma, a stop, a number or nothing: "Thu" in the
    # name "Thu Hà" is no Thursday.
    word = rf"(?<!{LETTER})(?:{caseless_words(spaced - spaced_weekdays)})(?!{LETTER})"
    weekday = rf"(?<!{LETTER})(?:{caseless_words(spaced_weekdays)})(?=\s*(?:[,.]|\d|\Z))"
    cjk_word = rf"(?:{caseless_words(cjk)})"
    zone = r"(?:GMT|UTC)\s*[+\-−]?\s*\d{0,2}(?::?\d{2})?"
    return re.compile("|".join((word, weekday, cjk_word, zone)), re.IGNORECASE)


_LEFTOVER_WORD_RE = re.compile(r"\w+")
MAX_RELATIVE_STAMP_WORDS = 6
"""A relative time stamp ("Aktualisiert vor 2 Stunden") is at most this many words."""


def strip_date_words(text: str) -> str:
    """Remove weekday, stamp and time-zone words ("Thứ Ba", "Updated", "GMT+7").

    >>> strip_date_words("Thứ Ba, Nguyễn An").strip(" ,")
    'Nguyễn An'
    """
    return _stamp_word_re().sub(" ", text)


@cache
def _relative_words() -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str]]:
    # Every language's words at once: the stamp's language is the page template's.
    # The "ago" cues also as one pattern, each a whole word ("il y a", "temu").
    # The text is case-folded, so are the words (Greek "ώρες" folds to "ώρεσ"), and
    # the longest cue is tried first ("πριν από" before "πριν").
    agos = tuple(sorted({w.casefold() for w in _words("ago", None)}, key=lambda w: (-len(w), w)))
    ago_re = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, agos)) + r")(?!\w)")
    return frozenset(w.casefold() for w in _words("unit", None)), agos, ago_re


@cache
def _update_re() -> re.Pattern[str]:
    return re.compile(
        r"\A\W*(?:" + caseless_words(_words("update", None)) + r")(?!" + LETTER + r")",
        re.IGNORECASE,
    )


def is_update_stamp(text: str) -> bool:
    """Whether a date line gives the date of a later change ("Updated ...", "Cập nhật ...").

    >>> is_update_stamp("Updated 11:18 AM PST, November 25, 2026"), is_update_stamp("Published")
    (True, False)
    """
    return _update_re().match(text) is not None


def is_relative_stamp(text: str) -> bool:
    """Whether the line is a relative time stamp: "Updated 2 hours ago", "vor 3 Stunden".

    >>> is_relative_stamp("Updated 2 hours ago"), is_relative_stamp("2 giờ trước")
    (True, True)
    >>> is_relative_stamp("Il y a 3 jours"), is_relative_stamp("The flood came 2 days ago")
    (True, False)
    """
    folded = text.casefold()
    if not _DIGIT_RE.search(folded):
        return False
    words = _LEFTOVER_WORD_RE.findall(folded)
    if len(words) > MAX_RELATIVE_STAMP_WORDS:
        return False
    units, _, ago_re = _relative_words()
    ago = ago_re.search(folded)
    if ago is None or not any(word in units for word in words):
        return False
    cue = ago.group().split()
    rest = " ".join(w for w in words if not w.isdigit() and w not in units and w not in cue)
    return not rest or _stamp_word_re().sub(" ", rest).strip() == ""


def is_date_line(text: str) -> bool:
    """Whether the line is (mostly) just a date/time stamp.

    >>> is_date_line("Thứ Hai, 28/6/2021 09:30 (GMT+7)")
    True
    >>> is_date_line("Updated: June 3, 2021 10:15 AM ET")
    True
    >>> is_date_line("03.06.2021, 14:20 Uhr")
    True
    >>> is_date_line("Chiều 28/6/2021, tại Hà Nội, Ban Tổ chức T.Ư tổ chức Hội nghị")
    False
    >>> is_date_line("26 listopada 2026, 20:58 | aktualizacja: 27 listopada 2026, 01:12")
    True
    >>> is_date_line("Published Wed, Nov 20 2019 4:29 AM EST Updated an hour ago")
    True
    """
    text = text.strip()
    if not text or len(text) > MAX_DATE_LINE_CHARS or not _DIGIT_RE.search(text):
        return False  # (every date has digits: most lines are done here)
    return _is_date_line(text)


@lru_cache(maxsize=4096)  # the header and metadata steps ask about the same lines
def _is_date_line(text: str) -> bool:
    match = find_date(text)
    if match is None:
        return False
    rest = text[: match.start] + " | " + text[match.end :]
    # "26 listopada 2026, 20:58 | aktualizacja: 27 listopada 2026, 01:12": a
    # second date (the update) is part of the stamp too.
    second = find_date(rest)
    if second is not None:
        rest = rest[: second.start] + " " + rest[second.end :]
    # Numbers (a time, a counter) and relative-time words ("Updated an hour
    # ago") are no text that would make the line a sentence.
    units, agos, _ = _relative_words()
    leftover = [
        word
        for word in _LEFTOVER_WORD_RE.findall(_stamp_word_re().sub(" ", rest))
        if not word.isdigit() and word.casefold() not in units and word.casefold() not in agos
    ]
    return (
        len(leftover) <= MAX_DATE_LINE_EXTRA_WORDS
        and sum(len(w) for w in leftover) <= MAX_DATE_LINE_EXTRA_LETTERS
    )
