"""Funds: ``…基金`` with an owner (a region prefix, the clause's or the article's region) and a
purpose that is not generic (政府引导基金 and 产业基金 alone are talk, not entities)."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

from kg.kb import KnowledgeBase, read_table, slug_text
from kg.link.candidates import CJK, Scanner, Words, jieba_dictionary
from kg.link.context import EVERYDAY, LEVEL_OF_CHAR, Context, Places

__all__ = ["FundFinder", "CLAUSE_WINDOW", "SENTENCE_WINDOW"]

_FUND_END = re.compile(r"基金(?!会|管理|公司|经理|份额|产品|净值|业|的子基金)")
# Before or opening a fund's name, the funds of a whole place (全省政府投资基金总规模) or all
# levels of government; after it, a cluster of funds (杭州产业基金集群): no one fund.
_AGGREGATE = re.compile(r"(?:全省|全市|全区|全县|全国|各级|各地)")
_CLUSTER_AFTER = re.compile(r"(?:集群|体系|矩阵|丛林)")
_WITHIN = "内"  # before a fund's name (山东省内, 境内): the funds in a place, not one
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*[亿万]")
_NUMBERISH = re.compile(r"^(?:[\d.]+|[一二三四五六七八九十百千万亿两几数多首第]+[个只支家亿万元年月日批]*|[亿万]元?|\d+年|\d+月|年|月|日)$")
# A count of funds right before a name (五支“20+8”战兴产业基金): a set of funds; not a count of other funds the clause
# merges into it (将原有7支基金归并为 + 吉林省产业投资引导基金).
_PLURAL = re.compile(r"(?:[两二三四五六七八九十几多数]|\d+)\s*[支只个][“\"]?(?:(?!基金)[^，。；“”\"]){0,6}[”\"]?\s*$")
_PHASE = re.compile(r"[一二三四五六七八九十]期")
_UNDER_STUDY = re.compile(r"(?:研究|谋划|筹划|论证)(?:设立|组建|成立)[^，。；]{0,12}$|(?:筹建|筹备|筹设)[^，。；]{0,12}$")
# A clause without a subject setting a fund up (…；设立规模50亿元的…基金, 四是设立…基金; not 设立了), in a
# sentence where a document states its measures (措施提出, 方案明确, 主要内容：): a fund to come, not one yet.
_MEASURE_SETS_UP = re.compile(r"(?:^|[，,；;：:])\s*(?:[一二三四五六七八九十]是)?\s*(?:发起设立|出资设立|设立|组建)(?!了)[^，,；;。了]{0,14}$")
_DOCUMENT_STATES = re.compile(r"(?:措施|方案|意见|办法|规划|计划|政策|通知|文件)\S{0,4}?(?:提出|明确|要求|指出)|主要内容[：:]")
# 基金 as a term of a formula joined by + (“基金+招商”, “链长+基金”, “政策+基金+场景”, “母基金+子基金”): a way of
# working, no fund; not a number joined so before a name (“20+8”产业基金).
_FORMULA_BEFORE = re.compile(r"[\u4e00-\u9fff][+＋][\u4e00-\u9fff]{0,3}$")
_FORMULA_AFTER = re.compile(r"\s*[+＋]")
_ONE_OF_A_KIND = re.compile(r"[一1]\s*[支只][^，。；]{0,12}$")  # 一支规模10亿元的…基金: an indefinite description
# A list closed by what its items are (…、北斗产业基金、联通中金基金、金石投资等 10 家投资机构):
# institutions, among which a fund without an owner in its name is a manager's product.
_INSTITUTIONS_AFTER = re.compile(r"[^，。；！？]{0,60}?等\s*[\d一二三四五六七八九十几多数]*\s*[家个]?[^，。；！？、]{0,6}?(?:机构|企业|公司|股东|投资方|投资人)")
_SIZE = re.compile(
    r"(?:总规模|目标规模|规模)\s*(?:为|达|约|超|超过|不低于|不少于)?\s*(\d+(?:\.\d+)?\s*[亿万]元?)(?:人民币)?"
    r"|(\d+(?:\.\d+)?\s*[亿万]元?)(?:人民币)?(?:规模)?的"
)

#: How far a clause or a sentence is looked for around a place in the text (the bundled corpus's
#: longest clause is 100 characters, its longest sentence 223): without punctuation, a search
#: for the clause's ends would span the whole text at every fund, quadratic in its length.
CLAUSE_WINDOW = 200
SENTENCE_WINDOW = 400

Found = tuple[int, int, int, str | None, str | None, str]  # unit, start, end, fund id (None: claims its words only), size as written, rule


def _full_name(form: str, kind: str) -> bool:
    """Is a region's name so written its full name, as a fund's owner opens the fund's name with it: the
    name, or an autonomous prefecture's short name with its 州 (昌吉州, 延边州 for …自治州)?"""
    return kind == "name" or (kind == "short" and len(form) >= 3 and form.endswith("州"))


