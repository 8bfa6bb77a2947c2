"""Diagnostics as JSON-ready dicts (1-based lines and columns, end exclusive)."""

from __future__ import annotations

from typing import Any

from mangopy.diagnostics import Diagnostic, LineIndex


def diagnostic_dict(path: str, index: LineIndex, d: Diagnostic) -> dict[str, Any]:
    r = d.range(index)
    out: dict[str, Any] = {
        "path": path,
        "line": r.start.line,
        "column": r.start.column,
        "end_line": r.end.line,
        "end_column": r.end.column,
        "severity": str(d.severity),
        "code": d.code,
        "message": d.message,
    }
    if d.hint:
        out["hint"] = d.hint
    if d.related:
        out["related"] = [
            {"message": rel.message, "path": rel.path or path, **_pos(index, rel.start)} for rel in d.related
        ]
    return out


def _pos(index: LineIndex, offset: int) -> dict[str, int]:
    p = index.position(offset)
    return {"line": p.line, "column": p.column}
