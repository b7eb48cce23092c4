#!/usr/bin/env python3
"""What compiling the extraction's modules with Cython would save: instructions per stage, compiled and not.

    python benchmarks/bench_compiled.py [--stage segment|link|relations …] [--modules M,…] [--cython DIR] [--keep DIR]

A figure to read, not a build step: the package stays pure Python. The script copies the
working tree's tracked files to a scratch folder, compiles each module of ``--modules`` there
with Cython as it stands (its annotations not read as C types; a module Cython refuses is left as Python
and named), then runs ``benchmarks/bench_instructions.py`` for each stage (``--stage segment``,
``link``, ``relations``: its ``--segment`` …; default all three) in this tree and in the compiled copy, and checks
that ``kg extract --format jsonl`` of the bundled corpus is byte-identical in both. Needs
valgrind, a C compiler, Python's headers and Cython importable (``--cython DIR`` adds a folder
holding it to the path, e.g. one made by ``pip install --target DIR cython``). Compiling takes
minutes per large module.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("segment", "link", "relations")
# The modules the extraction's time is spent in (the packages' __init__ modules stay Python).
MODULES = [
    "kg/ingest.py", "kg/lines.py", "kg/headlines.py", "kg/segment.py",
    *(f"kg/link/{name}.py" for name in ("agencies", "candidates", "context", "funds", "industries", "macros",
                                        "other_meanings", "policies", "regions", "timeline", "units", "zones")),
    *(f"kg/relations/{name}.py" for name in ("article", "backs", "clauses", "context", "cooperation", "cues",
                                             "invests", "issues", "leads", "sentences", "tables", "targets")),
]
_SETUP = """
import sys
from setuptools import setup
from Cython.Build import cythonize
setup(ext_modules=cythonize([sys.argv.pop(1)], compiler_directives={"language_level": 3, "binding": True, "annotation_typing": False}, quiet=True),
      script_args=["build_ext", "--inplace"])
"""


def _copy_tree(dest: Path) -> None:
    """The tracked files of this tree, as they are in the working copy (no pyproject.toml: setuptools would
    read the project's metadata and need none of it)."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True).stdout.decode().split("\0")
    for name in files:
        if name and name != "pyproject.toml" and (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)


def _compile(tree: Path, modules: list[str], env: dict[str, str]) -> list[str]:
    """Compile each module in place; the modules Cython or the compiler refused."""
    (tree / "_setup_cython.py").write_text(_SETUP, encoding="utf-8")
    refused = []
    for module in modules:
        run = subprocess.run([sys.executable, "_setup_cython.py", module], cwd=tree, env=env, capture_output=True, text=True)
        if run.returncode:
            refused.append(module)
    return refused


def _instructions(tree: Path, stage: str, env: dict[str, str]) -> str:
    run = subprocess.run([sys.executable, "benchmarks/bench_instructions.py", f"--{stage}"], cwd=tree, env=dict(env, PYTHONPATH=str(tree)),
                         check=True, capture_output=True, text=True)
    return run.stdout.strip().splitlines()[-1]


def _extract_md5(tree: Path, env: dict[str, str]) -> str:
    run = subprocess.run([sys.executable, "-m", "kg", "extract", "--format", "jsonl", "kg/data/corpus"], cwd=tree,
                         env=dict(env, PYTHONPATH=str(tree)), check=True, capture_output=True)
    return hashlib.md5(run.stdout).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", action="append", choices=STAGES, help="a stage to count (default: all three)")
    parser.add_argument("--modules", help="comma-separated module paths to compile (default: the extraction's)")
    parser.add_argument("--cython", metavar="DIR", help="a folder to add to the path for Cython")
    parser.add_argument("--keep", metavar="DIR", help="compile into DIR and keep it (default: a temporary folder)")
    args = parser.parse_args()
    env = dict(os.environ)
    if args.cython:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [args.cython, env.get("PYTHONPATH")]))
    modules = args.modules.split(",") if args.modules else MODULES
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(args.keep) if args.keep else Path(tmp)
        tree.mkdir(parents=True, exist_ok=True)
        _copy_tree(tree)
        refused = _compile(tree, modules, env)
        print(f"compiled {len(modules) - len(refused)} of {len(modules)} modules" + (f"; left as Python: {', '.join(refused)}" if refused else ""))
        same = _extract_md5(ROOT, env) == _extract_md5(tree, env)
        print(f"kg extract of the bundled corpus: {'byte-identical' if same else 'DIFFERENT'}")
        for stage in args.stage or STAGES:
            print(f"{stage}\n  python:   {_instructions(ROOT, stage, env)}\n  compiled: {_instructions(tree, stage, env)}")


if __name__ == "__main__":
    main()