_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[A-Za-z]+")
_LEVEL_OF_FUND = re.compile(r"^(市|省|区|县)级")
# A fund's name opening with its owner's level word alone (省引导基金, 省母基金: as 省发展改革委 is the province's body, a
# fund the text names in full); not 省级…基金 (any of a level's funds, _LEVEL_OF_FUND), nor a word opening so (市场化, 市政),
# nor a count of levels (国家、省、市三级基金).
_OWN_LEVEL = re.compile(r"^(?:自治区|省|市)(?![级场政一二三四五六七八九十两多])")
_ACTOR_LABEL = re.compile(r"^([^：:\s]{2,8})[：:]\s*$")


class FundFinder:
    """Finds specific funds and the size written with them."""

    def __init__(self, kb: KnowledgeBase, kb_dir: Path, places: Places, words: Words, scanner: Scanner) -> None:
        self.kb = kb
        self.places = places
        self.words = words
        self.scanner = scanner
        terms: dict[str, set[str]] = {}
        for row in read_table(kb_dir / "fund_terms.tsv"):
            terms.setdefault(row["role"], set()).add(row["term"])
        self._terms = terms

    def find(self, context: Context) -> list[Found]:
        """``(unit, start, end, fund id, size, rule)`` for every specific fund of the context: named
        (``fund_pattern``), or referred to after its name (``fund_reference``: 该基金). A fund named
        in a list of investors without an owner in its name comes with id ``None``
        (``fund_investor_list``): its words are no industry's or region's mention either."""
        out = []
        generic = self._terms.get("generic", set())
        category = self._terms.get("category", set())
        markers = self._terms.get("marker", set())
        sizes: dict[tuple[int, int], str | None] = {}
        generic_titles: set[str] = set()
        joint: set[tuple[int, int]] = set()  # (unit, start) of funds of several governments (fund_joint_owner)
        called_by_level: dict[tuple[int, int], str] = {}  # (unit, start) → id of a fund named by its owner's level word
        unnamed: list[Found] = []
        for u, unit in enumerate(context.units):
            text = unit.text
            for match in _FUND_END.finditer(text):
                if _in_formula(text, match.start(), match.end()):
                    continue  # 沈阳突出“基金+补贴”: a way of working, not a fund named 突出基金
                end = match.end() + (1 if text[match.end() : match.end() + 1] == "群" else 0)
                start, name = self._fund_name(text, end)
                phase = _PHASE.match(text, end)
                if phase:  # 国家集成电路产业投资基金二期: a fund of its own, set up after the first
                    name, end = name + phase[0], phase.end()
                if len(name) < 4 or (any(m in name for m in markers) and any(w in markers for w in self.words.cut(name))):  # (a word of it only if in it)
                    continue
                if "某" in name:
                    continue  # 某汽车集团旗下基金: a fund the text does not name
                if _PLURAL.search(text[max(0, start - 12) : start]):
                    continue  # 五支“20+8”战兴产业基金: a set of funds, not one
                if _AGGREGATE.match(name) or _AGGREGATE.search(text, max(0, start - 2), start) or _CLUSTER_AFTER.match(text, end):
                    continue  # 全省政府投资基金总规模, 杭州产业基金集群: funds in aggregate, not one
                if text.endswith(_WITHIN, 0, start):
                    continue  # 山东省内海洋产业基金: the funds within a place
                if name.endswith("子基金"):
                    place = self._named_sub_fund(text, start, end, context, u)
                    if place is None:
                        continue  # 人工智能专项子基金, 区级子基金: a part of a fund, named by no place of its own
                    start, name = place, text[place:end]  # 拟向 + 苏州工业园区生物医药天使子基金
                level = _LEVEL_OF_FUND.match(name)
                owner, core = self._fund_owner(name, context, u, start)
                if not level and owner is not None and core.startswith("级") and name[: len(name) - len(core)][-1:] in LEVEL_OF_CHAR:
                    name = name[len(name) - len(core) - 1 :]  # 江西省级产业引导基金: the province's level, as 省级…基金
                    level = _LEVEL_OF_FUND.match(name)
                if level and self._several_owners(text, start, LEVEL_OF_CHAR[level[1]], context, u):
                    continue  # 广东和安徽还设立了省级汽车产业基金: one fund each, none named
                if level:
                    core = name[level.end() :]
                    owner = self.places.current_region(LEVEL_OF_CHAR[level[1]], context, u, start)
                elif owner is None and (own := _OWN_LEVEL.match(name)):
                    core = name[own.end() :]  # 省引导基金: the province's fund, if the text names it in full (below)
                    owner = self.places.current_region(LEVEL_OF_CHAR[own[0]], context, u, start)
                    called_by_level[(u, start)] = f"fund:{owner}:{slug_text(core)}"
                actor = _ACTOR_LABEL.match(text[:start]) if u == 0 and start <= 64 else None  # 海南：…基金
                if owner is None and actor and self.places.place_named(actor[1]) in self.kb.by_id:
                    owner = self.places.place_named(actor[1])  # 海南：自由贸易港创新投资基金设立 — the actor owns it
                if owner is None and not level and (first_member := self._joint_name(name, context, u, start)) is not None:
                    # 京津冀…基金, 川渝协同…基金, 武汉都市圈…基金: a fund of several governments is the first founder's
                    # (由四川省财政厅、重庆市财政局共同发起), else the one its clause names (湖北省人民政府将设立), else its name's first
                    owner = self._first_founder(text, start, context, u) or self._clause_region(text, start, context, u) or first_member
                    joint.add((u, start))
                if owner is None and not level and _ONE_OF_A_KIND.search(text[max(0, start - 16) : start]):
                    continue  # 将再设立一支规模10亿元的汽车芯片产业基金: a fund described, not one named
                if owner is None and not level and _UNDER_STUDY.search(text, max(0, start - 16), start):
                    continue  # 研究设立汽车产业转型基金: a fund still being studied, no name of one yet
                if _MEASURE_SETS_UP.search(text, max(0, start - 24), start) and _DOCUMENT_STATES.search(text, max(0, start - SENTENCE_WINDOW), start):
                    continue  # 措施提出，…；设立规模50亿元的…基金 / 主要内容：…四是设立…基金: a document's measure, a fund to come
                national = owner is None and name.startswith(("国家", "中国"))
                if national:
                    owner, core = "CN", name
                core = slug_text(core)
                words = [w for w in self.words.cut(core.removesuffix("群").removesuffix("基金")) if w.strip()]
                if not words or any(w in category for w in words) and not self._names_industry("".join(w for w in words if w not in category)):
                    continue  # 绿色基金, 养老产业基金: a kind of product; 绿色家居产业基金 is a sector's (家居产业), whatever its colour
                # Specific: an owner in its name, or a purpose that is an industry (机器人产业基金,
                # 高端装备基金); a bare name (联通中金基金) is a company's, not a policy fund.
                specific = national or (owner is not None and not level) or (any(w not in generic for w in words) and self._names_industry(core))
                if owner is not None and actor and not any(w not in generic for w in words):
                    generic_titles.add(f"fund:{owner}:{core}")  # 合肥：产业投资基金群扩容: the actor's funds in general
                if owner is None and _among_investors(text, end):
                    unnamed.append((u, start, end, None, None, "fund_investor_list"))
                    continue  # …产业投资基金、北斗产业基金、联通中金基金…等 10 家投资机构: it claims its words, links nothing
                if owner is None:
                    in_clause = self._clause_region(text, start, context, u)
                    if in_clause is not None:
                        in_clause = self._first_founder(text, start, context, u) or in_clause
                    owner = in_clause or self.places.main_region(context)  # asked only here: most articles name no fund
                    if not specific and owner is not None and _AMOUNT.search(_clause(text, start)) and (
                            in_clause is not None or self._region_later_in_clause(text, end, context, u)):
                        specific = True  # 成都 … 组建总规模不低于 300亿元的产业专项投资基金; not a generic name whose
                        # owner only the article gives (设立规模10亿元的产业发展基金: one planned, not yet named)
                    if not specific and in_clause is not None and "简称" not in name and any(w not in generic for w in words) and _fund_size(text, start, end):
                        specific = True  # …共同发起设立闽昌产业合作发展基金，首期规模10亿元: a name of its own, with its size
                if not specific or owner is None:
                    continue
                out.append((u, start, end, f"fund:{owner}:{core}"))
                sizes[(u, start)] = _fund_size(text, start, end)
        # A generic name owned only by a title's actor (合肥：产业投资基金群扩容) is a fund when the article
        # names it in full too (重庆：产业投资母基金… and 重庆产业投资母基金 in the text).
        out = [f for f in out if f[3] not in generic_titles or sum(1 for g in out if g[3] == f[3]) > 1]
        merged = _merge_fund_names(out, _listed_together(context, out))
        # A fund called by its owner's level word (省引导基金) is one the text names in full (陕西省政府投资引导基金), whose
        # name it merges into; one that merges into none is no fund of its own (市产业基金, 省属基金: talk of funds)
        # unless its name says a purpose of its own (省新旧动能转换基金, 省大数据产业发展基金), as 省发展改革委 is one body.
        merged = [f for f in merged if called_by_level.get(f[:2]) != f[3] or self._own_purpose(f[3].split(":", 2)[2])]
        named = [(*found, sizes[found[:2]], "fund_joint_owner" if found[:2] in joint else "fund_pattern") for found in merged]
        return named + _references(context, named) + unnamed

    def _fund_name(self, text: str, end: int) -> tuple[int, str]:
        """Walk left from ``基金`` over the words that can be part of a fund's name.

        The walk stops at punctuation, a number or date (千亿, 2023年), and the verbs and
        function words listed as ``stop`` in fund_terms.tsv (设立, 提出, 的 …); a
        conjunction only between two parts of one name (细胞与基因基金, not 共同体和基金群).
        """
        # Only the last 41 characters matter (the walk sees 40): searching further back for the
        # clause's start would be quadratic in a text without punctuation.
        clause_start = max(text.rfind(p, max(0, end - 41), end) for p in "，。；！？,;、：:") + 1
        left = max(clause_start, end - 40)
        tokens = list(self.words.cut(text[left:end]))
        if left > clause_start:
            tokens = tokens[1:]  # the window may have cut the first word in two
        stops = self._terms.get("stop", set())
        kept: list[str] = []
        for k in range(len(tokens) - 1, -1, -1):
            word = tokens[k]
            if not kept or word == "群":
                kept.append(word)
                continue
            if word == "基金" and kept != ["群"]:
                break  # the end of another fund's name
            if word in ("与", "和", "及") and kept[-1] not in ("基金", "群") and k > 0 and tokens[k - 1] not in stops and CJK.match(tokens[k - 1][-1]):
                if all(w in self._terms.get("generic", ()) for w in kept if w != "群") or tokens[k - 1].endswith("基金"):
                    break  # 管委会和 + 母基金: a body and the fund of funds, not one name (细胞与基因基金 is one); …基金与 + …基金: two funds
                if self._opens_with_region_name("".join(reversed(kept))):
                    break  # 新乡市政府与 + 河南省…基金, 专项资金与 + 昌吉州…基金: the fund's own name opens with its owner
                kept.append(word)
                continue
            if word in "“”\"+" or _DIGITS.fullmatch(word) and kept[-1] in ("+", "“", "”"):
                kept.append(word)  # “20+8”
                continue
            if word in self.tagged["r"] and not self._is_region_form(word) and word not in stops:
                return end, ""  # 有哪些 + 产业基金, 某 + 汽车集团旗下基金: funds described, none named
            if _LEVEL_OF_FUND.fullmatch(word):
                kept.append(word)
                break  # 调整 + 省级政府投资基金: a level word opens a name; what comes before it is the clause's
            if word in stops or word in self._adverbs and not self._is_region_form(word) or not CJK.search(word) and not _LETTERS.fullmatch(word) or _NUMBERISH.match(word):
                break  # a name holds no adverb (深圳应进一步 + 延长基金存续期: a clause, not a name)
            kept.append(word)
        name = "".join(reversed(kept)).strip("“”\" ")
        name = self._from_owner(name)
        return end - len(name), name

    @cached_property
    def tagged(self) -> dict[str, frozenset[str]]:
        """Words of jieba's dictionary by the tags that decide here: adverbs (``d``: 进一步, 逐步,
        共同) and pronouns (``r``: 哪些, 这些), a clause's words, never a part of a fund's name; place
        names (``ns``: 松山湖).
        Built by :meth:`kg.link.Linker.prepare` before a build forks its workers."""
        text = jieba_dictionary()
        words: dict[str, list[str]] = {"d": [], "ns": [], "r": []}
        for word, tag in re.findall(r"^(\S+) \d+ (d|ns|r)$", text, re.MULTILINE):
            words[tag].append(word)
        return {tag: frozenset(found) for tag, found in words.items()}

    @property
    def _adverbs(self) -> frozenset[str]:
        return self.tagged["d"]

    def _inside_place_word(self, text: str, start: int, end: int) -> bool:
        """Is ``text[start:end]`` the opening of a longer place name jieba knows (松山 in 松山湖)?"""
        word = self.words.word_at(text, start, end)
        return word is not None and word[0] == start and len(word[1]) > end - start and word[1] in self.tagged["ns"] \
            and word[1] not in self.kb.aliases

    def _from_owner(self, name: str) -> str:
        """A fund's name opens with its owner's full name: words walked before a region's full name
        (引导 + 郑州市产业投资基金, 对 + 湖北省…基金) are the clause's, unless they are regions too
        (安徽省合肥市…基金)."""
        for end, (form, meaning) in self.scanner.iter(name):
            start = end - len(form) + 1
            if start == 0 or not any(_full_name(form, kind) and self.kb.by_id[i].adcode for i, kind in meaning.regions):
                continue
            if self._only_regions(name[:start]) or not self.words.starts_word(name, start):
                continue
            return name[start:]
        return name

    def _only_regions(self, text: str) -> bool:
        """Is ``text`` a run of region names (安徽省, 安徽合肥)?"""
        pos = 0
        while pos < len(text):
            n = next((n for n in range(len(text) - pos, 1, -1) if self._is_region_form(text[pos : pos + n])), 0)
            if not n:
                return False
            pos += n
        return True

    def _is_region_form(self, form: str) -> bool:
        return any(i in self.kb.by_id and self.kb.by_id[i].adcode for i, _ in self.kb.aliases.get(form, ()))

    def _opens_with_region_name(self, text: str) -> bool:
        """Does ``text`` open with a region's full name (河南省, 宁波市), the owner a fund's name starts with?"""
        return any(any(_full_name(text[:n], kind) and i in self.kb.by_id and self.kb.by_id[i].adcode for i, kind in self.kb.aliases.get(text[:n], ()))
                   for n in range(2, min(len(text), 12) + 1))

    def _several_owners(self, text: str, start: int, level: str, context: Context, u: int) -> bool:
        """Are two regions of ``level`` or more named in the clause before ``start`` (广东和安徽还设立了省级…基金)?"""
        clause_start = max(text.rfind(p, max(0, start - CLAUSE_WINDOW), start) for p in "，。；！？,;") + 1
        named = {context.region_named(c) for c in context.index.starting_in(u, max(clause_start, start - CLAUSE_WINDOW), start)}
        return len({r for r in named if r is not None and self.places.level_matches(r, level)}) > 1

    def _named_sub_fund(self, text: str, start: int, end: int, context: Context, u: int) -> int | None:
        """Where the name of the ``…子基金`` walked back to ``start`` opens, if it is named: with a place
        (宜昌, 苏州工业园区; jieba's place names) opening a word, and its sector named after the place
        (宜昌磷化工新材料子基金; 拟向 + 苏州工业园区生物医药天使子基金). Not 四川天府新区子基金 (a zone's part,
        no sector named), 人工智能专项子基金 (no place: a part of a fund named elsewhere), 新能源汽车子基金 (新 is 新疆's one-character
        abbreviation, no place opening a name)."""
        for c in context.index.starting_in(u, start, end):
            if c.end < end and (any(k != "abbr" for _, k in c.meaning.regions) or c.meaning.types & {"zone", "macro_region"}) and self.words.starts_word(text, c.start):
                rest = max(o.end for o in context.index.starting_in(u, c.start, c.start + 1) if o.end < end)
                return c.start if self._names_industry(text[rest:end]) else None
        word = self.words.word_at(text, start, start + 1)
        if word is not None and word[0] == start and word[1] in self.tagged["ns"] and self._names_industry(text[start + len(word[1]) : end]):
            return start
        return None

    def _own_purpose(self, core: str) -> bool:
        """Does a fund's name after its owner (新旧动能转换基金) say a purpose: a word that not every fund's name has
        (产业, 引导, 发展: fund_terms.tsv's generic), and words only, no character standing alone (和, 局: a body's name
        and a clause the walk went over, 市经济和信息化局负责 + 基金)?"""
        words = self.words.cut(core.removesuffix("基金"))
        return all(len(w) >= 2 for w in words) and any(w not in self._terms.get("generic", set()) for w in words)

    def _names_industry(self, text: str) -> bool:
        return any("industry" in meaning.types for _, (_, meaning) in self.scanner.iter(text))

    def _clause_region(self, text: str, start: int, context: Context, u: int) -> str | None:
        """The region named last before ``start`` in the same clause (安徽提出要设立…基金),
        looking back at most :data:`CLAUSE_WINDOW` characters: a name the region rules read as
        that place (a county's name inside an ordinary word is none)."""
        clause_start = max(text.rfind(p, max(0, start - CLAUSE_WINDOW), start) for p in "，。；！？,;") + 1
        clause_start = max(clause_start, start - CLAUSE_WINDOW)
        best = None
        for c in context.index.starting_in(u, clause_start, start):
            ids = [i for i, k in c.meaning.regions if k in ("name", "short")]
            if ids and (best is None or c.start > best[0]) and (named := context.region_named(c)) in ids:
                best = (c.start, named)  # a place the text names (not 合作 in 与社会资本合作设立, 合作市's short name),
                # read as the text means it where two share the name (广州市南沙区: 440115, not 三沙's 南沙区)
        if best is None:  # 苏州工业园区(管委会)近日设立…基金: a zone's fund is its region's (the zone has no adcode)
            zones = [z for _, (_, meaning) in self.scanner.iter(text[clause_start:start]) for z, _ in meaning.others if self.kb.by_id[z].type == "zone"]
            if len(set(zones)) == 1:
                return self._zone_region(zones[0])
        return best[1] if best else None

    def _zone_region(self, zone: str) -> str | None:
        """The region a zone lies in: its one parent, the one of its parents that runs it (西咸新区: 西安), or
        the nearest region enclosing its parents (北京经济技术开发区, in 大兴区 and 通州区: 北京)."""
        if zone in self.kb.zone_seats:
            return self.kb.zone_seats[zone]
        parents = [p for p in self.kb.by_id[zone].parents if p in self.kb.by_id]
        if len(parents) <= 1:
            return parents[0] if parents else None
        return next((a for a in self.kb.ancestors(parents[0]) if all(a in self.kb.ancestors(p) for p in parents[1:])), None)

    def _everyday_word(self, c) -> bool:
        """Is a candidate's name, written short, also an everyday word: guarded (name_guards.tsv) or counted by
        jieba as one (:data:`EVERYDAY`) that it does not tag a place's name (合作, 和平; not 海南, ns)?"""
        return all(k == "short" for _, k in c.meaning.regions) and (
            self.places.is_word(c) or self.words.frequency(c.form) >= EVERYDAY and c.form not in self.tagged["ns"])

    def _first_founder(self, text: str, start: int, context: Context, u: int) -> str | None:
        """The first of the regions that found a fund together, named as a group before it in its clause
        (由福建省和昌吉州共同发起设立…基金 → 福建): the lead founder owns it; ``None`` for no such group."""
        clause_start = max(text.rfind(p, max(0, start - CLAUSE_WINDOW), start) for p in "，。；！？,;") + 1
        named = sorted((c.start, c.end, r) for c in context.index.starting_in(u, max(clause_start, start - CLAUSE_WINDOW), start)
                       if (r := context.region_named(c)) is not None and r in [i for i, k in c.meaning.regions if k in ("name", "short")])
        group = named[-1:]
        for x in reversed(named[:-1]):
            if x[1] <= group[-1][0] and _JOINED_BODIES.fullmatch(text[x[1] : group[-1][0]]):
                group.append(x)
            else:
                break
        if len(group) >= 2 and (together := _TOGETHER_AFTER_BODY.match(text, group[0][1])) and together.end() <= start:
            return group[-1][2]
        # 川渝两地还将共同设立…: provinces by their one-character abbreviations, counted, then 共同
        for run in _ABBREVIATED_FOUNDERS.finditer(text, max(clause_start, start - CLAUSE_WINDOW), start):
            provinces = [self._province_abbreviation(ch) for ch in run[1]]
            if all(provinces):
                return provinces[0]
        return None

    def _province_abbreviation(self, char: str) -> str | None:
        """The province whose one-character abbreviation (简称) ``char`` is (川 → 510000), or None."""
        ids = [i for i, k in self.kb.aliases.get(char, ()) if k == "abbr" and self.kb.by_id[i].type == "province"]
        return ids[0] if len(ids) == 1 else None

    def _joint_name(self, name: str, context: Context, u: int, start: int) -> str | None:
        """The first member of the places a fund's name opens with, when they are several: a macro-region
        (京津冀…基金, 成渝地区双城经济圈…基金: its first listed member), a run of provinces' abbreviations (川渝协同…基金:
        the first), or a city's cluster (武汉都市圈…基金: the city); None for a name that opens otherwise."""
        text = context.units[u].text
        for c in sorted(context.cands_starting.get((u, start), ()), key=lambda c: -(c.end - c.start)):
            if c.end >= start + len(name):
                continue
            macros = [self.kb.by_id[i] for i, _ in c.meaning.others if self.kb.by_id[i].type == "macro_region"]
            if len(macros) == 1 and macros[0].members:
                return macros[0].members[0]
            ids = [i for i, k in c.meaning.regions if k in ("name", "short")]
            if ids and _CLUSTER.match(text, c.end) and (named := context.region_named(c)) in ids:
                return named
        provinces: list[str] = []
        for char in name:
            if (province := self._province_abbreviation(char)) is None or province in provinces:
                break
            provinces.append(province)
        return provinces[0] if len(provinces) >= 2 else None

    def _region_later_in_clause(self, text: str, end: int, context: Context, u: int) -> bool:
        """Is a place named after ``end`` in the same clause (千亿空天基金群落地重庆)?"""
        ends = [i for i in (text.find(p, end, end + CLAUSE_WINDOW) for p in "，。；！？,;") if i >= 0]
        clause_end = min(ends) if ends else min(len(text), end + CLAUSE_WINDOW)
        return any(context.region_named(c) is not None for c in context.index.starting_in(u, end, clause_end))

    def _fund_owner(self, name: str, context: Context, u: int, start: int) -> tuple[str | None, str]:
        """The region a fund's name opens with (安徽省 + 空天信息产业基金; 东营 + 化工新材料产业投资基金:
        the city, not its own 东营区), and the rest of the name."""
        here = context.index.starting_in(u, start, start + 1)
        for c in sorted(here, key=lambda c: -(c.end - c.start)):
            if c.end > start + len(name) or self._inside_place_word(context.units[u].text, c.start, c.end):
                continue  # 松山 inside 松山湖科学城产业基金: a part of another place's name, not the owner
            ids = [i for i, k in c.meaning.regions if k in ("name", "short")]
            if ids and _CLUSTER.match(context.units[u].text, c.end):
                continue  # 武汉 + 都市圈…基金: a city's cluster, no one city (:meth:`_joint_name`)
            if ids and self._everyday_word(c) and context.region_named(c) not in ids:
                continue  # 合作 (合作市) in 设立合作发展基金, 深汕特别合作区…基金: the word, unless the region rules read the place
            if len(ids) > 1:
                enclosing = self.places.enclosing(ids)
                named = context.region_named(c) if enclosing is None else None  # 鼓楼区 of 福州 in a 福州 article
                ids = [enclosing] if enclosing is not None else [named] if named in ids else [i for i in ids if self.kb.by_id[i].type == "province"]
            if len(ids) == 1:
                rest = c.end - c.start
                # 杭州市 + 余杭区数字经济产业基金: a district written in full after its city owns the fund
                # (重庆两江智能网联汽车产业基金: a short form, part of the fund's name, leaves it the city's)
                for d in sorted(context.index.starting_in(u, c.end, c.end + 1), key=lambda d: -(d.end - d.start)):
                    inner = [i for i, k in d.meaning.regions if k == "name" and ids[0] in self.kb.ancestors(i)]
                    if len(inner) == 1 and d.end < start + len(name) and self.kb.by_id[inner[0]].type == "district":
                        return inner[0], name[d.end - start :]
                return ids[0], name[rest:]
        for c in context.cands_starting.get((u, start), ()):  # no region opens it: a zone's name (前海深港合作母基金) gives the zone's region, the name stays whole
            if c.end < start + len(name) and not c.meaning.regions and self.words.starts_word(context.units[u].text, c.start):
                zones = [self.kb.by_id[i] for i, _ in c.meaning.others if self.kb.by_id[i].type == "zone"]
                # (a zone that spans several regions is the one's that runs it: 西咸新区, in 西安 and 咸阳, is 西安's)
                owner = (self.kb.zone_seats.get(zones[0].id) or self.places.common_region(zones[0].parents)) if len(zones) == 1 else None
                if owner is not None and (self.places.level_matches(owner, "city") or self.kb.by_id[owner].type == "district"):
                    return owner, name  # (a zone in two cities no one runs: their province is no owner, the text's region decides;
                    # 临港新片区, in two districts of 上海, is the municipality's, a city as much as a province)
        return None, name


