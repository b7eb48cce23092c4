"""Incremental builds: adding, changing or removing a file updates every export as a full build of the same files would."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kg import BUNDLED_CORPUS
from kg import build as build_module
from kg.build import build
from kg.explore_index import PAGE_TABLES
from kg.sparql import check_store

NAMES = sorted(p.name for p in BUNDLED_CORPUS.glob("*.txt"))


def _rows(path: Path) -> dict:
    db = sqlite3.connect(path)
    try:
        rows = {
            "nodes": sorted(db.execute("SELECT id, attrs FROM nodes")),
            "names": sorted(db.execute("SELECT name, id FROM names")),
            "edges": sorted(db.execute("SELECT u, v, relation, attrs FROM edges")),
            "meta": sorted(db.execute("SELECT key, value FROM meta WHERE key != 'graph'")),
            "schema": sorted(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")),
            # the page index (kg.explore_index) as its pages read it: an article's facts in their
            # order (an update appends the new articles' rows), the backing and statistics as a set
            "page_facts": _by_article(db.execute("SELECT * FROM page_facts ORDER BY rowid")),
            "page_backing": sorted(db.execute("SELECT * FROM page_backing")),
            "page_meta": sorted(db.execute("SELECT * FROM page_meta")),
        }
        assert set(PAGE_TABLES) == {"page_facts", "page_backing", "page_meta"}
    finally:
        db.close()
    return rows


def _by_article(rows) -> dict[str, list]:
    grouped: dict[str, list] = {}
    for row in rows:
        grouped.setdefault(row[0], []).append(row)
    return grouped


def _triples(store: Path) -> set[str]:
    import pyoxigraph

    return set(map(str, pyoxigraph.Store.read_only(str(store))))


def _same_as_full(out: Path, corpus: Path, reference: Path) -> None:
    full = build([corpus], out=reference, cache=False)
    for path in full.outputs:
        assert (out / path.name).read_bytes() == path.read_bytes(), f"{path.name} differs from a full build's"
    for page in (reference / "views").iterdir():
        assert (out / "views" / page.name).read_bytes() == page.read_bytes(), f"views/{page.name} differs"
    assert _rows(out / "lookup.sqlite") == _rows(reference / "lookup.sqlite")
    assert _triples(out / "store") == _triples(reference / "store")


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in NAMES[:4]:
        shutil.copy(BUNDLED_CORPUS / name, folder / name)
    build([folder], out=tmp_path / "out")
    return folder


def test_add_change_remove_give_a_full_builds_exports(corpus, tmp_path):
    out = tmp_path / "out"
    steps = [
        lambda: shutil.copy(BUNDLED_CORPUS / NAMES[4], corpus / NAMES[4]),
        lambda: (corpus / NAMES[1]).write_text((corpus / NAMES[1]).read_text(encoding="utf-8").replace("深圳", "广州", 3), encoding="utf-8"),
        lambda: (corpus / NAMES[2]).unlink(),
    ]
    for step in steps:
        step()
        result = build([corpus], out=out)
        assert result.incremental is not None, "the update ran as a full build"
        check_store(out / "store")  # stamped with the new graph.nt: kg sparql takes it
        _same_as_full(out, corpus, tmp_path / "reference")


def test_an_interrupted_update_leaves_the_previous_exports(corpus, tmp_path, monkeypatch):
    from kg import incremental
    from kg.query import open_graph
    from kg.sparql import run_query

    out = tmp_path / "out"
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and p.name != ".lock"}
    shutil.copy(BUNDLED_CORPUS / NAMES[4], corpus / NAMES[4])
    real = incremental._patch_lookup

    def interrupted(*args):
        real(*args)
        raise KeyboardInterrupt

    monkeypatch.setattr(incremental, "_patch_lookup", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build([corpus], out=out)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert open_graph(out / "graph.json").resolve("深圳") == "440300"
    assert run_query(out / "store", "ASK { ?s ?p ?o }").boolean
    result = build([corpus], out=out)  # and the next build updates them
    assert result.incremental is not None
    _same_as_full(out, corpus, tmp_path / "reference")


def test_many_changed_files_build_in_full(corpus, tmp_path):
    for name in NAMES[:2]:  # half the files changed: a full build is as quick
        (corpus / name).write_text((corpus / name).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = build([corpus], out=tmp_path / "out")
    assert result.incremental is None
    _same_as_full(tmp_path / "out", corpus, tmp_path / "reference")


def test_a_changed_export_makes_the_next_build_full(corpus, tmp_path):
    (tmp_path / "out" / "graph.nt").write_bytes(b"")
    shutil.copy(BUNDLED_CORPUS / NAMES[4], corpus / NAMES[4])
    assert build([corpus], out=tmp_path / "out").incremental is None
    assert build_module.pipeline_version()  # the state is written again: the next one is incremental
    (corpus / NAMES[0]).unlink()
    assert build([corpus], out=tmp_path / "out").incremental is not None


def test_an_update_gexf_declines_stops_its_pages_and_builds_in_full(corpus, tmp_path, monkeypatch):
    """GEXF would declare other attributes (here: any other head) after the pages' process started."""
    import kg.graph
    from kg import incremental

    head = kg.graph.gexf_head
    monkeypatch.setattr(kg.graph, "gexf_head", lambda *keys: head(*keys).replace("<gexf ", "<gexf  ", 1))
    stopped = []
    stop = incremental._stop
    monkeypatch.setattr(incremental, "_stop", lambda process: (stop(process), stopped.append(process)))
    shutil.copy(BUNDLED_CORPUS / NAMES[4], corpus / NAMES[4])
    result = build([corpus], out=tmp_path / "out")
    assert result.incremental is None, "the update was not declined"
    assert stopped and all(not getattr(p, "is_alive", lambda: False)() for p in stopped)
    _same_as_full(tmp_path / "out", corpus, tmp_path / "reference")


