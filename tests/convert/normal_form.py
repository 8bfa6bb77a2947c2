"""The converter's acceptance oracle: one method body, read from the Objective-C (libclang's
tree) and from its MangoFix (mangopy's tree), reduced to the same normal form.

The normal form is a list of events, in source order (pre-order: a node before its parts):

- ``("send", selector, receiver)``: a message; ``receiver`` is ``"self"``, ``"super"``,
  ``"class:Name"`` or ``"expr"`` (the receiver's own events follow, then the arguments');
- ``("member", name)``: dot syntax (a property, a struct field; the object's events follow);
- ``("call", name)``: a call of a function or a block variable by name (``("call", None)`` and
  the callee's events when it is not a name), the arguments' events after it;
- ``("name", name)``: a variable, parameter, ivar or macro read; ``("decl", name)`` declares one
  (the initializer's events follow); ``("self",)``;
- ``("assign", op)`` for ``=`` and the compound assignments, ``("binary", op)``, ``("unary", op)``,
  ``("increment", op)`` (``++``/``--``), ``("?:",)``, ``("subscript",)``, ``("address",)``;
- control flow: ``("if",)``, ``("else",)``, ``("for",)``, ``("for-in",)``, ``("while",)``,
  ``("do",)``, ``("switch",)``, ``("case",)``, ``("default",)``, ``("return",)``, ``("break",)``,
  ``("continue",)``;
- literals: ``("string", text)`` (``@"..."``, quotes included, as written), ``("cstring", text)``,
  ``("number", text)`` (an integer's decimal value, or the ``repr`` of a floating value, so that
  ``1`` and ``1.0`` differ), ``("boxed",)``, ``("array", n)``, ``("dict", n)``, ``("bool", value)``,
  ``("nil",)``, ``("null",)``, ``("selector", sel)``, ``("block", n_params)`` (its body's events follow).

Anything either side does not know becomes ``("unknown", kind)``: the forms then differ, never
match by leaving it out. Where the two languages differ by design (docs/convert.md, translate.py),
the Objective-C side is normalised explicitly, each with a comment naming the rewrite: a case's
closing ``break``, ``++x`` written ``x++``, casts, enum constants and macros written as values,
``for (;;)``, a block property called. Both sides alike: parentheses are not events, ``-`` applied
to a number literal is folded into it. Known limits: a MangoFix receiver is a class when its name
starts with a capital; statements left out are found by line (the problems give lines), so two
statements on one line, one refused, may not be told apart.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

from mangopy.convert.translate import clang_evaluator, split_arguments
from mangopy.export.parse import _clang
from mangopy.semantics.builtins import ALL_NAMES
from mangopy.syntax import ast
from mangopy.syntax.tokens import KEYWORDS

# docs/convert.md: formatting messages rewritten with `+` (what the receiver is sent instead)
_FORMATS = {
    "stringWithFormat:": "",
    "stringByAppendingFormat:": "stringByAppendingString:",
    "appendFormat:": "appendString:",
}
# docs/convert.md: the SDK's zero structs, written as the built-in that makes them
_ZEROS: dict[str, list[Any]] = {
    "CGRectZero": [("call", "CGRectMake"), *[("number", "0")] * 4],
    "CGPointZero": [("call", "CGPointMake"), *[("number", "0")] * 2],
    "CGSizeZero": [("call", "CGSizeMake"), *[("number", "0")] * 2],
    "UIEdgeInsetsZero": [("call", "UIEdgeInsetsMake"), *[("number", "0")] * 4],
}
_ASSERTIONS = ("NSAssert", "NSCAssert", "NSParameterAssert", "NSCParameterAssert", "assert(")

Event = tuple[Any, ...]

__all__ = ["Event", "left_out_lines", "mangofix_form", "objc_form"]

# a macro's use as the source writes it: its name, with its arguments when it takes some
_MACRO_USE = re.compile(r"[A-Za-z_]\w*(?:\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))?")
_MACRO_VALUES: dict[str, Event] = {
    "nil": ("nil",),
    "Nil": ("nil",),
    "NULL": ("null",),
    "YES": ("bool", True),
    "NO": ("bool", False),
    "TRUE": ("bool", True),
    "FALSE": ("bool", False),
    "true": ("bool", True),
    "false": ("bool", False),
    "__objc_yes": ("bool", True),
    "__objc_no": ("bool", False),
}
_ASSIGNMENTS = frozenset({"=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="})
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")
_INTEGER = re.compile(r"(?:0[xX][0-9a-fA-F]+|\d+)[uUlL]*")
_FLOATING = re.compile(r"(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?[fFlL]?")


def left_out_lines(problems: Iterable[Any]) -> set[int]:
    """The lines of the statements a conversion left out (the lines of its errors), but a
    ``case`` that falls through: that error is about a statement the script keeps."""
    return {
        p.line
        for p in problems
        if (p.severity == "error" and "falls through" not in p.message) or p.message.endswith("has no assertions")
    }


def _number(value: int | float) -> Event:
    return ("number", str(value) if isinstance(value, int) else repr(value))


def _integer(text: str) -> int:
    text = text.rstrip("uUlL")
    if text[:2].lower() == "0x":
        return int(text, 16)
    if text[:2].lower() == "0b":
        return int(text, 2)
    if len(text) > 1 and text[0] == "0":
        return int(text, 8)
    return int(text)


def _floating(text: str) -> float:
    text = text.rstrip("fFlL")
    return float.fromhex(text) if text[:2].lower() == "0x" else float(text)


def _word(text: str) -> Event:
    """A macro's argument: one literal or name (``4.0``, ``x``, ``nil``, ``@"a"``); anything else
    is unknown (a macro's arguments have no tree of their own in clang's)."""
    text = text.strip()
    if text in _MACRO_VALUES:
        return _MACRO_VALUES[text]
    if _IDENTIFIER.fullmatch(text):
        return ("name", text)
    if _INTEGER.fullmatch(text):
        return _number(_integer(text))
    if _FLOATING.fullmatch(text):
        return _number(_floating(text))
    if text.startswith('@"') and text.endswith('"'):
        return ("string", text[1:])
    return ("unknown", f"macro argument {text}")


def _evaluate(c: Any) -> Event | None:
    """The value of a constant expression, as a literal's event (None: not a constant)."""
    lib = clang_evaluator()  # the binding of clang_Cursor_Evaluate, not the converter's reading of it
    result = lib.clang_Cursor_Evaluate(c)
    if not result:
        return None
    try:
        kind = lib.clang_EvalResult_getKind(result)
        if kind == 1:  # CXEval_Int
            unsigned = lib.clang_EvalResult_isUnsignedInt(result)
            return _number(
                lib.clang_EvalResult_getAsUnsigned(result) if unsigned else lib.clang_EvalResult_getAsLongLong(result)
            )
        if kind == 2:  # CXEval_Float
            return _number(float(lib.clang_EvalResult_getAsDouble(result)))
        if kind in (3, 4):  # CXEval_ObjCStrLiteral, CXEval_StrLiteral
            text = lib.clang_EvalResult_getAsStr(result).decode("utf-8", "replace")
            quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
            return ("string" if kind == 3 else "cstring", quoted)
        return None
    finally:
        lib.clang_EvalResult_dispose(result)