def _references(context: Context, named: list[Found]) -> list[Found]:
    """该基金, 上述基金, 该母基金, 该子基金 (after a named sub-fund), a bare 母基金 after a …母基金 or
    …引导基金 (a fund of funds) and a bare 引导基金 after a …引导基金 (以下简称“引导基金”): the fund named
    last before it.

    Only a fund named earlier in the article is referred to; a reference before any, or a bare
    母基金 when the last fund named is no 母基金, links nothing.
    """
    ordered = sorted(named, key=lambda f: (f[0], f[1]))
    taken = {(u, s) for u, s, *_ in named}
    out = []
    for u, unit in enumerate(context.units):
        if "基金" not in unit.text:
            continue  # every reference ends with it: the pattern need not be tried at every character
        for match in _REFERENCE.finditer(unit.text):
            if (u, match.start()) in taken or any(fu == u and fs <= match.start() < fe for fu, fs, fe, *_ in named):
                continue
            before = [f for f in ordered if (f[0], f[2]) <= (u, match.start())]
            if not before:
                continue
            fund = before[-1]
            if not match["demonstrative"]:
                # a bare 母基金 is the last 母基金 (or 引导基金: a fund of funds) named, a bare 引导基金 the last
                # 引导基金 — not a sub-fund named since (引导基金已参股…其中大同新能源子基金…。引导基金还直接投资了…)
                kinds = (match[0], "引导基金") if match[0] == "母基金" else (match[0],)
                so_named = [f for f in before if f[3].endswith(kinds)]
                if not so_named or not (so_named[-1] is fund or fund[3].endswith("子基金")):
                    continue
                fund = so_named[-1]
            if match[0].endswith("子基金") and not fund[3].endswith("子基金"):
                continue  # 该子基金 after its mother fund: a sub-fund the text does not name
            out.append((u, match.start(), match.end(), fund[3], None, "fund_reference"))
    return out + _short_names(context, named, taken | {(u, s) for u, s, *_ in out})


