"""Parse one header (or the ``@interface`` parts of one ``.m`` file) with libclang.

:func:`parse_file` runs in worker processes: it takes and returns plain data (picklable), keeps
one libclang index per process and records only declarations located in the parsed file itself
(never the SDK's), or, with ``also``, in the project headers it was asked to read from the same
translation unit: a ``.m`` file's own header read where the build reads it, without a parse of
its own.
"""

from __future__ import annotations

import atexit
import ctypes
import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mangopy.export import spelling, swift

# CXObjCPropertyAttrKind, in the order attributes are listed in the manifest.
_PROPERTY_BITS: tuple[tuple[int, str], ...] = (
    (0x1000, "class"), (0x100, "atomic"), (0x40, "nonatomic"), (0x400, "strong"), (0x10, "retain"),
    (0x200, "weak"), (0x20, "copy"), (0x4, "assign"), (0x800, "unsafe_unretained"), (0x1, "readonly"),
    (0x8, "readwrite"),
)  # fmt: skip
_GETTER_BIT, _SETTER_BIT = 0x2, 0x80
_FATAL = 4
_ERROR = 3


@dataclass
class FileResult:
    """What one file contributes: its declarations (plain dicts), problems and warnings.

    ``status`` is ``"ok"`` (parsed; maybe with ``warnings``: includes that were not found and
    were read as empty), or ``"lost"`` (a fatal error that could not be worked around: nothing
    of the file is in the manifest; ``cause`` says why, ``problems`` where).
    """

    path: str
    decls: list[dict[str, Any]] = field(default_factory=list)
    problems: list[tuple[str, int, str]] = field(default_factory=list)
    warnings: list[tuple[str, int, str]] = field(default_factory=list)
    status: str = "ok"
    cause: str | None = None
    declares_nothing: bool = False  # no `@interface`/`@implementation`/`@protocol`: not parsed
    also: list[FileResult | None] = field(default_factory=list)  # the headers read with it (``also``)


# Fatal errors the exporter works around by reading what cannot be found as empty.
_MISSING_FILE = re.compile(r"^'(?P<name>[^']+)' file not found")
_MISSING_MODULE = re.compile(r"^module '(?P<name>[A-Za-z_][A-Za-z0-9_.]*)' not found")
_MAX_RETRIES = 24


def _cause(message: str) -> str:
    """A short, groupable reason for a fatal error (the summary counts lost files by it)."""
    if _MISSING_FILE.match(message):
        return "include not found"
    if _MISSING_MODULE.match(message):
        return "module not found"
    if message.startswith("could not build module"):
        return "module could not be built"
    if "too many errors" in message:
        return "too many errors"
    return "fatal error"


