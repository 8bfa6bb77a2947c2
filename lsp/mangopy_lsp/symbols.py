"""The document outline: classes → methods (by selector) and properties; top-level declarations."""

from __future__ import annotations

from lsprotocol import types

from mangopy.semantics.model import method_selector
from mangopy.syntax import ast
from mangopy_lsp.convert import PositionMap


def _symbol(
    positions: PositionMap,
    name: str,
    kind: types.SymbolKind,
    whole: ast.Node,
    focus: ast.Node,
    detail: str | None = None,
    children: list[types.DocumentSymbol] | None = None,
) -> types.DocumentSymbol:
    # A recovered tree may hold odd ranges: the selection range must lie inside the full range.
    start, end = min(whole.start, focus.start), max(whole.end, focus.end, whole.start)
    return types.DocumentSymbol(
        name=name or "?",
        kind=kind,
        range=positions.range(start, end),
        selection_range=positions.range(focus.start, max(focus.start, focus.end)),
        detail=detail,
        children=children,
    )


def _member(positions: PositionMap, member: ast.Node) -> types.DocumentSymbol | None:
    if isinstance(member, ast.MethodDef):
        sign = "+" if member.is_class_method else "-"
        focus = member.parts[0].name if member.parts else member
        return _symbol(
            positions, f"{sign} {method_selector(member)}", types.SymbolKind.Method, member, focus,
            detail=member.return_type.spelling,
        )  # fmt: skip
    if isinstance(member, ast.PropertyDef):
        return _symbol(
            positions, member.name.id, types.SymbolKind.Property, member, member.name, detail=member.type.spelling
        )
    return None


def document_symbols(module: ast.Module, positions: PositionMap) -> list[types.DocumentSymbol]:
    out: list[types.DocumentSymbol] = []
    for d in module.definitions:
        symbol: types.DocumentSymbol | None = None
        if isinstance(d, ast.ClassDef):
            children = [s for s in (_member(positions, m) for m in d.members) if s is not None]
            detail = f": {d.superclass.id}" if d.superclass.id else None
            symbol = _symbol(positions, d.name.id, types.SymbolKind.Class, d, d.name, detail, children)
        elif isinstance(d, ast.VarDecl):
            symbol = _symbol(positions, d.name.id, types.SymbolKind.Variable, d, d.name, d.type.spelling)
        elif isinstance(d, ast.StructDecl):
            symbol = _symbol(positions, d.name.id, types.SymbolKind.Struct, d, d.name)
        elif isinstance(d, ast.Typedef):
            symbol = _symbol(positions, d.name.id, types.SymbolKind.TypeParameter, d, d.name, d.type.spelling)
        elif isinstance(d, ast.SwiftClassAlias):
            symbol = _symbol(positions, d.alias.id, types.SymbolKind.Class, d, d.alias, d.swift_name)
        if symbol is not None:
            out.append(symbol)
    return out
