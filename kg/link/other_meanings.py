"""What a name means when it is not only a region's: the zone, macro-region, agency or industry it
names, or nothing (a fragment of a longer label, a product or party of a sector, a body's branch or office,
part of a direction or a place), and the rule that decided it. :class:`kg.link.regions.RegionResolver` asks
first, for every candidate with such meanings."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from kg.kb import KnowledgeBase
from kg.link.candidates import CJK, Candidate, Words, inside_word, jieba_dictionary
from kg.link.context import Context, Places, outside_mainland
from kg.link.gates import WordsAfter
from kg.link.industries import (AFTER_A_LABEL, a_cost, a_shift, application_field, cluster_designation, counted_firms, customer, ends_inside_a_word_of_work, epithet, in_company_name,
                                leased, low_altitude_use, materials, names_a_substance, novelty_item, park_as_a_place, ship_of_shipping)

__all__ = ["BRANCH_AFTER", "OtherMeanings", "campus", "in_title"]

# The heads of a sector's name: a word that describes them (临港产业, 临港经济) is no place.
_SECTOR_HEADS = ("产业", "经济", "工业")
# After an industry's label, the rest of a designation, event or grant named after it, or a platform serving the
# sector (检测认证公共服务平台, 研发服务平台, 电商平台, 算力平台: the platform, not the sector, is built or used; so is a
# testing centre, 储能电池检测认证中心 — dev entity gold, articles where it is the only evidence, annotated : not 0 : 3).
# Not 示范区: a demonstration zone built for a sector (建设氢能示范区, 打造海洋经济高质量发展示范区) is the sector's, as
# a park is — the dev entity gold annotates the label there.
_DESIGNATION_AFTER = re.compile(r"(?:(?:公共)?服务)?平台|(?<=认证)中心|(?:高质量发展)?(?:专项资金|创新中心|创新平台|设计中心|(?:中长期)?贷款|试验区|先行区|度假区|文化节|旅游节|节(?![能约点日])|博览会|交易会|大会|论坛|峰会|大赛|比赛|(?:联合|重点)?实验室|(?:扩大开放)?综合试点)")
# After an industry's label, the rest of a government's grant named after the sector it funds (先进制造业发展专项资金,
# 数字经济发展资金, 文旅发展资金), read after the longest label that holds this one too (先进制造 in 先进制造业发展专项资金,
# 旅游 in 旅游业发展资金): the grant, not the sector. Over the 45 dev genre sets, articles where such a grant's name is the
# sector's only evidence (annotated : not) 0 : 9. Not a grant the text applies for, allocates or regulates (关于组织申报…集成电路
# 产业发展专项资金的通知, 下达…先进制造业发展专项资金, …发展专项资金申报指南, …管理实施细则): the document is about funding
# the sector, which the dev gold reads as the sector (titles of such notices, annotated : not, 5 : 1, the relation gold's
# backs too). Not a sector's fund without 发展 (储能产业专项资金, 智能化改造专项资金: 3 : 1 annotated, and 专项资金 right after
# the label is a designation above).
_GRANT_AFTER = re.compile(r"(?:产业)?(?:高质量)?发展(?:专项)?资金")
_GRANT_SOUGHT_BEFORE = re.compile(r"(?:申报|下达)[^，。；：！？\n]*$")
_GRANT_RULES_AFTER = re.compile(r"(?:项目)?(?:申报|管理)")
# After an industry's label, a machine or part of the sector or one made for it (风电叶片, 风力发电机组,
# 氢能源机车, 冷链物流车, 汽车用钢, 汽车板 (steel sheet for cars; dev gold 0 : 2 — not 光伏板, 太阳能板: the panels the sector makes), 新能源重卡, 新能源客车, 新能源动力总成, 新能源工程机械, 汽车轮毂), or a part
# named by what it is for or made of (新能源汽车轻量化部件, 特高压变压器部件, 半导体设备的陶瓷部件): the thing,
# not the industry; so is a chemical made for it (医药中间体, dev gold 0 : 2 where it is the only evidence). Not modules (光伏组件), which the gold reads as the sector's own (materials and parks:
# kg.link.industries), nor 动力电池 (a sector of its own), nor the sector's parts trade or its key parts (汽车零部件,
# 机器人零部件, 核电装备关键部件). Read after the longest label that holds this one (新能源 in 新能源汽车轻量化部件).
# So are a vehicle, machine or component named by the sector it serves (新能源商用车, 农业无人机, 无人驾驶农机, 汽车密封件,
# 新能源汽车变速器, 航天电子元器件), and a vessel or rig named for its work at sea (深海养殖工船, 深海钻井平台): pooled over
# the 43 dev genre sets, 9 spurious industries fewer (genres_heldout16, 19, 26, 30, 38, 40, 45), none annotated there; not
# 储能变流器, 光伏逆变器, which the dev gold reads as the sector's own where a place makes them. So is the lighting made of
# a sector's goods (半导体照明: LED lighting, no integrated circuits; dev gold, articles where it is the only evidence, 0 : 3).
_PRODUCT_AFTER = re.compile(r"叶片|机组|机车|(?:商用|乘用)车|无人机|农机|变速器|密封件|(?:电子)?元器件|(?:养殖|钻井)(?:工船|平台)|(?:的?(?!关键|核心|功能)[^\W\d的和与及、]{1,4}?)?(?<!零)部件|车(?![间站位型企辆])|用(?![于户地能工])|重卡|[客货]车|动力(?!电池)|工程机械|轮毂|(?<!光伏)(?<!太阳能)板(?!块)|中间体|照明")
# After an industry's label, a party that deals with the sector from outside it: a maker that buys from it,
# a customer, a plant that uses its goods (新能源电池厂商, 制造业用户, 汽车工厂). Not 企业 or 公司 (新能源企业,
# 物流公司), which the gold reads as the sector's firms, and 机构 only for one institution that acts (一家创投机构
# 跟投: a co-investor; 金融机构、股权投资机构 are the sector's).
_PARTY_AFTER = re.compile(r"厂商|用户|工厂")
# After an industry's label, a use of its goods by the public (汽车客运站, 汽车尾气治理, 汽车驾驶证): passengers carried,
# fumes breathed, a licence held — no sector a place develops (issue 15's fragments).
_PUBLIC_USE_AFTER = re.compile(r"客运|尾气|驾驶证|驾照")
# After an industry's label, the rest of a government body's name (服务业司 of a ministry; 文化和旅游厅, 文化和旅游局 — also in
# a list of addressees with no region, which names no body the linker links): the body, not the sector. Dev entity gold 0 : 2.
# So are a department whose name goes on after the label (农业农村厅, 农业农村局, 大数据发展局) and a division of a department
# closing a name in brackets or a list (牵头处室：汽车产业处）, 商贸处）): pooled over the 43 dev genre sets, 3 spurious
# industries fewer (genres_heldout22, 28, 40), none annotated there.
_BODY_AFTER = re.compile(r"(?:农村|发展)?(?:司|厅|局(?![面势]))|处(?=[）)，。；、\s])")
# The broad kinds of making, which after another sector's label are that sector's making (新能源装备制造,
# 绿色能源制造业, 海上风电装备制造: the gold reads the sector, not equipment or manufacturing at large).
_MAKING_HEADS = frozenset({"industry:manufacturing", "industry:equipment-manufacturing"})
# The medicines of a people's tradition (藏医药, 蒙医药, 苗医药, 民族医药): sectors the scheme lacks (its 中医药 is
# Chinese medicine), whose 医药 is no mention of the pharmaceutical industry.
_MEDICINE_TRADITIONS = frozenset({"藏", "蒙", "苗", "维", "傣", "彝", "壮", "瑶", "侗", "民族"})
# Between a sector's label and another label that ends its clause, a copula and whose it is (电子信息产业是我市传统
# 优势产业, 船舶和海洋工程装备是全市的传统优势产业): the second classifies the first, no sector of its own.
_SAID_OF_A_SECTOR = re.compile(r"是(?:我市|本市|全市|全省|全区|全县|该市|当地|[^\W\d，。；是]{1,4}的)?的?$")
# What a sector's label may end with that names no sector of its own (化工 + 产业).
_GENERIC_HEADS = frozenset({"产业", "行业", "工业", "业"})
_GENERIC_HEAD_TAILS = tuple(_GENERIC_HEADS)
# After a short label, the heads of a word of jieba's naming the sector's trade (钢铁企业, 汽车产量, 医药行业, 汽车业).
_TRADE_HEADS = ("企业", "行业", "产业", "工业", "产量", "产值", "业")
# Before a short label, the qualities a plan gives a sector, which jieba glues to it as one word (生态旅游, 智慧物流): the
# qualified sector is the sector, as 乡村旅游 or 现代物流, which jieba leaves apart or the scheme holds, are (dev entity gold:
# 生态旅游 2 : 0 where it is the only evidence). Not 智能, which is mostly the end of 人工智能 (人工智能算力中心).
_QUALITIES = ("生态", "智慧", "绿色", "高端", "现代", "精品", "特色", "全域", "休闲", "新型")
# Labels that name their sector only as an item of a list of sectors (纺织服装、食品两大产业, 汽车和食品): alone they are the
# goods (食品安全, 食品企业, 宠物食品), see the scheme's scope notes.
_LISTED_ONLY = frozenset({"食品"})
# Labels that name their sector only listed with another sector, as the trade of firms or as a field (航空、航天; 航天企业,
# 航天配套企业; 航天领域, as the bundled relations gold reads 安徽…提升航天领域关键载荷的设计、制造): alone, 航天 is spaceflight (航天发射场, 航天院所, 航天育种, 航天文化旅游, a site's or base's name: 西安航天基地, 东方航天港), no
# mention of the aerospace industry. Bare 航天 over the 43 dev genre sets: 8 articles where it is the sector's only evidence,
# none annotated; 7 spurious industries fewer (genres_heldout4, 13, 23, 34, 41, 46), the firms keeping a target (集聚航天企业30家).
_LISTED_OR_FIRMS_ONLY = frozenset({"航天"})
# Labels that name their sector only as an item of any list (银行、证券、保险、要素市场; 股权、贷款、债券、保险等: the bundled
# gold's insurance) or as the trade of firms: alone, 保险 is a cover bought or subsidised (首台套保险补贴, 出口信用保险, 航运保险,
# 购买保险; 保险业 and 保险行业 name the trade). Bare 保险 over the 43 dev genre sets: 8 articles where it is the insurance sector's
# only evidence, none annotated; 7 spurious industries fewer (genres_heldout4, 8, 11, 25, 32, 44).
_ITEM_OR_FIRMS_ONLY = frozenset({"保险"})
_FIRMS_AFTER = re.compile(r"(?:相关|配套)?(?:企业|公司|机构)")
_JOINTS = "、和及与"
_FIRMS = ("企业", "工厂", "厂", "项目", "公司")
# The heads a field's name takes to be a sector's label (冰雪产业, 海洋经济): the field is that sector's.
_FIELD_HEADS = ("产业", "经济")
# The scheme's concepts of materials: a label under one of them names materials itself (特钢, 石墨烯), so the
# materials written after it (特钢新材料) are no other sector's.
_MATERIALS_CONCEPTS = frozenset({"industry:new-materials", "industry:future-materials"})
# The scheme's concept of finance: a label under it names a financial product or service (碳基金, 绿色信贷), which a
# list closing on 租赁 names beside leasing (碳基金、碳信托、碳租赁), not as a thing leased.
_FINANCE_CONCEPTS = frozenset({"industry:finance"})
_LONGEST_LABEL = 14  # no industry label of the scheme is longer (新兴软件和新型信息技术服务: 13)
_CLAUSE_END = re.compile(r"[，。；！？\n]|$")
_ONE_INSTITUTION = re.compile(r"[一某][家位个](?:[^\W\d]{0,6})$")
# After an industry's label, a person known by the trade of the firm they work for (一位物流企业老板, 一位武汉的创投机构
# 合伙人), after a quantifier of one person: who speaks, not the sector.
_ONE_PERSON = re.compile(r"[一某][位名](?:[^\W\d]{0,6})$")
_FIRM_ROLES = "老板|经理|负责人|合伙人|高管|员工|工人|代表|董事长|总经理|创始人|工程师|技术员|调度员|厂长"
_PERSON_OF_A_FIRM = re.compile(rf"(?:企业|公司|机构|行业)?的?(?:{_FIRM_ROLES}|从业者)")
# …or after a quantifier of one firm, the firm's person (一家光通信企业负责人告诉记者, 一家来自北京的云计算企业负责人说,
# 一家港口物流企业的调度员说): the firm is named by its trade to say who speaks.
_ONE_FIRM = re.compile(r"[一某]家(?:[^\W\d]{0,8})$")
_FIRMS_PERSON = re.compile(rf"(?:企业|公司)的?(?:{_FIRM_ROLES})")
# After a body's name, what makes it the outlet of a report: its dateline (新华社贵阳2024年4月2日电, 新华社北京1月10日电)
# or its reporter (新华社记者).
_REPORTING_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:\d{4}年)?\d{1,2}月\d{1,2}日电(?![令报])|(?:特约|见习|实习|首席)?记者")
# A branch's name after a place or a body (银行浙江省分行, 人民银行分行): the place is part of a
# company's or body's branch name, the body is its branches, not the body itself.
BRANCH_AFTER = re.compile(r"(?:分行|支行|分公司|子公司|营业部)")
# A macro-region's alias that is also a common noun's head (湾区, a bay area): after a qualifier it is
# that bay area (东京湾区, 旧金山湾区, 世界一流湾区), not 粤港澳大湾区.
_HEAD_NOUN_ALIASES = frozenset({"湾区"})
# Words that make a macro-region's name some of its members, not the region (其他沿海省份).
_SOME_OF = re.compile(r"(?:其他|其它|部分|一些|个别|少数|多数|不少|有的|非)$")
_DIRECTIONS = "东西南北中"
_DIRECTIONAL_MACRO = re.compile(r"^(?:[东西南北中华]|沿海|沿边|内陆)")  # a macro-region named by its direction or position
_DIRECTION_PART = re.compile(r"[东西南北中]{1,2}部$")  # 东部, 西南部: a part of what is named before it
# A regional office of a central body named after a macro-region (国家能源局华东监管局, 南方监管局).
_REGIONAL_OFFICE_AFTER = re.compile(r"(?:监管局|监管办|分局|办事处|督察局)")
# A firm's unit named after the macro-region it serves (华南总部, 华东区域总部, 西南分公司, 华中研发总部); not 总部经济 (a sector).
# So is a firm's base or centre for a function of its own (华东测试基地, 西南生产基地, 华南研发中心, 华南应用中心, 华中区域的配套中心).
# Not a hub for the goods of the region's market (华北的分拨中心, 面向华北的电商物流中心), which the dev gold reads as the region.
# Survey of the 45 dev genre sets (a firm's unit after 华东/华南/华北/华中/西南, annotated : not): 1 : 9.
_FIRM_FUNCTIONS = "测试|生产|研发|制造|营销|销售|应用|配套|采购|结算|运营"
_FIRMS_REGIONAL_UNIT = re.compile(rf"(?:区域)?的?(?:(?:{_FIRM_FUNCTIONS})?(?:总部(?!经济|基地)|分公司|大区|事业部)|(?:{_FIRM_FUNCTIONS})(?:基地|中心))")
# After a macro-region's name, the kind of a smaller area named after its core (长株潭都市圈, the 2022 plan's, inside
# 长株潭城市群): another region, which macro_regions.tsv holds under its own name where it is modelled (南京都市圈).
_SMALLER_AREA_AFTER = re.compile(r"都市圈")
# After a macro-region's name, the rest of the name of a corridor or cluster named after it, a few characters with no
# particle or stop among them (长三角氢走廊, 粤港澳大湾区储能产业走廊, 成渝地区生物医药集群, 粤港澳大湾区数据中心集群): the
# designation, not the region, as a place inside a cluster's or park's name is none (the dev gold's convention). Survey of
# the 45 dev genre sets, articles where such a name is the macro-region's only mention (annotated : not): 2 : 5.
_CORRIDOR_OR_CLUSTER_AFTER = re.compile(r"[^\W\d的和与及等、，。；：]{0,6}?(?:走廊|集群)")
_MACRO_OFFICE_AFTER = re.compile(r"(?:华东|华北|华中|华南|西北|西南|东北|南方|北方)(?:监管局|监管办|分局|办事处|督察局)")
# After a body's name, the rest of an institute's name it runs into (中国科学院 + 海洋研究所,
# 中科院 + 合肥物质科学研究院): a few characters with no particle among them, then the institute word.
# An institute's name after a body's (中国科学院海洋研究所, 中科院长春光机所, 工信部赛迪研究院); not a verb's
# object after it (工信部联合清华大学, 科技部支持北京大学建设实验室: the body acting).
_ACTING = "联合|同|签约|签署|共建|合作|支持|会同|指导|推动|委托|批准|认定|授予|依托|携手|牵头|组织|发布|印发|设立|成立|建设|布局|命名|批复|部署|鼓励|引导|协调|调研|走访|考察|到|所属|下属|直属"
# What the checks of an industry's label that read what follows it need right at its end to fire, theirs and
# kg.link.industries' (AFTER_A_LABEL), in one pattern, each its check's named group: one scan of what follows a label tells
# whether any of them can refuse it. Most labels are followed by none, and are asked none of them (:meth:`OtherMeanings.resolve`).
_CHECKS_AFTER_A_LABEL = {**AFTER_A_LABEL, "public_use": _PUBLIC_USE_AFTER, "designation": _DESIGNATION_AFTER, "grant": _GRANT_AFTER,
                         "product": _PRODUCT_AFTER, "party": _PARTY_AFTER, "institution": re.compile("机构"), "person_of_a_firm": _PERSON_OF_A_FIRM,
                         "firms_person": _FIRMS_PERSON, "body": _BODY_AFTER}
_REFUSED_AFTER = re.compile("|".join(f"(?P<{check}>{pattern.pattern})" for check, pattern in _CHECKS_AFTER_A_LABEL.items()))
# Where the words they need stand within their reach, the one place that scan can match (most labels: none).
_REFUSABLE_AFTER = WordsAfter(*_CHECKS_AFTER_A_LABEL.values())
_INSTITUTION_AFTER = re.compile(
    rf"(?:(?!{_ACTING})[^\W\d的和与及等将在对了是为由向把被从给、]){{0,6}}?(?:研究所|研究院|研究中心|分院|大学|学院|医院|实验室|(?<=[^\W\d])所(?![属在有以需得谓]))"
)


class OtherMeanings:
    """Decides what a candidate with meanings other than regions' links to (:meth:`resolve`). Two questions
    it asks of the region resolver, which owns them: the level of the places listed around a name
    (``list_level``) and whether what follows a short name makes it another name (``names_something_else``)."""

    def __init__(self, kb: KnowledgeBase, places: Places, words: Words, list_level: Callable[[Context, Candidate, str], str | None],
                 names_something_else: Callable[[str, Candidate], bool]) -> None:
        self.kb = kb
        self.places = places
        self.words = words
        self._list_level = list_level
        self._names_something_else = names_something_else

    def prepare(self) -> None:
        """Build now the tables otherwise built on first use: the word classes read from jieba's dictionary, the industry
        labels (see :meth:`kg.link.Linker.prepare`)."""
        _ = self._place_words, self._words_opened_by, self._industry_labels

    def resolve(self, context: Context, cand: Candidate, text: str) -> tuple[str, str] | None:
        """Zones, macro-regions, agencies and industries are curated to be unambiguous; a zone that
        shares a region's short name (南沙) is the zone when the article is about its city."""
        anchors = context.anchors
        if cand.meaning.regions:
            if any(k == "name" for _, k in cand.meaning.regions):
                return None  # 滨海新区: a district's full name, the new area the whole district: the region
            listed_with_districts = self._list_level(context, cand, text) == "district"  # 南沙、黄埔、番禺: the district
            for entity_id, kind in cand.meaning.others:
                if not listed_with_districts and any(self.places.in_context(p, anchors) for p in self.kb.by_id[entity_id].parents if p in self.kb.by_id):
                    return entity_id, "zone_in_context"  # 南沙 in an article naming 南沙区 or 广州: the new area
            return None
        entity_id, kind = cand.meaning.others[0]
        entity = self.kb.by_id[entity_id]
        if kind == "context" and cand.start > 0 and text[cand.start - 1] in "省市区县":
            return None  # 市发改委: a local body, handled as an elliptical agency
        if kind == "context" and any(self.kb.by_id[a].type in ("city", "district") for a in anchors if a in self.kb.by_id):
            return None  # 海关, 发改委 alone in a 深圳 article are most likely local bodies
        if kind == "context" and self._after_a_place_word(text, cand.start):
            return None  # 黄埔海关, 拱北海关: a local office named after its place, not the central body
        if (entity.type == "zone" and kind == "alias" and len(cand.form) <= 2 and self.words.frequency(cand.form) > 0
                and entity_id not in anchors and not self._zone_in_context(entity.parents, anchors) and not self._after_its_region(context, cand, entity)):
            return None  # 临港产业 in a 广西 article: port-side industry, not 上海's 临港新片区 (雄安, no word of jieba's, is the zone)
        if entity.type == "zone" and kind == "alias" and text.startswith("港", cand.end) and not text.startswith("港澳", cand.end):
            return None  # 洋浦港 (洋浦经济开发区's short name): a port named after the zone, as 大连港 is no mention of 大连
        if entity.type == "zone" and kind == "alias" and len(cand.form) <= 2 and self.words.frequency(cand.form) > 0 and self._sector_after(context, cand, text):
            return None  # 临港产业基地, 临港石化 (in a 宁波 article naming 上海): a word describing the sector, not the zone
        if cand.form in _LISTED_ONLY and not self._listed_with_a_sector(context, cand, text):
            return None  # 食品企业, 食品安全: the goods, not the food industry (汽车和食品 lists it)
        if (cand.form in _LISTED_OR_FIRMS_ONLY and not _FIRMS_AFTER.match(text, cand.end) and not text.startswith("领域", cand.end)
                and not self._listed_with_a_sector(context, cand, text)):
            return None  # 航天发射场, 航天育种: spaceflight, not the aerospace industry (航天企业, 航空、航天 name it)
        if cand.form in _ITEM_OR_FIRMS_ONLY and not _FIRMS_AFTER.match(text, cand.end) and not _list_item(text, cand):
            return None  # 首台套保险补贴, 出口信用保险: a cover, not the insurance industry (银行、证券、保险 names it)
        if entity.type == "industry" and self._no_industry_here(context, cand, entity_id, text):
            return None
        if entity.type == "macro_region" and self._no_macro_region_here(context, cand, text):
            return None
        if entity.type == "agency" and self._no_agency_here(context, cand, text):
            return None
        return entity_id, f"{entity.type}_{kind}"

    def _no_industry_here(self, context: Context, cand: Candidate, entity_id: str, text: str) -> bool:
        """Is the industry's label no mention of the sector here? The checks of industries' labels, any of which refuses it
        (all refuse, so their order decides nothing but how soon a refused label is answered)."""
        # Can a check that reads what follows the label refuse it (one scan; not when nothing of theirs follows)? Those
        # that read after the longest label holding it too are asked where such a label is (cand.covered).
        refusable_after = _REFUSABLE_AFTER.may_match(text, cand.end) and _REFUSED_AFTER.match(text, cand.end) is not None
        refusable_after_label = refusable_after or cand.covered
        if (len(cand.form) <= 2 and not self.words.on_word_boundary(text, cand.start, cand.end)
                and not self._word_of_its_trade(text, cand) and not self._qualified_word(text, cand)):
            return True  # a short label no word of jieba's, nor the start of its trade's word or the end of a qualified one
        if inside_word(text, cand):
            return True  # 5G inside 15G
        if ends_inside_a_word_of_work(text, cand.start, cand.end):
            return True  # 现代化工作: 现代化 + 工作, no chemical industry
        if refusable_after and _PUBLIC_USE_AFTER.match(text, cand.end):
            return True  # 汽车客运站, 汽车尾气: what the public does with the goods, not the sector
        if counted_firms(text, cand.start):
            return True  # 一家电驱动系统企业: a firm counted (一家), then 电驱动, not 家电
        if self._after_a_kind_of_it(context, cand, entity_id, text):
            return True  # 锂电新能源产业: lithium batteries called a new-energy sector, not the new-energy sector at large
        if self._tail_of_another_label(context, cand, text):
            return True  # 化工产业 in 煤化工产业链: jieba reads 煤化工 + 产业链, another label the first characters belong to
        if novelty_item(text, cand.start, cand.end):
            return True  # 采用新技术、新工艺、新材料: new materials as a means, not the sector
        if refusable_after and _DESIGNATION_AFTER.match(text, cand.end):
            return True  # 制造业创新中心, 文化旅游节, 旅游度假区: a designation, event or fund named after the sector
        if refusable_after_label and self._grant_spent(text, cand):
            return True  # 安排数字经济发展资金, 用好先进制造业发展专项资金: a grant named after the sector, not the sector
        if refusable_after_label and (_PRODUCT_AFTER.match(text, cand.end) or cand.covered and _PRODUCT_AFTER.match(text, self._label_end(text, cand))):
            return True  # 风电叶片, 冷链物流车, 汽车用钢: a machine or part of the sector, not the sector
        if refusable_after and (_PARTY_AFTER.match(text, cand.end) or (
                text.startswith("机构", cand.end) and _ONE_INSTITUTION.search(text[max(0, cand.start - 10) : cand.start]))):
            return True  # 一家创投机构, 制造业用户: a party that invests in or buys from the sector, not the sector
        if refusable_after and ((_PERSON_OF_A_FIRM.match(text, cand.end) and _ONE_PERSON.search(text[max(0, cand.start - 10) : cand.start]))
                                or (_FIRMS_PERSON.match(text, cand.end) and _ONE_FIRM.search(text[max(0, cand.start - 10) : cand.start]))):
            return True  # 一位物流企业老板说: a person known by the trade of the firm, not the sector
        if entity_id in _MAKING_HEADS and (self._sector_before(context, cand) or self._field_of_a_sector_before(text, cand.start)):
            return True  # 新能源装备制造, 绿色能源制造业, 冰雪装备制造: that sector's making, not making at large
        if in_title(text, cand.start, cand.end):
            return True  # 《中国软件产业高质量发展紫金指数》: a word of a title, not a sector the text discusses
        if application_field(text, cand.start, cand.end):
            return True  # 推动数字技术在汽车零部件、现代物流等领域的应用: a field something is applied in
        if refusable_after and customer(text, cand.start, cand.end):
            return True  # 供应周边物流企业, 订单来自…新能源电站: the trade of a customer goods are sold to, not a sector here
        if refusable_after and in_company_name(text, cand.start, cand.end):
            return True  # 秦岭新材料科技有限公司: a word of a company's name, not the sector
        if refusable_after_label and self._names_no_sector_after(text, cand):
            return True  # 锂电材料, 位于…电子信息产业园内, 入选…先进制造业集群名单, 农业大市: materials, a place, a title, an epithet
        if self._classifies_a_sector(context, cand, text):
            return True  # 电子信息产业是我市传统优势产业: the class the sector named first is put in
        if refusable_after and _BODY_AFTER.match(text, cand.end):
            return True  # 商务部服务贸易和商贸服务业司, 文化和旅游厅: a ministry's department or a body named after the sector
        if refusable_after and (a_cost(text, cand.end) or a_shift(text, cand.start, cand.end)):
            return True  # 物流成本偏高, 向新能源转型: what a service costs, makers shifting to the sector's products
        if self._medicine_of_a_tradition(text, cand):
            return True  # 藏医药, 蒙医药产业: a people's medicine, a sector the scheme lacks, not the pharmaceutical industry
        if ship_of_shipping(text, cand.start, cand.end) or low_altitude_use(text, cand.start):
            return True  # 国际船舶登记, 低空文旅: the vessels of shipping, a use of low-altitude flight
        if refusable_after and leased(text, cand.end) and not self._a_kind_of(entity_id, _FINANCE_CONCEPTS):
            return True  # 飞机、船舶和新能源装备租赁: what a lessor leases, not shipbuilding or new energy
        return False

    def _no_macro_region_here(self, context: Context, cand: Candidate, text: str) -> bool:
        """Is the macro-region's name no mention of the region here: the checks of macro-regions' names, any of which refuses it."""
        if len(cand.form) <= 2 and (self._names_something_else(text, cand) or not self.words.on_word_boundary(text, cand.start, cand.end)):
            return True  # 华东 in 清华东路
        if len(cand.form) <= 2 and any(text.startswith(w, cand.start) for w in self._words_opened_by.get(cand.form, ())):
            return True  # 东北虎豹国家公园, 华北电力, 华中电网: a word of jieba's that is no place opens with it
        if campus(text, cand):
            return True  # 中国石油大学（华东）
        if cand.form in _HEAD_NOUN_ALIASES and cand.start > 0 and CJK.match(text[cand.start - 1]):
            return True  # 东京湾区, 世界一流湾区: another bay area (粤港澳大湾区 and 大湾区 are aliases of their own)
        if _SOME_OF.search(text, max(0, cand.start - 2), cand.start):
            return True  # 其他沿海省份: some of its members, not the region
        if _REGIONAL_OFFICE_AFTER.match(text, cand.end) or _FIRMS_REGIONAL_UNIT.match(text, cand.end):
            return True  # 国家能源局华东监管局, 把华南总部搬到顺德: a body's or a firm's regional unit, not the macro-region
        if _SMALLER_AREA_AFTER.match(text, cand.end):
            return True  # 长株潭都市圈: a smaller area around the region's core, not the city cluster
        if _CORRIDOR_OR_CLUSTER_AFTER.match(text, self._macro_name_end(context, cand)):
            return True  # 长三角氢走廊, 成渝地区生物医药集群: a corridor's or cluster's name, not the region
        if self._part_of_a_place(context, cand, text):
            return True  # 广东西部地区, 浙江东部沿海地区: a part of that province; 东中西部地区: the whole country
        return False

    def _no_agency_here(self, context: Context, cand: Candidate, text: str) -> bool:
        """Is the body's name no mention of the body here: the checks of agencies' names, any of which refuses it."""
        before = context.region_before(cand)
        if before is not None and any(outside_mainland(i) for i in before.meaning.region_ids):
            return True  # 香港证监会, 台湾金管会: that place's own body, not the mainland one
        if _REPORTING_AFTER.match(text, cand.end) or (text.startswith("据", cand.start - 1) and text.startswith("报道", cand.end)):
            return True  # 新华社贵阳4月2日电, 新华社记者, 据新华社报道: the outlet reporting, no actor of the news
        if cand.form.endswith("部") and text.startswith("门", cand.end):
            return True  # 工信部门: 部门 (a department), not 工信部
        if _INSTITUTION_AFTER.match(text, cand.end):
            return True  # 中国科学院海洋研究所: an institute's name, not the academy itself
        if BRANCH_AFTER.match(text, cand.end) or text.startswith("分局", cand.end):
            return True  # 各市人民银行分行: the body's branches, not the body itself
        if _MACRO_OFFICE_AFTER.match(text, cand.end):
            return True  # 国家能源局华东监管局: the body's regional office, not the body itself
        return False

    def _macro_name_end(self, context: Context, cand: Candidate) -> int:
        """Where the longest macro-region name written from the candidate's start ends (成渝地区双城经济圈 for 成渝地区 in
        it): what follows the name as written decides, not what follows a shorter name inside it."""
        return max((c.end for c in context.cands if c.unit == cand.unit and c.start == cand.start and c.end > cand.end
                    and any(self.kb.by_id[i].type == "macro_region" for i, _ in c.meaning.others if i in self.kb.by_id)), default=cand.end)

    def _part_of_a_place(self, context: Context, cand: Candidate, text: str) -> bool:
        """Is a macro-region's name a part of a longer phrase of directions or of a place?

        - a name opening with a direction right after another direction (东中西部地区, 东西部地区,
          粤东西北地区): a run naming more, or less, than that macro-region;
        - a name by direction or position right after a province's or city's name, or after such
          a name and a direction (广东西部地区, 河南中部地区, 浙江东部沿海地区): that place's own part
          (广州市粤港澳大湾区… is no part of 广州). Not after a direction alone: 东部沿海地区 is the
          nation's coast;
        - a name whose first characters jieba reads with the word before it (鲁西南 + 地区).
        """
        if cand.form[0] in _DIRECTIONS and cand.start > 0 and text[cand.start - 1] in _DIRECTIONS:
            return True
        if cand.start > 0 and CJK.match(text[cand.start - 1]) and not self.words.starts_word(text, cand.start):
            return True  # 鲁西南地区: jieba reads 鲁西南 + 地区, a part of 山东, not the 西南地区
        if not _DIRECTIONAL_MACRO.match(cand.form):
            return False  # 广州市粤港澳大湾区创新碳金融中心: the bay area is no part of 广州
        direction = _DIRECTION_PART.search(text, max(0, cand.start - 3), cand.start)
        end = direction.start() if direction else cand.start
        return any(self.kb.by_id[i].type in ("province", "city") for c in context.regions_ending.get((cand.unit, end), ())
                   for i, k in c.meaning.regions if k in ("name", "short") and i in self.kb.by_id)

    @staticmethod
    def _sector_before(context: Context, cand: Candidate) -> bool:
        """Does another sector's label end right where this one starts (新能源 + 装备制造), or where a longer
        label of making that ends with this one starts (新能源 + 装备制造业, not 制造业 left alone)?"""
        ends = context.industries_ending
        return (cand.unit, cand.start) in ends or any(o.start < cand.start and (cand.unit, o.start) in ends and any(i in _MAKING_HEADS for i, _ in o.meaning.others)
                                                      for o in ends.get((cand.unit, cand.end), ()))

    def _grant_spent(self, text: str, cand: Candidate) -> bool:
        """Is the label (or the longest label holding it: 先进制造 in 先进制造业) the start of a government grant's name
        (…发展专项资金, …发展资金) that the text spends or allots, not one it applies for, allocates or regulates?"""
        grant = _GRANT_AFTER.match(text, cand.end) or (_GRANT_AFTER.match(text, self._label_end(text, cand)) if cand.covered else None)
        if grant is None:
            return False
        return _GRANT_SOUGHT_BEFORE.search(text, max(0, cand.start - 30), cand.start) is None and _GRANT_RULES_AFTER.match(text, grant.end()) is None

    def _medicine_of_a_tradition(self, text: str, cand: Candidate) -> bool:
        """Does the label open with 医药 right after the word naming a people's medical tradition (藏 + 医药,
        jieba's cut; not 疫苗 + 医药)?"""
        if not cand.form.startswith("医药"):
            return False
        before = self.words.cut(text[max(0, cand.start - 4) : cand.start])
        return bool(before) and before[-1] in _MEDICINE_TRADITIONS

    def _word_of_its_trade(self, text: str, cand: Candidate) -> bool:
        """Is the short label the start of a word of jieba's that is the label and a head naming its trade (钢铁企业,
        汽车产量, 医药行业, 汽车业: jieba's words, which leave no cut after the label)? The word names the sector, as
        the label and the head written apart do (钢铁 + 企业)."""
        head = next((h for h in _TRADE_HEADS if text.startswith(h, cand.end)), None)
        return head is not None and self.words.on_word_boundary(text, cand.start, cand.end + len(head))

    def _listed_with_a_sector(self, context: Context, cand: Candidate, text: str) -> bool:
        """Is the label joined (、和及与) to another sector's label right before or after it, and not the trade of firms or
        projects (鞋服、食品企业), nor the end of a word of jieba's naming a kind of goods (宠物食品和预制菜)?"""
        if text.startswith(_FIRMS, cand.end) or not self.words.on_word_boundary(text, cand.start, cand.end):
            return False
        before = cand.start > 0 and text[cand.start - 1] in _JOINTS and (cand.unit, cand.start - 1) in context.industries_ending
        after = text[cand.end : cand.end + 1] in tuple(_JOINTS) and (cand.unit, cand.end + 1) in context.industries_starting
        return bool(before or after)

    def _qualified_word(self, text: str, cand: Candidate) -> bool:
        """Is the short label the end of a word of jieba's that is a quality and the label (生态旅游: a sector of the plan,
        qualified; jieba leaves no cut before the label)?"""
        quality = next((q for q in _QUALITIES if text.endswith(q, 0, cand.start)), None)
        return quality is not None and self.words.on_word_boundary(text, cand.start - len(quality), cand.end)

    def _field_of_a_sector_before(self, text: str, start: int) -> bool:
        """Do the two characters before ``start`` name the field of a sector of the scheme, which its labels open with
        (冰雪 of 冰雪产业, 海洋 of 海洋产业)? Then the making after them is that field's goods' (冰雪装备制造: the making of
        ice-and-snow equipment, no mention of equipment manufacturing; the dev entity gold 0 : 7), as after a label."""
        field = text[max(0, start - 2) : start]
        return len(field) == 2 and any(i in self.kb.by_id and self.kb.by_id[i].type == "industry"
                                       for head in _FIELD_HEADS for i, _ in self.kb.candidates(field + head))

    def _after_a_kind_of_it(self, context: Context, cand: Candidate, entity_id: str, text: str) -> bool:
        """Is the label, with 产业 (its own or after it), the head of a compound whose first label is one of the industry's
        own kinds (锂电 + 新能源产业, 光伏 + 新能源产业)? The compound names that kind and says what it is (锂电新能源产业 is the
        lithium-battery industry, a new-energy one), as an epithet would; the wider sector is not discussed. Survey of the
        dev entity gold, articles where such a compound is the wider sector's only evidence (annotated : not): 1 : 5
        (genres_heldout19 k08 : genres_heldout5 p06, 8 r09, 11 r24, 15 r20, 40 r10). Not without 产业: 锂电新能源、新能源汽车 (a list of sectors,
        genres_heldout21 r24), 数据中心算力 (the centres' computing power, annotated); nor after a label whose own kind is
        not this industry though a label inside it is (中医药 + 大健康产业 lists both: 医药 in 中医药 is a kind of health)."""
        before = context.industries_ending.get((cand.unit, cand.start), ())
        if not before or not (cand.form.endswith("产业") or text.startswith("产业", cand.end)):
            return False
        first = min(other.start for other in before)  # the label written (中医药, not the 医药 inside it)
        return any(i != entity_id and self._a_kind_of(i, frozenset({entity_id}))
                   for other in before if other.start == first for i, _ in other.meaning.others)

    def _tail_of_another_label(self, context: Context, cand: Candidate, text: str) -> bool:
        """Does the label start inside another industry label that starts before it and ends inside it, adding only a
        generic head to it (化工产业 in 煤化工产业链, where 煤化工 is coal's), at a place jieba does not cut? Then the
        other is the word written and this one a fragment across two words; claimed longest first, it would take the
        other's place. Not a label with a head of its own (电池回收 in 锂电池回收: the recycling of lithium batteries)."""
        if not cand.form.endswith(_GENERIC_HEAD_TAILS):
            return False  # (most labels: no generic head to add)
        ends = context.industries_ending
        other = any(o.start < cand.start for end in range(cand.start + 1, cand.end) if text[end : cand.end] in _GENERIC_HEADS
                    for o in ends.get((cand.unit, end), ()))
        return other and not self.words.starts_word(text, cand.start)  # (jieba asked only where such a label is: few)

    def _names_no_sector_after(self, text: str, cand: Candidate) -> bool:
        """Does what follows the label (read after the longest label holding it) make it no sector of the text:
        the sector's materials (锂电材料, 磷化工新材料), a park that is only a place (位于…电子信息产业园内; a park built,
        planned or funded is the sector's), a designation of clusters (入选国家先进制造业集群名单), or a place's epithet
        (农业大市, 航空航天重镇)? The gold's conventions of 2026-12-05 late (tests/gold/linking/README.md)."""
        ends = {cand.end, self._label_end(text, cand)} if cand.covered else {cand.end}
        return any((materials(text, end) and not self._of_materials(cand)) or park_as_a_place(text, cand.start, end)
                   or cluster_designation(text, cand.start, end) or epithet(text, cand.start, end) for end in ends)

    def _of_materials(self, cand: Candidate) -> bool:
        """Does the label name materials itself (特钢新材料, 半导体材料: the materials after it are its own)? Asked only
        where materials follow a label (few do), so the scheme is not walked for every label."""
        return names_a_substance(cand.form) or any(self._a_kind_of(i, _MATERIALS_CONCEPTS) for i, _ in cand.meaning.others)

    def _a_kind_of(self, entity_id: str, concepts: frozenset[str]) -> bool:
        """Is the industry one of ``concepts`` or under one, by the scheme (materials: 新材料, 先进钢铁材料, 石墨烯 under
        未来材料; finance: 碳基金 under 绿色金融)?"""
        seen, todo = set(), [entity_id]
        while todo:
            i = todo.pop()
            if i in concepts:
                return True
            entity = self.kb.by_id.get(i)
            if i not in seen and entity is not None and entity.type == "industry":
                seen.add(i)
                todo.extend(entity.parents)
        return False

    def _label_end(self, text: str, cand: Candidate) -> int:
        """Where the longest industry label that holds this one ends (新能源 in 新能源汽车: after 汽车)."""
        labels, prefixes = self._industry_labels
        end = cand.end
        for s in range(max(0, cand.start - _LONGEST_LABEL), cand.start + 1):
            if text[s : cand.end] not in prefixes:
                continue  # no label from s reaches past this one (the beginnings of labels hold every beginning of theirs)
            e = cand.end + 1
            while e <= min(len(text), s + _LONGEST_LABEL) and text[s:e] in prefixes:  # (no longer label from s once not)
                if e > end and text[s:e] in labels:
                    end = e
                e += 1
        return end

    @cached_property
    def _industry_labels(self) -> tuple[frozenset[str], frozenset[str]]:
        """The forms that can name an industry, and every beginning of one (the forms among them): what
        :meth:`_label_end` reads from a place, stopping where no label goes on."""
        by_id = self.kb.by_id
        labels = frozenset(form for form, entries in self.kb.aliases.items() if any(i in by_id and by_id[i].type == "industry" for i, _ in entries))
        return labels, frozenset(label[:n] for label in labels for n in range(1, len(label) + 1))

    @staticmethod
    def _classifies_a_sector(context: Context, cand: Candidate, text: str) -> bool:
        """Is the label the predicate of a copula whose subject is another sector's label, ending the clause
        (电子信息产业是我市传统优势产业, 船舶和海洋工程装备是全市的传统优势产业)? Not after a word that is no
        sector (长沙的名片是工程机械, 主导产业是生物医药: which sector the place has)."""
        said = _SAID_OF_A_SECTOR.search(text, max(0, cand.start - 8), cand.start)
        if said is None or not _CLAUSE_END.match(text, cand.end + (2 if text.startswith("产业", cand.end) else 0)):
            return False
        return (cand.unit, said.start()) in context.industries_ending

    @staticmethod
    def _sector_after(context: Context, cand: Candidate, text: str) -> bool:
        """Does a sector follow the word directly (临港 + 产业, 经济, 工业; 临港 + 石化, an industry's name)?"""
        if text.startswith(_SECTOR_HEADS, cand.end):
            return True
        return (cand.unit, cand.end) in context.industries_starting

    def _after_its_region(self, context: Context, cand: Candidate, zone) -> bool:
        """Is a zone's short name written right after the name of a region it lies in (广东湛江、海南 + 洋浦: the
        zone, as 海南洋浦经济开发区 is; 广西 + 临港 is no 上海's 临港新片区)? The region named there need not be one
        the article is about (海南 is also 青海's 海南州: no anchor)."""
        before = context.region_before(cand)
        return before is not None and self._zone_in_context(zone.parents, set(before.meaning.region_ids))

    def _zone_in_context(self, parents, anchors: set[str]) -> bool:
        """Does the article name a region the zone lies in, or one inside it (上海, 浦东新区 for 临港)?"""
        return any(a == p or a in self.kb.ancestors(p) or p in self.kb.ancestors(a) for p in parents for a in anchors if a in self.kb.by_id)

    @cached_property
    def _place_words(self) -> frozenset[str]:
        """Words jieba's dictionary tags as place names (``ns``: 黄埔, 拱北, 满洲里)."""
        text = jieba_dictionary()
        return frozenset(re.findall(r"^(\S{2,4}) \d+ ns$", text, re.MULTILINE))

    @cached_property
    def _words_opened_by(self) -> dict[str, tuple[str, ...]]:
        """Short macro-region aliases (东北, 华南) → the longer words of jieba's dictionary counted
        at least 10 times that open with them and are no place or direction (``ns``, ``f``, ``s``):
        an animal (东北虎, 华南虎), a wind (西北风), a company or a university (华北电力, 华中电网)."""
        short = {form for form, entries in self.kb.aliases.items() if len(form) <= 2 and any(self.kb.by_id[i].type == "macro_region" for i, _ in entries if i in self.kb.by_id)}
        text = jieba_dictionary()
        out: dict[str, list[str]] = {}
        for word, count, tag in re.findall(r"^(\S{3,4}) (\d+) (\S+)$", text, re.MULTILINE):
            if word[:2] in short and int(count) >= 10 and tag not in ("ns", "f", "s"):
                out.setdefault(word[:2], []).append(word)
        return {form: tuple(words) for form, words in out.items()}

    def _after_a_place_word(self, text: str, start: int) -> bool:
        """Does a place name jieba knows end right at ``start`` (黄埔 + 海关), other than 中国
        (中国海关 is the central body)?"""
        return any(text[start - n : start] in self._place_words and text[start - n : start] != "中国" for n in range(2, 5) if start >= n)


