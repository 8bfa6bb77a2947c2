"""The LR driver: runs PLY's LALR tables over the token list and builds the AST.

PLY generates the tables (:mod:`mangopy.syntax.tables`); this module drives them.  It does what
``ply.yacc.LRParser`` does, with three differences that the project needs:

* speed: single-symbol pass-through productions are reduced without calling any function, and
  positions are tracked as plain offsets (no ``YaccProduction`` objects);
* messages: on a syntax error the set of tokens that *could* have followed is computed exactly
  (by simulating the automaton from the state before any default reduction), and turned into
  words a script author understands, with hints for MangoFix's well-known pitfalls;
* recovery: yacc's ``error``-token algorithm (pop to a state that shifts ``error``, discard
  input until a token fits, report nothing new until three tokens were shifted), plus
  resynchronisation at tokens that always start a definition (``class``, ``@property``,
  ``declare``, ``typedef``, ``@SwiftClassAlias``, a method's ``-``/``+`` at the start of a
  line), so one pass reports every independent error.

The accepted language is exactly the one the tables define; recovery only runs after an error
has been reported.  Nothing here recurses.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mangopy.diagnostics import Diagnostic, Fix
from mangopy.syntax import ast, errors, habits
from mangopy.syntax.grammar import PRODUCTIONS, Production
from mangopy.syntax.lexer import Token
from mangopy.syntax.tables import Tables
from mangopy.syntax.tokens import ILLEGAL, MEMBER_KEYWORDS, SPELLINGS, describe

EOF = "$end"

_SYNC_ALWAYS = frozenset({"DECLARE", "TYPEDEF", "SWIFT_CLASS_ALIAS", "PROPERTY"})

# Tokens that are a whole primary expression by themselves.
_ATOMS = frozenset(
    {
        "IDENTIFIER",
        "YES_",
        "NO_",
        "INTETER_LITERAL",
        "DOUBLE_LITERAL",
        "STRING_LITERAL",
        "NIL",
        "NULL_",
        "SELF",
        "SUPER",
    }
)
_EXPRESSION_START = _ATOMS | {"ADDRESS", "LP", "SELECTOR", "AT", "C_FUNCTION", "LC", "POWER"}
_TYPE_KEYWORDS = frozenset({"VOID", "BOOL_", "INT", "U_INT", "DOUBLE", "C_STRING", "ID", "CLASS_", "SEL_", "POINTER"})
_STATEMENT_KEYWORDS = frozenset({"IF", "SWITCH", "FOR", "WHILE", "DO"})
_DEFINITION_KEYWORDS = frozenset({"CLASS", "DECLARE", "TYPEDEF", "SWIFT_CLASS_ALIAS"})
_PRIMARY_END = _ATOMS | {"RP", "RB", "RC"} | MEMBER_KEYWORDS


_CLOSERS = ("RP", "RB", "SEMICOLON", "RC")


class _Virtual:
    """A zero-width token inserted at end of input to repair an unfinished construct."""

    __slots__ = ("lexpos", "type", "value")

    def __init__(self, type_: str, pos: int) -> None:
        self.type = type_
        self.value = ""
        self.lexpos = pos


class _Eof:
    """The end-of-input pseudo token."""

    __slots__ = ("lexpos", "type", "value")

    def __init__(self, pos: int) -> None:
        self.type = EOF
        self.value = ""
        self.lexpos = pos


def _end(tok: Any) -> int:
    return int(tok.lexpos) + len(tok.value)


class Parser:
    """Parses one token list with the given tables.  Use :func:`parse_tokens`."""

    def __init__(
        self,
        tables: Tables,
        text: str,
        tokens: Sequence[Token],
        recover: bool = True,
        productions: Sequence[Production] = PRODUCTIONS,
    ) -> None:
        self.tables = tables
        self.text = text
        self.tokens = tokens
        self.recover = recover
        self.diagnostics: list[Diagnostic] = []
        #: Offset of the token where the first syntax error was detected (None: none was).
        self.first_error: int | None = None
        #: The input ended in a state a clean parse could be in: not recovering from an error
        #: (3 tokens shifted since the last one), nothing inserted at the end of input.
        self.settled = False
        #: Where the parse depended on recovering from an error: from the token it was found at to
        #: the end of the third token shifted after it (or the end of input).
        self.unsettled: list[tuple[int, int]] = []
        self.module: ast.Module | None = None
        self.popped_from: int | None = None  # where what the last resynchronisation dropped began
        self.reducers, self._terminals = _automaton(tables, productions)

    # ------------------------------------------------------------------ automaton helpers

    def _pass_through_chain(self, below: int, top: int, terminal: str) -> int:
        """Follow further pass-through reductions from ``top`` (above ``below``) on ``terminal``."""
        action, goto, reducers = self.tables.action, self.tables.goto, self.reducers
        while True:
            act = action[top].get(terminal)
            if act is None or act >= 0:
                return top
            lhs, _length, fn = reducers[-act]
            if fn is not None:
                return top
            top = goto[below][lhs]

    def _accepts(self, stack: list[int], terminal: str) -> bool:
        """Would ``terminal`` be shifted (or accepted) from this state stack?"""
        action, goto, reducers = self.tables.action, self.tables.goto, self.reducers
        states = list(stack)
        for _ in range(10_000):
            act = action[states[-1]].get(terminal)
            if act is None:
                return False
            if act >= 0:
                return True
            lhs, length, _fn = reducers[-act]
            if length:
                del states[-length:]
            states.append(goto[states[-1]][lhs])
        return False

    @property
    def terminals(self) -> list[str]:
        """Every terminal of the tables (but ``error``), sorted."""
        if not self._terminals:
            found: set[str] = set()
            for row in self.tables.action:
                found.update(row)
            found.discard("error")
            self._terminals.extend(sorted(found))
        return self._terminals

    def expected(self, stack: list[int]) -> set[str]:
        return {t for t in self.terminals if self._accepts(stack, t)}

    # ------------------------------------------------------------------ main loop

    def parse(self) -> ast.Module:
        action, goto, reducers = self.tables.action, self.tables.goto, self.reducers
        chains = _chain_cache(self.tables)
        tokens = self.tokens
        n_tokens = len(tokens)
        eof = _Eof(len(self.text))
        states: list[int] = [0]
        values: list[Any] = [None]
        starts: list[int | None] = [0]
        ends: list[int | None] = [0]
        i = 0
        tok: Any = tokens[0] if n_tokens else eof
        ttype: str = tok.type
        snapshot: list[int] | None = None  # the state stack before reductions on this lookahead
        errstatus = 0  # > 0: recovering; new errors are not reported until 3 tokens were shifted
        unsettled_from = 0  # where the recovery going on began
        repairs = 0  # closers inserted at end of input
        semicolon_at = -1  # the token before which a missing `;` was last inserted
        reported_at = -1  # the token last reported

        while True:
            act = action[states[-1]].get(ttype)
            if act is not None:
                if act > 0:  # shift
                    states.append(act)
                    values.append(tok)
                    pos = tok.lexpos
                    starts.append(pos)
                    ends.append(pos + len(tok.value))
                    i += 1
                    tok = tokens[i] if i < n_tokens else eof
                    ttype = tok.type
                    snapshot = None
                    if errstatus:
                        errstatus -= 1
                        if not errstatus:  # settled again after this token
                            self.unsettled.append((unsettled_from, ends[-1]))  # type: ignore[arg-type]
                    continue
                if act < 0:  # reduce
                    if snapshot is None:
                        snapshot = states[:]
                    lhs, length, fn = reducers[-act]
                    if fn is None:
                        # A pass-through production: only the top state changes.  Chains of
                        # them (an operand climbing ~10 expression levels) depend only on the
                        # two top states and the lookahead, so they are memoised.
                        below = states[-2]
                        key = (below, states[-1], ttype)
                        top = chains.get(key)
                        if top is None:
                            top = self._pass_through_chain(below, goto[below][lhs], ttype)
                            chains[key] = top
                        states[-1] = top
                        continue
                    if length == 1:  # replace the top entry in place (the most common case)
                        start = starts[-1]
                        end = ends[-1]
                        values[-1] = fn([values[-1]], start, end)
                        states[-1] = goto[states[-2]][lhs]
                        continue
                    if length:
                        args = values[-length:]
                        start = starts[-length]
                        end = ends[-1]
                        if start is None or end is None:
                            start, end = _span(starts[-length:], ends[-length:])
                        del states[-length:], values[-length:], starts[-length:], ends[-length:]
                    else:
                        args = []
                        start = end = None
                    values.append(fn(args, start, end))
                    starts.append(start)
                    ends.append(end)
                    states.append(goto[states[-1]][lhs])
                    continue
                self.settled = errstatus == 0 and repairs == 0
                if errstatus:
                    self.unsettled.append((unsettled_from, len(self.text)))
                return values[-1]  # accept

            # ---------------------------------------------------------- syntax error
            if self.first_error is None:
                self.first_error = tok.lexpos
            if not errstatus:  # what follows depends on the recovery until 3 tokens are shifted
                unsettled_from = min(tok.lexpos, len(self.text))
            if not self.recover:
                self._report(tok, i, snapshot or states)
                return ast.Module([], start=0, end=0)
            if (
                errstatus == 0
                and ttype not in (ILLEGAL, EOF)
                and i != semicolon_at  # once per token: a `;` that did not help is not the problem
                and self._missing_semicolon(tok, i, states)  # states as reduced so far: they go on
            ):
                # `;` missing at the end of the previous line: said there (with the fix), and
                # parsing goes on as if it were written, so the next one is found too
                prev_end = _end(tokens[i - 1])
                semicolon_at = i
                tok, ttype, i = _Virtual("SEMICOLON", prev_end), "SEMICOLON", i - 1
                snapshot = None
                continue
            if i != reported_at and (
                (errstatus == 0 and ttype != ILLEGAL) or (ttype == "LB" and self._statement_send(i))
            ):
                self._report(tok, i, snapshot or states)
                reported_at = i
            if ttype == EOF:
                # Nothing left to resynchronise on.  The error is reported; now repair by inserting
                # zero-width closers while one fits, so open constructs complete (editors get the
                # class and its methods), then keep what is complete.
                closer = next((c for c in _CLOSERS if repairs < 200 and self._accepts(states, c)), None)
                if closer is None:
                    return self._finish_at_eof(states, values, unsettled_from)
                repairs += 1
                errstatus = 3
                tok = _Virtual(closer, len(self.text))
                ttype = closer
                snapshot = None
                continue
            if errstatus == 3 or (ttype == ILLEGAL and errstatus):
                # Recovering and this token still does not fit: discard it (or resynchronise).
                if ttype == EOF:
                    return self._finish_at_eof(states, values, unsettled_from)
                if self._is_sync(i) and self._resync(states, values, starts, ends, ttype):
                    if self.popped_from is not None and self.popped_from < unsettled_from:
                        unsettled_from = self.popped_from  # what was parsed before is read again
                    snapshot = None
                    continue
                i += 1
                tok = tokens[i] if i < n_tokens else eof
                ttype = tok.type
                snapshot = None
                continue
            errstatus = 3
            # Pop to a state that can shift the `error` symbol.
            while len(states) > 1 and "error" not in action[states[-1]]:
                states.pop()
                values.pop()
                popped = starts.pop()
                ends.pop()
                if popped is not None and popped < unsettled_from:
                    unsettled_from = popped  # what was parsed before the error is read again
            err_act = action[states[-1]].get("error")
            if err_act is None or err_act <= 0:
                # Nothing to resynchronise on: skip the token and start over from the top.
                if ttype == EOF:
                    return self._finish_at_eof(states, values, unsettled_from)
                i += 1
                tok = tokens[i] if i < n_tokens else eof
                ttype = tok.type
                snapshot = None
                continue
            pos = tok.lexpos
            states.append(err_act)
            values.append(ast.ErrorNode(start=pos, end=_end(tok) if ttype != EOF else pos))
            starts.append(pos)
            ends.append(_end(tok) if ttype != EOF else pos)
            snapshot = None

    # ------------------------------------------------------------------ recovery helpers

    def _missing_semicolon(self, tok: Any, i: int, stack: list[int]) -> bool:
        """Is ``tok`` the first token of a line after a statement that lacks its `;`?  Then say so
        at the end of that statement's line (what the user must edit), with the fix."""
        if i == 0 or "\n" not in self.text[_end(self.tokens[i - 1]) : tok.lexpos]:
            return False
        if not self._accepts(stack, "SEMICOLON"):
            return False
        at = _end(self.tokens[i - 1])
        code = errors.SYNTAX_ERROR
        fix = Fix("Insert `;`", ((at, at, ";"),), safe=True)
        self.diagnostics.append(
            Diagnostic(code.code, code.severity, "missing `;` at the end of the line", at, at, fixes=[fix])
        )
        return True

    def _statement_send(self, i: int) -> bool:
        """Does token ``i`` (a `[`) open an Objective-C send that starts a statement?  Reported even
        while recovering from the error before it: it is a habit of its own, not a consequence."""
        return (
            i > 0 and self.tokens[i - 1].type in ("SEMICOLON", "LC", "RC") and _starts_line(self.text, self.tokens[i])
        )

    def _is_sync(self, i: int) -> bool:
        """Does token ``i`` certainly start a new definition or class member?"""
        tokens = self.tokens
        tok = tokens[i]
        t = tok.type
        if t in _SYNC_ALWAYS:
            return True
        prev = tokens[i - 1].type if i else None
        if t == "CLASS":
            return prev != "DOT"
        if t in ("SUB", "ADD") and i + 1 < len(tokens) and tokens[i + 1].type == "LP":
            return _starts_line(self.text, tok)
        return False

    def _resync(self, states: list[int], values: list[Any], starts: list[Any], ends: list[Any], terminal: str) -> bool:
        """Pop states until ``terminal`` fits; False (and nothing popped) if it fits nowhere."""
        for depth in range(len(states), 0, -1):
            if self._accepts(states[:depth], terminal):
                self.popped_from = min((s for s in starts[depth:] if s is not None), default=None)
                del states[depth:], values[depth:], starts[depth:], ends[depth:]
                return True
        return False

    def _finish_at_eof(self, states: list[int], values: list[Any], unsettled_from: int) -> ast.Module:
        """End of input while recovering: keep the definitions completed so far, and salvage
        an unfinished class (its header and completed members) from what had to be dropped."""
        self.unsettled.append((unsettled_from, len(self.text)))
        for depth in range(len(states), 0, -1):
            if self._accepts(states[:depth], EOF):
                # Reduce what remains into a Module by replaying the automaton on EOF.
                module = self._reduce_to_module(states[:depth], values[:depth])
                module.definitions.extend(_salvage(values[depth:], len(self.text)))
                return module
        return ast.Module(_salvage(values, len(self.text)), start=0, end=0)

    def _reduce_to_module(self, states: list[int], values: list[Any]) -> ast.Module:
        action, goto, reducers = self.tables.action, self.tables.goto, self.reducers
        starts: list[Any] = [None] * len(states)
        ends: list[Any] = [None] * len(states)
        while True:
            act = action[states[-1]][EOF]
            if act == 0:
                module = values[-1]
                return module if isinstance(module, ast.Module) else ast.Module([], start=0, end=0)
            lhs, length, fn = reducers[-act]
            if fn is None:
                states[-1] = goto[states[-2]][lhs]
                continue
            args = values[-length:] if length else []
            if length:
                del states[-length:], values[-length:], starts[-length:], ends[-length:]
            start, end = _span_of_values(args)
            values.append(fn(args, start, end))
            starts.append(start)
            ends.append(end)
            states.append(goto[states[-1]][lhs])

    # ------------------------------------------------------------------ messages

    def _report(self, tok: Any, i: int, stack: list[int]) -> None:
        expected = self.expected(stack)
        if tok.type == EOF:
            code = errors.UNEXPECTED_EOF
            found = "end of input"
            start = end = tok.lexpos
        else:
            code = errors.SYNTAX_ERROR
            found = _found(tok)
            start, end = tok.lexpos, _end(tok)
        message = f"unexpected {found}"
        wanted = _describe_expected(expected)
        if wanted:
            message += f"; expected {wanted}"
        hint = _hint(self.tokens, i, tok, expected, self.text)
        fixes: list[Fix] = []
        if isinstance(hint, tuple):  # advice that comes with the edit
            hint, fix = hint
            fixes = [fix] if fix is not None else []
        self.diagnostics.append(Diagnostic(code.code, code.severity, message, start, end, hint, fixes=fixes))