def _write_new(path: Path, text: str) -> None:
    """Create ``path`` with ``text`` unless it exists (atomic: workers may race for the same shim)."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _shim_header(shim_dir: Path, name: str) -> bool:
    """An empty stand-in for an include that cannot be found (``False``: not a name we may shim)."""
    parts = Path(name).parts
    if not parts or Path(name).is_absolute() or ".." in parts:
        return False
    _write_new(shim_dir.joinpath(*parts), "/* mangopy: not found in the project or the SDK; read as empty */\n")
    return True


def _shim_module(shim_dir: Path, name: str) -> str:
    """A module map declaring an empty module ``name`` (for ``@import Name;``); returns its path."""
    top, *subs = name.split(".")
    folder = shim_dir / "_modules" / top
    _write_new(folder / "empty.h", "/* mangopy: module not found in the project or the SDK; read as empty */\n")
    body = 'header "empty.h"\n  export *'
    for sub in reversed(subs):
        body = f"explicit module {sub} {{\n  {body}\n}}\n  export *"
    _write_new(folder / "module.modulemap", f"module {top} {{\n  {body}\n}}\n")
    return str(folder / "module.modulemap")


@functools.cache
def _clang() -> Any:
    import clang.cindex as ci

    lib = ci.conf.lib
    attrs = lib.clang_Cursor_getObjCPropertyAttributes
    attrs.argtypes = [ci.Cursor, ctypes.c_uint]
    attrs.restype = ctypes.c_uint
    for name in ("clang_Cursor_getObjCPropertyGetterName", "clang_Cursor_getObjCPropertySetterName"):
        fn = getattr(lib, name)
        fn.argtypes = [ci.Cursor]
        fn.restype = ci._CXString
        fn.errcheck = ci._CXString.from_result
    main = lib.clang_Location_isFromMainFile
    main.argtypes = [ci.SourceLocation]
    main.restype = ctypes.c_int
    return ci


# Comments and string literals (blanked before looking for `@interface`), and the keywords.
_NOT_CODE = re.compile(rb'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"', re.S)
_CONTAINER_KEYWORD = re.compile(rb"@[ \t]*(?:interface|implementation|protocol)\b")


def _code(text: bytes) -> bytes:
    """The text with comments and string literals blanked (offsets kept)."""
    return _NOT_CODE.sub(lambda m: b" " * len(m.group(0)), text)


def _containers(ci: Any, tu: Any, code: bytes, file: Any = None) -> list[Any]:
    """The ``@interface``/``@implementation``/``@protocol`` cursors of the main file (or of
    ``file``, one the translation unit includes), in order.

    Found from the keywords in the file's text rather than by walking the translation unit's
    top-level cursors: with ``#import <UIKit/UIKit.h>`` every declaration of every module it
    loads is one of those (thousands a file, each costing a Python callback and a file check).
    """
    kinds = ci.CursorKind
    wanted = {
        kinds.OBJC_INTERFACE_DECL.value, kinds.OBJC_CATEGORY_DECL.value, kinds.OBJC_PROTOCOL_DECL.value,
        kinds.OBJC_IMPLEMENTATION_DECL.value, kinds.OBJC_CATEGORY_IMPL_DECL.value,
    }  # fmt: skip
    lib = ci.conf.lib
    target = file if file is not None else tu.get_file(tu.spelling)
    target_name = os.path.realpath(target.name)
    found: dict[int, Any] = {}
    for match in _CONTAINER_KEYWORD.finditer(code):
        location = ci.SourceLocation.from_offset(tu, target, match.start())
        cursor = ci.Cursor.from_location(tu, location)
        if cursor is None or cursor._kind_id not in wanted:
            continue  # `@protocol(Foo)` in a method body, a keyword in an `#if 0` block
        if cursor._kind_id == kinds.OBJC_PROTOCOL_DECL.value and not cursor.is_definition():
            continue  # `@protocol Foo;`: a forward declaration
        start = cursor.extent.start
        if start.offset in found:
            continue
        if file is None:
            if not lib.clang_Location_isFromMainFile(start):
                continue
        elif start.file is None or os.path.realpath(start.file.name) != target_name:
            continue
        found[start.offset] = cursor
    return [found[offset] for offset in sorted(found)]


@functools.cache
def _index() -> Any:
    index = _clang().Index.create()
    atexit.register(_index.cache_clear)  # dispose of it while the bindings still exist
    return index


def warm_up() -> None:
    """Load libclang and create the process's index (a worker does this before its first file)."""
    _index()


def clang_version() -> str:
    ci = _clang()
    fn = ci.conf.lib.clang_getClangVersion
    fn.argtypes = []
    fn.restype = ci._CXString
    fn.errcheck = ci._CXString.from_result
    return str(fn())


@dataclass
class Precompiled:
    """A prefix header precompiled by :func:`precompile`."""

    path: str  # the PCH file
    errors: dict[str, list[int]]  # offsets of the errors clang recovered from in it, by file
    includes: frozenset[str]  # every file it includes (those are parsed with the header as written)


