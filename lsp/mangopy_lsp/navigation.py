"""Definition, references, rename, workspace symbols and semantic tokens.

Names are resolved by the library's scope analysis (:func:`mangopy.semantics.rules.scopes.resolve`,
the same pass that reports undeclared names): each ``Identifier`` (and each untyped
``for (x in ...)`` variable) is mapped to the ``Name`` that declares it, and each message to the
class of its receiver when the script tells it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types

from mangopy.semantics import builtins
from mangopy.semantics.manifest import ClassInfo, setter_name
from mangopy.semantics.model import Model, method_selector
from mangopy.semantics.rules.scopes import Resolution, Send, resolve
from mangopy.syntax import ast, parse
from mangopy.syntax.tokens import KEYWORDS
from mangopy_lsp.convert import PositionMap, uri_to_path
from mangopy_lsp.registry import INVALID_PARAMS, Features, Refusal

if TYPE_CHECKING:
    from mangopy_lsp.server import Analyzed, MangopyServer


# ---------------------------------------------------------------------- resolution


# The scope analysis is the library's (mangopy.semantics.rules.scopes): navigation only asks it
# to record what every name refers to.


_CACHE: dict[str, tuple[Analyzed, Resolution]] = {}


def resolution(uri: str, analyzed: Analyzed) -> Resolution:
    """The resolution of one analysis (the latest one of each document is kept)."""
    cached = _CACHE.get(uri)
    if cached is not None and cached[0] is analyzed:
        return cached[1]
    res = resolve(model_of(analyzed))
    _CACHE[uri] = (analyzed, res)
    return res


def model_of(analyzed: Analyzed) -> Model:
    analysis = analyzed.analysis
    return analysis.model if analysis.model is not None else Model(analysis.result, analyzed.manifest)


# ---------------------------------------------------------------------- what is under the cursor


_NAMED = (ast.Identifier, ast.Name, ast.TypeRef)


def chain_at(module: ast.Module, offset: int) -> list[ast.Node]:
    """The nodes at ``offset``; at the end of a name (``foo|``), the nodes of that name."""
    chain = ast.node_at(module, offset)
    if (not chain or not isinstance(chain[-1], _NAMED)) and offset > 0:
        before = ast.node_at(module, offset - 1)
        if before and isinstance(before[-1], _NAMED):
            return before
    return chain


def class_hierarchy(model: Model, runtime: str) -> list[str]:
    """``runtime`` and its superclasses, as far as the script defines them."""
    out: list[str] = []
    current: str | None = model.canonical(runtime)
    while current is not None and current not in out:
        out.append(current)
        defs = model.script_classes(current)
        current = model.canonical(defs[0].superclass) if defs else None
    return out


def script_methods(model: Model, runtime: str, selector: str, class_method: bool) -> list[ast.Node]:
    """The script's definitions (methods, or properties for accessors) a message reaches."""
    for name in class_hierarchy(model, runtime):
        found: list[ast.Node] = []
        for sc in model.script_classes(name):
            for m in sc.node.members:
                if isinstance(m, ast.MethodDef):
                    if m.is_class_method == class_method and method_selector(m) == selector:
                        found.append(m)
                elif (
                    isinstance(m, ast.PropertyDef)
                    and not class_method
                    and selector in (m.name.id, setter_name(m.name.id))
                ):
                    found.append(m)
        if found:
            return found
    return []


def focus(definition: ast.Node) -> ast.Node:
    """The name to point at for a definition."""
    if isinstance(definition, ast.MethodDef):
        return definition.parts[0].name if definition.parts else definition
    if isinstance(definition, (ast.PropertyDef, ast.ClassDef)):
        return definition.name
    return definition


@dataclass(frozen=True)
class MethodTarget:
    runtime: str
    selector: str
    class_method: bool
    definitions: list[ast.Node]


