"""Choose the article's title (and site name) among the lines above the body.

Pages put the title in one of a few places: line 1 as ``Site – Title`` (the
HTML ``<title>``), a heading right above the body (after the menus), or both,
with the heading repeating line 1.  The choice here is made from where lines
sit and how they read; :mod:`titles` says what one line could be.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from .attribution import match_attribution
from .byline import is_desk_credit, match_byline
from .credits import is_photo_credit, names_photo_positions
from .dates import find_date, is_date_line, is_relative_stamp
from .features import repeat_key
from .language import stopwords
from .lexicon import match_boilerplate
from .mail import strip_reply_prefix
from .model import Block, Decision, Kind, Label
from .printmargins import MARGIN_RULE, head_title
from .tables import LETTER
from .titles import TitleSplit, is_heading_like, split_site_title

HEADER_WINDOW_DEFAULT = 40
"""How many blocks from the top a heading repeating line 1 may sit."""
TITLE_MIN_WORDS_DEFAULT = 2
"""A title found by position alone needs this many words (or TITLE_MIN_CJK_CHARS)."""
TITLE_MIN_CJK_CHARS_DEFAULT = 6
"""A title in a script written without spaces needs this many characters."""
TITLE_PREFIX_MIN_WORDS_DEFAULT = 4
"""A heading repeating only the start of line 1 needs this many words to count as its repeat."""
TITLE_LOOKBACK_DEFAULT = 12
"""How many lines (with letters) above the body the title may sit when menus come first."""
TITLE_LOOKBACK_MAX_LINES_DEFAULT = 60
"""... and no further than this many lines in all, whatever they are (share bars and known
buttons do not count against the look-back above)."""
TITLE_LOOKBACK_MIN_WORDS_DEFAULT = 3
"""A heading found past other lines needs this many words: shorter ones are section labels."""
STRAY_LABEL_MAX_WORDS_DEFAULT = 3
"""Lines this short between the title and the body are labels and buttons, looked past."""
TITLE_INTO_BODY_DEFAULT = 2
"""The heading may be among the first lines the classifier took for body."""
SPLIT_MAX_ROUNDS_DEFAULT = 4
"""How many trailing section/site parts a title line may carry."""
BROKEN_NEXT_MIN_WORDS_DEFAULT = 4
"""A line going on with the sentence of the line above has at least this many words."""
TAGLINE_HEADING_MIN_WORDS_DEFAULT = 5
"""A heading must be this long to outrank a line 1 that shares none of its words."""
TITLE_OVERLAP_DEFAULT = 0.6
"""Share of a heading's words that line 1 must contain for the two to be one title."""
STANDFIRST_REACH_DEFAULT = 2
"""A headline that line 1 repeats may stand this many lines above the heading nearest
the body (a standfirst, a kicker between)."""
LEAD_BLOCKS_DEFAULT = 3
"""The article's lead, which its headline sums up: the first this many body blocks."""
HEADLINE_CANDIDATES_DEFAULT = 3
"""How many headings above the body are weighed against the lead."""
LEAD_MATCH_MARGIN_DEFAULT = 0.15
"""A heading further from the body must match the lead by this much more than a nearer one."""
STEM_CHARS_DEFAULT = 5
"""Words are compared with the lead by their first this many letters: a crude stem."""
BREADCRUMB_MIN_PARTS_DEFAULT = 3
"""A line of this many short parts between path separators is a breadcrumb, not a title."""
STANDFIRST_SHARE_DEFAULT = 0.5
"""A shorter heading right above the one chosen is the headline over its standfirst
when it matches the lead at least this share as well."""
STANDFIRST_MIN_WORDS_DEFAULT = 10
"""... and when the lower one has at least this many words: under a short kicker
("Premiere in Düsseldorf") a headline of a few words is the headline."""
SUBHEADING_REACH_DEFAULT = 8
"""A heading with a byline or date line under it wins over a nearer heading without one
up to this many blocks above it ..."""
HEADER_UNDER_HEADLINE_DEFAULT = 2
"""... when the byline or date line is among the first this many lines under it (a
standfirst may come first)."""
FULL_TITLE_WORDS_DEFAULT = 5
"""A heading this many words long counts fully in the lead match; shorter ones count less."""
HEADLINE_RULE = "headline"
"""The rule the main-run step records on the line it took for the article's headline."""
DUPLICATE_RULE = "duplicate-text"
"""The rule it records on a second copy of the article's text."""
CONTENTS_RULE = "table-of-contents"
"""The rule it records on an entry of a table of contents."""
META_LINE_MAX_WORDS_DEFAULT = 10
"""A line this short that carries a whole date is a meta line (date, author, comments)."""
NAME_MIN_WORDS_DEFAULT = 2
"""A bare author name has at least two words (a given name and a family name)."""
NAME_MAX_WORDS_DEFAULT = 5
"""A bare author name has two to five capitalised words."""

