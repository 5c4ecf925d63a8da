"""Title, site name, byline, date and source found on whole pages, many languages.

Pages are built from the prose in fixtures/prose.py plus realistic surroundings,
so each test changes one thing: where the title sits, how the byline and date
are written, how the source is credited.
"""

from __future__ import annotations

import pytest

from artclean import extract
from fixtures.prose import PROSE

MENU = ["Home", "World", "Business", "Sport", "Culture", "Opinion"]
FOOTER = [
    "Share",
    "Tweet",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
]


def page(*parts: str | list[str]) -> str:
    lines: list[str] = []
    for part in parts:
        lines.extend(part if isinstance(part, list) else [part])
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("first_line", "title", "site"),
    [
        (
            "Antinet.info – Hội nghị giao ban trực tuyến khu vực miền bắc",
            "Hội nghị giao ban trực tuyến khu vực miền bắc",
            "Antinet.info",
        ),
        (
            "City extends riverside cycle path by four kilometres | Daily Courier",
            "City extends riverside cycle path by four kilometres",
            "Daily Courier",
        ),
        (
            "Stadtrat verlängert den Radweg am Fluss - Rheinpost",
            "Stadtrat verlängert den Radweg am Fluss",
            "Rheinpost",
        ),
        (
            "La mairie prolonge la piste cyclable — Le Quotidien",
            "La mairie prolonge la piste cyclable",
            "Le Quotidien",
        ),
        (
            "City extends riverside cycle path by four kilometres",
            "City extends riverside cycle path by four kilometres",
            None,
        ),
    ],
)
def test_title_and_site_from_first_line(first_line: str, title: str, site: str | None) -> None:
    article = extract(page(first_line, list(PROSE["en"])))
    assert (article.title, article.site_name) == (title, site)


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "pl", "vi"])
def test_title_found_after_menus_when_repeated(lang: str) -> None:
    heading = {
        "en": "Council backs longer cycle path along the river",
        "de": "Stadtrat stimmt für längeren Radweg am Fluss",
        "fr": "Le conseil vote une piste cyclable plus longue",
        "es": "El ayuntamiento amplía el carril bici del río",
        "pl": "Rada miasta wydłuża ścieżkę rowerową nad rzeką",
        "vi": "Đà Nẵng khánh thành tuyến đường xe đạp ven sông",
    }[lang]
    text = page(f"{heading} - Courier", MENU, heading, list(PROSE[lang]), FOOTER)
    article = extract(text)
    assert article.title == heading
    assert article.site_name == "Courier"
    assert heading not in article.paragraphs


@pytest.mark.parametrize(
    ("lang", "byline_line", "author"),
    [
        ("en", "By Jane Doe", "Jane Doe"),
        ("en", "By Jane Doe and John Smith", "Jane Doe, John Smith"),
        ("de", "Von Anna Müller", "Anna Müller"),
        ("es", "Por María García", "María García"),
        ("vi", "Tác giả: Nguyễn Văn An", "Nguyễn Văn An"),
        ("en", "Posted by Tom Baker on June 3, 2021", "Tom Baker"),
        ("pl", "Autor: Jan Kowalski", "Jan Kowalski"),
        ("pl", "Relacjonuje: Karolina Mazur", "Karolina Mazur"),
        ("de", "Ein Kommentar von Hannah Seidel", "Hannah Seidel"),
        ("en", "Posted by Tom Baker at 9:14 PM", "Tom Baker"),
        ("vi", "Phóng viên Quang Huy", "Quang Huy"),
        ("de", "22. November 2026 von Felix Marquardt 7 Kommentare", "Felix Marquardt"),
    ],
)
def test_byline_under_title(lang: str, byline_line: str, author: str) -> None:
    article = extract(page("Council backs longer cycle path", byline_line, list(PROSE[lang])))
    assert article.byline == author
    assert byline_line not in article.paragraphs


@pytest.mark.parametrize(
    ("lang", "date_line", "iso"),
    [
        ("vi", "Thứ Hai, 28/6/2021 09:30 (GMT+7)", "2021-06-28T09:30+07:00"),
        ("en", "June 3, 2021", "2021-06-03"),
        ("de", "3. Juni 2021", "2021-06-03"),
        ("de", "03.06.2021", "2021-06-03"),
        ("fr", "3 juin 2021", "2021-06-03"),
        ("es", "3 de junio de 2021", "2021-06-03"),
        ("pl", "3 czerwca 2021", "2021-06-03"),
        ("pt", "3 de junho de 2021", "2021-06-03"),
        ("it", "3 giugno 2021", "2021-06-03"),
        ("ru", "3 июня 2021", "2021-06-03"),
        ("ja", "2021年6月3日", "2021-06-03"),
        ("zh", "2021年6月3日", "2021-06-03"),
    ],
)
def test_date_line_under_title(lang: str, date_line: str, iso: str) -> None:
    article = extract(page("Council backs longer cycle path", date_line, list(PROSE[lang])))
    assert article.date == iso
    assert date_line not in article.paragraphs


