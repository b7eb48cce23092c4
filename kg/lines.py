"""The shape of one line of text: the predicates ingest and segmentation share.

Whether a line ends a sentence, whether the next line continues it, how wide
it is on a page, whether it looks like a headline, a numbered heading or a
metadata line (source, date, reporter). The rules about a line's shape live
here, not in the file readers or in one layout's reader.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from kg.types import Line

__all__ = [
    "visual_width",
    "line_mode",
    "ends_sentence",
    "continues",
    "restates_headline",
    "restates_figures",
    "figure_headline",
    "is_prose",
    "title_like",
    "headline_form",
    "fields_line",
    "numbering",
    "strip_numbering",
    "ordinal_label",
    "is_metadata",
    "is_role_line",
    "is_box_label",
    "is_summary",
    "is_caption",
    "is_translation",
    "OUTLET_NAME",
    "OUTLET_NAME_ENDS",
    "EXCERPTED_FROM",
    "bracketed_source",
    "bracketed_outlet",
    "is_item_furniture",
    "is_post_furniture",
    "is_link_label",
    "dateline",
    "news_opener",
    "ends_with_trailer",
    "trailer_alone",
    "iso_date",
    "ENGLISH_MONTH_DAY",
    "ENGLISH_DAY",
    "english_date",
    "TRAILER_END",
    "SENTENCE_PUNCT",
    "URL",
    "TAG",
    "REPORTER_BYLINE",
    "ONE_FIELD_LINE",
    "FIELD_LABEL",
    "ANALYST_CREDIT",
    "ATTRIBUTED",
]

STOPS = "。！？!?；;…"
CLOSERS = "”’」』）)】]>"
# A source trailer "（深圳特区报 20231128）" ends an article.
TRAILER_END = re.compile(r"(?:\d{8}|\d{4}-\d{1,2}-\d{1,2})\s*[）)]$")
_TRAILER_DATE = re.compile(r"\d{8}|\d{4}-\d{1,2}-\d{1,2}")  # TRAILER_END's date (8 to 10 characters)
SENTENCE_PUNCT = re.compile(r"[，。；！？,;]")
URL = re.compile(r"^<?(?P<url>https?://[^\s<>]+)>?$")
# Lines that open a new paragraph whatever came before: a section tag, an
# attachment, a link, a list bullet, a label such as 关键词：.
_STRONG_OPENER = re.compile(r"^(?:【|附\s*[:：]|关键词[:：]|资料来源[:：]|来源[:：]|注[:：]|<?https?://|[-•·]\s)")
# A pictograph (📌 🔥 👉 ✅ ⭐ 🔹), with the variation selector that may follow it: a bullet, as ◆ is.
_EMOJI = "(?:[\U0001F300-\U0001FAFF\u2600-\u26FF\u2705\u2714\u2728\u2B50\u2B55\u27A1]\uFE0F?)"
# A keycap emoji numbering a WeChat post's items (1️⃣ … 9️⃣, 🔟): a digit, the variation selector and the keycap, a circled number.
_KEYCAP = "(?:\\d\uFE0F?\u20E3|\U0001F51F)"
# Numbered headings: 一、 （一） 1、 4.1 … (not a number followed by a unit: 5000 亿元); and headings set off by a
# bullet (◆ …, ▍…, ▲ … with a space: the family of marks _NUMBERING's last kind names).
_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑳⑴-⒇❶-❿➀-➉]|" + _KEYCAP + r"|\d{1,2}\s*[丨|｜]|"
    r"[◆◇■□●○★☆▶►▪➤♦▎▍▌┃]|[▲△][ \u3000]+(?=\S)|"
    r"\d{1,2}(?:\.\d{1,2})*[、.．]?\s*(?![\d.亿万千百个月日年元家条项座倍%])[\u4e00-\u9fff]|"
    r"(?:(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})|[Ⅰ-Ⅻ]|[A-H])\s*[.．、][ \u3000]*[\u4e00-\u9fff“《【「])"
)
# The numbering itself, by kind: the kind tells a list of items from a level of headings.
_NUMBERING = (
    ("一、", re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、.．]\s*")),
    ("（一）", re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]\s*")),
    ("(1)", re.compile(r"^[（(]\d{1,2}[）)]\s*")),
    ("①", re.compile(r"^(?:[①-⑳⑴-⒇❶-❿➀-➉]|" + _KEYCAP + r")\s*")),
    ("第一条", re.compile(r"^第[一二三四五六七八九十百零〇]{1,4}[章节条部分篇]\s*")),
    ("1.", re.compile(r"^\d{1,2}\s*[、.．](?![\d%])\s*")),
    # Roman numerals and capital letters as a list's numbers (I. … IV. …, Ⅱ、…, A. …), before a headline's first character.
    ("I.", re.compile(r"^(?:(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})|[Ⅰ-Ⅻ])\s*[.．、](?=[ \u3000]*[\u4e00-\u9fff“《【「])[ \u3000]*")),
    ("A.", re.compile(r"^[A-H]\s*[.．、](?=[ \u3000]*[\u4e00-\u9fff“《【「])[ \u3000]*")),
    # How WeChat articles number their items: 01丨…, 1 | …, 1）…, [1]…, NO.1 …, TOP1 …
    ("01丨", re.compile(r"^(?:(?:(?:NO|No|no)(?:\s*[.．]|\s)|TOP|Top|top|#)\s*\d{1,2}(?!\d)\s*[|｜丨:：.．]?|\d{1,2}\s*[|｜丨]|[\[［]\d{1,2}[\]］]|【\d{1,2}】|"
                        # 01 - 宁夏…, 01：宁夏… (a dash or a colon after the number, before a headline's first character: not 3-5月, 10:30)
                        r"\d{1,2}[ \u3000]*[-–—:：](?=[ \u3000]*[\u4e00-\u9fff“《【「])|0\d(?=[ \u3000])|"
                        # 10 山西推动…, 4 台州…, 1/ 上海发布… (a number then a space or a slash, before a headline's first character, not a unit)
                        r"\d{1,2}(?=[ \u3000]+(?![\d亿万千百个月日年元家条项座倍%号名次批期届余多])[\u4e00-\u9fff“《【「])|\d{1,2}[/／](?![\d])|"
                        r"\d{1,2}[）)](?![\d亿万千百个月日年元家条项座倍%。，、；：,.;:]))[ \u3000]*")),
    # A bullet a WeChat article or a web page sets before its headlines: ◆ 长沙发布…
    # (▲ too, before a space: with none it points up at a picture above, a caption's mark)
    # (and an emoji, as a WeChat post sets one before each headline: 📌 长沙发布…, 🔹 …)
    ("◆", re.compile(r"^(?:[◆◇■□●○★☆▶►▪➤♦▎▍▌┃][ \u3000]*|[▲△][ \u3000]+(?=\S)|" + _EMOJI + r"[ \u3000]*)")),
)
# Every kind in one pattern, tried in the table's order (one call where a line was tried up to ten times):
# the first kind that matches wins, as its own pattern would, and ends where its own match would.
_ANY_NUMBERING = re.compile("|".join(f"(?P<n{i}>{pattern.pattern})" for i, (_, pattern) in enumerate(_NUMBERING)))
_NUMBERING_KIND = {f"n{i}": kind for i, (kind, _) in enumerate(_NUMBERING)}
# A short label such as "技术创新：" that heads a line of its own.
_LABEL = re.compile(r"^[^，。；：:,]{1,8}[:：]")
# A label and its ordinal heading a line (观察一：…, 亮点二：…, 关键词三｜…): the line stands on its own, as a numbered one does.
_ORDINAL_MARKS = frozenset(":：｜|丨")
_ORDINAL_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?<![第其统唯之万])[一二三四五六七八九十]{1,2}[:：｜|丨]")
# A box inside an article (【相关链接】, 延伸阅读), not a headline of its own.
# A picture's caption (▲ points up at the picture; 图为…; （资料图）; （记者 某某 摄）).
# (and where a picture or video was, in text copied from a page: [图片], 【视频】)
_CAPTION = re.compile(r"^[▲△↑]|^(?:图为|上图|下图|左图|右图|图片)|^[\[［【]\s*(?:图片|图|组图|配图|视频)\s*[\]］】]$"
                      r"|[（(](?:资料图|资料图片|图片来源[^（）()]*|[^（）()]{0,12}摄)[）)]$")
_CAPTION_BULLET = re.compile(r"[▲△][ \u3000]+(?=\S)")
# _CAPTION's ways anchored at the start (keep them the same), matched there; the rest need a bracket at the end.
_CAPTION_START = re.compile(r"[▲△↑]|(?:图为|上图|下图|左图|右图|图片)|[\[［【]\s*(?:图片|图|组图|配图|视频)\s*[\]］】]$")
# Labels that head a box inside an article as well as a list of other pieces' titles (see _LINK_LABEL).
_READING_LABELS = r"延伸阅读|相关阅读|相关新闻"
_SIDEBAR_WORDS = r"(?:相关链接|" + _READING_LABELS + r"|背景链接|知识链接|背景资料|名词解释|链接|背景|小贴士|资料)"
_SIDEBAR_LABEL = re.compile(rf"^[【\[]?{_SIDEBAR_WORDS}[】\]]?[:：]?$")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_PAIRS = {"（": "）", "(": ")", "《": "》", "“": "”", "【": "】", "「": "」"}
_NARROW = re.compile(r"[\x00-\u2e7f]")
_BRACKET = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_PAIRS.values())) + "]")


# A field's label, its colon and the spaces after it (地块编号：, 投资额：): what every pattern of fields opens with.
FIELD_LABEL = r"[\u4e00-\u9fff]{2,6}[:：][ \u3000]*"


_DATE = r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{8})"
_TIME = r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
_CLOCK = r"(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?"  # a time of day: 08:15, 9:40, 14:26:05
# Lines that say where or when an item comes from, not what it says.
_FIELD = (
    r"(?:原标题|原题|来源|来\s*源|稿源|信息来源|文章来源|资料来源|图片来源|图源|题图|头图|封面图|出处|发布时间|发布日期|发文日期|成文日期|时间|日期|作者|记者|编辑|责任编辑|责编|执笔人?|"
    r"审核|校对|通讯员|撰稿|供稿|摄影|字号|发布人|新闻发言人|发言人|"
    r"(?:文字)?整理|编译|排版|美编|制图|策划|统筹|监制|出品|值班编辑|本期编辑|文案|编审|终审|初审|复审|浏览次数|点击数|阅读|发布机构|发布单位|索引号|主题分类|文号|发文机关)\s*[:：丨｜|]"
)
# Who issued, proposed, handled or wrote an item, after a label naming their part (发布机关：某某省人民政府办公厅,
# 提案人：某某委员, 承办单位：市财政局, 牵头单位：市发展改革委（主办），市交通运输局（会办）, 领衔代表：某某, 主办：市财政局,
# 主办方：某某市贸促会): the label ends in a word for a role (…人, …单位, …者, …员, …代表, …部门, …机构, …机关, …方, or is
# …办), and all after it is names of people (with their post: 某某市发改委副主任 某某) or offices (各县（市、区）人民政府),
# each with its part in brackets; the line in brackets too (（提案人：某某委员）). (Not whom to ask, 联系人：某某: a
# notice's text, telling its readers whom to call.)
# (a person's name of two or three characters, or with a ·; not a headline after a colon: 消费者：警惕“低价游”陷阱,
# 负责人：今年将新建学校5所, 投资者：关注新规, 负责人：打造国际消费中心: no office's name opens with what is to be done)
_ROLE_LABEL = r"(?!联系)(?:[\u4e00-\u9fff]{1,5}(?:人|单位|者|员|代表|部门|机构|机关|方)|[\u4e00-\u9fff]办)"
_ROLE_NAME = (r"(?:(?!打造|建设|建成|加快|推进|推动|争创|创建|培育|做强|壮大|迈向|奋力|全力|召开|举办|举行|开展)"
              r"(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,8}[）)]){1,20}(?:委员会|办公室|中心|公司|集团|银行|分行|支行|政府|大学|学院|学校|协会|学会|"
              r"[委局厅办院所处科部室组社站会联协署馆]|主任|局长|厅长|处长|科长|部长|书记|市长|县长|区长|院长|所长|主席|秘书长|董事长|总经理)"
              r"(?:[ \u3000]+[\u4e00-\u9fff]{2,3}(?![\u4e00-\u9fff]))?"
              r"|(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12})(?:委员|代表|教授|研究员|博士|同志)?)"
              # (their part in brackets, or their posts and units: 某某（市政协委员、某区水利局原副局长）, 某某某（农工党某某市委会会员）)
              r"(?:等\s*[\d一二三四五六七八九十]{1,3}\s*(?:人|位|家|个单位))?(?:[（(][\u4e00-\u9fff]{1,6}[）)]"
              r"|[（(][\u4e00-\u9fff]{2,16}(?:[、，,][\u4e00-\u9fff]{2,16}){0,2}[）)])?")
_ROLE_FIELD = rf"{_ROLE_LABEL}[:：][ \u3000]*{_ROLE_NAME}(?:[ \u3000]*[，,、；;／/][ \u3000]*{_ROLE_NAME}|[ \u3000]+{_ROLE_NAME}){{0,7}}"
_ROLE_LINE = rf"[（(]?{_ROLE_FIELD}(?:[ \u3000]+(?:{_ROLE_FIELD}|{_FIELD}[ \u3000]*[^\s，。；,;！？]{{1,20}}))*[）)]?$"
_ROLE_LINE_RE = re.compile(_ROLE_LINE)
_FIELD_RE = re.compile(rf"[（(]?{_FIELD}")
# A line of two or more fields, each a short label and its value, set apart by spaces (帮扶地：贵州省毕节市　协作方：广东省广州市,
# 时间：6月18日　地点：某某会议中心): an item's particulars under its headline, neither its headline nor its text.
# (not whom to ask, 联系人：某某　电话：…: a notice's text, telling its readers whom to call)
# (or by bars: 总投资：46亿元｜建设单位：某某港务集团｜工期：36个月)
_FIELD_PAIRS = re.compile(r"(?:(?!联系)" + FIELD_LABEL + r"[^\s:：，。；！？,;!?｜|丨]{2,24}(?:[ \u3000]*[｜|丨][ \u3000]*|[ \u3000]+|$)){2,6}")
# Two or more fields set apart by spaces or bars, their values short or a dash (投资额：—　落户：待定　行业：—)
_FIELDS_LINE = re.compile(r"(?:" + FIELD_LABEL + r"[^\s:：，。；！？,;!?｜|丨]{1,24}(?:[ \u3000]*[｜|丨][ \u3000]*|[ \u3000]+|$)){2,6}")
# (but a field whose value is an amount, 投资额：32亿元, 总投资：46亿元, says what the item reports, as its sentences do: the
# line opens its text, as a project digest prints its figures over the lead)
_FIELD_AMOUNT = re.compile(r"[:：][ \u3000]*(?:合计|约|共)?\d+(?:\.\d+)?\s*(?:[万亿]?(?:元|美元)|[万亿]|%)")
# A field naming a place or a party (…地, …方, …地区) whose value is places only (受援地：某某州某某县, 协作方：某某市、某某市):
# where an item happened or who took part, its particulars under its headline; a headline says what happened (川渝：共建…联盟).
_PLACE = r"(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|地区|盟|县|自治县|区|旗|镇|乡|街道)){1,3}"
_PLACE_FIELD = re.compile(rf"[\u4e00-\u9fff]{{1,4}}(?:地|方|地区|地点|城市|区域)[:：][ \u3000]*{_PLACE}(?:[、，,][ \u3000]*{_PLACE}){{0,5}}")
# A date standing for when a speech was given or a report written: （2025年3月18日）, 2025年8月, （二〇二五年三月）.
_CN_DIGIT = "〇○零一二三四五六七八九十"
_WHEN = (rf"[（(\[［]\s*(?:{_DATE}|\d{{4}}\s*年\s*\d{{1,2}}\s*月|[{_CN_DIGIT}]{{4}}年[{_CN_DIGIT}]{{1,2}}月(?:[{_CN_DIGIT}]{{1,3}}日)?)"
         # (2025年3月18日在全市推进会上的讲话)
         rf"(?:[^（）()]{{0,40}}(?:讲话|发言|报告|致辞|演讲))?\s*[）)\]］]"
         rf"|\d{{4}}\s*年\s*\d{{1,2}}\s*月|[{_CN_DIGIT}]{{4}}年[{_CN_DIGIT}]{{1,2}}月(?:[{_CN_DIGIT}]{{1,3}}日)?")
# Who made an item, alone in brackets under its text, by the credit's form: an office (（东岭市农业农村局）, （运输服务处）),
# an outlet or office and its reporter (（青禾县融媒体中心　某某）), roles and names after slashes (（文/某某　图/某某　审核/某某）),
# or how the text was put together (（综合报道）, （本网编译）, （综合整理））.
BRACKETED_CREDIT = (
    r"|[（(][\u4e00-\u9fff]{1,16}(?:处|科|室|办公室|中心|局|厅|委|办|站|所)[）)]$"
    r"|[（(][\u4e00-\u9fff]{2,16}(?:中心|电视台|台|报|社|网|站|局|处)[ \u3000]+[\u4e00-\u9fff·]{2,4}(?:[ \u3000、][\u4e00-\u9fff·]{2,4}){0,3}[）)]$"
    r"|[（(]\s*(?:[\u4e00-\u9fff]{1,4}\s*[/／]\s*[^\s（）()，。；/／]{1,10}[ \u3000]*)+[）)]$"
    r"|[（(](?:综合|本网|本报|本台|编译|整理|据[^（）()，。；]{2,12})[\u4e00-\u9fff]{0,4}(?:报道|编译|整理|消息)[）)]$"
)
# Who wrote a research note, with the licence that lets them sign it (分析师：某某　执业证书编号：S…, 研究员：某某　期货从业资格号：
# F…　投资咨询号：Z…): the note's credit, under its text.
_ANALYST_CREDIT = r"(?:证券|期货)?(?:分析师|研究员)[ \u3000]*[:：][^，。；！？]{0,60}?(?:执业证书|证书编号|从业资格|投资咨询|SAC)[^，。；！？]*$"
ANALYST_CREDIT = re.compile(_ANALYST_CREDIT)
# The words saying where a text was excerpted from: （摘自《某某研究》…）, ——转自《…》.
EXCERPTED_FROM = "摘自|摘编自|选自|转自|转载自"
_METADATA = re.compile(
    rf"^(?:{_FIELD}|{_ANALYST_CREDIT}"
    # (or after a dot or a bar, as a phone's feed prints the account posting it: 2025-03-04 08:12 · 某某发布)
    rf"|{_DATE}{_TIME}(?:\s+\S{{1,20}}|\s*[·•｜|丨]\s*[^\s，。；！？,;!?]{{1,20}})?$"
    # (a date with its weekday in brackets, 2025年11月3日（星期一）; a time of day in words, after the place's clock it is
    # told by: 香港時間18時30分, 北京时间9时05分)
    rf"|{_DATE}\s*[（(](?:星期|周)[一二三四五六日天][）)](?:[ \u3000]*{_CLOCK})?$"
    r"|(?:[\u4e00-\u9fff]{1,4}[时時][间間][ \u3000]*)?(?:[01]?\d|2[0-3])\s*[时時點点]\s*[0-5]?\d\s*分$"
    rf"|[\u4e00-\u9fff]{{1,4}}[时時][间間][ \u3000]*{_DATE}(?:[ \u3000]*{_CLOCK})?$"  # (北京时间2025年11月10日 15:30)
    # a clock time alone, when a day's feed posted the item (08:15, 【08:15】, over or under its headline), after its day
    # (今天 08:15, 11-06 10:21), or after a date-and-time label without its colon: 发布时间 10:21, 更新时间 2025-11-06 10:21
    rf"|(?:(?:今天|昨天|今日|发布于)[ \u3000]*|\d{{1,2}}[-/.]\d{{1,2}}[ \u3000]+)?{_CLOCK}$|[【\[［]{_CLOCK}[】\]］]$"
    # (or after the name of who posted it in a work chat: 张某 09:42)
    rf"|[\u4e00-\u9fff]{{2,4}}[ \u3000]+{_CLOCK}$"
    rf"|(?:发布|更新|发表|编辑)?(?:时间|日期)[ \u3000]+(?:{_DATE}(?:[ \u3000]*{_CLOCK})?|{_CLOCK})$"
    # (and the fields after it: 发布时间 10:21　来源：某某县融媒体中心, 10:21 来源：…)
    rf"|(?:(?:发布|更新|发表|编辑)?(?:时间|日期)[ \u3000]+)?(?:{_DATE}(?:[ \u3000]*{_CLOCK})?|{_CLOCK})[\s|｜丨]*{_FIELD}[^，。；！？,;!?]*$"
    # a web page's line of fields after its date: 2024-08-19 08:12 来源：某某报 作者：某某 字号：大 中 小
    rf"|{_DATE}{_TIME}[\s|｜丨]*{_FIELD}[^，。；！？,;!?]*$"
    rf"|(?:{_WHEN})$"
    # a month and day alone, an item's date under its headline in a dated issue: 6月4日, 6月4日（周三）
    rf"|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日{_TIME}(?:[ \u3000]*(?:[（(](?:星期|周)[一二三四五六日天][）)]|(?:星期|周)[一二三四五六日天]))?$"
    # or in brackets after the headline, with the place it comes from: …增长8.6%（市区 6月2日）, （江岸区6月10日）; or the days
    # it took: …赴德国开展招商（11月8日—14日）
    r"|[（(](?:[\u4e00-\u9fff]{1,10}[ \u3000]*)?(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"(?:\s*[—–~～至-]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?[）)]$"
    # an outlet or a WeChat account over its date: 某某报 2024-01-10, 原创 某某观察 2025年06月18日 07:30 上海
    # (not a numbered item's headline with its date: 1.某某路主线贯通　2025年6月3日; no outlet is numbered)
    rf"|(?!\d{{1,2}}\s*[.．、]|[一二三四五六七八九十]{{1,3}}、|[①-⑳])(?:原创\s*)?(?:\S{{1,24}}\s+){{1,2}}{_DATE}{_TIME}(?:\s+(?:发表于)?[\u4e00-\u9fff]{{2,8}})?$"
    r"|[（(][^（）()]{0,40}(?:记者|通讯员|编辑|作者|来源|据)[^（）()]{0,40}[）)]$"
    # (or where it was excerpted from: （摘自《某某研究》2026年第1期）, （转自《某某蓝皮书》）)
    rf"|[（(]\s*(?:{EXCERPTED_FROM})\s*《[^《》（）()]{{2,30}}》[^（）()]{{0,20}}[）)]$"
    # a reporters' byline over its date, several names: 某某晚报记者 李明 王芳 2024年12月2日
    rf"|[\u4e00-\u9fff]{{0,16}}?(?:记者|通讯员)[ \u3000]*[\u4e00-\u9fff]{{2,3}}(?:[ \u3000、]+[\u4e00-\u9fff]{{2,3}}){{1,3}}[ \u3000]+{_DATE}$"
    r"|[（(][^（）()，。；：:]{2,30}(?:供稿|撰稿)[）)]$"  # an item's credit: （外经贸处供稿）
    + BRACKETED_CREDIT +
    rf"|[（(]\s*{_FIELD}[^（）()。！？；]{{0,40}}[）)]$"
    rf"|【\s*{_FIELD}[^【】。！？；]{{0,40}}】$"  # (or in 【】 on its own line: 【来源：某某网　2026-11-28】, 【发布时间：…】)
    r"|[（(](?:完|终|全文完)[）)]$|(?:完|全文完)$|【\s*(?:纠错|打印|关闭|字号)|[（(]?(?:图|图片|图为|配图|摄影|摄)\s*[:：/／丨｜|]"
    r"|[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号$"  # a document number: 某府办发〔2024〕12号
    r"|[*_]{0,2}\s*(?:(?:本刊|本报|新华社|中新社)?(?:特约|首席|见习|驻[\u4e00-\u9fff]{1,4})?(?:(?:记者|通讯员|作者|撰文|实习生)"
    # (names right after the word, 记者张三、李四, not a headline's words: 记者走访秋收一线, 通讯员带你看…)
    r"(?:\s+[^\s，。；,;！？]{1,16}|\s*[\u4e00-\u9fff·]{2,4}(?:[、，,][\u4e00-\u9fff·]{2,4})*(?![\u4e00-\u9fff·])"
    r"|\s*[^\s，。；,;！？\u4e00-\u9fff][^\s，。；,;！？]{0,15})"
    r"|文\s*[/／丨｜|]\s*[^\s，。；,;！？]{1,16})"
    r"(?:\s+[^\s，。；,;！？]{1,8}){0,3}\s*)+[*_]{0,2}$"
    # who proposed or handled it, and who else: 提案人：某某委员　承办单位：市财政局
    rf"|{_ROLE_LINE}"
    r")"
)
# What a headline's first bracket may say it comes with (【视频】沿海高速…贯通): a medium, no section or place.
_MEDIA_WORDS = r"(?:视频|图文|组图|图片|直播|音频|动图|短视频|H5|VR)"
# A section tag opening a line: 【北京】, 【国内要闻】北京发布… . Not a masthead's name above its
# date (【每日产经速递】2024年4月15日 星期一): the date is no title under a tag. Not a box inside an
# article either (【相关链接】…, 【延伸阅读】…).
# A script's cue (【画面】航拍…, 【解说】3月22日，…, 【同期声】游客：…): what a video or broadcast shows or says, its
# item's text, no section.
_CUE_WORDS = r"(?:画面|解说|同期声|同期|字幕|旁白|配音|现场声|音效|音乐|镜头|采访|出镜|口播|串词|导语)"
_CUE = re.compile(rf"【{_CUE_WORDS}】")


def is_cue(text: str) -> bool:
    """Does the line open with a script's cue (【画面】…, 【同期声】…)? Its item's text, never a headline or a section.

    >>> is_cue("【解说】3月22日，樱花季开幕。"), is_cue("【画面】"), is_cue("【画面感】十足的新城")
    (True, False, False)
    """
    return _CUE.match(text) is not None and len(text) > _CUE.match(text).end()


TAG = re.compile(rf"^【(?!{_SIDEBAR_WORDS}】)(?!{_MEDIA_WORDS}】)(?!{_CUE_WORDS}】)(?!\d{{1,2}}】)([^【】]{{1,12}})】(?![ \u3000]*{_DATE}[ \u3000]*(?:星期.|周.)?$)[ \u3000]*")
# Who wrote or spoke it: 某某研究院区域经济课题组（2024年5月）, 某某市人民政府市长　某某某.
_BYLINE = re.compile(
    r"^(?:[\u4e00-\u9fff·]{2,30}(?:课题组|研究组|编写组|调研组|编辑部|联合课题组)"
    r"(?:\s*[（(]\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*[）)]"  # and when: 某某调研组（2025年6月）
    r"|[\s\u3000]*\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?"  # or unbracketed: 某某调研组　　2025年8月
    # or who wrote it for the group: 县域经济课题组　执笔：某某某
    r"|[\s\u3000]+(?:执笔人?|主笔|撰稿|组长|负责人)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}(?:[、，,\s\u3000]+[\u4e00-\u9fff·]{2,4}){0,5})?"
    r"|[\u4e00-\u9fff]{2,24}(?:市长|省长|区长|县长|主任|局长|厅长|部长|书记|主席|院长|董事长|总经理)\s+[\u4e00-\u9fff]{2,4}"
    # the issuer under a document's title: 某某市人民政府, 某某省人民政府办公厅; a report's: 某某县政府研究室
    r"|[\u4e00-\u9fff]{1,20}[省市区县州盟旗](?:人民政府(?:办公厅|办公室)?|委办公厅|委办公室)"
    r"|[\u4e00-\u9fff]{1,20}(?:[省市区县州盟旗]|政府|委)(?:政策|发展)?(?:研究室|研究中心|调研室)"
    r"(?:[ \u3000]+[\u4e00-\u9fff·]{2,4}(?:[、，,\s\u3000]+[\u4e00-\u9fff·]{2,4}){0,5})?)$"  # (and who wrote it: 　张某某)
)
# A reporter's byline (证券日报记者 吴桐, 某某网通讯员　李明　王芳, 本报记者 张三), the desk that sent them first.
REPORTER_BYLINE = re.compile(r"^(?P<desk>[\u4e00-\u9fff]{0,16}?)(?:特约记者|见习记者|实习记者|首席记者|记者|通讯员|实习生)"
                             r"[\s\u3000]*[\u4e00-\u9fff]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fff]{2,4})*\s*$")
# A dateline opening a news report: 新华社北京1月10日电 (某某日报2025年2月10日讯), 本报讯 (a site's or station's own: 本网讯, 本台讯),
# 央视网消息, 人民网北京1月10日电.
_DATELINE = re.compile(
    r"^(?:[【\[]?[\u4e00-\u9fffA-Za-z]{1,12}(?:社|网|报|台|电视台|日报|客户端|新闻)?[\u4e00-\u9fff]{0,8}\s*"
    r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日)(?:电|讯|消息)[】\]]?|本[报网台刊站]讯|本报[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电|"
    r"[\u4e00-\u9fff]{1,10}(?:网|台|客户端|社)消息[：:，]|据[\u4e00-\u9fff]{2,12}(?:报道|消息))"
)
# How a news report's body usually opens: a date or "recently", a reporter's source.
# (Not 近年来, 目前, 今年以来: a report's sections open so too.)
_NEWS_OPENER = re.compile(
    r"^(?:近日|日前|近期|今天|今日|昨天|昨日|本周|上周|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d{1,2}日|记者从|记者[\u4e00-\u9fff]{0,4}获悉|"
    r"据[\u4e00-\u9fff]{2,12}(?:报道|消息|介绍)|[\u4e00-\u9fff、]{2,24}?(?:日前|近日|近期|\d{1,2}月\d{1,2}日)|"
    r"[\u4e00-\u9fff、]{2,24}?(?:介绍|表示|通报|披露|宣布|公布|获悉|消息)[，,：:])"
)


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def visual_width(text: str) -> float:
    """Width of ``text`` on a page in CJK character cells (ASCII counts one half).

    >>> visual_width("深圳 2024")
    4.5
    """
    return len(text) - 0.5 * len(_NARROW.findall(text))


_CLAUSE_PUNCT = re.compile(r"[，。；！？,;：:]")
# One field on a line of its own, a short label and its value, no clause after it (投资额：4.5亿元, 联系人：某某　某某县文化旅游局).
ONE_FIELD_LINE = re.compile(FIELD_LABEL + r"[^\s:：，。；！？,;!?][^：，。；！？,;!?]*$")


def line_mode(lines: Sequence[Line]) -> tuple[str, float]:
    """Tell how a source breaks its lines: ``("wrapped", width)`` or ``("paragraph", 0)``.

    ``wrapped``: text extracted from a PDF page, every line at most one page
    wide, ``width`` being the usual width of a full line. ``paragraph``: one
    paragraph a line, with rare breaks where a page ended.
    """
    widths = sorted(visual_width(line.text) for line in lines if "\t" not in line.text)
    if len(widths) < 8:
        return "paragraph", 0.0
    top = widths[int(len(widths) * 0.9)]
    if top > 60:
        return "paragraph", 0.0
    # The usual full line: the median of the upper half of widths; or, where lines with punctuation in them break
    # off mid-sentence, the median of theirs if wider (short headlines and a table of contents are no page's width).
    # (a headline quoting whose news its item is, 据某某日报消息，某某县…并网, is no prose cut off at a page's edge)
    broken = sorted(visual_width(line.text) for line in lines if "\t" not in line.text and SENTENCE_PUNCT.search(line.text[:-1])
                    and not ends_sentence(line.text) and not _attributed_head(line.text))
    full = statistics.median(widths[len(widths) // 2 :])
    if broken:
        full = max(full, statistics.median(broken))
        # A page wraps its lines at one width, and a paragraph's last line is mostly shorter: where the lines ending a
        # sentence are the wider ones, the lines "broken" with a comma in them are headlines over paragraphs of one line
        # each (…转让成交，合计成交额3860万元 over a wider sentence), not lines of prose cut at the page's edge.
        ended = [visual_width(line.text) for line in lines if "\t" not in line.text and ends_sentence(line.text)]
        if len(ended) >= 3 and len(broken) >= 3 and statistics.median(ended) > statistics.median(broken):
            return "paragraph", 0.0
    # Wrapped text breaks full lines mid-sentence; short paragraphs, one a line, end theirs.
    # (Titles, with no punctuation at all, say nothing either way.)
    # (a line of fields, 发文机关：…　发文字号：…　发布日期：…, is no sentence: it says nothing of where the page breaks prose)
    # (nor one field on a line of its own, 项目名称：某某冷链仓储项目, as a project card prints its particulars)
    full_lines = [line.text for line in lines if "\t" not in line.text and visual_width(line.text) >= full * 0.85
                  and _CLAUSE_PUNCT.search(line.text) and not is_metadata(line.text) and not ONE_FIELD_LINE.match(line.text)
                  and not _attributed_head(line.text)]
    if full_lines and sum(ends_sentence(t) or t[-1] in "：:" for t in full_lines) > 0.6 * len(full_lines):
        return "paragraph", 0.0
    # A wrapped paragraph ends somewhere; where no line ends a sentence, the paragraphs are one a line,
    # written without a full stop (a list of news items: 11月2日起，地铁6号线西延段开通运营，新增车站4座).
    if not any(ends_sentence(line.text) for line in lines):
        return "paragraph", 0.0
    return "wrapped", full


def _attributed_head(text: str) -> bool:
    """Is ``text`` a headline quoting whose news its item is (据某某日报消息，某某县光伏治沙项目全容量并网)?"""
    return text[:1] == "据" and ATTRIBUTED.match(text) is not None and headline_form(text)


def _unbalanced(text: str) -> bool:
    depth = 0
    for char in _BRACKET.findall(text):  # the other characters change nothing
        if char in _PAIRS:
            depth += 1
        elif char in _PAIRS.values() and depth:
            depth -= 1
    return depth > 0


_TABLE_GAP = re.compile(r"[ \u3000\t]+")
_NOTE_STOPS = re.compile(r"[。！？，；!?,;（(]")


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file, and of its neighbours
def ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence: 。！？; a closing quote or bracket only after one.

    A source or reporter in brackets after a sentence (…万吨。（来源：山西日报）) ends it too.

    >>> ends_sentence("已经发布。"), ends_sentence("发布“方案”"), ends_sentence("他说：“好。”"), ends_sentence("已投产。（来源：某某日报）")
    (True, False, True, True)
    >>> ends_sentence("生猪出栏下降1.8%。（农村处）"), ends_sentence("已整改。（图略）"), ends_sentence("已整改（农村处）")
    (True, True, False)
    """
    if not text:
        return False  # (nothing after a headline: 2.【春耕进度】 alone)
    last = text[-1]
    if last in STOPS:
        return True
    if last in CLOSERS:
        if (len(text) > 1 and text[-2] in STOPS) or _trailer_at_end(text):
            return True
        opened = max(text.rfind("（"), text.rfind("("))
        # (or a short note in brackets after the full stop, who wrote it or what is left out: …1.8%。（农村处）, …。（图略）)
        return last in "）)" and opened > 0 and text[opened - 1] in STOPS \
            and (is_metadata(text[opened:]) or (len(text) - opened <= 16 and not _NOTE_STOPS.search(text[opened + 1 : -1])))
    return False


