"""Write the PDF files of segmentation set heldout54 from the texts below (hand-written, see README.md).

Run from anywhere: ``python tests/gold/segmentation/make_pdf.py`` (needs ``chromium`` and the font
"WenQuanYi Micro Hei", Debian package fonts-wqy-microhei). Each document is rendered to HTML with its own
styling and printed to PDF by headless Chromium. PDF bytes are NOT reproducible (Chromium stamps dates and
ids, and its layout changes between versions): the committed .pdf files are the gold, and this script is how
they were made. Headlines are set apart by size, colour, centring or a rule, never in bold: Chromium draws the
synthetic bold of this one-weight font as Type 3 glyph outlines, which makes a file several times larger. The gold describes the text pypdf extracts from the committed files.

A document's text is one block a line, the first character saying what the block is:
``M`` masthead, ``I`` issue line, ``K`` small centred line (主办/编印), ``C`` 目录 heading, ``T`` 目录 entry
(``标题|页码`` or ``标题``), ``E`` editor's note, ``S`` section head, ``H`` headline, ``P`` body paragraph,
``D`` comment (点评) paragraph, ``Z`` a running head or page number typed as text, ``X`` a forced page break,
``F`` a line of the closing block, ``R`` a right-aligned line, ``L`` a centred document title, ``G`` a small
grey line (a source and date line), ``-`` a horizontal rule.
A document with ``"columns": True`` sets everything after its masthead and issue line in two CSS columns.
"""

from __future__ import annotations

import html
import subprocess
import tempfile
from pathlib import Path

__all__ = ["DOCS", "render_html", "write_all"]

HERE = Path(__file__).parent
FONT = '"WenQuanYi Micro Hei"'

BASE_CSS = f"""
@page {{ size: A4; margin: 22mm 20mm; }}
body {{ font-family: {FONT}; font-size: 12pt; line-height: 1.6; color: #111; margin: 0; }}
.M {{ text-align: center; color: #c00; font-size: 30pt; letter-spacing: 4pt; margin: 10mm 0 4mm; }}
.I, .K {{ text-align: center; font-size: 11pt; margin: 1mm 0; }}
.C {{ text-align: center; font-size: 15pt; margin: 8mm 0 3mm; }}
.T {{ display: flex; font-size: 11pt; margin: 1mm 0; }}
.T .dots {{ flex: 1; border-bottom: 1px dotted #666; margin: 0 2mm 1.2mm; }}
.E {{ border: 1px solid #999; padding: 2mm 3mm; font-size: 11pt; margin: 4mm 0; }}
.S {{ background: #eee; font-size: 13pt; padding: 1mm 3mm; margin: 6mm 0 3mm; }}
.H {{ font-size: 15pt; color: #003; margin: 5mm 0 2mm; }}
.P {{ text-indent: 2em; margin: 0 0 1mm; }}
.D {{ font-size: 11pt; border-left: 3px solid #888; padding-left: 3mm; margin: 2mm 0; }}
.Z {{ font-size: 9pt; color: #555; text-align: center; margin: 2mm 0; }}
.X {{ break-before: page; height: 0; }}
.F {{ font-size: 10pt; margin: 0; }}
.F.first {{ border-top: 1px solid #000; padding-top: 2mm; margin-top: 8mm; }}
.R {{ text-align: right; margin: 1mm 0; }}
.L {{ text-align: center; font-size: 18pt; margin: 6mm 0; }}
.G {{ font-size: 9.5pt; color: #666; text-align: center; margin: 0 0 2mm; }}
hr {{ border: 0; border-top: 1px dashed #999; margin: 4mm 0; }}
.fixed-top {{ position: fixed; top: -14mm; left: 0; right: 0; font-size: 9pt; color: #555; text-align: right; }}
.fixed-bottom {{ position: fixed; bottom: -14mm; left: 0; right: 0; font-size: 9pt; color: #555; text-align: center; }}
"""


def _block(code: str, text: str, first_closing: bool) -> str:
    """One block of a document as HTML."""
    body = html.escape(text)
    if code == "T":
        title, _, page = text.partition("|")
        dots = f'<span class="dots"></span><span>{html.escape(page)}</span>' if page else ""
        return f'<div class="T"><span>{html.escape(title)}</span>{dots}</div>'
    if code == "X":
        return '<div class="X"></div>'
    if code == "-":
        return "<hr>"
    if code == "F" and first_closing:
        return f'<p class="F first">{body}</p>'
    return f'<div class="{code}">{body}</div>' if code in "MIKCSZLRG" else f'<p class="{code}">{body}</p>'


def render_html(doc: dict) -> str:
    """A document as one HTML page: base styling, the document's own styling, running heads, blocks."""
    page_boxes = ""
    for box in ("top-center", "top-right", "bottom-center", "bottom-right"):
        if box in doc:
            page_boxes += f"@{box} {{ content: {doc[box]}; font-family: {FONT}; font-size: 9pt; color: #555; }}\n"
    css = BASE_CSS + (f"@page {{ {page_boxes} }}\n" if page_boxes else "") + doc.get("css", "")
    parts = []
    if "fixed-top" in doc:
        parts.append(f'<div class="fixed-top">{html.escape(doc["fixed-top"])}</div>')
    if "fixed-bottom" in doc:
        parts.append(f'<div class="fixed-bottom">{html.escape(doc["fixed-bottom"])}</div>')
    seen_closing = False
    for line in doc["text"].strip().splitlines():
        code, text = line[0], line[2:].strip()
        parts.append(_block(code, text, code == "F" and not seen_closing))
        seen_closing = seen_closing or code == "F"
    if doc.get("columns"):
        first = next(i for i, part in enumerate(parts) if 'class="H"' in part)
        parts[first:] = ['<div class="cols">', *parts[first:], "</div>"]
    body = "\n".join(parts)
    return f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css}</style></head><body>\n{body}\n</body></html>\n'


