"""Build the :class:`Article` from blocks, decisions and the metadata fields."""

from __future__ import annotations

from collections.abc import Sequence

from .metadata import Metadata
from .model import Article, Block, BoilerplateItem, Kind, Label, LineReport


def assemble(
    blocks: Sequence[Block],
    metadata: Metadata,
    *,
    language: str | None,
    encoding: str | None,
    warnings: tuple[str, ...] = (),
) -> Article:
    """Collect body paragraphs in order, boilerplate with kinds, and a per-line report."""
    paragraphs: list[str] = []
    boilerplate: list[BoilerplateItem] = []
    reports: list[LineReport] = []
    texts = metadata.texts
    for index, (block, decision) in enumerate(zip(blocks, metadata.decisions, strict=False)):
        label = decision.label
        if label is Label.BODY:
            text = texts.get(index, block.text) if texts else block.text
            if text:
                paragraphs.append(text)
        elif label is Label.BOILERPLATE:
            boilerplate.append(BoilerplateItem(block.text, decision.kind or Kind.OTHER, block.line))
        # A removed line is reported by why it was removed.  (``_value_`` is the
        # member's value as a plain attribute: ``.value`` and hashing an enum
        # member run Python code, and this runs once per line.)
        removed = label is Label.BOILERPLATE
        name: str = (decision.kind or Kind.OTHER)._value_ if removed else label._value_
        first_label = decision.first_label
        reports.append(
            LineReport(
                block.line,
                block.text,
                name,
                decision.rule,
                first_label._value_ if first_label else None,
                decision.signals,
            )
        )
    return Article(
        title=metadata.title,
        site_name=metadata.site_name,
        byline=metadata.byline,
        date=metadata.date,
        source=metadata.source,
        source_line=metadata.source_line,
        paragraphs=tuple(paragraphs),
        boilerplate=tuple(boilerplate),
        language=language,
        encoding=encoding,
        warnings=warnings,
        lines=tuple(reports),
    )