# A paragraph opening with when it happened (10月15日至17日，…; 近日，…; 截至9月末，…); and the last characters of a
# line that a sentence goes on from (…大赛定于 / 10月15日举行; a number broken in two: …截止时间为1 / 1月15日 goes on too).
_WHEN_OPENER = re.compile(r"^(?:近日|日前|近期|今年|去年|截至|上半年|前\d{1,2}个?月|\d{4}年|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}\s*[—–\-~至]+\s*\d{1,2}月)")
_GOES_ON_END = "的于在和与及将对从向把被为是给到至由以并或"
_PROSE_PUNCT = re.compile(r"[，。；,;]")


@lru_cache(maxsize=1 << 14)  # asked of each pair of neighbours by the candidates (above and below a line), then by every article's paragraphs
def continues(a: str, b: str, mode: str, full_width: float) -> bool:
    """Whether line ``b`` continues the paragraph that line ``a`` ends.

    >>> continues("本周全市粮油价格总体平稳，主要品种价格如下：", "品名　单价（元/500克）　环比", "paragraph", 0.0)
    False
    """
    if "\t" in a or "\t" in b or _STRONG_OPENER.match(b) or fields_line(a):
        return False  # (a line of fields, 投资额：18亿元　落户：…, ends where it ends)
    if a[-1] in "，、,":
        return True
    if a[-1] in "：:" and len(_TABLE_GAP.split(b.strip())) >= 3:
        return False  # (a lead announcing a table, …价格如下：, over its header row set apart in cells: 品名　单价　环比)
    if ends_sentence(a):
        return False
    if _unbalanced(a):
        return True  # "…（每日经济新闻" / "20231128）"
    if mode == "wrapped":
        # A full line that does not end a sentence goes on; a short one is a
        # title or heading. (So does a headline nearly as wide as the page, over a line opening like
        # news: 技能大赛决赛举行，12人获“技术能手”称号 / 10月15日至17日，…)
        return visual_width(a) >= full_width * 0.85 and not (a[-1] not in _GOES_ON_END and not (a[-1].isdigit() and b[0].isdigit())
                                                              and bool(_WHEN_OPENER.match(b) or dateline(b)) and headline_form(a))
    if _NUMBERED.match(a) or _NUMBERED.match(b) or (not _ORDINAL_MARKS.isdisjoint(a[:7]) and _ORDINAL_LABEL.match(a)):
        return False
    if _LABEL.match(a) and not _PROSE_PUNCT.search(a):
        return False  # "技术创新：在市重点研发计划等方面明确支持方向"
    # One paragraph a line: a break inside prose, not a heading. Prose has
    # sentence punctuation; a heading rarely does, and when it does (稳外资再出实招，广东发布…)
    # the line below opens like a news report or is its byline, source or summary (导读：…).
    # (Punctuation inside brackets is no sentence's: 某某动态（2025年第4期，2月24日）.)
    return visual_width(a) >= 20 and bool(_PROSE_PUNCT.search(_BRACKETED.sub("", a))) \
        and not (headline_form(a) and (news_opener(b) or is_metadata(b) or is_summary(b) or restates_headline(a, b) or restates_figures(a, b)
                                       or _figure_ends_head(a, b) or _QUOTED_LEAD.match(b) or ATTRIBUTED.match(a)))


