"""Files → cleaned lines with source offsets.

Reading: ``.txt`` / ``.md`` / ``.html`` (encoding detected), ``.pdf`` and ``.docx``
all end as a :class:`~kg.types.Source` whose ``text`` every later offset refers
to, with the marks its markup gave (headings, bold, list items, page furniture;
:mod:`kg.readers` reads each format).

Cleaning (:func:`clean_lines`): full-width letters and digits become ASCII,
``**bold**`` markers and stray HTML tags go, runs of spaces fold to one, and
PDF page headers and footers are taken out as :class:`~kg.types.Furniture`,
also where one was glued into a line of text; a line carries its mark's kind
(Markdown's ``#`` go like ``**``). :func:`join_lines` rejoins lines
that a PDF broke in the middle of a sentence.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from kg import readers
from kg.errors import InputError
from kg.lines import continues, ends_sentence
from kg.types import Furniture, Line, Mark, Paragraph, Run, Source

__all__ = [
    "SUPPORTED_SUFFIXES",
    "discover",
    "read_source",
    "source_from_bytes",
    "read_sources",
    "decode_bytes",
    "decode_text",
    "clean_lines",
    "join_lines",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")

# ---------------------------------------------------------------- reading


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders into the files ``kg`` reads, in a stable order.

    Folders are walked recursively (hidden entries skipped). A file with an
    unsupported suffix inside a folder is reported, not silently skipped; so is an
    entry that is no file nor folder (a pipe, a link to nothing), as on the command line.
    """
    files: list[Path] = []
    errors: list[InputError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or child.is_dir():
                    continue
                if not child.is_file():
                    errors.append(InputError(child, _not_regular(child)))
                    continue
                if child.name.lower() == "readme.md":
                    continue  # a folder's own description, not a newsletter
                if child.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(child)
                else:
                    errors.append(InputError(child, _unsupported(child)))
        elif path.is_file():
            files.append(path)
        else:
            errors.append(InputError(path, _not_regular(path)))
    return files, errors


def _not_regular(path: Path) -> str:
    """Why ``path``, no file nor folder, is not read: a device, pipe or socket, a link to nothing, or nothing."""
    if path.exists():
        return "not a regular file or folder (a device, a pipe or a socket)"
    if path.is_symlink():
        return "a symbolic link to nothing (its target is missing, or links back to itself)"
    return "no such file or folder"


def _unsupported(path: Path) -> str:
    suffix = path.suffix or "(no suffix)"
    return f"unsupported file type {suffix}; kg reads {', '.join(SUPPORTED_SUFFIXES)}"


def read_sources(paths: Iterable[str | Path]) -> tuple[list[Source], list[InputError]]:
    """Read every file under ``paths``; a bad file is reported, never fatal."""
    files, errors = discover(paths)
    sources: list[Source] = []
    for path in files:
        try:
            sources.append(read_source(path))
        except InputError as exc:
            errors.append(exc)
    return sources, errors


def read_source(path: str | Path, *, strict_encoding: bool = False) -> Source:
    """Read one file into a :class:`Source`; raises :class:`InputError` saying why not.

    ``strict_encoding``: see :func:`decode_text`.
    """
    path = Path(path)
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise InputError(path, _unsupported(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    return source_from_bytes(path, data, strict_encoding=strict_encoding)


def source_from_bytes(path: str | Path, data: bytes, *, strict_encoding: bool = False) -> Source:
    """A :class:`Source` from a file's bytes (read elsewhere: another machine of a cluster).

    What was wrong but did not stop the reading (invalid bytes replaced) is in ``Source.problems``.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(path, _unsupported(path))
    if not data.strip():
        raise InputError(path, "empty file")
    digest = hashlib.sha256(data).hexdigest()
    encoding: str | None = None
    problems: tuple[str, ...] = ()
    marks: tuple[Mark, ...] = ()
    if suffix == ".pdf":
        text = readers.extract_pdf(path, data)
    elif suffix == ".docx":
        text, marks = readers.extract_docx(path, data)
    else:
        text, encoding, problems = decode_text(data, path, strict=strict_encoding)
        if suffix in (".html", ".htm"):
            text, marks = readers.extract_html(path, text)
        else:
            marks = readers.markdown_marks(text) if suffix == ".md" else readers.text_marks(text)
    if not text.strip():
        raise InputError(path, "no text found in the file")
    return Source(path=path, text=text, format="html" if suffix == ".htm" else suffix[1:], encoding=encoding, sha256=digest, problems=problems, marks=marks)


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_STRAY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # (the same but U+FFFD, which marks invalid bytes)
# Characters a newsletter is made of: ASCII, Latin letters, CJK ideographs and
# punctuation, full-width forms (not half-width katakana), general punctuation.
_PLAUSIBLE = re.compile(r"[\t\n\x20-\x7e\u00a0-\u024f\u2000-\u206f\u2100-\u27bf\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff60\U00020000-\U0002ffff]")


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode a text file: BOM, then strict UTF-8, then charset-normalizer's guess.

    Returns ``(text, encoding)`` with line endings unified to ``\\n``; raises
    :class:`InputError` for binary or undecodable data. A few invalid bytes in a UTF-8
    file are replaced (see :func:`decode_text`, which also says where).
    """
    text, encoding, _ = decode_text(data, path)
    return text, encoding


#: At most this many invalid sequences per 1,000 bytes (and at least a few in any file) are
#: replaced in a file that is otherwise UTF-8; more, and it is some other encoding.
_BAD_UTF8_PER_1000 = 1
_BAD_UTF8_FLOOR = 8
_SHOWN_PLACES = 5  # invalid sequences named by line:column in the message


def decode_text(data: bytes, path: str | Path = "<bytes>", *, strict: bool = False) -> tuple[str, str, tuple[str, ...]]:
    """Like :func:`decode_bytes`, and says what was wrong: ``(text, encoding, problems)``.

    A file that is UTF-8 but for a few invalid byte sequences (a damaged download, a
    truncated copy) is not thrown away: each sequence becomes U+FFFD and ``problems``
    names them by line:column. With ``strict`` such a file is refused instead
    (:class:`InputError` naming the first place).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return (*_finish(data.decode(encoding), encoding, path), ())
            except UnicodeDecodeError as exc:
                raise InputError(path, f"starts with a {encoding} byte-order mark but does not decode: {exc.reason}") from exc
    try:
        return (*_finish(data.decode("utf-8"), "utf-8", path), ())
    except UnicodeDecodeError:
        pass
    damaged = _mostly_utf8(data)
    if damaged is not None:
        text, places = damaged
        where = ", ".join(places[:_SHOWN_PLACES]) + (f" and {len(places) - _SHOWN_PLACES} more" if len(places) > _SHOWN_PLACES else "")
        if strict:
            raise InputError(path, f"invalid UTF-8 at line:column {where} (--strict-encoding refuses it; without it they are replaced)")
        problem = f"{len(places)} invalid UTF-8 byte sequence{'s' if len(places) > 1 else ''} replaced with U+FFFD at line:column {where}"
        return (*_finish(text, "utf-8", path, len(places)), (problem,))
    import charset_normalizer

    # The default threshold rejects some perfectly good GB18030 newsletters
    # (measured: 0.207 "chaos" on one bundled file re-encoded), so allow more
    # and judge the result ourselves below.
    best = charset_normalizer.from_bytes(data, threshold=0.5).best()
    if best is None or best.encoding is None:
        if b"\x00" in data:
            raise InputError(path, "binary file (contains NUL bytes), not text")
        raise InputError(path, "cannot decode: not UTF-8, GB18030/GBK, UTF-16 or another known text encoding")
    return (*_finish(str(best), best.encoding, path), ())


class _Invalid(threading.local):
    found: list[tuple[int, int]] = []
    limit = 0


_invalid = _Invalid()


def _note_invalid(exc: UnicodeDecodeError) -> tuple[str, int]:
    """A codec error handler: note where the invalid sequence is, put U+FFFD for it, go on (while few)."""
    _invalid.found.append((exc.start, exc.end))
    if len(_invalid.found) > _invalid.limit:
        raise exc
    return "\ufffd", exc.end


codecs.register_error("kg-note-invalid", _note_invalid)


def _mostly_utf8(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-8 with a few invalid sequences: the text with each replaced by U+FFFD and the
    line:column of each (in the decoded text, counting from 1); None when the data is not
    UTF-8 damaged here and there (GB18030 read as UTF-8 fails at nearly every character).
    One pass over the data, however many sequences are invalid."""
    _invalid.found, _invalid.limit = [], max(_BAD_UTF8_FLOOR, len(data) * _BAD_UTF8_PER_1000 // 1000)
    try:
        data.decode("utf-8", "kg-note-invalid")
    except UnicodeDecodeError:
        return None  # too many
    pieces: list[str] = []
    replaced: list[int] = []  # indexes in pieces of the U+FFFD put for an invalid sequence
    pos = 0
    for start, end in _invalid.found:
        pieces.append(data[pos:start].decode("utf-8"))
        replaced.append(len(pieces))
        pieces.append("\ufffd")
        pos = end
    pieces.append(data[pos:].decode("utf-8"))
    text = "".join(pieces)
    if sum(1 for char in text if char > "\x7f") - len(replaced) < 3 * len(replaced):
        return None  # too little valid UTF-8 beside the damage to tell it is UTF-8
    places = []
    line, line_start, offset = 1, 0, 0
    marks = set(replaced)
    for k, piece in enumerate(pieces):
        if k in marks:
            places.append(f"{line}:{offset - line_start + 1}")
        elif "\n" in piece:
            line += piece.count("\n")
            line_start = offset + piece.rindex("\n") + 1
        offset += len(piece)
    return text, places


def _finish(text: str, encoding: str, path: str | Path, replaced: int = 0) -> tuple[str, str]:
    """``replaced``: U+FFFD put for invalid bytes already reported, not counted as damage again."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    bad = len(_CONTROL.findall(text)) - replaced
    if bad > max(2, len(text) // 200):
        raise InputError(path, f"binary or undecodable file ({bad} control characters after decoding as {encoding})")
    if bad:  # the few a damaged copy holds (a NUL before a line break) are spaces: they hide no headline's end
        text = _STRAY_CONTROL.sub(" ", text)
    if not encoding.lower().replace("_", "-").startswith("utf-8"):
        # A guessed encoding must give text that looks like text.
        odd = len(text) - len(_PLAUSIBLE.findall(text))
        if odd > len(text) // 20:
            raise InputError(path, f"binary or undecodable file (decoding as {encoding}, the best guess, gives {odd} unlikely characters)")
    return text, encoding


# ---------------------------------------------------------------- cleaning

# Full-width letters and digits (and a few symbols written inside numbers) → ASCII.
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULLWIDTH.update({ord(c): ord(c) - 0xFEE0 for c in "％＋＠＆＃＿"})
_FULLWIDTH.update({0x3000: 0x20, 0xA0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x200B: None, 0xFEFF: None})

_FULLWIDTH_CHAR = re.compile("[" + re.escape("".join(map(chr, sorted(_FULLWIDTH)))) + "]")


def _halfwidth(text: str) -> str:
    """``text`` with full-width letters, digits and spaces made ASCII. Most lines have none, and
    a search is much cheaper than a translate, which walks every character through a dict."""
    return text.translate(_FULLWIDTH) if _FULLWIDTH_CHAR.search(text) else text

_SPACES_OR_WORD = re.compile(" +|[^ ]+")


def _words_and_spaces(text: str) -> Sequence[tuple[int, str]]:
    """``(start, run)`` of each run of spaces and each run of other characters of ``text``, in order."""
    if " " not in text:
        return ((0, text),) if text else ()  # (most pieces: one word)
    return [(m.start(), m[0]) for m in _SPACES_OR_WORD.finditer(text)]


# What is dropped from inside a line: bold markers, simple HTML tags left by
# web exports (<p>…</p>), zero-width characters.
_DROP = re.compile(r"\*\*|</?(?:p|br|div|span|strong|b|em|font)(?:\s[^<>]*)?/?>|[\u200b\ufeff]", re.IGNORECASE)
_DROP_OPENS = re.compile("[*<\u200b\ufeff]")  # what everything dropped starts with

_ISSUE_NO = r"[0-9一二三四五六七八九十百零〇]+"
_ISSUE_TAIL = rf"\s*\d{{4}}\s*年\s*第\s*{_ISSUE_NO}\s*期\s*[（(]?\s*总第\s*{_ISSUE_NO}\s*期\s*[）)]?"
# A running page header alone on its line: "双周决策观察  2023 年第 22 期 总第 272 期",
# sometimes after a fragment of another header ("每周决").
_PAGE_HEADER_LINE = re.compile(rf"(?:(?P<pre>\S{{1,6}})\s+)?(?P<name>[\u4e00-\u9fff]{{2,10}}){_ISSUE_TAIL}")
# The same header glued into a line of text, where its name is not known.
_PAGE_HEADER_ANY = re.compile(rf"(?<!\S)[\u4e00-\u9fff]{{2,10}}{_ISSUE_TAIL}")
# A page number alone on its line: "- 14 -", "— 3 —", "－ 3 －", "第 3 页", "（第3页）", "第3页 / 共6页", "3 / 20", "Page 3 of 20".
_PAGE_NUMBER = (r"(?:[-–—－﹣−]\s*\d{1,4}\s*[-–—－﹣−]|[·•]\s*\d{1,4}\s*[·•]|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"
                r"|[（(]\s*第\s*\d{1,4}\s*页\s*[)）]"
                r"|\d{1,4}\s*/\s*\d{1,4}|\d{1,3}|[Pp]age\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)")
_PAGE_FOOTER = re.compile(rf"^{_PAGE_NUMBER}$")
# A page's number and its running header on one line, in either order, set apart by a wide space (2　　　科技创新工作动态).
_NUMBERED_HEADER = re.compile(rf"^(?:{_PAGE_NUMBER}(?: {{2,}}|\u3000)\s*(?P<after>\S.*)|(?P<before>.*\S)(?: {{2,}}|\u3000)\s*{_PAGE_NUMBER})$")
_MARKED_NUMBER = re.compile(r"[ \t]*(?:#{1,6}[ \t]+)?[*_]{0,2}\d{1,3}[*_]{0,2}[ \t]*")  # a number alone in a marked line: ## 02, **02**
# An item's ordinal alone on a line over its headline, in a WeChat post's or a bulletin's style: NO.1, No.01, 01., (1), TOP1,
# Part 1, 01 |, ◆01◆ (a bare 01 is a page number's form already). Only where they count up from 1 down the file.
_ORDINAL_LINE = re.compile(r"[ \t]*(?:#{1,6}[ \t]+)?[*_]{0,2}(?:(?:NO|No|no|TOP|Top|PART|Part)\.?\s*0?(\d{1,2})|0?(\d{1,2})\s*[.．、|｜]"
                           r"|[(（]\s*0?(\d{1,2})\s*[)）]|[◆◇■□●○★☆▶►]\s*0?(\d{1,2})\s*[◆◇■□●○★☆◀◄]?)[*_]{0,2}[ \t]*")


def _ordinal_lines(raw_lines: Sequence[tuple[str, int]]) -> set[int]:
    """The offsets of lines that are only an item's ordinal (:data:`_ORDINAL_LINE`), where there are two or more and they
    count 1, 2, 3 … in the file's order."""
    found = [(start, int(next(g for g in m.groups() if g))) for raw, start in raw_lines
             if len(raw) <= 16 and raw.strip() and (m := _ORDINAL_LINE.fullmatch(_halfwidth(raw))) is not None]
    ordinals = {start for start, _ in found} if len(found) >= 2 and [n for _, n in found] == list(range(1, len(found) + 1)) else set()
    return ordinals | _serial_lines(raw_lines)


# A serial number alone on a line over each item, after the series' name: 社情民意　第118号, 专报 第36篇. The numbers run on
# from an earlier issue, so they need not start at 1; three or more lines of one name counting up by one are furniture.
_SERIAL_LINE = re.compile(r"[ \t]*[*_]{0,2}([\u4e00-\u9fff]{2,8})[ \t]*第[ \t]*(\d{1,4})[ \t]*[号篇则][*_]{0,2}[ \t]*")


def _serial_lines(raw_lines: Sequence[tuple[str, int]]) -> set[int]:
    found: dict[str, list[tuple[int, int]]] = {}
    for raw, start in raw_lines:
        if len(raw) <= 20 and "第" in raw and (m := _SERIAL_LINE.fullmatch(_halfwidth(raw))) is not None:
            found.setdefault(m[1], []).append((start, int(m[2])))
    return {start for serial in found.values() if len(serial) >= 3 and all(b[1] == a[1] + 1 for a, b in zip(serial, serial[1:]))
            for start, _ in serial}


_FOOTER_LENGTH = 24  # (no page number is longer: a cheap test before the pattern)
# What a running header never holds: a sentence's punctuation.
_NO_HEADER = re.compile(r"[。！？；，,!?;]")
_HEADER_LENGTH = 40


# Markdown heading markup: "## title ##" → (opening hashes)(title)(closing hashes).
_ATX = re.compile(r"^(#{1,6}\s*).*?(\s*(?:\s#+)?)$", re.DOTALL)
# A Setext heading's underline ("=====" or "-----" below the title).
_SETEXT = re.compile(r"^\s*(?:=+|-{2,})\s*$")


def _clean_segment(raw: str, offset: int) -> tuple[str, list[Run]]:
    """Normalise ``raw`` (found at ``offset`` in the source) keeping a source map."""
    dropping = _DROP_OPENS.search(raw) is not None
    if not dropping:  # (most lines: nothing to drop, and no run of spaces to fold, one run maps them whole)
        text = _halfwidth(raw)  # (one for one: nothing it deletes is left)
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text, [(0, offset, len(text))] if text else []
    pieces: list[tuple[str, int]] = []  # (text, source offset) of kept pieces
    pos = 0
    for match in _DROP.finditer(raw) if dropping else ():  # (most lines have none)
        if match.start() > pos:
            pieces.append((raw[pos : match.start()], offset + pos))
        pos = match.end()
    if pos < len(raw):
        pieces.append((raw[pos:], offset + pos))
    # Fold runs of spaces (not tabs: they separate table cells) into one.
    text_parts: list[str] = []
    runs: list[Run] = []
    length = 0
    last_space = True  # also strips leading spaces
    for piece, src in pieces:
        piece = _halfwidth(piece)  # one for one (zero-width characters went with _DROP)
        for start, word in _words_and_spaces(piece):
            if word[0] == " ":
                if not last_space:
                    text_parts.append(" ")
                    runs.append((length, src + start, 1))
                    length += 1
                    last_space = True
                continue
            text_parts.append(word)
            runs.append((length, src + start, len(word)))
            length += len(word)
            last_space = False
    text = "".join(text_parts)
    if text.endswith(" "):
        text = text[:-1]
        runs.pop()
    return text, _merge_runs(runs)


def _merge_runs(runs: Sequence[Run]) -> list[Run]:
    merged: list[Run] = []
    for t, s, n in runs:
        if merged:
            pt, ps, pn = merged[-1]
            if pt + pn == t and ps + pn == s:
                merged[-1] = (pt, ps, pn + n)
                continue
        merged.append((t, s, n))
    return merged


def clean_lines(text: str, marks: Sequence[Mark] = ()) -> tuple[list[Line], list[Furniture]]:
    """Split a source text into cleaned, non-blank lines and page furniture.

    Page headers are found on their own line or glued into a line of text
    (the text on either side becomes two lines, which :func:`join_lines`
    rejoins); page numbers only on their own line. ``marks`` (sorted, from the
    file's reader) give each line its ``kind``; a line marked ``navigation``
    is furniture, and a heading's Markdown ``#`` are markup like ``**``.
    """
    raw_lines: list[tuple[str, int]] = []
    pos = 0
    for raw in text.split("\n"):
        raw_lines.append((raw, pos))
        pos += len(raw) + 1
    glued = _glued_header_pattern(raw for raw, _ in raw_lines)
    numbers = {k for k, (raw, _) in enumerate(raw_lines) if _is_page_number(raw)}
    numbered = {raw_lines[k][1] for k in numbers}
    ordinals = _ordinal_lines(raw_lines)
    top_at, top = next(((start, _header_key(raw)) for k, (raw, start) in enumerate(raw_lines) if raw.strip() and k not in numbers), (-1, ""))
    repeated = _repeated_headers(raw_lines, numbers, top_at, top) if numbers else set()
    repeated |= _numbered_headers(raw_lines, top_at, top)
    if "\f" in text:
        repeated |= _page_edge_lines(raw_lines)
    mail = _mail_header_lines(raw_lines)
    lines: list[Line] = []
    furniture: list[Furniture] = []
    pending = list(marks)
    m = 0
    for raw, start in raw_lines:
        if not raw.strip():
            continue
        while m < len(pending) and pending[m].end <= start:
            m += 1
        kind = pending[m].kind if m < len(pending) and pending[m].start < start + len(raw) else ""
        if kind == "navigation" or (kind.startswith("h") and _SETEXT.match(raw)):
            furniture.append(_furniture("navigation" if kind == "navigation" else "markup", raw, start, 0, len(raw)))
            continue
        if start in mail:
            furniture.append(_furniture("mail_header", raw, start, 0, len(raw)))
            continue
        if start in repeated or (kind == "item" and start in numbered):  # (Markdown reads - 2 - as a list item)
            furniture.append(_furniture("page_header" if start in repeated else "page_footer", raw, start, 0, len(raw)))
            _run_on_over_page(lines)
            continue
        if start in ordinals or (kind and kind != "item" and _MARKED_NUMBER.fullmatch(_halfwidth(raw))):
            # an item's number set as a heading or in bold over its headline (#### 02, **02**, <h4>02</h4>): formatting
            furniture.append(_furniture("markup", raw, start, 0, len(raw)))
            continue
        if kind:
            _add_line(lines, furniture, raw, start, kind=kind)
            continue
        cursor = 0
        for match in glued.finditer(raw) if "期" in raw else ():  # every running header ends with its issue (第…期)
            _add_line(lines, furniture, raw[cursor : match.start()], start + cursor, cut=True)
            furniture.append(_furniture("page_header", raw, start, match.start(), match.end()))
            cursor = match.end()
        rest = raw[cursor:]
        if cursor == 0 and start in numbered:
            furniture.append(_furniture("page_footer", raw, start, 0, len(raw)))
            _run_on_over_page(lines)
            continue
        _add_line(lines, furniture, rest, start + cursor)
    return lines, furniture


# An e-mail's header fields, as a mail client prints them over a message it forwards or replies to (发件人：…, 发送时间：…,
# 主题：转发: …, From: …, Subject: FW: …), and the line that opens the message quoted below (-----原始邮件-----,
# -----Original Message-----, ---------- Forwarded message ---------, or Outlook's rule of underscores).
_MAIL_FIELD = re.compile(
    r"^[ \u3000]*(?P<field>发件人|发送时间|发送日期|收件人|抄送|密送|主题|附件|From|Sent|Date|To|Cc|Bcc|Subject|Attachments?)[ \u3000]*[:：]",
    re.IGNORECASE,
)
_MAIL_OPENS = re.compile(r"^[ \u3000]*(?:-{3,}[ \u3000]*(?:原始邮件|转发邮件|邮件原文|Original Message|Forwarded message)[ \u3000]*-{3,}|_{10,})[ \u3000]*$",
                         re.IGNORECASE)


_MAIL_NOTE_LINES = 6
_MAIL_NOTE_CHARS = 200


def _mail_header_lines(raw_lines: Sequence[tuple[str, int]]) -> set[int]:
    """The offsets of an e-mail's header blocks: two or more lines of header fields in a row (blank lines aside), one
    naming the sender (发件人, From) and one the subject (主题, Subject), or the date it was sent; and the line that
    opens a quoted message. A field alone (主题：…, 附件：…) is a text's own line, as is a block with no sender."""
    found: set[int] = set()
    block: list[tuple[int, str]] = []

    def close() -> None:
        fields = {field.lower() for _, field in block}
        if len(block) >= 2 and fields & {"发件人", "from"} and fields & {"主题", "subject", "发送时间", "发送日期", "sent", "date"}:
            found.update(start for start, _ in block)
        block.clear()

    for raw, start in raw_lines:
        if not raw.strip():
            continue
        match = _MAIL_FIELD.match(raw)
        if match:
            block.append((start, match["field"]))
            continue
        close()
        if _MAIL_OPENS.match(raw):
            found.add(start)
    close()
    # A short message under a header block, up to the next quoted message or the end (请大家学习参考。 and the sender's
    # signature), is the forwarder's note, not the text forwarded; a long one (a digest pasted into the mail) is kept.
    # Up to the end, only under text kept above it (the original message below a digest pasted into its forward):
    # the last message of a chain, with nothing kept above, is what was forwarded, however short.
    texts = [(raw.strip(), start) for raw, start in raw_lines if raw.strip()]
    k = 0
    while k < len(texts):
        if texts[k][1] in found and (k + 1 == len(texts) or texts[k + 1][1] not in found):
            end = next((j for j in range(k + 1, len(texts)) if texts[j][1] in found), len(texts))
            note = texts[k + 1 : end]
            above = any(start not in found for _, start in texts[:k])
            if note and len(note) <= _MAIL_NOTE_LINES and sum(len(text) for text, _ in note) <= _MAIL_NOTE_CHARS \
                    and (end < len(texts) or above):
                found.update(start for _, start in note)
            k = end
        else:
            k += 1
    return found


def _run_on_over_page(lines: list[Line]) -> None:
    """The line before a page's end runs on over it when it is a clause left open (…计划总投资4.6亿元，目前已完成):
    a paragraph that a copy joined within each page but not across them. (A headline at the foot of a page is no
    clause: it keeps its place; a wrapped line is rejoined by its width.)"""
    last = lines[-1] if lines else None
    if last is not None and not last.cut and not last.kind and _OPEN_CLAUSE.search(last.text) and not ends_sentence(last.text):
        lines[-1] = replace(last, cut=True)


_OPEN_CLAUSE = re.compile(r"[，；,;][^，；,;]*[^\s，；,;：:。！？…”’）)】」』]$")


def _is_page_number(raw: str) -> bool:
    stripped = raw.strip()
    return 0 < len(stripped) <= _FOOTER_LENGTH and bool(_PAGE_FOOTER.match(_halfwidth(stripped)))


def _numbered_headers(raw_lines: Sequence[tuple[str, int]], top_at: int, top: str) -> set[int]:
    """The offsets of lines holding a page's number and its running header, which repeats the masthead's first line
    (科技创新工作动态　　　　3; not a table of contents' entry, 某某出台…　　3, nor a table's row, 合计　　30)."""
    if len(top) < 4:
        return set()
    found = set()
    for raw, start in raw_lines:
        if len(raw) <= 2 * _HEADER_LENGTH and (raw.rstrip()[-1:].isdigit() or raw.lstrip()[:1] in _NUMBER_OPENS) and ("  " in raw or "\u3000" in raw):
            match = _NUMBERED_HEADER.match(_halfwidth(raw.strip()).replace("\t", " "))
            key = _header_key(match["after"] or match["before"]) if match else ""
            if top in key and start != top_at and len(key) <= _HEADER_LENGTH and not _NO_HEADER.search(key):
                found.add(start)
    return found


def _page_edge_lines(raw_lines: Sequence[tuple[str, int]]) -> set[int]:
    """The offsets of a PDF's running heads and feet, where a form feed parts its pages: a short line, no sentence, among
    the first two or the last two of a page, whose words, numbers aside, stand so on every page but one, two pages at
    least (区域研究周报｜2026.12.04 over every page, 请务必阅读正文之后的免责声明　2 under it; the cover may have none).
    Text does not repeat at the same place page after page; a page's furniture does."""
    pages: list[list[tuple[str, int]]] = [[]]
    for raw, start in raw_lines:
        if raw == "\f":
            pages.append([])
        elif raw.strip():
            pages[-1].append((raw, start))
    if len(pages) < 2:
        return set()
    where: dict[str, dict[int, int]] = {}  # key → {offset: page} of the lines at a page's edge with that key
    for n, page in enumerate(pages):
        for raw, start in page[:2] + page[2:][-2:]:
            key = _DIGITS.sub("#", _header_key(raw))
            if len(key) <= _HEADER_LENGTH and not _NO_HEADER.search(key):
                where.setdefault(key, {})[start] = n
    return {start for found in where.values() if len(set(found.values())) >= max(2, len(pages) - 1) for start in found}


def _page_value(text: str) -> int:
    digits = _DIGITS.search(text)
    return int(digits[0]) if digits else -1


def _pages_run_on(pages: Sequence[tuple[int, int]]) -> bool:
    """Three or more lines of one text, each next to a page's number, the numbers rising page by page (by one, or by two
    where a header stands on every other page): a running header; not a label over figures (合计 / 126), which go any way."""
    return len(pages) >= 3 and all(0 < b[1] - a[1] <= 2 for a, b in zip(pages, pages[1:]))


_DIGITS = re.compile(r"\d+")


_NUMBER_OPENS = "0123456789０１２３４５６７８９-–—－﹣−·•第Pp"


def _repeated_headers(raw_lines: Sequence[tuple[str, int]], numbers: set[int], top_at: int, top: str) -> set[int]:
    """Where a running header stands: the offsets of lines next to a page number (above or below it, blank lines
    between) that repeat the masthead's first line (气象服务经济简报　第9期 under 气象服务经济简报), or that stand so
    three times or more next to rising numbers; whatever their form, never a sentence. ``numbers``: the indices of the page numbers' lines;
    ``top``: the masthead's first line (``top_at`` its offset).
    (A headline at the top of a page stands next to its number too, and a table of contents may repeat it: a
    header repeats the masthead, never itself.)"""
    around: dict[str, list[tuple[int, int]]] = {}  # text → (offset, page number) of its lines next to a page number
    for k in sorted(numbers):
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(raw_lines) and not raw_lines[j][0].strip():
                j += step
            if not 0 <= j < len(raw_lines) or j in numbers:
                continue
            key = _header_key(raw_lines[j][0])
            if len(key) <= _HEADER_LENGTH and not _NO_HEADER.search(key) and all(at != raw_lines[j][1] for at, _ in around.get(key, ())):
                around.setdefault(key, []).append((raw_lines[j][1], _page_value(_halfwidth(raw_lines[k][0]))))
    masthead = len(top) >= 4
    return {at for key, pages in around.items() for at, _ in pages
            if _pages_run_on(pages) or (masthead and top in key and at != top_at)}


def _header_key(raw: str) -> str:
    return " ".join(_halfwidth(raw).split())


def _glued_header_pattern(raws: Iterable[str]) -> re.Pattern[str]:
    """The running headers of a source: learnt from the ones alone on a line."""
    forms: set[str] = set()
    for raw in raws:
        match = _PAGE_HEADER_LINE.fullmatch(raw.strip()) if "期" in raw else None  # (its issue, 第…期, ends every one)
        if match:
            name = re.escape(match["name"])
            forms.add(rf"(?:{re.escape(match['pre'])}\s*)?{name}" if match["pre"] else name)
    if not forms:
        return _PAGE_HEADER_ANY
    return re.compile(rf"(?:{'|'.join(sorted(forms))}){_ISSUE_TAIL}")


def _furniture(kind: str, raw: str, offset: int, a: int, b: int) -> Furniture:
    """Furniture covering the non-blank part of ``raw[a:b]``."""
    piece = raw[a:b]
    lead = len(piece) - len(piece.lstrip())
    return Furniture(kind, offset + a + lead, offset + a + len(piece.rstrip()))


def _add_line(lines: list[Line], furniture: list[Furniture], raw: str, offset: int, cut: bool = False, kind: str = "") -> None:
    stripped = raw.strip()
    if not stripped or stripped == "\f":
        return
    lead = len(raw) - len(raw.lstrip())
    span = (offset + lead, offset + lead + len(stripped))
    # A Markdown heading's opening (and optional closing) hashes are markup, kept in the span.
    hashes = _ATX.match(stripped) if kind.startswith("h") else None
    a, b = (hashes.end(1), hashes.start(2)) if hashes else (0, len(stripped))
    text, runs = _clean_segment(stripped[a:b].replace("\f", " "), span[0] + a)
    if text:
        lines.append(Line(text, tuple(runs), span, cut, kind))  # (fields in order: a record built with keywords goes through a dict of them)
    else:  # nothing but markup ("**", "<p></p>")
        furniture.append(Furniture("markup", *span))


# ---------------------------------------------------------------- rejoining

def join_lines(lines: Sequence[Line], mode: str, full_width: float, kind: str = "text") -> Iterator[Paragraph]:
    """Join lines into paragraphs, rejoining the ones broken inside a sentence."""
    group: list[Line] = []
    for line in lines:
        if group and not group[-1].cut and not continues(group[-1].text, line.text, mode, full_width):
            yield _paragraph(group, kind)
            group = []
        group.append(line)
    if group:
        yield _paragraph(group, kind)


def _paragraph(group: Sequence[Line], kind: str) -> Paragraph:
    if len(group) == 1:  # (most paragraphs: one line, its runs as they are)
        line = group[0]
        return Paragraph(line.text, tuple(_merge_runs(line.runs)), "table_row" if "\t" in line.text else kind)
    text_parts: list[str] = []
    runs: list[Run] = []
    length = 0
    previous = None
    for line in group:
        if text_parts and _needs_space(text_parts[-1], line.text):
            # The space stands for the line break: map it to the break itself, which follows
            # the previous line's span (markup cleaning dropped, like a closing **, is in the span).
            text_parts.append(" ")
            runs.append((length, previous.span[1], 1))
            length += 1
        previous = line
        for t, s, n in line.runs:
            runs.append((length + t, s, n))
        text_parts.append(line.text)
        length += len(line.text)
    text = "".join(text_parts)
    if "\t" in text:
        kind = "table_row"
    return Paragraph(text, tuple(_merge_runs(runs)), kind)  # (fields in order, as Line in _add_line)


def _needs_space(before: str, after: str) -> bool:
    """A PDF line break between two words of Latin script stands for a space; not one inside a number of Chinese
    text, which a page's width broke (处理违法违规机构31 / 6家: 316家).

    >>> _needs_space("the", "port"), _needs_space("处理违法违规机构31", "6家"), _needs_space("Room 3", "4 people")
    (True, False, True)
    """
    return bool(before) and bool(after) and before[-1].isascii() and before[-1].isalnum() and after[0].isascii() and after[0].isalnum() \
        and not (before[-1].isdigit() and after[0].isdigit() and not before.isascii())