def test_date_inside_body_is_not_the_article_date() -> None:
    body = [
        *PROSE["en"][:2],
        "The first section opened on June 3, 2021, after two years of work on the riverbank.",
    ]
    article = extract(page("Council backs longer cycle path", body))
    assert article.date is None


@pytest.mark.parametrize(
    ("lang", "source_line", "source"),
    [
        ("vi", "Nguồn: Nhân dân điện tử", "Nhân dân điện tử"),
        ("vi", "Theo VnExpress", "VnExpress"),
        ("en", "Source: Reuters", "Reuters"),
        ("de", "Quelle: dpa", "dpa"),
        ("fr", "Source : AFP", "AFP"),
        ("es", "Fuente: EFE", "EFE"),
        ("pt", "Fonte: Agência Brasil", "Agência Brasil"),
        ("ru", "Источник: ТАСС", "ТАСС"),
        ("zh", "来源：新华社", "新华社"),
    ],
)
def test_source_line_after_body(lang: str, source_line: str, source: str) -> None:
    article = extract(
        page("Council backs longer cycle path", list(PROSE[lang]), source_line, FOOTER)
    )
    assert (article.source, article.source_line) == (source, source_line)
    assert source_line not in article.paragraphs
    assert article.paragraphs == PROSE[lang]


def test_attribution_glued_to_last_paragraph_is_split_off() -> None:
    body = [*PROSE["vi"][:2], PROSE["vi"][2] + " Theo Tuổi Trẻ"]
    article = extract(page("Đà Nẵng khánh thành tuyến đường xe đạp", body))
    assert article.source == "Tuổi Trẻ"
    assert article.paragraphs[-1] == PROSE["vi"][2]


def test_body_sentence_starting_with_theo_stays_body() -> None:
    sentence = (
        "Theo số liệu của Tổng cục Thống kê, số người đi xe đạp đến nơi làm việc"
        " đã tăng gần gấp đôi trong năm qua."
    )
    article = extract(page("Đà Nẵng khánh thành tuyến đường xe đạp", [*PROSE["vi"], sentence]))
    assert article.source is None
    assert article.paragraphs[-1] == sentence


@pytest.mark.parametrize("credit", ["Ảnh: Minh Châu", "Photo: Jane Doe/Reuters", "Foto: dpa"])
def test_photo_credit_is_caption_not_source(credit: str) -> None:
    body = [PROSE["en"][0], credit, *PROSE["en"][1:]]
    article = extract(page("Council backs longer cycle path", body))
    assert article.source is None
    assert [item.kind.value for item in article.boilerplate if item.text == credit] == ["caption"]


def test_wire_dateline_gives_source_and_stays_in_body() -> None:
    first = "WASHINGTON (Reuters) - " + PROSE["en"][0]
    article = extract(page("Council backs longer cycle path", [first, *PROSE["en"][1:]]))
    assert article.source == "Reuters"
    assert article.paragraphs[0] == first


@pytest.mark.parametrize(
    ("byline_line", "author"),
    [
        ("By Chris Pokorny @cpokorny Nov 18, 2019, 11:47am EST", "Chris Pokorny"),
        ("Meg Kinnard and Errin Haines, Associated Press", "Meg Kinnard, Errin Haines"),
        ("Tom Krisher, AP Auto Writer", "Tom Krisher"),
        ("By Kashmira Gander On 11/13/19 at 4:00 PM EST", "Kashmira Gander"),
        ("Catherine Shu @catherineshu / 2 days", "Catherine Shu"),
    ],
)
def test_byline_line_right_under_the_heading(byline_line: str, author: str) -> None:
    heading = "Council backs longer cycle path along the river"
    text = page(f"{heading} - Courier", MENU, heading, byline_line, list(PROSE["en"]), FOOTER)
    article = extract(text)
    assert article.byline == author
    assert byline_line not in article.paragraphs


