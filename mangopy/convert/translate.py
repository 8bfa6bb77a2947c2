"""Objective-C method bodies (libclang's tree) written as MangoFix.

One :class:`Translator` per file: :meth:`Translator.method` gives a method's MangoFix text and
records a :class:`Problem` at the Objective-C line of everything MangoFix cannot express (a cast
that changes the value, a variadic call, `@try`, ...), which is never dropped silently: what is
kept is marked in the output with a comment.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from mangopy.export.parse import _clang
from mangopy.semantics.builtins import ALL_NAMES, FUNCTIONS
from mangopy.syntax.tokens import KEYWORDS, MEMBER_KEYWORDS

# Objective-C spellings MangoFix knows as type names (predefined typedefs and keywords)
_KEPT_TYPES = frozenset(
    {"BOOL", "int", "double", "id", "Class", "SEL", "void", "NSInteger", "NSUInteger", "CGFloat", "float", "long"}
)
# structs MangoFix declares itself (section 3.8 of the language reference)
_BUILTIN_STRUCTS = frozenset(
    {"CGRect", "CGPoint", "CGSize", "NSRange", "_NSRange", "UIEdgeInsets", "CGAffineTransform", "CGVector", "UIOffset",
     "CATransform3D"}
)  # fmt: skip
# ownership, nullability and constness say nothing MangoFix can
_QUALIFIERS = re.compile(
    r"\b(?:const|volatile|__strong|__weak|__unsafe_unretained|__autoreleasing|__kindof|_Nonnull|_Nullable"
    r"|_Null_unspecified|__nonnull|__nullable|nonnull|nullable)\b"
)
# a macro's name, with its arguments when it takes some (one level of parentheses inside)
_MACRO_USE = re.compile(rb"[A-Za-z_]\w*(?:\s*\((?:[^()]|\([^()]*\))*\))?")
_SOURCE_TOKEN = re.compile(r"\w+|\S")
# names that are macros or keywords in Objective-C and words in MangoFix
_MACRO_WORDS = {
    "nil": "nil", "Nil": "nil", "NULL": "NULL", "YES": "YES", "NO": "NO", "TRUE": "YES", "FALSE": "NO",
    "true": "YES", "false": "NO", "self": "self",
}  # fmt: skip
_PLAIN = re.compile(r"[A-Za-z_]\w*|\d[\w.]*")
_ASSIGNMENTS = frozenset({"=", "+=", "-=", "*=", "/=", "%="})
_BINARY = frozenset({"+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!=", "&&", "||", *_ASSIGNMENTS})
_UNSUPPORTED_BINARY = {"&": "bitwise and", "|": "bitwise or", "^": "bitwise xor", "<<": "shift", ">>": "shift"}
_UNSUPPORTED_STATEMENTS = {
    "OBJC_AT_TRY_STMT": "`@try` (MangoFix has no exceptions)",
    "OBJC_AT_THROW_STMT": "`@throw`",
    "OBJC_AT_SYNCHRONIZED_STMT": "`@synchronized`",
    "GOTO_STMT": "`goto`",
    "LABEL_STMT": "a label",
    "INDIRECT_GOTO_STMT": "`goto`",
}


@dataclass(frozen=True)
class Problem:
    """Something of the Objective-C source the MangoFix text does not say (at its line and column)."""

    line: int
    column: int
    severity: str  # "error": the script does not do what the source does; "warning": it may not
    message: str


class Untranslatable(Exception):
    """An expression MangoFix cannot express: the statement holding it is left out (with a comment)."""

    def __init__(self, cursor: Any, message: str) -> None:
        super().__init__(message)
        self.cursor = cursor
        self.message = message


_OPERATOR = re.compile(r"[-+*/%<>=!&|^,]=?|<<=?|>>=?|&&|\|\||==|!=")
_ORDERING = frozenset({"MIN", "MAX", "ABS"})
_LOCALIZED = frozenset({"NSLocalizedString", "NSLocalizedStringFromTable"})
_STRING_LITERAL = re.compile(r'@"(?:[^"\\\n]|\\.)*"')
_ASSERTIONS = frozenset({"NSAssert", "NSCAssert", "NSParameterAssert", "NSCParameterAssert", "assert"})
# a name, or a name and its parenthesised arguments: how a macro is used
_MACRO_CALL = re.compile(r"(?P<name>[A-Za-z_]\w*)(?:\s*\((?P<args>.*)\))?", re.S)


def split_arguments(pieces: Iterable[str]) -> list[list[str]]:
    """``pieces`` (characters or tokens) split at the commas outside brackets: the pieces of
    ``a, f(b, c)`` are those of ``a`` and of ``f(b, c)``."""
    out: list[list[str]] = []
    depth, current = 0, []
    for piece in pieces:
        if piece in ("(", "[", "{"):
            depth += 1
        elif piece in (")", "]", "}"):
            depth -= 1
        if piece == "," and depth == 0:
            out.append(current)
            current = []
        else:
            current.append(piece)
    return [*out, current]


def _arguments(use: str) -> list[str]:
    """The arguments of a macro's use as written (``MAX(a, f(b, c))``: ``a``, ``f(b, c)``)."""
    if "(" not in use:
        return []
    return ["".join(a).strip() for a in split_arguments(use[use.index("(") + 1 : use.rindex(")")])]


def _balanced(text: str) -> bool:
    """No parenthesis of ``text`` closes one it did not open (`a) + (b` is not an argument list)."""
    depth = 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            return False
    return depth == 0


# the SDK's zero structs, by their value (an `extern` struct cannot be read by MangoFix)
_ZERO_STRUCTS = {
    "CGRectZero": "CGRectMake(0, 0, 0, 0)", "CGPointZero": "CGPointMake(0, 0)", "CGSizeZero": "CGSizeMake(0, 0)",
    "UIEdgeInsetsZero": "UIEdgeInsetsMake(0, 0, 0, 0)", "UIOffsetZero": "UIOffsetMake(0, 0)",
    "CGAffineTransformIdentity": "CGAffineTransformMake(1, 0, 0, 1, 0, 0)",
}  # fmt: skip
_EVAL_INT, _EVAL_FLOAT, _EVAL_OBJC_STRING, _EVAL_STRING = 1, 2, 3, 4


@functools.cache
def clang_evaluator() -> Any:
    """libclang's constant evaluation (``clang_Cursor_Evaluate``, which the Python bindings do not
    wrap)."""
    import ctypes

    ci = _clang()
    lib = ci.conf.lib
    lib.clang_Cursor_Evaluate.argtypes = [ci.Cursor]
    lib.clang_Cursor_Evaluate.restype = ctypes.c_void_p
    for name, restype in (
        ("clang_EvalResult_getKind", ctypes.c_int),
        ("clang_EvalResult_isUnsignedInt", ctypes.c_uint),
        ("clang_EvalResult_getAsUnsigned", ctypes.c_ulonglong),
        ("clang_EvalResult_getAsLongLong", ctypes.c_longlong),
        ("clang_EvalResult_getAsDouble", ctypes.c_double),
        ("clang_EvalResult_getAsStr", ctypes.c_char_p),
        ("clang_EvalResult_dispose", None),
    ):
        getattr(lib, name).argtypes = [ctypes.c_void_p]
        getattr(lib, name).restype = restype
    return lib


@functools.cache
def _operator_speller() -> Any:
    """libclang's binary operator kinds (``clang_getCursorBinaryOperatorKind``, libclang 17 on;
    None before), which the Python bindings do not wrap."""
    import ctypes

    ci = _clang()
    lib = ci.conf.lib
    try:
        kind, spelling = lib.clang_getCursorBinaryOperatorKind, lib.clang_getBinaryOperatorKindSpelling
    except AttributeError:
        return None
    kind.argtypes, kind.restype = [ci.Cursor], ctypes.c_int
    spelling.argtypes, spelling.restype = [ctypes.c_int], ci._CXString
    return kind, spelling


def _operator_kind(cursor: Any) -> str | None:
    """The spelling of a binary operator cursor's operator, from clang's tree (None: unknown)."""
    speller = _operator_speller()
    if speller is None:
        return None
    kind = speller[0](cursor)
    if kind <= 0:  # CX_BO_Invalid
        return None
    return str(_clang()._CXString.from_result(speller[1](kind))) or None


# the formatting methods rewritten with `+` (None: the class method returning the string itself)
_FORMATTING = {
    "stringWithFormat:": None,
    "stringByAppendingFormat:": "stringByAppendingString:",
    "appendFormat:": "appendString:",
}
_SPECIFIER = re.compile(
    r"%(?P<flags>[-+ #0']*)(?P<width>\d+|\*)?(?:\.(?P<precision>\d+|\*))?(?P<length>hh|h|ll|l|q|z|t|j|L)?"
    r"(?P<conv>[@dDiuUxXoOfFeEgGaAcCsSp%])"
)
# conversions `+` prints as the format does, and the kind of value each takes
_PRINTED_ALIKE = {"@": "object", "d": "signed", "i": "signed", "D": "signed", "u": "unsigned", "U": "unsigned",
                  "s": "text", "f": "floating"}  # fmt: skip


