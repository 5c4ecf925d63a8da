"""Benchmark how artclean.extract scales: time and peak memory by input size.

For each size (0.1, 1, 10 and 50 MB by default) one article-like file is generated: a title,
distinct Vietnamese and English paragraphs, boilerplate lines (share bars, related links,
captions), a source line.  Each size runs in a fresh subprocess that reads the file, then
times ``artclean.extract`` and reports the peak resident memory (``ru_maxrss``) before and
after, so that the imports and the other sizes do not count.  A row for a million short lines
shows the per-line cost.  Writes the table to ``benchmarks/scaling.md``.

Cost must grow linearly: the last column is the time per MB relative to the 1 MB file.

Usage: .venv/bin/python benchmarks/scaling.py [--sizes 0.1,1,10,50] [--lines 1000000] [--profile MB]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
MB = 1_000_000

_VI = (
    "người dân thành phố cho biết chính quyền đã quyết định mở rộng tuyến đường ven sông trong "
    "năm tới nhằm giảm ùn tắc giao thông vào giờ cao điểm và tạo thêm không gian xanh cho cư dân"
)
_EN = (
    "the council said on Monday that it would extend the riverside cycle path next year to "
    "ease congestion at rush hour and give residents more green space along the water"
)
VI, EN = _VI.split(), _EN.split()
BOILERPLATE = (
    "Chia sẻ",
    "Tin liên quan: Giá vàng tăng mạnh trong phiên sáng nay",
    "Ảnh: Nguyễn Khánh",
    "Share this article",
    "Related: Council approves new budget",
    "Advertisement",
)

CHILD = """
import json, resource, sys, time
import artclean
data = open(sys.argv[1], "rb").read()
artclean.extract(b"Warm up\\n\\nA paragraph of text to load the tables.\\n")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
article = artclean.extract(data)
elapsed = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": elapsed, "rss_before_kb": before, "rss_peak_kb": after,
                  "paragraphs": len(article.paragraphs), "lines": data.count(b"\\n")}))
"""


def article(size: int) -> bytes:
    """An article-like UTF-8 file of about ``size`` bytes, every paragraph distinct."""
    parts = ["Hội đồng thành phố mở rộng đường xe đạp ven sông", "Chia sẻ"]
    total = 0
    number = 0
    while total < size:
        words = VI if number % 3 else EN
        sentence = " ".join(words[(number * 7 + i) % len(words)] for i in range(60))
        paragraph = f"{sentence.capitalize()}, đoạn {number}."
        parts.append(paragraph)
        total += len(paragraph.encode("utf-8")) + 2
        if number % 8 == 7:
            parts.append(BOILERPLATE[number % len(BOILERPLATE)])
        number += 1
    parts.append("Theo Nhân Dân")
    return ("\n\n".join(parts) + "\n").encode("utf-8")


def short_lines(count: int) -> bytes:
    return b"".join(b"line %d\n" % (number % 97) for number in range(count))


def measure(data: bytes) -> dict[str, float]:
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as handle:
        handle.write(data)
    try:
        result = subprocess.run(
            [sys.executable, "-c", CHILD, handle.name],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
            env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        )
    finally:
        Path(handle.name).unlink()
    record: dict[str, float] = json.loads(result.stdout)
    return record


def profile(size_mb: float) -> None:
    """Print the top functions by cumulative time for one size (to find a non-linear step)."""
    import cProfile
    import pstats

    sys.path.insert(0, str(REPO / "src"))
    import artclean

    data = article(int(size_mb * MB))
    artclean.extract(b"Warm up\n\nText.\n")
    profiler = cProfile.Profile()
    profiler.runcall(artclean.extract, data)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,1,10,50", help="sizes in MB, comma-separated")
    parser.add_argument("--lines", type=int, default=1_000_000, help="short-lines row (0: none)")
    parser.add_argument("--profile", type=float, metavar="MB", help="profile one size instead")
    parser.add_argument("--output", type=Path, default=HERE / "scaling.md")
    args = parser.parse_args()
    if args.profile:
        profile(args.profile)
        return
    rows = []
    for size_mb in (float(size) for size in args.sizes.split(",")):
        data = article(int(size_mb * MB))
        record = measure(data)
        rows.append((f"article {size_mb:g} MB", len(data), record))
        print(rows[-1], file=sys.stderr)
    if args.lines:
        data = short_lines(args.lines)
        record = measure(data)
        rows.append((f"{args.lines:,} short lines", len(data), record))
        print(rows[-1], file=sys.stderr)
    reference = next(
        (rec["seconds"] / (size / MB) for name, size, rec in rows if name == "article 1 MB"),
        None,
    )
    lines = [
        "# Scaling benchmark",
        "",
        f"- date: {datetime.date.today().isoformat()}",
        f"- machine: {platform.platform()} ({platform.machine()}, {os.cpu_count()} CPUs)",
        f"- python: {platform.python_version()}",
        "- what: `artclean.extract(data)` on one generated file, in a fresh process per row;"
        " memory is the process's peak RSS (imports and the file's bytes included) and the"
        " growth of that peak during extraction",
        "",
        "Rerun: `.venv/bin/python benchmarks/scaling.py` (`--profile MB` to profile one size).",
        "",
        "| input | bytes | lines | seconds | MB/s | peak RSS (MB) | RSS growth (MB) |"
        " time per MB vs 1 MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, size, record in rows:
        seconds = record["seconds"]
        per_mb = seconds / (size / MB)
        relative = f"{per_mb / reference:.2f}x" if reference and name.startswith("article") else ""
        lines.append(
            f"| {name} | {size:,} | {int(record['lines']):,} | {seconds:.2f} | "
            f"{size / MB / seconds:.2f} | {record['rss_peak_kb'] / 1024:.0f} | "
            f"{(record['rss_peak_kb'] - record['rss_before_kb']) / 1024:.0f} | {relative} |"
        )
    lines.append("")
    for name, size, record in rows:
        growth = (record["rss_peak_kb"] - record["rss_before_kb"]) * 1024
        per_line = f", {growth / record['lines']:,.0f} bytes and " if record["lines"] else ""
        per_line += f"{record['seconds'] / record['lines'] * 1e6:.0f} µs per line"
        lines.append(f"- {name}: memory grew {growth / size:.1f} times the input{per_line}.")
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
