"""Title choice (:func:`artclean.heading.find_title`) on small pages.

The headline the main-run step marks (line 1 repeated, or a heading that
occurs twice with a byline under it) is the title, in dumps with or without a
``<title>`` line.
"""

from __future__ import annotations

from artclean import extract
from artclean.heading import HEADLINE_RULE, find_title
from artclean.model import Block, Decision, Label
from fixtures.prose import BRIDGE as PROSE
from fixtures.prose import BRIDGE_MORE as MORE

TITLE = "New bridge over the river opens next spring"


def test_repeated_headline_is_the_title_without_a_title_line() -> None:
    page = (
        f"Menu\nSearch\nBack to Gallery\n{TITLE}\nby Jane Doe\n{PROSE}\n{MORE}\nTrending\n{TITLE}\n"
    )
    article = extract(page)
    assert article.title == TITLE
    assert article.body.startswith(PROSE)


def test_heading_that_sums_up_the_lead_wins_over_a_nearer_label() -> None:
    texts = ["Menu", TITLE, "by Jane Doe", "Back to Gallery", PROSE]
    blocks = [Block(index, index + 1, text) for index, text in enumerate(texts)]
    decisions = [Decision(Label.BOILERPLATE, "short", first_label=Label.SHORT)] * 4 + [
        Decision(Label.BODY, "long-prose", first_label=Label.BODY)
    ]
    assert find_title(blocks, decisions, 4, "en").title == TITLE


def test_marked_headline_wins_over_a_label_above_the_body() -> None:
    # The headline shares no word with the lead and has no byline under it: only
    # the main-run step's mark tells.
    headline = "Mayor hails a historic day for Eastbrook"
    texts = ["Menu", headline, "Back to Gallery", PROSE]
    blocks = [Block(index, index + 1, text) for index, text in enumerate(texts)]
    decisions = [Decision(Label.BOILERPLATE, "short", first_label=Label.SHORT)] * 3 + [
        Decision(Label.BODY, "long-prose", first_label=Label.BODY)
    ]
    assert find_title(blocks, decisions, 3, "en").title == "Back to Gallery"
    decisions[1] = Decision(Label.BOILERPLATE, f"short; {HEADLINE_RULE}", first_label=Label.SHORT)
    assert find_title(blocks, decisions, 3, "en").title == headline


def test_headline_over_a_byline_wins_over_a_subheading_opening_the_body() -> None:
    # "Team A – Team B 4:1" right above the report, the headline higher up with
    # the byline and date under it; a label in capitals is a kicker.
    headline = "Home side runs riot as the visitors collapse after the break"
    texts = [
        "Menu",
        "MATCH REPORT",
        headline,
        "by Jane Doe",
        "17.10.2026, 21:14",
        "Eastbrook – Westfield 4:1 (2:0)",
        PROSE,
    ]
    blocks = [Block(index, index + 1, text) for index, text in enumerate(texts)]
    decisions = [Decision(Label.BOILERPLATE, "short", first_label=Label.SHORT)] * 6 + [
        Decision(Label.BODY, "long-prose", first_label=Label.BODY)
    ]
    assert find_title(blocks, decisions, 6, "en").title == headline


def test_the_last_copy_of_a_doubled_headline_is_the_title() -> None:
    texts = ["Menu", TITLE, TITLE, PROSE]
    blocks = [Block(index, index + 1, text) for index, text in enumerate(texts)]
    decisions = [
        Decision(Label.BOILERPLATE, "short", first_label=Label.SHORT),
        Decision(Label.BOILERPLATE, f"short; {HEADLINE_RULE}", first_label=Label.SHORT),
        Decision(Label.BODY, "short; body-context", first_label=Label.SHORT),
        Decision(Label.BODY, "long-prose", first_label=Label.BODY),
    ]
    assert find_title(blocks, decisions, 2, "en").indexes == (2,)


# Whole pages whose line 1 is not the title (a site name, a cookie notice's
# heading): the headline above the body is the one that sums up the lead.
FR_LEAD = (
    "Le conseil municipal a adopté jeudi soir la piétonnisation du centre-ville, qui"
    " entrera en vigueur au début de l'été prochain après deux ans de concertation."
)
FR_MORE = (
    "Les commerçants, d'abord réticents, ont obtenu la création de deux parkings"
    " relais et d'une navette gratuite qui desservira la place du marché."
)