# Lines the lexicon already knows as these kinds are never the title.
_NOT_TITLE_KINDS = frozenset({Kind.SHARE, Kind.COMMENTS, Kind.LEGAL, Kind.CAPTION, Kind.PROMOTION})
# A role or place in brackets after a name: "Minh Khôi (thực hiện)", "JULIEN ROCHE (à Perpignan)".
TRAILING_ROLE = re.compile(r"\s*[(（][^()（）]{1,30}[)）]\s*\Z")
# A dash between two names ("Hoàng Minh Quân - Đỗ Lan Anh"), or a name and its place.
NAME_DASH = re.compile(r"\s+[-–—]\s+")
_AT_HANDLE = re.compile(r"(?<![\w.])@\w")
# The shape of a name word: "Hân", "O'Neill", "Anna-Lena", "J." (letters only).
_NAME_WORD = re.compile(r"[^\W\d_]+\.?|[^\W\d_]+(?:['’-][^\W\d_]+)+")
_LETTER = re.compile(LETTER)
_ALNUM = re.compile(r"[^\W_]")
_BULLET = re.compile(r"^(?:[*•·▪◦‣o+–—-]|\d{1,2}[.)])\s+")
_SENTENCE_MARKS = frozenset(".!?…。！？")
_PATH_SEPARATOR = re.compile(r"\s+[»›>/|·]\s+")
# Arrows between path parts: "Markets > Olive oil", "Columnists › Selin Akbaş".
PATH_ARROW = re.compile(r"\s[»›>]\s")
_SPACELESS_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


@dataclass(frozen=True)
class TitleChoice:
    """The title's block indexes (line 1 and its repeat may both be title lines)."""

    indexes: tuple[int, ...] = ()
    title: str | None = None
    site_name: str | None = None


def split_title(line: str) -> TitleSplit:
    """Split ``Title | Section | Site`` down to the title: the site split is
    repeated while it keeps cutting off a short part, so that the result never
    splits again (a cleaned file's line 1 must give the same title).  The site
    is the outermost part cut off.

    >>> split_title("Calendário 2018 de corridas | Autoracing | F1 | Indy")
    TitleSplit(title='Calendário 2018 de corridas', site_name='Indy')
    """
    first = current = split_site_title(line)
    for _ in range(SPLIT_MAX_ROUNDS_DEFAULT):
        again = split_site_title(current.title)
        if again.site_name is None:
            break
        current = again
    return TitleSplit(current.title, first.site_name)


def looks_like_name(text: str) -> bool:
    """A bare author name: two to five capitalised words, nothing else.

    >>> [looks_like_name(line) for line in ("Ngọc Hân", "Anna-Lena Vogt", "Giá cả thị trường")]
    [True, True, False]
    """
    words = text.split()
    if not NAME_MIN_WORDS_DEFAULT <= len(words) <= NAME_MAX_WORDS_DEFAULT:
        return False
    return all(word[0].isupper() and _NAME_WORD.fullmatch(word) for word in words)


def looks_like_names(text: str) -> bool:
    """Two or more bare names joined by dashes, as bylines print co-authors.

    >>> looks_like_names("Hoàng Minh Quân - Đỗ Lan Anh")
    True
    >>> looks_like_names("Metro Nhổn – Ga Hà Nội chạy thử")
    False
    """
    names = NAME_DASH.split(text)
    return len(names) >= 2 and all(looks_like_name(name) for name in names)


@lru_cache(maxsize=16384)
def is_header_line(text: str, language: str | None) -> bool:
    """A byline, date or bare name: the lines that sit between a title and its body."""
    return (
        match_byline(text, lang=language) is not None
        or is_desk_credit(text)
        or is_date_line(text)
        or is_relative_stamp(text)
        or (
            (looks_like_name(TRAILING_ROLE.sub("", text)) or looks_like_names(text))
            and match_boilerplate(text) is None  # "Julien Roche (à Perpignan)", not "Google News"
        )
        or dated_meta_line(text, language)
        or _is_source_credit(text, language)
    )


