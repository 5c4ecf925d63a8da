"""Find the parts of an e-mail around an article: header fields and reply prefixes.

People forward newsletters and save them, or copy them out of a webmail page:
the article then sits under the mail's header fields ("From: Newsletter
<news@example.org>", "Subject: ...", "Date: ..."), often twice (the forward
and the forwarded mail), and the subject line carries the mail client's
prefixes ("Fwd:", "TR :", "WG:", "RV:").  A header field reads like a short
labelled line, so the labels come from a table per language
(``data/mail_fields.txt``); a field counts only beside an address, its own
or a neighbour's, since "Data:" or "Temat:" also label ordinary lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .lexicon import LexiconHit
from .model import Block, Kind
from .tables import caseless_words, read_rows

_FIELD_FILE = "mail_fields.txt"

MAIL_MODE = "mail"
MAIL_HIT = LexiconHit(Kind.NAVIGATION, "mail header", MAIL_MODE)
MAIL_RULE = f"lexicon-{MAIL_MODE}: {MAIL_HIT.phrase}"
"""The first-pass rule of a mail's header field: its date is the mail's, not the article's."""

# "Fwd:", "TR :", "WG:", "Re: Re:": what mail clients put before a subject.
_REPLY_PREFIX = re.compile(
    r"\A(?:(?:fwd?|tr|wg|rv|re|aw|odp|pd|enc|sv|vs|doorst|trans|rif|i|ynt)\s?:\s*)+", re.I
)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|<[^<>\s]*@[^<>\s]*>")


@cache
def _field_pattern() -> re.Pattern[str]:
    labels = [label for _, label in read_rows(_FIELD_FILE)]
    return re.compile(rf"(?:{caseless_words(labels)})\s?[:：]\s*\S", re.I)


def _is_field(text: str) -> bool:
    return _field_pattern().match(text.strip()) is not None


def mail_headers(blocks: Sequence[Block]) -> list[bool]:
    """Which blocks are an e-mail's header fields: a labelled field with an
    address, and the labelled fields next to one.

    >>> from artclean.segment import segment
    >>> mail_headers(segment(
    ...     "From: The Courier <news@example.org>\\nDate: Thu, 26 Nov 2026 at 18:05\\n"
    ...     "Subject: Bridge reopens\\nTo: <ann@example.net>\\n\\nThe bridge reopened on Monday."
    ... ))
    [True, True, True, True, False]
    >>> mail_headers(segment("Data: 26 listopada 2026\\nTemat: budżet miasta"))
    [False, False]
    """
    # Cheap test first: no "@" on the page, no mail.
    if not any("@" in block.text for block in blocks):
        return [False] * len(blocks)
    fields = [_is_field(block.text) for block in blocks]
    marked = [False] * len(blocks)
    for index, block in enumerate(blocks):
        if marked[index] or not fields[index] or not _ADDRESS.search(block.text):
            continue  # (a run already marked is walked once)
        # The run of fields around a field with an address.
        start = index
        while start > 0 and fields[start - 1]:
            start -= 1
        end = index + 1
        while end < len(blocks) and fields[end]:
            end += 1
        for inside in range(start, end):
            marked[inside] = True
    return marked


def strip_reply_prefix(title: str) -> str:
    """The subject without the mail client's prefixes.

    >>> strip_reply_prefix("Fwd: TR : Le retour du Théâtre des Carmes")
    'Le retour du Théâtre des Carmes'
    >>> strip_reply_prefix("Trump: what comes next")
    'Trump: what comes next'
    """
    stripped = _REPLY_PREFIX.sub("", title)
    return stripped if stripped else title
