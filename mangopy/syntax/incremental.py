"""Parsing again after an edit, reusing the previous tree where the edit did not reach.

An editor sends a change per keystroke; almost every change falls inside one top-level
definition (a method body of a class, most often).  :func:`reparse` finds the definitions the
edit spans (one, or from the first to the last a burst of keystrokes touched), lexes and parses
only their new text, and splices the result into the previous tree, moving the definitions after
them by the length the edit added or removed.  Upstream's
compile-time checks then run over the whole tree, as :func:`~mangopy.syntax.parse` runs them.

The result is always what :func:`~mangopy.syntax.parse` gives for the new text
(tests/syntax/test_incremental.py checks it over random edit sequences): whenever splicing could
differ (the previous text had lexical or syntax errors, the edit starts or ends on a definition's
first or last character or between definitions, the new text of the spanned definitions does
not parse alone without errors into definitions that cover it), the whole text is parsed.
"""

from __future__ import annotations

from mangopy.diagnostics import Diagnostic, LineIndex
from mangopy.gc import gc_paused
from mangopy.syntax import ParseResult, ast, parse, tables
from mangopy.syntax.compile import check_module
from mangopy.syntax.lexer import lex_all
from mangopy.syntax.parser import parse_tokens


def edit_between(old: str, new: str) -> tuple[int, int, int] | None:
    """The one edit turning ``old`` into ``new``: (start, old end, new end); None when equal."""
    if old == new:
        return None
    limit = min(len(old), len(new))
    lo, hi = 0, limit  # the common prefix's length, by bisection over slice comparisons (C speed)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    start = lo
    lo, hi = 0, limit - start  # the common suffix, not overlapping the prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid :] == new[len(new) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return start, len(old) - lo, len(new) - lo


def reparse(previous: ParseResult, text: str) -> ParseResult:
    """``parse(text, previous.path)``, reusing ``previous``'s tree outside the edited definition.

    ``previous`` is consumed: its nodes after the edit are moved into the new tree.
    """
    edit = edit_between(previous.text, text)
    if edit is None:
        return previous
    spliced = _splice(previous, text, *edit)
    return spliced if spliced is not None else parse(text, previous.path)


def _splice(previous: ParseResult, text: str, start: int, old_end: int, new_end: int) -> ParseResult | None:
    if previous.front:
        return None  # after an error the parser's recovery (or a stray `{`) shapes what follows: parse whole
    definitions = previous.module.definitions
    # the definitions the edit spans (several keystrokes at different places between two
    # analyses make one edit from the first to the last): it must start inside the first and
    # end inside the last
    first = next((i for i, d in enumerate(definitions) if d.start < start < d.end), None)
    last = next((i for i, d in enumerate(definitions) if d.start < old_end < d.end), None)
    if first is None or last is None or last < first:
        return None  # between definitions, or on a definition's edge
    begin, end = definitions[first].start, definitions[last].end
    delta = new_end - old_end
    piece = text[begin : end + delta]
    with gc_paused():
        tokens, lexical, comments = lex_all(piece)
        if lexical:
            return None
        module, syntax = parse_tokens(tables.load(), piece, tokens)
        new = module.definitions
        if syntax or not new or new[0].start != 0 or new[-1].end != len(piece):
            return None
        if first == last and (len(new) != 1 or type(new[0]) is not type(definitions[first])):
            return None
        for d in new:
            _move(d, begin)
        for i, kept_definition in enumerate(definitions):
            if i < first or i > last:
                _move(kept_definition, delta if i > last else 0)
        definitions[first : last + 1] = new
        previous.module.end = len(text)
        kept = [c for c in previous.comments if c[1] <= begin]
        kept += [(s + begin, e + begin) for s, e in comments]
        kept += [(s + delta, e + delta) for s, e in previous.comments if s >= end]
        diagnostics: list[Diagnostic] = check_module(previous.module, text)
    diagnostics.sort(key=Diagnostic.sort_key)
    return ParseResult(previous.path, text, previous.module, diagnostics, LineIndex(text), kept, ())


def _move(root: ast.Node, delta: int) -> None:
    """Move a definition by ``delta`` and forget what the compile-time checks wrote on it (a named
    type resolves through typedefs the edit may have changed; they run again over the tree)."""
    for n in ast.walk(root):
        n.start += delta
        n.end += delta
        if type(n) is ast.TypeRef and n.kind == "named":
            n.resolved = None
