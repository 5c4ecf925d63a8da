"""The one Rich console, on stderr.  stdout carries data only and is never coloured.

The exception is ``artclean explain`` on a terminal, whose coloured lines are
the data; :func:`make_stdout_console` builds that console with the same rules.
"""

from __future__ import annotations

import os
import sys
from typing import IO, Any

from rich.console import Console


def _console(file: IO[str] | None, color: bool | None, *, stderr: bool) -> Console:
    """A console that colours per ``color``, else per the environment.

    ``color=None`` lets Rich decide: colour on a terminal, none under a
    non-empty ``NO_COLOR`` or with ``TERM=dumb``/``unknown``, forced by a
    non-empty ``FORCE_COLOR``.  ``--color``/``--no-color`` override all of it.
    """
    # Never highlight or turn ":smile:" into emoji: file names and article text pass through.
    common: dict[str, Any] = {
        "file": file,
        "stderr": stderr,
        "highlight": False,
        "emoji": False,
        "soft_wrap": True,
    }
    if color is None:
        return Console(**common)
    if color:
        forced = Console(force_terminal=True, no_color=False, **common)
        if forced.color_system is None:  # TERM=dumb: --color still means colour
            forced = Console(force_terminal=True, no_color=False, color_system="standard", **common)
        return forced
    return Console(no_color=True, color_system=None, **common)


def make_console(color: bool | None = None) -> Console:
    """The stderr console for messages, warnings, errors and progress."""
    return _console(None, color, stderr=True)


def make_stdout_console(color: bool | None = None) -> Console:
    """A console on stdout, for the one command whose data is coloured (``explain``)."""
    return _console(sys.stdout, color, stderr=False)


def stderr_is_interactive() -> bool:
    """Whether a person is watching stderr: a terminal that is not dumb.

    Deliberately ignores ``--color`` and ``FORCE_COLOR``: forcing colour into a
    log file must not fill it with progress bar frames.
    """
    stream = sys.stderr
    if stream is None or not hasattr(stream, "isatty"):
        return False
    try:
        interactive = stream.isatty()
    except ValueError:  # a closed stream
        return False
    return interactive and os.environ.get("TERM", "") not in ("dumb", "unknown")