_CHAINS: dict[tuple[str, int], dict[tuple[int, int, str], int]] = {}


_AUTOMATA: dict[tuple[int, int], tuple[Tables, Sequence[Production], list[tuple[str, int, Any]], list[str]]] = {}


def _automaton(tables: Tables, productions: Sequence[Production]) -> tuple[list[tuple[str, int, Any]], list[str]]:
    """Each production's (left-hand side, length, action) for the driver, and the list the
    terminals go in when first needed: built once per tables (the editor parses a piece of the
    script at every keystroke, and each parse has its parser)."""
    key = (id(tables), id(productions))
    known = _AUTOMATA.get(key)
    if known is None or known[0] is not tables or known[1] is not productions:
        actions = [p.action for p in productions]
        reducers = [(lhs, length, actions[n - 1] if n else None) for n, (lhs, length) in enumerate(tables.productions)]
        known = _AUTOMATA[key] = (tables, productions, reducers, [])
    return known[2], known[3]


def _chain_cache(tables: Tables) -> dict[tuple[int, int, str], int]:
    key = (tables.signature, len(tables.action))
    cache = _CHAINS.get(key)
    if cache is None:
        cache = _CHAINS[key] = {}
    return cache


def _span(starts: list[Any], ends: list[Any]) -> tuple[int | None, int | None]:
    s = next((x for x in starts if x is not None), None)
    e = next((x for x in reversed(ends) if x is not None), None)
    return s, e


