"""Turn an :class:`Article` into output: text, JSON, JSON Lines, Markdown or a diff."""

from __future__ import annotations

import difflib
import json
from typing import Any

from unidecode import unidecode

from .model import Article

FORMATS = ("text", "json", "jsonl", "markdown")
EXTENSIONS = {"text": "txt", "json": "json", "jsonl": "jsonl", "markdown": "md"}


def _transliterate(value: Any) -> Any:
    if isinstance(value, str):
        return unidecode(value)
    if isinstance(value, list):
        return [_transliterate(item) for item in value]
    if isinstance(value, dict):
        return {key: _transliterate(item) for key, item in value.items()}
    return value


def _separate_source_line(article: Article) -> str | None:
    """The source line to print after the body; None when there is none or it is
    already in the body, as a wire dateline (``WASHINGTON (Reuters) -``) is.

    >>> dateline = Article(paragraphs=("PARIS (AFP) - Hier.",), source_line="PARIS (AFP) -")
    >>> _separate_source_line(dateline) is None
    True
    """
    line = article.source_line
    if not line or (article.paragraphs and article.paragraphs[0].startswith(line)):
        return None
    return line


def render_text(
    article: Article, *, title: bool = True, source: bool = True, ascii_only: bool = False
) -> str:
    """Title, blank line, paragraphs separated by blank lines, blank line, source line.

    >>> from artclean.model import Article
    >>> article = Article(title="T", paragraphs=("a", "b"), source_line="Nguồn: X")
    >>> print(render_text(article), end="")
    T
    <BLANKLINE>
    a
    <BLANKLINE>
    b
    <BLANKLINE>
    Nguồn: X
    """
    parts: list[str] = []
    if title and article.title:
        parts.append(article.title)
    parts.extend(article.paragraphs)
    source_line = _separate_source_line(article) if source else None
    if source_line:
        parts.append(source_line)
    text = "\n\n".join(parts) + "\n" if parts else ""
    return unidecode(text) if ascii_only else text


def render_markdown(
    article: Article, *, title: bool = True, source: bool = True, ascii_only: bool = False
) -> str:
    """A Markdown document: ``# title``, a byline/date line, paragraphs, the source in italics.

    >>> from artclean.model import Article
    >>> print(render_markdown(Article(title="T", byline="An", paragraphs=("a",))), end="")
    # T
    <BLANKLINE>
    *An*
    <BLANKLINE>
    a
    """
    parts: list[str] = []
    if title and article.title:
        parts.append(f"# {article.title}")
    meta = " · ".join(value for value in (article.byline, article.date) if value)
    if meta:
        parts.append(f"*{meta}*")
    parts.extend(article.paragraphs)
    source_line = _separate_source_line(article) if source else None
    if source_line:
        parts.append(f"*{source_line}*")
    text = "\n\n".join(parts) + "\n" if parts else ""
    return unidecode(text) if ascii_only else text


def article_record(
    article: Article, *, path: str | None = None, explain: bool = False, ascii_only: bool = False
) -> dict[str, Any]:
    """The JSON object for one input: ``path`` first, then the article fields."""
    record: dict[str, Any] = {"path": path, **article.to_dict(explain=explain)}
    return _transliterate(record) if ascii_only else record


def render_json(record: dict[str, Any], *, indent: bool) -> str:
    """One JSON document (``indent``) or one JSON Lines line, newline-terminated."""
    if indent:
        return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def article_header(output_format: str, path: str, *, first: bool) -> str:
    """What goes before each article when several share one text or Markdown stream.

    Text gets a ``==> PATH <==`` line, as ``head`` and ``tail`` do, and a blank
    line between articles; Markdown gets a thematic break between articles
    and an HTML comment naming the file, which renders as nothing.

    >>> article_header("text", "a.txt", first=True), article_header("text", "b.txt", first=False)
    ('==> a.txt <==\\n', '\\n==> b.txt <==\\n')
    >>> article_header("markdown", "b.txt", first=False)
    '\\n---\\n\\n<!-- b.txt -->\\n\\n'
    """
    if output_format == "markdown":
        comment = f"<!-- {path.replace('--', '- -')} -->\n\n"
        return comment if first else f"\n---\n\n{comment}"
    header = f"==> {path} <==\n"
    return header if first else f"\n{header}"


def render_diff(before: str, after: str, path: str) -> str:
    """A unified diff from the file as it is to the file as ``clean`` would write it.

    >>> print(render_diff("a\\nb\\n", "a\\n", "x.txt"), end="")
    --- x.txt
    +++ x.txt (cleaned)
    @@ -1,2 +1 @@
     a
    -b
    """
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=path,
        tofile=f"{path} (cleaned)",
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )
