"""Parsing again after an edit, reusing the previous tree where the edit did not reach.

An editor sends a change per keystroke; almost every change falls inside one top-level
definition (a method body of a class, most often).  :func:`reparse` finds the definitions the
edit spans (one, or from the first to the last a burst of keystrokes touched), lexes and parses
only their new text, and splices the result into the previous tree, moving the definitions after
them by the length the edit added or removed.  Upstream's compile-time checks then run over the
new definitions only, when no typedef came or went (what the others were told stays true, moved
with them); else over the whole tree, as :func:`~mangopy.syntax.parse` runs them.

The result is always what :func:`~mangopy.syntax.parse` gives for the new text
(tests/syntax/test_incremental.py checks it over random edit sequences, with and without syntax
errors).  Splicing is declined, and the whole text parsed, whenever it could differ:

- the edit starts or ends between definitions or on a definition's first or last character;
- the previous text had a lexical error, or a syntax error outside the definitions the edit
  spans (recovering from it may have shaped what follows);
- the new text of the spanned definitions has a lexical error, does not parse alone into
  definitions that cover it exactly, or leaves the parser unsettled at its end (recovering from
  an error, or completed by inserted closers): then what follows could parse differently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mangopy.diagnostics import Diagnostic, LineIndex, by_span
from mangopy.gc import gc_paused
from mangopy.syntax import ParseResult, ast, front_spans, parse, tables
from mangopy.syntax.compile import check_module
from mangopy.syntax.errors import FRONT_CODES, RUNAWAY_CODES
from mangopy.syntax.lexer import lex_all
from mangopy.syntax.parser import Parser, parse_piece


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
    if "\r" in text or any(d.code in RUNAWAY_CODES for d in previous.diagnostics):
        return None  # lexed to the end differently; a message counting the whole file's CRs
    definitions = previous.module.definitions
    count = len(definitions)
    if not count:
        return None
    # the definitions the edit touches (several keystrokes at different places between two
    # analyses make one edit from the first to the last): from the one it starts in (or the one
    # before, when it starts between two or on an edge) to the one it ends in (or the next)
    first = max((i for i, d in enumerate(definitions) if d.start < start), default=0)
    last = next((i for i, d in enumerate(definitions) if d.end > old_end), count - 1)
    last = max(last, first)
    inside = definitions[first].start < start and old_end < definitions[last].end
    if first == last and inside and type(definitions[first]) is ast.ClassDef:
        spliced = _splice_member(previous, text, definitions[first], start, old_end, new_end)  # type: ignore[arg-type]
        if spliced is not None:
            return spliced
    delta = new_end - old_end
    with gc_paused():
        for _attempt in range(_ATTEMPTS):
            first, last = _beyond_recoveries(previous, first, last)
            # the first definition's piece starts with the text, the last one's ends with it
            begin = definitions[first].start if first else 0
            end = definitions[last].end if last + 1 < count else len(previous.text)
            piece = _Piece.parse(previous, text, definitions[first - 1] if first else None, begin, end, delta)
            if isinstance(piece, _Piece):
                module = piece.parser.module
                assert module is not None
                new = module.definitions[1 if first else 0 :]
                if new and (new[0].start == piece.lo or not first) and (new[-1].end == piece.hi or piece.at_end):
                    break
                piece = "end"
            # the parse of the piece depends on what precedes or follows it: take that in too (up
            # to where the parser was recovering from an error, when that is why)
            why, _, reach = piece.partition(" ")
            if why == "begin" and first > 0:
                first -= 1
                while reach and first > 0 and definitions[first].start > int(reach):
                    first -= 1
            elif why == "end" and last + 1 < count:
                last += 1
                while reach and last + 1 < count and definitions[last].end < int(reach):
                    last += 1
            else:
                return None
        else:
            return None
        old = definitions[first : last + 1]
        nodes = {k: v for k, v in previous.nodes.items() if not any(v[0] is d for d in old)}
        for d in new:
            _move(d, piece.shift, nodes)
        if delta:
            for kept in definitions[last + 1 :]:
                _move(kept, delta, nodes)
        definitions[first : last + 1] = new
        return piece.result(previous, text, nodes, lambda kept: _compile_checks(previous.module, text, kept, old, new))


def _beyond_recoveries(previous: ParseResult, first: int, last: int) -> tuple[int, int]:
    """The definitions ``first`` to ``last``, widened until the parser was not recovering from an
    error where they start nor where they end (the errors before or after them are not theirs)."""
    definitions = previous.module.definitions
    count = len(definitions)
    front = previous.front
    while True:
        begin = definitions[first].start if first else 0
        back = min((s for s, e in front if s < begin < e), default=None)
        if back is not None:  # (so ``first`` > 0)
            first -= 1
            while first > 0 and definitions[first].start > back:
                first -= 1
            continue
        if last + 1 < count:
            end = definitions[last].end
            on = max((e for s, e in front if s < end <= e or s == e == end), default=None)
            if on is not None:
                last += 1
                while last + 1 < count and definitions[last].end <= on:
                    last += 1
                continue
        return first, last


_ATTEMPTS = 4  # the piece, and up to three times with the definition before or after it
_MEMBER_ATTEMPTS = 2  # the member, and with the member before or after it (then: its class)


# What a class member is parsed in when parsed alone: a class (whose member list holds a method or
# a property ending like the member before, if there is one: the parser is then in the state it is
# in there), and the class's end after it.
_CLASS = "class _ : _ {"
_STAND_INS = {  # what stands for the definition before, by its last character
    (False, "}"): "class _ : _ {}",
    (False, ";"): "int _;",
    (True, "}"): "-(void)_{}",
    (True, ";"): "@property(nonatomic)int _;",
}


@dataclass
class _Piece:
    """Text of the script parsed alone, in what puts the parser in the state it is in there."""

    parser: Parser
    found: list[Diagnostic]  # its lexical and syntax diagnostics, where they are in ``wrapped``
    comments: list[tuple[int, int]]
    lo: int  # where the piece is in ``wrapped``
    hi: int
    shift: int  # from ``wrapped`` to the script
    begin: int  # the piece in the previous text
    end: int
    delta: int  # what the edit added to it
    at_end: bool  # it runs to the end of the text

    @classmethod
    def parse(
        cls,
        previous: ParseResult,
        text: str,
        before: ast.Node | None,
        begin: int,
        end: int,
        delta: int,
        member: bool = False,
    ) -> _Piece | str:
        """``text[begin:end + delta]`` parsed after a stand-in for ``before`` (the definition or
        member before it, None if none) and the text between them; when its parse could differ from
        the parse of the whole text (see the module's docstring), what it depends on: "begin" (what
        precedes it) or "end" (what follows it), with where it reaches ("begin 120": the parser
        was recovering from an error there since offset 120), or "never"."""
        at_end = not member and end == len(previous.text)  # nothing follows: its parse is the whole's
        reach = min((s for s, e in previous.front if s < begin < e), default=None)
        if reach is not None:
            return f"begin {reach}"  # the parser was recovering from an error there since ``reach``
        reach = max((e for s, e in previous.front if s < end <= e or s == e == end), default=None)
        if reach is not None and not at_end:
            return f"end {reach}"
        head = _CLASS if member else ""
        if before is not None:
            gap = previous.text[before.end : begin]
            stand_in = _STAND_INS.get((member, previous.text[before.end - 1 : before.end]))
            if stand_in is None or any(before.end <= s < begin for s, _ in previous.front):
                return "begin"
            head += stand_in + gap
        else:
            opening = previous.text.rfind("{", 0, begin) if member else 0  # the class's `{`, or the start
            if opening < 0 or any(s <= opening < e for s, e in previous.comments):
                return "never"
            if any(opening <= s < begin for s, _ in previous.front):
                return "never"  # recovering from an error before the piece: its state is not the first
            if member:
                head = _CLASS[:-1] + previous.text[opening:begin]
        wrapped = head + text[begin : end + delta] + ("}" if member else "")
        lo, hi = len(head), len(head) + end + delta - begin
        tokens, lexical, comments = lex_all(wrapped)
        parser = parse_piece(tables.load(), wrapped, tokens)
        if parser.module is None or not (parser.settled or at_end):
            return "end"
        found = [*lexical, *parser.diagnostics]
        if any(d.code in RUNAWAY_CODES for d in found) and not at_end:
            return "never"
        if any(s < lo for s, _ in parser.unsettled) or any(d.start < lo for d in found):
            return "begin"
        if not at_end and (any(e > hi for _, e in parser.unsettled) or any(d.end >= hi for d in found)):
            return "end"
        kept_comments = [c for c in comments if lo <= c[0] < hi]
        return cls(parser, found, kept_comments, lo, hi, begin - lo, begin, end, delta, at_end)

    def result(
        self,
        previous: ParseResult,
        text: str,
        nodes: dict[int, tuple[ast.Node, list[ast.Node]]],
        compile_checks: Callable[[list[Diagnostic]], list[Diagnostic]],
    ) -> ParseResult:
        """The new parse: ``previous`` with the piece in its place (its tree already spliced)."""
        begin, end, delta, shift = self.begin, self.end, self.delta, self.shift
        if self.at_end:
            end = len(previous.text) + 1  # what is at the very end (an error at end of input) is the piece's
        previous.module.end = len(text)
        comments = [c for c in previous.comments if c[1] <= begin]
        comments += [(s + shift, e + shift) for s, e in self.comments]
        comments += [(s + delta, e + delta) for s, e in previous.comments if s >= end]
        outside: list[Diagnostic] = []  # the lexical and syntax findings before and after the piece
        compiled: list[Diagnostic] = []  # the compile-time checks' findings there
        for d in previous.diagnostics:
            if not begin <= d.start < end:
                (outside if d.code in FRONT_CODES else compiled).append(d if d.start < begin else d.moved(delta))
        diagnostics = compile_checks(compiled)
        diagnostics += outside
        diagnostics += [d.moved(shift) for d in self.found]
        diagnostics.sort(key=Diagnostic.sort_key)
        front = [(s, e) for s, e in previous.front if e <= begin and s < begin]
        front += [(s + shift, e + shift) for s, e in front_spans(self.found, self.parser.unsettled)]
        front += [(s + delta, e + delta) for s, e in previous.front if s >= end]
        return ParseResult(
            previous.path, text, previous.module, diagnostics, LineIndex(text), comments, tuple(sorted(front)), nodes
        )


def _splice_member(
    previous: ParseResult, text: str, cls: ast.ClassDef, start: int, old_end: int, new_end: int
) -> ParseResult | None:
    """An edit inside one member of a class: that member parsed alone and put in its place (with
    the members before or after it when its parse depends on them)."""
    members = cls.members
    first = next((i for i, m in enumerate(members) if m.start < start and old_end < m.end), None)
    if first is None:
        return None
    last = first
    delta = new_end - old_end
    for _attempt in range(_MEMBER_ATTEMPTS):
        before = members[first - 1] if first else None
        piece = _Piece.parse(previous, text, before, members[first].start, members[last].end, delta, member=True)
        if isinstance(piece, _Piece):
            module = piece.parser.module
            assert module is not None
            wrapper = module.definitions[0] if len(module.definitions) == 1 else None
            new = wrapper.members[1 if first else 0 :] if type(wrapper) is ast.ClassDef else []
            if new and new[0].start == piece.lo and new[-1].end == piece.hi:
                break
            piece = "end"
        why = piece.partition(" ")[0]
        if why == "begin" and first > 0:
            first -= 1
        elif why == "end" and last + 1 < len(members):
            last += 1
        else:
            return None
    else:
        return None
    nodes = {k: v for k, v in previous.nodes.items() if v[0] is not cls}  # its list names the old members
    for m in new:
        _move(m, piece.shift, nodes)
        del nodes[id(m)]
    members[first : last + 1] = new
    cls.end += delta
    if delta:
        for kept in previous.module.definitions:
            if kept.start > cls.start:
                _move(kept, delta, nodes)
        for later in members[first + len(new) :]:
            _move(later, delta, nodes)
            del nodes[id(later)]
    ids = {id(m) for m in new}
    return piece.result(previous, text, nodes, lambda kept: kept + check_module(previous.module, text, ids))


def _compile_checks(
    module: ast.Module, text: str, kept: list[Diagnostic], old: list[ast.Node], new: list[ast.Node]
) -> list[Diagnostic]:
    """Upstream's compile-time checks of the new tree: those of the new definitions, and those the
    others had (``kept``, moved with them), unless a typedef came or went or what a definition was
    told reaches out of it (then all, from scratch)."""
    typedefs = any(type(d) is ast.Typedef for d in (*old, *new))
    if not typedefs and by_span(kept, [(d.start, d.end) for d in module.definitions]) is not None:
        return kept + check_module(module, text, {id(d) for d in new})
    for n in ast.walk(module):  # a typedef changed what named types resolve to: all again
        if type(n) is ast.TypeRef and n.kind == "named":
            n.resolved = None
    return check_module(module, text)


def _move(root: ast.Node, delta: int, nodes: dict[int, tuple[ast.Node, list[ast.Node]]]) -> None:
    """Move a definition by ``delta`` (its nodes listed once, in ``nodes``, for the next moves)."""
    entry = nodes.get(id(root))
    if entry is None or entry[0] is not root:
        entry = nodes[id(root)] = (root, list(ast.walk(root)))
    if delta:
        for n in entry[1]:
            n.start += delta
            n.end += delta
