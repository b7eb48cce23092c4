"""An article's units cut into sentences, each with the mentions inside it and the actors it names."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from kg.kb import REGION_TYPES
from kg.link import Unit
from kg.types import Mention

__all__ = ["_COORDINATION", "_MADE_INTO", "MAX_SENTENCE", "SUBJECT_TYPES", "Sentence", "project_host_end", "sentences", "table_rows"]


SUBJECT_TYPES = (*REGION_TYPES, "zone", "macro_region", "agency")


_SENTENCE_END = re.compile(r"[。！？；!?;]")


# Between two coordinated mentions: a conjunction, maybe after a note in brackets (云州区（原大同县）和阳高县:
# 大同县 is the note's, its gaps are （原 and ）和).
_COORDINATION = re.compile(r"^\s*(?:[（(][^（）()，,。；;]{1,12}[）)]|[）)])?\s*[、和与及]\s*$")


_NOTE_OPENING = re.compile(r"^[（(](?:原|即|今|含|不含)?$")


# A duty field closing the task before it (…示范。（牵头单位：市科技局；责任单位：某区人民政府）（三）推动…): a sentence
# ends with it, so the task after its bracket is read on its own (the field's bodies lead the task before, see
# kg.relations.leads), not as done by them.
_DUTY_FIELD_END = re.compile(r"(?:牵头|责任|配合|协同|参与|协办)(?:培育)?(?:单位|部门|处室)\s*[：:][^（）()。！？!?]*?[）)]")


@dataclass
class Sentence:
    """A sentence of an article with the mentions inside it (offsets relative to the sentence)."""

    unit: int
    start: int  # in the unit's text
    end: int
    text: str
    kind: str
    mentions: list[tuple[int, int, Mention]]
    _of_types: dict = field(default_factory=dict, repr=False, compare=False)  # asked for again and again by the rules
    _by_type: dict | None = field(default=None, repr=False, compare=False)  # the mentions of each type, built once

    def of_types(self, types: tuple[str, ...]) -> list[tuple[int, int, Mention]]:
        """The mentions of these types, in order (a list of the sentence's own: do not change it)."""
        mentions = self.mentions
        if len(mentions) < 2:  # (many sentences name one thing or nothing: some rules ask every sentence)
            return mentions if not mentions or mentions[0][2].type in types else []
        found = self._of_types.get(types)
        if found is None:
            if len(types) == 1:  # (most asked: one type; the mentions are sorted by type once for all of them)
                by_type = self._by_type
                if by_type is None:
                    by_type = self._by_type = {}
                    for x in mentions:
                        by_type.setdefault(x[2].type, []).append(x)
                found = self._of_types[types] = by_type.get(types[0], [])
            else:
                found = self._of_types[types] = [x for x in mentions if x[2].type in types]
        return found

    def actors(self) -> list[tuple[int, int, Mention]]:
        """The regions and agencies that may act in this sentence (:func:`_actors`), in order. Those
        before a point are the ones that act there: deciding on a mention looks only at those before
        it, so one list serves every cue of the sentence (once per cue was quadratic in its mentions)."""
        found = self._of_types.get("actors")
        if found is None:
            found = self._of_types["actors"] = _actors(self, self.of_types(SUBJECT_TYPES))
        return found


#: Longest sentence the rules see (the bundled corpus's longest is 223 characters): a longer one,
#: a text without punctuation, is cut, so the rules' work per sentence is bounded and a file's
#: extraction is linear in its length.
MAX_SENTENCE = 400


_CLAUSE_MARK = re.compile(r"[，,、：:\s]")


def sentences(units: Sequence[Unit], located: Sequence[tuple[int, int, int, Mention]]) -> list[Sentence]:
    """The sentences of an article's units with the mentions inside each, in order.

    A sentence longer than :data:`MAX_SENTENCE` is cut after its last clause mark (，、：)
    within the limit, else at the limit, never inside a mention.
    """
    by_unit: dict[int, list[tuple[int, int, Mention]]] = {}
    for u, s, e, m in located:
        by_unit.setdefault(u, []).append((s, e, m))
    out = []
    for u, unit in enumerate(units):
        bounds = [0]
        if unit.kind != "table_row":
            bounds += [m.end() for m in _SENTENCE_END.finditer(unit.text)]
            if "单位" in unit.text or "部门" in unit.text or "处室" in unit.text:
                bounds = sorted({*bounds, *(m.end() for m in _DUTY_FIELD_END.finditer(unit.text))})
        if bounds[-1] != len(unit.text):
            bounds.append(len(unit.text))
        inside = _outermost(by_unit.get(u, []))
        k = 0  # the first mention not yet given to a sentence
        for sentence_start, sentence_end in zip(bounds, bounds[1:]):
            # (a sentence within the limit is one piece: most are)
            for a, b in ((sentence_start, sentence_end),) if sentence_end - sentence_start <= MAX_SENTENCE else _pieces(unit.text, sentence_start, sentence_end, inside, k):
                mine = []
                while k < len(inside) and inside[k][0] < b:
                    s, e, m = inside[k]
                    if e <= b and s >= a:  # one across the end of a sentence is in none (as ever)
                        mine.append((s - a, e - a, m))
                    k += 1
                out.append(Sentence(u, a, b, unit.text[a:b], unit.kind, mine))
    return out


def _outermost(located: Sequence[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """``located`` in order, without a mention inside another: the zone a committee is named after
    (临港新片区 in 临港新片区管委会) is an entity of the text, but the committee is what acts, and the
    rules read mentions as a sequence that does not overlap."""
    out: list[tuple[int, int, Mention]] = []
    for x in sorted(located, key=lambda x: (x[0], -x[1])):
        if not out or x[0] >= out[-1][1]:
            out.append(x)
    return out


def _pieces(text: str, a: int, b: int, mentions: Sequence[tuple[int, int, Mention]], k: int) -> Iterator[tuple[int, int]]:
    """``text[a:b]`` in pieces of at most :data:`MAX_SENTENCE` characters (see :func:`sentences`);
    ``mentions[k:]`` are the mentions from ``a`` on, sorted."""
    while b - a > MAX_SENTENCE:
        limit = a + MAX_SENTENCE
        cut = limit
        for mark in _CLAUSE_MARK.finditer(text, a + MAX_SENTENCE // 2, limit):
            cut = mark.end()  # the last one within the limit
        while k < len(mentions) and (mentions[k][1] <= cut or mentions[k][0] < a):
            k += 1
        if k < len(mentions) and mentions[k][0] < cut:  # a mention across the cut: cut before it (after, if it starts the piece)
            cut = mentions[k][0] if mentions[k][0] > a else mentions[k][1]
        if cut >= b:
            break
        yield a, cut
        a = cut
    yield a, b


# A place right after one of these is what is supported or built on, not who acts
# (支持杭州、宁波争创…; 依托南京、苏州…优势; 以虹桥商务区为核心; 打造合肥、芜湖两个…城市),
# or where the news came from (记者从青岛市财政局获悉), or a neighbour (毗邻港澳, 紧邻上海, 依托临近北京的优势), a base or a
# market served (立足深圳，服务港澳), what is strengthened, given to or helped (强化临港新片区特殊功能定位,
# 给予临港新片区…自主权, 助力临港新片区…; 宁波市对口帮扶德令哈市，重点发展…: the helper acts, 对口支援, 援建 likewise).
# A place one learns from or draws on (借鉴西安的做法, 学习深圳经验, 用好和林格尔县的算力) is a model or a
# resource, not who acts either; so is one worked with (配合西安市推进…), and after 了 (借鉴了无锡的经验);
# and one whose doing is an opportunity seized (抢抓武汉打造第二增长极的机遇，培育…: the speaker's place acts).
# So is a place whose fair is attended, whose funds are sought, whose resources are pooled or whose industries are
# taken over (参加北京、上海等地展会, 争取省里资金支持, 统筹霍城县等周边县市资源, 承接深圳市宝安区外溢的产能): a venue, a source.
# Places taken into account as others' practice (结合北京、上海、深圳等地的实践, 结合合肥经验): models compared
# with, not who acts — unlike a place's own conditions (结合北京市自身资源禀赋: it acts).
_OTHERS_PRACTICE = re.compile(r"[^，,。；;：:]{0,24}?(?:等地|等城市|等省|(?<!自身)(?:的)?(?:实践|经验|做法|案例|模式)(?:[，,。；;和与及]|$))")


# What a place is approved to do (同意酒泉市创建…, 同意某市设立…): it acts.
_APPROVED_TO = re.compile(r"(?:创建|建设|设立|开展|实施|发展|打造|培育)")


_OBJECT_VERB = re.compile(
    r"(?:支持|鼓励|推动|推进|加快|深化|加强|面向|引导|帮助|帮扶|支援|援建|指导|组织|推荐|确定|遴选|批复|同意|依托|发挥|联动|打造|建设|培育|壮大|做大|做强|做优|围绕|带动|辐射|覆盖|落地|落户|位于|设在"
    r"|落实|贯彻|借鉴|学习|对标|参照|参考|效仿|用好|用活|利用|借助|抢抓|抓住|把握|以|在|于|到|赴|向|往|与|同|从|毗邻|紧邻|邻近|临近|靠近|立足|服务|强化|给予|助力|促进|对接|配合|协助|参加|争取|统筹|承接)"
    r"(?:(?<![在于到向往与同从以])了)?\s*(?:东部|西部|中部|南部|北部|本市|本省|本区|我市|我省|我区)?\s*$"
)


# Places given support and a task each, listed clause after clause (重点支持海口市发展生物医药，洋浦经济开发区发展石化新材料，
# 三亚崖州湾科技城发展深海科技; 指导丹江口市发展…，竹山县、竹溪县发展…): each place after the first is supported as the
# first is, not an actor of its clause — who gives the support acts. The verb of support (not 依托, 在, 与…), the
# task right after the place (optionally 各, 分别), and one clause between. (A place given its own emphasis, 支持洛阳
# 发展…，许昌重点发展电力装备, is the subject of its own task: it backs, as most gold reads it.)
_SUPPORT_VERB = re.compile(r"(?:支持|鼓励|推动|引导|帮助|帮扶|支援|指导)$")
_SUPPORTED_TASK = re.compile(r"\s*(?:各|分别)?(?:发展|建设|布局|打造|做强|做大|做优|壮大|承接|培育|创建|争创)")
_SUPPORTED_NEXT = re.compile(r"[^，,。；;：:“”]{1,40}[，,]\s*")


# A place granted something (对南通船舶重大技改项目给予优先支持, 对滨海新区新建项目予以奖励): 对 before it, the grant
# later in its clause — what is supported, not who acts (对上海而言，… stays an actor).
_GRANTED_TO = re.compile(r"[^，,。；;]{0,30}?(?:给予|予以)")


# A place something is provided for (为澳门企业提供便利, 为香港青年创业团队提供办公空间): 为 before it, 提供 later in its
# clause — who benefits, not who acts (作为, 成为, 列为, 以…为 are no such 为).
_PROVIDED_FOR = re.compile(r"[^，,。；;]{0,20}?提供")
_NOT_FOR = ("作为", "成为", "列为", "定为", "视为", "称为", "认定为", "确定为", "更名为", "改为", "分为")


# The same after a list whose first items are no mentions (支持厦门火炬高新区、海沧区建设…: a zone the
# tables lack, then a district; 与香港科技园公司、香港数码港合作: partners; 用好文山三七、昭通天麻等…资源: resources).
_OBJECT_LIST = re.compile(r"(?:支持|鼓励|推动|引导|帮助|帮扶|支援|援建|指导|推荐|确定|遴选|批复|同意|依托|借鉴|学习|对标|与|用好|用活|利用|借助)(?:[^，,。；;：:、\s]{1,16}、)+$")


# A place made into something (将前海打造成为…高地, 把临港建设成…): the object of who makes it, not who acts.
# (Nor does a place as a precedent act: 成为继海南自贸港之后第二个…的地区.)
_MADE_INTO = re.compile(r"(?:打造|建设|建|培育|发展)(?:成为|成|为)")


# A place put on a list or given a rank (把惠州列为全省…重点发展城市, 将小店区列入全市…重点承载区): the object of
# who lists it, not who acts.
_LISTED_AS = re.compile(r"(?:列为|列入|纳入|确定为|认定为|定位为)")


# A body approving (获市委常委会审议通过, 经市政府同意): it approves, someone else acts.
_APPROVES = re.compile(r"(?:常务会议|常委会|会议)?(?:审议通过|研究同意|同意|批准)")


def _actors(sentence: Sentence, mentions: list) -> list:
    """Drop places that are the object of a verb of support (and the ones listed with them)."""
    out = []
    skip_group = False
    supported = None  # where the last group of places given support and a task (支持海口市发展…) ends
    mentions = _outside_quotes(sentence.text, mentions)  # not inside “上海方案”
    for n, (s, e, m) in enumerate(mentions):
        gap = sentence.text[mentions[n - 1][1] : s] if n else None
        joined = n > 0 and (gap == "" or _COORDINATION.match(gap) or _NOTE_OPENING.match(gap))  # 深圳市南山区 is one phrase
        if not joined:
            before = sentence.text[max(0, s - 40) : s]
            # (a place told what to do, 方案还要求宣城、淮安两市承接…, is the object of the assignment as after 支持; a body
            # told so, 方案还要求省工业和信息化厅会同…，支持…, is charged with the task and acts)
            skip_group = bool(_OBJECT_VERB.search(before[-4:]) or _OBJECT_LIST.search(before) or (before.endswith("要求") and m.type != "agency")
                              or (before.rstrip().endswith("结合") and _OTHERS_PRACTICE.match(sentence.text, e))
                              or (before.endswith("对") and _GRANTED_TO.match(sentence.text, e))
                              or (before.endswith("为") and not before.endswith(_NOT_FOR) and _PROVIDED_FOR.match(sentence.text, e)))
            if skip_group and before.endswith("同意") and _APPROVED_TO.match(sentence.text, e):
                skip_group = False  # 同意酒泉市创建…产业集群 (a reply): the place approved does what it asked to
            listed = supported is not None and not skip_group and _SUPPORTED_NEXT.fullmatch(sentence.text, supported, s)
            if listed or (skip_group and _SUPPORT_VERB.search(before[-4:])):
                end = _group_end(sentence.text, (s, e, m), mentions)
                supported = end if _SUPPORTED_TASK.match(sentence.text, end) else None
                if listed and supported is not None:  # 支持海口市发展…，洋浦经济开发区发展…: supported as well
                    skip_group = True
                    sentence._of_types.setdefault("listed_supported", set()).add(end)
            else:
                supported = None
        if not skip_group and not ((_MADE_INTO.match(sentence.text, e) or _LISTED_AS.match(sentence.text, e)) and sentence.text.endswith(("将", "把"), 0, s)) and not (sentence.text.endswith("继", 0, s) and sentence.text.startswith(("之后", "以后"), e)) \
                and not (sentence.text.endswith(("获", "经"), 0, s) and _APPROVES.match(sentence.text, e)) \
                and not (sentence.text.endswith(("作为", "是"), 0, s) and sentence.text.startswith(("下辖", "所辖", "辖下"), e)):  # 寿光市作为潍坊下辖的县级市，…
            out.append((s, e, m))
    # 以广州、深圳为双核，佛山、东莞为两翼: the places a plan assigns roles to are what it builds on.
    if "为" not in sentence.text:
        return out
    return [x for x in out if not _ROLE.match(_group_end_text(sentence.text, x, mentions))]


# What follows a place a plan assigns a role to (广州、深圳为双核, 佛山、东莞为两翼, 南京为龙头, 银川为支撑).
_ROLE = re.compile(r"为[^，,。；;]{0,6}?(?:核|翼|极|心|轴|带|重点|支点|支撑|节点|枢纽|龙头|引擎|主体|载体|示范|平台)")


def _group_end_text(text: str, x: tuple, mentions: list) -> str:
    """The text after the coordinated group (A、B和C) that the mention ``x`` belongs to."""
    end = _group_end(text, x, mentions)
    return text[end : end + 12]


def _group_end(text: str, x: tuple, mentions: list) -> int:
    """Where the coordinated group (A、B和C) that the mention ``x`` belongs to ends."""
    end = x[1]
    for s, e, _ in mentions:
        if s >= end and (s == end or _COORDINATION.match(text[end:s])):
            end = e
        elif s >= end:
            break
    return end


def table_rows(sents: Sequence[Sentence]) -> Iterator[tuple[Sentence, Sentence]]:
    """Each row of each table with the table's header row (a table: a run of ``table_row`` sentences, the
    first its header)."""
    header = None
    for sentence in sents:
        if sentence.kind != "table_row":
            header = None
        elif header is None:
            header = sentence
        else:
            yield header, sentence


def _outside_quotes(text: str, mentions: list) -> list:
    """The mentions (in order) that no “ opened before them and left unclosed: one pass over the text."""
    kept = []
    opened = closed = pos = 0
    for x in mentions:
        piece = text[pos : x[0]]
        opened += piece.count("“")
        closed += piece.count("”")
        pos = max(pos, x[0])
        if opened <= closed:
            kept.append(x)
    return kept


# A project's line in a list of projects (1.杭州市萧山区12英寸集成电路…项目，总投资260亿元，建设…; 三、眉县猕猴桃冷链
# 物流中心项目。; 合肥市：肥西县新能源汽车整车制造基地二期项目建成后…): an item number or a short heading, the places
# that host the project, then its name up to 项目 with no verb of its own (not 杭州市加快建设…项目: the city acts),
# and what is told of the project after it (not 大庆市油气产业链项目服务专班: a body named after projects).
_PROJECT_LINE_OPENS = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])?\s*(?:[^，,。；;：:]{1,8}[：:]\s*)?")
_PROJECT_NAME = re.compile(r"[：:]?\s*[^，,。；;：:、]{2,30}?项目(?=[，,。；;]|\s*$|主要|建成|年度|总投资|计划|位于|新增|已|将|拟|由|于)")
_PROJECT_NAME_VERB = re.compile(r"将|要|设立|成立|组建|开展|加快|推进|推动|建设|打造|培育|支持|引进|招引|实施|开工|签约|落地|布局|谋划|新建|启动|计划|共建|合作|投资|争取|聚焦|发展")
_PLACES = (*REGION_TYPES, "zone")


def project_host_end(sentence: Sentence) -> int:
    """Where the name of the project a sentence opens with ends, when places open the name (杭州市萧山区…
    项目): they host the project, they are not who acts in the line — a list of projects is its issuer's
    (its region's) backing. 0: the sentence does not open so."""
    found = sentence._of_types.get("project_host")
    if found is None:
        found = sentence._of_types["project_host"] = _project_host_end(sentence)
    return found


def _project_host_end(sentence: Sentence) -> int:
    text = sentence.text
    if "项目" not in text:
        return 0
    places = sentence.of_types(_PLACES)
    if not places:
        return 0
    opening = _PROJECT_LINE_OPENS.match(text)
    starts = [opening.end(), len(opening[0]) - len(opening[0].lstrip())] if opening else [0]
    k = next((k for k, x in enumerate(places) if x[0] in starts), None)
    if k is None:
        return 0
    end = places[k][1]
    for s, e, _ in places[k + 1:]:
        if s != end:
            break
        end = e  # 杭州市萧山区, 贵阳市贵安新区: the host named from its province or city down
    name = _PROJECT_NAME.match(text, end)
    if not name or _PROJECT_NAME_VERB.search(name[0]):
        return 0
    return name.end()
