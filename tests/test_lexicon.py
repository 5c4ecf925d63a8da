"""Tests for artclean.lexicon: the multilingual boilerplate phrase table."""

from __future__ import annotations

import random
import time
from importlib import resources

import pytest

from artclean.lexicon import (
    CONTAINS_MAX_CHARS,
    MODES,
    PATTERNS_RESOURCE,
    START_MAX_WORDS,
    WEAK_START_MAX_WORDS,
    LexiconHit,
    build_lexicon,
    match_boilerplate,
    normalise_for_match,
)
from artclean.model import Kind

N, P, C, S, R, CA, L = (
    Kind.NAVIGATION,
    Kind.PROMOTION,
    Kind.COMMENTS,
    Kind.SHARE,
    Kind.RELATED,
    Kind.CAPTION,
    Kind.LEGAL,
)

CASES: list[tuple[str, Kind | None]] = [
    # English
    ("Home", N),
    ("HOME »", N),
    ("Skip to main content", N),
    ("Back to top ↑", N),
    ("Home | World | Business", N),
    ("Home | Gardening tips | Recipes", N),
    ("Gardening tips | Recipes | Home", None),
    ("Politics Business Sport", N),
    ("Privacy Policy · Terms of Use · © 2024 Example Media", L),
    ("Email *", C),
    ("Advertisement · Scroll to continue", P),
    ("Reporting by Jane Doe; Editing by John Roe", Kind.OTHER),
    ("Reporting by the BBC revealed that the ministry had ignored the warnings.", None),
    ("Home | About us | Contact", N),
    ("Share", S),
    ("Share this article", S),
    ("Share on Facebook", S),
    ("Facebook Twitter Email", S),
    ("Tweet", S),
    ("Leave a Reply", C),
    ("Leave a Reply Cancel reply", C),
    ("12 Comments", C),
    ("Comments (12)", C),
    ("Your email address will not be published. Required fields are marked *", C),
    ("Comments are closed.", C),
    ("We use cookies to give you the best experience on our website.", L),
    ("© 2024 Example Media Group. All rights reserved.", L),
    ("Copyright 2023 Example Inc.", L),
    ("Privacy Policy", L),
    ("Subscribe to our newsletter for the latest updates", P),
    ("ADVERTISEMENT", P),
    ("Follow us on Instagram", P),
    ("Related articles", R),
    ("Related Articles: Storm hits coast", R),
    ("Read more »", R),
    ("You may also like", R),
    ("Most read", R),
    ("Photo: Jane Doe/Reuters", CA),
    ("(Photo: Jane Doe)", CA),
    ("Getty Images", CA),
    ("Tags: politics, economy", N),
    ("Home > News > Environment", N),
    ("Trang chủ » Thời sự » Giao thông", N),
    ("Startseite / Politik / Ausland", N),
    ("Des promeneurs sur le quai du Port, à Marseille, le 12 mai. Photo : AFP", CA),
    ("Protesters gather outside parliament on Monday (Photo: J. Smith/Reuters)", CA),
    ("Du khách xuống tàu tại cảng Hạ Long sáng 5/1. Ảnh: Thanh Hải", CA),
    ("花火大会の様子（写真：共同）", CA),
    ("The photo: a rare glimpse of the island, taken by a passing sailor in 1932.", None),
    ("We value your privacy. We and our partners store and access information on your device.", L),
    ("This information is for informational purposes only and is not investment advice.", L),
    ("Die Inhalte stellen keine Anlageberatung dar. Angaben ohne Gewähr.", L),
    ("He can be reached at jane@example.org.", Kind.OTHER),
    ("Share prices fell sharply on Monday as investors worried about rates.", None),
    ("Home prices rose 5% in the year to June, the data showed.", None),
    ("Related to this, the ministry has announced a review of the programme.", None),
    ("Photographs taken at the scene show the damage to the building.", None),
    ("Search teams worked through the night to find survivors.", None),
    ("More than 200 people attended the meeting on Friday evening.", None),
    ("Print media has struggled as advertising revenue moved online.", None),
    ("Comments made by the minister last week caused an uproar.", None),
    ("Most read newspapers in the country are now digital-only.", None),
    ("See also the chart below for the full breakdown of results.", None),
    ("Continue reading the report and you will find the numbers are worse.", None),
    ("More from the survey: two thirds of respondents said they were worried.", None),
    ("Copyright law in the European Union has changed dramatically.", None),
    ("Posted in the morning, the video quickly went viral.", None),
    ("Advertisement spending rose by 5% last year, the agency said.", None),
    ("Credit card debt has reached a record high.", None),
    ("Follow-up tests confirmed the diagnosis.", None),
    ("See also", R),
    ("More from Business", R),
    ("Continue reading →", R),
    # German
    ("Startseite", N),
    ("Teilen", S),
    ("Lesen Sie auch: Der Streit um die Rente geht weiter", R),
    ("Mehr zum Thema", R),
    ("Anzeige", P),
    ("Foto: dpa", CA),
    ("Bildquelle: picture alliance", CA),
    ("Impressum", L),
    ("Schlagwörter: Politik, Berlin", N),
    ("Ihre E-Mail-Adresse wird nicht veröffentlicht.", C),
    ("Jetzt den Stadtblatt-Newsletter abonnieren und nichts verpassen!", P),
    ("Anzeige gegen Unbekannt wurde am Montag erstattet, teilte die Polizei mit.", None),
    ("Teilen sich die beiden Parteien die Macht, wird es schwierig.", None),
    # French
    ("Accueil", N),
    ("Partager", S),
    ("À lire aussi : la réforme des retraites", R),
    ("Lire aussi", R),
    ("Votre adresse e-mail ne sera pas publiée.", C),
    ("Tous droits réservés", L),
    ("Publicité", P),
    ("Le partage des responsabilités reste au cœur du débat.", None),
    # Spanish
    ("Inicio", N),
    ("Compartir en Facebook", S),
    ("Te puede interesar: las claves del acuerdo", R),
    ("Lire aussi les commentaires du ministre a été son premier réflexe.", None),
    ("Etiquetas: economía, empleo", N),
    ("Deja un comentario", C),
    ("Inicio de la temporada se retrasará por la lluvia, según los organizadores.", None),
    # Portuguese
    ("Leia também: o que muda com a nova lei", R),
    ("Compartilhar", S),
    ("Todos os direitos reservados", L),
    ("Leia mais", R),
    ("Leia mais sobre o assunto no relatório divulgado pelo governo ontem.", None),
    # Italian
    ("Leggi anche", R),
    ("Condividi", S),
    ("Il tuo indirizzo email non sarà pubblicato.", C),
    # Polish
    ("Czytaj też: Sejm przyjął ustawę", R),
    ("Udostępnij", S),
    ("Fot. PAP", CA),
    ("Strona główna", N),
    # Dutch
    ("Lees ook: kabinet valt", R),
    ("Delen", S),
    ("Advertentie", P),
    # Russian
    ("Читайте также: новости экономики", R),
    ("Поделиться", S),
    ("Фото: ТАСС", CA),
    ("Все права защищены", L),
    # Vietnamese
    ("Trang chủ", N),
    ("Trả lời", C),
    ("Bình luận (3)", C),
    ("Chia sẻ", S),
    ("Xem thêm", R),
    ("Xem thêm: Giá vàng hôm nay tăng mạnh", R),
    ("Tin liên quan", R),
    ("Bài viết liên quan", R),
    ("Ảnh: Reuters", CA),
    ("Ảnh minh họa", CA),
    ("Nguồn ảnh: VnExpress", CA),
    ("Từ khóa: kinh tế, lạm phát", N),
    ("Quảng cáo", P),
    ("Quảng cáo sai sự thật có thể bị phạt tới 100 triệu đồng.", None),
    ("Bình luận về sự việc, chuyên gia cho rằng cần có biện pháp mạnh hơn.", None),
    ("Ảnh hưởng của bão số 3 khiến nhiều tỉnh bị mất điện.", None),
    ("Giấy phép hoạt động của công ty đã bị thu hồi từ tháng trước.", None),
    ("Cơ quan chủ quản: Bộ Thông tin và Truyền thông", L),
    ("Email của bạn sẽ không được hiển thị công khai.", C),
    ("Trả lời phỏng vấn báo chí, ông Nguyễn cho biết dự án sẽ hoàn thành trong năm nay.", None),
    ("Chia sẻ với phóng viên, bà Lan cho biết gia đình rất vui mừng.", None),
    ("Xem thêm các thông tin chi tiết trong báo cáo mới được công bố.", None),
    # Japanese, Chinese, Korean
    ("関連記事", R),
    ("【関連記事】東京で大雨", R),
    ("シェア", S),
    ("無断転載を禁じます。", L),
    ("写真家の田中さんは展覧会を開いた。", None),
    ("相关文章", R),
    ("分享", S),
    ("版权所有 © 2024", L),
    ("12条评论", C),
    ("관련기사", R),
    ("무단전재 및 재배포 금지", L),
    ("사진=연합뉴스", CA),
    # Indonesian, Turkish, Czech, Swedish
    ("Baca juga: Harga BBM naik lagi", R),
    ("Bagikan", S),
    ("Baca juga laporan lengkapnya di situs resmi kementerian, kata juru bicara itu.", None),
    ("İlgili Haberler", R),
    ("Paylaş", S),
    ("Tüm hakları saklıdır.", L),
    ("Čtěte také: Vláda schválila rozpočet", R),
    ("Sdílet", S),
    ("Läs också: Regeringen sänker skatten", R),
    ("Dela", S),
    # Arabic, Greek, Hebrew, Bulgarian, Serbian
    ("اقرأ أيضا", R),
    ("جميع الحقوق محفوظة", L),
    ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", R),
    ("Κοινοποίηση", S),
    ("כל הזכויות שמורות", L),
    ("Прочетете още", R),
    ("Sva prava zadržana", L),
    # Aggregators: the link to the original, and the republishing disclaimer
    ("Xem bài gốc ›", N),
    ("Voir l'article sur le site de la source", N),
    ("Czytaj w serwisie źródłowym", N),
    ("Zum Originalartikel", N),
    ("Ver la noticia original", N),
    ("View original article", N),
    (
        "Tin Nhanh tổng hợp tin tức tự động từ các nguồn báo chí. Bản quyền nội dung thuộc"
        " về cơ quan báo chí đăng tải bài viết gốc.",
        L,
    ),
    ("Le portail republie des dépêches de ses partenaires. Le contenu n'engage que la source.", L),
    ("Xem bài gốc của tác giả, ông nói, là việc cần làm trước khi bình luận.", None),
    # Embedded posts, affiliate notes, support appeals, tip lines, categories
    ("Ver esta publicación en Instagram", Kind.OTHER),
    ("Diesen Beitrag auf Instagram ansehen", Kind.OTHER),
    ("Artykuł zawiera linki afiliacyjne. Za zakup przez nie możemy otrzymać prowizję.", P),
    ("Ten tekst czytasz za darmo dzięki 4812 osobom, które wspierają nas co miesiąc.", P),
    ("Ủng hộ ngay", P),
    ("Have you been affected by the closures? Email us at news@example.org", P),
    ("Categorías: Deportes, Infancia", N),
    ("Vous avez aimé cet article ?", P),
    ("Signaler une erreur", N),
    ("Jesteś tutaj: Strona główna / Wywiady / Jak przygotować ogród na zimę?", N),
    ("Google News", P),
    ("Die wichtigsten Nachrichten aus der Forschung – jeden Freitag in Ihrem Postfach.", P),
    ("Ihre E-Mail-Adresse", P),
    ("Twój adres e-mail", P),
    ("Obstaw kolejkę PlusLigi z bonusem na start. 18+. Hazard uzależnia.", P),
    ("DÉPÊCHES CONNEXES", R),
    ("Cette dépêche est réservée aux clients. Toute reproduction est interdite sans accord.", L),
    ("Chaque jeudi, l'essentiel de l'actualité des stations dans votre boîte mail.", P),
    # ... but a paragraph that mentions writing to the paper is the article's
    (
        "Our goal with these threads is to let readers ask questions; you can also email us"
        " at any time, and we answer every message within a week.",
        None,
    ),
    # Empty and junk
    ("", None),
    ("   ", None),
    ("→ • ★", None),
    ("2024", None),
]


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_match_table(line: str, expected: Kind | None) -> None:
    hit = match_boilerplate(line)
    assert (hit.kind if hit else None) == expected, hit


