"""When an industry's label names no sector the text is about: a field another thing is applied in, a
customer a firm supplies, a word of a company's name, the sector's materials, a park named as a place, a
designation of clusters, a place's epithet, what a service costs, a ship of shipping, a use of low-altitude
flight, or a shift of products to new energy.

``推动数字技术在汽车零部件、现代物流等领域的应用``, ``推动遥感数据在海洋渔业和现代农业中的应用``,
``推动算力与农业、文化旅游等领域融合应用``: the sectors listed are where a technology or product is
used or sold (its application fields), not sectors the text's region develops. The list is read between
a cue that opens it (在, 与) and what closes it (等领域的应用, 行业拓展客户, 等场景开放应用, 等领域融合);
a list that ends otherwise (在汽车、电子等领域形成集群) stays a list of sectors, and so does a list a
sector extends or merges into (钢铁产业向高端特钢延伸, 大数据与制造业融合发展: the gold reads both as sectors).
"""

from __future__ import annotations

import re

__all__ = ["AFTER_A_LABEL", "a_cost", "a_shift", "application_field", "cluster_designation", "counted_firms", "customer", "ends_inside_a_word_of_work", "epithet", "in_company_name", "leased",
           "low_altitude_use", "materials", "names_a_substance", "park_as_a_place", "ship_of_shipping"]

# What opens the list: the place a thing is applied in, or merged with.
_OPENERS = re.compile(r"在|与")
# What closes it: (等)(领域|行业|场景)(中的) + (示范, 推广) applied, merged, opened, customers found; or scenes
# something lands in (在环卫、物流等场景落地). Not a bare 应用
# (开展具身智能应用试点: the sector's applications), and after 与 only a field (与旅游融合 may be two sectors
# merging: 大数据与制造业融合).
_CLOSER = re.compile(r"等?(?:领域|行业|场景|应用场景)(?:中|里)?的?(?:深度|示范|推广|规模化)?(?:应用|融合|开放|拓展|推广|开展.{0,8}?(?:应用|示范))"
                     r"|等?(?:应用)?场景(?:中|里)?(?:率先)?落地|(?:中|里)的(?:应用|融合)")
_CLOSER_HINT = re.compile(r"领域|行业|场景|中的|里的")
_FIELD_CLOSER = re.compile(r"等(?:领域|行业|场景)(?:深度)?(?:融合|应用)")
# The items of a list: short names joined by 、 和 及 (the last may carry a word: 汽车内饰领域).
_JOINT = re.compile(r"[、和及]")
_ITEM = re.compile(r"[^\W\d在与向对把从为将是了“”《》]{1,8}")
_CLAUSE_START = re.compile(r"[，。；：！？!?;:\n]")


def _clause_start(text: str, start: int, reach: int) -> int:
    """Where the clause holding ``start`` opens: after the last stop or colon in the ``reach`` characters
    before it, or ``reach`` characters back."""
    return max((m.end() for m in _CLAUSE_START.finditer(text, max(0, start - reach), start)), default=max(0, start - reach))


# A word an item carries with the label, before it or after it (重卡物流, 钢铁冶炼): the field is the label's use there.
_CARRIED = re.compile(r"[^\W\d在与向对把从为将是了等“”《》]{1,3}")


def _items(text: str) -> bool:
    """Is ``text`` a run of list items, each followed by a joint (``现代物流、``), or empty, the last item
    perhaps opened by a word the label's own item carries (``公交、环卫、重卡`` before 物流)?"""
    parts = _JOINT.split(text)
    return all(_ITEM.fullmatch(part) for part in parts[:-1]) and (not parts[-1] or _CARRIED.fullmatch(parts[-1]) is not None)


