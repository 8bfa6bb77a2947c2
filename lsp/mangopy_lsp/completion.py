"""Completion and signature help.

Both work on documents with syntax errors: the *context* of the cursor (which class body or
method it is in, which receiver stands before a ``.``, which call a ``(`` opens) is read from the
tokens before the cursor, which a syntax error does not disturb; the recovered tree supplies the
variables in scope; classes and selectors come from :class:`mangopy.semantics.model.Model` and
the manifest, and receivers are resolved by :meth:`ScopeChecker.receiver_class` (the checker's
own logic, so completion offers what the checker accepts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
from lsprotocol import types as lsp

from mangopy.semantics import builtins
from mangopy.semantics import types as cat
from mangopy.semantics.analyze import Analysis
from mangopy.semantics.manifest import ClassInfo, Manifest, Method, accessors, setter_name
from mangopy.semantics.model import Model, ScriptClass, method_selector
from mangopy.semantics.rules.scopes import Function, ScopeChecker, Symbol
from mangopy.syntax import ParseResult, ast, parse
from mangopy.syntax.compile import PREDEFINED_TYPEDEFS
from mangopy.syntax.lexer import Token, lex_all
from mangopy.syntax.tokens import KEYWORDS
from mangopy_lsp.convert import PositionMap
from mangopy_lsp.hover import method_signature, script_signature
from mangopy_lsp.registry import Features

if TYPE_CHECKING:
    from mangopy_lsp.server import MangopyServer

CLASS_LIMIT = 200  # class names offered at once (manifests can hold 20,000)

_KEYWORD_TOKENS = frozenset(KEYWORDS.values())
_NAME_TOKENS = _KEYWORD_TOKENS | {"IDENTIFIER"}
_OPEN = {"LP": "RP", "LB": "RB", "LC": "RC"}
_CLOSE = {v: k for k, v in _OPEN.items()}


def builtin_params(name: str) -> tuple[str, ...]:
    """``type name`` of each parameter of a built-in function (from the library's table)."""
    entry = builtins.SIGNATURES.get(name)
    return entry[1] if entry is not None else ()


# ---------------------------------------------------------------------- snippets

_SNIPPETS: list[tuple[str, str, str, bool]] = [  # label, body, description, top level only
    ("class", "class ${1:Name} : ${2:NSObject} {\n\n$0\n}", "class definition", True),
    ("if", "if (${1:condition}) {\n\t$0\n}", "if statement", False),
    ("ifelse", "if (${1:condition}) {\n\t$2\n} else {\n\t$0\n}", "if / else", False),
    ("for", "for (int ${1:i} = 0; $1 < ${2:count}; $1++) {\n\t$0\n}", "for loop", False),
    ("forin", "for (${1:id} ${2:item} in ${3:collection}) {\n\t$0\n}", "for-in loop", False),
    ("while", "while (${1:condition}) {\n\t$0\n}", "while loop", False),
    (
        "switch",
        "switch (${1:value}) {\n\tcase ${2:0}: {\n\t\t$0\n\t\tbreak;\n\t}\n\tdefault: {\n\t}\n}",
        "switch",
        False,
    ),
    (
        "dispatch_async",
        "dispatch_async(dispatch_get_main_queue(), ^{\n\t$0\n});",
        "run a block on the main queue",
        False,
    ),
    ("block", "^${1:void} (${2:id obj}) {\n\t$0\n}", "block literal", False),
]
_MEMBER_SNIPPETS: list[tuple[str, str, str]] = [
    ("@property", "@property (nonatomic, ${1:strong}) ${2:id} ${3:name};", "property definition"),
    ("method", "- (${1:void})${2:name} {\n\t$0\n}", "instance method"),
    ("classmethod", "+ (${1:void})${2:name} {\n\t$0\n}", "class method"),
]
_SNIPPET_TABSTOP = re.compile(r"\$\{\d+:([^}]*)\}|\$\d+")


def plain(snippet: str) -> str:
    """A snippet as plain text (for clients without snippet support)."""
    return _SNIPPET_TABSTOP.sub(lambda m: m.group(1) or "", snippet)


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}")


# ---------------------------------------------------------------------- the cursor's context


@dataclass
class Frame:
    kind: str  # "class", "method", "other"
    name: str = ""  # class name (class frames)
    superclass: str = ""
    is_class_method: bool = False  # method frames


@dataclass
class Context:
    """What the tokens before the cursor say about it."""

    tokens: list[Token]  # complete tokens before the cursor
    prefix: str  # the identifier being typed (may be empty)
    prefix_start: int
    frames: list[Frame] = field(default_factory=list)
    in_comment_or_string: bool = False

    @property
    def cls(self) -> Frame | None:
        return next((f for f in self.frames if f.kind == "class"), None)

    @property
    def method(self) -> Frame | None:
        return next((f for f in self.frames if f.kind == "method"), None)

    @property
    def in_class_body(self) -> bool:
        return bool(self.frames) and self.frames[-1].kind == "class"