def test_a_name_in_the_menus_is_not_the_byline() -> None:
    menus = [*MENU, "Real Estate", "Anna Schmidt"]
    article = extract(page("Council backs longer cycle path - Courier", menus, list(PROSE["en"])))
    assert article.byline is None


@pytest.mark.parametrize(
    "name",
    ["Hoàng Anh", "NGỌC HÂN", "Trần Minh Đức", "Hoàng Anh - Đà Nẵng", "Hoàng Anh (thực hiện)"],
)
def test_bare_name_signing_off_after_the_body_is_the_byline(name: str) -> None:
    text = page(
        "Đà Nẵng khánh thành tuyến đường xe đạp", list(PROSE["vi"]), name, "Nguồn: Báo Đà Nẵng"
    )
    article = extract(text)
    assert article.byline == name.split(" - ")[0].split(" (")[0]
    assert article.source == "Báo Đà Nẵng"
    assert article.paragraphs == PROSE["vi"]


def test_name_slash_outlet_signoff_gives_byline_and_source() -> None:
    article = extract(
        page("Đà Nẵng khánh thành tuyến đường xe đạp", list(PROSE["vi"]), "Minh Anh/VNEXPRESS.NET")
    )
    assert (article.byline, article.source) == ("Minh Anh", "VNEXPRESS.NET")
    assert article.source_line == "Minh Anh/VNEXPRESS.NET"


def test_agency_beside_the_writer_is_the_source() -> None:
    byline_line = "Par Julien Marchetti avec AFP, publié le 26 novembre 2026 à 11h04"
    article = extract(page("Les prix des logements reculent", byline_line, list(PROSE["fr"])))
    assert (article.byline, article.source) == ("Julien Marchetti", "AFP")
    assert article.source_line == byline_line
    assert article.date == "2026-11-26T11:04"


def test_the_site_crediting_itself_is_no_byline() -> None:
    text = page(
        "INFO-FLASH",
        MENU,
        "Tempête : 40 000 foyers privés d'électricité",
        "Par Info-Flash avec AFP",
        list(PROSE["fr"]),
    )
    article = extract(text)
    assert (article.byline, article.source) == (None, "AFP")


@pytest.mark.parametrize(
    "stamp", ["Mis à jour le 16 octobre 2026 à 09h12", "Mis à jour il y a 2 heures"]
)
def test_a_second_stamp_under_the_date_is_not_body(stamp: str) -> None:
    text = page(
        "Les prix des logements reculent",
        "Par Hélène Marchetti",
        "Publié le 15 octobre 2026 à 18h05",
        stamp,
        "Article réservé aux abonnés",
        list(PROSE["fr"]),
    )
    article = extract(text)
    assert article.date == "2026-10-15T18:05"
    assert article.paragraphs == PROSE["fr"]


def test_wire_dateline_after_a_caption_gives_the_source() -> None:
    lead = (
        "HALDEN BAY, Oct 21 (Reuters) - The two leading candidates clashed over housing and"
        " taxes on Tuesday night in the only televised debate before the vote."
    )
    text = page(
        "Candidates clash over housing in debate",
        "Updated 2 hours ago",
        lead,
        list(PROSE["en"]),
        "Reporting by Daniel Ashworth; Editing by Sarah Kimura",
    )
    assert extract(text).source == "Reuters"


def test_standfirst_between_headline_and_byline_is_not_body() -> None:
    standfirst = (
        "The council backs a longer cycle path along the river after two years of"
        " consultation, and work is to start in the spring."
    )
    text = page("Council backs longer cycle path", standfirst, "By Jane Doe", list(PROSE["en"]))
    article = extract(text)
    assert article.paragraphs == PROSE["en"]
    assert any(item.text == standfirst for item in article.boilerplate)


def test_names_right_above_the_date_line_under_a_standfirst() -> None:
    standfirst = (
        "Giá bán căn hộ chung cư sơ cấp tại Hà Nội trong quý III đã tăng khoảng 18% so với"
        " cùng kỳ năm ngoái, trong khi nguồn cung mới tiếp tục giảm mạnh."
    )
    text = page(
        "Giá căn hộ Hà Nội tăng 18% trong một năm",
        standfirst,
        "Hoàng Minh Quân - Đỗ Lan Anh",
        "29/10/2026 14:20",
        list(PROSE["vi"]),
    )
    article = extract(text)
    assert article.byline == "Hoàng Minh Quân, Đỗ Lan Anh"
    assert article.date == "2026-10-29T14:20"


