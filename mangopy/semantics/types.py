"""Type categories: what kind of value crosses the boundary between native code and a script.

Objective-C declared spellings (from the manifest), Objective-C type encodings (``encoding`` in
the manifest) and MangoFix type specifiers (from the script) are all reduced to a category
(sections 5.1–5.3 of the language reference); two types are compatible when their categories
are.  A category is a plain string: ``void BOOL int uint double CString Pointer Class SEL id
Block struct:NAME``, or ``unknown`` when nothing can be said (an enum name the manifest does not
define, an untyped script name).
"""

from __future__ import annotations

import functools
import re

from mangopy.syntax import ast

VOID, BOOL, INT, UINT, DOUBLE, CSTRING, POINTER, CLASS, SEL, OBJECT, BLOCK = (
    "void", "BOOL", "int", "uint", "double", "CString", "Pointer", "Class", "SEL", "id", "Block",
)  # fmt: skip
UNKNOWN = "unknown"
UNKNOWN_SPELLING = "?"  # a manifest type that says nothing (a generator could not map it)
INTEGER_ISH = "integer"  # an unknown type name: almost always an NS_ENUM / NS_OPTIONS

_SIGNED = {
    "NSInteger", "long", "int", "short", "char", "signed", "int8_t", "int16_t", "int32_t", "int64_t",
    "intptr_t", "ptrdiff_t", "ssize_t", "CFIndex", "off_t", "pid_t", "OSStatus", "SInt32", "SInt64",
    "NSComparisonResult", "dispatch_once_t",
}  # fmt: skip
_UNSIGNED = {
    "NSUInteger", "unsigned", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "uintptr_t", "size_t", "UInt8",
    "UInt16", "UInt32", "UInt64", "unichar", "dispatch_time_t", "CFOptionFlags", "NSStringEncoding", "u_int",
}  # fmt: skip
_FLOATING = {
    "float", "double", "CGFloat", "NSTimeInterval", "CFTimeInterval", "CFAbsoluteTime", "Float64", "Float32",
    "UIFontWeight", "UILayoutPriority", "UIWindowLevel", "CGFloat_t",
}  # fmt: skip
_OBJECT_WORDS = {"id", "instancetype"}
_STRUCTS = {
    "CGRect", "CGPoint", "CGSize", "CGVector", "CGAffineTransform", "CATransform3D", "UIEdgeInsets", "UIOffset",
    "NSRange", "_NSRange", "NSDirectionalEdgeInsets", "NSOperatingSystemVersion",
}  # fmt: skip
# Capitalised names that are not classes: a `*` after them is a C pointer, not an object.
_NOT_CLASSES = {"BOOL", "Boolean", "NSZone", "SEL", "IMP", "Method", "Ivar", "CFTypeRef"}
_POINTER_SUFFIX = ("Ref",)  # CGContextRef, CGColorRef, CFStringRef ...
_QUALIFIERS = re.compile(
    r"\b(const|volatile|_Nullable|_Nonnull|_Null_unspecified|nullable|nonnull|null_unspecified|__kindof|"
    r"__strong|__weak|__unsafe_unretained|__autoreleasing|__block|in|out|inout|bycopy|byref|oneway|struct|enum)\b"
)
_VECTOR_PREFIXES = ("simd_", "vector_", "matrix_")
_GENERICS = re.compile(r"<[^<>]*>")


def struct(name: str) -> str:
    return "struct:" + ("_NSRange" if name == "NSRange" else name)


_STRUCT_SPELLING = re.compile(r"^\s*(?:const\s+)?struct\s+([A-Za-z_$][A-Za-z0-9_$]*)\s*$")
_OBJECT_TYPEDEF = re.compile(r"^(NS|UI|CA|WK)[A-Za-z]*(Name|Key|Mode|Identifier)$")


def objc_category(spelling: str, structs: frozenset[str] | set[str] = frozenset()) -> str:
    """The category of an Objective-C declared type (``NSInteger``, ``UIView *``, ``void (^)(BOOL)``).

    ``structs`` are extra struct names (the script's ``declare struct``s): a bare type name that is
    one of them is that struct.
    """
    if not structs:  # the common case, asked for every send's declared result: remembered
        return _plain_category(spelling)
    return _category(spelling, structs)


@functools.lru_cache(maxsize=4096)
def _plain_category(spelling: str) -> str:
    return _category(spelling, frozenset())