def precompile(header: str, args: list[str], out: str) -> Precompiled | None:
    """Precompile a prefix header (``args`` are a file's, without ``-include header``) into ``out``.

    Files that share the prefix header and the arguments then load it (:func:`pch_args`) instead
    of parsing it again each: a prefix header that imports half the project is most of the work.
    A file that loads it does not see its errors again (:meth:`_Reader.broken` needs them: they
    are returned), and a file the header itself includes must not load it (its declarations would
    be read twice).  ``None`` when it cannot be built: the files ``-include`` the header as written.
    """
    ci = _clang()
    header_args = ["objective-c-header" if a == "objective-c" else a for a in args]
    try:
        tu = _index().parse(header, args=header_args, options=_INCOMPLETE | _FOR_SERIALIZATION)
        if any(d.severity >= _FATAL for d in tu.diagnostics):
            return None
        errors: dict[str, list[int]] = {}
        for diag in tu.diagnostics:
            if diag.severity == _ERROR and diag.location.file is not None:
                errors.setdefault(diag.location.file.name, []).append(diag.location.offset)
        includes = frozenset(os.path.realpath(i.include.name) for i in tu.get_includes())
        tu.save(out)
    except (ci.TranslationUnitLoadError, ci.TranslationUnitSaveError, OSError):
        return None
    return Precompiled(out, errors, includes | {os.path.realpath(header)})


def pch_args(out: str) -> list[str]:
    # the PCH keeps the errors clang recovered from (unknown types of pods that are not installed)
    return ["-include-pch", out, "-Xclang", "-fallow-pch-with-compiler-errors"]


_INCOMPLETE = 0x02  # CXTranslationUnit_Incomplete
_FOR_SERIALIZATION = 0x10  # CXTranslationUnit_ForSerialization


def parse_file(
    path: str,
    args: list[str],
    shown: str,
    relative: str,
    shim_dir: str | None = None,
    known_errors: dict[str, list[int]] | None = None,
    also: tuple[tuple[str, str, str], ...] = (),
) -> FileResult:
    """Parse ``path``; ``shown`` is how problems name it, ``relative`` how ``source`` does.

    ``also`` are project headers (path, shown, relative) to read from the same translation unit:
    their results are in ``result.also``, in order, ``None`` for one the file does not include
    (or when the file is lost): the caller parses those on their own.

    ``known_errors`` are the errors of a precompiled prefix header the arguments load (see
    :func:`precompile`).  With ``shim_dir`` (a directory on the header search path, last), an
    include or a module that
    cannot be found is read as empty (created there) and the file parsed again, with a warning:
    one missing header then loses the declarations that need it, not the whole file.
    """
    ci = _clang()
    result = FileResult(shown)
    result.also = [None] * len(also)
    try:
        text = Path(path).read_bytes()
    except OSError as exc:
        result.problems.append((shown, 0, f"cannot read: {exc.strerror or exc}"))
        result.status, result.cause = "lost", "unreadable"
        return result
    code = _code(text)
    if not _CONTAINER_KEYWORD.search(code):
        # an umbrella header, constants, C code: nothing to record, so no need to parse it
        result.declares_nothing = True
        return result
    options = ci.TranslationUnit.PARSE_SKIP_FUNCTION_BODIES | ci.TranslationUnit.PARSE_INCOMPLETE
    extra: list[str] = []
    for _attempt in range(_MAX_RETRIES + 1):
        try:
            tu = _index().parse(path, args=args + extra, options=options)
        except ci.TranslationUnitLoadError as exc:
            result.problems.append((shown, 0, f"libclang cannot parse the file: {exc}"))
            result.status, result.cause = "lost", "libclang failed"
            return result
        fatal = [d for d in tu.diagnostics if d.severity >= _FATAL]
        if not fatal:
            break
        diag = fatal[0]
        loc = diag.location
        where = (_display_file(loc.file.name, tu.spelling, shown), loc.line) if loc.file is not None else (shown, 0)
        missing_file = _MISSING_FILE.match(diag.spelling)
        missing_module = _MISSING_MODULE.match(diag.spelling)
        if shim_dir is not None and missing_file and _shim_header(Path(shim_dir), missing_file["name"]):
            result.warnings.append((*where, f"{diag.spelling}: read as empty, declarations using it may be incomplete"))
            continue
        if shim_dir is not None and missing_module:
            extra.append(f"-fmodule-map-file={_shim_module(Path(shim_dir), missing_module['name'])}")
            result.warnings.append((*where, f"{diag.spelling}: read as empty, declarations using it may be incomplete"))
            continue
        result.problems.append((*where, diag.spelling))
        result.status, result.cause = "lost", _cause(diag.spelling)
        return result  # clang stopped: what it has is incomplete, and its later errors are not reported
    else:
        result.problems.append((shown, 0, "too many missing includes"))
        result.status, result.cause = "lost", "include not found"
        return result
    main = tu.spelling
    # offsets of errors clang recovered from, by file (with those of a precompiled prefix header)
    errors: dict[str, list[int]] = {k: list(v) for k, v in (known_errors or {}).items()}
    for diag in tu.diagnostics:
        if diag.severity == _ERROR and diag.location.file is not None:
            errors.setdefault(diag.location.file.name, []).append(diag.location.offset)
    _read_containers(ci, tu, None, main, text, code, relative, errors, result)
    if also:
        included = {os.path.realpath(i.include.name) for i in tu.get_includes() if i.include is not None}
        for n, (other, other_shown, other_relative) in enumerate(also):
            if os.path.realpath(other) in included:
                result.also[n] = _read_included(ci, tu, other, other_shown, other_relative, errors)
    return result


