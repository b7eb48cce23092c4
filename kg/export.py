"""Deterministic, atomic exports.

Every file is written to a temporary file in the target folder and renamed
over the old one, so an interrupted build never leaves a half-written export
and a previous build's files stay intact until the new ones are complete.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import IO, Any

from kg.types import Article

__all__ = ["atomic_write", "StagedFiles", "swap_directory", "sync", "GrowingFile", "article_record", "dumps", "jsonl"]


def atomic_write(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file + rename); return the path."""
    with StagedFiles() as staged:
        staged.open(path, "wb").write(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


class StagedFiles:
    """Files written to temporary names and renamed into place together, at the end.

    ``open(path)`` returns a handle on a temporary file beside ``path``; leaving the
    ``with`` block normally syncs every file and renames each over its target, so a
    build interrupted anywhere before that leaves every previous file as it was.
    An exception removes the temporary files. Large exports are streamed through
    these handles instead of being held in memory whole.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path, IO]] = []
        self._discarded = False
        self._syncing: list = []  # threads started by sync_in_background

    def open(self, path: str | Path, mode: str = "w") -> IO:
        """A handle on the temporary file standing for ``path``."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        handle = os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": "\n"}))
        self._staged.append((path, Path(tmp), handle))
        return handle

    def path(self, path: str | Path) -> Path:
        """The temporary file standing for ``path``, for a writer that opens files itself
        (another process, SQLite); complete when the ``with`` block ends."""
        self.open(path, "wb").close()
        return self._staged[-1][1]

    def sync_in_background(self, every: bool = False) -> None:
        """Start putting the files written so far through handles of this process on disk,
        in a thread, while the caller goes on (committing waits for it, then finds them synced).
        ``every``: the files staged with :meth:`path` too (the caller knows they are complete)."""
        import threading

        written = [tmp for _, tmp, handle in self._staged if every or not handle.closed]
        for _, _, handle in self._staged:
            if not handle.closed:
                handle.flush()
        thread = threading.Thread(target=lambda: [sync(tmp) for tmp in written], daemon=True)
        thread.start()
        self._syncing.append(thread)

    def discard(self) -> None:
        """Write none of the staged files (their temporary files are removed on exit)."""
        self._discarded = True

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        try:
            if kind is None and not self._discarded:
                self._commit()
        finally:
            for _, tmp, handle in self._staged:
                handle.close()
                tmp.unlink(missing_ok=True)

    def _commit(self) -> None:
        umask = os.umask(0)
        os.umask(umask)
        for thread in self._syncing:
            thread.join()
        for _, tmp, handle in self._staged:
            handle.close()
            sync(tmp)
            os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; exports are for everyone
        for path, tmp, _ in self._staged:
            os.replace(tmp, path)


def sync(path: str | Path) -> None:
    """Put a written file's data on disk (fsync)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def swap_directory(staged: Path, directory: Path) -> Path:
    """Put a folder built beside ``directory`` in its place (the old one is removed)."""
    import shutil

    old = directory.with_name(f".{directory.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if directory.exists():
        directory.rename(old)
    staged.rename(directory)
    shutil.rmtree(old, ignore_errors=True)
    return directory


class GrowingFile(io.RawIOBase):
    """A file another process is still writing, read as a stream that ends where the file does.

    A read waits for more bytes until the writer has exited, which ``done`` tells: the
    read end of a pipe whose write end only the writer holds, so it reaches end-of-file
    when the writer exits. Wrap it in :class:`io.BufferedReader` for ``read(n)`` and
    ``readline()`` that wait for whole slices and lines. Whether the writer succeeded is
    for whoever started it to check: after a failure this stream just ends early.
    """

    POLL = 0.05  # seconds between looks at a file that has not grown

    def __init__(self, path: str | Path, done: int) -> None:
        super().__init__()
        self._file = open(path, "rb", buffering=0)
        self._done = done
        self._finished = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        import select

        while True:
            count = self._file.readinto(buffer)
            if count or self._finished:
                return count
            ready, _, _ = select.select([self._done], [], [], self.POLL)
            if ready and not os.read(self._done, 1):
                self._finished = True  # the writer has exited: one more read takes what it wrote last

    def close(self) -> None:
        self._file.close()
        super().close()


def _plain(value: Any) -> list:
    """What JSON holds of a value the encoder does not know: an edge's evidence rows
    (:class:`kg.evidence_table.EvidenceRows`) are the list of their dicts."""
    from kg.evidence_table import EvidenceRows

    if isinstance(value, EvidenceRows):
        return list(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=_plain)  # made once: dumps runs per node, edge and article


def dumps(value: Any) -> str:
    """JSON as ``kg`` writes it everywhere: UTF-8 text, sorted keys, stable."""
    return _ENCODER.encode(value)


def article_record(article: Article, *, paragraphs: bool = True) -> dict[str, Any]:
    """A plain-JSON view of an article (offsets are into its source file)."""
    record: dict[str, Any] = {
        "id": article.id,
        "source": article.source,
        "index": article.index,
        "newsletter": asdict(article.newsletter),
        "section": article.section,
        "title": article.title,
        "outlet": article.outlet,
        "date": article.date,
        "sources": [list(s) for s in article.sources],
        "url": article.url,
        "attachments": list(article.attachments),
        "start": article.start,
        "end": article.end,
    }
    if paragraphs:
        record["paragraphs"] = [{"text": p.text, "kind": p.kind, "start": p.start, "end": p.end} for p in article.paragraphs]
    return record


def jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(dumps(r) + "\n" for r in records)
