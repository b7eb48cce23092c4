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
        if style == "heading":
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


def write_all() -> list[Path]:
    """Write every document in DOCS into its set folder; return the paths written."""
    written = []
    for folder, name, style, front, items, closing in DOCS:
        path = HERE / folder / name
        path.write_bytes(_document(style, front, items, closing))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path.relative_to(HERE))