# Whose news a paragraph is, opening it (据某某省商务厅消息，…): a line so opened that is a headline in shape, one paragraph a
# line, is an item's headline quoting its source (据某某日报消息，某某县光伏治沙项目全容量并网), no sentence broken off.
ATTRIBUTED = re.compile(r"据[\u4e00-\u9fff]{2,20}(?:消息|报道|通报)[，,]")


# A paragraph opening with a whole quotation and then who said it (“往年找人难，今年村里组了服务队。”栖霞市一位果农说。): a news
# item's lead, which opens its paragraph; no clause a line above runs on into.
_QUOTED_LEAD = re.compile(r"“[^“”]{4,120}[。！？…]”[^。！？“”]{1,30}(?:说|表示|介绍|坦言|感叹|告诉记者|笑着说)[。！？]")


# A headline ending on a figure and its unit (…挂牌，底价1.26亿元; …挂牌68宗，成交率91%), and the first words of a line that a
# clause broken after such a figure goes on with (…投资3860万元 / 用于…; …万元 / 的…).
_FIGURE_END = re.compile(r"\d+(?:\.\d+)?\s*(?:[%‰]|[万亿千百]*(?:元|美元|吨|千瓦时|辆|户|人|家|个|项|宗|件|台|套|亩|平方米|公里|标箱|股))$")
_FIGURE_UNIT_END = frozenset("%‰元吨时辆户人家个项宗件台套亩米里箱股")
_GOES_ON_START = re.compile(r"^[的地得了着过和与及并而或用于将为以在对向从把被使让由至到等左以上下余多，、,。；;：:）)”]")


