"""Write the DOCX files of the segmentation gold sets from the texts below (hand-written, see README.md).

Run from anywhere: ``python tests/gold/segmentation/make_docx.py``. The .docx files are committed; this
script is how they were made. Output is byte-stable: fixed core properties and fixed zip timestamps.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt

__all__ = ["DOCS", "write_all"]

HERE = Path(__file__).parent

# Each document: (set folder, file name, headline style, front matter, items, closing lines).
# Headline style "heading" puts a headline in a "Heading 2" paragraph; "bold" puts it as a bold run alone
# in a Normal paragraph; "bold-inline" starts a Normal paragraph with a bold run followed by the body.
# Front matter and closing lines are Normal paragraphs; a front line starting with "#" is a Title.
# An item whose headline starts with "§" is a section heading (Heading 1, the rest of the text), not an article.
Item = tuple[str, list[str]]
DOCS: list[tuple[str, str, str, list[str], list[Item], list[str]]] = [
    (
        "dev", "d12_docx_heading.docx", "heading",
        ["#产业发展参考", "2024年第15期　　某某研究院产业研究所　　2024年7月10日"],
        [
            ("江苏发布新型储能产业高质量发展行动方案", [
                "江苏省工业和信息化厅、省发展和改革委员会日前联合印发《江苏省新型储能产业高质量发展行动方案》，提出到2027年全省新型储能产业营业收入突破5000亿元。",
                "方案提出，支持常州、无锡、南通等地建设新型储能产业集聚区，推动锂离子电池、钠离子电池、液流电池等多技术路线协同发展。对新建的百兆瓦级示范项目，省级财政给予一次性奖励。",
            ]),
            ("常州动力电池产业链产值超过2000亿元", [
                "常州市工业和信息化局7月5日发布，2023年常州新能源产业产值达到7000亿元，其中动力电池产业链产值超过2000亿元，集聚动力电池及上下游企业近300家。",
            ]),
            ("重庆推进成渝地区双城经济圈汽车产业协同", [
                "重庆市经济和信息化委员会与四川省经济和信息化厅近日签署汽车产业协同发展合作协议，双方将共建汽车零部件供应链配套体系，力争到2025年成渝地区汽车产量达到400万辆。",
                "协议明确，两地将联合开展智能网联汽车测试互认，推动检测结果互通互认，降低企业重复测试成本。",
                "“成渝两地汽车产业互补性强，协同发展空间很大。”重庆市经信委有关负责人说。",
            ]),
            ("太原加快布局第三代半导体产业", [
                "太原市人民政府近日印发《太原市第三代半导体产业发展规划》，提出依托山西综改示范区建设碳化硅衬底、外延和器件生产基地，到2026年产业规模达到100亿元。",
            ]),
        ],
        ["（责任编辑：孙丽）", "报：省委办公厅、省政府办公厅", "送：各市发展改革委"],
    ),
    (
        "dev", "d13_docx_bold.docx", "bold",
        ["#园区招商情况通报", "第22期"],
        [
            ("北京经开区新引进机器人项目12个", [
                "北京经济技术开发区管委会8月2日通报，今年以来经开区新引进机器人及智能制造项目12个，总投资约86亿元，其中人形机器人整机项目3个。",
                "经开区表示，将在亦庄新城布局机器人产业园，为入园企业提供不少于10万平方米的标准厂房。",
            ]),
            ("宁德锂电新能源产业集群持续扩容", [
                "宁德市工业和信息化局介绍，今年上半年宁德锂电新能源产业实现产值1400亿元，同比增长11.3%。宁德正推动锂电材料、电池回收等环节项目落地，完善产业链条。",
            ]),
            ("贵安新区数据中心集群机架规模突破15万架", [
                "贵州贵安新区管委会日前披露，贵安数据中心集群已投运及在建重点数据中心14个，标准机架规模突破15万架。",
                "贵安新区提出，到2025年建成全国领先的智能算力基地，智能算力规模达到10EFLOPS以上。",
            ]),
        ],
        ["审核：陈刚　　校对：吴敏"],
    ),
    (
        "heldout", "h40_docx_heading.docx", "heading",
        ["#海峡西岸产业动态", "2024年第9期（总第96期）", "某某省社会科学院经济研究所编　　2024年9月20日"],
        [
            ("福州新区推进临空经济示范区建设", [
                "福州新区管委会近日介绍，福州临空经济示范区已引进航空物流、跨境电商和飞机维修项目26个，总投资约180亿元。",
                "示范区提出，到2025年临空经济规模突破1000亿元，福州长乐国际机场货邮吞吐量达到30万吨。示范区将建设航空物流园和综合保税区二期，完善冷链物流设施。",
            ]),
            ("厦门火炬高新区新型显示产业营收增长12%", [
                "厦门火炬高新区管委会发布，今年1—8月高新区新型显示产业实现营业收入1050亿元，同比增长12.1%，产业链已覆盖玻璃基板、面板、模组和终端。",
            ]),
            ("泉州晋江发布集成电路产业扶持政策", [
                "晋江市人民政府日前印发《晋江市集成电路产业发展扶持办法》，对在晋江集成电路产业园新建生产线的企业，按照设备投资额的12%给予补助，单个项目最高1亿元。",
                "办法还提出，对集成电路设计企业首次流片的费用，给予最高300万元补助。",
                "晋江集成电路产业园已集聚存储器、化合物半导体和封装测试企业50余家。",
            ]),
            ("漳州古雷石化基地炼化一体化项目进展顺利", [
                "漳州市发展和改革委员会介绍，古雷石化基地炼化一体化二期项目已完成投资约300亿元，预计明年建成投产。项目投产后，古雷石化基地将形成年产乙烯230万吨的能力。",
            ]),
            ("莆田打造鞋服产业数字化供应链平台", [
                "莆田市工业和信息化局近日介绍，莆田鞋服产业数字化供应链平台已上线运行，接入鞋服企业800余家，为企业提供在线订单、共享设计和集中采购服务。",
                "“平台让小企业也能用上大企业的供应链。”莆田市工信局负责人说。",
            ]),
        ],
        ["（编辑：林峰　　校对：许静）", "本刊地址：某某市某某路某号　　电话：0000-0000000"],
    ),
    (
        "heldout", "h41_docx_bold.docx", "bold",
        ["#高新区工作简报", "第15期", "高新区管委会办公室　　2024年11月25日"],
        [
            ("高新区召开2024年度科技创新大会", [
                "11月22日，高新区召开2024年度科技创新大会，表彰高新技术企业、科技型中小企业和科技创新平台共120家，发放科技创新奖励资金1.2亿元。",
                "会议提出，高新区将实施科技企业“倍增计划”，到2026年高新技术企业数量突破2000家，全社会研发投入强度达到6%。",
            ]),
            ("生物医药产业园新引进项目8个", [
                "高新区生物医药产业园11月新引进创新药、医疗器械和合同研发生产服务项目8个，总投资约23亿元。",
            ]),
            ("高新区开展重点企业用工服务专项行动", [
                "为保障重点企业年底生产用工需求，高新区人力资源和社会保障局近日开展用工服务专项行动，组织专场招聘会6场，帮助企业招聘员工1500余人。",
                "高新区人社局有关负责人表示，下一步将与职业院校合作开展订单式培养，缓解企业技能人才短缺问题。",
            ]),
        ],
        ["报：市委、市政府领导", "送：市发展改革委、市科技局、市工业和信息化局", "发：高新区各部门、各园区"],
    ),
    (
        "heldout", "h42_docx_bold_inline.docx", "bold-inline",
        ["#外资外贸信息摘报", "2024年第22期"],
        [
            ("苏州外资研发中心数量突破600家。", [
                "苏州市商务局近日发布，苏州已累计认定外资研发中心600余家，其中省级外资研发中心超过200家，主要集中在生物医药、电子信息和高端装备领域。",
                "苏州将对新认定的外资研发中心给予最高500万元奖励。",
            ]),
            ("天津自贸试验区跨境融资规模增长。", [
                "天津自贸试验区管委会介绍，今年前三季度自贸试验区内企业办理跨境融资业务金额同比增长18%，融资租赁飞机累计超过2000架。",
            ]),
            ("大连保税区进口冷链食品交易中心启用。", [
                "大连保税区管委会日前介绍，大连进口冷链食品交易中心已正式启用，年交易能力约100万吨，将带动冷链物流、食品加工等产业发展。",
                "大连保税区表示，将争取更多进口冷链食品指定监管场地资质。",
            ]),
            ("青岛上合示范区对上合组织国家贸易额增长。", [
                "中国—上海合作组织地方经贸合作示范区管委会发布，今年前三季度示范区对上合组织国家贸易额达到58亿元，同比增长22%。",
            ]),
        ],
        [],
    ),
    (
        "heldout", "h43_docx_single_policy.docx", "heading",
        ["#某某县人民政府关于促进县域特色产业集群发展的实施意见", "某政发〔2024〕8号", "各乡镇人民政府，县直各单位：",
         "为加快培育县域特色产业集群，增强县域经济发展内生动力，结合我县实际，提出如下实施意见。"],
        [
            ("一、总体目标", [
                "到2027年，全县培育形成食品加工、纺织服装、新型建材三个百亿级特色产业集群，特色产业集群营业收入占全县规模以上工业营业收入的比重达到70%以上，新增规模以上工业企业50家。",
            ]),
            ("二、重点任务", [
                "（一）壮大龙头企业。实施龙头企业培育计划，每个产业集群确定3至5家龙头企业，实行“一企一策”跟踪服务，支持龙头企业通过兼并重组、技术改造做大做强。",
                "（二）完善配套体系。围绕龙头企业开展延链补链招商，引进一批配套企业，提高本地配套率。支持建设产业集群公共服务平台，为中小企业提供检验检测、研发设计和人才培训服务。",
                "（三）推动数字化转型。支持集群企业实施智能化改造和数字化转型，每年推动30家以上企业完成数字化改造，培育县级以上智能工厂和数字化车间10个。",
            ]),
            ("三、政策措施", [
                "（一）县财政每年安排特色产业集群发展专项资金3000万元，用于支持集群企业技术改造、公共服务平台建设和品牌培育。",
                "（二）对年营业收入首次突破5亿元、10亿元的企业，分别给予50万元、100万元奖励。",
                "（三）优先保障特色产业集群项目用地，对符合条件的项目实行“标准地”出让。",
            ]),
            ("四、保障措施", [
                "成立县特色产业集群发展工作领导小组，由县政府主要负责同志任组长，建立产业集群“链长制”，每个集群由一名县领导担任链长。各有关部门要按照职责分工抓好落实，县政府督查室定期开展督查。",
                "本实施意见自印发之日起施行。",
            ]),
        ],
        ["某某县人民政府", "2024年5月10日"],
    ),
    (
        "heldout", "h54_docx_sections.docx", "heading",
        ["#开发区建设情况通报", "2024年第4期", "本期目录：国家级开发区动态；省级开发区动态"],
        [
            ("§国家级开发区动态", []),
            ("武汉经开区智能网联汽车产业园开园", [
                "来源：江城日报　2024-04-08",
                "武汉经济技术开发区智能网联汽车产业园4月7日开园，首批入驻企业28家，涵盖自动驾驶系统、车载芯片和高精度地图等领域。",
                "产业园规划面积约3平方公里，将建设智能网联汽车测试场和数据中心。",
            ]),
            ("昆山开发区光电产业营收增长15%", [
                "来源：玉峰晨报　2024-04-09",
                "昆山经济技术开发区管委会介绍，今年一季度开发区光电产业实现营业收入约320亿元，同比增长15.4%。",
            ]),
            ("§省级开发区动态", []),
            ("安徽宁国经开区汽车零部件产业集群入选省级重点集群", [
                "来源：宣城快报　2024-04-10",
                "宁国经济开发区汽车零部件产业集群近日入选安徽省县域特色产业集群名单。集群现有规模以上企业150余家，主要生产橡胶密封件、减震器和汽车电子产品，2023年产值约280亿元。",
                "宁国市表示，将推动集群企业向新能源汽车热管理系统和轻量化零部件方向转型。",
            ]),
        ],
        ["（通报完）"],
    ),
    (
        "dev2", "e04_docx_bold_period.docx", "bold-inline",
        ["#县域经济简报", "2024年第6期"],
        [
            ("常州新能源产业产值突破7000亿元。", [
                "常州市工业和信息化局7月8日发布，2023年常州新能源产业实现产值7280亿元，同比增长16%，动力电池、光伏和储能三大领域均有千亿级企业落地。",
                "常州提出，到2025年新能源产业产值力争突破万亿元。",
            ]),
            ("昆山电子信息产业加快向高端延伸。", [
                "昆山市商务局介绍，今年以来昆山电子信息产业新引进项目45个，其中半导体、新型显示项目占比超过一半。",
            ]),
            ("江阴高端纺织产业集群入选省级先进制造业集群。", [
                "江苏省工业和信息化厅日前公布第二批省级先进制造业集群名单，江阴高端纺织产业集群入选，集群规上企业营业收入超过1200亿元。",
            ]),
        ],
        ["（编辑：蒋红）"],
    ),
    (
        "dev2", "e25_docx_red_header.docx", "bold",
        ["#某某省工业和信息化厅文件", "某工信发〔2024〕15号",
         "某某省工业和信息化厅关于开展2024年度智能工厂遴选工作的通知", "各设区市工业和信息化局：",
         "为深入推进制造业智能化改造和数字化转型，经研究，决定开展2024年度省级智能工厂遴选工作。现将有关事项通知如下。"],
        [
            ("一、遴选范围", [
                "在本省依法注册、具有独立法人资格的工业企业，生产经营和财务状况良好，近三年未发生重大安全、环保和质量事故。",
            ]),
            ("二、遴选条件", [
                "申报企业应已建成覆盖研发设计、生产制造、仓储物流等主要环节的数字化系统，关键工序数控化率达到70%以上。",
                "申报企业应具备较好的网络安全和数据安全保障能力。",
            ]),
            ("三、申报程序", [
                "企业通过省工业和信息化厅网上申报系统填报材料，各设区市工业和信息化局审核后于7月31日前推荐上报。",
            ]),
        ],
        ["某某省工业和信息化厅", "2024年6月20日"],
    ),
    (
        "dev2", "e26_docx_heading_byline.docx", "heading",
        ["#能源产业动态", "2024年第11期"],
        [
            ("鄂尔多斯推进煤化工产业高端化发展", [
                "来源：草原经济报　2024-06-03",
                "鄂尔多斯市能源局近日介绍，鄂尔多斯正推进现代煤化工项目向高端化学品延伸，今年计划开工煤制烯烃、煤制芳烃等项目6个，总投资约800亿元。",
            ]),
            ("包头稀土永磁材料产能突破10万吨", [
                "作者：白云飞",
                "包头市工业和信息化局6月4日发布，包头稀土永磁材料产能已突破10万吨，稀土功能材料企业达到120家。",
            ]),
            ("乌海氢能重卡示范运营车辆超过500辆", [
                "来源：黄河商报　2024-06-05",
                "乌海市发展和改革委员会介绍，乌海氢能重卡示范运营车辆已超过500辆，加氢站建成8座。",
                "乌海将继续推动焦炉煤气制氢项目建设。",
            ]),
        ],
        ["（责任编辑：乌兰）"],
    ),
]


def _fixed_zip(raw: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps so the same text gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def _document(style: str, front: list[str], items: list[Item], closing: list[str]) -> bytes:
    doc = Document()
    props = doc.core_properties
    props.author = "kg"
    props.created = props.modified = datetime(2024, 1, 1)
    props.last_modified_by = "kg"
    props.revision = 1
    for line in front:
        if line.startswith("#"):
            doc.add_paragraph(line[1:], style="Title")
        else:
            doc.add_paragraph(line)
    for headline, paragraphs in items:
        if headline.startswith("§"):
            doc.add_paragraph(headline[1:], style="Heading 1")
        elif style == "heading":
            doc.add_paragraph(headline, style="Heading 2")
        elif style == "bold":
            run = doc.add_paragraph().add_run(headline)
            run.bold = True
            run.font.size = Pt(14)
        elif style == "bold-inline":
            first = doc.add_paragraph()
            first.add_run(headline).bold = True
            first.add_run(paragraphs[0])
            paragraphs = paragraphs[1:]
        else:
            raise ValueError(f"unknown headline style {style!r}: expected heading, bold or bold-inline")
        for text in paragraphs:
            doc.add_paragraph(text)
    for line in closing:
        doc.add_paragraph(line)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip(buffer.getvalue())


def write_all(root: Path = HERE) -> list[Path]:
    """Write every document in DOCS into its set folder under root (this folder by default); return the paths."""
    written = []
    for folder, name, style, front, items, closing in DOCS:
        path = root / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_document(style, front, items, closing))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path.relative_to(HERE))
