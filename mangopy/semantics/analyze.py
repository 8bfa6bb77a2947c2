"""The one entry point every face uses: source text (+ manifest) -> diagnostics.

    analysis = analyze(text, "fix.mf", manifest)
    analysis.diagnostics   # sorted, filtered by options, suppressions applied

Nothing here knows about click, pygls or terminals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from mangopy.diagnostics import Diagnostic, Severity
from mangopy.semantics.catalogue import LOAD_BLOCKING, matches, resolve_selectors
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
    text: str, path: str = "<string>", manifest: Manifest | None = None, options: Options | None = None
) -> Analysis:
    """Parse and check one script against a manifest (default: the SDK baseline alone)."""
    options = options or Options()
    result = parse(text, path)
    model = Model(result, manifest if manifest is not None else baseline())
    definitions.check(model)
    scopes.check(model)
    found = [*result.diagnostics, *model.diagnostics]
    kept = [d for d in found if _selected(d.code, options)]
    visible, suppressed = _apply_suppressions(result, kept)
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


def _apply_suppressions(result: ParseResult, diagnostics: Sequence[Diagnostic]) -> tuple[list[Diagnostic], int]:
    """``// mangopy: ignore[CODES]`` after code on its line, or alone on the line above;
    ``ignore-file[CODES]`` anywhere."""
    if not result.comments:
        return list(diagnostics), 0
    index = result.index
    file_level: list[tuple[str, ...] | None] = []
    by_line: dict[int, list[tuple[str, ...] | None]] = {}
    for start, end in result.comments:
        for m in _SUPPRESS.finditer(result.text, start, end):
            codes = _codes(m.group(2))
            if m.group(1):
                file_level.append(codes)
            else:
                line = index.position(start).line
                by_line.setdefault(line, []).append(codes)
                if not result.text[result.text.rfind("\n", 0, start) + 1 : start].strip():
                    by_line.setdefault(line + 1, []).append(codes)  # alone on its line: the next line too
    kept: list[Diagnostic] = []
    for d in diagnostics:
        if d.code in LOAD_BLOCKING:  # the script would not load: never suppressed
            kept.append(d)
            continue
        rules = file_level + by_line.get(index.position(d.start).line, [])
        if any(codes is None or matches(d.code, codes) for codes in rules):
            continue
        kept.append(d)
    return kept, len(diagnostics) - len(kept)
