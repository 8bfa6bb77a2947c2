"""Start-up of the command line: `mangopy check one.mg` next to `python -c pass`.

    python bench/bench_startup.py [--runs N] [--json]

Each command runs N times (default 30) in a fresh process, after two warm-up runs, with
byte-compiled modules (a private ``PYTHONPYCACHEPREFIX``, whatever ``PYTHONDONTWRITEBYTECODE`` says:
an installed tool has its .pyc files) and a warm manifest cache.  Prints p50/p95 wall time of:

* the yardstick, `python -c pass` (the same interpreter);
* `python -c "import click"`: what the CLI framework alone costs;
* `mangopy --version`, and `mangopy check one.mg` (a 3-line script, SDK baseline only, no app
  manifest) and the same with the example app manifest — target: ≤ 3 × the yardstick;
* the modules `mangopy check` imports (`-X importtime`), the ten most expensive.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 3.0
SCRIPT = "class OrderCell : UITableViewCell {\n- (void)prepareForReuse { super.prepareForReuse(); }\n}\n"


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _wall(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, check=False)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')}")
    return wall


def _imports(cmd: list[str], env: dict[str, str], cwd: Path) -> list[tuple[int, str]]:
    """(self µs, module) of the ten most expensive imports, by their own time."""
    proc = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], env=env, cwd=cwd, capture_output=True, text=True)
    rows = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            self_us, _cumulative, name = (part.strip() for part in line[len("import time:") :].split("|"))
            if self_us.isdigit():
                rows.append((int(self_us), name))
    return sorted(rows, reverse=True)[:10]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="mangopy-startup-"))
    (work / "one.mg").write_text(SCRIPT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "lsp")]),
        PYTHONPYCACHEPREFIX=str(work / "pycache"),
        MANGOPY_CACHE_DIR=str(work / "cache"),
    )
    py = sys.executable
    manifest = str(ROOT / "examples" / "app_classes.json")
    commands = {
        "yardstick: python -c pass": [py, "-c", "pass"],
        'python -c "import click"': [py, "-c", "import click"],
        "mangopy --version": [py, "-m", "mangopy", "--version"],
        "mangopy check one.mg": [py, "-m", "mangopy", "check", "one.mg"],
        "mangopy check one.mg --manifest M": [py, "-m", "mangopy", "check", "one.mg", "--manifest", manifest],
    }
    figures: dict[str, tuple[float, float]] = {}
    for label, cmd in commands.items():
        for _ in range(2):  # byte-compile, fill the manifest cache
            _wall(cmd, env, work)
        figures[label] = _percentiles([_wall(cmd, env, work) for _ in range(args.runs)])
    yardstick = figures["yardstick: python -c pass"][0]
    ratio = figures["mangopy check one.mg"][0] / yardstick
    heaviest = _imports(commands["mangopy check one.mg"], env, work)
    if args.json:
        print(json.dumps({"runs": args.runs, "p50_p95_s": figures, "ratio": ratio, "imports_us": heaviest}, indent=2))
        return 0
    print(f"Python {sys.version.split()[0]}; {args.runs} runs each, p50 / p95 wall time:")
    for label, (p50, p95) in figures.items():
        print(f"  {label:<36} {p50 * 1000:7.1f} ms / {p95 * 1000:7.1f} ms   ({p50 / yardstick:4.1f} x)")
    verdict = "PASS" if ratio <= TARGET_RATIO else "ABOVE"
    print(f"target: mangopy check one.mg <= {TARGET_RATIO:.0f} x python -c pass: {ratio:.1f} x, {verdict}")
    print("heaviest imports of `mangopy check one.mg` (own time):")
    for self_us, name in heaviest:
        print(f"  {self_us / 1000:6.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
