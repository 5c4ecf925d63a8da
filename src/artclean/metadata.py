"""Find the title, byline, date and source attribution among classified blocks.

The line parsers (:mod:`dates`, :mod:`attribution`, :mod:`byline`, :mod:`titles`)
say what one line could be; this module decides, from where a line sits
relative to the article's main run, what it is.
"""

from __future__ import annotations

import re
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
TITLE_PREFIX_MIN_WORDS_DEFAULT = 4
"""A heading repeating only the start of line 1 needs this many words to count as its repeat."""
TITLE_LOOKBACK_DEFAULT = 6
"""How many lines above the body the title may sit when menus come first."""
TITLE_INTO_BODY_DEFAULT = 2
"""The repeated heading may be the first lines the classifier took for body."""
NAME_MIN_WORDS_DEFAULT = 2
NAME_MAX_WORDS_DEFAULT = 5
"""A bare author name under the title has two to five capitalised words."""

# The shape of a name word: "Hân", "O'Neill", "Anna-Lena", "J." (letters only).
_NAME_WORD = re.compile(r"[^\W\d_]+\.?|[^\W\d_]+(?:['’-][^\W\d_]+)+")

# Lines the lexicon already knows as these kinds are never the title.
_NOT_TITLE_KINDS = frozenset({Kind.SHARE, Kind.COMMENTS, Kind.LEGAL, Kind.CAPTION, Kind.PROMOTION})


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


def _is_header_line(text: str, language: str | None) -> bool:
    """A byline, date or bare name: lines that sit between the title and the body."""
    return (
        match_byline(text, lang=language) is not None or is_date_line(text) or looks_like_name(text)
    )


def looks_like_name(text: str) -> bool:
    """A bare author name: two to five capitalised words, nothing else.

    >>> [looks_like_name(line) for line in ("Ngọc Hân", "Anna-Lena Vogt", "Giá cả thị trường")]
    [True, True, False]
    """
    words = text.split()
    if not NAME_MIN_WORDS_DEFAULT <= len(words) <= NAME_MAX_WORDS_DEFAULT:
        return False
    return all(word[0].isupper() and _NAME_WORD.fullmatch(word) for word in words)


def _heading_above_body(
    blocks: Sequence[Block], decisions: Sequence[Decision], body_start: int, language: str | None
) -> int | None:
    """The heading-like line right above the body, skipping byline and date lines."""
    for index in range(body_start - 1, max(-1, body_start - 1 - TITLE_LOOKBACK_DEFAULT), -1):
        text = blocks[index].text
        if _is_header_line(text, language):
            continue
        usable = (
            is_heading_like(text)
            and len(text.split()) >= TITLE_MIN_WORDS_DEFAULT
            and not decisions[index].rule.startswith("lexicon")
            and decisions[index].kind not in _NOT_TITLE_KINDS
        )
        return index if usable else None
    return None


def _find_title(
    blocks: Sequence[Block], decisions: Sequence[Decision], body_start: int, language: str | None
) -> tuple[list[int], str | None, str | None]:
    """The title's block indexes, the title and the site name.

    In order: line 1 repeated (whole, without its site part, or shortened) as a
    heading above or at the top of the body; line 1 itself when it is a
    ``Site – Title`` line, or reads as a heading with no menu between it and
    the body; else the heading right above the body (menus first).  Every title
    goes through the site split, so a cleaned file (whose line 1 is the title)
    gives the same title again.
    """
    if not blocks:
        return [], None, None
    first = blocks[0].text
    split = split_site_title(first)
    search_end = min(body_start + TITLE_INTO_BODY_DEFAULT, len(blocks), HEADER_WINDOW_DEFAULT)
    first_key, title_key = repeat_key(first), repeat_key(split.title)
    for index in range(1, search_end):
        if decisions[index].first_label is Label.BODY:
            break  # long prose is never the heading
        text = blocks[index].text
        key = repeat_key(text)
        shortened = len(key.split()) >= TITLE_PREFIX_MIN_WORDS_DEFAULT and first_key.startswith(key)
        if key and (key in (first_key, title_key) or shortened):
            title = split.title if key == first_key else split_site_title(text).title
            return [0, index], title, split.site_name
    first_usable = (
        decisions[0].label is not Label.BODY
        and not decisions[0].rule.startswith("lexicon")
        and (is_heading_like(first) or body_start == 1)
    )
    near = _heading_above_body(blocks, decisions, body_start, language)
    # Boilerplate between line 1 and the heading above the body means line 1 is
    # a site tagline and the menus sit between it and the real title.
    menus_between = near is not None and any(
        decision.label is Label.BOILERPLATE for decision in decisions[1:near]
    )
    if first_usable and (split.site_name or not menus_between):
        return [0], split.title, split.site_name
    if near is not None:
        heading = split_site_title(blocks[near].text)
        return [near], heading.title, heading.site_name
    return [], None, None