def application_field(text: str, start: int, end: int) -> bool:
    """Is the label at ``text[start:end]`` an item of a list of application fields?

    >>> application_field("推动数字技术在汽车零部件、现代物流等领域的应用。", 7, 12)
    True
    >>> application_field("推动数字技术在汽车零部件、现代物流等领域的应用。", 13, 17)
    True
    >>> application_field("推动算力与农业、文化旅游等领域融合应用。", 5, 7)
    True
    >>> application_field("推动氢能在物流和公交领域示范应用。", 5, 7)
    True
    >>> application_field("推动自动驾驶在环卫、物流等场景落地。", 10, 12)
    True
    >>> application_field("推动氢能在重卡运输、钢铁冶炼等领域示范应用。", 10, 12)
    True
    >>> application_field("在公交、环卫、重卡物流领域推广燃料电池汽车。", 9, 11)
    True
    >>> application_field("推动大数据与制造业融合发展。", 6, 9)
    False
    >>> application_field("在汽车、电子等领域形成了特色产业集群。", 1, 3)
    False
    >>> application_field("重点发展汽车零部件和现代物流。", 4, 9)
    False
    """
    if _CLOSER_HINT.search(text, end, end + 40) is None:
        return False  # no field, trade or scene closes a list here (most labels): nothing more to read
    clause = _clause_start(text, start, 40)
    opener = None
    for m in _OPENERS.finditer(text, clause, start):
        opener = m
    if opener is None or not _items(text[opener.end():start]):
        return False
    closer = _FIELD_CLOSER if opener[0] == "与" else _CLOSER
    for p in range(end, min(len(text), end + 24) + 1):
        rest = text[end:p]
        if rest and _JOINT.match(rest) is None and not _CARRIED.fullmatch(rest):
            continue
        if rest and _JOINT.match(rest) is not None and not all(_ITEM.fullmatch(part) for part in _JOINT.split(rest[1:])):
            continue
        if closer.match(text, p):
            return True
    return False


# Before a label, a verb of selling goods to a party, or the orders a firm takes that come from one
# (供应周边物流企业, 产品主要供应新能源电池厂商, 不少订单来自西北地区的新能源电站, 订单中有三成来自长三角的物流客户): the
# party is a customer, its trade no sector of the text's region. Not 服务 or 为…配套 (主要服务汽车零部件企业, 为新能源汽车企业
# 提供配套: a park or a county's firms serving the sector there, which the gold reads as the sector), unless 服务 reaches
# firms of a place it names (服务长三角和珠三角的芯片制造企业: the customers elsewhere). Pooled over the 43 dev genre sets:
# 3 spurious industries fewer for 服务…的, 订单…来自 and 客户 (genres_heldout18, 34, 46), none annotated there.
_SELLING = re.compile(r"(?:供应|供货给|销往|卖给|订单[^，。；：！？\n]{0,6}?来自|服务[^，。；：！？\n]{1,10}?的)[^，。；：！？\n]{0,10}$")
# After the label, the party, in its clause (电池厂商, 制造企业, 电站, 物流客户; 汽车、装备企业 from a list).
_CUSTOMER = re.compile(r"[^，。；：！？\n]{0,8}?(?:企业|厂商|工厂|电站|车企|船厂|整车厂|客户)")
# After the party, the copula that makes it another's customer (沈阳的汽车、装备企业是鞍山钢材的重要用户).
_IS_CUSTOMER = re.compile(r"是[^，。；：！？\n]{0,10}?(?:用户|客户|买家|采购商)")


def customer(text: str, start: int, end: int) -> bool:
    """Does the label at ``text[start:end]`` name the trade of a customer something is sold to?

    >>> customer("金山今年将建设一座氢气提纯项目，供应周边物流企业。", 19, 21)
    True
    >>> customer("不少订单来自西北地区的新能源电站。", 11, 14)
    True
    >>> customer("沈阳的汽车、装备企业是鞍山钢材的重要用户。", 3, 5)
    True
    >>> customer("产品主要服务长三角的芯片制造企业。", 10, 12), customer("订单中有三成来自长三角的物流客户。", 12, 14)
    (True, True)
    >>> customer("园区主要服务汽车零部件企业。", 6, 11)
    False
    >>> customer("常州的物流企业加快布局。", 3, 5)
    False
    """
    party = _CUSTOMER.match(text, end)
    if party is None:
        return False
    return _SELLING.search(text, max(0, start - 16), start) is not None or _IS_CUSTOMER.match(text, party.end()) is not None


