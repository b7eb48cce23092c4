"""Queries on the local store in a worker process, under a deadline, a memory budget and a row bound.

A damaged store can make the engine allocate without bound (a count over a store
with overwritten blocks grew past 20 GB), panic, or fail half-way through an
answer, and a heavy query can run for ever; neither may take the caller with it.
So the store is opened and queried in a forked worker whose data memory is capped
(``RLIMIT_DATA``: what it inherited plus the budget, so the engine's allocation fails
instead of the machine's memory running out; not ``RLIMIT_AS``, which would count the
address space threads reserve and never use), the caller waits on a pipe at most
until the deadline and kills the worker then, and rows come back in batches, at
most ``max_rows`` of them. The worker's stderr goes to a file, read when it dies:
the engine's last words (a panic, a failed allocation) make the error message.

A worker stays alive between queries on the same store (forking and opening the
store cost a few tens of ms, a canned query a few), and is replaced when it died,
was killed, or the store folder was replaced since it opened it.
"""

from __future__ import annotations

import atexit
import os
import pickle
import re
import select
import signal
import threading
from pathlib import Path
from typing import NamedTuple

from kg.errors import QueryError

__all__ = ["Limits", "Answer", "StoreDamaged", "Busy", "BadSyntax", "run", "start", "stop_all"]

_BATCH = 1000  # rows per message: few round trips, little held at once


class Limits(NamedTuple):
    """How long a query may run (seconds), how much memory it may add (MB), how many rows it may return."""

    timeout: float = 60
    max_memory: int = 2048
    max_rows: int = 1_000_000


class Answer(NamedTuple):
    """A SELECT's variables and rows (SPARQL 1.1 JSON bindings), or an ASK's ``boolean``."""

    variables: list[str]
    rows: list[dict[str, dict]]
    boolean: bool | None = None


class StoreDamaged(QueryError):
    """The store could not be opened or read; the message names the store (and the file, when the engine says)."""


class Busy(QueryError):
    """Other queries held the store's worker for the whole of this query's deadline; ``status`` is HTTP's."""

    status = 503


class BadSyntax(QueryError):
    """The engine could not parse the query: where (line and column of the query text) and what it expected."""


#: The share of its deadline a query must still have when the worker is free, or it is refused as :class:`Busy`.
_LEAST_TIME = 0.1


def run(store: Path, query: str, prefixes: dict[str, str], substitutions: dict[str, str | tuple[str, str]], limits: Limits) -> Answer:
    """Run ``query`` on the store at ``store`` in its worker; raise :class:`BadSyntax`, :class:`QueryError`
    (a limit reached, a CONSTRUCT or DESCRIBE), :class:`Busy` (other queries held the worker until the
    deadline), or :class:`StoreDamaged` when the store cannot be read.

    ``substitutions`` bind variables to IRIs or to ``(lexical form, datatype IRI)`` literals.
    """
    import time

    started = time.monotonic()
    # one query at a time per worker (the pipe carries one conversation); the wait for it counts
    # against the query's deadline, so queries queued behind a heavy one (``kg serve``) are each
    # answered or refused within their own limit instead of waiting one limit per query ahead
    if not _lock.acquire(timeout=min(limits.timeout, threading.TIMEOUT_MAX)):
        raise Busy(f"the store was busy with other queries for the whole {limits.timeout:g} s (--timeout); try again later")
    try:
        if time.monotonic() - started > (1 - _LEAST_TIME) * limits.timeout:
            # (the worker would be stopped for an answer it had no time to give, and started again for the next query)
            raise Busy(f"the store was busy with other queries for nearly all of the {limits.timeout:g} s (--timeout); try again later")
        worker = _worker(store, limits.max_memory)
        try:
            return worker.ask(query, prefixes, substitutions, limits, started)
        except QueryError:
            raise  # said by the worker's last message, or it was stopped: either way no answer is left half-read
        except BaseException:
            worker.stop()  # interrupted (Ctrl-C) mid-answer: the rest would arrive as the next query's
            raise
        finally:
            if not worker.alive:
                _workers.pop(store, None)
    finally:
        _lock.release()


