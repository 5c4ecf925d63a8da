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
    match_attribution,
    match_dateline,
    match_republication,
    split_trailing_attribution,
)
from .bios import bio_blocks
from .byline import desk_agency, is_desk_credit, is_press_contact, is_role, match_byline
from .captions import captions_above_credits
from .credits import is_photo_credit
from .cues import is_agency, is_company, is_known_place
from .dates import (
    find_date,
    is_date_line,
    is_relative_stamp,
    is_update_stamp,
    strip_date_words,
)
from .features import repeat_key
from .gallery import opens_with_counter
from .heading import (
    NAME_DASH,
    PATH_ARROW,
    TRAILING_ROLE,
    dated_meta_line,
    find_title,
    looks_like_name,
)
from .mail import MAIL_RULE
from .model import Block, Decision, Kind, Label
from .printmargins import MARGIN_RULE
from .region import RegionThresholds

FOOTER_WINDOW_DEFAULT = 8
"""How many blocks after the body may hold the source attribution or a byline."""
HEADER_NEAR_BODY_DEFAULT = 4
"""A byline without a cue word counts only this close above the body (menus hold names too)."""
HEADER_BEFORE_TITLE_DEFAULT = 10
"""A byline or date may also sit this many lines above the heading (kickers, bylines first)."""
HEADER_INTO_BODY_DEFAULT = 5
"""Whole byline or date lines may sit among the first lines of the body (after a standfirst)."""
CUED_BYLINE_INTO_BODY_DEFAULT = 10
"""A byline with its cue ("von Lena Hartwig") may sit this many blocks into the body."""
MAX_CREDITED_NAMES_DEFAULT = 4
"""A line of this many names or fewer, and nothing else, credits several authors."""
STANDFIRST_REACH_DEFAULT = 3
"""A byline or date line this close under the headline makes the body above it a standfirst."""
PLACE_LINE_MAX_WORDS_DEFAULT = 3
"""A line this short between a byline and the date line is a place ("Alcalá de Guadaíra")."""
SOURCE_ABOVE_BODY_DEFAULT = 8
"""An aggregator may credit the source between headline and body ("Źródło: Echo
Podhala" beside the date): a cue line is looked for in this many blocks above the body."""
DATELINE_BLOCKS_DEFAULT = 3
"""A wire dateline ("LONDON (Reuters) -") is looked for in the body's first this many blocks."""
REPEATED_CAPTION_MIN_CHARS = 20
"""A line that the photo credit under it repeats and goes on from is its caption, from
this length (shorter ones may be a name the credit starts with)."""
SIGNOFF_REACH_DEFAULT = 2
"""A bare name signing the article off must come within this many lines after the body."""
SIGNOFF_PLACE_MAX_WORDS_DEFAULT = 3
"""A place after a sign-off name ("Ngọc Anh - Hà Nội") has at most this many words."""
HEADER_UNDER_TITLE_DEFAULT = 4
"""A name beside a date or handle counts as the byline this close under the title, too."""
HEADER_LINE_MAX_WORDS_DEFAULT = 16
"""A line longer than this is text, not a byline to dissect."""
BYLINE_TAIL_DEFAULT = 3
"""A cued byline line among the body's last this many blocks closes the article ..."""
CLOSING_BYLINE_MAX_WORDS_DEFAULT = 5
"""... when it has at most this many words ("Rozmawiał: Bartosz Grzelak")."""
UPDATE_REACH_DEFAULT = 2
"""Under an "Updated ..." line, the publication date is looked for this many lines down."""
COLUMNIST_REACH_DEFAULT = 3
"""A bare name this close above the headline is the column's author when the page names
the writer again elsewhere (breadcrumb, bio)."""

_NAME_SEPARATORS = re.compile(r"\s+[-–—|/·•]\s+|\s*[|/·•,]\s*")
_FIRST_DIGIT = re.compile(r"\d")
_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,6}(?:/\S*)?", re.IGNORECASE)
# A sign-off is unknown text after the body; a share bar under it may have drawn it in.
_SIGNOFF_KINDS = frozenset({Kind.OTHER, Kind.SHARE})
# A name after lines of these kinds ("Tags", "Related") is a tag or a teaser.
_LIST_KINDS = frozenset({Kind.NAVIGATION, Kind.RELATED, Kind.COMMENTS})
# "and" between two author names, in the languages artclean has byline cues for.
_NAME_JOINERS = re.compile(r"\s+(?:and|und|et|y|e|i|và|и|en|och|og|ve|a)\s+|\s*&\s*")
_REGION = RegionThresholds()
# What follows a site's name in its masthead line: a separator (or nothing).
_MASTHEAD_MARKS = ("", "-", "–", "—", "|", ":", "·")
_HANDLE_OR_LINK = re.compile(r"(?<!\w)@\w+|https?://\S+|www\.\S+")


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


