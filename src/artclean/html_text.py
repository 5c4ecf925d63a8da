"""Read an HTML page given in place of a text dump as the text a browser shows.

artclean works on text, but a saved ``.html`` file is what many people have
at hand.  Such a file is recognised from its start (a doctype or an ``<html>``
tag) and turned into the same whole-page dump artclean is made for: the
page's title on line 1 (as a browser's "select all" under its tab), then one
line per block element (paragraph, heading, list item, table row, ...),
without scripts, styles and other markup that a browser does not show.  The
standard library's tolerant parser does the reading; no HTML is rendered.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

HTML_SNIFF_CHARS = 1024
"""How much of the start is looked at for a doctype or an ``<html>`` tag."""

# What a browser shows on a line of its own.
_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details"}
    | {"dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "nav"}
    | {"ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul"}
)
# What a browser does not show at all.
_HIDDEN_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "select"}
    | {"head"}
)
# Block elements set off by a blank line, as a paragraph is (the others by a line break).
_PARAGRAPH_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "figure", "dl"}
)
_CELL_TAGS = frozenset({"td", "th"})
_START = re.compile(
    r"\A(?:\ufeff)?\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html)\b",
    re.I | re.S,
)
_SPACES = re.compile(r"[ \t\r\f\v]+")
# Breaks are marks while the page is read, and become line ends once it is all read.
_LINE_BREAK, _PARAGRAPH_BREAK = "\x00", "\x01"
_NO_MARKS = str.maketrans("", "", _LINE_BREAK + _PARAGRAPH_BREAK)
_BREAKS = re.compile(r"[\x00\x01][\x00\x01 ]*")
_BLANK_RUNS = re.compile(r"\n{3,}")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page: it opens with a doctype or an ``<html>`` tag.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("The <p> tag starts a paragraph.")
    False
    """
    return _START.match(text[:HTML_SNIFF_CHARS]) is not None


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.parts: list[str] = []
        self.hidden = 0  # depth inside elements a browser does not show
        self.in_title = False
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARAGRAPH_BREAK if tag in _PARAGRAPH_TAGS else _LINE_BREAK)
            if tag == "li":
                self.parts.append("* ")
            elif tag == "pre":
                self.pre += 1
        elif tag in _CELL_TAGS:
            self.parts.append("   ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # A void element written "<br/>": no content, so no end tag to wait for.
        if tag in _BLOCK_TAGS:
            self.parts.append(_LINE_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARAGRAPH_BREAK if tag in _PARAGRAPH_TAGS else _LINE_BREAK)
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            data = data.translate(_NO_MARKS)
            self.parts.append(data if self.pre else _SPACES.sub(" ", data.replace("\n", " ")))


def _break(run: re.Match[str]) -> str:
    return "\n\n" if _PARAGRAPH_BREAK in run.group() else "\n"


def html_to_text(html: str) -> str:
    """The text a browser shows for ``html``: its title on line 1, then a line per block.

    >>> print(html_to_text(
    ...     "<html><head><title>Bridge opens | Herald</title><style>p{}</style></head>"
    ...     "<body><nav><a href='/'>Home</a></nav><h1>Bridge opens</h1>"
    ...     "<p>The bridge opened <b>on Monday</b>.</p><ul><li>Fares</li></ul></body></html>"
    ... ), end="")
    Bridge opens | Herald
    <BLANKLINE>
    Home
    <BLANKLINE>
    Bridge opens
    <BLANKLINE>
    The bridge opened on Monday.
    <BLANKLINE>
    * Fares
    """
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    # Breaks in a row (an element's end, the next one's start) are one break, a
    # paragraph break if any of them is; a line of a list mark alone (an item
    # holding only an icon) is none.
    joined = _BREAKS.sub(_break, "".join(collector.parts))
    lines = (line.strip() for line in joined.split("\n"))
    body = "\n".join("" if line == "*" else line for line in lines)
    body = _BLANK_RUNS.sub("\n\n", body).strip("\n")
    title = " ".join("".join(collector.title).split())
    return (f"{title}\n\n{body}" if title else body) + "\n"