def start(store: Path, limits: Limits) -> None:
    """Start the worker of ``store`` now, unless one that serves it is running: it opens the store while
    the caller goes on (resolving names …), and :func:`run` then finds it ready."""
    with _lock:
        _worker(store, limits.max_memory)


def _worker(store: Path, max_memory: int) -> _Worker:
    """The worker serving ``store`` with this memory budget, started if there is none (hold ``_lock``)."""
    worker = _workers.get(store)
    if worker is None or not worker.serves(store, max_memory):
        if worker is not None:
            worker.stop()
        worker = _workers[store] = _Worker(store, max_memory)
    return worker


def _stop_at_exit() -> None:
    """No worker outlives its caller, no scratch file is left open; a query still running in another
    thread (``kg serve`` interrupted) holds the lock: its worker then dies with the pipe, unwaited."""
    if _lock.acquire(timeout=1):
        _lock.release()
        stop_all()


def stop_all(store: Path | None = None) -> None:
    """Stop the workers (of one store): after it was replaced, or before removing it."""
    with _lock:
        for key in [key for key in _workers if store is None or key == store]:
            _workers.pop(key).stop()


_workers: dict[Path, _Worker] = {}
_lock = threading.Lock()
atexit.register(_stop_at_exit)


class _Worker:
    def __init__(self, store: Path, max_memory: int) -> None:
        self.store = store
        self.max_memory = max_memory
        self.identity = _identity(store)
        self.stderr = _scratch_file()
        ours, theirs = _Channel.pair()
        pid = os.fork()  # the worker imports the engine itself: the caller goes on meanwhile
        if pid == 0:  # the worker: never returns
            ours.close()
            for other in _workers.values():  # the other workers' pipes are not ours to hold open
                other.conn.close()
            _serve(theirs, store, max_memory, self.stderr.fileno())
        theirs.close()
        self.pid, self.conn, self.alive = pid, ours, True

    def serves(self, store: Path, max_memory: int) -> bool:
        """Still alive, on the same store folder, with the same memory budget (set when it started)?"""
        if self.alive and os.waitpid(self.pid, os.WNOHANG) != (0, 0):  # died between queries (killed from outside)
            self.alive = False
            self.conn.close()
            self.stderr.close()
        return self.alive and self.max_memory == max_memory and self.identity == _identity(store)

    def ask(self, query: str, prefixes: dict[str, str], substitutions: dict, limits: Limits, started: float) -> Answer:
        """The worker's answer, by ``limits.timeout`` seconds after ``started`` (a :func:`time.monotonic` time)."""
        import time

        deadline = started + limits.timeout
        try:
            self.conn.send((query, prefixes, substitutions, limits.max_rows))
        except OSError:
            raise self._death() from None
        variables: list[str] = []
        rows: list[dict] = []
        while True:
            left = deadline - time.monotonic()
            try:
                ready = self.conn.poll(max(left, 0))
                message = self.conn.recv() if ready else None
            except (EOFError, OSError):
                raise self._death() from None
            if message is None:
                self.stop()
                raise QueryError(
                    f"the query ran longer than {limits.timeout:g} s (--timeout) and was stopped; narrow it or raise --timeout"
                )
            kind, value = message
            if kind == "vars":
                variables = value
            elif kind == "rows":
                rows += value
            elif kind == "end":
                return Answer(variables, rows)
            elif kind == "boolean":
                return Answer(["ask"], [], value)
            elif kind == "too many":
                raise QueryError(
                    f"the answer has more than {limits.max_rows:,} rows (--max-rows); narrow the query (LIMIT) or raise --max-rows"
                )
            elif kind == "graph":
                raise QueryError("CONSTRUCT and DESCRIBE queries are not supported here: kg sparql answers SELECT and ASK queries")
            elif kind == "syntax":  # the engine's "error at 1:15: expected …", prefixes passed apart: positions are the text's
                raise BadSyntax(re.sub(r"^error at (\d+):(\d+):", r"line \1, column \2:", value))
            elif kind == "memory":
                self.stop()
                raise self._too_big()
            else:  # "damaged"
                self.stop()
                raise StoreDamaged(_damaged(self.store, value))

    def _death(self) -> QueryError:
        """Why the worker died, from its exit status and its last words."""
        self.alive = False
        _, status = os.waitpid(self.pid, 0)
        self.conn.close()
        self.stderr.seek(0)
        words = self.stderr.read()[-4000:].decode("utf-8", "replace")
        self.stderr.close()
        if any(sign in words for sign in _OUT_OF_MEMORY):
            return self._too_big()
        lines = [line.strip() for line in words.splitlines() if line.strip()]
        cause = next((line for line in lines if "panicked" in line or "Corruption" in line), lines[-1] if lines else "")
        if os.WIFSIGNALED(status):
            how = f"was killed by {signal.Signals(os.WTERMSIG(status)).name}"
        else:
            how = f"exited with {os.WEXITSTATUS(status)}"
        return StoreDamaged(_damaged(self.store, f"the query process {how}{': ' + cause if cause else ''}"))

    def _too_big(self) -> QueryError:
        return QueryError(
            f"{self.store}: the query needed more than {self.max_memory:,} MB of memory (--max-memory) and was stopped; narrow it or raise "
            f"--max-memory (if the query is small, the store is damaged: run 'kg build' again)"
        )

    def stop(self) -> None:
        if not self.alive:
            return
        self.alive = False
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        self.conn.close()
        self.stderr.close()