# After the label, the rest of a company's registered name: a word or two of its own and its legal
# form (秦岭新材料科技有限公司, 某家电智能制造有限公司, 唐山智焊机器人有限公司, 成都科创投集团). Not a firm named by its
# kind alone (一家物流公司, 新设立的融资租赁公司), which the gold reads as the sector's firm.
_LEGAL_NAME_AFTER = re.compile(r"[^\W\d的和与及等、]{0,4}?(?:股份有限公司|有限责任公司|有限公司|股份公司|集团)")
# Before the label, what makes it a word inside that name: a character of the name (秦岭, 瑞达, 某), not a
# particle, conjunction or verb that leaves the label a word of the sentence (的, 和, 组建新能源集团).
_NOT_A_NAME = re.compile(r"[\W\d的和与及等在为是将把对向从了着由建组成设立办家]")


def in_company_name(text: str, start: int, end: int) -> bool:
    """Is the label at ``text[start:end]`` a word of a company's registered name?

    >>> in_company_name("区内有一家名为“秦岭新材料科技有限公司”的钛企业。", 10, 13)
    True
    >>> in_company_name("株洲某半导体有限公司，落户奖励500万元。", 3, 6)
    True
    >>> in_company_name("省里组建新能源集团，统筹风光资源。", 4, 7)
    False
    >>> in_company_name("两地的物流公司沿着公路排开。", 3, 5)
    False
    """
    if start == 0 or _NOT_A_NAME.match(text, start - 1):
        return False
    return _LEGAL_NAME_AFTER.match(text, end) is not None


# Before a label opening with 家 (家电, 家居), a numeral or quantifier: the 家 is the measure word of the firms counted
# (一家电驱动系统企业, 两家电池厂, 十余家电商), which jieba may still cut 一 | 家电; 30家家电企业 keeps its label.
_COUNTED = re.compile(r"[\d一二两三四五六七八九十百千万几多数某每各余]$")


def counted_firms(text: str, start: int) -> bool:
    """Is the 家 opening the label at ``start`` the measure word after a number of firms?

    >>> counted_firms("一家电驱动系统企业负责人说。", 1), counted_firms("顺德组织30家家电企业赴德国考察。", 7)
    (True, False)
    >>> counted_firms("滁州市重点发展光伏和智能家电。", 12)
    False
    """
    return text.startswith("家", start) and _COUNTED.search(text, max(0, start - 1), start) is not None


# After a label (read after the longest label holding it), the materials of that sector (锂电材料, 新能源电池材料,
# 集成电路材料, 储能材料; 磷化工新材料), lightweight ones too (汽车轻量化材料, 汽车轻量化铝材: dev gold 0 : 2): a materials
# segment, not the sector (the scheme keeps materials apart too: 电子信息材料, 先进钢铁材料 are labels of their own, and
# 新材料 written is new-materials).
_MATERIALS_AFTER = re.compile(r"新?材料|轻量化(?:材料|[铝钢镁]材)")


# A label whose head names a class of substances (半导体, 第三代半导体, 化合物半导体): its materials are that sector's
# own (第三代半导体材料 is SiC and GaN), as the scheme's materials labels are (特钢新材料, 石墨烯材料).
_SUBSTANCE = re.compile(r"半导体$")


def names_a_substance(label: str) -> bool:
    """Does the label name a class of substances, whose materials are its own?

    >>> names_a_substance("第三代半导体"), names_a_substance("锂电池")
    (True, False)
    """
    return _SUBSTANCE.search(label) is not None