def _figure_ends_head(a: str, b: str) -> bool:
    """Is ``a``, one paragraph a line, a headline ending on a figure (…转让成交，合计成交额3860万元) over ``b``, a
    paragraph of one sentence or more that opens a clause of its own (两宗房产位于…。), not the rest of ``a``'s clause?

    >>> _figure_ends_head("两宗国有商业用房转让成交，合计成交额3860万元", "两宗房产位于渝中区解放碑商圈，经网络竞价成交。")
    True
    >>> _figure_ends_head("全年完成技术改造投资，合计3860万元", "用于智能化产线改造。")
    False
    """
    return (a[-1].isdigit() or a[-1] in _FIGURE_UNIT_END) and _FIGURE_END.search(a) is not None and ends_sentence(b) and not _GOES_ON_START.match(b)


# A figure of a statistic: a number with decimals, a percentage, or three digits or more (not a year, a month or a day).
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*[%‰]|\d+\.\d+|\d{3,}(?![\d.年月日])")
# A line that is a figure only, as a statistical digest heads an item by the figure its body explains (3.9%, 2417.6亿元).
_BARE_FIGURE = re.compile(r"[+\-−]?\d+(?:\.\d+)?\s*(?:[%‰]|个百分点|[万亿]?(?:元|美元|吨|千瓦时|辆|户|人|家|个|项|件|台|套|亩|平方米|公里))")


