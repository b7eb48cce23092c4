"""The committed exports are what a build of the bundled corpus writes, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import export

EXPORTS = Path(__file__).parents[1] / "exports"
UNCOMMITTED = {"graph.gexf", "graph.nt", "graph.jsonld"}  # large; see .gitignore


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


def test_parallel_build_gives_the_same_bytes(tmp_path, bundled_build):
    from kg.build import build

    parallel = build(out=tmp_path / "p", jobs=2, cache=False)
    assert [p.read_bytes() for p in parallel.outputs] == [p.read_bytes() for p in bundled_build[0].outputs]


def test_incremental_build_processes_only_the_new_file(tmp_path, monkeypatch):
    import shutil

    from kg import BUNDLED_CORPUS
    from kg import build as build_module

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    names = sorted(p.name for p in BUNDLED_CORPUS.glob("*.txt"))
    for name in names[:2]:
        shutil.copy(BUNDLED_CORPUS / name, corpus / name)
    build_module.build([corpus], out=tmp_path / "out")
    shutil.copy(BUNDLED_CORPUS / names[2], corpus / names[2])

    processed = []
    real = build_module.extract_source
    monkeypatch.setattr(build_module, "extract_source", lambda source, *rest: processed.append(source.path.name) or real(source, *rest))
    incremental = build_module.build([corpus], out=tmp_path / "out")
    assert processed == [names[2]]
    monkeypatch.undo()
    full = build_module.build([corpus], out=tmp_path / "full", cache=False)
    assert [p.read_bytes() for p in incremental.outputs] == [p.read_bytes() for p in full.outputs]


def test_build_on_a_dask_cluster_gives_the_same_bytes(tmp_path, bundled_build):
    distributed = pytest.importorskip("dask.distributed")
    from kg.build import build

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = build(out=tmp_path, scheduler=cluster.scheduler_address)
    assert [p.read_bytes() for p in result.outputs] == [p.read_bytes() for p in bundled_build[0].outputs]


def test_graph_json_is_streamed_as_json_dumps_would_write_it(bundled_build):
    import io

    from kg.export import dumps
    from kg.graph import node_link, write_node_link

    graph = bundled_build[0].graph
    buffer = io.StringIO()
    write_node_link(graph, buffer)
    assert buffer.getvalue() == dumps(node_link(graph)) + "\n"


@pytest.mark.parametrize("writer, named", [("_CONVERT", "graph.ttl"), ("_write_ntriples", "graph.nt")])
def test_a_failing_export_leaves_every_previous_export(tmp_path, monkeypatch, writer, named):
    """Exports are staged and renamed together: one writer failing (the converters' own
    interpreter, or the N-Triples writer the store's loader and the converters follow)
    changes none of the files of the previous build and leaves nothing running."""
    from kg import build as build_module
    from kg.errors import KgError

    out = tmp_path / "out"
    first = build_module.build(out=out)
    before = {p.name: p.read_bytes() for p in first.outputs}

    def broken(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(build_module, writer, "import sys; sys.exit('disk full')" if writer == "_CONVERT" else broken)
    with pytest.raises(KgError, match=named):
        build_module.build(out=out, cache=False)
    assert {p.name: p.read_bytes() for p in first.outputs} == before
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".cache")) == sorted([*before, "lookup.sqlite", "store", "views"])  # nothing temporary left


def test_a_growing_file_is_read_whole_while_it_is_written(tmp_path):
    """A reader following a file another process writes waits for whole slices and lines,
    and ends exactly where the file does once the writer has exited."""
    import io
    import multiprocessing
    import os
    import time

    from kg.export import GrowingFile

    path = tmp_path / "growing.nt"
    path.write_bytes(b"")
    done, writing = os.pipe()

    def write():
        with open(path, "ab", buffering=0) as handle:
            for n in range(20):
                handle.write(f"line {n} ".encode())
                time.sleep(0.01)
                handle.write(b"end\n")

    writer = multiprocessing.get_context("fork").Process(target=write)
    writer.start()
    os.close(writing)
    with io.BufferedReader(GrowingFile(path, done)) as reader:
        first = reader.read(len(b"line 0 end\nline 1"))
        lines = [reader.readline() for _ in range(19)]
        rest = reader.read()
    writer.join()
    os.close(done)
    assert first == b"line 0 end\nline 1"
    assert lines == [b" end\n", *(f"line {n} end\n".encode() for n in range(2, 20))]
    assert rest == b""
