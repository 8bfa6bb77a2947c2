"""The one entry point every face uses: source text (+ manifest) -> diagnostics.

    analysis = analyze(text, "fix.mf", manifest)
    analysis.diagnostics   # sorted, filtered by options, suppressions applied

Nothing here knows about click, pygls or terminals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from mangopy.diagnostics import Diagnostic, Fix, Severity
from mangopy.semantics.catalogue import LOAD_BLOCKING, RULES, matches, resolve_selectors
from mangopy.semantics.manifest import Manifest, baseline
from mangopy.semantics.model import Model
from mangopy.semantics.rules import definitions, scopes
from mangopy.syntax import ParseResult, parse

_SUPPRESS = re.compile(r"mangopy:\s*ignore(-file)?(?:\[([^\]]*)\])?")


@dataclass(frozen=True)
class Options:
    """Which rules to report: ``select`` (None: all) minus ``ignore``; codes, prefixes or names."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()


@dataclass
class Analysis:
    result: ParseResult
    diagnostics: list[Diagnostic] = field(default_factory=list)
    suppressed: int = 0
    model: Model | None = field(default=None, repr=False)  # the facts the rules used (for editor features)

    @property
    def path(self) -> str:
        return self.result.path

    def worst(self) -> Severity | None:
        return max((d.severity for d in self.diagnostics), default=None)


def analyze(
    text: str,
    path: str = "<string>",
    manifest: Manifest | None = None,
    options: Options | None = None,
    parsed: ParseResult | None = None,
) -> Analysis:
    """Parse and check one script against a manifest (default: the SDK baseline alone).

    ``parsed``: ``parse(text, path)`` already done (the editor's incremental parse).
    """
    options = options or Options()
    result = parsed if parsed is not None and parsed.text == text else parse(text, path)
    model = Model(result, manifest if manifest is not None else baseline())
    definitions.check(model)
    scopes.check(model)
    found = [*result.diagnostics, *model.diagnostics]
    kept = [d for d in found if _selected(d.code, options)]
    visible, suppressed = _apply_suppressions(result, kept, options)
    visible.sort(key=Diagnostic.sort_key)
    return Analysis(result, visible, suppressed, model)


def _selected(code: str, options: Options) -> bool:
    if code in LOAD_BLOCKING:  # the script would not load: never deselected
        return True
    if options.select is not None and not matches(code, options.select):
        return False
    return not matches(code, options.ignore)


def _codes(text: str | None) -> tuple[str, ...] | None:
    """None: every code; else the listed codes/prefixes/names (normalised; unknown ones kept as written)."""
    if text is None:
        return None
    written = [c.strip() for c in text.split(",") if c.strip()]
    known, _unknown = resolve_selectors(written)
    return known + tuple(c for c in written if c.upper() not in known and c.lower() not in known)


@dataclass
class _Suppression:
    comment: tuple[int, int]  # the comment holding it
    span: tuple[int, int]  # `mangopy: ignore[...]` itself
    codes: tuple[str, ...] | None  # None: every code
    written: list[str]  # the codes as written (unknown ones included)
    used: set[str] = field(default_factory=set)  # codes (or "*") that silenced something


def _apply_suppressions(
    result: ParseResult, diagnostics: Sequence[Diagnostic], options: Options | None = None
) -> tuple[list[Diagnostic], int]:
    """``// mangopy: ignore[CODES]`` after code on its line, or alone on the line above;
    ``ignore-file[CODES]`` anywhere.  Suppressions that silence nothing are reported (MF190)."""
    if not result.comments:
        return list(diagnostics), 0
    options = options or Options()
    index = result.index
    text = result.text
    file_level: list[_Suppression] = []
    by_line: dict[int, list[_Suppression]] = {}
    every: list[_Suppression] = []
    for start, end in result.comments:
        for m in _SUPPRESS.finditer(text, start, end):
            written = [c.strip() for c in (m.group(2) or "").split(",") if c.strip()]
            entry = _Suppression((start, end), m.span(), _codes(m.group(2)), written)
            every.append(entry)
            if m.group(1):
                file_level.append(entry)
            else:
                line = index.position(start).line
                by_line.setdefault(line, []).append(entry)
                if not text[text.rfind("\n", 0, start) + 1 : start].strip():
                    by_line.setdefault(line + 1, []).append(entry)  # alone on its line: the next line too
    kept: list[Diagnostic] = []
    for d in diagnostics:
        if d.code in LOAD_BLOCKING:  # the script would not load: never suppressed
            kept.append(d)
            continue
        silenced = False
        for entry in file_level + by_line.get(index.position(d.start).line, []):
            if entry.codes is None:
                entry.used.add("*")
                silenced = True
            else:
                hits = [c for c in entry.codes if matches(d.code, (c,))]
                entry.used.update(hits)
                silenced = silenced or bool(hits)
        if not silenced:
            kept.append(d)
    count = len(diagnostics) - len(kept)
    quiet = any(e.codes is None or matches(UNUSED_SUPPRESSION, e.codes) for e in file_level)  # ignore-file[MF190]
    if _selected(UNUSED_SUPPRESSION, options) and not quiet:
        kept.extend(d for entry in every if (d := _unused(entry, text, options)) is not None)
    return kept, count