def materials(text: str, end: int) -> bool:
    """Do the materials of the sector whose label ends at ``end`` follow it?

    >>> materials("今年签约了3个锂电材料项目。", 9)
    True
    >>> materials("推动磷化工新材料产业发展。", 5)
    True
    >>> materials("重点发展汽车轻量化铝材。", 6)
    True
    >>> materials("重点发展锂电池和新材料。", 7)
    False
    """
    return _MATERIALS_AFTER.match(text, end) is not None


# A park or base named after a sector, right after the label (氢能产业园, 循环经济园区, 新型显示产业基地), and
# what makes it one the text's actor builds, plans or funds: a verb of making before it in its clause, after
# any place it is built in (在河口区规划建设…园区, 支持某区建设…产业基地, 正在谋划布局…, 资金用于…), or its works or
# project after it (…产业园建设, …产业园标准厂房项目, …产业园等项目建设, …产业园扩容). A park without either is a place (位于…产业园内,
# 在物流园区推广, 某产业园迎来第200家企业, 园区负责人说): a name inside a name, no mention of the sector.
_PARK = re.compile(r"(?:产业)?(?:园区|园|基地)")
_PARK_BUILT_BEFORE = re.compile(r"建设|建成|新建|筹建|创建|设立|规划|谋划|打造|布局|启动|推进|加快|扩建|发挥|支持|培育|用于")
_PARK_BUILT_AFTER = re.compile(r"(?:[一二三四五]期)?等?(?:建设|项目|基础设施|标准厂房|扩容|扩能|扩区)")
_PLACE_BEFORE = re.compile(r"在|位于|落户|入驻|走进|来到|探访|考察")


def park_as_a_place(text: str, start: int, end: int) -> bool:
    """Does the label at ``text[start:end]`` name a park that is only a place?

    >>> park_as_a_place("本次出让地块均位于信丰工业园区电子信息产业园内。", 15, 19)
    True
    >>> park_as_a_place("鼓励在矿区、物流园区推广氢燃料电池重卡。", 6, 8)
    True
    >>> park_as_a_place("区里今年将建设第三代半导体产业园。", 7, 13)
    False
    >>> park_as_a_place("在河口区规划建设盐化工循环经济园区。", 11, 15)
    False
    >>> park_as_a_place("加快邵阳经济技术开发区汽车零部件产业园建设。", 11, 16)
    False
    >>> park_as_a_place("重点发展氢能，打造氢能产业集群。", 9, 11)
    False
    """
    park = _PARK.match(text, end)
    if park is None or (park[0] == "园" and not text.startswith("产业", end - 2)) or park[0] == "基地":
        return False  # 氢能园, 光伏基地: no park named so (a 产业园, a 园区, a 产业基地 are)
    if _PARK_BUILT_AFTER.match(text, park.end()):
        return False
    clause = _clause_start(text, start, 30)
    built = [m.end() for m in _PARK_BUILT_BEFORE.finditer(text, clause, start)]
    placed = [m.end() for m in _PLACE_BEFORE.finditer(text, clause, start)]
    return not built or bool(placed) and max(placed) > max(built)


# The designation of clusters a sector's label is part of (入选国家先进制造业集群名单, 列为全省重点培育的先进制造业集群,
# 联合申报国家级先进制造业集群): a title given, not a sector of the text; building one (共建先进制造业集群) is the sector.
_CLUSTER = re.compile(r"(?:产业)?集群")
_DESIGNATING = re.compile(r"入选|列为|列入|纳入|申报|公布|认定")


def cluster_designation(text: str, start: int, end: int) -> bool:
    """Is the label at ``text[start:end]`` the name of a designation of clusters?

    >>> cluster_designation("工信部公布新一批国家先进制造业集群名单。", 10, 15)
    True
    >>> cluster_designation("襄阳高新区汽车产业集群入选国家级先进制造业集群。", 16, 21)
    True
    >>> cluster_designation("三市共建国家级先进制造业集群。", 7, 12)
    False
    """
    cluster = _CLUSTER.match(text, end)
    if cluster is None:
        return False
    if text.startswith("名单", cluster.end()):
        return True
    clause = _clause_start(text, start, 20)
    return _DESIGNATING.search(text, clause, start) is not None


# After a label (read after the longest label holding it), a place's epithet by its sector (农业大市, 制造业强县,
# 航空航天产业重镇, 动力电池之都, 钢铁之城, 老牌汽车城, 新能源城市): it says what the place is, not a sector the text
# discusses (unless the place builds itself into one: _EPITHET_BUILT). Not 城乡, 城区, 城际, 城镇, 城投 (other words opening with 城).
_EPITHET_AFTER = re.compile(r"(?:产业)?(?:[大强](?:省|市|县|区|镇|国)|重镇|名城|之都|之城|之乡|城市|城(?![乡区际镇投建]))")


# Before the epithet in its clause, a verb making it a goal the place works for (加快建设“中国新能源汽车之都”, 打造工程机械
#之都, 迈向汽车强市): the sector named is what the place builds up, as a park built is.
_EPITHET_BUILT = re.compile(r"建设|建成|打造|创建|争创|迈向|跨越|向[^，。；]{0,8}?(?:转变|迈进)")


def epithet(text: str, start: int, end: int) -> bool:
    """Does a place's epithet by the sector whose label is ``text[start:end]`` follow it, saying what a place is?

    >>> epithet("齐齐哈尔还是农业大市。", 6, 8)
    True
    >>> epithet("西安是全国航空航天产业重镇。", 5, 9)
    True
    >>> epithet("推动农业和城乡融合发展。", 2, 4)
    False
    >>> epithet("加快建设“中国新能源汽车之都”。", 7, 12)
    False
    """
    if _EPITHET_AFTER.match(text, end) is None:
        return False
    clause = _clause_start(text, start, 20)
    return _EPITHET_BUILT.search(text, clause, start) is None


# A label that is one item of a list of novelties (新技术、新工艺、新设备、新材料; 新产品、新材料和新业态: what a firm
# adopts or a plan encourages, the means of renewal): new materials as such, not the new-materials sector.
_NOVELTIES = "技术|工艺|设备|装备|产品|模式|业态|方法|服务|场景|业务|品种"
_NOVELTY_BEFORE = re.compile(rf"新(?:{_NOVELTIES})[、和及与]$")
_NOVELTY_AFTER = re.compile(rf"[、和及与]新(?:{_NOVELTIES})")


def novelty_item(text: str, start: int, end: int) -> bool:
    """Does the label ``text[start:end]``, a 新… word, stand in a list of novelties next to another (新工艺、新材料)?

    >>> novelty_item("鼓励企业采用新技术、新工艺、新设备、新材料改造提升。", 18, 21)
    True
    >>> novelty_item("推广新材料、新工艺。", 2, 5), novelty_item("重点发展新能源、新材料产业。", 8, 11)
    (True, False)
    """
    return text.startswith("新", start) and (_NOVELTY_BEFORE.search(text, max(0, start - 4), start) is not None
                                             or _NOVELTY_AFTER.match(text, end) is not None)


# After a label, what the sector's service costs a firm or how far it reaches (物流成本偏高, 节省物流费用, 长三角的物流
# 半径): a factor of a place's costs, not a sector the text's region develops. Survey of the dev entity gold (articles
# where the form is the sector's only evidence, annotated : not): 0 : 6.
_COST_AFTER = re.compile(r"成本|费用|半径")


def a_cost(text: str, end: int) -> bool:
    """Does what the sector whose label ends at ``end`` costs follow it?

    >>> a_cost("当地的短板在于物流成本偏高。", 9)
    True
    >>> a_cost("重点发展现代物流和跨境电商。", 6)
    False
    """
    return _COST_AFTER.match(text, end) is not None