def write_all(root: Path = HERE) -> list[Path]:
    """Print every document in DOCS to PDF in its set folder under root (this folder by default)."""
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for doc in DOCS:
            page = Path(tmp) / (Path(doc["file"]).stem + ".html")
            page.write_text(render_html(doc), encoding="utf-8")
            out = root / doc["set"] / doc["file"]
            out.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--print-to-pdf={out}", page.as_uri()], check=True, capture_output=True)
            written.append(out)
    return written


DOCS: list[dict] = []

DOCS.append({
    "set": "heldout54", "file": "p01_pdf_juece_cankao.pdf", "css": "body { font-size: 15pt; line-height: 1.8; } .H { font-size: 17pt; }",
    "top-center": '"决策参考　2026年第23期"', "bottom-center": '"— " counter(page) " —"',
    "text": """
M 决策参考
I 2026年第23期（总第311期）
K 甘肃省人民政府研究室　　　　2026年12月3日
C 目　录
T 一、河西走廊风光储一体化项目集中开工|2
T 二、兰州新区精细化工园区完成扩区认定|2
T 三、天水推动装备制造企业“智改数转”全覆盖|3
T 四、定西马铃薯主粮化加工链条持续延伸|3
X
E 编者按：今冬以来，我省重大项目建设和县域产业发展呈现新的特点。现将近期各地有关情况摘编如下，供领导参阅。
H 一、河西走廊风光储一体化项目集中开工
P 11月28日，酒泉、张掖、武威三市同步举行风光储一体化项目集中开工活动，共开工项目19个，总投资412亿元，新增新能源装机规模约620万千瓦，配套建设储能电站13座。
P 据省能源局介绍，本批项目全部采用“新能源＋储能”模式建设，储能配置比例不低于装机容量的15%，时长不低于4小时。项目建成后，预计每年可向中东部地区外送绿电约110亿千瓦时。
H 二、兰州新区精细化工园区完成扩区认定
P 经省化工园区认定管理工作领导小组审核，兰州新区精细化工园区扩区方案日前获得通过，园区规划面积由18.6平方公里调整为26.3平方公里。新增区域将重点承接医药中间体、电子化学品和新型涂料项目，目前已有7家企业签订入园协议。
H 三、天水推动装备制造企业“智改数转”全覆盖
P 天水市近日出台装备制造业数字化转型三年行动方案，提出到2028年规模以上装备制造企业数字化改造实现全覆盖，建成省级以上智能工厂和数字化车间40个。
P 方案明确，市级财政每年安排专项资金8000万元，对企业购置工业软件、建设工业互联网平台按投资额的20%给予补助，单个项目最高补助500万元。天水星火机床、长城开关等龙头企业已率先启动产线改造。
H 四、定西马铃薯主粮化加工链条持续延伸
P 定西市今年新增马铃薯全粉、薯条和主食加工生产线11条，全市马铃薯精深加工能力达到95万吨，加工转化率提高到62%。安定区、陇西县两地的马铃薯主食产品已进入西北五省区的连锁超市。
P 市农业农村局表示，下一步将依托国家马铃薯产业园，引导加工企业与合作社签订订单收购协议，稳定农户种植收益。
F 报送：省委常委，省人大常委会、省政协主要负责同志
F 抄送：各市州人民政府，省政府各部门
F 甘肃省人民政府研究室秘书处　　　　2026年12月3日印发（共印120份）
""",
})

DOCS.append({
    "set": "heldout54", "file": "p02_pdf_diaoyan_yu_juece.pdf",
    "css": "body { width: 92mm; margin: 0 auto; font-size: 11pt; } .H { text-align: center; font-size: 15pt; }",
    "fixed-top": "调研与决策　第42期", "bottom-right": '"第" counter(page) "页 共" counter(pages) "页"',
    "text": """
M 调研与决策
I 中共绍兴市委政策研究室　　第42期
H 柯桥印染企业集聚升级再提速
P 柯桥区滨海印染组团第三批企业搬迁入园工作11月底基本完成，累计有38家印染企业完成集聚改造，单位产品能耗比改造前下降18%，废水回用率提高到40%以上。
P 调研发现，部分中小企业在搬迁后面临设备贷款压力，建议区里研究设立印染装备更新贴息资金。
H 嵊州领带产业转向“小单快反”
P 受外贸订单碎片化影响，嵊州领带企业正加快由大批量生产转向小批量、多批次的柔性生产。目前全市已有60余家企业接入数码印花共享平台，平均交货周期缩短至7天。
H 上虞e游小镇吸引数字内容企业落户
P 截至11月末，上虞e游小镇累计注册数字内容企业420家，今年新增游戏研发、动漫制作企业57家，实现营业收入46亿元。小镇与浙江越秀外国语学院共建人才实训基地，每年定向输送技术人员300余名。
H 诸暨袜业推进“机器换人”
P 大唐街道袜业企业今年新增智能织袜机1.2万台，用工数量较三年前减少约三成。当地袜业协会反映，智能设备投入回收期约为两年半，小微企业仍有观望情绪。
P 建议由镇街牵头组织设备团购，并争取将织袜设备纳入省级技改补助目录。
H 新昌轴承企业抱团开拓海外市场
P 新昌县轴承行业协会组织21家企业以联合体形式参加中东地区工业展，现场达成意向订单1.6亿元。县商务局计划明年在迪拜设立轴承产品海外仓，为企业提供仓储和售后服务。
F 编辑：市委政研室经济处　　　电话：0575-85120000
""",
})

