"""Check and summarise artclean's language data: stoplists and boilerplate phrases.

Usage: python scripts/check_language_data.py

Prints the size of each stoplist and the number of boilerplate phrases per
language section, kind and mode, and reports problems a maintainer should fix:
unsorted or duplicated stopwords, entries the tokenizer would split, phrases
listed under two kinds, and ``start`` phrases that are a single stopword (they
would swallow ordinary sentences).  Exits 1 if a problem was found.
"""

from __future__ import annotations

import sys
from collections import Counter
from importlib import resources

from artclean.language import SUPPORTED_LANGUAGES, stopwords, tokenize
from artclean.lexicon import MODES, PATTERNS_RESOURCE, normalise_for_match
from artclean.model import Kind


def check_stoplists() -> list[str]:
    problems: list[str] = []
    for lang in SUPPORTED_LANGUAGES:
        resource = resources.files("artclean") / "data" / "stoplists" / f"{lang}.txt"
        lines = resource.read_text(encoding="utf-8").splitlines()
        words = [line for line in lines if line and not line.startswith("#")]
        print(f"stoplist {lang}: {len(words)} words")
        if words != sorted(set(words)):
            problems.append(f"stoplist {lang}: not sorted or has duplicates")
        for word in words:
            if tokenize(word) != [word]:
                problems.append(f"stoplist {lang}: {word!r} is not a single token")
    return problems


def check_patterns() -> list[str]:
    problems: list[str] = []
    text = (resources.files("artclean") / "data" / PATTERNS_RESOURCE).read_text(encoding="utf-8")
    every_stopword = frozenset().union(*(stopwords(lang) for lang in SUPPORTED_LANGUAGES))
    kinds = {kind.value for kind in Kind}
    seen: dict[tuple[str, str], str] = {}
    per_section: Counter[str] = Counter()
    per_kind_mode: Counter[tuple[str, str]] = Counter()
    section = "?"
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("# --- "):
            section = line.strip("# -")
            continue
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or fields[0] not in kinds or fields[1] not in MODES:
            problems.append(f"{PATTERNS_RESOURCE}:{number}: malformed {line!r}")
            continue
        kind, mode, phrase = fields
        per_section[section] += 1
        per_kind_mode[kind, mode] += 1
        key = (mode, normalise_for_match(phrase) if mode == "line" else phrase)
        if seen.setdefault(key, kind) != kind:
            problems.append(f"{PATTERNS_RESOURCE}:{number}: {phrase!r} is also {seen[key]}")
        if mode == "start" and phrase in every_stopword:
            problems.append(f"{PATTERNS_RESOURCE}:{number}: start phrase {phrase!r} is a stopword")
    for name, count in sorted(per_section.items()):
        print(f"phrases {name}: {count}")
    for (kind, mode), count in sorted(per_kind_mode.items()):
        print(f"phrases {kind}/{mode}: {count}")
    print(f"phrases total: {sum(per_section.values())}")
    return problems


def main() -> int:
    problems = check_stoplists() + check_patterns()
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