def _read_included(
    ci: Any, tu: Any, path: str, shown: str, relative: str, errors: dict[str, list[int]]
) -> FileResult | None:
    """What a header the translation unit includes declares (``None``: read it on its own)."""
    result = FileResult(shown)
    try:
        text = Path(path).read_bytes()
    except OSError:
        return None
    code = _code(text)
    if not _CONTAINER_KEYWORD.search(code):
        result.declares_nothing = True
        return result
    try:
        file = tu.get_file(path)
    except Exception:  # libclang does not know it after all: parse it alone
        return None
    name = file.name
    # the errors of the file as clang names it (the include's spelling), else by its path
    own = {name: errors.get(name, errors.get(path, []))} | {k: v for k, v in errors.items() if k != name}
    _read_containers(ci, tu, file, name, text, code, relative, own, result)
    return result


def _read_containers(
    ci: Any,
    tu: Any,
    file: Any,
    name: str,
    text: bytes,
    code: bytes,
    relative: str,
    errors: dict[str, list[int]],
    result: FileResult,
) -> None:
    reader = _Reader(ci, tu, name, text, relative, errors)
    previous_end = 0
    for cursor in _containers(ci, tu, code, file):
        loc = cursor.location
        try:
            decl = reader.container(cursor, previous_end)
        except Exception as exc:  # a construct this reader does not handle: skip it, say so
            result.warnings.append((result.path, loc.line, f"cannot read `{cursor.spelling}`: {exc}"))
            decl = None
        if decl is not None:
            result.decls.append(decl)
        previous_end = max(previous_end, cursor.extent.end.offset)


def _display_file(name: str, main: str, shown: str) -> str:
    return shown if name == main else name