DOCS.append({
    "set": "heldout54", "file": "p03_pdf_quyu_jingji_dongtai.pdf",
    "css": ".S { background: none; border-bottom: 2px solid #a00; color: #a00; } .H { font-size: 13pt; color: #000; }",
    "top-right": '"区域经济动态　2026年第47期"', "bottom-center": 'counter(page)',
    "text": """
M 区域经济动态
I 2026年第47期
K 广西社会科学院区域经济研究所编　　　2026年12月2日
C 本期目录
T 【国内动态】长江中游城市群推进企业登记“一网通办”
T 【国内动态】成渝共建西部陆海新通道物流枢纽联盟
T 【地方动态】南宁东盟跨境电商产业园开园
T 【地方动态】北海海洋渔业转型步伐加快
T 【他山之石】宁波舟山港推行集装箱“船边直提”
T 【他山之石】赣州稀土产业链延伸的做法
X
S 国内动态
H 【长江中游城市群】企业登记“一网通办”覆盖三省
P 湖北、湖南、江西三省市场监管部门近日签署协议，推动长江中游城市群企业开办、变更、注销等42个登记事项实现跨省通办。企业在三省任一政务服务大厅即可办理另外两省的登记业务，材料互认、结果互认。
H 【西部陆海新通道】物流枢纽联盟在重庆成立
P 由重庆、成都、贵阳、昆明等11个城市物流枢纽运营主体发起的西部陆海新通道物流枢纽联盟11月27日成立。联盟将统一铁海联运班列的运价发布和舱位调配，推动“一单制”提单在沿线枢纽通用。
D 点评：联盟的关键在于运价和舱位的统筹。广西作为通道出海口，可争取在联盟中牵头制定港口作业标准，把北部湾港的枢纽地位落到规则层面。
S 地方动态
H 【南宁】中国—东盟跨境电商产业园开园
P 位于南宁经开区的中国—东盟跨境电商产业园11月26日开园，首批入驻企业83家，涵盖跨境电商平台、海外仓运营、直播营销和跨境支付等环节。园区配套建设的保税仓库面积达3.2万平方米。
P 南宁市商务局介绍，园区将为入驻企业提供前两年房租全免、第三年减半的优惠，并设立5000万元跨境电商发展基金。
H 【北海】海洋渔业加快向深远海转型
P 北海市今年新建深远海养殖网箱126口，投放重力式深水网箱养殖金鲳鱼、军曹鱼等品种，预计年产量可达1.8万吨。市里同步推动铁山港区水产品冷链加工基地建设，已引进加工企业6家。
S 他山之石
H 【宁波舟山港】集装箱“船边直提”压缩通关时间
P 宁波舟山港对符合条件的进口集装箱推行“船边直提”，货物抵港后企业可在码头前沿直接提离，不再进入堆场中转。试点以来，进口集装箱平均提离时间由原来的2.5天缩短至6小时以内，企业每箱可节省费用约300元。
D 点评：钦州港自动化码头条件较好，可选择冷链和整柜进口货物先行试点。
H 【赣州】稀土产业链从矿到材再到器件
P 赣州市近年来推动稀土产业从开采冶炼向永磁材料、电机和器件延伸，稀土永磁材料产能已达7万吨。全市稀土及应用产业集群今年营业收入预计突破1100亿元，其中永磁电机产值占比提高到三成。
F 执笔：农　佳　　审核：韦晓东
F 报：自治区党委政研室、自治区政府研究室
F 送：自治区发展改革委、商务厅、工业和信息化厅
""",
})