# A short name a text gives a fund right after its full name (…川渝协同产业投资基金（以下简称“协同基金”）): the
# short name, written alone later, is that fund. (A bare 引导基金 or 母基金 so defined is :data:`_REFERENCE`'s.)
_SHORT_NAME = re.compile(r"\s*[（(]\s*(?:以下)?(?:简称|称)\s*[为:：]?\s*[“\"]([^“”\"，。；（）()]{1,10}基金)[”\"]\s*[）)]")


def _short_names(context: Context, named: list[Found], taken: set[tuple[int, int]]) -> list[Found]:
    """Every later occurrence of a short name defined after a fund's full name (以下简称“协同基金”), as that fund
    (``fund_reference``); not inside another fund's name, nor a word going on after it (协同基金会)."""
    out = []
    for u, start, end, fid, *_ in sorted(named, key=lambda f: (f[0], f[1])):
        defined = _SHORT_NAME.match(context.units[u].text, end)
        if defined is None or defined[1] in _BARE:
            continue
        pattern = re.compile(re.escape(defined[1]) + r"(?![会管公经份产净业])")
        for v in range(u, len(context.units)):
            text = context.units[v].text
            for match in pattern.finditer(text, defined.end() if v == u else 0):
                if (v, match.start()) in taken or any(fu == v and fs < match.end() and match.start() < fe for fu, fs, fe, *_ in named):
                    continue
                taken.add((v, match.start()))
                out.append((v, match.start(), match.end(), fid, None, "fund_reference"))
    return out


_REFERENCE = re.compile(r"(?P<demonstrative>该|上述|此|这支|这只)?(?(demonstrative)(?:母|子|引导|产业)?基金|(?:(?<![子该此])母基金|(?<![\u4e00-\u9fff])引导基金|(?<=[的由与和及向至对将])引导基金))(?![会管公经份产净业])")
# (a bare 引导基金 opens its phrase: 省级引导基金 is any of a level's, not the one named)


def _among_investors(text: str, end: int) -> bool:
    """Is the fund ending at ``end`` an item of a 、-list closed by 等…机构 (a list of investors)?

    >>> _among_investors("航天投资控股、北斗产业基金、金石投资等 10 家投资机构", 13)
    True
    >>> _among_investors("设立北斗产业基金，支持企业发展", 8)
    False
    """
    return text.startswith("、", end) and bool(_INSTITUTIONS_AFTER.match(text, end))


def _in_formula(text: str, start: int, end: int) -> bool:
    """Is the ``基金`` at ``text[start:end]`` a term of a formula joined by + (“链长+基金”招商, “基金+补贴”)?
    Such a formula names a way of working; the words walked back from its 基金 (推行“链长+基金) are no
    fund's name, and an owner found for them would make a fund of a slogan."""
    return bool(_FORMULA_BEFORE.search(text, max(0, start - 5), start) or _FORMULA_AFTER.match(text, end))


