"""Real-world benchmark of `mangopy manifest export`: real open-source checkouts, out of the box.

    python bench/realworld/run.py CHECKOUT [CHECKOUT ...] [--jobs 2] [--examples 3] [--json FILE]

For every checkout (a directory; nothing is fetched: see bench/realworld/README.md for which
repositories and commits, and how to get them), this runs what a new user runs,

    mangopy manifest export CHECKOUT -o app_classes.json --jobs 2

through the library (``export_headers`` with its defaults: the stub SDK unless Xcode is there,
the project's build settings discovered, no excludes), times it, and prints per project:

* files read; files parsed (no fatal error: the exporter's own count), of them those that needed
  an include or a module read as empty (what was missing is listed below); files lost, by cause;
* files that *contributed*: the manifest names them as the ``source`` of a class, a protocol or a
  member (a file declaring nothing, e.g. a constants header, contributes nothing and loses
  nothing);
* classes, methods (of them only in an ``@implementation``), protocols, wall time and files/s.

Then, over all projects, the includes most often read as empty (pods not installed, frameworks
the stub SDK lacks, generated headers): what would make the manifests more complete.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mangopy.export import export_headers  # noqa: E402


@dataclass
class Project:
    name: str
    path: str
    files: int = 0
    parsed: int = 0
    with_warnings: int = 0
    contributed: int = 0
    classes: int = 0
    methods: int = 0
    implementation_methods: int = 0
    protocols: int = 0
    seconds: float = 0.0
    settings: str = ""
    lost: dict[str, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    missing: dict[str, int] = field(default_factory=dict)  # include as written -> files

    @property
    def files_per_second(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0


def contributing_files(manifest: dict[str, Any]) -> set[str]:
    """Files (relative to the inputs' common directory) the manifest names as a source."""
    found: set[str] = set()

    def note(source: Any) -> None:
        if isinstance(source, dict) and isinstance(source.get("file"), str):
            found.add(source["file"])

    for kind in ("classes", "protocols"):
        for entry in manifest.get(kind, {}).values():
            note(entry.get("source"))
            for members in ("instance_methods", "class_methods", "properties"):
                for member in entry.get(members, {}).values():
                    note(member.get("source"))
    return found


_WRITTEN = re.compile(r"^`([^`]+)`")


def measure(checkout: Path, jobs: int) -> Project:
    project = Project(checkout.name, str(checkout))
    start = time.perf_counter()
    manifest, report = export_headers([checkout], jobs=jobs)
    project.seconds = time.perf_counter() - start
    project.files = report.files
    project.parsed = report.contributing
    project.with_warnings = report.with_warnings
    project.contributed = len(contributing_files(manifest))
    project.classes = report.classes
    project.methods = report.methods
    project.implementation_methods = report.implementation_methods
    project.protocols = report.protocols
    project.settings = report.settings
    project.lost = {cause: sorted(files) for cause, files in report.lost.items()}
    project.problems = [str(p) for p in report.problems]
    missing: Counter[str] = Counter()
    for warning in report.warnings:
        m = _WRITTEN.match(warning.message)
        missing[m.group(1) if m else warning.message] += 1
    project.missing = dict(missing)
    return project


def _table(rows: list[list[str]], right: set[int]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [c.rjust(widths[i]) if i in right and n else c.ljust(widths[i]) for i, c in enumerate(row)]
        lines.append("| " + " | ".join(cells) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def _pct(n: int, d: int) -> str:
    return f"{n} ({100.0 * n / d:.1f} %)" if d else "0"


def report(projects: list[Project], examples: int) -> str:
    rows = [["project", "files", "parsed", "of them with includes read as empty", "lost", "contributed",
             "classes", "methods (@impl only)", "protocols", "time", "files/s"]]  # fmt: skip
    for p in projects:
        lost = sum(len(v) for v in p.lost.values())
        rows.append([
            p.name, str(p.files), _pct(p.parsed, p.files), str(p.with_warnings), str(lost),
            _pct(p.contributed, p.files), str(p.classes), f"{p.methods} ({p.implementation_methods})",
            str(p.protocols), f"{p.seconds:.1f} s", f"{p.files_per_second:.0f}",
        ])  # fmt: skip
    out = [_table(rows, set(range(1, 11))), ""]
    out.append("'parsed': no fatal error (an include or module nobody provides is read as empty, with a warning).")
    out.append("'contributed': the manifest names the file as the source of a class, protocol or member.")
    for p in projects:
        out += ["", f"## {p.name}", p.settings]
        for cause, files in sorted(p.lost.items(), key=lambda kv: -len(kv[1])):
            out.append(f"lost, {cause}: {len(files)} file(s), e.g. {', '.join(files[:examples])}")
        for problem in p.problems[:examples]:
            out.append(f"  {problem}")
    total: Counter[str] = Counter()
    for p in projects:
        total.update(p.missing)
    if total:
        out += ["", "## includes most often read as empty (all projects; files that needed them)"]
        out += [f"{n:5}  {name}" for name, n in total.most_common(15)]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkouts", nargs="+", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    for checkout in args.checkouts:
        if not checkout.is_dir():
            parser.error(f"{checkout}: not a directory")
    projects = [measure(c, args.jobs) for c in args.checkouts]
    print(report(projects, args.examples))
    if args.json:
        args.json.write_text(json.dumps([asdict(p) for p in projects], indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