DOCS.append({
    "set": "heldout54", "file": "p04_pdf_jingji_yunxing_jianbao.pdf",
    "css": ".H { font-size: 14pt; border-bottom: 1px solid #999; } .P { text-indent: 0; margin-bottom: 3mm; }",
    "text": """
M 经济运行简报
I 第22期
K 济南市发展和改革委员会　　　　2026年11月30日
E 编者按：10月份以来，全市工业生产和项目投资保持平稳，但部分行业订单不足的问题仍然存在。本期就近期经济运行中的几个情况作简要分析。
H 1. 前10个月全市规上工业增加值增长6.4%
P 1—10月，全市规模以上工业增加值同比增长6.4%，增速比前三季度加快0.3个百分点。分行业看，汽车制造业增长14.2%，电气机械和器材制造业增长9.8%，计算机、通信和其他电子设备制造业增长8.1%。高新区、章丘区、莱芜区工业增加值增速位居前三位。
P 从企业调度情况看，重汽、浪潮等重点企业在手订单饱满，四季度产能利用率维持在85%以上。
Z — 1 —
X
Z 济南市发展和改革委员会　经济运行简报　第22期
H 2. 重点项目投资完成进度快于时序
P 截至11月25日，全市列入省市重点的412个项目累计完成投资1633亿元，占年度计划的93.5%，快于时序进度10个百分点。其中，新开工项目106个，竣工项目58个。黄河大桥北延、济南东站片区综合开发等项目进展顺利。
H 3. 建材和纺织行业订单偏弱
P 调度显示，水泥、平板玻璃等建材企业10月份产量同比分别下降7.3%和4.6%，商河、平阴两县的纺织企业新增订单较上年同期减少约两成，部分企业采取轮休方式压减产能。
P 建议加大对传统产业技术改造的支持力度，引导企业开拓“一带一路”沿线市场，并用好稳岗返还等政策，稳定企业用工。
H 4. 全市电力消费保持较快增长
P 1—10月，全社会用电量同比增长7.9%，其中工业用电量增长6.8%，第三产业用电量增长11.5%。充换电服务业用电量增长62%，成为拉动第三产业用电增长的主要因素。
Z — 2 —
F 报：市委、市人大、市政府、市政协领导同志
F 送：各区县人民政府，市直有关部门
F 联系人：综合处　宋佳琪　　联系电话：0531-66600000
""",
})

DOCS.append({
    "set": "heldout54", "file": "p05_pdf_chanye_dongtai.pdf",
    "css": "@page { margin: 18mm 16mm; } body { font-size: 10.5pt; } .H { font-size: 12.5pt; color: #0a3d7a; margin-top: 4mm; } .P { margin: 0; }",
    "top-center": '"湖北省经济和信息化厅　产业动态　2026年第44期"', "bottom-center": '"- " counter(page) " -"',
    "text": """
M 产业动态
I 2026年第44期　　湖北省经济和信息化厅运行监测协调局　　2026年12月4日
H 武汉光谷新增两条12英寸晶圆产线
P 东湖高新区两家集成电路企业12英寸晶圆扩产项目近日投产，新增月产能3.5万片，产品主要用于存储芯片和功率器件。光谷集成电路产业链今年预计实现营收1080亿元。
H 襄阳新能源汽车零部件配套率提升
P 襄阳市今年引进电驱动系统、热管理系统等新能源汽车零部件项目14个，本地整车企业零部件配套率由去年的38%提高到46%。
H 宜昌磷化工企业加快向新能源材料转型
P 宜昌市磷化工企业磷酸铁、六氟磷酸锂等新能源材料产能持续扩大，前10个月新能源材料产值同比增长37%，占磷化工产业总产值的比重首次超过四分之一。
H 黄石推进铜产业“补链”
P 黄石市围绕铜箔、铜板带和铜合金线材引进下游加工项目9个，总投资86亿元。大冶有色集团与两家电子企业签订长期供铜协议，就地转化率提高至55%。
H 十堰商用车出口量创新高
P 1—11月，十堰市商用车出口2.3万辆，同比增长41%，主要销往中亚、中东和非洲市场。当地车企在哈萨克斯坦建设的散件组装工厂已于10月投产。
H 荆门通用航空产业园新签3个项目
P 荆门爱飞客通航产业园近日新签约无人机整机、航空发动机维修和飞行培训项目3个，协议投资共19亿元。园区目前已集聚通航企业52家。
H 孝感纺织服装企业上云用平台
P 孝感市组织156家纺织服装企业接入省级工业互联网平台，实现订单、排产和库存数据在线管理。首批上云企业平均库存周转天数缩短了9天。
H 鄂州临空经济区物流企业扩容
P 依托花湖国际机场，鄂州临空经济区今年新增物流和供应链企业37家。机场货运航线增至87条，前11个月货邮吞吐量达到118万吨。
F 联系电话：027-87220000　　　　本期责任编辑：冯雪晴
""",
})

DOCS.append({
    "set": "heldout54", "file": "p06_pdf_zhaoshang_xinxi.pdf",
    "css": "body { width: 85mm; font-size: 11pt; } .H { font-size: 12pt; color: #7a1f00; } .M { font-size: 24pt; }",
    "fixed-bottom": "东莞市商务局　招商信息", "top-right": '"第" counter(page) "页"',
    "text": """
M 招商信息
I 2026年第19期
K 东莞市商务局投资促进科　编
H 【项目推介】松山湖机器人产业园二期招租
P 松山湖机器人产业园二期标准厂房已竣工验收，可供租赁面积约6.8万平方米，单层承重每平方米1.5吨，适合工业机器人整机、减速器和控制器企业入驻。入园企业前三年租金按市场价的七折收取。
H 【签约动态】滨海湾新区引进储能电池项目
P 滨海湾新区11月29日与一家储能企业签订投资协议，项目计划投资32亿元，建设年产10吉瓦时储能电池生产基地，达产后年产值预计超过60亿元。
H 【外资快讯】日资精密模具企业增资扩产
P 位于长安镇的一家日资精密模具企业近日完成增资1800万美元，新建的汽车模具车间将于明年二季度投产。这是该企业落户东莞二十年来的第四次增资。
H 【展会预告】东莞国际家具展将于3月举办
P 第五十五届东莞国际家具展定于2027年3月在厚街镇举办，预计参展企业1200家。市商务局将组织重点招商对象参展洽谈，有意向的镇街请于12月20日前报送邀请名单。
H 【政策速递】市级总部企业认定办法修订
P 修订后的认定办法将总部企业的营业收入门槛由10亿元降至5亿元，对新认定的总部企业按其地方经济贡献给予最高1000万元奖励。
H 【在谈项目】3个智能终端项目进入实质性谈判
P 目前，市里正与3家智能终端企业就可穿戴设备、智能家居控制器和车载显示模组项目开展洽谈，预计总投资47亿元。其中两个项目选址已初步确定在松山湖和清溪镇。
H 【项目推介】水乡新城跨境电商用地推介
P 水乡新城有一宗约120亩的产业用地可供跨境电商仓储物流项目使用，距虎门港约15公里，土地出让起始价按工业用地基准地价执行。
F 编辑：投资促进科　　联系电话：0769-22830000
F 本刊仅供内部参考
""",
})

