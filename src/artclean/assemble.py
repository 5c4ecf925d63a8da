"""Build the :class:`Article` from blocks, decisions and the metadata fields."""

from __future__ import annotations

from collections.abc import Sequence

from .metadata import Metadata
from .model import Article, Block, BoilerplateItem, Decision, Kind, Label, LineReport


def _line_label(decision: Decision) -> str:
    label: str = (decision.kind or Kind.OTHER).value if decision.label is Label.BOILERPLATE else decision.label.value
    return label


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
    for index, (block, decision) in enumerate(zip(blocks, metadata.decisions)):
        text = metadata.texts.get(index, block.text)
        if decision.label is Label.BODY and text:
            paragraphs.append(text)
        elif decision.label is Label.BOILERPLATE:
            boilerplate.append(BoilerplateItem(block.text, decision.kind or Kind.OTHER, block.line))
        reports.append(
            LineReport(
                line=block.line,
                text=block.text,
                label=_line_label(decision),
                rule=decision.rule,
                first_label=decision.first_label.value if decision.first_label else None,
                signals=decision.signals,
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