def _body_span(
    decisions: Sequence[Decision], within: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """``[first, last + 1)`` of the body blocks, scanning in from each end of ``within``
    (all blocks by default).  Labels here only ever change from body to something
    else, so after a change the body lies within its former span: pass that."""
    first, end = within if within is not None else (0, len(decisions))
    while first < end and decisions[first].label is not Label.BODY:
        first += 1
    if first == end:
        return None
    while decisions[end - 1].label is not Label.BODY:
        end -= 1
    return first, end


# Which attribution wins when a page has several: an explicit credit line names
# the outlet; a wire dateline names the agency; "Reporting by" names people.
_FIELD_LABELS = (Label.TITLE, Label.BYLINE, Label.DATE)
# Above the body only an explicit credit is taken (a cue with a colon, "Theo X" as a
# whole line, a republication note): a bare agency there may be a menu item or a kicker.
_HEADER_SOURCE_FORMS = frozenset({"cue", "theo", "originally-appeared", "extra"})
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
"""Rank of an attribution form missing from the table above: after every known form."""


def _find_source(
    blocks: Sequence[Block],
    decisions: Sequence[Decision],
    span: tuple[int, int] | None,
    language: str | None,
    extra: tuple[str, ...],
) -> tuple[AttributionMatch | None, int | None, str | None, int | None]:
    """The best attribution around the body ``span``: (match, its block or None for a
    dateline, text left after a split, the block of a republication note or None)."""
    note = None
    if span is None:
        return None, None, None, note
    body_start, body_end = span
    candidates: list[tuple[int, int, AttributionMatch, int | None, str | None]] = []
    footer = range(
        max(body_start, body_end - 2), min(len(blocks), body_end + FOOTER_WINDOW_DEFAULT)
    )
    for order, index in enumerate(footer):
        if decisions[index].label in _FIELD_LABELS or decisions[index].kind is Kind.CAPTION:
            continue
        found = match_attribution(
            blocks[index].text, lang=language, extra_cues=extra, is_last=index == len(blocks) - 1
        )
        if found is not None:
            candidates.append((_FORM_RANK.get(found.form, _WORST_RANK), order, found, index, None))
            if found.form == "originally-appeared" and note is None:
                note = index
    # "This article first appeared in X" closes the article wherever it stands:
    # an author bio, an appeal or a republishing box may follow it.
    for index in range(body_start, footer.start):
        if decisions[index].label is Label.BODY:
            found = match_republication(blocks[index].text, lang=language)
            if found is not None:
                note = index
                candidates.append((_FORM_RANK[found.form], -1, found, index, None))
                # The note may follow the article's own credit line ("Quelle: X").
                for above in range(max(body_start, index - SIGNOFF_REACH_DEFAULT), index):
                    credit = _explicit_credit(blocks[above].text, language, extra)
                    if credit is not None:
                        candidates.append((_FORM_RANK[credit.form], -1, credit, above, None))
                break
    last = body_end - 1
    split = split_trailing_attribution(blocks[last].text, lang=language)
    if split is not None:
        candidates.append(
            (_FORM_RANK.get(split[1].form, _WORST_RANK), len(footer), split[1], last, split[0])
        )
    # An explicit credit above the body (or opening it), where aggregators print
    # it beside the date; a footer credit, nearer the text, is preferred to it.
    for index in range(
        max(0, body_start - SOURCE_ABOVE_BODY_DEFAULT), min(len(blocks), body_start + 1)
    ):
        decision = decisions[index]
        if decision.label in _FIELD_LABELS or decision.kind is Kind.CAPTION:
            continue
        found = _explicit_credit(blocks[index].text, language, extra)
        if found is not None:
            candidates.append((_FORM_RANK[found.form], len(footer) + 2, found, index, None))
            break
    # The wire dateline opens the first paragraph, which a caption or an
    # "Updated ..." line taken for body may precede.
    openers = [i for i in range(body_start, body_end) if decisions[i].label is Label.BODY]
    for index in openers[:DATELINE_BLOCKS_DEFAULT]:
        dateline = match_dateline(blocks[index].text)
        if dateline is not None:
            rank = _FORM_RANK.get(dateline.form, _WORST_RANK)
            candidates.append((rank, len(footer) + 1, dateline, None, None))
            break
    if not candidates:
        return None, None, None, note
    # Of two credits as good, a name beats a bare web address ("Quelle: Weser-Abendblatt"
    # over "Dieser Artikel erschien zuerst auf weser-abendblatt.de").
    _, _, match, chosen, text = min(
        candidates,
        key=lambda candidate: (candidate[0], _is_address(candidate[2].source), candidate[1]),
    )
    return match, chosen, text, note


def _mark_repeated_credit(
    blocks: Sequence[Block],
    updated: list[Decision],
    body_start: int,
    source: AttributionMatch,
    language: str | None,
) -> None:
    """Label as attribution the body lines just over or opening the body that credit
    ``source`` outright too."""
    key = repeat_key(source.source)
    for index in range(max(0, body_start - SOURCE_ABOVE_BODY_DEFAULT), body_start + 1):
        if index >= len(blocks) or updated[index].label is not Label.BODY:
            continue
        found = _explicit_credit(blocks[index].text, language)
        if found is not None and repeat_key(found.source) == key:
            updated[index] = _mark(updated[index], Label.ATTRIBUTION, f"attribution-{found.form}")


def _explicit_credit(
    text: str, language: str | None, extra: tuple[str, ...] = ()
) -> AttributionMatch | None:
    """The attribution that ``text`` is, when its form credits a source outright
    (``_HEADER_SOURCE_FORMS``): read so away from the footer too."""
    found = match_attribution(text, lang=language, extra_cues=extra)
    return found if found is not None and found.form in _HEADER_SOURCE_FORMS else None


def _date_after_body(
    blocks: Sequence[Block], updated: list[Decision], span: tuple[int, int], language: str | None
) -> str | None:
    """The date of a whole date line (or of the source line) closing the article."""
    start, end = span
    for index in range(
        max(start, end - SIGNOFF_REACH_DEFAULT), min(len(blocks), end + FOOTER_WINDOW_DEFAULT)
    ):
        decision = updated[index]
        if decision.kind in _LIST_KINDS or decision.kind is Kind.COMMENTS:
            break  # a teaser's or a comment's date
        text = blocks[index].text
        if decision.label is Label.ATTRIBUTION or is_date_line(text):
            found = find_date(text, lang=language)
            if found is not None:
                if decision.label is not Label.ATTRIBUTION:
                    updated[index] = _mark(decision, Label.DATE, "date-line-after-body")
                return found.iso
    return None


def _is_address(source: str) -> bool:
    return _WEB_ADDRESS.fullmatch(source) is not None


def _name_in(text: str, language: str | None) -> str | None:
    """The author named on a byline-ish line once its date, handles and links
    are cut away: "Chris Davies - Nov 19, 2019", "Jane Roe @jroe / 2 days",
    "Monday 7:45 am by Joe Rossignol", "By Ann Lee On 11/13/19 at 4:00 PM",
    "Meg Kinnard and Errin Haines, Associated Press".

    >>> _name_in("Catherine Shu @catherineshu / 2 days", "en")
    'Catherine Shu'
    >>> _name_in("Meg Kinnard and Errin Haines, Associated Press", "en")
    'Meg Kinnard, Errin Haines'
    """
    if len(text.split()) > HEADER_LINE_MAX_WORDS_DEFAULT:
        return None
    found_date = find_date(text, lang=language)
    if found_date:
        residue = f"{text[: found_date.start]} | {text[found_date.end :]}"
    else:
        # A date the parser does not read ("11/13/19") still ends the name part.
        residue = _FIRST_DIGIT.split(text, maxsplit=1)[0]
    residue = strip_date_words(_HANDLE_OR_LINK.sub(" | ", residue))
    # "Paweł Tomczyk, Joanna Lis", "Hoàng Minh Quân - Đỗ Lan Anh": names only.
    names = [part.strip(" :.-") for part in _NAME_SEPARATORS.split(residue)]
    names = [name for name in names if name]
    if 2 <= len(names) <= MAX_CREDITED_NAMES_DEFAULT and all(
        looks_like_name(name) and not is_role(name, language) for name in names
    ):
        return ", ".join(names)
    for part in _NAME_SEPARATORS.split(residue):
        # Digits after a name are counters or times: "von Felix Marquardt 7 Kommentare".
        part = _FIRST_DIGIT.split(part, maxsplit=1)[0].strip(" :.-")
        if not part:
            continue
        found = match_byline(part, lang=language)
        if found is not None:
            return found.author
        names = _NAME_JOINERS.split(part)
        if all(looks_like_name(name) for name in names):
            return ", ".join(names)
    return None


def _agency_in_byline(
    blocks: Sequence[Block], decisions: Sequence[Decision], language: str | None
) -> tuple[str | None, str | None]:
    """The news agency a byline line credits beside the writer, and that line."""
    for block, decision in zip(blocks, decisions, strict=True):
        if decision.label is Label.BYLINE:
            found = match_byline(block.text, lang=language)
            if found is not None and found.outlet is not None and is_agency(found.outlet):
                return found.outlet, block.text
            # A bare name with its agency: "Nicolas Aebischer, Keystone-SDA", "Erik Lindqvist/TT".
            last = re.split(r"[,/]", block.text)[-1].strip()
            if found is None and last != block.text.strip() and is_agency(last):
                return last, block.text
    return None, None


def _is_masthead(byline: str, blocks: Sequence[Block], title_indexes: Sequence[int]) -> bool:
    """A byline that is not a person's name but a line printed above the title: the site."""
    if looks_like_name(byline) or not title_indexes:
        return False
    key = repeat_key(byline)
    return any(repeat_key(block.text) == key for block in blocks[: title_indexes[-1]])


def _signoff_name(text: str) -> str | None:
    """The writer's name signing off an article, without the place or role after it.

    >>> _signoff_name("Ngọc Anh - Hà Nội"), _signoff_name("Minh Khôi (thực hiện)")
    ('Ngọc Anh', 'Minh Khôi')
    >>> _signoff_name("Hà Linh - Quốc Tuấn")
    'Hà Linh, Quốc Tuấn'
    >>> _signoff_name("Giá vàng tăng mạnh") is None
    True
    """
    text = TRAILING_ROLE.sub("", text).strip()
    name, *place = NAME_DASH.split(text, maxsplit=1)
    if place and len(place[0].split()) > SIGNOFF_PLACE_MAX_WORDS_DEFAULT:
        return None
    if not looks_like_name(name):
        return None
    if place and looks_like_name(place[0]) and not is_known_place(place[0]):
        return f"{name}, {place[0]}"  # "Hà Linh - Quốc Tuấn": two writers
    return name


def _mark_standfirst(updated: list[Decision], title_indexes: Sequence[int]) -> None:
    """The summary between the headline and its byline or date line is a standfirst."""
    if not title_indexes:
        return
    title = title_indexes[-1]
    below = range(title + 1, min(len(updated), title + 1 + STANDFIRST_REACH_DEFAULT))
    header = next((i for i in below if updated[i].label in (Label.BYLINE, Label.DATE)), None)
    if header is None:
        return
    for index in range(title + 1, header):
        if updated[index].label is Label.BODY:
            updated[index] = _mark(updated[index], Label.BOILERPLATE, "standfirst", Kind.OTHER)


def _find_header(
    blocks: Sequence[Block],
    updated: list[Decision],
    title_indexes: Sequence[int],
    body_start: int,
    language: str | None,
) -> tuple[str | None, str | None]:
    """Byline and date from the lines around the heading and the top of the body
    (labels updated in place).  Inside the body only whole byline or date lines
    count, never a date mentioned in a sentence."""
    byline = date = None
    bare: tuple[int, Decision] | None = None  # a byline that is a name without a cue
    strip_date: Decision | None = None  # the decision of a date line over the headline
    last_date_index = -2
    heading = title_indexes[-1] if title_indexes else 0
    last_title = title_indexes[-1] if title_indexes else None
    start = max(
        1 if title_indexes and title_indexes[0] == 0 else 0, heading - HEADER_BEFORE_TITLE_DEFAULT
    )
    if heading == 0:
        start = 1 if title_indexes else 0
    end = min(body_start + HEADER_INTO_BODY_DEFAULT, len(blocks))
    for index in range(start, end):
        decision = updated[index]
        if (
            date is not None
            and strip_date is None
            and decision.label is Label.BODY
            and decision.first_label is not Label.BODY
        ):
            # A stamp after the date line: "Mis à jour le ...", "Cập nhật: ...".
            text = blocks[index].text
            if is_date_line(text) or is_relative_stamp(text):
                updated[index] = _mark(decision, Label.DATE, "date-line; another-stamp")
                continue
        if byline is not None and date is not None and bare is None and strip_date is None:
            continue  # only more stamps were left to find
        text = blocks[index].text
        if (
            decision.label is Label.TITLE
            # A mail's "Date:" field and a printed page's head date the mail and the print.
            or decision.rule.startswith((MAIL_RULE, MARGIN_RULE))
            # "... EFE/Raúl Medina" credits the photo; "Texto: X | Fotos: Y" the writer too
            or (decision.kind is Kind.CAPTION and match_byline(text, lang=language) is None)
            or (decision.label is Label.BODY and decision.first_label is Label.BODY)
        ):
            continue
        in_body = index >= body_start
        if (byline is None or bare is not None) and (
            found := match_byline(text, lang=language)
        ) is not None:
            if bare is not None:
                # A credit with its cue ("Por Lucía Ferrández") outranks a bare
                # name taken earlier ("VEGA DEL SEGURA · TRIBUNALES", a kicker).
                updated[bare[0]], bare = bare[1], None
            byline, date = found.author, date or found.date
            updated[index] = _mark(decision, Label.BYLINE, "byline")
        elif (
            # A date strip over the headline is today's date: a date line under
            # the headline ("26.11.2026, 18:40 Uhr") is the article's.
            (
                date is None
                or (
                    strip_date is not None
                    and last_title is not None
                    and index > last_title
                    and decision.kind is not Kind.RELATED  # a teaser's date
                )
            )
            # "26 ноября 2026, 14:05 Просмотров: 3 418": a meta line under the
            # headline (over it, "Piątek, 27 listopada 2026. Imieniny: ..." is today's)
            and (
                is_date_line(text)
                or (
                    not in_body
                    and last_title is not None
                    and index > last_title
                    and dated_meta_line(text, language)
                )
            )
            and (match := find_date(text, lang=language))
        ):
            if strip_date:
                updated[last_date_index] = strip_date
                strip_date = None
            date, last_date_index = match.iso, index
            if last_title is not None and index < last_title:
                strip_date = decision
            if is_update_stamp(text):
                # "Updated ... / Published ...": the publication date is the date.
                published = _published_after(blocks, updated, index, language)
                if published is not None:
                    date = published
            name = _name_in(text, language) if byline is None else None
            byline = byline or name
            rule = "date-line" + ("; author-on-date-line" if name else "")
            updated[index] = _mark(decision, Label.DATE, rule)
        elif byline is None:
            # Right under the title or the date line, or right above the date line
            # (or above a place line over it: "Madrid"), a name is the byline;
            # elsewhere near the body it needs a date or handle beside it (menus
            # hold names too).
            above_date = index + 1 < len(blocks) and (
                is_date_line(blocks[index + 1].text)
                or (
                    index + 2 < len(blocks)
                    and _place_or_role(blocks[index + 1].text, language)
                    and is_date_line(blocks[index + 2].text)
                )
            )
            adjacent = (
                (not in_body and (index - 1 == last_title or index - 1 == last_date_index))
                or (above_date and (last_title is None or index > last_title))
                or _name_under_standfirst(
                    blocks, updated, index, (last_title, last_date_index), language
                )
            )
            near = body_start - index <= HEADER_NEAR_BODY_DEFAULT or (
                last_title is not None and 0 < index - last_title <= HEADER_UNDER_TITLE_DEFAULT
            )
            if not (adjacent or near) or decision.rule.startswith("lexicon"):
                continue  # (a known phrase is no name: "View Deal", "More From This Author")
            # "PAP" alone under the date (or opening the body): the agency.
            if index <= body_start and is_agency(text):
                byline = text.strip()
                updated[index] = _mark(decision, Label.BYLINE, "byline-agency")
                continue
            if _explicit_credit(text, language) is not None:
                continue  # "Theo Tổ Ấm Xanh" credits the outlet, not a writer
            # "Thu Hằng (thực hiện)": the role in brackets is no part of the name.
            name = _name_in(TRAILING_ROLE.sub("", text).strip(), language)
            if not name:
                continue
            stamp = find_date(text, lang=language)
            if adjacent or stamp or _HANDLE_OR_LINK.search(text):
                byline, bare = name, (index, decision)
                if date is None and stamp:
                    date = stamp.iso
                updated[index] = _mark(decision, Label.BYLINE, "byline-name")
    if byline is None:
        # A cued byline a little further down, under a standfirst and a video box.
        deeper = range(end, min(len(blocks), body_start + CUED_BYLINE_INTO_BODY_DEFAULT))
        byline = _short_cued_byline(blocks, updated, deeper, language, "byline")
    if byline is None and last_title is not None:
        for index in range(max(0, last_title - COLUMNIST_REACH_DEFAULT), last_title):
            if updated[index].label is not Label.TITLE and _columnist(blocks, index):
                byline = blocks[index].text.strip()
                updated[index] = _mark(updated[index], Label.BYLINE, "byline-columnist")
                break
    return byline, date


def _name_under_standfirst(
    blocks: Sequence[Block],
    updated: Sequence[Decision],
    index: int,
    anchors: tuple[int | None, int],
    language: str | None,
) -> bool:
    """Whether the line at ``index`` may be a bare-name byline under a standfirst that
    stands right under the headline or its date line (``anchors``): in capitals
    ("NGUYỄN BẢO NGỌC"), or in Vietnamese, whose press credits the writer by a bare
    name ("Minh An").  A name in mixed case there is as often the person the article
    is about, over a picture."""
    return (
        index >= 2
        and (blocks[index].text.isupper() or language == "vi")
        and index - 2 in anchors
        and updated[index - 1].first_label in (Label.BODY, Label.NEAR_BODY)
        and blocks[index - 1].text.rstrip()[-1:] in ".!?…"
    )


def _short_cued_byline(
    blocks: Sequence[Block],
    updated: list[Decision],
    indexes: range,
    language: str | None,
    rule: str,
    *,
    body_only: bool = False,
) -> str | None:
    """The author of the first short cued byline line among ``indexes`` (not a title
    line; with ``body_only``, a body line), which is labelled a byline by ``rule``."""
    for index in indexes:
        label, text = updated[index].label, blocks[index].text
        if (
            (label is Label.BODY if body_only else label is not Label.TITLE)
            and len(text.split()) <= CLOSING_BYLINE_MAX_WORDS_DEFAULT
            and (found := match_byline(text, lang=language)) is not None
        ):
            updated[index] = _mark(updated[index], Label.BYLINE, rule)
            return found.author
    return None


def _columnist(blocks: Sequence[Block], index: int) -> bool:
    # A column's author box over the headline ("Selin Akbaş" / "All columns" /
    # headline), when no byline was found elsewhere: a bare name just above the
    # title that the page names again inside another line (a breadcrumb
    # "Columnists › Selin Akbaş", a bio).
    name = blocks[index].text.strip()
    if not looks_like_name(name):
        return False
    others = [
        block.text
        for position, block in enumerate(blocks)
        if position != index and name in block.text
    ]
    # A site's name is in line 1 or its copyright line, and is no writer.
    if name in blocks[0].text or any("©" in text for text in others):
        return False
    # Named again in a breadcrumb, or opening a line of text about the writer
    # ("Selin Akbaş Kimdir?"; not "Name - tagline", which is a masthead).
    return any(
        PATH_ARROW.search(text)
        or (text.startswith(name) and text[len(name) :].lstrip()[:1] not in _MASTHEAD_MARKS)
        for text in others
    )


def _published_after(
    blocks: Sequence[Block], updated: list[Decision], index: int, language: str | None
) -> str | None:
    # The publication date on one of the next lines under an update stamp.
    for later in range(index + 1, min(len(blocks), index + 1 + UPDATE_REACH_DEFAULT)):
        text = blocks[later].text
        if updated[later].first_label is Label.BODY or is_update_stamp(text):
            continue
        if is_date_line(text) and (match := find_date(text, lang=language)):
            updated[later] = _mark(updated[later], Label.DATE, "date-line; published")
            return match.iso
    return None


def _place_or_role(text: str, language: str | None) -> bool:
    # Between a name and the date line: a place ("Madrid") or the writer's role
    # ("Journaliste de l'Initiative de journalisme local").
    words = text.split()
    return len(words) <= PLACE_LINE_MAX_WORDS_DEFAULT or (
        len(words) <= HEADER_LINE_MAX_WORDS_DEFAULT and is_role(words[0], language)
    )


def _mark(decision: Decision, label: Label, rule: str, kind: Kind | None = None) -> Decision:
    # Built directly: dataclasses.replace is slow, and this runs on many lines.
    return Decision(label, rule, kind, decision.first_label, decision.signals)


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

    choice = find_title(blocks, decisions, body_start, language)
    title_indexes, title, site_name = list(choice.indexes), choice.title, choice.site_name
    for index in title_indexes:
        updated[index] = _mark(updated[index], Label.TITLE, "title")
    span = _body_span(updated, span) if span else None
    body_start = span[0] if span else len(blocks)

    # Photo credits anywhere are captions, never attribution or body.
    # Each distinct line is checked once: menus and share bars repeat.
    credits = {
        text
        for text in {block.text for block in blocks}
        if is_photo_credit(text) or opens_with_counter(text)
    }
    if credits:
        for index, block in enumerate(blocks):
            if updated[index].label is not Label.TITLE and block.text in credits:
                updated[index] = _mark(
                    updated[index], Label.BOILERPLATE, "photo-credit", Kind.CAPTION
                )
                # The caption printed once alone and once with its credit run on
                # ("... this week" / "... this weekCredit: X"): both are the caption.
                above = blocks[index - 1].text if index else ""
                if (
                    len(above) >= REPEATED_CAPTION_MIN_CHARS
                    and block.text.startswith(above)
                    and updated[index - 1].label is not Label.TITLE
                ):
                    updated[index - 1] = _mark(
                        updated[index - 1], Label.BOILERPLATE, "photo-credit", Kind.CAPTION
                    )

    # The caption over a credit line inside the article, and the credit with it
    # ("© Sandra Kiefer" would otherwise read as a copyright notice).
    for caption, credit in captions_above_credits(blocks, updated):
        updated[caption] = _mark(
            updated[caption], Label.BOILERPLATE, "caption-above-credit", Kind.CAPTION
        )
        if updated[credit].label is not Label.TITLE:
            updated[credit] = _mark(
                updated[credit], Label.BOILERPLATE, "photo-credit", Kind.CAPTION
            )
    byline, date = _find_header(blocks, updated, title_indexes, body_start, language)
    _mark_standfirst(updated, title_indexes)

    span = _body_span(updated, span) if span else None
    source, source_index, split_text, note = _find_source(
        blocks, updated, span, language, extra_attribution
    )
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
            if span is not None:
                # The same credit printed again over the article, where aggregators
                # put it beside the date ("Source : X" above, "Source : X — ..." below).
                _mark_repeated_credit(blocks, updated, span[0], source, language)
            if (
                note is not None
                and span is not None
                and any(updated[index].label is Label.BODY for index in range(span[0], note))
            ):
                # The republication note ends the article: what follows is not it
                # (one above the body, under the headline, only credits it).
                if note != source_index:  # the credit line above it was the source
                    updated[note] = _mark(
                        updated[note], Label.BOILERPLATE, "republication-note", Kind.OTHER
                    )
                for index in range(note + 1, span[1]):
                    if updated[index].label is Label.BODY:
                        updated[index] = _mark(
                            updated[index],
                            Label.BOILERPLATE,
                            "after-republication-note",
                            Kind.OTHER,
                        )

    # "Agencia EFE", "By The Associated Press", "PAP": an agency where the writer
    # would be credits no person; it is the source when no other line names one.
    # A company's name there ("Hollmer Schienentechnik AG") issued a press release.
    agency_credit = (
        byline if byline is not None and (is_agency(byline) or is_company(byline)) else None
    )
    if byline is not None and (
        agency_credit is not None
        or _is_masthead(byline, blocks, title_indexes)
        or is_desk_credit(byline)
        or (site_name is not None and repeat_key(byline) == repeat_key(site_name))
        # The outlet an aggregator credits, under the headline and in its source line.
        or (source is not None and repeat_key(byline) == repeat_key(source.source))
    ):
        # "Par Info-Flash avec AFP", "Redacción Salud", "Nhóm PV": the site or its
        # newsroom credits itself, no writer.
        byline = None
    # "Minh Anh/VNEXPRESS.NET" credits the writer and the outlet in one line.
    if byline is None and source is not None and source.form == "name-outlet":
        writer = source.source_line.split("/", 1)[0].strip()
        byline = writer if looks_like_name(writer) else None

    # A byline may also close the article: a cued byline in the footer, or a bare
    # name signing off right after the last paragraph (common in Vietnamese news:
    # "… vững mạnh." / "Hoàng Anh" / "Nguồn: …").
    span = _body_span(updated, span) if span else None
    if byline is None and span is not None:
        # "Rozmawiał: Bartosz Grzelak" under an interview, taken into its body.
        tail = range(max(span[0], span[1] - BYLINE_TAIL_DEFAULT), span[1])
        byline = _short_cued_byline(
            blocks, updated, tail, language, "byline-closing-body", body_only=True
        )
    if byline is None and span is not None:
        for index in range(span[1], min(len(blocks), span[1] + FOOTER_WINDOW_DEFAULT)):
            decision = updated[index]
            if (
                decision.label is not Label.BOILERPLATE
                or decision.kind not in _SIGNOFF_KINDS
                or decision.rule.startswith("lexicon")
            ):
                continue
            text = blocks[index].text
            if is_press_contact(text):
                break  # "Contacto de prensa:", "X – Responsable de Comunicación"
            found = match_byline(text, lang=language)
            if found is not None:
                byline = found.author
            elif (
                index - span[1] < SIGNOFF_REACH_DEFAULT
                and not any(
                    updated[between].kind in _LIST_KINDS for between in range(span[1], index)
                )
                and (name := _signoff_name(text))
            ):  # a name under "Tags" or "Related" is a tag or a teaser, not the writer
                byline = name
            else:
                continue
            updated[index] = _mark(decision, Label.BYLINE, "byline-after-body")
            break

    # A bio of a writer found only here (in an author box over the headline, or
    # signing off) was not known to the main-run step: it is taken out now, by
    # the full name only (a byline taken from a heading may be no name at all).
    span = _body_span(updated, span) if span else None
    if byline is not None and span is not None:
        names = [name for name in byline.split(", ") if len(name.split()) > 1]
        known = [decision.rule.startswith("lexicon") for decision in updated]
        for index, bio in enumerate(
            bio_blocks(blocks, updated, span, names, known, _REGION, given_names=False)
        ):
            if bio and updated[index].label is Label.BODY:
                updated[index] = _mark(updated[index], Label.BOILERPLATE, "author-bio", Kind.OTHER)

    source_name, source_line = (source.source, source.source_line) if source else (None, None)
    if source_name is None:
        # "Par Julien Marchetti avec AFP, publié le ...": the agency beside the writer.
        source_name, source_line = _agency_in_byline(blocks, updated, language)
    if source_name is None:
        # "La rédaction avec AFP": the newsroom and the agency, no writer.
        for index in range(min(len(blocks), body_start + HEADER_INTO_BODY_DEFAULT)):
            if updated[index].label is not Label.BODY and (
                agency := desk_agency(blocks[index].text, language)
            ):
                source_name, source_line = agency, blocks[index].text
                updated[index] = _mark(updated[index], Label.ATTRIBUTION, "attribution-desk-agency")
                break
    if agency_credit is not None:
        credited = [
            index
            for index, decision in enumerate(updated)
            if decision.label is Label.BYLINE and agency_credit in blocks[index].text
        ]
        if source_name is None and credited:
            source_name, source_line = agency_credit, blocks[credited[0]].text
            updated[credited[0]] = _mark(
                updated[credited[0]], Label.ATTRIBUTION, "attribution-agency-credit"
            )
        for index in credited:
            if updated[index].label is Label.BYLINE:  # the source is credited elsewhere too
                updated[index] = _mark(
                    updated[index], Label.BOILERPLATE, "agency-credit", Kind.OTHER
                )
    if date is None and span is not None:
        # Only "3 giờ trước" over the headline: the date printed under the article
        # ("Đăng lúc 08:40 ngày 27/11/2026", "Nguồn: X - 27/11/2026 07:30").
        date = _date_after_body(blocks, updated, span, language)

    return Metadata(
        title=title,
        site_name=site_name,
        byline=byline,
        date=date,
        source=source_name,
        source_line=source_line,
        decisions=tuple(updated),
        texts=texts,
    )