# Ships named as what shipping registers, manages, trades or sails (国际船舶, 内河船舶, 船舶登记, 船舶管理, 船舶交易, 按船舶净吨位):
# the vessels of shipping services, not shipbuilding (船舶制造, 船舶配套, 高技术船舶, 发展船舶和海工装备). Survey of the dev
# entity gold: 0 : 6 where such ships are the only evidence (and no article annotated shipbuilding from them); 14
# articles annotate shipbuilding from its making.
_SHIPS = "船舶"
_SHIPPING_BEFORE = re.compile(r"(?:国际|内河|远洋|航行|外籍)$")
_SHIPPING_AFTER = re.compile(r"登记|管理|交易|净吨位|代理|检验|融资")


def ship_of_shipping(text: str, start: int, end: int) -> bool:
    """Are the ships at ``text[start:end]`` the vessels of shipping, not the making of ships?

    >>> ship_of_shipping("在洋浦登记的国际船舶达到80艘。", 8, 10)
    True
    >>> ship_of_shipping("发展船舶管理和航运金融。", 2, 4)
    True
    >>> ship_of_shipping("重点发展船舶和海洋工程装备。", 4, 6)
    False
    """
    if text[start:end] != _SHIPS:
        return False
    return _SHIPPING_BEFORE.search(text, max(0, start - 2), start) is not None or _SHIPPING_AFTER.match(text, end) is not None


# After a label, the leasing it is the object of, alone or as an item of a list sharing that head (飞机、船舶和新能源装备租赁,
# 支持船舶和海工装备租赁): the things a lessor leases, its trade being leasing (financial-leasing, whose alt labels 船舶租赁,
# 飞机租赁 the scheme keeps), not shipbuilding or new energy. Not a list closing on another sector (船舶和融资租赁, 国际航运和
# 船舶融资租赁: 融资租赁, 金融租赁 are leasing itself), nor a financial product listed beside a leasing one (碳基金、碳信托、
# 碳租赁: kg.link.other_meanings asks the scheme). Survey of the dev entity gold: 0 : 2 articles (genres_heldout35 r21,
# genres_heldout37 r16) where the leased things are the sector's only evidence; 4 annotate leasing from 船舶租赁 or 飞机租赁.
# At most 20 items after the label (a list of thousands would make each of its labels read all the rest: quadratic).
_LEASED_AFTER = re.compile(r"(?:[、和及与][^\W\d、和及与]{1,6}?){0,20}?(?:装备|设备)?(?<!融资)(?<!金融)(?<!经营)租赁")


def leased(text: str, end: int) -> bool:
    """Is the label ending at ``end`` what is leased, alone or in a list sharing the head 租赁?

    >>> leased("围绕飞机、船舶和新能源装备租赁提出18条举措。", 7), leased("围绕飞机、船舶和新能源装备租赁提出18条举措。", 11)
    (True, True)
    >>> leased("重点发展船舶和融资租赁。", 6), leased("重点发展船舶和海洋工程装备。", 6)
    (False, False)
    """
    return _LEASED_AFTER.match(text, end) is not None


# Before a label, low-altitude flight (低空旅游, 低空文旅观光): a use of the low-altitude economy, as the scheme's own
# 低空物流 is, not the sector the use serves. Survey of the dev entity gold: 0 : 6.
_LOW_ALTITUDE_BEFORE = "低空"


def low_altitude_use(text: str, start: int) -> bool:
    """Does low-altitude flight qualify the label starting at ``start``?

    >>> low_altitude_use("探索低空旅游线路。", 4)
    True
    >>> low_altitude_use("发展文化旅游。", 4)
    False
    """
    return text.endswith(_LOW_ALTITUDE_BEFORE, 0, start)