class _Reader:
    def __init__(self, ci: Any, tu: Any, main: str, text: bytes, relative: str, errors: dict[str, list[int]]) -> None:
        self.ci = ci
        self.tu = tu
        self.kinds = ci.CursorKind
        self.main = main
        self.text = text
        self.relative = relative
        self.all_errors = errors
        self.errors = errors.get(main, [])
        self._typedef_broken: dict[tuple[str, int], bool] = {}

    # ------------------------------------------------------------------ containers

    def container(self, cursor: Any, previous_end: int) -> dict[str, Any] | None:
        kind = cursor._kind_id  # not .kind: newer libclangs have kinds the bindings do not name
        k = self.kinds
        if kind == k.OBJC_INTERFACE_DECL.value:
            decl: dict[str, Any] = {"kind": "class", "name": cursor.spelling, "category": None}
        elif kind == k.OBJC_CATEGORY_DECL.value:
            target = next((c.spelling for c in cursor.get_children() if c._kind_id == k.OBJC_CLASS_REF.value), None)
            if target is None:
                return None
            decl = {"kind": "class", "name": target, "category": cursor.spelling}
        elif kind == k.OBJC_PROTOCOL_DECL.value:
            decl = {"kind": "protocol", "name": cursor.spelling}
        elif kind in (k.OBJC_IMPLEMENTATION_DECL.value, k.OBJC_CATEGORY_IMPL_DECL.value):
            return self.implementation(cursor)
        else:
            return None
        decl["source"] = {"file": self.relative, "line": cursor.location.line}
        header = self._header_tokens(cursor)
        children = list(cursor.get_children())
        type_params: dict[str, str] = {}
        protocols: list[str] = []
        superclass: str | None = None
        for child in children:
            if child._kind_id == k.OBJC_SUPER_CLASS_REF.value:
                superclass = child.spelling
            elif child._kind_id == k.OBJC_PROTOCOL_REF.value:
                protocols.append(child.spelling)
            elif child._kind_id == k.TEMPLATE_TYPE_PARAMETER.value:
                bound = child.underlying_typedef_type.spelling if child.underlying_typedef_type else "id"
                type_params[child.spelling] = spelling.normalize(bound) or "id"
        if self._header_has_error(cursor, header):
            # clang does not know the superclass or a protocol (not declared in what the header
            # imports): take them from the source, as declared
            token_super, token_protocols = _parse_header(header)
            superclass = superclass or token_super
            for name in token_protocols:
                if name not in protocols:
                    protocols.append(name)
        if decl["kind"] == "class" and decl["category"] is None:
            decl["superclass"] = superclass
            start = cursor.extent.start.offset
            before = self.text[previous_end:start].decode("utf-8", "replace")
            is_swift, module = swift.swift_module(before + _first_line(self.text, start), self.relative)
            decl["swift"] = is_swift
            decl["swift_module"] = module
        decl["protocols"] = protocols
        self._members(decl, children, type_params)
        return decl

    def implementation(self, cursor: Any) -> dict[str, Any] | None:
        """The methods an ``@implementation`` defines, marked ``declared: implementation``.

        They merge under the class's ``@interface`` members (which win): what is left are the
        private methods of the ``.m`` file, the most common hot-fix targets.
        """
        k = self.kinds
        if cursor._kind_id == k.OBJC_CATEGORY_IMPL_DECL.value:
            name = next((c.spelling for c in cursor.get_children() if c._kind_id == k.OBJC_CLASS_REF.value), None)
        else:
            name = cursor.spelling
        if not name:
            return None
        decl: dict[str, Any] = {"kind": "class", "name": name, "category": None, "implementation": True}
        decl["source"] = {"file": self.relative, "line": cursor.location.line}
        decl["protocols"] = []
        instance: dict[str, Any] = {}
        klass: dict[str, Any] = {}
        for child in cursor.get_children():
            if child._kind_id == k.OBJC_INSTANCE_METHOD_DECL.value:
                target = instance
            elif child._kind_id == k.OBJC_CLASS_METHOD_DECL.value:
                target = klass
            else:
                continue
            if child.spelling not in target:
                entry = self._method(child, {})
                entry["declared"] = "implementation"
                target[child.spelling] = entry
        decl["instance_methods"] = instance
        decl["class_methods"] = klass
        decl["properties"] = {}
        return decl

    def _header_has_error(self, cursor: Any, header: list[str]) -> bool:
        if not self.errors or not header:
            return False
        tokens = list(cursor.get_tokens())[: len(header)]
        start = tokens[0].extent.start.offset
        end = tokens[-1].extent.end.offset
        return any(start <= e <= end for e in self.errors)

    def _header_tokens(self, cursor: Any) -> list[str]:
        out: list[str] = []
        for token in cursor.get_tokens():
            word = token.spelling
            if word in ("{", ";") or (word in ("-", "+", "@property", "@optional", "@required", "@end") and out):
                break
            if out and out[-1] == "@" and word in ("property", "optional", "required", "end"):
                out.pop()
                break
            out.append(word)
        return out

    def _members(self, decl: dict[str, Any], children: list[Any], type_params: dict[str, str]) -> None:
        k = self.kinds
        instance: dict[str, Any] = {}
        klass: dict[str, Any] = {}
        properties: dict[str, Any] = {}
        property_locations: set[tuple[int, int]] = set()
        implicit: dict[tuple[bool, str], str | None] = {}
        props = [c for c in children if c._kind_id == k.OBJC_PROPERTY_DECL.value]
        for prop in props:
            property_locations.add((prop.location.line, prop.location.column))
        methods = [
            c for c in children if c._kind_id in (k.OBJC_INSTANCE_METHOD_DECL.value, k.OBJC_CLASS_METHOD_DECL.value)
        ]
        for method in methods:
            is_class = method._kind_id == k.OBJC_CLASS_METHOD_DECL.value
            if (method.location.line, method.location.column) in property_locations:
                implicit[(is_class, method.spelling)] = method.objc_type_encoding or None
                continue  # an accessor clang declares implicitly: built from the property below
            target = klass if is_class else instance
            if method.spelling not in target:
                target[method.spelling] = self._method(method, type_params)
        for prop in props:
            name, raw, getter, setter, is_class = self._property(prop, type_params)
            if name in properties:
                continue
            properties[name] = raw
            target = klass if is_class else instance
            valid = not self._has_error(prop, to_semicolon=True) and not self.broken(prop.type)
            source = {"file": self.relative, "line": prop.location.line}
            if getter not in target:
                entry: dict[str, Any] = {"returns": raw["type"], "params": []}
                encoding = implicit.get((is_class, getter))
                if valid and encoding:
                    entry["encoding"] = encoding
                entry["source"] = source
                target[getter] = entry
            if setter is not None and setter not in target:
                entry = {"returns": "void", "params": [raw["type"]]}
                encoding = implicit.get((is_class, setter))
                if valid and encoding:
                    entry["encoding"] = encoding
                entry["source"] = source
                target[setter] = entry
        decl["instance_methods"] = instance
        decl["class_methods"] = klass
        decl["properties"] = properties

    # ------------------------------------------------------------------ members

    def _statement_end(self, cursor: Any) -> int:
        """Offset of the `;` ending a declaration (a block property's extent stops at its name)."""
        end = cursor.extent.end.offset
        semicolon = self.text.find(b";", end)
        return semicolon if semicolon >= 0 else end

    def _has_error(self, cursor: Any, to_semicolon: bool = False) -> bool:
        if not self.errors:
            return False
        start = cursor.extent.start.offset
        end = self._statement_end(cursor) if to_semicolon else cursor.extent.end.offset
        return any(start <= e <= end for e in self.errors)

    def _statement_tokens(self, cursor: Any) -> list[str]:
        ci = self.ci
        extent = cursor.extent
        end = ci.SourceLocation.from_offset(self.tu, extent.start.file, self._statement_end(cursor) + 1)
        return [t.spelling for t in self.tu.get_tokens(extent=ci.SourceRange.from_locations(extent.start, end))]

    def _method(self, cursor: Any, type_params: dict[str, str]) -> dict[str, Any]:
        params = [c for c in cursor.get_children() if c._kind_id == self.kinds.PARM_DECL.value]
        entry: dict[str, Any]
        if self._has_error(cursor):
            returns, types = _method_types_from_tokens([t.spelling for t in cursor.get_tokens()])
            if len(types) != cursor.spelling.count(":"):
                types = (types + ["id"] * len(params))[: cursor.spelling.count(":")]
            entry = {"returns": spelling.substitute(returns, type_params), "params": [
                spelling.substitute(t, type_params) for t in types
            ]}  # fmt: skip
        else:
            entry = {
                "returns": self._type(cursor.result_type, type_params),
                "params": [self._type(p.type, type_params) for p in params],
            }
            if len(entry["params"]) != cursor.spelling.count(":"):  # should not happen; keep the manifest valid
                entry["params"] = (entry["params"] + ["id"] * cursor.spelling.count(":"))[: cursor.spelling.count(":")]
            encoding = cursor.objc_type_encoding
            broken = self.broken(cursor.result_type) or any(self.broken(p.type) for p in params)
            if encoding and encoding != "?" and not broken:
                entry["encoding"] = encoding
        entry["source"] = {"file": self.relative, "line": cursor.location.line}
        return entry

    def broken(self, clang_type: Any) -> bool:
        """Does the type go through a typedef clang could not read (``typedef UIRectCorner X;`` with
        ``UIRectCorner`` unknown silently becomes ``int``)?  Its encoding would be a guess."""
        kinds = self.ci.TypeKind  # compared by id: newer libclangs have type kinds the bindings do not name
        current = clang_type
        for _depth in range(32):
            kind = current._kind_id
            if kind == kinds.ELABORATED.value:
                current = current.get_named_type()
            elif kind in (kinds.POINTER.value, kinds.BLOCKPOINTER.value, kinds.OBJCOBJECTPOINTER.value):
                current = current.get_pointee()
            elif kind == kinds.TYPEDEF.value:
                decl = current.get_declaration()
                if self._typedef_has_error(decl):
                    return True
                current = decl.underlying_typedef_type
            else:
                return False
        return False

    def _typedef_has_error(self, decl: Any) -> bool:
        file = decl.location.file
        if file is None:
            return False
        extent = decl.extent
        key = (file.name, extent.start.offset)
        cached = self._typedef_broken.get(key)
        if cached is None:
            offsets = self.all_errors.get(file.name, ())
            cached = self._typedef_broken[key] = any(extent.start.offset <= e <= extent.end.offset for e in offsets)
        return cached

    def _type(self, clang_type: Any, type_params: dict[str, str]) -> str:
        text = spelling.normalize(clang_type.spelling)
        return spelling.substitute(text, type_params) if type_params else text

    def _property(self, cursor: Any, type_params: dict[str, str]) -> tuple[str, dict[str, Any], str, str | None, bool]:
        ci = self.ci
        bits = ci.conf.lib.clang_Cursor_getObjCPropertyAttributes(cursor, 0)
        name = cursor.spelling
        attributes = [word for bit, word in _PROPERTY_BITS if bits & bit]
        getter = str(ci.conf.lib.clang_Cursor_getObjCPropertyGetterName(cursor)) or name
        setter = str(ci.conf.lib.clang_Cursor_getObjCPropertySetterName(cursor)) or spelling_setter(name)
        if bits & _GETTER_BIT:
            attributes.append(f"getter={getter}")
        if bits & _SETTER_BIT:
            attributes.append(f"setter={setter}")
        if self._has_error(cursor, to_semicolon=True):
            type_text = _property_type_from_tokens(self._statement_tokens(cursor), name)
            type_text = spelling.substitute(type_text, type_params)
        else:
            type_text = self._type(cursor.type, type_params)
        raw: dict[str, Any] = {"type": type_text or "id", "attributes": attributes}
        raw["source"] = {"file": self.relative, "line": cursor.location.line}
        readonly = bool(bits & 0x1)
        return name, raw, getter, None if readonly else setter, bool(bits & 0x1000)


