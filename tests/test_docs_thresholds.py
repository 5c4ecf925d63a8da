"""docs/thresholds.md lists every named threshold with its reason, and is up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "gen_thresholds.py"


def test_thresholds_doc_is_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, encoding="utf-8"
    )
    assert done.returncode == 0, done.stderr


def test_every_threshold_says_why() -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import gen_thresholds
    finally:
        sys.path.remove(str(SCRIPT.parent))
    unexplained = [
        f"{path.name}:{name}"
        for path in sorted((ROOT / "src" / "artclean").glob("*.py"))
        for name, _, why in gen_thresholds.thresholds(path)
        if not why
    ]
    assert unexplained == []
