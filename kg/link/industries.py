"""When an industry's label names no sector the text is about: a field another thing is applied in, a
customer a firm supplies, or a word of a company's name.

``推动数字技术在汽车零部件、现代物流等领域的应用``, ``推动遥感数据在海洋渔业和现代农业中的应用``,
``推动算力与农业、文化旅游等领域融合应用``: the sectors listed are where a technology or product is
used or sold (its application fields), not sectors the text's region develops. The list is read between
a cue that opens it (在, 与) and what closes it (等领域的应用, 行业拓展客户, 等场景开放应用, 等领域融合);
a list that ends otherwise (在汽车、电子等领域形成集群) stays a list of sectors, and so does a list a
sector extends or merges into (钢铁产业向高端特钢延伸, 大数据与制造业融合发展: the gold reads both as sectors).
"""

from __future__ import annotations

import re

__all__ = ["application_field", "customer", "in_company_name"]

# What opens the list: the place a thing is applied in, or merged with.
_OPENERS = re.compile(r"在|与")
# What closes it: (等)(领域|行业|场景)(中的) + (示范, 推广) applied, merged, opened, customers found; or scenes
# something lands in (在环卫、物流等场景落地). Not a bare 应用
# (开展具身智能应用试点: the sector's applications), and after 与 only a field (与旅游融合 may be two sectors
# merging: 大数据与制造业融合).
_CLOSER = re.compile(r"等?(?:领域|行业|场景|应用场景)(?:中|里)?的?(?:深度|示范|推广|规模化)?(?:应用|融合|开放|拓展|开展.{0,8}?(?:应用|示范))"
                     r"|等?(?:应用)?场景(?:中|里)?(?:率先)?落地|(?:中|里)的(?:应用|融合)")
_CLOSER_HINT = re.compile(r"领域|行业|场景|中的|里的")
_FIELD_CLOSER = re.compile(r"等(?:领域|行业|场景)(?:深度)?(?:融合|应用)")
# The items of a list: short names joined by 、 和 及 (the last may carry a word: 汽车内饰领域).
_JOINT = re.compile(r"[、和及]")
_ITEM = re.compile(r"[^\W\d在与向对把从为将是了“”《》]{1,8}")
_CLAUSE_START = re.compile(r"[，。；：！？!?;:\n]")


def _items(text: str) -> bool:
    """Is ``text`` a run of list items, each followed by a joint (``现代物流、``), or empty?"""
    return all(_ITEM.fullmatch(part) for part in _JOINT.split(text)[:-1]) and (not text or _JOINT.match(text[-1]) is not None)


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
    >>> application_field("推动大数据与制造业融合发展。", 6, 9)
    False
    >>> application_field("在汽车、电子等领域形成了特色产业集群。", 1, 3)
    False
    >>> application_field("重点发展汽车零部件和现代物流。", 4, 9)
    False
    """
    if _CLOSER_HINT.search(text, end, end + 40) is None:
        return False  # no field, trade or scene closes a list here (most labels): nothing more to read
    clause = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, start - 40), start)), default=max(0, start - 40))
    opener = None
    for m in _OPENERS.finditer(text, clause, start):
        opener = m
    if opener is None or not _items(text[opener.end():start]):
        return False
    closer = _FIELD_CLOSER if opener[0] == "与" else _CLOSER
    for p in range(end, min(len(text), end + 24) + 1):
        rest = text[end:p]
        if rest and (_JOINT.match(rest) is None or not all(_ITEM.fullmatch(part) for part in _JOINT.split(rest[1:]))):
            continue
        if closer.match(text, p):
            return True
    return False


# Before a label, a verb of selling goods to a party, or the orders a firm takes that come from one
# (供应周边物流企业, 产品主要供应新能源电池厂商, 不少订单来自西北地区的新能源电站): the party is a customer,
# its trade no sector of the text's region. Not 服务 or 为…配套 (主要服务汽车零部件企业, 为新能源汽车企业提供配套:
# a park or a county's firms serving the sector there, which the gold reads as the sector).
_SELLING = re.compile(r"(?:供应|供货给|销往|卖给|订单(?:主要|多|大多|大部分)?来自)[^，。；：！？\n]{0,10}$")
# After the label, the party, in its clause (电池厂商, 制造企业, 电站; 汽车、装备企业 from a list).
_CUSTOMER = re.compile(r"[^，。；：！？\n]{0,8}?(?:企业|厂商|工厂|电站|车企|船厂|整车厂)")
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
