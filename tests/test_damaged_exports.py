"""Lookups over damaged exports: a damaged lookup.sqlite warns once and is answered from
graph.json; a damaged graph.json is one clear error naming it. Never a traceback, never a hang."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError, KgWarning
from kg.query import GraphIndex, LookupIndex, open_graph


@pytest.fixture
def exports(bundled_build, tmp_path) -> Path:
    """A copy of the bundled build's graph.json and lookup.sqlite (times kept, so the lookup is fresh)."""
    for name in ("graph.json", "lookup.sqlite"):
        shutil.copy2(bundled_build[1] / name, tmp_path / name)
    assert isinstance(open_graph(tmp_path / "graph.json"), LookupIndex)
    return tmp_path


def _answers(index: GraphIndex) -> dict:
    """What neighbors, show, stats and search answer (stats first: it reads every row)."""
    return {
        "stats": index.stats(),
        "neighbors": [r._asdict() for r in index.neighbors(index.resolve("深圳"), depth=2)],
        "show": index.profile(index.resolve("工信部")),
        "search": index.search("深"),
    }


@pytest.fixture(scope="module")
def expected(bundled_build) -> dict:
    return _answers(GraphIndex(bundled_build[0].graph))


def _overwrite(path: Path, start: int, data: bytes) -> None:
    with open(path, "r+b") as handle:
        handle.seek(start)
        handle.write(data)


def _damage_lookup(path: Path, how: str) -> None:
    size = path.stat().st_size
    if how == "truncated":
        os.truncate(path, size // 2)
    elif how == "middle overwritten":  # a third of the file: table pages SQLite reads, found only when read
        _overwrite(path, size // 3, b"\xff" * (size // 3))
    elif how == "header damaged":
        _overwrite(path, 0, b"\x00" * 100)
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "wrong schema":
        path.unlink()
        db = sqlite3.connect(path)
        db.executescript("CREATE TABLE meta (k TEXT); CREATE TABLE other (x INTEGER); INSERT INTO other VALUES (1);")
        db.commit()
        db.close()
    elif how == "rows SQLite cannot see are damaged":  # valid pages, JSON text of another shape
        data = path.read_bytes()
        assert b'"weight": ' in data
        path.write_bytes(data.replace(b'"weight": ', b'"weighX": '))
    elif how == "a row of another type":  # a blob where a node id belongs
        db = sqlite3.connect(path)
        db.execute("UPDATE edges SET v = X'ff' WHERE seq = (SELECT min(seq) FROM edges WHERE u = '440300')")
        db.commit()
        db.close()
    elif how == "a folder":
        path.unlink()
        path.mkdir()
    else:
        raise AssertionError(how)


DAMAGE = ["truncated", "middle overwritten", "header damaged", "empty", "wrong schema", "rows SQLite cannot see are damaged", "a row of another type", "a folder"]


@pytest.mark.parametrize("how", DAMAGE)
def test_a_damaged_lookup_warns_once_and_answers_from_graph_json(exports, expected, how):
    _damage_lookup(exports / "lookup.sqlite", how)
    with pytest.warns(KgWarning) as caught:
        answers = _answers(open_graph(exports / "graph.json"))
    assert answers == expected
    assert len(caught) == 1
    message = str(caught[0].message)
    assert message.startswith(f"{exports / 'lookup.sqlite'}: damaged (") and f"answering from {exports / 'graph.json'}" in message
    assert "run 'kg build' again" in message


def test_damage_found_in_the_middle_of_a_query_is_answered_whole(exports, expected):
    """The index opened fine; the damaged page is read only by a later query, which still answers in full."""
    index = open_graph(exports / "graph.json")
    assert index.resolve("深圳") == "440300"  # names are read on opening
    _damage_lookup(exports / "lookup.sqlite", "rows SQLite cannot see are damaged")
    with pytest.warns(KgWarning, match="damaged"):
        rows = [r._asdict() for r in index.neighbors("440300", depth=2)]
    assert rows == expected["neighbors"]
    assert index.stats() == expected["stats"]  # later reads go to graph.json, with no second warning


def test_a_stale_lookup_is_passed_over_silently(exports, expected):
    """Written for another graph.json (or by an older kg): not damage, no warning; graph.json answers."""
    os.utime(exports / "graph.json")
    index = open_graph(exports / "graph.json")
    assert not isinstance(index, LookupIndex)
    assert _answers(index) == expected


def test_a_lookup_without_its_list_of_relations_is_stale(exports):
    db = sqlite3.connect(exports / "lookup.sqlite")
    db.execute("DELETE FROM meta WHERE key = 'relations'")
    db.commit()
    db.close()
    assert not isinstance(open_graph(exports / "graph.json"), LookupIndex)


def test_cli_prints_the_warning_as_one_line_and_the_same_answer(exports):
    runner = CliRunner()
    args = ["neighbors", "深圳", "--format", "json", "--graph", str(exports / "graph.json")]
    good = runner.invoke(main, args)
    _damage_lookup(exports / "lookup.sqlite", "header damaged")
    for command in (args, ["stats", "--graph", str(exports / "graph.json")], ["show", "深圳", "--graph", str(exports / "graph.json")],
                    ["search", "深圳", "--graph", str(exports / "graph.json")]):
        result = runner.invoke(main, command)
        assert result.exit_code == 0, result.output
        assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"warning: {exports / 'lookup.sqlite'}: damaged")
    assert runner.invoke(main, args).stdout == good.stdout


def _write(path: Path, content: str | bytes) -> None:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)


