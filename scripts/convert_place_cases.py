#!/usr/bin/env python3
"""Convert peer libraries' public place-resolution tests into ``tests/place_cases/public.jsonl``.

What it does
------------
Reads the test files and README examples of four libraries that resolve Chinese places and
addresses, without running them (their literals are read with ``ast.literal_eval``), and writes
one JSON line per case::

    {"text": …, "province": …, "city": …, "county": …, "source": "jionlp:3"}

(a level the suite does not state is left out of the line and not scored; a text in which the
suite states several places has ``"places": [{province, city, county}, …]`` instead) and
``public.provenance.json`` (repositories, commits, paths, sha256, licences, counts, rules).

* JioNLP (https://github.com/dongrixinyu/JioNLP, Apache-2.0), ``test/test_location_parser.py``:
  ``location_string_list``, each ``[text, town_village, change2new, expected]``; ``expected`` gives
  province, city and county as full names (current names: every case expects the new name). JioNLP
  has no other test of place resolution (``recognize_location`` has none);
* cpca (https://github.com/DQinYuan/chinese_province_city_area_mapper, MIT), ``tests/test_cpca.py``:
  the ``addr_list`` of ``test_transform`` and the ``_assert_line(…, n, province, city, area, …)`` calls,
  and the ``transform_text_with_addrs`` calls of ``test_transform_text_with_addrs`` (several places
  in one text); and the README's examples printed with their output (``CPCA_README``);
* addressparser (https://github.com/shibing624/addressparser, MIT, a fork of cpca), every asserted
  province, city or area in ``tests/test_*.py`` (``_assert_line`` calls over a list of texts,
  ``string_dataframe(transform([text])) == 省市区``, ``pca.province == …`` after an extraction call,
  ``df.loc[n, '省'] == …``) and the README's examples printed with their output
  (``ADDRESSPARSER_README``);
* cpca-rs (https://github.com/laofahai/cpca-rs, MIT, the Rust crate ``cpca``), ``src/parser.rs`` and
  ``src/lib.rs``: every ``let r = ….parse("…")`` (and ``parse_batch``) followed by
  ``assert_eq!(r.province|city|district, Some("…".to_string()) | None)`` in its unit tests and doc
  tests; an assertion inside an ``if`` (indented deeper than its ``let``) states nothing.

Rules (the libraries differ on municipalities; ours: a municipality is its own city):
``市辖区`` as a city, or no city under a municipality, becomes the municipality's name; ``市辖区``
as a county, and an empty string, is no county (a city's urban area as a whole); a text that is not
a string (cpca's test of bad input) is left out; calls given a ``umap`` (the caller's choice for a
bare name shared by several districts) are left out, and so are calls with a ``lookahead`` below
the library's default (a test of that cut-off, not of the answer); README outputs the README itself
calls arbitrary or wrong are left out, and a README example whose text is already one of the
library's test cases is taken once (from the test). Every other expected value is kept as written,
including units without a GB/T 2260 code (台北市, 九龙城区, 经济技术开发区) and units abolished since
(杭州市下城区): the first count against a linker to current adcodes; the second are scored by the
name a mention records as written as well as by today's (``kg/place_scores.py``).

How to rerun
------------
Check out the four repositories at the commits recorded in the provenance (e.g. ``git archive
<commit> | tar -x -C dir``) and::

    python3 scripts/convert_place_cases.py --jionlp DIR --jionlp-commit <sha> --cpca DIR --cpca-commit <sha> \\
        --addressparser DIR --addressparser-commit <sha> --cpca-rs DIR --cpca-rs-commit <sha>
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "tests" / "place_cases" / "public.jsonl"
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
LEVELS = ("province", "city", "county")

#: cpca's README examples printed with their output, as (text, province, city, area), in README
#: order; checked against the README when converting. Left out: "朝阳区汉庭酒店大山子店" without a
#: umap (the README says cpca then picks one 朝阳区 at random) and the examples already in the tests.
CPCA_README = (
    ("北京朝阳区北苑华贸城", "北京市", "市辖区", "朝阳区"),
    ("江苏省南京市鼓楼区256号", "江苏省", "南京市", "鼓楼区"),
    ("江苏南京鼓楼区256号", "江苏省", "南京市", "鼓楼区"),
    ("新疆", "新疆维吾尔自治区", None, None),
    ("广西", "广西壮族自治区", None, None),
    ("宁夏", "宁夏回族自治区", None, None),
    ("西藏", "西藏自治区", None, None),
    ("11月15日早上9点到11月18日下班前王大猫。在观山湖区", "贵州省", "贵阳市", "观山湖区"),
)
#: addressparser's README examples printed with their output, likewise. Left out: the output of
#: ``cut=True`` for "浙江省杭州市下城区青云街40号3楼" (区 "城区"), which the README shows as an error.
ADDRESSPARSER_README = (
    ("福建泉州市洛江区万安塘西工业区", "福建省", "泉州市", "洛江区"),
    ("朝阳区北苑华贸城", "北京市", "北京市", "朝阳区"),
    ("浙江省杭州市下城区青云街40号3楼", "浙江省", "杭州市", "下城区"),
)
#: addressparser's result keys and Pca attributes → our levels
_ADDRESSPARSER_LEVELS = {"省": "province", "市": "city", "区": "county", "province": "province", "city": "city", "area": "county"}
_ADDRESSPARSER_LOOKAHEAD = 8  # transform's default


def _normalise(province: str | None, city: str | None, county: str | None) -> dict[str, str | None]:
    province, city, county = (v or None for v in (province, city, county))  # addressparser writes none as ""
    if province in MUNICIPALITIES and city in (None, "市辖区"):
        city = province
    if county == "市辖区":  # a city's urban area as a whole, no county-level unit
        county = None
    return {"province": province, "city": city, "county": county}


def _stated(levels: dict[str, str | None]) -> dict[str, str | None]:
    """Only the levels a test asserts (a test asserting the province alone says nothing of the city)."""
    full = _normalise(levels.get("province"), levels.get("city"), levels.get("county"))
    return {level: full[level] for level in LEVELS if level in levels}


def _functions(source: str) -> dict[str, ast.FunctionDef]:
    """A Python test file's functions by name (read, never run)."""
    return {node.name: node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.FunctionDef)}


