"""Run the scrapinghub dev benchmark through artclean and report body F1/P/R.

Usage: python benchmarks/quality.py [--shared DIR] [--write] [--worst N]

Scores with ../shared/bench/score.py (the benchmark's own metric: F1 of
4-gram shingles), per dump (html-text, inscriptis, and the original HTML pages,
which artclean reads as a browser shows them) and per language of the true
body, and reports throughput: MB/s of input bytes through the whole pipeline
(``extract``: decode, normalise, language, features, classify, metadata,
assemble), one fresh process per dump, timed per call, including the
one-time loading of the word lists on the first call.  --write puts the table
into benchmarks/README.md between the QUALITY markers.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import importlib.util
import json
import platform
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

from readme_section import write_section

from artclean import extract
from artclean.language import detect_language

HERE = Path(__file__).resolve().parent
DUMPS = ("html-text", "inscriptis", "html")
"""The two text dumps, and the original pages themselves (``html/<id>.html.gz``), which
artclean reads as a browser shows them (:mod:`artclean.html_text`)."""


def page_bytes(bench: Path, dump: str, doc: str) -> bytes:
    """One page of ``dump`` as artclean is given it: a text dump, or the original HTML."""
    if dump == "html":
        return gzip.decompress((bench / "html" / f"{doc}.html.gz").read_bytes())
    return (bench / "text" / dump / f"{doc}.txt").read_bytes()


def _load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "bench" / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {shared / 'bench' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Timed in a process of its own per dump: artclean keeps per-line answers (bounded
# caches), and the two dumps print the same pages, so a dump timed after the other
# would run partly on the first one's answers.
_TIMING = """
import gzip, sys, time
from pathlib import Path
from artclean import extract
files = sorted(Path(sys.argv[1]).glob("*.txt")) or sorted(Path(sys.argv[1]).glob("*.html.gz"))
total, elapsed = 0, 0.0
for path in files:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    started = time.perf_counter()
    extract(data)
    elapsed += time.perf_counter() - started
    total += len(data)
print(total, elapsed)
"""


def cold_speed(folder: Path) -> float:
    """MB/s of input through ``extract`` over every file of ``folder``, in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", _TIMING, str(folder)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    total, elapsed = done.stdout.split()
    return int(total) / float(elapsed) / 1e6


def run(shared: Path, worst: int) -> tuple[list[str], dict[str, dict[str, float]]]:
    scorer = _load_scorer(shared)
    bench = shared / "bench" / "scrapinghub"
    truth = scorer.load_truth(bench / "ground-truth.json")
    languages = {doc: detect_language(body) or "?" for doc, body in truth.items()}
    rows: list[str] = []
    summary: dict[str, dict[str, float]] = {}
    for dump in DUMPS:
        predictions: dict[str, str] = {}
        empty = 0
        for doc in sorted(truth):
            article = extract(page_bytes(bench, dump, doc))
            predictions[doc] = article.body
            empty += not article.paragraphs
        metrics, per_doc = scorer.evaluate(truth, predictions, n_bootstrap=200)
        speed = cold_speed(bench / "html" if dump == "html" else bench / "text" / dump)
        summary[dump] = {**metrics, "mb_per_s": speed, "empty": empty}
        rows.append(
            f"| {dump} | all ({len(truth)}) | {metrics['f1']:.3f} | {metrics['precision']:.3f} | "
            f"{metrics['recall']:.3f} | {empty} | {speed:.1f} |"
        )
        by_language: dict[str, list[str]] = defaultdict(list)
        for doc in truth:
            by_language[languages[doc]].append(doc)
        for language, docs in sorted(
            by_language.items(), key=lambda item: (-len(item[1]), item[0])
        ):
            sub, _ = scorer.evaluate(
                {d: truth[d] for d in docs}, {d: predictions[d] for d in docs}, n_bootstrap=0
            )
            rows.append(
                f"| {dump} | {language} ({len(docs)}) | {sub['f1']:.3f} | {sub['precision']:.3f} | "
                f"{sub['recall']:.3f} | {sum(not predictions[d] for d in docs)} | |"
            )
        if worst:

            def f1_of(doc: str, per_doc: dict[str, dict[str, float]] = per_doc) -> float:
                tp, fp, fn = per_doc[doc]["tp"], per_doc[doc]["fp"], per_doc[doc]["fn"]
                return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

            for doc in sorted(truth, key=f1_of)[:worst]:
                counts = per_doc[doc]
                print(
                    f"{dump} {doc[:12]} f1={f1_of(doc):.2f} "
                    f"fp={counts['fp']:.2f} fn={counts['fn']:.2f}",
                    file=sys.stderr,
                )
    return rows, summary


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    parser.add_argument(
        "--worst", type=int, default=0, help="list the N worst documents per dump on stderr"
    )
    parser.add_argument("--json", type=Path, help="write the summary figures here")
    args = parser.parse_args()
    if not (args.shared / "bench" / "scrapinghub").is_dir():
        sys.exit(f"{args.shared}/bench/scrapinghub not found; pass --shared DIR")
    rows, summary = run(args.shared, args.worst)
    header = [
        f"Measured {datetime.date.today().isoformat()} on {platform.machine()} "
        f"({platform.processor() or 'cpu'}), Python {platform.python_version()}, one process; "
        "`python benchmarks/quality.py --write` reproduces it.",
        "",
        "| dump | documents (language of the true body) | F1 | precision | recall "
        "| empty bodies | MB/s |",
        "|---|---|---|---|---|---|---|",
    ]
    table = "\n".join(header + rows)
    print(table)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    if args.write:
        write_section("QUALITY", table, "Extraction quality and speed")


if __name__ == "__main__":
    main()
