#!/usr/bin/env python3
"""What compiling the extraction's modules would save: instructions per stage and CPU time, compiled and not.

    python benchmarks/bench_compiled.py [--route cython|cython-pxd|mypyc …] [--stage segment|link|relations|all …]
        [--modules M,…] [--jobs N] [--timing N] [--cython DIR] [--mypyc DIR] [--keep DIR]

A figure to read, not a build step: the package stays pure Python. The script copies the working tree's
tracked files to a scratch folder per route and compiles each module of ``--modules`` there:

- ``cython`` (default): Cython as the module stands, its annotations not read as C types (an ``int`` would be a C
  integer, a ``float`` a C double: not Python's semantics);
- ``cython-pxd``: the same, with the declarations of ``benchmarks/compiled/`` (``kg/link/candidates.pxd`` …, Cython's
  pure-Python mode: C types for the hottest functions' locals and arguments, the ``.py`` untouched) put beside their
  modules first; when the ``cython`` route is built in the same run its tree is reused and only the modules with
  declarations are compiled again;
- ``mypyc``: mypyc, which compiles a module only if mypy accepts its types (imports followed silently).

A module the compiler refuses is left as Python and named. Then it runs ``benchmarks/bench_instructions.py`` for each
stage (``--stage segment``, ``link``, ``relations``: its ``--segment`` …; ``all``: the whole extraction; default the
three stages) in this tree and in each compiled copy, checks that ``kg extract --format jsonl`` and ``kg articles
--format jsonl`` of the bundled corpus are byte-identical in all, and with ``--timing N`` runs
``benchmarks/bench_build.py --jobs 1`` N times per tree, the trees in turn, and prints the medians of the
extraction's CPU seconds and of its multiple of ``jieba.cut``. Needs valgrind, a C compiler and Python's headers;
Cython importable for the Cython routes and mypy for mypyc (``--cython DIR``, ``--mypyc DIR`` add a folder holding
it to the path, e.g. one made by ``pip install --target DIR mypy``). Compiling takes a minute or more per large module
(``--jobs N`` compiles N at once); ``--keep DIR`` keeps the trees (``DIR/cython`` …), and a later run with it compiles
only the modules not compiled there yet.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DECLARATIONS = ROOT / "benchmarks" / "compiled"
STAGES = ("segment", "link", "relations", "all")
ROUTES = ("cython", "cython-pxd", "mypyc")
# The modules the extraction's time is spent in (the packages' __init__ modules stay Python).
MODULES = [
    "kg/ingest.py", "kg/lines.py", "kg/headlines.py", "kg/segment.py", "kg/run_in.py", "kg/patterns.py",
    *(f"kg/segmenting/{name}.py" for name in ("article_fields", "bundled", "candidates", "drafts", "furniture",
                                              "item_lines", "item_scores", "marks", "records", "tables", "toc")),
    *(f"kg/link/{name}.py" for name in ("agencies", "candidates", "context", "funds", "industries", "macros",
                                        "other_meanings", "policies", "regions", "timeline", "units", "zones")),
    *(f"kg/relations/{name}.py" for name in ("article", "backs", "clauses", "context", "cooperation", "cues",
                                             "invests", "issues", "leads", "sentences", "tables", "targets")),
]
_CYTHON_SETUP = """
import sys
from setuptools import setup
from Cython.Build import cythonize
setup(ext_modules=cythonize([sys.argv.pop(1)], compiler_directives={"language_level": 3, "binding": True, "annotation_typing": False}, quiet=True),
      script_args=["build_ext", "--inplace"])