def _is_source_credit(text: str, language: str | None) -> bool:
    # "Źródło: Echo Podhala" beside the date: an aggregator's credit line.
    found = match_attribution(text, lang=language)
    return found is not None and found.form in ("cue", "originally-appeared")


def dated_meta_line(text: str, language: str | None) -> bool:
    """A short line with a whole date in it and more besides: the article's meta line.

    >>> dated_meta_line("26 ноября 2026, 14:05 Просмотров: 3 418 Комментарии: 9", "ru")
    True
    >>> dated_meta_line("Published: 24 November 2026 | Sector: Energy | Country: Kenya", "en")
    True
    """
    # Also "22. November 2026 von Felix Marquardt 7 Kommentare".
    if len(text.split()) <= META_LINE_MAX_WORDS_DEFAULT:
        return find_date(text, lang=language) is not None
    # A longer meta line is a row of fields, one of them the date: "Publicado: 24 de
    # noviembre de 2026, 09:00 | Sector: Agroindustria | País: Colombia".
    return " | " in text and any(is_date_line(part) for part in text.split(" | "))


def _title_sized(text: str, min_words: int = TITLE_MIN_WORDS_DEFAULT) -> bool:
    # Words with letters or figures: "┌ L'essentiel" (a box's corner and its label) is one.
    if sum(1 for word in text.split() if _ALNUM.search(word)) >= min_words:
        return True
    return len(_SPACELESS_SCRIPT.findall(text)) >= TITLE_MIN_CJK_CHARS_DEFAULT


def _usable_heading(text: str, decision: Decision) -> bool:
    return (
        not decision.rule.endswith((DUPLICATE_RULE, CONTENTS_RULE))  # a copy, an index entry
        and is_heading_like(text)
        and _title_sized(text)
        and not decision.rule.startswith("lexicon")
        and decision.kind not in _NOT_TITLE_KINDS
        and decision.first_label is not Label.BODY
        and not _AT_HANDLE.search(text)  # "News reporter @jdoe": an author box
        and not _is_alt_text(text)
    )


def _is_alt_text(text: str) -> bool:
    # "[A farmer picks artichokes near Tudela]": a picture's text, as dumps print it.
    stripped = text.strip()
    return stripped.startswith("[") and stripped.endswith("]")


def strip_bullet(text: str) -> str:
    """A heading without the list marker a layout-keeping dump puts before it.

    >>> strip_bullet("* Fact Check: Is It True?")
    'Fact Check: Is It True?'
    """
    return _BULLET.sub("", text, count=1)


def _headings_above_body(
    blocks: Sequence[Block], decisions: Sequence[Decision], body_start: int, language: str | None
) -> Iterator[int]:
    """The headings right above the body (or opening it), nearest first.

    Looks back past bylines, dates, captions, buttons, stray labels, lines
    without letters and one standfirst sentence; stops at other text.
    """
    standfirst_seen = False
    budget = TITLE_LOOKBACK_DEFAULT
    last = min(body_start + TITLE_INTO_BODY_DEFAULT, len(blocks)) - 1
    for index in range(last, max(-1, last - TITLE_LOOKBACK_MAX_LINES_DEFAULT), -1):
        text, decision = strip_bullet(blocks[index].text), decisions[index]
        if index >= body_start:
            # The first body line may be the heading the classifier took for text
            # (a caption that lost its final period is not one).
            if (
                index == body_start
                and _usable_heading(text, decision)
                and not is_photo_credit(text)
                and not is_header_line(text, language)
                and _more_body(decisions[index:])
            ):
                yield index
            continue
        if not _LETTER.search(text):
            continue
        # Share bars and known buttons are looked past without counting: a live
        # blog's toolbar ("Refresh", "Newest first") can be long.
        known = _known_furniture(decision)
        if not known:
            budget -= 1
            if budget < 0:
                return
        if (
            decision.kind is Kind.CAPTION
            or is_photo_credit(text)
            or names_photo_positions(text)
            or is_header_line(text, language)
            or _is_alt_text(text)  # a picture's text, over its caption
            # (A date may read as a numbered item: "12. November 2026".)
            or (text is not blocks[index].text and is_header_line(blocks[index].text, language))
        ):
            continue  # captions sit between the headline and the body
        if _broken_line(blocks, index):
            # A line of a paragraph broken over several lines (a standfirst with
            # line breaks): no heading, and walked past like the standfirst.
            standfirst_seen = True
            continue
        if (
            _usable_heading(text, decision)
            and _title_sized(text, TITLE_LOOKBACK_MIN_WORDS_DEFAULT)
            and not _is_breadcrumb(text)
        ):
            yield index
            continue
        if known or len(text.split()) <= STRAY_LABEL_MAX_WORDS_DEFAULT:
            continue  # share buttons and their run, a table of contents, section labels
        if not standfirst_seen and not is_heading_like(text):
            standfirst_seen = True
            continue
        return


