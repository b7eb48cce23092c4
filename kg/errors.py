"""One error hierarchy for the whole package.

Library code raises these; the CLI turns them into ``click.ClickException``
so a user sees one clear line instead of a traceback.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["KgError", "InputError", "KgWarning"]


class KgError(Exception):
    """Base class of every error ``kg`` raises on purpose."""


class InputError(KgError):
    """A file could not be read: names the file and what is wrong with it."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class KgWarning(UserWarning):
    """Something was read, but not as well as it should have been."""