def restates_figures(a: str, b: str) -> bool:
    """Does ``b`` open a sentence of its own by when (1-10月，…, 10月份，…) and state again a figure of the line ``a``
    above it, as a statistical digest's item restates its headline's figures (1-10月全省进出口总值7653.1亿元，同比增长5.5%
    over 1-10月，全省进出口总值7653.1亿元，…)? A sentence going on onto the next line says something new.

    >>> restates_figures("1-10月全省进出口总值7653.1亿元，同比增长5.5%", "1-10月，全省进出口总值7653.1亿元，同比增长5.5%。")
    True
    >>> restates_figures("全省进出口总值7653.1亿元，同比增长5.5%，其中", "10月份出口增长8.1%，进口下降1.2%。")
    False
    """
    if not _WHEN_OPENER.match(b):
        return False
    figures = {m[0].replace(" ", "") for m in _FIGURE.finditer(a)}
    return any(m[0].replace(" ", "") in figures for m in _FIGURE.finditer(b))


def figure_headline(text: str, below: str) -> bool:
    """Is ``text`` a figure only (3.9%) that the paragraph ``below`` explains, opening by when and stating it again
    (10月份，全省城镇调查失业率为3.9%，…): a statistical digest's item headed by its figure?

    >>> figure_headline("3.9%", "10月份，全省城镇调查失业率为3.9%，与上月持平。"), figure_headline("3.9%", "与上月持平。")
    (True, False)
    """
    return _BARE_FIGURE.fullmatch(text) is not None and restates_figures(text, below)


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def is_prose(text: str) -> bool:
    """A line of running text: wide and punctuated like sentences."""
    return visual_width(text) >= 20 and bool(SENTENCE_PUNCT.search(text))


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file, and of its neighbours
def ends_with_trailer(text: str) -> bool:
    """Does the line end with a source trailer's date (…深圳特区报 20231128）)?"""
    return _trailer_at_end(text)


def _trailer_at_end(text: str) -> bool:
    """``TRAILER_END.search(text)``, without trying every position of the line (it is asked of
    every line, and that search cost more than any other pattern): the bracket ends the line
    (or stands before a final newline, as ``$`` allows), spaces may stand before it, and the
    date ends where they start.

    >>> _trailer_at_end("（深圳特区报 20231128）"), _trailer_at_end("（2024-3-5 ）\\n"), _trailer_at_end("（20231128）。")
    (True, True, False)
    """
    bracket = len(text) - 2 if text.endswith("\n") else len(text) - 1
    if bracket < 0 or text[bracket] not in "）)":
        return False
    date_end = bracket
    while date_end > 0 and text[date_end - 1].isspace():  # \s is what str.isspace says
        date_end -= 1
    return any(start >= 0 and _TRAILER_DATE.fullmatch(text, start, date_end) for start in (date_end - 8, date_end - 9, date_end - 10))


def trailer_alone(text: str) -> bool:
    """Is the line a source trailer standing alone, its whole text (（决策参考 20250720）): an item's source printed on a
    line of its own, closing no sentence? Its date must be a day: a contact line ends as a trailer does
    (（联系电话：0512-00000000）) and names no source.

    >>> trailer_alone("（决策参考 2025年第14期 2025-07-20）"), trailer_alone("（联系电话：0512-00000000）"), trailer_alone("增长。（某某日报 20240312）")
    (True, False, False)
    """
    return bool(text[:1] in "（(" and visual_width(text) <= 60 and ends_with_trailer(text)
                and iso_date(TRAILER_END.search(text)[0].rstrip("）) \t\n")) is not None)


_NON_DIGIT = re.compile(r"\D")


def iso_date(date: str) -> str | None:
    """A date written 20250720 or 2025-7-20 (any non-digit between its parts) as ISO, or None when it names no real day.

    >>> iso_date("20250720"), iso_date("2025-7-20"), iso_date("2025.7.20"), iso_date("0512-00000000")
    ('2025-07-20', '2025-07-20', '2025-07-20', None)
    """
    digits = _NON_DIGIT.sub("-", date)
    try:
        if "-" in digits:
            y, m, d = (int(x) for x in digits.split("-"))
        else:
            y, m, d = int(date[:4]), int(date[4:6]), int(date[6:8])
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


# A day written in English, its month named, before or after the day (Nov. 19, November 19th, 19 Nov, Nov 21, 2025), as
# bilingual digests date items; ENGLISH_MONTH_DAY without the year.
_MONTH_NAME = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
ENGLISH_MONTH_DAY = (r"(?<![A-Za-z\d])(?:" + _MONTH_NAME + r"\.?[ \u3000]?\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \u3000]" + _MONTH_NAME
                     + r"\.?)(?![\d:A-Za-z])")
ENGLISH_DAY = ENGLISH_MONTH_DAY + r"(?:,?[ \u3000]?(?:19|20)\d{2}(?!\d))?"
_MONTHS = {name: k for k, name in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}


def english_date(text: str, year: int | None = None) -> str | None:
    """The ISO date of a day written in English (:data:`ENGLISH_DAY`, the whole of ``text``), in ``year`` where it
    states none; None where no year is known or it names no real day.

    >>> english_date("Nov. 19", 2025), english_date("November 3rd, 2024"), english_date("19 Nov", 2025), english_date("Nov. 19")
    ('2025-11-19', '2024-11-03', '2025-11-19', None)
    >>> english_date("Feb 30", 2025), english_date("Novel 19", 2025)
    (None, None)
    """
    text = text.strip()
    if re.fullmatch(ENGLISH_DAY, text) is None:
        return None
    day, *stated = (int(n) for n in re.findall(r"\d+", text))
    year = stated[0] if stated else year
    if year is None:
        return None
    try:
        return dt.date(year, _MONTHS[re.search(r"[A-Z][a-z]{2}", text)[0]], day).isoformat()
    except ValueError:
        return None


def title_like(text: str) -> bool:
    """Could the line be a title (of the bundled layouts): short, not ending like a clause, no trailer."""
    if not 2 <= visual_width(text) <= 50:
        return False
    if text[-1] in "，、；：,;:。" or text[0] in "（(":
        return False
    return not URL.match(text) and not ends_with_trailer(text)


@lru_cache(maxsize=1 << 14)
def numbering(text: str) -> str | None:
    """The kind of numbering a line opens with (``"一、"``, ``"（一）"``, ``"1."`` …), or None.

    >>> numbering("一、总体要求"), numbering("（二）主要目标"), numbering("3. 上海发布新政"), numbering("5000亿元")
    ('一、', '（一）', '1.', None)
    >>> numbering("02丨湖州绿色智造产业园开工"), numbering("NO.3 舟山新项目投产"), numbering("2）湖州产业园开工"), numbering("2024年")
    ('01丨', '01丨', '01丨', None)
    >>> numbering("IV. 盘活存量土地的三种做法"), numbering("Ⅱ、重大项目用地合并办理"), numbering("B. 临时用地管理"), numbering("I.T.行业"), numbering("A股市场回暖")
    ('I.', 'I.', 'A.', None, None)
    """
    match = _ANY_NUMBERING.match(text)
    return _NUMBERING_KIND[match.lastgroup] if match else None


# Bracket pairs a source may wrap a whole headline in (〖…〗, 〔…〕, ［…］, ｛…｝): not 【】 (a known mark), brackets that
# hold a note or a credit (（…）), a book's title (《…》) or a quotation (「…」).
_WRAPS = {"〖": "〗", "〔": "〕", "［": "］", "｛": "｝", "〘": "〙", "〚": "〛", "〈": "〉", "⦅": "⦆", "⟦": "⟧"}
# A symbol opening a line is no item mark when it opens or closes a sentence's text: a quotation, a bracket, a book's
# title, a dash or an ellipsis running on (ASCII marks are Markdown's, and cleaning reads them).
_NOT_MARKS = frozenset("“”‘’「」『』（）《》〈〉【】〔〕〖〗［］｛｝—–…·、，。；：！？%‰〇々〃")
_MIN_MARKED = 3  # lines a mark must open, each a headline over its body, before it marks the file's items


