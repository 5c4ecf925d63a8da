"""Find the list of works cited that closes an article.

A science story, a fact check or an explainer may end in "References" or
"Sources" and a few entries citing authors, titles and years ("[1] Halvorsen,
I. et al. (2026). Short-term heat exposure ...").  Those entries read as
sentences, so the main run takes them in; they are the article's apparatus,
not its text.  The list is recognised from its end: the run's last lines all
cite a year, and the line above them is a references header of
``data/attribution_cues.txt`` (form ``references``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .cues import cues
from .model import Block

# A year of publication, in brackets or followed by punctuation ("(2024).",
# "2019, p. 12", "15 November 2019."), beside the marks of a citation.
_YEAR = re.compile(r"\((?:19|20)\d{2}[a-z]?\)|\b(?:19|20)\d{2}[a-z]?[.,;)]")
_CITATION_MARK = re.compile(r",|\bet al\b|doi|https?://|[“”\"«»]")


@cache
def _headers() -> frozenset[str]:
    # Every language's headers: a page cites in its own words whatever the text's language.
    return frozenset(header.casefold() for header in cues("references", None))


def is_citation(text: str) -> bool:
    """Whether a line cites a work: a year of publication and the marks of a reference.

    >>> is_citation("[2] Berggren, S. et al. (2024). Heat waves in Fennoscandia.")
    True
    >>> is_citation("The bees forgot the colour twice as often after the heat.")
    False
    """
    return _YEAR.search(text) is not None and _CITATION_MARK.search(text) is not None


def reference_list_start(blocks: Sequence[Block], span: tuple[int, int]) -> int | None:
    """The index of the references header whose entries end the run ``span``, or ``None``.

    >>> from artclean.segment import segment
    >>> blocks = segment(
    ...     "The bees forgot the colour twice as often.\\nReferences\\n"
    ...     "[1] Halvorsen, I. (2026). Heat and memory in bumblebees. J. Insect Behav."
    ... )
    >>> reference_list_start(blocks, (0, 3))
    1
    """
    start, end = span
    index = end - 1
    while index > start and is_citation(blocks[index].text):
        index -= 1
    if index == end - 1 or index <= start:
        return None
    header = blocks[index].text.strip().rstrip(":：").strip().casefold()
    return index if header in _headers() else None
