"""The pre-commit hook, run by the real ``pre-commit try-repo`` on a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARTICLE, CLEAN_ARTICLE, REPO

PRE_COMMIT = str(Path(sys.executable).with_name("pre-commit"))

# What the hook needs to install artclean: the package, its metadata and the hook manifest.
SNAPSHOT = ["pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "src"]


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, timeout=60)


def _repo(folder: Path) -> Path:
    folder.mkdir()
    _git(folder, "init", "-q", "-b", "main")
    _git(folder, "config", "user.name", "artclean tests")
    _git(folder, "config", "user.email", "tests@example.invalid")
    _git(folder, "config", "commit.gpgsign", "false")
    return folder


def _snapshot(folder: Path) -> Path:
    """The working tree of this repository as a committed git repository.

    try-repo on the real repository would only see committed and tracked
    files; a snapshot tests exactly what is on disk now.
    """
    _repo(folder)
    for name in SNAPSHOT:
        source = REPO / name
        if source.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
            shutil.copytree(source, folder / name, ignore=ignore)
        else:
            shutil.copy2(source, folder / name)
    _git(folder, "add", "-A")
    _git(folder, "commit", "-q", "-m", "snapshot")
    return folder


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_hook_cleans_articles_through_pre_commit(tmp_path: Path) -> None:
    hook_repo = _snapshot(tmp_path / "artclean")
    project = _repo(tmp_path / "project")
    (project / "news").mkdir()
    (project / "news" / "dirty.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "news" / "tidy.txt").write_text(CLEAN_ARTICLE, encoding="utf-8")
    (project / "notes.md").write_text(ARTICLE, encoding="utf-8")
    _git(project, "add", "-A")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "NO_COLOR": "1",
        "PRE_COMMIT_COLOR": "never",
    }
    command = [
        PRE_COMMIT,
        "try-repo",
        str(hook_repo),
        "artclean",
        "--all-files",
        "--color",
        "never",
    ]
    first = subprocess.run(
        command,
        cwd=project,
        env=env,
        capture_output=True,
        encoding="utf-8",
        timeout=900,
        check=False,
    )
    output = first.stdout + first.stderr
    assert first.returncode == 1, output  # files were modified: the hook fails, as it should
    assert "artclean" in output
    assert "Failed" in output and "files were modified by this hook" in output
    assert "cleaned news/dirty.txt" in output
    assert (project / "news" / "dirty.txt").read_text(encoding="utf-8") == CLEAN_ARTICLE
    assert (project / "notes.md").read_text(encoding="utf-8") == ARTICLE  # not a .txt file

    _git(project, "add", "-A")
    second = subprocess.run(
        command,
        cwd=project,
        env=env,
        capture_output=True,
        encoding="utf-8",
        timeout=900,
        check=False,
    )
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout
