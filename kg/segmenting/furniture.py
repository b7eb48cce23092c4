"""Page furniture around a digest's items: mastheads and issue lines, running headers, rules, and back matter.

A masthead line (a newsletter's name, 第12期, a date), a running header repeated down the pages, a rule of
symbols, and what closes the file after its last item (编辑：, 联系电话, 抄送, a signature) are furniture, not
items or their text: :mod:`kg.segmenting.candidates` keeps them from being read as headlines and
:mod:`kg.segmenting.item_lines` cuts them off the items.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from kg.lines import (
    ANALYST_CREDIT,
    BRACKETED_CREDIT,
    EXCERPTED_FROM,
    FIELD_LABEL,
    OUTLET_NAME_ENDS,
    ends_sentence,
    ends_with_trailer,
    headline_form,
    is_item_furniture,
    is_link_label,
    is_metadata,
    is_post_furniture,
    is_prose,
    is_role_line,
    numbering,
    trailer_alone,
    visual_width,
)
from kg.types import Line

__all__ = ["source_trailer_below", "running_headers", "is_back_matter"]
# A newsletter's own name heading the file (…周报, …简报, …动态): a digest, not a document.
_NEWSLETTER_NAME = re.compile(
    r"(?:观察|摘编|简报|参考|动态|周报|月报|快讯|快报|简讯|要报|专报|通讯|资讯|内参|专刊|速递|速览|要闻|选编|汇编|精选|通报|信息|"
    r"周讯|周刊|月刊|旬刊|早知道|速读|一览|(?:新闻|资讯|信息|要闻|动态|快讯|简讯)汇总)(?:[（(].{1,30}[）)])?$"
)
# A date with what goes with it on a masthead: 2024年7月15日 星期一, 2024.05.20, （…）, spaces.
_FULL_DATE = re.compile(
    r"(?:19|20)\d{2}\s*(?:年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|[.\-/]\s*\d{1,2}(?:\s*[.\-/]\s*\d{1,2})?)"
    r"|星期.|周[一二三四五六日]|[\s\u3000（）()]"
)
_DATED_MONTH = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月|[.\-/]\s*\d{1,2})")
_ISSUE = re.compile(r"第\s*[\d一二三四五六七八九十百]+\s*[期周]")  # (a weekly numbers its issues by the week: 2025年第36周)


_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN_END = re.compile(r"[\u4e00-\u9fff]+$")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_PUNCTUATION_NEXT = re.compile(r"[，,、：:；;！!？?。]")


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def _issue_line(text: str) -> bool:
    """Does ``text`` carry an issue number of a masthead (2024年第11期, 园区周刊 · 第27期, （总第45期）), not a
    phase named in a headline (人才公寓第三期交付, 第二期厂房开工)? After it, no word; and no clause goes on
    after it (，：) unless before it stands a year, a month, a newsletter's name, a bracket, a space or nothing.

    >>> [_issue_line(t) for t in ("2024年第11期（总第148期）", "工业经济运行 第9期", "经济运行分析第2期", "人才公寓第三期交付", "第二期厂房开工")]
    [True, True, True, False, False]
    """
    for m in _ISSUE.finditer(text):
        after = text[m.end() :]
        if _HAN.match(after):
            continue
        before = text[: m.start()]
        word_before = _HAN_RUN_END.search(before)
        if not _PUNCTUATION_NEXT.match(after) or not word_before or before[-1] in "年月总" or _newsletter_name(word_before[0]):
            return True  # (经济运行分析第2期　2025年5月20日; not 人才公寓第三期，共680套…)
    return False
# Metadata that closes an item (after its body) rather than opening the next one.
# (each word followed by its colon, a space or a slash: 完善…, 统筹推进…, 终端消费… open sentences and headlines)
_CLOSING_META = re.compile(r"^[（(]?\s*(?:(?:责任编辑|编辑|责编|审核|校对|(?:文字)?整理|编译|排版|美编|制图|策划|统筹|监制|值班编辑|本期编辑|编审|终审|初审|复审"
                           r"|签发人?|审签|核稿|[\u4e00-\u9fff]{0,4}(?:预报员|值班员))"  # (who signed a bulletin off: 首席预报员：某某　签发：某某)
                           r"\s*[:：/／|｜丨 \u3000]|(?:完|终|全文完)\s*[）)]?$)")


# A source or a credit in brackets under an item's text: （来源：某某日报）, （资料来源：…）, （供稿：信贷市场处）, （执笔：某某）.
_BRACKETED_CREDIT = re.compile(BRACKETED_CREDIT[1:])  # (an office, a reporter, 文/某某, 综合报道: who made it)
_BRACKETED_SOURCE = re.compile(r"^[（(]\s*(?:(?:资料|信息|文章)?(?:来源|稿源|出处)|供稿(?:单位|人)?|执笔人?|撰稿人?)\s*[:：]|"
                               rf"^[（(]\s*(?:{EXCERPTED_FROM})\s*《|"
                               r"^[（(][^（）()，。；：:]{2,30}(?:供稿|撰稿)[）)]$")


_END_ALONE = re.compile(r"[（(]?\s*(?:完|全文完)\s*[）)]?")  # an end mark alone on its line: 完, （完）



def _closes_item(lines: Sequence[Line], i: int) -> bool:
    """Does metadata line ``i`` close the item above (责任编辑：…; a bracketed source, or one after a dash, under a sentence; who handled
    it, under its text: …建成起降点100个。 / 牵头单位：市发展改革委 / 责任单位：市交通运输局) rather than open the one below?"""
    text = lines[i].text
    if _CLOSING_META.match(text) or (i and (_BRACKETED_SOURCE.match(text) or _BRACKETED_CREDIT.fullmatch(text) or text[:2] == "——"
                                           or ANALYST_CREDIT.match(text)) and ends_sentence(lines[i - 1].text)) \
            or (i and is_item_furniture(text) and not is_item_furniture(lines[i - 1].text)):
        return True  # (and what a page prints under an item's text, 阅读全文 >>, 原文链接：…, its readers' count)
    k = i - 1  # (a press release's date and time under its end mark, 完 / 2025年11月3日（星期一） / 香港時間18時30分, are its own)
    while k > 0 and is_metadata(lines[k].text) and not _END_ALONE.fullmatch(lines[k].text):
        k -= 1
    if k > 0 and _END_ALONE.fullmatch(lines[k].text) and ends_sentence(lines[k - 1].text):
        return True
    k = i
    while k >= 0 and is_role_line(lines[k].text):
        k -= 1
    return 0 <= k < i and ends_sentence(lines[k].text)


def source_trailer_below(lines: Sequence[Line], j: int) -> bool:
    """Is line ``j``, right under a headline, a trailer on a line of its own over the item's body
    (【区域动态】… / （决策参考 20250720） / 山东省…印发…): the item's source, printed where a source line goes, not
    the trailer closing an item above (that one stands under a sentence). The body may be one short sentence
    (苏州…发布数据。), but not a line shaped like the next headline: an article never has an empty body, so a trailer
    between two headlines closes the item above."""
    if not (trailer_alone(lines[j].text) and j + 1 < len(lines)):
        return False
    below = lines[j + 1].text
    return is_prose(below) or (ends_sentence(below) and not headline_form(below))


# How an outlet's or an account's name ends (某某日报, 某某网, 某某发布, 某某客户端, 某某区融媒体中心).
_OUTLET_NAME = re.compile(rf"(?:{OUTLET_NAME_ENDS}|观察|之声|视点|融媒|融媒体中心)$")


# An editor's note or summary heading a digest: neither an item's body nor an introduction.
_EDITOR_NOTE = re.compile(r"^>?\s*(?:[【\[]\s*(?:编者按|编者的话|(?:本期|今日|本周)?(?:导读|要点|看点)|本期摘要|内容提要|提要)\s*[】\]]\s*[:：]?"
                          r"|(?:编者按|编者的话|(?:本期|今日|本周)?(?:导读|要点|看点)|本期摘要|内容提要|提要)\s*[:：])")


def running_headers(lines: Sequence[Line]) -> set[int]:
    """Lines that print the masthead again, a page's running header: the file's first line, or an issue line
    (产业链动态　第19期, 2025年第15期), standing again further down.

    >>> rows = [Line(t, (), (0, len(t))) for t in ["营商环境观察", "2025年第15期", "某某市推行新政", "正文。", "营商环境观察", "2025年第15期", "正文。"]]
    >>> sorted(running_headers(rows))
    [4, 5]
    """
    seen: set[str] = set()
    found = set()
    for k, line in enumerate(lines):
        text = line.text
        if k and (text == lines[0].text or ("期" in text and text in seen)):
            found.add(k)
        elif "期" in text and _issue_line(text):
            seen.add(text)
    return found
# A line opening with a field, a short label and the start of its value (项目名称：某某高铁物流园冷链仓储项目, 投资额：4.5亿元).
_FIELD_OPENING = re.compile(FIELD_LABEL + r"[^\s:：]")


def _listed_title(line: Line) -> bool:
    """Is the line shaped like a title in a list of links: short, ending no sentence, no furniture or back matter?"""
    text = line.text
    return 4 <= visual_width(text) <= 64 and text[-1] not in "。；;：:" and not is_metadata(text) and not is_back_matter(text) \
        and not is_post_furniture(text) and not is_link_label(text)


# The mark ending a post or an issue: —END—, — 完 —.
_END_MARK = re.compile(r"[—\-－–─]+\s*(?:END|End|end|(?:本期|本文|全文)?(?:完|结束))\s*[—\-－–─]+$")
# (each word followed by its colon or a space: 电话诈骗案件同比下降, 扫描二维码即可办理 are headlines)
_BACK_MATTER = re.compile(r"^(?:报\s*[:：]|送\s*[:：]|发\s*[:：]|主送\s*[:：]|主报\s*[:：]|免责声明(?![\u4e00-\u9fff])|(?:版权|特别)?声明\s*[:：]|风险提示\s*[:：]"
    r"|(?:分析师|研究员|联系人)\s*[:：].*(?:执业证书|证书编号|SAC)|报送\s*[:：]|(?:抄送|抄报|发送|分送|印发|联系人|联系电话|电话|地址|邮编)(?:\s*[:：]|[ \u3000\d])"
    # (a telephone number under any label, 咨询电话：…, 服务热线：…)
    r"|[\u4e00-\u9fff]{0,4}(?:电话|热线)\s*[:：]\s*[\d(（+]"
    r"|扫描(?:下方|上方)?二维码(?:关注|阅读|查看|了解|获取|下载|进入|收听|观看|[，,：:\s]|$)|[（(]?\s*(?:责任编辑|编辑|审核|校对|责编)\s*[:：]"
    # a note on the publication itself: （内部资料　注意保存）, （本周报数据截至…）, （本简报由…编印，仅供内部参考）
    r"|[（(]\s*(?:本(?:刊|期|栏目?|简报|周报|月报|旬报|快报|资料|专报|通讯)|内部资料|内部刊物|注意保存|仅供)"
    # a text message's way out: 回复TD退订, 退订回复 TD, 拒收请回复R
    r"|(?:回复|发送)\s*[A-Za-z0-9]{1,4}\s*(?:退订|拒收)|(?:退订|拒收)(?:请)?回复\s*[A-Za-z0-9]{1,4}\s*$"
    # (who supplied the publication, in brackets: （本信息由市价格监测中心提供）)
    r"|[（(]\s*(?:本|以上)[\u4e00-\u9fff]{0,4}由[^（）()]{2,30}(?:提供|编印|编辑|整理|供稿)\s*[）)]$"  # (（以上内容由…提供）)
    # (whatever it calls itself, in brackets: （脚本仅供内部审看）, （材料仅供参阅）)
    r"|[（(]\s*[\u4e00-\u9fff]{1,4}仅供(?:内部|参考|参阅)"
    # (and whatever kind of internal paper it is: （内部学习资料　注意保存）, （内部参考材料）)
    r"|[（(]\s*内部[\u4e00-\u9fff]{1,4}(?:资料|材料|刊物)|[（(][^（）()。，]{0,12}注意保存[）)]$"
    # or unbracketed (本通讯仅供会员单位内部参阅); an office and its telephone (协会秘书处　联系电话：…), in brackets or not
    r"|本(?:刊|期|栏目?|简报|周报|月报|旬报|快报|资料|专报|通讯|报告)[\u4e00-\u9fff]{0,6}仅供"
    # (whatever the publication is called: 本速递内容仅供参考，不构成…法律意见, 本动态内容仅供参考)
    r"|本[\u4e00-\u9fff]{1,4}(?:内容|信息|资料)仅供(?:参考|参阅|内部)"
    r"|[（(]?[\u4e00-\u9fff]{2,16}[ \u3000]+(?:联系电话|联系人|电话)\s*[:：]"
    # who compiled the issue, under the last item: （园区管委会经济发展委员会编）, 市商务局办公室编印; and the line
    # of the printing office and date (某某市发展和改革委员会办公室　　2025年7月18日印发)
    # (not an item's own credit, （外经贸处供稿）, （记者 某某 整理）: the item's, under each one)
    r"|[（(][^（）()，。；：:]{2,30}(?:编|编印|编发|主办)[）)]$"
    r"|[\u4e00-\u9fff（）()]{2,30}(?:办公室|办公厅|委员会|管委会|秘书处|编辑部|研究室|研究院|研究中心|[局厅处科部会])[ \u3000]*(?:编|编印|主办)$"
    r"|[\u4e00-\u9fff]{2,20}(?:融媒体中心|电视台|广播电台|新闻中心|编辑部)[ \u3000]*(?:出品|制作|编制)$"  # (某某县融媒体中心出品)  # (滨湖街道办事处　编)
    r"|.{2,40}[ \u3000]+(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:印发|印|编印|发)$"
    # the end mark, and the issue's notes on itself: —END—, — 完 —, （此件公开发布）, 欢迎投稿…, 版权所有…, 如需转载…
    r"|" + _END_MARK.pattern + r"|[（(]此件[\u4e00-\u9fff]{2,8}[）)]$"
    r"|欢迎投稿|投稿(?:邮箱|信箱|热线)|版权所有|版权声明|©|如需转载|转载请注明|未经(?:授权|许可)[，,]?(?:不得|禁止|请勿)转载"
    r"|本文(?:由|为|系)[^，。,]{1,20}原创"  # (an account's claim on its post: 本文由某某原创整理，转载请…)
    # how many copies were printed (（共印60份）); a note on the data (本简讯数据为初步统计数…); a hotline and its number, in
    # Chinese or English (投资咨询热线：0512-…, Investment Hotline: +86-…); a web page's footer pasted with the list above it:
    # its pages (共 14 条　1/1 页), its sponsor beside its host (主办：…　承办：…), its site code and licence (网站标识码：…, 皖ICP备…号)
    r"|[（(]?\s*(?:共印|印数\s*[:：]?)\s*\d+\s*份\s*[）)]?$"
    r"|本(?:刊|简报|简讯|周报|月报|旬报|快报|专报|通讯|网站?|站|公众号|平台)(?:数据|信息|内容|所载|所刊|所列|所用)"
    # (whom to write to: a label and an e-mail address alone, 入会咨询请发邮件至：service@…, 投稿：…@…)
    r"|[^。，；：:]{0,16}[:：]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$"
    r"|[\u4e00-\u9fff]{0,8}热线\s*[:：]\s*[\d+（(]|[A-Za-z ]{0,30}(?:Hotline|Tel|Telephone|Fax|E-?mail|Editors?|Contact)\s*[:：]"
    r"|共\s*\d+\s*(?:条|页)(?:记录)?[ \u3000]*(?:\d+\s*/\s*\d+\s*页|第\s*\d+\s*页)?\s*$"
    # (and its tools, in brackets: 【打印本页】　【关闭窗口】, [纠错] [打印])
    r"|(?:[【\[［]\s*(?:打印|关闭|纠错|字号|收藏|分享|返回顶部)[^【】\[\]［］]{0,8}[】\]］][ \u3000]*)+$"
    r"|主办\s*[:：][^。，；]{2,30}?[ \u3000]+(?:承办|协办|技术支持|网站标识码|地址|邮箱|[\u4e00-\u9fff]{0,4}(?:电话|热线))\s*[:：]|网站标识码\s*[:：]|[\u4e00-\u9fff]{0,2}ICP备|[\u4e00-\u9fff]公网安备"
    # a broadcast summary's sign-off: 以上是今天《晚间新闻》的主要内容，感谢收看。 本期节目到此结束。
    r"|以上(?:就)?是(?:今天|今日|本期|本周)[^。！]{0,20}(?:主要内容|全部内容|内容)|感谢(?:您的)?(?:收看|收听)|(?:今天|本期)(?:的)?节目(?:就)?(?:到这里|到此结束))")


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file, and of the lines below an item's end
def is_back_matter(text: str) -> bool:
    """A line of a file's back matter (声明：…, 报：…, 编辑：某某　审核：某某, 本期编辑：某某), never an item's text.

    >>> is_back_matter("声明：本刊信息来自公开资料整理。"), is_back_matter("本期编辑：某某　　投稿邮箱：某某"), is_back_matter("编辑部近日走访了12家企业。")
    (True, True, False)
    >>> is_back_matter("（内部学习资料　注意保存）"), is_back_matter("（内部参考材料）"), is_back_matter("（内部审计发现问题12个）")
    (True, True, False)
    >>> is_back_matter("（共印60份）"), is_back_matter("共 14 条　1/1 页"), is_back_matter("投资咨询热线：0512-0000000"), is_back_matter("政务服务热线：三季度办结率98%")
    (True, True, True, False)
    """
    return bool(_BACK_MATTER.match(text)) or (is_metadata(text) and bool(_CLOSING_META.match(text)))


# An office alone in brackets (（调查统计处）, （综合协调办公室）): who compiled the issue, under its last item.
_COMPILING_OFFICE = re.compile(r"[（(][\u4e00-\u9fff]{1,16}(?:处|科|室|办公室|研究室|中心|局|厅|委|办|部|组)[）)]")


# A letter's closing words after its last item (以上，谢谢！ 以上，祝工作顺利！ 以上内容仅供内部参考，请勿外传。)
_SIGN_OFF = re.compile(r"^以上(?:[，,][^，,。]{0,10}|(?:内容|信息|材料)[^。]{0,16})[。！!]?$")


def _sign_off(lines: Sequence[Line], region: Sequence[int], k: int, last_prose: int) -> bool:
    """Does line ``region[k]`` (in a digest's last item) hold the sender's closing words, only the signature below them
    (an office or a name, a date, a telephone; ``last_prose``: where the item's last prose stands, :func:`_last_where`):
    an e-mail digest's sign-off, whose date is the sender's, not that item's?"""
    return _SIGN_OFF.match(lines[region[k]].text) is not None and k >= last_prose


def _last_where(lines: Sequence[Line], region: Sequence[int], holds: Callable[[Line], bool], stop: int | None = None) -> int:
    """The last position in ``region[:stop]`` whose line ``holds`` (-1: none): "no such line below k" is then
    k >= it, asked of every k in one pass (an any() over the lines below each k made a file of thousands of
    推荐阅读 or —完— lines quadratic)."""
    return next((k for k in range(len(region) if stop is None else stop, 0, -1) if holds(lines[region[k - 1]])), 0) - 1


def _prose_line(line: Line) -> bool:
    """Prose that is no back matter: the article's text, which furniture or an end mark above it does not close."""
    return is_prose(line.text) and not is_back_matter(line.text)


def _is_prose_line(line: Line) -> bool:
    """Prose of any kind, back matter too: a rule or a sign-off above it is no footer."""
    return is_prose(line.text)


def _split_back(lines: Sequence[Line], region: list[int], digest: bool = False) -> tuple[list[int], list[int]]:
    """The last item's lines, and what follows its text: editors, distribution lists (not article text).

    ``digest``: the region is a digest's last item; an end mark (— 完 —) with no prose below it ends the digest, and
    the credits and source below it are the whole digest's (来源：某某融媒体中心), not that item's; so are an e-mail's
    closing words and the signature under them (以上，谢谢！ / 某某处　某某 / 2026年12月4日). Under one article
    they are the article's own."""
    cut = len(region)
    last_text = _last_where(lines, region, _prose_line)
    if digest:
        end = next((k for k in range(max(last_text, 1), cut) if lines[region[k]].text[:1] in "—-－–─"
                    and _END_MARK.fullmatch(lines[region[k]].text.strip())), None)  # (asked below the last text only)
        cut = cut if end is None else end
        last_prose = _last_where(lines, region, _is_prose_line, cut)
        sign_off = next((k for k in range(max(last_prose, 1), cut) if _sign_off(lines, region, k, last_prose)), None)
        cut = cut if sign_off is None else sign_off
    # A post's furniture (▼往期推荐, 阅读原文, 推荐阅读) and the list of links below it end the text.
    unlisted = _last_where(lines, region, lambda line: _prose_line(line) and not _listed_title(line))
    post = next((k for k in range(max(min(last_text, unlisted), 1), cut) if _links_below(lines, region, k, last_text, unlisted)), None)
    if post is not None:
        cut = post
    # A rule (——————, ------) with no prose below it: what follows is the file's footer (热线, 地址), not the item's.
    last_prose = _last_where(lines, region, _is_prose_line, cut)
    rule = next((k for k in range(max(last_prose, 1), cut) if _is_rule(lines[region[k]].text)), None)  # (below the last prose only)
    if rule is not None:
        cut = rule
    # A trailer closes the last item: short lines below it and no prose are the file's (联合会秘书处编), not the item's.
    closed = next((k for k in range(cut - 1, 0, -1) if ends_with_trailer(lines[region[k]].text)), None)
    if closed is not None and closed + 1 < cut and not any(is_prose(lines[i].text) for i in region[closed + 1 : cut]):
        cut = closed + 1
    # (and, closing the file, the office that compiled the issue alone in brackets: （综合统计处）, as （…处编） is)
    # (but not whom to call closing the last card of fields, 联系人：… under 投资额：…: that card's field, as in the cards above)
    while cut > 0 and not _card_contact(lines, region, cut - 1) and (_BACK_MATTER.match(lines[region[cut - 1]].text) or (is_metadata(lines[region[cut - 1]].text)
                                                                           and _CLOSING_META.match(lines[region[cut - 1]].text))
                       or (digest and _COMPILING_OFFICE.fullmatch(lines[region[cut - 1]].text.strip()) is not None)
                       or (cut > 1 and _runs_on_list(lines[region[cut - 2]].text, lines[region[cut - 1]].text))
                       or _is_rule(lines[region[cut - 1]].text.strip())):  # (rules over and between 抄送：… and …印发 lines)
        cut -= 1
    return region[:cut], region[cut:]


_CONTACT_FIELD = re.compile(r"(?:联系人|联系电话|联系方式|电话|地址)\s*[:：]")


def _links_below(lines: Sequence[Line], region: Sequence[int], k: int, last_text: int, last_unlisted: int) -> bool:
    """Does line ``region[k]`` open a post's furniture (阅读原文, ▼往期推荐) or a list of links (推荐阅读：) with no prose
    below it but back matter and, under a list's label, the titles it lists (…，谁增长最快？ is one, no sentence)?
    ``last_text``, ``last_unlisted``: where the region's last prose stands, and its last prose no listed title (:func:`_last_where`)."""
    text = lines[region[k]].text
    link = is_link_label(text)
    return (link or is_post_furniture(text)) and k >= (last_unlisted if link else last_text)


def _card_contact(lines: Sequence[Line], region: Sequence[int], k: int) -> bool:
    """Is line ``region[k]`` whom to call (联系人：某某　某某市商务局) closing a card of fields (项目名称：… / 投资额：…), the
    field above it one of the card's, no back matter?"""
    return k > 0 and _CONTACT_FIELD.match(lines[region[k]].text) is not None and _FIELD_OPENING.match(lines[region[k - 1]].text) is not None \
        and not _BACK_MATTER.match(lines[region[k - 1]].text) and not is_metadata(lines[region[k - 1]].text)


# A distribution list's label (报：, 送：, 抄送：, 发：), whose list a printed page may wrap onto the next line.
_DISTRIBUTION_LABEL = re.compile(r"^(?:报|送|发|主送|主报|抄送|抄报|发送|分送|报送)\s*[:：]")


def _runs_on_list(above: str, text: str) -> bool:
    """Is ``text`` the rest of the distribution list ``above``, wrapped onto a line of its own (送：…各市（州）人民 /
    政府): no label of its own, one sentence at most, not wider than the list's line, which ends inside a name?"""
    return _DISTRIBUTION_LABEL.match(above) is not None and above[-1] not in "。；;，,、" and ":" not in text and "：" not in text \
        and visual_width(text) <= visual_width(above) and "。" not in text[:-1]


def _in_masthead(lines: Sequence[Line], front: Sequence[int], k: int) -> bool:
    """Is line ``front[k]``, above a digest's first headline, its masthead's: a name, an issue or a date line; the name
    of the account or office issuing it, opening the masthead (高新区发布 over 一周要闻速览｜2026年3月第2周); a short name
    of any kind over the issue number (区域发展要情 over 2024年第6期); or an editor's note introducing the items
    (【编者按】本期聚焦…)?"""
    text = lines[front[k]].text
    if _masthead_line(text) or _barred_day(text) or _EDITOR_NOTE.match(text) or _issuer_dated(text):
        return True
    # (the issuer's name opens the masthead or comes under its name and date: 早安某县｜11月18日 over 某县融媒体中心出品; a
    # column's word there, 国内新闻, 市场观察, names the section of the items below)
    if _issuer_name(text) and not (k and _COLUMN_WORD.search(_CREDITED.sub("", text))) and all(_masthead_line(lines[front[j]].text) or _barred_day(lines[front[j]].text) or _issuer_name(lines[front[j]].text)
                                  for j in range(k)):
        return True
    return k + 1 < len(front) and _issue_line(lines[front[k + 1]].text) and visual_width(text) <= 12 \
        and _HAN_RUN.fullmatch(text) is not None


def _issuer_dated(text: str) -> bool:
    """The office issuing a digest with the month or day of its issue (某某大学区域发展研究中心　2025年10月): its masthead's
    line, however long the office's name.

    >>> _issuer_dated("某某省社会科学院县域研究中心　2025年10月"), _issuer_dated("某某市发展改革委　2025年10月9日"), _issuer_dated("某某研究中心发布报告　2025年10月")
    (True, True, False)
    """
    if not _DATED_MONTH.search(text):
        return False
    name = _FULL_DATE.sub("", text)
    return 3 <= visual_width(name) <= 24 and _PUBLISHER.match(name) is not None


def _issuer_name(text: str) -> bool:
    """The name of an outlet, an account or an office on a line of its own (高新区发布, 某某日报, 某某发展研究中心):
    who issues a digest, when it opens the masthead; no headline (it says nothing happened).

    >>> _issuer_name("高新区发布"), _issuer_name("滨江新区融媒体中心"), _issuer_name("某某市发展研究中心"), _issuer_name("光谷再添一家国家级实验室")
    (True, True, True, False)
    """
    text = _CREDITED.sub("", text)  # (某某县融媒体中心出品: the name, crediting itself)
    return 3 <= visual_width(text) <= 12 and _HAN_RUN.fullmatch(text) is not None \
        and (_OUTLET_NAME.search(text) is not None or _PUBLISHER.match(text) is not None)


# What names a column as well as an outlet (国内新闻, 市场观察, 财经头条).
_COLUMN_WORD = re.compile(r"(?:新闻|资讯|观察|视点|头条|频道|之声|在线|号)$")
# What an issuer's name may close on, crediting itself with the issue: 某某融媒体中心出品, 某某办公室主办.
_CREDITED = re.compile(r"(?<=[\u4e00-\u9fff])(?:出品|主办|制作|编印|编)$")
_NAME_BREAK = re.compile(r"[：:“”，,]")  # a clause or a label: no newsletter's name


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def _newsletter_name(text: str) -> bool:
    """A newsletter's name (区域产业动态, 长三角产业协同周报（2024年3月第2周））: short, no clause."""
    return visual_width(text) <= 24 and not _NAME_BREAK.search(text) and not numbering(text) and not text.startswith("【") \
        and bool(_NEWSLETTER_NAME.search(text))


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def _masthead_line(text: str) -> bool:
    """A newsletter's name, issue or date line, or a document's red header (某某厅文件).

    A dated line is the masthead's when it names a month and little is left once its dates are taken out
    (每日产业资讯　2024年7月15日), not a title that names a year (某某市2024年上半年优化营商环境工作情况).

    >>> _masthead_line("每日产业资讯　2024年7月15日 星期一"), _masthead_line("某某市2024年上半年优化营商环境工作情况")
    (True, False)
    >>> _masthead_line("财经早报｜11月19日"), _masthead_line("园区快讯 5月6日 星期二"), _masthead_line("新厂房11月19日")
    (True, True, False)
    """
    dated = _DATED_MONTH.search(text) and visual_width(text) <= 30 and visual_width(_FULL_DATE.sub("", text)) <= 12
    return bool(_newsletter_name(text) or _issue_line(text) or dated
                or text.endswith("文件") or is_metadata(text) or ("月" in text and _PERIOD_LINE.match(text)) or _named_day(text))


def _named_day(text: str) -> bool:
    """A newsletter's name beside the day of its issue (财经早报｜11月19日): a daily's (…早报, …晚报) too."""
    named_day = _NAMED_DAY.match(text) if "月" in text else None
    return named_day is not None and (_newsletter_name(named_day["name"]) or named_day["name"].endswith(("早报", "晚报", "午报")))


def _barred_day(text: str) -> bool:
    """A short name, a bar and the day alone closing the line (晚间播报｜11月7日, 今日临川｜11月7日): over the headlines,
    a programme's or a post's masthead, whatever it calls itself; a headline does not end on a bare day after a bar.

    >>> _barred_day("晚间播报｜11月7日"), _barred_day("晚间播报 11月7日"), _barred_day("全县重点项目集中开工建设全面提速｜11月7日")
    (True, False, False)
    >>> _barred_day("财经早餐｜2026年12月4日　星期五"), _barred_day("民生快讯丨12月5日（周六）"), _barred_day("早安某市｜12月5日，星期六")
    (True, True, True)
    """
    named_day = _NAMED_DAY.match(text) if "月" in text else None
    return named_day is not None and len(named_day["name"]) <= 8 and any(bar in text for bar in "｜|丨·")


# A newsletter's name and the day of its issue, its year given or not, its weekday in brackets, after a comma or not
# (财经早报｜11月19日, 园区快讯 5月6日 星期二, 财经早餐｜2026年12月4日　星期五, 民生快讯丨12月5日（周六）, 早安某市｜12月5日，星期六).
_NAMED_DAY = re.compile(r"^(?P<name>[^，。；：:！？,;!?\s｜|丨·]{2,16})[ \u3000]*[｜|丨·]?[ \u3000]*(?:(?:19|20)\d{2}\s*年\s*)?"
                        r"\d{1,2}\s*月\s*\d{1,2}\s*日(?:[ \u3000]*[，,]?[ \u3000]*(?:星期.|周[一二三四五六日]|[（(](?:星期.|周[一二三四五六日])[）)]))?$")


# The week or the days an issue covers, ending its masthead's line: 一周要闻｜9月15日—9月21日, （9月15日—9月21日）.
_PERIOD_LINE = re.compile(r"^(?:[^，。；：:！？,;!?\s]{1,16}[ \u3000]*[｜|丨·][ \u3000]*|[^，。；：:！？,;!?\s]{1,16}[ \u3000]+)?"
                          r"[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日?"
                          r"\s*[—\-–~～至]+\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*[）)]?$")


_RULE = re.compile(r"[-*=_—·•~－＝＊＿※◆◇■□●○★☆]{3,}|[-*=_—·•~－＝＊＿※◆◇■□●○★☆](?:[ \u3000]+[-*=_—·•~－＝＊＿※◆◇■□●○★☆]){2,}")


_BOX_RULE = re.compile(r"[─━═]{3,}|—{2,}")


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def _is_rule(text: str) -> bool:
    """A line drawn between items: ------, ***, ————, a line of box-drawing characters (────), or —— alone.

    >>> _is_rule("────────────"), _is_rule("* * *"), _is_rule("——"), _is_rule("——某某")
    (True, True, True, False)
    >>> _is_rule("＊　＊　＊"), _is_rule("※※※"), _is_rule("◆◆◆"), _is_rule("◆ 某某")
    (True, True, True, False)
    """
    text = text.strip()
    return bool(_RULE.fullmatch(text) or _BOX_RULE.fullmatch(text) or _symbol_row(text))


def _symbol_row(text: str) -> bool:
    """Three or more of one symbol and nothing else, as a phone's editor draws a rule (🔹🔹🔹, ❀❀❀, ▽ ▽ ▽); a
    letter, digit or mark of punctuation repeated is no rule (……, 000).

    >>> _symbol_row("🔹🔹🔹"), _symbol_row("❤️ ❤️ ❤️"), _symbol_row("🔸家门口的事🔸"), _symbol_row("……"), _symbol_row("🔹🔹")
    (True, True, False, False, False)
    """
    if not text or len(text) > 60 or unicodedata.category(text[0]) not in ("So", "Sm"):
        return False  # (asked of every line: a line of prose is rejected by its first character)
    marks = [ch for ch in text if ch not in " \u3000\ufe0f"]
    return len(marks) >= 3 and len(set(marks)) == 1 and unicodedata.category(marks[0]) in ("So", "Sm")


def _ruled(line: Line, text: str) -> bool:
    """Is ``line`` a rule, as cleaned or as written (*** in Markdown: * once cleaned)?"""
    return _is_rule(line.text) or _is_rule(text[line.start : line.end])


# Who publishes a newsletter, on its masthead: 某某发展研究中心编, 某某市委政策研究室.
_PUBLISHER = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:研究院|研究中心|研究所|研究室|发展中心|信息中心|办公室|办公厅|编辑部|[省市区县]人民政府|管委会|委员会|[局厅委])(?:编|编印|主办|印发)?$")