@pytest.mark.parametrize(
    ("credit", "lang"),
    [("Zdjęcie: Tomasz Wróbel", "pl"), ("© Sandra Kiefer", "de"), ("Foto: D. Pereda", "es")],
)
def test_line_above_a_credit_inside_the_article_is_its_caption(credit: str, lang: str) -> None:
    caption = "Die Sopranistin im zweiten Akt der Premiere"
    body = [PROSE[lang][0], caption, credit, *PROSE[lang][1:]]
    article = extract(page("Council backs longer cycle path", body))
    assert article.paragraphs == tuple(PROSE[lang])
    kinds = {item.text: item.kind.value for item in article.boilerplate}
    assert (kinds[caption], kinds[credit]) == ("caption", "caption")


def test_line_above_a_credit_over_its_picture_stays() -> None:
    # "Image copyright X" then "Image caption Y": the credit belongs to the picture
    # below, and the line above it is the article's.
    last = "He has always denied that he was unfair to her."
    caption = "Image caption The singer at a concert in London earlier this year"
    body = [PROSE["en"][0], last, "Image copyright Getty Images", caption, *PROSE["en"][1:]]
    article = extract(page("Council backs longer cycle path", body))
    assert last in article.paragraphs


def test_agency_alone_credited_as_author_is_the_source() -> None:
    heading = "Radni przyjęli budżet miasta na przyszły rok"
    text = page(heading, MENU, heading, "26 listopada 2026, 19:42", "PAP", list(PROSE["pl"]))
    article = extract(text)
    assert (article.byline, article.source) == (None, "PAP")


@pytest.mark.parametrize(
    ("lang", "byline_line", "author"),
    [
        ("de", "Eine Kritik von Friederike Hallmann, Kulturredakteurin", "Friederike Hallmann"),
        ("de", "Von Redaktion", None),
        ("fr", "Une critique de Paul Marais", "Paul Marais"),
        ("en", "Review by Jane Doe", "Jane Doe"),
    ],
)
def test_review_cues_and_desk_credits(lang: str, byline_line: str, author: str | None) -> None:
    heading = "Jubel und Buhrufe für die neue Oper am Rhein"
    text = page(heading, MENU, heading, byline_line, "25.10.2026", list(PROSE[lang]))
    assert extract(text).byline == author


def test_relative_stamp_is_no_title_and_a_kicker_gives_way() -> None:
    # Kicker, headline, standfirst, date, "updated 3 hours ago", body.
    headline = "Jubel und Buhrufe für die neue Oper"
    standfirst = (
        "Die neue Oper spaltet das Publikum. Musikalisch ist der Abend stark, szenisch bleibt"
        " er blass."
    )
    text = page(
        MENU,
        "Premiere in Köln",
        headline,
        standfirst,
        "25.10.2026",
        "aktualisiert vor 3 Stunden",
        list(PROSE["de"]),
    )
    article = extract(text)
    assert article.title == headline
    assert article.paragraphs == tuple(PROSE["de"])


def test_columnist_named_above_the_headline_is_the_byline() -> None:
    # An opinion column: the author box over the headline, the writer named again
    # in the breadcrumb; no byline under the headline.
    heading = "Apartman toplantısı bir demokrasi okuludur"
    text = page(
        MENU,
        "Yazarlar › Selin Akbaş",
        "Selin Akbaş",
        "Tüm yazıları",
        heading,
        "18 Mayıs 2026 Pazartesi, 06:00",
        list(PROSE["en"]),
    )
    assert extract(text).byline == "Selin Akbaş"


def test_site_name_above_the_headline_is_no_columnist() -> None:
    heading = "Council backs longer cycle path along the river"
    text = page(
        "Eastbrook Daily",
        MENU,
        "Eastbrook Daily",
        heading,
        list(PROSE["en"]),
        "Eastbrook Daily - news for the valley since 1901",
    )
    assert extract(text).byline is None


def test_republished_from_line_gives_the_source() -> None:
    credit = "Este texto se publicó originalmente en Revista Altiplano y se reproduce con permiso."
    article = extract(page("Siete claves del nuevo reglamento", list(PROSE["es"]), credit, FOOTER))
    assert (article.source, article.source_line) == ("Revista Altiplano", credit)
    assert credit not in article.paragraphs


def test_publication_date_wins_over_the_update_line_above_it() -> None:
    heading = "Storm brings flooding to the valley towns overnight"
    text = page(
        heading,
        MENU,
        heading,
        "By Jane Doe",
        "Updated 11:18 AM PST, November 25, 2026",
        "Published 9:02 PM PST, November 24, 2026",
        list(PROSE["en"]),
    )
    assert extract(text).date.startswith("2026-11-24")