def context_at(text: str, offset: int, start: int = 0) -> Context:
    """What is before ``offset``, lexed from ``start`` (a place the lexer and the braces are at
    their outermost: see :func:`lex_start`)."""
    tokens, _, comments = lex_all(text[start:offset])
    if start:
        for tok in tokens:
            tok.lexpos += start
        comments = [(s + start, e + start) for s, e in comments]
    inside = False
    for start, end in comments:  # a `//` comment runs to the cursor; a `/*` one is still open
        if text.startswith("//", start) or not text[start:end].endswith("*/") or end - start < 4:
            inside = inside or end >= offset
    prefix, prefix_start = "", offset
    if (
        tokens
        and tokens[-1].type == "STRING_LITERAL"
        and (tokens[-1].end == offset and (len(tokens[-1].value) < 2 or not tokens[-1].value.endswith('"')))
    ):
        inside = True
    if tokens and tokens[-1].end == offset and tokens[-1].type in _NAME_TOKENS:
        prefix, prefix_start = tokens[-1].value, tokens[-1].lexpos
        tokens = tokens[:-1]
    ctx = Context(tokens, prefix, prefix_start, in_comment_or_string=inside)
    ctx.frames = _frames(tokens)
    return ctx


def lex_start(result: ParseResult, offset: int) -> int:
    """Where the text before ``offset`` can be lexed from (not from its start: the cost would grow
    with the script): the start of the top-level definition holding ``offset`` (or the last one
    before it), unless the parser was recovering from an error there (then 0)."""
    start = 0
    for d in result.module.definitions:
        if d.start > offset:
            break
        start = d.start
    if any(s < start < e or (s < start and e == start) for s, e in result.front):
        return 0
    return start


def _frames(tokens: list[Token]) -> list[Frame]:
    """The open braces before the cursor: class bodies, method bodies, anything else."""
    frames: list[Frame] = []
    pending: Frame | None = None
    for i, tok in enumerate(tokens):
        t = tok.type
        if t == "CLASS" and not frames:
            name = tokens[i + 1].value if i + 1 < len(tokens) and tokens[i + 1].type == "IDENTIFIER" else ""
            sup = ""
            if i + 3 < len(tokens) and tokens[i + 2].type == "COLON" and tokens[i + 3].type == "IDENTIFIER":
                sup = tokens[i + 3].value
            pending = Frame("class", name, sup)
        elif t in ("SUB", "ADD") and frames and frames[-1].kind == "class":
            pending = Frame("method", is_class_method=t == "ADD")
        elif t == "LC":
            frames.append(pending if pending is not None else Frame("other"))
            pending = None
        elif t == "RC":
            if frames:
                frames.pop()
            pending = None
        elif t == "SEMICOLON":
            pending = None
    return frames


def _match_open(tokens: list[Token], close: int) -> int | None:
    """Index of the bracket opening the one closed at ``tokens[close]``."""
    depth = 0
    for i in range(close, -1, -1):
        t = tokens[i].type
        if t in _CLOSE:
            depth += 1
        elif t in _OPEN:
            depth -= 1
            if depth == 0:
                return i
    return None


def receiver_before(tokens: list[Token], end: int, text: str) -> ast.Node | None:
    """The expression whose tokens end at ``tokens[end]`` (inclusive), parsed on its own."""
    starts: list[int] = []
    i = end
    while i >= 0 and len(starts) < 40:
        t = tokens[i].type
        if t in _CLOSE:
            j = _match_open(tokens, i)
            if j is None:
                break
            starts.append(j)
            i = j - 1
        elif t in _NAME_TOKENS or t in ("DOT", "COLON", "AT"):
            starts.append(i)
            i -= 1
        else:
            break
    stop = tokens[end].end
    for s in sorted(set(starts)):  # longest first
        if tokens[s].type in ("DOT", "COLON") or (s > 0 and tokens[s - 1].type in ("DOT", "COLON")):
            continue  # `b` of `a.b` or `(x)` of `a:(x)` is not an expression of its own
        snippet = text[tokens[s].lexpos : stop]
        result = parse(snippet + ";")
        if any(d.code == "MF003" for d in result.diagnostics) or not result.ok:
            continue
        defs = result.module.definitions
        if len(defs) == 1 and isinstance(defs[0], ast.ExprStmt) and defs[0].expr.end == len(snippet):
            return defs[0].expr
    return None


# ---------------------------------------------------------------------- scope at the cursor


@dataclass
class Scope:
    model: Model
    checker: ScopeChecker
    sc: ScriptClass | None
    method: ast.MethodDef | None
    is_class_method: bool
    names: dict[str, Symbol]  # variables and parameters visible at the cursor (nearest wins)

    def receiver(self, expr: ast.Node) -> tuple[str, bool] | None:
        bare = expr
        while isinstance(bare, ast.Paren):
            bare = bare.expr
        if isinstance(bare, ast.SuperExpr):
            if self.sc is None:
                return None
            return self.sc.superclass, self.is_class_method
        return self.checker.receiver_class(expr)


def _params(node: ast.Node) -> Iterable[tuple[ast.Name, ast.TypeRef | None]]:
    if isinstance(node, ast.MethodDef):
        return [(p.param, p.type) for p in node.parts if p.param is not None]
    if isinstance(node, ast.BlockLiteral):
        return [(p.name, p.type) for p in node.params or ()]
    if isinstance(node, ast.ForIn) and node.type is not None:
        return [(node.var, node.type)]
    if isinstance(node, ast.For) and isinstance(node.init, ast.VarDecl):
        return [(node.init.name, node.init.type)]
    return []


