"""Frozen records passed between the stages of the pipeline.

Every piece of text a record holds remembers where it came from: offsets are
character offsets into :attr:`Source.text` (the decoded text of a ``.txt`` or
``.md`` file, or the text extracted from a ``.pdf`` / ``.docx``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import TypeVar, dataclass_transform

from kg.confidence import confidence

__all__ = [
    "record",
    "Run",
    "to_source",
    "Source",
    "Line",
    "Mark",
    "LINE_KINDS",
    "Paragraph",
    "Newsletter",
    "Article",
    "Furniture",
    "Document",
    "Reading",
    "Mention",
    "Quantity",
    "Evidence",
    "Fact",
    "RELATIONS",
    "FURNITURE_KINDS",
    "ENTITY_TYPES",
]

_T = TypeVar("_T")


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[_T]) -> type[_T]:
    """``@dataclass(frozen=True)`` with an ``__init__`` that stores the fields in one step.

    The ``__init__`` dataclasses writes for a frozen class stores each field through
    ``object.__setattr__`` (plain assignment raises), three times the cost of a plain class's;
    the extraction builds a Mention, an Evidence and a Fact for every mention it finds, and
    that alone was 3 % of its instructions. This one takes the same arguments with the same
    defaults; equality, hash, repr and immutability are dataclasses' own.
    """
    cls = dataclass(frozen=True)(cls)
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"record {cls.__name__}: __post_init__ needs dataclasses' own __init__")
    names, defaults, params = [], {}, []
    for f in fields(cls):
        if not f.init or f.default_factory is not MISSING:
            raise TypeError(f"record {cls.__name__}: field {f.name} needs dataclasses' own __init__")
        names.append(f.name)
        if f.default is MISSING:
            params.append(f.name)
        else:
            defaults[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    code = f"def __init__(self, {', '.join(params)}):\n    self.__dict__.update({', '.join(f'{n}={n}' for n in names)})\n"
    exec(code, defaults)  # as dataclasses writes its own
    init = defaults["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


#: The relations between entities (DESIGN.md §4).
RELATIONS = (
    "backs", "sets_target", "issues", "targets", "applies_to", "invests_in", "located_in",
    "established_by", "jurisdiction", "part_of", "cooperates_with", "mentions",
)

#: The types of entity mentions the linker tags.
ENTITY_TYPES = ("province", "city", "district", "zone", "macro_region", "agency", "fund", "industry", "policy")

#: ``(text_offset, source_offset, length)``: ``length`` characters of cleaned
#: text starting at ``text_offset`` come from the source starting at ``source_offset``.
Run = tuple[int, int, int]

#: What a span of a newsletter that is not article text can be.
FURNITURE_KINDS = (
    "masthead",  # title page: name, issue, editors, phone numbers
    "toc",  # table of contents
    "section_heading",  # 【上海】 … heading a group of articles
    "page_header",  # running header of a PDF page
    "page_footer",  # page number
    "qr_blurb",  # 扫描二维码 …
    "distribution",  # 报：… 送：… distribution list
    "back_cover",  # slogans and names on the last page
    "markup",  # a line of nothing but formatting ("**", "<p></p>")
    "navigation",  # a web page's menus, breadcrumbs, share buttons, header and footer
    "mail_header",  # an e-mail's header block (发件人/主题, From/Subject) and the -----原始邮件----- line over a quoted message
)

#: What a reader can tell of a line from the file's markup (``Line.kind``): a heading
#: of level 1-6 (Markdown ``#``, HTML ``h1``, a DOCX heading style), a paragraph in
#: bold only, a list item, a web page's ``<title>`` or date from its ``<meta>``.
LINE_KINDS = ("", "h1", "h2", "h3", "h4", "h5", "h6", "bold", "item", "page_title", "page_date")


@record
class Mark:
    """What a file's markup says of the stretch ``start:end`` of its text: a
    :data:`LINE_KINDS` kind, or ``"navigation"`` for page furniture."""

    start: int
    end: int
    kind: str


@record
class Source:
    """One input file, decoded."""

    path: Path
    text: str
    format: str  # txt | md | pdf | docx | html
    encoding: str | None  # the detected encoding of a text file
    sha256: str  # of the file's bytes
    problems: tuple[str, ...] = ()  # what was wrong with it but did not stop it being read (bytes replaced …)
    marks: tuple[Mark, ...] = field(default=(), repr=False)  # structure the file's markup gave

    @property
    def name(self) -> str:
        return self.path.name


_INF = float("inf")


def to_source(runs: tuple[Run, ...], i: int) -> int:
    """Map offset ``i`` of a cleaned text to its offset in the source."""
    if not runs:
        raise IndexError("empty text has no offsets")
    k = bisect_right(runs, (i, _INF, 0)) - 1
    text_start, src_start, length = runs[max(k, 0)]
    if k < 0 or i >= text_start + length:
        # Between two runs (a joined line break): report the end of the run before.
        if k < 0:
            return runs[0][1]
        return src_start + length
    return src_start + (i - text_start)


@record
class Line:
    """One non-blank line of a source after cleaning (normalised, stripped).

    ``span`` is the stretch of the source the line stands for, markup that
    cleaning dropped (``**``, ``<p>``) included; ``runs`` map each cleaned
    character back to the source.
    """

    text: str
    runs: tuple[Run, ...]
    span: tuple[int, int]
    cut: bool = False  # a page header glued into the source line ended it here
    kind: str = ""  # what the markup says the line is (LINE_KINDS)
    rejoined: bool = False  # a headline a printed page wrapped, rejoined from its two lines (no line of prose at the page's width)

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

    def source_offset(self, i: int) -> int:
        return to_source(self.runs, i)


@record
class Paragraph:
    """Cleaned text of one paragraph (broken lines rejoined) with its source map."""

    text: str
    runs: tuple[Run, ...]
    kind: str = "text"  # text | heading | table_row

    @property
    def start(self) -> int:
        return self.runs[0][1]

    @property
    def end(self) -> int:
        text_start, src_start, length = self.runs[-1]
        return src_start + length

    def source_offset(self, i: int) -> int:
        """Offset in the source file of character ``i`` of :attr:`text`."""
        return to_source(self.runs, i)


@record
class Newsletter:
    """What a newsletter says about itself on its masthead or page headers."""

    name: str | None = None
    publisher: str | None = None
    year: int | None = None
    issue: int | None = None
    issue_total: int | None = None
    issue_date: str | None = None  # ISO date

    def label(self) -> str:
        """How a reader names it: ``双周决策观察 2023年第22期``, ``信息摘编 (天津港保税区文教局) 2023年第9期``; what is known of it."""
        name = self.name or "?"
        if self.publisher:
            name += f" ({self.publisher})"
        if self.issue:
            name += f" {self.year}年第{self.issue}期" if self.year else f" 第{self.issue}期"
        elif self.issue_date:
            name += f" {self.issue_date}"
        return name


@record
class Furniture:
    """A span of a source that is not article text, and what it is."""

    kind: str
    start: int
    end: int


@record
class Article:
    """One article of a newsletter."""

    id: str
    source: str  # file name
    index: int  # position in the file, from 0
    newsletter: Newsletter
    section: str | None
    title: str
    paragraphs: tuple[Paragraph, ...]
    outlet: str | None = None
    date: str | None = None  # ISO publication date
    sources: tuple[tuple[str | None, str | None], ...] = ()  # every (outlet, date) printed
    url: str | None = None
    attachments: tuple[str, ...] = ()  # 附：《…》
    spans: tuple[tuple[int, int], ...] = field(default=(), repr=False)  # every source span owned
    title_runs: tuple[Run, ...] = field(default=(), repr=False)  # source map of the title (empty if derived)
    # The document's own lines that segmentation sets aside as metadata or back matter (a byline, 文号,
    # 抄送 list, signature block): furniture to segmentation, so neither in ``paragraphs`` nor in
    # ``text``, but entities named in them are the article's (the linker tags them; relation rules
    # do not read them). Kind ``margin``, or ``credit`` for a credit line (来源：某某厅网站), of which the
    # linker keeps only a body's name (who published the text); offsets into the source, in source order.
    margins: tuple[Paragraph, ...] = field(default=(), repr=False)

    @property
    def start(self) -> int:
        return min(s for s, _ in self.spans)

    @property
    def end(self) -> int:
        return max(e for _, e in self.spans)

    @property
    def text(self) -> str:
        """Title and body as plain text, one paragraph a line."""
        return "\n".join([self.title, *(p.text for p in self.paragraphs)])


@record
class Reading:
    """One way the segmenter considered reading a file, with its score and the evidence for it."""

    layout: str
    score: float
    articles: int
    reasons: tuple[str, ...]


@record
class Document:
    """A whole source file, segmented."""

    source: Source
    layout: str  # sections | digest | headlines | run-in | document | plain
    newsletter: Newsletter
    articles: tuple[Article, ...]
    furniture: tuple[Furniture, ...]
    readings: tuple[Reading, ...] = field(default=(), repr=False)  # every layout read, the chosen first (kg.segment.segment)


@record
class Mention:
    """A span of article text linked to one entity of the knowledge base."""

    text: str
    start: int  # offsets into the source file
    end: int
    type: str  # one of ENTITY_TYPES
    id: str
    name: str
    adcode: str | None = None
    rule: str = ""  # which rule chose the entity
    score: float = 1.0
    quantity: str | None = None  # a fund's size as written near it ("20亿元", "1000 亿元")
    #: the unit a region's name meant on the text's date when that is a former one (襄樊 in 2005:
    #: 420600 襄樊市; 莱芜 in 2017: 371200 莱芜市), while ``id`` is its current successor (420600
    #: 襄阳市; 370116 莱芜区), under which it is counted
    historical_adcode: str | None = None
    historical_name: str | None = None


@record
class Quantity:
    """A quantified target: 到 2025 年 … 产业规模达到 5000 亿元.

    A range (培育 1-2 家) is ``amount`` (its lower end) to ``amount_max``; a single figure has
    ``amount_max`` None.
    """

    amount: float
    unit: str
    year: int | None
    text: str  # as written
    amount_max: float | None = None


@record
class Evidence:
    """Where a fact was read, and how."""

    article: str  # article id ("" for facts from the knowledge base)
    source: str  # file name, or the knowledge-base table
    sentence: str
    start: int  # offsets of the sentence in the source file
    end: int
    date: str | None
    outlet: str | None
    rule: str
    method: str  # rule | knowledge_base | linker (mentions)


@record
class Fact:
    subject: str
    relation: str
    object: str
    evidence: Evidence
    quantity: Quantity | None = None

    @property
    def confidence(self) -> float:
        """The measured precision of the rule that found it (see :mod:`kg.confidence`)."""
        return confidence(self.evidence.rule, self.evidence.method)