UNUSED_SUPPRESSION = "MF190"


def _unused(entry: _Suppression, text: str, options: Options) -> Diagnostic | None:
    """MF190 for what of ``entry`` silences nothing (codes of rules that do not run are left alone)."""
    if entry.codes is None:
        if entry.used:
            return None
        message, unused = "unused suppression: nothing is reported here", list(entry.written)
    else:
        unknown = [w for w in entry.written if resolve_selectors([w])[1]]
        idle = [
            c for c in entry.codes
            if c not in entry.used and any(_selected(r, options) for r in RULES if matches(r, (c,)))
        ]  # fmt: skip
        if unknown:
            message = resolve_selectors(unknown[:1])[1][0]
        elif idle:
            message = f"unused suppression: nothing reported here for {', '.join(f'`{c}`' for c in idle)}"
        else:
            return None
        unused = unknown + idle
    start, end = entry.span
    keep = [w for w in entry.written if w not in unused and w.upper() not in unused and w.lower() not in unused]
    code = RULES[UNUSED_SUPPRESSION]
    fix = Fix("Remove the unused suppression", (_removal(entry, text, keep),), safe=True)
    return Diagnostic(code.code, code.severity, message, start, end, fixes=[fix])


def _removal(entry: _Suppression, text: str, keep: list[str]) -> tuple[int, int, str]:
    """The edit that leaves the suppression with ``keep`` only (none: the comment goes, if it says nothing else)."""
    start, end = entry.span
    if keep:
        head = text[start:end].split("[", 1)[0]
        return start, end, f"{head}[{', '.join(keep)}]"
    c_start, c_end = entry.comment
    body = text[c_start:c_end]
    rest = (body[: start - c_start] + body[end - c_start :]).strip().removeprefix("//").removeprefix("/*")
    if rest.removesuffix("*/").strip():
        return start, end, ""  # the comment says more: only the suppression goes
    line_start = text.rfind("\n", 0, c_start) + 1
    before = text[line_start:c_start]
    if not before.strip():  # alone on its line: the line goes
        line_end = text.find("\n", c_end)
        return line_start, (line_end + 1 if line_end >= 0 else len(text)), ""
    return line_start + len(before.rstrip()), c_end, ""


def fix_text(
    text: str,
    path: str = "<string>",
    manifest: Manifest | None = None,
    options: Options | None = None,
    unsafe: bool = False,
) -> tuple[str, int]:
    """``text`` with the fixes of its findings applied (the safe ones; all with ``unsafe``), and how
    many were applied: analysed again after each round (a fix can reveal or settle others), until
    nothing is left to apply (at most 10 rounds).  Edits that overlap one already taken wait for the
    next round."""
    applied = 0
    for _round in range(10):
        analysis = analyze(text, path, manifest, options)
        edits: list[tuple[int, int, str]] = []
        taken: list[tuple[int, int]] = []
        for d in analysis.diagnostics:
            fix = next((f for f in d.fixes if f.safe or unsafe), None)
            if fix is None or any(_overlap(edit[:2], span) for edit in fix.edits for span in taken):
                continue
            edits.extend(fix.edits)
            taken.extend((s, e) for s, e, _ in fix.edits)
            applied += 1
        if not edits:
            break
        for start, end, new in sorted(edits, reverse=True):
            text = text[:start] + new + text[end:]
    return text, applied


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do two edit spans touch the same text (two insertions at one place count too)?"""
    return (a[0] < b[1] and b[0] < a[1]) or a[0] == b[0]
