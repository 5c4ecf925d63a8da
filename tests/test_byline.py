"""Tests for artclean.byline: bylines in many languages, and sentences that only look like one."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from artclean.byline import MAX_BYLINE_CHARS, BylineMatch, match_byline

# (line, lang, expected match)
BYLINES = [
    # English
    ("By John Smith", "en", BylineMatch("John Smith")),
    ("By John Smith and Jane Doe", "en", BylineMatch("John Smith, Jane Doe")),
    ("By John Smith, Jane Doe and Bob Lee", None, BylineMatch("John Smith, Jane Doe, Bob Lee")),
    ("By John Smith & Jane Doe", "en", BylineMatch("John Smith, Jane Doe")),
    ("BY JOHN SMITH", "en", BylineMatch("JOHN SMITH")),
    ("By: John Smith", "en", BylineMatch("John Smith")),
    ("By John Smith, Staff Writer", "en", BylineMatch("John Smith")),
    ("By John Smith in London", "en", BylineMatch("John Smith")),
    ("By John Smith | Reuters", "en", BylineMatch("John Smith", outlet="Reuters")),
    ("By Jane Doe, CNN", "en", BylineMatch("Jane Doe", outlet="CNN")),
    ("By Jane Doe, BBC News", "en", BylineMatch("Jane Doe", outlet="BBC News")),
    ("By JOHN SMITH, JANE DOE", "en", BylineMatch("JOHN SMITH, JANE DOE")),
    (
        "Von Katharina Olbrich und Malte Brenninger, DRN Bayern",
        "de",
        BylineMatch("Katharina Olbrich, Malte Brenninger", outlet="DRN Bayern"),
    ),
    ("oprac. Katarzyna Wilk", "pl", BylineMatch("Katarzyna Wilk")),
    ("Haber: Elif Kaya", "tr", BylineMatch("Elif Kaya")),
    ("La chronique d'Hélène Marchadier", "fr", BylineMatch("Hélène Marchadier")),
    ("文＝佐藤美咲", "ja", BylineMatch("佐藤美咲")),
    ("Autorka: Joanna Pietrzak, Dział Komunikacji", "pl", BylineMatch("Joanna Pietrzak")),
    ("Opracowanie: Katarzyna Wilk", "pl", BylineMatch("Katarzyna Wilk")),
    ("By Associated Press", "en", BylineMatch("Associated Press", outlet="Associated Press")),
    ("By Ursula von der Leyen", None, BylineMatch("Ursula von der Leyen")),
    ("By J.R. O'Neil", "en", BylineMatch("J.R. O'Neil")),
    ("Written by Jane Doe", "en", BylineMatch("Jane Doe")),
    ("Posted by admin on June 3, 2021", "en", BylineMatch("admin", "2021-06-03")),
    (
        "By John Smith | June 3, 2021 4:05 pm",
        "en",
        BylineMatch("John Smith", "2021-06-03T16:05"),
    ),
    # German
    ("Von Sarah Müller", "de", BylineMatch("Sarah Müller")),
    ("Von Sarah Müller und Peter Schmidt", "de", BylineMatch("Sarah Müller, Peter Schmidt")),
    ("Autor: Jan Kowalski", None, BylineMatch("Jan Kowalski")),
    ("Autor: Max Mustermann, Datum: 03.06.2021", "de", BylineMatch("Max Mustermann", "2021-06-03")),
    ("Text: Anna Schmidt", "de", BylineMatch("Anna Schmidt")),
    ("03.06.2021 | Von Sarah Müller", "de", BylineMatch("Sarah Müller", "2021-06-03")),
    ("Von Sarah Müller, 3. Juni 2021", "de", BylineMatch("Sarah Müller", "2021-06-03")),
    # Spanish, Portuguese, French, Italian
    ("Por María García", "es", BylineMatch("María García")),
    ("Por María de los Ángeles García", "es", BylineMatch("María de los Ángeles García")),
    ("Por Ana Souza e Pedro Lima", "pt", BylineMatch("Ana Souza, Pedro Lima")),
    ("Par Jean Dupont", "fr", BylineMatch("Jean Dupont")),
    ("Par Jean Dupont et Marie Curie", "fr", BylineMatch("Jean Dupont, Marie Curie")),
    ("Di Mario Rossi", "it", BylineMatch("Mario Rossi")),
    # Vietnamese
    ("Tác giả: Nguyễn Văn A", "vi", BylineMatch("Nguyễn Văn A")),
    ("Tác giả: Minh Anh và Hà Linh", "vi", BylineMatch("Minh Anh, Hà Linh")),
    (
        "Minh Anh - Thể thao Việt Nam | 11:02 06/02/2017",
        "vi",
        BylineMatch("Minh Anh", "2017-02-06T11:02", "Thể thao Việt Nam"),
    ),
    ("Phóng viên: Trần Hùng", "vi", BylineMatch("Trần Hùng")),
    # Polish and Russian
    ("Autor: Jan Kowalski", "pl", BylineMatch("Jan Kowalski")),
    ("Автор: Иван Петров", "ru", BylineMatch("Иван Петров")),
    ("Текст: Иван Петров и Анна Смирнова", "ru", BylineMatch("Иван Петров, Анна Смирнова")),
    # Chinese, Japanese
    ("记者 王小明", "zh", BylineMatch("王小明")),
    ("文／李明", "zh", BylineMatch("李明")),
    ("记者：王小明、李华", "zh", BylineMatch("王小明, 李华")),
    ("文：山田太郎", "ja", BylineMatch("山田太郎")),
    ("作者：王晓东 李婷", "zh", BylineMatch("王晓东, 李婷")),
    # Scripts without capitals take a name after a colon cue
    ("بقلم: ليلى الخطيب", "ar", BylineMatch("ليلى الخطيب")),
    ("מאת: דנה כהן", "he", BylineMatch("דנה כהן")),
    ("लेखक: राहुल शर्मा", "hi", BylineMatch("राहुल शर्मा")),
    ("Του Γιώργου Παπαδόπουλου", "el", BylineMatch("Γιώργου Παπαδόπουλου")),
]


@pytest.mark.parametrize(("line", "lang", "expected"), BYLINES)
def test_match_byline(line: str, lang: str | None, expected: BylineMatch) -> None:
    assert match_byline(line, lang=lang) == expected


NOT_BYLINES = [
    "By the way, nobody asked.",
    "By 2030 the city will have more parks.",
    "By clicking subscribe you agree to our terms",
    "By then, the storm had passed",
    "Von der Leyen sagte am Montag, die Kommission werde handeln.",
    "Von Berlin nach Hamburg fahren täglich Züge",
    "Par ailleurs, le gouvernement a annoncé de nouvelles mesures",
    "Por la tarde llovió en Madrid",
    "Di Maio ha detto che il governo andrà avanti",
    "Hà Nội, 28/6/2021",
    "Hội nghị giao ban trực tuyến công tác tổ chức xây dựng Đảng",
    "Tác giả: bài viết này được tổng hợp từ nhiều nguồn",
    "记者从市政府获悉，今年的预算将增加",
    "كتب الرئيس خطابا",  # "wrote" with no colon: a sentence
    "By John Smith and " + "Jane Doe and " * MAX_BYLINE_CHARS,
    "",
]


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_not_byline(line: str) -> None:
    assert match_byline(line) is None


@pytest.mark.parametrize(
    "text",
    ["By " + "A " * 5000, "By " + "A, " * 3000, "Von " + "x " * 5000, "记者 " + "王" * 5000],
)
def test_long_lines_are_fast(text: str) -> None:
    started = time.perf_counter()
    assert match_byline(text) is None
    assert time.perf_counter() - started < 1.0


@given(st.text(max_size=200))
def test_arbitrary_text_never_raises(text: str) -> None:
    found = match_byline(text)
    assert found is None or found.author


def test_dash_bullet_is_not_signoff_byline() -> None:
    assert match_byline("- Xem thêm") is None


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        ("Par Claire Dumont (avec AFP)", "fr", BylineMatch("Claire Dumont", None, "AFP")),
        ("Texte : Élise Marchand Photos : Thomas Rieu", "fr", BylineMatch("Élise Marchand")),
        ("Tekst: Anna Nowak, zdjęcia: Jan Lis", "pl", BylineMatch("Anna Nowak")),
    ],
)
def test_agency_in_brackets_and_photographer_after_the_writer(
    line: str, lang: str, expected: BylineMatch
) -> None:
    assert match_byline(line, lang=lang) == expected


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        (
            "By Dana Whitcomb Staff Writer dwhitcomb@ledger.example",
            "en",
            BylineMatch("Dana Whitcomb"),
        ),
        ("By Priya Raman, Staff Engineer, Platform Reliability", "en", BylineMatch("Priya Raman")),
        ("Tekst: Joanna Wilk, Biuro Prasowe UPT", "pl", BylineMatch("Joanna Wilk")),
        (
            "By MARTHA ELLIS and RAFAEL SOTO Associated Press",
            "en",
            BylineMatch("MARTHA ELLIS, RAFAEL SOTO", None, "Associated Press"),
        ),
        ("By Michael Hiltzik Business Columnist", "en", BylineMatch("Michael Hiltzik")),
    ],
)
def test_roles_offices_addresses_and_agencies_after_the_names(
    line: str, lang: str, expected: BylineMatch
) -> None:
    assert match_byline(line, lang=lang) == expected


def test_what_the_writer_does_after_a_comma_is_no_second_name() -> None:
    line = "Autorka: Zuzanna Mazur, studentka dziennikarstwa i komunikacji społecznej"
    assert match_byline(line, lang="pl") == BylineMatch("Zuzanna Mazur")


def test_an_agency_desk_is_no_person() -> None:
    found = match_byline("By PA Sport Staff", lang="en")
    assert found is not None and found.outlet == "PA"