def _category(spelling: str, structs: frozenset[str] | set[str]) -> str:
    text = spelling.strip()
    if text == UNKNOWN_SPELLING:
        return UNKNOWN
    m = _STRUCT_SPELLING.match(text)
    if m is not None:
        return struct(m.group(1))
    if "(^" in text or text.endswith("_block_t") or text in ("dispatch_block_t",):
        return BLOCK
    if "(*" in text:
        return POINTER
    while True:  # strip nested generics: NSDictionary<NSString *, NSArray<id> *> *
        stripped = _GENERICS.sub("", text)
        if stripped == text:
            break
        text = stripped
    text = " ".join(_QUALIFIERS.sub(" ", text).split())
    stars = text.count("*")
    words = text.replace("*", " ").split()
    if not words:
        return UNKNOWN
    base = words[-1] if words[0] in ("unsigned", "signed") and len(words) > 1 else words[0]
    unsigned = words[0] == "unsigned"
    if stars == 0:
        if base == "void":
            return VOID
        if base in ("BOOL", "bool", "_Bool", "Boolean"):
            return BOOL
        if unsigned or base in _UNSIGNED:
            return UINT
        if base in _SIGNED:
            return INT
        if base in _FLOATING:
            return DOUBLE
        if base in _OBJECT_WORDS:
            return OBJECT
        if base == "Class":
            return CLASS
        if base == "SEL":
            return SEL
        if base in _STRUCTS or base in structs:
            return struct(base)
        if base.endswith(_POINTER_SUFFIX) and base[:1].isupper():
            return POINTER
        if base.startswith(_VECTOR_PREFIXES):
            return UNKNOWN  # SIMD vectors and matrices: neither integers nor structs MangoFix can name
        if base.startswith("dispatch_") and base.endswith("_t"):
            return OBJECT  # dispatch objects (queues, groups, sources...) are objects (5.3)
        if _OBJECT_TYPEDEF.match(base):
            return OBJECT  # NSNotificationName, NSAttributedStringKey, NSRunLoopMode: NSString *
        return INTEGER_ISH
    if stars == 1:
        if base == "char" and not unsigned:
            return CSTRING
        if base in ("id", "Class", "void") or base in _SIGNED | _UNSIGNED | _FLOATING | _STRUCTS | _NOT_CLASSES:
            return POINTER
        if base[:1].isupper() or base[:1] == "_":
            return OBJECT  # NSString *, UIView *, Protocol *
        return POINTER
    return POINTER  # NSError **, char **, id *


_ENCODING_CODES = {
    "c": INT, "s": INT, "i": INT, "l": INT, "q": INT,
    "C": UINT, "S": UINT, "I": UINT, "L": UINT, "Q": UINT,
    "B": BOOL, "f": DOUBLE, "d": DOUBLE, "*": CSTRING, "#": CLASS, ":": SEL, "v": VOID,
}  # fmt: skip
_QUALIFIER_CODES = "rnNoORV"


def _skip_type(enc: str, i: int) -> int:
    """Index just after the single type starting at ``enc[i]`` (qualifiers already skipped)."""
    ch = enc[i]
    if ch == "^":
        return _skip_type(enc, i + 1) if i + 1 < len(enc) else i + 1
    if ch in "{([":
        close = {"{": "}", "(": ")", "[": "]"}[ch]
        depth = 0
        j = i
        while j < len(enc):
            if enc[j] == ch:
                depth += 1
            elif enc[j] == close:
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
        return len(enc)
    if ch == "@" and enc[i + 1 : i + 2] == "?":
        return i + 2
    if ch == "@" and enc[i + 1 : i + 2] == '"':
        end = enc.find('"', i + 2)
        return len(enc) if end == -1 else end + 1
    if ch == "b":
        j = i + 1
        while j < len(enc) and enc[j].isdigit():
            j += 1
        return j
    return i + 1


def encoding_category(enc: str) -> str:
    """The category of one Objective-C type encoding (``q``, ``@``, ``@?``, ``{CGRect=...}``, ``^v``)."""
    enc = enc.lstrip(_QUALIFIER_CODES)
    if not enc:
        return UNKNOWN
    ch = enc[0]
    if ch == "@":
        return BLOCK if enc.startswith("@?") else OBJECT
    if ch == "^":
        return POINTER
    if ch == "{":
        tag = enc[1:].split("=", 1)[0].split("}", 1)[0]
        return struct(tag) if tag else UNKNOWN
    return _ENCODING_CODES.get(ch, UNKNOWN)


def split_method_encoding(enc: str) -> list[str] | None:
    """``v20@0:8B16`` -> ``["v", "B"]``: return type then parameter types (self and _cmd dropped)."""
    types: list[str] = []
    i = 0
    try:
        while i < len(enc):
            start = i
            while i < len(enc) and enc[i] in _QUALIFIER_CODES:
                i += 1
            i = _skip_type(enc, i)
            types.append(enc[start:i])
            while i < len(enc) and enc[i].isdigit():
                i += 1
    except IndexError:
        return None
    if len(types) < 3:
        return None
    return [types[0], *types[3:]]


def script_category(t: ast.TypeRef | None) -> str:
    """The category of a type written in a script (after typedef resolution)."""
    if t is None:
        return UNKNOWN
    kind = t.resolved or t.kind
    if kind == "struct":
        return struct(str(t.name))
    if kind == "CFunction":
        return POINTER
    if kind in ("object", "id"):
        return OBJECT
    if kind in (VOID, BOOL, INT, UINT, DOUBLE, CSTRING, POINTER, CLASS, SEL, BLOCK):
        return kind
    return UNKNOWN


def compatible(native: str, script: str) -> bool:
    """Can a value of native category ``native`` be declared as ``script`` in a fix script?"""
    if UNKNOWN in (native, script) or native == script:
        return True
    if native == INTEGER_ISH:
        return script in (INT, UINT)
    return {native, script} == {OBJECT, BLOCK}  # a block arrives as an object holding it


def describe(category: str) -> str:
    if category.startswith("struct:"):
        return "struct " + category[len("struct:") :]
    return {
        INTEGER_ISH: "an integer (enum)",
        OBJECT: "an object",
        BLOCK: "a block",
        POINTER: "a C pointer",
        CSTRING: "a C string",
        INT: "a signed integer",
        UINT: "an unsigned integer",
        DOUBLE: "a floating-point number",
    }.get(category, category)


def suggested_keyword(category: str) -> str:
    """How to write a native category in MangoFix (table 5.3)."""
    if category.startswith("struct:"):
        name = category[len("struct:") :]
        return "struct NSRange" if name == "_NSRange" else f"struct {name}"
    return {OBJECT: "id", INTEGER_ISH: "NSInteger", CSTRING: "CString"}.get(category, category)
