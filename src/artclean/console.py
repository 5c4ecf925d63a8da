"""The one Rich console, on stderr.  stdout carries data only and is never coloured."""

from __future__ import annotations

import os

from rich.console import Console


def make_console(color: bool | None = None, *, quiet: bool = False) -> Console:
    """A stderr console.  ``color`` (from --color/--no-color) beats NO_COLOR/FORCE_COLOR.

    Rich itself honours non-empty ``NO_COLOR`` and ``FORCE_COLOR`` when ``color`` is None.
    """
    if color is None:
        no_color = bool(os.environ.get("NO_COLOR"))
        return Console(stderr=True, no_color=no_color, highlight=False, quiet=quiet)
    return Console(
        stderr=True,
        force_terminal=color,
        no_color=not color,
        color_system="auto" if color else None,
        highlight=False,
        quiet=quiet,
    )
