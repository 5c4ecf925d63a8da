"""The main-run step on small real-text pages: headline, comments, teasers, bios, gaps.

Each test moves one threshold of :class:`artclean.region.RegionThresholds` (or
:class:`artclean.classify.Thresholds`) to either side of the case it checks.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from artclean import extract
from artclean.classify import Thresholds, classify, classify_first_pass
from artclean.comments import has_true_clock
from artclean.features import measure
from artclean.headers import repeated_headline
from artclean.model import Decision, Label
from artclean.region import RegionThresholds, block_weights, main_run
from artclean.segment import segment
from fixtures.prose import BRIDGE as PROSE
from fixtures.prose import BRIDGE_MORE as MORE
from fixtures.prose import PROSE as PROSE_BY_LANGUAGE


def labels_of(text: str, t: Thresholds | None = None) -> list[tuple[str, str]]:
    blocks = segment(text)
    features = measure(blocks, "en")
    decisions = classify(blocks, features, True, t or Thresholds())
    return [(b.text, d.label.value) for b, d in zip(blocks, decisions, strict=True)]


def kind_of(text: str, line: str, t: Thresholds | None = None) -> str | None:
    blocks = segment(text)
    decisions = classify(blocks, measure(blocks, "en"), True, t or Thresholds())
    found = [d for b, d in zip(blocks, decisions, strict=True) if b.text == line]
    return found[0].kind.value if found[0].kind else None


def body_of(text: str, t: Thresholds | None = None) -> list[str]:
    return [line for line, label in labels_of(text, t) if label == "body"]


def with_region(**changes: object) -> Thresholds:
    return replace(Thresholds(), region=replace(RegionThresholds(), **changes))  # type: ignore[arg-type]


def test_exact_headline_cuts_teasers_above_it() -> None:
    teasers = "\n".join(
        f"Teaser number {n} tells a long story about another town and its many busy"
        f" people who went to the market on Saturday morning {n}."
        for n in range(4)
    )
    title = "New bridge to open in spring"
    page = f"{title} - Town News\n{teasers}\n{title}\n{PROSE}\n{MORE}\n"
    assert body_of(page) == [PROSE, MORE]
    # Past anchor_reach the line repeating the title is not taken as the headline.
    assert len(body_of(page, with_region(anchor_reach=-1))) > 2


def test_headline_is_never_a_paragraph() -> None:
    title = "New bridge to open next spring on the river"
    page = f"Town News - {title}\n{title}\n{PROSE}\n"
    assert body_of(page) == [PROSE]


def test_main_run_exact_anchor_share() -> None:
    assert main_run([5, 1, 3, -10, 4], anchor=1, exact=True) == (2, 3)
    t = RegionThresholds(anchor_min_share=0.9)
    assert main_run([50, 1, 3, -10, 4], anchor=1, t=t, exact=True) == (0, 3)


def test_gap_growth() -> None:
    blocks = segment("a\nb\nc\nd")
    features = measure(blocks, "en")
    gap = [Decision(Label.BOILERPLATE, "few-stopwords", first_label=Label.BOILERPLATE)] * 4
    flat = block_weights(
        blocks, features, gap, [False] * 4, [False] * 4, RegionThresholds(gap_growth=1e9)
    )
    grown = block_weights(
        blocks, features, gap, [False] * 4, [False] * 4, RegionThresholds(gap_growth=1)
    )
    assert flat[3] == pytest.approx(flat[0]) and grown[3] == pytest.approx(2.5 * grown[0])
    boxed = block_weights(
        blocks, features, gap, [False] * 4, [True] * 4, RegionThresholds(gap_growth=1)
    )
    assert boxed == pytest.approx(flat)


def test_clock_that_is_a_number_is_no_stamp() -> None:
    assert has_true_clock("jane says: November 19, 2019 at 6:44 am")
    assert not has_true_clock("HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%")


def test_timetable_lines_are_not_comment_stamps() -> None:
    page = (
        f"Town News - School hours change in the city from next term\n{PROSE}\n"
        "The new hours are:\n- Primary schools: 7:30\n- Middle schools: 7:15\n"
        "- High schools: 7:00\n"
        f"{MORE}\n"
    )
    assert MORE in body_of(page)


def test_comment_phrases_chain_into_a_comment_section() -> None:
    comment = (
        "About time too. I have been walking the long way round by the main road with a"
        " pushchair for months and the pavement there is far too narrow for anyone."
    )
    page = (
        f"{PROSE}\n{MORE}\n12 Comments\nJennyH\n{comment}\nReply\nDave\n{comment} Really.\nReply\n"
    )
    assert body_of(page) == [PROSE, MORE]
    assert kind_of(page, comment) == "comments"
    assert kind_of(page, comment, with_region(comment_window=1)) == "other"


def test_teasers_headline_and_one_summary() -> None:
    page = (
        f"{PROSE}\n{MORE}\nMore stories\nBus station cafe to close after 40 years\n"
        "The owners say rising rent has made the business impossible to keep going.\n"
        "School wins national award for its garden\n"
        "Pupils grow vegetables that are served in the canteen every week.\n"
    )
    assert body_of(page) == [PROSE, MORE]
    summary = "Pupils grow vegetables that are served in the canteen every week."
    assert kind_of(page, summary) == "related"
    # A line that is the whole phrase is a header however many words it has
    # (a Japanese one tokenises into many); the word limit is for longer lines.
    assert kind_of(page, summary, with_region(related_header_max_words=0)) == "related"


@pytest.mark.parametrize(
    ("named", "opening"),
    [
        ("Martin Greaves", "Martin Greaves is the transport correspondent of the paper."),
        # A bio may open with the given name alone.
        ("Martin", "Martin is the transport correspondent of the paper."),
    ],
)
def test_author_bio_after_the_article(named: str, opening: str) -> None:
    bio = f"{opening} He has covered aviation and regional development for fifteen years."
    page = f"Bridge news\nBy Martin Greaves\n{PROSE}\n{MORE}\n{bio}\n"
    assert body_of(page) == [PROSE, MORE]
    # An article that names the person (as the bio does) throughout keeps its last paragraph.
    profile = f"Bridge news\nBy Martin Greaves\n{named} said: {PROSE}\n{MORE}\n{bio}\n"
    assert bio in body_of(profile)


def test_bio_name_words_bounds_where_the_name_is_looked_for() -> None:
    bio = "Martin Greaves is the transport correspondent of the paper."
    page = f"Bridge news\nBy Martin Greaves\n{PROSE}\n{MORE}\n{bio}\n"
    assert bio in body_of(page, with_region(bio_name_words=1))


def test_near_reach_stops_context_across_a_headline_list() -> None:
    headlines = "\n".join(f"Another headline number {n} here" for n in range(5))
    tail = "Kelly laughs off the backlash about the song: we did not kill Christmas at all"
    page = f"{PROSE}\n{MORE}\n{headlines}\n{tail}\nAdvertisement\nHome\nNews\n"
    assert tail not in body_of(page)
    assert tail in body_of(page, replace(Thresholds(), near_reach=10))


def test_repeat_many_marks_long_repeated_lines() -> None:
    line = "How to retire early so you can work, travel, and relax on your own schedule"
    page = f"{PROSE}\n{line}\n{MORE}\n{line}\nHome\n{line}\n"
    assert line not in body_of(page)
    assert line in body_of(page, replace(Thresholds(), repeat_many=4))


def test_byline_above_a_run_marks_the_article() -> None:
    # No title line: the article is the run under a byline, not the longer
    # list of teasers below it.
    teasers = "\n".join(
        f"Deal number {n} is out\nThe shop sells the new phone for less this week, and the"
        f" offer {n} runs until Sunday evening for everyone who orders it online from home."
        for n in range(4)
    )
    footer = "Tweet\nShare\nTrending\nComments\nAdvertisement\nAbout us\nContact us\nDeals"
    page = f"Menu\nNew bridge\nby Jane Doe\n{PROSE}\n{MORE}\n{footer}\n{teasers}\n"
    assert body_of(page)[:2] == [PROSE, MORE]
    assert len(body_of(page)) == 2
    assert len(body_of(page, with_region(header_reach=0))) > 2
    assert len(body_of(page, with_region(header_share=1.0))) > 2


def test_feed_of_teasers_ends_the_run() -> None:
    items = "\n".join(
        f"Headline number {n} about the town\nJane Doe {n}\nTuesday November {n + 10}, 2019\n"
        f"The summary of story {n} says what happened in the town hall, and what the"
        " mayor said about it on Monday night to the assembled press."
        for n in range(3)
    )
    page = f"Menu\n{PROSE}\n{MORE}\n{items}\n"
    assert body_of(page) == [PROSE, MORE]
    assert len(body_of(page, with_region(feed_min_items=4))) > 2
    assert len(body_of(page, with_region(feed_min_gap=4))) > 2


TEASERS = "\n".join(
    f"Teaser number {n} tells a long story about another town and its many busy"
    f" people who went to the market on Saturday morning {n}."
    for n in range(4)
)


def headline_of(text: str, t: RegionThresholds) -> int | None:
    blocks = segment(text)
    features = measure(blocks, "en")
    decisions = classify_first_pass(features, True)
    return repeated_headline(blocks, features, decisions, t)


def test_repeated_headline_with_a_byline_is_the_anchor() -> None:
    # No title line (a dump without <title>): the heading that occurs twice,
    # the first time right above a byline, is the headline; teasers above it go.
    title = "New bridge over the river opens next spring"
    page = f"Menu\n{TEASERS}\n{title}\nby Jane Doe\n{PROSE}\n{MORE}\nTrending\n{title}\n"
    assert body_of(page) == [PROSE, MORE]
    assert headline_of(page, RegionThresholds()) == 5
    assert headline_of(page, RegionThresholds(headline_min_words=9)) is None
    assert headline_of(page, RegionThresholds(headline_reach=0)) is None
    # Once only, or three times (a label of the template), it is no headline.
    assert headline_of(page.replace(f"Trending\n{title}\n", ""), RegionThresholds()) is None
    assert headline_of(f"{page}{title}\n", RegionThresholds()) is None


def test_header_max_words() -> None:
    # A byline with its date and time is a header up to header_max_words words.
    title = "New bridge over the river opens next spring"
    byline = "Posted by Jane Doe on November 19, 2019, at 6:21 AM EST"  # 13 words
    page = f"Menu\n{title}\n{byline}\n{PROSE}\nTrending\n{title}\n"
    assert headline_of(page, RegionThresholds()) == 1
    assert headline_of(page, RegionThresholds(header_max_words=12)) is None


def test_run_starts_after_a_byline_inside_it() -> None:
    # A caption and a credit line above the byline open the run: the article
    # starts under the byline (before the first long paragraph).
    caption = "The new bridge, seen from the north bank of the river on Monday morning at dawn"
    page = f"Menu\nHome\n{caption}\nThe Associated Press\nby Jane Doe\n{PROSE}\n{MORE}\n"
    assert body_of(page) == [PROSE, MORE]


def test_numbered_list_ends_the_article() -> None:
    items = "\n".join(f"{n}) Item number {n}\nhttps://example.com/{n}" for n in range(1, 5))
    page = f"Home\n{PROSE}\n{MORE}\n{items}\nAdvertisement\nHome\n"
    listed = [f"{n}) Item number {n}" for n in range(1, 5)]
    assert body_of(page) == [PROSE, MORE, *listed]
    assert body_of(page, with_region(list_min_items=5)) == [PROSE, MORE]
    assert body_of(page, with_region(list_item_gap=0)) == [PROSE, MORE]
    gapped = page.replace(f"{MORE}\n", f"{MORE}\nNote\nNote two\n")
    assert body_of(gapped, with_region(list_reach=2)) == [PROSE, MORE]
    assert body_of(gapped, with_region(list_reach=4))[-1] == "4) Item number 4"


def test_numbered_box_under_a_header_is_not_the_article() -> None:
    items = "\n".join(f"{n}. Headline number {n} of the most read box" for n in range(1, 5))
    page = f"Home\n{PROSE}\n{MORE}\nMost read\n{items}\nAdvertisement\nHome\n"
    assert body_of(page) == [PROSE, MORE]


LEADERS = [
    "Anna Kowalska (Warsaw) - 4.5 points",
    "Lars Berg (Norway) - 4 points",
    "David Moreau (France) - 4 points",
    "Jan Novak (Czechia) - 3.5 points",
]
CLOSING = (
    "The tournament runs until next Sunday, and admission for spectators is free; the"
    " top boards are shown live on a big screen in the foyer."
)


def test_list_after_a_colon_ends_the_article() -> None:
    # "Standings after round five:" and its rows, then "Read also" and a closing
    # paragraph: all of it is the article's (the link is not).
    page = (
        f"Home\n{PROSE}\n{MORE}\nStandings after round five:\n"
        + "\n".join(LEADERS)
        + f"\nRead also: Chess comes to every school in the city\n{CLOSING}\nShare\nHome\n"
    )
    listed = [PROSE, MORE, "Standings after round five:", *LEADERS, CLOSING]
    assert body_of(page) == listed
    assert body_of(page, with_region(list_min_items=5)) == [PROSE, MORE]
    assert body_of(page, with_region(list_intro_min_words=5)) == [PROSE, MORE]
    assert body_of(page, with_region(list_item_max_words=5)) == [PROSE, MORE]
    # The closing paragraph is looked for past at most list_reach inline blocks.
    assert body_of(page, with_region(list_reach=0)) == listed[:-1]


def test_tags_line_introduces_no_list() -> None:
    page = f"Home\n{PROSE}\n{MORE}\nTags:\nBridges\nRivers\nTown council\nShare\nHome\n"
    assert body_of(page) == [PROSE, MORE]


TOUR = [
    "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
    "June 10 -- Credit Union Amphitheatre, Tampa, FL",
    "June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA",
    "June 17 -- Bridgestone Arena, Nashville, TN",
]


def test_schedule_table_ends_the_article() -> None:
    # Tour dates after the article: each row a date and a place, read as body.
    page = f"Home\n{PROSE}\n{MORE}\nThe tour dates:\n" + "\n".join(TOUR) + "\nShare\nHome\n"
    assert body_of(page) == [PROSE, MORE, "The tour dates:", *TOUR]
    # (The colon line also introduces a list: that rule is turned off here.)
    unlisted = {"list_intro_min_words": 99}
    assert body_of(page, with_region(schedule_min_rows=5, **unlisted)) == [PROSE, MORE]
    assert body_of(page, with_region(schedule_row_words=5, **unlisted)) == [PROSE, MORE]
    assert body_of(page, with_region(schedule_row_max_chars=40, **unlisted)) == [PROSE, MORE]


def test_archive_of_dates_is_no_schedule() -> None:
    # Lines that are only dates name nothing: an archive list, not a schedule.
    months = "\n".join(f"{month} 2019 (4)" for month in ("June", "July", "August", "September"))
    page = f"Home\n{PROSE}\n{MORE}\n{months}\nHome\n"
    assert body_of(page) == [PROSE, MORE]


def test_second_copy_of_the_article_is_dropped() -> None:
    # The whole article again on one line (leaked structured data).
    page = f"Home\n{PROSE}\n{MORE}\nShare\nTweet\nEmail\nPrint\n{PROSE} {MORE}\n"
    assert body_of(page) == [PROSE, MORE]
    assert kind_of(page, f"{PROSE} {MORE}") == "other"
    assert f"{PROSE} {MORE}" in body_of(page, with_region(duplicate_min_size=1000))
    assert f"{PROSE} {MORE}" in body_of(page, with_region(duplicate_share=1.01))


def test_gallery_before_the_article_is_cut() -> None:
    caption = (
        "The new bridge seen from the north bank of the river on Monday morning, with"
        " the old ferry in the foreground and the town hall and the church behind it."
    )
    page = f"Home\nby Jane Doe\n{caption}\nImage 1 of 8\n1 / 8\n{PROSE}\n{MORE}\n"
    assert body_of(page) == [PROSE, MORE]
    assert caption in body_of(page, with_region(gallery_reach=0))
    # More prose than one caption before the counter: a gallery inside the article.
    inside = page.replace(f"{caption}\n", f"{PROSE}\n{caption}\n", 1)
    assert caption in body_of(inside)


def test_related_box_of_paragraphs_framed_by_a_share_bar() -> None:
    teasers = [
        "A second story tells of the old ferry and the people who worked on it for forty"
        " years, and of what they will all do with their time now that the new bridge is"
        " about to open.",
        "A third story is about the market square, where the council wants to plant new"
        " trees and to put up benches and lamps before the summer festival comes to town"
        " in the middle of July.",
        "A fourth story asks whether the town needs a new school, now that more families"
        " move in from the city each year and the old building on the hill is full to the"
        " last seat.",
    ]
    bar = "Whatsapp Facebook Pint Download"
    box = "\n".join(f"{bar}\n{teaser}" for teaser in teasers)
    page = f"Home\n{PROSE}\n{MORE}\nYou may also like\n{box}\n{bar}\nHome\n"
    assert body_of(page) == [PROSE, MORE]
    assert kind_of(page, teasers[1]) == "related"
    assert kind_of(page, teasers[1], with_region(feed_min_items=9)) != "related"


def test_headline_teased_in_a_list_above_is_the_anchor() -> None:
    # No title line, no byline: the headline is printed once as a line, and a
    # list of teasers above (printed twice) runs it together with its summary.
    title = "New bridge over the river opens next spring"
    summary = "LONDON: The council said on Tuesday that the bridge would open in May."
    teaser = f"* {title} {summary} Engineers expect four thousand people a day on it."
    ticker = f"{TEASERS}\n{teaser}"
    article = f"Menu\n{ticker}\n{title}\nNovember 20\n{PROSE}\n{MORE}\n"
    assert [line for line in body_of(article) if len(line) > 70] == [PROSE, MORE]
    page = f"{article}Breaking\n{ticker}\n"
    headline = page.split("\n").index(title)
    assert headline_of(page, RegionThresholds()) == headline
    # A heading that starts several different lines names a product, not a story.
    other = f"{title} (Latest Model) {MORE}"
    assert headline_of(page.replace("Breaking\n", f"{other}\n"), RegionThresholds()) is None
    # Without the teaser it is no headline.
    assert headline_of(page.replace(teaser, "* Teaser"), RegionThresholds()) is None


def test_bare_bullets_do_not_part_the_article() -> None:
    # A gallery rendered as empty list items ("*", one per picture) holds no
    # text: it neither weighs nor lengthens the gap between two paragraphs.
    bullets = "\n".join("*" for _ in range(12))
    page = f"Menu\nHome\n{PROSE}\n{bullets}\nPhoto: Jane Doe\nCaption\n{MORE}\n{PROSE}\n"
    assert PROSE in body_of(page) and MORE in body_of(page)
    blocks = segment(page)
    features = measure(blocks, "en")
    decisions = classify_first_pass(features, True)
    no = [False] * len(blocks)
    weights = block_weights(blocks, features, decisions, no, no)
    assert [weights[i] for i, b in enumerate(blocks) if b.text == "*"] == [0.0] * 12


def test_gallery_reach_skips_bare_bullets() -> None:
    caption = (
        "The new bridge seen from the north bank of the river on Monday morning, with"
        " the old ferry in the foreground and the town hall and the church behind it."
    )
    bullets = "\n".join("*" for _ in range(10))
    page = f"Home\nby Jane Doe\n{caption}\n{bullets}\nImage 1 of 8\n{PROSE}\n{MORE}\n"
    assert body_of(page) == [PROSE, MORE]
    assert caption in body_of(page, with_region(gallery_reach=0))


def test_report_link_under_embedded_posts_opens_no_comment_section() -> None:
    # "Report" under each embedded tweet is no comment evidence: the paragraphs
    # after two embeds stay body.
    embeds = "Image Copyright @jane @jane\nReport\nImage Copyright @joe @joe\nReport"
    page = f"Menu\nby Jane Doe\n{PROSE}\n{embeds}\n{MORE}\n{PROSE.replace('council', 'mayor')}\n"
    assert MORE in body_of(page)
    assert kind_of(page, "Report") != "comments"


def test_click_on_the_image_is_a_promotion() -> None:
    page = f"Menu\n{PROSE}\n{MORE}\nClique na imagem acima\nClick on the image to enlarge\n"
    assert kind_of(page, "Clique na imagem acima") == "promotion"
    assert kind_of(page, "Click on the image to enlarge") == "promotion"


def test_live_blog_entries_are_body_not_comments() -> None:
    # Entries stamped with a bare time of day, under a "Comments (87)" link: a
    # live blog, not a comment section.
    texts = [f"{PROSE[:-1]}, said officer number {n}." for n in range(4)]
    entries = [f"{hour:02d}:05\n{text}" for hour, text in zip((21, 20, 19, 18), texts, strict=True)]
    page = "Home\nShare\nComments (87)\nLive\n" + "\n".join(entries) + "\nShare\nHome\n"
    body = body_of(page)
    assert all(text in body for text in texts)
    assert "20:05" in body  # a stamp between two entries


def test_results_table_rows_are_no_comment_stamps() -> None:
    rows = [
        "1. Eastbrook United 12 31:9 30",
        "2. Westfield Rovers 12 27:12 26",
        "3. Northgate Town 12 25:14 22",
        "4. Southend Athletic 12 22:15 21",
        "5. Riverside 12 24:19 19",
        "6. Hillcrest 12 19:17 18",
    ]
    page = f"Home\n{PROSE}\nThe table after round twelve:\n" + "\n".join(rows) + f"\n{MORE}\nHome\n"
    assert MORE in body_of(page)


def test_table_of_contents_is_not_body() -> None:
    sections = ["Tools you need", "Seven steps", "Mistakes to avoid"]
    contents = "\n".join(f"{n}. {title}" for n, title in enumerate(sections, 1))
    article = "\n".join(
        f"{title}\n{PROSE[:-1]} in part {n}.\n{MORE[:-1]} in part {n}."
        for n, title in enumerate(sections)
    )
    page = f"Home\n{PROSE}\n{MORE}\n{contents}\n{article}\nShare\nHome\n"
    body = body_of(page)
    assert not any(line.startswith(("1.", "2.", "3.")) for line in body)
    assert all(title in body for title in sections)
    assert "1. Tools you need" in body_of(page, with_region(contents_min_entries=4))


def test_a_list_of_works_cited_closes_the_article() -> None:
    cited = [
        "[1] Halvorsen, I. & Lind, E. (2026). Heat exposure and colour learning in bees.",
        "[2] Berggren, S. et al. (2024). Summer heat waves in Fennoscandia, 1961–2023.",
    ]
    article = extract("\n\n".join(["Bees forget in the heat", PROSE, MORE, "References", *cited]))
    assert article.paragraphs == (PROSE, MORE)


def test_a_range_of_numbers_opening_a_paragraph_is_no_gallery_counter() -> None:
    tip = (
        "Schon 20 bis 30 Minuten Tageslicht am Vormittag helfen der inneren Uhr, sagen die"
        " Forscher, und selbst an einem trüben Tag ist es draußen heller als im Büro."
    )
    article = extract(
        "\n\n".join(["Besser schlafen im Winter", PROSE, "1. Morgens raus ins Licht", tip, MORE])
    )
    assert tip in article.paragraphs


def test_a_photo_gallery_inside_the_article_is_captions_and_no_break() -> None:
    gallery = []
    for number in range(1, 5):
        gallery += [f"{number}/4", f"Picture {number} of the new bridge at dawn. Photo: Jo Bell"]
    after = (
        "Residents on both banks said they would use the bridge every day, and shops near the"
        " old ferry landing expect to lose some trade once it opens to traffic."
    )
    parts = ["Bridge opens to traffic", PROSE, MORE, *gallery, after]
    article = extract("\n\n".join(parts))
    assert article.paragraphs == (PROSE, MORE, after)
    kinds = {item.text: item.kind.value for item in article.boilerplate}
    assert kinds["1/4"] == "caption"


def test_the_article_goes_on_after_a_bulleted_box_of_teasers_and_a_subheading() -> None:
    # A list whose item holds a time ("until 20:00") is no comment stamp; a box
    # of bulleted teasers, then a subheading without a bullet and paragraphs:
    # the article goes on, subheading included.
    one, two, three = PROSE_BY_LANGUAGE["fr"]
    later = (
        "Du côté des associations, l'annonce est accueillie positivement, mais sans triomphalisme,"
        " car la ville manque toujours de logements durables pour sortir les gens de la rue."
    )
    count = (
        "Selon le dernier dénombrement réalisé au printemps, près de six cents personnes étaient"
        " sans abri ou sans logement dans la ville, un chiffre en hausse chaque année depuis le"
        " premier comptage, et que les associations jugent encore inférieur à la réalité."
    )
    last = (
        "Le bourgmestre a rappelé que cinquante logements de transit seraient créés d'ici la fin"
        " de 2027, la plupart dans des bâtiments que la ville possède déjà, et que les douze"
        " premiers seraient prêts avant l'hiver prochain."
    )
    page = (
        "Accueil\nSociété\nSport\nCulture\nPlan grand froid : la ville ouvre 80 places de nuit\n"
        f"Publié le jeudi 26 novembre 2026 à 16h20\n{one}\n{two}\n{three}\n"
        "Le dispositif en chiffres :\n* 80 places de nuit supplémentaires dès le 30 novembre\n"
        "* 2 centres de jour ouverts jusqu'à 20h00\n"
        "* 1 équipe mobile de nuit, sept jours sur sept\n"
        "À lire aussi\n* Sans-abrisme : le dénombrement en cinq chiffres\n"
        "* L'ancienne école cherche une nouvelle vie\n"
        f"Les associations saluent un effort\n{later}\n{count}\n{last}\n"
        "Partager : Facebook | X | E-mail\nMentions légales\n"
    )
    body = list(extract(page).paragraphs)
    assert "* 2 centres de jour ouverts jusqu'à 20h00" in body
    assert body[-4:] == ["Les associations saluent un effort", later, count, last]
    assert "* L'ancienne école cherche une nouvelle vie" not in body


def test_a_teaser_box_ends_at_a_menu_item_or_breadcrumb() -> None:
    from artclean.feeds import related_lists

    texts = [
        "Trending", "Storm Bram", "Lotto numbers", "Black Friday deals", "News", "UK News",
        "Council cuts bin collections to once every three weeks for 40,000 homes", PROSE,
    ]  # fmt: skip
    blocks = segment("\n".join(texts))
    features = measure(blocks, "en")
    decisions = classify_first_pass(features, True)
    marked = related_lists(blocks, features, decisions, RegionThresholds())
    assert marked[1:4] == [True, True, True]
    assert not any(marked[4:])  # the breadcrumb ends the box: the headline is no teaser


def test_an_author_box_after_the_article_is_no_body() -> None:
    one, two, three = PROSE_BY_LANGUAGE["fr"]
    bio = (
        "Journaliste au bureau d'Annecy, elle couvre la montagne et le tourisme dans les"
        " Aravis et le Genevois depuis 2019."
    )
    page = (
        "Accueil\nSociété\nLa piste cyclable du fleuve prolongée de quatre kilomètres\n"
        f"Par Claire Voisin\nPublié le 26/11/2026 à 18h02\n{one}\n{two}\n{three}\n"
        f"Claire Voisin\n{bio}\nMentions légales\n"
    )
    assert list(extract(page).paragraphs) == list(PROSE_BY_LANGUAGE["fr"])


def test_a_short_subheading_under_a_box_of_teasers_is_the_article_again() -> None:
    from artclean.feeds import related_lists

    one, two, three = PROSE_BY_LANGUAGE["de"]
    texts = [
        one, "Lesen Sie auch", "Vergleichstest: Fünf Lastenräder unter 3000 Euro im Alltag",
        "Ratgeber: So bleibt die Fahrradkette auch im Winter sauber", "Die Kosten", two, three,
    ]  # fmt: skip
    blocks = segment("\n".join(texts))
    features = measure(blocks, "de")
    marked = related_lists(
        blocks, features, classify_first_pass(features, True), RegionThresholds()
    )
    assert marked[2:4] == [True, True]  # the teasers
    assert not any(marked[4:])  # "Die Kosten" is the article's subheading, not a third teaser


def test_a_match_result_with_its_half_time_score_is_no_comment_stamp() -> None:
    one, two, three = PROSE_BY_LANGUAGE["pl"]
    result = "Legion Zamość – Sokół Kraśnik 31:28 (15:14)"
    scorers = "Legion: Szewczyk, Łukasik – Kowal 8, Wrzosek 6, Mazurek 5, Pawlak 4, Dziuba 3."
    page = (
        f"Derby dla Legionu\nMichał Dudek\n23 listopada 2026\n{one}\n{two}\n{three}\n"
        f"{result}\n{scorers}\nSędziowali: Tomasz Lipiec i Paweł Rejent (Lublin). Widzów: 1120.\n"
        "Komentarze (9)\nJan K.\n23.11.2026, 20:14\nWielki mecz, brawo chłopaki!\n"
    )
    body = list(extract(page).paragraphs)
    assert result in body and scorers in body