def _clause(text: str, pos: int) -> str:
    """The clause around ``pos``, at most :data:`CLAUSE_WINDOW` characters either side."""
    lo, hi = max(0, pos - CLAUSE_WINDOW), pos + CLAUSE_WINDOW
    start = max(max(text.rfind(p, lo, pos) for p in "，。；！？,;") + 1, lo)
    ends = [i for i in (text.find(p, pos, hi) for p in "，。；！？,;") if i >= 0]
    return text[start : min(ends) if ends else min(len(text), hi)]


_SPACES = re.compile(r"\s+")
_OTHER_FUND = re.compile(r"(?<![该本立此])基金")


def _fund_size(text: str, start: int, end: int) -> str | None:
    """The size written with a fund: 总规模 20 亿元的…基金 (right before it), or …基金，目标规模20亿元
    (after it, before any other fund is named, in the same sentence)."""
    lo, hi = max(0, start - SENTENCE_WINDOW), end + SENTENCE_WINDOW
    sentence_start = max(max(text.rfind(p, lo, start) for p in "。；！？") + 1, lo)
    ends = [i for i in (text.find(p, end, hi) for p in "。；！？") if i >= 0]
    after = text[end : min(ends) if ends else min(len(text), hi)]
    for match in _SIZE.finditer(text, sentence_start, start):
        if start - match.end() <= 1:
            return _SPACES.sub("", match[1] or match[2])
    other = _OTHER_FUND.search(after)  # another fund, not 该基金 / 设立基金
    match = _SIZE.search(after[: other.start() if other else 40])
    return _SPACES.sub("", match[1] or match[2]) if match else None


