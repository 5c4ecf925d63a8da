"""Pages printed from a browser: running heads and feet on every sheet, page counters."""

from __future__ import annotations

import pytest

from artclean import extract
from artclean.printmargins import article_counters, head_title, is_page_foot, print_margins
from artclean.segment import segment
from fixtures.prose import PROSE


def _printed(language: str, stamp: str, title: str, site: str) -> str:
    one, two, three = PROSE[language]
    head = f"{stamp}                    {title} | {site}"
    foot = "https://news.example.org/2026/11/story?print=1                              {}/2"
    return (
        f"{head}\n\n\n   {site.upper()}\n\n   {title}\n\n   {one}\n\n   {two}\n\n\n"
        f"{foot.format(1)}\n\n{head}\n\n\n   {three}\n\n   © 2026 {site}\n\n\n{foot.format(2)}\n"
    )


@pytest.mark.parametrize(
    ("language", "stamp", "title"),
    [
        ("en", "11/27/26, 8:03 AM", "Riverside cycle path to grow by four kilometres"),
        ("de", "27.11.26, 08:03", "Radweg am Fluss wird um vier Kilometer länger"),
        ("fr", "27/11/2026 08:03", "La piste cyclable du fleuve prolongée de quatre kilomètres"),
    ],
)
def test_article_over_two_sheets_is_whole_and_titled(language: str, stamp: str, title: str) -> None:
    article = extract(_printed(language, stamp, title, "Courier"))
    # The sheet's end (foot, then the next sheet's head) does not cut the article.
    assert list(article.paragraphs) == list(PROSE[language])
    assert article.title == title
    assert not any(stamp in paragraph for paragraph in article.paragraphs)


def test_margins_are_reported_as_navigation() -> None:
    article = extract(_printed("en", "11/27/26, 8:03 AM", "Cycle path grows", "Courier"))
    kinds = {item.text[:10]: item.kind.value for item in article.boilerplate}
    assert kinds["https://ne"] == "navigation"
    assert kinds["11/27/26, "] == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "Strona 3 z 12",
        "Seite 3 von 12",
        "Page 2 of 5",
        "Trang 1/4",
        "Página 3 de 12",
        "https://example.org/a/b?print=1 2/3",
        "1 of 2 11/27/26, 8:03 AM",
        "« Strona 2 Strona 3 z 12 Strona 4 »",
        "‹ Page 2 | Page 3 of 12 | Page 4 ›",
    ],
)
def test_page_feet_and_counters(line: str) -> None:
    assert is_page_foot(line)


@pytest.mark.parametrize(
    "line",
    [
        "3 of 12 councillors voted against the plan",
        "Page 3",
        "Chapter 3 of 12 is the longest.",
        "Paris, 27/11/2026 08:03",
        "https://example.org/a/b",
        "« Back to page 3 of 12 of the report: the council's answer »",
    ],
)
def test_lines_that_are_no_page_foot(line: str) -> None:
    assert not is_page_foot(line)


def test_stamped_live_blog_entries_are_no_running_heads() -> None:
    # No page foot, and entries end in a full stop: a live blog, not a print.
    text = (
        "27.11.26, 08:03 Die Polizei sperrt die Brücke für den Verkehr.\n"
        "27.11.26, 09:10 Die Brücke ist wieder offen."
    )
    assert print_margins(segment(text)) == [False, False]


def test_head_title() -> None:
    title = "Radweg wird länger | Kurier"
    assert head_title(f"27.11.26, 08:03 {title}") == title
    assert head_title("Just a line of text") is None


def test_an_e_paper_page_keeps_its_first_article_only() -> None:
    one, two, three = PROSE["de"]
    other = (
        "Seelbach. Der Adventsmarkt findet in diesem Jahr erstmals auf dem Schlossplatz statt,"
        " geöffnet ist er am zweiten Adventswochenende von Freitag bis Sonntag."
    )
    page = (
        "E-Paper | Landbote | Ausgabe Lahr | Seite 3\nAusgaben\nArchiv\nSeite 3 von 12\n"
        "Artikel 1 von 2 auf dieser Seite\nRadweg am Fluss wird länger\nVon Jonas Albrecht\n"
        f"{one}\n{two}\n{three}\nArtikel 2 von 2 auf dieser Seite\n"
        f"Adventsmarkt zieht auf den Schlossplatz\n{other}\nSeite 3 von 12\nImpressum\n"
    )
    article = extract(page)
    assert list(article.paragraphs) == list(PROSE["de"])
    assert article.title == "Radweg am Fluss wird länger"


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        ("Artikel 2 von 3 auf dieser Seite", True),
        ("Article 1 of 4", True),
        ("Bài 2/3", True),
        ("Artykuł 3 z 5 na tej stronie", True),
        ("Article 5 of the constitution protects the press and must be read as a whole", False),
    ],
)
def test_article_counters(line: str, counts: bool) -> None:
    assert article_counters(segment(line)) == [counts]
