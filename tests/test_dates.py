"""Tests for artclean.dates: written and numeric dates in many languages, and date lines."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from artclean.dates import (
    MAX_DATE_LINE_CHARS,
    MAX_SCAN_CHARS,
    DateMatch,
    find_date,
    is_date_line,
    is_relative_stamp,
    parse_date,
)

# (text, lang, expected iso)
PARSE_CASES = [
    # Year first: Hungarian, Korean-style spaced numbers
    ("2026. november 25. 14:36", "hu", "2026-11-25T14:36"),
    ("2026. 11. 24. 08:00", None, "2026-11-24T08:00"),
    ("2026. november 27., péntek", "hu", "2026-11-27"),
    # Vietnamese
    ("Thứ Hai, 28/6/2021 09:30 (GMT+7)", None, "2021-06-28T09:30+07:00"),
    ("28/06/2021", None, "2021-06-28"),
    ("ngày 3 tháng 6 năm 2021", "vi", "2021-06-03"),
    ("Ngày 3 tháng Sáu năm 2021", None, "2021-06-03"),
    ("Cập nhật lúc 09:30 ngày 28/06/2021", "vi", "2021-06-28T09:30"),
    ("11:02 06/02/2017", "vi", "2017-02-06T11:02"),
    ("Thứ Bảy, 12/12/2020, 07:15 (GMT+7)", "vi", "2020-12-12T07:15+07:00"),
    # English
    ("June 3, 2021", "en", "2021-06-03"),
    ("3 June 2021", "en", "2021-06-03"),
    ("Jun 3, 2021 at 4:05 pm", "en", "2021-06-03T16:05"),
    ("Updated: June 3, 2021 10:15 AM ET", "en", "2021-06-03T10:15"),
    ("Monday, June 3rd, 2021", None, "2021-06-03"),
    ("3rd of June, 2021", None, "2021-06-03"),
    ("Sept. 14, 2020 12:00 a.m.", "en", "2020-09-14T00:00"),
    ("Published 06/03/2021", "en", "2021-06-03"),
    ("Published 13/06/2021", "en", "2021-06-13"),
    ("Published 06/13/2021", None, "2021-06-13"),
    ("Dec 31, 2099", None, "2099-12-31"),
    # German
    ("3. Juni 2021", "de", "2021-06-03"),
    ("03.06.2021", "de", "2021-06-03"),
    ("03.06.2021, 14:20 Uhr", "de", "2021-06-03T14:20"),
    ("Aktualisiert am 3. März 2021 um 8:05 Uhr", "de", "2021-03-03T08:05"),
    ("03.06.2021", "en", "2021-06-03"),
    # French
    ("3 juin 2021", "fr", "2021-06-03"),
    ("1er juin 2021 à 14h20", "fr", "2021-06-01T14:20"),
    ("Mis à jour le 3 février 2021 à 9h05", None, "2021-02-03T09:05"),
    # Spanish
    ("3 de junio de 2021", "es", "2021-06-03"),
    ("Publicado el 3 de junio de 2021 a las 14:20", "es", "2021-06-03T14:20"),
    ("15 de septiembre del 2020", None, "2020-09-15"),
    # Polish
    ("3 czerwca 2021", "pl", "2021-06-03"),
    ("Opublikowano: 3 czerwca 2021, 14:20", "pl", "2021-06-03T14:20"),
    ("12 października 2020 r.", None, "2020-10-12"),
    # Portuguese
    ("3 de junho de 2021", "pt", "2021-06-03"),
    ("3 de março de 2021 às 10:00", "pt", "2021-03-03T10:00"),
    # Italian
    ("3 giugno 2021", "it", "2021-06-03"),
    ("Pubblicato il 3 giugno 2021 alle 14:20", "it", "2021-06-03T14:20"),
    # Russian
    ("3 июня 2021 г.", "ru", "2021-06-03"),
    ("3 июня 2021 года, 14:20 МСК", "ru", "2021-06-03T14:20"),
    ("25 декабря 2020", None, "2020-12-25"),
    # Chinese, Japanese, Korean
    ("2021年6月3日", "zh", "2021-06-03"),
    ("2021年6月3日 14時20分", "ja", "2021-06-03T14:20"),
    ("2021年6月3日（木）14時20分", "ja", "2021-06-03T14:20"),
    ("发布时间：2021-06-03 14:20", "zh", "2021-06-03T14:20"),
    ("2021년 6월 3일", None, "2021-06-03"),
    # ISO and year-first
    ("2021-06-03T14:20:00Z", None, "2021-06-03T14:20+00:00"),
    ("2021-06-03T14:20:00+0700", None, "2021-06-03T14:20+07:00"),
    ("2021-06-03 14:20", None, "2021-06-03T14:20"),
    ("2021/06/03", None, "2021-06-03"),
    ("Posted 2021-06-03T14:20:00.123-05:00", None, "2021-06-03T14:20-05:00"),
    # offsets written after the time
    ("28/06/2021 09:30 GMT+07:00", None, "2021-06-28T09:30+07:00"),
    ("3 June 2021 14:20 UTC", None, "2021-06-03T14:20+00:00"),
    # Czech and Slovak space the parts of a numeric date
    ("Publikováno 22. 11. 2026", "cs", "2026-11-22"),
]

NO_DATE_CASES = [
    "30/02/2021",  # no such day
    "Feb 30, 2021",
    "31 juin 2021",
    "1/2/1985",  # too early
    "12/12/2150",  # too late
    "In 1875 they built the bridge",
    "May 2021",  # no day
    "It grew 3.5 percent to 1-2 million",
    "Chiều 28/6, tại Hà Nội",  # no year and no default year
    "Version 2.0.1 was released",
    "Phone: 0912.345.678",
    "Kapitola 3. 12 lidí",  # spaced parts are a date only with the year
    "",
]


@pytest.mark.parametrize(("text", "lang", "iso"), PARSE_CASES)
def test_parse_date(text: str, lang: str | None, iso: str) -> None:
    assert parse_date(text, lang=lang) == iso


@pytest.mark.parametrize("text", NO_DATE_CASES)
def test_no_date(text: str) -> None:
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("01/02/2021", "en", "2021-01-02"),
        ("01/02/2021", "vi", "2021-02-01"),
        ("01/02/2021", None, "2021-02-01"),
        ("13/02/2021", "en", "2021-02-13"),
        ("02/13/2021", "de", "2021-02-13"),
        ("01.02.2021", "en", "2021-02-01"),
    ],
)
def test_day_month_order(text: str, lang: str | None, iso: str) -> None:
    assert parse_date(text, lang=lang) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Chiều 28/6, tại Hà Nội", "2021-06-28"),
        ("am 3. Juni", "2021-06-03"),
        ("le 3 juin", "2021-06-03"),
        ("June 3", "2021-06-03"),
        ("6月3日", "2021-06-03"),
    ],
)
def test_default_year_completes_partial_dates(text: str, iso: str) -> None:
    found = find_date(text, default_year=2021)
    assert found is not None
    assert found.iso == iso


def test_default_year_not_used_for_dotted_numbers() -> None:
    assert find_date("Es stieg um 3.5 Prozent", default_year=2021) is None


def test_span_covers_date_time_and_offset() -> None:
    text = "Thứ Hai, 28/6/2021 09:30 (GMT+7) | Hà Nội"
    found = find_date(text)
    assert found == DateMatch("2021-06-28T09:30+07:00", 9, 32)
    assert text[found.start : found.end] == "28/6/2021 09:30 (GMT+7)"


def test_span_includes_time_before_date() -> None:
    text = "Minh Anh | 11:02 06/02/2017"
    found = find_date(text, lang="vi")
    assert found is not None
    assert text[found.start : found.end] == "11:02 06/02/2017"


def test_first_date_wins() -> None:
    assert parse_date("Đăng 28/06/2021, cập nhật 30/06/2021") == "2021-06-28"
    assert parse_date("Updated June 5, 2021; first published 2021-06-03") == "2021-06-05"


def test_invalid_time_is_dropped() -> None:
    assert parse_date("28/06/2021 25:61") == "2021-06-28"


def test_unknown_language_uses_all_tables() -> None:
    assert parse_date("3 czerwca 2021", lang="xx") == "2021-06-03"


DATE_LINES = [
    "2026. november 25. 14:36",
    "Thứ Hai, 28/6/2021 09:30 (GMT+7)",
    "Updated: June 3, 2021 10:15 AM ET",
    "03.06.2021, 14:20 Uhr",
    "28/06/2021",
    "Hà Nội, 28/6/2021",
    "Cập nhật lúc 09:30 ngày 28/06/2021",
    "Mis à jour le 3 juin 2021 à 14h20",
    "Publicado el 3 de junio de 2021 a las 14:20",
    "Pubblicato il 3 giugno 2021 alle 14:20",
    "Opublikowano: 3 czerwca 2021, 14:20",
    "3 июня 2021 года, 14:20 МСК",
    "发布时间：2021-06-03 14:20",
    "2021年6月3日（木）14時20分",
    "Monday, June 3rd, 2021",
    "2021-06-03T14:20:00Z",
    "الأربعاء، 27 نوفمبر 2026",
    "Παρασκευή 27 Νοεμβρίου 2026",
    "27 ноември 2026 г.",
]

NOT_DATE_LINES = [
    "Chiều 28/6/2021, tại Hà Nội, Ban Tổ chức T.Ư tổ chức Hội nghị giao ban",
    "The 3 June 2021 meeting decided that the budget will grow by 3 percent next year.",
    "Minh Anh - Thể thao Việt Nam | 11:02 06/02/2017",
    "By John Smith and Jane Doe, June 3, 2021",
    "Hội nghị giao ban trực tuyến",
    "Updated 10:15 AM ET",  # a time, no date
    "",
    "03.06.2021 " + "x" * MAX_DATE_LINE_CHARS,
]


@pytest.mark.parametrize("text", DATE_LINES)
def test_is_date_line(text: str) -> None:
    assert is_date_line(text)


@pytest.mark.parametrize("text", NOT_DATE_LINES)
def test_is_not_date_line(text: str) -> None:
    assert not is_date_line(text)


def test_only_the_start_of_long_lines_is_scanned() -> None:
    assert find_date("x" * MAX_SCAN_CHARS + " 28/06/2021") is None
    assert find_date("x" * (MAX_SCAN_CHARS - 20) + " 28/06/2021") is not None


@pytest.mark.parametrize(
    "text",
    [
        "1/" * 5000,
        "1." * 5000,
        "12 " * 3000,
        "June " * 2000,
        "3 de " * 2000,
        "2021年" * 2000,
        ("9" * 50 + " ") * 200,
    ],
)
def test_adversarial_lines_are_fast(text: str) -> None:
    started = time.perf_counter()
    find_date(text, default_year=2021)
    is_date_line(text)
    assert time.perf_counter() - started < 1.0


@given(st.text(max_size=200), st.sampled_from([None, "en", "vi", "de", "ja"]))
def test_arbitrary_text_never_raises(text: str, lang: str | None) -> None:
    found = find_date(text, lang=lang, default_year=2021)
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)
        assert parse_date(found.iso) is not None  # the ISO form parses back
    is_date_line(text)


@pytest.mark.parametrize(
    "stamp", ["πριν 3 ώρες", "πριν από 5 λεπτά", "منذ 3 ساعات", "vor 2 Stunden", "2 giờ trước"]
)
def test_relative_stamps_in_many_languages(stamp: str) -> None:
    # Greek folds its final sigma; "πριν από" is tried before "πριν".
    assert is_relative_stamp(stamp)