def test_cookie_heading_on_line_1_is_not_the_title() -> None:
    page = (
        "Nous respectons votre vie privée\n"
        "Tout accepter\nTout refuser\n"
        "Accueil | Politique | Sports\n"
        "Le centre-ville sera piéton à partir de l'été prochain\n"
        "Par Claire Morvan\nPublié le 27/11/2026 à 07h30\n"
        f"{FR_LEAD}\n{FR_MORE}\n"
    )
    article = extract(page)
    assert article.title == "Le centre-ville sera piéton à partir de l'été prochain"
    assert article.byline == "Claire Morvan"


def test_site_name_on_line_1_gives_way_to_the_headline() -> None:
    page = (
        "Les Carnets de Claire\nCulture et balades\nAccueil\nContact\n"
        "Le centre-ville sera piéton à partir de l'été prochain\n"
        "23 novembre 2026 · Claire Morvan · 6 commentaires\n"
        f"{FR_LEAD}\n{FR_MORE}\n"
    )
    assert extract(page).title == "Le centre-ville sera piéton à partir de l'été prochain"


def test_dateline_place_and_caption_are_not_the_title() -> None:
    headline = "Las exportaciones de aceite de oliva de la provincia caen un 12 %"
    page = (
        "EL DIARIO\nPortada\nEconomía\n"
        f"{headline}\n"
        "EFE\nJaraíz del Campo\n27 NOV 2026 - 10:42\n"
        "Un trabajador descarga aceitunas en una almazara. Foto Lucía Serrano\n"
        "Jaraíz del Campo, 27 nov (EFE).- Las exportaciones de aceite de oliva de la"
        " provincia cayeron un 12 % entre enero y octubre por la sequía de la campaña.\n"
        "En volumen, las ventas al exterior alcanzaron las 96.000 toneladas, según los"
        " datos que la Cámara de Comercio presentó este jueves en la capital.\n"
    )
    assert extract(page).title == headline


def test_breadcrumb_above_the_headline_is_not_the_title() -> None:
    headline = "Koniec objazdów na Grunwaldzkiej. Tramwaje wracają na remontowany odcinek"
    page = (
        "wierzbin24.pl\nWiadomości\nSport\n"
        "Wierzbin24 » Wiadomości » Komunikacja\n"
        f"{headline}\nMarta Kędzierska\n27 listopada 2026, 07:45\nUdostępnij\n"
        "Od poniedziałku tramwaje linii 3 i 7 znów pojadą ulicą Grunwaldzką, a objazdy"
        " wyznaczone na czas remontu torowiska zostaną zlikwidowane.\n"
        "Przez ponad pięć miesięcy pasażerowie musieli przesiadać się do autobusów"
        " zastępczych, które kursowały co dziesięć minut.\n"
    )
    article = extract(page)
    assert article.title == headline
    assert article.byline == "Marta Kędzierska"


def test_a_dash_inside_a_headline_printed_in_the_page_is_kept() -> None:
    # Only the browser's title line names a site; a route name in a headline
    # ("Metro Nhổn – Ga Hà Nội") is no "Site – Title".
    headline = "Tuyến Nhổn – Ga Hà Nội chạy thử toàn tuyến từ tháng sau"
    page = (
        "BÁO ĐÔ THỊ\nTrang chủ\nGiao thông\nKinh tế\n"
        f"{headline}\nThứ Sáu, 20/11/2026 - 10:05\nChia sẻ\n"
        "Sáng 20/11, ban quản lý dự án cho biết đoạn đi ngầm của tuyến đường sắt đô thị"
        " đã bắt đầu chạy thử không tải trên toàn tuyến dài hơn mười hai cây số.\n"
        "Theo kế hoạch, quá trình chạy thử sẽ kéo dài khoảng hai tháng để kiểm tra hệ"
        " thống cấp điện, thông gió và tín hiệu trước khi đón hành khách.\n"
    )
    article = extract(page)
    assert (article.title, article.site_name) == (headline, None)


def test_co_authors_joined_by_a_dash_are_not_the_headline() -> None:
    headline = "Bridge over the river opens to traffic next spring"
    header = "Anna Berg - Tom Walsh\n12 May 2026"
    page = f"City Herald\nNews\nSport\n{headline}\n{header}\n{PROSE}\n{MORE}\n"
    article = extract(page)
    assert (article.title, article.byline) == (headline, "Anna Berg, Tom Walsh")


