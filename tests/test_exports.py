"""The committed exports are what a build of the bundled corpus writes, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import export

EXPORTS = Path(__file__).parents[1] / "exports"
UNCOMMITTED = {"graph.nt", "graph.jsonld"}  # large; see .gitignore


def test_committed_exports_are_fresh(bundled_build):
    result = bundled_build[0]
    assert not result.errors
    for path in result.outputs:
        if path.name in UNCOMMITTED:
            continue
        committed = EXPORTS / path.name
        assert committed.exists(), f"{committed} is not committed; run python build_graph.py"
        assert path.read_bytes() == committed.read_bytes(), f"{committed.name} is stale; run python build_graph.py"


def test_rebuild_is_byte_identical(tmp_path, bundled_build):
    """Same input, same bytes — also in a new process with another hash seed."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "kg.cli", "build", "--out", str(tmp_path)], check=True, env=env, capture_output=True)
    first = bundled_build[0]
    assert [p.read_bytes() for p in first.outputs] == [(tmp_path / p.name).read_bytes() for p in first.outputs]


def test_an_interrupted_write_leaves_the_previous_export(tmp_path, monkeypatch):
    target = tmp_path / "articles.jsonl"
    export.atomic_write(target, "previous\n")

    def broken_fsync(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(export.os, "fsync", broken_fsync)
    with pytest.raises(KeyboardInterrupt):
        export.atomic_write(target, "half of the new one")
    assert target.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["articles.jsonl"]