# Hand-written exports in the layout Oxigraph writes: Turtle blocks start on a line that is not
# indented, JSON-LD ones with {"@id": after "]},". Items here: 2, 1 and 3 blocks.
_TURTLE = (b"@prefix kg: <https://example.org/kg#> .\n@prefix id: <https://example.org/id/> .\n"
           b"id:a kg:p \"x\" ;\n\tkg:q \"y\" .\nid:b kg:p \"\\n\" .\n"  # item 1 (an escaped newline is no block)
           b"id:c kg:p id:a .\n"  # item 2
           b"id:d kg:p \"z\" .\nid:e kg:p \"w\" ;\n\tkg:q 1 .\nid:f kg:p 2 .\n")  # item 3
_JSON_LD = (b'[{"@id":"a","p":[{"@value":"]},{\\"@id\\":"}]},{"@id":"b","p":[{"@id":"a"}]},'
            b'{"@id":"c","p":[{"@value":"x"}]},'
            b'{"@id":"d","p":[{"@value":"y"}]},{"@id":"e","p":[{"@value":"z"}]},{"@id":"f","p":[{"@value":"w"}]}]')


@pytest.mark.parametrize("fmt, text", [("TURTLE", _TURTLE), ("JSON_LD", _JSON_LD)])
@pytest.mark.parametrize("slice_size", [1, 2, 3, 5, 8, 13, 1 << 24])
def test_scan_lengths_finds_each_items_bytes_whatever_the_slices_read(tmp_path, monkeypatch, fmt, text, slice_size):
    from array import array

    from kg import incremental

    monkeypatch.setattr(incremental, "_SCAN_SLICE", slice_size)
    path = tmp_path / "export"
    path.write_bytes(text)
    head, lengths = incremental.scan_lengths(path, fmt, array("q", [2, 1, 3]))
    if fmt == "TURTLE":
        assert head == b"@prefix kg: <https://example.org/kg#> .\n@prefix id: <https://example.org/id/> .\n"
        items = [b'id:a kg:p "x" ;\n\tkg:q "y" .\nid:b kg:p "\\n" .\n', b"id:c kg:p id:a .\n",
                 b'id:d kg:p "z" .\nid:e kg:p "w" ;\n\tkg:q 1 .\nid:f kg:p 2 .\n']
        assert head + b"".join(items) == text
    else:  # items are joined by ",", inside "[" and "]"
        assert head == b"["
        items = [b'{"@id":"a","p":[{"@value":"]},{\\"@id\\":"}]},{"@id":"b","p":[{"@id":"a"}]}', b'{"@id":"c","p":[{"@value":"x"}]}',
                 b'{"@id":"d","p":[{"@value":"y"}]},{"@id":"e","p":[{"@value":"z"}]},{"@id":"f","p":[{"@value":"w"}]}']
        assert b"[" + b",".join(items) + b"]" == text
    assert list(lengths) == [len(item) for item in items]
    for wrong in ([2, 1, 2], [2, 1, 3, 1]):  # blocks the file does not have: refused
        with pytest.raises(ValueError, match="blocks where the items have"):
            incremental.scan_lengths(path, fmt, array("q", wrong))
