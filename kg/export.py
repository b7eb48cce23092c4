"""Deterministic, atomic exports.

Every file is written to a temporary file in the target folder and renamed
over the old one, so an interrupted build never leaves a half-written export
and a previous build's files stay intact until the new ones are complete.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kg.types import Article

__all__ = ["atomic_write", "article_record", "dumps", "jsonl"]


def atomic_write(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file + rename); return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; exports are for everyone
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def dumps(value: Any) -> str:
    """JSON as ``kg`` writes it everywhere: UTF-8 text, sorted keys, stable."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


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