def _scratch_file():
    """An anonymous file for the worker's stderr: in memory on Linux (no tempfile module to import)."""
    if hasattr(os, "memfd_create"):
        return open(os.memfd_create("kg-query-stderr"), "w+b")
    import tempfile

    return tempfile.TemporaryFile()


class _Channel:
    """One end of a two-way pipe carrying pickled messages, each after its length (8 bytes).

    What :func:`multiprocessing.Pipe` gives, for the three calls used here, without importing
    multiprocessing (a fifth of a cold ``kg sparql``'s start-up): ``send`` raises :class:`OSError`
    and ``recv`` :class:`EOFError` once the other end is closed.
    """

    def __init__(self, reading: int, writing: int) -> None:
        self.reading, self.writing = reading, writing

    @classmethod
    def pair(cls) -> tuple[_Channel, _Channel]:
        there, here = os.pipe()  # worker → caller
        back, forth = os.pipe()  # caller → worker
        return cls(there, forth), cls(back, here)

    def send(self, message) -> None:
        data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
        view = memoryview(len(data).to_bytes(8, "little") + data)
        while view:
            view = view[os.write(self.writing, view):]

    def recv(self):
        return pickle.loads(self._read(int.from_bytes(self._read(8), "little")))

    def _read(self, size: int) -> bytes:
        chunks, left = [], size
        while left:
            chunk = os.read(self.reading, min(left, 2**20))
            if not chunk:
                raise EOFError("the other end of the pipe is closed")
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    def poll(self, timeout: float) -> bool:
        """Is a message (or the end) there to read, waiting at most ``timeout`` seconds for one?"""
        import time

        waiting = select.poll()  # not select.select: a server's descriptors may number over 1024
        waiting.register(self.reading, select.POLLIN)
        deadline = time.monotonic() + max(timeout, 0)
        while True:
            left = max(deadline - time.monotonic(), 0)
            if waiting.poll(min(left, 3600) * 1000):  # an hour at most per call: poll takes an int of ms
                return True
            if left <= 3600:
                return False

    def close(self) -> None:
        """Close both descriptors, once (a number closed twice could by then be another file's)."""
        for fd in (self.reading, self.writing):
            if fd >= 0:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self.reading = self.writing = -1


#: What the engine (Rust, RocksDB's C++, glibc) writes when an allocation or a thread fails at the cap.
_OUT_OF_MEMORY = ("memory allocation of", "cannot allocate memory", "std::bad_alloc", "Resource temporarily unavailable")


