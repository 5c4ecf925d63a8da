"""Build the :class:`Article` from blocks, decisions and the metadata fields."""

from __future__ import annotations

from collections.abc import Sequence

from .metadata import Metadata
from .model import Article, Block, BoilerplateItem, Kind, Label, LineReport

# Enum ``.value`` is a Python-level property lookup; this runs once per line.
_LABEL_NAMES = {label: label.value for label in Label}
_KIND_NAMES = {kind: kind.value for kind in Kind}


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
        # A removed line is reported by why it was removed.
        removed = label is Label.BOILERPLATE
        name = _KIND_NAMES[decision.kind or Kind.OTHER] if removed else _LABEL_NAMES[label]
        first_label = decision.first_label
        reports.append(
            LineReport(
                block.line,
                block.text,
                name,
                decision.rule,
                _LABEL_NAMES[first_label] if first_label else None,
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
