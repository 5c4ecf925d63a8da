"""Find the caption over a credit line inside the article.

A picture between two paragraphs leaves two lines in a text dump: its
caption ("Zuzanna Pietrasik during the fifth round") and its credit, alone
on the next line ("Photo: Tomasz Wróbel", "© Sandra Kiefer").  The credit
is recognised by :func:`artclean.credits.is_credit_only`; the short line
right above it, which the classifier took for a paragraph, is the caption,
when the article goes on under the credit.  Some pages put the credit over
the picture instead, with the caption under it ("Image copyright X" /
"Image caption Y"): then the line above the credit is the article's.  The
thresholds are in ``docs/thresholds.md``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .credits import is_credit_only
from .lexicon import match_boilerplate
from .model import Block, Decision, Kind, Label

CAPTION_MAX_WORDS_DEFAULT = 35
"""A line right above a credit inside the article is its picture's caption up to this many
words ..."""
CAPTION_BODY_REACH_DEFAULT = 3
"""... when the article goes on within this many blocks under the credit."""
CREDIT_ONLY_MAX_CHARS = 120
"""A line longer than this is no credit-only line (a quick test before the patterns)."""
CAPTION_CUE_WORDS = 2
"""A caption cue ("Image caption", "Bildunterschrift:") is looked for in a line's first words."""


def captions_above_credits(
    blocks: Sequence[Block], decisions: Sequence[Decision]
) -> list[tuple[int, int]]:
    """``(caption, credit)`` block pairs: a body block of at most
    ``CAPTION_MAX_WORDS_DEFAULT`` words, not ending in a colon, right above a
    credit-only line, with body within ``CAPTION_BODY_REACH_DEFAULT`` blocks
    under the credit and no caption cue opening the line under it.

    >>> from artclean.segment import segment
    >>> blocks = segment("It met.\\nThe mayor at the desk\\nPhoto: Jo Bell\\nThen it voted.")
    >>> body = Decision(Label.BODY, "long-prose")
    >>> captions_above_credits(blocks, [body, body, body, body])
    [(1, 2)]
    """
    body = Label.BODY
    credited = {
        text
        for text in {block.text for block in blocks}
        if len(text) <= CREDIT_ONLY_MAX_CHARS and is_credit_only(text)
    }
    pairs: list[tuple[int, int]] = []
    if not credited:
        return pairs
    for index in range(1, len(blocks) - 1):
        if blocks[index].text not in credited or decisions[index - 1].label is not body:
            continue
        after = range(index + 1, min(len(blocks), index + 1 + CAPTION_BODY_REACH_DEFAULT))
        caption = blocks[index - 1].text
        if (
            len(caption.split()) > CAPTION_MAX_WORDS_DEFAULT
            or caption.endswith((":", "："))
            or not any(decisions[later].label is body for later in after)
            or _opens_caption(blocks[index + 1].text)
        ):
            continue
        pairs.append((index - 1, index))
    return pairs


def _opens_caption(text: str) -> bool:
    # "Image caption Scooter Braun …" under the credit: this page puts the credit
    # over its picture, and the line above the credit is the article's.
    # ("Image 2 of 5" is a gallery's counter, no caption text.)
    words = text.split()
    if len(words) <= 2 * CAPTION_CUE_WORDS:
        return False
    hit = match_boilerplate(" ".join(words[:CAPTION_CUE_WORDS]))
    return hit is not None and hit.kind is Kind.CAPTION
