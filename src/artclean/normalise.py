"""Small pure ``str -> str`` fixes applied to decoded text before segmentation.

Each fix is its own function so it can be tested and explained alone;
:func:`normalise` applies them in a fixed order.
"""

from __future__ import annotations

import html
import re
import unicodedata

# Spaces that render like a space but defeat word splitting and comparison.
_ODD_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\t\f\v"
)
# Invisible characters that carry no meaning in article text.  ZWJ/ZWNJ are
# kept on purpose: Persian, Indic scripts and emoji sequences need them.
_INVISIBLE = "\u200b\u2060\ufeff\u00ad\u180e"
# C0 and C1 control characters other than the line feed.
_CONTROLS = "".join(
    chr(c) for c in [*range(0x00, 0x0A), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0)]
)

_SPACE_TABLE = str.maketrans(
    {**dict.fromkeys(_ODD_SPACES, " "), **dict.fromkeys(_INVISIBLE + _CONTROLS.replace("\t", ""))}
)
# The same table as two character classes: most texts hold none of these
# characters, and a regex scan finds that out far faster than ``str.translate``
# (which looks every character up in the table).
_TO_SPACE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, to in _SPACE_TABLE.items() if to == " ") + "]"
)
_TO_DELETE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, to in _SPACE_TABLE.items() if to is None) + "]"
)
# Either class: most texts hold none, and one scan tells.
_TO_SPACE_OR_DELETE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in sorted(_SPACE_TABLE)) + "]"
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A terminal browser's list of link addresses: "References", then "1. http...".
_LINK_LIST = re.compile(r"^\s*References\s*\n(?:\s*\n)*\s*1\. (?:https?|ftp|file|mailto):", re.M)
_LINK_NUMBER = re.compile(r"\[\d{1,4}\]")
# A Markdown link (not a picture, "![alt](...)"): its text, then its address in brackets.
_MARKDOWN_LINK = re.compile(
    r"(?<!!)\[(?P<text>[^\[\]\n]{1,300})\]\((?:https?://|/|#|mailto:)[^()\s]*\)"
)
_MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6} (?=\S)", re.M)
MARKDOWN_MIN_LINKS = 3
"""Links in Markdown's form that make a text Markdown (one may be quoted in any text)."""
MARKDOWN_SCAN_CHARS = 200_000
"""Where the links are counted: a Markdown page shows them in its menus at the top."""
# Two or more spaces after a non-space.  Written to start with the two spaces,
# so the regex engine looks for them with a fast substring search.
_INNER_SPACES = re.compile(r"  (?<=\S  ) *")


def unify_newlines(text: str) -> str:
    r"""CRLF and lone CR become LF; Unicode line and paragraph separators too.

    >>> unify_newlines("a\r\nb\rc\u2029d")
    'a\nb\nc\nd'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():  # a flag lookup: most texts need no scan for the separators
        return text
    return text.replace("\u2028", "\n").replace("\u2029", "\n")


def unescape_entities(text: str) -> str:
    """Unescape HTML entities left over from scraping; a bare ``&`` stays.

    >>> unescape_entities("Tom &amp; Jerry&nbsp;&#8217;s &copy; R&D")
    'Tom & Jerry\\xa0’s © R&D'
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda match: html.unescape(match.group(0)), text)


def clean_spaces(text: str) -> str:
    """Odd spaces become a space, invisible and control characters go, runs of
    spaces inside a line collapse, trailing spaces go.  Leading indentation is
    kept: the segmenter reads it as a layout signal.

    >>> clean_spaces("a\\u00a0 b\\u200bc  \\n  d\\u00ad e  ")
    'a bc\\n  d e'
    """
    if _TO_SPACE_OR_DELETE.search(text):
        text = _TO_DELETE.sub("", _TO_SPACE.sub(" ", text))
    if "  " in text:
        text = _INNER_SPACES.sub(" ", text)
    if " \n" in text or text.endswith(" "):
        # Split at the line ends that have spaces before them, and strip the rest of
        # each run: a regex for spaces before a line end backtracks through every run
        # of spaces that is not one, which is quadratic in its length.
        text = "\n".join(piece.rstrip(" ") for piece in text.split(" \n"))
    return text


def drop_link_numbers(text: str) -> str:
    """A terminal browser's dump (``lynx -dump``) numbers every link ("[7]Anna Berg")
    and lists the addresses under "References" at the end: the numbers go.

    Only a text with such a list loses them; "[3]" in other texts may be a footnote.

    >>> drop_link_numbers("By [7]Anna Berg\\nReferences\\n 1. https://a.b/\\n 2. https://a.b/c\\n")
    'By Anna Berg\\nReferences\\n 1. https://a.b/\\n 2. https://a.b/c\\n'
    """
    if "[" not in text or _LINK_LIST.search(text) is None:
        return text
    return _LINK_NUMBER.sub("", text)


def strip_markdown(text: str) -> str:
    """A page saved as Markdown (by a reader service or a converter) keeps the words of
    its links and headings, not their markup: "[Anna Berg](https://...)" becomes "Anna
    Berg", "## What next" becomes "What next".  Pictures keep their markup (and their
    address), so they read as the pictures they are.  Only a text with several links in
    Markdown's form is touched.

    >>> strip_markdown("# Title\\n[Home](https://a.b/)\\nBy [Ann](https://a.b/ann) and [Bo](http://c.d)\\n")
    'Title\\nHome\\nBy Ann and Bo\\n'
    """
    if (
        "](" not in text
        or len(_MARKDOWN_LINK.findall(text, 0, MARKDOWN_SCAN_CHARS)) < MARKDOWN_MIN_LINKS
    ):
        return text
    text = _MARKDOWN_LINK.sub(r"\g<text>", text)
    return _MARKDOWN_HEADING.sub("", text)


def normalise(text: str) -> str:
    """Apply every fix: newlines, entities, NFC, spaces, terminal-browser link numbers.

    >>> normalise("Ca\\u0301 phe\\u0302&nbsp;s\\u1eefa\\r\\n")
    'Cá phê sữa\\n'
    """
    text = unify_newlines(text)
    text = drop_link_numbers(text)
    text = strip_markdown(text)
    text = unescape_entities(text)
    if not text.isascii():  # ASCII is in NFC already
        text = unicodedata.normalize("NFC", text)
    return clean_spaces(text)
