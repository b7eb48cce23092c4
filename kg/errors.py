"""One error hierarchy for the whole package.

Library code raises these; the CLI turns them into ``click.ClickException``
so a user sees one clear line instead of a traceback.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["KgError", "InputError", "NodeNotFound", "AmbiguousName", "QueryError", "EndpointError", "PushError", "ArgumentError", "KgWarning", "shown"]


class KgError(Exception):
    """Base class of every error ``kg`` raises on purpose."""


class InputError(KgError):
    """A file could not be read: names the file and what is wrong with it."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def shown(text: str, limit: int = 60) -> str:
    """``repr(text)`` for a message, cut to ``limit`` characters: a pasted page stays one readable line."""
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}… ({len(text):,} characters)"


class NodeNotFound(KgError):
    """No entity of the graph answers to a name; says which names come close."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name = name
        self.candidates = candidates
        hint = f"; close matches: {', '.join(candidates)}" if candidates else "; try 'kg search'"
        super().__init__(f"no entity in the graph matches {shown(name)}{hint}")


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