def test_two_names_joined_by_a_dash_are_two_authors() -> None:
    # "Thu" is also an English weekday: a name is not a date word.
    heading = "Bé trai 9 tuổi bị rắn lục cắn, rối loạn đông máu nặng"
    text = page(
        heading, MENU, heading, "Thu Hà - Quang Huy", "27/11/2026 - 09:40", list(PROSE["vi"])
    )
    assert extract(text).byline == "Thu Hà, Quang Huy"


def test_cued_byline_closing_the_body_is_the_byline() -> None:
    heading = "Grypa wraca. Lekarka radzi, jak się chronić"
    text = page(heading, MENU, heading, list(PROSE["pl"]), "Rozmawiał: Bartosz Grzelak", FOOTER)
    article = extract(text)
    assert article.byline == "Bartosz Grzelak"
    assert "Rozmawiał: Bartosz Grzelak" not in article.paragraphs


def test_republication_note_ends_the_article() -> None:
    note = "This article first appeared in The Northland Ledger and is republished here."
    bio = (
        "Hannah Whitfield covers city government for The Northland Ledger and has written"
        " about local politics in the region for more than ten years."
    )
    article = extract(page("Council backs longer cycle path", list(PROSE["en"]), note, bio, FOOTER))
    assert (article.source, article.paragraphs) == ("The Northland Ledger", tuple(PROSE["en"]))


def test_printed_headline_wins_over_a_rewritten_browser_title() -> None:
    printed = "Carmen Valdés convierte el silencio en protagonista en su nueva obra"
    text = page(
        "El silencio como protagonista de la nueva obra | Diario Bética",
        "Diario Bética",
        MENU,
        printed,
        "Por Lucía Ferrer",
        "25 nov 2026",
        list(PROSE["es"]),
    )
    article = extract(text)
    assert (article.title, article.byline) == (printed, "Lucía Ferrer")


def test_wire_photo_credit_with_picture_kind_is_a_caption() -> None:
    caption = (
        "Shoppers walk past a store in London, October 30, 2026. REUTERS/Daniel Hollis/File Photo"
    )
    article = extract(page("Retailer cuts profit forecast", MENU, caption, list(PROSE["en"])))
    assert article.title == "Retailer cuts profit forecast"
    assert caption not in article.paragraphs


def test_newsroom_with_agency_gives_the_source() -> None:
    heading = "Mort d'un ancien champion de France de cyclo-cross"
    text = page(heading, MENU, heading, "La rédaction avec AFP", "26/11/2026", list(PROSE["fr"]))
    article = extract(text)
    assert (article.byline, article.source, article.source_line) == (
        None,
        "AFP",
        "La rédaction avec AFP",
    )


def test_republished_under_a_licence_names_the_outlet_only() -> None:
    note = "This article is republished from The Exchange under a Creative Commons licence."
    article = extract(page("Emergency waits grow longer", list(PROSE["en"]), note, FOOTER))
    assert article.source == "The Exchange"


@pytest.mark.parametrize(
    ("credit", "lang", "source"),
    [
        ("Źródło: Echo Podhala", "pl", "Echo Podhala"),
        ("Fuente: Deportivo Sur", "es", "Deportivo Sur"),
        (
            "This article was originally published by The Harbour Gazette.",
            "en",
            "The Harbour Gazette",
        ),
    ],
)
def test_an_aggregator_credit_between_headline_and_body_is_the_source(
    credit: str, lang: str, source: str
) -> None:
    article = extract(page(*MENU, "Council backs longer cycle path", credit, list(PROSE[lang])))
    assert article.source == source
    assert article.paragraphs == PROSE[lang]  # a note above the body does not end it


def test_a_subheading_and_its_introduction_end_a_list_of_related_teasers() -> None:
    # "Read also" teasers mid-article, then the article goes on with a subheading
    # and a line that introduces a list: teasers never introduce anything.
    intro = "The council gave residents a few pieces of advice for the days of work:"
    items = ["* keep to the marked paths on the east bank;", "* leave cars in the park and ride;"]
    body = [*PROSE["en"][:2], "Read also:", "* Ferry fares to rise in spring", "* New harbour wall"]
    text = page("Council backs longer cycle path", body, "What to do", intro, items, PROSE["en"][2])
    article = extract(text)
    assert article.paragraphs[2:] == ("What to do", intro, *items, PROSE["en"][2])


