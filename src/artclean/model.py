"""The values that flow through the pipeline: all immutable.

Each stage takes values and returns new ones; nothing is mutated in place.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Label(enum.Enum):
    """What a line of the input is, once classified.

    ``SHORT`` and ``NEAR_BODY`` are provisional: the revise pass in
    :mod:`artclean.classify` settles them from their neighbours.
    """

    BODY = "body"
    TITLE = "title"
    BYLINE = "byline"
    DATE = "date"
    ATTRIBUTION = "source"
    BOILERPLATE = "boilerplate"
    SHORT = "short"
    NEAR_BODY = "near_body"


class Kind(enum.Enum):
    """Why a boilerplate line was removed."""

    NAVIGATION = "navigation"
    PROMOTION = "promotion"
    COMMENTS = "comments"
    SHARE = "share"
    RELATED = "related"
    CAPTION = "caption"
    LEGAL = "legal"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with how it was decoded.

    ``encoding`` is a Python codec name (``utf-8``, ``cp1252``), one of
    artclean's own (``viscii``, ``tcvn3``, ``vni``), or for a file mixing UTF-8
    lines with legacy ones, both joined by ``+`` (``utf-8+cp1252``).
    """

    text: str
    encoding: str
    confidence: float = 1.0
    had_bom: bool = False
    newline: str = "\n"
    mojibake_repaired: bool = False
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """One non-blank line of the normalised input.

    ``line`` is the 1-based line number in the input; ``blank_before`` tells
    whether a blank line (a paragraph break) precedes it.
    """

    index: int
    line: int
    text: str
    blank_before: bool = True
    indent: int = 0


@dataclass(frozen=True, slots=True)
class Decision:
    """The label given to one block, and why.

    ``rule`` names the rule that decided; ``first_label`` is the label of the
    context-free first pass, before the revise pass changed it.
    """

    label: Label
    rule: str
    kind: Kind | None = None
    first_label: Label | None = None
    signals: tuple[tuple[str, float], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by ``--explain``."""
        return {
            "label": self.kind.value if self.kind else self.label.value,
            "rule": self.rule,
            "first_label": self.first_label.value if self.first_label else None,
            "signals": dict(self.signals),
        }


@dataclass(frozen=True, slots=True)
class BoilerplateItem:
    """A removed line: its text, why it was removed, and where it was."""

    text: str
    kind: Kind
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind.value, "line": self.line}


@dataclass(frozen=True, slots=True)
class LineReport:
    """One input line with its final label, for ``artclean explain``."""

    line: int
    text: str
    label: str
    rule: str
    first_label: str | None = None
    signals: tuple[tuple[str, float], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "text": self.text,
            "label": self.label,
            "rule": self.rule,
            "first_label": self.first_label,
            "signals": dict(self.signals),
        }


@dataclass(frozen=True, slots=True)
class Article:
    """The separation of one article file.  ``to_dict`` is the stable JSON schema."""

    title: str | None = None
    site_name: str | None = None
    byline: str | None = None
    date: str | None = None
    source: str | None = None
    source_line: str | None = None
    paragraphs: tuple[str, ...] = ()
    boilerplate: tuple[BoilerplateItem, ...] = ()
    language: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    lines: tuple[LineReport, ...] = field(default=(), compare=False, repr=False)

    @property
    def body(self) -> str:
        """The body paragraphs joined by a blank line."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        """The JSON form, field by field as documented in the README."""
        data: dict[str, Any] = {
            "title": self.title,
            "site_name": self.site_name,
            "byline": self.byline,
            "date": self.date,
            "source": self.source,
            "source_line": self.source_line,
            "language": self.language,
            "encoding": self.encoding,
            "paragraphs": list(self.paragraphs),
            "body": self.body,
            "boilerplate": [item.to_dict() for item in self.boilerplate],
            "warnings": list(self.warnings),
        }
        if explain:
            data["lines"] = [report.to_dict() for report in self.lines]
        return data
