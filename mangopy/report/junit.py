"""Diagnostics as a JUnit XML report (Jenkins, GitLab test reports, Azure Pipelines ...).

One ``<testsuite>`` per checked file; one ``<testcase>`` per diagnostic (``name``: code and
position, ``classname``: the file), failed (``<failure type="MF101">``) when its severity is at or
above the run's failing severity, passed with the message as ``<system-out>`` otherwise; a file
without findings has one passing ``<testcase name="mangopy check">``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import PurePath

from mangopy.diagnostics import Severity
from mangopy.report import FileReport
from mangopy.report.text import related_location


def render_junit(reports: Sequence[FileReport], thresholds: Sequence[Severity]) -> str:
    """``thresholds``: each file's failing severity (its configuration's, or --fail-on)."""
    root = ET.Element("testsuites", name="mangopy")
    total = failed = 0
    for report, threshold in zip(reports, thresholds, strict=True):
        path = PurePath(report.path).as_posix()
        suite = ET.SubElement(root, "testsuite", name=path)
        failures = 0
        for d in report.diagnostics:
            r = d.range(report.index)
            case = ET.SubElement(
                suite, "testcase", name=f"{d.code} {r.start.line}:{r.start.column}", classname=path, file=path,
                line=str(r.start.line),
            )  # fmt: skip
            lines = [f"{path}:{r.start.line}:{r.start.column}: {d.severity} {d.code} {d.message}"]
            if d.hint:
                lines.append(f"hint: {d.hint}")
            lines += [f"note: {related_location(report.path, report.index, rel)}: {rel.message}" for rel in d.related]
            if d.severity >= threshold:
                failure = ET.SubElement(case, "failure", type=d.code, message=d.message)
                failure.text = "\n".join(lines)
                failures += 1
            else:
                ET.SubElement(case, "system-out").text = "\n".join(lines)
        if not report.diagnostics:
            ET.SubElement(suite, "testcase", name="mangopy check", classname=path, file=path)
        cases = len(report.diagnostics) or 1
        suite.set("tests", str(cases))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        total += cases
        failed += failures
    root.set("tests", str(total))
    root.set("failures", str(failed))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
