"""``[tool.artclean]`` settings: parse and validate (reading the file is files.py's job)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    # mypy checks this branch (python_version = 3.10) where the venv may lack tomli.
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

DEFAULT_INCLUDE = ("*.txt",)


@dataclass(frozen=True)
class Settings:
    """Options a project can set in ``[tool.artclean]``; flags override them.

    Defaults: ``format="text"``, ``include=("*.txt",)``, ``exclude=()``,
    ``language=None``, ``encoding=None``, ``boilerplate_phrases=()``,
    ``attribution_cues=()``, ``max_size=None`` (the Config default, 50 MB).
    """

    format: str = "text"
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    language: str | None = None
    encoding: str | None = None
    boilerplate_phrases: tuple[str, ...] = ()
    attribution_cues: tuple[str, ...] = ()
    max_size: int | None = None


_STRING_KEYS = {"format", "language", "encoding"}
_LIST_KEYS = {"include", "exclude", "boilerplate_phrases", "attribution_cues"}
_FORMATS = ("text", "json", "jsonl", "markdown")


def _key(name: str) -> str:
    return name.replace("-", "_")


def parse_settings(table: dict[str, Any], origin: str) -> Settings:
    """Validate a ``[tool.artclean]`` table.

    >>> parse_settings({"boilerplate-phrases": ["Đọc thêm"]}, "x").boilerplate_phrases
    ('Đọc thêm',)
    >>> parse_settings({"colour": 1}, "pyproject.toml")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    artclean.errors.ConfigError: pyproject.toml: unknown key 'colour' in [tool.artclean]; ...
    """
    values: dict[str, Any] = {}
    known = sorted(k.replace("_", "-") for k in (*_STRING_KEYS, *_LIST_KEYS, "max_size"))
    for raw_key, value in table.items():
        key = _key(raw_key)
        if key in _STRING_KEYS:
            if not isinstance(value, str):
                raise ConfigError(f"{origin}: '{raw_key}' must be a string")
            values[key] = value
        elif key in _LIST_KEYS:
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise ConfigError(f"{origin}: '{raw_key}' must be a list of strings")
            values[key] = tuple(value)
        elif key == "max_size":
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"{origin}: 'max-size' must be a positive number of bytes")
            values[key] = value
        else:
            raise ConfigError(
                f"{origin}: unknown key '{raw_key}' in [tool.artclean]; "
                f"use one of {', '.join(known)}"
            )
    if values.get("format", "text") not in _FORMATS:
        raise ConfigError(f"{origin}: 'format' must be one of {', '.join(_FORMATS)}")
    return Settings(**values)


def settings_from_toml(
    text: str, origin: str, *, whole_file_is_table: bool = False
) -> Settings | None:
    """Parse TOML text: ``[tool.artclean]`` of a pyproject.toml, or a whole artclean TOML file.

    Returns None when a pyproject.toml has no ``[tool.artclean]`` table.  A
    ``--config`` file (``whole_file_is_table``) may be either form.

    >>> settings_from_toml("[tool.black]\\nline-length = 3\\n", "pyproject.toml") is None
    True
    >>> settings_from_toml('language = "de"\\n', "a.toml", whole_file_is_table=True).language
    'de'
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{origin}: invalid TOML ({error}); fix the file") from None
    tool = data.get("tool")
    if isinstance(tool, dict):
        table = tool.get("artclean")
        if table is None:
            if whole_file_is_table:
                raise ConfigError(
                    f"{origin}: no [tool.artclean] table; add one or pass another --config"
                )
            return None
    elif whole_file_is_table:
        table = data
    else:
        return None
    if not isinstance(table, dict):
        raise ConfigError(f"{origin}: [tool.artclean] must be a table")
    return parse_settings(table, origin)
