"""Typed AST nodes for MangoFix scripts.

Every node carries ``start``/``end``: character offsets of its exact source range (end
exclusive).  :class:`mangopy.diagnostics.LineIndex` turns them into 1-based line/column ranges.

Every traversal in this module is iterative (explicit stacks), so arbitrarily deep trees
(10,000 nested parentheses or blocks) never hit Python's recursion limit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import field
from typing import Any, ClassVar

try:
    from typing import dataclass_transform
except ImportError:  # Python 3.10

    def dataclass_transform(**_kwargs: Any) -> Callable[[Any], Any]:  # type: ignore[no-redef]
        return lambda cls: cls


from mangopy.diagnostics import LineIndex


class _NodeMeta(type):
    """Makes each node class what ``@dataclass(slots=True, eq=False, repr=False)`` would: slots for
    its annotated fields, an ``__init__`` taking them in order (defaults and ``field(default_factory=
    ...)`` honoured) plus keyword-only ``start``/``end``, and ``fields``, their names.

    Built directly, at a fraction of dataclass()'s cost (which rebuilds every slotted class and
    introspects it): the AST module is imported by every command.  ``dataclass_transform`` tells
    type checkers the same story.
    """

    def __new__(mcls, name: str, bases: tuple[type, ...], ns: dict[str, Any]) -> _NodeMeta:
        own = [(k, t) for k, t in ns.get("__annotations__", {}).items() if not str(t).startswith("ClassVar")]
        defaults = {k: ns.pop(k) for k, _t in own if k in ns}
        ns["__slots__"] = tuple(k for k, _t in own)
        cls = super().__new__(mcls, name, bases, ns)
        if bases:  # a node kind (Node itself only holds start/end)
            cls.fields = tuple(k for k, _t in own)  # type: ignore[attr-defined]
            cls.field_types = {k: str(t) for k, t in own}  # type: ignore[attr-defined]
            cls.__init__ = _init_for(name, cls.fields, defaults)  # type: ignore[attr-defined,misc]
        return cls


def _init_for(name: str, names: tuple[str, ...], defaults: dict[str, Any]) -> Callable[..., None]:
    params: list[str] = []
    body: list[str] = []
    env: dict[str, Any] = {}
    for k in names:
        value = defaults.get(k, _NO_DEFAULT)
        if isinstance(value, dataclasses.Field) and value.default_factory is not dataclasses.MISSING:
            env[f"_factory_{k}"] = value.default_factory
            params.append(f"{k}=_NO_DEFAULT")
            body.append(f"self.{k} = _factory_{k}() if {k} is _NO_DEFAULT else {k}")
            continue
        if isinstance(value, dataclasses.Field):
            value = value.default
        if value is _NO_DEFAULT:
            params.append(k)
        else:
            env[f"_default_{k}"] = value
            params.append(f"{k}=_default_{k}")
        body.append(f"self.{k} = {k}")
    source = f"def __init__(self, {''.join(p + ', ' for p in params)}*, start=0, end=0):\n    " + "\n    ".join(
        [*body, "self.start = start", "self.end = end"]
    )
    env["_NO_DEFAULT"] = _NO_DEFAULT
    exec(source, env)
    init: Callable[..., None] = env["__init__"]
    init.__qualname__ = f"{name}.__init__"
    return init


_NO_DEFAULT: Any = object()


@dataclass_transform(field_specifiers=(field,))
class Node(metaclass=_NodeMeta):
    start: int
    end: int

    fields: ClassVar[tuple[str, ...]] = ()
    field_types: ClassVar[dict[str, str]] = {}

    def __init__(self, *, start: int = 0, end: int = 0) -> None:  # a bare range (node kinds get their own)
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={value!r}" for name in self.fields if not isinstance(value := getattr(self, name), (Node, list))
        )
        return f"{type(self).__name__}({shown})@{self.start}:{self.end}"


def node(cls: type) -> Any:
    """Marks a node class (they are built by ``Node``'s metaclass; kept so definitions read as before)."""
    return cls


# --------------------------------------------------------------------------- shared pieces


@node
class Name(Node):
    """A name written in a declaration: class, property, parameter, variable, selector piece."""

    id: str


@node
class Annotation(Node):
    name: str  # including its first character: "@If", "#If", "@SwiftModule"
    argument: Node | None


@node
class CTypeElement(Node):
    kind: str  # "name", "void *", "char *" or "struct"
    name: str  # the element name ("int", "u_int", "CGRect" for struct, "void"/"char" for pointers)


@node
class TypeRef(Node):
    """A type specifier.

    ``kind`` is one of the keyword types (``void BOOL int uint double CString id Class SEL Block
    Pointer``), ``CFunction``, ``object`` (``Name *``), ``struct`` (``struct Name``) or ``named``
    (a bare identifier resolved through the typedef table).  ``resolved`` is filled by the
    compile-time pass: the primitive kind a ``named`` type stands for, or ``"untyped"``.
    """

    kind: str
    name: str | None = None
    annotations: list[Annotation] = field(default_factory=list)
    elements: list[CTypeElement] = field(default_factory=list)
    resolved: str | None = None

    @property
    def spelling(self) -> str:
        if self.kind == "object":
            return f"{self.name} *"
        if self.kind == "struct":
            return f"struct {self.name}"
        if self.kind == "named":
            return str(self.name)
        if self.kind == "CFunction":
            parts = [
                e.name if e.kind == "name" else e.kind if e.kind != "struct" else f"struct {e.name}"
                for e in self.elements
            ]
            return f"CFunction<{', '.join(parts)}>"
        return self.kind


# --------------------------------------------------------------------------- definitions


@node
class Module(Node):
    definitions: list[Node]


@node
class SelectorPart(Node):
    """One piece of a method definition's selector: ``name:(type)param`` (or just ``name``)."""

    name: Name
    type: TypeRef | None = None
    param: Name | None = None


@node
class MethodDef(Node):
    annotations: list[Annotation]
    is_class_method: bool
    return_type: TypeRef
    parts: list[SelectorPart]
    body: Block

    @property
    def selector(self) -> str:
        if len(self.parts) == 1 and self.parts[0].param is None:
            return self.parts[0].name.id
        return "".join(p.name.id + ":" for p in self.parts)


@node
class PropertyDef(Node):
    annotations: list[Annotation]
    modifiers: list[Name]
    type: TypeRef
    name: Name


@node
class ClassDef(Node):
    annotations: list[Annotation]
    name: Name
    superclass_annotations: list[Annotation]
    superclass: Name
    protocols: list[Name]
    members: list[Node]


@node
class StructDecl(Node):
    annotations: list[Annotation]
    name: Name
    encoding_label: Name
    encoding: StringLiteral
    keys_label: Name
    keys: list[Name]
    keys_first: bool


@node
class Typedef(Node):
    type: TypeRef
    name: Name


@node
class SwiftClassAlias(Node):
    path: list[Name]
    alias: Name

    @property
    def swift_name(self) -> str:
        return ".".join(p.id for p in self.path)


# --------------------------------------------------------------------------- statements


@node
class Block(Node):
    statements: list[Node]


@node
class VarDecl(Node):
    modifiers: list[str]
    extern: bool
    type: TypeRef
    name: Name
    init: Node | None


@node
class ExprStmt(Node):
    expr: Node


@node
class ElseIf(Node):
    condition: Node
    body: Block


@node
class If(Node):
    condition: Node
    body: Block
    elifs: list[ElseIf]
    orelse: Block | None


@node
class Case(Node):
    value: Node
    body: Block


@node
class Default(Node):
    body: Block


@node
class Switch(Node):
    subject: Node
    cases: list[Case]
    default: Default | None


@node
class For(Node):
    init: Node | None
    condition: Node | None
    step: Node | None
    body: Block


@node
class ForIn(Node):
    type: TypeRef | None
    var: Name
    iterable: Node
    body: Block


@node
class While(Node):
    condition: Node
    body: Block


@node
class DoWhile(Node):
    body: Block
    condition: Node


@node
class Break(Node):
    pass


@node
class Continue(Node):
    pass


@node
class Return(Node):
    value: Node | None


@node
class ErrorNode(Node):
    """Stands for source skipped while recovering from a syntax error."""


# --------------------------------------------------------------------------- expressions


@node
class Identifier(Node):
    id: str


@node
class AddressOf(Node):
    name: Identifier


@node
class Member(Node):
    """``object.name`` without parentheses: a zero-argument message send (property read)."""

    object: Node
    name: Name


@node
class MessageSend(Node):
    """``receiver.sel:with:(a, b)`` or ``receiver.name()``."""

    receiver: Node
    selector: str
    parts: list[Name]
    args: list[Node]


@node
class Call(Node):
    callee: Node
    args: list[Node]


@node
class Index(Node):
    object: Node
    index: Node


@node
class Paren(Node):
    expr: Node


@node
class IntLiteral(Node):
    text: str

    @property
    def value(self) -> int:
        t = self.text
        if t[:2] in ("0x", "0X"):
            return int(t, 16)
        if len(t) > 1 and t[0] == "0":
            return int(t, 8)
        return int(t)

    @property
    def unsigned(self) -> bool:
        """Hexadecimal and octal literals are ``uint`` in MangoFix."""
        return len(self.text) > 1 and self.text[0] == "0"


@node
class DoubleLiteral(Node):
    text: str

    @property
    def value(self) -> float:
        return float(self.text)


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


@node
class StringLiteral(Node):
    """A C string ``"..."``; ``text`` is the exact source, quotes included."""

    text: str

    @property
    def value(self) -> str:
        body = self.text[1:-1]
        out: list[str] = []
        i, n = 0, len(body)
        while i < n:
            ch = body[i]
            if ch == "\\" and i + 1 < n:
                nxt = body[i + 1]
                out.append(_ESCAPES.get(nxt, "\\" + nxt))
                i += 2
                continue
            if ch != "\n":  # upstream drops raw line feeds
                out.append(ch)
            i += 1
        return "".join(out)


@node
class BoolLiteral(Node):
    value: bool


@node
class Nil(Node):
    pass


@node
class Null(Node):
    pass


@node
class SelfExpr(Node):
    pass


@node
class SuperExpr(Node):
    pass


@node
class SelectorLiteral(Node):
    selector: str
    parts: list[Name]


@node
class Boxed(Node):
    """``@42``, ``@1.5``, ``@ YES`` or ``@(expr)``: an NSNumber (or NSString from a C string)."""

    value: Node


@node
class ObjCString(Node):
    """``@"text"``: an NSString."""

    value: StringLiteral


@node
class ArrayLiteral(Node):
    items: list[Node]


@node
class DictEntry(Node):
    key: Node
    value: Node


@node
class DictLiteral(Node):
    entries: list[DictEntry]


@node
class StructEntry(Node):
    key: Name
    value: Node


@node
class StructLiteral(Node):
    entries: list[StructEntry]


@node
class Param(Node):
    type: TypeRef
    name: Name


@node
class BlockLiteral(Node):
    """``^RET (params) { body }``; ``params`` is None when no parameter list is written."""

    return_type: TypeRef | None
    params: list[Param] | None
    body: Block


@node
class CFunctionLookup(Node):
    """``CFunction(expr)``: looks up a C function by name at run time."""

    argument: Node


@node
class Unary(Node):
    op: str  # "!" or "-"
    operand: Node


@node
class Postfix(Node):
    op: str  # "++" or "--"
    operand: Node


@node
class Binary(Node):
    op: str
    left: Node
    right: Node


@node
class Conditional(Node):
    """``c ? a : b``; ``then`` is None for the ``c ?: b`` form."""

    condition: Node
    then: Node | None
    orelse: Node


@node
class Assign(Node):
    op: str  # "=", "+=", "-=", "*=", "/=", "%="
    target: Node
    value: Node


# --------------------------------------------------------------------------- traversal


_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}