def _split_arguments(text: str) -> list[str]:
    parts = ["".join(piece) for piece in split_arguments(text)]
    return [] if len(parts) == 1 and not parts[0].strip() else parts


# ---------------------------------------------------------------------------------- Objective-C


class _ObjC:
    """The normal form of a method body from libclang's cursors."""

    def __init__(self, method: Any, skipped_lines: Collection[int], text: bytes | None = None) -> None:
        self.ci = _clang()
        self.k = self.ci.CursorKind
        self.skipped = set(skipped_lines)
        self.source = text if text is not None else Path(method.location.file.name).read_bytes()
        self.events: list[Event] = []

    # -------------------------------------------------------------- helpers

    def text(self, c: Any) -> str:
        start, end = c.extent.start, c.extent.end
        if start.file is None or end.file is None or end.offset < start.offset:
            return ""
        return self.source[start.offset : end.offset].decode("utf-8", "replace")

    def children(self, c: Any) -> list[Any]:
        return list(c.get_children())

    def expressions(self, c: Any) -> list[Any]:
        return [x for x in c.get_children() if x.kind.is_expression()]

    def span(self, c: Any) -> tuple[int, int]:
        return c.extent.start.offset, c.extent.end.offset

    def emit(self, *event: Any) -> None:
        self.events.append(tuple(event))

    # -------------------------------------------------------------- statements left out

    def _bodies(self, c: Any) -> list[Any]:
        """The statements the converter writes one by one inside statement ``c`` (its compound
        statements' statements, a body written without braces, the statements of a `case`)."""
        k = self.k
        if c.kind == k.COMPOUND_STMT:
            return self.children(c)
        parts = self.children(c)
        if c.kind == k.IF_STMT:  # an `else if` is written with its `if`: its bodies are this one's
            if len(parts) > 2 and parts[2].kind == k.IF_STMT:
                return [parts[1], *self._bodies(parts[2])]
            return parts[1:]
        if c.kind in (k.WHILE_STMT, k.FOR_STMT, k.OBJC_FOR_COLLECTION_STMT):
            return parts[-1:]
        if c.kind == k.DO_STMT:
            return parts[:1]
        if c.kind == k.CASE_STMT:
            return parts[1:]
        if c.kind == k.DEFAULT_STMT:
            return parts[:1]
        return []

    def _inner(self, c: Any) -> tuple[list[Any], list[Any]]:
        """(every statement written one by one below ``c``, every compound statement below ``c``),
        blocks' statements included."""
        statements: list[Any] = []
        compounds: list[Any] = []
        stack = self.children(c)
        seen: set[tuple[int, int, str]] = set()
        while stack:
            x = stack.pop()
            key = (x.extent.start.offset, x.extent.end.offset, x.kind.name)
            if key in seen:
                continue
            seen.add(key)
            if x.kind == self.k.COMPOUND_STMT:
                compounds.append(x)
            statements += [b for b in self._bodies(x) if b.kind != self.k.COMPOUND_STMT]
            stack += self.children(x)
        statements += [b for b in self._bodies(c) if b.kind != self.k.COMPOUND_STMT]
        return statements, compounds

    def left_out(self, c: Any) -> bool:
        """Whether the converter left statement ``c`` out: a reported line is in it and in none of
        the statements it holds (a line inside one of its compound statements but in none of their
        statements is a statement clang dropped from its tree: reported, but not ``c``'s)."""
        first, last = c.extent.start.line, c.extent.end.line
        lines = [n for n in self.skipped if first <= n <= last]
        if not lines:
            return False
        if first in lines and self.text(c).lstrip().startswith(_ASSERTIONS):  # docs/convert.md: assertions left out
            return True
        statements, compounds = self._inner(c)
        for n in lines:
            if any(s.extent.start.line <= n <= s.extent.end.line for s in statements):
                continue
            if any(b.extent.start.line < n < b.extent.end.line for b in compounds):
                continue
            return True
        return False

    # -------------------------------------------------------------- statements

    def body(self, c: Any) -> None:
        """A braced body (or one statement, as the converter braces it)."""
        for s in self.children(c) if c.kind == self.k.COMPOUND_STMT else [c]:
            self.statement(s)

    def statement(self, c: Any) -> None:
        k = self.k
        if self.left_out(c):
            return
        kind = c.kind
        parts = self.children(c)
        if kind.name == "OBJC_AUTORELEASE_POOL_STMT":  # docs/convert.md: the pool left out, its statements kept
            for child in self.children(c):
                self.statement(child)
            return
        if kind == k.COMPOUND_STMT:  # a bare block: MangoFix has none, its statements are written in place
            self.body(c)
        elif kind == k.NULL_STMT:
            pass
        elif kind == k.DECL_STMT:
            for v in parts:
                if v.kind == k.VAR_DECL:
                    self.declaration(v)
        elif kind == k.RETURN_STMT:
            self.emit("return")
            for e in parts:
                self.expr(e)
        elif kind == k.BREAK_STMT:
            self.emit("break")
        elif kind == k.CONTINUE_STMT:
            self.emit("continue")
        elif kind == k.IF_STMT:
            self.if_statement(parts)
        elif kind == k.WHILE_STMT:
            self.emit("while")
            self.expr(parts[0])
            self.body(parts[1])
        elif kind == k.DO_STMT:
            self.emit("do")
            self.body(parts[0])
            self.expr(parts[1])
        elif kind == k.FOR_STMT:
            self.for_statement(c, parts)
        elif kind == k.OBJC_FOR_COLLECTION_STMT:
            self.emit("for-in")
            element, collection, body = parts
            if element.kind == k.DECL_STMT:
                self.emit("decl", next(v.spelling for v in self.children(element) if v.kind == k.VAR_DECL))
            else:
                self.expr(element)
            self.expr(collection)
            self.body(body)
        elif kind == k.SWITCH_STMT:
            self.switch(parts)
        elif kind.is_expression():
            self.expr(c)
        else:
            self.emit("unknown", kind.name)

    def if_statement(self, parts: list[Any]) -> None:
        self.emit("if")
        self.expr(parts[0])
        self.body(parts[1])
        if len(parts) > 2:
            self.emit("else")
            if parts[2].kind == self.k.IF_STMT:  # `else if`: left out with its `if` (the converter's unit)
                self.if_statement(self.children(parts[2]))
            else:
                self.body(parts[2])

    def declaration(self, v: Any) -> None:
        self.emit("decl", v.spelling)
        init = self.expressions(v)
        if init:
            self.expr(init[-1])

    def for_statement(self, c: Any, parts: list[Any]) -> None:
        self.emit("for")
        # the header's clauses, placed against its two `;` (clang leaves absent ones out)
        text = self.text(c)
        start = c.extent.start.offset
        depth, semis = 0, []
        for n, ch in enumerate(text):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            elif ch == ";" and depth == 1:
                semis.append(start + n)
        clauses: list[Any] = [None, None, None]
        for part in parts[:-1]:
            at = part.extent.start.offset
            clauses[0 if at < semis[0] else 1 if at < semis[1] else 2] = part
        for n, clause in enumerate(clauses):
            if clause is None:
                if n == 1:
                    # translate.py writes a missing condition `YES` (MangoFix does not run a body
                    # whose condition is missing): `for (;;)` is `for (; YES; )`
                    self.emit("bool", True)
                continue
            if clause.kind == self.k.DECL_STMT:
                for v in self.children(clause):
                    if v.kind == self.k.VAR_DECL:
                        self.declaration(v)
            else:
                self.expr(clause)
        self.body(parts[-1])

    def switch(self, parts: list[Any]) -> None:
        k = self.k
        subject, body = parts
        self.emit("switch")
        self.expr(subject)
        arms: list[tuple[Any | None, list[Any]]] = []
        for s in self.children(body) if body.kind == k.COMPOUND_STMT else [body]:
            while s.kind in (k.CASE_STMT, k.DEFAULT_STMT):
                inner = self.children(s)
                label, s = (inner[0], inner[1]) if s.kind == k.CASE_STMT else (None, inner[0])
                arms.append((label, []))
            if arms:
                arms[-1][1].append(s)
            else:
                self.emit("unknown", "a statement before the first case")
        # MangoFix's tree holds the `default` apart, after the cases (its grammar wants it last);
        # arms that do not fall through run the same in any order
        arms.sort(key=lambda arm: arm[0] is None)
        for label, statements in arms:
            # docs/convert.md: a braced case (`case 1: { ... }`) is braced anyway: its braces go
            if len(statements) == 1 and statements[0].kind == k.COMPOUND_STMT:
                statements = self.children(statements[0])
            # docs/convert.md: "a `case` gets its own braces, its closing `break` dropped"
            if statements and statements[-1].kind == k.BREAK_STMT:
                statements = statements[:-1]
            if label is None:
                self.emit("default")
            else:
                self.emit("case")
                self.expr(label)
            for s in statements:
                self.statement(s)

    # -------------------------------------------------------------- expressions

    def macro(self, c: Any) -> bool:
        """A macro's use: the source at ``c``'s place is a name (with arguments) that ``c``'s kind
        does not spell (clang's tree holds the expansion). False for anything else (an expression
        that only starts with a macro, `NSEC_PER_SEC * 2`, is an operator)."""
        text = self.text(c).strip()
        name_match = _IDENTIFIER.match(text)
        if not _MACRO_USE.fullmatch(text) or name_match is None:
            return False
        name = name_match.group()
        inner = c
        while inner.kind in (self.k.UNEXPOSED_EXPR, self.k.PAREN_EXPR) and len(self.children(inner)) == 1:
            inner = self.children(inner)[0]
        spelled = {inner.spelling}
        if inner.kind == self.k.CALL_EXPR and inner.referenced is not None:
            spelled.add(inner.referenced.spelling)
        if name in spelled and inner.kind in (
            self.k.DECL_REF_EXPR,
            self.k.CALL_EXPR,
            self.k.MEMBER_REF_EXPR,
            self.k.OBJC_MESSAGE_EXPR,
        ):
            return False
        if inner.kind in (self.k.OBJ_SELF_EXPR, self.k.OBJC_CLASS_REF):
            return False
        arguments = _split_arguments(text[name_match.end() :].strip()[1:-1]) if "(" in text else None
        if arguments is None and name in _MACRO_VALUES:  # `nil`, `YES`: the same words in MangoFix
            self.events.append(_MACRO_VALUES[name])
            return True
        if name in ALL_NAMES:
            # docs/convert.md: macros MangoFix defines too (`NSEC_PER_SEC`, `dispatch_get_main_queue()`)
            # are written as in the source
            if arguments is None:
                self.emit("name", name)
            else:
                self.emit("call", name)
                self.events += [_word(a) for a in arguments]
            return True
        if name in ("MIN", "MAX", "ABS") and arguments is not None:
            # MangoFix has no macros: MIN(a, b), MAX(a, b) and ABS(a) are the conditional expressions
            # `(a < b ? a : b)`, `(a > b ? a : b)` and `(a < 0 ? -a : a)`
            words = [_word(a) for a in arguments]
            if name == "ABS" and len(words) == 1:
                self.events += [("?:",), ("binary", "<"), words[0], ("number", "0"), ("unary", "-"), *words * 2]
            elif name != "ABS" and len(words) == 2:
                self.events += [("?:",), ("binary", "<" if name == "MIN" else ">"), *words * 2]
            else:
                self.emit("unknown", f"macro {text}")
            return True
        value = _evaluate(c)  # any other macro: MangoFix has none, so it is written as its value
        self.events.append(value if value is not None else ("unknown", f"macro {text}"))
        return True

    def expr(self, c: Any) -> None:
        k = self.k
        kind = c.kind
        if c.extent.start.file is None:  # implicit (the `self` of an ivar written bare)
            return
        if self.macro(c):
            return
        parts = self.children(c)
        if kind in (k.UNEXPOSED_EXPR, k.OBJC_BRIDGE_CAST_EXPR):
            self.unexposed(c, parts)
        elif kind == k.PAREN_EXPR:
            for p in parts:
                self.expr(p)
        elif kind == k.INTEGER_LITERAL:
            self.events.append(_number(_integer(self.text(c))))
        elif kind == k.FLOATING_LITERAL:
            self.events.append(_number(_floating(self.text(c))))
        elif kind == k.STRING_LITERAL:
            self.emit("cstring", c.spelling)
        elif kind == k.OBJC_STRING_LITERAL:
            # the literal as written (clang's spelling escapes non-ASCII bytes); `@"a" "b"` is one
            pieces = re.findall(r'"(?:[^"\\\n]|\\.)*"', self.text(c))
            self.emit("string", '"' + "".join(q[1:-1] for q in pieces) + '"' if pieces else c.spelling)
        elif kind in (k.OBJ_BOOL_LITERAL_EXPR, k.CXX_BOOL_LITERAL_EXPR):
            self.events.append(_MACRO_VALUES.get(self.text(c).strip(), ("unknown", self.text(c))))
        elif kind == k.OBJ_SELF_EXPR:
            self.emit("self")
        elif kind == k.DECL_REF_EXPR:
            ref = c.referenced
            if ref is not None and ref.kind == k.ENUM_CONSTANT_DECL:
                # docs/convert.md: enum constants are written as their value
                self.events.append(_number(int(ref.enum_value)))
            elif (
                ref is not None
                and ref.kind == k.VAR_DECL
                and ref.semantic_parent.kind == k.TRANSLATION_UNIT
                and ref.type.is_const_qualified()
                and (value := _evaluate(ref)) is not None
            ):
                self.events.append(value)  # docs/convert.md: a file's constant by its value
            elif ref is not None and ref.kind == k.VAR_DECL and c.spelling in _ZEROS:
                self.events += _ZEROS[c.spelling]  # docs/convert.md: the SDK's zero structs by their value
            else:
                self.emit("name", c.spelling)
        elif kind == k.OBJC_PROTOCOL_EXPR:  # docs/convert.md: `@protocol(P)` is looked up by name
            self.events += [("call", "NSProtocolFromString"), ("string", f'"{c.spelling}"')]
        elif kind == k.MEMBER_REF_EXPR:
            self.member(c, parts)
        elif kind == k.OBJC_MESSAGE_EXPR:
            self.message(c, parts)
        elif kind == k.CALL_EXPR:
            self.call(parts)
        elif kind in (k.BINARY_OPERATOR, k.COMPOUND_ASSIGNMENT_OPERATOR):
            left, right = parts
            op = self.source[left.extent.end.offset : right.extent.start.offset].decode().strip()
            self.emit("assign" if op in _ASSIGNMENTS else "binary", op)
            self.expr(left)
            self.expr(right)
        elif kind == k.UNARY_OPERATOR:
            self.unary(c, parts[0])
        elif kind == k.CONDITIONAL_OPERATOR:
            self.emit("?:")
            for p in parts:
                self.expr(p)
        elif kind == k.BLOCK_EXPR:
            decl = parts[0]
            inner = self.children(decl)
            self.emit("block", sum(1 for p in inner if p.kind == k.PARM_DECL))
            for b in inner:
                if b.kind == k.COMPOUND_STMT:
                    self.body(b)
        elif kind == k.OBJC_SELECTOR_EXPR:
            self.emit("selector", re.sub(r"\s+", "", self.text(c))[len("@selector(") : -1])
        elif kind == k.CSTYLE_CAST_EXPR:
            # docs/convert.md: a cast that changes nothing is left out (with a warning); one that
            # changes the value is an error, and its statement is left out
            self.expr(self.expressions(c)[-1])
        elif kind == k.ARRAY_SUBSCRIPT_EXPR:
            self.emit("subscript")
            for p in parts:
                self.expr(p)
        elif kind == k.OBJC_CLASS_REF:
            self.emit("name", c.spelling)
        else:
            self.emit("unknown", kind.name)

    def unexposed(self, c: Any, parts: list[Any]) -> None:
        text = self.text(c).strip()
        if len(parts) == 1 and self.span(parts[0]) == self.span(c):  # an implicit conversion
            self.expr(parts[0])
        elif (
            len(parts) >= 3
            and re.search(r"\?\s*:", text)
            and self.text(parts[0]).strip() == self.text(parts[1]).strip()
        ):
            # GNU's `a ?: b` (clang keeps `a` twice, as the condition and its value): MangoFix has it
            self.emit("?:")
            self.expr(parts[0])
            self.expr(parts[-1])
        elif text.startswith("@") and text[1:].lstrip()[:1] in ("[", "{"):
            if text[1:].lstrip()[:1] == "[":
                self.emit("array", len(parts))
            else:
                self.emit("dict", len(parts) // 2)
            for p in parts:
                self.expr(p)
        elif text.startswith("@"):  # `@(x)`, `@1`, `@YES`
            self.emit("boxed")
            for p in parts:
                self.expr(p)
        elif len(parts) == 2 and text.endswith("]"):  # `array[i]`, `dictionary[key]`
            self.emit("subscript")
            for p in parts:
                self.expr(p)
        elif parts:
            for p in parts:
                self.expr(p)
        else:
            self.emit("unknown", f"unexposed {text}")

    def member(self, c: Any, parts: list[Any]) -> None:
        text = self.text(c)
        ref = c.referenced
        if ref is not None and ref.kind == self.k.OBJC_IVAR_DECL and "." not in text:
            self.emit("name", c.spelling)  # `_ivar`, `self->_ivar`: MangoFix reads self's ivars by name
            return
        dotted = re.fullmatch(r"\s*([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)\s*", text)
        if not parts and dotted:  # `UIScrollView.class`: a class method read with dot syntax
            self.emit("send", dotted.group(2), f"class:{dotted.group(1)}")
            return
        name = text.rsplit(".", 1)[-1].strip() if "." in text else c.spelling
        if name in KEYWORDS and parts:  # docs/convert.md: `self.class` is `self.class()` (a keyword is no property)
            self.emit("send", name, self.receiver(parts[0]))
            if self.receiver(parts[0]) == "expr":
                self.expr(parts[0])
            return
        self.emit("member", name)
        for p in parts:
            self.expr(p)

    def receiver(self, c: Any) -> str:
        x = c
        while x.kind in (self.k.UNEXPOSED_EXPR, self.k.PAREN_EXPR) and len(self.children(x)) == 1:
            x = self.children(x)[0]
        if x.kind == self.k.OBJ_SELF_EXPR:
            return "self"
        if x.kind == self.k.OBJC_CLASS_REF:
            return f"class:{x.spelling}"
        return "expr"

    def message(self, c: Any, parts: list[Any]) -> None:
        text = self.text(c).strip()
        selector = c.spelling
        if not text.startswith("["):  # dot syntax for a method: `view.superview`, `NSDate.date`
            if parts:
                kind = self.receiver(parts[0])
                self.emit("send", selector, kind)
                if kind == "expr":
                    self.expr(parts[0])
                for p in parts[1:]:
                    self.expr(p)
            else:
                self.emit("send", selector, f"class:{text.split('.')[0].strip()}")
            return
        after = text[1:].lstrip()
        if selector in _FORMATS and self.formatted(selector, after, parts):
            return
        if selector == "self" and len(parts) <= 1:  # docs/convert.md: `[Foo self]` is `Foo.class()`, `[x self]` x
            name = _IDENTIFIER.match(after)
            if not parts or parts[0].kind == self.k.OBJC_CLASS_REF:
                self.emit("send", "class", f"class:{name.group() if name else '?'}")
            else:
                self.expr(parts[0])
            return
        if re.match(r"super\b", after):
            self.emit("send", selector, "super")
            arguments = parts
        elif parts and parts[0].extent.start.offset == c.extent.start.offset + 1 + (len(text[1:]) - len(after)):
            kind = self.receiver(parts[0])
            self.emit("send", selector, kind)
            if kind == "expr":
                self.expr(parts[0])
            arguments = parts[1:]
        else:  # a class receiver clang resolved away
            name = _IDENTIFIER.match(after)
            self.emit("send", selector, f"class:{name.group() if name else '?'}")
            arguments = parts
        for a in arguments:
            self.expr(a)

    def concatenation(self, format_: Any, values: list[Any]) -> bool:
        """docs/convert.md: a simple format and its values are written as the concatenation `+`
        prints alike: `@"a %@ b"` with x is `(@"a " + x + @" b")` (`@""` first when a value comes
        first). The events of that left-associated chain; False when the format is not simple."""
        literal = format_
        while literal.kind in (self.k.UNEXPOSED_EXPR, self.k.PAREN_EXPR) and len(self.children(literal)) == 1:
            literal = self.children(literal)[0]
        if literal.kind != self.k.OBJC_STRING_LITERAL:
            return False
        body = self.text(literal).strip()[2:-1]
        pieces: list[Any] = []
        for n, piece in enumerate(re.split(r"(%(?:%|@|(?:l{0,2}|z|q)[dDiuU]|s|f))", body)):
            if n % 2 == 0:
                if piece:
                    pieces.append(("string", f'"{piece}"'))
            elif piece == "%%":
                pieces.append(("string", '"%"'))
            else:
                pieces.append(None)  # a value
        if "%" in "".join(p[1] for p in pieces if p is not None).replace('"%"', ""):
            return False
        if pieces.count(None) != len(values):
            return False
        merged: list[Any] = []  # `%%` joins the text around it (translate.py writes one literal)
        for piece in pieces:
            if piece is not None and merged and merged[-1] is not None:
                merged[-1] = ("string", merged[-1][1][:-1] + piece[1][1:])
            else:
                merged.append(piece)
        if not merged or merged[0] is None:
            merged.insert(0, ("string", '""'))
        self.events += [("binary", "+")] * (len(merged) - 1)
        remaining = iter(values)
        for piece in merged:
            if piece is None:
                self.expr(next(remaining))
            else:
                self.events.append(piece)
        return True

    def formatted(self, selector: str, after: str, parts: list[Any]) -> bool:
        """`stringWithFormat:`, `stringByAppendingFormat:`, `appendFormat:` with a simple format."""
        receiver = _IDENTIFIER.match(after)
        is_class = receiver is not None and receiver.group() in ("NSString", "NSMutableString")
        given = parts if is_class and (not parts or parts[0].kind != self.k.OBJC_CLASS_REF) else parts[1:]
        if not given:
            return False
        start = len(self.events)
        if is_class and receiver is not None and receiver.group() == "NSString":
            pass  # the string itself
        elif is_class:
            self.emit("send", "stringWithString:", "class:NSMutableString")
        else:
            kind = self.receiver(parts[0])
            self.emit("send", _FORMATS[selector], kind)
            if kind == "expr":
                self.expr(parts[0])
        if self.concatenation(given[0], given[1:]):
            return True
        del self.events[start:]
        return False

    def call(self, parts: list[Any]) -> None:
        callee, arguments = parts[0], parts[1:]
        function = callee
        while function.kind == self.k.UNEXPOSED_EXPR and len(self.children(function)) == 1:
            function = self.children(function)[0]
        if function.kind == self.k.DECL_REF_EXPR and function.spelling == "NSLog" and len(arguments) > 1:
            start = len(self.events)
            self.emit("call", "NSLog")
            if self.concatenation(arguments[0], arguments[1:]):
                return
            del self.events[start:]
        if function.kind == self.k.DECL_REF_EXPR:
            self.emit("call", function.spelling)
        elif function.kind == self.k.MEMBER_REF_EXPR and "." in self.text(function):
            # a block read from a property and called, `self.callback(x)`: translate.py writes
            # `self.callback()(x)` (MangoFix would read `self.callback(x)` as a message), the read a
            # send of the getter
            self.emit("call", None)
            base = self.children(function)
            kind = self.receiver(base[0]) if base else "expr"
            self.emit("send", self.text(function).rsplit(".", 1)[-1].strip(), kind)
            if kind == "expr":
                self.expr(base[0])
        else:
            self.emit("call", None)
            self.expr(callee)
        for a in arguments:
            self.expr(a)

    def unary(self, c: Any, operand: Any) -> None:
        if operand.extent.start.offset == c.extent.start.offset:  # postfix
            op = self.source[operand.extent.end.offset : c.extent.end.offset].decode().strip()
        else:
            op = self.source[c.extent.start.offset : operand.extent.start.offset].decode().strip()
        if op in ("++", "--"):
            # the converter writes `++x` as `x++` (the new value; `x++` used as a value is an error)
            self.emit("increment", op)
            self.expr(operand)
        elif op == "+":  # `+x` is `x`: the converter writes the operand alone
            self.expr(operand)
        elif op == "-" and self._literal(operand) is not None:
            self.events.append(_negated(self._literal(operand)))
        elif op == "&":
            self.emit("address")
            self.expr(operand)
        else:
            self.emit("unary", op)
            self.expr(operand)

    def _literal(self, c: Any) -> Event | None:
        """The number event of ``c`` when it is a number literal (through parentheses and
        implicit conversions), else None."""
        saved, self.events = self.events, []
        try:
            self.expr(c)
            found = self.events
        finally:
            self.events = saved
        return found[0] if len(found) == 1 and found[0][0] == "number" else None


def _negated(event: Event) -> Event:
    """``-`` applied to a number literal, folded into the literal (both sides alike: an enum
    constant of negative value is written ``-1``, which MangoFix reads as ``-`` applied to ``1``)."""
    text = event[1]
    return ("number", text[1:] if text.startswith("-") else "-" + text)


def objc_form(method_cursor: Any, skipped_lines: Collection[int], text: bytes | None = None) -> list[Event]:
    """The normal form of an Objective-C method's body (libclang's ``OBJC_*_METHOD_DECL`` cursor),
    without the statements the conversion left out: each innermost statement (as the converter
    writes them one by one) holding one of ``skipped_lines``, the lines of its errors. ``text``: the
    file as clang read it (the file's bytes by default)."""
    walker = _ObjC(method_cursor, skipped_lines, text)
    body = next((c for c in method_cursor.get_children() if c.kind == walker.k.COMPOUND_STMT), None)
    if body is not None:
        walker.body(body)
    return walker.events


# ---------------------------------------------------------------------------------- MangoFix


def _local(name: str) -> str:
    # translate.py renames a local named as a MangoFix keyword (`class` is written `class_`)
    stem = name[:-1]
    return stem if name.endswith("_") and stem in KEYWORDS else name


class _MangoFix:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def emit(self, *event: Any) -> None:
        self.events.append(tuple(event))

    def block(self, b: ast.Block) -> None:
        for s in b.statements:
            self.statement(s)

    def statement(self, s: ast.Node) -> None:
        if isinstance(s, ast.ExprStmt):
            self.expr(s.expr)
        elif isinstance(s, ast.VarDecl):
            self.emit("decl", _local(s.name.id))
            if s.init is not None:
                self.expr(s.init)
        elif isinstance(s, ast.Return):
            self.emit("return")
            if s.value is not None:
                self.expr(s.value)
        elif isinstance(s, ast.Break):
            self.emit("break")
        elif isinstance(s, ast.Continue):
            self.emit("continue")
        elif isinstance(s, ast.If):
            self.emit("if")
            self.expr(s.condition)
            self.block(s.body)
            for e in s.elifs:
                self.emit("else")
                self.emit("if")
                self.expr(e.condition)
                self.block(e.body)
            if s.orelse is not None:
                self.emit("else")
                self.block(s.orelse)
        elif isinstance(s, ast.While):
            self.emit("while")
            self.expr(s.condition)
            self.block(s.body)
        elif isinstance(s, ast.DoWhile):
            self.emit("do")
            self.block(s.body)
            self.expr(s.condition)
        elif isinstance(s, ast.For):
            self.emit("for")
            for clause in (s.init, s.condition, s.step):
                if isinstance(clause, ast.VarDecl):
                    self.statement(clause)
                elif clause is not None:
                    self.expr(clause)
            self.block(s.body)
        elif isinstance(s, ast.ForIn):
            self.emit("for-in")
            self.emit("decl" if s.type is not None else "name", _local(s.var.id))
            self.expr(s.iterable)
            self.block(s.body)
        elif isinstance(s, ast.Switch):
            self.emit("switch")
            self.expr(s.subject)
            for case in s.cases:
                self.emit("case")
                self.expr(case.value)
                self.block(case.body)
            if s.default is not None:
                self.emit("default")
                self.block(s.default.body)
        elif isinstance(s, ast.Block):
            self.block(s)
        else:
            self.emit("unknown", type(s).__name__)

    def receiver(self, r: ast.Node) -> str:
        while isinstance(r, ast.Paren):
            r = r.expr
        if isinstance(r, ast.SelfExpr):
            return "self"
        if isinstance(r, ast.SuperExpr):
            return "super"
        if isinstance(r, ast.Identifier) and r.id[:1].isupper():  # a class (by the naming convention)
            return f"class:{r.id}"
        return "expr"

    def expr(self, e: ast.Node) -> None:
        if isinstance(e, ast.Paren):
            self.expr(e.expr)
        elif isinstance(e, ast.Identifier):
            self.emit("name", _local(e.id))
        elif isinstance(e, ast.AddressOf):
            self.emit("address")
            self.expr(e.name)
        elif isinstance(e, ast.Member):
            self.emit("member", e.name.id)
            self.expr(e.object)
        elif isinstance(e, ast.MessageSend):
            kind = self.receiver(e.receiver)
            self.emit("send", e.selector, kind)
            if kind == "expr":
                self.expr(e.receiver)
            for a in e.args:
                self.expr(a)
        elif isinstance(e, ast.Call):
            callee = e.callee
            while isinstance(callee, ast.Paren):
                callee = callee.expr
            if isinstance(callee, ast.Identifier):
                self.emit("call", callee.id)
            else:
                self.emit("call", None)
                self.expr(callee)
            for a in e.args:
                self.expr(a)
        elif isinstance(e, ast.Index):
            self.emit("subscript")
            self.expr(e.object)
            self.expr(e.index)
        elif isinstance(e, (ast.IntLiteral, ast.DoubleLiteral)):
            self.events.append(_number(e.value))
        elif isinstance(e, ast.StringLiteral):
            self.emit("cstring", e.text)
        elif isinstance(e, ast.ObjCString):
            self.emit("string", e.value.text)
        elif isinstance(e, ast.BoolLiteral):
            self.emit("bool", e.value)
        elif isinstance(e, ast.Nil):
            self.emit("nil")
        elif isinstance(e, ast.Null):
            self.emit("null")
        elif isinstance(e, ast.SelfExpr):
            self.emit("self")
        elif isinstance(e, ast.SelectorLiteral):
            self.emit("selector", e.selector)
        elif isinstance(e, ast.Boxed):
            self.emit("boxed")
            self.expr(e.value)
        elif isinstance(e, ast.ArrayLiteral):
            self.emit("array", len(e.items))
            for item in e.items:
                self.expr(item)
        elif isinstance(e, ast.DictLiteral):
            self.emit("dict", len(e.entries))
            for entry in e.entries:
                self.expr(entry.key)
                self.expr(entry.value)
        elif isinstance(e, ast.BlockLiteral):
            self.emit("block", len(e.params or []))
            self.block(e.body)
        elif isinstance(e, ast.Unary):
            literal = e.operand
            while isinstance(literal, ast.Paren):
                literal = literal.expr
            if e.op == "-" and isinstance(literal, (ast.IntLiteral, ast.DoubleLiteral)):
                self.events.append(_negated(_number(literal.value)))
            else:
                self.emit("unary", e.op)
                self.expr(e.operand)
        elif isinstance(e, ast.Postfix):
            self.emit("increment", e.op)
            self.expr(e.operand)
        elif isinstance(e, ast.Binary):
            self.emit("binary", e.op)
            self.expr(e.left)
            self.expr(e.right)
        elif isinstance(e, ast.Assign):
            self.emit("assign", e.op)
            self.expr(e.target)
            self.expr(e.value)
        elif isinstance(e, ast.Conditional):
            self.emit("?:")
            self.expr(e.condition)
            if e.then is not None:
                self.expr(e.then)
            self.expr(e.orelse)
        else:
            self.emit("unknown", type(e).__name__)


def mangofix_form(method_def_node: ast.MethodDef) -> list[Event]:
    """The normal form of a MangoFix method's body (mangopy's :class:`ast.MethodDef`)."""
    walker = _MangoFix()
    body = method_def_node.body
    # docs/convert.md: the C functions a method calls are declared first, `CFunction<...> f =
    # CFunction("f");` (MangoFix predefines none): the Objective-C has no such statement
    kept = [
        s
        for s in body.statements
        if not (isinstance(s, ast.VarDecl) and s.type.kind == "CFunction" and isinstance(s.init, ast.CFunctionLookup))
        and not (isinstance(s, ast.VarDecl) and s.extern)  # and the globals it reads, `extern T name;`
    ]
    walker.block(ast.Block(kept, start=body.start, end=body.end))
    return walker.events


def first_difference(a: Sequence[Event], b: Sequence[Event]) -> str:
    """Where two forms part (for an assertion's message)."""
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"event {n}: {a[n : n + 4]} != {b[n : n + 4]}"
