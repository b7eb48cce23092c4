#!/usr/bin/env python3
"""Convert peer libraries' public place-resolution tests into ``tests/place_cases/public.jsonl``.

What it does
------------
Reads the test files of two libraries that resolve Chinese places and addresses, without running
them (their literals are read with ``ast.literal_eval``), and writes one JSON line per case::

    {"text": …, "province": …, "city": …, "county": …, "source": "jionlp:3"}

and ``public.provenance.json`` (repositories, commits, paths, sha256, licences, counts, rules).

* JioNLP (https://github.com/dongrixinyu/JioNLP, Apache-2.0), ``test/test_location_parser.py``:
  ``location_string_list``, each ``[text, town_village, change2new, expected]``; ``expected`` gives
  province, city and county as full names (current names: every case expects the new name);
* cpca (https://github.com/DQinYuan/chinese_province_city_area_mapper, MIT), ``tests/test_cpca.py``:
  the ``addr_list`` of ``test_transform`` and the ``_assert_line(…, n, province, city, area, …)`` calls.

Rules (the libraries differ on municipalities; ours: a municipality is its own city):
``市辖区`` as a city, or no city under a municipality, becomes the municipality's name; ``市辖区``
as a county is no county (a city's urban area as a whole); a text that is not a string (cpca's
test of bad input) is left out. Every other
expected value is kept as written, including units without a GB/T 2260 code (台北市, 九龙城区,
经济技术开发区), which a linker to adcodes cannot give: they count against it.

How to rerun
------------
Get the two files at the commits recorded in the provenance (e.g. ``git show <commit>:<path>``) and::

    python3 scripts/convert_place_cases.py --jionlp test_location_parser.py --jionlp-commit <sha> \\
        --cpca test_cpca.py --cpca-commit <sha>
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "tests" / "place_cases" / "public.jsonl"
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


def _normalise(province: str | None, city: str | None, county: str | None) -> dict[str, str | None]:
    if province in MUNICIPALITIES and city in (None, "市辖区"):
        city = province
    if county == "市辖区":  # a city's urban area as a whole, no county-level unit
        county = None
    return {"province": province, "city": city, "county": county}


def jionlp_cases(source: str) -> list[dict]:
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
    functions = {node.name: node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.FunctionDef)}
    texts, expected = None, {}
    for node in ast.walk(functions["test_transform"]):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "addr_list":
            texts = ast.literal_eval(node.value)
    for node in ast.walk(functions["assert_addr"]):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_assert_line":
            # (linenum, province, city, area, …), after the frame and a flag in later versions
            first = next((k for k, a in enumerate(node.args) if isinstance(a, ast.Constant) and type(a.value) is int), None)
            if first is not None:
                n, province, city, area = (ast.literal_eval(a) for a in node.args[first : first + 4])
                expected[n] = _normalise(province, city, area)
    if texts is None or sorted(expected) != list(range(len(texts))):
        raise SystemExit("cpca test file: addr_list and _assert_line calls do not match")
    return [{"text": text, **expected[n], "source": f"cpca:{n}"} for n, text in enumerate(texts) if isinstance(text, str)]  # 32323: a test of bad input


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jionlp", type=Path, required=True)
    parser.add_argument("--jionlp-commit", required=True)
    parser.add_argument("--cpca", type=Path, required=True)
    parser.add_argument("--cpca-commit", required=True)
    args = parser.parse_args(argv)
    jio, cp = args.jionlp.read_bytes(), args.cpca.read_bytes()
    cases = jionlp_cases(jio.decode("utf-8")) + cpca_cases(cp.decode("utf-8"))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n" for c in cases), encoding="utf-8", newline="\n")
    provenance = {
        "output": "tests/place_cases/public.jsonl",
        "generated_by": "scripts/convert_place_cases.py",
        "cases": len(cases),
        "sources": [
            {"name": "jionlp", "repository": "dongrixinyu/JioNLP", "commit": args.jionlp_commit, "path": "test/test_location_parser.py",
             "sha256": hashlib.sha256(jio).hexdigest(), "licence": "Apache-2.0", "cases": sum(c["source"].startswith("jionlp") for c in cases)},
            {"name": "cpca", "repository": "DQinYuan/chinese_province_city_area_mapper", "commit": args.cpca_commit, "path": "tests/test_cpca.py",
             "sha256": hashlib.sha256(cp).hexdigest(), "licence": "MIT", "cases": sum(c["source"].startswith("cpca") for c in cases)},
        ],
        "rules": ["市辖区 as a city, or no city under a municipality, becomes the municipality's name (a municipality is its own city)",
                  "市辖区 as a county is no county (a city's urban area as a whole)", "cpca's non-string input (a test of bad input) is left out",
                  "every other expected value is kept as written, including units without a GB/T 2260 code"],
    }
    OUT.with_name("public.provenance.json").write_text(json.dumps(provenance, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(REPO)}: {len(cases)} cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
