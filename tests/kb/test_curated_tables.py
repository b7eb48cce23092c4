"""Structural checks for the hand-curated knowledge-base tables in kg/data/kb/.

Covers agencies_central.tsv, agencies_sar.tsv, agency_functions.tsv, zones.tsv, zone_kinds.tsv and macro_regions.tsv:
parsing, unique ids, unique surface forms, cross references, official counts
and adcode format (plus existence in regions.tsv when that table is present).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
KB = ROOT / "kg" / "data" / "kb"
REGIONS = KB / "regions.tsv"

ELLIPSIS = "\u2026"  # marks function forms that need a central prefix
ADCODE = re.compile(r"^\d{6}$")
SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

COLUMNS = {
    "agencies_central.tsv": ["id", "name", "kind", "parent", "aliases", "context_aliases", "name_en", "successor"],
    "agencies_sar.tsv": ["id", "region", "name", "aliases", "note"],
    "agency_functions.tsv": ["function_id", "canonical", "levels", "aliases", "central_counterpart", "kind"],
    "zones.tsv": ["id", "name", "kind", "parents", "aliases", "established", "note"],
    "zone_kinds.tsv": ["kind", "name_form", "long_forms", "short_forms", "zone_kind", "shared_forms"],
    "macro_regions.tsv": ["id", "name", "aliases", "members", "note"],
}

AGENCY_KINDS = {
    "state_council", "ministry", "commission", "directly_affiliated", "directly_affiliated_special",
    "administration", "regulator", "party_body", "npc_body", "court", "procuratorate", "other",
}
FUNCTION_KINDS = {"government", "department", "party", "branch_of_central", "legislature", "other"}
LEVELS = {"province", "municipality", "city", "district"}
ZONE_KINDS = {
    "national_new_area", "ftz", "ftz_area", "cooperation_zone", "development_zone", "port_area", "other",
}


def read_tsv(name: str, comments: bool = True) -> tuple[list[str], list[dict[str, str]]]:
    path = KB / name
    raw = path.read_bytes()
    assert b"\r" not in raw, f"{name}: CRLF/CR line endings"
    text = raw.decode("utf-8")
    assert not text.startswith("\ufeff"), f"{name}: BOM"
    lines = text.split("\n")
    assert lines[-1] == "", f"{name}: missing final newline"
    lines = lines[:-1]
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    assert i > 0 or not comments, f"{name}: no leading # comment lines"
    assert i < len(lines), f"{name}: no header row"
    header = lines[i].split("\t")
    rows = []
    for n, line in enumerate(lines[i + 1:], start=i + 2):
        assert not line.startswith("#"), f"{name}:{n}: comment after header"
        cells = line.split("\t")
        assert len(cells) == len(header), f"{name}:{n}: {len(cells)} cells, expected {len(header)}"
        for c in cells:
            assert c == c.strip(), f"{name}:{n}: stray whitespace in {c!r}"
        rows.append(dict(zip(header, cells)))
    return header, rows


def split(cell: str) -> list[str]:
    if cell == "":
        return []
    parts = cell.split("|")
    assert all(parts), f"empty item in {cell!r}"
    assert len(parts) == len(set(parts)), f"repeated item in {cell!r}"
    return parts


@pytest.fixture(scope="module")
def tables() -> dict[str, list[dict[str, str]]]:
    out = {}
    for name, cols in COLUMNS.items():
        header, rows = read_tsv(name)
        assert header == cols, f"{name}: header {header}"
        assert rows, f"{name}: no data rows"
        out[name] = rows
    return out


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_parses_with_unique_sorted_ids(name, tables):
    rows = tables[name]
    key = COLUMNS[name][0]
    ids = [r[key] for r in rows]
    dupes = [k for k, v in Counter(ids).items() if v > 1]
    assert not dupes, f"{name}: duplicate ids {dupes}"
    assert ids == sorted(ids), f"{name}: rows not sorted by {key}"
    bad = [i for i in ids if not SLUG.match(i)]
    assert not bad, f"{name}: ids not ascii slugs: {bad}"


def assert_unique_forms(name: str, owners: list[tuple[str, str]]) -> None:
    seen: dict[str, str] = {}
    clashes = []
    for form, owner in owners:
        if form in seen and seen[form] != owner:
            clashes.append((form, seen[form], owner))
        seen.setdefault(form, owner)
    assert not clashes, f"{name}: forms shared by several rows: {clashes}"


# ---------------------------------------------------------------- agencies


def test_agencies(tables):
    rows = tables["agencies_central.tsv"]
    ids = {r["id"] for r in rows}
    owners = []
    for r in rows:
        assert r["kind"] in AGENCY_KINDS, r
        assert r["name"] and r["name_en"], r
        for ref in ("parent", "successor"):
            if r[ref]:
                assert r[ref] in ids, f"{r['id']}: {ref} {r[ref]!r} unknown"
                assert r[ref] != r["id"], r
        aliases, ctx = split(r["aliases"]), split(r["context_aliases"])
        assert not set(aliases) & set(ctx), f"{r['id']}: aliases and context_aliases overlap"
        assert r["name"] not in aliases + ctx, f"{r['id']}: name repeated as alias"
        owners += [(f, r["id"]) for f in [r["name"], *aliases, *ctx]]
    assert_unique_forms("agencies_central.tsv", owners)
    # no form is an alias in one row and a context_alias in another
    all_aliases = {a for r in rows for a in split(r["aliases"])}
    all_ctx = {a for r in rows for a in split(r["context_aliases"])}
    assert not all_aliases & all_ctx


def test_sar_bodies_are_their_regions_own(tables):
    """香港金管局 is Hong Kong's body: its region is a SAR, and each of its forms names that region, so
    none can be read as a mainland body or clash with a central body's forms."""
    central = {f for r in tables["agencies_central.tsv"] for f in [r["name"], *split(r["aliases"]), *split(r["context_aliases"])]}
    owners = []
    for r in tables["agencies_sar.tsv"]:
        assert r["region"] in ("810000", "820000"), r
        place = {"810000": "香港", "820000": "澳门"}[r["region"]]
        for form in [r["name"], *split(r["aliases"])]:
            assert form.startswith(place), (r["id"], form)
            assert form not in central, (r["id"], form)
            owners.append((form, r["id"]))
    assert_unique_forms("agencies_sar.tsv", owners)


