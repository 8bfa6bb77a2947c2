"""The MangoFix front end: text -> tokens -> AST, with every diagnostic upstream would raise.

>>> result = parse("int answer = 42;")
>>> result.ok, type(result.module.definitions[0]).__name__
(True, 'VarDecl')
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mangopy.diagnostics import Diagnostic, LineIndex, Severity
from mangopy.gc import gc_paused
from mangopy.syntax import ast, tables
from mangopy.syntax.compile import check_module
from mangopy.syntax.lexer import lex_all, tokenize
from mangopy.syntax.parser import parse_piece

__all__ = ["ParseResult", "SourceDecodeError", "decode_source", "parse", "tokenize"]


@dataclass
class ParseResult:
    path: str
    text: str
    module: ast.Module
    diagnostics: list[Diagnostic]
    index: LineIndex = field(repr=False)
    comments: list[tuple[int, int]] = field(default_factory=list, repr=False)
    # where the lexical and syntax diagnostics are (the others come from the compile-time checks),
    # and where the parse depended on recovering from a syntax error (sorted)
    front: tuple[tuple[int, int], ...] = ()
    # each definition's nodes, listed when it was first moved (by the incremental parser)
    nodes: dict[int, tuple[ast.Node, list[ast.Node]]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        """True when upstream MangoFix would load the script (no error-level diagnostic)."""
        return not any(d.severity is Severity.ERROR for d in self.diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]


def parse(text: str, path: str = "<string>") -> ParseResult:
    """Parse a script.  Never raises for any input text; problems become diagnostics.

    Diagnostics are lexical errors, syntax errors (one per independent error: the parser
    recovers), upstream's compile-time errors (raised while it parses) and warnings for things
    upstream accepts silently although they misbehave.  They are sorted by position.
    """
    with gc_paused():
        tokens, diagnostics, comments = lex_all(text)
        parser = parse_piece(tables.load(), text, tokens)
        module = parser.module
        assert module is not None
        module.start, module.end = 0, len(text)  # the module spans the whole script
        diagnostics.extend(parser.diagnostics)
        front = front_spans(diagnostics, parser.unsettled)
        # the tokens (half the objects built) are freed while the collector is paused, so the
        # collection that follows its pause scans only the tree: 20,000 lines, 41 -> 24 ms
        del tokens, parser
        diagnostics.extend(check_module(module, text))
    diagnostics.sort(key=Diagnostic.sort_key)
    return ParseResult(path, text, module, diagnostics, LineIndex(text), comments, front)


def front_spans(found: list[Diagnostic], unsettled: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """:attr:`ParseResult.front` from the lexical and syntax diagnostics and the parser's unsettled spans."""
    return tuple(sorted({*((d.start, d.end) for d in found), *unsettled}))


class SourceDecodeError(ValueError):
    """The bytes of a script are not UTF-8."""


def decode_source(data: bytes) -> str:
    """Decode a script's bytes as UTF-8 (a BOM is kept: the lexer reports it, as upstream does)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise SourceDecodeError(
            f"not valid UTF-8: byte 0x{data[exc.start]:02X} at line {line}, column {column}"
        ) from None
