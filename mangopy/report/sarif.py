"""Diagnostics as a SARIF 2.1.0 log (for GitHub code scanning and other SARIF viewers).

One run, one result per diagnostic.  SARIF regions use 1-based lines and columns with an exclusive
end, exactly like ours; columns count Unicode code points (``columnKind: unicodeCodePoints``).
Paths become URI references: relative paths stay relative (forward slashes, percent-encoded),
absolute paths become ``file://`` URIs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from mangopy.diagnostics import Diagnostic, LineIndex, Related, RuleInfo, Severity
from mangopy.report import FileReport

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
TOOL_NAME = "mangopy"
INFORMATION_URI = "https://github.com/mangopy/mangopy"

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def sarif_level(severity: Severity) -> str:
    """The SARIF ``level`` for one of our severities."""
    return _LEVELS[severity]


def artifact_uri(path: str) -> str:
    """A SARIF ``artifactLocation.uri`` for a path as the user gave it."""
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(PurePath(path).as_posix(), safe="/")


def render_sarif(reports: Sequence[FileReport], rules: Sequence[RuleInfo], tool_version: str) -> str:
    """A complete SARIF 2.1.0 log, as JSON text, for the analysed files and the rule catalogue."""
    rule_index: dict[str, int] = {}
    for i, rule in enumerate(rules):
        rule_index.setdefault(rule.code, i)

    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[str, int] = {}
    indexes: dict[str, LineIndex] = {}
    for report in reports:
        indexes.setdefault(report.path, report.index)
        uri = artifact_uri(report.path)
        if uri not in artifact_index:
            artifact_index[uri] = len(artifacts)
            artifacts.append({"location": {"uri": uri}, "roles": ["analysisTarget"]})

    results = [
        _result(report, d, rule_index, artifact_index, indexes) for report in reports for d in report.diagnostics
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": TOOL_NAME,
                "version": tool_version,
                "informationUri": INFORMATION_URI,
                "rules": [_descriptor(rule) for rule in rules],
            }
        },
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    log = {"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False)


def _descriptor(rule: RuleInfo) -> dict[str, Any]:
    help_text, help_markdown = _help(rule)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation or rule.summary},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": sarif_level(rule.severity)},
    }


def _help(rule: RuleInfo) -> tuple[str, str]:
    """Plain-text and Markdown help: the explanation, then the bad and good examples."""
    text = [rule.explanation or rule.summary]
    markdown = [rule.explanation or rule.summary]
    for title, code in (("Triggers the rule", rule.bad), ("Correct", rule.good)):
        if not code.strip():
            continue
        code = code.strip("\n")
        text.append(f"{title}:\n\n" + "\n".join(f"    {line}" if line else "" for line in code.splitlines()))
        fence = _fence(code)
        markdown.append(f"{title}:\n\n{fence}\n{code}\n{fence}")
    return "\n\n".join(text), "\n\n".join(markdown)


def _fence(code: str) -> str:
    """A backtick fence longer than any backtick run inside ``code``."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    return "`" * max(3, longest + 1)


def _message(d: Diagnostic) -> str:
    return f"{d.message} (hint: {d.hint})" if d.hint else d.message


def _result(
    report: FileReport,
    d: Diagnostic,
    rule_index: dict[str, int],
    artifact_index: dict[str, int],
    indexes: dict[str, LineIndex],
) -> dict[str, Any]:
    out: dict[str, Any] = {"ruleId": d.code}
    if d.code in rule_index:
        out["ruleIndex"] = rule_index[d.code]
    out["level"] = sarif_level(d.severity)
    out["message"] = {"text": _message(d)}
    out["locations"] = [{"physicalLocation": _physical(report.path, report.index, d.start, d.end, artifact_index)}]
    if d.related:
        out["relatedLocations"] = [
            _related(i, rel, report, artifact_index, indexes) for i, rel in enumerate(d.related, start=1)
        ]
    return out


def _related(
    id_: int, rel: Related, report: FileReport, artifact_index: dict[str, int], indexes: dict[str, LineIndex]
) -> dict[str, Any]:
    path = rel.path if rel.path is not None else report.path
    index = report.index if rel.path is None else indexes.get(rel.path)
    physical = _physical(path, index if rel.line is None else None, rel.start, rel.end, artifact_index)
    if rel.path is not None and rel.line:
        physical["region"] = {"startLine": rel.line}
    return {"id": id_, "physicalLocation": physical, "message": {"text": rel.message}}


def _physical(
    path: str, index: LineIndex | None, start: int, end: int, artifact_index: dict[str, int]
) -> dict[str, Any]:
    """A physicalLocation; without the file's text (a related location in a file not analysed
    here) there is no way to turn offsets into lines, so the region is left out."""
    uri = artifact_uri(path)
    location: dict[str, Any] = {"uri": uri}
    if uri in artifact_index:
        location["index"] = artifact_index[uri]
    out: dict[str, Any] = {"artifactLocation": location}
    if index is not None:
        r = index.range(start, end)
        out["region"] = {
            "startLine": r.start.line,
            "startColumn": r.start.column,
            "endLine": r.end.line,
            "endColumn": r.end.column,
        }
    return out