def spelling_setter(name: str) -> str:
    return "set" + name[:1].upper() + name[1:] + ":"


def _first_line(text: bytes, start: int) -> str:
    end = text.find(b"\n", start)
    return text[start : end if end >= 0 else len(text)].decode("utf-8", "replace")


_IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def _parse_header(tokens: list[str]) -> tuple[str | None, list[str]]:
    """Superclass and protocols from ``@interface Name<T> (Cat) : Super<Args> <P1, P2>`` tokens."""
    i = 0
    while i < len(tokens) and tokens[i] not in ("interface", "protocol"):
        i += 1
    i += 2  # keyword, name
    superclass: str | None = None
    protocols: list[str] = []

    def skip_angles(j: int) -> int:
        depth = 0
        while j < len(tokens):
            if tokens[j] == "<":
                depth += 1
            elif tokens[j] == ">":
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
        return j

    if i < len(tokens) and tokens[i] == "<" and tokens[i - 2] == "interface":
        # generic parameters of the class (only when followed by `:` or `(` or a protocol list)
        close = skip_angles(i)
        if close < len(tokens) and tokens[close] in (":", "(", "<"):
            i = close
    if i < len(tokens) and tokens[i] == "(":
        while i < len(tokens) and tokens[i] != ")":
            i += 1
        i += 1
    if i + 1 < len(tokens) and tokens[i] == ":" and _IDENT.match(tokens[i + 1]):
        superclass = tokens[i + 1]
        i += 2
        if i < len(tokens) and tokens[i] == "<":  # type arguments of the superclass, or protocols
            close = skip_angles(i)
            if close < len(tokens) and tokens[close] == "<":
                i = close
    if i < len(tokens) and tokens[i] == "<":
        depth = 0
        for word in tokens[i:]:
            if word == "<":
                depth += 1
            elif word == ">":
                depth -= 1
                if depth == 0:
                    break
            elif depth == 1 and _IDENT.match(word):
                protocols.append(word)
    return superclass, protocols