def method_target(model: Model, res: Resolution, chain: list[ast.Node]) -> MethodTarget | None:
    """The script method under the cursor: a selector piece of a definition, or of a send reaching one."""
    if len(chain) < 2:
        return None
    leaf, parent = chain[-1], chain[-2]
    if not isinstance(leaf, ast.Name):
        return None
    if isinstance(parent, ast.SelectorPart) and leaf is parent.name and len(chain) >= 4:
        method, cls = chain[-3], chain[-4]
        if isinstance(method, ast.MethodDef) and isinstance(cls, ast.ClassDef):
            runtime = model.class_of(cls).runtime_name
            selector = method_selector(method)
            return MethodTarget(runtime, selector, method.is_class_method, [method])
    if isinstance(parent, ast.PropertyDef) and leaf is parent.name and len(chain) >= 3:
        cls = chain[-3]
        if isinstance(cls, ast.ClassDef):
            return MethodTarget(model.class_of(cls).runtime_name, leaf.id, False, [parent])
    send = res.send_of.get(id(leaf))
    if send is not None:
        receiver = send.receiver
        if receiver is None and isinstance(send.node, ast.SelectorLiteral) and send.cls is not None:
            receiver = (model.class_of(send.cls).runtime_name, False)
        if receiver is None:
            return None
        definitions = script_methods(model, receiver[0], send.selector, receiver[1])
        if definitions:
            return MethodTarget(receiver[0], send.selector, receiver[1], definitions)
    return None


def class_name_at(model: Model, res: Resolution, chain: list[ast.Node], offset: int) -> tuple[str, bool] | None:
    """(class name, is it the header of its own definition) when the cursor is on a class name."""
    if not chain:
        return None
    leaf = chain[-1]
    parent = chain[-2] if len(chain) > 1 else None
    if isinstance(leaf, ast.Identifier) and res.target(leaf) is None and model.is_class_name(leaf.id):
        return leaf.id, False
    if isinstance(leaf, ast.TypeRef) and leaf.kind == "object" and leaf.name:
        span = type_name_span(model.text, leaf)
        if span is not None and span[0] <= offset <= span[1]:
            return leaf.name, False
    if isinstance(leaf, ast.Name) and isinstance(parent, ast.ClassDef):
        if leaf is parent.name:
            return leaf.id, True
        if leaf is parent.superclass:
            return leaf.id, False
    return None


_WORD = re.compile(r"[A-Za-z_$][A-Za-z_$0-9]*")


def type_name_span(text: str, t: ast.TypeRef) -> tuple[int, int] | None:
    """Where the class name of an object type (``Foo *``) is written."""
    if not t.name:
        return None
    for m in _WORD.finditer(text, t.start, max(t.start, t.end)):
        if m.group() == t.name:
            return m.start(), m.end()
    return None


# ---------------------------------------------------------------------- locations


def manifest_location(ls: MangopyServer, info: ClassInfo) -> types.Location | None:
    """The header or source file the manifest names for a class, when it exists on this machine."""
    source = info.source
    if source is None:
        return None
    file, line = source
    candidates: list[Path] = []
    written = Path(file)
    if written.is_absolute():
        candidates.append(written)
    else:
        if info.manifest_path:
            candidates.append(Path(info.manifest_path).parent / written)
        roots: list[Path] = []
        if ls.options.root is not None:
            roots.append(Path(ls.options.root))
        if ls.workspace.root_path:
            roots.append(Path(ls.workspace.root_path))
        for folder in ls.workspace.folders.values():
            if folder.uri.startswith("file:"):
                path = uri_to_path(folder.uri)
                if path:
                    roots.append(Path(path))
        candidates += [root / written for root in roots]
    for path in candidates:
        try:
            if path.is_file():
                position = types.Position(line=max(line - 1, 0), character=0)
                return types.Location(uri=path.resolve().as_uri(), range=types.Range(start=position, end=position))
        except OSError:
            continue
    return None


def class_locations(
    ls: MangopyServer, model: Model, positions: PositionMap, uri: str, name: str, header: bool
) -> list[types.Location]:
    runtime = model.canonical(name)
    defs = model.script_classes(runtime) or model.script_classes(name)
    info = model.manifest_class(runtime, name)
    if header or not defs:  # the definition's own name leads to the app's class
        if info is not None:
            found = manifest_location(ls, info)
            if found is not None:
                return [found]
        if header:
            return []
    return [location(uri, positions, sc.node.name) for sc in defs]


def location(uri: str, positions: PositionMap, node: ast.Node) -> types.Location:
    return types.Location(uri=uri, range=positions.range(node.start, node.end))


# ---------------------------------------------------------------------- features


def definition(ls: MangopyServer, uri: str, analyzed: Analyzed, offset: int) -> list[types.Location]:
    model = model_of(analyzed)
    res = resolution(uri, analyzed)
    positions = analyzed.positions
    chain = chain_at(analyzed.analysis.result.module, offset)
    if not chain:
        return []
    decl = res.target(chain[-1])
    if decl is not None:
        return [location(uri, positions, decl)]
    method = method_target(model, res, chain)
    if method is not None:
        return [location(uri, positions, focus(d)) for d in method.definitions]
    cls = class_name_at(model, res, chain, offset)
    if cls is not None:
        return class_locations(ls, model, positions, uri, cls[0], cls[1])
    return []


def references(uri: str, analyzed: Analyzed, offset: int, include_declaration: bool) -> list[types.Location]:
    model = model_of(analyzed)
    res = resolution(uri, analyzed)
    positions = analyzed.positions
    chain = chain_at(analyzed.analysis.result.module, offset)
    if not chain:
        return []
    decl = res.target(chain[-1])
    nodes: list[ast.Node] = []
    if decl is not None:
        nodes = ([decl] if include_declaration else []) + res.references.get(id(decl), [])
    else:
        method = method_target(model, res, chain)
        if method is None:
            return []
        if include_declaration:
            nodes += [focus(d) for d in method.definitions]
        nodes += [s.parts[0] for s in method_sends(model, res, method) if s.parts]
    nodes.sort(key=lambda n: n.start)
    return [location(uri, positions, n) for n in nodes]


def method_sends(model: Model, res: Resolution, method: MethodTarget) -> Iterable[Send]:
    """The sends that may reach the method: its selector, to a related class or an unknown receiver."""
    accessors = {method.selector}
    if any(isinstance(d, ast.PropertyDef) for d in method.definitions):
        accessors.add(setter_name(method.selector))
    for send in res.sends:
        if send.selector not in accessors:
            continue
        receiver = send.receiver
        unknown = receiver is None or isinstance(send.node, ast.SelectorLiteral)
        if unknown or (receiver[1] == method.class_method and method.runtime in class_hierarchy(model, receiver[0])):
            yield send


def local_at(analyzed: Analyzed, uri: str, offset: int) -> tuple[ast.Node, ast.Name] | None:
    """The name under the cursor and the local variable or parameter it declares or refers to."""
    res = resolution(uri, analyzed)
    chain = chain_at(analyzed.analysis.result.module, offset)
    if not chain or not isinstance(chain[-1], (ast.Identifier, ast.Name)):
        return None
    decl = res.target(chain[-1])
    return (chain[-1], decl) if decl is not None else None


_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z_$0-9]*\Z")


def invalid_name(name: str) -> str | None:
    """Why ``name`` cannot name a variable (None: it can)."""
    if not _IDENTIFIER.match(name):
        return f"`{name}` is not a valid identifier"
    if name in KEYWORDS:
        return f"`{name}` is a keyword of MangoFix"
    return None


def rename_edit(analyzed: Analyzed, uri: str, offset: int, new_name: str) -> types.WorkspaceEdit:
    found = local_at(analyzed, uri, offset)
    if found is None:
        raise Refusal("only local variables and parameters can be renamed")
    problem = invalid_name(new_name)
    if problem is not None:
        raise Refusal(problem, INVALID_PARAMS)
    _, decl = found
    res = resolution(uri, analyzed)
    nodes = [decl, *res.references.get(id(decl), [])]
    nodes.sort(key=lambda n: n.start)
    if new_name != decl.id and not _keeps_meaning(analyzed, res, nodes, decl, new_name):
        raise Refusal(
            f"renaming `{decl.id}` to `{new_name}` would change what a name refers to "
            "(it is already declared, a built-in, or used here)"
        )
    positions = analyzed.positions
    edits = [types.TextEdit(range=positions.range(n.start, n.end), new_text=new_name) for n in nodes]
    return types.WorkspaceEdit(changes={uri: edits})


