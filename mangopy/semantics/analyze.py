"""The one entry point every face uses: source text (+ manifest) -> diagnostics.

    analysis = analyze(text, "fix.mf", manifest)
    analysis.diagnostics   # sorted, filtered by options, suppressions applied

Nothing here knows about click, pygls or terminals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from mangopy.diagnostics import Diagnostic, Fix, Severity, by_span
from mangopy.semantics.catalogue import LOAD_BLOCKING, RULES, matches, resolve_selectors
from mangopy.semantics.fuzzy import may_suggest
from mangopy.semantics.manifest import Manifest, baseline
from mangopy.semantics.model import Model
from mangopy.semantics.rules import definitions, scopes
from mangopy.syntax import ParseResult, ast, parse

_SUPPRESS = re.compile(r"mangopy:\s*ignore(-file)?(?:\[([^\]]*)\])?")


@dataclass(frozen=True)
class Options:
    """Which rules to report: ``select`` (None: all) minus ``ignore``; codes, prefixes or names."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()


@dataclass
class _Part:
    """What the rules found in one unit (a top-level definition, or a method of a class), and what
    it was then, to reuse it."""

    text: str  # the unit's text ("" for a class: what matters of it is in its key)
    start: int  # where it was
    found: list[Diagnostic]  # every rule's findings in it (before options and suppressions)
    consulted: frozenset[str]  # the script classes its rules looked up ("*": all of them)


@dataclass
class Analysis:
    result: ParseResult
    diagnostics: list[Diagnostic] = field(default_factory=list)
    suppressed: int = 0
    model: Model | None = field(default=None, repr=False)  # the facts the rules used (for editor features)
    # for the next analysis of an edited text: what each top-level definition shows the others
    # (see interface_key), and what was found in each unit (None: nothing reusable)
    # (the keys, the names of classes, the number of units, per top-level definition)
    shape: tuple[list[tuple[object, ...]], list[frozenset[str]], list[int]] = field(default=([], [], []), repr=False)
    parts: list[_Part] | None = field(default=None, repr=False)
    checked: int = field(default=0, repr=False)  # how many units (definitions, methods) the rules ran on

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
    previous: Analysis | None = None,
    reusable: bool = False,
) -> Analysis:
    """Parse and check one script against a manifest (default: the SDK baseline alone).

    ``parsed``: ``parse(text, path)`` already done (the editor's incremental parse).
    ``previous``: the analysis of an earlier text of the same script with the same manifest (the
    editor's, before an edit): the rules then run only on the top-level definitions and methods
    whose text changed, when what every definition shows the others is unchanged; the others'
    findings are moved with them.  The result is the same as without it
    (tests/syntax/test_incremental.py).
    ``reusable``: keep what a later analysis needs to reuse this one (set by the editor; implied
    by ``previous``).
    """
    options = options or Options()
    manifest = manifest if manifest is not None else baseline()
    result = parsed if parsed is not None and parsed.text == text else parse(text, path)
    model = Model(result, manifest)
    if previous is None and not reusable:  # the command line: nothing to reuse, nothing to keep
        definitions.check(model)
        scopes.check(model)
        return _finish(result, model, options, None, [], None, None)
    tops = result.module.definitions
    keys = [interface_key(d, text) for d in tops]
    names = [_class_names(model, d) for d in tops]
    units = _units(tops)
    counts = [1 + sum(type(m) is ast.MethodDef for m in d.members) if type(d) is ast.ClassDef else 1 for d in tops]  # type: ignore[attr-defined]
    texts = ["" if type(u) is ast.ClassDef else text[u.start : u.end] for u in units]  # a class: its key says
    reused = _reusable(previous, model, keys, names, counts, units, texts)
    only = None if reused is None else {id(u) for u, r in zip(units, reused, strict=True) if r is None}
    consulted: dict[int, set[str]] = {}
    model.recording = consulted
    definitions.check(model, only)
    scopes.check(model, only)
    groups = _grouped(model.diagnostics, tops, len(units))
    if groups is not None and reused is not None:
        groups = [g if r is None else r[1] for g, r in zip(groups, reused, strict=True)]
    elif groups is None and reused is not None:  # a finding reaches out of its definition: all again
        model.diagnostics.clear()
        consulted.clear()
        definitions.check(model)
        scopes.check(model)
        groups, only, reused = _grouped(model.diagnostics, tops, len(units)), None, None
    model.recording = None
    parts = None
    if groups is not None:
        parts = [
            _Part(t, u.start, g, r[0] if r is not None else frozenset(consulted.get(id(u), ())))
            for t, u, g, r in zip(texts, units, groups, reused or [None] * len(units), strict=True)
        ]
        model.diagnostics = [d for g in groups for d in g]
    return _finish(result, model, options, (keys, names, counts), units, parts, only)