def _bare(text: str) -> str:
    """``text`` without the parentheses around all of it (an argument needs none)."""
    if not (text.startswith("(") and text.endswith(")")):
        return text
    depth = 0
    for n, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and n < len(text) - 1:
            return text  # `(a) + (b)`
    return text[1:-1]


# struct field encodings MangoFix reads (section 5.6 of the language reference), by canonical type
_FIELD_CODES = {
    "CHAR_S": "c", "SCHAR": "c", "INT": "i", "SHORT": "s", "LONG": "q", "LONGLONG": "q", "UCHAR": "C",
    "CHAR_U": "C", "UINT": "I", "USHORT": "S", "ULONG": "Q", "ULONGLONG": "Q", "FLOAT": "f", "DOUBLE": "d",
    "BOOL": "B",
}  # fmt: skip


def _struct_encoding(t: Any) -> tuple[str, list[str]]:
    """(the encoding ``{Tag=...}`` of a struct type, its field names), from clang's layout; raises
    ``ValueError`` for what MangoFix cannot lay out (pointers, objects, padding, anonymous tags)."""
    k = _clang().TypeKind
    canonical = t.get_canonical()
    declaration = canonical.get_declaration()
    tag = declaration.spelling if declaration is not None else ""
    if not tag or "(" in tag or " " in tag:
        raise ValueError("an anonymous struct has no tag for the run time to match")
    codes, names, offset = [], [], 0
    for field in canonical.get_fields():
        ft = field.type.get_canonical()
        if ft.kind == k.RECORD:
            code = _struct_encoding(ft)[0]
        elif ft.kind == k.POINTER and ft.get_pointee().get_canonical().kind in (k.CHAR_S, k.SCHAR):
            code = "*"
        elif ft.kind == k.ENUM:
            code = _FIELD_CODES.get(_enum_kind(ft).name, "")
        else:
            code = _FIELD_CODES.get(ft.kind.name, "")
        if not code:
            raise ValueError(
                f"its field `{field.spelling}` is a `{field.type.spelling}` (MangoFix reads numbers and structs)"
            )
        if canonical.get_offset(field.spelling) // 8 != offset:
            raise ValueError(f"its field `{field.spelling}` is padded, and MangoFix lays fields out back to back")
        offset += ft.get_size()
        codes.append(code)
        names.append(field.spelling)
    if not codes:
        raise ValueError("it has no fields clang knows")
    return "{" + tag + "=" + "".join(codes) + "}", names


def _struct_declaration(name: str, t: Any) -> str:
    encoding, keys = _struct_encoding(t)
    return f'declare struct {name} {{\n    typeEncoding: "{encoding}",\n    keys: {", ".join(keys)}\n}}'


_ENCODINGS = {**_FIELD_CODES, "VOID": "v", "OBJCOBJECTPOINTER": "@", "OBJCID": "@", "OBJCCLASS": "#", "OBJCSEL": ":"}


def _encoding(t: Any) -> str | None:
    """The Objective-C type encoding of a value of type ``t`` (None: one mangopy does not spell)."""
    k = _clang().TypeKind
    canonical = t.get_canonical()
    if canonical.kind == k.BLOCKPOINTER:
        return "@?"
    if canonical.kind == k.POINTER:
        pointee = canonical.get_pointee().get_canonical().kind
        return "*" if pointee in (k.CHAR_S, k.SCHAR) else "^v"
    if canonical.kind == k.RECORD:
        try:
            return _struct_encoding(canonical)[0]
        except ValueError:
            return None
    if canonical.kind == k.ENUM:
        return _ENCODINGS.get(_enum_kind(canonical).name)
    return _ENCODINGS.get(canonical.kind.name)


def _signed(t: Any, written: str) -> str:
    """A ``Block`` parameter with its ``@Signature`` (what MangoFix needs to call a native block
    that carries none; harmless otherwise): ``@Signature("v@?@@") Block``."""
    if written != "Block":
        return written
    function = t.get_canonical().get_pointee()
    if function.kind != _clang().TypeKind.FUNCTIONPROTO:
        return written
    codes = [_encoding(function.get_result()), "@?", *(_encoding(a) for a in function.argument_types())]
    return written if None in codes else f'@Signature("{"".join(c for c in codes if c)}") Block'


def _value_kind(t: Any) -> str:
    """How a value prints: ``object``, ``signed``, ``unsigned``, ``floating``, ``text`` or ``other``."""
    written = mangofix_type(t)
    if written.endswith("*") or written in ("id", "Class", "Block"):
        return "object"
    return {"int": "signed", "NSInteger": "signed", "BOOL": "signed", "uint": "unsigned", "NSUInteger": "unsigned",
            "double": "floating", "CGFloat": "floating", "CString": "text"}.get(written, "other")  # fmt: skip


# how SDK headers spell an inline function (no symbol to look up at run time)
_INLINE = frozenset(
    {"inline", "__inline", "__inline__", "static", "CG_INLINE", "NS_INLINE", "CF_INLINE", "UIKIT_STATIC_INLINE",
     "FOUNDATION_STATIC_INLINE", "NS_SWIFT_UNAVAILABLE_FROM_ASYNC"}
)  # fmt: skip
# `CFunction<...>` element names (section 5.5 of the language reference) by clang's canonical type
_CFUNCTION_NAMES = {
    "VOID": "void", "BOOL": "BOOL", "INT": "int", "LONG": "long", "LONGLONG": "int64_t", "SCHAR": "int8_t",
    "CHAR_S": "int8_t", "SHORT": "int16_t", "UINT": "u_int", "ULONG": "u_long", "ULONGLONG": "u_int64_t",
    "UCHAR": "u_int8_t", "CHAR_U": "u_int8_t", "USHORT": "u_int16_t", "FLOAT": "float", "DOUBLE": "double",
    "OBJCOBJECTPOINTER": "id", "OBJCID": "id", "OBJCCLASS": "Class", "OBJCSEL": "SEL",
}  # fmt: skip
_CFUNCTION_STRUCTS = {
    "CGRect": "CGRect", "CGPoint": "CGPoint", "CGSize": "CGSize", "UIEdgeInsets": "UIEdgeInsets",
    "CGAffineTransform": "CGAffineTransform", "NSRange": "_NSRange", "_NSRange": "_NSRange",
}  # fmt: skip


def _cfunction_element(t: Any) -> str | None:
    """The ``CFunction<...>`` element name of a C type (None: one it cannot name)."""
    k = _clang().TypeKind
    written = mangofix_type(t)
    if written in ("Class", "SEL", "BOOL"):
        return written
    canonical = t.get_canonical()
    kind = canonical.kind
    if kind == k.ENUM:
        kind = _enum_kind(canonical)
    if kind == k.POINTER:
        pointee = canonical.get_pointee().get_canonical().kind
        return "char *" if pointee in (k.CHAR_S, k.SCHAR, k.CHAR_U) else "void *"
    if kind == k.RECORD:
        name = _CFUNCTION_STRUCTS.get(canonical.spelling.removeprefix("struct ").strip())
        return f"struct {name}" if name else None
    return _CFUNCTION_NAMES.get(kind.name)


def _evaluate(cursor: Any) -> str | None:
    """The MangoFix literal of a constant expression (a number, a string), or None."""
    lib = clang_evaluator()
    result = lib.clang_Cursor_Evaluate(cursor)
    if not result:
        return None
    try:
        kind = lib.clang_EvalResult_getKind(result)
        if kind == _EVAL_INT:
            if lib.clang_EvalResult_isUnsignedInt(result):
                return str(lib.clang_EvalResult_getAsUnsigned(result))
            return str(lib.clang_EvalResult_getAsLongLong(result))
        if kind == _EVAL_FLOAT:
            value = lib.clang_EvalResult_getAsDouble(result)
            return _decimal(repr(value), cursor) if value == value and abs(value) != float("inf") else None
        if kind in (_EVAL_OBJC_STRING, _EVAL_STRING):
            text = lib.clang_EvalResult_getAsStr(result).decode("utf-8", "replace")
            escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
            return f'{"@" if kind == _EVAL_OBJC_STRING else ""}"{escaped}"'
        return None
    finally:
        lib.clang_EvalResult_dispose(result)


def _decimal(text: str, cursor: Any) -> str:
    """A floating literal as MangoFix writes one (digits on both sides of the point, no exponent)."""
    text = text.rstrip("fFlL")
    if "e" in text.lower() or text.lower().startswith("0x"):
        value = float.fromhex(text) if text.lower().startswith("0x") else float(text)
        text = f"{value:.17f}".rstrip("0")
    if text.startswith("."):
        text = "0" + text
    if text.endswith("."):
        text += "0"
    if "." not in text:
        text += ".0"
    return text