def test_agencies_official_counts(tables):
    kinds = Counter(r["kind"] for r in tables["agencies_central.tsv"] if not r["successor"])
    assert kinds["ministry"] + kinds["commission"] == 26  # 国务院组成部门
    assert kinds["directly_affiliated_special"] == 1  # 国资委
    assert kinds["directly_affiliated"] == 14
    assert kinds["administration"] == 17


def test_agencies_successor_chains_end(tables):
    by_id = {r["id"]: r for r in tables["agencies_central.tsv"]}
    for r in by_id.values():
        seen, cur = {r["id"]}, r
        while cur["successor"]:
            cur = by_id[cur["successor"]]
            assert cur["id"] not in seen, f"successor cycle from {r['id']}"
            seen.add(cur["id"])


def test_agencies_known_aliases(tables):
    by_form = {}
    for r in tables["agencies_central.tsv"]:
        for f in [r["name"], *split(r["aliases"]), *split(r["context_aliases"])]:
            by_form[f] = r["id"]
    expected = {
        "工信部": "miit", "国家发展改革委": "ndrc", "发改委": "ndrc", "人民银行": "pboc",
        "金融监管总局": "nfra", "国家金融监管总局": "nfra", "海关总署": "gacc", "国税总局": "sat",
        "证监会": "csrc", "外汇局": "safe", "国家能源局": "nea", "市场监管总局": "samr",
        "银保监会": "cbirc", "国家发展改革委民营经济发展局": "ndrc_private_economy",
    }
    for form, aid in expected.items():
        assert by_form.get(form) == aid, form


# ---------------------------------------------------------------- functions


def function_forms(r: dict[str, str]) -> list[str]:
    forms = [r["canonical"]]
    for item in split(r["levels"]):
        level, _, form = item.partition(":")
        assert level in LEVELS and form, f"{r['function_id']}: bad level item {item!r}"
        forms.append(form)
    return forms


def test_functions(tables):
    central = {r["id"] for r in tables["agencies_central.tsv"]}
    owners = []
    for r in tables["agency_functions.tsv"]:
        fid = r["function_id"]
        assert r["kind"] in FUNCTION_KINDS, r
        assert r["canonical"], r
        if r["central_counterpart"]:
            assert r["central_counterpart"] in central, f"{fid}: unknown counterpart"
        levels = [i.partition(":")[0] for i in split(r["levels"])]
        assert len(levels) == len(set(levels)), f"{fid}: repeated level"
        base = function_forms(r)
        aliases = split(r["aliases"])
        assert not set(aliases) & set(base), f"{fid}: alias repeats canonical/level form"
        for f in set(base) | set(aliases):
            bare = f.removeprefix(ELLIPSIS)
            assert bare and ELLIPSIS not in bare, f"{fid}: bad form {f!r}"
            if f.startswith(ELLIPSIS):
                assert r["kind"] == "branch_of_central" and r["central_counterpart"], fid
                owners.append((f"{r['central_counterpart']}:{bare}", fid))
            else:
                owners.append((f, fid))
    assert_unique_forms("agency_functions.tsv", owners)