def test_a_cued_byline_outranks_a_kicker_in_capitals_taken_for_a_name() -> None:
    text = page(
        "Jueves, 26 de noviembre de 2026",
        "VEGA DEL SEGURA · TRIBUNALES",
        "El juzgado cita como investigado al exconcejal de Urbanismo",
        "Por Lucía Ferrández",
        list(PROSE["es"]),
    )
    assert extract(text).byline == "Lucía Ferrández"


def test_a_company_credited_as_the_writer_issued_the_text() -> None:
    # A press release: the company is the source, and no person wrote it.
    text = page(
        "Kessler Bahntechnik opens a brake test centre", "24.11.2026", "Kessler Bahntechnik AG",
        list(PROSE["en"]),
    )  # fmt: skip
    article = extract(text)
    assert (article.byline, article.source) == (None, "Kessler Bahntechnik AG")


def test_the_outlet_an_aggregator_credits_is_not_the_writer() -> None:
    text = page(
        "Giá sầu riêng lao dốc, nhà vườn ôm trái chờ thương lái",
        "Báo Đất Phương Nam",
        "Thứ Năm, 26/11/2026 - 15:42",
        list(PROSE["vi"]),
        "Nguồn: Báo Đất Phương Nam",
    )
    article = extract(text)
    assert (article.byline, article.source) == (None, "Báo Đất Phương Nam")


def test_two_writers_signing_off_with_a_dash() -> None:
    text = page("Giá lúa tăng mạnh ở miền Tây", list(PROSE["vi"]), "Hà Linh - Quốc Tuấn", FOOTER)
    assert extract(text).byline == "Hà Linh, Quốc Tuấn"


@pytest.mark.parametrize(
    ("meta_line", "lang", "date", "byline"),
    [
        ("26 ноября 2026, 14:05 Просмотров: 3 418 Комментарии: 9", "ru", "2026-11-26T14:05", None),
        ("Publikováno 22. 11. 2026 autorka Petra Holubová · Kategorie: Česko", "cs", "2026-11-22",
         "Petra Holubová"),
    ],
)  # fmt: skip
def test_a_meta_line_under_the_headline_gives_date_and_writer(
    meta_line: str, lang: str, date: str, byline: str | None
) -> None:
    article = extract(page(*MENU, "Council backs longer cycle path", meta_line, list(PROSE[lang])))
    assert (article.date, article.byline) == (date, byline)


def test_a_date_strip_over_the_headline_is_not_the_date() -> None:
    text = page(
        "Piątek, 27 listopada 2026. Imieniny: Walerian, Wirgiliusz", *MENU,
        "Kładka przez Wisłę coraz bliżej", "Tekst: Katarzyna Wójcik", list(PROSE["pl"]),
    )  # fmt: skip
    assert extract(text).date is None


def test_the_date_under_the_headline_wins_over_the_date_strip_above_it() -> None:
    text = page(
        "Freitag, 27. November 2026 | 3 °C, Nebel", *MENU, "Warum der Bau seit zwei Jahren stockt",
        "Von Korbinian Haslauer", "26.11.2026, 18:40 Uhr", "Teilen", list(PROSE["de"]),
    )  # fmt: skip
    assert extract(text).date == "2026-11-26T18:40"


def test_a_paywall_notice_after_the_teaser_paragraphs_is_no_body() -> None:
    notice = ["Sie haben 3 von 15 Absätzen gelesen.", "Lesen Sie weiter mit OB+"]
    article = extract(page("Warum der Bau seit zwei Jahren stockt", list(PROSE["de"]), notice))
    assert article.paragraphs == PROSE["de"]


def test_a_credit_line_over_a_republication_note_names_the_source() -> None:
    note = "Dieser Artikel erschien zuerst auf weser-bote.de. Wir übernehmen Inhalte von Partnern."
    text = page(
        "Museum öffnet wieder", list(PROSE["de"]), "Quelle: Weser-Bote", note,
        "Ähnliche Nachrichten", "Theater verlängert Intendanz bis 2031",
    )  # fmt: skip
    article = extract(text)
    assert (article.source, article.paragraphs) == ("Weser-Bote", PROSE["de"])


def test_an_agency_alone_opening_the_body_is_the_source_not_a_paragraph() -> None:
    headline = "Deweloper skazany za oszustwa na nabywcach mieszkań. Sąd: „Działał z premedytacją”"
    closing = ["Wyrok nie jest prawomocny.", "Źródło: PAP"]
    text = page(*MENU, "KRAJ", headline, "25.11.2026 14:32", "PAP", list(PROSE["pl"]), closing)
    article = extract(text)
    assert (article.source, article.byline) == ("PAP", None)
    assert article.paragraphs == (*PROSE["pl"], closing[0])