DOCS.append({
    "set": "heldout54", "file": "p07_pdf_keji_yaoqing.pdf",
    "css": "body { font-size: 15pt; line-height: 1.9; } .H { text-align: center; font-size: 17pt; color: #124; } .K { color: #555; } .R { font-size: 10pt; color: #444; }",
    "bottom-center": '"第 " counter(page) " 页"',
    "text": """
M 科技要情
I 2026年第31期
K 长沙市科学技术局　　　　2026年11月27日
C 目　　录
T 岳麓山实验室发布农作物育种新成果|2
T 长沙高新区新增专精特新“小巨人”企业9家|2
T 湘江新区启动概念验证中心建设|2
T 浏阳生物医药园获批省级中试基地|2
T 工程机械企业研发投入强度达到4.6%|2
X
H 岳麓山实验室发布农作物育种新成果
P 岳麓山实验室11月22日发布耐盐碱水稻和早熟油菜两项育种成果。其中，耐盐碱水稻新品系在含盐量千分之四的试验田中亩产达到520公斤，明年将在沿海滩涂地区开展多点示范。
R （来源：星城科技报　2026年11月23日）
H 长沙高新区新增专精特新“小巨人”企业9家
P 在工业和信息化部公布的最新一批专精特新“小巨人”企业名单中，长沙高新区有9家企业入选，涉及传感器、功率半导体和工业软件等领域。高新区“小巨人”企业总数已达到67家。
H 湘江新区启动概念验证中心建设
P 湘江新区近日启动建设首批5个概念验证中心，分别依托中南大学、湖南大学和3家新型研发机构运营，重点为高校院所的早期科研成果提供技术验证、样品试制和商业评估服务。
P 新区对每个概念验证中心给予最高300万元建设补助，对完成验证并在新区落地转化的项目给予最高100万元奖励。
R （来源：湘江新区管委会　2026年11月25日）
H 浏阳生物医药园获批省级中试基地
P 浏阳经开区生物医药园中试基地日前获批省级中试基地，基地可为企业提供制剂放大生产、质量检测和注册申报辅导等服务。目前已有14家医药企业与基地签订中试服务合同。
H 工程机械企业研发投入强度达到4.6%
P 市科技局对全市27家规模以上工程机械企业的调查显示，今年前三季度企业研发投入合计86亿元，研发投入强度达到4.6%，比上年同期提高0.4个百分点。电动化、无人化施工设备成为研发投入的重点方向。
F 编辑：市科技局综合处　　审核：汤文斌
F 发送：市委、市政府领导，各区县（市）科技主管部门
""",
})

DOCS.append({
    "set": "heldout54", "file": "p08_pdf_kaifaqu_gongzuo_jianbao.pdf",
    "css": ".S { background: #d8e4f0; font-size: 14pt; } .H { font-size: 14pt; color: #000; text-decoration: underline; } .P { text-indent: 0; }",
    "top-center": '"合肥经济技术开发区管委会　工作简报"', "bottom-right": 'counter(page) "/" counter(pages)',
    "text": """
M 工作简报
I 第36期（总第508期）
K 合肥经济技术开发区管理委员会办公室　　2026年12月1日
S 一、重点项目建设
H 新能源汽车配套产业园主体完工
P 经开区新能源汽车配套产业园一期12栋厂房11月底全部完成主体结构施工，预计明年3月交付使用。产业园已预签约电池包、线束、座椅等配套企业11家，达产后可形成年配套30万辆整车的能力。
H 南艳湖片区路网工程提前贯通
P 南艳湖片区“四纵三横”路网工程11月26日全线贯通，比计划工期提前45天。片区内3所学校和2个邻里中心同步开工建设。
S 二、招商引资
H 一批智能家电项目集中签约
P 11月28日，经开区举行智能家电产业链项目集中签约活动，签约项目8个，总投资64亿元，涵盖变频压缩机、智能控制板和家电用显示面板等。经开区家电产业本地配套率有望提升到75%以上。
P 签约企业中，有3家是由区内龙头企业引荐而来的上游供应商，以商招商的效果进一步显现。
H 赴长三角开展专题招商
P 11月中下旬，区招商局组织专班赴上海、苏州、杭州开展专题招商，走访企业23家，收集有效项目信息15条，其中4个项目进入选址阶段。
S 三、优化营商环境
H “拿地即开工”审批模式扩大适用范围
P 经开区将“拿地即开工”审批模式由工业项目扩大到研发总部和仓储物流项目，企业在签订土地出让合同后，最快当天即可取得施工许可证。今年以来，已有26个项目通过这一模式实现开工。
H 企业服务专员走访实现全覆盖
P 区里为规上工业企业和重点服务业企业配备的186名服务专员，今年已完成全覆盖走访，收集企业诉求341件，办结率达到96%。未办结事项已逐项明确责任单位和时限。
F 报：市委、市政府，市发展改革委、市投资促进局
F 送：区党工委、管委会领导，各部门、各园区
F 编辑：党政办公室　　电话：0551-63810000
""",
})

