"""Find a table of contents: a list of the article's own subheadings, above them.

Long guides and reviews open with a list of their sections ("1. When to clean
it", "2. What you need", ...; "Jump to:", "Mục lục", "Inhaltsverzeichnis"),
each entry a short line that the article repeats further down as a
subheading, perhaps without its number.  Inside the main run such a list
reads like body (short lines between prose), yet it is navigation: the text
it repeats is kept where the article prints it.  A run of at least
``contents_min_entries`` short lines in a row, each repeating a later line of
the page (compared by :func:`artclean.features.repeat_key`, list numbers
dropped), in order and with text between them, is a table of contents.  The thresholds are in
:class:`artclean.region.RegionThresholds` and ``docs/algorithm.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from .features import Features, repeat_key
from .model import Block

if TYPE_CHECKING:
    from .region import RegionThresholds

# A list number or bullet opening an entry: "1.", "2)", "(3)", "IV.", "-", "•".
_MARK_STARTS = frozenset("0123456789(IVX-–•*·")
_ENTRY_MARK = re.compile(r"\A\s*(?:\(?\d{1,2}[.)]|[IVX]{1,4}\.|[-–•*·])\s*")


@lru_cache(maxsize=16384)
def _entry_key(text: str) -> str:
    if text.lstrip()[:1] not in _MARK_STARTS:  # most lines: no list mark to drop
        return repeat_key(text)
    return repeat_key(_ENTRY_MARK.sub("", text, count=1))


class Contents(NamedTuple):
    """One flag per block: an entry of a table of contents, a known phrase at its
    edge ("Contents", "Hide"), or a heading it lists."""

    entries: list[bool]
    edges: list[bool]
    headings: list[bool]


def table_of_contents(
    blocks: Sequence[Block], features: Sequence[Features], t: RegionThresholds
) -> Contents:
    """The entries of tables of contents (runs of at least ``contents_min_entries``
    short lines of at most ``contents_entry_max_words`` words, each repeating, list
    number aside, a line that comes later in the page, those lines in the same
    order and none right after the one before) and the headings they list.

    >>> from artclean.segment import segment
    >>> from artclean.features import measure
    >>> from artclean.region import RegionThresholds
    >>> blocks = segment("Contents\\n1. Tools\\n2. Steps\\n3. Tips\\nIntro.\\nTools\\nA."
    ...                  "\\nSteps\\nB.\\nTips\\nC.")
    >>> found = table_of_contents(blocks, measure(blocks, "en"), RegionThresholds())
    >>> [[i for i, flag in enumerate(flags) if flag] for flags in found]
    [[1, 2, 3], [0], [5, 7, 9]]
    """
    entries = [False] * len(blocks)
    edges = [False] * len(blocks)
    headings = [False] * len(blocks)
    keys = [
        _entry_key(block.text) if 0 < measured.words <= t.contents_entry_max_words else ""
        for block, measured in zip(blocks, features, strict=True)
    ]
    # Where each key occurs last: an entry repeats a line further down.
    last: dict[str, int] = {}
    for index, key in enumerate(keys):
        if key:
            last[key] = index
    run: list[int] = []
    for index, key in enumerate([*keys, ""]):
        if key and last[key] > index:
            run.append(index)
            continue
        targets = [last[keys[entry]] for entry in run]
        if len(run) >= t.contents_min_entries and _sections_between(targets):
            for entry, target in zip(run, targets, strict=True):
                entries[entry] = headings[target] = True
            # Its heading and its show/hide switch ("Contents", "Hide"): known phrases.
            for edge in (run[0] - 1, run[-1] + 1):
                if 0 <= edge < len(blocks) and features[edge].lexicon is not None:
                    edges[edge] = True
        run = []
    return Contents(entries, edges, headings)


def _sections_between(targets: list[int]) -> bool:
    # The subheadings an index lists come in its order, each over a section of
    # text; a list printed twice (a product box, a menu) has its copy in a row.
    return all(later - earlier >= 2 for earlier, later in pairwise(targets))
