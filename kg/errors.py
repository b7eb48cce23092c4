"""One error hierarchy for the whole package.

Library code raises these; the CLI turns them into ``click.ClickException``
so a user sees one clear line instead of a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = [
    "KgError", "InputError", "BuildLocked", "Interrupted", "NodeNotFound", "AmbiguousName", "QueryError", "EndpointError", "PushError",
    "ArgumentError", "KgWarning", "InputWarning", "shown", "visible", "CONTROL_CHARACTERS",
]


def _restore(cls: type, args: tuple, state: dict) -> BaseException:
    """Unpickle an error without calling its ``__init__`` (whose parameters are not its ``args``)."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class KgError(Exception):
    """Base class of every error ``kg`` raises on purpose.

    Picklable whatever a subclass's ``__init__`` takes: an error made in a worker process
    (a process pool, a Dask worker) crosses back to the build as it was raised.
    """

    def __reduce__(self):
        return _restore, (type(self), self.args, self.__dict__)


class InputError(KgError):
    """A file could not be read: names the file and what is wrong with it."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


#: What a terminal would act on or hide rather than show: C0 and C1 controls, DEL, and the
#: bidirectional overrides and isolates (which reorder what follows them on the line).
CONTROL_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def visible(text: str, lines: bool = False) -> str:
    """``text`` with its control characters written as escapes (``\\n``, ``\\x1b``, ``\\u202e``), newlines
    kept with ``lines``: names and sentences from the files built reach the terminal as text, never as
    commands to it (an escape sequence) or a reordering of the line (a right-to-left override)."""
    return CONTROL_CHARACTERS.sub(lambda m: m[0] if lines and m[0] == "\n" else m[0].encode("unicode_escape").decode("ascii"), text)


def shown(text: str, limit: int = 60) -> str:
    """``repr(text)`` for a message, cut to ``limit`` characters: a pasted page stays one readable line."""
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}… ({len(text):,} characters)"


class BuildLocked(KgError):
    """Another build is writing into the same output folder; names its process."""

    def __init__(self, out: str | Path, pid: int | None) -> None:
        self.out = str(out)
        self.pid = pid
        holder = f"process {pid}" if pid else "another process"
        super().__init__(f"{self.out} is being built by {holder} (kg build); wait for it to finish or choose another --out")


class Interrupted(BaseException):
    """A build was stopped by a signal (SIGTERM, SIGHUP): what it had staged is removed, the previous exports stay.

    Not an :class:`Exception`, like :class:`KeyboardInterrupt`, and for the same reason: code that
    reports what goes wrong with one file and goes on (``except Exception``) must not take a
    request to stop for a problem of the file it was waiting for, and carry on building.
    """

    __reduce__ = KgError.__reduce__


class NodeNotFound(KgError):
    """No entity of the graph answers to a name; says which names come close."""

    def __init__(self, name: str, candidates: list[str], why: str | None = None) -> None:
        self.name = name
        self.candidates = candidates
        hint = f"; close matches: {', '.join(candidates)}" if candidates else "; try 'kg search'"
        super().__init__(f"no entity in the graph matches {shown(name)}{f' ({why})' if why else ''}{hint}")


class AmbiguousName(KgError):
    """A name fits several entities; lists them with their ids."""

    def __init__(self, name: str, matches: list[str]) -> None:
        self.name = name
        self.matches = matches
        super().__init__(f"{name!r} matches {len(matches)} entities: {', '.join(matches)}; pass an id")


class ArgumentError(KgError):
    """A value given to a lookup (an entity name, a date, a relation, a type, a limit …) is not valid; says what is."""


class QueryError(KgError):
    """A SPARQL query could not be run (syntax, a missing store, a refused SERVICE …)."""


class EndpointError(QueryError):
    """A SPARQL server could not be reached or refused a request: names the URL, the HTTP status and the server's own message."""

    def __init__(self, url: str, problem: str, status: int | None = None) -> None:
        self.url = url
        self.status = status
        self.problem = problem
        super().__init__(f"{url}: {f'HTTP {status}: ' if status else ''}{problem}")


class PushError(KgError):
    """Loading the exports into a SPARQL server failed; says what state the target graph was left in."""


class KgWarning(UserWarning):
    """Something was read, but not as well as it should have been."""

    def __reduce__(self):
        return _restore, (type(self), self.args, self.__dict__)


class InputWarning(KgWarning):
    """A file was read, but not whole or not as written (bytes replaced …): names the file and what."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