DOCS.append({
    "set": "heldout54", "file": "p09_pdf_hangye_guancha.pdf",
    "css": "body { font-size: 14pt; line-height: 1.9; } .H { font-size: 16pt; color: #1b4d3e; border-left: 5px solid #1b4d3e; padding-left: 3mm; } .D { font-size: 12.5pt; }",
    "top-center": '"山东高速集团研究院　行业观察　2026年第12期"', "bottom-center": '"— " counter(page) " —"',
    "text": """
M 行业观察
I 2026年第12期
K 山东高速集团有限公司研究院　　　　2026年12月5日
E 编者按：本期关注高速公路服务区改造、新能源重卡补能网络和路衍经济三个方面的行业动向，供集团各单位参考。
H 多省推进高速公路服务区“提档升级”
P 今年以来，江苏、浙江、河南等省份相继启动高速公路服务区改造提升行动。江苏计划三年内完成120对服务区改造，重点增加充电车位、母婴设施和地方特色商业；浙江则在杭绍甬等繁忙路段试点“潮汐式”停车位，节假日将部分货车车位调整为小客车车位。
P 从经营模式看，多地开始引入专业商业运营商，采取“保底租金加营业额分成”的方式合作。河南某高速集团的服务区非油业务收入占比已由三年前的18%提高到31%。
D 点评：我省服务区数量多、车流结构以货车为主，改造不宜照搬东部省份的商业综合体模式，可优先补齐货车司机休息、淋浴和车辆检修等设施，再逐步发展特色商业。
H 新能源重卡补能网络建设提速
P 随着换电重卡在港口、矿区和干线物流中的应用增加，沿高速公路布局重卡换电站成为新的投资热点。内蒙古、河北、山西三省区今年新建高速沿线重卡换电站共计140余座，单站投资在800万元至1200万元之间。
P 调研了解到，当前换电站的主要难点在于电池标准不统一和车辆保有量不足，部分站点日均换电次数不到20次，远低于盈亏平衡所需的45次左右。
P 业内人士建议，高速公路经营企业可与物流企业、电池企业合资建站，锁定固定线路的车队客户，降低前期运营风险。
H 路衍经济成为高速集团新的增长点
P 多家省级交通投资集团将“路衍经济”列为“十五五”时期的重点业务，围绕高速公路沿线土地、光伏、广告和物流资源开展综合开发。其中，利用边坡、互通区和收费站屋顶建设分布式光伏的项目推进最快，广东、安徽等地已建成装机规模超过30万千瓦。
D 点评：集团在鲁南、鲁西地区拥有较多互通区闲置用地，可结合土地性质梳理一批光伏和仓储项目，争取纳入省级重点项目库。
F 报送：集团公司董事长、总经理，集团领导班子成员
F 抄送：集团各部室，各权属单位
F 执笔：路衍经济研究所　房晓宁　　　　（共印60份）
""",
})