def scope_at(analysis: Analysis, manifest: Manifest, ctx: Context, offset: int) -> Scope:
    result = analysis.result
    model = analysis.model if analysis.model is not None else Model(result, manifest)
    chain = ast.node_at(result.module, max(0, min(offset, len(result.text))))
    cls_node = next((n for n in chain if isinstance(n, ast.ClassDef)), None)
    method = next((n for n in chain if isinstance(n, ast.MethodDef)), None)
    frame_cls, frame_method = ctx.cls, ctx.method
    if cls_node is None and frame_cls is not None:  # the tree lost the class: find it by name
        cls_node = next(
            (c for c in reversed(model.class_defs) if c.name.id == frame_cls.name and c.start <= offset), None
        )
    sc: ScriptClass | None = None
    if cls_node is not None:
        sc = model.class_of(cls_node)
    elif frame_cls is not None and frame_cls.name:
        dummy = ast.ClassDef([], ast.Name(frame_cls.name), [], ast.Name(frame_cls.superclass or "NSObject"), [], [])
        sc = ScriptClass(dummy, frame_cls.name, model.manifest_class(frame_cls.name), frame_cls.superclass)
    if method is None and frame_method is not None and cls_node is not None:
        before = [m for m in cls_node.members if isinstance(m, ast.MethodDef) and m.start <= offset]
        method = before[-1] if before else None
        if method is not None:
            chain = [*chain, method, *(n for n in ast.node_at(method, offset)[1:])]
    in_method = frame_method is not None or method is not None
    is_class_method = (
        method.is_class_method if method is not None else bool(frame_method and frame_method.is_class_method)
    )

    checker = ScopeChecker(model)
    top = Function("top", result.module, cat.VOID, False)
    checker.s.functions.append(top)
    if in_method:
        fn = Function("method", method, cat.VOID, True, sc, is_class_method)
        checker.s.functions.append(fn)
    checker._class = sc  # type: ignore[attr-defined]
    names: dict[str, Symbol] = {}
    if not in_method:  # top-level code sees the globals declared above it only
        checker.globals = {}
        for d in result.module.definitions:
            if isinstance(d, ast.VarDecl) and d.end <= offset:
                checker.globals[d.name.id] = Symbol(d.name.id, "global", d.type)
    names.update(checker.globals)
    scopes: list[dict[str, Symbol]] = [dict(checker.globals)]
    for n in chain:
        frame: dict[str, Symbol] = {}
        for name, t in _params(n):
            frame[name.id] = Symbol(name.id, "param" if isinstance(n, (ast.MethodDef, ast.BlockLiteral)) else "var", t)
        if isinstance(n, ast.Block):
            for s in n.statements:
                if isinstance(s, ast.VarDecl) and s.end <= offset:
                    frame[s.name.id] = Symbol(s.name.id, "var", s.type)
        if frame:
            scopes.append(frame)
            names.update(frame)
    if in_method and (method is None or not method.body.start < offset < method.body.end):
        fallback = _token_declarations(ctx.tokens)  # the tree lost the method's body: read its tokens
        scopes.insert(1, fallback)
        names = {**fallback, **names}
    checker.s.scopes = scopes
    return Scope(model, checker, sc, method, is_class_method, names)


_TYPE_KEYWORDS = {"BOOL_", "INT", "U_INT", "DOUBLE", "ID", "CLASS_", "SEL_", "BLOCK", "POINTER", "C_STRING"}