def _graph_text(bundled_build) -> str:
    return (bundled_build[1] / "graph.json").read_text(encoding="utf-8")


GRAPH_DAMAGE = {
    "truncated": (lambda text: text[: len(text) // 2], "not valid JSON, truncated or damaged"),
    "bytes overwritten in the middle": (lambda text: text[: len(text) // 2] + "\x00" * 64 + text[len(text) // 2 + 64:], "not valid JSON"),
    "empty": (lambda text: "", "empty file"),
    "not UTF-8": (lambda text: b"\xff\xfe" + text.encode("utf-16-le")[:1000], "not UTF-8 text"),
    "a JSON list": (lambda text: "[1, 2, 3]", "not a graph written by kg build (JSON list instead of an object with nodes and links)"),
    "no links": (lambda text: json.dumps({k: v for k, v in json.loads(text).items() if k != "links"}), "(no 'links')"),
    "a node without id": (lambda text: text.replace('"id": "440300"', '"di": "440300"', 1),
                          lambda text: f"node {[n['id'] for n in json.loads(text)['nodes']].index('440300')} has no id"),  # its place in the build
    "a link without key": (lambda text: text.replace('"key": ', '"kez": ', 1), "link 0 has no 'key'"),
    "an attribute of the wrong type": (lambda text: text.replace('"aliases": [', '"aliases": 5, "x": [', 1), "'aliases' is int"),
    "evidence of the wrong shape": (lambda text: text.replace('"evidence": [{', '"evidence": [7, {'), "edge "),
}


@pytest.mark.parametrize("how", sorted(GRAPH_DAMAGE))
def test_a_damaged_graph_json_is_one_clear_error(bundled_build, tmp_path, how):
    damage, problem = GRAPH_DAMAGE[how]
    graph = tmp_path / "graph.json"
    _write(graph, damage(_graph_text(bundled_build)))
    with pytest.raises(InputError) as info:
        _answers(open_graph(graph))  # some damage is met only when a lookup reads the attribute
    message = str(info.value)
    if callable(problem):
        problem = problem(_graph_text(bundled_build))
    assert message.startswith(f"{graph}: ") and problem in message and message.endswith("run 'kg build' again to rewrite it")
    assert "\n" not in message


def test_graph_json_that_is_a_folder_a_fifo_or_unreadable(tmp_path, monkeypatch):
    folder = tmp_path / "graph.json"
    folder.mkdir()
    with pytest.raises(InputError, match="a folder, not a graph.json"):
        open_graph(folder)
    with pytest.raises(InputError, match="a folder, not a graph.json"):
        open_graph("")  # --graph '': the current folder
    fifo = tmp_path / "fifo" / "graph.json"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):  # reading it would block forever
        open_graph(fifo)
    plain = tmp_path / "plain" / "graph.json"
    plain.parent.mkdir()
    plain.write_text("{}", encoding="utf-8")

    def refuse(self, *args, **kwargs):  # tests run as root, for whom chmod 000 changes nothing
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_text", refuse)
    with pytest.raises(InputError, match=r"cannot be read \(Permission denied\)"):
        open_graph(plain)


def test_a_damaged_lookup_beside_a_damaged_graph_json(exports):
    _damage_lookup(exports / "lookup.sqlite", "header damaged")
    _write(exports / "graph.json", "{")
    with pytest.warns(KgWarning), pytest.raises(InputError, match="graph.json: not valid JSON"):
        open_graph(exports / "graph.json")


@pytest.mark.parametrize("command", [["neighbors", "深圳"], ["show", "深圳"], ["stats"], ["search", "深圳"], ["viz", "深圳", "-o", "{tmp}/p.html"]])
def test_cli_damaged_graph_json_is_one_line_without_traceback(tmp_path, command):
    graph = tmp_path / "graph.json"
    graph.write_text('{"directed": true, "nodes": [', encoding="utf-8")
    result = CliRunner().invoke(main, [c.format(tmp=tmp_path) for c in command] + ["--graph", str(graph)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {graph}: not valid JSON, truncated or damaged (Expecting value at line 1, column 30); run 'kg build' again to rewrite it\n"
    assert isinstance(result.exception, SystemExit)  # click's own exit, not an exception let through
