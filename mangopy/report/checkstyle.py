"""Diagnostics as a Checkstyle XML report (Danger's checkstyle_format, Jenkins warnings-ng ...).

``<checkstyle version="4.3">`` with a ``<file name>`` per checked file and an ``<error line column
severity message source>`` per finding (``severity``: error, warning or info; ``source``: the code).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import PurePath

from mangopy.report import FileReport


def render_checkstyle(reports: Sequence[FileReport]) -> str:
    root = ET.Element("checkstyle", version="4.3")
    for report in reports:
        node = ET.SubElement(root, "file", name=PurePath(report.path).as_posix())
        for d in report.diagnostics:
            start = report.index.position(d.start)
            message = d.message + (f" (hint: {d.hint})" if d.hint else "")
            ET.SubElement(
                node, "error", line=str(start.line), column=str(start.column), severity=str(d.severity),
                message=message, source=f"mangopy.{d.code}",
            )  # fmt: skip
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