_MEMBERS = (ast.MethodDef, ast.PropertyDef)


def _salvage(values: list[Any], eof: int) -> list[ast.Node]:
    """Complete pieces among the values of an unfinished phrase at end of input.

    An unfinished ``class Name : Super { ...`` becomes a ClassDef (to the end of the file) with the
    members completed before the input ended, so editors still get an outline and hover.
    """
    tokens = [v for v in values if hasattr(v, "lexpos")]
    members: list[ast.Node] = []
    for v in values:
        if isinstance(v, _MEMBERS):
            members.append(v)
        elif isinstance(v, list):
            members.extend(item for item in v if isinstance(item, _MEMBERS))
    for i, tok in enumerate(tokens):
        if tok.type == "CLASS" and i + 1 < len(tokens) and tokens[i + 1].type == "IDENTIFIER":
            name_tok = tokens[i + 1]
            rest = tokens[i + 2 :]
            super_tok = next((t for t in rest[1:] if t.type == "IDENTIFIER"), None) if rest[:1] and (
                rest[0].type == "COLON") else None  # fmt: skip
            name = ast.Name(name_tok.value, start=name_tok.lexpos, end=_end(name_tok))
            superclass = (
                ast.Name(super_tok.value, start=super_tok.lexpos, end=_end(super_tok))
                if super_tok is not None
                else ast.Name("", start=name.end, end=name.end)
            )
            annotations = next(
                (v for v in values if isinstance(v, list) and v and isinstance(v[0], ast.Annotation)), []
            )
            return [ast.ClassDef(annotations, name, [], superclass, [], members, start=tok.lexpos, end=eof)]
    return []


