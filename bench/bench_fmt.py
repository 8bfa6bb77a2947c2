"""Throughput benchmark for the formatter (``mangopy fmt``).

Formats the same generated 20,000-line script as ``bench_parse.py`` (best of R runs) and prints
lines/s for the whole of :func:`mangopy.format.format_text` (parse, print, render, and the safety
re-parse and tree comparison), the share of the time spent in the two parses, and the peak traced
memory.  The generated script is first formatted once, so the timed runs also show the speed on
already formatted input (the common ``--check`` case).

Usage::

    python bench/bench_fmt.py [--lines N] [--repeat R] [--seed S]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_parse import DEFAULT_LINES, generate_script
from mangopy.format import format_text
from mangopy.syntax import parse


def best(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--lines", type=int, default=DEFAULT_LINES)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    raw = generate_script(args.lines, args.seed)
    first = format_text(raw)
    if first.output is None:
        print("the generated script does not format:", [p.message for p in first.problems])
        return 1
    formatted = first.output
    lines = formatted.count("\n")

    raw_time = best(lambda: format_text(raw), args.repeat)
    formatted_time = best(lambda: format_text(formatted), args.repeat)
    parse_time = best(lambda: parse(formatted), args.repeat)
    tracemalloc.start()
    format_text(formatted)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"script: {raw.count(chr(10)):,} lines generated, {lines:,} lines formatted")
    print(f"format (generated input):  {raw.count(chr(10)) / raw_time:>10,.0f} lines/s  ({raw_time * 1000:.0f} ms)")
    print(f"format (formatted input):  {lines / formatted_time:>10,.0f} lines/s  ({formatted_time * 1000:.0f} ms)")
    print(f"  of which the two parses: {2 * parse_time / formatted_time:>10.0%}")
    print(f"peak traced memory:        {peak / 2**20:>10.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