def _balanced(tokens: list[str], i: int) -> tuple[list[str], int]:
    """The tokens inside the parentheses opening at ``tokens[i]``, and the index after them."""
    depth = 0
    out: list[str] = []
    for j in range(i, len(tokens)):
        word = tokens[j]
        if word == "(":
            depth += 1
            if depth == 1:
                continue
        elif word == ")":
            depth -= 1
            if depth == 0:
                return out, j + 1
        out.append(word)
    return out, len(tokens)


def _method_types_from_tokens(tokens: list[str]) -> tuple[str, list[str]]:
    """Return and parameter type spellings of ``- (Foo *)a:(Bar)x b:(Baz *)y;`` from its tokens."""
    i = 1 if tokens and tokens[0] in ("-", "+") else 0
    returns = "id"
    if i < len(tokens) and tokens[i] == "(":
        inner, i = _balanced(tokens, i)
        returns = _type_text(inner)
    params: list[str] = []
    while i < len(tokens) and tokens[i] not in (";", "{"):
        if tokens[i] == ":":
            i += 1
            if i < len(tokens) and tokens[i] == "(":
                inner, i = _balanced(tokens, i)
                params.append(_type_text(inner))
            else:
                params.append("id")
            i += 1  # the parameter name
            continue
        if tokens[i] == ",":  # `, ...` of a variadic method
            break
        i += 1
    return returns, params