def _bounds(value: Any) -> tuple[int | None, int | None]:
    if hasattr(value, "lexpos"):
        return value.lexpos, _end(value)
    if isinstance(value, ast.Node):
        return value.start, value.end
    if isinstance(value, (list, tuple)) and value:
        return _bounds(value[0])[0], _bounds(value[-1])[1]
    return None, None


def _span_of_values(args: list[Any]) -> tuple[int | None, int | None]:
    bounds = [_bounds(a) for a in args]
    return _span([b[0] for b in bounds], [b[1] for b in bounds])


def _found(tok: Any) -> str:
    t = tok.type
    text = tok.value
    if len(text) > 40:
        text = text[:37] + "..."
    if t == "IDENTIFIER":
        return f"name `{text}`"
    if t == "STRING_LITERAL":
        return f"string {text}"
    if t in ("INTETER_LITERAL", "DOUBLE_LITERAL"):
        return f"number `{text}`"
    if t == "ANNOTATION":
        return f"annotation `{text}`"
    if (t in SPELLINGS and text.isidentifier()) or t in ("PROPERTY", "SELECTOR", "SWIFT_CLASS_ALIAS"):
        return f"keyword `{text}`"
    return f"`{text}`"


_OPERATORS = frozenset(
    {
        "ADD",
        "SUB",
        "ASTERISK",
        "DIV",
        "MOD",
        "LT",
        "LE",
        "GT",
        "GE",
        "EQ",
        "NE",
        "AND",
        "OR",
        "QUESTION",
        "INCREMENT",
        "DECREMENT",
        "DOT",
        "LP",
        "LB",
        "ASSIGN",
        "ADD_ASSIGN",
        "SUB_ASSIGN",
        "ASTERISK_ASSIGN",
        "DIV_ASSIGN",
        "MOD_ASSIGN",
    }
)


