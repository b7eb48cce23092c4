"""Tests for the SKOS industry scheme in ontology/industries.ttl.

The scheme is hand-maintained Turtle; these tests pin its invariants (one zh
and one en prefLabel per concept, zh labels unique across the scheme, a
well-formed broader hierarchy, the official notations of the 2018 strategic
emerging industry classification) and the lookups the knowledge graph relies
on for industry names that occur in the bundled newsletters.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

ROOT = Path(__file__).resolve().parents[2]
TTL = ROOT / "ontology" / "industries.ttl"
CORPUS = ROOT / "kg" / "data" / "corpus"

IND = Namespace("https://w3id.org/kg-regional-policy/industry/")
SCHEME = IND.scheme
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# 国家统计局《战略性新兴产业分类(2018)》: first- and second-level categories.
SEI_CATEGORIES = {
    "1": "新一代信息技术产业",
    "1.1": "下一代信息网络产业",
    "1.2": "电子核心产业",
    "1.3": "新兴软件和新型信息技术服务",
    "1.4": "互联网与云计算、大数据服务",
    "1.5": "人工智能",
    "2": "高端装备制造产业",
    "2.1": "智能制造装备产业",
    "2.2": "航空装备产业",
    "2.3": "卫星及应用产业",
    "2.4": "轨道交通装备产业",
    "2.5": "海洋工程装备产业",
    "3": "新材料产业",
    "3.1": "先进钢铁材料",
    "3.2": "先进有色金属材料",
    "3.3": "先进石化化工新材料",
    "3.4": "先进无机非金属材料",
    "3.5": "高性能纤维及制品和复合材料",
    "3.6": "前沿新材料",
    "3.7": "新材料相关服务",
    "4": "生物产业",
    "4.1": "生物医药产业",
    "4.2": "生物医学工程产业",
    "4.3": "生物农业及相关产业",
    "4.4": "生物质能产业",
    "4.5": "其他生物业",
    "5": "新能源汽车产业",
    "5.1": "新能源汽车整车制造",
    "5.2": "新能源汽车装置、配件制造",
    "5.3": "新能源汽车相关设施制造",
    "5.4": "新能源汽车相关服务",
    "6": "新能源产业",
    "6.1": "核电产业",
    "6.2": "风能产业",
    "6.3": "太阳能产业",
    "6.4": "生物质能及其他新能源产业",
    "6.5": "智能电网产业",
    "7": "节能环保产业",
    "7.1": "高效节能产业",
    "7.2": "先进环保产业",
    "7.3": "资源循环利用产业",
    "8": "数字创意产业",
    "8.1": "数字创意技术设备制造",
    "8.2": "数字文化创意活动",
    "8.3": "设计服务",
    "8.4": "数字创意与融合服务",
    # Category 9 is officially just "相关服务业"; that bare phrase also occurs in
    # unrelated text (旅行社及相关服务业), so the scheme qualifies it.
    "9": "战略性新兴产业相关服务业",
    "9.1": "新技术与创新创业服务",
    "9.2": "其他相关服务",
}

# 工信部等七部门《关于推动未来产业创新发展的实施意见》(2024): six directions.
FUTURE_DIRECTIONS = {
    "future-manufacturing": "未来制造",
    "future-information": "未来信息",
    "future-materials": "未来材料",
    "future-energy": "未来能源",
    "future-space": "未来空间",
    "future-health": "未来健康",
}

# Industry names as they are written in the bundled newsletters -> the concept
# the knowledge graph must attach them to.
CORPUS_LOOKUPS = {
    "低空经济": "low-altitude-economy",
    "低空产业": "low-altitude-economy",
    "商业航天": "commercial-space",
    "空天信息": "aerospace-information",
    "空间信息": "aerospace-information",
    "卫星互联网": "satellite-internet",
    "卫星网络": "satellite-internet",
    "北斗": "beidou",
    "新型储能": "new-energy-storage",
    "储能": "new-energy-storage",
    "氢能": "hydrogen-energy",
    "加氢站": "hydrogen-refuelling-stations",
    "绿色金融": "green-finance",
    "碳金融": "carbon-finance",
    "科技金融": "sci-tech-finance",
    "普惠金融": "inclusive-finance",
    "养老金融": "pension-finance",
    "数字金融": "digital-finance",
    "金融“五篇大文章”": "financial-five-priorities",
    "融资租赁": "financial-leasing",
    "股权投资": "equity-investment",
    "数字经济": "digital-economy",
    "平台经济": "platform-economy",
    "绿色经济": "green-economy",
    "循环经济": "circular-economy",
    "废弃物循环利用": "waste-recycling",
    "人形机器人": "humanoid-robots",
    "类人机器人": "humanoid-robots",
    "具身智能": "embodied-ai",
    "机器人产业": "robotics",
    "6G": "sixth-generation-mobile",
    "第六代移动通信": "sixth-generation-mobile",
    "元宇宙": "metaverse",
    "扩展现实": "extended-reality",
    "脑机接口": "brain-computer-interface",
    "脑科学与类脑智能": "brain-inspired-intelligence",
    "类脑智能": "brain-inspired-intelligence",
    "量子": "quantum-technology",
    "量子信息": "quantum-technology",
    "通用人工智能": "artificial-general-intelligence",
    "人工通用智能": "artificial-general-intelligence",
    "大模型": "large-models",
    "生成式人工智能": "generative-ai",
    "人工智能": "artificial-intelligence",
    "算力": "computing-power",
    "信息软件": "software-and-information-services",
    "软件和信息服务": "software-and-information-services",
    "信创": "it-application-innovation",
    "互联网3.0": "third-generation-internet",
    "产业互联网": "industrial-internet",
    "集成电路": "integrated-circuits",
    "芯片": "integrated-circuits",
    "新型显示": "new-display",
    "光电子": "optoelectronics",
    "新能源（智能网联）汽车": "intelligent-connected-new-energy-vehicles",
    "智能网联新能源汽车": "intelligent-connected-new-energy-vehicles",
    "智能网联汽车": "intelligent-connected-vehicles",
    "智能网联车辆": "intelligent-connected-vehicles",
    "自动驾驶": "autonomous-driving",
    "新能源汽车": "new-energy-vehicles",
    "电动汽车": "new-energy-vehicles",
    "汽车产业": "automotive",
    "智慧出行": "smart-mobility",
    "工业母机": "industrial-mother-machines",
    "激光与增材制造": "laser-and-additive-manufacturing",
    "精密仪器设备": "precision-instruments",
    "高端装备": "high-end-equipment-manufacturing",
    "通用航空": "general-aviation",
    "无人机": "drones",
    "eVTOL": "evtol",
    "海洋产业": "marine-economy",
    "海洋经济": "marine-economy",
    "合成生物": "synthetic-biology",
    "生物制造": "biomanufacturing",
    "生物医药": "biopharmaceuticals",
    "生命科学": "life-sciences",
    "细胞与基因": "cell-and-gene-therapy",
    "基因技术": "cell-and-gene-therapy",
    "碳捕集封存利用": "ccus",
    "石墨烯材料": "graphene",
    "超导材料": "superconducting-materials",
    "新能源": "new-energy",
    "新材料": "new-materials",
    "先进材料": "new-materials",
    "电子信息材料": "electronic-information-materials",
    "数字创意装备": "digital-creative-technology-equipment",
    "电子信息制造业": "electronic-information",
    "新型智能终端": "smart-terminals",
    "现代制造业": "advanced-manufacturing",
    "高技术制造业": "high-tech-manufacturing",
    "服务贸易": "trade-in-services",
    "数字贸易": "digital-trade",
    "跨境电商": "cross-border-e-commerce",
    "物流供应链": "supply-chain-services",
    "总部经济": "headquarters-economy",
    "会展经济": "exhibition-economy",
    "文化产业": "cultural-industry",
    "旅居车": "rv-tourism",
    "银发经济": "silver-economy",
    "智慧健康养老": "smart-elderly-care",
    "汽车更新消费": "automobile-consumption",
    "民航": "civil-aviation",
    "临空经济": "airport-economy",
    "战略性新兴产业": "strategic-emerging-industries",
    "未来产业": "future-industries",
}

# Everyday words that would match inside unrelated text: never a label.
FORBIDDEN_LABELS = {
    "能源", "信息", "材料", "服务", "制造", "经济", "产业", "行业", "领域", "科技", "技术", "工业",
    "数字", "智能", "绿色", "消费", "贸易", "交通", "海洋", "网络", "数据", "健康", "文化", "商业",
    "银行", "证券", "供应链", "创新", "投资", "基金", "相关服务业",
}


def norm(text: str) -> str:
    """The form in which two labels count as the same: NFKC, trimmed, case-folded."""
    return unicodedata.normalize("NFKC", str(text)).strip().casefold()


def slug(concept: URIRef) -> str:
    return str(concept)[len(str(IND)):]


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    g.parse(TTL, format="turtle")
    return g


@pytest.fixture(scope="module")
def concepts(graph) -> set[URIRef]:
    return set(graph.subjects(RDF.type, SKOS.Concept))


@pytest.fixture(scope="module")
def label_index(graph, concepts) -> dict[str, set[URIRef]]:
    """Normalised zh label (pref or alt) -> the concepts that carry it."""
    index: dict[str, set[URIRef]] = defaultdict(set)
    for c in concepts:
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for lab in graph.objects(c, prop):
                if lab.language == "zh":
                    index[norm(lab)].add(c)
    return index


def zh_pref(graph, c) -> str:
    return next(str(l) for l in graph.objects(c, SKOS.prefLabel) if l.language == "zh")


# ---------------------------------------------------------------- parsing --


def test_parses_and_has_the_scheme(graph):
    assert len(graph) > 1000
    assert (SCHEME, RDF.type, SKOS.ConceptScheme) in graph
    labels = {(l.language, str(l)) for l in graph.objects(SCHEME, SKOS.prefLabel)}
    assert ("zh", "产业分类") in labels
    assert ("en", "Industry scheme") in labels
    sources = [str(s) for s in graph.objects(SCHEME, DCTERMS.source)]
    assert any("战略性新兴产业分类" in s for s in sources)
    assert any("关于推动未来产业创新发展的实施意见" in s for s in sources)


def test_at_least_250_concepts(concepts):
    assert len(concepts) >= 250


def test_concept_iris_are_slugs_in_the_namespace(concepts):
    for c in concepts:
        assert str(c).startswith(str(IND)), c
        assert SLUG.match(slug(c)), c


# ------------------------------------------------------------------ labels --


def test_every_concept_has_one_zh_and_one_en_preflabel_and_is_in_scheme(graph, concepts):
    for c in concepts:
        prefs = list(graph.objects(c, SKOS.prefLabel))
        langs = sorted(l.language for l in prefs)
        assert langs == ["en", "zh"], (slug(c), prefs)
        assert all(str(l).strip() == str(l) and str(l) for l in prefs), slug(c)
        assert list(graph.objects(c, SKOS.inScheme)) == [SCHEME], slug(c)


def test_altlabels_are_zh(graph, concepts):
    for c in concepts:
        for lab in graph.objects(c, SKOS.altLabel):
            assert isinstance(lab, Literal) and lab.language == "zh", (slug(c), lab)
            assert str(lab).strip() == str(lab) and str(lab), (slug(c), lab)


def test_no_zh_label_is_used_by_two_concepts(label_index):
    shared = {lab: sorted(slug(c) for c in cs) for lab, cs in label_index.items() if len(cs) > 1}
    assert shared == {}


def test_preflabel_is_not_repeated_as_altlabel(graph, concepts):
    for c in concepts:
        alts = {norm(l) for l in graph.objects(c, SKOS.altLabel)}
        assert norm(zh_pref(graph, c)) not in alts, slug(c)


def test_en_preflabels_are_unique(graph, concepts):
    seen: dict[str, str] = {}
    for c in sorted(concepts):
        en = next(norm(l) for l in graph.objects(c, SKOS.prefLabel) if l.language == "en")
        assert en not in seen, (slug(c), seen.get(en))
        seen[en] = slug(c)


def test_no_everyday_word_is_a_label(label_index):
    assert not FORBIDDEN_LABELS & set(label_index)
    assert all(len(lab) >= 2 for lab in label_index), [lab for lab in label_index if len(lab) < 2]


# --------------------------------------------------------------- hierarchy --


def test_broader_targets_are_concepts_in_the_scheme(graph, concepts):
    for c in concepts:
        for b in graph.objects(c, SKOS.broader):
            assert b in concepts, (slug(c), b)
            assert b != c, slug(c)


def test_top_concepts(graph, concepts):
    tops = set(graph.subjects(SKOS.topConceptOf, SCHEME))
    assert tops == set(graph.objects(SCHEME, SKOS.hasTopConcept))
    assert {slug(t) for t in tops} == {"strategic-emerging-industries", "future-industries", "other-key-sectors"}
    for c in concepts:
        has_broader = any(True for _ in graph.objects(c, SKOS.broader))
        assert has_broader != (c in tops), slug(c)


def test_no_cycles_and_everything_reaches_a_top(graph, concepts):
    tops = set(graph.subjects(SKOS.topConceptOf, SCHEME))

    def walk(c, path):
        assert c not in path, "cycle: " + " -> ".join(slug(p) for p in (*path, c))
        parents = list(graph.objects(c, SKOS.broader))
        if not parents:
            assert c in tops, slug(c)
        for p in parents:
            walk(p, (*path, c))

    for c in concepts:
        walk(c, ())


# --------------------------------------------------------------- notations --


def test_strategic_emerging_industry_notations(graph, concepts):
    by_notation: dict[str, URIRef] = {}
    for c in concepts:
        for n in graph.objects(c, SKOS.notation):
            assert str(n) not in by_notation, f"notation {n} used twice"
            by_notation[str(n)] = c
    assert set(by_notation) == set(SEI_CATEGORIES)
    sei = IND["strategic-emerging-industries"]
    for notation, label in SEI_CATEGORIES.items():
        c = by_notation[notation]
        assert zh_pref(graph, c) == label, notation
        parents = set(graph.objects(c, SKOS.broader))
        if "." in notation:
            assert parents == {by_notation[notation.split(".")[0]]}, notation
        else:
            assert parents == {sei}, notation


def test_the_nine_top_categories(graph, concepts):
    notations = {str(n) for c in concepts for n in graph.objects(c, SKOS.notation)}
    assert {str(i) for i in range(1, 10)} <= notations


def test_future_industry_directions(graph):
    fi = IND["future-industries"]
    for s, label in FUTURE_DIRECTIONS.items():
        c = IND[s]
        assert zh_pref(graph, c) == label
        assert set(graph.objects(c, SKOS.broader)) == {fi}


# ----------------------------------------------------------------- lookups --


def test_lookup_table_is_large_enough():
    assert len(CORPUS_LOOKUPS) >= 30


@pytest.mark.parametrize("label,expected", sorted(CORPUS_LOOKUPS.items()))
def test_corpus_industry_names_resolve(label_index, label, expected):
    found = label_index.get(norm(label), set())
    assert {slug(c) for c in found} == {expected}


def test_lookup_labels_occur_in_the_bundled_corpus():
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        pytest.skip("bundled corpus not present")
    text = norm("".join(re.sub(r"\s+", "", f.read_text(encoding="utf-8")) for f in files))
    missing = [lab for lab in CORPUS_LOOKUPS if norm(lab) not in text]
    assert missing == []


# ------------------------------------------------------------------ layout --


def test_file_layout_is_deterministic():
    text = TTL.read_text(encoding="utf-8")
    subjects = re.findall(r"^ind:(\S+) a skos:(Concept|ConceptScheme) ;$", text, flags=re.M)
    assert subjects[0] == ("scheme", "ConceptScheme")
    slugs = [s for s, kind in subjects[1:]]
    assert all(kind == "Concept" for _, kind in subjects[1:])
    assert slugs == sorted(slugs)
    assert len(slugs) == len(set(slugs))
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert "\t" not in text and "\r" not in text
