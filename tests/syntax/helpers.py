"""Compact renderings of trees and diagnostics for readable, exact assertions."""

from __future__ import annotations

from typing import Any

from mangopy.syntax import ParseResult, ast, parse


def sexp(node: Any) -> str:
    """An S-expression of a subtree: names and literals as their text, types as `<spelling>`.

    Other nodes are ``(Type field...)`` with scalar and child fields in declaration order,
    lists as ``[...]`` and an absent child as ``_``.  Iterative, like everything else.
    """
    out: list[str] = []
    stack: list[Any] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str) and item.startswith("\x00"):
            out.append(item[1:])
            continue
        if item is None:
            out.append("_")
        elif isinstance(item, list):
            out.append("[")
            stack.append("\x00]")
            for x in reversed(item):
                stack.append(x)
                stack.append("\x00 ")
            if item:
                stack.pop()
        elif isinstance(item, (ast.Identifier, ast.Name)):
            out.append(item.id)
        elif isinstance(item, (ast.IntLiteral, ast.DoubleLiteral, ast.StringLiteral)):
            out.append(item.text)
        elif isinstance(item, ast.TypeRef):
            ann = "".join(a.name + " " for a in item.annotations)
            out.append(f"<{ann}{item.spelling}>")
        elif isinstance(item, ast.Node):
            out.append("(" + type(item).__name__)
            stack.append("\x00)")
            for name in reversed(item.fields):
                stack.append(getattr(item, name))
                stack.append("\x00 ")
        elif isinstance(item, bool):
            out.append("YES" if item else "NO")
        else:
            out.append(str(item))
    return "".join(out)


def parse_ok(source: str) -> ParseResult:
    result = parse(source)
    assert result.ok, [(d.code, d.message, result.index.position(d.start)) for d in result.diagnostics]
    return result


def first(source: str) -> ast.Node:
    """The first top-level definition of a script that must parse."""
    return parse_ok(source).module.definitions[0]


def expr(source: str) -> ast.Node:
    """The expression of a one-statement script `EXPR;`."""
    stmt = first(source if source.rstrip().endswith(";") else source + ";")
    assert isinstance(stmt, ast.ExprStmt), stmt
    return stmt.expr


def errors_at(source: str) -> list[tuple[str, int, int]]:
    """(code, line, column) of every error-level diagnostic."""
    result = parse(source)
    return [(d.code, *_pos(result, d.start)) for d in result.errors]


def _pos(result: ParseResult, offset: int) -> tuple[int, int]:
    p = result.index.position(offset)
    return p.line, p.column
