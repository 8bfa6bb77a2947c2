"""Diagnostics as Xcode (and clang) prints them, so a Run Script build phase shows them inline.

One line per diagnostic, the absolute path first::

    /abs/path/fix.mf:12:5: error: `OrderCell` is a subclass of `UITableViewCell` ... [MF101]

``error``, ``warning``, and ``note`` for info; the hint and related locations follow as ``note:``
lines (a related location in another file with its own path and line).  Xcode's issue navigator
reads exactly this shape (clang's ``-fdiagnostics-format=clang``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from mangopy.diagnostics import Diagnostic, LineIndex, Severity
from mangopy.report import FileReport

_KINDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render_xcode(reports: Sequence[FileReport]) -> str:
    """Every diagnostic of every file, in Xcode's ``path:line:column: kind: message`` form."""
    return "\n".join(line for r in reports for d in r.diagnostics for line in xcode_lines(r.path, r.index, d))


def xcode_lines(path: str, index: LineIndex, d: Diagnostic) -> list[str]:
    where = os.path.abspath(path) if path != "-" else "<stdin>"
    start = index.position(d.start)
    at = f"{where}:{start.line}:{start.column}"
    lines = [f"{at}: {_KINDS[d.severity]}: {_one_line(d.message)} [{d.code}]"]
    if d.hint:
        lines.append(f"{at}: note: {_one_line(d.hint)}")
    for rel in d.related:
        if rel.path is None or os.path.abspath(rel.path) == where:
            pos = index.position(rel.start)
            lines.append(f"{where}:{pos.line}:{pos.column}: note: {_one_line(rel.message)}")
        else:  # as the manifest names it (relative to the app's sources, which are elsewhere)
            lines.append(f"{rel.path}:{rel.line or 1}:1: note: {_one_line(rel.message)}")
    return lines


def _one_line(text: str) -> str:
    return " ".join(text.split())
