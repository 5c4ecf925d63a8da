"""Title choice (:func:`artclean.heading.find_title`) on small pages.

The headline the main-run step marks (line 1 repeated, or a heading that
occurs twice with a byline under it) is the title, in dumps with or without a
``<title>`` line.
"""

from __future__ import annotations

from artclean import extract
from artclean.heading import HEADLINE_RULE, find_title
from artclean.model import Block, Decision, Label

PROSE = (
    "The council said on Tuesday that the new bridge would open next spring, after"
    " two years of work on the river banks and the approach roads on both sides."
)
MORE = (
    "Engineers expect the crossing to carry about four thousand people a day, and the"
    " old ferry will keep running until the bridge has passed its final inspection."
)
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
    # The headline shares no word with the lead: only the main-run step's mark tells.
    headline = "Mayor hails a historic day for Eastbrook"
    texts = ["Menu", headline, "by Jane Doe", "Back to Gallery", PROSE]
    blocks = [Block(index, index + 1, text) for index, text in enumerate(texts)]
    decisions = [Decision(Label.BOILERPLATE, "short", first_label=Label.SHORT)] * 4 + [
        Decision(Label.BODY, "long-prose", first_label=Label.BODY)
    ]
    assert find_title(blocks, decisions, 4, "en").title == "Back to Gallery"
    decisions[1] = Decision(Label.BOILERPLATE, f"short; {HEADLINE_RULE}", first_label=Label.SHORT)
    assert find_title(blocks, decisions, 4, "en").title == headline


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
