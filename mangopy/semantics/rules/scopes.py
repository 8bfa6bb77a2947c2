"""One visitor over scopes (MF115-MF117, MF130-MF139).

It follows MangoFix's name resolution (section 3.12 and 3.15 of the language reference): block
scopes, the function scope of a method or block (parameters, ``self``, ``_cmd``), the script's
globals (visible everywhere in methods and blocks, which run after the top level; visible to
top-level code only after their declaration), the built-ins, and class names.  Along the way it
knows the declared class of receivers, which the message-send rules need.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from mangopy.diagnostics import Fix, Severity
from mangopy.semantics import builtins
from mangopy.semantics.fuzzy import NameIndex, close_matches, did_you_mean, nearest_typos, suggestions
from mangopy.semantics.manifest import is_sdk, sdk_selectors, setter_name
from mangopy.semantics.model import Model, ScriptClass, annotation_text, property_of_setter, selector_fix
from mangopy.semantics.rules.definitions import check_struct_use
from mangopy.semantics.types import VOID, objc_category, script_category
from mangopy.syntax import ast
from mangopy.syntax.compile import BUILTIN_STRUCTS


@dataclass(slots=True)
class Symbol:
    name: str
    kind: str  # "var", "param", "global", "builtin", "class", "ivar"
    type: ast.TypeRef | None = None
    arity: int | None = None  # for blocks and CFunction values with a known signature
    decl: ast.Name | None = None  # the declaring name (variables, parameters, globals)


Receiver = tuple[str, bool]  # (runtime class name, is the class object)


@dataclass(slots=True)
class Send:
    """A message written in the script: ``recv.a:b:(x, y)``, ``recv.name`` or ``@selector(a:)``."""

    node: ast.Node
    selector: str
    parts: list[ast.Name]
    receiver: Receiver | None
    cls: ast.ClassDef | None  # the class whose method contains it


@dataclass
class Resolution:
    """What every name of a script refers to, as MangoFix resolves it (for editor features)."""

    declarations: dict[int, ast.Name] = field(default_factory=dict)  # id(decl) -> decl
    kinds: dict[int, str] = field(default_factory=dict)  # id(decl) -> "param", "var" or "global"
    types: dict[int, ast.TypeRef | None] = field(default_factory=dict)  # id(decl) -> its declared type
    decl_of: dict[int, ast.Name] = field(default_factory=dict)  # id(reference) -> decl
    references: dict[int, list[ast.Node]] = field(default_factory=dict)  # id(decl) -> references
    sends: list[Send] = field(default_factory=list)
    send_of: dict[int, Send] = field(default_factory=dict)  # id(selector piece) -> its send
    redeclared: list[ast.Name] = field(default_factory=list)  # declarations replacing one of their scope

    def target(self, node: ast.Node) -> ast.Name | None:
        """The declaration a name refers to (a declaration refers to itself)."""
        if id(node) in self.declarations:
            return node  # type: ignore[return-value]
        return self.decl_of.get(id(node))


@dataclass(slots=True)
class Function:
    kind: str  # "top", "method", "block"
    node: ast.Node | None
    returns: str  # type category; "void" for void methods and untyped block literals
    typed: bool  # the return type was written (methods always; blocks only `^T ...`)
    cls: ScriptClass | None = None
    is_class_method: bool = False
    loops: int = 0
    switches: int = 0
    value_returned: bool = False
    method: Function | None = None  # the enclosing method (for blocks created in one)


@dataclass
class _State:
    scopes: list[dict[str, Symbol]] = field(default_factory=list)
    functions: list[Function] = field(default_factory=list)
    skip: set[int] = field(default_factory=set)  # nodes already handled by their parent


_LITERAL_KINDS: dict[type, str] = {
    ast.IntLiteral: "an integer",
    ast.DoubleLiteral: "a number",
    ast.BoolLiteral: "a BOOL",
    ast.StringLiteral: "a C string",
    ast.ObjCString: "object",
    ast.Boxed: "object",
    ast.ArrayLiteral: "object",
    ast.DictLiteral: "object",
    ast.Nil: "object",
}


def _literal_kind(expr: ast.Node) -> str | None:
    """The value kind of a literal (``"object"`` for the boxed and collection forms), else None."""
    while isinstance(expr, ast.Paren):
        expr = expr.expr
    if isinstance(expr, ast.Unary) and expr.op == "-":
        expr = expr.operand
    return _LITERAL_KINDS.get(type(expr))


def _arity(decl_type: ast.TypeRef | None, init: ast.Node | None) -> int | None:
    if decl_type is not None and decl_type.kind == "CFunction" and decl_type.elements:
        return sum(1 for e in decl_type.elements[1:] if not (e.kind == "name" and e.name == "void"))
    while isinstance(init, ast.Paren):
        init = init.expr
    if isinstance(init, ast.BlockLiteral):
        return len(init.params or ())
    return None


class ScopeChecker(ast.NodeVisitor):
    def __init__(self, model: Model, record: Resolution | None = None) -> None:
        self.model = model
        self._discarded: set[int] = set()  # expressions whose value is not used (statements, for clauses)
        self._receivers: set[int] = set()  # identifiers a message is sent to (`Name.sel()`)
        self._callees: set[int] = set()  # identifiers called like functions (`name(...)`)
        self._unchecked: set[str] = set()  # names already reported as not checkable (MF107)
        self.record = record
        self._global_index: NameIndex | None = None
        self._results: dict[tuple[str, str, bool], tuple[tuple[str, bool] | None, frozenset[str] | None]] = {}
        self.s = _State()
        self.globals: dict[str, Symbol] = {}
        for d in model.module.definitions:
            if isinstance(d, ast.VarDecl):  # in methods and blocks the last declaration is in effect
                self.globals[d.name.id] = Symbol(d.name.id, "global", d.type, _arity(d.type, d.init), d.name)

    # ------------------------------------------------------------------ scopes

    @property
    def fn(self) -> Function:
        return self.s.functions[-1]

    def method(self) -> Function | None:
        fn = self.fn
        return fn if fn.kind == "method" else fn.method

    def push(self, symbols: dict[str, Symbol] | None = None) -> None:
        self.s.scopes.append(symbols or {})

    def pop(self) -> None:
        self.s.scopes.pop()

    def declare(self, name: ast.Name, symbol: Symbol) -> None:
        scope = self.s.scopes[-1]
        symbol.decl = name
        rec = self.record
        if rec is not None:
            rec.declarations[id(name)] = name
            rec.kinds[id(name)] = "param" if symbol.kind == "param" else symbol.kind
            rec.types[id(name)] = symbol.type
            rec.references.setdefault(id(name), [])
            if name.id in scope:
                rec.redeclared.append(name)
        if len(self.s.scopes) == 1 and self.model.consulted is not None:
            self.model.consulted.add("var:" + name.id)  # a global declared again
        if name.id in scope:
            self.model.add(
                "MF132",
                name,
                f"`{name.id}` is already declared in this scope: this declaration replaces it",
                hint="assign to the existing variable, or use another name",
            )
        scope[name.id] = symbol

    def refer(self, node: ast.Node, symbol: Symbol | None) -> None:
        """Record that ``node`` names ``symbol`` (only when recording)."""
        rec = self.record
        if rec is not None and symbol is not None and symbol.decl is not None:
            rec.decl_of[id(node)] = symbol.decl
            rec.references.setdefault(id(symbol.decl), []).append(node)

    def lookup(self, name: str) -> Symbol | None:
        scopes = self.s.scopes
        for i in range(len(scopes) - 1, 0, -1):
            symbol = scopes[i].get(name)
            if symbol is not None:
                return symbol
        consulted = self.model.consulted
        if consulted is not None:  # the script's globals: what a global declared or removed changes
            consulted.add("var:" + name)
        symbol = scopes[0].get(name) if scopes else None
        if symbol is not None:
            return symbol
        if len(self.s.functions) > 1:  # methods and blocks run after the top level: every global
            symbol = self.globals.get(name)
            if symbol is not None:
                return symbol
        if name in builtins.ALL_NAMES:
            return Symbol(name, "builtin", arity=builtins.FUNCTIONS.get(name))
        method = self.method()
        if method is not None and name.startswith("_"):
            return Symbol(name, "ivar")  # `_name` storage and native instance variables
        if self.model.is_class_name(name):
            return Symbol(name, "class")
        cls = method.cls if method is not None else getattr(self, "_class", None)
        module = annotation_text(cls.node.annotations, "@SwiftModule") if cls is not None else None
        runtime = self.model.module_class(name, module)
        if runtime is not None:
            return Symbol(runtime, "class")
        return None

    # ------------------------------------------------------------------ structure

    def visit_Module(self, node: ast.Module) -> None:
        self.s.functions.append(Function("top", node, VOID, False))
        self.push()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.s.skip.add(id(node))  # remember the class for the methods below
        self._class = self.model.class_of(node)

    def leave_ClassDef(self, node: ast.ClassDef) -> None:
        self._class = None

    def visit_MethodDef(self, node: ast.MethodDef) -> None:
        cls = getattr(self, "_class", None)
        returns = script_category(node.return_type)
        fn = Function("method", node, returns, True, cls, node.is_class_method)
        self.s.functions.append(fn)
        params = {"_cmd": Symbol("_cmd", "param")}
        self.push(params)
        for part in node.parts:
            if part.param is not None:
                self.declare(part.param, Symbol(part.param.id, "param", part.type))

    def leave_MethodDef(self, node: ast.MethodDef) -> None:
        self._leave_function(node.body, node.return_type.spelling)

    def visit_BlockLiteral(self, node: ast.BlockLiteral) -> None:
        outer = self.fn
        returns = script_category(node.return_type) if node.return_type is not None else VOID
        fn = Function("block", node, returns, node.return_type is not None)
        fn.method = outer if outer.kind == "method" else outer.method
        self.s.functions.append(fn)
        self.push()
        for p in node.params or ():
            self.declare(p.name, Symbol(p.name.id, "param", p.type))

    def leave_BlockLiteral(self, node: ast.BlockLiteral) -> None:
        spelling = node.return_type.spelling if node.return_type is not None else "void"
        self._leave_function(node.body, spelling)

    def _leave_function(self, body: ast.Block, spelling: str) -> None:
        fn = self.s.functions.pop()
        self.pop()
        if fn.typed and fn.returns != VOID and not fn.value_returned:
            what = "method" if fn.kind == "method" else "block"
            self.model.add(
                "MF136",
                fn.node.return_type if isinstance(fn.node, ast.MethodDef) else (fn.node.start, body.start),  # type: ignore[union-attr]
                f"this {what} returns `{spelling}` but never returns a value: it yields 0/nil",
                hint="add `return value;`",
            )

    def visit_Block(self, node: ast.Block) -> None:
        self.push()

    def leave_Block(self, node: ast.Block) -> None:
        self.pop()

    def visit_For(self, node: ast.For) -> None:
        self.push()
        self.fn.loops += 1
        for clause in (node.init, node.step):
            if clause is not None:
                self._discarded.add(id(clause))

    def leave_For(self, node: ast.For) -> None:
        self.fn.loops -= 1
        self.pop()

    def visit_ForIn(self, node: ast.ForIn) -> None:
        self.push()
        self.fn.loops += 1
        if node.type is not None:
            self.declare(node.var, Symbol(node.var.id, "var", node.type))
            return
        symbol = self.lookup(node.var.id)
        self.refer(node.var, symbol)
        if symbol is None:
            self.model.add(
                "MF139",
                node.var,
                f"`{node.var.id}` is not declared: MangoFix drops every assignment of the loop to it",
                hint=f"declare it in the loop: `for (id {node.var.id} in ...)`",
            )

    def leave_ForIn(self, node: ast.ForIn) -> None:
        self.fn.loops -= 1
        self.pop()

    def visit_While(self, node: ast.While) -> None:
        self.fn.loops += 1

    def leave_While(self, node: ast.While) -> None:
        self.fn.loops -= 1

    def visit_DoWhile(self, node: ast.DoWhile) -> None:
        self.fn.loops += 1

    def leave_DoWhile(self, node: ast.DoWhile) -> None:
        self.fn.loops -= 1

    def visit_Switch(self, node: ast.Switch) -> None:
        self.fn.switches += 1

    def leave_Switch(self, node: ast.Switch) -> None:
        self.fn.switches -= 1

    def visit_Break(self, node: ast.Break) -> None:
        if not self.fn.loops and not self.fn.switches:
            self._jump(node, "break")

    def visit_Continue(self, node: ast.Continue) -> None:
        if not self.fn.loops:
            self._jump(node, "continue")

    def _jump(self, node: ast.Node, word: str) -> None:
        where = {"top": "top-level statement", "method": "method", "block": "block"}[self.fn.kind]
        self.model.add(
            "MF134",
            node,
            f"`{word}` outside a loop{' or switch' if word == 'break' else ''}: MangoFix silently ends the "
            f"whole {where} here",
            hint="use `return;` to leave early",
        )

    def visit_Return(self, node: ast.Return) -> None:
        fn = self.fn
        if node.value is None:
            return
        fn.value_returned = True
        if fn.returns == VOID and fn.kind != "top":
            if fn.kind == "block" and not fn.typed:
                self.model.add(
                    "MF135",
                    node,
                    "this block literal has no return type, so it returns `void`: the value is discarded",
                    hint="write the return type: `^int (...) { ... }` (or `^id`, `^BOOL`, ...)",
                )
            else:
                self.model.add(
                    "MF135",
                    node,
                    f"this {'method' if fn.kind == 'method' else 'block'} returns `void`: the value is discarded",
                    hint="remove the value, or declare the return type",
                )

    # ------------------------------------------------------------------ values (literal and declared kinds)

    def visit_ArrayLiteral(self, node: ast.ArrayLiteral) -> None:
        for item in node.items:
            self._object_only(item, "an array element")

    def visit_DictLiteral(self, node: ast.DictLiteral) -> None:
        for entry in node.entries:
            self._object_only(entry.key, "a dictionary key")
            self._object_only(entry.value, "a dictionary value")

    def _object_only(self, value: ast.Node, where: str) -> None:
        kind = _literal_kind(value)
        if kind is not None and kind != "object":
            self.model.add(
                "MF141",
                value,
                f"{where} must be an object, but this is {kind}: MangoFix asserts at run time",
                hint='box it: `@(...)`, or `@"..."` for text',
                fix=Fix(
                    "Box it with `@( )`", ((value.start, value.start, "@("), (value.end, value.end, ")")), safe=True
                )
                if kind != "a C string"
                else Fix("Make it an NSString", ((value.start, value.start, "@"),), safe=True),
            )

    def visit_StructLiteral(self, node: ast.StructLiteral) -> None:
        for entry in node.entries:
            if _literal_kind(entry.value) == "object":
                self.model.add(
                    "MF142",
                    entry.value,
                    f"struct field `{entry.key.id}` gets an object: struct literals take numbers, BOOLs, C strings, "
                    "selectors, pointers and structs",
                    hint="use the number itself, e.g. `1.5` rather than `@1.5`",
                )

    def visit_Postfix(self, node: ast.Postfix) -> None:
        if id(node) not in self._discarded:
            self.model.add(
                "MF145",
                node,
                f"the value of `x{node.op}` in MangoFix is the *new* value (it runs as `x = x {node.op[0]} 1`)",
                hint="increment in its own statement, then use the variable",
            )

    def visit_ExprStmt(self, node: ast.ExprStmt) -> None:
        self._discarded.add(id(node.expr))

    def visit_Binary(self, node: ast.Binary) -> None:
        if node.op not in ("==", "!=", "<", "<=", ">", ">="):
            return
        kinds = (self._declared_kind(node.left), self._declared_kind(node.right))
        if {"object", "number"} <= set(kinds):
            self.model.add(
                "MF146",
                node,
                f"`{node.op}` between an object and a number: MangoFix asserts at run time (objects are not unboxed)",
                hint="unwrap the object first, e.g. `qty.integerValue() == 3`",
            )

    def _declared_kind(self, expr: ast.Node) -> str | None:
        """ "object" or "number" for literals and variables whose declared type says so."""
        while isinstance(expr, ast.Paren):
            expr = expr.expr
        literal = _literal_kind(expr)
        if literal in ("an integer", "a number"):
            return "number"
        if literal == "object" and not isinstance(expr, ast.Nil):
            return "object"
        if isinstance(expr, ast.Identifier):
            symbol = self.lookup(expr.id)
            if symbol is not None and symbol.kind in ("var", "param", "global") and symbol.type is not None:
                category = script_category(symbol.type)
                if category in ("int", "uint", "double"):
                    return "number"
                if category == "id":
                    return "object"
        return None

    def visit_Member(self, node: ast.Member) -> None:
        if node.name.id == "m41" and isinstance(node.object, ast.Identifier):
            symbol = self.lookup(node.object.id)
            if (
                symbol is not None
                and symbol.type is not None
                and (symbol.type.kind == "struct" and symbol.type.name == "CATransform3D")
            ):
                self.model.add(
                    "MF144",
                    node.name,
                    "MangoFix's built-in CATransform3D names this field `41`, not `m41`: the access fails",
                    hint="read the transform through a native method instead",
                )
        self._member(node)

    def visit_VarDecl(self, node: ast.VarDecl) -> None:
        init = node.init
        if init is None:
            return
        declared = script_category(node.type)
        literal = _literal_kind(init)
        if declared == "id" and literal in ("an integer", "a number", "a BOOL"):
            self.model.add(
                "MF143",
                init,
                f"`{node.name.id}` is an object, but gets {literal}: MangoFix converts by the declared type, so it "
                "becomes nil",
                hint="box it: `@(...)`",
                fix=Fix("Box it with `@( )`", ((init.start, init.start, "@("), (init.end, init.end, ")")), safe=True),
            )
        elif declared == "id" and literal == "a C string":
            self.model.add(
                "MF143",
                init,
                f"`{node.name.id}` is an object, but gets a C string: it becomes nil",
                hint='write an NSString: `@"..."`',
                fix=Fix("Make it an NSString", ((init.start, init.start, "@"),), safe=True),
            )

    # ------------------------------------------------------------------ declarations and names

    def visit_TypeRef(self, node: ast.TypeRef) -> None:
        if node.kind == "struct":
            check_struct_use(self.model, node)

    def leave_VarDecl(self, node: ast.VarDecl) -> None:
        kind = "global" if len(self.s.scopes) == 1 else "var"
        self.declare(node.name, Symbol(node.name.id, kind, node.type, _arity(node.type, node.init)))

    def visit_Assign(self, node: ast.Assign) -> None:
        target = node.target
        if isinstance(target, ast.Identifier):
            self.s.skip.add(id(target))
            symbol = self.lookup(target.id)
            self.refer(target, symbol)
            if symbol is None:
                self.model.add(
                    "MF131",
                    target,
                    f"`{target.id}` is not declared: MangoFix silently drops this assignment",
                    hint=self.did_you_mean(target.id) or f"declare it first, e.g. `id {target.id} = ...;`",
                )
        elif isinstance(target, ast.Member):
            receiver = self.receiver_class(target.object)
            if receiver is not None:
                self._check_selector([target.name], setter_name(target.name.id), receiver, target.object, setter=True)
            if node.op == "=":
                self.s.skip.add(id(target))  # the getter is not sent for a plain assignment

    def visit_Identifier(self, node: ast.Identifier) -> None:
        if id(node) in self.s.skip:
            return
        name = node.id
        if name == "_cmd" and self.method() is None:
            self._outside_class(node, "_cmd")
            return
        symbol = self.lookup(name)
        if self.record is not None:
            self.refer(node, symbol)
        if symbol is None:
            self._unknown_identifier(node)

    def _unknown_identifier(self, node: ast.Identifier) -> None:
        """MF130 for a name that fails at run time or is a typo; MF107 for a class the manifest may lack.

        MangoFix resolves a name through the scopes, the built-ins, then the Objective-C runtime
        (any class of that name) and Swift aliases (3.15).  A name that can only be a variable
        (not capitalised, or all capitals like a C macro) or is called like a C function is
        reported; so is a capitalised name that is a typo of a known name, or that extends a
        known class or struct name like an SDK constant (`CGRectZero`, `UIViewContentModeTop`:
        MangoFix predefines no SDK constant).  Any other capitalised name may be a class the
        manifest lacks: it cannot be checked.
        """
        name = node.id
        model = self.model
        called = id(node) in self._callees
        if called or not (name[:1].isupper() and any(c.islower() for c in name)):
            what = (
                "is called like a function, but it is not a block variable or a built-in function (MangoFix "
                "predefines no C or SDK function: use `CFunction`)"
                if called
                else "is not a variable, parameter or built-in"
            )
            model.add("MF130", node, f"unknown identifier `{name}`: it {what}", hint=self.did_you_mean(name))
            return
        near = nearest_typos(name, self._scope_indexes(name)) + model.manifest.class_index().typos(name)
        if near:
            model.add(
                "MF130",
                node,
                f"`{name}` is neither declared nor in the manifest, but `{near[0]}` is: probably a typo "
                '("not found var" at run time)',
                hint=did_you_mean(near[:3]),
                fix=Fix(f"Change to `{near[0]}`", ((node.start, node.end, near[0]),)),
            )
            return
        stem = None if id(node) in self._receivers else self._constant_stem(name)
        if stem is not None:
            model.add(
                "MF130",
                node,
                f"`{name}` is not in the manifest and looks like an SDK constant named after `{stem}`: MangoFix "
                'predefines no SDK constant, so reading it fails ("not found var")',
                hint="use the literal value, a method, or an `extern` declaration",
            )
            return
        if name not in self._unchecked:
            self._unchecked.add(name)
            model.add(
                "MF107",
                node,
                f"`{name}` is not in the manifest, so it cannot be checked: MangoFix looks it up as a class at run "
                'time ("not found var" if the app has none)',
            )

    def _constant_stem(self, name: str) -> str | None:
        """The SDK class or struct name ``name`` extends by more words (`CGRect` for `CGRectZero`)."""
        model = self.model
        for i in range(len(name) - 1, 1, -1):
            if name[i].isupper() and name[i - 1].islower():
                stem = name[:i]
                info = model.manifest.get(stem)
                if (info is not None and is_sdk(info)) or stem in BUILTIN_STRUCTS or stem == "NSRange":
                    return stem
        return None

    def _suggesting(self, name: str) -> None:
        """Globals are searched for names like ``name`` (recorded: a global declared or removed
        since may change the suggestion)."""
        if self.model.consulted is not None:
            self.model.consulted.add("var~" + name)

    def _scope_indexes(self, name: str) -> list[NameIndex]:
        """The names in scope, indexed: the globals and built-ins (once), and the local scopes."""
        self._suggesting(name)
        if self._global_index is None:
            self._global_index = NameIndex(set(self.globals) | set(builtins.ALL_NAMES))
        local: set[str] = set()
        for scope in self.s.scopes:
            local.update(scope)
        return [self._global_index, NameIndex(local)]

    def _names_in_scope(self) -> set[str]:
        names: set[str] = set(self.globals) | set(builtins.ALL_NAMES)
        for scope in self.s.scopes:
            names |= set(scope)
        return names

    def did_you_mean(self, name: str) -> str | None:
        self._suggesting(name)
        return suggestions(name, self._names_in_scope())

    def visit_SelfExpr(self, node: ast.SelfExpr) -> None:
        if self.method() is None:
            self._outside_class(node, "self")

    def visit_SuperExpr(self, node: ast.SuperExpr) -> None:
        method = self.method()
        if method is None:
            self._outside_class(node, "super")
        elif method.is_class_method:
            self.model.add(
                "MF138",
                node,
                "`super` in a class method reaches an instance method of the superclass in MangoFix",
                hint="call the superclass explicitly, e.g. `Superclass.method()`",
            )

    def _outside_class(self, node: ast.Node, word: str) -> None:
        self.model.add(
            "MF137",
            node,
            f'`{word}` outside a method: top-level code has no receiver ("not found var {word}")',
            hint="move this code into a method of a class",
        )

    def visit_Call(self, node: ast.Call) -> None:
        callee = node.callee
        if isinstance(callee, ast.Identifier):
            self._callees.add(id(callee))
        bare = callee
        while isinstance(bare, ast.Paren):
            bare = bare.expr
        if isinstance(bare, ast.Member):
            name = bare.name.id
            self.model.add(
                "MF140",
                node,
                f"this sends `{name}` and ignores the arguments: a block returned by `{name}` is not called",
                hint=f"write `.{name}()(...)` to call the block",
                fix=_call_block_fix(callee, bare),
            )
            return
        if not isinstance(callee, ast.Identifier):
            return
        symbol = self.lookup(callee.id)
        if symbol is None or symbol.arity is None or symbol.arity == len(node.args):
            return
        n = symbol.arity
        what = "the built-in" if symbol.kind == "builtin" else "the block" if symbol.type is None or (
            symbol.type.kind != "CFunction") else "the C function"  # fmt: skip
        hint = 'build the text with `+`: NSLog(@"count: " + n)' if callee.id == "NSLog" else None
        self.model.add(
            "MF133",
            node,
            f"{what} `{callee.id}` takes {n} argument{'s' if n != 1 else ''}, but {len(node.args)} "
            f'{"is" if len(node.args) == 1 else "are"} passed ("expect count: {n}, pass in cout:{len(node.args)}")',
            hint=hint,
        )

    # ------------------------------------------------------------------ message sends

    def receiver_class(self, expr: ast.Node) -> tuple[str, bool] | None:
        """(runtime class name, is the class object) of an expression, when it is known."""
        while isinstance(expr, ast.Paren):
            expr = expr.expr
        model = self.model
        if isinstance(expr, ast.SelfExpr):
            method = self.method()
            if method is None or method.cls is None:
                return None
            return method.cls.runtime_name, method.is_class_method
        if isinstance(expr, ast.Identifier):
            symbol = self.lookup(expr.id)
            if symbol is None:
                return None
            if symbol.kind == "class":
                return model.canonical(symbol.name), True
            t = symbol.type
            if t is not None and t.kind == "object" and t.name and model.is_class_name(t.name):
                return t.name, False
            return None
        if isinstance(expr, (ast.MessageSend, ast.Member)):
            inner = self.receiver_class(expr.receiver if isinstance(expr, ast.MessageSend) else expr.object)
            if inner is None:
                return None
            cls, is_class = inner
            selector = expr.selector if isinstance(expr, ast.MessageSend) else expr.name.id
            if is_class and selector in ("alloc", "new"):
                return cls, False
            if selector == "class":
                return cls, True
            if not is_class and selector.startswith("init"):
                return cls, False
            return self._declared_result(cls, selector, is_class)
        return None

    def _declared_result(self, cls: str, selector: str, is_class: bool) -> tuple[str, bool] | None:
        """The class of what ``selector`` returns, when the manifest declares it (asked for every
        send whose receiver is itself a send: answered once per model)."""
        return self.model.remembered(
            self._results, (cls, selector, is_class), lambda: self._result_class(cls, selector, is_class)
        )

    def _result_class(self, cls: str, selector: str, is_class: bool) -> tuple[str, bool] | None:
        info = self.model.manifest_class(cls)
        if info is None:
            return None
        manifest = self.model.manifest
        method = manifest.find_method(info.name, selector, is_class)
        spelling = method.returns if method is not None else None
        if spelling is None and not is_class:
            prop = manifest.property_for_accessor(info.name, selector)
            spelling = prop.type if prop is not None else None
        if spelling is None:
            return None
        if spelling.strip() == "instancetype":
            return info.name, False
        if objc_category(spelling) == "id":
            words = spelling.replace("*", " ").split()
            name = next((w for w in words if w not in ("const", "nullable", "nonnull", "__kindof")), "")
            name = name.split("<", 1)[0]
            if self.model.is_class_name(name):
                return self.model.canonical(name), False
        return None

    def visit_MessageSend(self, node: ast.MessageSend) -> None:
        self._receivers.add(id(node.receiver))
        if self.record is not None:
            self._record_send(node, node.selector, node.parts, node.receiver)
        self._check_send(node, node.receiver, node.selector, node.parts)

    def _member(self, node: ast.Member) -> None:
        self._receivers.add(id(node.object))
        if self.record is not None:
            self._record_send(node, node.name.id, [node.name], node.object)
        if id(node) in self.s.skip:
            return
        self._check_send(node, node.object, node.name.id, [node.name])

    def visit_SelectorLiteral(self, node: ast.SelectorLiteral) -> None:
        if self.record is not None:
            self._record_send(node, node.selector, node.parts, None)

    def _record_send(self, node: ast.Node, selector: str, parts: list[ast.Name], receiver: ast.Node | None) -> None:
        assert self.record is not None
        known: Receiver | None = None
        if receiver is not None:
            bare = receiver
            while isinstance(bare, ast.Paren):
                bare = bare.expr
            method = self.method()
            if isinstance(bare, ast.SuperExpr):
                if method is not None and method.cls is not None:
                    known = (method.cls.superclass, method.is_class_method)
            else:
                known = self.receiver_class(receiver)
        method = self.method()
        cls = method.cls.node if method is not None and method.cls is not None else None
        send = Send(node, selector, parts, known, cls)
        self.record.sends.append(send)
        for p in parts:
            self.record.send_of[id(p)] = send

    def _check_send(self, node: ast.Node, receiver: ast.Node, selector: str, parts: list[ast.Name]) -> None:
        bare = receiver
        while isinstance(bare, ast.Paren):
            bare = bare.expr
        if isinstance(bare, ast.SuperExpr):
            self._check_super(selector, parts)
            return
        if isinstance(bare, ast.SelfExpr) and selector.startswith("ORG") and len(selector) > 3:
            self._check_org(selector, parts)
            return
        known = self.receiver_class(receiver)
        if known is not None:
            self._check_selector(parts, selector, known, receiver)

    def _check_selector(
        self, parts: list[ast.Name], selector: str, known: tuple[str, bool], receiver: ast.Node, setter: bool = False
    ) -> None:
        cls, is_class = known
        model = self.model
        exists = model.responds(cls, selector, is_class)
        if exists is True:
            return
        kind = "class" if is_class else "instance"
        if exists is None:
            near = model.typos(selector, cls, is_class)
            if near:
                model.add(
                    "MF117",
                    parts[0],
                    f"`{selector}` is declared nowhere in the manifest, but `{cls}` has `{near[0]}`: probably a typo "
                    "(an unrecognized selector at run time)",
                    hint=did_you_mean(near),
                    fix=_rename_fix(parts, selector, near, setter),
                )
            elif not model.manifest.declares_anywhere(selector) and selector not in sdk_selectors():
                model.add(
                    "MF107",
                    parts[0],
                    f"{model.gap(cls, is_class)}, so whether `{cls}` has the {kind} method `{selector}` cannot be "
                    "checked",
                )
            return
        if selector in sdk_selectors():
            return
        # A declared type is only a hint (`UICollectionViewCell *cell` may hold an app subclass):
        # report only selectors that no class of the app or the SDK declares.
        if model.manifest.declares_anywhere(selector):
            return
        close = close_matches(selector, model.known_selectors(cls, is_class))
        model.add(
            "MF117",
            parts[0],
            f"`{cls}` has no {kind} method `{selector}` (per the manifest): unrecognized selector at run time",
            hint=did_you_mean(close),
            fix=_rename_fix(parts, selector, close, setter),
        )

    def _check_org(self, selector: str, parts: list[ast.Name]) -> None:
        where = parts[0]
        method = self.method()
        if method is None or method.cls is None:
            return
        original = selector[3:]
        sc = method.cls
        is_class = method.is_class_method
        info = sc.info
        model = self.model
        replaced = original in model.script_selectors(sc.runtime_name, is_class)
        if info is None:
            if replaced:
                model.add(
                    "MF107",
                    where,
                    f"`{sc.node.name.id}` is not in the manifest, so whether `{selector}` exists cannot be checked: "
                    f"it does only if the app's `{sc.node.name.id}` has `{original}`",
                )
            else:
                model.add(
                    "MF115",
                    where,
                    f"`{selector}` does not exist: this script does not define `{original}` in `{sc.node.name.id}`, "
                    "and an `ORG` method exists only for a method the script replaces",
                    hint=f"call `self.{original}(...)` or remove the call",
                )
            return
        manifest = model.manifest
        exists = manifest.responds(info.name, original, is_class)
        if exists is False and original in sdk_selectors():
            exists = None  # an extra guard: the SDK declares it on some class
        if exists is False:
            close = close_matches(selector, {"ORG" + s for s in manifest.selectors(info.name, is_class)})
            model.add(
                "MF115",
                where,
                f"`{selector}` does not exist: `{original}` is not a method of `{info.name}` in the app, "
                "so there is no original implementation to call",
                hint=did_you_mean(close),
                fix=_rename_fix(parts, selector, close),
            )
            return
        if exists is None:
            near = model.typos(original, info.name, is_class)
            if near:
                model.add(
                    "MF115",
                    where,
                    f"`{original}` is declared nowhere in the manifest, but `{info.name}` has `{near[0]}`: "
                    f"`{selector}` is probably a typo of `ORG{near[0]}`",
                    hint=did_you_mean(["ORG" + s for s in near]),
                    fix=_rename_fix(parts, selector, ["ORG" + near[0]]),
                    severity=Severity.WARNING,
                )
                return
            if replaced:
                model.add(
                    "MF107",
                    where,
                    f"{manifest.gap(info.name)}, so whether `{info.name}` has `{original}` (and `{selector}` "
                    "exists) cannot be checked",
                )
                return
        if not replaced:
            model.add(
                "MF115",
                where,
                f"`{selector}` exists only when this script replaces `{original}` in `{sc.node.name.id}`",
                hint=f"call `self.{original}(...)` instead",
            )

    def _check_super(self, selector: str, parts: list[ast.Name]) -> None:
        where = parts[0]
        method = self.method()
        if method is None or method.cls is None or method.is_class_method:
            return
        sc = method.cls
        model = self.model
        exists = model.responds(sc.superclass, selector, False)
        if exists is True:
            return
        if exists is None:
            near = model.typos(selector, sc.superclass, False)
            if near:
                model.add(
                    "MF116",
                    where,
                    f"`{selector}` is declared nowhere in the manifest, but `{sc.superclass}` has `{near[0]}`: "
                    "probably a typo (an unrecognized selector at run time)",
                    hint=did_you_mean(near),
                    fix=_rename_fix(parts, selector, near),
                    severity=Severity.WARNING,
                )
            else:
                model.add(
                    "MF107",
                    where,
                    f"{model.gap(sc.superclass)}, so whether a superclass of `{sc.node.name.id}` has `{selector}` "
                    "cannot be checked",
                )
            return
        if selector in sdk_selectors():
            return
        close = close_matches(selector, model.known_selectors(sc.superclass, False))
        model.add(
            "MF116",
            where,
            f"no superclass of `{sc.node.name.id}` has `{selector}`: `super.{selector}` is an unrecognized selector",
            hint=did_you_mean(close),
            fix=_rename_fix(parts, selector, close),
        )


def _call_block_fix(callee: ast.Node, member: ast.Member) -> Fix:
    """`(obj.prop)(x)` -> `obj.prop()(x)`: send the getter, then call the block it returns."""
    edits: tuple[tuple[int, int, str], ...] = ((member.name.end, member.name.end, "()"),)
    if isinstance(callee, ast.Paren):
        edits = ((callee.start, callee.start + 1, ""), *edits, (callee.end - 1, callee.end, ""))
    return Fix(f"Call the block returned by `{member.name.id}`", edits)


def _rename_fix(parts: list[ast.Name], selector: str, close: list[str], setter: bool = False) -> Fix | None:
    """Rename a send's selector to the best suggestion (for `x.name = v`, which sends `setName:`,
    the property name)."""
    if not close:
        return None
    if setter:
        name = property_of_setter(close[0])
        if name is None or name == parts[0].id:
            return None
        return Fix(f"Change `{parts[0].id}` to `{name}`", ((parts[0].start, parts[0].end, name),))
    return selector_fix(parts, selector, close[0])


def check(model: Model, only: Collection[int] | None = None) -> None:
    """Check the script's top-level definitions and methods (``only``: the ids of those to check; a
    class's id stands for the class without its methods; the others are passed over, their
    declarations still in scope for what follows)."""
    checker = ScopeChecker(model)
    module = model.module
    checker.visit_Module(module)
    for d in module.definitions:
        # MF107 once per name in each definition, each method apart (analyze keeps the first)
        checker._unchecked = set()
        if type(d) is ast.ClassDef:
            if only is None or id(d) in only or any(id(m) in only for m in d.members):
                _check_class(checker, d, only)
        elif only is None or id(d) in only:
            model.enter(d)
            checker.visit(d)
        elif type(d) is ast.VarDecl:
            checker.s.scopes[-1][d.name.id] = Symbol(d.name.id, "global", d.type, _arity(d.type, d.init), d.name)


def _check_class(checker: ScopeChecker, cls: ast.ClassDef, only: Collection[int] | None) -> None:
    """``checker.visit(cls)``, going into the methods in ``only`` only (and the rest of the class
    when it is in ``only`` itself)."""
    model = checker.model
    checker.visit_ClassDef(cls)
    unchecked = checker._unchecked
    for child in ast.iter_children(cls):
        if type(child) is ast.MethodDef:
            if only is None or id(child) in only:
                model.enter(child)
                checker._unchecked = set()
                checker.visit(child)
        elif only is None or id(cls) in only:
            model.enter(cls)
            checker._unchecked = unchecked
            checker.visit(child)
    checker.leave_ClassDef(cls)


def resolve(model: Model) -> Resolution:
    """Run the scope analysis in recording mode: every name's declaration, every send's receiver.

    Diagnostics are not reported again (analyze() already did).
    """
    resolution = Resolution()
    reported = len(model.diagnostics)
    try:
        ScopeChecker(model, resolution).visit(model.module)
    finally:
        del model.diagnostics[reported:]
    return resolution
