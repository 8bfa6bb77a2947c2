"""Real-world benchmark of `mangopy manifest export`: real open-source checkouts, out of the box.

    python bench/realworld/run.py CHECKOUT [CHECKOUT ...] [--jobs 2] [--examples 3] [--json FILE]

For every checkout (a directory; nothing is fetched: see bench/realworld/README.md for which
repositories and commits, and how to get them), this runs exactly what a new user runs:

    mangopy manifest export CHECKOUT -o TMP/app_classes.json --jobs 2

(the CLI, in a subprocess, default options), times it, and reads the manifest it wrote. Then it
works out which input files contributed nothing, and why:

* a file contributes when the manifest names it as the ``source`` of a class, a protocol, or a
  member (methods and properties declared in another file than their class's ``@interface``);
* every other input file is parsed again on its own with the exporter's own ``parse_file`` and
  clang arguments, and put in one bucket: the first fatal clang message, grouped by kind
  (include not found, split into SDK / framework-style / generated ``-Swift.h`` / case mismatch;
  module not found; too many errors; ...), or, without a fatal error, "no declarations" (a
  ``.m`` with only ``@implementation``: its methods are not exported; a header declaring no
  class or protocol: nothing was lost).

Per project it prints files read, files that contributed, the files lost by cause, classes,
methods, protocols, export time and files/s; then the causes of all projects ranked by how many
files each loses, with example files and clang messages.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mangopy.export import collect_inputs  # noqa: E402

#: Buckets of files that contributed nothing although nothing fatal happened.
NO_DECLS_IMPL = "no declarations: .m with @implementation only (its methods are not exported)"
NO_DECLS_EMPTY = "no declarations: declares no class/protocol (nothing lost)"
CREDITED_ELSEWHERE = "declarations found, but the manifest credits another file (same name declared twice?)"
BENIGN = {NO_DECLS_EMPTY}


@dataclass
class Lost:
    file: str  # relative to the checkout
    cause: str
    where: str = ""  # file:line of the fatal diagnostic
    message: str = ""


@dataclass
class Project:
    name: str
    path: str
    files: int = 0
    contributed: int = 0
    classes: int = 0
    category_only: int = 0
    methods: int = 0
    protocols: int = 0
    seconds: float = 0.0
    exit_status: int = 0
    problems_reported: int = 0
    lost: list[Lost] = field(default_factory=list)

    @property
    def files_per_second(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0

    @property
    def fatal(self) -> int:
        return sum(1 for x in self.lost if x.message)

    @property
    def benign(self) -> int:
        return sum(1 for x in self.lost if x.cause in BENIGN)


# --- running the export as a user does ------------------------------------------------------


def run_export(checkout: Path, out: Path, jobs: int) -> tuple[float, int, str]:
    cmd = [sys.executable, "-m", "mangopy", "manifest", "export", str(checkout), "-o", str(out), "--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    return time.perf_counter() - start, proc.returncode, proc.stderr


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


# --- re-diagnosing the files that contributed nothing -------------------------------------------

_NOT_FOUND = re.compile(r"'([^']+)' file not found")
_SDK_PLAIN = {"TargetConditionals.h", "Availability.h", "AvailabilityMacros.h", "AvailabilityInternal.h"}
_MODULE = re.compile(r"module '([^']+)' not found")


def classify(message: str, checkout_names: dict[str, set[str]]) -> str:
    """A cause bucket for a fatal clang message."""
    m = _NOT_FOUND.search(message)
    if m:
        header = m.group(1)
        base = header.rsplit("/", 1)[-1]
        if base.endswith("-Swift.h"):
            return "include not found: generated <Module>-Swift.h"
        if base in checkout_names.get("exact", set()):
            if "/" in header:
                return "include not found: framework-style <Lib/Lib.h> of a header in the checkout (CocoaPods/SPM)"
            return "include not found: header in the checkout but not on the search path"
        if base.lower() in checkout_names.get("lower", set()):
            return "include not found: case mismatch with a header in the checkout"
        if "/" in header and header.split("/", 1)[0].lower() in checkout_names.get("pods", set()):
            return "include not found: CocoaPods dependency (Pods/ not in the checkout)"
        if "/" in header:
            return "include not found: SDK header missing from the stub SDK (<Framework/X.h>, <sys/x.h>)"
        if base[:1].islower() or base in _SDK_PLAIN:
            return "include not found: C/system header missing from the stub SDK"
        if base.rsplit(".", 1)[0].lower() in checkout_names.get("pods", set()):
            return "include not found: CocoaPods dependency (Pods/ not in the checkout)"
        return 'include not found: "X.h" in no input (a Pod\'s or a missing project file)'
    if _MODULE.search(message):
        return "module not found"
    if "could not build module" in message:
        return "could not build module"
    if "too many errors" in message:
        return "clang error limit (too many errors emitted)"
    if message.startswith("cannot read `"):
        return "exporter cannot read a declaration"
    return "other fatal error"


def pods(checkout: Path) -> set[str]:
    """Lower-cased pod names of the checkout's Podfile.lock / Podfile (pods are rarely committed)."""
    names: set[str] = set()
    for name in ("Podfile.lock", "Podfile"):
        for path in checkout.rglob(name):
            text = path.read_text(errors="replace")
            names.update(m.lower() for m in re.findall(r"^\s*-?\s*(?:pod\s+)?['\"]?([A-Za-z0-9_+.-]+)", text, re.M))
    return names - {"pods", "dependencies", "spec", "checksums", "cocoapods", "target", "use_frameworks!"}


