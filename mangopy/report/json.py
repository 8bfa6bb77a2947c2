"""Diagnostics as JSON-ready dicts (1-based lines and columns, end exclusive)."""

from __future__ import annotations

from typing import Any

from mangopy.diagnostics import Diagnostic, LineIndex, Related


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
        out["related"] = [_related(path, index, rel) for rel in d.related]
    if d.fixes:  # as ruff's JSON: the first fix, whether `--fix` applies it, its edits
        fix = d.fixes[0]
        out["fix"] = {
            "message": fix.title,
            "applicability": "safe" if fix.safe else "unsafe",
            "edits": [
                {"content": new, "location": _pos(index, start), "end_location": _pos(index, end)}
                for start, end, new in fix.edits
            ],
        }
    return out


def _related(path: str, index: LineIndex, rel: Related) -> dict[str, Any]:
    if rel.path is None or (rel.path == path and rel.line is None):
        return {"message": rel.message, "path": path, **_pos(index, rel.start)}
    out: dict[str, Any] = {"message": rel.message, "path": rel.path}
    if rel.line:
        out["line"] = rel.line
    return out


def _pos(index: LineIndex, offset: int) -> dict[str, int]:
    p = index.position(offset)
    return {"line": p.line, "column": p.column}
