"""Documentation: every command has help with an example; the CLI reference is up to date."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import click
import pytest
import yaml

from artclean.cli import main
from conftest import REPO, RunCli

COMMANDS = sorted(main.commands) if isinstance(main, click.Group) else []


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_cli_reference", REPO / "scripts" / "gen_cli_reference.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_all_commands_are_there() -> None:
    assert COMMANDS == ["clean", "decode", "detect", "explain", "extract"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(run_cli: RunCli, command: str) -> None:
    result = run_cli([command, "--help"])
    assert result.exit_code == 0
    assert "\n  Example:\n    artclean " in result.stdout
    assert main.commands[command].get_short_help_str()
    for param in main.commands[command].params:
        if isinstance(param, click.Option):
            assert param.help, f"{command} {param.opts} has no help"


def test_cli_reference_is_up_to_date() -> None:
    reference = REPO / "docs" / "cli-reference.md"
    expected = _generator().render()
    assert reference.read_text(encoding="utf-8") == expected, (
        "docs/cli-reference.md is out of date: run python scripts/gen_cli_reference.py"
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_reference_documents_every_command(command: str) -> None:
    text = (REPO / "docs" / "cli-reference.md").read_text(encoding="utf-8")
    assert f"## artclean {command}\n" in text


def test_hook_manifest() -> None:
    manifest = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = manifest
    assert hook["id"] == "artclean"
    assert hook["entry"] == "artclean clean"
    assert hook["language"] == "python"
    assert hook["types"] == ["text"]
    assert hook["files"] == r"\.txt$"
    assert hook["minimum_pre_commit_version"]


def test_readme_lists_the_hook_id() -> None:
    manifest = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for hook in manifest:
        assert f"id: {hook['id']}" in readme, "README.md must show the pre-commit hook id"