def _list_assigned(function: ast.AST, names: tuple[str, ...]) -> list | None:
    """The literal first assigned to one of ``names`` in ``function`` (its list of texts), or None."""
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in names:
            return ast.literal_eval(node.value)
    return None


def _keyword(call: ast.Call, name: str):
    """The literal value of keyword ``name`` in a call (a ``umap=…``), or None."""
    return next((ast.literal_eval(k.value) for k in call.keywords if k.arg == name), None)


def _assert_lines(function: ast.AST) -> dict[int, dict[str, str | None]]:
    """``_assert_line(…, n, province, city, area, …)`` calls: the first int argument is the line."""
    expected = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_assert_line":
            first = next((k for k, a in enumerate(node.args) if isinstance(a, ast.Constant) and type(a.value) is int), None)
            if first is not None:
                n, province, city, area = (ast.literal_eval(a) for a in node.args[first : first + 4])
                expected[n] = _normalise(province, city, area)
    return expected


def jionlp_cases(source: str) -> list[dict]:
    """JioNLP's ``location_string_list`` cases, each with the province, city and county it expects."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "location_string_list":
            items = ast.literal_eval(node.value)
            break
    else:
        raise SystemExit("JioNLP test file: no location_string_list")
    out = []
    for n, (text, _town_village, change2new, expected) in enumerate(items):
        case = {"text": text, **_normalise(expected["province"], expected["city"], expected["county"]), "source": f"jionlp:{n}"}
        if not change2new:
            case["note"] = "change2new=False in the source; the expectation is the current name all the same"
        out.append(case)
    return out


def cpca_cases(source: str) -> list[dict]:
    """cpca's ``test_transform`` cases (one text, one place) and its ``transform_text_with_addrs`` ones."""
    functions = _functions(source)
    texts = _list_assigned(functions["test_transform"], ("addr_list",))
    expected = _assert_lines(functions["assert_addr"])
    if texts is None or sorted(expected) != list(range(len(texts))):
        raise SystemExit("cpca test file: addr_list and _assert_line calls do not match")
    out = [{"text": text, **expected[n], "source": f"cpca:{n}"} for n, text in enumerate(texts) if isinstance(text, str)]  # 32323: a test of bad input
    return out + cpca_text_cases(functions["test_transform_text_with_addrs"])


def cpca_text_cases(function: ast.FunctionDef) -> list[dict]:
    """The texts of ``transform_text_with_addrs`` calls (no umap), each with the places asserted after it."""
    out, text, places = [], None, None
    for statement in function.body:
        value = getattr(statement, "value", None)
        if isinstance(statement, ast.Assign) and getattr(statement.targets[0], "id", "") == "addrs_text":
            text = ast.literal_eval(value)
        elif isinstance(value, ast.Call) and getattr(value.func, "attr", "") == "transform_text_with_addrs":
            places = None if _keyword(value, "umap") else {}
            out.append((text, places))
        elif isinstance(statement, ast.Expr) and places is not None:
            places.update(_assert_lines(statement))
    return [{"text": t, "places": [p for _, p in sorted(ps.items())], "source": f"cpca:text_with_addrs:{n}"}
            for n, (t, ps) in enumerate(out) if ps]


def readme_cases(readme: str, examples: tuple, name: str, tested: set[str]) -> list[dict]:
    """README examples (text, province, city, area), each checked to be in the README as written."""
    out = []
    for n, (text, *levels) in enumerate(examples):
        if f'"{text}"' not in readme or any(v and v not in readme for v in levels):
            raise SystemExit(f"{name} README: example {text!r} or its output is not in the README")
        if text not in tested:
            out.append({"text": text, **_normalise(*levels), "source": f"{name}:readme:{n}"})
    return out


def addressparser_cases(files: dict[str, str], split) -> list[dict]:
    """Every asserted level of addressparser's test files (``split`` reads a 省市区 concatenation)."""
    out = []
    for path, source in sorted(files.items()):
        functions = _functions(source)
        for name, function in functions.items():
            if name.startswith("test_"):
                for n, (text, levels) in enumerate(_addressparser_function(function, functions, split)):
                    out.append({"text": text, **_stated(levels), "source": f"addressparser:{Path(path).stem}.{name}:{n}"})
    return out


def _addressparser_function(function: ast.FunctionDef, functions: dict[str, ast.FunctionDef], split) -> list[tuple[str, dict]]:
    """(text, asserted levels) of one test function, in the order asserted; a test on no text
    (of a helper given a half-filled record) gives none."""
    texts = _list_assigned(function, ("location_str", "addr_list"))
    calls = {getattr(n.func, "id", "") for n in ast.walk(function) if isinstance(n, ast.Call)}
    if texts and calls & {"_assert_line", "assert_addr"}:  # assert_addr: the module's _assert_line calls
        expected = _assert_lines(function if "_assert_line" in calls else functions["assert_addr"])
        return [(texts[n], levels) for n, levels in sorted(expected.items())]
    out: dict[str | None, dict] = {}
    single = None  # the text of the last extraction call on one text
    for statement in function.body:
        for node in ast.walk(statement):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("_jieba_extract", "_full_text_extract", "_handle_one_record", "transform"):
                arg = node.args[0] if node.args else None
                if isinstance(arg, ast.List) and len(arg.elts) == 1:
                    single = ast.literal_eval(arg.elts[0])
                elif isinstance(arg, ast.Constant):
                    if node.func.attr == "_full_text_extract" and ast.literal_eval(node.args[1]) < _ADDRESSPARSER_LOOKAHEAD:
                        return []  # a test of the lookahead cut-off
                    single = arg.value
        if not (isinstance(statement, ast.Assert) and isinstance(statement.test, ast.Compare) and isinstance(statement.test.ops[0], ast.Eq)):
            continue
        left, right = statement.test.left, statement.test.comparators[0]
        if not isinstance(right, ast.Constant) or not isinstance(right.value, str):
            continue
        if isinstance(left, ast.Name) and left.id == "df_str":
            out.setdefault(single, {}).update(split(right.value))
        elif isinstance(left, ast.Attribute) and left.attr in _ADDRESSPARSER_LEVELS and getattr(left.value, "id", "") == "pca":
            out.setdefault(single, {})[_ADDRESSPARSER_LEVELS[left.attr]] = right.value
        elif isinstance(left, ast.Subscript):
            key = ast.literal_eval(left.slice)
            if isinstance(key, str) and key in _ADDRESSPARSER_LEVELS:  # result1["省"]
                out.setdefault(single, {})[_ADDRESSPARSER_LEVELS[key]] = right.value
            elif isinstance(key, tuple) and key[1] in _ADDRESSPARSER_LEVELS and texts:  # df.loc[n, '省']
                out.setdefault(texts[key[0]], {})[_ADDRESSPARSER_LEVELS[key[1]]] = right.value
    return [(text, levels) for text, levels in out.items() if text is not None]


