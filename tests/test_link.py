"""Entity linking: golden sentences (tests/golden/link_cases.tsv), the dev gold set, invariants."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import GOLDEN, TESTS
from kg.link import Linker, Unit


@pytest.fixture(scope="session")
def linker() -> Linker:
    return Linker()


def _cases():
    with (GOLDEN / "link_cases.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in rows:
            marks = [pytest.mark.xfail(strict=True, reason="known miss")] if row["status"] == "xfail" else []
            yield pytest.param(row["text"], row["context"].strip(), row["expected"], id=row["case"], marks=marks)


@pytest.mark.parametrize(("text", "context", "expected"), list(_cases()))
def test_golden_sentences(linker, text, context, expected):
    mentions = linker.link_units([Unit(text)], context_names=[context] if context else [])
    got = sorted(f"{m.text}={m.id}" for m in mentions)
    want = sorted(part for part in expected.split(";") if part)
    assert got == want


def _dated_cases():
    with (GOLDEN / "link_dated_cases.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in rows:
            yield pytest.param(row["text"], row["date"].strip() or None, row["expected"], id=row["case"])


@pytest.mark.parametrize(("text", "date", "expected"), list(_dated_cases()))
def test_dated_region_names(linker, text, date, expected):
    """A region's name means the unit valid on the text's date, counted under its current successor."""
    mentions = linker.link_text(text, date=date)
    got = sorted(f"{m.text}={m.id}" + (f"@{m.historical_adcode}" if m.historical_adcode else "") for m in mentions if m.adcode)
    want = sorted(part for part in expected.split(";") if part)
    assert got == want


def test_mentions_carry_type_name_adcode_rule_and_offsets(linker):
    text = "近日，深圳市工业和信息化局发布通知，支持宝安区发展低空经济。"
    mentions = {m.id: m for m in linker.link_text(text)}
    agency = mentions["agency:440300:economy_and_it"]
    assert (agency.type, agency.name, agency.rule) == ("agency", "深圳市工业和信息化局", "agency_region_function")
    district = mentions["440306"]
    assert (district.type, district.name, district.adcode) == ("district", "宝安区", "440306")
    for m in mentions.values():
        assert text[m.start : m.end] == m.text


def test_article_mentions_have_source_offsets(linker, corpus_documents):
    doc = corpus_documents["000_6655e9b386682018.txt"]  # PDF text: lines rejoined across breaks
    source = doc.source.text
    for article in doc.articles:
        for m in linker.link_article(article):
            raw = source[m.start : m.end]
            assert raw.replace("\n", "").replace(" ", "").replace("**", "") == m.text.replace(" ", ""), (m, raw)


def test_dev_gold_meets_the_linking_targets(linker, corpus_documents):
    """Regression guard on the hand-made dev set (tests/gold/*.jsonl); held-out figures are in the README."""
    from kg.evaluate import evaluate, load_gold

    articles = {(a.source, a.index): a for d in corpus_documents.values() for a in d.articles}
    result = evaluate(load_gold([TESTS / "gold"]), articles, linker.link_article)
    targets = {"region (adcode)": 0.97, "agency": 0.93, "industry": 0.88, "fund": 0.85, "policy": 0.95}
    scores = {name: round(result.scores[name].f1, 3) for name in targets}
    assert all(scores[name] >= target for name, target in targets.items()), scores
    assert result.articles >= 20


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_linking_never_crashes_and_offsets_hold(linker, text):
    for m in linker.link_text(text):
        assert text[m.start : m.end] == m.text


def test_jieba_knows_every_name_before_it_is_used(linker):
    # STYLE trap: without the names, 雄安新区内企业 splits as 雄安新/区内/企业.
    assert "雄安新区" in list(linker._jieba.cut("雄安新区内企业", HMM=False))


def test_spacy_component_writes_kb_ids_that_survive_docbin():
    from spacy.tokens import DocBin

    from kg.nlp import make_nlp

    nlp = make_nlp()
    doc = nlp("深圳市工信局发布《深圳市促进低空经济产业高质量发展的若干措施》；浦东新区支持人形机器人。")
    ents = [(e.text, e.label_, e.kb_id_) for e in doc.ents]
    assert ("深圳市工信局", "agency", "agency:440300:economy_and_it") in ents
    assert ("人形机器人", "industry", "industry:humanoid-robots") in ents
    assert len(list(doc.sents)) == 2  # ； ends a sentence
    copy = next(DocBin(docs=[doc]).from_bytes(DocBin(docs=[doc]).to_bytes()).get_docs(nlp.vocab))
    assert [(e.text, e.kb_id_) for e in copy.ents] == [(t, k) for t, _, k in ents]


def test_industry_table_is_generated_from_the_ontology():
    import importlib.util

    path = Path(__file__).parents[1] / "scripts" / "kb" / "build_industries.py"
    spec = importlib.util.spec_from_file_location("build_industries", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (Path(__file__).parents[1] / "kg" / "data" / "kb" / "industries.tsv").read_text(encoding="utf-8")
    assert module.render(module.industry_rows()) == committed, "run python scripts/kb/build_industries.py"


@pytest.mark.parametrize(
    ("text", "fund", "size"),
    [
        ("总规模 20 亿元的安徽省空天信息产业基金", "fund:340000:空天信息产业基金", "20亿元"),
        ("深圳：设立高端装备基金，目标规模20亿元，落地宝安区", "fund:440300:高端装备基金", "20亿元"),
        ("海南：自由贸易港创新投资基金设立", "fund:460000:自由贸易港创新投资基金", None),
    ],
)
def test_fund_mentions_carry_their_size(linker, text, fund, size):
    found = {m.id: m.quantity for m in linker.link_text(text) if m.type == "fund"}
    assert found == {fund: size}


def test_generic_fund_with_a_size_needs_its_place_in_the_clause(linker):
    """A generic name with a size is a fund when its clause names a place, before it or after it
    (100亿海洋基金群落地青岛), not when only the article gives an owner (设立规模5亿元的海洋基金)."""
    named = [Unit("100亿海洋基金群落地青岛"), Unit("青岛市将重点投向海洋装备。")]
    unnamed = [Unit("青岛：海洋装备企业增至80家"), Unit("下一步将设立规模5亿元的海洋基金。")]
    assert {m.id for m in linker.link_units(named) if m.type == "fund"} == {"fund:370200:海洋基金群"}
    assert {m.id for m in linker.link_units(unnamed) if m.type == "fund"} == set()


def test_fund_owner_is_no_part_of_a_longer_place_name(linker):
    """松山 opens 松山湖 (a place jieba knows): the fund in a 东莞 article is 东莞's, not 赤峰's 松山区's."""
    units = [Unit("东莞：加快松山湖建设"), Unit("东莞今年设立规模50亿元的松山湖科学城创新基金。")]
    funds = {m.id for m in linker.link_units(units) if m.type == "fund"}
    assert funds == {"fund:441900:松山湖科学城创新基金"}


def test_a_place_name_that_is_a_word_owns_no_fund_the_text_does_not_place_there(linker):
    """合作 (合作市's name) in 合作发展基金 or 特别合作区产业发展基金 is the word: the fund is the clause's or the
    article's region's, not 甘肃's 合作市 (which owns a fund where the text names it)."""
    funds = {m.id for m in linker.link_text("湛江：共建园区\n湛江市与茂名市共同设立合作发展基金，规模10亿元。") if m.type == "fund"}
    assert not any(f.startswith("fund:623001:") for f in funds)
    funds = {m.id for m in linker.link_text("资金方面，湛江市特别合作区产业发展基金总规模20亿元。") if m.type == "fund"}
    assert funds and not any(f.startswith("fund:623001:") for f in funds)


def test_fund_named_after_a_zone_of_a_municipality_is_the_municipalitys(linker):
    """A zone spanning two districts of 上海 or 北京 (临港新片区, 亦庄) opening a fund's name gives the municipality as
    its owner, a city as much as a province; a zone spanning two cities of a province gives the one that runs it
    (西咸新区: 西安, as its 管委会 is 西安's), as does a zone's name later in the clause (贵安新区: 贵阳)."""
    funds = {m.id for m in linker.link_text("临港新片区前沿科技产业基金今年完成首批投资。亦庄新材料产业基金年内落地。") if m.type == "fund"}
    assert funds == {"fund:310000:临港新片区前沿科技产业基金", "fund:110000:亦庄新材料产业基金"}
    assert [m.id for m in linker.link_text("西咸新区氢能产业基金年内落地。") if m.type == "fund"] == ["fund:610100:西咸新区氢能产业基金"]
    assert [m.id for m in linker.link_text("贵安新区近日设立规模8亿元的数据中心产业基金。") if m.type == "fund"] == ["fund:520100:数据中心产业基金"]


def test_fund_owner_of_level_and_of_a_district_name_several_cities_have(linker):
    """江西省级…基金 is the province's level (no one fund, as 省级产业引导基金 is none); 省级…基金 after two
    provinces is one fund each, none named; 鼓楼区 opening a fund's name in a 福州 article is 福州's district."""
    assert not [m for m in linker.link_text("江西省级产业引导基金加码新能源") if m.type == "fund"]
    assert not [m for m in linker.link_text("广东和安徽还设立了省级汽车产业基金。") if m.type == "fund"]
    units = [Unit("福州鼓楼：数字经济提速"), Unit("在福州市鼓楼区，鼓楼区将设立规模10亿元的鼓楼区数字经济产业引导基金。")]
    assert {m.id for m in linker.link_units(units) if m.type == "fund"} == {"fund:350102:数字经济产业引导基金"}


def test_a_fund_under_study_is_no_named_fund(linker):
    assert not [m for m in linker.link_text("柳州市发改委正会同市财政局研究设立汽车产业转型基金，方案尚在论证中。") if m.type == "fund"]
    assert [m.id for m in linker.link_text("柳州：设立基金\n柳州市设立汽车产业转型基金。") if m.type == "fund"] == ["fund:450200:汽车产业转型基金"]


def test_a_sub_fund_is_named_by_its_place_and_sector(linker):
    """A …子基金 opening with a place and naming its sector is a fund of its own (大同 is also a jieba
    adverb; 拟向 is not part of the name); a sub-fund named by no place, or by a place and no sector,
    is a part of a fund named elsewhere."""
    text = ("江西省现代产业引导基金拟向赣州稀土新材料子基金追加出资，其中九江石化新材料子基金规模8亿元。"
            "基金还将设立人工智能专项子基金，四川天府新区子基金也已设立。")
    funds = {m.text: m.id for m in linker.link_text(text) if m.type == "fund"}
    assert funds == {"江西省现代产业引导基金": "fund:360000:现代产业引导基金", "赣州稀土新材料子基金": "fund:360700:稀土新材料子基金",
                     "九江石化新材料子基金": "fund:360400:石化新材料子基金"}
    funds = {m.text: m.id for m in linker.link_text("朔州、大同两市加快转型。大同氢能子基金规模5亿元。") if m.type == "fund"}
    assert funds == {"大同氢能子基金": "fund:140200:氢能子基金"}
    # 新 opening 新能源汽车子基金 is no place (新疆's abbreviation): a sub-fund named by its sector alone
    funds = {m.text for m in linker.link_text("湖北省新兴产业引导基金宣布设立新能源汽车子基金，投向动力电池。") if m.type == "fund"}
    assert funds == {"湖北省新兴产业引导基金"}


def test_fund_references_by_kind_and_names_that_are_no_one_fund(linker):
    """A bare 引导基金 (以下简称“引导基金”) is the last 引导基金 named, not a sub-fund named since; 省级引导基金
    is any of a level's; 该子基金 is a named sub-fund only; the owner with its fund's kind (江西母基金) is that
    fund again; a body and the fund of funds (管委会和母基金) are no one name; a title actor's funds
    in general (赣州：产业投资基金群扩容) are no fund unless named in full too."""
    units = [Unit("赣州：产业投资基金群扩容"),
             Unit("赣州市产业发展引导基金（以下简称“引导基金”）由市财政局出资设立，其中赣州稀土新材料子基金规模5亿元。"
                  "引导基金还直接投资了一家企业。该子基金由赣州经开区管委会和引导基金共同设立。省里也提出发挥省级引导基金作用。"),
             Unit("江西省现代产业引导母基金成立。点评：江西母基金更强调与地市联动，该子基金尚未设立。")]
    found = [(m.text, m.id) for m in linker.link_units(units) if m.type == "fund"]
    guidance, sub, mother = "fund:360700:产业发展引导基金", "fund:360700:稀土新材料子基金", "fund:360000:现代产业引导母基金"
    assert found == [("赣州市产业发展引导基金", guidance), ("引导基金", guidance), ("赣州稀土新材料子基金", sub), ("引导基金", guidance),
                     ("该子基金", sub), ("引导基金", guidance), ("江西省现代产业引导母基金", mother), ("江西母基金", mother)]


def test_a_short_name_given_after_a_funds_full_name_is_that_fund(linker):
    """(以下简称“…基金”) after a fund's full name: the short name alone later is that fund, not 未来基金会 (a foundation)."""
    text = ("宁波市设立宁波市未来产业投资基金（以下简称“未来基金”），规模20亿元。"
            "未来基金将重点投资人形机器人。宁波未来基金会也参与了捐赠。")
    found = [(m.text, m.id) for m in linker.link_text(text) if m.type == "fund"]
    assert found == [("宁波市未来产业投资基金", "fund:330200:未来产业投资基金"), ("未来基金", "fund:330200:未来产业投资基金")]


def test_applying_for_a_fund_is_no_part_of_its_name(linker):
    """可申请 + 兰州新区…基金: the verb before a fund's name is the clause's, the zone's name opens the fund's."""
    found = [m.id for m in linker.link_text("符合条件的企业可申请兰州新区产业发展投资基金股权投资。") if m.type == "fund"]
    assert found == ["fund:620100:新区产业发展投资基金"]


def test_the_clause_region_owning_a_fund_is_read_as_the_text_means_a_shared_name(linker):
    """南沙区 names a district of 广州 and one of 三沙: after 广州市 it is 广州's, and owns the fund its clause sets up."""
    funds = {m.id for m in linker.link_text("广州市南沙区近日设立规模50亿元的南沙海洋产业母基金，重点投向海上风电。") if m.type == "fund"}
    assert funds == {"fund:440115:南沙海洋产业母基金"}


def test_the_body_of_a_new_area_that_is_a_district_is_the_districts_once_it_is_one(linker):
    """两江新区 became a district (500157) in 2025: its 管委会 is that district's body in text of 2025, 重庆's before
    (and in undated text, read as of today: the golden case body_of_a_new_area_that_is_also_a_district_is_that_district_s)."""
    text = "重庆市两江新区管委会近日出台新的支持政策。"
    assert {m.id for m in linker.link_text(text, date="2025-03-01") if m.type == "agency"} == {"agency:500157:development_zone_committee"}
    assert {m.id for m in linker.link_text(text, date="2024-03-01") if m.type == "agency"} == {"agency:500000:development_zone_committee"}


def test_a_zone_committee_is_named_as_its_regions_zone_body(linker):
    """One body stands for the committees of a city's zones (苏州工业园区管委会, 苏州高新区管委会): its name says so
    (苏州市开发区管理委员会, no 苏州市管理委员会, which does not exist); a new area that is a district is its own."""
    names = {m.text: linker.kb.get(m.id).name for m in linker.link_text("苏州工业园区管委会与重庆市两江新区管委会签约。", date="2025-03-01") if m.type == "agency"}
    assert names == {"苏州工业园区管委会": "苏州市开发区管理委员会", "两江新区管委会": "两江新区管理委员会"}


def test_a_fund_a_zone_sets_up_is_its_regions(linker):
    """A zone has no adcode: the fund its committee sets up is owned by the region it lies in, one region
    enclosing all where it spans several (北京经开区: 大兴区 and 通州区, so 北京)."""
    funds = {m.id for m in linker.link_text("苏州工业园区管委会近日设立规模50亿元的园区纳米技术产业母基金，重点投向第三代半导体。") if m.type == "fund"}
    assert funds == {"fund:320500:园区纳米技术产业母基金"}
    funds = {m.id for m in linker.link_text("北京经开区管委会近日设立规模20亿元的生物医药产业母基金，重点投向创新药。") if m.type == "fund"}
    assert funds == {"fund:110000:生物医药产业母基金"}


def test_a_district_after_its_city_owns_the_fund_and_funds_listed_together_are_two(linker):
    """杭州市余杭区…基金 is the district's (a short form after the city, 重庆两江…, stays the city's); two
    funds listed side by side are two, however alike their names (not one written two ways)."""
    funds = {m.text: m.id for m in linker.link_text("杭州市余杭区数字经济产业基金与重庆两江汽车产业基金签约。") if m.type == "fund"}
    assert funds == {"杭州市余杭区数字经济产业基金": "fund:330110:数字经济产业基金", "重庆两江汽车产业基金": "fund:500000:两江汽车产业基金"}
    funds = {m.text: m.id for m in linker.link_text("厦门市集成电路产业投资基金、厦门市产业投资基金等机构共同领投。") if m.type == "fund"}
    assert funds == {"厦门市集成电路产业投资基金": "fund:350200:集成电路产业投资基金", "厦门市产业投资基金": "fund:350200:产业投资基金"}


def test_a_fund_a_documents_measure_sets_up_is_no_fund_yet(linker):
    """…方案明确，…；设立规模30亿元的…基金 and 主要内容：…三是设立…基金 are measures, funds to come; a place
    that set one up (…设立了…基金) or a title's actor (南昌：设立…基金) names one."""
    for text in ("方案明确，对新落户企业给予奖励；设立规模30亿元的南昌市航空产业基金，重点投向大飞机配套。",
                 "主要内容：一是壮大航空制造；三是设立规模30亿元的南昌市航空产业基金，投向航空装备。"):
        assert not [m for m in linker.link_text(text) if m.type == "fund"], text
    for text in ("方案明确，南昌市已设立了规模30亿元的南昌市航空产业基金。", "南昌：设立航空产业基金，目标规模30亿元"):
        assert [m.id for m in linker.link_text(text) if m.type == "fund"] == ["fund:360100:航空产业基金"], text


def test_a_fund_after_a_conjunction_and_a_fund_regions_found_together(linker):
    """…资金与 + 湘西州…基金: a name opening with its owner's name ends the walk at 与; a fund two regions
    found together (由湖南省和东莞市共同发起设立…) is the first founder's, and a name of its own with a size
    after it is a fund (a generic one with a size after it is still none)."""
    funds = {m.text: m.id for m in linker.link_text("专项资金与湘西州产业发展引导基金联动使用。") if m.type == "fund"}
    assert funds == {"湘西州产业发展引导基金": "fund:433100:产业发展引导基金"}
    text = "由湖南省和东莞市共同发起设立湘莞产业合作基金，首期规模10亿元，重点投向电子信息。"
    assert [m.id for m in linker.link_text(text) if m.type == "fund"] == ["fund:430000:湘莞产业合作基金"]
    assert not [m for m in linker.link_text("湖南省设立产业合作发展基金，首期规模10亿元。") if m.type == "fund"]
    text = "湖南省财政厅、广东省财政厅共同发起设立湘粤产业投资基金（以下简称“合作基金”），总规模100亿元。"
    assert not [m for m in linker.link_text(text) if m.type == "fund" and "简称" in m.text]  # its short name is no fund of its own


def test_the_region_index_answers_as_a_walk_over_every_candidate(linker):
    """The current region at a point (市工信局, 市级基金) and the names around a covered name are
    looked up by place, not by walking every candidate; the answers are the walk's."""
    text = "将会同本市各区政府。长春市朝阳区发布方案，上海市浦东新区与会同县、南县、通道县合作；市工信局、区住建局和县政府。北京市海淀区"
    units = [Unit("今日：会同本市发布"), Unit(text * 3)]  # a title that names no home region
    context = linker.places.context(units, linker.scanner.scan(units), ())
    context.resolve = linker.regions.resolve

    def walked(level, u, pos):
        for c in sorted((c for c in context.region_cands if (c.unit, c.start) < (u, pos)), key=lambda c: (c.unit, c.start), reverse=True):
            region = context.region_named(c) if any(linker.places.level_matches(i, level) for i in c.meaning.region_ids) else None
            if region is not None and linker.places.level_matches(region, level):
                return region
        return None

    at_level = {level: sorted(a for a in context.anchors if linker.kb.by_id.get(a) is not None and linker.places.level_matches(a, level)) for level in ("province", "city", "district")}
    points = [(u, pos) for u, unit in enumerate(units) for pos in range(len(unit.text) + 1)]
    for level in ("province", "city", "district"):
        fallback = at_level[level][0] if len(at_level[level]) == 1 else None
        for u, pos in [*points[::7], *reversed(points)]:  # out of text order too: remembered answers must not leak
            want = linker.places.home_at_level(level, context) or walked(level, u, pos) or fallback  # none here
            assert linker.places.current_region(level, context, u, pos) == want, (level, u, pos)
    for cand in context.cands:
        around = [c for c in context.region_cands if c.unit == cand.unit and c.start <= cand.start and c.end >= cand.end and c is not cand]
        assert context.index.around(cand) == around


def test_the_scan_gives_candidates_by_unit_start_then_longest_first(linker):
    # Linker.locate_units and the zones sort them longest first by length alone, a stable sort that keeps this order.
    units = [Unit("上海市浦东新区与上海自贸试验区合作，发展集成电路"), Unit("深圳市南山区")]
    keys = [(c.unit, c.start, c.start - c.end) for c in linker.scanner.scan(units)]
    assert len(keys) > 4 and keys == sorted(set(keys))


def test_a_lone_surrogate_or_a_character_beyond_the_bmp_is_no_name(linker):
    # The scanner reads a text as the bytes of its UTF-16 code units: a lone surrogate (a JSON string, a
    # surrogatepass decode) is one code unit, a character beyond the BMP (an emoji) two; the names after
    # either are found where they are, in characters.
    for text in ("深圳，\ud800加快发展集成电路", "深圳\U0001f680，\U0002a6a5加快发展集成电路"):
        found = {(m.text, m.start, m.id) for m in linker.link_text(text)}
        assert found == {("深圳", 0, "440300"), ("集成电路", text.index("集成电路"), "industry:integrated-circuits")}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the document a notice issues names its region (a county-level city calls itself 市)
        (["关于印发《昆山市促进电商发展若干措施》的通知", "经市政府同意，现印发给你们。"], "市政府=agency:320583:government"),
        (["关于印发《长春市朝阳区促进电商发展若干措施》的通知", "经区政府同意，现印发给你们。"], "区政府=agency:220104:government"),
        # two bodies signing together on the last line
        (["关于支持电商发展的若干措施", "经市政府同意，现印发给你们。", "昆山市商务局　昆山市财政局"],
         "市政府=agency:320583:government;昆山市商务局=agency:320583:commerce;昆山市财政局=agency:320583:finance_bureau"),
        # a title framing its region (关于…的报告, 在…上的讲话, 《…》解读): a city compared in passing owns no body
        (["关于宜昌市化工产业发展情况的调研报告", "与襄阳等地相比还有差距。建议由市发改委牵头。"],
         "宜昌市=420500;襄阳=420600;市发改委=agency:420500:development_reform"),
        (["在2025年扬州市招商大会上的讲话", "我们要学习无锡的做法，市商务局要抓好落实。"],
         "扬州市=321000;无锡=320200;市商务局=agency:321000:commerce"),
        # an issuer line under a title without a region (湖南省工业和信息化厅 2025年3月1日发布): a level word is the issuer's
        # province, not the partner's named before it
        (["关于支持园区建设的若干措施", "湖南省工业和信息化厅 2025年3月1日发布", "鼓励与广东省深圳市合作共建园区。省先进制造业引导基金给予支持。"],
         "湖南省工业和信息化厅=agency:430000:economy_and_it;广东省=440000;深圳市=440300;省先进制造业引导基金=fund:430000:先进制造业引导基金"),
        # a notice that forwards another's document is not from the region the document names
        (["关于转发《昆山市促进电商发展若干措施》的通知", "请认真贯彻执行。"], ""),
    ],
)
def test_local_body_without_its_region_is_the_home_region_s(linker, lines, expected):
    mentions = linker.link_units([Unit(line) for line in lines])
    got = sorted(f"{m.text}={m.id}" for m in mentions if m.type != "policy" and m.type != "industry")
    assert got == sorted(part for part in expected.split(";") if part)


def test_a_former_citys_own_bodies_in_its_time(linker):
    """市政府 in a 2017 document of 莱芜市 (a city until 2018, now 济南市莱芜区) is 莱芜's, not 济南's;
    in a 莱芜区 document of today it is 济南's."""
    then = {m.text: m.id for m in linker.link_text("莱芜市人民政府关于方案的批复。经市政府研究，原则同意。", date="2017-05-22")}
    assert then["市政府"] == "agency:370116:government"
    now = {m.text: m.id for m in linker.link_text("莱芜区人民政府关于方案的批复。经市政府研究，原则同意。", date="2024-05-22")}
    assert now["市政府"] == "agency:370100:government"


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="深圳市保险业务发展新能源汽车和县城区以上的", max_size=14))
def test_a_place_no_word_crosses_is_told_by_the_two_characters_around_it(linker, text):
    """The table of characters that follow each other inside jieba's words answers as looking up every piece would."""
    freq = linker.words.tokenizer.FREQ

    def crossed(edge):
        return edge < len(text) and any(freq.get(text[i:k]) for i in range(max(0, edge - 4), edge) for k in range(edge + 1, min(len(text), i + 8) + 1))

    assert [linker.words._crossed_at(text, edge) for edge in range(len(text) + 1)] == [crossed(edge) for edge in range(len(text) + 1)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="深圳市保险业务发展新能源汽车和县城区以上的5G号线aB1 .-%，。·\n", max_size=24))
def test_the_linkers_cut_is_jiebas(linker, text):
    """Words.cut walks jieba's algorithm itself: the same words as jieba's own cut without its HMM,
    letters and digits, spaces and punctuation included."""
    from kg.link.candidates import jieba_cut

    assert jieba_cut(linker.words.tokenizer, text) == tuple(linker.words.tokenizer.cut(text, HMM=False))


def _gated_after():
    """The gates of the linker's chains of patterns read after a name, each with the patterns it stands for."""
    from kg.link import other_meanings, regions

    return [(regions._NAMED_AFTER, [regions.BRANCH_AFTER, regions._SITE_DATELINE, regions._ZONE_NAME_AFTER, regions._COMPANY_NAME_AFTER, regions._BODY_NAME_AFTER,
                                    regions._EVENT_AFTER, regions._FACILITY_AFTER, regions._TRIAL_ZONE_AFTER]),
            (other_meanings._REFUSABLE_AFTER, list(other_meanings._CHECKS_AFTER_A_LABEL.values()))]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="厦门火炬高新区产业园集团有限公司股份医院大学会展城机场试验区分行网在线2024年11月20日电讯租赁、和装备设备融资企业厂商客户车用板部件的城市平台中心发展资金局处）。，", max_size=40))
def test_a_gate_after_a_name_hides_no_match(text):
    """kg.link.gates.WordsAfter: where a gate says no pattern of its chain can match, none does (it only spares the calls)."""
    for gate, patterns in _gated_after():
        for pos in range(len(text) + 1):
            if any(p.match(text, pos) for p in patterns):
                assert gate.may_match(text, pos), (text, pos)


def test_a_gate_after_a_name_spares_plain_text():
    """Most names are followed by none of the words their chain needs: the gates say so."""
    regions_gate, labels_gate = (gate for gate, _ in _gated_after())
    assert not regions_gate.may_match("深圳推动数字经济发展。", 2) and regions_gate.may_match("山东高速集团", 2)
    assert not labels_gate.may_match("推动数字经济发展。", 6) and labels_gate.may_match("围绕飞机、船舶和新能源装备租赁", 4)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="市委工信局办公室改革发展", min_size=1, max_size=5), min_size=1, max_size=12),
       st.text(alphabet="市委工信局办公室改革发展，X", max_size=30))
def test_a_word_alternation_matches_as_the_words_longest_first(words, text):
    """The trie of the words finds what their alternation, longest first, finds: alone and inside a longer pattern."""
    import re

    from kg.patterns import word_alternation

    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    for pattern in ("{}", "(?:{})局", "(?:{}|市)(?!改)"):
        old, new = re.compile(pattern.format(plain)), re.compile(pattern.format(word_alternation(words)))
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        assert [bool(new.match(text, i)) for i in range(len(text))] == [bool(old.match(text, i)) for i in range(len(text))]


@given(st.text(alphabet="本全自治区省市县州工信局委员会，", max_size=30))
def test_matches_tried_where_they_can_open_are_finditers(text):
    import re

    from kg.patterns import matches_from

    pattern = re.compile(r"(?:本|全)?(?:自治区|[省市区县州])(?:工信局|委(?![员会]))")
    assert [m.span() for m in matches_from(pattern, re.compile("[本全自省市区县州]"), text)] == [m.span() for m in pattern.finditer(text)]


_REQUIRING = (
    r"(?:[、和][^，、和]{1,4}){0,3}?等?(?:行业|领域)[^，]{0,2}(?:应用|融合)",  # words required one after another: the last group
    r"(?:产业)?集群(?:的?名单|培育体系)",  # a run of spelt-out parts: the words it makes together
    r"[，,]服务(?:于)?[^，。]{0,6}$",
    r"(?:(?<=企业)服务|服务于|(?<!适)用于|供(?:应|给)(?:本地)?)[^，。]{0,4}$",  # lookarounds hold no text of the match
    r"(?:企业|项目)+[^，。]{0,3}(?:使用|采用|开展“?机器换人)",
)


@given(st.text(alphabet="、和等行业领域的中应用融合产集群名单培育体系，,服务于企适用供给本地项目使采开展“机器换人X", max_size=30))
def test_every_match_holds_one_of_the_patterns_required_words(text):
    import re

    from kg.patterns import required_words

    for source in _REQUIRING:
        pattern = re.compile(source)
        for last in (True, False):
            words = required_words(pattern, last=last)
            for i in range(len(text) + 1):
                if (found := pattern.match(text, i)) is not None:
                    assert any(word in found[0] for word in words), (source, found[0], words)


def test_required_words_are_the_farthest_group_of_the_longest_words():
    import re

    from kg.patterns import required_words

    assert required_words(re.compile(_REQUIRING[0])) == {"应用", "融合"}
    assert required_words(re.compile(_REQUIRING[0]), last=False) == {"行业", "领域"}
    assert required_words(re.compile(_REQUIRING[1])) == {"集群名单", "集群的名单", "集群培育体系"}
    assert required_words(re.compile(_REQUIRING[3])) == {"服务", "用于", "供应", "供给"}
    assert required_words(re.compile(r"与[^，]{1,8}的(?:[^，、]{1,4}、)*$"), last=False) == {"与"}
    with pytest.raises(ValueError):
        required_words(re.compile(r"[^，]{1,4}(?:等)?"))  # nothing fixed in every match
    with pytest.raises(ValueError):
        required_words(re.compile(r"(?i:ai)(?:芯片)?"))  # letters of any case: no fixed word


def test_a_credit_line_names_the_government_body_that_published_the_item_but_no_place(linker):
    from test_segment import _source

    from kg.segment import segment

    text = ("产业动态\n2026年第2期\n\n"
            "一、某省推动储能装备走出去\n记者从展会获悉，今年全省储能装备出口额同比增长两成。\n（来源：湖南省商务厅网站，20260105）\n\n"
            "二、某市加快布局算力中心\n该市新建两座智算中心，算力规模合计达到5000P。\n（来源：新疆日报，20260107）\n")
    doc = segment(_source(text))
    first, second = doc.articles
    assert [p.kind for p in first.margins] == ["credit"]
    found = {(m.type, m.id, doc.source.text[m.start : m.end]) for m in linker.link_article(first)}
    assert ("agency", "agency:430000:commerce", "湖南省商务厅") in found  # the body whose site published it
    assert not any(t == "province" for t, _, _ in found)  # (its province is no mention of its own)
    assert not any(m.type in ("province", "agency") for m in linker.link_article(second))  # a newspaper's name names no place: no 新疆


def test_entities_in_an_articles_margins_are_tagged_at_their_source_offsets(linker):
    from dataclasses import replace

    from test_segment import NOTICE, _source

    from kg.segment import segment

    doc = segment(_source(NOTICE))
    (article,) = doc.articles
    found = {(m.id, doc.source.text[m.start : m.end]) for m in linker.link_article(article)}
    assert ("agency:430000:finance_bureau", "省财政厅") in found  # in the 抄送 list
    assert ("430200", "株洲") not in found  # but not the city inside a company's name there
    assert {m.id for m in linker.link_article(replace(article, margins=()))} == {m for m, _ in found} - {"agency:430000:finance_bureau", "agency:430000:party_committee"}


def test_an_articles_own_title_line_names_its_places_a_heading_in_its_text_does_not(linker):
    """A document whose first line is its own title (中卫市…行动方案 above the text that cites it in 《》)
    names its region there, as a work report's title does; the same title as a heading inside the
    text is the policy, and the place inside it no mention."""
    title = "玉溪市储能产业发展行动方案"
    body = "《玉溪市储能产业发展行动方案》已经市人民政府同意，现印发给你们。"
    as_title = linker.link_units([Unit(title, kind="title"), Unit(body)])
    assert ("玉溪市", "530400") in {(m.text, m.id) for m in as_title}
    as_heading = linker.link_units([Unit("关于印发储能产业行动方案的通知", kind="title"), Unit(title), Unit(body)])
    assert "530400" not in {m.id for m in as_heading}


def test_a_signature_above_a_bracketed_note_is_the_documents_home(linker):
    """An answer letter signed by 广州市工业和信息化局 above its date and a note in brackets (联系人, 电话):
    its 市发展改革委 is 广州's, not that of a city the letter names in passing (合肥)."""
    units = [Unit("关于市人大代表建议的答复", kind="title"), Unit("您提到深圳、合肥的做法，我们已组织学习。"),
             Unit("我局将会同市发展改革委，支持黄埔区建设产业园。"), Unit("广州市工业和信息化局"), Unit("2024年7月15日"),
             Unit("（联系人：王敏，电话：020-83185679）")]
    agencies = {m.text: m.id for m in linker.link_units(units) if m.type == "agency"}
    assert agencies["市发展改革委"] == "agency:440100:development_reform"


def test_a_new_town_named_with_new_town_is_not_the_district_of_that_short_name(linker):
    # 沣西新城, 空港新城 are new towns of 西咸新区; 新城 glued to their names is no short name of 西安's 新城区,
    # which a sentence naming 西安 and the district alone still links.
    towns = linker.link_text("西安市提出，在沣西新城建设数据中心，在空港新城发展临空经济。")
    assert "610102" not in {m.id for m in towns}
    district = linker.link_text("西安市提出，支持新城区、碑林区发展文化旅游。")
    assert "610102" in {m.id for m in district}


def test_new_materials_in_a_list_of_novelties_is_no_sector(linker):
    # 新技术、新工艺、新材料: what a firm adopts; beside another sector, 新材料 is the sector.
    adopted = {m.id for m in linker.link_text("鼓励企业采用新技术、新工艺、新设备、新材料对现有设施进行改造提升。")}
    assert "industry:new-materials" not in adopted
    sector = {m.id for m in linker.link_text("重点发展新能源、新材料产业。")}
    assert "industry:new-materials" in sector


def test_things_leased_in_a_list_sharing_the_head_leasing_are_no_sector(linker):
    # 飞机、船舶和新能源装备租赁: what lessors lease; 船舶 and 新能源 beside 融资租赁 or built are sectors.
    leased = {m.id for m in linker.link_text("区里鼓励租赁公司开展船舶、工程机械和新能源装备租赁业务。")}
    assert not leased & {"industry:shipbuilding", "industry:construction-machinery", "industry:new-energy"}
    sectors = {m.id for m in linker.link_text("区里重点发展船舶和融资租赁，并培育新能源装备。")}
    assert {"industry:shipbuilding", "industry:financial-leasing", "industry:new-energy"} <= sectors
    products = {m.id for m in linker.link_text("市里鼓励银行试点碳基金、碳信托、碳租赁等业务。")}
    assert "industry:carbon-finance" in products


def test_a_zones_administration_bureau_written_with_its_kind_is_the_zones_body(linker):
    # 科技城管理局 after 崖州湾科技城: the zone's own body (海南's key parks are run by a 管理局), filed as its committee.
    units = [Unit("三亚崖州湾科技城再添种业项目"), Unit("三亚崖州湾科技城今年新增种业企业百余家。科技城管理局表示，将继续引进研发机构。")]
    bodies = {m.id for m in linker.link_units(units) if m.type == "agency"}
    assert bodies == {"agency:460204:development_zone_committee"}


def test_a_fund_in_a_formula_a_level_word_or_after_a_verb_is_no_named_fund(linker):
    """“链长+基金”, “基金+项目”: 基金 as a term joined by + names a way of working, not a fund the walk back
    (推行“链长+) and the clause's owner would make of it; 县区基金 are the funds of several levels; 举行 ends
    a name (包头稀土高新区举行 + 产业基金签约仪式). A fund named in full beside them stays one."""
    text = "绵阳市推行“链长+基金”招商，德阳突出“基金+项目”联动；绵阳市还设立了绵阳市电子信息产业基金。"
    assert {m.text: m.id for m in linker.link_text(text) if m.type == "fund"} == {"绵阳市电子信息产业基金": "fund:510700:电子信息产业基金"}
    for text in ("宜宾：县区基金抱团投项目", "包头稀土高新区举行产业基金签约仪式，各子基金集中签约。"):
        assert not [m for m in linker.link_text(text) if m.type == "fund"], text


def test_a_peoples_medicine_is_no_mention_of_the_pharmaceutical_industry(linker):
    """藏医药, 蒙医药产业: a medical tradition the scheme has no label for; 疫苗 + 医药产业 and 医药健康 stay sectors."""
    for text in ("支持林芝发展高原旅游和藏医药。", "四、蒙医药产业。推动民族医药产业做大。"):
        assert not [m for m in linker.link_text(text) if m.id == "industry:pharmaceuticals"], text
    found = {(m.text, m.id) for m in linker.link_text("壮大疫苗、医药产业和医药健康产业。") if m.type == "industry"}
    assert found == {("疫苗", "industry:vaccines"), ("医药产业", "industry:pharmaceuticals"), ("医药健康", "industry:pharmaceuticals")}


def test_a_heading_giving_an_attachments_or_an_excerpts_title_is_the_policy(linker):
    """附件：<title> and <title>（节选） on lines of their own give the title the notice cites in 《》: the policy,
    and the place inside it no mention (the region is named only inside the title)."""
    units = [Unit("关于印发储能产业行动方案的通知", kind="title"), Unit("现将《玉溪市储能产业发展行动方案》印发给你们。"),
             Unit("附件：玉溪市储能产业发展行动方案（摘要）"), Unit("玉溪市储能产业发展行动方案（节选）"), Unit("到2027年，储能产业营收突破百亿元。")]
    found = linker.link_units(units)
    assert "530400" not in {m.id for m in found}
    assert [m.text for m in found if m.type == "policy"] == ["《玉溪市储能产业发展行动方案》"] + ["玉溪市储能产业发展行动方案"] * 2


def test_a_department_written_with_its_merged_functions_is_the_function_body(linker):
    """Departments named after the 2018–2019 mergers (景德镇市文化广电新闻出版旅游局, 海南省旅游和文化广电体育厅,
    海南省海洋厅) are the culture-and-tourism and marine bodies; the sectors written inside their names
    (新闻出版, 体育) are no industry mentions."""
    text = "景德镇市文化广电新闻出版旅游局、海南省旅游和文化广电体育厅和海南省海洋厅联合调研。"
    found = {m.id for m in linker.link_text(text)}
    assert {"agency:360200:culture_tourism", "agency:460000:culture_tourism", "agency:460000:marine_development"} <= found
    assert not {i for i in found if i.startswith("industry:")}


def test_a_sectors_label_glued_before_a_wider_ones_names_only_the_sector(linker):
    """锂电新能源产业 is the lithium-battery industry called a new-energy one: lithium batteries, not new energy at
    large; 光伏和新能源产业 lists both."""
    glued = {m.id for m in linker.link_text("2022年宁德锂电新能源产业产值突破2000亿元。")}
    assert "industry:lithium-ion-batteries" in glued and "industry:new-energy" not in glued
    listed = {m.id for m in linker.link_text("重点发展光伏和新能源产业。")}
    assert {"industry:photovoltaics", "industry:new-energy"} <= listed


def test_a_label_inside_the_first_of_two_glued_labels_does_not_make_it_a_kind(linker):
    """中医药大健康产业 names both (医药, a kind of health, is only inside 中医药, which is not)."""
    found = {m.id for m in linker.link_text("蕲春县以蕲艾为核心发展中医药大健康产业。")}
    assert {"industry:traditional-chinese-medicine", "industry:health-industry"} <= found


def test_a_county_zone_the_kb_names_with_its_prefecture_before_it_is_read_from_the_county_and_kind(linker):
    """宜春丰城高新技术产业开发区 (the NBS list's name) is what text calls 丰城高新区: the KB's zone, not one made for
    丰城 + 高新区; a county + kind the KB lacks is still made (宁乡经开区)."""
    zones = {m.text: m.id for m in linker.link_text("宜春市：丰城高新区和宁乡经开区重点发展储能。") if m.type == "zone"}
    assert zones == {"丰城高新区": "zone:yichun_360900_fengcheng_hi_tech_zone", "宁乡经开区": "zone:ningxiang_etdz"}


def test_coffee_written_bare_is_the_coffee_industry_but_not_a_cafe(linker):
    """咖啡 alone names the sector (当地正把咖啡作为首位产业); 咖啡馆 is a café."""
    assert "industry:coffee" in {m.id for m in linker.link_text("当地正把咖啡作为首位产业，推动咖啡精深加工。")}
    assert "industry:coffee" not in {m.id for m in linker.link_text("街边新开了三家咖啡馆。")}


def test_the_chemical_industry_qualified_by_its_level_is_the_petrochemical_industry_but_not_an_ization_at_work(linker):
    """高端化工 and 现代化工 name the chemical industry (as 精细化工 does); 现代化工作 is 现代化 + 工作."""
    found = {m.text: m.id for m in linker.link_text("支持烟台发展高端化工，潍坊做强现代化工。") if m.type == "industry"}
    assert found == {"高端化工": "industry:petrochemicals", "现代化工": "industry:petrochemicals"}
    assert "industry:petrochemicals" not in {m.id for m in linker.link_text("扎实推进农业农村现代化工作。")}


def test_a_short_label_jieba_glues_to_a_quality_is_the_sector(linker):
    """生态旅游 is one word of jieba's: the tourism it qualifies is still the sector."""
    assert "industry:tourism" in {m.id for m in linker.link_text("推动林芝发展生态旅游和藏医药。")}


def test_bare_food_names_the_food_industry_only_listed_with_another_sector(linker):
    """汽车和食品, 纺织服装、食品两大产业: the food industry; 食品安全, 鞋服、食品企业, 宠物食品和预制菜: the goods."""
    for text in ("南昌县的产业底色是汽车和食品。", "纺织服装、食品两大产业产值分别增长5%。"):
        assert "industry:food-industry" in {m.id for m in linker.link_text(text)}, text
    for text in ("保障食品安全。", "支持泉州鞋服、食品企业开拓市场。", "发展宠物食品和预制菜。"):
        assert "industry:food-industry" not in {m.id for m in linker.link_text(text)}, text


def test_a_zone_written_with_its_national_rank_is_the_regions_zone(linker):
    """保定国家高新技术产业开发区, 海口国家高新区: the national rank written between the region and the kind is part of
    the zone's name (and 高新技术产业 inside it no industry mention); a province before 国家级高新区 counts its zones."""
    found = {m.id for m in linker.link_text("支持保定国家高新技术产业开发区建设电力装备产业园，海口国家高新区、长春国家级经济技术开发区跟进。")}
    assert {"zone:baoding_hi_tech_zone", "zone:haikou_hi_tech_zone", "zone:changchun_etdz"} <= found
    assert "industry:high-tech-manufacturing" not in found
    assert not {m.id for m in linker.link_text("江苏国家级高新区数量居全国首位。") if m.type == "zone"}


def test_a_fund_called_by_its_owners_level_is_the_owners_fund_named_before(linker):
    """省引导基金 after 陕西省政府投资引导基金: the province's fund called by its level word (as 省发展改革委 is its body),
    one fund with the one named in full, not a second one owned by the city named next; with none named in full, a
    level word before 基金 is talk of funds (市产业基金, 省属基金), and a body's name before it stays the body's."""
    text = "陕西省政府投资引导基金今年已完成对12支子基金的出资。其中，由省引导基金与渭南市共同发起设立的渭南市增材制造产业基金规模10亿元。"
    funds = {(m.text, m.id) for m in linker.link_text(text) if m.type == "fund"}
    assert ("省引导基金", "fund:610000:政府投资引导基金") in funds
    assert {i for _, i in funds} == {"fund:610000:政府投资引导基金", "fund:610500:增材制造产业基金"}
    talk = "近年来，市产业基金和省属基金陆续投向当地企业，市经济和信息化局负责基金日常管理。"
    assert not [m for m in linker.link_text(talk) if m.type == "fund"]  # no fund named in full: talk of funds


def test_a_label_in_a_bodys_name_a_testing_centre_or_an_intermediate_names_no_sector(linker):
    """文化和旅游局 in a list of addressees (no region: no body linked) is a body's name; 储能电池检测认证中心 a facility
    serving the sector, as a platform is; 医药中间体 a chemical made for it. Testing as a trade is the sector."""
    text = "各市（地）发展改革委、文化和旅游局、体育局：加快建设储能电池检测认证中心，重点发展电子化学品、医药中间体和高端涂料。"
    found = {m.id for m in linker.link_text(text)}
    assert not found & {"industry:cultural-tourism", "industry:testing-and-certification", "industry:pharmaceuticals"}
    assert "industry:testing-and-certification" in {m.id for m in linker.link_text("发展检验检测认证服务。")}


def test_a_provincial_new_area_named_after_its_county_is_the_zone(linker):
    """和林格尔新区 (内蒙古's provincial new area) is the zone, not 和林格尔县 inside its name; the county named in full stays."""
    found = {m.id for m in linker.link_text("呼和浩特市依托和林格尔新区建设数据中心集群，和林格尔县集聚乳制品加工企业。")}
    assert "zone:helingeer_new_area" in found and "150123" in found
    assert "150123" not in {m.id for m in linker.link_text("呼和浩特市依托和林格尔新区建设数据中心集群。")}


def test_a_body_of_counted_places_is_each_places_body(linker):
    """两省发展改革委 after 甲省与乙省: the body of each province counted, two mentions on one span (川渝两省市,
    三省一市: provinces and municipalities together); with more or fewer places of that level before it than the
    count, or none in that sentence or the one before, it is no one's (precision first)."""
    def bodies(text):
        return sorted((m.text, m.id) for m in linker.link_text(text) if m.type == "agency")

    assert bodies("湖北省与湖南省召开联席会议，两省发展改革委联合印发清单。") == [
        ("两省发展改革委", "agency:420000:development_reform"), ("两省发展改革委", "agency:430000:development_reform")]
    assert {i for _, i in bodies("四川省和重庆市签署协议。两省市发展改革委将联合推进。")} == {
        "agency:500000:development_reform", "agency:510000:development_reform"}
    assert len(bodies("上海市、江苏省、浙江省、安徽省共同发起。三省一市科技厅联合印发方案。")) == 4
    assert {i for _, i in bodies("长沙市与株洲市签订协议，两市商务局建立机制。")} == {"agency:430100:commerce", "agency:430200:commerce"}
    assert not bodies("长沙市、株洲市和湘潭市签订协议，两市商务局建立机制。")  # three named, two counted
    assert not bodies("湖南省召开会议。会议议定事项。两省商务厅负责人出席。")  # the places are two sentences back


def test_a_body_of_both_sides_or_of_counted_places_of_any_level_is_each_ones(linker):
    """两地国资委 after a city and a municipality, 双方发展改革委 after two provinces: each named place's own body, on
    one span; 双方 after two firms names no place, and a fund of 两地国资 is a fund's words, no body."""
    def bodies(text):
        return {m.id for m in linker.link_text(text) if m.type == "agency"}

    assert bodies("成都市与重庆市签署协议，两地国资委联合设立平台。") == {"agency:510100:state_assets", "agency:500000:state_assets"}
    assert bodies("湖北省与湖南省召开会议。双方发展改革委签署协议。") == {"agency:420000:development_reform", "agency:430000:development_reform"}
    assert not bodies("甲公司与乙公司签约，双方商务局出席。")
    assert not bodies("成都市与重庆市签署协议，两地国资基金联手投向储能。")


def test_places_listed_before_a_shared_body_are_each_named(linker):
    """甲县、乙县、丙县人民政府 (a notice's addressees): each place listed shares the body and stays a mention of
    its own, the last one too (its name opens the body's); a place's body alone names no place of its own."""
    def found(text):
        return sorted((m.text, m.id, m.rule) for m in linker.link_text(text))

    assert found("请东宝区、京山市、钟祥市政府做好用地保障。") == [
        ("东宝区", "420802", "region_listed_before_body"), ("东宝区", "agency:420802:government", "agency_region_list"),
        ("京山市", "420882", "region_listed_before_body"), ("京山市", "agency:420882:government", "agency_region_list"),
        ("钟祥市", "420881", "region_listed_before_body"), ("钟祥市政府", "agency:420881:government", "agency_region_function")]
    assert {m.id for m in linker.link_text("南宁市、钦州市财政局：")} >= {"450100", "450700", "agency:450700:finance_bureau"}
    assert [m.id for m in linker.link_text("钟祥市政府将提供用地保障。")] == ["agency:420881:government"]


def test_zones_of_the_curated_table_named_in_full(linker):
    """Provincial 新区 and a national base of zones.tsv, named in full or with their city (柳州柳东新区)."""
    ids = {m.id for m in linker.link_text("柳东新区引进电池项目，南宁五象新区建设算力中心，宁东能源化工基地发展绿氢。")}
    assert {"zone:liudong_new_area", "zone:nanning_wuxiang_new_area", "zone:ningdong_energy_chemical_base"} <= ids


def test_a_sector_label_whose_last_character_opens_a_word_of_business_is_no_mention(linker):
    """保险业务, 服务业态: the 业 of 保险业 or 服务业 is the first character of 业务 (a line of business) or 业态 (a format of
    trade), no mention of the insurance or service sector; the label standing as a word (保险业发展, 服务业态势) still is."""
    def ids(text):
        return {m.id for m in linker.link_text(text)}

    assert "industry:insurance" not in ids("该行鼓励分支机构开展科技保险业务。")
    assert "industry:services" not in ids("街区引入零售、餐饮等多种服务业态。")
    assert "industry:insurance" in ids("该市支持保险业发展。")
    assert "industry:services" in ids("今年全市服务业态势平稳。")


def test_a_fund_called_by_its_owners_level_with_a_purpose_of_its_own_is_the_owners(linker):
    """省新旧动能转换基金, 自治区大数据产业发展基金: a fund called by its owner's level word whose name says a purpose of its
    own is that region's fund (as 省发展改革委 is its body) where the text never names it in full; 省产业基金, with
    only the words any fund's name has, stays talk of funds."""
    text = "山东省出台低空经济方案。省新旧动能转换基金拿出专门额度投向飞控系统，省产业基金也将跟进。"
    assert {m.id for m in linker.link_text(text) if m.type == "fund"} == {"fund:370000:新旧动能转换基金"}
    text = "宁夏回族自治区印发算力方案。自治区大数据产业发展基金重点投向算力设备。"
    assert {m.id for m in linker.link_text(text) if m.type == "fund"} == {"fund:640000:大数据产业发展基金"}


def test_a_level_word_opens_a_funds_name_and_the_verb_before_it_is_the_clauses(linker):
    """吉林调整省级政府投资基金, 财政厅近日牵头完成省级政府投资基金整合: 省级 opens the name (any of the province's funds,
    no one fund), and the verb and the time word before it are the clause's, so the body before them stays one."""
    assert not [m for m in linker.link_text("吉林调整省级政府投资基金投向") if m.type == "fund"]
    found = {m.id for m in linker.link_text("吉林省财政厅近日牵头完成省级政府投资基金整合。")}
    assert "agency:220000:finance_bureau" in found
    assert not [i for i in found if i.startswith("fund:")]
    # a count of the funds merged (原有9支基金整合为) does not make the one they become a set of funds
    found = {m.id for m in linker.link_text("吉林省把原有9支基金整合为吉林省产业投资引导基金。")}
    assert "fund:220000:产业投资引导基金" in found


def test_a_provincial_news_sites_dateline_names_no_place(linker):
    """浙江在线…讯, 四川经济网讯, 云南网…电: a province's news site reports from anywhere in it, so its name in a dateline
    is no mention of the province; a city's site with no place after it (义乌网…电) still names the place reported from."""
    for text in ("浙江在线2025年3月2日讯 在杭州市滨江区一家工厂里，机器人正在装配。",
                 "四川经济网讯 2025年3月2日，成都市青白江区签约一批项目。",
                 "云南网3月2日电（记者 王明）昆明市近日出台措施。"):
        assert not [m for m in linker.link_text(text) if m.type == "province"], text
    assert "330782" in {m.id for m in linker.link_text("义乌网2025年3月2日电（记者 王明）走进一家服装企业。")}


def test_a_zone_called_by_its_kind_alone_after_a_district_is_the_citys(linker):
    """分宜县、高新区: a kind of zone listed right after a district of a city is that city's zone of the kind, as the list's
    other items are the city's districts; not after a municipality's district (no one zone of a kind there), nor a
    body's name opening so (高新区管委会)."""
    def zones(text):
        return {m.id for m in linker.link_text(text) if m.type == "zone"}

    assert zones("新余市支持分宜县、高新区建设储能项目。") == {"zone:xinyu_hi_tech_zone"}
    assert zones("合肥市在长丰县、经开区布局电池配套。") == {"zone:hefei_etdz"}
    assert not zones("上海市支持闵行区、高新区建设实验室。")
    assert not zones("新余市分宜县、高新区管委会联合发文。")


def test_a_sector_label_opening_a_departments_or_divisions_name_is_no_mention(linker):
    """农业农村厅, 大数据发展局, a division closing a bracket (牵头处室：商贸处）): the label opens a body's name, no sector the
    text discusses; the label before another word (农业农村现代化, 商贸物流处理) still names its sector."""
    def ids(text):
        return {m.id for m in linker.link_text(text)}

    assert "industry:modern-agriculture" not in ids("区发展改革委、农业农村厅联合印发方案。")
    assert "industry:modern-agriculture" not in ids("各设区市商务局、农业农村局：")
    assert "industry:big-data" not in ids("（牵头单位：区大数据发展局）")
    assert "industry:commerce" not in ids("培育夜间经济集聚区。（责任处室：商贸处）")
    assert "industry:modern-agriculture" in ids("全县推进农业发展。")
    assert "industry:commerce" in ids("鼓励商贸企业处理库存。")


def test_a_sector_label_before_a_vehicle_machine_or_component_it_names_is_no_mention(linker):
    """新能源商用车, 农业无人机, 无人驾驶农机, 汽车密封件, 新能源汽车变速器, 航天电子元器件, 深海养殖平台: the goods, not the
    sector (as 风电叶片, 新能源重卡 are); the sector named on its own stays."""
    def ids(text):
        return {m.id for m in linker.link_text(text)}

    assert "industry:new-energy" not in ids("全市新能源商用车产量增长三成。")
    assert "industry:modern-agriculture" not in ids("基金重点投向农业无人机。")
    assert "industry:autonomous-driving" not in ids("基金重点投向无人驾驶农机。")
    assert "industry:automotive" not in ids("县里引进的一家汽车密封件企业已经投产。")
    assert "industry:new-energy-vehicles" not in ids("一批新能源汽车变速器齿轮正在装箱。")
    assert "industry:aerospace" not in ids("该市重点发展航天电子元器件。")
    assert "industry:deep-sea" not in ids("一家企业承建了多座深海养殖平台。")
    assert "industry:deep-sea" not in ids("重点发展海上风电安装船和深海钻井平台配套。")
    assert "industry:new-energy" in ids("该市重点发展新能源和新材料。")


def test_a_sector_label_naming_the_trade_of_customers_served_elsewhere_is_no_mention(linker):
    """服务长三角的芯片制造企业, 订单…来自长三角的物流客户: the firms a maker serves or takes orders from, named with their
    place, are customers, no sector of the text's region; a park serving the sector's firms (主要服务汽车零部件企业) is the
    sector's, as the gold reads it."""
    def ids(text):
        return {m.id for m in linker.link_text(text)}

    assert "industry:integrated-circuits" not in ids("这家化学品企业主要服务长三角的芯片制造企业。")
    assert "industry:modern-logistics" not in ids("企业落户后，订单中有三成来自长三角的物流客户。")
    assert "industry:auto-parts" in ids("园区主要服务汽车零部件企业。")


def test_bare_insurance_names_the_sector_only_in_a_list_of_sectors(linker):
    """首台套保险补贴, 出口信用保险, 航运保险: bare 保险 is a cover bought or subsidised, no mention of the insurance sector;
    an item of a list (银行、证券、保险; 债券、保险等) or written 保险业, it names the sector."""
    def ids(text):
        return {m.id for m in linker.link_text(text)}

    assert "industry:insurance" not in ids("对企业给予首台套保险补贴。")
    assert "industry:insurance" not in ids("为外贸企业提供出口信用保险支持。")
    assert "industry:insurance" not in ids("支持发展船舶租赁和航运保险。")
    assert "industry:insurance" in ids("发展银行、保险和证券业。")
    assert "industry:insurance" in ids("中心将安排银行、证券、保险、要素市场等机构入驻。")
    assert "industry:insurance" in ids("通过股权、贷款、债券、保险等累计投放资金。")
    assert "industry:insurance" in ids("该市支持保险业发展。")


def test_bare_spaceflight_names_the_aerospace_sector_only_listed_or_as_its_firms(linker):
    """航天发射场, 航天育种, 航天文化旅游: bare 航天 is spaceflight, no mention of the aerospace industry; its firms (集聚航天
    企业30家), its field (航天领域) and a list of sectors (航空、航天) name the sector."""
    def ids(text):
        return {m.id for m in linker.link_text(text)}

    assert "industry:aerospace" not in ids("文昌是我国四大航天发射场之一的所在地。")
    assert "industry:aerospace" not in ids("我们还将发展卫星数据应用和航天育种。")
    assert "industry:aerospace" not in ids("培育航天文化旅游，建设科普研学基地。")
    assert "industry:aerospace" in ids("力争到2028年集聚航天企业30家。")
    assert "industry:aerospace" in ids("该省持续提升航天领域关键载荷的设计能力。")


# ---------------------------------------------------------------- pathological input: every rule linear in the text


def test_leasing_is_read_over_at_most_twenty_items_after_a_label():
    """飞机、船舶和新能源装备租赁: a label is what is leased when a list sharing the head 租赁 follows it; the list is
    read 20 items far, so a list of thousands (each label reading all the rest was quadratic) gives the last 21."""
    import itertools

    from kg.link.industries import leased

    items = [("船舶", "飞机", "工程机械", "新能源装备")[i % 4] for i in range(12_000)]
    listed = "、".join(items)
    ends = [len("重点发展") + end - 1 for end in itertools.accumulate(len(x) + 1 for x in items)]
    sectors, leasing = "重点发展" + listed + "等产业。", "重点发展" + listed + "租赁。"
    assert not any(leased(sectors, end) for end in ends)
    assert [leased(leasing, end) for end in ends] == [False] * (len(items) - 21) + [True] * 21


def test_thousands_of_funds_of_an_article_are_its_main_regions(linker):
    """A fund whose name and clause name no owner is the article's main region's: that region is worked out once
    per article (counted over every candidate at each fund, and each fund's name looked up among every candidate,
    it was quadratic in a long text)."""
    units = ([Unit("深圳市：设立产业基金")] + [Unit(f"设立集成电路产业基金，规模{i}亿元") for i in range(2_000)]
             + [Unit("广州市、深圳市、东莞市" * 50) for _ in range(200)])
    funds = [m.id for m in linker.link_units(units) if m.type == "fund"]
    assert funds == ["fund:440300:集成电路产业基金"] * 2_000


def test_a_district_named_bare_in_a_districts_report_is_of_the_home_city(linker):
    """鼓楼区 in a report from 南京's 玄武区 that also names 福州市鼓楼区 later: 南京's, the home district's own city's —
    and the 区科技局 after a sentence 鼓楼区 opens is 鼓楼区's."""
    lines = ["玄武区发布数字经济新政 鼓楼区建设算力中心", "鼓楼区日前启动智能算力中心建设。区科技局负责人表示，该区将扩大算力规模。",
             "另外，福州市鼓楼区也在研究类似政策。"]
    got = {(m.text, m.start, m.id) for m in linker.link_units([Unit(line) for line in lines]) if m.type in ("district", "agency")}
    assert got == {("玄武区", 0, "320102"), ("鼓楼区", 12, "320106"), ("鼓楼区", 0, "320106"), ("区科技局", 16, "agency:320106:science_technology"),
                   ("鼓楼区", 6, "350102")}