def test_a_role_in_brackets_after_the_name_under_the_headline() -> None:
    text = page("Nghệ nhân trẻ Bát Tràng kể về nghề gốm", "Thu Hằng (thực hiện)",
                "15/11/2026 08:00 GMT+7", list(PROSE["vi"]))  # fmt: skip
    assert extract(text).byline == "Thu Hằng"


def test_a_credit_line_opening_the_body_names_the_source() -> None:
    text = page("Cách vệ sinh máy giặt tại nhà", "17/11/2026 09:20", "Theo Tổ Ấm Xanh",
                list(PROSE["vi"]))  # fmt: skip
    article = extract(text)
    assert (article.source, article.paragraphs) == ("Tổ Ấm Xanh", PROSE["vi"])


def test_a_cued_byline_under_a_standfirst_and_a_video_box() -> None:
    standfirst = (
        "Auf dem Brocken liegen seit der Nacht rund 25 Zentimeter Neuschnee, in tieferen Lagen"
        " ist es weniger, doch die Straßen sind glatt."
    )
    video = ["Video", "Schneechaos im Oberharz", "2 Min"]
    text = page("Erster Schnee im Harz", "Stand: 27.11.2026 14:32 Uhr", standfirst, video,
                "von Lena Hartwig", list(PROSE["de"]))  # fmt: skip
    assert extract(text).byline == "Lena Hartwig"


def test_a_relative_stamp_over_the_headline_and_the_date_under_the_article() -> None:
    text = page("Cách kiểm tra pin laptop", "3 giờ trước", list(PROSE["vi"]),
                "Đăng lúc 08:40 ngày 27/11/2026", FOOTER)  # fmt: skip
    assert extract(text).date == "2026-11-27T08:40"


def test_a_press_contact_after_a_release_is_no_byline() -> None:
    contact = ["Contacto de prensa:", "Irene Salcedo – Responsable de Comunicación"]
    text = page("La fundación lleva agua a doce aldeas", list(PROSE["es"]), contact)
    assert extract(text).byline is None


def test_a_blog_date_line_names_its_author_after_przez() -> None:
    text = page("Sandomierz zimą: weekend bez tłumów", "Opublikowano 12 listopada 2026 przez "
                "Marta Pałka · 5 komentarzy", list(PROSE["pl"]))  # fmt: skip
    article = extract(text)
    assert (article.byline, article.date) == ("Marta Pałka", "2026-11-12")


def test_a_meta_row_of_fields_under_the_headline_gives_the_date() -> None:
    meta = "Publicado: 24 de noviembre de 2026, 09:00 (hora de Bogotá) | Sector: Agroindustria"
    text = page("La fundación lleva agua a doce aldeas", f"{meta} | País: Colombia",
                list(PROSE["es"]))  # fmt: skip
    assert extract(text).date == "2026-11-24T09:00"


def test_a_bare_name_with_its_agency_gives_the_source() -> None:
    text = page("Lugano gewinnt im Penaltyschiessen", "Nicolas Aebischer, Keystone-SDA",
                "27.11.2026, 22:41", list(PROSE["de"]))  # fmt: skip
    article = extract(text)
    assert (article.byline, article.source) == ("Nicolas Aebischer", "Keystone-SDA")


def test_a_logo_and_a_picture_in_brackets_are_not_the_title() -> None:
    # "[Site]" repeats line 1's site part (a logo's text), "[...]" over a caption is
    # a picture's text: the printed headline further up is the title.
    headline = "El otoño cálido adelanta la cosecha de alcachofa en la Ribera"
    text = page(
        f"Heraldo del Valle - {headline}", "Ir al contenido principal", "[Heraldo del Valle]",
        "Viernes, 27 de noviembre de 2026", *MENU, "Agro",
        f"{headline} y desconcierta a los productores",
        "Las primeras cabezas llegan al mercado con tres semanas de antelación, pero los"
        " precios no acompañan y los productores temen una campaña corta.",
        "Itziar Goñi", "EFE", "Tudela | 25 nov. 2026 - 13:20 h.",
        "Actualizado: 25 nov. 2026 - 19:48 h.", "* Facebook", "* X", "* WhatsApp", "* Correo",
        "[Un agricultor recoge alcachofas en una huerta de Fontellas]",
        "Un agricultor recoge alcachofas en una huerta de Fontellas, este martes. EFE/Ana Ruiz",
        list(PROSE["es"]),
    )  # fmt: skip
    assert extract(text).title == f"{headline} y desconcierta a los productores"


