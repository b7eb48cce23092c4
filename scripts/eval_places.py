#!/usr/bin/env python3
"""Print how the region linker does on renamed units and on public place-resolution cases.

    python scripts/eval_places.py [--errors]

Renamed units: of the sentences of ``tests/place_cases/renames.tsv`` (old names of renamed, merged
and upgraded divisions, dated the year before the change), the share whose mention rolls up to the
current successor, dated and undated, and the share that also names the old unit valid then.
Public cases: of ``tests/place_cases/public.jsonl`` (peer libraries' tests), the number with all
levels (province, city, county) right. ``--errors`` lists every miss. See :mod:`kg.place_scores`.
"""

from __future__ import annotations

import argparse


def _print(title: str, tally, errors: bool) -> None:
    print(f"{title}: {tally.right}/{tally.total} ({tally.rate:.1%})")
    for name, (right, total) in sorted(tally.by_class.items()):
        print(f"    {name:<24} {right:>5}/{total:<5} {right / total:.1%}")
    if errors:
        for miss in tally.misses:
            print(f"    miss: {miss}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every miss")
    args = parser.parse_args()

    from kg.link import Linker
    from kg.place_scores import read_public_cases, read_renames, score_public_cases, score_renames

    linker = Linker()
    cases = read_renames()
    rolled, historical = score_renames(linker, cases)
    _print("renamed units, dated, rolled up to the current successor", rolled, args.errors)
    _print("renamed units, dated, also naming the unit valid then", historical, False)
    undated, _ = score_renames(linker, cases, dated=False)
    _print("renamed units, undated, rolled up to the current successor", undated, False)
    _print("public place-resolution cases, all levels right", score_public_cases(linker, read_public_cases()), args.errors)


if __name__ == "__main__":
    main()