def _token_declarations(tokens: list[Token]) -> dict[str, Symbol]:
    """``Foo *name`` / ``int name`` declarations and ``:(Foo *)name`` parameters of the current class body."""
    start = max((i for i, t in enumerate(tokens) if t.type == "CLASS"), default=0)
    out: dict[str, Symbol] = {}
    for i in range(start, len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        after = tokens[i + 2].type if i + 2 < len(tokens) else "SEMICOLON"
        if a.type == "IDENTIFIER" and b.type == "ASTERISK" and i + 2 < len(tokens):
            name = tokens[i + 2]
            follow = tokens[i + 3].type if i + 3 < len(tokens) else "SEMICOLON"
            if name.type == "IDENTIFIER" and follow in ("ASSIGN", "SEMICOLON", "IN", "RP", "COMMA", "LC"):
                out[name.value] = Symbol(name.value, "var", ast.TypeRef("object", a.value))
        elif a.type in _TYPE_KEYWORDS and b.type == "IDENTIFIER" and after in ("ASSIGN", "SEMICOLON", "IN"):
            out[b.value] = Symbol(b.value, "var", ast.TypeRef(a.value))
        elif a.type == "RP" and b.type == "IDENTIFIER" and after in ("IDENTIFIER", "LC") and i >= 3:
            j = _match_open(tokens, i)
            if j is not None and j > 0 and tokens[j - 1].type == "COLON":  # `piece:(Foo *)name`
                inner = tokens[j + 1 : i]
                if len(inner) == 2 and inner[1].type == "ASTERISK":
                    out[b.value] = Symbol(b.value, "param", ast.TypeRef("object", inner[0].value))
                elif len(inner) == 1:
                    out[b.value] = Symbol(b.value, "param", ast.TypeRef(inner[0].value))
    return out


# ---------------------------------------------------------------------- Objective-C types in MangoFix


_GENERICS = re.compile(r"<[^<>]*>")
_QUALIFIERS = re.compile(
    r"\b(const|_Nullable|_Nonnull|_Null_unspecified|nullable|nonnull|__kindof|__strong|__weak|__autoreleasing)\b"
)


def mango_type(spelling: str, structs: frozenset[str] | set[str] = frozenset()) -> str:
    """How to write a manifest (Objective-C) type in a MangoFix method header (table 5.3)."""
    category = cat.objc_category(spelling, structs)
    text = spelling
    while (stripped := _GENERICS.sub("", text)) != text:
        text = stripped
    words = _QUALIFIERS.sub(" ", text).replace("*", " ").split()
    base = words[0] if words else ""
    if category == cat.OBJECT:
        if "*" in text and base not in ("id", "instancetype") and (base[:1].isupper() or base[:1] == "_"):
            return f"{base} *"
        return "id"
    if category in (cat.INT, cat.UINT, cat.DOUBLE) and base in PREDEFINED_TYPEDEFS and len(words) == 1:
        return base
    if category == cat.UNKNOWN:
        return "id"
    return cat.suggested_keyword(category)


_CAMEL = re.compile(r"[a-z0-9_$]+|[A-Z](?:[a-z0-9_$]+|[A-Z]*(?![a-z]))")
_PREPOSITIONS = {"With", "For", "At", "In", "Of", "To", "From", "By", "On", "Using", "Named", "Into"}
_CLASS_PREFIX = re.compile(r"^[A-Z]{2,}(?=[A-Z][a-z])")


def param_name(piece: str, spelling: str, used: set[str]) -> str:
    """A parameter name for a selector piece, the way Cocoa names them (``…InSection:`` → ``section``)."""
    words = _CAMEL.findall(piece) or [piece]
    preps = [i for i, w in enumerate(words) if w in _PREPOSITIONS and i + 1 < len(words)]
    category = cat.objc_category(spelling)
    last = words[-1]
    if preps:
        name = "".join(words[preps[-1] + 1 :])
    elif category == cat.OBJECT and "*" in spelling and last.lower() in spelling.lower():
        base = _GENERICS.sub("", spelling).replace("*", " ").split()[0]
        name = _CLASS_PREFIX.sub("", base)
    elif category == cat.BOOL and piece.endswith(("Appear", "Disappear")):
        name = "animated"
    elif piece.startswith("set") and len(words) > 1:
        name = "".join(words[1:])
    else:
        name = last
    name = name[:1].lower() + name[1:] if name else "value"
    if name in KEYWORDS:
        name += "Value"
    candidate, n = name, 2
    while candidate in used:
        candidate, n = f"{name}{n}", n + 1
    used.add(candidate)
    return candidate


def param_names(m: Method) -> list[str]:
    used: set[str] = set()
    pieces = m.selector.split(":")[:-1]
    return [param_name(p, t, used) for p, t in zip(pieces, m.params, strict=False)]


def method_header(m: Method, snippet: bool, structs: frozenset[str] | set[str] = frozenset()) -> str:
    """The MangoFix definition of a manifest method: ``- (void)viewWillAppear:(BOOL)animated {…}``."""
    sign = "+" if m.is_class_method else "-"
    head = f"{sign} ({mango_type(m.returns, structs)})"
    if not m.params:
        head += m.selector
    else:
        pieces = m.selector.split(":")[:-1]
        head += " ".join(
            f"{p}:({mango_type(t, structs)}){n}" for p, t, n in zip(pieces, m.params, param_names(m), strict=False)
        )
    if snippet:
        return _esc(head) + " {\n\t$0\n}"
    return head + " {\n\t\n}"


def call_text(selector: str, names: list[str], snippet: bool) -> str:
    """``name()`` or ``a:b:(${1:x}, ${2:y})``: a message in MangoFix call shape."""
    if ":" not in selector:
        return selector + "()"
    if not snippet:
        return selector + "()"
    args = ", ".join(f"${{{i + 1}:{_esc(n)}}}" for i, n in enumerate(names))
    return f"{selector}({args})"


# ---------------------------------------------------------------------- members of a class


@dataclass
class Member:
    selector: str
    detail: str
    kind: lsp.CompletionItemKind
    owner: str
    names: list[str]
    is_property: bool = False
    method: Method | None = None
    # its completion items with the list's edit range (the same wherever they are offered), by
    # snippet support and depth: a manifest class's members are kept (:func:`_remembered`), and so these
    items: dict[tuple[bool, int], lsp.CompletionItem] = field(default_factory=dict, repr=False, compare=False)


def _script_members(sc: ScriptClass, is_class: bool) -> Iterable[Member]:
    for member in sc.node.members:
        if isinstance(member, ast.MethodDef) and member.is_class_method == is_class:
            names = [p.param.id for p in member.parts if p.param is not None]
            kind = lsp.CompletionItemKind.Method
            yield Member(method_selector(member), script_signature(member), kind, sc.runtime_name, names)
        elif isinstance(member, ast.PropertyDef) and not is_class:
            line = f"@property {member.type.spelling} {member.name.id}".replace("* ", "*")
            kind = lsp.CompletionItemKind.Property
            yield Member(member.name.id, line, kind, sc.runtime_name, [], is_property=True)


def _own_members(manifest: Manifest, info: ClassInfo, is_class: bool) -> tuple[list[Member], set[str], list[Member]]:
    """What one class of the manifest declares itself: its properties (as getters), their setters,
    its methods (depth 0: the caller adds how far up the receiver's hierarchy the class is)."""
    properties: list[Member] = []
    setters: set[str] = set()
    if not is_class:
        for name, raw in info.raw.get("properties", {}).items():
            attributes = raw.get("attributes", ())
            both = accessors(name, attributes)
            setters.add(next((s for s in both if s.endswith(":")), setter_name(name)))
            getter = next((s for s in both if not s.endswith(":")), name)
            shown = f"({', '.join(attributes)}) " if attributes else ""
            space = "" if raw["type"].endswith("*") else " "
            properties.append(
                Member(
                    getter, f"@property {shown}{raw['type']}{space}{name}", lsp.CompletionItemKind.Property,
                    info.name, [], is_property=True,
                )
            )  # fmt: skip
    methods: list[Member] = []
    for selector in info.methods(is_class):
        m = info.method(selector, is_class)
        if m is not None:
            kind = lsp.CompletionItemKind.Method
            methods.append(Member(selector, method_signature(m), kind, info.name, param_names(m), method=m))
    return properties, setters, methods


def _manifest_members(manifest: Manifest, class_name: str, is_class: bool) -> Iterable[tuple[int, Member]]:
    """(depth, member): the class's own and inherited members (nearest first; a property's setter
    hides a method of that name above it), then its protocols' (depth 50)."""
    setters: set[str] = set()
    for d, info in enumerate(manifest.ancestors(class_name)):
        properties, own_setters, methods = _remembered(
            ("own", info.name, is_class), manifest, lambda info=info: _own_members(manifest, info, is_class)
        )
        setters |= own_setters
        for member in properties:
            yield d, member
        for member in methods:
            if member.selector not in setters:
                yield d, member
    for proto in manifest.protocol_names(class_name):
        key = "class_methods" if is_class else "instance_methods"
        for selector in manifest.protocols.get(proto, {}).get(key, {}):
            m = manifest.find_protocol_method(class_name, selector, is_class)
            if m is not None:
                kind = lsp.CompletionItemKind.Method
                yield 50, Member(selector, method_signature(m), kind, proto, param_names(m), method=m)


T = TypeVar("T")
_KNOWN: dict[tuple[object, ...], tuple[Manifest, Any]] = {}


def _remembered(key: tuple[object, ...], manifest: Manifest, build: Callable[[], T]) -> T:
    """``build()``, remembered for this manifest: it does not change, and a class's members are
    asked for at every `.` typed after one of its objects (a view controller has 600, most of them
    its superclasses', shared by all its siblings)."""
    known = _KNOWN.get((id(manifest), *key))
    if known is None or known[0] is not manifest:
        if len(_KNOWN) >= 1024:
            _KNOWN.clear()
        known = _KNOWN[(id(manifest), *key)] = (manifest, build())
    return known[1]  # type: ignore[no-any-return]


def members(model: Model, runtime: str, is_class: bool) -> list[tuple[int, Member]]:
    """What a receiver of this class responds to, with how far up its hierarchy each is declared
    (depth): its script definitions, then the manifest's."""
    found: dict[str, tuple[int, Member]] = {}
    seen: set[str] = set()
    depth = 0
    current: str | None = model.canonical(runtime)
    manifest = model.manifest
    while current is not None and current not in seen:
        seen.add(current)
        defs = model.script_classes(current)
        for sc in defs:
            for m in _script_members(sc, is_class):
                found.setdefault(m.selector, (depth, m))
        info = defs[0].info if defs and defs[0].info is not None else model.manifest_class(current)
        if info is not None:
            known = _remembered(
                ("all", info.name, is_class),
                manifest,
                lambda name=info.name: list(_manifest_members(manifest, name, is_class)),  # type: ignore[misc]
            )
            for d, m in known:
                if m.selector not in found:
                    found[m.selector] = (depth + d, m)
            break
        if not defs:
            break
        current = model.canonical(defs[0].superclass)
        depth += 1
    return list(found.values())


def overridable(model: Model, sc: ScriptClass, is_class: bool) -> list[Method]:
    """Manifest methods of the class (own, inherited, from its protocols) the script does not define yet."""
    info = sc.info or model.manifest_class(sc.superclass)
    if info is None:
        return []
    defined = model.script_selectors(sc.runtime_name, is_class)
    out: dict[str, Method] = {}
    manifest = model.manifest
    for ancestor in manifest.ancestors(info.name):
        for selector in ancestor.methods(is_class):
            m = ancestor.method(selector, is_class)
            if m is not None:
                out.setdefault(selector, m)
    key = "class_methods" if is_class else "instance_methods"
    for proto in manifest.protocol_names(info.name) + [p.id for p in sc.node.protocols]:
        for selector in manifest.protocols.get(proto, {}).get(key, {}):
            m = manifest.find_protocol_method(info.name, selector, is_class)
            if m is None:
                raw = manifest.protocols[proto][key][selector]
                m = Method(selector, raw["returns"], tuple(raw["params"]), None, proto, is_class, None)
            out.setdefault(selector, m)
    return [
        m for s, m in out.items()
        if s not in defined and not any(p in KEYWORDS for p in s.rstrip(":").split(":"))
    ]  # fmt: skip


# ---------------------------------------------------------------------- completion


@dataclass
class Completer:
    analysis: Analysis
    manifest: Manifest
    offset: int
    snippets: bool
    positions: PositionMap | None = None  # for text edits; None: plain insert texts
    # the client takes an edit range for all items from the list (LSP 3.17 ``itemDefaults``):
    # items then carry only the text that replaces it
    defaults: bool = False
    _ranges: dict[int, lsp.Range] = field(default_factory=dict)
    _default_start: int | None = None

    def _edit(self, start: int, new_text: str) -> lsp.TextEdit | None:
        """The edit of an item replacing the word from ``start`` to the cursor (None: the list's
        default range, when it is that word, or no positions)."""
        if self.positions is None:
            return None
        if self.defaults and self._default_start in (None, start):
            self._default_start = start
            return None
        edited = self._ranges.get(start)  # every item replaces the same word
        if edited is None:
            edited = self._ranges[start] = self.positions.range(start, self.offset)
        return lsp.TextEdit(range=edited, new_text=new_text)

    def _list(self, items: list[lsp.CompletionItem], incomplete: bool = False) -> lsp.CompletionList:
        defaults = None
        if self._default_start is not None and self.positions is not None:
            defaults = lsp.CompletionItemDefaults(edit_range=self.positions.range(self._default_start, self.offset))
        return lsp.CompletionList(is_incomplete=incomplete, items=items, item_defaults=defaults)

    def _item(
        self,
        label: str,
        kind: lsp.CompletionItemKind,
        insert: str | None = None,
        *,
        snippet: bool = False,
        detail: str | None = None,
        sort: str = "5",
        start: int | None = None,
        filter_text: str | None = None,
        description: str | None = None,
    ) -> lsp.CompletionItem:
        text = insert if insert is not None else label
        if snippet and not self.snippets:
            text, snippet = plain(text), False
        edit = self._edit(start, text) if start is not None else None
        by_default = edit is None and start is not None and self._default_start == start
        # what the client assumes is left out (a list of 600 items is mostly sent, not built):
        # the label is the filter and the text by default, and plain text the format
        return lsp.CompletionItem(
            label=label,
            kind=kind,
            detail=detail,
            sort_text=f"{sort}{label}",
            filter_text=None if filter_text == label else filter_text,
            insert_text=None if edit is not None or by_default or text == label else text,
            text_edit=edit,
            text_edit_text=text if by_default and text != label else None,
            insert_text_format=lsp.InsertTextFormat.Snippet if snippet else None,
            label_details=lsp.CompletionItemLabelDetails(description=description) if description else None,
        )

    def complete(self, trigger: str | None) -> lsp.CompletionList:
        text = self.analysis.result.text
        ctx = context_at(text, self.offset, lex_start(self.analysis.result, self.offset))
        if ctx.in_comment_or_string:
            return self._list([])
        send = self._send_context(ctx, text)
        if send is not None:
            return self._list(send)
        if trigger in (".", ":"):
            return self._list([])
        if ctx.in_class_body:
            return self._list(self._member_start(ctx, text))
        return self._general(ctx)

    # -- after `receiver.`

    def _send_context(self, ctx: Context, text: str) -> list[lsp.CompletionItem] | None:
        tokens = ctx.tokens
        i = len(tokens) - 1
        # a selector being typed: `recv.tableView:numberOf|` — skip back over `piece:` pairs
        while i >= 1 and tokens[i].type == "COLON" and tokens[i - 1].type in _NAME_TOKENS:
            i -= 2
        if i < 1 or tokens[i].type != "DOT":
            return None
        start = tokens[i].end
        scope = scope_at(self.analysis, self.manifest, ctx, self.offset)
        expr = receiver_before(tokens, i - 1, text)
        target = scope.receiver(expr) if expr is not None else None
        if target is None:
            return []
        runtime, is_class = target
        items: list[lsp.CompletionItem] = []
        shared = self.defaults and self.positions is not None and self._default_start in (None, start)
        if shared:
            self._default_start = start  # every item replaces the word after the `.`
        for depth, m in members(scope.model, runtime, is_class):
            item = m.items.get((self.snippets, depth)) if shared else None
            if item is None:
                if m.is_property:
                    insert, snippet = m.selector, False
                else:
                    insert, snippet = call_text(m.selector, m.names, self.snippets), ":" in m.selector
                item = self._item(
                    m.selector, m.kind, insert, snippet=snippet, detail=m.detail, sort=f"{min(depth, 99):02d}",
                    start=start, filter_text=m.selector, description=m.owner,
                )  # fmt: skip
                if shared:
                    m.items[(self.snippets, depth)] = item
            items.append(item)
        if isinstance(expr, ast.SelfExpr) and scope.sc is not None and scope.sc.info is not None:
            for selector in sorted(scope.model.script_selectors(scope.sc.runtime_name, is_class)):
                native = self.manifest.find_method(scope.sc.info.name, selector, is_class)
                if native is not None:
                    org = "ORG" + selector
                    insert = call_text(org, param_names(native), self.snippets)
                    items.append(
                        self._item(
                            org, lsp.CompletionItemKind.Method, insert, snippet=":" in org,
                            detail="the original " + method_signature(native), sort="98", start=start,
                            filter_text=org,
                        )
                    )  # fmt: skip
        return items

    # -- `- |` in a class body

    def _member_start(self, ctx: Context, text: str) -> list[lsp.CompletionItem]:
        line_start = text.rfind("\n", 0, self.offset) + 1
        line = text[line_start : self.offset]
        m = re.match(r"^(\s*)(?:([-+])(\s*)(\([^)]*\)?\s*)?)?(\w*)$", line)
        if m is None:
            return []
        scope = scope_at(self.analysis, self.manifest, ctx, self.offset)
        sign = m.group(2)
        start = line_start + len(m.group(1))
        typed = line[len(m.group(1)) : len(line) - len(m.group(5))]  # `- ` or `- (void)` before the word
        items: list[lsp.CompletionItem] = []
        if sign is None:
            for label, body, description in _MEMBER_SNIPPETS:
                items.append(
                    self._item(label, lsp.CompletionItemKind.Snippet, body, snippet=True, detail=description, sort="1")
                )
        if scope.sc is None:
            return items
        structs = set(scope.model.structs)
        for is_class in (False, True):
            wanted = "+" if is_class else "-"
            if sign is not None and sign != wanted:
                continue
            for method in overridable(scope.model, scope.sc, is_class):
                header = method_header(method, self.snippets, structs)
                items.append(
                    self._item(
                        f"{wanted} {method.selector}", lsp.CompletionItemKind.Method, header, snippet=self.snippets,
                        detail=method_signature(method), sort="2" if method.owner == scope.sc.runtime_name else "3",
                        start=start, filter_text=typed + method.selector,
                        description=method.owner,
                    )
                )  # fmt: skip
        return items

    # -- anywhere else

    def _general(self, ctx: Context) -> lsp.CompletionList:
        scope = scope_at(self.analysis, self.manifest, ctx, self.offset)
        model = scope.model
        in_method = scope.sc is not None and (ctx.method is not None or scope.method is not None)
        items: list[lsp.CompletionItem] = []
        K = lsp.CompletionItemKind
        start = ctx.prefix_start
        for name, symbol in scope.names.items():
            detail = symbol.type.spelling if symbol.type is not None else None
            items.append(self._item(name, K.Variable, detail=detail, sort="0", start=start))
        for word in KEYWORDS:
            if word in ("self", "super") and not in_method:
                continue
            items.append(self._item(word, K.Keyword, sort="4", start=start))
        if in_method:
            items.append(self._item("_cmd", K.Variable, detail="SEL", sort="4", start=start))
        for label, body, description, top_only in _SNIPPETS:
            if top_only and ctx.frames:
                continue
            items.append(self._item(label, K.Snippet, body, snippet=True, detail=description, sort="3", start=start))
        for name in builtins.FUNCTIONS:
            params = builtin_params(name)
            args = ", ".join(f"${{{i + 1}:{_esc(p.split()[-1].lstrip('*'))}}}" for i, p in enumerate(params))
            items.append(
                self._item(
                    name, K.Function, f"{name}({args})", snippet=bool(params), detail=f"{name}({', '.join(params)})",
                    sort="5", start=start,
                )
            )  # fmt: skip
        for name in sorted(builtins.CONSTANTS):
            items.append(self._item(name, K.Constant, detail="built-in constant", sort="5", start=start))
        for name in (
            *PREDEFINED_TYPEDEFS,
            *(d.name.id for d in model.module.definitions if isinstance(d, ast.Typedef)),
        ):
            items.append(self._item(name, K.TypeParameter, detail="typedef", sort="6", start=start))
        classes, complete = self._classes(model, ctx.prefix)
        items += [self._item(n, K.Class, detail=d, sort="7", start=start) for n, d in classes]
        return self._list(items, incomplete=not complete)

    def _classes(self, model: Model, prefix: str) -> tuple[list[tuple[str, str]], bool]:
        """Class names starting with the typed prefix (case-insensitively), at most CLASS_LIMIT."""
        low = prefix.lower()
        out: dict[str, str] = {}
        for name in [*model.script_class_names(), *model.aliases]:
            if name.lower().startswith(low) and "." not in name:
                out.setdefault(name, "class (script)")
        complete = True
        for name, info in self.manifest.classes.items():
            if name.lower().startswith(low) and "." not in name:
                if len(out) >= CLASS_LIMIT:
                    complete = False
                    break
                out.setdefault(name, f"class : {info.superclass}" if info.superclass else "class")
        return sorted(out.items()), complete


def complete(
    analysis: Analysis,
    manifest: Manifest,
    offset: int,
    snippets: bool = True,
    trigger: str | None = None,
    positions: PositionMap | None = None,
    defaults: bool = False,
) -> lsp.CompletionList:
    """The completion list at ``offset``; ``defaults``: the client takes the edit range from the
    list's ``itemDefaults``."""
    return Completer(analysis, manifest, offset, snippets, positions, defaults).complete(trigger)


# ---------------------------------------------------------------------- signature help


def _open_call(tokens: list[Token]) -> tuple[int, int] | None:
    """(index of the unclosed `(` the cursor is in, commas before the cursor at its level)."""
    depth = 0
    commas = 0
    for i in range(len(tokens) - 1, -1, -1):
        t = tokens[i].type
        if t in _CLOSE:
            depth += 1
        elif t in _OPEN:
            if depth == 0:
                return (i, commas) if t == "LP" else None
            depth -= 1
        elif t == "COMMA" and depth == 0:
            commas += 1
        elif t in ("SEMICOLON",) and depth == 0:
            return None
    return None


def _signature(label: str, params: list[str], active: int, doc: str | None = None) -> lsp.SignatureHelp:
    infos = []
    pos = 0
    for p in params:
        at = label.index(p, pos)
        infos.append(lsp.ParameterInformation(label=(at, at + len(p))))
        pos = at + len(p)
    signature = lsp.SignatureInformation(
        label=label,
        parameters=infos,
        documentation=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=doc) if doc else None,
        active_parameter=min(active, max(len(params) - 1, 0)),
    )
    return lsp.SignatureHelp(signatures=[signature], active_signature=0, active_parameter=signature.active_parameter)


