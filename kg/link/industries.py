"""When an industry's label names no sector the text is about: a field another thing is applied in.

``推动数字技术在汽车零部件、现代物流等领域的应用``, ``推动遥感数据在海洋渔业和现代农业中的应用``,
``推动算力与农业、文化旅游等领域融合应用``: the sectors listed are where a technology or product is
used or sold (its application fields), not sectors the text's region develops. The list is read between
a cue that opens it (在, 与) and what closes it (等领域的应用, 行业拓展客户, 等场景开放应用, 等领域融合);
a list that ends otherwise (在汽车、电子等领域形成集群) stays a list of sectors, and so does a list a
sector extends or merges into (钢铁产业向高端特钢延伸, 大数据与制造业融合发展: the gold reads both as sectors).
"""

from __future__ import annotations

import re

__all__ = ["application_field"]

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