def _finish(
    result: ParseResult,
    model: Model,
    options: Options,
    shape: tuple[list[tuple[object, ...]], list[frozenset[str]], list[int]] | None,
    units: list[ast.Node],
    parts: list[_Part] | None,
    only: set[int] | None,
) -> Analysis:
    found = [*result.diagnostics, *_first_unchecked(model.diagnostics, result.text)]
    kept = [d for d in found if _selected(d.code, options)]
    visible, suppressed = _apply_suppressions(result, kept, options)
    visible.sort(key=Diagnostic.sort_key)
    checked = len(units) if only is None else len(only)
    return Analysis(result, visible, suppressed, model, shape or ([], [], []), parts, checked)


def interface_key(definition: ast.Node, text: str) -> tuple[object, ...]:
    """What the rules checking other definitions can see of a top-level definition: a class's text
    without its method bodies, a declaration's whole text, the kind of any other statement."""
    kind = type(definition)
    if kind is ast.ClassDef:  # (ClassDef, its header, the rest without method bodies)
        members = definition.members  # type: ignore[attr-defined]
        header_end = members[0].start if members else definition.end
        pieces: list[str] = [text[definition.start : header_end]]
        at = header_end
        for member in definition.members:  # type: ignore[attr-defined]
            if type(member) is ast.MethodDef:
                pieces.append(text[at : member.body.start])
                at = member.body.end
        pieces.append(text[at : definition.end])
        return (kind, *pieces)
    if kind in (ast.VarDecl, ast.Typedef, ast.StructDecl, ast.SwiftClassAlias):
        return (kind, text[definition.start : definition.end])
    return (kind,)


def _units(definitions_: list[ast.Node]) -> list[ast.Node]:
    """What the rules check one at a time: the top-level definitions, and the methods of classes
    (a class stands for itself without its methods)."""
    units: list[ast.Node] = []
    for d in definitions_:
        units.append(d)
        if type(d) is ast.ClassDef:
            units.extend(m for m in d.members if type(m) is ast.MethodDef)
    return units


def _class_names(model: Model, definition: ast.Node) -> frozenset[str]:
    """The names a definition is looked up by: a class's (written and run-time), a global's (as
    ``var:NAME``), none for the rest."""
    if type(definition) is ast.VarDecl:
        return frozenset({"var:" + definition.name.id})  # type: ignore[attr-defined]
    if type(definition) is not ast.ClassDef:
        return frozenset()
    return frozenset({definition.name.id, model.class_of(definition).runtime_name})


# definitions whatever follows them may see (statements are seen by none, classes and globals by
# the units that looked their names up)
_SEEN_BY_ALL = frozenset({ast.Typedef, ast.StructDecl, ast.SwiftClassAlias})