def _broken_line(blocks: Sequence[Block], index: int) -> bool:
    """Whether the line starts or stops in the middle of a sentence: it opens in lower
    case, or the next line goes on with it (no blank line, lower case, several words)."""
    text = blocks[index].text
    if text[:1].islower() and len(text.split()) >= BROKEN_NEXT_MIN_WORDS_DEFAULT:
        return True  # (not "smithsonian.com", a label in lower case)
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        following is not None
        and not following.blank_before
        and following.text[:1].islower()
        and len(following.text.split()) >= BROKEN_NEXT_MIN_WORDS_DEFAULT
        and text.rstrip()[-1:] not in _SENTENCE_MARKS
        and match_byline(following.text) is None  # "von Lena Hartwig" under the headline
    )


def _known_furniture(decision: Decision) -> bool:
    # A known phrase, a share bar's run, a copy or an index entry: page furniture
    # the title search walks past.
    return (
        decision.rule.startswith("lexicon")
        or decision.kind is Kind.SHARE
        or decision.rule.endswith((DUPLICATE_RULE, CONTENTS_RULE))
    )


def _is_breadcrumb(text: str) -> bool:
    # "Site » News » Transport": three or more short parts between path separators;
    # two are enough between arrows ("Markets > Olive oil"), which no title uses.
    parts = _PATH_SEPARATOR.split(text)
    needed = 2 if PATH_ARROW.search(text) else BREADCRUMB_MIN_PARTS_DEFAULT
    return len(parts) >= needed and all(
        len(part.split()) <= STRAY_LABEL_MAX_WORDS_DEFAULT for part in parts
    )


def heading_above_body(
    blocks: Sequence[Block], decisions: Sequence[Decision], body_start: int, language: str | None
) -> int | None:
    """The heading above the body that best sums up the article's lead.

    The nearest heading wins unless one a little higher (past a dateline
    place, a kicker or a standfirst) shares clearly more of its words with
    the lead: a headline names what the first paragraphs tell.
    """
    candidates = list(
        islice(
            _headings_above_body(blocks, decisions, body_start, language),
            HEADLINE_CANDIDATES_DEFAULT,
        )
    )
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    # A heading right above (or opening) the body, with no byline or date line
    # under it ("Team A – Team B 4:1"), gives way to one a few lines higher that
    # has them under it: that is the article's headline, the other a subheading.
    nearest = candidates[0]
    if not _has_header_between(blocks, nearest, body_start, language):
        headed = [
            index
            for index in candidates[1:]
            if nearest - index <= SUBHEADING_REACH_DEFAULT
            and _has_header_between(
                blocks, index, min(nearest, index + 1 + HEADER_UNDER_HEADLINE_DEFAULT), language
            )
        ]
        candidates = headed or candidates
    # A line in capitals beside a headline in mixed case is a kicker or a label
    # ("INTERVIEW | JANE DOE, LUTHIER").
    mixed = [index for index in candidates if not _in_capitals(blocks[index].text)]
    candidates = mixed or candidates
    if len(candidates) == 1:
        return candidates[0]
    # The lead starts below every candidate (the nearest may open the body).
    lead = _lead_words(blocks, decisions, max(body_start, candidates[0] + 1), language)
    best, best_score = candidates[0], lead_match(blocks[candidates[0]].text, lead, language)
    for index in candidates[1:]:
        score = lead_match(blocks[index].text, lead, language)
        if score > best_score + LEAD_MATCH_MARGIN_DEFAULT:
            best, best_score = index, score
    # Headline and standfirst are two headings in a row, the headline the shorter
    # and on top; both sum up the lead.
    upper = best - 1
    if upper in candidates:
        upper_score = lead_match(blocks[upper].text, lead, language)
        if (
            not _PATH_SEPARATOR.search(blocks[upper].text)  # "Main dishes / Dumplings"
            and len(blocks[upper].text.split()) < len(blocks[best].text.split())
            and len(blocks[best].text.split()) >= STANDFIRST_MIN_WORDS_DEFAULT
            and upper_score >= STANDFIRST_SHARE_DEFAULT * best_score
            and upper_score > 0
        ):
            return upper
    return best