def _child_fields(cls: type) -> tuple[str, ...]:
    """Fields of ``cls`` that can hold nodes (scalars such as names and operators are skipped)."""
    found = _CHILD_FIELDS.get(cls)
    if found is None:
        hints = cls.field_types  # type: ignore[attr-defined]
        found = tuple(
            name
            for name in cls.fields  # type: ignore[attr-defined]
            if hints[name].replace(" | None", "") not in ("str", "bool", "list[str]")
        )
        _CHILD_FIELDS[cls] = found
    return found


def walked_fields(cls: type, handles: Callable[[str], bool]) -> tuple[str, ...]:
    """The child fields of ``cls`` a walk must go into, for a walker with handlers for the node
    classes named ``c`` where ``handles(c)``: all but those declared to hold only leaf nodes (a
    declaration's :class:`Name`, a quarter of all nodes) it has no handler for."""
    return tuple(name for name in _child_fields(cls) if not _only_unhandled_leaves(cls.field_types[name], handles))  # type: ignore[attr-defined]


def _only_unhandled_leaves(declared: str, handles: Callable[[str], bool]) -> bool:
    names = declared.removeprefix("list[").removesuffix(" | None").removesuffix("]").split(" | ")
    kinds = [globals().get(name.strip()) for name in names]
    return all(
        isinstance(kind, _NodeMeta) and kind is not Node and not _child_fields(kind) and not handles(kind.__name__)
        for kind in kinds
    )


