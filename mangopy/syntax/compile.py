"""Upstream's compile-time checks, which run *while* upstream parses, in source order.

* ``typedef OLD NEW`` needs ``OLD`` known at that point (MF021); typedefs apply from their
  position onward, and every bare type name is resolved then (``TypeRef.resolved``);
* ``declare struct`` entries must be named ``typeEncoding`` and ``keys`` (MF020);
* every ``CFunction<...>`` element must be in upstream's fixed table (MF022), and a ``struct X``
  element must be a built-in struct (MF023) because script structs are registered later;
* a message send's argument count must equal its selector's colon count (MF005; upstream
  crashes or silently ignores arguments at run time).

It also warns where upstream accepts something that does not do what it says: unknown type names
(MF013), ``for`` without a condition (MF012), unknown annotation names (MF014).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from mangopy.diagnostics import Diagnostic, Fix, LineIndex, Related, Severity
from mangopy.syntax import ast, errors

#: Section 5.4: names the typedef table knows before any script runs.
PREDEFINED_TYPEDEFS: dict[str, str] = {
    **dict.fromkeys(("int8_t", "int16_t", "int32_t", "int64_t", "NSInteger", "long", "dispatch_once_t"), "int"),
    **dict.fromkeys(("uint8_t", "uint16_t", "uint32_t", "uint64_t", "NSUInteger", "size_t"), "uint"),
    "float": "double",
    "CGFloat": "double",
}

#: Section 4.1: structs registered before any script runs (NSRange under its tag `_NSRange`).
BUILTIN_STRUCTS: dict[str, str] = {
    "CGPoint": "{CGPoint=dd}",
    "CGSize": "{CGSize=dd}",
    "CGRect": "{CGRect={CGPoint=dd}{CGSize=dd}}",
    "CGAffineTransform": "{CGAffineTransform=dddddd}",
    "CGVector": "{CGVector=dd}",
    "_NSRange": "{_NSRange=QQ}",
    "UIOffset": "{UIOffset=dd}",
    "UIEdgeInsets": "{UIEdgeInsets=dddd}",
    "CATransform3D": "{CATransform3D=dddddddddddddddd}",
}

#: Section 5.5: CFunction<...> element names and their encodings.
CFUNCTION_ELEMENTS: dict[str, str] = {
    "void": "v",
    "BOOL": "B",
    "int": "i",
    "int32_t": "i",
    "long": "l",
    "int8_t": "c",
    "int16_t": "s",
    "int64_t": "q",
    "u_int": "I",
    "u_int32_t": "I",
    "u_long": "L",
    "u_int8_t": "C",
    "u_int16_t": "S",
    "u_int64_t": "Q",
    "size_t": "Q",
    "CGFloat": "d",
    "float": "f",
    "double": "d",
    "id": "@",
    "SEL": ":",
    "Class": "#",
}

KEYWORD_KINDS = frozenset({"BOOL", "int", "uint", "double", "CString", "id", "Block", "Class", "SEL", "Pointer"})

KNOWN_ANNOTATIONS = ("@If", "#If", "@SwiftModule", "@MethodName", "@Selector", "@Signature")

_UNKNOWN_TYPE_ADVICE = {
    "instancetype": "write `id`",
    "bool": "write `BOOL`",
    "NSTimeInterval": "write `double`",
    "CFTimeInterval": "write `double`",
    "unsigned": "write `uint`",
    "short": "write `int`",
}


# Objective-C type names that mean exactly a MangoFix one: the fix writes it (a safe fix).
_SAME_TYPE = {"instancetype": "id", "bool": "BOOL", "NSTimeInterval": "double", "CFTimeInterval": "double"}


def _unknown_type_advice(name: str) -> str:
    if name in _UNKNOWN_TYPE_ADVICE:
        return _UNKNOWN_TYPE_ADVICE[name]
    if name in BUILTIN_STRUCTS or name == "NSRange":
        return f"write `struct {name}`"
    if name.startswith("dispatch_") and name.endswith("_t"):
        return "write `id`"
    return f"use a keyword type, `{name} *` for an object, or `typedef KIND {name};` before its first use"


def _close_matches(word: str, choices: Sequence[str], n: int, cutoff: float) -> list[str]:
    import difflib  # only when a name is unknown

    return difflib.get_close_matches(word, choices, n=n, cutoff=cutoff)


class _Checker(ast.NodeVisitor):
    """The compile-time checks: ``visit_<Class>`` for each node kind that has one, in source order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.index: LineIndex | None = None
        self.diagnostics: list[Diagnostic] = []
        self.typedefs: dict[str, str] = dict(PREDEFINED_TYPEDEFS)
        self.later_typedefs: dict[str, ast.Typedef] = {}
        self.signature_types: set[int] = set()

    def line_of(self, offset: int) -> int:
        if self.index is None:
            self.index = LineIndex(self.text)
        return self.index.position(offset).line

    def add(
        self, code: errors.Code, message: str, n: ast.Node, hint: str | None = None, severity: Severity | None = None
    ) -> Diagnostic:
        d = Diagnostic(code.code, severity or code.severity, message, n.start, n.end, hint)
        self.diagnostics.append(d)
        return d

    def run(self, module: ast.Module, only: Collection[int] | None = None) -> list[Diagnostic]:
        for d in module.definitions:
            if isinstance(d, ast.Typedef):
                self.later_typedefs.setdefault(d.name.id, d)
        for definition in module.definitions:
            roots: list[ast.Node] = [definition]
            if only is not None and id(definition) not in only:
                if type(definition) is ast.Typedef:  # in effect for what follows; reported already
                    reported = len(self.diagnostics)
                    self.visit_Typedef(definition)
                    del self.diagnostics[reported:]
                    continue
                if type(definition) is not ast.ClassDef:
                    continue
                roots = [m for m in definition.members if id(m) in only]  # type: ignore[attr-defined]
            for root in roots:  # pre-order: source order, typedefs before their uses
                self.visit(root)
        return self.diagnostics

    # ------------------------------------------------------------------ typedefs and types

    def visit_Typedef(self, n: ast.Typedef) -> None:
        source = n.type  # resolved here (its TypeRef is not reported again as a type use)
        if source.kind == "named":
            kind = self.typedefs.get(str(source.name))
            if kind is None:
                source.resolved = "untyped"
                self.add(
                    errors.TYPEDEF_UNKNOWN,
                    f"typedef of unknown type `{source.name}`: MangoFix rejects the script "
                    f'("typedef error, unknown type: {source.name}")',
                    source,
                    hint="typedef only from a keyword type (BOOL int uint double CString id Block Class SEL Pointer) "
                    "or from a name typedef'd earlier",
                )
                return
        else:
            kind = source.kind
        source.resolved = kind
        self.typedefs[n.name.id] = kind

    def visit_MethodDef(self, n: ast.MethodDef) -> None:
        self.signature_types.add(id(n.return_type))
        for part in n.parts:
            if part.type is not None:
                self.signature_types.add(id(part.type))

    def visit_PropertyDef(self, n: ast.PropertyDef) -> None:
        self.signature_types.add(id(n.type))

    def visit_BlockLiteral(self, n: ast.BlockLiteral) -> None:
        if n.return_type is not None:
            self.signature_types.add(id(n.return_type))
        for p in n.params or ():
            self.signature_types.add(id(p.type))

    def visit_TypeRef(self, n: ast.TypeRef) -> None:
        if n.kind in KEYWORD_KINDS or n.kind == "void":
            n.resolved = n.kind
        elif n.kind in ("object", "struct", "CFunction"):
            n.resolved = {"object": "id"}.get(n.kind, n.kind)
            if n.kind == "CFunction":
                self.check_cfunction(n)
        elif n.kind == "named" and n.resolved is None:
            name = str(n.name)
            kind = self.typedefs.get(name)
            if kind is not None:
                n.resolved = kind
                return
            n.resolved = "untyped"
            in_signature = id(n) in self.signature_types
            later = self.later_typedefs.get(name)
            if later is not None and later.start > n.start:
                message = (
                    f"`{name}` is used before its typedef on line {self.line_of(later.start)}: "
                    "typedefs apply only from their position onward, so here it is untyped"
                )
                hint = "move the typedef above its first use"
            else:
                message = f"unknown type name `{name}`: MangoFix treats it as untyped"
                hint = _unknown_type_advice(name)
            if in_signature:
                message += " (a new method, property or block with this type has no type encoding and crashes)"
            d = self.add(errors.UNKNOWN_TYPE, message, n, hint, None if in_signature else Severity.INFO)
            same = _SAME_TYPE.get(name)
            if same is not None and self.text[n.start : n.end] == name:
                d.fixes.append(Fix(f"Write `{same}`", ((n.start, n.end, same),), safe=True))
            if later is not None and later.start > n.start:
                d.related.append(Related("typedef here", later.start, later.end))

    def check_cfunction(self, n: ast.TypeRef) -> None:
        for el in n.elements:
            if el.kind in ("void *", "char *"):
                continue
            if el.kind == "struct":
                if el.name not in BUILTIN_STRUCTS:
                    if el.name == "NSRange":
                        hint = "inside CFunction<...> NSRange must be written `struct _NSRange`"
                    else:
                        hint = (
                            "only built-in structs can be used here: a script's `declare struct` is registered "
                            "only when the script runs, after CFunction types were resolved"
                        )
                    self.add(
                        errors.CFUNCTION_STRUCT,
                        f"`struct {el.name}` is not declared when MangoFix resolves this CFunction type "
                        f'("struct: {el.name} no declare")',
                        el,
                        hint,
                    )
                continue
            if el.name not in CFUNCTION_ELEMENTS:
                close = _close_matches(el.name, CFUNCTION_ELEMENTS, n=3, cutoff=0.6)
                hint = "supported: " + ", ".join(sorted(CFUNCTION_ELEMENTS)) + ", char *, void *, struct NAME"
                if close:
                    hint = "did you mean " + " or ".join(f"`{c}`" for c in close) + "? " + hint
                self.add(
                    errors.CFUNCTION_TYPE,
                    f'`{el.name}` is not a CFunction type MangoFix supports ("not support CFunction type: {el.name}")',
                    el,
                    hint,
                )

    # ------------------------------------------------------------------ declarations

    def visit_StructDecl(self, n: ast.StructDecl) -> None:
        name = n.name.id
        if n.encoding_label.id != "typeEncoding":
            self.add(
                errors.STRUCT_FIELDS,
                f"struct `{name}` has no `typeEncoding` entry (found `{n.encoding_label.id}`): MangoFix rejects the "
                f'script ("struct: {name} declare lack field typeEncoding")',
                n.encoding_label,
                hint="the entry holding the encoding string must be named `typeEncoding`",
            )
        if n.keys_label.id != "keys":
            self.add(
                errors.STRUCT_FIELDS,
                f"struct `{name}` has no `keys` entry (found `{n.keys_label.id}`): MangoFix rejects the script "
                f'("struct: {name} declare lack field Keys")',
                n.keys_label,
                hint="the entry listing the field names must be named `keys`",
            )

    def visit_Annotation(self, n: ast.Annotation) -> None:
        if n.name in KNOWN_ANNOTATIONS:
            return
        close = _close_matches(n.name, KNOWN_ANNOTATIONS, n=1, cutoff=0.5)
        lowered = [k for k in KNOWN_ANNOTATIONS if k.lower() == n.name.lower()]
        suggestion = (lowered or close or [None])[0]
        self.add(
            errors.UNKNOWN_ANNOTATION,
            f"unknown annotation `{n.name}`: MangoFix ignores it",
            ast.Node(start=n.start, end=n.start + len(n.name)),
            hint=f"did you mean `{suggestion}`? (annotation names are case-sensitive)"
            if suggestion
            else "known annotations: " + ", ".join(KNOWN_ANNOTATIONS),
        )

    # ------------------------------------------------------------------ statements and expressions

    def visit_For(self, n: ast.For) -> None:
        if n.condition is None:
            self.add(
                errors.FOR_WITHOUT_CONDITION,
                "`for` without a condition: MangoFix does not treat a missing condition as true, "
                "so the body does not run (debug builds assert)",
                ast.Node(start=n.start, end=n.body.start),
                hint="write the condition, e.g. `for (; YES; )`, or use `while (YES) { ... }`",
            )

    def visit_MessageSend(self, n: ast.MessageSend) -> None:
        colons = n.selector.count(":")
        count = len(n.args)
        if colons == count:
            return
        where = ast.Node(start=n.parts[0].start, end=n.end)
        if colons == 0:
            self.add(
                errors.ARGUMENT_COUNT,
                f"`{n.selector}` has no colon, so it takes no arguments, but {count} "
                f"{'is' if count == 1 else 'are'} passed: MangoFix sends `{n.selector}` and ignores them",
                where,
                hint=f"to call a block returned by `{n.selector}`, write `.{n.selector}()(...)`; "
                f"to pass arguments, use a selector with one colon per argument",
            )
            return
        plural = "argument" if colons == 1 else "arguments"
        self.add(
            errors.ARGUMENT_COUNT,
            f"`{n.selector}` takes {colons} {plural} (one per colon) but {count} "
            f"{'is' if count == 1 else 'are'} passed",
            where,
            hint="MangoFix crashes when arguments are missing and silently drops extra ones",
        )


def check_module(module: ast.Module, text: str, only: Collection[int] | None = None) -> list[Diagnostic]:
    """Run the compile-time checks over a parsed module, in source order.

    ``only``: the ids of the definitions (or class members) to check (None: all); the others are
    passed over (the typedefs among them still apply to what follows them)."""
    return _Checker(text).run(module, only)
