"""Lay out ``artclean explain`` lines from an article's JSON record (pure; no I/O)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

LABEL_STYLES = {
    "title": "bold magenta",
    "body": "green",
    "source": "bold cyan",
    "byline": "cyan",
    "date": "cyan",
}
"""Rich styles per label; boilerplate kinds are dimmed."""

LABEL_WIDTH = 10
TEXT_WIDTH = 80


def _escape(text: str) -> str:
    return text.replace("[", "\\[")


def explain_lines(record: dict[str, Any], *, styled: bool) -> Iterator[str]:
    """One line per input line: number, label, text (shortened), reason.

    >>> list(explain_lines({"lines": [{"line": 3, "label": "body", "text": "Hello", "rule": "long-prose"}]}, styled=False))
    ['   3 body       Hello  ← long-prose']
    """
    for line in record.get("lines", []):
        label = line["label"]
        text = line["text"] if len(line["text"]) <= TEXT_WIDTH else line["text"][: TEXT_WIDTH - 1] + "…"
        plain = f"{line['line']:>4} {label:<{LABEL_WIDTH}} {text}  ← {line['rule']}"
        if not styled:
            yield plain.replace("[", "\\[")
            continue
        style = LABEL_STYLES.get(label, "dim")
        yield (f"[dim]{line['line']:>4}[/dim] [{style}]{label:<{LABEL_WIDTH}}[/{style}] "
               f"[{style}]{_escape(text)}[/{style}]  [dim]← {_escape(line['rule'])}[/dim]")
