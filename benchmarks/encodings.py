"""Benchmark artclean.decode on the shared encoding-detection files.

Runs :func:`artclean.decode.decode` on every file of ``../shared/bench/encodings`` whose
truth is not "skip", counts a file as correct when its text equals the truth (both sides
NFC), and reports the share overall and per group, plus throughput.  Writes the table to
``benchmarks/encodings.md``.

Usage: .venv/bin/python benchmarks/encodings.py [--shared DIR] [--list-failures] [--cli]

``--cli`` goes through the ``artclean decode`` command (Click, file reading, UTF-8
output) instead of calling the decoding function; both give the same texts.
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))

from artclean.decode import decode  # noqa: E402
from artclean.errors import ArtcleanError  # noqa: E402

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _decode_via_cli(path: Path) -> tuple[str | None, str, str]:
    """Run the ``artclean decode`` command itself (in-process) on one file."""
    from click.testing import CliRunner

    from artclean.cli import main as cli_main

    result = CliRunner().invoke(cli_main, ["decode", "-v", str(path)], env={"NO_COLOR": "1"})
    if result.exit_code != 0:
        return None, "", result.stderr.strip()
    encoding = (
        result.stderr.rsplit("encoding ", 1)[-1].rstrip(")\n")
        if "encoding " in result.stderr
        else "?"
    )
    return result.stdout_bytes.decode("utf-8", "surrogatepass"), encoding, ""


def run(shared: Path, *, via_cli: bool = False) -> tuple[list[dict[str, object]], float, int]:
    root = shared / "bench" / "encodings"
    truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    rows: list[dict[str, object]] = []
    elapsed = 0.0
    total_bytes = 0
    for rel, entry in sorted(truth.items()):
        if entry["encoding"] == "skip":
            continue
        data = (root / rel).read_bytes()
        expected = data.decode(entry["encoding"])
        start = time.perf_counter()
        if via_cli:
            got, encoding, error = _decode_via_cli(root / rel)
        else:
            try:
                result = decode(data)
                got, encoding, error = result.text, result.encoding, ""
            except ArtcleanError as exc:
                got, encoding, error = None, "", str(exc)
        elapsed += time.perf_counter() - start
        total_bytes += len(data)
        ok = got is not None and _nfc(got) == _nfc(expected)
        rows.append(
            {
                "file": rel,
                "group": entry["group"],
                "truth": entry["encoding"],
                "got": encoding,
                "ok": ok,
                "error": error,
            }
        )
    return rows, elapsed, total_bytes


def _table(rows: list[dict[str, object]]) -> list[str]:
    total: Counter[str] = Counter()
    good: Counter[str] = Counter()
    for row in rows:
        group = str(row["group"])
        total[group] += 1
        good[group] += bool(row["ok"])
    lines = ["| group | files | correct | share |", "|---|---:|---:|---:|"]
    for group in sorted(total):
        share = 100 * good[group] / total[group]
        lines.append(f"| {group} | {total[group]} | {good[group]} | {share:.1f}% |")
    n, k = sum(total.values()), sum(good.values())
    lines.append(f"| **all** | {n} | {k} | **{100 * k / n:.1f}%** |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared dir")
    parser.add_argument("--list-failures", action="store_true", help="print each failed file")
    parser.add_argument(
        "--output", type=Path, default=HERE / "encodings.md", help="markdown report path"
    )
    parser.add_argument(
        "--cli", action="store_true", help="go through the `artclean decode` command (slower)"
    )
    args = parser.parse_args(argv)
    if not (args.shared / "bench" / "encodings" / "truth.json").is_file():
        print(f"no benchmark data under {args.shared}; pass --shared DIR", file=sys.stderr)
        return 2
    rows, elapsed, size = run(args.shared, via_cli=args.cli)
    speed = size / 1e6 / elapsed if elapsed else 0.0
    failures = [row for row in rows if not row["ok"]]
    lines = [
        "# Encoding detection benchmark",
        "",
        f"- date: {datetime.date.today().isoformat()}",
        f"- machine: {platform.platform()} ({platform.machine()}, {platform.processor() or '?'})",
        f"- python: {platform.python_version()}",
        f"- data: `shared/bench/encodings` ({len(rows)} files, {size / 1e6:.2f} MB)",
        f"- speed: {speed:.1f} MB/s "
        + (
            "(the `artclean decode` command, in-process)"
            if args.cli
            else "(decode only, files in memory)"
        ),
        "",
        "A file is correct when the decoded text equals the truth (NFC on both sides).",
        "These are chardet's own test files, so the figure is an upper bound; for reference,",
        "chardet 7.7 alone gets 97.6% here and strict UTF-8 then chardet 96.2%.",
        "Speed is dominated by per-file overhead on these small files (16 KB on average).",
        "",
        "Rerun: `.venv/bin/python benchmarks/encodings.py [--shared DIR] [--list-failures]`",
        "",
        *_table(rows),
        "",
        "## Failures",
        "",
    ]
    lines += [
        f"- `{r['file']}`: truth {r['truth']}, got {r['got'] or r['error']}" for r in failures
    ]
    if not failures:
        lines.append("None.")
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(_table(rows)))
    print(f"{speed:.1f} MB/s; report written to {args.output}")
    if args.list_failures:
        for row in failures:
            print(f"FAIL {row['file']}: truth {row['truth']}, got {row['got'] or row['error']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
