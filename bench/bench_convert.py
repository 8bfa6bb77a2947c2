"""Benchmark of `mangopy convert`: an Objective-C file of N lines written as MangoFix.

    python bench/bench_convert.py [--lines N] [--repeat R] [--json]

Generates an `@implementation` of N lines (default 2,000) from the methods of
tests/convert/data/feed_controller.m (each copy under new selectors), then times `convert_file`
with the SDK baseline: cold (an empty cache: the stub SDK is precompiled first) and warm (best of
R). Target (issue 14): a 2,000-line file in <= 2 s. Yardstick: libclang parsing the same file
alone, with the precompiled SDK.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_S = 2.0
SOURCE = ROOT / "tests" / "convert" / "data" / "feed_controller.m"


def generate(lines: int) -> str:
    text = SOURCE.read_text(encoding="utf-8")
    header, rest = text.split("@implementation FeedController\n", 1)
    body = rest.split("\n@end", 1)[0]
    out = [header, "@implementation FeedController\n"]
    copy = 0
    while sum(chunk.count("\n") for chunk in out) < lines - 2:
        copy += 1
        # each copy's selectors renamed: `- (void)loadMore` -> `- (void)loadMore2` ...
        out.append(re.sub(r"^([-+] \([^)]*\)\w+)", rf"\g<1>{copy}", body, flags=re.M))
    out.append("\n@end\n")
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="mangopy-bench-convert-"))
    os.environ["MANGOPY_CACHE_DIR"] = str(work / "cache")
    from mangopy.convert import convert_file
    from mangopy.convert.source import read_source
    from mangopy.semantics.manifest import baseline

    path = work / "Feed.m"
    path.write_text(generate(args.lines), encoding="utf-8")
    lines = path.read_text().count("\n")
    manifests = [baseline()]
    t0 = time.perf_counter()
    result = convert_file(path, manifests)
    cold = time.perf_counter() - t0
    warm = parse = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        convert_file(path, manifests)
        warm = min(warm, time.perf_counter() - t0)
        t0 = time.perf_counter()
        read_source(path, manifests)
        parse = min(parse, time.perf_counter() - t0)
    figures = {
        "lines": lines,
        "methods": len(result.methods),
        "problems": len(result.problems),
        "cold_s": round(cold, 3),
        "warm_s": round(warm, 3),
        "clang_parse_s": round(parse, 3),
        "target_met": warm <= TARGET_S,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"{lines} lines, {len(result.methods)} methods, {len(result.problems)} conversion problems")
    print(f"convert, cold (SDK precompiled first): {cold:7.2f} s")
    print(f"convert, warm:                         {warm:7.2f} s   ({lines / warm:,.0f} lines/s)")
    print(f"yardstick: libclang parse alone:       {parse:7.2f} s")
    print(f"target: <= {TARGET_S:.0f} s for the warm conversion: {'PASS' if figures['target_met'] else 'ABOVE'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