def _keeps_meaning(analyzed: Analyzed, old: Resolution, nodes: list[ast.Node], decl: ast.Name, new_name: str) -> bool:
    """After the rename, the renamed names (and only they) still refer to the renamed declaration."""
    text = analyzed.positions.text
    pieces: list[str] = []
    moved: list[int] = []  # the new start of each renamed name
    last = shift = 0
    for n in nodes:
        pieces += [text[last : n.start], new_name]
        moved.append(n.start + shift)
        shift += len(new_name) - (n.end - n.start)
        last = n.end
    pieces.append(text[last:])
    result = parse("".join(pieces), analyzed.analysis.result.path)
    res = resolve(Model(result, analyzed.manifest))
    new_decl = moved[nodes.index(decl)]
    declared = [d for d in res.declarations.values() if d.start == new_decl and d.id == new_name]
    if len(declared) != 1:
        return False
    before = sum(1 for d in old.redeclared if d.id == new_name)
    if sum(1 for d in res.redeclared if d.id == new_name) > before:
        return False  # it would replace (or be replaced by) a declaration of its scope
    # exactly the renamed names refer to it: none was captured by another declaration, and no
    # other name (another variable, a built-in, a class) now refers to it
    return {r.start for r in res.references.get(id(declared[0]), [])} == set(moved) - {new_decl}


def workspace_symbols(ls: MangopyServer, query: str) -> list[types.WorkspaceSymbol]:
    wanted = query.casefold()
    out: list[types.WorkspaceSymbol] = []
    for uri in list(ls.workspace.text_documents):
        try:
            analyzed = ls.current(uri)
        except Exception:
            ls.log_failure(f"analysing {uri} for workspace symbols")
            continue
        positions = analyzed.positions
        for d in analyzed.analysis.result.module.definitions:
            if not isinstance(d, ast.ClassDef):
                continue
            found: list[tuple[str, types.SymbolKind, ast.Node, str | None]] = [
                (d.name.id, types.SymbolKind.Class, d.name, None)
            ]
            for m in d.members:
                if isinstance(m, ast.MethodDef) and m.parts:
                    found.append((method_selector(m), types.SymbolKind.Method, m.parts[0].name, d.name.id))
                elif isinstance(m, ast.PropertyDef):
                    found.append((m.name.id, types.SymbolKind.Property, m.name, d.name.id))
            for name, kind, node, container in found:
                if name and wanted in name.casefold():
                    out.append(
                        types.WorkspaceSymbol(
                            name=name, kind=kind, location=location(uri, positions, node), container_name=container
                        )
                    )
    return out


# ---------------------------------------------------------------------- semantic tokens


TOKEN_TYPES = ["class", "method", "parameter", "variable", "function", "decorator", "property", "interface"]
TOKEN_MODIFIERS = ["declaration", "defaultLibrary", "readonly"]
LEGEND = types.SemanticTokensLegend(token_types=TOKEN_TYPES, token_modifiers=TOKEN_MODIFIERS)

_TYPE = {name: i for i, name in enumerate(TOKEN_TYPES)}
DECLARATION, DEFAULT_LIBRARY, READONLY = 1, 2, 4


def semantic_tokens(uri: str, analyzed: Analyzed) -> list[int]:
    model = model_of(analyzed)
    res = resolution(uri, analyzed)
    text = analyzed.positions.text
    found: list[tuple[int, int, int, int]] = []  # start, end, type, modifiers

    def add(node: ast.Node | None, kind: str, modifiers: int = 0) -> None:
        if node is not None and node.end > node.start:
            found.append((node.start, node.end, _TYPE[kind], modifiers))

    for n in ast.walk(analyzed.analysis.result.module):
        if isinstance(n, ast.Identifier):
            decl = res.decl_of.get(id(n))
            if decl is not None:
                add(n, "parameter" if res.kinds.get(id(decl)) == "param" else "variable")
            elif n.id in builtins.FUNCTIONS:
                add(n, "function", DEFAULT_LIBRARY)
            elif n.id in builtins.CONSTANTS:
                add(n, "variable", DEFAULT_LIBRARY | READONLY)
            elif model.is_class_name(n.id):
                add(n, "class")
        elif isinstance(n, ast.ClassDef):
            add(n.name, "class", DECLARATION)
            add(n.superclass, "class")
            for p in n.protocols:
                add(p, "interface")
        elif isinstance(n, ast.SelectorPart):
            add(n.name, "method", DECLARATION)
            add(n.param, "parameter", DECLARATION)
        elif isinstance(n, ast.PropertyDef):
            add(n.name, "property", DECLARATION)
        elif isinstance(n, ast.VarDecl):
            add(n.name, "variable", DECLARATION)
        elif isinstance(n, ast.Param):
            add(n.name, "parameter", DECLARATION)
        elif isinstance(n, ast.ForIn):
            decl = res.target(n.var)
            kind = "parameter" if decl is not None and res.kinds.get(id(decl)) == "param" else "variable"
            add(n.var, kind, DECLARATION if n.type is not None else 0)
        elif isinstance(n, (ast.MessageSend, ast.SelectorLiteral)):
            for part in n.parts:
                add(part, "method")
        elif isinstance(n, ast.Member):
            add(n.name, "property")
        elif isinstance(n, ast.SwiftClassAlias):
            add(n.alias, "class", DECLARATION)
        elif isinstance(n, ast.Annotation):
            end = n.start + len(n.name)
            if text[n.start : end] == n.name:
                found.append((n.start, end, _TYPE["decorator"], 0))
        elif isinstance(n, ast.TypeRef) and n.kind == "object":
            span = type_name_span(text, n)
            if span is not None:
                found.append((span[0], span[1], _TYPE["class"], 0))
    return encode(found, analyzed.positions)


