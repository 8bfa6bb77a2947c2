"""Diagnostics as GitHub Actions workflow commands, which GitHub shows as annotations on the code.

One line per diagnostic::

    ::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=CODE::MESSAGE

``warning`` for warnings, ``notice`` for info.  The hint and related notes follow the message on
lines of their own (escaped, so the command stays one line).  Escaping follows GitHub's toolkit
(``@actions/core``): ``%``, CR and LF in the message; also ``:`` and ``,`` in property values.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from mangopy.diagnostics import Diagnostic, LineIndex, Severity
from mangopy.report import FileReport
from mangopy.report.text import related_location

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(reports: Sequence[FileReport]) -> str:
    """Every diagnostic of every file as one workflow command line each."""
    return "\n".join(github_command(report.path, report.index, d) for report in reports for d in report.diagnostics)


def github_command(path: str, index: LineIndex, d: Diagnostic) -> str:
    r = d.range(index)
    properties = {
        "file": PurePath(path).as_posix(),
        "line": str(r.start.line),
        "col": str(r.start.column),
        "endLine": str(r.end.line),
        "endColumn": str(r.end.column),
        "title": d.code,
    }
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    lines = [d.message]
    if d.hint:
        lines.append(f"hint: {d.hint}")
    for rel in d.related:
        lines.append(f"note: {related_location(path, index, rel)}: {rel.message}")
    message = escape_data("\n".join(lines))
    return f"::{_COMMANDS[d.severity]} {props}::{message}"
