"""Benchmark of `mangopy manifest export`: header parsing throughput with libclang.

    python bench/bench_export.py [--headers N] [--jobs J ...] [--json]

Generates N realistic headers (default 1,000) in a temporary directory: each imports the UIKit
stub and declares a class with ~10 methods and ~5 properties (blocks, structs, generics,
nullability); every 5th header adds a category, every 10th a protocol.  Then it exports them
with each --jobs value (default 1 and 2) and prints headers/s, wall time and peak memory (the
parent's and the largest worker's maximum resident set size, from getrusage).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mangopy.export import export_headers  # noqa: E402

_BASES = ["NSObject", "UIViewController", "UIView", "UITableViewCell", "UITableViewController", "UIControl"]
_TYPES = ["NSString *", "NSInteger", "BOOL", "CGFloat", "NSArray<NSString *> *", "UIView *", "CGRect",
          "NSDictionary<NSString *, id> *", "NSUInteger", "UIColor *"]  # fmt: skip
_WORDS = ["order", "cart", "item", "price", "title", "image", "count", "total", "status", "badge", "user", "note"]


def _word(rng: random.Random) -> str:
    return rng.choice(_WORDS) + rng.choice(["", "Value", "Label", "Name", "Index", "Info"])


def generate_header(i: int, rng: random.Random) -> str:
    name = f"Shop{i:04d}Controller"
    lines = ["#import <UIKit/UIKit.h>", "", "NS_ASSUME_NONNULL_BEGIN", ""]
    if i % 10 == 0:
        finish = f"- (void){name[:1].lower()}{name[1:]}DidFinish:(id)sender;"
        lines += [f"@protocol Shop{i:04d}Delegate <NSObject>", finish, "@optional", "- (BOOL)shouldReload;", "@end", ""]
    protocols = " <UITableViewDataSource, UITableViewDelegate>" if i % 3 == 0 else ""
    lines.append(f"@interface {name} : {rng.choice(_BASES)}{protocols}")
    used: set[str] = set()
    for _ in range(5):
        prop = _word(rng)
        if prop in used:
            continue
        used.add(prop)
        kind = rng.choice([*_TYPES, "void (^)(BOOL)"])
        attrs = "nonatomic, copy" if "*" in kind or "^" in kind else "nonatomic, assign"
        decl = f"void (^{prop})(BOOL finished)" if "^" in kind else f"{kind}{'' if kind.endswith('*') else ' '}{prop}"
        nullable = ", nullable" if "*" in kind and rng.random() < 0.3 else ""
        lines.append(f"@property ({attrs}{nullable}) {decl};")
    for j in range(10):
        ret = rng.choice(["void", "void", "BOOL", "NSInteger", "NSString *", "instancetype"])
        sel = f"{_word(rng)}Action{j}"
        if j % 3 == 0:
            lines.append(f"- ({ret}){sel};")
        elif j % 3 == 1:
            t = rng.choice(_TYPES)
            lines.append(f"- ({ret}){sel}:({t})value;")
        else:
            t1, t2 = rng.choice(_TYPES), rng.choice(_TYPES)
            lines.append(
                f"- ({ret}){sel}:({t1})first with:({t2})second"
                " completion:(void (^ _Nullable)(NSError *_Nullable error))completion;"
            )
    lines.append(f"+ (instancetype)shared{i};")
    lines += ["@end", ""]
    if i % 5 == 0:
        lines += [f"@interface {name} (Tracking)", "- (void)trackEvent:(NSString *)event;", "@end", ""]
    lines.append("NS_ASSUME_NONNULL_END")
    return "\n".join(lines) + "\n"


def generate(directory: Path, count: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    for i in range(count):
        sub = directory / f"Module{i % 20:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"Shop{i:04d}Controller.h").write_text(generate_header(i, rng))


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--headers", type=int, default=1000)
    parser.add_argument("--jobs", type=int, action="append")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="mangopy-bench-export-") as tmp:
        generate(Path(tmp), args.headers)
        reference: str | None = None
        for jobs in args.jobs or [1, 2]:
            start = time.perf_counter()
            manifest, report = export_headers([tmp], sdk="stub", jobs=jobs)
            wall = time.perf_counter() - start
            text = json.dumps(manifest)
            if reference is None:
                reference = text
            results.append(
                {
                    "jobs": jobs,
                    "headers": args.headers,
                    "classes": len(manifest["classes"]),
                    "lost": report.lost_files,
                    "wall_s": round(wall, 3),
                    "headers_per_s": round(args.headers / wall, 1),
                    "same_as_first": text == reference,
                    "peak_rss_mb_parent": round(_peak_mb(resource.RUSAGE_SELF), 1),
                    "peak_rss_mb_worker": round(_peak_mb(resource.RUSAGE_CHILDREN), 1),
                }
            )
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            print(
                f"jobs={r['jobs']}: {r['headers']} headers -> {r['classes']} classes in {r['wall_s']:.2f} s "
                f"({r['headers_per_s']:.0f} headers/s), peak RSS parent {r['peak_rss_mb_parent']:.0f} MB, "
                f"worker {r['peak_rss_mb_worker']:.0f} MB, identical output: {r['same_as_first']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
