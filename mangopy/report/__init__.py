"""Renderers: pure functions from analysed files to text a face prints (no I/O here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from mangopy.diagnostics import Diagnostic, LineIndex


@dataclass
class FileReport:
    """The diagnostics of one analysed file, with what is needed to show positions."""

    path: str
    index: LineIndex
    diagnostics: list[Diagnostic] = field(default_factory=list)