def iter_children(n: Node) -> Iterator[Node]:
    """The direct child nodes of ``n``, in source order."""
    for name in _child_fields(type(n)):
        value = getattr(n, name)
        if isinstance(value, Node):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, Node):
                    yield item


def walk(root: Node) -> Iterator[Node]:
    """All nodes below and including ``root``, in pre-order (source order), without recursion."""
    stack = [root]
    pop, push, extend = stack.pop, stack.append, stack.extend
    child_fields = _CHILD_FIELDS
    while stack:
        n = pop()
        yield n
        cls = type(n)
        names = child_fields.get(cls)
        if names is None:
            names = _child_fields(cls)
        for name in reversed(names):
            value = getattr(n, name)
            if value is None:
                continue
            if type(value) is list:
                extend(reversed(value))
            else:
                push(value)


class NodeVisitor:
    """Iterative visitor: ``visit_<Class>(node)`` on entry, ``leave_<Class>(node)`` on exit.

    A ``visit_`` method that returns ``False`` skips the node's children (its ``leave_`` method
    still runs).  Works on trees of any depth.
    """

    def visit(self, root: Node) -> None:
        # the handlers of each node class, per visitor class (a checker visits one definition at a
        # time): functions, not bound methods, which kept on the visitor would make it a cycle
        cache = _HANDLERS.get(type(self))
        if cache is None:
            cache = _HANDLERS[type(self)] = {}
        stack: list[Any] = [root]
        pop, push, extend = stack.pop, stack.append, stack.extend
        leave_marker = _LEAVE
        while stack:
            n = pop()
            if n is leave_marker:
                node, leave = pop()
                leave(self, node)
                continue
            cls = type(n)
            handlers = cache.get(cls)
            if handlers is None:
                name = cls.__name__
                handlers = (
                    getattr(type(self), "visit_" + name, None),
                    getattr(type(self), "leave_" + name, None),
                    tuple(reversed(walked_fields(cls, self._handles))),
                )
                cache[cls] = handlers
            enter, leave, names = handlers
            if enter is not None and enter(self, n) is False:
                if leave is not None:
                    leave(self, n)
                continue
            if leave is not None:
                push((n, leave))
                push(leave_marker)
            for name in names:  # last field first: the first is visited first
                value = getattr(n, name)
                if value is None:
                    continue
                if type(value) is list:
                    extend(reversed(value))
                else:
                    push(value)

    def _handles(self, name: str) -> bool:
        return hasattr(self, "visit_" + name) or hasattr(self, "leave_" + name)


