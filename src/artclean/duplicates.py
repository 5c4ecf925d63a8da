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
from typing import TYPE_CHECKING

from .features import Features, repeat_key
from .model import Block

if TYPE_CHECKING:
    from .region import RegionThresholds


def _shingles(text: str) -> set[tuple[str, str, str, str]]:
    words = repeat_key(text).split()
    return set(zip(words, words[1:], words[2:], words[3:], strict=False))


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
    sizes = {block.text: measured.size for block, measured in zip(blocks, features, strict=True)}
    if max(sizes.values(), default=0) < t.duplicate_min_size:
        return marked
    # The size of the smallest line holding each 4-gram: a 4-gram of a block
    # is covered when some smaller line holds it too.  Each distinct line is
    # read once, largest first, so a smaller size overwrites a larger one.
    smallest: dict[tuple[str, str, str, str], int] = {}
    large: dict[str, set[tuple[str, str, str, str]]] = {}
    for text, size in sorted(sizes.items(), key=lambda item: -item[1]):
        if repeat_key(text).count(" ") < 3:
            continue  # under four words: no 4-gram to hold or to cover
        shingles = _shingles(text)
        if size >= t.duplicate_min_size:
            large[text] = shingles
        smallest.update(dict.fromkeys(shingles, size))
    copies = set()
    for text, shingles in large.items():
        size = sizes[text]
        covered = sum(1 for shingle in shingles if smallest[shingle] < size)
        if shingles and covered >= t.duplicate_share * len(shingles):
            copies.add(text)
    return [block.text in copies for block in blocks]