DOCS.append({
    "set": "heldout54", "file": "p10_pdf_quyu_yanjiu_zhoubao.pdf",
    "css": "body { font-size: 10pt; line-height: 1.5; } .M { font-size: 22pt; color: #00418a; text-align: left; letter-spacing: 0; } .I, .K { text-align: left; } .S { background: #00418a; color: #fff; font-size: 11pt; } .H { font-size: 11pt; color: #00418a; margin: 3mm 0 1mm; } .P { text-indent: 0; } .F { font-size: 8pt; color: #555; }",
    "top-right": '"区域研究周报｜2026.12.04"', "bottom-center": '"请务必阅读正文之后的免责声明　" counter(page)',
    "text": """
M 区域经济与城投研究周报
I 2026年第45期（2026.11.28—2026.12.04）
K 东吴证券研究所　固定收益团队　分析师：谢宏远（执业证书编号：S0600526110001）
S 本周要点
P 本周各地新一轮化债举措继续落地，多个省份公布“十五五”重大项目储备情况，长三角、成渝地区的产业政策密集出台。城投债净融资继续为负，发行利率小幅下行。
S 区域动态
H ◆ 江苏发布省级重大项目增补名单
P 江苏省发展改革委11月28日公布年度省级重大项目增补名单，新增项目36个，总投资2140亿元，以集成电路、新型储能和跨江通道项目为主。
H ◆ 浙江扩大“专项债＋市场化融资”组合使用
P 浙江明确，符合条件的产业园区、保障性租赁住房项目可在专项债作资本金的基础上，搭配政策性银行中长期贷款，项目收益覆盖倍数要求不低于1.2倍。
H ◆ 四川公布成渝中线高铁沿线开发规划
P 四川省发布成渝中线高铁沿线站城一体化开发规划，确定简州、乐至、安岳等7个站点片区为首批开发单元，规划总面积约42平方公里。
H ◆ 重庆西部科学城新增两只产业基金
P 重庆高新区设立规模各为50亿元的智能网联汽车基金和生物医药基金，由区属国有平台出资20%，其余向社会资本募集。
H ◆ 安徽整合县域城投
P 安徽省财政厅要求，人口30万以下的县原则上只保留一家城投主体，其余平台通过合并、划转等方式整合，整合工作于明年6月底前完成。
H ◆ 江西发行首单科创类城投债
P 赣江新区一家城投公司11月26日发行3年期科创公司债券8亿元，票面利率2.38%，募集资金用于新区科创园区标准厂房建设。
S 城投债市场
H ◆ 城投债发行规模环比下降
P 本周全国共发行城投债248只，发行规模1620亿元，环比下降9.6%；净融资额为-312亿元，已连续七周为负。AA级主体发行占比降至21%。
H ◆ 二级市场收益率普遍下行
P 3年期AA+城投债收益率下行4个基点至2.21%，5年期AA城投债收益率下行6个基点至2.58%，区域利差整体收窄，贵州、云南两省利差收窄幅度最大。
F 风险提示：政策落地不及预期；区域经济下行超预期；数据统计口径存在差异。
F 免责声明：本报告仅供东吴证券股份有限公司客户参考，不构成任何投资建议。报告中的信息均来源于公开资料，本公司对这些信息的准确性和完整性不作任何保证。
""",
})

DOCS.append({
    "set": "heldout54", "file": "x01_pdf_notice_single.pdf",
    "css": "body { font-size: 15pt; line-height: 1.9; } .M { font-size: 26pt; letter-spacing: 0; } .H { font-size: 15pt; color: #000; margin: 3mm 0 1mm; text-indent: 2em; } .L { font-size: 19pt; }",
    "bottom-center": '"— " counter(page) " —"',
    "text": """
M 太原市工业和信息化局文件
I 并工信发〔2026〕87号
L 太原市工业和信息化局关于印发《太原市中小企业数字化转型城市试点工作方案》的通知
P 各区（县、市）工业和信息化主管部门，各有关单位：
P 现将《太原市中小企业数字化转型城市试点工作方案》印发给你们，请结合实际认真抓好落实。
R 太原市工业和信息化局
R 2026年11月24日
P （此件公开发布）
X
L 太原市中小企业数字化转型城市试点工作方案
P 为加快推动中小企业数字化转型，提升产业链供应链现代化水平，结合我市实际，制定本方案。
H 一、工作目标
P 到2027年底，推动全市1500家以上中小企业完成数字化改造，培育数字化转型服务商30家以上，打造“小快轻准”数字化产品和解决方案100个，形成一批可复制推广的细分行业转型样本。
H 二、重点任务
P （一）开展转型诊断。组织服务商对试点企业开展免费数字化水平评估，按照“一企一策”编制改造方案，明确改造内容、投资规模和预期效益。
P （二）聚焦重点行业。优先支持装备制造、特色食品、新材料和现代煤化工等行业中小企业开展研发设计、生产制造、仓储物流等关键环节的数字化改造。
P （三）培育服务生态。建立数字化转型服务商资源池，实行动态管理，对服务成效差、企业满意度低的服务商予以调出。
H 三、支持政策
P 对完成数字化改造并通过验收的试点企业，按改造投入的30%给予补助，单个企业最高补助60万元。对服务企业数量多、改造成效好的服务商，给予最高200万元奖励。
H 四、保障措施
P 各区（县、市）要建立工作专班，明确专人负责试点企业的组织动员和过程管理，每月5日前向市工信局报送工作进展。市工信局将会同市财政局对试点工作开展绩效评价。
F 太原市工业和信息化局办公室　　　　　　2026年11月24日印发
""",
})

DOCS.append({
    "set": "heldout54", "file": "x02_pdf_two_columns.pdf", "columns": True,
    "css": ".cols { columns: 2; column-gap: 8mm; } body { font-size: 11pt; } .H { font-size: 13pt; color: #600; } .M { font-size: 24pt; }",
    "top-center": '"营商环境简讯　第9期"', "bottom-center": '"- " counter(page) " -"',
    "text": """
M 营商环境简讯
I 第9期　　昆明市营商环境建设局　　2026年11月26日
H 昆明推行企业开办“一日办结”
P 昆明市将企业设立登记、公章刻制、发票申领、社保登记和银行预约开户等事项整合为“一件事”，申请材料由原来的22份压减至6份，企业开办全流程压缩到1个工作日内。
H 工程建设项目审批实行“清单制”
P 市住建局会同有关部门梳理工程建设项目审批事项清单，对社会投资低风险小型项目实行“一次申报、并联审批”，从立项到竣工验收全流程审批时间不超过20个工作日。
H 曲靖开展涉企收费专项检查
P 曲靖市市场监管局近日启动涉企收费专项检查，重点检查行业协会商会、水电气等公用事业单位和中介机构的收费行为，对发现的违规收费问题将督促限期退还。
H 玉溪设立“企业家接待日”
P 玉溪市从12月起每月第一个星期三设立“企业家接待日”，由市领导轮流接待企业家，现场协调解决企业反映的用地、融资和用工等问题。
H 大理州推行水电气网联合报装
P 大理州将供水、供电、供气和宽带接入报装事项纳入一个窗口联合受理，企业只需填写一张申请表，办理时间由原来的平均15个工作日缩短至5个工作日。
H 红河州跨境贸易便利化措施落地
P 河口口岸推行进出口货物“提前申报、抵港直装”模式，对东盟水果等鲜活农产品实行“绿色通道”，通关时间较去年压缩近四成。
F 编辑：市营商环境建设局综合处　　电话：0871-63120000
""",
})