def _list_item(text: str, cand: Candidate) -> bool:
    """Is the label an item of a list: a joint (、和及与) right before it, or one or 等 right after it?

    >>> _list_item("银行、证券、保险、要素市场", Candidate(0, 6, 8, "保险", None)), _list_item("首台套保险补贴", Candidate(0, 3, 5, "保险", None))
    (True, False)
    """
    return (cand.start > 0 and text[cand.start - 1] in _JOINTS) or text[cand.end : cand.end + 1] in (*_JOINTS, "等")


_INSTITUTION_BEFORE = re.compile(r"(?:大学|学院|研究院|研究生院|医院|分校)[（(]$")


def campus(text: str, cand: Candidate) -> bool:
    """Is the name a campus or branch in brackets after an institution's name (中国石油大学（华东）,
    香港中文大学（深圳）): part of that name, not a place of its own?

    >>> campus("与中国石油大学（华东）合作", Candidate(0, 8, 10, "华东", None))
    True
    """
    return text[cand.end : cand.end + 1] in ("）", ")") and _INSTITUTION_BEFORE.search(text, max(0, cand.start - 6), cand.start) is not None


def in_title(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside a title in 《》 (a document, a report, a convention)?

    >>> in_title("联合国《北京船舶司法出售公约》签约", 4, 6)
    True
    >>> in_title("《规划》提出，北京要加快", 7, 9)
    False
    """
    opening = text.rfind("《", max(0, start - 80), start)
    return opening >= 0 and "》" not in text[opening:start] and "》" in text[end : end + 80]