def _type_text(tokens: list[str]) -> str:
    words = [t for t in tokens if t not in ("in", "out", "inout", "bycopy", "byref", "oneway")]
    return spelling.strip_param_names(spelling.join_tokens(words)) or "id"


def _property_type_from_tokens(tokens: list[str], name: str) -> str:
    """The declared type of ``@property (attrs) TYPE NAME;`` (or ``TYPE (^NAME)(ARGS)``) from its tokens."""
    i = 0
    if tokens[:2] == ["@", "property"]:
        i = 2
    elif tokens[:1] == ["@property"]:
        i = 1
    if i < len(tokens) and tokens[i] == "(":
        _, i = _balanced(tokens, i)
    rest = tokens[i:]
    if ";" in rest:
        rest = rest[: rest.index(";")]
    if name not in rest:
        return spelling.join_tokens(rest)
    at = len(rest) - 1 - rest[::-1].index(name)
    before, after = rest[:at], rest[at + 1 :]
    if (before and before[-1] == "^") or (len(before) >= 2 and before[-1] == "*" and before[-2] == "("):
        # a block or function pointer: the name sits inside `(^name)(...)`; keep the parameter list
        depth = 0
        kept: list[str] = []
        for word in after:
            kept.append(word)
            if word == "(":
                depth += 1
            elif word == ")":
                depth -= 1
                if depth == 0 and len(kept) > 1:
                    break
        return spelling.strip_param_names(spelling.join_tokens(before + kept))
    return spelling.join_tokens(before)