_FIXED_ENUM_MACROS = frozenset(
    {"NS_ENUM", "NS_OPTIONS", "NS_CLOSED_ENUM", "NS_ERROR_ENUM", "CF_ENUM", "CF_OPTIONS", "CF_CLOSED_ENUM"}
)


def _enum_kind(t: Any) -> Any:
    """The integer type kind an enum's values have at run time, as clang encodes them: an enum with
    a fixed type (``NS_ENUM(NSUInteger, ...)``, ``enum E : uint8_t``) has that type; any other is
    encoded ``i``, a signed int (whatever integer type clang picked for its values)."""
    k = _clang().TypeKind
    declaration = t.get_canonical().get_declaration()
    if declaration is None or declaration.enum_type.kind == k.INVALID:
        return k.INVALID
    underlying = declaration.enum_type.get_canonical().kind
    if underlying != k.UINT:  # clang picks `int` or `unsigned int` for an enum without a fixed type
        return underlying
    head: list[str] = []
    for token in declaration.get_tokens():
        if token.spelling == "{":
            break
        head.append(token.spelling)
    if ":" in head or _FIXED_ENUM_MACROS.intersection(head):
        return declaration.enum_type.get_canonical().kind
    return k.INT


def mangofix_type(t: Any) -> str:
    """The MangoFix type specifier of a clang type (``Name *`` for objects, ``struct Name`` for
    the built-in structs, ``Block``, ``Pointer``, ``CString``, a predefined typedef or keyword)."""
    ci = _clang()
    k = ci.TypeKind
    spelled = " ".join(_QUALIFIERS.sub(" ", t.spelling).split()).replace(" *", "*").replace("*", " *").strip()
    if spelled in _KEPT_TYPES:
        return "double" if spelled == "float" else "int" if spelled == "long" else spelled
    if spelled in ("instancetype",):
        return "id"
    canonical = t.get_canonical()
    kind = canonical.kind
    if kind == k.OBJCOBJECTPOINTER or kind == k.OBJCID:
        pointee = t.get_pointee() if t.kind == k.OBJCOBJECTPOINTER else None
        name = spelled.split("<", 1)[0].rstrip(" *")
        if name in ("id", "") or pointee is None:
            return "id"
        return f"{name} *"
    if kind == k.OBJCCLASS:
        return "Class"
    if kind == k.OBJCSEL:
        return "SEL"
    if kind == k.BLOCKPOINTER:
        return "Block"
    if kind == k.BOOL or spelled == "bool":
        return "BOOL"
    if kind in (k.FLOAT, k.DOUBLE, k.LONGDOUBLE):
        return "double"
    if kind == k.ENUM:  # its integer type (NS_OPTIONS are unsigned)
        kind = _enum_kind(canonical)
    if kind in (k.UCHAR, k.USHORT, k.UINT, k.ULONG, k.ULONGLONG, k.CHAR_U):
        return "uint"
    if kind in (k.SCHAR, k.CHAR_S, k.SHORT, k.INT, k.LONG, k.LONGLONG, k.ENUM):
        return "int"
    if kind == k.RECORD:
        name = spelled.removeprefix("struct ").strip()
        return f"struct {name}"
    if kind == k.POINTER:
        pointee = canonical.get_pointee().kind
        if pointee in (k.CHAR_S, k.SCHAR, k.CHAR_U):
            return "CString"
        return "Pointer"
    if kind == k.VOID:
        return "void"
    return spelled or "id"


@functools.cache
def _integer_kinds() -> frozenset[Any]:
    """clang's integer type kinds (libclang is loaded when first asked, not at import)."""
    k = _clang().TypeKind
    return frozenset(
        {k.SCHAR, k.CHAR_S, k.UCHAR, k.SHORT, k.USHORT, k.INT, k.UINT, k.LONG, k.ULONG, k.LONGLONG, k.ULONGLONG}
    )