# Which attribution wins when a page has several: an explicit credit line names
# the outlet; a wire dateline names the agency; "Reporting by" names people.
_FORM_RANK = {
    "cue": 0,
    "theo": 0,
    "originally-appeared": 0,
    "extra": 0,
    "agency": 1,
    "agency-parenthetical": 1,
    "signoff": 1,
    "courtesy": 1,
    "with": 1,
    "name-outlet": 2,
    "wire-dateline": 2,
    "url": 3,
    "reporting": 4,
    "additional-reporting": 4,
}
_WORST_RANK = 9


def _find_source(
    blocks: Sequence[Block],
    decisions: Sequence[Decision],
    language: str | None,
    extra: tuple[str, ...],
) -> tuple[AttributionMatch | None, int | None, str | None]:
    """The best attribution: (match, its block or None for a dateline, text left after a split)."""
    span = _body_span(decisions)
    if span is None:
        return None, None, None
    body_start, body_end = span
    candidates: list[tuple[int, int, AttributionMatch, int | None, str | None]] = []
    footer = range(
        max(body_start, body_end - 2), min(len(blocks), body_end + FOOTER_WINDOW_DEFAULT)
    )
    for order, index in enumerate(footer):
        if decisions[index].label in (Label.TITLE, Label.BYLINE, Label.DATE):
            continue
        if decisions[index].kind is Kind.CAPTION:
            continue
        found = match_attribution(
            blocks[index].text, lang=language, extra_cues=extra, is_last=index == len(blocks) - 1
        )
        if found is not None:
            candidates.append((_FORM_RANK.get(found.form, _WORST_RANK), order, found, index, None))
    last = body_end - 1
    split = split_trailing_attribution(blocks[last].text, lang=language)
    if split is not None:
        candidates.append(
            (_FORM_RANK.get(split[1].form, _WORST_RANK), len(footer), split[1], last, split[0])
        )
    dateline = match_dateline(blocks[body_start].text)
    if dateline is not None:
        candidates.append(
            (_FORM_RANK.get(dateline.form, _WORST_RANK), len(footer) + 1, dateline, None, None)
        )
    if not candidates:
        return None, None, None
    _, _, match, chosen, text = min(candidates, key=lambda candidate: (candidate[0], candidate[1]))
    return match, chosen, text


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
    body_start = span[0] if span else len(blocks)

    title_indexes, title, site_name = _find_title(blocks, decisions, body_start, language)
    for index in title_indexes:
        updated[index] = _mark(updated[index], Label.TITLE, "title")
    span = _body_span(updated)
    body_start = span[0] if span else len(blocks)

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
        elif (
            byline is None
            and updated[index].label is not Label.BODY
            and index - 1
            in (*title_indexes, *(i for i in range(index) if updated[i].label is Label.DATE))
            and looks_like_name(text)
        ):
            # A bare name right under the title or the date line is the byline.
            byline = text
            updated[index] = _mark(updated[index], Label.BYLINE, "bare-name-under-title")

    source, source_index, split_text = _find_source(blocks, updated, language, extra_attribution)
    if source is not None and source_index is not None:
        if split_text is not None:
            texts[source_index] = split_text
            decision = updated[source_index]
            updated[source_index] = replace(
                decision, rule=f"{decision.rule}; trailing-attribution-split"
            )
        else:
            updated[source_index] = _mark(
                updated[source_index], Label.ATTRIBUTION, f"attribution-{source.form}"
            )

    # A byline may also close the article ("Reporting by" aside, which credits people, not outlets).
    span = _body_span(updated)
    if byline is None and span is not None:
        for index in range(span[1], min(len(blocks), span[1] + FOOTER_WINDOW_DEFAULT)):
            if (
                updated[index].label is not Label.BOILERPLATE
                or updated[index].kind is not Kind.OTHER
            ):
                continue
            found = match_byline(blocks[index].text, lang=language)
            if found is not None:
                byline = found.author
                updated[index] = _mark(updated[index], Label.BYLINE, "byline-after-body")
                break

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