# A fund's kind alone after its owner (湖北母基金, 合肥引导基金): the owner's fund of that kind named in full
# (a 引导基金 is a fund of funds: 株洲母基金 after 株洲市产业发展引导基金 is that fund).
_BARE = ("母基金", "引导基金")


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(char in chars for char in short)


_JOINED = re.compile(r"\s*[、和与及]\s*")
# Founders named by their bodies (四川省财政厅、重庆市财政局共同发起设立…; 泉州市人民政府与厦门市国资委共同设立…): a region's
# body after its name, then the joiner, or then 共同/联合 after the last of them.
_BODY = r"(?:[^，。；！？,;、\s]{0,12}?(?:政府|厅|局|委员会|委|办公室|办))?"
_JOINED_BODIES = re.compile(_BODY + r"\s*[、和与及]\s*")
_TOGETHER_AFTER_BODY = re.compile(_BODY + r"\s*(?:共同|联合)")
# Provinces' one-character abbreviations counted as founders (川渝两地还将共同设立, 苏皖两省联合设立).
_ABBREVIATED_FOUNDERS = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:[两三四五六七八九]|\d)(?:地|省|省市|方)[^，。；！？,;]{0,4}?(?:共同|联合)")
# A city's cluster named after it (武汉都市圈, 南京都市圈): several cities, which a fund so named is of.
_CLUSTER = re.compile(r"(?:都市圈|城市圈|城市群|经济圈)")