_LEAVE = object()
_HANDLERS: dict[type, dict[type, tuple[Callable[..., Any] | None, Callable[..., Any] | None, tuple[str, ...]]]] = {}


def node_at(root: Node, offset: int) -> list[Node]:
    """The chain of nodes whose range contains ``offset``, outermost first."""
    chain: list[Node] = []
    current: Node | None = root
    while current is not None:
        chain.append(current)
        nxt = None
        for child in iter_children(current):
            if child.start <= offset < child.end or (child.start == offset == child.end):
                nxt = child
                break
        current = nxt
    return chain


def same_tree(a: Node, b: Node) -> bool:
    """Whether two trees are equal, node for node and field for field, whatever their positions."""
    stack: list[tuple[Any, Any]] = [(a, b)]
    while stack:
        x, y = stack.pop()
        if isinstance(x, Node):
            if type(x) is not type(y):
                return False
            stack.extend((getattr(x, name), getattr(y, name)) for name in x.fields)
        elif isinstance(x, list):
            if not isinstance(y, list) or len(x) != len(y):
                return False
            stack.extend(zip(x, y, strict=True))
        elif x != y or isinstance(y, (Node, list)):
            return False
    return True


# --------------------------------------------------------------------------- stable JSON form


_JSON_KEYS = {"type": "type_ref"}  # "type" names the node: a declaration's type field is "type_ref"


