"""Articles saved from e-mail: a forwarded newsletter under the mail's header fields."""

from __future__ import annotations

import pytest

from artclean import extract
from artclean.mail import mail_headers, strip_reply_prefix
from artclean.segment import segment
from fixtures.prose import PROSE

# (language, forward prefix, separator, From, Date, Subject, To labels, headline)
MAILS = [
    ("en", "Fwd:", "---------- Forwarded message ---------", "From", "Date", "Subject", "To",
     "Riverside cycle path to grow by four kilometres"),
    ("fr", "TR :", "---------- Message transféré ---------", "De", "Date", "Objet", "À",
     "La piste cyclable du fleuve prolongée de quatre kilomètres"),
    ("de", "WG:", "---------- Weitergeleitete Nachricht ----------", "Von", "Datum", "Betreff",
     "An", "Radweg am Fluss wird um vier Kilometer länger"),
    ("pl", "Fwd:", "---------- Wiadomość przekazana dalej ---------", "Od", "Data", "Temat",
     "Do", "Ścieżka rowerowa nad rzeką wydłuży się o cztery kilometry"),
]  # fmt: skip


def _forwarded(language: str, prefix: str, separator: str, labels: tuple[str, ...],
               headline: str) -> str:  # fmt: skip
    sender, dated, subject, to = labels
    one, two, three = PROSE[language]
    return (
        f"{prefix} {headline}\nInbox\nAnna Nowak\n26.11.2026, 09:12\n\n"
        "Hi, this is the one I meant.\n\n"
        f"{separator}\n{sender}: City Courier <newsletter@courier.example>\n"
        f"{dated}: 25.11.2026, 07:30\n{subject}: {headline}\n{to}: <anna@mail.example>\n\n"
        f"{headline}\n{one}\n{two}\n{three}\n\nUnsubscribe\n"
    )


@pytest.mark.parametrize(("language", "prefix", "separator", *"abcd", "headline"), MAILS)
def test_forwarded_newsletter(
    language: str, prefix: str, separator: str, a: str, b: str, c: str, d: str, headline: str
) -> None:
    article = extract(_forwarded(language, prefix, separator, (a, b, c, d), headline))
    assert article.title == headline  # the subject without "Fwd:"
    assert list(article.paragraphs) == list(PROSE[language])
    removed = {item.text: item.kind.value for item in article.boilerplate}
    assert removed[f"{a}: City Courier <newsletter@courier.example>"] == "navigation"
    assert removed[f"{c}: {headline}"] == "navigation"


def test_the_mail_date_field_is_not_the_article_date() -> None:
    language, prefix, separator, a, b, c, d, headline = MAILS[0]
    text = _forwarded(language, prefix, separator, (a, b, c, d), headline)
    article = extract(text.replace("26.11.2026, 09:12\n", ""))
    assert article.date is None


def test_labelled_lines_without_an_address_are_no_mail() -> None:
    # "Data:" and "Temat:" label ordinary lines of a Polish page too.
    text = "Data: 26 listopada 2026\nTemat: budżet miasta\nKontakt: redakcja@example.pl"
    assert mail_headers(segment(text)) == [False, False, False]


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Fwd: Bridge reopens", "Bridge reopens"),
        ("TR : Re: Le pont rouvre", "Le pont rouvre"),
        ("WG: AW: Brücke wieder offen", "Brücke wieder offen"),
        ("RV: El puente reabre", "El puente reabre"),
        ("Odp: Most otwarty", "Most otwarty"),
        ("Brexit: what happens next", "Brexit: what happens next"),
        ("Fwd:", "Fwd:"),
    ],
)
def test_strip_reply_prefix(subject: str, title: str) -> None:
    assert strip_reply_prefix(subject) == title