# What follows the founders of a fund named together (福建省和昌吉州 + 共同发起设立).
_TOGETHER = re.compile(r"\s*(?:共同|联合)")


def _listed_together(context: Context, found) -> set[frozenset[str]]:
    """Funds named side by side in a list (厦门市集成电路产业投资基金、厦门市产业投资基金等): two funds,
    however alike their names."""
    ordered = sorted(found, key=lambda f: (f[0], f[1]))
    return {frozenset((a[3], b[3])) for a, b in zip(ordered, ordered[1:])
            if a[0] == b[0] and a[3] != b[3] and _JOINED.fullmatch(context.units[a[0]].text[a[2] : b[1]])}


def _merge_fund_names(found, apart: set[frozenset[str]] = frozenset()):
    """One fund written two ways in an article (千亿空天基金群 / 空天信息产业基金群,
    海南自贸港创新投资基金 / 自由贸易港创新投资基金) gets the fuller name; not two funds listed
    side by side (``apart``)."""
    by_owner: dict[str, list[str]] = {}  # a fund is compared with its owner's only (a long text has thousands)
    for fid in sorted({fid for *_, fid in found}):
        by_owner.setdefault(fid.split(":", 2)[1], []).append(fid)
    rename = {}
    for ids in by_owner.values():
        for fid in ids:
            core = fid.split(":", 2)[2]
            spelled = core.replace("母基金", "引导基金")  # a guidance fund is a fund of funds: 天使母基金 = 天使投资引导基金
            fuller = [o for o in ids if len(o) > len(fid) and frozenset((fid, o)) not in apart and (_is_subsequence(spelled, o.split(":", 2)[2]) or _is_subsequence(core, o.split(":", 2)[2]))
                      and (_PHASE.search(core[-2:]) or not _PHASE.search(o[-2:]))]  # 二期 is another fund than the first
            if fuller and len(core) >= 4:
                rename[fid] = max(fuller, key=len)
            elif core in _BARE and (fuller := [o for o in ids if o.endswith((core, "引导基金")) and len(o) > len(fid) and frozenset((fid, o)) not in apart]):
                rename[fid] = max(fuller, key=len)  # 湖北母基金 after 湖北省高质量发展产业投资母基金: that fund again
    return [(u, s, e, rename.get(fid, fid)) for u, s, e, fid in found]