def _in_capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and not any(char.islower() for char in letters)


def _content_words(text: str, language: str | None) -> set[str]:
    # The words of a line that carry its topic: not stopwords, not numbers.  In
    # scripts written without spaces, pairs of characters stand in for words.
    key = repeat_key(text)
    if _SPACELESS_SCRIPT.search(key):
        chars = key.replace(" ", "")
        return {chars[i : i + 2] for i in range(len(chars) - 1)}
    common = stopwords(language) if language else frozenset()
    # The first letters stand in for the stem, so that inflected forms meet
    # ("Grunwaldzkiej", "Grunwaldzką"; "exportaciones", "exportación").
    return {
        word[:STEM_CHARS_DEFAULT]
        for word in key.split()
        if word not in common and not word.isdigit()
    }


def _lead_words(
    blocks: Sequence[Block], decisions: Sequence[Decision], body_start: int, language: str | None
) -> set[str]:
    lead: list[str] = []
    for index in range(body_start, len(blocks)):
        text = blocks[index].text
        if (
            decisions[index].label is Label.BODY
            and not is_photo_credit(text)
            and not is_header_line(text, language)  # the author is no topic
        ):
            lead.append(text)
            if len(lead) == LEAD_BLOCKS_DEFAULT:
                break
    return _content_words(" ".join(lead), language)


def lead_match(text: str, lead: set[str], language: str | None) -> float:
    """How well ``text`` sums up a lead (its content words): the share of the
    line's content words found in the lead, scaled down for lines shorter than
    ``FULL_TITLE_WORDS_DEFAULT`` words (a dateline place, a section label).

    >>> lead = _content_words("The river rose overnight and the old bridge was closed.", "en")
    >>> lead_match("River rises, old bridge closed", lead, "en")  # all but "rises"
    0.8
    >>> lead_match("Weather news", lead, "en")
    0.0
    """
    words = _content_words(text, language)
    if not words:
        return 0.0
    share = len(words & lead) / len(words)
    if _SPACELESS_SCRIPT.search(text):
        return share
    return share * min(1.0, len(text.split()) / FULL_TITLE_WORDS_DEFAULT)


def find_title(
    blocks: Sequence[Block], decisions: Sequence[Decision], body_start: int, language: str | None
) -> TitleChoice:
    """The title: line 1 repeated as a heading; else line 1 when it is a
    ``Site – Title`` line or a heading with no menu between it and the body;
    else the heading above the body.  Every title goes through the site split,
    so a cleaned file (whose line 1 is the title) gives the same title again.
    A mail's subject loses its "Fwd:" prefixes.
    """
    choice = _find_title(blocks, decisions, body_start, language)
    if choice.title is None:
        return choice
    return TitleChoice(choice.indexes, strip_reply_prefix(choice.title), choice.site_name)


def page_title_line(text: str, *, printed: bool) -> str:
    """Line 1 read as the page title: a mail subject without its "Fwd:" prefixes, and
    a ``printed`` page's running head without the print date beside the title.

    >>> page_title_line("Fwd: Bridge reopens", printed=False)
    'Bridge reopens'
    >>> page_title_line("11/27/26, 8:03 AM Bridge reopens | The Courier", printed=True)
    'Bridge reopens | The Courier'
    """
    text = strip_reply_prefix(text)
    return (head_title(text) or text) if printed else text


