"""The console script's fast path for ``kg sparql`` (kg/entry.py): the same output, errors and exit
status as the click command, without importing click."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.entry import _local_query_options

ROOT = Path(__file__).resolve().parents[1]

CASES = {
    "canned table": ["regions_backing_industry", "--param", "industry=低空经济", "{graph}"],
    "canned json, option=value": ["--format", "json", "regions_backing_industry", "--param=industry=低空经济", "{graph}"],
    "canned csv, every edge": ["regions_backing_industry", "--param", "industry=低空经济", "--format=csv", "--min-confidence", "0", "{graph}"],
    "option given twice: the last": ["regions_backing_industry", "--param", "industry=低空经济", "--format", "json", "--format", "csv", "{graph}"],
    "plain query, store": ["SELECT (COUNT(*) AS ?n) WHERE { ?r kg:backs ?i }", "--store", "{store}"],
    "ask": ["ASK { ?r kg:backs ?i }", "--store", "{store}", "--format", "json"],
    "query file": ["{rq}", "{graph}"],
    "syntax error": ["SELECT WHERE {", "--store", "{store}"],
    "service refused": ["SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }", "--store", "{store}"],
    "no store": ["SELECT * WHERE { ?s ?p ?o }", "--store", "{nothing}"],
    "unknown canned query": ["regions_backing_industy", "{graph}"],
    "unknown entity": ["regions_backing_industry", "--param", "industry=没有这个产业", "{graph}"],
    "too many rows": ["regions_backing_industry", "--param", "industry=低空经济", "--max-rows", "2", "{graph}"],
    "missing parameter (usage)": ["regions_backing_industry", "{graph}"],
    "unknown parameter (usage)": ["regions_backing_industry", "--param", "industry=低空经济", "--param", "colour=red", "{graph}"],
    "bad --param (usage)": ["regions_backing_industry", "--param", "industry", "{graph}"],
    "bad --timeout (click)": ["regions_backing_industry", "--timeout", "0", "{graph}"],
    "no query (click)": ["--format", "json"],
    "help": ["--help"],
    "list": ["--list"],
}


@pytest.fixture(scope="module")
def places(bundled_build, tmp_path_factory):
    exports = bundled_build[1]
    rq = tmp_path_factory.mktemp("rq") / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Region }\n", encoding="utf-8")
    return {"{graph}": f"--graph={exports / 'graph.json'}", "{store}": str(exports / "store"), "{rq}": str(rq),
            "{nothing}": str(exports / "no-store-here")}


def _kg(module: str, args: list[str]) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-m", module, "sparql", *args], capture_output=True, text=True, timeout=120, cwd=ROOT)
    usage = f"python -m {module} "  # click names the program as it was started
    return done.returncode, done.stdout.replace(usage, "kg "), done.stderr.replace(usage, "kg ")


@pytest.mark.parametrize("case", CASES)
def test_the_console_script_says_what_the_click_command_says(case, places):
    args = [places.get(arg, arg) for arg in CASES[case]]
    fast, click = _kg("kg", args), _kg("kg.cli", args)
    assert fast == click
    assert fast[0] in (0, 1, 2) and (fast[1] or fast[2])


def test_a_local_query_imports_neither_click_nor_rdflib(places):
    code = ("import sys\nfrom kg.entry import main\n"
            f"status = main(['sparql', 'regions_backing_industry', '--param', 'industry=低空经济', {places['{graph}']!r}])\n"
            "print(status, sorted(m for m in ('click', 'rdflib', 'networkx', 'pyparsing', 'difflib') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "10 rows" in done.stdout and done.stdout.splitlines()[-1] == "0 []"


@pytest.mark.parametrize("args", [
    ["q", "--endpoint", "http://127.0.0.1:1/sparql"], ["q", "--list"], ["q", "-h"], ["q", "r"], ["q", "--"], ["q", "--graph"],
    ["q", "--max-rows", "1_000"], ["q", "--max-rows", "0"], ["q", "--max-memory", "255"], ["q", "--timeout", "nan"],
    ["q", "--min-confidence", "1.5"], ["q", "--format", "JSON"], ["q", "--allow-service=yes"], ["q", "--param", "--format"], [],
])
def test_anything_but_a_plain_local_query_is_left_to_click(args):
    assert _local_query_options(args) is None


def test_options_are_converted_as_click_converts_them():
    options = _local_query_options(["q", "--timeout", "2.5", "--max-rows=10", "--max-memory", "256", "--min-confidence", ".5",
                                    "--allow-service", "--store", "s", "--param", "a=b", "--param", "c=d"])
    assert options == {"query": "q", "params": ["a=b", "c=d"], "store": Path("s"), "graph": None, "fmt": "table", "timeout": 2.5,
                       "max_rows": 10, "max_memory": 256, "min_confidence": 0.5, "allow_service": True}


@pytest.mark.parametrize("args", [["q"], ["q", "--param", "a=b", "--max-rows", "5", "--min-confidence", ".5", "--allow-service"]])
def test_the_fast_path_reads_options_as_the_click_command_does(args):
    """Defaults included: the fast path's (from kg.sandbox.Limits) and kg.cli's own must not drift apart."""
    from kg.cli import sparql

    given = sparql.make_context("sparql", list(args)).params
    fast = _local_query_options(args)
    click_name = {"store": "store_dir", "graph": "graph_path"}
    expected = {key: given[click_name.get(key, key)] for key in fast}
    expected["params"] = list(expected["params"])
    assert fast == expected
