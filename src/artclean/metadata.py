"""Find the title, byline, date and source attribution among classified blocks.

The line parsers (:mod:`dates`, :mod:`attribution`, :mod:`byline`, :mod:`titles`)
say what one line could be; this module decides, from where a line sits
relative to the article's main run, what it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .attribution import (
    AttributionMatch,
    is_photo_credit,
    match_attribution,
    match_dateline,
    split_trailing_attribution,
)
from .byline import match_byline
from .dates import find_date, is_date_line
from .features import repeat_key
from .model import Block, Decision, Kind, Label
from .titles import is_heading_like, split_site_title

HEADER_WINDOW_DEFAULT = 40
"""How many blocks before the body may hold the title, byline and date."""
FOOTER_WINDOW_DEFAULT = 8
"""How many blocks after the body may hold the source attribution or a byline."""
TITLE_MIN_WORDS_DEFAULT = 2
"""A title candidate found by position alone needs at least this many words."""


@dataclass(frozen=True)
class Metadata:
    """The fields found, with the labels and text changes they imply."""

    title: str | None = None
    site_name: str | None = None
    byline: str | None = None
    date: str | None = None
    source: str | None = None
    source_line: str | None = None
    decisions: tuple[Decision, ...] = ()
    texts: dict[int, str] = field(default_factory=dict)


def _body_span(decisions: Sequence[Decision]) -> tuple[int, int] | None:
    indexes = [i for i, decision in enumerate(decisions) if decision.label is Label.BODY]
    return (indexes[0], indexes[-1] + 1) if indexes else None


def _find_title(blocks: Sequence[Block], decisions: Sequence[Decision], body_start: int) -> tuple[list[int], str | None, str | None]:
    if not blocks:
        return [], None, None
    first = blocks[0].text
    split = split_site_title(first)
    header_end = min(body_start, HEADER_WINDOW_DEFAULT)
    wanted = {repeat_key(split.title), repeat_key(first)}
    # The page title (line 1) is often repeated as the heading right above the body.
    for index in range(1, header_end):
        if repeat_key(blocks[index].text) in wanted and decisions[index].label is not Label.BODY:
            return [0, index], blocks[index].text if repeat_key(blocks[index].text) == repeat_key(split.title) else split.title, split.site_name
    if decisions[0].label is not Label.BODY and is_heading_like(first):
        return [0], split.title, split.site_name
    # Menus first: take the heading-like line closest above the body.
    for index in range(header_end - 1, max(-1, header_end - 6), -1):
        text = blocks[index].text
        if is_heading_like(text) and len(text.split()) >= TITLE_MIN_WORDS_DEFAULT and decisions[index].label is not Label.BODY:
            return [index], text, None
    return [], None, None


def _mark(decision: Decision, label: Label, rule: str, kind: Kind | None = None) -> Decision:
    return replace(decision, label=label, rule=rule, kind=kind)


def find_metadata(
    blocks: Sequence[Block],
    decisions: Sequence[Decision],
    *,
    language: str | None,
    extra_attribution: tuple[str, ...] = (),
) -> Metadata:
    """Assign title, byline, date and attribution labels and return the fields."""
    updated = list(decisions)
    texts: dict[int, str] = {}
    span = _body_span(decisions)
    body_start, body_end = span if span else (len(blocks), len(blocks))

    title_indexes, title, site_name = _find_title(blocks, decisions, body_start)
    for index in title_indexes:
        updated[index] = _mark(updated[index], Label.TITLE, "title")

    # Photo credits anywhere are captions, never attribution or body.
    for index, block in enumerate(blocks):
        if updated[index].label is not Label.TITLE and is_photo_credit(block.text):
            updated[index] = _mark(updated[index], Label.BOILERPLATE, "photo-credit", Kind.CAPTION)

    byline = date = None
    header_start = max(title_indexes) + 1 if title_indexes else 0
    for index in range(header_start, min(body_start + 1, len(blocks))):
        if updated[index].label is Label.TITLE:
            continue
        text = blocks[index].text
        if byline is None and (found := match_byline(text, lang=language)) is not None:
            byline = found.author
            date = date or found.date
            updated[index] = _mark(updated[index], Label.BYLINE, "byline")
        elif date is None and is_date_line(text):
            match = find_date(text, lang=language)
            if match is not None:
                date = match.iso
                updated[index] = _mark(updated[index], Label.DATE, "date-line")

    source: AttributionMatch | None = None
    source_index: int | None = None
    # Attribution after the body: the first line that reads as one, or a short
    # last body line ("Theo VnExpress") that the classifier took for text.
    footer = range(max(body_start, body_end - 2), min(len(blocks), body_end + FOOTER_WINDOW_DEFAULT))
    for index in footer:
        if updated[index].label in (Label.TITLE, Label.BYLINE, Label.DATE):
            continue
        is_last = index == len(blocks) - 1
        found_source = match_attribution(blocks[index].text, lang=language, extra_cues=extra_attribution, is_last=is_last)
        if found_source is not None:
            source, source_index = found_source, index
            updated[index] = _mark(updated[index], Label.ATTRIBUTION, f"attribution-{found_source.form}")
            break
        if byline is None and (found := match_byline(blocks[index].text, lang=language)) is not None and updated[index].label is not Label.BODY:
            byline = found.author
            updated[index] = _mark(updated[index], Label.BYLINE, "byline-after-body")

    span = _body_span(updated)
    if source is None and span is not None:
        last = span[1] - 1
        split = split_trailing_attribution(blocks[last].text, lang=language)
        if split is not None:
            texts[last] = split[0]
            source, source_index = split[1], last
            updated[last] = replace(updated[last], rule=f"{updated[last].rule}; trailing-attribution-split")
    if source is None and span is not None:
        dateline = match_dateline(blocks[span[0]].text)
        if dateline is not None:
            source = dateline
    del source_index

    return Metadata(
        title=title,
        site_name=site_name,
        byline=byline,
        date=date,
        source=source.source if source else None,
        source_line=source.source_line if source else None,
        decisions=tuple(updated),
        texts=texts,
    )
