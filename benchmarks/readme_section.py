"""Write a benchmark's table into its marked section of benchmarks/README.md."""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parent / "README.md"


def write_section(name: str, table: str, heading: str) -> None:
    """Replace what stands between ``<!-- NAME:START -->`` and ``<!-- NAME:END -->``
    with ``table``; a README without the markers gets a new ``heading`` section."""
    text = README.read_text(encoding="utf-8")
    start, end = f"<!-- {name}:START -->", f"<!-- {name}:END -->"
    if start not in text or end not in text:
        text += f"\n## {heading}\n\n{start}\n{end}\n"
    before, _, rest = text.partition(start)
    _, _, after = rest.partition(end)
    README.write_text(f"{before}{start}\n{table}\n{end}{after}", encoding="utf-8")