def signature_help(analysis: Analysis, manifest: Manifest, offset: int) -> lsp.SignatureHelp | None:
    text = analysis.result.text
    ctx = context_at(text, offset, lex_start(analysis.result, offset))
    if ctx.in_comment_or_string:
        return None
    tokens = ctx.tokens  # a word being typed at the cursor is an argument
    found = _open_call(tokens)
    if found is None:
        return None
    lp, active = found
    # `recv.a:b:(` — selector pieces before the parenthesis
    pieces: list[str] = []
    i = lp - 1
    while i >= 1 and tokens[i].type == "COLON" and tokens[i - 1].type in _NAME_TOKENS:
        pieces.insert(0, tokens[i - 1].value)
        i -= 2
    if not pieces and i >= 0 and tokens[i].type in _NAME_TOKENS:
        if i >= 1 and tokens[i - 1].type == "DOT":
            pieces, i = [tokens[i].value], i - 1  # `recv.name(`: no parameters
        else:
            return _function_signature(analysis, manifest, ctx, offset, tokens[i].value, active)
    if not pieces or i < 1 or tokens[i].type != "DOT":
        return None
    selector = "".join(p + ":" for p in pieces) if tokens[lp - 1].type == "COLON" else pieces[0]
    scope = scope_at(analysis, manifest, ctx, offset)
    expr = receiver_before(tokens, i - 1, text)
    target = scope.receiver(expr) if expr is not None else None
    label, params, doc = _message_label(scope.model, target, selector)
    if ":" not in selector and not params:
        return None if label is None else _signature(label, [], 0, doc)
    if label is None:  # unknown receiver: the selector's pieces at least
        params = [f"{p}:" for p in pieces]
        label = " ".join(params)
    return _signature(label, params, active, doc)


