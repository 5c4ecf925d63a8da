"""Regenerate the README's example section from real artclean output.

Usage: python scripts/readme_example.py  (rewrites README.md between the EXAMPLE markers)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = "examples/en_wire_senate_broadband.txt"
START, END = "<!-- EXAMPLE:START -->", "<!-- EXAMPLE:END -->"
CLEAN_START, CLEAN_END = "<!-- CLEAN:START -->", "<!-- CLEAN:END -->"


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
    piped = json.loads(_run("extract", "examples/vi_danang_bike_lane.txt", "--format", "json"))
    detected = _run("detect", "examples/vi_mekong_harvest_cp1258.txt").strip()
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
            "",
            "In a pipeline (the `jq` filter picks one field):",
            "",
            "```text",
            "$ cat examples/vi_danang_bike_lane.txt | artclean extract - --format json"
            " | jq .source",
            json.dumps(piped["source"], ensure_ascii=False),
            "$ artclean detect examples/vi_mekong_harvest_cp1258.txt",
            detected,
            "```",
        ]
    )


def _clean_demo() -> str:
    """Real `clean --check`, `--diff` and `clean` runs on copies of two examples."""
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "articles"
        folder.mkdir()
        for name in ("vi_danang_bike_lane.txt", "de_mosel_weinlese_cp1252.txt"):
            shutil.copy(ROOT / "examples" / name, folder / name)
        lines = []
        for args in (
            ["clean", "--check", "articles"],
            ["clean", "articles"],
            ["clean", "--check", "articles"],
        ):
            done = subprocess.run(
                [sys.executable, "-m", "artclean", *args],
                cwd=temp,
                capture_output=True,
                encoding="utf-8",
                env={**os.environ, "NO_COLOR": "1"},
            )
            lines += [
                f"$ artclean {' '.join(args)}",
                *done.stderr.splitlines(),
                f"$ echo $?  # {done.returncode}",
            ]
        diff_args = ["clean", "--diff", str(ROOT / "examples" / "en_museum_reopens.txt")]
        diff = subprocess.run(
            [sys.executable, "-m", "artclean", *diff_args],
            cwd=ROOT,
            capture_output=True,
            encoding="utf-8",
        ).stdout.replace(str(ROOT) + "/", "")
    return "\n".join(
        [
            "A batch run (`--check` exits 1 while anything would change; files are written once):",
            "",
            "```text",
            *lines,
            "```",
            "",
            "`--diff` shows the change without writing (first lines):",
            "",
            "```diff",
            *diff.splitlines()[:14],
            "```",
        ]
    )


def _replace(text: str, start: str, end: str, body: str) -> str:
    before, _, rest = text.partition(start)
    _, _, after = rest.partition(end)
    return f"{before}{start}\n{body}\n{end}{after}"


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = _replace(text, START, END, section())
    text = _replace(text, CLEAN_START, CLEAN_END, _clean_demo())
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
