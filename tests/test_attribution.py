"""Tests for artclean.attribution: attribution lines, datelines and photo credits."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from artclean.attribution import (
    MAX_ATTRIBUTION_CHARS,
    AttributionMatch,
    match_attribution,
    match_dateline,
    split_trailing_attribution,
)
from artclean.credits import is_photo_credit
from artclean.cues import is_agency

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# (line, lang, expected source, expected form)
ATTRIBUTION_CASES = [
    # Vietnamese
    ("Nguồn: Nhân dân điện tử", "vi", "Nhân dân điện tử", "cue"),
    ("Nguồn tin: Báo Tin tức", None, "Báo Tin tức", "cue"),
    ("Theo Tuổi Trẻ", "vi", "Tuổi Trẻ", "theo"),
    ("Theo VnExpress", None, "VnExpress", "theo"),
    ("Mit Material von dpa/lby", "de", "dpa", "with"),
    ("(With inputs from PTI)", "en", "PTI", "with"),
    ("Avec les informations de La Presse Canadienne", "fr", "La Presse Canadienne", "with"),
    ("Theo Reuters (Anh)", "vi", "Reuters", "theo"),
    ("Theo Reuters, AFP", "vi", "Reuters/AFP", "theo"),
    ("(Theo Thanh Niên)", "vi", "Thanh Niên", "theo"),
    ("Theo Zing.vn", "vi", "Zing.vn", "theo"),
    ("Minh Anh/VNEXPRESS.NET", "vi", "VNEXPRESS.NET", "name-outlet"),
    ("Hà Linh/Dân trí", "vi", "Dân trí", "name-outlet"),
    ("Nguyễn Hoàng / VOV.VN", None, "VOV.VN", "name-outlet"),
    ("(TTXVN)", "vi", "TTXVN", "agency-parenthetical"),
    ("TTXVN", "vi", "TTXVN", "agency"),
    ("Nguồn: http://nhandan.vn/tin-tuc-1.html", "vi", "http://nhandan.vn/tin-tuc-1.html", "cue"),
    # English
    ("Source: Reuters", "en", "Reuters", "cue"),
    ("Sources: CNN, BBC", "en", "CNN, BBC", "cue"),
    ("Source: U.S. Bureau of Labor Statistics", None, "U.S. Bureau of Labor Statistics", "cue"),
    # A remark after the outlet's name, or a sentence after its first clause.
    (
        "Source : Le Journal des Alpes — article publié le 25/11/2026",
        "fr",
        "Le Journal des Alpes",
        "cue",
    ),
    (
        "Source: The Harbour Gazette, Boothbay Harbor. Republished with permission.",
        "en",
        "The Harbour Gazette",
        "cue",
    ),
    ("Źródło: Echo Podhala", "pl", "Echo Podhala", "cue"),
    ("Πηγή: ΑΠΕ-ΜΠΕ", "el", "ΑΠΕ-ΜΠΕ", "cue"),
    ("(Reuters) -", "en", "Reuters", "wire-dateline"),
    ("— The Associated Press", "en", "The Associated Press", "signoff"),
    ("-- Reuters", None, "Reuters", "signoff"),
    (
        "This article originally appeared on The Conversation.",
        "en",
        "The Conversation",
        "originally-appeared",
    ),
    (
        "This story was originally published by The Texas Tribune and is republished here.",
        "en",
        "The Texas Tribune",
        "originally-appeared",
    ),
    (
        "This article was originally published on Vox.com, under a Creative Commons license.",
        None,
        "Vox.com",
        "originally-appeared",
    ),
    ("Additional reporting by Jane Doe in London", "en", "Jane Doe", "additional-reporting"),
    (
        "Additional reporting by Jane Doe and Max Mustermann",
        None,
        "Jane Doe and Max Mustermann",
        "additional-reporting",
    ),
    ("Reporting by John Smith; Editing by Mark Heinrich", "en", "John Smith", "reporting"),
    ("Courtesy of NASA", "en", "NASA", "courtesy"),
    ("Via Bloomberg", "en", "Bloomberg", "theo"),
    ("Reuters", None, "Reuters", "agency"),
    # German
    ("Quelle: Spiegel Online", "de", "Spiegel Online", "cue"),
    ("(dpa)", "de", "dpa", "agency-parenthetical"),
    ("dpa/lno", "de", "dpa", "agency"),
    ("Mit Material von dpa", "de", "dpa", "with"),
    ("Mit Material der Nachrichtenagentur Reuters", None, "Nachrichtenagentur Reuters", "with"),
    # French
    ("Source : Le Monde", "fr", "Le Monde", "cue"),
    ("(AFP)", "fr", "AFP", "agency-parenthetical"),
    ("Avec AFP", "fr", "AFP", "with"),
    # Spanish
    ("Fuente: El País", "es", "El País", "cue"),
    ("(EFE)", "es", "EFE", "agency-parenthetical"),
    ("Con información de EFE", "es", "EFE", "with"),
    ("Con información de Europa Press", None, "Europa Press", "with"),
    # Portuguese
    ("Fonte: Folha de S.Paulo", "pt", "Folha de S.Paulo", "cue"),
    ("Com informações de Agência Brasil", "pt", "Agência Brasil", "with"),
    ("(Agência Brasil)", "pt", "Agência Brasil", "agency-parenthetical"),
    # Italian
    ("Fonte: ANSA", "it", "ANSA", "cue"),
    ("(ANSA)", "it", "ANSA", "agency-parenthetical"),
    # Polish
    ("Źródło: PAP", "pl", "PAP", "cue"),
    ("(PAP)", "pl", "PAP", "agency-parenthetical"),
    # Russian
    ("Источник: РИА Новости", "ru", "РИА Новости", "cue"),
    ("(ТАСС)", "ru", "ТАСС", "agency-parenthetical"),
    ("По материалам ТАСС", "ru", "ТАСС", "with"),
    # Chinese and Japanese
    ("来源：新华社", "zh", "新华社", "cue"),
    ("（新华社）", "zh", "新华社", "agency-parenthetical"),
    ("出典：共同通信", "ja", "共同通信", "cue"),
    ("（共同）", "ja", "共同", "agency-parenthetical"),
]


@pytest.mark.parametrize(("line", "lang", "source", "form"), ATTRIBUTION_CASES)
def test_match_attribution(line: str, lang: str | None, source: str, form: str) -> None:
    found = match_attribution(line, lang=lang)
    assert found == AttributionMatch(source, line, form)


NOT_ATTRIBUTION = [
    "Nguồn: Theo kế hoạch, sẽ có thêm. Hôm nay trời mưa.",
    "Theo số liệu của Tổng cục Thống kê, GDP quý II tăng 6,61%",
    "Theo ông Nguyễn Văn A, giá xăng sẽ tiếp tục tăng trong tháng tới",
    "Theo Bộ Y tế, số ca mắc mới tăng mạnh",
    "Theo đó, các đơn vị phải hoàn thành trước ngày 30/6",
    "Theo kế hoạch",
    "Theo Ông A",
    "theo Tuổi Trẻ",
    "According to the report, prices rose 5% last year",
    "Laut Polizei wurde niemand verletzt",
    "Selon la police, le suspect a pris la fuite",
    "Avec la participation de tous les habitants",
    "Según la policía, no hubo heridos",
    "Source: a person familiar with the matter said so. More details were not given.",
    "Trang chủ / Tin tức",
    "AC/DC",
    "Km/h",
    "Ảnh: Nguyễn Khánh",
    "Photo: Reuters",
    "— John Smith",  # not the last line
    "- Xem thêm các tin khác",
    "https://nhandan.vn/tin-tuc",  # not the last line
    "The minister (right) - smiling - said nothing",
    "Hội nghị giao ban trực tuyến công tác tổ chức xây dựng Đảng",
    "",
    "Nguồn: " + "x " * MAX_ATTRIBUTION_CHARS,
]


@pytest.mark.parametrize("line", NOT_ATTRIBUTION)
def test_not_attribution(line: str) -> None:
    assert match_attribution(line) is None


@pytest.mark.parametrize(
    ("line", "source", "form"),
    [
        ("https://nhandan.vn/tin-tuc", "https://nhandan.vn/tin-tuc", "url"),
        ("www.baomoi.com/abc.epi", "www.baomoi.com/abc.epi", "url"),
        ("— John Smith", "John Smith", "signoff"),
        ("Nguồn: https://nhandan.vn/a.html", "https://nhandan.vn/a.html", "cue"),
    ],
)
def test_last_line_forms(line: str, source: str, form: str) -> None:
    assert match_attribution(line, is_last=True) == AttributionMatch(source, line, form)


def test_extra_cues() -> None:
    line = "Republished courtesy of the family"
    assert match_attribution(line) is None
    found = match_attribution(line, extra_cues=("Republished courtesy of",))
    assert found == AttributionMatch("the family", line, "extra")


def test_lang_restricts_cues_without_colon_only() -> None:
    # "Theo X" is Vietnamese; in a German page "Theo" is a given name.
    assert match_attribution("Theo Nhân Dân", lang="de") is None
    assert match_attribution("Theo Nhân Dân", lang="vi") is not None
    # A cue with a colon reads in any language: aggregators credit in their own.
    assert match_attribution("Quelle: dpa", lang="vi") is not None
    assert match_attribution("Nguồn: Reuters", lang="en") is not None


DATELINES = [
    (
        "WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday",
        "Reuters",
        "WASHINGTON (Reuters) -",
    ),
    ("(AP) — The storm made landfall", "AP", "(AP) —"),
    ("BERLIN (dpa) - Die Polizei hat", "dpa", "BERLIN (dpa) -"),
    ("BERLIN (dpa/lno) - Die Polizei hat", "dpa", "BERLIN (dpa/lno) -"),
    ("PARIS (AFP) - Le gouvernement", "AFP", "PARIS (AFP) -"),
    ("HÀ NỘI (TTXVN) - Chiều 28/6", "TTXVN", "HÀ NỘI (TTXVN) -"),
    ("NEW YORK, June 3 (Reuters) - Stocks fell", "Reuters", "NEW YORK, June 3 (Reuters) -"),
    ("MADRID (EFE). - El Gobierno", "EFE", "MADRID (EFE). -"),
    ("Frankfurt/Main (dpa) - Die Deutschen", "dpa", "Frankfurt/Main (dpa) -"),
    (
        "Tudela (Navarra), 25 nov (EFE).- Los agricultores",
        "EFE",
        "Tudela (Navarra), 25 nov (EFE).-",
    ),
    ("(Dân trí) - Chiều 28/6, tại Hà Nội", "Dân trí", "(Dân trí) -"),
    ("(TTXVN) Chiều 28/6, tại Hà Nội", "TTXVN", "(TTXVN)"),
    ("МОСКВА, 3 июня (ТАСС) - Президент", "ТАСС", "МОСКВА, 3 июня (ТАСС) -"),
    ("КАЛИНИНГРАД, 5 марта. /ТАСС/. Первый электробус", "ТАСС", "КАЛИНИНГРАД, 5 марта. /ТАСС/."),
    ("NEW BEDFORD, Mass. (AP) — A fire at a plant", "AP", "NEW BEDFORD, Mass. (AP) —"),
    (
        "Santa Cruz de Tenerife, 14 ago (EFE).- Un incendio",
        "EFE",
        "Santa Cruz de Tenerife, 14 ago (EFE).-",
    ),
]


@pytest.mark.parametrize(("paragraph", "source", "source_line"), DATELINES)
def test_match_dateline(paragraph: str, source: str, source_line: str) -> None:
    assert match_dateline(paragraph) == AttributionMatch(source, source_line, "wire-dateline")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The minister (right) - smiling - said nothing",
        "Ông Nguyễn Văn A (trái) - Chủ tịch UBND tỉnh",
        "Smith (AP) said that the vote would be held",
        "the city (Reuters) - lower case place",
        "Chiều 28/6, tại Hà Nội, Ban Tổ chức T.Ư tổ chức Hội nghị",
        "(Xem thêm các bài viết liên quan ở cuối trang) - trang 2",
        "Giá xăng tăng 5% /tháng/ trong quý I",
        "The ratio was 3/4/5 overall",
        "",
    ],
)
def test_not_dateline(paragraph: str) -> None:
    assert match_dateline(paragraph) is None


TRAILING = [
    (
        "Bệnh nhân bị tổn thương gan, thận. Theo Tuổi Trẻ",
        "Bệnh nhân bị tổn thương gan, thận.",
        "Tuổi Trẻ",
    ),
    ("Giá vàng giảm mạnh. (TTXVN)", "Giá vàng giảm mạnh.", "TTXVN"),
    ("Giá vàng giảm mạnh (TTXVN)", "Giá vàng giảm mạnh", "TTXVN"),
    ("He said so. — The Associated Press", "He said so.", "The Associated Press"),
    ("The index closed higher. Source: Reuters", "The index closed higher.", "Reuters"),
    ("Die Lage bleibt angespannt. (dpa)", "Die Lage bleibt angespannt.", "dpa"),
    ("Los precios subieron. Con información de EFE", "Los precios subieron.", "EFE"),
]


@pytest.mark.parametrize(("paragraph", "head", "source"), TRAILING)
def test_split_trailing_attribution(paragraph: str, head: str, source: str) -> None:
    split = split_trailing_attribution(paragraph)
    assert split is not None
    assert split[0] == head
    assert split[1].source == source


@pytest.mark.parametrize(
    "paragraph",
    [
        "Theo ông A, giá sẽ tăng. Giá vàng giảm.",
        "Theo Tuổi Trẻ",  # the whole paragraph: match_attribution's job
        "The minister said he would resign. According to the report, he did.",
        "Bộ trưởng (trái) phát biểu tại hội nghị",
        "Many readers wrote in. Theo số liệu, họ đồng ý.",
    ],
)
def test_no_trailing_attribution(paragraph: str) -> None:
    assert split_trailing_attribution(paragraph) is None


PHOTO_CREDITS = [
    "Szymon Leśniak cieszy się z kolegami po wygranym tie-breaku. / Fot. Tomasz Rydz / Arena24",
    "Dr Ewa Grabowska w arboretum, w którym pracuje od 2009 roku. Fot. archiwum prywatne",
    "Die Forscherin in ihrem Labor in Jena. Foto: privat",
    "撮影＝中村健太",
    "蒸した酒米を広げて冷ます蔵人たち＝26日午前、新潟県長岡市",
    "Photo Éveil savoyard/Thomas Gaudin",
    "Bins lined up on a terraced street this weekCredit: Roar Pictures / Danny Hargreaves",
    "Ảnh: Nguyễn Khánh",
    "Nguồn ảnh: Internet",
    "Ảnh minh họa",
    "(Ảnh minh họa)",
    "Photo: Reuters",
    "Photo credit: AP",
    "Image credit: NASA/JPL-Caltech",
    "Foto: dpa",
    "Bild: Keystone",
    "(Photo by John Doe/Getty Images)",
    "Photo by John Doe on Unsplash",
    "AFP/Getty Images",
    "Фото: ТАСС",
    "写真：共同",
    "图片来源：视觉中国",
    "Crédit photo : AFP",
    "Fot. Jan Kowalski",
    "Bộ trưởng phát biểu tại hội nghị. Ảnh: TTXVN",
    "Bộ trưởng phát biểu tại hội nghị. (Ảnh: TTXVN)",
    "11月26日，工人在江上切割冰块。新华社记者 王晓东 摄",
    "（李婷摄）",
]

NOT_PHOTO_CREDITS = [
    "Sie lebt seit Jahren zurückgezogen und privat.",
    "Nguồn: Nhân dân điện tử",
    "Theo Tuổi Trẻ",
    "The photographer said the image was taken in June.",
    "Photographs were not allowed inside the courtroom, officials said.",
    "Hội nghị giao ban trực tuyến",
    "我们在江边拍摄",
    "",
]


@pytest.mark.parametrize("line", PHOTO_CREDITS)
def test_is_photo_credit(line: str) -> None:
    assert is_photo_credit(line)


@pytest.mark.parametrize("line", NOT_PHOTO_CREDITS)
def test_is_not_photo_credit(line: str) -> None:
    assert not is_photo_credit(line)


@pytest.mark.parametrize("line", PHOTO_CREDITS)
def test_photo_credit_is_not_attribution(line: str) -> None:
    assert match_attribution(line) is None


@pytest.mark.parametrize(
    ("name", "known"),
    [("Reuters", True), ("reuters", True), ("ТАСС", True), ("新华社", True), ("Tuổi Trẻ", False)],
)
def test_is_agency(name: str, known: bool) -> None:
    assert is_agency(name) is known


def test_seed_source_line() -> None:
    seed = SEEDS / "000_7a3c8d2e076d60e1.txt"
    if not seed.exists():
        pytest.skip("shared seeds not available")
    lines = [line.strip() for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = [m for line in lines if (m := match_attribution(line, lang="vi")) is not None]
    assert [(m.source, m.form) for m in found] == [("Nhân dân điện tử", "cue")]
    assert not any(is_photo_credit(line) for line in lines)


@pytest.mark.parametrize(
    "text",
    ["Theo " + "A " * 5000, "(" * 5000, "A/" * 5000, "— " * 5000, ". Theo X" * 2000, "(a) " * 3000],
)
def test_adversarial_lines_are_fast(text: str) -> None:
    started = time.perf_counter()
    match_attribution(text, is_last=True)
    match_dateline(text)
    split_trailing_attribution(text)
    is_photo_credit(text)
    assert time.perf_counter() - started < 1.0


@given(st.text(max_size=300), st.booleans())
def test_arbitrary_text_never_raises(text: str, is_last: bool) -> None:
    found = match_attribution(text, is_last=is_last, extra_cues=("Courtesy of",))
    assert found is None or found.source
    match_dateline(text)
    split = split_trailing_attribution(text)
    assert split is None or (split[0] and split[1].source)
    is_photo_credit(text)


def test_bullet_last_line_is_not_signoff() -> None:
    assert match_attribution("- Xem thêm các tin khác", is_last=True) is None
    assert match_attribution("- Item one", is_last=True) is None