def _diagnose(job: tuple[str, list[str], str, str]) -> tuple[str, str, int, str, int]:
    """(relative, first fatal where, line, message, number of declarations) for one file."""
    from mangopy.export.parse import parse_file

    path, args, shown, relative = job
    result = parse_file(path, args, shown, relative)
    if result.problems:
        where, line, message = result.problems[0]
        return relative, where, line, message, len(result.decls)
    return relative, "", 0, "", len(result.decls)


def diagnose(checkout: Path, files: list[Path], missing: list[Path], jobs: int) -> list[Lost]:
    """Parse each file of ``missing`` again on its own, with the exporter's arguments."""
    from mangopy.export import clang_args, common_root
    from mangopy.export.sdk import resolve_sdk

    root = common_root(files)
    names = {"exact": {f.name for f in files}, "lower": {f.name.lower() for f in files}, "pods": pods(checkout)}
    cache = tempfile.mkdtemp(prefix="mangopy-bench-modules-")
    args = clang_args(resolve_sdk("auto"), (), (), files, cache)
    work = [(str(f.resolve()), str(f), f.resolve().relative_to(root).as_posix(), "") for f in missing]
    work = [(p, args, shown, rel) for p, shown, rel, _ in work]
    lost: list[Lost] = []
    with ProcessPoolExecutor(max_workers=max(1, jobs), mp_context=get_context("spawn")) as pool:
        for relative, where, line, message, ndecls in pool.map(_diagnose, work, chunksize=8):
            if message:
                shown = os.path.relpath(where, checkout) if os.path.isabs(where) else where
                shown = shown if not shown.startswith("..") else where
                lost.append(Lost(relative, classify(message, names), f"{shown}:{line}", message))
            elif ndecls:
                lost.append(Lost(relative, CREDITED_ELSEWHERE))
            else:
                text = (root / relative).read_text(errors="replace")
                has_impl = "@implementation" in text and relative.endswith(".m")
                lost.append(Lost(relative, NO_DECLS_IMPL if has_impl else NO_DECLS_EMPTY))
    return lost


def measure(checkout: Path, jobs: int) -> Project:
    project = Project(checkout.name, str(checkout))
    files = collect_inputs([checkout])
    project.files = len(files)
    with tempfile.TemporaryDirectory(prefix="mangopy-realworld-") as tmp:
        out = Path(tmp) / "app_classes.json"
        project.seconds, project.exit_status, stderr = run_export(checkout, out, jobs)
        if not out.exists():
            raise SystemExit(f"{checkout}: the export wrote no manifest (exit {project.exit_status}):\n{stderr}")
        manifest = json.loads(out.read_text())
    project.problems_reported = sum(1 for line in stderr.splitlines() if not line.startswith("mangopy:"))
    classes = manifest.get("classes", {})
    project.classes = len(classes)
    project.category_only = sum(1 for c in classes.values() if "superclass" not in c)
    project.methods = sum(
        len(c.get("instance_methods", {})) + len(c.get("class_methods", {})) for c in classes.values()
    )
    project.protocols = len(manifest.get("protocols", {}))
    from mangopy.export import common_root

    root = common_root(files)
    contributed = contributing_files(manifest)
    missing = [f for f in files if f.resolve().relative_to(root).as_posix() not in contributed]
    project.contributed = project.files - len(missing)
    project.lost = diagnose(checkout, files, missing, jobs)
    return project


