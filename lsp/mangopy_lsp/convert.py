"""Conversions between mangopy's world (character offsets) and LSP's (0-based lines, code units).

mangopy keeps positions as offsets into the text counted in characters (code points).  LSP
positions are a 0-based line and a column counted in the negotiated position encoding's code
units: UTF-16 by default (a character outside the Basic Multilingual Plane counts 2), or UTF-8
(1-4) or UTF-32 (1).  LSP lines end at ``\\n``, ``\\r\\n`` or ``\\r``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from lsprotocol import types

from mangopy.diagnostics import Diagnostic, Severity

SOURCE = "mangopy"


def uri_to_path(uri: str) -> str | None:
    """The file system path of a ``file:`` URI (None for any other scheme)."""
    from urllib.parse import urlsplit
    from urllib.request import url2pathname  # it also decodes %XX escapes

    parts = urlsplit(uri)
    if parts.scheme != "file":
        return None
    path = url2pathname(parts.path)
    return f"//{parts.netloc}{path}" if parts.netloc and parts.netloc != "localhost" else path


_LINE_END = re.compile(r"\r\n|\r|\n")


def _utf16_units(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _utf8_units(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


_UNITS: dict[str, Callable[[str], int]] = {
    "utf-16": _utf16_units,
    "utf-8": _utf8_units,
    "utf-32": len,
}


class PositionMap:
    """Maps character offsets of one text to LSP positions and back, in one position encoding."""

    __slots__ = ("_ends", "_starts", "_units", "encoding", "text")

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        if encoding not in _UNITS:
            raise ValueError(f"unknown position encoding {encoding!r}")
        self.text = text
        self.encoding = encoding
        self._units = _UNITS[encoding]
        starts = [0]
        ends: list[int] = []
        for m in _LINE_END.finditer(text):
            ends.append(m.start())
            starts.append(m.end())
        ends.append(len(text))
        self._starts = starts
        self._ends = ends  # where each line's content ends (before its terminator)

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def position(self, offset: int) -> types.Position:
        """The LSP position of a character offset (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._starts, offset) - 1
        start = self._starts[line]
        offset = min(offset, self._ends[line])  # inside a "\r\n": the end of the line
        segment = self.text[start:offset]
        return types.Position(line=line, character=len(segment) if segment.isascii() else self._units(segment))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(max(start, end)))

    def offset(self, position: types.Position) -> int:
        """The character offset of an LSP position.

        A line past the end gives the end of the text; a column past the end of its line gives
        the end of the line (as LSP specifies); a column inside a character (half of a UTF-16
        surrogate pair, a byte inside a UTF-8 sequence) gives the start of that character.
        """
        if position.line < 0:
            return 0
        if position.line >= len(self._starts):
            return len(self.text)
        start, end = self._starts[position.line], self._ends[position.line]
        wanted = max(position.character, 0)
        line = self.text[start:end]
        if line.isascii():
            return start + min(wanted, len(line))
        units = 0
        for i, ch in enumerate(line):
            units += self._units(ch)
            if units > wanted:
                return start + i
        return end


_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def lsp_severity(severity: Severity) -> types.DiagnosticSeverity:
    return _SEVERITY[severity]


def lsp_diagnostic(d: Diagnostic, positions: PositionMap, uri: str) -> types.Diagnostic:
    """An LSP diagnostic: hint appended to the message; same-file notes become related information.

    Notes about other files (e.g. a class's header from the manifest) cannot be located in the
    client's workspace reliably, so they are appended to the message.
    """
    message = d.message
    if d.hint:
        message += f"\nhint: {d.hint}"
    related: list[types.DiagnosticRelatedInformation] = []
    for r in d.related:
        if r.path is None:
            location = types.Location(uri=uri, range=positions.range(r.start, r.end))
            related.append(types.DiagnosticRelatedInformation(location=location, message=r.message))
        else:
            where = f"{r.path}:{r.line}" if r.line else r.path
            message += f"\nnote: {r.message} ({where})"
    return types.Diagnostic(
        range=positions.range(d.start, d.end),
        message=message,
        severity=lsp_severity(d.severity),
        code=d.code,
        source=SOURCE,
        related_information=related or None,
    )
