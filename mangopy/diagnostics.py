"""Diagnostics shared by every layer: positions, ranges, severities and the Diagnostic record.

Positions are 1-based lines and columns counted in characters (a tab is one column).  A range's
end is *exclusive*: it is the position just after the last character of the range, as in LSP.
Internally everything is kept as character offsets into the source text; :class:`LineIndex`
converts offsets to positions on demand.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    """Severity of a diagnostic; higher is more severe so levels compare naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (expected error, warning or info)") from None


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """A 1-based line and column (columns count characters)."""

    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Range:
    """From ``start`` to ``end`` (exclusive)."""

    start: Position
    end: Position

    def __str__(self) -> str:
        return f"{self.start}-{self.end}"


class LineIndex:
    """Maps character offsets of one text to 1-based (line, column) positions and back."""

    __slots__ = ("_line_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._line_starts: list[int] | None = None  # found when first asked (a clean parse never asks)

    @property
    def _starts(self) -> list[int]:
        starts = self._line_starts
        if starts is None:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        return starts

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def position(self, offset: int) -> Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._starts, offset) - 1
        return Position(line + 1, offset - self._starts[line] + 1)

    def range(self, start: int, end: int) -> Range:
        return Range(self.position(start), self.position(end))

    def offset(self, line: int, column: int) -> int:
        """Inverse of :meth:`position` (clamped to the text)."""
        if line < 1:
            return 0
        if line > len(self._starts):
            return len(self.text)
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else len(self.text)
        return min(start + max(column, 1) - 1, end)

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line feed."""
        if not 1 <= line <= len(self._starts):
            return ""
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else len(self.text)
        return self.text[start:end]


@dataclass(frozen=True, slots=True)
class Related:
    """A secondary location that explains a diagnostic (e.g. where a comment was opened).

    In the analysed file it is given by offsets; in another file (``path`` set, e.g. the
    manifest's ``source`` of a class) by a 1-based ``line`` (0 or None: the file as a whole).
    """

    message: str
    start: int = 0
    end: int = 0
    path: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Fix:
    """A machine-applicable correction: ``edits`` are (start, end, replacement) in the analysed text.

    ``safe``: it keeps what the script means, or makes it mean what MangoFix does anyway (`check
    --fix` applies it); the others guess at what was meant (a "did you mean" name) and need
    `--unsafe-fixes` (the editor offers both).
    """

    title: str
    edits: tuple[tuple[int, int, str], ...]
    safe: bool = False


@dataclass(slots=True)
class Diagnostic:
    """One finding.  ``start``/``end`` are character offsets into the analysed text."""

    code: str
    severity: Severity
    message: str
    start: int
    end: int
    hint: str | None = None
    related: list[Related] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)

    def range(self, index: LineIndex) -> Range:
        return index.range(self.start, self.end)

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.code)

    def moved(self, delta: int) -> Diagnostic:
        """The same finding ``delta`` characters further on (its related places and fixes too)."""
        if not delta:
            return self
        related = [
            r if r.path is not None else Related(r.message, r.start + delta, r.end + delta, None, r.line)
            for r in self.related
        ]
        fixes = [Fix(f.title, tuple((s + delta, e + delta, new) for s, e, new in f.edits), f.safe) for f in self.fixes]
        return Diagnostic(
            self.code, self.severity, self.message, self.start + delta, self.end + delta, self.hint, related, fixes
        )

    def confined(self, start: int, end: int) -> bool:
        """Does everything this finding points at in the analysed text (itself, its related places
        in the text, its fixes' edits) lie within ``start``..``end``?"""
        return (
            start <= self.start <= self.end <= end
            and all(r.path is not None or start <= r.start <= r.end <= end for r in self.related)
            and all(start <= s <= e <= end for f in self.fixes for s, e, _ in f.edits)
        )


def by_span(diagnostics: Iterable[Diagnostic], spans: Sequence[tuple[int, int]]) -> list[list[Diagnostic]] | None:
    """The diagnostics grouped by the span (of ``spans``, sorted and disjoint) that holds each
    whole (see :meth:`Diagnostic.confined`); None when one lies in none of them or reaches out of
    its own (what is said there depends on more than that span)."""
    groups: list[list[Diagnostic]] = [[] for _ in spans]
    starts = [s for s, _ in spans]
    for d in diagnostics:
        i = bisect.bisect_right(starts, d.start) - 1
        if i < 0 or not d.confined(*spans[i]):
            return None
        if d.start == d.end == spans[i][0] and i and spans[i - 1][1] == d.start:
            return None  # at the end of one span as much as at the start of the next
        groups[i].append(d)
    return groups


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What the catalogue says about one diagnostic code (for docs, `mangopy rules`, SARIF).

    ``bad`` is a script that triggers the rule and ``good`` the same intent written correctly; both
    are checked by the test suite against the example manifest (examples/app_classes.json).
    """

    code: str
    name: str
    severity: Severity
    summary: str
    explanation: str = ""
    bad: str = ""
    good: str = ""