_RS_PARSE = re.compile(r'^(\s*)let (\w+) = [\w:.()]*parse\("([^"]*)"\);')
_RS_BATCH = re.compile(r'^(\s*)let (\w+) = vec!\[(.*)\];')
_RS_ASSERT = re.compile(r'^(\s*)assert_eq!\((\w+)(?:\[(\d+)\])?\.(province|city|district), (?:Some\("([^"]*)"\.to_string\(\)\)|(None))\);')
_RS_LEVELS = {"province": "province", "city": "city", "district": "county"}


def cpca_rs_cases(files: dict[str, str]) -> list[dict]:
    """Every ``parse`` result cpca-rs's tests and doc tests assert levels of (lines read one by one;
    a doc test's ``//!`` or ``///`` is taken off first)."""
    out = []
    for path, source in sorted(files.items()):
        cases: list[tuple[str, dict]] = []
        current: dict[str, tuple[int, list[int]]] = {}  # variable → (indent, indexes of its cases)
        batch: list[str] = []
        for line in source.splitlines():
            line = re.sub(r"^\s*//[/!] ?", "", line)
            if m := _RS_PARSE.match(line):
                cases.append((m[3], {}))
                current[m[2]] = (len(m[1]), [len(cases) - 1])
            elif m := _RS_BATCH.match(line):
                batch = re.findall(r'"([^"]*)"', m[3])
            elif "parse_batch(" in line and (m := re.match(r"^(\s*)let (\w+) =", line)):
                cases.extend((text, {}) for text in batch)
                current[m[2]] = (len(m[1]), list(range(len(cases) - len(batch), len(cases))))
            elif (m := _RS_ASSERT.match(line)) and m[2] in current:
                indent, indexes = current[m[2]]
                if len(m[1]) == indent:  # not inside an if
                    cases[indexes[int(m[3] or 0)]][1][_RS_LEVELS[m[4]]] = m[5]
        out += [{"text": text, **_stated(levels), "source": f"cpca-rs:{Path(path).name}:{n}"}
                for n, (text, levels) in enumerate(c for c in cases if c[1])]
    return out


def split_levels(written: str) -> dict[str, str | None]:
    """A concatenation 省市区 (湖北省孝感市安陆市) read into its three full names, by the KB's names."""
    from kg.kb import MUNICIPALITIES as MUNICIPALITY_CODES, load_kb

    kb = load_kb()
    provinces = [e for e in kb.by_id.values() if e.type == "province"]
    for province in provinces:
        if written.startswith(province.name):
            rest = written[len(province.name):]
            cities = [province] if province.adcode in MUNICIPALITY_CODES else \
                [e for e in kb.by_id.values() if e.type == "city" and e.parent == province.id]
            for city in cities:
                if rest.startswith(city.name):
                    return {"province": province.name, "city": city.name, "county": rest[len(city.name):] or None}
    raise SystemExit(f"addressparser test: cannot read {written!r} as 省市区")


