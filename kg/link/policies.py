"""Policies: titles in 《》 of documents (方案, 意见, 条例 …), with ``以下简称《方案》`` and a later
bare 《方案》 pointing back to the full title; a line that is a full title by itself (the heading
above a document's text, also as an attachment or an excerpt: 附件：…, …（节选）) is that policy too, so the
names inside it are not mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.link.units import Unit

__all__ = ["find_policies", "is_policy"]

_POLICY_SUFFIX = re.compile(
    r"(?:方案|意见|措施|举措|办法|规划|条例|通知|决定|指南|计划|纲要|政策|细则|规定|公告|法|目录|清单|指引|规则|意见稿|"
    r"标准|要求|行动|战略|若干规定|批复|函|令|草案|试行|修订|暂行办法|实施方案|工作方案|工作要点|规划的建议|（试行）|\(试行\)|（征求意见稿）|\(征求意见稿\))$"
)
_NOT_POLICY = re.compile(r"(?:报告|白皮书|指数|展望|榜单|年鉴|名单|TOP|排行|蓝皮书|杂志|日报|周刊|观察|研究|专刊)")
_POLICY = re.compile(r"《([^《》\n]{2,80})》")
# A short title that names no document by itself: 《方案》, 《若干措施》, 《实施意见》.
_GENERIC_POLICY = re.compile(
    r"^(?:若干|实施|行动|工作|管理|暂行|有关|相关|指导|总体|专项)?(?:方案|意见|措施|举措|办法|规划|条例|通知|决定|指南|计划|纲要|政策|细则|规定|公告)$"
)
# A standard, not a policy: 团体标准《…指南》, 《…要求》和《…要求》两项团体标准, 《…》等3项地方标准.
_STANDARD_BEFORE = re.compile(r"标准[：:]?$")
_STANDARD_AFTER = re.compile(r"^(?:[、和及与]《[^《》\n]{2,80}》)*(?:等|共)?(?:[一二两三四五六七八九十\d]+|多|首批)?项?(?:团体|国家|行业|地方|企业|技术)?标准(?!化)")
_SHORT_POLICY = re.compile(r"[（(]\s*(?:以下|下)?简称\s*[“\"]?《([^《》]{1,20})》")


def find_policies(units: Sequence[Unit]) -> list[tuple[int, int, int, str | None]]:
    """``(unit, start, end, policy id)`` for every 《title》 that names a document, and every
    unit whose whole text is one of those titles without 《》; the id is None for a title the text
    calls a standard (团体标准《…》): its words are no policy and no other mention.

    A bare 《方案》 before its full title is defined is left alone: which one it is is unknown.

    >>> units = [Unit("市政府关于印发《安阳市推动钢铁产业转型若干措施》的通知"), Unit(" 安阳市推动钢铁产业转型若干措施"), Unit("安阳市推动钢铁产业转型")]
    >>> [(u, s, e) for u, s, e, _ in find_policies(units)]
    [(0, 7, 24), (1, 1, 16)]
    """
    out = []
    full: list[str] = []  # full titles seen, in order
    short_to_full: dict[str, str] = {}
    for u, unit in enumerate(units):
        for match in _POLICY.finditer(unit.text):
            title = _policy_key(match[1])
            if _is_standard(unit.text, match.start(), match.end()):
                out.append((u, match.start(), match.end(), None))  # a standard: no policy, and the names in its title no mentions
                continue
            nxt = unit.text[match.end() : match.end() + 40]
            short = _SHORT_POLICY.match(nxt.lstrip())
            if title in short_to_full:
                title = short_to_full[title]
            elif len(title) <= 8 and not is_policy(title):
                continue
            elif _GENERIC_POLICY.match(title) and not any(f.endswith(title) for f in full):
                continue  # 《若干政策》 with no full title before it: which one is unknown
            elif len(title) <= 8 and any(f.endswith(title) for f in full):
                title = next(f for f in reversed(full) if f.endswith(title))
            elif not is_policy(title):
                continue
            else:
                if title not in full:
                    full.append(title)
                if short:
                    short_to_full[_policy_key(short[1])] = title
            out.append((u, match.start(), match.end(), f"policy:{title}"))
    titles = set(full)
    if not titles:
        return out  # no full title to find again as a line of its own
    for u, unit in enumerate(units):
        line = unit.text.strip()
        if unit.kind == "title":
            continue  # the article's own title line names its places, as a work report's does
        title = _heading_title(line)
        if title and _policy_key(title) in titles:
            start = unit.text.index(title)
            out.append((u, start, start + len(title), f"policy:{_policy_key(title)}"))
    return out


# Around a document's title on a line of its own: the attachment it is (附件：, 附件2：) and a note that the text below is
# part of it (（节选）, （摘要）).
_ATTACHMENT = re.compile(r"^附件[\d一二三四五六七八九十]*\s*[：:]\s*")
_EXCERPT = re.compile(r"\s*[（(](?:节选|摘要|摘编|全文)[）)]$")
_EXCERPT_ENDS = ("）", ")", "）\n", ")\n")  # what a line ends with where _EXCERPT finds a note ($: also before a final newline)


def _heading_title(line: str) -> str:
    """The title a heading line gives, without the attachment it is or the note of an excerpt
    (附件：安徽省…管理办法（摘要） → 安徽省…管理办法), to be found among the titles cited in 《》.

    >>> _heading_title("附件：玉溪市储能产业发展行动方案（节选）"), _heading_title("玉溪市储能产业发展行动方案")
    ('玉溪市储能产业发展行动方案', '玉溪市储能产业发展行动方案')
    """
    title = _ATTACHMENT.sub("", line)
    return _EXCERPT.sub("", title) if title.endswith(_EXCERPT_ENDS) else title  # (a note of an excerpt ends the line: most lines are not searched for one)


def _is_standard(text: str, start: int, end: int) -> bool:
    """Does the text call the title at ``start:end`` a standard (团体标准《…》, 《…》两项团体标准)?"""
    return bool(_STANDARD_BEFORE.search(text, max(0, start - 6), start) or _STANDARD_AFTER.match(text[end : end + 200]))


_TRAILING_NOTES = re.compile(r"(?:[（(][^（）()]*[）)])+$")  # …意见（2023-2025年）


def _policy_key(title: str) -> str:
    """A policy's id part: its title as printed, without spaces."""
    return "".join(title.split())  # (the whitespace \s matches, a fifth of a substitution's cost)


def is_policy(title: str) -> bool:
    """A document title (…方案, …条例, …意见 (2023-2025年)), not a report, index or newspaper."""
    core = _TRAILING_NOTES.sub("", title) or title
    return bool(_POLICY_SUFFIX.search(core) or _POLICY_SUFFIX.search(title)) and not _NOT_POLICY.search(title)
