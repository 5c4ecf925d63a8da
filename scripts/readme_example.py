"""Regenerate the README's example section from real artclean output.

Usage: python scripts/readme_example.py  (rewrites README.md between the EXAMPLE markers)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = "examples/en_wire_senate_broadband.txt"
START, END = "<!-- EXAMPLE:START -->", "<!-- EXAMPLE:END -->"


def _run(*args: str) -> str:
    command = [sys.executable, "-m", "artclean", *args]
    return subprocess.run(
        command, cwd=ROOT, check=True, capture_output=True, text=True, encoding="utf-8"
    ).stdout


def section() -> str:
    text = _run("extract", EXAMPLE)
    record = json.loads(_run("extract", EXAMPLE, "--format", "json"))
    record["paragraphs"] = [*record["paragraphs"][:2], "…"]
    record["body"] = record["body"][:60] + "…"
    record["boilerplate"] = [
        *record["boilerplate"][:3],
        {"…": f"{len(record['boilerplate']) - 3} more"},
    ]
    explain = _run("explain", EXAMPLE, "--no-color").splitlines()
    return "\n".join(
        [
            f"`artclean extract {EXAMPLE}` prints:",
            "",
            "```text",
            text.rstrip("\n"),
            "```",
            "",
            "`--format json` gives every field (shortened here with `…`):",
            "",
            "```json",
            json.dumps(record, ensure_ascii=False, indent=2),
            "```",
            "",
            f"and `artclean explain {EXAMPLE}` shows each line's label and the rule behind it"
            " (first lines):",
            "",
            "```text",
            *explain[:16],
            "```",
        ]
    )


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    before, _, rest = text.partition(START)
    _, _, after = rest.partition(END)
    readme.write_text(f"{before}{START}\n{section()}\n{END}{after}", encoding="utf-8")


if __name__ == "__main__":
    main()
