"""Exceptions that carry a one-line, actionable message for the user."""

from __future__ import annotations


class ArtcleanError(Exception):
    """Base class: ``str(error)`` is a complete one-line message."""


class DecodeError(ArtcleanError):
    """The bytes cannot be decoded with enough confidence."""


class BinaryInputError(ArtcleanError):
    """The input is not text (an image, archive, PDF, executable, ...)."""


class HtmlInputError(ArtcleanError):
    """An HTML page where only a text file will do (``clean`` rewrites text files only)."""


class InputTooLargeError(ArtcleanError):
    """The input is larger than ``Config.max_size``."""


class ConfigError(ArtcleanError):
    """A configuration file or option is invalid."""
