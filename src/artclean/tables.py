"""Read artclean's data tables and turn their word lists into regular expressions.

Tables live in ``src/artclean/data/`` as tab-separated text with ``#`` comment
lines; they are read once with :mod:`importlib.resources` by the modules that
own them (which cache the parsed rows).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import resources

LETTER = r"[^\W\d_]"
"""A letter in any script (a word character that is not a digit or underscore)."""
NEVER = r"(?!)"
"""A pattern that matches nothing: the alternation of no words must not match the empty string."""
_CJK = re.compile(r"[\u3040-\u9fff]")


def read_rows(name: str) -> Iterator[list[str]]:
    """The tab-separated fields of each data line of ``data/<name>``.

    >>> next(read_rows("months.tsv"))[:2]
    ['en', '1']
    """
    text = (resources.files("artclean") / "data" / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def alternation(words: Iterable[str], *, word_end: bool = False) -> str:
    """A regex alternation of literal words, longest first ("tháng 12" before "tháng 1").

    With ``word_end``, a word ending in a letter may not run on into another
    letter ("By" must not match "Bystander"); words in Chinese or Japanese
    script are exempt, since names follow them without a space.

    >>> re.match(alternation(["by", "by the"], word_end=True), "bystander") is None
    True
    """
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        text = re.escape(word)
        if word_end and re.search(LETTER + r"\Z", word) and not _CJK.search(word):
            text += r"(?!" + LETTER + r")"
        parts.append(text)
    return "|".join(parts) or NEVER