def test_table_covers_many_languages() -> None:
    assert len(CASES) >= 100


def test_hit_carries_mode_and_phrase() -> None:
    assert match_boilerplate("Share") == LexiconHit(Kind.SHARE, "share", "line")
    hit = match_boilerplate("Related articles: Storm hits coast")
    assert hit is not None and hit.mode == "start" and hit.phrase == "related articles"
    hit = match_boilerplate("Please note: your email address will not be published here.")
    assert hit is not None and hit.mode == "contains"


def test_start_needs_a_short_line() -> None:
    short = "Read more: " + "word " * (START_MAX_WORDS - 3)
    long = "Read more: " + "word " * (START_MAX_WORDS + 5)
    assert match_boilerplate(short) is not None
    assert match_boilerplate(long) is None
    weak = "See also " + "word " * (WEAK_START_MAX_WORDS - 2)
    assert match_boilerplate(weak) is not None
    assert match_boilerplate(weak + "word") is None


def test_start_needs_a_word_boundary() -> None:
    assert match_boilerplate("Photographer: Jane Doe") is None
    assert match_boilerplate("Lesen Sie auchs") is None


def test_contains_is_bounded_by_line_length() -> None:
    notice = "We use cookies to improve this site."
    assert match_boilerplate(notice) is not None
    assert match_boilerplate(notice + " filler" * (CONTAINS_MAX_CHARS // 7)) is None


def test_extra_phrases_are_other() -> None:
    assert match_boilerplate("Brought to you by ACME") is None
    hit = match_boilerplate("Brought To You By ACME", extra=("brought to you by",))
    assert hit == LexiconHit(Kind.OTHER, "brought to you by", "contains")
    # The built-in lexicon wins over extra phrases.
    hit = match_boilerplate("Share", extra=("share",))
    assert hit is not None and hit.kind is Kind.SHARE
    assert match_boilerplate("Nothing here", extra=("", "   ")) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("  » Read   MORE «  ", "read more"),
        ("• Home", "home"),
        ("👉 Đọc thêm 👈", "đọc thêm"),
        ("[12] Comments", "comments"),
        ("Comments {3}", "comments"),
        ("Ｓｈａｒｅ", "share"),
        ("Sha\u200bre", "share"),
        ("Photo : AFP", "photo: afp"),
        ("Ảnh:Reuters", "ảnh: reuters"),
        ("(c) 2024 ACME", "© 2024 acme"),
        ("Updated 2024", "updated"),
        ("YORUMLAR", "yorumlar"),
        ("KAPALI", "kapali"),
        ("", ""),
        ("!!!", ""),
    ],
)
def test_normalise_for_match(line: str, expected: str) -> None:
    assert normalise_for_match(line) == expected


def test_data_file_is_well_formed_and_large() -> None:
    text = (resources.files("artclean") / "data" / PATTERNS_RESOURCE).read_text(encoding="utf-8")
    kinds = {kind.value for kind in Kind}
    seen: dict[tuple[str, str], str] = {}
    count = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        kind, mode, phrase = line.split("\t")
        assert kind in kinds, number
        assert mode in MODES, number
        assert phrase == phrase.strip() and phrase == phrase.lower(), number
        key = (mode, normalise_for_match(phrase) if mode == "line" else phrase)
        assert seen.setdefault(key, kind) == kind, f"line {number}: {phrase!r} has two kinds"
        if mode == "line":
            assert normalise_for_match(phrase), f"line {number}: {phrase!r} normalises to nothing"
        count += 1
    assert count >= 600


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("share\tline", "expected kind<TAB>mode<TAB>phrase"),
        ("sharing\tline\tshare", "unknown kind 'sharing'"),
        ("share\teverywhere\tshare", "unknown mode 'everywhere'"),
        ("share\tline\t ", "empty phrase"),
    ],
)
def test_bad_data_is_reported(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build_lexicon(text)


def test_first_entry_wins() -> None:
    lexicon = build_lexicon("share\tline\tShare\nother\tline\tshare\n")
    assert lexicon.lines["share"].kind is Kind.SHARE


def test_matching_is_fast() -> None:
    lines = [line for line, _ in CASES] + [
        "The minister said the plan would go ahead despite strong opposition. " * 3,
        "x" * 2000,
        "a" * 5000 + " we use cookies",
        "(" * 700 + "a",
        ": " * 350,
    ]
    rng = random.Random(7)
    sample = [rng.choice(lines) for _ in range(100_000)]
    match_boilerplate("warm up")
    start = time.perf_counter()
    for line in sample:
        match_boilerplate(line)
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0, elapsed  # typically ~0.5 s; generous for slow CI machines


@pytest.mark.parametrize(
    "line",
    ["Chia sẻ Facebook Zalo Sao chép liên kết", "Teilen Facebook WhatsApp Link kopieren"],
)
def test_widget_items_run_together_with_spaces(line: str) -> None:
    hit = match_boilerplate(line)
    assert hit is not None and hit.kind is Kind.SHARE


def test_sentence_of_menu_words_is_no_widget() -> None:
    assert match_boilerplate("Share this story on Facebook with your friends today") is None


@pytest.mark.parametrize(
    "line",
    [
        "[Chia sẻ Facebook] [Zalo] [In bài] [Lưu] [A-] [A+]",
        "Chia sẻ Facebook Zalo In bài Lưu Sao chép liên kết",
        "[Partager] [Facebook] [X] [Pinterest] [E-mail]",
    ],
)
def test_button_bars_in_brackets_or_run_together(line: str) -> None:
    hit = match_boilerplate(line)
    assert hit is not None and hit.kind is Kind.SHARE


@pytest.mark.parametrize("line", ["Lưu ý", "a", "A", "See [1] and [2] for details"])
def test_short_words_are_no_buttons(line: str) -> None:
    assert match_boilerplate(line) is None