def test_a_caption_printed_again_with_its_credit_run_on_is_no_body() -> None:
    caption = "Bins lined up on a terraced street in Pendle Vale this week"
    one, two, three = PROSE["en"]
    credited = f"{caption}Credit: Roar Pictures / Danny Hargreaves"
    text = page("Bin collections cut to every three weeks", "By Gemma Radcliffe", one,
                caption, credited, two, three)  # fmt: skip
    assert extract(text).paragraphs == PROSE["en"]


def test_a_credit_over_the_article_and_under_it_are_both_the_source() -> None:
    text = page("Le glacier d'Argentière a perdu 40 mètres", "Publié le 25/11/2026 à 09h12",
                "Source : Le Journal des Alpes", list(PROSE["fr"]),
                "Source : Le Journal des Alpes — article publié le 25/11/2026", FOOTER)  # fmt: skip
    article = extract(text)
    assert (article.source, article.paragraphs) == ("Le Journal des Alpes", PROSE["fr"])


def test_a_name_in_capitals_under_the_standfirst_is_the_byline() -> None:
    standfirst = (
        "Giữa tháng 11, khi gió bấc tràn về, những triền đồi quanh Đà Lạt lại rực lên sắc"
        " vàng của hoa dã quỳ."
    )
    text = page("Mùa dã quỳ nhuộm vàng những con dốc Đà Lạt", "Thứ Tư, 25/11/2026 - 15:40",
                standfirst, "NGUYỄN BẢO NGỌC", "Chia sẻ", "Facebook", "Zalo",
                list(PROSE["vi"]))  # fmt: skip
    assert extract(text).byline == "NGUYỄN BẢO NGỌC"


def test_a_name_in_mixed_case_under_the_standfirst_may_be_the_subject() -> None:
    standfirst = "Veteran actress Kate Henshaw turned heads at the premiere on Sunday night."
    text = page("Actress stuns at premiere", "November 18, 2019", standfirst, "Kate Henshaw",
                list(PROSE["en"]))  # fmt: skip
    assert extract(text).byline is None


def test_a_vietnamese_bare_name_under_the_standfirst_is_the_byline() -> None:
    standfirst = (
        "Thời tiết chuyển mùa, số trẻ nhập viện vì sốt tăng rõ rệt. Không phải cơn sốt nào"
        " cũng nguy hiểm, nhưng có những dấu hiệu cha mẹ không được bỏ qua."
    )
    headline = "Trẻ bị sốt: Khi nào cha mẹ cần đưa con đi viện ngay?"
    text = page(headline, "Thứ Tư, 25/11/2026 - 09:15", standfirst, "Minh An",
                "[Chia sẻ] [Lưu bài] [In bài]", list(PROSE["vi"]))  # fmt: skip
    article = extract(text)
    assert article.byline == "Minh An"
    assert "Minh An" not in article.paragraphs


def test_a_follow_button_broken_over_two_lines_is_not_the_title() -> None:
    # "Theo dõi X trên" / "Google News": a follow button, not a heading, and
    # "Google News" is no name under it.
    headline = "Tiền vệ Lê Văn Khánh chính thức sang Nhật Bản thi đấu cho FC Hokuriku"
    text = page("Văn Khánh chính thức sang Nhật Bản thi đấu - Thể Thao Nhanh", "Thể Thao Nhanh",
                "Đăng nhập", "Bảng xếp hạng", "Bình Định 1 - 1 Hà Tĩnh", "Kết thúc",
                "Man City 2 - 0 Leverkusen", "Kết thúc", "Trang chủ", "Bóng đá Việt Nam", headline,
                "Quang Huy", "Thứ Năm, 26/11/2026 14:05 (GMT+7)", "Theo dõi Thể Thao Nhanh trên",
                "Google News", "Chia sẻ", "Facebook", "Zalo", list(PROSE["vi"]))  # fmt: skip
    article = extract(text)
    assert (article.title, article.byline) == (headline, "Quang Huy")


def test_a_name_and_its_agency_after_a_slash_give_byline_and_source() -> None:
    text = page("Vinterdäcken tar slut i Norrland", "Erik Lindqvist/TT", "26 november 2026 14:05",
                list(PROSE["en"]))  # fmt: skip
    article = extract(text)
    assert (article.byline, article.source) == ("Erik Lindqvist", "TT")
