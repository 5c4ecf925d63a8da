"""Pull quotes: a sentence of the article printed again between its paragraphs."""

from __future__ import annotations

import pytest

from artclean import extract
from artclean.model import Decision, Label
from artclean.pullquotes import PULL_QUOTE_RULE, pull_quotes
from artclean.segment import segment

# Each page: a quoted sentence inside a paragraph, and the same sentence again
# on a line of its own further down, set apart as magazines print it.
PAGES = {
    "fr": (
        "Théâtre – Une saison sous le signe du silence\n"
        "Une saison sous le signe du silence\n"
        "Par Hélène Marchal\n"
        "Le nouveau directeur du théâtre municipal a présenté mardi une programmation "
        "resserrée, avec douze spectacles au lieu de vingt l'an dernier.\n"
        "Interrogé sur ce choix, il assume : « Un théâtre qui court après le nombre finit "
        "par ne plus rien dire à personne », a-t-il déclaré devant les abonnés réunis "
        "dans le grand foyer.\n"
        "« Un théâtre qui court après le nombre finit par ne plus rien dire à personne »\n"
        "Les tarifs restent inchangés pour les moins de vingt-cinq ans, et une séance par "
        "mois sera proposée à prix libre, a précisé la mairie dans un communiqué.\n"
        "La billetterie ouvrira le 2 décembre, en ligne et au guichet du théâtre.\n"
    ),
    "de": (
        "Bergbahn stellt Betrieb im Frühjahr ein\n"
        "Von Jonas Albrecht\n"
        "Die Seilbahn auf den Hausberg wird nach 54 Jahren stillgelegt, teilte die "
        "Betreibergesellschaft am Montag mit. Eine Sanierung sei nicht mehr bezahlbar.\n"
        "Im Ort ist die Enttäuschung groß. „Ohne die Bahn verlieren wir die Tagesgäste, "
        "und mit ihnen die Gasthäuser“, sagte Bürgermeisterin Renate Koller am Abend "
        "im Gemeinderat.\n"
        "„Ohne die Bahn verlieren wir die Tagesgäste, und mit ihnen die Gasthäuser“\n"
        "Der Landkreis prüft nun, ob ein Wanderbus die Verbindung im Sommer übernehmen "
        "kann; eine Entscheidung soll bis Ende Januar fallen.\n"
        "Die letzte Fahrt ist für den 31. März geplant.\n"
    ),
    "vi": (
        "Làng gốm giữ nghề qua ba thế hệ\n"
        "Ông Trần Văn Lộc, 71 tuổi, vẫn ngồi bên bàn xoay mỗi sáng dù đôi tay đã run. "
        "Xưởng gốm của gia đình ông được dựng từ năm 1968 bên bờ sông.\n"
        "Khi được hỏi về tương lai của nghề, ông cười: “Nếu mười đứa đến học mà có một "
        "đứa ở lại, tôi đã thấy vui rồi.” Hiện xưởng có bốn học trò trẻ.\n"
        "“Nếu mười đứa đến học mà có một đứa ở lại, tôi đã thấy vui rồi.”\n"
        "Chính quyền xã cho biết sẽ hỗ trợ làng nghề xây một phòng trưng bày nhỏ để đón "
        "khách du lịch vào năm tới.\n"
        "Minh Châu\n"
    ),
}

QUOTES = {
    "fr": "« Un théâtre qui court après le nombre finit par ne plus rien dire à personne »",
    "de": "„Ohne die Bahn verlieren wir die Tagesgäste, und mit ihnen die Gasthäuser“",
    "vi": "“Nếu mười đứa đến học mà có một đứa ở lại, tôi đã thấy vui rồi.”",
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_pull_quote_leaves_the_body_and_its_paragraph_stays(language: str) -> None:
    article = extract(PAGES[language])
    assert QUOTES[language] not in article.paragraphs
    # The paragraph that holds the quote is the article's own: it stays.
    held = QUOTES[language].strip("«»„“” ")
    assert any(held in paragraph for paragraph in article.paragraphs)
    removed = [item for item in article.boilerplate if item.text == QUOTES[language]]
    assert removed, "the pull quote is reported as removed"


def test_decision_names_the_rule() -> None:
    blocks = segment(PAGES["de"])
    decisions = [Decision(Label.BODY, "prose")] * len(blocks)
    marked = pull_quotes(blocks, decisions)
    quote = next(i for i, block in enumerate(blocks) if block.text == QUOTES["de"])
    assert marked[quote].label is Label.BOILERPLATE
    assert marked[quote].rule.endswith(PULL_QUOTE_RULE)
    assert [d.label for i, d in enumerate(marked) if i != quote] == [Label.BODY] * (len(blocks) - 1)


def _labels(text: str) -> list[Label]:
    blocks = segment(text)
    return [d.label for d in pull_quotes(blocks, [Decision(Label.BODY, "prose")] * len(blocks))]


PARAGRAPH = (
    "The committee heard that the river rose faster than at any time since records "
    "began, and that the old flood wall held for less than an hour."
)


def test_subheading_repeating_a_phrase_is_kept() -> None:
    # No sentence end and no quotation mark: a heading, not a quote.
    text = f"{PARAGRAPH}\nThe old flood wall held for less than an hour\nMore text follows here."
    assert _labels(text) == [Label.BODY] * 3


def test_two_copies_of_one_paragraph_are_left_alone() -> None:
    # The same paragraph twice is not a quote of itself (duplicates.py decides copies).
    assert _labels(f"{PARAGRAPH}\n{PARAGRAPH}") == [Label.BODY, Label.BODY]


def test_short_repeat_is_no_pull_quote() -> None:
    # Four words repeated are a phrase, not a quote.
    assert _labels(f"{PARAGRAPH}\n“Since records began.”") == [Label.BODY, Label.BODY]


def test_quote_not_held_by_another_paragraph_is_kept() -> None:
    text = f"{PARAGRAPH}\n“We have never seen the water come up so quickly,” said a neighbour."
    assert _labels(text) == [Label.BODY, Label.BODY]


def test_only_body_paragraphs_hold_or_are_quotes() -> None:
    # A quote held only by a boilerplate line (a teaser, a comment) is the article's own.
    quote = "“The old flood wall held for less than an hour.”"
    blocks = segment(f"{PARAGRAPH} More words here.\n{quote}")
    decisions = [Decision(Label.BOILERPLATE, "teaser"), Decision(Label.BODY, "prose")]
    assert [d.label for d in pull_quotes(blocks, decisions)] == [
        Label.BOILERPLATE,
        Label.BODY,
    ]


def test_the_line_naming_the_speaker_goes_with_the_pull_quote() -> None:
    quote = "« On ne peut pas demander à un village qui vit de l'hiver de changer en un an »"
    said = (
        "Pour l'adjointe au tourisme, la transition sera lente : « On ne peut pas demander à un"
        " village qui vit de l'hiver de changer en un an », a-t-elle déclaré mardi soir."
    )
    text = f"{said}\n{quote}\nÉlodie Collomb, adjointe chargée du tourisme\n{said} Et encore."
    labels = _labels(text)
    assert labels == [Label.BODY, Label.BOILERPLATE, Label.BOILERPLATE, Label.BODY]
