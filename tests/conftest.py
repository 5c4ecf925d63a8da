"""Shared fixtures: a CLI runner with a fixed environment, and sample articles on disk."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from artclean.cli import main

REPO = Path(__file__).resolve().parent.parent

CLI_ENV: dict[str, str | None] = {
    "NO_COLOR": "1",
    "TERM": "unknown",
    "FORCE_COLOR": None,
    "COLUMNS": "100",
}
"""The environment of every CliRunner call: no colour, a dumb terminal, a fixed width."""

ARTICLE = """\
Harbour Gazette – Council approves new riverside park plan
Home
News
Sport

Council approves new riverside park plan

The city council voted on Tuesday evening to approve a plan for a new riverside park on the \
site of the old gasworks, ending a debate that has lasted almost ten years.

The park will cover eleven hectares and include a playground, a rowing club and a path along \
the water that links the two bridges in the town centre.

Work is expected to start in the spring and to take about two years, according to the \
council, which said that most of the cost would be met by a national grant.

Share on Facebook
Share on Twitter

Source: Harbour Gazette
"""
"""A raw article: a "Site – Title" line, a menu, the title again, three paragraphs,
share buttons and a source line."""

CLEAN_ARTICLE = """\
Council approves new riverside park plan

The city council voted on Tuesday evening to approve a plan for a new riverside park on the \
site of the old gasworks, ending a debate that has lasted almost ten years.

The park will cover eleven hectares and include a playground, a rowing club and a path along \
the water that links the two bridges in the town centre.

Work is expected to start in the spring and to take about two years, according to the \
council, which said that most of the cost would be met by a national grant.

Source: Harbour Gazette
"""
"""What ``extract`` (text) and ``clean`` make of :data:`ARTICLE`."""

ARTICLE_VI = """\
Hội đồng thành phố phê duyệt kế hoạch công viên ven sông

Hội đồng thành phố đã bỏ phiếu vào tối thứ Ba để phê duyệt kế hoạch xây dựng một công viên \
mới ven sông trên khu đất của nhà máy khí đốt cũ, chấm dứt cuộc tranh luận kéo dài gần mười năm.

Công viên sẽ rộng mười một héc-ta, gồm một sân chơi, một câu lạc bộ chèo thuyền và một con \
đường dọc bờ sông nối hai cây cầu ở trung tâm thị trấn.

Theo Tuổi Trẻ
"""
"""A Vietnamese article that is already clean."""

NO_BODY = "Home\nNews\nSport\n\nShare on Facebook\n"
"""A page with no article in it."""

RunCli = Callable[..., Result]
WriteFile = Callable[..., Path]


@pytest.fixture
def run_cli() -> RunCli:
    """Invoke ``artclean ARGS`` in-process with :data:`CLI_ENV`.

    ``input`` is given as bytes; ``env`` adds to :data:`CLI_ENV`.  Exceptions
    other than ``SystemExit`` propagate, so a traceback fails the test.
    """

    def run(
        args: Sequence[str],
        *,
        input: bytes | str | None = None,
        env: dict[str, str | None] | None = None,
    ) -> Result:
        runner = CliRunner()
        return runner.invoke(
            main, list(args), input=input, env={**CLI_ENV, **(env or {})}, catch_exceptions=False
        )

    return run


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty folder, so no pyproject.toml settings apply unless a test writes one."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def write_file(tmp_path: Path) -> WriteFile:
    """Write ``content`` (str as UTF-8, or bytes) to ``tmp_path / name`` and return the path."""

    def write(name: str, content: str | bytes = ARTICLE) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return write
