"""Find second copies of the article: a block whose text the page already holds.

A dump can print the article twice: once as paragraphs, and once more as a
single long line (structured data or a hidden print copy leaked into the
text).  That line reads like the best prose of the page, so the classifier
keeps it; what gives it away is that its word 4-grams all occur in other,
smaller blocks.  A paragraph repeated as a pull quote or a teaser is covered
only the other way round (the smaller copy by the larger one), and two
copies of one paragraph do not cover each other, so both stay.  The
thresholds are in :class:`artclean.region.RegionThresholds` and
``docs/algorithm.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING

from .features import Features, ascii_key_words, repeat_key
from .model import Block

if TYPE_CHECKING:
    from .region import RegionThresholds

_TEXT = attrgetter("text")
_SIZE = attrgetter("size")


def key_words(text: str) -> list[str]:
    """The words of ``repeat_key(text)``; for an ASCII line (most lines) split in C
    without the regular expression, about twice as fast.

    >>> line = "  Share  this: it_s 2 GOOD-deals"
    >>> key_words(line), key_words(line) == repeat_key(line).split()
    (['share', 'this', 'it_s', '2', 'good', 'deals'], True)
    """
    if text.isascii():
        return ascii_key_words(text)
    return repeat_key(text).split()


def duplicate_blocks(
    blocks: Sequence[Block], features: Sequence[Features], t: RegionThresholds
) -> list[bool]:
    """Blocks of at least ``duplicate_min_size`` with at least ``duplicate_share``
    of their word 4-grams in smaller blocks of the page.

    >>> from artclean.segment import segment
    >>> from artclean.features import measure
    >>> from artclean.region import RegionThresholds
    >>> one = "The river rose overnight and the bridge was closed to all traffic."
    >>> two = "Engineers will inspect it on Monday before any decision is taken."
    >>> blocks = segment(f"{one}\\n{two}\\n{one} {two}")
    >>> t = RegionThresholds(duplicate_min_size=100)
    >>> duplicate_blocks(blocks, measure(blocks, "en"), t)
    [False, False, True]
    """
    marked = [False] * len(blocks)
    sizes = dict(zip(map(_TEXT, blocks), map(_SIZE, features), strict=True))
    if max(sizes.values(), default=0) < t.duplicate_min_size:
        return marked
    # Each distinct line is read once.  A line under ``duplicate_min_size`` is
    # smaller than every large line, so of those lines only the 4-grams that
    # some large line holds are collected, in one set and in any order.  The
    # few large lines are sorted by size, and each is checked against the
    # small lines and the large lines smaller than it (those of its own size
    # are held back until a larger size comes up).
    large: list[tuple[int, str, set[tuple[str, str, str, str]]]] = []
    small: list[str] = []
    for text, size in sizes.items():
        if size >= t.duplicate_min_size:
            words = key_words(text)
            large.append(
                (size, text, set(zip(words, words[1:], words[2:], words[3:], strict=False)))
            )
        elif len(text) >= 7 or not text.isascii():  # four ASCII words take seven characters
            small.append(text)
    in_large: set[tuple[str, str, str, str]] = set().union(*(grams for _, _, grams in large))
    smaller: set[tuple[str, str, str, str]] = set()
    for text in small:
        words = key_words(text)
        if len(words) > 3:
            smaller.update(
                in_large.intersection(zip(words, words[1:], words[2:], words[3:], strict=False))
            )
    same_size: list[set[tuple[str, str, str, str]]] = []
    last = -1
    copies = set()
    for size, text, shingles in sorted(large, key=itemgetter(0)):
        if size != last:
            smaller.update(*same_size)
            same_size, last = [], size
        if shingles and len(shingles & smaller) >= t.duplicate_share * len(shingles):
            copies.add(text)
        same_size.append(shingles)
    if not copies:
        return marked
    return [block.text in copies for block in blocks]