def _find_title(
    blocks: Sequence[Block], decisions: Sequence[Decision], body_start: int, language: str | None
) -> TitleChoice:
    if not blocks:
        return TitleChoice()
    margin = decisions[0].rule.startswith(MARGIN_RULE)
    first = page_title_line(blocks[0].text, printed=margin)
    split = split_title(first)
    first_key, title_key = repeat_key(first), repeat_key(split.title)
    # Line 1 can be the title only if it reads like one: a menu item, a list
    # entry or a one-word label ("* Home", "Accessibility links") cannot.
    # A heading-like line 1 that the classifier took for body only by context
    # (it was not prose on its own) is still the title: cleaned files start so.
    first_usable = (
        decisions[0].first_label is not Label.BODY
        and (
            decisions[0].label is not Label.BODY
            or (is_heading_like(first) and _more_body(decisions))
        )
        and (margin or not decisions[0].rule.startswith("lexicon"))
        and not _BULLET.match(first)
        and (
            body_start == 1
            or (
                is_heading_like(first)
                and _title_sized(first, 1 if split.site_name else TITLE_LOOKBACK_MIN_WORDS_DEFAULT)
            )
        )
    )
    site_key = repeat_key(split.site_name) if split.site_name else None
    search_end = min(body_start + TITLE_INTO_BODY_DEFAULT, len(blocks), HEADER_WINDOW_DEFAULT)
    for index in range(1, search_end if first_usable else 1):
        if decisions[index].first_label is Label.BODY:
            break  # long prose is never the heading
        text = blocks[index].text
        key = repeat_key(text)
        # The cheap prefix test first: most lines are no part of line 1.
        shortened = (
            first_key.startswith(key)
            and len(key.split()) >= TITLE_PREFIX_MIN_WORDS_DEFAULT
            # the masthead: line 1's site part printed again, maybe with a label
            # ("GŁOS DOLINY WISŁOKA | e-wydanie")
            and not (site_key and key.startswith(site_key))
        )
        if (
            key
            and (key in (first_key, title_key) or shortened)
            and is_heading_like(text)
            and not _is_alt_text(text)
        ):
            # The headline printed in the page is the title as it stands: a dash
            # in it ("Metro Nhổn – Ga Hà Nội chạy thử") joins two place names.
            title = strip_bullet(text).strip()
            if split.site_name is None and len(title.split()) < TAGLINE_HEADING_MIN_WORDS_DEFAULT:
                # A short line 1 that names no site beside it, printed again as the
                # masthead ("Tin Mới 24h"), is the site's name itself when a full
                # headline stands right above the body.
                near = heading_above_body(blocks, decisions, body_start, language)
                if near is not None and near > index and _is_full_headline(blocks[near].text):
                    return TitleChoice((near,), strip_bullet(blocks[near].text).strip(), None)
            return TitleChoice((0, index), title, None if key == first_key else split.site_name)
    # The main-run step found the headline (line 1 repeated, or a heading that
    # occurs twice with a byline or date under it): it is the title.
    near = _marked_headline(blocks, decisions, body_start)
    if near is None:
        titled = _titled_heading(blocks, decisions, body_start)
        if titled is not None and _overlap(blocks[titled].text, first) < TITLE_OVERLAP_DEFAULT:
            # The page's own "Title | Site" line below some other line 1 (an
            # archive's toolbar, a mail client's header), its title printed again.
            # Its outer part may be a section or a place, not the site: no site name.
            return TitleChoice((titled,), strip_bullet(blocks[titled].text).strip(), None)
        near = heading_above_body(blocks, decisions, body_start, language)
        if (
            near is not None
            and near > 0
            and _overlap(blocks[near].text, first) < TITLE_OVERLAP_DEFAULT
        ):
            # A standfirst under the headline may read as the nearer heading: the
            # line right above it that line 1 (the page title) repeats is the headline.
            near = _page_titled_above(blocks, decisions, near, first) or near
    if near is not None and near > 0:
        # Only line 1 (the browser's title) names the site: a headline printed in
        # the page keeps its dash ("Metro Nhổn – Ga Hà Nội chạy thử toàn tuyến").
        heading = TitleSplit(strip_bullet(blocks[near].text).strip(), None)
        if _overlap(heading.title, first) >= TITLE_OVERLAP_DEFAULT:
            # One title written twice; the shorter carries less decoration, unless
            # it is the longer one cut short (browser titles are truncated).
            chosen = min(heading.title, split.title, key=lambda text: len(text.split()))
            printed, browser = repeat_key(heading.title), repeat_key(split.title)
            if browser in printed or printed not in browser:
                # The browser's title cut short, or rewritten for search engines:
                # the headline printed on the page is the title.
                chosen = heading.title
            return TitleChoice((0, near), chosen, split.site_name)
        # Line 1 that shares nothing with a full heading set off by a byline or
        # date right above the body, and does not occur again above it (a site
        # name may again in the footer), is a site tagline.
        tagline = (
            all(repeat_key(blocks[index].text) != first_key for index in range(1, near))
            and len(heading.title.split()) >= TAGLINE_HEADING_MIN_WORDS_DEFAULT
            and _has_header_between(blocks, near, body_start, language)
        )
        if (
            not first_usable
            or tagline
            or _sums_up_better(blocks, decisions, near, split.title, body_start, language)
        ):
            return TitleChoice((near,), heading.title, heading.site_name)
    if first_usable:
        return TitleChoice((0,), split.title, split.site_name)
    return TitleChoice()