DOCS.append({
    "set": "heldout54", "file": "x05_pdf_report_single.pdf",
    "css": "body { font-size: 14pt; line-height: 1.85; } .H { font-size: 15pt; color: #000; margin: 4mm 0 1mm; } .L { font-size: 19pt; }",
    "bottom-center": '"- " counter(page) " -"',
    "text": """
L 关于宿迁市农村电商发展情况的调研报告
K 江苏省商务厅电子商务处调研组　　　　2026年11月
P 今年10月至11月，调研组赴宿迁市沭阳、泗阳、泗洪三县和宿城、宿豫两区，走访电商企业、快递网点和村级服务站32家，召开座谈会5场，对宿迁农村电商发展情况进行了专题调研。现将有关情况报告如下。
H 一、基本情况
P 宿迁是全省农村电商起步较早的地区。截至10月底，全市农村网商达到18.6万家，今年前10个月农村网络零售额达到512亿元，同比增长11.4%。沭阳花木、泗洪螃蟹、宿豫家具等产业带在全国电商平台上已形成较高知名度。
P 从经营主体看，个体网店仍占绝大多数，年销售额超过1000万元的企业只有460余家，约占网商总数的0.25%。
H 二、主要做法
P （一）以产业带为依托。各县区围绕本地主导产品建设电商产业园，为网商提供仓储、摄影和代运营服务。沭阳县花木电商产业园入驻企业已超过600家。
P （二）以物流降本为抓手。全市建成县级快递分拨中心6个、村级寄递服务点1200余个，快递进村覆盖率达到100%，农产品快递单件平均价格下降至2.6元。
P （三）以直播电商为突破口。市里每年举办农产品直播大赛，培训农民主播2万余人次，一批“新农人”主播年销售额超过千万元。
H 三、存在的问题
P 一是产品同质化竞争严重，部分品类价格战激烈，网商利润率普遍下降。二是品牌建设滞后，多数网商缺乏自有品牌和质量标准。三是人才流失明显，有经验的运营人员向大城市集中。
H 四、几点建议
P 建议省级层面支持宿迁开展农村电商品牌培育试点，对区域公用品牌的标准制定和质量追溯给予资金支持；引导电商平台对苏北地区农产品给予流量倾斜；加大对县域电商人才的培训和住房保障支持力度。
""",
})

DOCS.append({
    "set": "heldout54", "file": "x06_pdf_source_lines.pdf",
    "css": "body { width: 120mm; margin: 0 auto; font-size: 11.5pt; } .H { text-align: center; font-size: 14pt; color: #064; margin-bottom: 0; }",
    "top-center": '"生态环境信息"', "bottom-center": '"第 " counter(page) " 页　共 " counter(pages) " 页"',
    "text": """
M 生态环境信息
I 2026年第40期　　福建省生态环境厅办公室　　2026年12月4日
H 九龙江流域生态补偿资金下达
G 来源：闽南环境报　　发布时间：2026-11-28
P 省财政厅、省生态环境厅近日下达九龙江流域上下游横向生态补偿资金2.4亿元，重点支持龙岩、漳州两市开展畜禽养殖污染治理和农村生活污水提升。今年九龙江流域国控断面水质优良比例保持100%。
-
H 三明碳汇交易
G 来源：三明日报　　发布时间：2026-11-30
P 三明市林业碳汇交易平台本月完成一批林业碳票交易，成交碳汇量8.6万吨，成交金额约430万元，交易收益按约定返还给参与项目的村集体和林农。
-
H 宁德海上养殖综合整治成效评估启动
P 省生态环境厅组织专家对宁德三都澳海上养殖综合整治开展成效评估。整治以来，三都澳海域的白色泡沫浮球已全部更换为环保型浮球，近岸海域水质优良比例提高到八成以上。
-
H 泉州出台挥发性有机物治理方案
G 发布时间：2026-12-02
P 泉州市印发石化、制鞋和印刷行业挥发性有机物深度治理方案，要求重点企业在明年6月底前完成治理设施升级改造，对按期完成的企业在环保绩效分级中予以优先考虑。
-
H 莆田木兰溪治理入选美丽河湖案例
G 来源：生态环境部网站　　发布时间：2026-12-03
P 莆田市木兰溪综合治理项目入选全国美丽河湖优秀案例。木兰溪沿线已建成生态岸线38公里、湿地公园5处，两岸群众的亲水空间明显增加。
F 编辑：厅办公室信息科　　电话：0591-83570000
""",
})


if __name__ == "__main__":
    for path in write_all():
        print(path.relative_to(HERE))