def test_functions_known_forms(tables):
    by_form = {}
    for r in tables["agency_functions.tsv"]:
        for f in set(function_forms(r)) | set(split(r["aliases"])):
            by_form.setdefault(f, r["function_id"])
    expected = {
        "工业和信息化局": "economy_and_it", "工信厅": "economy_and_it", "经信委": "economy_and_it",
        "经济和信息化局": "economy_and_it", "发改委": "development_reform", "发展改革委": "development_reform",
        "委金融办": "party_financial_committee_office", "政府": "government", "商务局": "commerce",
        "商务委": "commerce", "科技厅": "science_technology", "金融监管局": "nfra_branch",
        "证监局": "csrc_branch", "…分行": "people_bank_branch", "…总部": "people_bank_branch",
        "管委会": "development_zone_committee", "人大常委会": "congress_standing",
    }
    for form, fid in expected.items():
        assert by_form.get(form) == fid, form


# ---------------------------------------------------------------- zones


def test_zones(tables):
    rows = tables["zones.tsv"]
    by_id = {r["id"]: r for r in rows}
    owners = []
    for r in rows:
        assert r["kind"] in ZONE_KINDS, r
        assert split(r["parents"]), f"{r['id']}: no parents"
        for code in split(r["parents"]):
            assert ADCODE.match(code), f"{r['id']}: bad adcode {code!r}"
        if r["established"]:
            assert DATE.match(r["established"]), r
        aliases = split(r["aliases"])
        assert r["name"] not in aliases, f"{r['id']}: name repeated as alias"
        owners += [(f, r["id"]) for f in [r["name"], *aliases]]
        tokens = dict(t.split("=", 1) for t in r["note"].split("; ") if re.match(r"^[a-z_]+=\S+$", t))
        if r["kind"] == "ftz_area":
            assert by_id.get(tokens.get("ftz", ""), {}).get("kind") == "ftz", f"{r['id']}: missing ftz=<id>"
        if "part_of" in tokens:
            assert tokens["part_of"] in by_id, r["id"]
        if "administered_by" in tokens:
            assert tokens["administered_by"] in split(r["parents"]), f"{r['id']}: administered by a region it does not lie in"
    assert_unique_forms("zones.tsv", owners)


def test_zones_official_counts(tables):
    kinds = Counter(r["kind"] for r in tables["zones.tsv"])
    assert kinds["national_new_area"] == 19
    assert kinds["ftz"] == 22


def test_ftz_parents_cover_areas(tables):
    rows = tables["zones.tsv"]
    by_id = {r["id"]: r for r in rows}
    for r in rows:
        if r["kind"] == "ftz_area":
            ftz = re.match(r"ftz=(\S+?)(;|$)", r["note"]).group(1)
            assert set(split(r["parents"])) <= set(split(by_id[ftz]["parents"])), r["id"]


# ---------------------------------------------------------------- macro regions


def test_macro_regions(tables):
    owners = []
    for r in tables["macro_regions.tsv"]:
        members = split(r["members"])
        assert len(members) >= 2, r["id"]
        for code in members:
            assert ADCODE.match(code), f"{r['id']}: bad adcode {code!r}"
        aliases = split(r["aliases"])
        assert r["name"] not in aliases
        owners += [(f, r["id"]) for f in [r["name"], *aliases]]
    assert_unique_forms("macro_regions.tsv", owners)


# ---------------------------------------------------------------- regions.tsv cross-check


def test_adcodes_exist_in_regions(tables):
    if not REGIONS.exists():
        pytest.skip("kg/data/kb/regions.tsv not present yet")
    header, rows = read_tsv("regions.tsv", comments=False)
    assert "adcode" in header
    known = {r["adcode"] for r in rows}
    missing = []
    for r in tables["zones.tsv"]:
        missing += [(r["id"], c) for c in split(r["parents"]) if c not in known]
    for r in tables["macro_regions.tsv"]:
        missing += [(r["id"], c) for c in split(r["members"]) if c not in known]
    assert not missing, f"adcodes absent from regions.tsv: {missing}"