# 新能源 left without its noun in a shift of makers (向新能源转型, 新能源转型仍偏慢, 加快新能源化, 内燃机龙头向新能源转身):
# carmakers or engine makers changing their products to new-energy ones (new-energy vehicles, engines) — the gold reads
# the shift as that, no mention of the new-energy sector. Survey of the dev entity gold: 0 : 10 articles. Not another
# label's shift (向先进钢铁材料转型, 向新能源汽车转型, 传统产业转型升级: the gold annotates the sector shifted to or transformed),
# nor 化 opening a word of its own (新能源化工).
_ELLIPTICAL = "新能源"
_SHIFT_AFTER = re.compile(r"化(?![工学肥纤妆石])|(?:加速|加快)?转[型身]")


def a_shift(text: str, start: int, end: int) -> bool:
    """Is the label at ``text[start:end]`` 新能源 naming makers' shift to new-energy products?

    >>> a_shift("汽车产业加速向新能源转型。", 7, 10)
    True
    >>> a_shift("推动整车企业加快新能源化。", 8, 11)
    True
    >>> a_shift("重点发展新能源化工。", 4, 7)
    False
    >>> a_shift("推动钢铁企业向特钢转型。", 7, 9)
    False
    """
    return text[start:end] == _ELLIPTICAL and _SHIFT_AFTER.match(text, end) is not None


# A label whose last character is the first of a word of work glued to it: 化工 + 作 or 程 (现代化工作, 高端化工程: the 化
# of a -ization (现代化, 高端化) and 工作/工程, no chemical industry — the hazard that keeps bare 化工 out of the scheme
# (标准化工作), left by its qualified labels); 业 + 务 or 态 (保险业务, 绿色保险业务, 多种服务业态: a firm's line of
# business or a format of trade, 保险 + 业务, 服务 + 业态, not the insurance or service sector — issue 15's 深圳 backs 保险业
# from 保险业务; not 业态势 or 业务必: 服务业态势良好 is the sector's state). Pooled over the 41 dev genre sets: 2 spurious industry
# mentions fewer, 1 backing more found, none lost; bundled entity gold: the spurious 服务业 of 服务业态 gone.
_WORK_AFTER = {"化工": re.compile(r"[作程]"), "业": re.compile(r"务(?!必)|态(?!势)")}
_WORK_TAILS = tuple(_WORK_AFTER)


def ends_inside_a_word_of_work(text: str, start: int, end: int) -> bool:
    """Does the label at ``text[start:end]`` end in 化工 that is 化 + the 工 of 工作 or 工程, or in 业 that opens 业务 or 业态?

    >>> ends_inside_a_word_of_work("推进农业农村现代化工作。", 6, 10), ends_inside_a_word_of_work("支持烟台发展高端化工。", 6, 10)
    (True, False)
    >>> ends_inside_a_word_of_work("开展汽车保险业务。", 4, 7), ends_inside_a_word_of_work("支持保险业发展。", 2, 5)
    (True, False)
    """
    if not text.endswith(_WORK_TAILS, start, end):
        return False  # (most labels: no tail of the table, nothing after it to read)
    return any(text.endswith(tail, start, end) and after.match(text, end) is not None for tail, after in _WORK_AFTER.items())


# What each check above that reads what follows a label needs right at the label's end to fire (the first pattern it
# matches there; it answers no where its pattern does not match): kg.link.other_meanings scans for all of them at once
# and asks none of those checks of a label that nothing of theirs follows (most labels).
AFTER_A_LABEL = {"materials": _MATERIALS_AFTER, "park_as_a_place": _PARK, "cluster_designation": _CLUSTER, "epithet": _EPITHET_AFTER,
                 "a_cost": _COST_AFTER, "a_shift": _SHIFT_AFTER, "leased": _LEASED_AFTER, "customer": _CUSTOMER, "in_company_name": _LEGAL_NAME_AFTER}