def _join(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " or " + words[-1]


def _describe_expected(expected: set[str]) -> str:
    """The expected tokens in words, grouped ("an expression", "an operator", ...)."""
    if not expected:
        return ""
    rest = set(expected)
    words: list[str] = []
    core_expr = _EXPRESSION_START - {"LC", "ADDRESS", "C_FUNCTION", "SELECTOR"}
    has_expr = core_expr <= rest
    has_type = rest >= _TYPE_KEYWORDS
    if has_expr and has_type and rest >= _STATEMENT_KEYWORDS:
        words.append("a class, declaration or statement" if _DEFINITION_KEYWORDS & rest else "a statement")
        rest -= _EXPRESSION_START | _TYPE_KEYWORDS | _STATEMENT_KEYWORDS | _DEFINITION_KEYWORDS
        rest -= {
            "NOT",
            "SUB",
            "STRUCT",
            "BLOCK",
            "ANNOTATION",
            "STATIC",
            "__WEAK",
            "__STRONG",
            "EXTERN",
            "BREAK",
            "CONTINUE",
            "RETURN",
            "SWITCH",
            "PROPERTY",
        }
    else:
        if has_type:
            words.append("a type")
            rest -= _TYPE_KEYWORDS | {"STRUCT", "BLOCK", "C_FUNCTION", "ANNOTATION"}
        if has_expr:
            words.append("an expression")
            rest -= _EXPRESSION_START | {"NOT", "SUB"}
    if rest - {"IDENTIFIER"} and rest >= MEMBER_KEYWORDS:
        # After a dot or in a selector: a name or one of the member-ok keywords.
        rest -= MEMBER_KEYWORDS
    operators = rest & _OPERATORS
    if len(operators) >= 3:
        rest -= operators
    if words or len(rest) > 1:
        rest.discard(EOF)  # "or end of input" adds nothing next to real alternatives
    ordered = sorted(rest, key=lambda t: (t != "IDENTIFIER", describe(t)))
    words.extend(describe(t) for t in ordered)
    if len(operators) >= 3:
        words.append("an operator")
    if len(words) > 6:
        return ""
    return _join(words)


_PRIMARY_ONLY = (
    "dictionary keys and values and struct-literal values must be simple (primary) expressions; wrap it in `( )`"
)


def _statement_start(tokens: Sequence[Any], i: int) -> int:
    """Index of the first token of the statement containing token ``i`` (same nesting)."""
    depth = 0
    j = i - 1
    while j >= 0:
        t = tokens[j].type
        if t in ("RP", "RB"):
            depth += 1
        elif t in ("LP", "LB"):
            if depth == 0:
                return j + 1
            depth -= 1
        elif depth == 0 and t in ("SEMICOLON", "LC", "RC"):
            return j + 1
        j -= 1
    return 0


_MULTIWORD_TYPES = frozenset({"unsigned", "signed", "long", "short", "const", "volatile"})
_QUALIFIERS = frozenset(
    {"_Nullable", "_Nonnull", "nullable", "nonnull", "__nullable", "__nonnull", "__kindof", "const", "__block"}
)
_ASSIGN_OPS = frozenset({"ASSIGN", "ADD_ASSIGN", "SUB_ASSIGN", "ASTERISK_ASSIGN", "DIV_ASSIGN", "MOD_ASSIGN"})


def _hint(
    tokens: Sequence[Any], i: int, tok: Any, expected: set[str], text: str
) -> str | tuple[str, Fix | None] | None:
    """Explain MangoFix's well-known surprises when the error looks like one of them (with the fix,
    for the Objective-C habits :mod:`mangopy.syntax.habits` can rewrite)."""
    t = tok.type
    prev_tok = [tokens[j] if j >= 0 else None for j in (i - 1, i - 2, i - 3)]
    prev = [p.type if p is not None else None for p in prev_tok]
    first = _statement_start(tokens, i)
    statement = [x.type for x in tokens[first:i]]

    # --- annotations and @-words
    if t == "ANNOTATION" and tok.value in ("@YES", "@NO"):
        word = tok.value[1:]
        return (
            f"`{tok.value}` is not a boxed BOOL in MangoFix (it reads as an annotation); write `{word}` or `@({word})`",
            habits.boxed_bool_fix(tok),
        )
    if t == "ANNOTATION" and tok.value in ("@true", "@false"):
        return "MangoFix has no `true`/`false`; write `@(YES)` or `@(NO)`", habits.boxed_bool_fix(tok)
    if t == "ANNOTATION" and tok.value in ("@interface", "@implementation", "@end", "@protocol"):
        return f"`{tok.value}` is Objective-C, not MangoFix; write `class Name : Superclass {{ ... }}`"
    if (
        t == "IDENTIFIER"
        and prev[0] == "AT"
        and tok.value in ("selector", "property")
        and _touching(tokens, i) is False
    ):
        return f"`@{tok.value}` is one word: remove the space after `@`"
    if {"CLASS", "DECLARE", "BLOCK"} <= expected and prev[0] in ("ANNOTATION", "RP"):
        return (
            "annotations may stand only before `class`, a superclass, `declare struct`, `@property`, "
            "a method or `Block`"
        )
    if t == "RP" and prev[0] == "LP" and prev[1] == "ANNOTATION":
        return "an annotation takes exactly one argument or none: write it without `()`"

    # --- the reduce/reduce conflict: member access right before `:`
    if (
        prev[0] == "COLON"
        and (prev[1] == "IDENTIFIER" or prev[1] in MEMBER_KEYWORDS)
        and prev[2] == "DOT"
        and ("LP" in expected)
    ):
        name = tokens[i - 2].value
        return (
            f"a member access right before `:` is read as the selector `{name}:`; "
            f"write `.{name}()` or put the access in parentheses",
            habits.member_call_fix(tokens[i - 2]),
        )

    # --- statements
    if t == "SEMICOLON" and prev[0] == "RC":
        return "MangoFix has no empty statement: remove the `;` after `}`"
    if t == "SEMICOLON" and prev[0] in (None, "SEMICOLON", "LC"):
        return "MangoFix has no empty statement: remove the `;`"
    if t == "SEMICOLON" and expected == {"COLON", "LC"}:
        return (
            "there are no method prototypes: every method needs a body `{ ... }`",
            habits.prototype_fix(tokens, i, text),
        )
    if t == "COLON" and "LC" in expected and "IDENTIFIER" in expected:
        return "every selector piece of a method needs a name: `- (void)move:(int)a to:(int)b`"
    if t == "LB" and not expected & {"LB"} and prev[0] not in _PRIMARY_END:
        return (
            "Objective-C bracket sends do not exist; write `receiver.selector:(args)`",
            habits.bracket_send_fix(tokens, i, text),
        )
    if expected == {"LC"} and prev[0] in ("RP", "ELSE", "DO"):
        return "MangoFix requires braces `{ ... }` around every if/else/loop body"
    if expected == {"LC"} and prev[0] == "COLON":
        return "MangoFix requires braces `{ ... }` around every case and default body"
    if prev[0] == "IDENTIFIER" and expected == {"COLON"} and prev[1] == "LC":
        return "`{` at the start of a statement begins a struct literal; MangoFix has no bare nested blocks"

    # --- declarations and types
    if t == "EXTERN":
        return "`extern` cannot be combined with other modifiers: write `extern TYPE NAME;`"
    if t in _ASSIGN_OPS and statement[:1] == ["EXTERN"]:
        return "`extern TYPE NAME;` takes no initializer; assign the variable in a separate statement"
    if prev[0] == "TYPEDEF":
        return "typedef takes `BOOL int uint double CString id Block Class SEL Pointer` or a type name defined earlier"
    if prev[0] == "IDENTIFIER" and prev_tok[0] is not None and prev_tok[0].value in _MULTIWORD_TYPES:
        return "MangoFix has no multi-word C types: write `int`, `uint`, `double` or a typedef name such as `NSInteger`"
    if prev[0] == "IDENTIFIER" and prev_tok[0] is not None and prev_tok[0].value in _QUALIFIERS:
        return f"`{prev_tok[0].value}` does not exist in MangoFix: write the type without qualifiers"
    if t == "GT" and i >= 3 and tokens[i - 1].type == "ASTERISK" and tokens[i - 3].type == "LT":
        return "MangoFix has no generics; write `NSArray *names`"
    if prev[0] == "PROPERTY" and t != "LP":
        return "the attribute list is required (it may be empty): `@property () id name;`"
    if prev[0] in ("LP", "COMMA") and t == "IDENTIFIER" and _inside_property_attributes(tokens, i):
        return "property attributes are only weak, strong, copy, assign, nonatomic and atomic"
    if t == "RP" and prev[0] == "VOID":
        return "an empty parameter list is written `()`"
    if t == "COMMA" and "SEMICOLON" in expected:
        return "MangoFix declares one variable per declaration and has no comma operator"

    # --- expressions
    if t in ("INCREMENT", "DECREMENT") and prev[0] in ("INCREMENT", "DECREMENT"):
        return "a postfix operator applies once, directly to a name, member or call"
    if t in ("INCREMENT", "DECREMENT") and prev[0] not in _PRIMARY_END:
        op = tok.value
        return f"MangoFix has no prefix `{op}`; write `x{op}` or `x {op[0]}= 1`"
    if prev[0] == "LP" and prev[1] in ("SUB", "ADD") and _starts_line(text, prev_tok[1]):
        return "this looks like a method definition inside a method body: is a `}` missing above it?"
    if t in _TYPE_KEYWORDS and prev[0] == "LP" and (expected & _EXPRESSION_START):
        return "MangoFix has no casts; values are converted by the declared type of the variable they are assigned to"
    if t == "ADD" and prev[0] not in _PRIMARY_END:
        return "MangoFix has no unary `+`"
    if t == "SUB" and prev[0] == "AT":
        return "box negative numbers with parentheses: `@(-1)`"
    if t == "LT" and prev[0] == "LT" and _touching(tokens, i):
        return "MangoFix has no shift or bitwise operators"
    if t == "GT" and prev[0] == "GT" and _touching(tokens, i):
        return "MangoFix has no shift or bitwise operators"
    if t in ("RB", "RP", "RC") and prev[0] == "COMMA":
        return "MangoFix allows no trailing comma in lists"
    if t == "AT" and prev[0] == "STRING_LITERAL":
        return "adjacent string literals are not joined in MangoFix; concatenate with `+`"
    if (prev[0] == "COLON" and t in ("SUB", "NOT", "POWER") and not (expected & {"SUB", "NOT"})) or (
        {"COMMA", "RC"} <= expected <= {"COMMA", "RC", "LP", "DOT", "LB"} and t not in expected
    ):
        return _PRIMARY_ONLY
    if t in _ASSIGN_OPS:
        if any(o in _ASSIGN_OPS for o in statement):
            return "assignments cannot be chained in MangoFix; split it into two statements"
        return "the left side of an assignment must be a name, a member, a call or a subscript"
    if t in _OPERATORS and statement == ["IDENTIFIER", "ASTERISK", "IDENTIFIER"]:
        a, b = tokens[first].value, tokens[first + 2].value
        return (
            f"at the start of a statement `{a} * {b}` declares a variable `{b}` of type `{a} *`; "
            f"write `({a} * {b})` for the product"
        )

    # --- numbers
    if t == "INTETER_LITERAL" and prev_tok[0] is not None and prev_tok[0].value == "0" and _touching(tokens, i):
        return f"`0{tok.value}` reads as `0` followed by `{tok.value}`: a leading 0 makes an octal number (digits 0-7)"
    if t == "DOT" and prev[0] == "INTETER_LITERAL":
        return "a number needs digits on both sides of the dot: `1.0`"
    if prev[0] == "DOT" and prev[1] == "INTETER_LITERAL" and t != "IDENTIFIER":
        return "a number needs digits on both sides of the dot: `1.0`"
    if t == "IDENTIFIER" and prev[0] in ("INTETER_LITERAL", "DOUBLE_LITERAL") and _touching(tokens, i):
        return "MangoFix numbers have no suffixes or exponents"

    # --- reserved words
    if t in SPELLINGS and tok.value.isidentifier() and "IDENTIFIER" in expected:
        if prev[0] == "DOT":
            return (
                f"`{tok.value}` is a keyword; only `id class Class copy BOOL int uint double SEL void` may follow a dot"
            )
        return f"`{tok.value}` is a reserved word in MangoFix and cannot be used as a name here"
    return None


def _starts_line(text: str, tok: Any) -> bool:
    line_start = text.rfind("\n", 0, tok.lexpos) + 1
    return text[line_start : tok.lexpos].strip() == ""


def _touching(tokens: Sequence[Any], i: int) -> bool:
    return bool(i) and _end(tokens[i - 1]) == tokens[i].lexpos


def _inside_property_attributes(tokens: Sequence[Any], i: int) -> bool:
    j = i - 1
    while j >= 0 and tokens[j].type not in ("LP", "SEMICOLON", "RC", "LC"):
        j -= 1
    return j >= 1 and tokens[j].type == "LP" and tokens[j - 1].type == "PROPERTY"


def parse_tokens(
    tables: Tables, text: str, tokens: Sequence[Token], recover: bool = True
) -> tuple[ast.Module, list[Diagnostic]]:
    parser = Parser(tables, text, tokens, recover)
    module = parser.parse()
    return module, parser.diagnostics


def parse_piece(tables: Tables, text: str, tokens: Sequence[Token]) -> Parser:
    """Parse, and return the parser: besides its diagnostics, whether it ended settled and where
    it depended on recovering from an error (:attr:`Parser.settled`, :attr:`Parser.unsettled`)."""
    parser = Parser(tables, text, tokens)
    parser.module = parser.parse()
    return parser
