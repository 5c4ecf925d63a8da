"""Per-line answers are cached across calls (docs/algorithm.md, "Cost"): what a
page gives must not depend on the pages processed before it in the process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGES = sorted(
    [
        *(REPO / "tests" / "data" / "cases").glob("*.txt"),
        *(REPO / "examples").glob("*.txt"),
        *(
            page
            for page in (REPO / "benchmarks" / "pages").glob("*/*.txt")
            if ".body." not in page.name
        ),
    ]
)

# Runs in a fresh process: extracts the given files in the given order.
_RUN = """
import json, sys
from artclean import extract
print(json.dumps({p: extract(open(p, "rb").read()).to_dict() for p in sys.argv[1:]}))
"""


def _extract_in_order(paths: list[Path]) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, *map(str, paths)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_results_do_not_depend_on_processing_order() -> None:
    assert len(PAGES) > 20
    forward = _extract_in_order(PAGES)
    backward = _extract_in_order(PAGES[::-1])
    interleaved = _extract_in_order(PAGES[1::2] + PAGES[::2])
    assert forward == backward == interleaved