def _reusable(
    previous: Analysis | None,
    model: Model,
    keys: list[tuple[object, ...]],
    names: list[frozenset[str]],
    counts: list[int],
    units: list[ast.Node],
    texts: list[str],
) -> list[tuple[frozenset[str], list[Diagnostic]] | None] | None:
    """For each unit, what ``previous`` found in it (moved to where it is) and the classes it
    looked up, when neither its text nor those classes changed (None: to check); None when
    nothing can be reused (another manifest, a typedef, struct or alias changed).

    The definitions are matched from both ends (an edit may add or remove some in between: a
    brace typed in a method can make its class end early and what follows top-level code); those
    between are checked again, and so is what looked up a class among them."""
    if previous is None or previous.parts is None or previous.model is None:
        return None
    if previous.model.manifest is not model.manifest:
        return None
    old_keys, old_names, old_counts = previous.shape
    same = 0  # definitions alike from the start, then from the end
    while same < min(len(keys), len(old_keys)) and keys[same] == old_keys[same]:
        same += 1
    tail = 0
    while tail < min(len(keys), len(old_keys)) - same and keys[-1 - tail] == old_keys[-1 - tail]:
        tail += 1
    old_changed = range(same, len(old_keys) - tail)
    new_changed = range(same, len(keys) - tail)
    seen_by_all = [old_keys[i][0] for i in old_changed] + [keys[i][0] for i in new_changed]
    if not _SEEN_BY_ALL.isdisjoint(seen_by_all):
        return None  # what every definition may see (a typedef, a struct, an alias): all again
    dirty: set[str] = set()  # the names of the classes and globals that changed
    for i in old_changed:
        dirty |= old_names[i]
    for i in new_changed:
        dirty |= names[i]
    changed_globals = [name[4:] for name in dirty if name.startswith("var:")]
    # a class's name, superclass or annotations changed, or a class came or went: so is what
    # looked at every class
    if len(old_changed) != len(new_changed) or any(
        (keys[i][0] is ast.ClassDef or old_keys[i][0] is ast.ClassDef) and keys[i][:2] != old_keys[i][:2]
        for i in new_changed
    ):
        dirty.add("*")
    starts = [0]
    for count in old_counts:
        starts.append(starts[-1] + count)
    out: list[tuple[frozenset[str], list[Diagnostic]] | None] = []
    for i, count in enumerate(counts):
        mine = range(len(out), len(out) + count)
        old = i if i < same else len(old_keys) - (len(keys) - i) if i >= len(keys) - tail else None
        if old is None or old_counts[old] != count:
            out.extend(None for _ in mine)  # changed: all of it again
            continue
        for u, part in zip(mine, previous.parts[starts[old] : starts[old] + count], strict=True):
            if part.text != texts[u] or not dirty.isdisjoint(part.consulted):
                out.append(None)
            elif changed_globals and _suggested_among(part.consulted, changed_globals):
                out.append(None)  # a global it may have been offered as "did you mean"
            else:
                out.append((part.consulted, [f.moved(units[u].start - part.start) for f in part.found]))
    return out


def _suggested_among(consulted: frozenset[str], names: list[str]) -> bool:
    """Did the rules look for names like one of ``names`` among the globals (``var~NAME``)?"""
    return any(c.startswith("var~") and any(may_suggest(c[4:], n) for n in names) for c in consulted)


def _grouped(found: list[Diagnostic], definitions_: list[ast.Node], count: int) -> list[list[Diagnostic]] | None:
    """The findings by unit (in :func:`_units`' order); None when one lies outside every unit,
    reaches out of its own or sits on a boundary between two."""
    tops = by_span(found, [(d.start, d.end) for d in definitions_])
    if tops is None:
        return None
    groups: list[list[Diagnostic]] = []
    for d, in_d in zip(definitions_, tops, strict=True):
        if type(d) is not ast.ClassDef:
            groups.append(in_d)
            continue
        methods = [m for m in d.members if type(m) is ast.MethodDef]  # type: ignore[attr-defined]
        rest: list[Diagnostic] = []
        by_method: list[list[Diagnostic]] = [[] for _ in methods]
        for f in in_d:
            at = next((i for i, m in enumerate(methods) if m.start <= f.start <= m.end), None)
            if at is None:
                rest.append(f)
            elif f.start == f.end and f.start in (methods[at].start, methods[at].end):
                return None  # before or after the method as much as in it
            elif f.confined(methods[at].start, methods[at].end):
                by_method[at].append(f)
            else:
                return None
        groups.append(rest)
        groups.extend(by_method)
    return groups if len(groups) == count else None


def _first_unchecked(found: list[Diagnostic], text: str) -> list[Diagnostic]:
    """The findings with only the first MF107 ("cannot be checked") of each name in the script."""
    seen: set[str] = set()
    out: list[Diagnostic] = []
    for d in sorted(found, key=Diagnostic.sort_key):
        if d.code == "MF107":
            name = text[d.start : d.end]
            if name in seen:
                continue
            seen.add(name)
        out.append(d)
    return out


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