class Translator:
    """Writes methods of one parsed file as MangoFix."""

    def __init__(self, source: Any) -> None:
        self.ci = _clang()
        self.source = source
        self.problems: list[Problem] = []
        self._said: set[int] = set()  # offsets of clang's errors a refused statement stands for
        self._unused: Any = None  # the expression whose value is discarded (a statement, a `for` step)
        self._expanding: set[int] = set()  # where the MIN/MAX/ABS being written start
        self._functions: dict[str, str] = {}  # C function -> its `CFunction<...>` declaration, per method
        self.structs: dict[str, str] = {}  # struct -> its `declare struct`, for the script's head
        self._refused_structs: set[str] = set()

    # ------------------------------------------------------------------ helpers

    def _say(self, cursor: Any, severity: str, message: str) -> None:
        loc = cursor.extent.start if cursor.extent.start.file is not None else cursor.location
        self.problems.append(Problem(loc.line, loc.column, severity, message))

    def _text(self, cursor: Any) -> str:
        """The source text of a cursor (its spelling location: a macro's name, not its expansion)."""
        start, end = cursor.extent.start, cursor.extent.end
        if start.file is None or end.file is None or end.offset < start.offset:
            return ""
        return self.source.text[start.offset : end.offset].decode("utf-8", "replace")

    def _tokens(self, cursor: Any) -> list[str]:
        return [t.spelling for t in cursor.get_tokens()]

    def _macro_text(self, cursor: Any) -> str:
        """The source text of the macro use a cursor was expanded from (``YES``,
        ``dispatch_get_main_queue()``); empty when it is not in the file."""
        loc = cursor.location
        if loc.file is None or loc.file.name != self.source.path:
            return ""
        m = _MACRO_USE.match(self.source.text, loc.offset)
        return m.group().decode("utf-8", "replace") if m else ""

    def _children(self, cursor: Any) -> list[Any]:
        return list(cursor.get_children())

    def _unwrapped(self, cursor: Any) -> Any:
        """``cursor`` without the implicit conversions and parentheses around what it holds."""
        k = self.ci.CursorKind
        while cursor.kind in (k.UNEXPOSED_EXPR, k.PAREN_EXPR) and len(children := self._children(cursor)) == 1:
            cursor = children[0]
        return cursor

    def _macro_name(self, cursor: Any, tokens: list[str]) -> tuple[str, str] | None:
        """(name, use as written) when ``cursor`` was expanded from a macro used in the file:
        the source at its place is a name (with arguments) its kind does not spell."""
        k = self.ci.CursorKind
        written = self._text(cursor)
        if not written and not tokens:  # clang gives no place in the file: where it was expanded
            written = self._macro_text(cursor)
        m = _MACRO_CALL.fullmatch(written)
        if m is None or not _balanced(m["args"] or "") or cursor.extent.start.offset in self._expanding:
            return None
        name = m["name"]
        inner = self._unwrapped(cursor)
        if inner.kind in (k.DECL_REF_EXPR, k.CALL_EXPR, k.MEMBER_REF_EXPR) and name == inner.spelling:
            return None
        if (inner.kind == k.OBJ_SELF_EXPR and name == "self") or inner.kind == k.OBJC_CLASS_REF:
            return None
        return name, written

    def _macro_use(self, cursor: Any, name: str, written: str) -> str:
        """A macro's use as MangoFix can write it: MangoFix's own names (``YES``, ``NSEC_PER_SEC``,
        ``dispatch_get_main_queue()``) as written, MIN, MAX and ABS as conditional expressions, a
        macro standing for a constant as its value (its use in a comment); any other is refused."""
        bare = "(" not in written
        if bare and name in _MACRO_WORDS:
            return _MACRO_WORDS[name]
        if name in ALL_NAMES:
            if any(ch in written for ch in "[]@^{}"):
                raise Untranslatable(cursor, f"a macro holding Objective-C (`{written[:40]}`)")
            return " ".join(_SOURCE_TOKEN.findall(written)) if not bare else name
        if name in _ORDERING and not bare:
            return self._ordering(cursor, name, written)
        if name in _LOCALIZED and not bare:
            return self._localized(cursor, name, written)
        value = _evaluate(cursor)
        if value is not None:
            return f"{value} /* {' '.join(written.split())} */"
        raise Untranslatable(cursor, f"the macro `{name}`: MangoFix has no macros, and it stands for no constant")

    def _localized(self, cursor: Any, name: str, written: str) -> str:
        """``NSLocalizedString(key, comment)`` and ``NSLocalizedStringFromTable(key, table,
        comment)`` as the message they stand for (the comment is for translators only), whether
        the SDK read expands them to that message or to the key alone (mangopy's stub SDK)."""
        k = self.ci.CursorKind
        node = self._unwrapped(cursor)
        texts = _arguments(written)
        table = "nil"
        if node.kind == k.OBJC_MESSAGE_EXPR and node.spelling == "localizedStringForKey:value:table:":
            parts = self._children(node)
            key = self._primary(parts[-3])
            if name == "NSLocalizedStringFromTable":
                table = self._primary(parts[-1])
        else:  # expanded to the key
            key = self._primary(node)
            if name == "NSLocalizedStringFromTable":
                table = texts[1] if len(texts) > 1 else ""
                if not _STRING_LITERAL.fullmatch(table):
                    raise Untranslatable(cursor, f"the macro `{name}` with a table that is not a string literal")
        return f'NSBundle.mainBundle().localizedStringForKey:value:table:({key}, @"", {table})'

    def _ordering(self, cursor: Any, name: str, written: str) -> str:
        """``MIN(a, b)``, ``MAX(a, b)``, ``ABS(a)`` as conditional expressions of their arguments
        (taken from the expansion's tree: Foundation's statement expression, or a conditional)."""
        k = self.ci.CursorKind
        node = self._unwrapped(cursor)
        children = self._children(node)
        compound = next((c for c in children if c.kind == k.COMPOUND_STMT), None)
        if compound is not None:  # ({ typeof(A) a = (A); typeof(B) b = (B); a < b ? a : b; })
            declared = [d for s in self._children(compound) if s.kind == k.DECL_STMT for d in self._children(s)]
            arguments = [self._children(d)[-1] for d in declared if d.kind == k.VAR_DECL and self._children(d)]
        elif node.kind == k.CONDITIONAL_OPERATOR and children:  # ((A) < (B) ? (A) : (B))
            arguments = self._children(self._unwrapped(children[0]))[: 1 if name == "ABS" else 2]
        else:
            arguments = []
        if len(arguments) != (1 if name == "ABS" else 2):
            raise Untranslatable(cursor, f"the macro `{name}` as this SDK defines it")
        values = []
        texts = _arguments(written)  # as written: `MAX(MIN(i, n - 1), 0)` nests a macro in an argument
        self._expanding.add(cursor.extent.start.offset)  # its arguments' places may be the whole use
        try:
            for n, argument in enumerate(arguments):
                a = self._unwrapped(argument)
                inner = _MACRO_CALL.fullmatch(texts[n]) if n < len(texts) else None
                if inner is not None and inner["name"] in _ORDERING and inner["args"] is not None:
                    values.append(self._ordering(a, inner["name"], texts[n]))
                else:
                    values.append(self._primary(a))
        finally:
            self._expanding.discard(cursor.extent.start.offset)
        if name == "ABS":
            return f"({self._conditional(f'{values[0]} < 0', f'-{values[0]}', values[0])})"
        test = f"{values[0]} {'<' if name == 'MIN' else '>'} {values[1]}"
        return f"({self._conditional(test, *values)})"

    @staticmethod
    def _conditional(test: str, yes: str, no: str) -> str:
        if not _PLAIN.fullmatch(yes.split(" /*")[0]):  # `x ? a.b : c` would read `b :` as a selector (pitfall 1)
            yes = f"({yes})"
        return f"{test} ? {yes} : {no}"

    def method(self, cursor: Any) -> str:
        """``- (type)piece:(type)name ... { body }``."""
        is_class = cursor.kind == self.ci.CursorKind.OBJC_CLASS_METHOD_DECL
        returns = self._type(cursor.result_type, cursor)
        params = [c for c in cursor.get_children() if c.kind == self.ci.CursorKind.PARM_DECL]
        selector = cursor.spelling
        pieces = selector.split(":")[:-1]
        keywords = [p for p in (pieces or [selector]) if p in KEYWORDS]
        if keywords:
            self._say(
                cursor,
                "error",
                f"`{selector}`: `{keywords[0]}` is a MangoFix keyword, so no script can define this method",
            )
            return f"// mangopy convert: not converted (a MangoFix keyword in the selector): {selector}"
        if pieces:
            head = " ".join(
                f"{p}:({_signed(a.type, self._type(a.type, a))}){self.local(a.spelling)}"
                for p, a in zip(pieces, params, strict=False)
            )
        else:
            head = selector
        body = next((c for c in cursor.get_children() if c.kind == self.ci.CursorKind.COMPOUND_STMT), None)
        start, end = (
            cursor.extent.start.offset,
            body.extent.start.offset if body is not None else cursor.extent.end.offset,
        )
        for offset, _line, _column, message in self.source.errors:
            if start <= offset < end:  # a parameter's type clang did not know (it read `id`)
                self._said.add(offset)
                raise Untranslatable(cursor, f"clang could not type its signature: {message}")
        self._functions = {}
        text = self.block(body) if body is not None else "{\n}"
        if self._functions:  # the C functions the body calls, declared first (MangoFix predefines none)
            text = "{\n" + "".join(f"{line}\n" for line in self._functions.values()) + text[len("{\n") :]
        if body is not None:
            text = text[: -len("}")] + "".join(f"{line}\n" for line in self._lost(body)) + "}"
        return f"{'+' if is_class else '-'} ({returns}){head} {text}"

    def _lost(self, body: Any) -> list[str]:
        """Statements clang dropped from its tree (it could not type them): said at their line,
        each with a comment quoting it, never left out in silence."""
        start, end = body.extent.start.offset, body.extent.end.offset
        lines: list[str] = []
        seen: set[int] = set()
        for offset, line, column, message in self.source.errors:
            if not start <= offset < end or offset in self._said or line in seen:
                continue
            seen.add(line)
            self._said.add(offset)
            self.problems.append(Problem(line, column, "error", f"clang could not type it, and left it out: {message}"))
            written = self.source.text.split(b"\n")[line - 1].decode("utf-8", "replace").strip()
            lines.append(f"// mangopy convert: not converted (clang could not type it: {message}): {written}")
        return lines

    # ------------------------------------------------------------------ statements

    def block(self, cursor: Any) -> str:
        """A braced block from a compound statement (or from one statement, braced)."""
        k = self.ci.CursorKind
        statements = self._children(cursor) if cursor.kind == k.COMPOUND_STMT else [cursor]
        lines = [line for s in statements for line in self.statement(s)]
        return "{\n" + "".join(f"{line}\n" for line in lines) + "}"

    def _untyped(self, cursor: Any) -> None:
        """Refuse a statement clang could not type (an error of clang's in it, outside the blocks
        it holds: those are statements of their own): its tree then lacks what it could not type."""
        k = self.ci.CursorKind
        start, end = cursor.extent.start.offset, cursor.extent.end.offset
        if cursor.kind in (k.IF_STMT, k.WHILE_STMT, k.FOR_STMT, k.OBJC_FOR_COLLECTION_STMT, k.DO_STMT):
            bodies = [c for c in self._children(cursor) if c.kind == k.COMPOUND_STMT]
            holes = [(b.extent.start.offset, b.extent.end.offset) for b in bodies]
        elif cursor.kind == k.COMPOUND_STMT:
            return
        else:
            holes = []
        for offset, _line, _column, message in self.source.errors:
            if start <= offset < end and not any(a <= offset < b for a, b in holes):
                self._said.update(o for o, *_ in self.source.errors if start <= o < end)
                raise Untranslatable(cursor, f"clang could not type it: {message}")

    def statement(self, cursor: Any) -> list[str]:
        """The MangoFix lines of one statement (a problem and a comment when it cannot be said)."""
        use = self._macro_name(cursor, [])
        if use is not None and use[0] in _ASSERTIONS:
            self._say(cursor, "warning", f"`{use[0]}` left out: MangoFix has no assertions")
            return [f"// mangopy convert: assertion left out: {' '.join(use[1].split())}"]
        try:
            self._untyped(cursor)
            return self._statement(cursor)
        except (ValueError, IndexError, StopIteration) as exc:  # a tree clang left incomplete
            return self.statement_refused(cursor, Untranslatable(cursor, f"a statement clang left incomplete ({exc})"))
        except Untranslatable as exc:
            return self.statement_refused(cursor, exc)

    def statement_refused(self, cursor: Any, exc: Untranslatable) -> list[str]:
        """The comment that stands for a statement left out (the problem said at its line)."""
        self._say(exc.cursor, "error", exc.message)
        original = " ".join(self._text(cursor).split())
        return [f"// mangopy convert: not converted ({exc.message}): {original}"]

    def _statement(self, cursor: Any) -> list[str]:
        k = self.ci.CursorKind
        kind = cursor.kind
        name = kind.name
        if name in _UNSUPPORTED_STATEMENTS:
            raise Untranslatable(cursor, f"{_UNSUPPORTED_STATEMENTS[name]} cannot be written in MangoFix")
        if name == "OBJC_AUTORELEASE_POOL_STMT":  # MangoFix has no pools: the statements run without one
            self._say(
                cursor,
                "warning",
                "`@autoreleasepool` left out (MangoFix has none): its statements run without a pool of their own",
            )
            return [
                "// mangopy convert: @autoreleasepool left out",
                *(line for c in self._children(cursor) for line in self.statement(c)),
            ]
        if kind == k.COMPOUND_STMT:  # a bare block: its statements (MangoFix has no bare blocks)
            return [line for s in self._children(cursor) for line in self.statement(s)]
        if kind == k.NULL_STMT:
            return []
        if kind == k.DECL_STMT:
            variables = [v for v in self._children(cursor) if v.kind == k.VAR_DECL]
            if len(variables) == 1 and "=" in self._tokens(cursor) and not self._initializer(variables[0]):
                raise Untranslatable(
                    cursor, f"the initializer of `{variables[0].spelling}`, which clang could not type"
                )
            return [self._declaration(v) for v in variables]
        if kind == k.RETURN_STMT:
            value = self._children(cursor)
            return [f"return {self.expr(value[0])};" if value else "return;"]
        if kind == k.BREAK_STMT:
            return ["break;"]
        if kind == k.CONTINUE_STMT:
            return ["continue;"]
        if kind == k.IF_STMT:
            return self._if(cursor).split("\n")
        if kind == k.WHILE_STMT:
            condition, body = self._children(cursor)
            return f"while ({self.expr(condition)}) {self.block(body)}".split("\n")
        if kind == k.DO_STMT:
            body, condition = self._children(cursor)
            return f"do {self.block(body)} while ({self.expr(condition)});".split("\n")
        if kind == k.FOR_STMT:
            return self._for(cursor).split("\n")
        if kind == k.OBJC_FOR_COLLECTION_STMT:
            element, collection, body = self._children(cursor)
            if element.kind == k.DECL_STMT:
                var = next(v for v in self._children(element) if v.kind == k.VAR_DECL)
                head = f"{self._type(var.type, var, refuse=True)} {self.local(var.spelling)}"
            else:
                head = self.expr(element)
            return f"for ({head} in {self.expr(collection)}) {self.block(body)}".split("\n")
        if kind == k.SWITCH_STMT:
            return self._switch(cursor).split("\n")
        return [f"{self._discarded(cursor)};"]

    def _initializer(self, var: Any) -> Any | None:
        found = [c for c in self._children(var) if c.kind.is_expression()]
        return found[-1] if found else None

    def _discarded(self, cursor: Any) -> str:
        """An expression whose value nothing uses (``i++;``)."""
        self._unused = cursor
        try:
            return self.expr(cursor)
        finally:
            self._unused = None

    def _declaration(self, var: Any) -> str:
        t = self.ci.TypeKind
        if var.type.get_canonical().kind in (
            t.CONSTANTARRAY,
            t.INCOMPLETEARRAY,
            t.VARIABLEARRAY,
            t.DEPENDENTSIZEDARRAY,
        ):
            raise Untranslatable(var, "a C array (MangoFix has none)")
        init = self._initializer(var)
        type_text = self._type(var.type, var, refuse=True)
        if re.search(r"\b__weak\b", var.type.spelling):
            type_text = "__weak " + type_text
        if init is None:
            return f"{type_text} {self.local(var.spelling)};"
        if init.kind == self.ci.CursorKind.INIT_LIST_EXPR:
            raise Untranslatable(var, "a C initializer list")
        return f"{type_text} {self.local(var.spelling)} = {self.expr(init)};"

    def _if(self, cursor: Any) -> str:
        k = self.ci.CursorKind
        parts = self._children(cursor)
        condition, then = parts[0], parts[1]
        text = f"if ({self.expr(condition)}) {self.block(then)}"
        if len(parts) > 2:
            other = parts[2]
            text += f" else {self._if(other)}" if other.kind == k.IF_STMT else f" else {self.block(other)}"
        return text

    def _for(self, cursor: Any) -> str:
        """``for (init; condition; step)``: clang leaves absent clauses out of the children, so
        each child is placed by where it is against the header's two `;`."""
        k = self.ci.CursorKind
        tokens = list(cursor.get_tokens())
        depth, semis = 0, []
        for t in tokens:
            if t.spelling == "(":
                depth += 1
            elif t.spelling == ")":
                depth -= 1
                if depth == 0:
                    break
            elif t.spelling == ";" and depth == 1:
                semis.append(t.extent.start.offset)
        children = self._children(cursor)
        body = children[-1]
        clauses = ["", "", ""]
        for c in children[:-1]:
            at = c.extent.start.offset
            slot = 0 if len(semis) < 1 or at < semis[0] else 1 if len(semis) < 2 or at < semis[1] else 2
            if c.kind == k.DECL_STMT:
                decls = [self._declaration(v) for v in self._children(c) if v.kind == k.VAR_DECL]
                if len(decls) != 1:
                    raise Untranslatable(c, "a `for` declaring several variables")
                clauses[slot] = decls[0].rstrip(";")
            else:
                clauses[slot] = self._discarded(c) if slot != 1 else self.expr(c)
        if not clauses[1]:
            clauses[1] = "YES"  # MangoFix does not run a body whose condition is missing
        return f"for ({clauses[0]}; {clauses[1]}; {clauses[2]}) {self.block(body)}"

    def _switch(self, cursor: Any) -> str:
        """Each case gets its own braces; a case that falls through to the next is an error."""
        k = self.ci.CursorKind
        value, body = self._children(cursor)
        arms: list[tuple[str | None, list[Any]]] = []
        for s in self._children(body) if body.kind == k.COMPOUND_STMT else [body]:
            while s.kind in (k.CASE_STMT, k.DEFAULT_STMT):
                parts = self._children(s)
                if s.kind == k.CASE_STMT:
                    label, s = self.expr(parts[0]), parts[1]
                else:
                    label, s = None, parts[0]
                arms.append((label, []))
            if not arms:
                raise Untranslatable(s, "a statement before the first `case`")
            arms[-1][1].append(s)
        if not any(label is not None for label, _ in arms):
            raise Untranslatable(cursor, "a `switch` without a `case` (MangoFix needs one)")
        lines = [f"switch ({self.expr(value)}) {{"]
        written: list[tuple[str | None, list[str]]] = []
        for n, (label, statements) in enumerate(arms):
            kept = list(statements)
            if len(kept) == 1 and kept[0].kind == k.COMPOUND_STMT:  # `case 1: { ...; break; }`: braced anyway
                kept = self._children(kept[0])
            if kept and kept[-1].kind == k.BREAK_STMT:
                kept.pop()
            elif n + 1 < len(arms) and not (kept and kept[-1].kind == k.RETURN_STMT):
                self._say(
                    statements[0] if statements else cursor,
                    "error",
                    "a `case` that falls through to the next: MangoFix cases never do",
                )
            written.append((label, [line for s in kept for line in self.statement(s)]))
        # MangoFix wants `default` last; with no case falling through, where it stands changes nothing
        written.sort(key=lambda arm: arm[0] is None)
        for label, inner in written:
            if label is None:
                head = "default:"
            else:  # `case obj.kind:` would read `kind:` as a selector (pitfall 1)
                head = f"case {label}:" if _PLAIN.fullmatch(label.split(" /*")[0]) else f"case ({label}):"
            lines.append(head + " {")
            lines += inner
            lines.append("}")
        lines.append("}")
        return "\n".join(lines)

    # ------------------------------------------------------------------ expressions

    def expr(self, cursor: Any) -> str:
        k = self.ci.CursorKind
        kind = cursor.kind
        tokens = self._tokens(cursor)
        use = self._macro_name(cursor, tokens)
        if use is not None:  # expanded from a macro: its tree and tokens are the expansion's
            return self._macro_use(cursor, *use)
        if len(tokens) == 1 and tokens[0] in _MACRO_WORDS:
            return _MACRO_WORDS[tokens[0]]
        if kind == k.OBJC_PROTOCOL_EXPR and len(tokens) == 5:  # `@protocol(Feed)`: looked up by name
            self._functions.setdefault(
                "NSProtocolFromString", 'CFunction<id, id> NSProtocolFromString = CFunction("NSProtocolFromString");'
            )
            return f'NSProtocolFromString(@"{tokens[3]}")'
        if kind == k.UNEXPOSED_EXPR and self._elvis(cursor, tokens):
            return self._or_else(cursor)
        if kind == k.UNEXPOSED_EXPR or kind == k.OBJC_BRIDGE_CAST_EXPR:
            children = self._children(cursor)
            if tokens[:1] == ["@"] and not (children and children[0].extent.start.offset == cursor.extent.start.offset):
                return self._boxed(cursor, tokens)  # `@(...)`, `@[...]`, `@{...}`, `@1`: the `@` is this one's
            if len(children) == 1:
                return self.expr(children[0])
            subscripted = children[0] if children else None  # an object, or a property read (a pseudo-object)
            if (
                len(children) == 2
                and tokens[-1:] == ["]"]
                and (self._is_object(children[0]) or subscripted.type.spelling == "<pseudo-object type>")
            ):
                return f"{self.expr(children[0])}[{self.expr(children[1])}]"  # `array[i]`, `dict[key]`
            return self._raw(cursor, tokens)
        if kind == k.PAREN_EXPR:
            return f"({self.expr(self._children(cursor)[0])})"
        if kind == k.INTEGER_LITERAL:
            return (tokens[0] if tokens else self._text(cursor)).rstrip("uUlL")
        if kind == k.FLOATING_LITERAL:
            return _decimal(tokens[0] if tokens else self._text(cursor), cursor)
        if kind == k.STRING_LITERAL:
            return str(cursor.spelling)
        if kind == k.OBJC_STRING_LITERAL:
            return self._string(cursor, tokens)
        if kind in (k.OBJ_BOOL_LITERAL_EXPR, k.CXX_BOOL_LITERAL_EXPR):
            return "YES" if tokens and tokens[0] in ("YES", "true") else "NO"
        if kind == k.OBJ_SELF_EXPR:
            return "self"
        if kind == k.DECL_REF_EXPR:
            return self._name(cursor)
        if kind == k.MEMBER_REF_EXPR:
            return self._member(cursor, tokens)
        if kind == k.OBJC_MESSAGE_EXPR:
            return self._message(cursor)
        if kind == k.CALL_EXPR:
            return self._call(cursor)
        if kind == k.BINARY_OPERATOR or kind == k.COMPOUND_ASSIGNMENT_OPERATOR:
            return self._binary(cursor)
        if kind == k.UNARY_OPERATOR:
            return self._unary(cursor, tokens)
        if kind == k.CONDITIONAL_OPERATOR:
            a, b, c = self._children(cursor)
            return self._conditional(self.expr(a), self.expr(b), self.expr(c))
        if kind == k.BLOCK_EXPR:
            return self._block_literal(cursor)
        if kind == k.OBJC_SELECTOR_EXPR:  # `@ selector ( a : b : )`
            return "@selector(" + "".join(tokens[3:-1]) + ")"
        if kind == k.CSTYLE_CAST_EXPR:
            return self._cast(cursor)
        if kind == k.ARRAY_SUBSCRIPT_EXPR:
            base, index = self._children(cursor)
            if base.type.get_canonical().kind == self.ci.TypeKind.OBJCOBJECTPOINTER:
                return f"{self.expr(base)}[{self.expr(index)}]"
            raise Untranslatable(cursor, "a C array (MangoFix has none)")
        if kind == k.OBJC_CLASS_REF:
            return cursor.spelling
        if tokens and tokens[0] == "@" and len(tokens) > 1 and tokens[1] in ("[", "{", "("):
            return self._boxed(cursor, tokens)
        return self._raw(cursor, tokens)

    def _elvis(self, cursor: Any, tokens: list[str]) -> bool:
        """Whether ``cursor`` is GNU's ``a ?: b`` (clang: a binary conditional operator)."""
        children = self._children(cursor)
        if len(children) < 3 or "?" not in tokens:
            return False
        first = len(self._tokens(children[0]))
        return tokens[first : first + 2] == ["?", ":"]

    def _or_else(self, cursor: Any) -> str:
        """``a ?: b``: MangoFix has it too (``a`` when it is truthy, evaluated once)."""
        children = self._children(cursor)
        return f"{self.expr(children[0])} ?: {self.expr(children[-1])}"

    def _string(self, cursor: Any, tokens: list[str]) -> str:
        """``@"..."`` as written (clang's spelling escapes every non-ASCII byte, which MangoFix would
        print as is); adjacent pieces (``@"a" "b"``) joined, as MangoFix has no such concatenation."""
        pieces = tokens[1:] if tokens[:1] == ["@"] else []
        if not pieces or not all(t.startswith('"') and t.endswith('"') and len(t) >= 2 for t in pieces):
            return "@" + str(cursor.spelling)
        return '@"' + "".join(t[1:-1] for t in pieces) + '"'

    def _is_object(self, cursor: Any) -> bool:
        t = self.ci.TypeKind
        return cursor.type.get_canonical().kind in (t.OBJCOBJECTPOINTER, t.OBJCID)

    def _raw(self, cursor: Any, tokens: list[str]) -> str:
        """What has no structure to translate: an Objective-C literal container, or a name or
        number written as is; anything else is refused (never Objective-C passed through)."""
        if tokens[:1] == ["@"] and len(tokens) > 1 and tokens[1] in ("[", "{", "("):
            return self._boxed(cursor, tokens)
        if len(tokens) == 1 and _PLAIN.fullmatch(tokens[0]):
            return tokens[0]
        what = cursor.kind.name.lower().replace("_", " ")
        raise Untranslatable(cursor, f"an expression mangopy cannot convert ({what}: {' '.join(tokens)[:60]})")

    def _boxed(self, cursor: Any, tokens: list[str]) -> str:
        children = self._children(cursor)
        opener = tokens[1]
        if opener == "[":
            return "@[" + ", ".join(self.expr(c) for c in children) + "]"
        if opener == "{":
            pairs = [
                f"{self._primary(children[i])}: {self._primary(children[i + 1])}"
                for i in range(0, len(children) - 1, 2)
            ]
            return "@{" + ", ".join(pairs) + "}"
        inner = children[0] if children else None
        if inner is None:
            return "@(" + " ".join(tokens[2:-1] if opener == "(" else tokens[1:]) + ")"
        text = self.expr(inner)
        return f"@{text}" if text.startswith("(") else f"@({text})"

    def _primary(self, cursor: Any) -> str:
        """An expression where MangoFix wants a primary one (dictionary keys and values)."""
        text = self.expr(cursor)
        simple = text.replace("_", "a").replace(".", "a").replace("@", "a").replace('"', "a")
        return text if simple.isalnum() or text.startswith(('@"', "@[", "@{", "@(")) else f"({text})"

    def _name(self, cursor: Any) -> str:
        ref = cursor.referenced
        k = self.ci.CursorKind
        if ref is not None and ref.kind == k.ENUM_CONSTANT_DECL:
            return f"{ref.enum_value} /* {cursor.spelling} */"  # MangoFix has no enums
        if ref is not None and ref.kind == k.VAR_DECL and ref.semantic_parent.kind == k.TRANSLATION_UNIT:
            return self._global(cursor, ref)
        return self.local(cursor.spelling)

    def _global(self, cursor: Any, ref: Any) -> str:
        """A global variable: a constant by its value (MangoFix sees no C globals), the SDK's zero
        structs by their value, another global of the app or the SDK read through ``extern``; a
        file's ``static`` variable has no symbol to read at run time."""
        name = ref.spelling
        if name in _ZERO_STRUCTS:
            return _ZERO_STRUCTS[name]
        if ref.type.is_const_qualified():
            value = _evaluate(ref)
            if value is not None:
                return f"{value} /* {name} */"
        if ref.storage_class == self.ci.StorageClass.STATIC:
            raise Untranslatable(
                cursor, f"`{name}` is a static variable of the file: MangoFix cannot read it at run time"
            )
        written = self._type(ref.type, cursor)
        if written.startswith("struct ") or written == "Block":
            raise Untranslatable(
                cursor, f"the global `{name}` (a `{ref.type.spelling}`): MangoFix reads no such extern"
            )
        self._functions.setdefault(name, f"extern {written}{'' if written.endswith('*') else ' '}{name};")
        return name

    def local(self, name: str) -> str:
        """A variable's or parameter's name, renamed when it is a MangoFix keyword (`class`, `in`)."""
        return f"{name}_" if name in KEYWORDS else name

    def _member(self, cursor: Any, tokens: list[str]) -> str:
        children = self._children(cursor)
        name = cursor.spelling
        if not children and len(tokens) == 3 and tokens[1] == "." and tokens[2] == name:  # `UIScrollView.class`
            return f"{tokens[0]}.{name}()"
        if name.endswith(":") and "." in tokens:  # a property made of methods: its name as written
            name = tokens[len(tokens) - 1 - tokens[::-1].index(".") + 1]
        if not name or not _PLAIN.fullmatch(name):
            raise Untranslatable(cursor, f"a member clang could not resolve ({' '.join(tokens)[:60]})")
        if not children or tokens == [name]:  # an ivar of self written bare (`_title`)
            return name
        base = children[0]
        if base.kind == self.ci.CursorKind.UNEXPOSED_EXPR and not self._tokens(base):
            return name  # `self` implicit
        arrow = "->" in tokens
        if arrow and not (len(self._tokens(base)) == 1 and self._tokens(base)[0] == "self"):
            raise Untranslatable(cursor, "`->` on an object other than self (MangoFix reads only self's ivars)")
        if arrow:
            return name
        if name in KEYWORDS:  # `self.class`: a keyword is no property name in MangoFix, the getter is called
            if KEYWORDS[name] not in MEMBER_KEYWORDS:
                raise Untranslatable(cursor, f"`{name}` is a MangoFix keyword: no script can read it")
            return f"{self.expr(base)}.{name}()"
        return f"{self.expr(base)}.{name}"

    def _message(self, cursor: Any) -> str:
        """``[receiver piece:arg piece:arg]`` → ``receiver.piece:piece:(arg, arg)``, with the
        selector clang resolved (a message it could not type is refused: its arguments may be
        missing from the tree)."""
        tokens = [t.spelling for t in cursor.get_tokens()]
        children = self._children(cursor)
        selector = cursor.spelling
        if not tokens or not selector:
            raise Untranslatable(cursor, "a message clang could not type (no declaration of its selector)")
        if "::" in selector or selector.startswith(":"):
            raise Untranslatable(cursor, f"`{selector}` has an anonymous piece (MangoFix selectors have none)")
        if tokens[0] != "[":  # dot syntax for a method (`view.superview`, `NSDate.date`)
            receiver = self._receiver_of(children[0]) if children else tokens[0]
            return f"{receiver}.{selector}()"
        class_receiver = False
        if len(tokens) > 1 and tokens[1] == "super":
            receiver, args = "super", children
        elif children and children[0].extent.start.offset == list(cursor.get_tokens())[1].extent.start.offset:
            receiver, args = self._receiver_of(children[0]), children[1:]
            class_receiver = children[0].kind == self.ci.CursorKind.OBJC_CLASS_REF
        else:  # a class receiver clang resolved away: its name as written
            receiver, args, class_receiver = tokens[1], children, True
        pieces = selector.split(":")[:-1]
        if not pieces:
            if args:
                raise Untranslatable(cursor, "a message with arguments clang could not place")
            if selector == "self":  # `[Foo self]` is the class, `[obj self]` the object
                return f"{receiver}.class()" if class_receiver else receiver
            if selector in KEYWORDS and KEYWORDS[selector] not in MEMBER_KEYWORDS:
                raise Untranslatable(cursor, f"`{selector}` is a MangoFix keyword: no script can send it")
            return f"{receiver}.{selector}()"
        if selector in _FORMATTING and len(args) >= len(pieces):
            text = self._format(cursor, args[len(pieces) - 1], args[len(pieces) :])
            method = _FORMATTING[selector]
            if method is None:  # `[NSString stringWithFormat:...]`: the string itself
                return text if receiver == "NSString" else f"{receiver}.stringWithString:({_bare(text)})"
            return f"{receiver}.{method}({_bare(text)})"
        if len(args) != len(pieces):
            many = f"`{selector}` with {len(args)} arguments"
            raise Untranslatable(cursor, f"a variadic message ({many}): MangoFix has no variadic calls")
        return f"{receiver}.{selector}({', '.join(self.expr(a) for a in args)})"

    def _receiver_of(self, cursor: Any) -> str:
        if cursor.kind == self.ci.CursorKind.OBJC_CLASS_REF:
            return str(cursor.spelling)
        return self._receiver(self.expr(cursor))

    def _receiver(self, text: str) -> str:
        return text if text.replace("_", "a").replace(".", "a").isalnum() or text.endswith(")") else f"({text})"

    def _call(self, cursor: Any) -> str:
        children = self._children(cursor)
        callee, args = children[0], children[1:]
        name = cursor.spelling
        function = callee
        while function.kind == self.ci.CursorKind.UNEXPOSED_EXPR and self._children(function):
            function = self._children(function)[0]
        declared = function.referenced.type if function.referenced is not None else None
        if declared is not None and declared.kind == self.ci.TypeKind.FUNCTIONPROTO and declared.is_function_variadic():
            fixed = len(list(declared.argument_types()))
            if name == "NSLog" and args:
                return (
                    f"NSLog({_bare(self._format(cursor, args[0], args[1:])) if len(args) > 1 else self.expr(args[0])})"
                )
            if len(args) > fixed:
                raise Untranslatable(cursor, f"a variadic call of `{name}`: MangoFix has no variadic calls")
        k = self.ci.CursorKind
        ref = function.referenced
        if function.kind == k.DECL_REF_EXPR and ref is not None and ref.kind == k.FUNCTION_DECL:
            self._declare_function(cursor, ref)
        if function.kind in (k.MEMBER_REF_EXPR, k.OBJC_MESSAGE_EXPR) and "." in self._tokens(callee):
            # a block read from a property: `self.callback(x)` is `self.callback()(x)` in MangoFix
            return f"{self.expr(callee)}()({', '.join(self.expr(a) for a in args)})"
        parameters = (
            list(declared.argument_types())
            if declared is not None and declared.kind == self.ci.TypeKind.FUNCTIONPROTO
            else []
        )
        texts = []
        for n, a in enumerate(args):
            converted = self._converted_argument(a, parameters[n] if n < len(parameters) else None)
            if converted is not None:
                texts.append(converted)
                continue
            try:
                texts.append(self.expr(a))
            except Untranslatable:
                if self._tokens(a):
                    raise
                texts.append(self._macro_argument(cursor, args.index(a)))
        return f"{self.expr(callee) if function.kind != self.ci.CursorKind.DECL_REF_EXPR else name}({', '.join(texts)})"

    def _format(self, call: Any, format_: Any, values: list[Any]) -> str:
        """A format with its values as the concatenation MangoFix prints the same (``%@``, ``%d``,
        ``%ld``, ``%u``, ``%s``, ``%f``, ``%%``, no width, precision or flags: ``+`` prints objects by
        their description, integers in decimal, doubles with six decimals); anything else refused."""
        k = self.ci.CursorKind
        literal = self._unwrapped(format_)
        spelled = self._tokens(literal)
        if literal.kind != k.OBJC_STRING_LITERAL or len(spelled) != 2 or not spelled[1].startswith('"'):
            raise Untranslatable(call, "a format that is not one string literal (MangoFix has no formats)")
        body = spelled[1][1:-1]
        pieces: list[str] = []
        at, n = 0, 0
        for m in _SPECIFIER.finditer(body):
            literal_text = body[at : m.start()]
            at = m.end()
            if m["conv"] == "%" and not (m["flags"] or m["width"] or m["precision"] or m["length"]):
                pieces.append(f'@"{literal_text}%"')
                continue
            if literal_text:
                pieces.append(f'@"{literal_text}"')
            if m["flags"] or m["width"] or m["precision"] or m["conv"] not in _PRINTED_ALIKE or n >= len(values):
                raise Untranslatable(call, f"the format `{m.group()}`: MangoFix's `+` prints no such format")
            value = values[n]
            n += 1
            expected = _PRINTED_ALIKE[m["conv"]]
            inner = value
            while inner.kind in (k.UNEXPOSED_EXPR, k.PAREN_EXPR, k.CSTYLE_CAST_EXPR) and self._children(inner):
                if inner.kind == k.CSTYLE_CAST_EXPR and _value_kind(inner.type) != _value_kind(
                    self._children(inner)[-1].type
                ):
                    break
                inner = self._children(inner)[-1]  # `(long)count`: the value printed is the same
            printed = self._real_type(inner)
            if _value_kind(printed) != expected:
                raise Untranslatable(call, f"`{m.group()}` of a `{printed.spelling}`: printed differently by `+`")
            pieces.append(self._primary(inner))
        if n != len(values):
            raise Untranslatable(call, "a format with more values than specifiers")
        tail = body[at:]
        if tail or not pieces:
            pieces.append(f'@"{tail}"')
        if not pieces[0].startswith('@"'):
            pieces.insert(0, '@""')  # `+` concatenates once one side is not a number
        return pieces[0] if len(pieces) == 1 else f"({' + '.join(pieces)})"

    def _type(self, t: Any, where: Any, refuse: bool = False) -> str:
        """:func:`mangofix_type`, and a ``declare struct`` for a struct MangoFix does not know (one
        it cannot declare is said once; with ``refuse``, the statement using it is refused). A type
        clang does not know (its header not found) is refused: no guess is written."""
        k = self.ci.TypeKind
        canonical = t.get_canonical()
        if canonical.kind == k.INVALID or (canonical.kind == k.ENUM and _enum_kind(canonical) == k.INVALID):
            raise Untranslatable(where, f"clang does not know the type `{t.spelling}` (is its header found?)")
        written = mangofix_type(t)
        if written.startswith("struct ") and written[len("struct ") :] not in _BUILTIN_STRUCTS:
            name = written[len("struct ") :]
            if name not in self.structs and name not in self._refused_structs:
                try:
                    self.structs[name] = _struct_declaration(name, t)
                except ValueError as exc:
                    self._refused_structs.add(name)
                    message = f"`struct {name}` cannot be declared in MangoFix: {exc}"
                    if refuse:
                        raise Untranslatable(where, message) from None
                    self._say(where, "error", message)
            elif refuse and name in self._refused_structs:
                raise Untranslatable(where, f"`struct {name}`, which MangoFix cannot declare")
        return written

    def _declare_function(self, call: Any, function: Any) -> None:
        """A C function MangoFix does not predefine, declared for the method as
        ``CFunction<ret, params> name = CFunction("name");`` (looked up by name at run time)."""
        name = function.spelling
        if name in FUNCTIONS or name in self._functions:
            return
        head = [t.spelling for t in function.get_tokens()][:6]
        if any(t in _INLINE for t in head) or function.storage_class == self.ci.StorageClass.STATIC:
            raise Untranslatable(
                call, f"`{name}` is an inline or static C function: the app has no symbol to call at run time"
            )
        if function.type.kind != self.ci.TypeKind.FUNCTIONPROTO:
            where = function.location
            if where.file is not None and where.file.name == self.source.path and where.line == call.location.line:
                raise Untranslatable(call, f"`{name}` is not declared (is its header found?)")  # declared by the call
            raise Untranslatable(call, f"`{name}` is declared without its parameters (no prototype)")
        types = [function.result_type, *function.type.argument_types()]
        elements = [_cfunction_element(t) for t in types]
        if None in elements:
            bad = types[elements.index(None)].spelling
            raise Untranslatable(call, f"`{name}` uses `{bad}`, which a `CFunction<...>` declaration cannot name")
        self._functions[name] = f'CFunction<{", ".join(e for e in elements if e)}> {name} = CFunction("{name}");'

    def _converted_argument(self, argument: Any, parameter: Any | None) -> str | None:
        """An integer cast of an argument the call converts to that integer type anyway
        (``dispatch_time(DISPATCH_TIME_NOW, (int64_t)(0.3 * NSEC_PER_SEC))``): the value only."""
        k = self.ci.CursorKind
        cast = self._unwrapped(argument)
        if cast.kind != k.CSTYLE_CAST_EXPR or parameter is None:
            return None
        integers = _integer_kinds()
        if cast.type.get_canonical().kind not in integers or parameter.get_canonical().kind not in integers:
            return None
        value = [c for c in self._children(cast) if c.kind.is_expression()][-1]
        self._say(
            cast,
            "warning",
            f"cast to `{cast.type.spelling}` left out: the call converts the value to its integer parameter",
        )
        return self.expr(value)

    def _macro_argument(self, call: Any, n: int) -> str:
        """The source text of a call's ``n``-th argument when it came from a macro (its tree is
        the expansion: ``dispatch_get_main_queue()`` is a cast of a global's address)."""
        tokens = self._tokens(call)
        arguments = split_arguments(tokens[2:-1] if len(tokens) > 2 else [])
        if n >= len(arguments):
            raise Untranslatable(call, "a macro argument")
        return (
            "".join(arguments[n])
            if all(ch.isalnum() or ch in "_()" for ch in "".join(arguments[n]))
            else " ".join(arguments[n])
        )

    def _operator(self, cursor: Any, left: Any, right: Any) -> str:
        spelled = _operator_kind(cursor)
        if spelled:  # clang's own (libclang 17 on), which no macro hides
            return spelled
        start, end = left.extent.end.offset, right.extent.start.offset
        for t in cursor.get_tokens():
            if start <= t.extent.start.offset < end:
                return str(t.spelling)
        tokens, before = self._tokens(cursor), self._tokens(left)
        # offsets clang collapsed (a macro's argument): the operator is the token after the left operand's
        n = len(before)
        if before and len(tokens) > n + 1 and tokens[:n] == before and _OPERATOR.fullmatch(tokens[n]):
            return tokens[n]
        written = self.source.text[start:end].decode("utf-8", "replace").strip() if start < end else ""
        if not written or not _OPERATOR.fullmatch(written):
            raise Untranslatable(cursor, "an operator written inside a macro")
        return written

    def _binary(self, cursor: Any) -> str:
        left, right = self._children(cursor)
        op = self._operator(cursor, left, right)
        if op in _UNSUPPORTED_BINARY or op in ("&=", "|=", "^=", "<<=", ">>="):
            raise Untranslatable(
                cursor, f"the {_UNSUPPORTED_BINARY.get(op.rstrip('='), 'bitwise')} operator `{op}` (MangoFix has none)"
            )
        if op == ",":
            raise Untranslatable(cursor, "the comma operator")
        operators = (self.ci.CursorKind.BINARY_OPERATOR, self.ci.CursorKind.COMPOUND_ASSIGNMENT_OPERATOR)
        if (
            op in _ASSIGNMENTS
            and right.kind in operators
            and self._operator(right, *self._children(right)) in _ASSIGNMENTS
        ):
            raise Untranslatable(cursor, "a chained assignment (MangoFix assigns one variable at a time)")
        return f"{self.expr(left)} {op} {self.expr(right)}"

    def _unary(self, cursor: Any, tokens: list[str]) -> str:
        operand = self._children(cursor)[0]
        inner = self.expr(operand)
        operand_tokens = self._tokens(operand)
        if tokens and operand_tokens and tokens[: len(operand_tokens)] == operand_tokens:  # postfix
            op = tokens[len(operand_tokens)]
            # MangoFix's `x++` is the new value, Objective-C's the old one: only where it is not used
            if self._unused is None or cursor != self._unused:
                raise Untranslatable(cursor, f"`{inner}{op}` used as a value (MangoFix gives the new value)")
            return f"{inner}{op}"
        op = tokens[0] if tokens else ""
        if op in ("++", "--"):  # the new value, which is what MangoFix's postfix form gives
            return f"{inner}{op}"
        if op == "~":
            raise Untranslatable(cursor, "the bitwise not `~` (MangoFix has none)")
        if op == "*":
            raise Untranslatable(cursor, "a pointer dereference")
        if op == "&":
            return f"&{inner}"
        if op == "+":
            return inner
        return f"{op}{inner}"

    def _real_type(self, cursor: Any) -> Any:
        """A cursor's type; for a property read (clang's pseudo-object), the property's."""
        t = cursor.type
        inner = cursor
        while t.spelling == "<pseudo-object type>" and inner is not None:
            ref = inner.referenced
            if ref is not None and ref.kind == self.ci.CursorKind.OBJC_PROPERTY_DECL:
                return ref.type
            if ref is not None and ref.kind in (
                self.ci.CursorKind.OBJC_INSTANCE_METHOD_DECL,
                self.ci.CursorKind.OBJC_CLASS_METHOD_DECL,
            ):
                return ref.result_type
            children = self._children(inner)
            inner = children[-1] if len(children) == 1 else None
        return t

    def _cast(self, cursor: Any) -> str:
        children = [c for c in self._children(cursor) if c.kind.is_expression()]
        value = children[-1]
        to = cursor.type.get_canonical().kind
        source = self._real_type(value).get_canonical().kind
        k = self.ci.TypeKind
        objects = (k.OBJCOBJECTPOINTER, k.OBJCID, k.OBJCCLASS, k.BLOCKPOINTER)
        numbers = (k.INT, k.UINT, k.LONG, k.ULONG, k.LONGLONG, k.ULONGLONG, k.SHORT, k.USHORT, k.DOUBLE, k.FLOAT)
        harmless = (to in objects and source in objects) or (
            to in numbers and source in numbers and (to in (k.DOUBLE, k.FLOAT)) == (source in (k.DOUBLE, k.FLOAT))
        )
        if harmless:
            self._say(
                cursor,
                "warning",
                f"cast to `{cursor.type.spelling}` left out (MangoFix has no casts; it does not change the value)",
            )
            return self.expr(value)
        raise Untranslatable(
            cursor, f"a cast to `{cursor.type.spelling}` that changes the value (MangoFix has no casts)"
        )

    def _block_literal(self, cursor: Any) -> str:
        k = self.ci.CursorKind
        decl = next((c for c in self._children(cursor)), None)
        body = next((c for c in self._children(decl) if c.kind == k.COMPOUND_STMT), None) if decl is not None else None
        params = [c for c in self._children(decl) if c.kind == k.PARM_DECL] if decl is not None else []
        result = cursor.type.get_pointee().get_result() if cursor.type.kind == self.ci.TypeKind.BLOCKPOINTER else None
        returns = (
            self._type(result, cursor) if result is not None and result.kind != self.ci.TypeKind.INVALID else "void"
        )
        head = "^" + ("" if returns == "void" else f"{returns} ")
        if params:
            head += "(" + ", ".join(f"{self._type(p.type, p)} {self.local(p.spelling)}" for p in params) + ")"
        return head + (self.block(body) if body is not None else "{\n}")