# --- report -----------------------------------------------------------------------------------------


def _table(rows: list[list[str]], right: set[int]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("| " + " | ".join(cells) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def _pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:.1f} %" if d else "-"


def report(projects: list[Project], examples: int) -> str:
    out: list[str] = []
    head = ["project", "files", "contributed", "lost (fatal)", "no decls: @impl only", "no decls: benign",
            "classes", "(cat. only)", "methods", "protocols", "time", "files/s"]  # fmt: skip
    rows = [head]
    for p in projects:
        impl = sum(1 for x in p.lost if x.cause == NO_DECLS_IMPL)
        rows.append([p.name, str(p.files), f"{p.contributed} ({_pct(p.contributed, p.files)})",
                     f"{p.fatal} ({_pct(p.fatal, p.files)})", str(impl), str(p.benign), str(p.classes),
                     str(p.category_only), str(p.methods), str(p.protocols), f"{p.seconds:.1f} s",
                     f"{p.files_per_second:.0f}"])  # fmt: skip
    out.append(_table(rows, set(range(1, len(head)))))
    out.append("")
    out.append("'contributed': the manifest names the file as the source of a class, protocol or member.")
    out.append("'lost (fatal)': a fatal clang error when the file is parsed on its own (nothing of it is kept).")
    for p in projects:
        out.append("")
        out.append(f"## {p.name}: files that contributed nothing, by cause")
        by = Counter(x.cause for x in p.lost)
        rows = [["cause", "files"]] + [[c, str(n)] for c, n in by.most_common()]
        out.append(_table(rows, {1}))
        missing = Counter(_NOT_FOUND.search(x.message).group(1) for x in p.lost if _NOT_FOUND.search(x.message))
        if missing:
            top = ", ".join(f"{h} ({n})" for h, n in missing.most_common(8))
            out.append(f"most lost-to headers: {top}")
    out.append("")
    out.append("## Causes over all projects, ranked by files lost")
    total = sum(p.files for p in projects)
    by_cause: dict[str, list[tuple[str, Lost]]] = defaultdict(list)
    for p in projects:
        for x in p.lost:
            by_cause[x.cause].append((p.name, x))
    ranked = sorted(by_cause.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    rows = [["#", "cause", "files", "share of all files"]]
    rows += [[str(i), c, str(len(xs)), _pct(len(xs), total)] for i, (c, xs) in enumerate(ranked, 1)]
    out.append(_table(rows, {0, 2, 3}))
    for i, (cause, xs) in enumerate(ranked, 1):
        if cause in BENIGN:
            continue
        out.append("")
        out.append(f"{i}. {cause}: {len(xs)} files")
        seen: set[str] = set()
        shown = 0
        for name, x in xs:
            key = x.message or x.file
            if key in seen:
                continue
            seen.add(key)
            detail = f" -> {x.where}: {x.message}" if x.message else ""
            out.append(f"   {name}: {x.file}{detail}")
            shown += 1
            if shown >= examples:
                break
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("checkouts", nargs="+", type=Path, help="project checkouts (directories)")
    ap.add_argument("--jobs", type=int, default=2, help="--jobs given to the export (default 2)")
    ap.add_argument("--examples", type=int, default=3, help="example files shown per cause")
    ap.add_argument("--json", type=Path, help="also write the figures and every lost file as JSON")
    ns = ap.parse_args(argv)
    for c in ns.checkouts:
        if not c.is_dir():
            ap.error(f"{c}: not a directory (see bench/realworld/README.md to get the checkouts)")
    projects = [measure(c, ns.jobs) for c in ns.checkouts]
    print(report(projects, ns.examples))
    if ns.json:
        data = [asdict(p) | {"files_per_second": p.files_per_second} for p in projects]
        ns.json.write_text(json.dumps(data, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