def _is_full_headline(text: str) -> bool:
    return len(text.split()) >= TAGLINE_HEADING_MIN_WORDS_DEFAULT or _title_sized(
        text, TAGLINE_HEADING_MIN_WORDS_DEFAULT
    )


def _sums_up_better(
    blocks: Sequence[Block],
    decisions: Sequence[Decision],
    near: int,
    first_title: str,
    body_start: int,
    language: str | None,
) -> bool:
    # A line 1 that names the site or the section ("Les Carnets de Léa", a
    # cookie notice's heading) shares no words with the article's lead; the
    # headline above the body does.
    if near >= body_start and blocks[near].text.rstrip()[-1:] in _SENTENCE_MARKS:
        return False  # a line opening the body that ends like a sentence may be the lead
    lead = _lead_words(blocks, decisions, max(body_start, near + 1), language)
    heading_score = lead_match(blocks[near].text, lead, language)
    return heading_score > lead_match(first_title, lead, language) + LEAD_MATCH_MARGIN_DEFAULT


def _marked_headline(
    blocks: Sequence[Block], decisions: Sequence[Decision], body_start: int
) -> int | None:
    # The headline the main-run step marked, or the last copy of it when the
    # dump repeats it on the next lines (the copy may have been taken for body).
    suffix = f"; {HEADLINE_RULE}"
    for found in range(1, body_start):
        if decisions[found].rule.endswith(suffix):
            break
    else:
        return None
    key = repeat_key(blocks[found].text)
    while found + 1 < len(blocks) and repeat_key(blocks[found + 1].text) == key:
        found += 1
    return found


def _page_titled_above(
    blocks: Sequence[Block], decisions: Sequence[Decision], near: int, first: str
) -> int | None:
    """The heading among the few lines above ``near`` that line 1 repeats, or None."""
    for index in range(near - 1, max(0, near - STANDFIRST_REACH_DEFAULT - 1), -1):
        text = blocks[index].text
        if (
            _overlap(text, first) >= TITLE_OVERLAP_DEFAULT
            and _usable_heading(text, decisions[index])
            # a headline, not a section label that line 1 also names ("Opening Bell")
            and _title_sized(text, TITLE_PREFIX_MIN_WORDS_DEFAULT)
        ):
            return index
    return None


def _titled_heading(
    blocks: Sequence[Block], decisions: Sequence[Decision], body_start: int
) -> int | None:
    """The heading above the body that prints the title of an earlier "Title | Site"
    line (the last such heading), or None.

    >>> from artclean.segment import segment
    >>> from artclean.model import Decision, Label
    >>> blocks = segment("Archive\\nRiver bridge reopens after repairs | The Courier\\nNews\\n"
    ...                  "River bridge reopens after repairs\\nThe bridge reopened on Monday.")
    >>> _titled_heading(blocks, [Decision(Label.SHORT, "short")] * 5, 4)
    3
    """
    titles: set[str] = set()
    found = None
    for index in range(1, min(body_start, HEADER_WINDOW_DEFAULT)):
        text = blocks[index].text
        key = repeat_key(text)
        if key in titles and is_heading_like(text) and not _BULLET.match(text):
            found = index
        if decisions[index].first_label is Label.BODY:
            continue
        split = split_title(text)
        words = len(split.title.split())
        if split.site_name is not None and words >= TITLE_PREFIX_MIN_WORDS_DEFAULT:
            titles.add(repeat_key(split.title))
    return found


def _more_body(decisions: Sequence[Decision]) -> bool:
    """Whether some block after line 1 is body: the title never takes the whole article."""
    return any(decision.label is Label.BODY for decision in decisions[1:])


def _overlap(heading: str, line: str) -> float:
    words = repeat_key(heading).split()
    if not words:
        return 0.0
    line_words = set(repeat_key(line).split())
    return sum(1 for word in words if word in line_words) / len(words)


def _has_header_between(
    blocks: Sequence[Block], start: int, end: int, language: str | None
) -> bool:
    return any(is_header_line(blocks[index].text, language) for index in range(start + 1, end))