"""
# mypy reads the whole package's imports to type a module; only the compiled module's own errors should refuse it.
_MYPY_CONFIG = "[mypy]\nfollow_imports = silent\nignore_missing_imports = True\n"


def _copy_tree(dest: Path) -> None:
    """The tracked files of this tree, as they are in the working copy (no pyproject.toml: setuptools would
    read the project's metadata and need none of it)."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True).stdout.decode().split("\0")
    for name in files:
        if name and name != "pyproject.toml" and (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)


def _declared(modules: list[str]) -> list[str]:
    """The modules with declarations in benchmarks/compiled/."""
    return [m for m in modules if (DECLARATIONS / m).with_suffix(".pxd").is_file()]


def _compile(tree: Path, route: str, modules: list[str], env: dict[str, str], jobs: int) -> list[str]:
    """Compile each module in place, ``jobs`` at a time; the modules the compiler refused."""
    if route == "mypyc":
        (tree / "mypy.ini").write_text(_MYPY_CONFIG, encoding="utf-8")
        command = [sys.executable, "-m", "mypyc"]
        jobs = 1  # (mypyc's runs share the tree's build/ folder and mypy's cache)
    else:
        (tree / "_setup_cython.py").write_text(_CYTHON_SETUP, encoding="utf-8")
        command = [sys.executable, "_setup_cython.py"]
    if route == "cython-pxd":
        for module in _declared(modules):
            shutil.copy2((DECLARATIONS / module).with_suffix(".pxd"), (tree / module).with_suffix(".pxd"))

    def refused(module: str) -> bool:
        run = subprocess.run([*command, module], cwd=tree, env=env, capture_output=True, text=True)
        if run.returncode:
            (tree / (module.replace("/", "_") + ".log")).write_text(run.stdout + run.stderr, encoding="utf-8")
        return run.returncode != 0

    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        return [m for m, failed in zip(modules, pool.map(refused, modules)) if failed]


def _compiled(tree: Path, module: str) -> bool:
    path = tree / module
    return any(path.parent.glob(path.stem + ".*.so"))


def _build(tree: Path, route: str, modules: list[str], env: dict[str, str], jobs: int, built: dict[str, Path]) -> str:
    """Make ``tree`` for ``route``, or finish one an earlier ``--keep`` run left; what was compiled."""
    if not (tree / "kg").is_dir():
        if route == "cython-pxd" and "cython" in built:
            # (without setuptools' build folder, and each declared module's C file and extension made anew: both
            # are newer than the module and would be taken as they are)
            source = built["cython"]
            shutil.copytree(source, tree, symlinks=True, ignore=lambda folder, _: ["build"] if Path(folder) == source else [])
            for module in _declared(modules):
                path = tree / module
                for stale in [*path.parent.glob(path.stem + ".*.so"), path.with_suffix(".c")]:
                    stale.unlink(missing_ok=True)
        else:
            tree.mkdir(parents=True, exist_ok=True)
            _copy_tree(tree)
    there = [m for m in modules if _compiled(tree, m)]
    todo = [m for m in modules if m not in there]
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    refused = _compile(tree, route, todo, env, jobs)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime
    return (f"compiled {len(todo) - len(refused)} of {len(todo)} modules in {seconds:.0f} CPU-s" + (f" ({len(there)} compiled already)" if there else "")
            + (f"; left as Python: {', '.join(refused)}" if refused else ""))


def _run(tree: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=tree, env=dict(env, PYTHONPATH=str(tree)), check=True, capture_output=True)


def _instructions(tree: Path, stage: str, env: dict[str, str]) -> str:
    option = [] if stage == "all" else [f"--{stage}"]
    return _run(tree, ["benchmarks/bench_instructions.py", *option], env).stdout.decode().strip().splitlines()[-1]


def _outputs_md5(tree: Path, env: dict[str, str]) -> str:
    out = [_run(tree, ["-m", "kg", command, "--format", "jsonl", "kg/data/corpus"], env).stdout for command in ("extract", "articles")]
    return hashlib.md5(b"".join(out)).hexdigest()


def _timing(tree: Path, env: dict[str, str]) -> tuple[float, float]:
    """One ``bench_build.py --jobs 1`` run: the extraction's CPU seconds (its steps summed) and its multiple of jieba.cut."""
    with tempfile.TemporaryDirectory() as out:
        text = _run(tree, ["benchmarks/bench_build.py", "--jobs", "1", "--out", out], env).stdout.decode()
    steps = text.split("extraction, per step")[1].split("peak memory")[0]
    seconds = sum(float(line.split()[1]) for line in steps.splitlines()[1:] if line.strip())
    return seconds, float(re.search(r"([\d.]+)× jieba\.cut", text)[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--route", action="append", choices=ROUTES, help="a way to compile (default: cython)")
    parser.add_argument("--stage", action="append", choices=STAGES, help="a stage to count (default: segment, link, relations)")
    parser.add_argument("--modules", help="comma-separated module paths to compile (default: the extraction's)")
    parser.add_argument("--jobs", type=int, default=1, help="modules compiled at once")
    parser.add_argument("--timing", type=int, default=0, metavar="N", help="bench_build.py --jobs 1 runs per tree")
    parser.add_argument("--cython", metavar="DIR", help="a folder to add to the path for Cython")
    parser.add_argument("--mypyc", metavar="DIR", help="a folder to add to the path for mypy and mypyc")
    parser.add_argument("--keep", metavar="DIR", help="build the trees in DIR and keep them (default: a temporary folder)")
    args = parser.parse_args()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [args.cython, args.mypyc, env.get("PYTHONPATH")]))
    modules = args.modules.split(",") if args.modules else MODULES
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(args.keep or tmp)
        trees = {"python": ROOT}
        for route in args.route or ["cython"]:
            trees[route] = base / route
            print(f"{route}: {_build(trees[route], route, modules, env, args.jobs, trees)}", flush=True)
        md5 = {name: _outputs_md5(tree, env) for name, tree in trees.items()}
        same = len(set(md5.values())) == 1
        print(f"kg extract and kg articles of the bundled corpus: {'byte-identical' if same else 'DIFFERENT: ' + str(md5)}", flush=True)
        for stage in args.stage or STAGES[:3]:
            print(stage)
            for name, tree in trees.items():
                print(f"  {name + ':':<12}{_instructions(tree, stage, env)}", flush=True)
        if args.timing:
            runs: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
            for _ in range(args.timing):
                for name, tree in trees.items():
                    runs[name].append(_timing(tree, env))
            print(f"bench_build.py --jobs 1, {args.timing} runs per tree in turn (medians; extraction CPU-s, × jieba.cut):")
            for name, got in runs.items():
                print(f"  {name + ':':<12}{statistics.median(s for s, _ in got):.3f} CPU-s, {statistics.median(r for _, r in got):.2f}×"
                      f"  (runs: {', '.join(f'{s:.3f} s {r:.2f}×' for s, r in got)})")


if __name__ == "__main__":
    main()
