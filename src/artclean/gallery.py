"""Find a photo gallery that opens the article: captions counted "1 of 8".

News pages often put a gallery between the header and the article: a few
captions (long sentences, read as prose), each with a counter ("Image 1 of
8", "1 / 8"), then the story.  The counters give the gallery away; when they
sit among the first lines of the main run, after at most one caption, the
article starts after the last of them.  A gallery in the middle of the article is far from the run's
start and stays.  The thresholds are in
:class:`artclean.region.RegionThresholds` and ``docs/algorithm.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .features import repeat_key
from .model import Block, Decision, Label

if TYPE_CHECKING:
    from .region import RegionThresholds

_PROSE = frozenset({Label.BODY, Label.NEAR_BODY})
CAPTION_AFTER_COUNTER_MIN_WORDS = 3
"""A gallery counter followed by this many words, the first capitalised, is a caption."""
# Two copies of a caption are one caption when they open with the same words.
_OPENING_WORDS = 8
# "1 / 8", "Image 1 of 8", "Bild 2 von 12", "Foto 3 de 10", "Zdjęcie 1 z 5": at
# most two words before the count, and a short word or a slash between.
_COUNTER = re.compile(
    r"(?:[^\W\d_]+\s+){0,2}(\d{1,3})\s*(?:[^\W\d_]{1,4}\s*)?/?\s*(\d{1,3})", re.IGNORECASE
)


# Between a counter's number and its total: a word ("of", "von") or a slash.
_COUNT_WORD = re.compile(r"[^\W\d_]|/")
# Words that join the two ends of a range, not a picture's number and the count.
_RANGE_WORDS = frozenset(
    {"to", "bis", "à", "a", "al", "au", "hasta", "do", "đến", "tới", "до", "tot", "till", "até"}
)
_COUNT_JOINER = re.compile(r"\s+[^\W\d_]{1,4}\s+|\s*/\s*")


def opens_with_counter(text: str) -> bool:
    """Whether a line is a gallery caption led by its counter: "1 of 4 A shopper looks ...".

    >>> opens_with_counter("1 of 4 A shopper looks at extension cords in a hardware store.")
    True
    >>> opens_with_counter("3 of the 5 council members voted against the plan on Monday.")
    False
    >>> opens_with_counter("12h47 Le président du tribunal suspend l'audience.")
    False
    >>> opens_with_counter("8 h 41 Montréal La Ville dévoile son plan de déneigement")
    False
    >>> opens_with_counter("Schon 20 bis 30 Minuten Tageslicht am Vormittag helfen der Uhr.")
    False
    """
    line = text.strip()
    found = _COUNTER.match(line)
    # "1 of 4", "2 / 12": the count's word stands apart ("12h47", a clock time, is no count),
    # and is no range ("Schon 20 bis 30 Minuten", "de 16 à 18 degrés").
    joiner = line[found.end(1) : found.start(2)] if found is not None else ""
    if found is None or not _COUNT_JOINER.fullmatch(joiner):
        return False
    if joiner.strip().casefold() in _RANGE_WORDS or joiner.strip() == "h":
        return False  # a range, or a time of day written "8 h 41" (Québec)
    rest = line[found.end() :].split()
    return (
        0 < int(found.group(1)) <= int(found.group(2))
        and len(rest) >= CAPTION_AFTER_COUNTER_MIN_WORDS
        and rest[0][:1].isupper()
    )


def is_counter(text: str) -> bool:
    """Whether a line is a gallery counter: "N of M" with N at most M.

    >>> [is_counter(line) for line in ("Image 1 of 8", "1 / 8", "Bild 2 von 12", "Image 1 of / 8")]
    [True, True, True, True]
    >>> [is_counter(line) for line in ("Score 3 1", "9 of 8", "Top 10 of 2019", "1 2")]
    [False, False, False, False]
    """
    return _counted(text) is not None


def gallery_end(
    blocks: Sequence[Block],
    decisions: Sequence[Decision],
    span: tuple[int, int],
    t: RegionThresholds,
) -> int | None:
    """The block after the last counter of a gallery that opens the run ``span``:
    a counter within ``gallery_reach`` blocks of the start, with at most one
    caption (prose) before it, each next one within ``gallery_reach`` blocks
    of the one before (lines without words, the bare bullets of the images,
    not counted); ``None`` when there is none."""
    start, end = span
    last = None
    captions: set[str] = set()
    index = start
    limit = min(end, start + t.gallery_reach)
    while index < limit:
        if not repeat_key(blocks[index].text):
            # A bare bullet (an image of the gallery) holds no text: it adds no reach.
            limit = min(end, limit + 1)
        elif is_counter(blocks[index].text):
            last = index
            limit = min(end, index + 1 + t.gallery_reach)
        elif last is None and decisions[index].first_label in _PROSE:
            # Before the first counter, one caption (maybe printed twice, once
            # cut short): more prose is the article, with a gallery inside it.
            captions.add(" ".join(repeat_key(blocks[index].text).split()[:_OPENING_WORDS]))
            if len(captions) > 1:
                return None
        index += 1
    return None if last is None else last + 1


def gallery_items(blocks: Sequence[Block], t: RegionThresholds) -> list[bool]:
    """The blocks of photo galleries inside the page: from a counter "1/6" (or "1 of 6")
    through the caption after the last one, when at least ``gallery_min_counters``
    counters follow one another (1, 2, 3 ...) at most ``gallery_reach`` blocks apart.

    A gallery inside the article weighs nothing in the main run, so that the
    article goes on past it, and its lines are captions, never body.

    >>> from artclean.segment import segment
    >>> from artclean.region import RegionThresholds
    >>> lines = ["Text.", "1/3", "A boat.", "2/3", "A road.", "3/3", "A field.", "More text."]
    >>> gallery_items(segment("\\n".join(lines)), RegionThresholds())
    [False, True, True, True, True, True, True, False]
    """
    marked = [False] * len(blocks)
    counters = [
        (index, found)
        for index, block in enumerate(blocks)
        if (found := _counted(block.text)) is not None
    ]
    run: list[int] = []
    previous: tuple[int, int] | None = None
    for index, (number, total) in counters:
        follows = (
            previous is not None
            and run
            and index - run[-1] <= t.gallery_reach
            and (number, total) == (previous[0] + 1, previous[1])
        )
        if not follows:
            _mark_gallery(marked, run, t)
            run = []
        run.append(index)
        previous = (number, total)
    _mark_gallery(marked, run, t)
    return marked


def _mark_gallery(marked: list[bool], run: list[int], t: RegionThresholds) -> None:
    if len(run) >= t.gallery_min_counters:
        # Through the last counter's caption (the line after it).
        for index in range(run[0], min(len(marked), run[-1] + 2)):
            marked[index] = True


def _counted(text: str) -> tuple[int, int] | None:
    # A line that is only a counter ("N of M", N at most M): its number and the total.
    line = text.strip()
    found = _COUNTER.fullmatch(line)
    if found is None or not _COUNT_WORD.search(line[found.start(1) : found.start(2)]):
        return None
    number, total = int(found.group(1)), int(found.group(2))
    return (number, total) if 0 < number <= total else None
