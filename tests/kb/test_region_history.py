"""Tests for scripts/kb/build_region_history.py, the committed history and the knowledge base's former units.

The conversion is tested on hand-made events in the source's format; the packages themselves are not needed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KB = ROOT / "kg" / "data" / "kb"
sys.path.insert(0, str(ROOT / "scripts" / "kb"))
spec = importlib.util.spec_from_file_location("build_region_history_under_test", ROOT / "scripts" / "kb" / "build_region_history.py")
bh = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = bh
spec.loader.exec_module(bh)


def event(year, kind, old, new, level=3, doc=None):
    unit = lambda u: {"code": u[0] + "000000", "name": u[1]} if u else {"code": None, "name": None}  # noqa: E731
    return {"year": year, "type": kind, "level": level, "old": unit(old), "new": unit(new), "doc_no": doc}


CURRENT = {"420600": "襄阳市", "370116": "莱芜区", "430182": "宁乡市", "140215": "云州区", "140100": "太原市"}


def convert(*raw):
    events, _ = bh.parse_events({"events": list(raw)})
    formers, dropped = bh.convert(events, CURRENT)
    return {(f.adcode, f.name): f for f in formers}, dropped


def test_a_rename_keeping_the_code_is_a_former_name():
    formers, _ = convert(event(2010, "更名", ("420600", "襄樊市"), ("420600", "襄阳市"), level=2))
    former = formers[("420600", "襄樊市")]
    assert (former.successor, former.until, former.change, former.level) == ("420600", 2010, "更名", "city")


def test_chains_are_followed_to_the_current_unit():
    formers, _ = convert(
        event(1985, "同名改码", ("372602", "莱芜市"), ("370981", "莱芜市")),
        event(1992, "撤销", ("370981", "莱芜市"), ("371200", "莱芜市")),
        event(2018, "撤销", ("371200", "莱芜市"), ("370116", "莱芜区"), level=2, doc="国函〔2018〕163号"),
    )
    assert {k: f.successor for k, f in formers.items()} == {("372602", "莱芜市"): "370116", ("370981", "莱芜市"): "370116", ("371200", "莱芜市"): "370116"}
    assert formers[("371200", "莱芜市")].source == "国函〔2018〕163号"
    assert formers[("372602", "莱芜市")].until == 1985  # that code ceased in 1985


def test_code_slot_artefacts_and_dead_ends_are_dropped():
    formers, dropped = convert(
        event(1982, "码位改派", ("142121", "大同县"), ("142121", "阳高县")),  # not a rename: a diff artefact
        event(1995, "撤销", ("140111", "郊区"), None),  # abolished, no destination
        event(2018, "撤销", ("140227", "大同县"), ("140215", "云州区")),
    )
    assert list(formers) == [("140227", "大同县")]
    assert dropped == {"no current successor (abolished without destination, or split)": 1}


def guessed(year, kind, old, new):
    raw = event(year, kind, old, new)
    raw["note"] = f"{bh.AUTO_DESTINATION}：按名追踪"
    return raw


def test_a_destination_guessed_by_name_that_was_a_namesake_already_is_not_taken():
    current = {**CURRENT, "140303": "矿区", "140214": "云冈区", "130502": "襄都区", "140500": "晋城市"}
    lists = bh.CodeLists(
        frozenset({(2017, "140303", "矿区"), (2013, "130502", "桥东区"), (1984, "140500", "晋城市")}),
        {("140203", "矿区"): "140214", ("130103", "桥东区"): "130103"},
    )
    events, _ = bh.parse_events({"events": [
        guessed(2018, "撤销", ("140203", "矿区"), ("140303", "矿区")),  # 大同's 矿区 is not 阳泉's (国函〔2018〕22号: → 云冈区)
        guessed(2014, "撤销", ("130103", "桥东区"), ("130502", "桥东区")),  # 石家庄's, split: the lists map it nowhere else
        guessed(1985, "撤销", ("142501", "晋城市"), ("140500", "晋城市")),  # a county-level city made the prefecture: taken
    ]})
    formers, dropped = bh.convert(events, current, lists)
    assert {(f.adcode, f.successor, f.via) for f in formers} == {("140203", "140214", None), ("142501", "140500", None)}
    assert sum(dropped.values()) == 1 and "namesake" in next(iter(dropped))
    formers, _ = bh.convert(events, current)  # without the lists the guess stands
    assert ("140203", "140303") in {(f.adcode, f.successor) for f in formers}


def test_committed_history_follows_the_approval_where_the_guess_was_a_namesake():
    rows = {tuple(line.split("\t")[:2]): line.split("\t") for line in (KB / "region_history.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    assert rows[("140203", "矿区")][6:8] == ["140214", "云冈区"]  # 国函〔2018〕22号
    assert ("130103", "桥东区") not in rows


def test_a_chain_into_a_unit_that_is_gone_again_is_dropped():
    formers, _ = convert(event(2001, "更名", ("999901", "甲县"), ("999902", "乙县")))
    assert formers == {}


def test_the_change_list_fills_what_the_events_lack():
    regions = {"430000": ("湖南省", ""), "431100": ("永州市", "430000"), "431181": ("祁阳市", "431100")}
    changes = bh.parse_check("2021-02-20\t民批\t湖南省\t湖南\t永州市\t永州\t祁阳县\t祁阳=>湖南省\t永州市\t祁阳市\n")
    added, skipped = bh.supplement(changes, [], regions, {(2020, "祁阳县", "永州市"): "431121"})
    assert [(f.adcode, f.name, f.successor, f.until, f.change) for f in added] == [("431121", "祁阳县", "431181", 2021, "撤县设市")]
    assert skipped == {}


def test_committed_history_is_consistent():
    raw = (KB / "region_history.tsv").read_bytes()
    assert b"\r" not in raw and raw.endswith(b"\n")
    prov = json.loads((KB / "region_history.provenance.json").read_text(encoding="utf-8"))
    assert prov["output_sha256"] == hashlib.sha256(raw).hexdigest()
    assert all(src["package"] and src["version"] and len(src["sha256"]) == 64 for src in prov["sources"])
    current = dict(line.split("\t")[:2] for line in (KB / "regions.tsv").read_text(encoding="utf-8").splitlines()[1:])
    lines = raw.decode("utf-8").splitlines()
    assert tuple(lines[0].split("\t")) == bh.HEADER
    for line in lines[1:]:
        old, name, _word, _level, _shorts, until, successor, successor_name, *_ = line.split("\t")
        assert current.get(successor) == successor_name, line
        assert current.get(old) != name, line  # a former unit is not a current one
        assert 1980 <= int(until) <= 2030


@pytest.fixture(scope="module")
def kb():
    from kg.kb import load_kb

    return load_kb()


@pytest.mark.parametrize(
    ("form", "successor"),
    [("襄樊", "420600"), ("襄樊市", "420600"), ("莱芜市", "370116"), ("思茅市", "530800"), ("宁乡县", "430182"),
     ("崇文区", "110101"), ("闸北", "310106"), ("塘沽区", "120116"), ("下城区", "330105"), ("长泰县", "350605")],
)
def test_former_names_lead_to_the_current_unit(kb, form, successor):
    assert {(successor, "former"), (successor, "former_short")} & kb.candidates(form)
    assert kb.former_unit(form).successor == successor


def test_the_unit_valid_on_a_date(kb):
    before, after = kb.former_unit("莱芜市", 2017), kb.former_unit("莱芜市", 2021)
    assert (before.adcode, before.until, before.successor) == ("371200", 2018, "370116")
    assert after.successor == "370116"  # written after the merger, the name means the area
    assert kb.successors["371200"] == "370116"


def test_a_form_a_current_unit_still_has_is_not_a_former_alias(kb):
    assert all(kind != "former" for _, kind in kb.candidates("思茅"))  # 普洱市思茅区 today
    assert kb.former_unit("思茅", 2005).successor == "530800"  # but in 2005 it was the city, now 普洱市


@pytest.fixture(scope="module")
def linker():
    from kg.link import Linker

    return Linker()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("襄樊加快发展汽车产业", [("襄樊", "420600", "region_former_name")]),
        ("湖南宁乡县发展食品产业", [("湖南", "430000", "region_short"), ("宁乡县", "430182", "region_after_parent")]),
        ("上海市闸北推进产业", [("上海市", "310000", "region_name"), ("闸北", "310106", "region_after_parent")]),
        ("静安区政府在闸北推进产业", [("闸北", "310106", "region_former_short_in_context")]),
        ("闸北推进产业", []),  # a former district's short name needs its city, like a current one's
        ("超过80%的引导基金明确提出返投", []),  # 金明 (开封's former 金明区) across two words
        ("吴淞口国际邮轮港", []),  # 吴淞 (former 吴淞区) inside a longer name
        ("东方红卫星发射成功", []),  # 东方红 (湛江's 东方红区 until 1983): a former district's short name needs its successor named
    ],
)
def test_former_names_in_text(linker, text, expected):
    found = [(m.text, m.id, m.rule) for m in linker.link_text(text) if m.type in ("province", "city", "district")]
    assert found == expected


check_spec = importlib.util.spec_from_file_location("check_regions_under_test", ROOT / "scripts" / "kb" / "check_regions.py")
cr = importlib.util.module_from_spec(check_spec)
sys.modules[check_spec.name] = cr
check_spec.loader.exec_module(cr)


def test_nbs_differences_are_classified():
    ours = {"500157": "两江新区", "460302": "西沙区", "130102": "长安区"}
    nbs = {"500112": "渝北区", "460321": "西沙群岛", "130171": "石家庄高新技术产业开发区", "441900": "东莞市", "130102": "长安区", "130199": "某某区"}
    history = [{"old_adcode": "500112", "old_name": "渝北区", "until": "2025", "successor": "500157", "successor_name": "两江新区", "change": "撤销", "source": ""}]
    rows = {code: reason for code, _, _, reason, _ in cr.compare(ours, {"441900": "东莞市"}, nbs, history, {})}
    assert rows == {"130171": "statistical area", "130199": "unexplained", "441900": "city without counties", "460302": "NBS keeps an older name",
                    "460321": "NBS keeps an older name", "500112": "changed after 2023-06-30", "500157": "created after 2023-06-30"}


def test_committed_nbs_check_matches_the_tables():
    rows = cr.read_tsv(KB / "regions.nbs2023.tsv")
    current = {r["adcode"]: r["name"] for r in cr.read_tsv(KB / "regions.tsv") if r["level"] == "district"}
    formers = {(r["old_adcode"], r["old_name"]) for r in cr.read_tsv(KB / "region_history.tsv")}
    assert rows and not [r for r in rows if r["reason"] == "unexplained"]
    for row in rows:
        assert current.get(row["adcode"], "") == row["ours"], row  # rerun the check after rebuilding regions.tsv
        if row["reason"] == "changed after 2023-06-30":
            assert (row["adcode"], row["nbs2023"]) in formers, row