def test_a_link_back_to_the_overview_on_line_1_is_not_the_title() -> None:
    headline = "Die Brücke über den Fluss wird im Frühjahr eröffnet"
    page = (
        "Zurück zur Übersicht\nVon Anna Berg\n12. Mai 2026\n"
        f"{headline}\n"
        "Der Stadtrat hat am Dienstag mitgeteilt, dass die neue Brücke im kommenden"
        " Frühjahr eröffnet wird, nach zwei Jahren Arbeit an beiden Ufern des Flusses.\n"
        "Die Kosten liegen nach Angaben der Verwaltung deutlich unter dem, was der alte"
        " Plan vorgesehen hatte, und die Zufahrten werden bis zum Sommer fertig.\n"
    )
    assert extract(page).title == headline


def test_a_line_with_an_at_handle_is_not_the_title() -> None:
    # An author box's "News reporter @handle" above the body reads like a heading.
    page = f"Home\nNews\nSport\nNews reporter @annaberg\n{PROSE}\n{MORE}\n"
    assert extract(page).title is None


def test_a_name_with_a_place_in_brackets_under_the_headline_is_a_header_line() -> None:
    headline = "Le Roussillon renverse Montauban au bout du suspense"
    page = (
        "Rugby - Championnat : Le Roussillon renverse Montauban au bout du suspense - Stade Matin\n"
        "Accueil\nRugby\nFootball\nChampionnat - 11e journée\nTerminé\n"
        f"{headline}\nJULIEN ROCHE (à Perpignan)\nDimanche 22 novembre 2026 - 19:48\n"
        "Il restait quarante secondes au chronomètre quand l'ailier a plongé dans l'en-but,"
        " offrant à son équipe une victoire que plus personne n'attendait dans les tribunes.\n"
        "Menés de dix points à vingt minutes de la fin, les Catalans ont trouvé les ressources"
        " pour revenir, porté par un public qui n'a jamais cessé de chanter.\n"
    )
    article = extract(page)
    assert (article.title, article.byline) == (headline, "JULIEN ROCHE")


def test_a_short_site_name_on_line_1_repeated_as_the_masthead_is_not_the_title() -> None:
    headline = "TP.HCM mở thêm 12 tuyến xe buýt điện kết nối các nhà ga metro"
    page = (
        "Tin Mới 24h\nMở ứng dụng\nTin Mới 24h\nNóng\nMới\nThời Báo Phương Nam · 2 giờ trước\n"
        f"{headline}\n"
        "Từ ngày 1/12, mười hai tuyến xe buýt điện mới sẽ nối các nhà ga metro số 1 với khu dân"
        " cư, trường đại học và khu công nghệ cao của thành phố.\n"
        "Sở Xây dựng vừa phê duyệt phương án đưa vào khai thác các tuyến xe buýt điện này, với"
        " tần suất trung bình mười lăm phút một chuyến vào giờ cao điểm.\n"
    )
    assert extract(page).title == headline


def test_a_standfirst_broken_over_lines_is_walked_past_to_the_headline() -> None:
    headline = "Balkonkraftwerk im Winter: Lohnt sich das überhaupt?"
    page = (
        "Energie Heute\nStartseite\nRatgeber\nEnergie\n\n"
        f"{headline}\n\n"
        "Kurze Tage, tiefe Sonne, Schnee auf dem Modul: Im Winter liefern Steckersolargeräte\n"
        "deutlich weniger Strom. Wir erklären, mit welchem Ertrag Sie rechnen können und worauf\n"
        "Sie jetzt achten sollten.\n\n"
        "Von Tobias Wendland · 17.11.2026\n\n"
        "Der Stadtrat hat am Dienstag beschlossen, den Radweg am Fluss um weitere vier Kilometer"
        " zu verlängern, was nach Ansicht der Befürworter täglich Hunderte Autos holt.\n\n"
        "Nach Angaben der Verwaltung soll der neue Abschnitt durch einen niedrigen Bordstein vom"
        " Verkehr getrennt und nachts beleuchtet werden, sofern der Haushalt genehmigt wird.\n"
    )
    assert extract(page).title == headline
