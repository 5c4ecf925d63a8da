"""Lay out ``artclean explain`` rows from an article's JSON record (pure; no I/O).

The CLI prints :func:`format_row` as plain text, or colours the same parts
with :data:`LABEL_STYLES` on a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LABEL_STYLES = {
    "title": "bold magenta",
    "body": "green",
    "source": "bold cyan",
    "byline": "cyan",
    "date": "cyan",
}
"""Rich styles per label; boilerplate kinds get :data:`BOILERPLATE_STYLE`."""

BOILERPLATE_STYLE = "dim"

LABEL_WIDTH = 10
"""Column width of the label: the longest, "navigation", fits."""

TEXT_WIDTH = 80
"""Longer lines are shortened with an ellipsis so each row stays one line."""

REASON_MARK = "  ← "


@dataclass(frozen=True)
class ExplainRow:
    """One input line: its number, label, (shortened) text and the rule that decided."""

    line: int
    label: str
    text: str
    reason: str

    @property
    def style(self) -> str:
        """The Rich style of the label and text."""
        return LABEL_STYLES.get(self.label, BOILERPLATE_STYLE)


def _shorten(text: str) -> str:
    return text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…"


def explain_rows(record: dict[str, Any]) -> list[ExplainRow]:
    """The rows of a record made with ``explain=True``, in input order.

    >>> explain_rows({"lines": [{"line": 3, "label": "body", "text": "Hi", "rule": "long-prose"}]})
    [ExplainRow(line=3, label='body', text='Hi', reason='long-prose')]
    """
    return [
        ExplainRow(
            int(line["line"]), str(line["label"]), _shorten(str(line["text"])), str(line["rule"])
        )
        for line in record.get("lines", [])
    ]


def row_parts(row: ExplainRow) -> tuple[str, str, str, str]:
    """The columns of a row: number, padded label, text, reason (with its arrow)."""
    return f"{row.line:>4} ", f"{row.label:<{LABEL_WIDTH}} ", row.text, f"{REASON_MARK}{row.reason}"


def format_row(row: ExplainRow) -> str:
    """The plain-text line for a row.

    >>> format_row(ExplainRow(3, "body", "Hello", "long-prose"))
    '   3 body       Hello  ← long-prose'
    >>> format_row(ExplainRow(12, "navigation", "[Home]", "lexicon-line: home"))
    '  12 navigation [Home]  ← lexicon-line: home'
    """
    return "".join(row_parts(row))
