"""Human-readable diagnostics: ``path:line:col: severity CODE message`` plus the source line."""

from __future__ import annotations

from collections.abc import Callable

from mangopy.diagnostics import Diagnostic, LineIndex, Related, Severity

Styler = Callable[..., str]

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def _plain(text: str, **_style: object) -> str:
    return text


TAB_WIDTH = 4  # a tab in a shown source line: to the next multiple of 4 columns


def _expand(text: str) -> str:
    out: list[str] = []
    width = 0
    for ch in text:
        if ch == "\t":
            n = TAB_WIDTH - width % TAB_WIDTH
            out.append(" " * n)
            width += n
        else:
            out.append(ch)
            width += _width(ch)
    return "".join(out)


def _width(text: str) -> int:
    """Terminal columns: two for wide (CJK) characters, none for combining ones (wcwidth)."""
    if text.isascii():
        return len(text)
    from wcwidth import wcwidth

    return sum(max(0, wcwidth(ch)) for ch in text)


def render_diagnostic(path: str, index: LineIndex, d: Diagnostic, style: Styler = _plain) -> str:
    """One diagnostic: header line, the source line, a caret underline, then hint and notes."""
    start = index.position(d.start)
    end = index.position(d.end)
    header = f"{path}:{start.line}:{start.column}: "
    header += style(f"{d.severity} {d.code}", fg=_COLORS[d.severity], bold=True)
    header += f" {d.message}"
    lines = [header]
    source = index.line_text(start.line)
    if source.strip() or d.start == len(index.text):
        # the caret under the characters, whatever their width on screen (CJK, tabs)
        stop = end.column - 1 if end.line == start.line else len(source)
        shown = _expand(source)
        pad = _width(_expand(source[: start.column - 1]))
        width = _width(_expand(source[:stop])) - pad
        caret = " " * pad + "^" + "~" * max(0, width - 1)
        gutter = f"{start.line:>5} | "
        lines.append(gutter + shown)
        lines.append(" " * (len(gutter) - 2) + "| " + style(caret, fg=_COLORS[d.severity], bold=True))
    if d.hint:
        lines.append(f"      = hint: {d.hint}")
    for rel in d.related:
        lines.append(f"      = note: {related_location(path, index, rel)}: {rel.message}")
    return "\n".join(lines)


def summary(counts: dict[Severity, int], files: int) -> str:
    # the words of the findings themselves ("error", "warning", "info"; info is not counted in plural)
    parts = [
        f"{counts.get(sev, 0)} {word}{'s' if counts.get(sev, 0) != 1 and sev != Severity.INFO else ''}"
        for sev, word in ((Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "info"))
    ]
    return f"{', '.join(parts)} in {files} file{'' if files == 1 else 's'}"


def related_location(path: str, index: LineIndex, rel: Related) -> str:
    """``path:line:column`` of a related location (``path:line`` or ``path`` in another file)."""
    if rel.path is None or (rel.path == path and rel.line is None):
        pos = index.position(rel.start)
        return f"{path}:{pos.line}:{pos.column}"
    return f"{rel.path}:{rel.line}" if rel.line else rel.path
