"""A time budget for the extraction of one file, checked by the stages' loops.

Every stage is linear in its input, but a file may still be huge or hit a case nobody
measured: the build gives each file a budget (:func:`seconds_for`), and segmentation,
linking and the relation rules call :func:`check` as they go, so a runaway file ends
in :class:`OverBudget` (the build reports it by name and goes on) instead of stalling
the build. Checked cooperatively, so it works the same in the main process, a forked
worker and a Dask worker's thread (the deadline is per thread).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from kg.errors import KgError

__all__ = ["OverBudget", "DEFAULT_FLOOR", "DEFAULT_RATE", "seconds_for", "time_budget", "check"]

#: The default budget of a file: this many seconds, plus one second per DEFAULT_RATE characters
#: (extraction runs at 0.3–0.6 M characters/s on one core here: the default is 30–60× that).
DEFAULT_FLOOR = 60.0
DEFAULT_RATE = 10_000


class OverBudget(KgError):
    """The extraction of a file took longer than its time budget."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"took longer than its time budget of {seconds:.0f} s; skipped (see --time-budget)")


class _Deadline(threading.local):
    at: float | None = None
    seconds: float = 0.0


_deadline = _Deadline()


def seconds_for(characters: int, budget: float | None = None) -> float | None:
    """The budget of a file of ``characters`` characters: ``budget`` seconds when given
    (0: no limit), else :data:`DEFAULT_FLOOR` + one second per :data:`DEFAULT_RATE` characters."""
    if budget is None:
        return DEFAULT_FLOOR + characters / DEFAULT_RATE
    return budget if budget > 0 else None


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Within the block, :func:`check` raises :class:`OverBudget` once ``seconds`` have passed
    (``None``: never). Blocks nest; the inner one holds while it runs."""
    saved = _deadline.at, _deadline.seconds
    _deadline.at = None if seconds is None else time.monotonic() + seconds
    _deadline.seconds = seconds or 0.0
    try:
        yield
    finally:
        _deadline.at, _deadline.seconds = saved


def check() -> None:
    """Raise :class:`OverBudget` if the current budget is spent (cheap: call it in loops)."""
    at = _deadline.at
    if at is not None and time.monotonic() > at:
        raise OverBudget(_deadline.seconds)
