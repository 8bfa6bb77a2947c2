"""A baseline of accepted findings: ``mangopy check --baseline FILE`` reports only what is new.

A team adopting the gate on existing scripts records today's findings once (``--write-baseline``)
and fails only on findings that are not in the file.  A finding is recognised by its script (the
path relative to the baseline file), its code and the text of its line with spacing normalised,
not by its line number, so an edit above it does not bring it back; identical findings are
counted, so a second copy of an accepted mistake is new.  Load-blocking findings (the script would
not load in MangoFix) are never written to a baseline nor matched by one.

The file is JSON, sorted, one finding per entry, made to be committed and reviewed::

    {"mangopy-baseline": 1, "findings": [{"path": "fixes/cart.mf", "code": "MF117",
      "line": "self.tabelView.reloadData();", "message": "...", "count": 1}]}
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mangopy.diagnostics import Diagnostic
from mangopy.report import FileReport

FORMAT_VERSION = 1

_Key = tuple[str, str, str]  # path, code, line text


class BaselineError(Exception):
    """The baseline file cannot be read or is not a mangopy baseline."""


def _line_text(report: FileReport, d: Diagnostic) -> str:
    text = report.index.text
    start = text.rfind("\n", 0, d.start) + 1
    end = text.find("\n", d.start)
    return " ".join(text[start : end if end >= 0 else len(text)].split())


def _relative(path: str, root: Path) -> str:
    """``path`` relative to the baseline's directory, with `/` (as given when it is elsewhere)."""
    try:
        return Path(os.path.relpath(Path(path).resolve(), root.resolve())).as_posix()
    except ValueError:  # another drive
        return Path(path).as_posix()


@dataclass
class Baseline:
    """Accepted findings, with how many of each are accepted."""

    root: Path  # the directory paths are relative to
    accepted: Counter[_Key] = field(default_factory=Counter)
    messages: dict[_Key, str] = field(default_factory=dict)

    @classmethod
    def from_reports(cls, reports: list[FileReport], root: Path, blocking: frozenset[str]) -> Baseline:
        baseline = cls(root)
        for report in reports:
            path = _relative(report.path, root)
            for d in report.diagnostics:
                if d.code in blocking:
                    continue
                key = (path, d.code, _line_text(report, d))
                baseline.accepted[key] += 1
                baseline.messages.setdefault(key, d.message)
        return baseline

    def dumps(self) -> str:
        findings = [
            {"path": p, "code": c, "line": line, "message": self.messages.get((p, c, line), ""), "count": n}
            for (p, c, line), n in sorted(self.accepted.items())
        ]
        document = {"mangopy-baseline": FORMAT_VERSION, "findings": findings}
        return json.dumps(document, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from exc
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BaselineError(f"{path}: not a mangopy baseline (not JSON: {exc})") from exc
        if not isinstance(data, dict) or data.get("mangopy-baseline") != FORMAT_VERSION:
            raise BaselineError(f'{path}: not a mangopy baseline (expected "mangopy-baseline": {FORMAT_VERSION})')
        baseline = cls(path.parent)
        findings = data.get("findings")
        if not isinstance(findings, list):
            raise BaselineError(f'{path}: "findings" must be a list')
        for n, entry in enumerate(findings):
            ok = isinstance(entry, dict) and all(isinstance(entry.get(k), str) for k in ("path", "code", "line"))
            count = entry.get("count", 1) if isinstance(entry, dict) else None
            if not ok or not isinstance(count, int) or isinstance(count, bool) or count < 1:
                raise BaselineError(f"{path}: finding {n + 1}: expected path, code, line (strings) and a count ≥ 1")
            key = (entry["path"], entry["code"], entry["line"])
            baseline.accepted[key] += count
            baseline.messages.setdefault(key, str(entry.get("message", "")))
        return baseline

    def apply(self, reports: list[FileReport], blocking: frozenset[str]) -> tuple[list[FileReport], int, int]:
        """The reports without the accepted findings; how many were accepted here; and how many
        accepted findings no longer occur (in the scripts checked: others are not judged)."""
        left = Counter(self.accepted)
        seen_paths: set[str] = set()
        out: list[FileReport] = []
        matched = 0
        for report in reports:
            path = _relative(report.path, self.root)
            seen_paths.add(path)
            kept: list[Diagnostic] = []
            for d in report.diagnostics:
                key = (path, d.code, _line_text(report, d))
                if d.code not in blocking and left[key] > 0:
                    left[key] -= 1
                    matched += 1
                else:
                    kept.append(d)
            out.append(FileReport(report.path, report.index, kept))
        stale = sum(n for (p, _c, _l), n in left.items() if p in seen_paths and n > 0)
        return out, matched, stale