def _message_label(
    model: Model, target: tuple[str, bool] | None, selector: str
) -> tuple[str | None, list[str], str | None]:
    if target is None:
        return None, [], None
    runtime, is_class = target
    for _depth, m in members(model, runtime, is_class):
        if m.selector != selector or m.is_property:
            continue
        if m.method is not None:
            native = m.method
            sign = "+" if native.is_class_method else "-"
            pieces = selector.split(":")[:-1]
            params = [f"({t}){n}" for t, n in zip(native.params, m.names, strict=False)]
            label = f"{sign} ({native.returns})" + (
                " ".join(f"{p}:{q}" for p, q in zip(pieces, params, strict=False)) if pieces else selector
            )
            return label, params, f"`{native.owner}`"
        # a script method: its own header
        label = m.detail
        params = re.findall(r":(\([^)]*\)\w*)", label)
        return label, params, f"`{m.owner}` (this script)"
    return None, [], None


def _function_signature(
    analysis: Analysis, manifest: Manifest, ctx: Context, offset: int, name: str, active: int
) -> lsp.SignatureHelp | None:
    if name in builtins.FUNCTIONS:
        params = list(builtin_params(name))
        label = f"{name}({', '.join(params)})"
        return _signature(label, params, active, "built-in function")
    scope = scope_at(analysis, manifest, ctx, offset)
    symbol = scope.names.get(name)
    if symbol is not None and symbol.type is not None and symbol.type.kind == "CFunction":
        params = [e.name if e.kind == "name" else e.kind for e in symbol.type.elements[1:]]
        params = [f"{p} arg{i + 1}" for i, p in enumerate(params) if p != "void"]
        label = f"{name}({', '.join(params)})"
        return _signature(label, params, active, symbol.type.spelling)
    return None


