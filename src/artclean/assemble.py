"""Build the :class:`Article` from blocks, decisions and the metadata fields."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, repeat
from operator import is_

from .columns import frozen_instances
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
    # Column by column, then the objects in one go: building objects and reading attributes
    # line by line was most of the cost.  (Comprehensions read slots faster than
    # ``attrgetter``.)  Columns are as long as the shorter input, as ``zip`` would make them.
    count = min(len(blocks), len(metadata.decisions))
    blocks, decisions = blocks[:count], metadata.decisions[:count]
    lines = [block.line for block in blocks]
    block_texts = [block.text for block in blocks]
    labels = [decision.label for decision in decisions]
    removed = [label is Label.BOILERPLATE for label in labels]
    kinds = [decision.kind or Kind.OTHER for decision in compress(decisions, removed)]
    # A removed line is reported by why it was removed.  (``_value_`` is the member's value
    # as a plain attribute: ``.value`` and hashing an enum member run Python code.)
    names: list[str] = [
        (decision.kind or Kind.OTHER)._value_ if label is Label.BOILERPLATE else label._value_
        for decision, label in zip(decisions, labels, strict=True)
    ]
    first_labels = [
        first._value_ if (first := decision.first_label) else None for decision in decisions
    ]
    reports = frozen_instances(
        LineReport,
        lines,
        block_texts,
        names,
        [decision.rule for decision in decisions],
        first_labels,
        [decision.signals for decision in decisions],
    )
    boilerplate = frozen_instances(
        BoilerplateItem, list(compress(block_texts, removed)), kinds, list(compress(lines, removed))
    )
    texts = metadata.texts
    body = compress(range(count), map(is_, labels, repeat(Label.BODY)))
    paragraphs = [text for index in body if (text := texts.get(index, block_texts[index]))]
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
