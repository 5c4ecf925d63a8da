"""Find pull quotes: a sentence of the article printed again, set apart in large type.

Magazines and news sites lift a striking sentence out of the article and print
it once more between the paragraphs, often in quotation marks.  In a text dump
it reads as one more short paragraph, and the classifier keeps it; what gives
it away is that the article already holds its words, in the same order, inside
a longer paragraph.  A subheading can repeat a phrase of the text too, so a
pull quote must read as a sentence or a quotation: it ends in sentence
punctuation or opens with a quotation mark.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from .duplicates import key_words
from .model import Block, Decision, Kind, Label
from .settle import relabel

PULL_QUOTE_RULE = "pull-quote"
"""The rule of a short paragraph whose words a longer paragraph of the article holds."""

PULL_QUOTE_MIN_WORDS = 5
"""A pull quote has at least this many words: shorter repeats are phrases, not quotes."""

PULL_QUOTE_MAX_WORDS = 60
"""... and at most this many: a longer repeat is a second copy (see duplicates.py)."""

PULL_QUOTE_MIN_EXTRA_WORDS = 3
"""The paragraph that holds it has at least this many words more: two copies of one
paragraph are left alone (the page may print a paragraph twice on purpose)."""

# Candidates times characters searched: past this (a page of thousands of short
# paragraphs) pull quotes are not looked for.  A long article needs about a million.
_MAX_SCAN_CHARS = 50_000_000

SPEAKER_MAX_WORDS = 10
"""The line under a pull quote that names its speaker ("Jane Doe, mayor") has at most
this many words."""

_OPENING_QUOTES = "\"'“„«‹「『‚‘”»›"
_SENTENCE_ENDS = ".!?…。！？"
_CLOSING = "\"'”»›」』’“«‹)）"


def _reads_as_quote(text: str) -> bool:
    # "« Le fromage décide. »", "The colony changes its voice.": a quotation or a
    # sentence, not a subheading (which rarely ends in a full stop).
    stripped = text.strip()
    return stripped[:1] in _OPENING_QUOTES or stripped.rstrip(_CLOSING)[-1:] in _SENTENCE_ENDS


def _names_the_speaker(text: str, decision: Decision) -> bool:
    # "Élodie Collomb-Bétemps, adjointe chargée du tourisme", "— Jane Doe, mayor":
    # the line under a pull quote that names who said it (a name, then a role).
    stripped = text.strip().lstrip("—–-― ").strip()
    words = stripped.split()
    return (
        decision.label is Label.BODY
        and 2 <= len(words) <= SPEAKER_MAX_WORDS
        and stripped[-1:] not in _SENTENCE_ENDS
        and all(word[:1].isupper() for word in words[:2])
        and ("," in stripped or text.strip()[:1] in "—–-―")
    )


def pull_quotes(blocks: Sequence[Block], decisions: Sequence[Decision]) -> tuple[Decision, ...]:
    """``decisions`` with each body paragraph that repeats part of a longer body
    paragraph, and reads as a quote, turned into boilerplate.

    >>> from artclean.segment import segment
    >>> from artclean.model import Decision, Label
    >>> text = (
    ...     "The council met on Tuesday. \\"We will not close the library,\\" the mayor "
    ...     "said after the vote, to applause from the public gallery.\\n"
    ...     "“We will not close the library”\\n"
    ...     "The budget passes to the regional authority next week."
    ... )
    >>> blocks = segment(text)
    >>> body = [Decision(Label.BODY, "prose")] * 3
    >>> [d.label.value for d in pull_quotes(blocks, body)]
    ['body', 'boilerplate', 'body']
    """
    body = [index for index, decision in enumerate(decisions) if decision.label is Label.BODY]
    if len(body) < 2:
        return tuple(decisions)
    # One pass over the body: each paragraph's words joined once (a long input
    # holds no list of all its words), the candidates' kept as needles, the longer
    # paragraphs' joined into one text that each needle is looked for in (in C).
    counts: dict[int, int] = {}
    needles: dict[int, str] = {}
    holders: list[int] = []
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for index in body:
        joined = " ".join(key_words(blocks[index].text))
        count = joined.count(" ") + 1 if joined else 0
        counts[index] = count
        if PULL_QUOTE_MIN_WORDS <= count <= PULL_QUOTE_MAX_WORDS and _reads_as_quote(
            blocks[index].text
        ):
            needles[index] = f" {joined} "
        if count >= PULL_QUOTE_MIN_WORDS + PULL_QUOTE_MIN_EXTRA_WORDS:
            part = f" {joined} \n"
            holders.append(index)
            starts.append(offset)
            parts.append(part)
            offset += len(part)
    # A page with so many candidates and so much text that the searches would grow
    # with the square of the page is left alone.
    if not needles or len(needles) * offset > _MAX_SCAN_CHARS:
        return tuple(decisions)
    text = "".join(parts)
    kept = list(decisions)
    for index, needle in needles.items():
        found = text.find(needle)
        while found >= 0:
            other = holders[bisect_right(starts, found) - 1]
            if other != index and counts[other] >= counts[index] + PULL_QUOTE_MIN_EXTRA_WORDS:
                kept[index] = relabel(kept[index], Label.BOILERPLATE, Kind.OTHER, PULL_QUOTE_RULE)
                speaker = index + 1
                if speaker < len(blocks) and _names_the_speaker(
                    blocks[speaker].text, kept[speaker]
                ):
                    kept[speaker] = relabel(
                        kept[speaker], Label.BOILERPLATE, Kind.OTHER, PULL_QUOTE_RULE
                    )
                break
            found = text.find(needle, found + 1)
    return tuple(kept)