# ---------------------------------------------------------------------- the server side


def _snippet_support(ls: MangopyServer) -> bool:
    caps = ls.client_capabilities
    doc = caps.text_document if caps is not None else None
    completion = doc.completion if doc is not None else None
    item = completion.completion_item if completion is not None else None
    return bool(item is not None and item.snippet_support)


def _edit_range_default(ls: MangopyServer) -> bool:
    caps = ls.client_capabilities
    doc = caps.text_document if caps is not None else None
    completion = doc.completion if doc is not None else None
    listed = completion.completion_list if completion is not None else None
    return bool(listed is not None and listed.item_defaults and "editRange" in listed.item_defaults)


features = Features()


@features.request(lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=[".", ":"]))
def completion(ls: MangopyServer, params: lsp.CompletionParams) -> lsp.CompletionList:
    analyzed = ls.current(params.text_document.uri)
    offset = analyzed.positions.offset(params.position)
    trigger = params.context.trigger_character if params.context is not None else None
    # a view controller's object answers 600 selectors: the items are built from our own typed
    # data, and lsprotocol's per-field validation was a third of the time
    with attrs.validators.disabled():
        return complete(
            analyzed.analysis,
            analyzed.manifest,
            offset,
            _snippet_support(ls),
            trigger,
            analyzed.positions,
            _edit_range_default(ls),
        )


@features.request(lsp.TEXT_DOCUMENT_SIGNATURE_HELP, lsp.SignatureHelpOptions(trigger_characters=["(", ","]))
def signature_help_handler(ls: MangopyServer, params: lsp.SignatureHelpParams) -> lsp.SignatureHelp | None:
    analyzed = ls.current(params.text_document.uri)
    offset = analyzed.positions.offset(params.position)
    return signature_help(analyzed.analysis, analyzed.manifest, offset)