def to_dict(root: Node, index: LineIndex) -> dict[str, Any]:
    """The stable JSON form of a tree: ``{"type", "range", <fields in declaration order>}``.

    ``type`` is the node's class; a field named ``type`` (the declared type of a variable,
    parameter, property ...) is written ``type_ref``.

    ``range`` is ``{"start": [line, column], "end": [line, column]}`` (1-based, end exclusive).
    Derived values are included where they matter to a reader (selectors, literal values).
    """
    out: dict[str, Any] = {}
    stack: list[tuple[Node, dict[str, Any]]] = [(root, out)]
    while stack:
        n, d = stack.pop()
        d["type"] = type(n).__name__
        s, e = index.position(n.start), index.position(n.end)
        d["range"] = {"start": [s.line, s.column], "end": [e.line, e.column]}
        for field_name in n.fields:
            value = getattr(n, field_name)
            name = _JSON_KEYS.get(field_name, field_name)
            if isinstance(value, Node):
                child: dict[str, Any] = {}
                d[name] = child
                stack.append((value, child))
            elif isinstance(value, list):
                items: list[Any] = []
                for item in value:
                    if isinstance(item, Node):
                        child = {}
                        items.append(child)
                        stack.append((item, child))
                    else:
                        items.append(item)
                d[name] = items
            else:
                d[name] = value
        if isinstance(n, MethodDef):
            d["selector"] = n.selector
        elif isinstance(n, (IntLiteral, DoubleLiteral, StringLiteral)):
            d["value"] = n.value
    return out


def dumps_json(value: Any, indent: int | None = 2) -> str:
    """``json.dumps`` for nested dicts/lists of any depth (the stdlib encoder recurses)."""
    import json

    parts: list[str] = []
    nl = indent is not None
    pad = " " * (indent or 0)
    item_sep = "," if nl else ", "
    # Each frame: (iterator over entries, is_dict, depth, first)
    stack: list[list[Any]] = []

    def open_container(v: Any, depth: int) -> None:
        if isinstance(v, dict):
            if not v:
                parts.append("{}")
                return
            parts.append("{")
            stack.append([iter(v.items()), True, depth, True])
        else:
            if not v:
                parts.append("[]")
                return
            parts.append("[")
            stack.append([iter(v), False, depth, True])

    def emit(v: Any, depth: int) -> None:
        if isinstance(v, (dict, list)):
            open_container(v, depth)
        else:
            parts.append(json.dumps(v))

    emit(value, 0)
    while stack:
        frame = stack[-1]
        it, is_dict, depth, first = frame
        try:
            entry = next(it)
        except StopIteration:
            stack.pop()
            if nl:
                parts.append("\n" + pad * depth)
            parts.append("}" if is_dict else "]")
            continue
        if not first:
            parts.append(item_sep)
        frame[3] = False
        if nl:
            parts.append("\n" + pad * (depth + 1))
        if is_dict:
            key, v = entry
            parts.append(json.dumps(str(key)) + ": ")
        else:
            v = entry
        emit(v, depth + 1)
    return "".join(parts)


def dump(root: Node, index: LineIndex) -> str:
    """A readable indented outline of the tree (one node a line)."""
    lines: list[str] = []
    stack: list[tuple[Node, int, str]] = [(root, 0, "")]
    while stack:
        n, depth, label = stack.pop()
        r = index.range(n.start, n.end)
        scalars = []
        for name in n.fields:
            value = getattr(n, name)
            if (not isinstance(value, (Node, list)) and value is not None) or (
                isinstance(value, list) and value and not isinstance(value[0], Node)
            ):
                scalars.append(f"{name}={value!r}")
        if isinstance(n, MethodDef):
            scalars.append(f"selector={n.selector!r}")
        lines.append(f"{'  ' * depth}{label}{type(n).__name__} {r}" + (" " + " ".join(scalars) if scalars else ""))
        children: list[tuple[Node, int, str]] = []
        for name in n.fields:
            value = getattr(n, name)
            if isinstance(value, Node):
                children.append((value, depth + 1, f"{name}: "))
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, Node):
                        children.append((item, depth + 1, f"{name}[{i}]: "))
        children.reverse()
        stack.extend(children)
    return "\n".join(lines)