def _source(name: str, repository: str, commit: str, licence: str, files: dict[str, bytes], cases: list[dict]) -> dict:
    """One library's provenance record: where its files come from, their hashes, its cases' count."""
    return {"name": name, "repository": repository, "commit": commit, "licence": licence,
            "files": [{"path": p, "sha256": hashlib.sha256(b).hexdigest()} for p, b in sorted(files.items())],
            "cases": sum(c["source"].split(":")[0] == name for c in cases)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for name in ("jionlp", "cpca", "addressparser", "cpca-rs"):
        parser.add_argument(f"--{name}", type=Path, required=True, help=f"a checkout of {name}'s repository")
        parser.add_argument(f"--{name}-commit", required=True)
    args = parser.parse_args(argv)
    jio = {"test/test_location_parser.py": (args.jionlp / "test/test_location_parser.py").read_bytes()}
    cp = {p: (args.cpca / p).read_bytes() for p in ("tests/test_cpca.py", "README.MD")}
    ap = {str(p.relative_to(args.addressparser)): p.read_bytes() for p in sorted((args.addressparser / "tests").glob("test_*.py"))}
    ap["README.md"] = (args.addressparser / "README.md").read_bytes()
    rs = {p: (args.cpca_rs / p).read_bytes() for p in ("src/lib.rs", "src/parser.rs")}

    cpca = cpca_cases(cp["tests/test_cpca.py"].decode("utf-8"))
    cpca += readme_cases(cp["README.MD"].decode("utf-8"), CPCA_README, "cpca", {c["text"] for c in cpca})
    address = addressparser_cases({p: b.decode("utf-8") for p, b in ap.items() if p.startswith("tests/")}, split_levels)
    address += readme_cases(ap["README.md"].decode("utf-8"), ADDRESSPARSER_README, "addressparser", {c["text"] for c in address})
    rust = cpca_rs_cases({p: b.decode("utf-8") for p, b in rs.items()})
    cases = jionlp_cases(jio["test/test_location_parser.py"].decode("utf-8")) + cpca + address + rust

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n" for c in cases), encoding="utf-8", newline="\n")
    provenance = {
        "output": "tests/place_cases/public.jsonl",
        "generated_by": "scripts/convert_place_cases.py",
        "cases": len(cases),
        "sources": [
            _source("jionlp", "dongrixinyu/JioNLP", args.jionlp_commit, "Apache-2.0", jio, cases),
            _source("cpca", "DQinYuan/chinese_province_city_area_mapper", args.cpca_commit, "MIT", cp, cases),
            _source("addressparser", "shibing624/addressparser", args.addressparser_commit, "MIT", ap, cases),
            _source("cpca-rs", "laofahai/cpca-rs", args.cpca_rs_commit, "MIT", rs, cases),
        ],
        "rules": ["市辖区 as a city, or no city under a municipality, becomes the municipality's name (a municipality is its own city)",
                  "市辖区 or an empty string as a county is no county (a city's urban area as a whole)",
                  "a level a test does not assert is not stated (not scored); a text with several places asserted lists them all",
                  "cpca's non-string input (a test of bad input) is left out",
                  "calls given a umap (the caller's choice for a shared district name) are left out",
                  "addressparser calls with a lookahead below its default (8) are left out (a test of the cut-off)",
                  "cpca-rs assertions inside an if (a condition on the parser's own answer) state nothing",
                  "README outputs the README itself calls arbitrary or wrong are left out; a README example already a test case is taken once",
                  "every other expected value is kept as written, including units without a GB/T 2260 code and units abolished since"],
    }
    OUT.with_name("public.provenance.json").write_text(json.dumps(provenance, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(REPO)}: {len(cases)} cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