def item_mark(text: str) -> tuple[str, int, int] | None:
    """The mark a line opens with, after its number if it has one (1. ✦ …), if it could mark an item (a symbol, or a
    bracket pair round the rest of the line), with where the mark starts and where the text it marks ends.

    >>> item_mark("✦ 开发区新引进项目5个"), item_mark("1. 〖外贸进出口保持增长〗"), item_mark("◆ 长沙发布新政")
    (('✦', 0, 12), ('〖〗', 3, 13), None)
    >>> item_mark("※※※"), item_mark("“十五五”规划编制启动"), item_mark("〔东城〕街道开展消防演练")
    (None, None, None)
    """
    if "\u4e00" <= text[:1] <= "\u9fff" and text[0] not in "一二三四五六七八九十":
        return None  # (most lines: text from their first character)
    kind = numbering(text)
    if kind == "◆":
        return None  # a known bullet (◆ …, 📌 …), read as numbering
    p = len(text) - len(strip_numbering(text)) if kind else 0  # (1. ✦ …: after a number)
    c = text[p : p + 1]
    if not c or c < "\u00a1" or "\u4e00" <= c <= "\u9fff" or c.isalnum():
        return None
    close = _WRAPS.get(c)
    if close is not None:
        if len(text) > p + 2 and text.endswith(close) and close not in text[p + 1 : -1] and c not in text[p + 1 :]:
            return c + close, p, len(text) - 1
        return None
    if c in _NOT_MARKS or unicodedata.category(c)[0] not in "SP" or text[p + 1 : p + 2] == c:
        return None  # (a row of marks, ※※※, is a rule)
    return c, p, len(text)


# A place alone, the whole of a head in brackets (〔郫都区〕, 〔都江堰市〕): a digest of places' news, each item headed by
# its place and its news told by the body's first sentence.
_PLACE_ALONE = re.compile(r"(?P<stem>[\u4e00-\u9fff]{1,4}?)(?:省|自治区|市|自治州|州|地区|盟|县|区|旗|镇|乡|街道)")


def place_head(text: str, below: str | None = None) -> bool:
    """Is ``text`` a place alone (郫都区, 都江堰市), that heads an item as a headline does? With ``below``, the body's
    first line must name it again within its first words (郫都区川菜产业园…), as such an item's news does.

    >>> place_head("郫都区"), place_head("都江堰市", "都江堰市完成灌区改造任务。"), place_head("郫都区", "园区签约项目5个。"), place_head("为侨服务")
    (True, True, False, False)
    """
    m = _PLACE_ALONE.fullmatch(text)
    if m is None:
        return False
    return below is None or m["stem"] in below[:12]


def item_marks(lines: Sequence[Line]) -> frozenset[str]:
    """The marks that set the file's items apart (✦ …, ※…, 〖…〗): a symbol no list of known marks names, or a
    bracket pair round a whole line, that opens at least three short headline-shaped lines (or places alone, each named
    again by the body below: 〔郫都区〕), each over a line of body text. A symbol opening one line is anything (a note's
    ※, a bracket); opening a run of headlines, a mark."""
    counts: dict[str, int] = {}
    for line, below in zip(lines, lines[1:]):
        found = item_mark(line.text)
        if found is None:
            continue
        mark, a, b = found
        inner = line.text[a + 1 : b].strip(" \u3000")
        if (headline_form(inner) or (len(mark) == 2 and place_head(inner, below.text))) and item_mark(below.text) is None \
                and is_prose(below.text):
            counts[mark] = counts.get(mark, 0) + 1
    return frozenset(mark for mark, n in counts.items() if n >= _MIN_MARKED)


@lru_cache(maxsize=1 << 14)
def strip_numbering(text: str) -> str:
    """``text`` without the numbering it opens with."""
    match = _ANY_NUMBERING.match(text)
    return text[match.end() :] if match else text


# The label of an ordinal heading an item, a word (观察, 亮点, 关键词): not a term that ends on a numeral (多规合一：…,
# 知行合一：…, 十四五：…, 四个一：…).
_ITEM_LABEL = re.compile(r"^(?:(?![一二三四五六七八九十百千万两个合统唯之其第])[\u4e00-\u9fff]){1,4}[一二三四五六七八九十]{1,2}[:：｜|丨]")


def ordinal_label(text: str) -> int:
    """Length of the label and ordinal a headline opens with (观察一：…, 亮点二｜…), and the spaces after it, or 0: the
    item's number, as 一、 is, no part of its title.

    >>> ordinal_label("观察一：某某新区项目进入集中落地期"), ordinal_label("统一：全省推行"), ordinal_label("劳务协作：输出劳动力4万人")
    (4, 0, 0)
    >>> ordinal_label("多规合一：某某市国土空间规划获批"), ordinal_label("十四五：某某规划收官"), ordinal_label("四个一：某某工程"), ordinal_label("亮点三｜外资研发中心新增4家")
    (0, 0, 0, 4)
    """
    match = _ITEM_LABEL.match(text)
    return len(text) - len(text[match.end() :].lstrip(" \u3000")) if match else 0


# A date alone in brackets after a headline, no outlet before it (…安全生产工作（2025-11-04）): the item's date, as a web
# page's list prints it; a trailer names its outlet (（深圳特区报 20231128）) and closes a sentence.
_BARE_DATE_END = re.compile(r"[ \u3000]*[（(]\s*(?:\d{8}|\d{4}-\d{1,2}-\d{1,2})\s*[）)]$")


def fields_line(text: str) -> bool:
    """Is ``text`` two or more short fields set apart by spaces or bars (投资额：32亿元　落户：如皋高新区　行业：新能源)?

    >>> fields_line("投资额：—　落户：待定　行业：文化旅游"), fields_line("川渝：共建物流枢纽联盟"), fields_line("区域观察｜河南：专项债发行提速")
    (True, False, False)
    """
    return ("：" in text or ":" in text) and _FIELDS_LINE.fullmatch(text) is not None


_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z])")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1 << 14)
def headline_form(text: str) -> bool:
    """Is the line shaped like a headline: short, not a sentence, not a clause or a label?

    Numbering is allowed (``一、…``); a question or exclamation ending a short line is
    allowed (headlines ask); a line ending with 。 or a comma, a metadata line, a link,
    a trailer are not.

    >>> headline_form("上海出台新政支持低空经济发展"), headline_form("上海出台新政。"), headline_form("来源：新华社")
    (True, False, False)
    >>> headline_form("区政府常务会议研究冬季安全生产工作（2025-11-04）"), headline_form("全年增长5%。（2025-11-04）")
    (True, False)
    >>> headline_form("CPI微涨"), headline_form("价格微涨"), headline_form("微涨"), headline_form("END")
    (True, True, False, False)
    >>> headline_form("【画面】无人机航拍樱花大道，游客沿步道拍照"), headline_form("【字幕】塌陷区水面→清洁能源基地")
    (False, False)
    """
    if text[:1] == "【" and is_cue(text):
        return False  # (a script's cue is what its item shows or says: text)
    bare = _BARE_DATE_END.search(text) if text[-1:] in "）)" else None
    if bare and bare.start() and text[bare.start() - 1] not in "。；，、：;,:":
        return headline_form(text[: bare.start()])
    core = strip_numbering(text)
    width = visual_width(core)
    if width < 4 and _ACRONYM.search(core) and _HAN_CHAR.search(core):
        width += 0.5 * len(_ACRONYM.findall(core)[0])  # (an acronym reads as words do: CPI微涨, PPI持平 are headlines)
    if not 4 <= width <= 48 or "\t" in text:
        return False
    last = core[-1]
    if last in "，、；：,;:。…" or (last in "”’」』" and len(core) > 1 and core[-2] in "。；"):
        return False
    if last in "？！?!" and (width > 40 or len(SENTENCE_PUNCT.findall(core[:-1])) > 1) \
            and not (width <= 40 and set(SENTENCE_PUNCT.findall(core[:-1])) <= {"？", "?"} and core.count("？") + core.count("?") <= 4):
        return False  # a question or exclamation of one clause or two (新能源汽车下乡，县域市场还有多大空间？), or questions only (钱从哪来？谁来运营？)
    if core[0] in "（(" and not ends_with_trailer(core) and core.find("）") > len(core) - 3:
        return False  # a note in brackets
    if URL.match(text) or ends_with_trailer(text) or is_metadata(text) or is_box_label(text) or is_post_furniture(text):
        return False
    if core[0] in "“「『" and core[-1] in "”」』" and not re.search("[”」』]", core[1:-1]):
        return False  # a quotation on a line of its own (not “智改数转”进行时：常州制造迈向“智造”)
    if is_caption(core) or is_translation(core):
        return False
    if fields_line(core):
        return False  # a line of fields (投资额：—　落户：待定　行业：文化旅游): an item's particulars or its figures, no headline
    # A headline has at most a comma or two; a sentence has several.
    return len(SENTENCE_PUNCT.findall(core[:-1])) <= 2 and "。" not in core[:-1]


# An outlet's name alone in brackets, after a headline or under a body: who printed the item (（江淮日报）, （某某网）);
# not a report's kind (（情况通报）, （工作简报）).
OUTLET_NAME = r"[\u4e00-\u9fff]{2,12}(?<![通汇举预申公年简快周月])(?:报|网|电视台|台|社|客户端|融媒体中心)"
_BRACKETED_OUTLET = re.compile(r"[（(](?:据|摘自|摘编自|转自|转载自)?(?P<outlet>" + OUTLET_NAME + r")[）)]")


def bracketed_outlet(text: str) -> str | None:
    """The outlet a line names alone in brackets (（江淮日报） → 江淮日报), or None.

    >>> bracketed_outlet("（江淮日报）"), bracketed_outlet("（摘自某某网）"), bracketed_outlet("（情况通报）"), bracketed_outlet("（试行）")
    ('江淮日报', '某某网', None, None)
    """
    match = _BRACKETED_OUTLET.fullmatch(text.strip())
    return match["outlet"] if match else None


