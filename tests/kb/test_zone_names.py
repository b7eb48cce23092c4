"""Tests for scripts/kb/build_zone_names.py and the zone tables it writes (region_slugs.tsv,
zones_nbs2023.tsv), with zone_kinds.tsv: the conversion on hand-written rows (no source package
needed), the committed tables against regions.tsv and zones.tsv, and ids made as region × kind."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

from kg.kb import load_kb, read_table

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "kb" / "build_zone_names.py"
KB = ROOT / "kg" / "data" / "kb"


def _load_script():
    spec = importlib.util.spec_from_file_location("build_zone_names_under_test", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


bz = _load_script()

# A few regions, in regions.tsv's columns, and a pinyin table standing in for pypinyin.
REGIONS = [
    {"adcode": "430000", "name": "湖南省", "level": "province", "parent": "", "short_names": "湖南"},
    {"adcode": "430100", "name": "长沙市", "level": "city", "parent": "430000", "short_names": "长沙"},
    {"adcode": "430121", "name": "长沙县", "level": "district", "parent": "430100", "short_names": "长沙"},
    {"adcode": "430400", "name": "衡阳市", "level": "city", "parent": "430000", "short_names": "衡阳"},
    {"adcode": "430900", "name": "益阳市", "level": "city", "parent": "430000", "short_names": "益阳"},
    {"adcode": "430902", "name": "资阳区", "level": "district", "parent": "430900", "short_names": "资阳"},
    {"adcode": "220000", "name": "吉林省", "level": "province", "parent": "", "short_names": "吉林"},
    {"adcode": "220100", "name": "长春市", "level": "city", "parent": "220000", "short_names": "长春"},
    {"adcode": "330782", "name": "义乌市", "level": "district", "parent": "330700", "short_names": "义乌"},
    {"adcode": "650522", "name": "伊吾县", "level": "district", "parent": "650500", "short_names": "伊吾"},
]
PINYIN = {"湖南": "hunan", "长沙": "changsha", "衡阳": "hengyang", "益阳": "yiyang", "资阳": "ziyang", "吉林": "jilin", "长春": "changchun",
          "义乌": "yiwu", "伊吾": "yiwu", "净月": "jingyue", "松木": "songmu", "长春市": "changchunshi"}
COUNTS = {"义乌": 1000, "伊吾": 20, "汽车": 50000}


def pinyin(text: str) -> str:
    return PINYIN[text]


def everyday(word: str) -> int:
    return COUNTS.get(word, 0)


KINDS = list(read_table(KB / "zone_kinds.tsv"))


def test_region_slugs_keep_the_plain_slug_for_the_unit_a_bare_name_means():
    slugs = bz.region_slugs(REGIONS, pinyin, everyday)
    assert slugs["430100"] == "changsha" and slugs["430121"] == "changsha_430121"  # the city over its county
    assert slugs["330782"] == "yiwu" and slugs["650522"] == "yiwu_650522"  # homophones: the one written far more often


def test_nbs_units_become_zones_named_after_a_place_of_their_own():
    slugs = bz.region_slugs(REGIONS, pinyin, everyday)
    units = [
        ("220172", "长春净月高新技术产业开发区", "220172"),  # a county-level statistical unit: filed under its city
        ("430473", "湖南衡阳松木经济开发区", "430473"),  # a province prefix before the place
        ("430902401", "长春经济开发区", "430902"),  # in 益阳, named after a place elsewhere: left out
        ("430121400", "星沙产业基地", "430121"),  # no kind of zone
        ("430100500", "高新技术产业开发区", "430121"),  # no place
    ]
    rows, counts = bz.zone_rows(units, REGIONS, KINDS, [], slugs, pinyin, everyday)
    by_id = {r["id"]: r for r in rows}
    assert sorted(by_id) == ["changchun_jingyue_hi_tech_zone", "hengyang_songmu_economic_development_zone"]
    jingyue = by_id["changchun_jingyue_hi_tech_zone"]
    assert (jingyue["name"], jingyue["parents"], jingyue["note"]) == ("长春净月高新技术产业开发区", "220100", "nbs2023=220172")
    assert jingyue["aliases"].split("|") == ["净月高新区", "长春净月高新区"]
    assert by_id["hengyang_songmu_economic_development_zone"]["name"] == "衡阳松木经济开发区"
    assert counts["named after a place elsewhere"] == 1 and counts["no place name at the start"] == 1


def test_zones_already_curated_are_left_to_zones_tsv():
    slugs = bz.region_slugs(REGIONS, pinyin, everyday)
    curated = [{"id": "changchun_jingyue_hi_tech_zone", "name": "长春净月高新技术产业开发区", "aliases": ""}]
    rows, counts = bz.zone_rows([("220172", "长春净月高新技术产业开发区", "220172")], REGIONS, KINDS, curated, slugs, pinyin, everyday)
    assert rows == [] and counts["in zones.tsv"] == 1


def test_committed_tables_agree_with_regions_and_curated_zones():
    regions = {r["adcode"] for r in read_table(KB / "regions.tsv")}
    slugs = list(read_table(KB / "region_slugs.tsv"))
    assert all(r["adcode"] in regions and re.fullmatch(r"[a-z]+(_\d{6})?", r["slug"]) for r in slugs)
    assert len({r["slug"] for r in slugs}) == len(slugs)
    curated = list(read_table(KB / "zones.tsv"))
    nbs = list(read_table(KB / "zones_nbs2023.tsv"))
    ids = [r["id"] for r in nbs]
    assert ids == sorted(set(ids)) and not set(ids) & {r["id"] for r in curated}
    forms = [f for r in (*curated, *nbs) for f in [r["name"], *filter(None, r["aliases"].split("|"))]]
    assert len(forms) == len(set(forms)), "a zone form is shared by two zones"
    assert all(p in regions for r in nbs for p in r["parents"].split("|"))
    kind_forms = [f for k in KINDS for f in [k["name_form"], *filter(None, k["long_forms"].split("|")), *filter(None, k["short_forms"].split("|"))]]
    assert len(kind_forms) == len(set(kind_forms))


def test_a_zone_id_made_from_region_and_kind_is_found_again():
    kb = load_kb()
    zone = kb.region_zone("430300", "etdz")
    assert (zone.id, zone.name, zone.parents) == ("zone:xiangtan_etdz", "湘潭经济技术开发区", ("430300",))
    assert kb.get("zone:xiangtan_etdz") == zone
    assert kb.region_zone("430100", "etdz") is kb.by_id["zone:changsha_etdz"]  # in 长沙县, not the city's urban districts
    assert kb.region_zone("220100", "hi_tech_zone") is kb.by_id["zone:changchun_hi_tech_zone"]  # the table's own entry
    assert kb.get("zone:nowhere_etdz") is None


def test_zones_named_after_a_township_belong_to_their_county_and_shared_forms_name_neither():
    regions = [*REGIONS, {"adcode": "360121", "name": "南昌县", "level": "district", "parent": "360100", "short_names": "南昌"},
               {"adcode": "360100", "name": "南昌市", "level": "city", "parent": "360000", "short_names": "南昌"},
               {"adcode": "360000", "name": "江西省", "level": "province", "parent": "", "short_names": "江西"}]
    table = {**PINYIN, "南昌": "nanchang", "江西": "jiangxi", "小蓝": "xiaolan", "新港": "xingang", "空港": "konggang"}
    slugs = bz.region_slugs(regions, table.__getitem__, everyday)
    units = [
        ("360121403", "小蓝经济开发区", "360121"),  # a township's name: 南昌县's, as its code says
        ("430121401", "新港经济开发区", "430121"),  # one name in two counties: named with its county, no bare form
        ("430902402", "新港经济开发区", "430902"),
        ("430902403", "汽车工业园区", "430902"),  # an everyday word, no place
        ("430121402", "空港经济开发区", "430121"),  # no township or village of the county so named
    ]
    local = {"360121": {"小蓝村委会"}, "430121": {"新港镇", "空港工业园区虚拟社区"}, "430902": {"新港社区", "汽车村"}}
    rows, counts = bz.zone_rows(units, regions, KINDS, [], slugs, table.__getitem__, everyday, local)
    by_name = {r["name"]: r for r in rows}
    assert sorted(by_name) == ["小蓝经济开发区", "资阳区新港经济开发区", "长沙县新港经济开发区"]
    xiaolan = by_name["小蓝经济开发区"]
    assert xiaolan["parents"] == "360121" and "小蓝经开区" in xiaolan["aliases"].split("|")  # the shared short form of the kind
    assert "南昌县小蓝经济开发区" in xiaolan["aliases"].split("|")
    forms = [f for r in rows for f in [r["name"], *r["aliases"].split("|")]]
    assert "新港经开区" not in forms and "新港经济开发区" not in forms and "资阳新港经开区" in forms
    assert counts["no place name at the start"] == 2
