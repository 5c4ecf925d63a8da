"""Find a list that ends the article: numbered ("1) ...", "2) ...", "3) ...")
or introduced by a line ending in a colon ("Przed wyjściem należy:").

Articles often end in a list ("the 22 best deals", "12 rounds of the
season"), whose items are short lines that read like nothing on their own:
product names, dates and places.  The main run stops before them, since
short lines only cost there.  A list is the article's own when its items are
numbered one after another, starting right under the run (or continuing the
numbering inside it), with nothing but a few lines (links, prices, notes)
between two items.  A numbered "Most read" box comes under a header of the
lexicon, so a known phrase between the run and the list, or among its
items, makes it another section.  An unnumbered list is the article's own
when the run's last line (or the next) ends in a colon and short lines
follow it; a paragraph closing the list comes along.  The thresholds are in
:class:`artclean.region.RegionThresholds` and ``docs/algorithm.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .features import Features
from .model import Block, Decision, Label

if TYPE_CHECKING:
    from .region import RegionThresholds

# "1) ...", "1. ...", "(1) ...", "#1 ...", "1a ..." never: the number is followed by
# its closing mark and a space.
_NUMBER = re.compile(r"(?:\((\d{1,3})\)|#?(\d{1,3})[.)])\s+\S")
_COLONS = (":", "：")
# What a paragraph closing a list was first taken for: prose.
_PROSE = (Label.BODY, Label.NEAR_BODY)


def item_number(text: str) -> int | None:
    """The number of a numbered list item, or ``None``.

    >>> item_number("2) Polistil 960574"), item_number("(3) Third"), item_number("2019 was")
    (2, 3, None)
    """
    found = _NUMBER.match(text)
    if found is None:
        return None
    return int(found.group(1) or found.group(2))


def numbered_tail(
    blocks: Sequence[Block],
    features: Sequence[Features],
    span: tuple[int, int],
    t: RegionThresholds,
) -> list[int]:
    """The items of a numbered list that continues the run ``span`` (none: ``[]``).

    The first item starts within ``list_reach`` blocks after the run and is
    number 1 or the number after the run's last item; each next item comes
    within ``list_item_gap`` blocks of the one before; at least
    ``list_min_items`` items; no lexicon phrase after the run up to the last
    item.
    """
    start, end = span
    if end <= start:
        return []
    before = None
    for index in range(end - 1, start - 1, -1):
        before = item_number(blocks[index].text)
        if before is not None:
            break
    expected = {1} if before is None else {1, before + 1}
    items: list[int] = []
    number = 0
    index = end
    limit = end + t.list_reach
    while index < len(blocks) and index < limit:
        if features[index].lexicon is not None:
            break
        found = item_number(blocks[index].text)
        if found is not None and (found == number + 1 if items else found in expected):
            items.append(index)
            number = found
            limit = index + 1 + t.list_item_gap
        index += 1
    return items if len(items) >= t.list_min_items else []


def introduced_tail(
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    span: tuple[int, int],
    t: RegionThresholds,
    inline: Callable[[Features], bool],
) -> list[int]:
    """The intro (when after the run), items and closing paragraph of a list
    introduced by a colon at the end of the run ``span`` (none: ``[]``).

    The intro is the run's last block or the one after it: it ends in a colon,
    has at least ``list_intro_min_words`` words and is no lexicon phrase
    ("Tags:", "Share:").  At least ``list_min_items`` items follow it, each
    at most ``list_item_max_words`` words and no lexicon phrase.  A prose
    paragraph right after the items (past ``inline`` blocks: a "Read also"
    link, an ad label) closes the list and comes along.
    """
    start, end = span
    if end <= start:
        return []
    for intro in (end - 1, end):
        if intro >= len(blocks) or not _introduces_list(blocks[intro].text, features[intro], t):
            continue
        items = []
        index = intro + 1
        while index < len(blocks) and _is_list_item(blocks[index].text, features[index], t):
            items.append(index)
            index += 1
        if len(items) < t.list_min_items:
            return []
        while index < len(blocks) and index - items[-1] <= t.list_reach and inline(features[index]):
            index += 1
        if (
            index < len(blocks)
            and features[index].lexicon is None
            and decisions[index].first_label in _PROSE
        ):
            items.append(index)
        return [intro, *items] if intro >= end else items
    return []


def _introduces_list(text: str, measured: Features, t: RegionThresholds) -> bool:
    return (
        text.rstrip().endswith(_COLONS)
        and measured.lexicon is None
        and measured.words >= t.list_intro_min_words
    )


def _is_list_item(text: str, measured: Features, t: RegionThresholds) -> bool:
    return (
        measured.lexicon is None
        and 0 < measured.words <= t.list_item_max_words
        and not text.rstrip().endswith(_COLONS)
    )