# A source named in 【】 closing a headline (…若干措施【姑苏商报】, …行动启动【市商务局】, or in square brackets: …开通［某某日报］):
# the item's outlet, or the office or account that supplied it, no part of the title; its name ends as an outlet's, an account's or an office's does (not a
# picture's or a kind's mark: 【视频】, 【图解】, 【附全文】).
# How an outlet's or an account's name ends (某某日报, 某某网, 某某发布, 某某客户端).
OUTLET_NAME_ENDS = "报|网|台|社|发布|客户端|新闻|频道|号|刊|杂志|在线|头条|资讯"
_SOURCE_NAME_END = rf"(?:{OUTLET_NAME_ENDS}|财经|融媒体中心|局|委|厅|办|院|中心|政府|管委会|办公室|研究室|研究所)"
_BRACKETED_SOURCE_TAIL = re.compile(r"[ \u3000]*[【［\[〔](?P<source>(?!视频|图片|音频|图文|附)[\u4e00-\u9fff·]{1,14}" + _SOURCE_NAME_END + r")[】］\]〕]$")


def bracketed_source(text: str, alone: bool = False) -> re.Match | None:
    """The source named in 【】 closing a headline (its span and ``source``), or None; ``alone``: ``text`` is only
    the bracket, cut from its headline.

    >>> bracketed_source("苏州出台支持外资研发中心发展若干措施【姑苏商报】")["source"], bracketed_source("出海拓市场专项行动启动　【市商务局】")["source"]
    ('姑苏商报', '市商务局')
    >>> bracketed_source("某某县推出惠企政策【图解】"), bracketed_source("某某市发布新规【视频新闻】"), bracketed_source("【姑苏商报】")
    (None, None, None)
    >>> bracketed_source("【姑苏商报】", alone=True)["source"], bracketed_source("某某地铁7号线北延段开通［某某日报］")["source"]
    ('姑苏商报', '某某日报')
    """
    if not text.endswith(("】", "］", "]", "〕")):
        return None
    match = _BRACKETED_SOURCE_TAIL.search(text)
    return match if match and (visual_width(text[: match.start()].strip()) >= 6 or (alone and match.start() == 0)) else None


# A line of Latin words only (Imports and exports rise 21%): a headline's English version under it, not an item's text.
# (its words in brackets, after a dash or a colon too: … (advanced materials) land in the park, Q1–Q3 trade up 7.4% — exports lead)
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9'’\-&.]*(?:[ ,:;/–—]+[(“\"]?[A-Za-z0-9%][A-Za-z0-9'’\-&.%]*[)”\"]?){2,}[.!?]?")


@lru_cache(maxsize=1 << 14)
def is_translation(text: str) -> bool:
    """Is ``text`` a line of three or more Latin words and nothing else: a headline's English version set under it?

    >>> is_translation("Imports and exports of the bonded zone rise 21%"), is_translation("AI赋能制造业"), is_translation("GDP")
    (True, False, False)
    >>> is_translation("Q1–Q3 foreign trade up 7.4% — exports lead the growth"), is_translation("Two projects (advanced materials) land in the park")
    (True, True)
    """
    return _LATIN_WORDS.fullmatch(text.strip()) is not None


# What a page prints under or beside each item and nobody wrote as its text: counts of readers and shares (阅读 2.3万
# 点赞 156 转发 42, 浏览次数：412), a link to the full text (阅读全文 >>, 查看详情→, 原文链接：https://…, a bare address)
# and the newspaper page the item was printed on (A03版·要闻, 第5版：经济). Their form says so, whatever the words around.
_COUNT = r"(?:阅读|浏览|播放|观看|点赞|转发|评论|收藏|在看|分享|点击)(?:量|数|次数)?\s*[:：]?\s*\d[\d.,]*\s*[万千wWkK]?\+?"
_ITEM_FURNITURE = re.compile(
    rf"^(?:{_COUNT}(?:[\s\u3000|｜/·、]*{_COUNT})*"
    r"|(?:阅读|查看|点击查看|浏览)(?:全文|原文|详情|更多)\s*(?:>+|》+|→|›+|»)?|(?:全文|原文|详情|更多)\s*(?:>+|》+|→|›+|»)"
    r"|[\[［【]\s*(?:(?:阅读|查看|点击查看)?(?:全文|原文|详情|更多))\s*[\]］】]"
    r"|(?:原文|全文|详情|新闻|相关)?(?:链接|网址|地址)\s*[:：]\s*<?https?://\S+"
    r"|<?https?://\S+"
    r"|(?:[A-Za-z]?\d{1,2}|第\s*\d{1,2})\s*版(?:\s*[·・：:｜|\u3000 ]\s*[\u4e00-\u9fff]{2,6})?)$"
)


@lru_cache(maxsize=1 << 14)
def is_item_furniture(text: str) -> bool:
    """A line a page prints with each item that is no part of its text: counts of readers, a link, a page number.

    >>> is_item_furniture("阅读 2.3万　点赞 156　转发 42"), is_item_furniture("阅读全文 >>"), is_item_furniture("A03版·要闻")
    (True, True, True)
    >>> is_item_furniture("原文链接：https://www.example.gov.cn/a.html"), is_item_furniture("阅读2.3万次的帖子"), is_item_furniture("第3版面设计大赛举行")
    (True, False, False)
    >>> is_item_furniture("[详情]"), is_item_furniture("详情 >>"), is_item_furniture("详情"), is_item_furniture("【详情】某某市发布新规")
    (True, True, False, False)
    >>> is_item_furniture("▶ 相关链接：https://example.gov.cn/a.html"), is_item_furniture("▶ 相关链接")
    (True, False)
    """
    return visual_width(text) <= 60 and _ITEM_FURNITURE.match(text.strip().lstrip("▶►▷→➤👉🔗 \u3000")) is not None  # (▶ 相关链接：…)


# An interviewer's turn (记者：…有哪些新举措？, 主持人：请介绍一下。): what is asked is the article's text, not a byline.
INTERVIEW_TURN = re.compile(r"(?:记者|主持人)\s*[:：].*[？?。！!]$")


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def is_metadata(text: str) -> bool:
    """A line saying where or when an item comes from: 来源：…, 发布时间：…, a bare date, （记者 …）.

    >>> is_metadata("来源：人民日报"), is_metadata("2024-01-10 09:30"), is_metadata("上海发布新政")
    (True, True, False)
    >>> is_metadata("2025-03-04 08:12 · 某某发布"), is_metadata("2025-03-04 · 某某发布新政，全市推广")
    (True, False)
    >>> is_metadata("某某晚报记者 李明 王芳 2024年12月2日"), is_metadata("某某记者之家揭牌仪式 在京 举行 2024年11月8日")
    (True, False)
    >>> is_metadata("记者张三、李四"), is_metadata("记者走访秋收一线"), is_metadata("通讯员带你看新建的北环路")
    (True, False, False)
    >>> is_metadata("发布人：市市场监督管理局副局长　某某")
    True
    >>> is_metadata("记者：李明"), is_metadata("记者：苏州在生物医药方面有哪些新举措？"), is_metadata("主持人：请介绍一下。")
    (True, False, False)
    >>> is_metadata("承办单位：市发展改革委（主办），市财政局（会办）"), is_metadata("提案人：某某某委员等3人"), is_metadata("消费者：警惕“低价游”陷阱")
    (True, True, False)
    >>> is_metadata("帮扶地：某某省某某市　协作方：某某市某某区"), is_metadata("联系人：某某　电话：0000-1234567"), is_metadata("劳务协作：春风行动以来输出劳动力4万人")
    (True, False, False)
    >>> is_metadata("反映人：某某（市政协委员、某区水利局原副局长）"), is_metadata("反映人：某某某（农工党某某市委会会员）"), is_metadata("负责人：某某（附件）要求")
    (True, True, False)
    >>> is_metadata("受援地：某某州某某县"), is_metadata("支援方：某某市、某某市"), is_metadata("川渝：共建物流枢纽联盟")
    (True, True, False)
    >>> is_metadata("总投资：46亿元｜建设单位：某某港务集团｜工期：36个月"), is_metadata("合肥｜新能源汽车零部件企业可申请技改补贴")
    (False, False)
    >>> is_metadata("投资额：32亿元　落户：如皋高新区　行业：新能源"), is_metadata("时间：10月15日　地点：某某市政务服务中心")
    (False, True)
    >>> is_metadata("（东岭市农业农村局）"), is_metadata("（青禾县融媒体中心　某某）"), is_metadata("（文/某某　图/某某　审核/某某）"), is_metadata("（综合报道）")
    (True, True, True, True)
    >>> is_metadata("（试行）"), is_metadata("（2025—2027年）"), is_metadata("（征求意见稿）"), is_metadata("（上海市）"), is_metadata("（1/3）")
    (False, False, False, False, False)
    >>> is_metadata("【来源：某某网　2026-11-28】"), is_metadata("【发布时间：2026-11-25】"), is_metadata("【西安：硬科技企业融资需求旺盛】")
    (True, True, False)
    >>> is_metadata("08:15"), is_metadata("发布时间 10:21"), is_metadata("更新时间 2025-11-06 10:21"), is_metadata("25:40"), is_metadata("时间 就是效率")
    (True, True, True, False, False)
    >>> is_metadata("11-06 10:21"), is_metadata("今天 08:15"), is_metadata("【08:15】"), is_metadata("11-06 某某")
    (True, True, True, False)
    >>> is_metadata("发布时间 10:21　来源：某某县融媒体中心"), is_metadata("10:21 来源：某某县融媒体中心"), is_metadata("07:50 全县冬季农田水利建设动员会召开")
    (True, True, False)
    """
    text = text.strip("*_ ").lstrip("> ")  # a Markdown byline in italics or bold, a source line quoted (> 来源：…)
    if not text or INTERVIEW_TURN.match(text):
        return False
    # (the width first: most lines are paragraphs, wider than any source line, and the pattern of every kind of it is long)
    return (visual_width(text) <= 60 and _METADATA.match(text) is not None) or bool(_BYLINE.match(text)) or is_item_furniture(text) or \
        (text.startswith("——") and visual_width(text) <= 80 and not ends_sentence(text)) or (text[0] in "（(" and bracketed_outlet(text) is not None) or \
        (("：" in text or ":" in text) and visual_width(text) <= 60
         and ((_FIELD_PAIRS.fullmatch(text) is not None and _FIELD_AMOUNT.search(text) is None) or _PLACE_FIELD.fullmatch(text) is not None))


