#!/usr/bin/env python3
"""The main job: build every export from the bundled corpus (or the given paths).

    python build_graph.py                 # bundled sample corpus → exports/
    python build_graph.py my/newsletters --out /tmp/exports

Prints a summary and where the outputs are. Same as ``kg build``.
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import JOBS_OPTION, NO_CACHE_OPTION, PATHS_ARGUMENT, STRICT_ENCODING_OPTION, TIME_BUDGET_OPTION, run_build


@click.command()
@PATHS_ARGUMENT
@click.option("--out", type=click.Path(path_type=Path), default=Path(__file__).parent / "exports", show_default="exports/ beside this script")
@JOBS_OPTION
@NO_CACHE_OPTION
@STRICT_ENCODING_OPTION
@TIME_BUDGET_OPTION
def main(paths: tuple[Path, ...], out: Path, jobs: int | None, no_cache: bool, strict_encoding: bool, time_budget: float | None) -> None:
    """Build the knowledge graph exports from newsletter files or folders."""
    run_build(paths, out, jobs, not no_cache, strict_encoding=strict_encoding, time_budget=time_budget)


if __name__ == "__main__":
    main()
