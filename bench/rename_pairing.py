"""The worst cases of `iki diff`'s rename pairing, timed alone (not part of `make bench`).

Positions of a realistic office (bench/realistic.py: positions of one kind carry the same
standard texts) renamed AND edited at once: N removed and N added positions whose canonical
forms share most of their lines with every other position of their kind. Two shapes:

* `bawah`: N positions of the bottom level, in an office of 2·N; their superiors keep their ids,
  so each renamed position still carries its own `atasan` and `mendukung` lines;
* `semua`: every position below the head of an office of N + 1, superiors included, so no
  position keeps a line of its own: a position is as like the others of its kind (about
  N / 8 of them) as it is like itself, and every such pair reaches the threshold.

The pairing is timed on the forms (`_pair_within` with `RENAME_LIMIT`, as `iki diff` runs it),
in CPU seconds, for a few N, to show the growth. `--no-limit` times the exact pairing.

    .venv/bin/python -m bench.rename_pairing [--no-limit] [N ...]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import replace

from bench import realistic
from bench.realistic import Shape
from iki.compute import diff
from iki.load.yamlio import load_text

SIZES = (250, 500, 1000, 2000)
Forms = dict[str, list[str]]


def forms(shape: Shape, numbers: set[int]) -> Forms:
    """id → canonical lines of the positions `numbers`, as `iki diff` counts them."""
    nodes = realistic.tree(shape)
    found: Forms = {}
    for node in nodes:
        if node.number in numbers:
            document = load_text(realistic.position_text(node, nodes, shape)).data
            found[document.pop("id")] = diff._lines(document)
    return found


def bottom(n: int) -> tuple[Forms, Forms]:
    base = Shape(positions=2 * n)
    chosen = set(range(2 * n - n, 2 * n))
    return forms(base, chosen), forms(replace(base, renamed=chosen, changed=chosen), chosen)


def everyone(n: int) -> tuple[Forms, Forms]:
    base = Shape(positions=n + 1)
    chosen = set(range(1, n + 1))
    return forms(base, chosen), forms(replace(base, renamed=chosen, changed=chosen), chosen)


SHAPES: dict[str, Callable[[int], tuple[Forms, Forms]]] = {"bawah": bottom, "semua": everyone}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", type=int, nargs="*", default=SIZES)
    parser.add_argument("--no-limit", action="store_true")
    args = parser.parse_args()
    limit = None if args.no_limit else diff.RENAME_LIMIT
    print(f"limit: {limit}")
    print("shape       N   pairs  stopped at  seconds  growth")
    for name, build in SHAPES.items():
        previous: float | None = None
        for n in args.sizes:
            old, new = build(n)
            start = time.process_time()
            pairing = diff._pair_within(old, new, limit)
            seconds = time.process_time() - start
            growth = f"×{seconds / previous:.1f}" if previous else ""
            stopped = "-" if pairing.stopped_at is None else f"{pairing.stopped_at:.2f}"
            pairs = len(pairing.pairs)
            print(
                f"{name:6} {n:6d}  {pairs:6d}  {stopped:>10}  {seconds:7.2f}  {growth}", flush=True
            )
            previous = seconds


if __name__ == "__main__":
    main()
