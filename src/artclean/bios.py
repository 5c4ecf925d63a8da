"""Find the author bio at the end of an article.

A bio reads like prose ("Martin Greaves is the business correspondent for
...; he has covered aviation for fifteen years"), so the classifier keeps it;
what gives it away is its subject: it names the author of the byline early
on, at the very end of the article, while the article itself never names
him or her.  An article about a person names that person throughout, so it
keeps its last paragraph.  The thresholds are in
:class:`artclean.region.RegionThresholds` and ``docs/algorithm.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .byline import match_byline
from .features import Features
from .model import Block, Decision, Label

if TYPE_CHECKING:
    from .region import RegionThresholds

BIO_GIVEN_NAME_MIN_CHARS = 3
"""A bio may open with the author's given name alone if it has at least this many letters."""


def _is_prose(decision: Decision) -> bool:
    # Identity tests: cheaper than hashing an Enum member into a set (Python code).
    return decision.first_label is Label.BODY or decision.first_label is Label.NEAR_BODY


def byline_names(
    blocks: Sequence[Block],
    decisions: Sequence[Decision],
    start: int,
    stop: int,
    t: RegionThresholds,
) -> list[str]:
    """Author names (two words or more) of the byline lines (not prose) from
    ``bio_byline_reach`` blocks before ``start`` up to ``stop``.

    >>> from artclean.segment import segment
    >>> from artclean.region import RegionThresholds
    >>> blocks = segment("Headline\\nBy Jane Doe and Bob Lee\\nText.")
    >>> byline_names(blocks, [Decision(Label.SHORT, "short")] * 3, 2, 2, RegionThresholds())
    ['Jane Doe', 'Bob Lee']
    """
    names: list[str] = []
    for index in range(max(0, start - t.bio_byline_reach), stop):
        if _is_prose(decisions[index]):
            continue
        found = match_byline(blocks[index].text)
        if found is not None:
            names += [name for name in found.author.split(", ") if len(name.split()) > 1]
    return names


def _opens_with_given_name(words: list[str], name: str, rest_words: set[str]) -> bool:
    # "Owen is a reporter at ...": a bio may open with the given name alone, which
    # the article itself never uses (an article about an Owen names him throughout).
    given = name.split()[0]
    return (
        words[0] == given
        and len(given) >= BIO_GIVEN_NAME_MIN_CHARS
        and given not in rest_words
        and len(words) > 1
        and words[1][:1].islower()
    )


class _Rest:
    """The article's text before its last prose blocks, joined and split only when
    asked: most tails name no author, and on a long input the join is large."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts

    @cached_property
    def text(self) -> str:
        return " ".join(self._texts)

    @cached_property
    def words(self) -> set[str]:
        return set(self.text.split())


def author_bios(
    blocks: Sequence[Block],
    features: Sequence[Features],
    decisions: Sequence[Decision],
    span: tuple[int, int],
    t: RegionThresholds,
) -> list[bool]:
    """The blocks of the run ``span`` that are the author's bio: one of its last
    ``bio_tail`` prose blocks that names a byline author within its first
    ``bio_name_words`` words, when no other prose block of the run names him."""
    start, end = span
    prose = [i for i in range(start, end) if _is_prose(decisions[i])]
    if not prose:
        return [False] * len(blocks)
    names = byline_names(blocks, decisions, start, prose[-1], t)
    known = [measured.lexicon is not None for measured in features]
    return bio_blocks(blocks, decisions, span, names, known, t)


def bio_blocks(
    blocks: Sequence[Block],
    decisions: Sequence[Decision],
    span: tuple[int, int],
    names: Sequence[str],
    known: Sequence[bool],
    t: RegionThresholds,
    *,
    given_names: bool = True,
) -> list[bool]:
    """The bio of one of the authors ``names`` at the end of the run ``span`` (see
    :func:`author_bios`), with what follows it in the run unless a ``known``
    phrase, and a short heading naming the author right above it ("Who is
    Jane Doe?", "Qui est Hélène Vasseur ?").  Without ``given_names`` only the
    full name counts, not the given name alone."""
    marked = [False] * len(blocks)
    start, end = span
    prose = [i for i in range(start, end) if _is_prose(decisions[i])]
    if not prose or not names:
        return marked
    tail = prose[-t.bio_tail :]
    rest = _Rest([blocks[i].text for i in prose[: -t.bio_tail]])
    for index in tail:
        words = blocks[index].text.split()
        opening = " ".join(words[: t.bio_name_words])
        # An author box: the name alone on a line, the bio under it.
        boxed = index > start and blocks[index - 1].text.strip() in names
        marked[index] = boxed or any(
            (name in opening and name not in rest.text)
            or (given_names and bool(words) and _opens_with_given_name(words, name, rest.words))
            for name in names
        )
    # A bio ends the article: what follows it in the run goes with it.
    first = next((i for i in tail if marked[i]), None)
    if first is not None:
        for index in range(first, end):
            marked[index] = marked[index] or not known[index]
        heading = first - 1
        if (
            heading >= start
            and not _is_prose(decisions[heading])
            and any(name in blocks[heading].text for name in names)
        ):
            marked[heading] = True
    return marked