def is_role_line(text: str) -> bool:
    """A line naming who issued, proposed or handled an item, a label for their part before the names (one kind of
    :func:`is_metadata`); not who wrote it (作者：某某, a credit like a source).

    >>> is_role_line("牵头单位：市发展改革委　责任单位：市财政局、各区人民政府"), is_role_line("来源：某某日报"), is_role_line("（作者：某某）")
    (True, False, False)
    >>> is_role_line("发布机关：某某省人民政府办公厅"), is_role_line("责任单位：各县（市、区）人民政府"), is_role_line("解读人：某某市发改委副主任 某某")
    (True, True, True)
    >>> is_role_line("主办方：某某市贸促会"), is_role_line("市商务局负责人：打造国际消费中心"), is_role_line("负责人：召开推进会")
    (True, False, False)
    """
    return _ROLE_LINE_RE.match(text) is not None and _FIELD_RE.match(text) is None


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file, and of its neighbours
def is_caption(text: str) -> bool:
    """A picture's caption: ▲ under the picture, 图为…, （资料图）, （某某 摄）.

    >>> is_caption("▲岳阳绿色化工高新区一角（资料图）"), is_caption("图为长沙经开区某某企业的生产线。"), is_caption("长沙发布新政")
    (True, True, False)
    >>> is_caption("▲ 图为长沙经开区某某企业的生产线"), is_caption("▲ 某某园区一角（资料图）"), is_caption("▲ 长三角算力调度平台上线")
    (True, True, False)
    """
    bullet = _CAPTION_BULLET.match(text)
    if bullet:  # ▲ and a space before a headline is its bullet (▲ 长三角算力调度平台上线): the rest says if it is a caption
        text = text[bullet.end() :]
    # Asked of every line: a search for the bracket at the end tries every position, so only a
    # line that ends with one (before at most a newline, which ``$`` allows) is searched.
    return bool(_CAPTION_START.match(text)) or (("）" in text[-2:] or ")" in text[-2:]) and bool(_CAPTION.search(text)))
# The marks a post sets before its furniture and its link lists' labels (▼往期推荐, ★精彩推荐, 👇…).
_FURNITURE_MARKS = r"▼▲↓★☆◆■●>\s-"
# Labels over a list of a post's earlier pieces (往期推荐, 往期回顾, 精彩推荐): furniture, and a link list's label.
_PAST_POSTS = r"往期(?:推荐|回顾|精选|阅读|精彩)|精彩推荐"
# A WeChat post's buttons and calls to follow: 点击蓝字关注, 阅读原文, 分享/点赞/在看, 往期推荐, 长按识别二维码.
_POST_FURNITURE = re.compile(
    r"^(?:[↑" + _FURNITURE_MARKS + r"]|" + _EMOJI + r")*(?:" + _PAST_POSTS + r"|更多精彩|欢迎(?:转发|分享|关注|留言)|点击.{0,8}(?:蓝字|关注|阅读原文|在看)|"
    r"阅读原文|长按.{0,6}(?:二维码|关注)|(?:喜欢|觉得)[^，。]{0,8}[，,]?\s*(?:请|记得)?点.{0,3}(?:在看|赞)|(?:请|记得|顺手)?点(?:个|一下|亮)?\s*[“\x22「]?(?:在看|赞|小红心)[”\x22」]?(?:[，,、和吧！!]|$)|扫码关注|关注我们|微信扫一扫|喜欢此内容的人还喜欢|预览时标签不可点|"
    r"(?:分享|点赞|在看|收藏|转发|留言)(?:[\s/|｜、，,]*(?:分享|点赞|在看|收藏|转发|留言))+[\s。！!]*$|"
    r"[-—_\s]*END[-—_\s]*$|"
    # (a phone feed's end of the list and its call to open the app: 没有更多了, —— 已经到底了 ——, 打开某某APP 查看更多)
    r"[-—_\s]*(?:没有更多(?:了|内容了?)?|已经?到底了?)[-—_\s。!！]*$|(?:打开|下载)[^，。；\s]{0,12}(?:APP|App|app|客户端)[\s，,]*(?:查看|阅读|了解|获取)(?:更多|全文|详情)[^，。；]{0,4}$)"
)


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def is_post_furniture(text: str) -> bool:
    """A WeChat post's furniture (点击蓝字关注, 阅读原文, 分享 点赞 在看, ▼往期推荐), not an article's text.

    >>> is_post_furniture("▼往期推荐"), is_post_furniture("分享 / 点赞 / 在看"), is_post_furniture("推荐阅读本市分享经济报告")
    (True, True, False)
    >>> is_post_furniture("没有更多了"), is_post_furniture("打开某某APP 查看更多"), is_post_furniture("没有更多企业愿意等待")
    (True, True, False)
    >>> is_post_furniture("下载某某APP领消费券"), is_post_furniture("👇点个“在看”，把好消息分享出去"), is_post_furniture("点赞数超过10万")
    (False, True, False)
    """
    return visual_width(text) <= 40 and bool(_POST_FURNITURE.match(text))


# A label over a list of other pieces' titles, as a pasted page prints one under an article or at its end (推荐阅读,
# 相关阅读：, ▼往期推荐, 【延伸阅读】): the titles under it are links to those pieces, no items of the file.
_LINK_LABEL = re.compile(
    r"(?:[" + _FURNITURE_MARKS + r"]|" + _EMOJI + r")*[【\[]?(?:推荐阅读|" + _READING_LABELS + r"|更多阅读|阅读推荐|相关文章|相关报道|"
    + _PAST_POSTS + r"|热文推荐|猜你喜欢)[】\]]?\s*[:：]?\s*"
)


def is_link_label(text: str) -> bool:
    """A label alone on its line over a list of other pieces' titles (推荐阅读, 相关阅读：, ▼往期推荐): page furniture.

    >>> is_link_label("推荐阅读"), is_link_label("相关阅读："), is_link_label("▼往期推荐"), is_link_label("推荐阅读本市分享经济报告")
    (True, True, True, False)
    """
    return visual_width(text) <= 20 and _LINK_LABEL.fullmatch(text) is not None


def is_box_label(text: str) -> bool:
    """A box inside an article (【相关链接】, 延伸阅读：), not a headline or a section of its own."""
    return bool(_SIDEBAR_LABEL.match(text))


# A summary an item prints between its headline and its body (导读：…, 摘要：…, 【提要】…).
_SUMMARY = re.compile(r"^[>\s]*[【\[]?\s*(?:导读|导语|摘要|提要|内容提要|内容摘要|核心提示)\s*[】\]]?\s*[:：]?[ \u3000]*(?=\S)")


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def is_summary(text: str) -> bool:
    """A summary line under an item's headline (导读：…, 摘要：…): the item's metadata, not its text.

    >>> is_summary("导读：新规自6月1日起实施。"), is_summary("【摘要】企业加快出海步伐。"), is_summary("导读企业出海")
    (True, True, False)

    Or its topics alone under it, as a post tags an item (#夜经济# #古城#): under its text they are its text.

    >>> is_summary("#夜经济# #古城#"), is_summary("#话题#的讨论持续升温")
    (True, False)
    >>> is_summary("#夜经济 #古城"), is_summary("#古城"), is_summary("#话题 的讨论持续升温"), is_summary("#1号线全线开通运营")
    (True, True, False, False)
    """
    if text[:1] == "#":
        return _TOPIC_LINE.fullmatch(text.strip()) is not None
    match = _SUMMARY.match(text)
    return match is not None and (match.group().rstrip(" \u3000")[-1] in "：:】]")


# (or open, each tag ended by a space, as newer feeds print them: #自动驾驶 #车路协同, #智慧港口 — no Markdown heading,
# which leaves a space after its #)
_TOPIC_LINE = re.compile(r"(?:#[^#\s]{1,20}#[ \u3000]*)+|#[^#\s，。；：,;:]{2,8}(?:[ \u3000]+#[^#\s，。；：,;:]{2,8})*")


@lru_cache(maxsize=1 << 14)  # asked of the same line by every reading of a file
def dateline(text: str) -> int:
    """Length of the dateline a paragraph opens with (新华社北京1月10日电), or 0."""
    if text[:1] != "据" and "电" not in text and "讯" not in text and "消息" not in text:
        return 0  # (every kind of dateline says one of these: most lines, which open with none, are not matched)
    match = _DATELINE.match(text)
    return match.end() if match else 0


def news_opener(text: str) -> bool:
    """Does a paragraph open like a news report (a dateline, 近日, a date, 记者从…获悉)?"""
    return bool(dateline(text)) or bool(_NEWS_OPENER.match(text))


def restates_headline(title: str, body: str) -> bool:
    """Does ``body`` open with a one-sentence lead that says again what the headline ``title`` says, as a
    digest's item does (一批整车配套项目集中签约。 under 滁州，一批新能源整车配套项目集中签约落地)? A lead of
    one clause, sharing four characters in a row with the headline; a document's part goes on in full sentences.

    >>> restates_headline("园区外资研发中心增至186家", "园区新认定外资研发中心14家。"), restates_headline("加快项目建设", "各地要加快项目建设，确保按期完工。")
    (True, False)
    """
    if not body.endswith("。") or re.search(r"[，。；：,;:]", body[:-1]) or not 8 <= visual_width(body) <= 40:
        return False
    return any(title[k : k + 4] in body for k in range(len(title) - 3) if re.fullmatch(r"[\u4e00-\u9fff]{4}", title[k : k + 4]))