def encode(found: list[tuple[int, int, int, int]], positions: PositionMap) -> list[int]:
    """LSP's relative encoding of tokens (sorted; overlapping and multi-line tokens dropped)."""
    data: list[int] = []
    found.sort(key=lambda t: (t[0], -t[1]))
    last_line = last_char = 0
    reached = 0
    for start, end, kind, modifiers in found:
        if start < reached:
            continue
        first, after = positions.position(start), positions.position(end)
        if first.line != after.line or after.character <= first.character:
            continue
        reached = end
        delta_line = first.line - last_line
        delta_char = first.character - last_char if delta_line == 0 else first.character
        data += [delta_line, delta_char, after.character - first.character, kind, modifiers]
        last_line, last_char = first.line, first.character
    return data


# ---------------------------------------------------------------------- registration


features = Features()


@features.request(types.TEXT_DOCUMENT_DEFINITION)
def goto_definition(ls: MangopyServer, params: types.DefinitionParams) -> list[types.Location]:
    uri = params.text_document.uri
    analyzed = ls.current(uri)
    return definition(ls, uri, analyzed, analyzed.positions.offset(params.position))


@features.request(types.TEXT_DOCUMENT_REFERENCES)
def find_references(ls: MangopyServer, params: types.ReferenceParams) -> list[types.Location]:
    uri = params.text_document.uri
    analyzed = ls.current(uri)
    offset = analyzed.positions.offset(params.position)
    return references(uri, analyzed, offset, params.context.include_declaration)


@features.request(types.TEXT_DOCUMENT_PREPARE_RENAME)
def prepare_rename(ls: MangopyServer, params: types.PrepareRenameParams) -> types.PrepareRenameResult | None:
    uri = params.text_document.uri
    analyzed = ls.current(uri)
    found = local_at(analyzed, uri, analyzed.positions.offset(params.position))
    if found is None:
        return None
    node, decl = found
    return types.PrepareRenamePlaceholder(range=analyzed.positions.range(node.start, node.end), placeholder=decl.id)


@features.request(types.TEXT_DOCUMENT_RENAME)
def rename(ls: MangopyServer, params: types.RenameParams) -> types.WorkspaceEdit | None:
    uri = params.text_document.uri
    analyzed = ls.current(uri)
    return rename_edit(analyzed, uri, analyzed.positions.offset(params.position), params.new_name)


@features.request(types.WORKSPACE_SYMBOL)
def workspace_symbol(ls: MangopyServer, params: types.WorkspaceSymbolParams) -> list[types.WorkspaceSymbol]:
    return workspace_symbols(ls, params.query)


@features.request(types.TEXT_DOCUMENT_SEMANTIC_TOKENS_FULL, LEGEND)
def semantic_tokens_full(ls: MangopyServer, params: types.SemanticTokensParams) -> types.SemanticTokens:
    uri = params.text_document.uri
    return types.SemanticTokens(data=semantic_tokens(uri, ls.current(uri)))
