"""Diagnostics as a GitLab Code Quality report (the Code Climate issue format GitLab reads).

A JSON array of issues: ``description``, ``check_name`` (the code), ``fingerprint`` (stable for
the same finding at the same place: GitLab compares reports between branches by it),
``severity`` (``critical`` for errors, ``major`` for warnings, ``info``) and ``location``
(``path``, ``lines.begin``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from mangopy.diagnostics import Severity
from mangopy.report import FileReport

_SEVERITIES = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.INFO: "info"}


def render_gitlab(reports: Sequence[FileReport]) -> str:
    issues: list[dict[str, Any]] = []
    for report in reports:
        path = PurePath(report.path).as_posix()
        seen: dict[str, int] = {}
        for d in report.diagnostics:
            start = report.index.position(d.start)
            end = report.index.position(d.end)
            # the finding's own text, not its line number: the fingerprint survives lines added above
            key = "\0".join((path, d.code, d.message, report.index.text[d.start : d.end]))
            seen[key] = seen.get(key, 0) + 1  # the same finding twice in a file: two fingerprints
            key += f"\0{seen[key]}"
            issues.append(
                {
                    "type": "issue",
                    "description": f"{d.code} {d.message}",
                    "check_name": d.code,
                    "categories": ["Bug Risk"],
                    "fingerprint": hashlib.sha256(key.encode("utf-8")).hexdigest(),
                    "severity": _SEVERITIES[d.severity],
                    "location": {"path": path, "lines": {"begin": start.line, "end": end.line}},
                }
            )
    return json.dumps(issues, indent=2, ensure_ascii=False)
