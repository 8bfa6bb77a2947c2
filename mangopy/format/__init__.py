"""The MangoFix formatter: one canonical layout for a script, comments kept.

>>> print(format_text("if(ok){x=1;}").output, end="")
if (ok) {
    x = 1;
}

The output is checked before it is returned: it must parse to the same tree as the input (positions
aside) and carry the same comments; otherwise nothing is returned and the problem is reported.
Scripts with syntax errors are never formatted.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field

from mangopy.config import DEFAULT_INDENT_WIDTH, DEFAULT_LINE_LENGTH
from mangopy.diagnostics import Diagnostic
from mangopy.format.doc import render
from mangopy.format.printer import Printer
from mangopy.syntax import ParseResult, ast, parse

__all__ = ["DEFAULT_INDENT_WIDTH", "DEFAULT_LINE_LENGTH", "FormatOptions", "FormatResult", "Hunk", "format_text"]


@dataclass(frozen=True)
class FormatOptions:
    line_length: int = DEFAULT_LINE_LENGTH
    indent_width: int = DEFAULT_INDENT_WIDTH

    def __post_init__(self) -> None:
        if self.line_length < 1:
            raise ValueError("the line length must be at least 1")
        if not 1 <= self.indent_width <= 16:
            raise ValueError("the indent width must be between 1 and 16")


@dataclass
class FormatResult:
    """``output`` is the formatted text, or None when the script cannot be formatted: because of its
    syntax errors (``problems``), or for the ``reason`` given."""

    source: str
    output: str | None
    parsed: ParseResult
    problems: list[Diagnostic] = field(default_factory=list)
    reason: str | None = None

    @property
    def changed(self) -> bool:
        return self.output is not None and self.output != self.source

    def diff(self, path: str) -> str:
        """A unified diff from the source to the output ("" when nothing changes)."""
        if not self.changed:
            return ""
        assert self.output is not None
        lines = difflib.unified_diff(
            self.source.splitlines(keepends=True),
            self.output.splitlines(keepends=True),
            fromfile=f"{path} (original)",
            tofile=f"{path} (formatted)",
        )
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)

    def hunks(self) -> list[Hunk]:
        """The changed line ranges, in order: what an editor applies as text edits."""
        if not self.changed:
            return []
        assert self.output is not None
        old = self.source.splitlines(keepends=True)
        new = self.output.splitlines(keepends=True)
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        hunks: list[Hunk] = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "replace" and i2 - i1 == j2 - j1:  # line for line: one hunk per changed line
                hunks.extend(
                    Hunk(i1 + k, i1 + k + 1, new[j1 + k]) for k in range(i2 - i1) if old[i1 + k] != new[j1 + k]
                )
            elif tag != "equal":
                hunks.append(Hunk(i1, i2, "".join(new[j1:j2])))
        return hunks


@dataclass(frozen=True)
class Hunk:
    """Replace source lines ``[start_line, end_line)`` (0-based) with ``text``."""

    start_line: int
    end_line: int
    text: str


def _comment_texts(text: str, spans: list[tuple[int, int]]) -> Counter[str]:
    return Counter(" ".join(text[s:e].split()) for s, e in spans)


def normalize_encoding(text: str) -> str:
    """The text without a leading byte-order mark and with CRLF line ends as LF: both make
    MangoFix refuse the script (MF001), and neither means anything else."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def format_text(text: str, path: str = "<string>", options: FormatOptions | None = None) -> FormatResult:
    """Format a script (a BOM and CRLF line ends are normalised away).  Never raises for any input text."""
    options = options or FormatOptions()
    source, text = text, normalize_encoding(text)
    parsed = parse(text, path)
    if not parsed.ok:
        return FormatResult(source, None, parsed, parsed.errors)
    try:
        doc = Printer(parsed).document()
    except RecursionError:
        return FormatResult(source, None, parsed, reason="the script is nested too deeply to be formatted")
    output = render(doc, options.line_length, options.indent_width)
    again = parse(output, path)
    if (
        not again.ok
        or not ast.same_tree(parsed.module, again.module)
        or _comment_texts(text, parsed.comments) != _comment_texts(output, again.comments)
    ):  # a formatter bug: never hand out a script that means something else
        reason = "internal error: the formatted script would differ from the original (please report it)"
        return FormatResult(source, None, parsed, reason=reason)
    return FormatResult(source, output, parsed)
