"""Cost of "did you mean": 100 unknown names against 20,000 known ones.

    python bench/bench_suggest.py [--names N] [--queries Q] [--json]

Each unknown name is asked what a check asks of a class name it does not know:
:meth:`NameIndex.similar` (the loose "did you mean") and :meth:`NameIndex.typos` (the strict
test that decides a finding).  Two sets of 20,000 names:

* realistic: the SDK baseline's 4,330 class names, and names made from them with app prefixes
  and suffixes (`SHPTableViewCell`, `ORDCollectionViewController`...): many first letters and lengths;
* adversarial: the check benchmark's generated manifest, `APP00000Controller` ... `APP19999Controller`
  (one first letter, one length: no bucket helps, every name is a candidate).

Target: < 50 ms for 100 unknown names.  Yardstick: one brute-force rapidfuzz scan of all names
per question.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_S = 0.050
PREFIXES = ["XY", "SHP", "ORD", "CHT", "MAP", "PAY", "SNT", "ART", "ENG", "FB", "GT", "WX"]
SUFFIXES = ["", "V2", "Cell", "Controller", "View", "Manager"]


def realistic(count: int, rnd: random.Random) -> list[str]:
    from mangopy.semantics.manifest import baseline

    sdk = list(baseline().classes)
    names = set(sdk)
    while len(names) < count:
        names.add(rnd.choice(PREFIXES) + rnd.choice(sdk)[2:] + rnd.choice(SUFFIXES))
    return sorted(names)


def adversarial(count: int) -> list[str]:
    return [f"APP{i:05d}Controller" for i in range(count)]


def unknown(names: list[str], queries: int, rnd: random.Random) -> list[str]:
    """Names a script might define: a known one with a suffix, or with its last letter changed."""
    half = queries // 2
    return [rnd.choice(names) + "Xq" for _ in range(half)] + [
        rnd.choice(names)[:-1] + "z" for _ in range(queries - half)
    ]


def measure(names: list[str], asked: list[str], repeat: int = 3) -> tuple[float, float]:
    """Best wall time of answering every question with the index, and with brute force."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    from mangopy.semantics.fuzzy import NameIndex

    best = brute = float("inf")
    for _ in range(repeat):
        index = NameIndex(names)  # a fresh index: building it is part of the cost
        t0 = time.perf_counter()
        for name in asked:
            index.similar(name)
            index.typos(name)
        best = min(best, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for name in asked:
            process.extract(name, names, scorer=fuzz.ratio, score_cutoff=60, limit=3)
            process.extract(name, names, scorer=OSA.distance, score_cutoff=2, limit=3)
        brute = min(brute, time.perf_counter() - t0)
    return best, brute


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--names", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rnd = random.Random(0)
    figures = {}
    for label, names in (("realistic", realistic(args.names, rnd)), ("adversarial", adversarial(args.names))):
        index_s, brute_s = measure(names, unknown(names, args.queries, rnd))
        figures[label] = {"index_ms": round(index_s * 1000, 1), "brute_force_ms": round(brute_s * 1000, 1)}
    if args.json:
        print(json.dumps({"names": args.names, "queries": args.queries, **figures}, indent=2))
        return 0
    print(f"{args.queries} unknown names against {args.names:,} known ones (similar + typos each), best of 3:")
    for label, f in figures.items():
        verdict = "PASS" if f["index_ms"] / 1000 < TARGET_S else "ABOVE"
        print(f"  {label:<12} {f['index_ms']:7.1f} ms   (brute force: {f['brute_force_ms']:7.1f} ms)  {verdict}")
    print(f"target: < {TARGET_S * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