def _damaged(store: Path, problem: str) -> str:
    return f"{store}: the SPARQL store is damaged or incomplete ({problem}); run 'kg build' again to rebuild it"


def _identity(store: Path) -> tuple:
    """What changes when the store folder is replaced (a build swaps a new one in)."""
    try:
        info = store.stat()
        current = (store / "CURRENT").stat()
    except OSError:
        return ()
    return (info.st_dev, info.st_ino, current.st_ino, current.st_mtime_ns)


def _serve(conn, store: Path, max_memory: int, stderr: int) -> None:
    """The worker's life: open the store read-only, then answer queries until the caller goes away."""
    code = 0
    try:
        os.dup2(stderr, 2)
        import faulthandler

        faulthandler.disable()  # its report of an abort would go to the caller's terminal, not to our file
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle (it kills us)
        import pyoxigraph  # before the cap: the budget is the query's

        _cap_memory(max_memory)

        try:
            db, failure = pyoxigraph.Store.read_only(str(store)), None
        except BaseException as exc:  # the engine's panics are BaseExceptions
            db, failure = None, _reason(exc)
        while True:
            try:
                query, prefixes, substitutions, max_rows = conn.recv()
            except EOFError:
                return  # the caller is gone
            if failure:  # said in answer to a query (the caller stops us then): exiting now could race its sending
                conn.send(("damaged", failure))
                continue
            try:
                reply = _answer(db, pyoxigraph, query, prefixes, substitutions, max_rows, conn)
            except MemoryError:
                reply = ("memory", None)
            conn.send(reply)  # out of the except block: its traceback no longer holds the rows gathered
    except BaseException as exc:  # the last words, for the caller to read (see _Worker._death)
        code = 1
        os.write(2, f"{type(exc).__name__}: {_reason(exc)}\n".encode("utf-8", "replace"))
    finally:
        os._exit(code)  # never the caller's atexit handlers or buffered output


def _answer(db, pyoxigraph, query: str, prefixes: dict, substitutions: dict, max_rows: int, conn) -> tuple:
    """Run one query, sending SELECT rows in batches; the last message."""
    terms = {pyoxigraph.Variable(k): _term(pyoxigraph, v) for k, v in substitutions.items()}
    try:
        result = db.query(query, prefixes=prefixes, substitutions=terms or None)
    except SyntaxError as exc:
        return ("syntax", str(exc))
    except (MemoryError, KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        return ("damaged", _reason(exc))
    if isinstance(result, pyoxigraph.QueryBoolean):
        return ("boolean", bool(result))
    if not isinstance(result, pyoxigraph.QuerySolutions):
        return ("graph", None)
    variables = [v.value for v in result.variables]
    conn.send(("vars", variables))
    batch, count = [], 0
    try:
        for solution in result:
            count += 1
            if count > max_rows:
                return ("too many", max_rows)
            batch.append({v: _binding(pyoxigraph, term) for v in variables if (term := solution[v]) is not None})
            if len(batch) == _BATCH:
                conn.send(("rows", batch))
                batch = []
    except (MemoryError, KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        return ("damaged", _reason(exc))
    if batch:
        conn.send(("rows", batch))
    return ("end", None)


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _cap_memory(max_memory: int) -> None:
    """Limit the data memory to what the process holds now plus ``max_memory`` MB (Linux; elsewhere no cap)."""
    import resource

    try:
        with open("/proc/self/status") as status:
            size = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmData:"))
    except (OSError, StopIteration, ValueError):
        return
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    limit = size + max_memory * 2**20
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


def _term(pyoxigraph, value):
    if isinstance(value, tuple):  # (lexical form, datatype IRI)
        return pyoxigraph.Literal(value[0], datatype=pyoxigraph.NamedNode(value[1]))
    return pyoxigraph.NamedNode(value)


def _binding(pyoxigraph, term) -> dict:
    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "bnode", "value": str(term)}
