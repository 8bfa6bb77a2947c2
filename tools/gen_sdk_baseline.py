#!/usr/bin/env python3
"""Generate mangopy's SDK baseline from the xamarin-macios binding definitions.

Writes ``mangopy/data/sdk_baseline.json`` (a class manifest: the iOS Objective-C classes and
protocols with superclasses, adopted protocols, methods and properties) and
``mangopy/data/sdk_types.json`` (per framework: enums with their underlying types and values,
typedefs, structs, and the global constants that the bindings read with ``[Field]``) from the
MIT-licensed C# binding definitions of
https://github.com/xamarin/xamarin-macios (``src/*.cs`` and the files they use), plus the small
hand-written overlay ``tools/baseline/overlay.h`` for what the bindings do not express (NSObject,
which xamarin binds by hand in C#, and a few typedefs).

Nothing is downloaded: give it a checkout, or a bare git directory and a commit::

    python tools/gen_sdk_baseline.py --source ~/src/xamarin-macios
    python tools/gen_sdk_baseline.py --git-dir /work/.mirror/xamarin+xamarin-macios/repo --commit HEAD

(run from the repository root; ``--out-dir DIR`` writes elsewhere, ``--check`` validates
without writing).  It reads, from the source: ``src/**/*.cs`` (preprocessed for iOS: ``NET``,
``IOS`` ... defined, ``MONOMAC``, ``TVOS`` ... not), ``tools/common/Frameworks.cs`` (which C#
namespaces are iOS frameworks, and their Objective-C framework names),
``tests/xtro-sharpie/api-annotations-dotnet/{iOS,common}-*.{todo,ignore}`` (SDK API that the
bindings lack: it marks entries ``partial``) and ``LICENSE``.

Before writing, it checks that every superclass chain ends at ``NSObject`` or ``NSProxy``, that
every adopted or inherited protocol is present, that each selector has one parameter type per
colon, that every type spelling falls in the type category it was mapped for
(``mangopy.semantics.types.objc_category``), and that the manifest is valid
(``mangopy.semantics.manifest.validate``).  It writes both files atomically, compactly, and
prints counts per framework.  See ``mangopy/data/README.md`` for the conventions and the
completeness criterion.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import sdk_bindings as sb  # noqa: E402

from mangopy.semantics import types as cat  # noqa: E402

OVERLAY = HERE / "baseline" / "overlay.h"
OUT_DIR = ROOT / "mangopy" / "data"
UPSTREAM = "https://github.com/xamarin/xamarin-macios"
ROOTS = ("NSObject", "NSProxy")
UNKNOWN_TYPE = cat.UNKNOWN_SPELLING  # a spelling objc_category cannot classify: nothing is concluded from it

# ---------------------------------------------------------------------------------- sources


class Source:
    """The xamarin-macios files the generator reads: a checkout directory or a git commit."""

    def __init__(self, paths: dict[str, Any], commit: str | None, description: str) -> None:
        self._paths = paths  # relative path -> Path or blob id
        self.commit = commit
        self.description = description
        self._git_dir: str | None = None

    @classmethod
    def checkout(cls, root: Path, commit: str | None) -> Source:
        if not (root / "src").is_dir():
            raise SystemExit(f"gen_sdk_baseline: {root}: not a xamarin-macios checkout (no src/ directory)")
        paths = {
            str(p.relative_to(root)): p for p in root.rglob("*") if p.is_file() and _wanted(str(p.relative_to(root)))
        }
        if commit is None:
            try:
                commit = subprocess.run(
                    ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
                ).stdout.strip()
            except (OSError, subprocess.CalledProcessError):
                commit = None
        return cls(paths, commit, str(root))

    @classmethod
    def git(cls, git_dir: Path, commit: str) -> Source:
        def git(*args: str) -> str:
            try:
                return subprocess.run(
                    ["git", "--git-dir", str(git_dir), *args], capture_output=True, text=True, check=True
                ).stdout
            except (OSError, subprocess.CalledProcessError) as exc:
                raise SystemExit(f"gen_sdk_baseline: git {' '.join(args)}: {getattr(exc, 'stderr', exc)}") from None

        sha = git("rev-parse", "--verify", commit + "^{commit}").strip()
        paths: dict[str, Any] = {}
        for line in git(
            "ls-tree", "-r", sha, "--", "src", "tools/common", "tests/xtro-sharpie", "LICENSE"
        ).splitlines():
            meta, path = line.split("\t", 1)
            if _wanted(path):
                paths[path] = meta.split()[2]
        src = cls(paths, sha, f"{git_dir} @ {sha}")
        src._git_dir = str(git_dir)
        return src

    def files(self, prefix: str, suffix: str = "") -> list[str]:
        return sorted(p for p in self._paths if p.startswith(prefix) and p.endswith(suffix))

    def read(self, path: str) -> str | None:
        ref = self._paths.get(path)
        if ref is None:
            return None
        if isinstance(ref, Path):
            return ref.read_text(encoding="utf-8-sig", errors="replace")
        proc = subprocess.run(
            ["git", "--git-dir", str(self._git_dir), "cat-file", "blob", ref], capture_output=True, check=False
        )
        if proc.returncode != 0:  # a blob absent from a partial mirror (large files)
            return None
        return proc.stdout.decode("utf-8-sig", errors="replace")

    def read_many(self, paths: list[str]) -> Iterator[tuple[str, str]]:
        """(path, text) for each readable path; one ``git cat-file --batch`` for a git source."""
        if self._git_dir is None:
            for p in paths:
                text = self.read(p)
                if text is not None:
                    yield p, text
            return
        refs = [(p, self._paths[p]) for p in paths if p in self._paths]
        proc = subprocess.run(
            ["git", "--git-dir", self._git_dir, "cat-file", "--batch"],
            input="".join(ref + "\n" for _, ref in refs).encode(),
            capture_output=True,
            check=False,
        )
        data = proc.stdout
        pos = 0
        for path, _ref in refs:
            end = data.index(b"\n", pos)
            header = data[pos:end].split()
            pos = end + 1
            if len(header) < 3 or header[1] != b"blob":
                continue
            size = int(header[2])
            yield path, data[pos : pos + size].decode("utf-8-sig", errors="replace")
            pos += size + 1


def _wanted(path: str) -> bool:
    if path == "LICENSE" or path == "tools/common/Frameworks.cs":
        return True
    if path.startswith("tests/xtro-sharpie/api-annotations-dotnet/"):
        name = path.rsplit("/", 1)[-1]
        return name.startswith(("iOS-", "common-")) and name.endswith((".todo", ".ignore"))
    if not path.startswith("src/") or not path.endswith(".cs"):
        return False
    return not path.startswith(("src/bgen/", "src/rgen/", "src/build/", "src/ObjCBindings/"))


# ---------------------------------------------------------------------------------- frameworks

_FRAMEWORK_ROW = re.compile(r'\{\s*"([A-Za-z0-9_]+)"\s*,\s*"([A-Za-z0-9_]+)"\s*,')


def ios_frameworks(src: Source) -> dict[str, str]:
    """C# namespace -> Objective-C framework, for the frameworks xamarin binds on iOS."""
    text = src.read("tools/common/Frameworks.cs")
    if text is None:
        raise SystemExit("gen_sdk_baseline: tools/common/Frameworks.cs not found in the source")
    start = text.find("CreateiOSFrameworks")
    end = text.find("};", start)
    if start < 0 or end < 0:
        raise SystemExit("gen_sdk_baseline: tools/common/Frameworks.cs: no CreateiOSFrameworks table")
    table = {ns: fw for ns, fw in _FRAMEWORK_ROW.findall(text[start:end])}
    # Namespaces whose types live in another framework's headers.
    table.setdefault("ObjCRuntime", "Foundation")
    return table


# ---------------------------------------------------------------------------------- model helpers


def unavailable_on_ios(attrs: list[sb.Attr]) -> bool:
    for a in attrs:
        if a.target is not None:
            continue
        if a.name == "NoiOS":
            return True
        if (
            a.name == "Unavailable"
            and a.args
            and "PlatformName.iOS" in " ".join(t.text for t in a.args[0]).replace(" ", "")
        ):
            return True
    return False


def _first_string(attr: sb.Attr | None) -> str | None:
    if attr is None:
        return None
    strings = attr.strings()
    return strings[0] if strings else None


def _named_string(attr: sb.Attr | None, key: str) -> str | None:
    if attr is None:
        return None
    value = attr.named(key)
    if value and value[0].kind == "str":
        return sb.unquote(value[0].text)
    return None


def _typeof(attr: sb.Attr | None) -> str | None:
    """``[BaseType (typeof (UIView))]`` -> ``UIView``."""
    if attr is None or not attr.args:
        return None
    toks = attr.args[0]
    if len(toks) >= 4 and toks[0].text == "typeof":
        end = next((k for k, t in enumerate(toks) if t.text == "<"), len(toks) - 1)
        names = [t.text for t in toks[2:end] if t.kind == "id" and t.text != "global"]
        return names[-1] if names else None
    return None


@dataclass
class TypeTables:
    """What each C# type name means in Objective-C."""

    classes: dict[str, str] = field(default_factory=dict)  # C# name -> ObjC class name
    protocols: dict[str, str] = field(default_factory=dict)  # C# interface name -> ObjC protocol name
    enums: dict[str, str] = field(default_factory=dict)  # C# name -> ObjC name
    enum_underlying: dict[str, str] = field(default_factory=dict)  # C# name -> ObjC integer type
    smart_enums: set[str] = field(default_factory=set)  # NSString-backed "enums"
    structs: dict[str, str] = field(default_factory=dict)  # C# name -> ObjC name
    delegates: dict[str, sb.Delegate] = field(default_factory=dict)
    handles: dict[str, str] = field(default_factory=dict)  # C# class -> ObjC CF-style handle type (CGColorRef)
    type_params: set[str] = field(default_factory=set)  # generic parameters of bound generic classes
    informal_bases: dict[str, list[str]] = field(default_factory=dict)  # informal protocol -> its C# bases


# Fixed C# -> Objective-C spellings (and their categories are checked like every other).
_PRIMITIVES = {
    "void": "void",
    "bool": "BOOL",
    "nint": "NSInteger",
    "nuint": "NSUInteger",
    "nfloat": "CGFloat",
    "int": "int",
    "uint": "unsigned int",
    "long": "long long",
    "ulong": "unsigned long long",
    "short": "short",
    "ushort": "unsigned short",
    "byte": "unsigned char",
    "sbyte": "signed char",
    "char": "unichar",
    "float": "float",
    "double": "double",
    "string": "NSString *",
    "NSString": "NSString *",
    "Boolean": "BOOL",
    "Int16": "short",
    "UInt16": "unsigned short",
    "Int32": "int",
    "UInt32": "unsigned int",
    "Int64": "long long",
    "UInt64": "unsigned long long",
    "Byte": "unsigned char",
    "SByte": "signed char",
    "Single": "float",
    "NFloat": "CGFloat",
    "Double": "double",
    "Selector": "SEL",
    "Class": "Class",
    "Protocol": "Protocol *",
    # IntPtr / NativeHandle stand for objects, classes and C pointers alike: unknown (see below).
    "NSZone": "NSZone *",
    "INativeObject": "id",
    "NSObject": "NSObject *",
    "DispatchQueue": "dispatch_queue_t",
    "DispatchData": "dispatch_data_t",
    "DispatchGroup": "dispatch_group_t",
    "DispatchSource": "dispatch_source_t",
    "DispatchBlock": "dispatch_block_t",
    "Vector2": "simd_float2",
    "Vector3": "simd_float3",
    "Vector4": "simd_float4",
    "NVector3": "simd_float3",
    "NativeObject": "void *",
}
# The spellings above that are opaque to the checker's categories (vectors are neither integers nor structs).
_OPAQUE = {"simd_float2", "simd_float3", "simd_float4"}


# Object spellings the mapping produces even when the class is not among the bound ones.
_FOUNDATION_OBJECTS = frozenset(
    {"NSString", "Protocol", "NSArray", "NSMutableArray", "NSSet", "NSMutableSet", "NSOrderedSet"}
    | {"NSMutableOrderedSet", "NSDictionary", "NSMutableDictionary"}
)


class Mapper:
    """C# type references -> Objective-C spellings, with the category each must have."""

    def __init__(self, tables: TypeTables) -> None:
        self.t = tables
        self.unknown: dict[str, int] = defaultdict(int)
        self.misread_enums: set[str] = set()

    def spell(self, ref: sb.TypeRef, attrs: Iterable[sb.Attr] = (), modifier: str = "") -> str:
        text = self._spell(ref, list(attrs))
        if modifier in ("out", "ref"):
            return UNKNOWN_TYPE if text == UNKNOWN_TYPE else _pointer_to(text)
        return text

    def _unknown(self, why: str) -> str:
        self.unknown[why] += 1
        return UNKNOWN_TYPE

    def _spell(self, ref: sb.TypeRef, attrs: list[sb.Attr]) -> str:
        name = ref.name
        if ref.pointer:
            inner = self._spell(sb.TypeRef(name, ref.args), [])
            for _ in range(ref.pointer):
                inner = "void *" if inner == UNKNOWN_TYPE else _pointer_to(inner)
            return inner
        if ref.array:
            elem = sb.TypeRef(name, ref.args, ref.array - 1, ref.nullable)
            inner = self._spell(elem, [])
            if inner != UNKNOWN_TYPE and cat.objc_category(inner) in (cat.OBJECT, cat.BLOCK):
                return f"NSArray<{_generic_arg(inner)}> *"
            return self._unknown(f"array of {elem}")  # C arrays and boxed values: not sure which
        if ref.nullable and name not in self.t.classes and not self._is_reference(name):
            return self._unknown(f"nullable value {name}")  # usually an NSNumber/NSValue behind [BindAs]
        if name in ("NSArray", "NSMutableArray", "NSSet", "NSMutableSet", "NSOrderedSet", "NSMutableOrderedSet") and (
            ref.args
        ):
            inner = self._spell(ref.args[0], [])
            arg = _generic_arg(inner) if inner != UNKNOWN_TYPE and cat.objc_category(inner) == cat.OBJECT else "id"
            return f"{self.t.classes.get(name, name)}<{arg}> *"
        if name in ("NSDictionary", "NSMutableDictionary") and len(ref.args) == 2:
            parts = [self._spell(a, []) for a in ref.args]
            args = [
                _generic_arg(p) if p != UNKNOWN_TYPE and cat.objc_category(p) == cat.OBJECT else "id" for p in parts
            ]
            return f"{name}<{args[0]}, {args[1]}> *"
        if name in ("Action", "Func"):
            args = [self._spell(a, []) for a in ref.args]
            if name == "Func":
                if not args:
                    return self._unknown("Func without result")
                ret, args = args[-1], args[:-1]
            else:
                ret = "void"
            return _block(ret, args)
        if name in ("IntPtr", "UIntPtr", "NativeHandle"):
            return self._unknown("IntPtr / NativeHandle (an object, a class or a C pointer)")
        if name in _PRIMITIVES:
            return _PRIMITIVES[name]
        if name in self.t.type_params and name not in self.t.classes:
            return "id"  # a generic parameter (ObjectType, ItemIdentifierType): an object
        if name in self.t.classes:
            return self.t.classes[name] + " *"
        if name in self.t.protocols:
            return f"id<{self.t.protocols[name]}>"
        if name.startswith("I") and name[1:2].isupper() and name[1:] in self.t.protocols:
            return f"id<{self.t.protocols[name[1:]]}>"
        if name in self.t.delegates:
            d = self.t.delegates[name]
            ccallback = any(a.name == "CCallback" for a in attrs) or sb.has(d.attrs, "CCallback") is not None
            ret = self.spell(d.returns)
            params = [self.spell(p.type, p.attrs, p.modifier) for p in d.params]
            if ccallback:
                return f"{ret} (*)({', '.join(params) or 'void'})"
            return _block(ret, params)
        if name in self.t.smart_enums:
            return "NSString *"
        if name in self.t.enums:
            objc = self.t.enums[name]
            if cat.objc_category(objc) in (cat.INTEGER_ISH, cat.INT, cat.UINT):
                return objc
            # The checker's heuristics read this name as something else (``UIViewContentMode`` looks
            # like a string typedef): spell the underlying integer type instead.
            self.misread_enums.add(objc)
            return self.t.enum_underlying.get(name, "NSInteger")
        if name not in self.t.structs and cat.objc_category(name) == cat.struct(name):
            return name  # a struct the checker knows (CGRect, CGPoint ...) even when no source declares it
        if name in self.t.structs:
            objc = self.t.structs[name]
            return objc if cat.objc_category(objc) == cat.struct(objc) else f"struct {objc}"
        if name in self.t.handles:
            return self.t.handles[name]
        if name.startswith("I") and name[1:2].isupper():
            return "id"  # an interface for a protocol of a framework that is not bound on iOS
        return self._unknown(f"type {ref.qualified or name}")

    def _is_reference(self, name: str) -> bool:
        return (
            name in ("string", "NSObject") or name in self.t.protocols or (name.startswith("I") and name[1:2].isupper())
        )

    def expected(self, spelling: str) -> str:
        """The category a generated spelling must have (the mapping's intent)."""
        if spelling == UNKNOWN_TYPE or spelling in _OPAQUE:
            return cat.UNKNOWN
        if "(^)" in spelling or spelling.endswith("_block_t"):
            return cat.BLOCK
        if "(*)" in spelling:
            return cat.POINTER
        text = spelling
        while True:
            stripped = re.sub(r"<[^<>]*>", "", text)
            if stripped == text:
                break
            text = stripped
        if re.fullmatch(r"(const )?char \*", text):
            return cat.CSTRING
        if text.startswith("struct "):
            return cat.struct(text[len("struct ") :])
        if text in self.t.structs.values() or cat.objc_category(text) == cat.struct(text):
            return cat.struct(text)
        if text.endswith("**") or text.endswith("Ref") or text.count("*") > 1:
            return cat.POINTER
        if text.endswith(" *"):
            base = text[:-2]
            if base in self.t.classes.values() or base in _FOUNDATION_OBJECTS:
                return cat.OBJECT
            return cat.POINTER
        if text == "id" or text.startswith("dispatch_"):
            return cat.OBJECT
        if text in self.t.enums.values():
            return cat.INTEGER_ISH
        return cat.objc_category(text)


def _generic_arg(spelling: str) -> str:
    return spelling


def _pointer_to(text: str) -> str:
    """A pointer to ``text``; ``void *`` when the checker would not read the spelling as a C pointer."""
    spelling = text + "*" if text.endswith("*") else text + " *"
    return spelling if cat.objc_category(spelling) == cat.POINTER else "void *"


def _block(ret: str, params: list[str]) -> str:
    if UNKNOWN_TYPE in params or ret == UNKNOWN_TYPE:
        params = ["..." if p == UNKNOWN_TYPE else p for p in params]
        ret = "void" if ret == UNKNOWN_TYPE else ret
    return f"{ret} (^)({', '.join(params) or 'void'})"


# ---------------------------------------------------------------------------------- Objective-C overlay

_DROP = re.compile(
    r"\b(nullable|nonnull|null_unspecified|_Nullable|_Nonnull|_Null_unspecified|__nullable|__nonnull|"
    r"NS_NOESCAPE|NS_SWIFT_SENDABLE)\b"
)
_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


class OverlayError(ValueError):
    pass


def norm_type(text: str) -> str:
    """A declared type without nullability, with canonical spacing (``NSString *``, ``void (^)(BOOL)``)."""
    t = _DROP.sub(" ", text)
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"\(\s*\^\s*\)", "(^)", t)
    t = re.sub(r"\s*\*", " *", t).replace("* *", "**")
    t = re.sub(r"\s*<\s*", "<", t)
    t = re.sub(r"\s*>", ">", t)
    t = re.sub(r"\s*,\s*", ", ", t)
    t = re.sub(r"\(\s+", "(", t)
    t = re.sub(r"\s+\)", ")", t)
    t = re.sub(r"\s+", " ", t).strip()
    if not t:
        raise OverlayError(f"empty type in {text!r}")
    return t


def _paren(s: str, pos: int) -> tuple[str, int]:
    if pos >= len(s) or s[pos] != "(":
        raise OverlayError(f"expected '(' in {s!r}")
    depth = 0
    for j in range(pos, len(s)):
        depth += {"(": 1, ")": -1}.get(s[j], 0)
        if depth == 0:
            return s[pos + 1 : j], j + 1
    raise OverlayError(f"unbalanced parentheses in {s!r}")


def parse_objc_method(decl: str) -> tuple[bool, str, dict[str, Any]]:
    """``- (void)insertSubview:(UIView *)view atIndex:(NSInteger)index`` -> (is_class, selector, method)."""
    s = decl.strip().rstrip(";").strip()
    if not s or s[0] not in "+-":
        raise OverlayError(f"a method starts with '-' or '+': {decl!r}")
    is_class = s[0] == "+"
    s = re.sub(r",\s*\.\.\.\s*$", "", s[1:]).strip()
    ret, pos = _paren(s, 0)
    pieces: list[str] = []
    params: list[str] = []
    while True:
        while pos < len(s) and s[pos].isspace():
            pos += 1
        if pos >= len(s):
            break
        m = _IDENT.match(s, pos)
        after = m.end() if m else pos
        while after < len(s) and s[after].isspace():
            after += 1
        if after < len(s) and s[after] == ":":
            pos = after + 1
            while pos < len(s) and s[pos].isspace():
                pos += 1
            ptype, pos = _paren(s, pos)
            arg = _IDENT.match(s, pos) or _IDENT.match(s, pos + 1)
            if arg is None:
                raise OverlayError(f"no argument name in {decl!r}")
            pos = arg.end()
            pieces.append((m.group(0) if m else "") + ":")
            params.append(norm_type(ptype))
        elif m and not pieces:
            pieces.append(m.group(0))
            pos = m.end()
        else:
            raise OverlayError(f"cannot read {decl!r}")
    return is_class, "".join(pieces), {"returns": norm_type(ret), "params": params}


def parse_objc_property(decl: str) -> tuple[str, dict[str, Any]]:
    """``@property (nonatomic, copy) NSString *title`` -> (name, {"type", "attributes"})."""
    s = decl.strip().rstrip(";").strip()[len("@property") :].strip()
    attrs: list[str] = []
    if s.startswith("("):
        inner, pos = _paren(s, 0)
        attrs = [re.sub(r"\s*=\s*", "=", a.strip()) for a in inner.split(",") if a.strip()]
        s = s[pos:].strip()
    m = re.search(r"([A-Za-z_$][A-Za-z0-9_$]*)\s*$", s)
    if m is None:
        raise OverlayError(f"no property name in {decl!r}")
    attrs = [a for a in attrs if a not in ("nullable", "nonnull", "null_resettable", "null_unspecified")]
    return m.group(1), {"type": norm_type(s[: m.start()]), "attributes": attrs}


@dataclass
class Overlay:
    classes: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> entry (+ "framework")
    protocols: dict[str, dict[str, Any]] = field(default_factory=dict)
    typedefs: dict[str, dict[str, str]] = field(default_factory=dict)  # framework -> name -> type


_INTERFACE = re.compile(
    r"^@(interface|protocol)\s+([A-Za-z_]\w*)\s*(?:\(\s*(\w*)\s*\))?\s*(?::\s*(\w+))?\s*(?:<([^>]*)>)?\s*$"
)


def parse_overlay(text: str, path: str) -> Overlay:
    """Objective-C declarations: ``@interface`` / ``@protocol`` blocks, ``typedef`` lines.

    A ``// framework: NAME`` comment line sets the framework of what follows.
    """
    out = Overlay()
    framework = "Foundation"
    current: dict[str, Any] | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        where = f"{path}:{lineno}"
        m = re.match(r"^//\s*framework:\s*(\w+)\s*$", line)
        if m:
            framework = m.group(1)
            continue
        if not line or line.startswith("//"):
            continue
        try:
            if line.startswith("typedef "):
                m = re.match(r"^typedef\s+(.+?)\s*\b([A-Za-z_]\w*)\s*;$", line)
                if m is None:
                    raise OverlayError(f"cannot read typedef {line!r}")
                out.typedefs.setdefault(framework, {})[m.group(2)] = norm_type(m.group(1))
                continue
            m = _INTERFACE.match(line)
            if m:
                kind, name, category, superclass, protocols = m.groups()
                table = out.classes if kind == "interface" else out.protocols
                current = table.setdefault(
                    name, {"framework": framework, "instance_methods": {}, "class_methods": {}, "properties": {}}
                )
                if protocols:
                    current.setdefault("protocols", [])
                    current["protocols"] += [p.strip() for p in protocols.split(",") if p.strip()]
                if kind == "interface" and category is None:
                    current["superclass"] = superclass  # None: a root class
                continue
            if line == "@end":
                current = None
                continue
            if current is None:
                raise OverlayError("declaration outside @interface/@protocol")
            if line.startswith("@property"):
                name, prop = parse_objc_property(line)
                current["properties"][name] = prop
            else:
                is_class, selector, method = parse_objc_method(line)
                current["class_methods" if is_class else "instance_methods"][selector] = method
        except OverlayError as exc:
            raise SystemExit(f"gen_sdk_baseline: {where}: {exc}") from None
    return out


# ---------------------------------------------------------------------------------- generation


@dataclass
class Entry:
    name: str
    framework: str
    kind: str  # class protocol
    superclass: str | None = None
    superclass_known: bool = True
    protocols: list[str] = field(default_factory=list)
    instance_methods: dict[str, dict[str, Any]] = field(default_factory=dict)
    class_methods: dict[str, dict[str, Any]] = field(default_factory=dict)
    properties: dict[str, dict[str, Any]] = field(default_factory=dict)
    partial_reasons: set[str] = field(default_factory=set)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.kind == "class":
            if self.superclass_known:
                out["superclass"] = self.superclass
            out["swift_module"] = None
        if self.protocols:
            out["protocols"] = self.protocols
        for key in ("instance_methods", "class_methods", "properties"):
            value = getattr(self, key)
            if value:
                out[key] = value
        if self.partial_reasons:
            out["partial"] = True
        out["source"] = {"file": f"{self.framework}/{self.framework}.h"}
        return out


_SEMANTICS = {
    "Copy": "copy",
    "Retain": "strong",
    "Strong": "strong",
    "Assign": "assign",
    "Weak": "weak",
    "UnsafeUnretained": "unsafe_unretained",
}
_MESSAGING = re.compile(r"\bMessaging\.|Selector\.GetHandle\s*\(|\[Export\s*\(")
# a hand-written message send with a literal selector: Messaging.x_objc_msgSend_y (receiver, Selector.GetHandle ("sel:")
_MANUAL_SEND = re.compile(
    r"\bMessaging\.\w+\s*\(\s*([^,()]+(?:\([^()]*\))?)\s*,\s*Selector\.GetHandle\s*\(\s*\"([^\"]+)\"\s*\)"
)


def untyped(selector: str) -> dict[str, Any]:
    """A method known to exist whose types the bindings do not give: nothing is concluded from them."""
    return {"returns": UNKNOWN_TYPE, "params": [UNKNOWN_TYPE] * selector.count(":")}


class Generator:
    def __init__(self, src: Source, overlay: Overlay) -> None:
        self.src = src
        self.overlay = overlay
        self.frameworks = ios_frameworks(src)
        self.errors: list[str] = []
        self.notes: dict[str, int] = defaultdict(int)
        self.classes: dict[str, Entry] = {}
        self.protocols: dict[str, Entry] = {}
        self.types: dict[str, dict[str, dict[str, Any]]] = {}
        self.constant_frameworks: dict[str, str] = {}  # constant -> framework (the first binding wins)
        self.files: dict[str, sb.FileModel] = {}
        self.manual_messaging: set[str] = set()  # C# classes with hand-written message sends
        # selectors those hand-written sends use, by C# class: (selector, is a class method)
        self.manual_selectors: dict[str, set[tuple[str, bool]]] = defaultdict(set)

    # -- reading
    def parse(self) -> None:
        paths = self.src.files("src/", ".cs")
        for path, text in self.src.read_many(paths):
            try:
                model = sb.parse_source(text, path)
            except sb.BindingError as exc:
                self.errors.append(str(exc))
                continue
            self.notes["declarations the parser skipped"] += len(model.skipped)
            self.files[path] = model
            if model.classes and _MESSAGING.search(text):
                sends = {
                    (sel, "class_ptr" in recv or "Class.GetHandle" in recv)
                    for recv, sel in _MANUAL_SEND.findall(text)
                    if sb_selector(sel)
                }
                for c in model.classes:
                    self.manual_messaging.add(c.name)
                    self.manual_selectors[c.name] |= sends

    def _ios(self, namespace: str) -> str | None:
        return self.frameworks.get(namespace.split(".")[0]) if namespace else None

    # -- type tables
    def tables(self) -> TypeTables:
        t = TypeTables()
        interfaces = [i for m in self.files.values() for i in m.interfaces]
        for i in interfaces:
            if self._ios(i.namespace) is None or (i.generic and not _objc_type(i)):
                continue
            proto = sb.has(i.attrs, "Protocol")
            base = sb.has(i.attrs, "BaseType")
            if proto is not None and _informal(proto):
                t.informal_bases[i.name] = [b.name for b in i.bases]
            if proto is not None and not _informal(proto):
                t.protocols[i.name] = _named_string(proto, "Name") or _named_string(base, "Name") or i.name
            elif base is not None and sb.has(i.attrs, "Category") is None and sb.has(i.attrs, "Model") is None:
                t.classes[i.name] = _named_string(base, "Name") or _first_string(sb.has(i.attrs, "Bind")) or i.name
        t.classes.setdefault("NSObject", "NSObject")
        t.type_params = {p for i in interfaces if self._ios(i.namespace) for p in i.type_params}
        for m in self.files.values():
            for d in m.delegates:
                if self._ios(d.namespace) is not None or not d.namespace:
                    t.delegates.setdefault(d.name, d)
            for e in m.enums:
                if self._ios(e.namespace) is None:
                    continue
                if any(sb.has(attrs, "Field") for _, _, attrs in e.members):
                    t.smart_enums.add(e.name)
                elif e.name not in t.enums:
                    t.enums[e.name] = _first_string(sb.has(e.attrs, "Native")) or e.name
                    t.enum_underlying[e.name] = _underlying(e)
            for s in m.structs:
                if self._ios(s.namespace) is not None and s.fields:
                    t.structs.setdefault(s.name, s.name)
        handle_bases = {"NativeObject", "DisposableObject", "CFType", "INativeObject"}
        manual = {c.name: c for m in self.files.values() for c in m.classes if self._ios(c.namespace)}
        changed = True
        while changed:
            changed = False
            for c in manual.values():
                if c.name in t.handles or c.name in t.classes:
                    continue
                if any(b.name in handle_bases or b.name in t.handles for b in c.bases):
                    t.handles[c.name] = _PRIMITIVES.get(c.name) or c.name + "Ref"
                    changed = True
        for name in ("DispatchQueue", "DispatchData", "DispatchGroup", "DispatchSource"):
            t.handles[name] = _PRIMITIVES[name]
        return t

    # -- entries
    def build(self) -> None:
        tables = self.tables()
        self.mapper = Mapper(tables)
        t = tables
        groups: dict[str, list[tuple[sb.Interface, str]]] = defaultdict(list)
        for m in self.files.values():
            for i in m.interfaces:
                fw = self._ios(i.namespace)
                if fw is None or (i.generic and not _objc_type(i)) or unavailable_on_ios(i.attrs):
                    continue
                groups[i.name].append((i, fw))
        for cs_name, decls in groups.items():
            for i, fw in decls:
                proto = sb.has(i.attrs, "Protocol")
                base = sb.has(i.attrs, "BaseType")
                if proto is not None and _informal(proto):
                    target = self._class("NSObject", "Foundation")
                    self._members(target, i, fw)
                elif proto is not None:
                    entry = self._protocol(t.protocols[cs_name], fw)
                    parent = _typeof(base)  # [BaseType (typeof (UIScrollViewDelegate))] on a protocol: its parent
                    for b in [*i.bases, *([sb.TypeRef(parent)] if parent else [])]:
                        p = self._protocol_name(b.name, t)
                        if p is not None and p not in entry.protocols and p != entry.name:
                            entry.protocols.append(p)
                    self._members(entry, i, fw)
                elif base is not None and sb.has(i.attrs, "Category") is not None:
                    owner = _typeof(base)
                    if owner is None:
                        continue
                    self._members(self._class(t.classes.get(owner, owner), fw, placeholder=True), i, fw)
                elif base is not None and sb.has(i.attrs, "Model") is not None:
                    self.notes["[Model] classes skipped (C# helpers, not Objective-C classes)"] += 1
                elif base is not None or cs_name in t.classes:
                    entry = self._class(t.classes[cs_name], fw)
                    if base is not None:
                        sup = _typeof(base)
                        entry.superclass = t.classes.get(sup, sup) if sup else None
                        entry.framework = fw
                    for b in i.bases:
                        for p in self._protocol_names(b.name, t):
                            if p not in entry.protocols:
                                entry.protocols.append(p)
                    self._members(entry, i, fw)
                    # members bound by hand in C#: the selectors of their message sends, untyped
                    # (what the sends do not show, the overlay adds)
                    for sel, static in self.manual_selectors.get(cs_name, ()):
                        table = entry.class_methods if static else entry.instance_methods
                        if sel not in entry.instance_methods and sel not in entry.class_methods:
                            table[sel] = untyped(sel)
                            self.notes["selectors taken from hand-written C# message sends (untyped)"] += 1
        for entry in self.protocols.values():
            if not entry.protocols and entry.name != "NSObject":
                entry.protocols.append("NSObject")
        self._enums_and_types(tables)
        self._constants()

    def _protocol_names(self, cs: str, t: TypeTables) -> list[str]:
        """The protocols a C# base interface stands for (an informal one such as UICollectionViewSource: its bases)."""
        name = self._protocol_name(cs, t)
        if name is not None:
            return [name]
        return [p for b in t.informal_bases.get(cs, ()) for p in self._protocol_names(b, t) if b != cs]

    def _protocol_name(self, cs: str, t: TypeTables) -> str | None:
        if cs in t.protocols:
            return t.protocols[cs]
        if cs.startswith("I") and cs[1:] in t.protocols:
            return t.protocols[cs[1:]]
        return None

    def _class(self, name: str, fw: str, placeholder: bool = False) -> Entry:
        entry = self.classes.get(name)
        if entry is None:
            entry = self.classes[name] = Entry(name, fw, "class")
            if placeholder:  # only a category seen so far: the class itself may come later
                entry.superclass_known = False
        elif not placeholder and not entry.superclass_known:
            entry.superclass_known = True
        return entry

    def _protocol(self, name: str, fw: str) -> Entry:
        entry = self.protocols.get(name)
        if entry is None:
            entry = self.protocols[name] = Entry(name, fw, "protocol")
        return entry

    def _add(self, entry: Entry, table: dict[str, Any], selector: str, method: dict[str, Any]) -> None:
        if selector.count(":") != len(method["params"]):
            if sb_selector(selector):  # the selector is sure, the types are not
                self.notes["methods kept untyped: parameter count differs from the selector's colons"] += 1
                table.setdefault(selector, untyped(selector))
                return
            self.notes["methods dropped: parameter count differs from the selector's colons"] += 1
            entry.partial_reasons.add("a method could not be mapped")
            return
        if not sb_selector(selector):
            self.notes["methods dropped: not a selector"] += 1
            entry.partial_reasons.add("a method could not be mapped")
            return
        table.setdefault(selector, method)

    def _members(self, entry: Entry, iface: sb.Interface, fw: str) -> None:
        mp = self.mapper
        for m in iface.members:
            if unavailable_on_ios(m.attrs) or sb.has(m.attrs, "Wrap") or sb.has(m.attrs, "Field"):
                continue
            export = sb.has(m.attrs, "Export")
            selector = _first_string(export)
            if export is None or not selector:
                continue
            static = sb.has(m.attrs, "Static") is not None
            if m.kind == "method":
                params = m.params
                if m.params and m.params[0].modifier == "this":
                    params = params[1:]
                variadic = export.named("IsVariadic")
                if variadic and variadic[0].text == "true":
                    params = params[: selector.count(":")]
                returns = "instancetype" if m.name == "Constructor" else mp.spell(m.type, _return_attrs(m.attrs))
                method = {"returns": returns, "params": [mp.spell(p.type, p.attrs, p.modifier) for p in params]}
                self._add(entry, entry.class_methods if static else entry.instance_methods, selector, method)
                continue
            self._property(entry, m, export, selector, static)

    def _property(self, entry: Entry, m: sb.Member, export: sb.Attr, selector: str, static: bool) -> None:
        ptype = self.mapper.spell(m.type, m.attrs)
        getter = _first_string(sb.has(m.getter_attrs or [], "Bind")) if m.getter_attrs is not None else None
        has_setter = m.setter_attrs is not None and sb.has(m.setter_attrs, "NotImplemented") is None
        setter = _first_string(sb.has(m.setter_attrs or [], "Bind")) if has_setter else None
        name = selector
        if ":" in name:
            self.notes["properties dropped: selector with a colon"] += 1
            return
        if m.getter_attrs is None:  # a write-only property: only the setter exists
            if has_setter:
                self._add(
                    entry, entry.instance_methods, setter or _setter(name), {"returns": "void", "params": [ptype]}
                )
            return
        if setter and getter is None and name.startswith("is") and setter == "set" + name[2:] + ":":
            getter, name = name, name[2:3].lower() + name[3:]  # [Export ("isFoo")] ... [Bind ("setFoo:")] set
        attributes: list[str] = []
        if static:
            attributes.append("class")
        semantic = [t.text for t in (export.args[1] if len(export.args) > 1 else [])]
        if len(semantic) == 3 and semantic[0] == "ArgumentSemantic" and semantic[2] in _SEMANTICS:
            attributes.append(_SEMANTICS[semantic[2]])
        if not has_setter:
            attributes.append("readonly")
        if getter and getter != name:
            attributes.append(f"getter={getter}")
        if setter and setter != _setter(name):
            attributes.append(f"setter={setter}")
        methods = entry.class_methods if static else entry.instance_methods
        accessors = entry.kind == "protocol" or static
        if accessors or (getter and getter != name):
            self._add(entry, methods, getter or name, {"returns": ptype, "params": []})
        if has_setter and (accessors or (setter and setter != _setter(name))):
            self._add(entry, methods, setter or _setter(name), {"returns": "void", "params": [ptype]})
        old = entry.properties.get(name)
        if old is not None and ("class" in old["attributes"]) != static:
            return  # a class and an instance property of one name: the instance one is kept
        entry.properties.setdefault(name, {"type": ptype, "attributes": attributes})

    # -- enums, typedefs, structs
    def _enums_and_types(self, t: TypeTables) -> None:
        for m in self.files.values():
            for e in m.enums:
                fw = self._ios(e.namespace)
                if fw is None or unavailable_on_ios(e.attrs):
                    continue
                out = self._types_of(fw)
                if e.name in t.smart_enums:
                    out["typedefs"].setdefault(e.name, "NSString *")
                    continue
                objc = t.enums[e.name]
                if objc in out["enums"]:
                    continue
                out["enums"][objc] = _enum_json(e, objc)
            for s in m.structs:
                fw = self._ios(s.namespace)
                if fw is None or not s.fields or s.name not in t.structs:
                    continue
                out = self._types_of(fw)
                out["structs"].setdefault(
                    t.structs[s.name], [[self.mapper.spell(ft), _field_name(fn)] for ft, fn in s.fields]
                )
        for fw, typedefs in self.overlay.typedefs.items():
            out = self._types_of(fw)
            out["typedefs"].update(typedefs)

    def _types_of(self, fw: str) -> dict[str, dict[str, Any]]:
        return self.types.setdefault(fw, {"enums": {}, "typedefs": {}, "structs": {}, "constants": {}})

    # -- global constants
    def _constants(self) -> None:
        """The SDK's global constants that the bindings read with ``[Field ("Symbol", "Library")]``:
        properties of (mostly ``[Static]``) interfaces, then the error domains of ``[ErrorDomain]``
        enums, then the members of smart enums. The first binding of a symbol wins."""
        typed: dict[str, str] = {}  # symbol -> spelling of its [Field] property (a smart enum's backing type)
        for m in self.files.values():
            for i in m.interfaces:
                fw = self._ios(i.namespace)
                if fw is None or unavailable_on_ios(i.attrs):
                    continue
                for member in i.members:
                    field_attr = sb.has(member.attrs, "Field")
                    if field_attr is None or member.kind != "property" or unavailable_on_ios(member.attrs):
                        continue
                    spelling = self.mapper.spell(member.type, member.attrs)
                    symbol = self._add_constant(field_attr, fw, spelling, "a [Field] property")
                    if symbol is not None:
                        typed.setdefault(symbol, spelling)
        for m in self.files.values():
            for e in m.enums:
                fw = self._ios(e.namespace)
                domain = sb.has(e.attrs, "ErrorDomain")
                if fw is not None and domain is not None and not unavailable_on_ios(e.attrs):
                    self._add_constant(domain, fw, "NSString *", "an [ErrorDomain]")
        for m in self.files.values():
            for e in m.enums:
                fw = self._ios(e.namespace)
                if fw is None or unavailable_on_ios(e.attrs):
                    continue
                fields = [
                    f
                    for _, _, attrs in e.members
                    if (f := sb.has(attrs, "Field")) is not None and not unavailable_on_ios(attrs)
                ]
                if not fields:
                    continue
                backing = _typeof(sb.has(e.attrs, "BackingFieldType"))
                if backing is not None:  # nint, nuint, uint, ulong, NSNumber ... (NSString when absent)
                    spelling = self.mapper.spell(sb.TypeRef(backing))
                else:
                    # xamarin reads the symbols as NSString unless told; a smart enum whose symbols are
                    # also bound as numbers (UIAccessibilityTraits) has their type
                    numbers = {
                        typed[s[0]]
                        for f in fields
                        if (s := f.strings()) and typed.get(s[0], "NSString *") != "NSString *"
                    }
                    spelling = numbers.pop() if len(numbers) == 1 else "NSString *"
                    if spelling != "NSString *":
                        self.notes["smart enums typed as the [Field] properties of their symbols"] += 1
                for f in fields:
                    self._add_constant(f, fw, spelling, "a smart enum member")

    def _add_constant(self, attr: sb.Attr, fw: str, spelling: str, origin: str) -> str | None:
        """Record one ``[Field]`` (or ``[ErrorDomain]``) symbol; its name when it is a symbol of the SDK."""
        strings = attr.strings()
        if not strings or not _IDENT.fullmatch(strings[0]) or "$" in strings[0]:
            return None  # [Field (null)]: a value without a symbol
        symbol = strings[0]
        library = strings[1] if len(strings) > 1 else (_named_string(attr, "LibraryName") or "")
        if library == "__Internal":
            return None  # the app's own symbol, not the SDK's
        if library and not library.startswith("+"):  # another framework's symbol ("UIKit", "CoreLocation")
            fw = self.frameworks.get(library) or (library if library in self.frameworks.values() else fw)
        if spelling == UNKNOWN_TYPE or spelling in ("void", "id") or "(" in spelling:
            self.notes[f"constants skipped: type unknown ({origin})"] += 1
            return None
        if spelling == "NSString *":
            spelling = _string_constant(symbol, fw)
        known = self.constant_frameworks.get(symbol)
        if known is not None:
            if self.types[known]["constants"][symbol] != spelling:
                self.notes["constants bound twice with different types (the first is kept)"] += 1
            return symbol
        self.constant_frameworks[symbol] = fw
        self._types_of(fw)["constants"][symbol] = spelling
        self.notes[f"constants from {origin}"] += 1
        return symbol

    # -- overlay, annotations, completeness
    def apply_overlay(self) -> None:
        for name, raw in self.overlay.classes.items():
            entry = self._class(name, raw["framework"], placeholder="superclass" not in raw)
            if "superclass" in raw:
                entry.superclass = raw["superclass"]
                entry.framework = raw["framework"]
            self._merge_overlay(entry, raw)
        for name, raw in self.overlay.protocols.items():
            self._merge_overlay(self._protocol(name, raw["framework"]), raw)

    def _merge_overlay(self, entry: Entry, raw: dict[str, Any]) -> None:
        for p in raw.get("protocols", ()):
            if p not in entry.protocols:
                entry.protocols.append(p)
        for key in ("instance_methods", "class_methods"):
            getattr(entry, key).update(raw[key])
        for name, prop in raw["properties"].items():
            if "class" in prop["attributes"] or entry.kind == "protocol":
                table = entry.class_methods if "class" in prop["attributes"] else entry.instance_methods
                getter = next((a[7:] for a in prop["attributes"] if a.startswith("getter=")), name)
                table[getter] = {"returns": prop["type"], "params": []}
                if "readonly" not in prop["attributes"]:
                    table[_setter(name)] = {"returns": "void", "params": [prop["type"]]}
            entry.properties[name] = prop

    def apply_annotations(self) -> None:
        """xtro-sharpie's lists of SDK API the bindings lack: conformances to add, entries to mark partial."""
        missing_conformance = re.compile(r"^!missing-protocol-conformance! (\w+) should conform to (\w+)")
        missing_member = re.compile(r"^!(missing-selector|missing-protocol-member)! \+?(\w+)::(\S+)")
        missing_field = re.compile(r"^!missing-field! ([A-Za-z_]\w*) not bound")
        for path, text in self.src.read_many(self.src.files("tests/xtro-sharpie/api-annotations-dotnet/")):
            framework = path.rsplit("/", 1)[-1].split("-", 1)[1].rsplit(".", 1)[0]  # iOS-UIKit.todo -> UIKit
            framework = self.frameworks.get(framework) or framework
            for line in text.splitlines():
                m = missing_field.match(line)
                if m:
                    self._unbound_constant(m.group(1), framework)
                    continue
                m = missing_conformance.match(line)
                if m and m.group(1) in self.classes and m.group(2) in self.protocols:
                    entry = self.classes[m.group(1)]
                    if m.group(2) not in entry.protocols:
                        entry.protocols.append(m.group(2))
                        self.notes["conformances added from xtro annotations"] += 1
                    continue
                m = missing_member.match(line)
                if m:
                    entry = self.classes.get(m.group(2)) or self.protocols.get(m.group(2))
                    sel = m.group(3)
                    if entry is None:
                        continue
                    if not sb_selector(sel):
                        entry.partial_reasons.add(f"xtro: SDK members not bound ({path.rsplit('/', 1)[-1]})")
                        continue
                    static = line.split("!", 2)[2].lstrip().startswith("+")
                    table = entry.class_methods if static else entry.instance_methods
                    if sel not in table:  # the SDK declares it, the bindings do not: known, untyped
                        table[sel] = untyped(sel)
                        self.notes["SDK members xtro lists as not bound (added untyped)"] += 1

    def _unbound_constant(self, symbol: str, fw: str) -> None:
        """A global constant of the SDK that the bindings lack: kept when its name says it is a string."""
        if symbol in self.constant_frameworks or fw not in self.frameworks.values():
            return
        if not symbol.endswith(_STRING_SUFFIXES):
            self.notes["constants skipped: not bound, type unknown (xtro)"] += 1
            return
        spelling = _string_constant(symbol, fw)
        self.constant_frameworks[symbol] = fw
        self._types_of(fw)["constants"][symbol] = spelling
        self.notes["constants from xtro's unbound fields (strings by their name)"] += 1

    def complete_hierarchy(self) -> None:
        """Referenced-only classes and protocols: stub entries marked partial."""
        for entry in list(self.classes.values()):
            if not entry.superclass_known:
                entry.partial_reasons.add("only categories bound: the class itself is not")
        for entry in list(self.classes.values()) + list(self.protocols.values()):
            for p in entry.protocols:
                if p not in self.protocols:
                    stub = self._protocol(p, entry.framework)
                    stub.partial_reasons.add("referenced but not bound")
                    stub.protocols.append("NSObject")

    # -- validation and output
    def validate(self) -> list[str]:
        problems: list[str] = []
        for entry in self.classes.values():
            seen: set[str] = set()
            cur: Entry | None = entry
            while cur is not None and cur.name not in seen:
                seen.add(cur.name)
                if not cur.superclass_known:
                    if "partial" not in str(cur.partial_reasons) and not cur.partial_reasons:
                        problems.append(f"class {cur.name}: superclass unknown but not marked partial")
                    break
                if cur.superclass is None:
                    if cur.name not in ROOTS:
                        problems.append(
                            f"class {entry.name}: superclass chain ends at {cur.name}, not NSObject/NSProxy"
                        )
                    break
                nxt = self.classes.get(cur.superclass)
                if nxt is None:
                    problems.append(f"class {cur.name}: superclass {cur.superclass} is not in the baseline")
                cur = nxt
            else:
                if cur is not None:
                    problems.append(f"class {entry.name}: superclass cycle through {cur.name}")
        for entry in list(self.classes.values()) + list(self.protocols.values()):
            for p in entry.protocols:
                if p not in self.protocols:
                    problems.append(f"{entry.kind} {entry.name}: protocol {p} is not in the baseline")
            for key in ("instance_methods", "class_methods"):
                for selector, method in getattr(entry, key).items():
                    if selector.count(":") != len(method["params"]):
                        problems.append(f"{entry.kind} {entry.name}: {selector}: one parameter per colon expected")
                    for spelling in (method["returns"], *method["params"]):
                        self._check_category(problems, entry, selector, spelling)
            for name, prop in entry.properties.items():
                self._check_category(problems, entry, name, prop["type"])
        for fw, decls in sorted(self.types.items()):
            for name, spelling in sorted(decls["constants"].items()):
                expected, actual = self.mapper.expected(spelling), cat.objc_category(spelling)
                if expected != actual and not (expected == cat.INTEGER_ISH and actual in (cat.INT, cat.UINT)):
                    problems.append(f"constant {fw} {name}: `{spelling}` is {actual}, mapped as {expected}")
        return problems

    def _check_category(self, problems: list[str], entry: Entry, member: str, spelling: str) -> None:
        expected = self.mapper.expected(spelling)
        actual = cat.objc_category(spelling)
        if expected == actual or (expected == cat.INTEGER_ISH and actual in (cat.INT, cat.UINT)):
            return
        if expected != actual:
            problems.append(f"{entry.kind} {entry.name}: {member}: `{spelling}` is {actual}, mapped as {expected}")

    def manifest(self, source_info: dict[str, Any]) -> dict[str, Any]:
        return {
            "format": "mangopy-manifest",
            "version": 1,
            "app": {"name": "iOS SDK baseline", "version": source_info["commit"] or "unknown", "source": source_info},
            # Foundation and UIKit first (editors list the first classes when nothing is typed yet).
            "classes": {n: e.to_json() for n, e in sorted(self.classes.items(), key=_class_order)},
            "protocols": {n: e.to_json() for n, e in sorted(self.protocols.items())},
        }


_FIRST_FRAMEWORKS = ("Foundation", "UIKit", "QuartzCore", "WebKit")


def _class_order(item: tuple[str, Entry]) -> tuple[int, str, str]:
    name, entry = item
    rank = _FIRST_FRAMEWORKS.index(entry.framework) if entry.framework in _FIRST_FRAMEWORKS else 9
    return (0 if name in ROOTS else 1 + rank, entry.framework if rank == 9 else "", name)


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_sorted(v) for v in value]
    return value


def sb_selector(selector: str) -> bool:
    return re.match(r"^[A-Za-z_$][\w$]*$|^([A-Za-z_$][\w$]*)?:(([A-Za-z_$][\w$]*)?:)*$", selector) is not None


def _objc_type(i: sb.Interface) -> bool:
    return any(sb.has(i.attrs, a) is not None for a in ("BaseType", "Protocol", "Category"))


def _informal(proto: sb.Attr) -> bool:
    value = proto.named("IsInformal")
    return bool(value) and value[0].text == "true"


def _return_attrs(attrs: list[sb.Attr]) -> list[sb.Attr]:
    return [sb.Attr(a.name, a.args) for a in attrs if a.target == "return"]


def _setter(name: str) -> str:
    return "set" + name[:1].upper() + name[1:] + ":"


def _field_name(name: str) -> str:
    return name[:1].lower() + name[1:]


_UNDERLYING_NATIVE = {
    None: "NSInteger",
    "long": "NSInteger",
    "int": "NSInteger",
    "ulong": "NSUInteger",
    "uint": "NSUInteger",
}
_UNDERLYING: dict[str | None, str] = {
    None: "int",
    **{k: _PRIMITIVES[k] for k in ("int", "uint", "long", "ulong", "short", "ushort", "byte", "sbyte")},
}


# Frameworks with a C API: their string constants named ``kXxx`` are ``CFStringRef`` (xamarin binds
# them as NSString, as it binds the ``NSString * const`` of the Objective-C frameworks, whose
# ``kCAGravityCenter`` or ``kCLErrorDomain`` are ``NSString *``). The difference matters to ARC:
# ``(__bridge NSString *)kCGImagePropertyOrientation`` is an error if the constant is an object.
_C_FRAMEWORKS = frozenset(
    {"AudioToolbox", "CFNetwork", "CoreAudio", "CoreFoundation", "CoreGraphics", "CoreMedia", "CoreMIDI"}
    | {"CoreServices", "CoreText", "CoreVideo", "ImageIO", "IOSurface", "MediaAccessibility", "MobileCoreServices"}
    | {"Network", "Security", "SystemConfiguration", "VideoToolbox"}
)
# Name endings of the string constants among the fields xtro lists as not bound (their type is not given).
_STRING_SUFFIXES = ("Exception", "Notification", "ErrorDomain", "Key", "KeyValueOperator")


def _string_constant(symbol: str, fw: str) -> str:
    return "CFStringRef" if fw in _C_FRAMEWORKS and re.match(r"k[A-Z]", symbol) else "NSString *"


def _underlying(e: sb.EnumDecl) -> str:
    native = sb.has(e.attrs, "Native") is not None
    return (_UNDERLYING_NATIVE if native else _UNDERLYING).get(e.underlying, e.underlying or "int")


def _enum_json(e: sb.EnumDecl, objc: str) -> dict[str, Any]:
    flags = sb.has(e.attrs, "Flags") is not None
    underlying = _underlying(e)
    prefix = objc[:-1] if flags and objc.endswith("s") and not objc.endswith("ss") else objc
    values: dict[str, int] = {}
    known: dict[str, int] = {}
    nxt = 0
    bits = {"int": 32, "unsigned int": 32, "short": 16, "unsigned short": 16}.get(underlying, 64)
    bits = 8 if underlying.endswith("char") else bits
    for name, value_toks, _attrs in e.members:
        value = nxt if value_toks is None else _enum_value(value_toks, known, bits)
        if value is None:
            continue
        if underlying.startswith(("unsigned", "NSUInteger")):
            value &= (1 << bits) - 1  # ~0 of an unsigned enum
        known[name] = value
        values[prefix + name] = value
        nxt = value + 1
    return {"underlying": underlying, "options": flags, "values": values}


def _enum_value(toks: list[sb.Tok], known: dict[str, int], bits: int) -> int | None:
    """Evaluate an enum member's value (numbers, earlier members, | & ^ ~ << >> + - and casts)."""
    text: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        is_cast = t.text == "(" and i + 2 < len(toks) and toks[i + 2].text == ")" and toks[i + 1].kind == "id"
        if is_cast and toks[i + 1].text not in known:
            i += 3  # a cast such as (ulong)
            continue
        if t.kind == "num":
            text.append(str(int(re.sub(r"[uUlL_]+$", "", t.text.replace("_", "")), 0)))
        elif t.kind == "id":
            if t.text in known:
                text.append(str(known[t.text]))
            elif t.text in ("MaxValue",) and text and text[-1] == ".":
                text.pop()
                text.pop() if text else None
                text.append(str((1 << bits) - 1))
            elif (
                t.text in ("int", "uint", "long", "ulong", "nint", "nuint")
                and i + 1 < len(toks)
                and toks[i + 1].text == "."
            ):
                text.append(t.text)
            elif i >= 2 and toks[i - 1].text == "." and toks[i - 2].kind == "id":
                text.pop()  # Enum.Member
                text.append(str(known.get(t.text, "None")))
            else:
                return None
        elif t.text in ("|", "&", "^", "~", "<<", ">", "+", "-", "(", ")", "*", "."):
            text.append(t.text)
        else:
            return None
        i += 1
    expr = " ".join(text).replace("> >", ">>")
    if not re.fullmatch(r"[\d\s|&^~<>+\-()*]+", expr):
        return None
    try:
        value = eval(expr, {"__builtins__": {}}, {})  # digits and operators only (checked above)
    except (SyntaxError, ValueError, TypeError):
        return None
    return value if isinstance(value, int) else None


def _write(path: Path, doc: dict[str, Any]) -> int:
    """Compact, keys sorted (but the order of ``classes`` kept), atomically replaced; ``classes``
    last, one class a line (a change to the SDK reads as a diff of the classes it touches)."""
    ordered = {k: _sorted(v) for k, v in sorted(doc.items()) if k != "classes"}
    data = json.dumps(ordered, separators=(",", ":"), ensure_ascii=False)
    if "classes" in doc:
        lines = [
            json.dumps(name) + ":" + json.dumps(_sorted(entry), separators=(",", ":"), ensure_ascii=False)
            for name, entry in doc["classes"].items()
        ]
        data = data[:-1] + (',"classes":{\n' if ordered else '"classes":{\n') + ",\n".join(lines) + "\n}}"
    data += "\n"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(data, encoding="utf-8")
    os.replace(tmp, path)
    return len(data)


def licence(src: Source) -> str:
    text = src.read("LICENSE") or ""
    return "MIT" if "MIT License" in text else "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--source", type=Path, help="a xamarin-macios checkout (directory with src/)")
    where.add_argument("--git-dir", type=Path, help="a xamarin-macios git directory (with --commit)")
    ap.add_argument("--commit", help="the commit to read (with --git-dir; recorded with --source)")
    ap.add_argument("--overlay", type=Path, default=OVERLAY, help="hand-written Objective-C overlay")
    ap.add_argument("--out-dir", type=Path, default=OUT_DIR, help="where to write the two JSON files")
    ap.add_argument("--check", action="store_true", help="validate only, write nothing")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    if args.git_dir is not None:
        src = Source.git(args.git_dir, args.commit or "HEAD")
    else:
        src = Source.checkout(args.source, args.commit)
    overlay = parse_overlay(args.overlay.read_text(encoding="utf-8"), str(args.overlay))
    gen = Generator(src, overlay)
    gen.parse()
    gen.build()
    gen.apply_overlay()
    gen.apply_annotations()
    gen.complete_hierarchy()
    problems = gen.errors + gen.validate()
    source_info = {
        "repository": UPSTREAM,
        "commit": src.commit,
        "licence": licence(src),
        "paths": "src/**/*.cs, tools/common/Frameworks.cs, tests/xtro-sharpie/api-annotations-dotnet",
        "overlay": "tools/baseline/overlay.h",
        "generator": "tools/gen_sdk_baseline.py",
    }
    doc = gen.manifest(source_info)
    if not problems:
        from mangopy.semantics.manifest import ManifestError, validate

        try:
            validate(doc, "sdk_baseline.json")
        except ManifestError as exc:
            problems.append(str(exc))
    if problems:
        for p in problems[:200]:
            print("error:", p, file=sys.stderr)
        print(f"gen_sdk_baseline: {len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    types_doc = {"source": source_info, "frameworks": {fw: gen.types[fw] for fw in sorted(gen.types)}}
    report(gen, doc, types_doc)
    if not args.check:
        args.out_dir.mkdir(parents=True, exist_ok=True)
        size = _write(args.out_dir / "sdk_baseline.json", doc)
        tsize = _write(args.out_dir / "sdk_types.json", types_doc)
        print(f"wrote {args.out_dir / 'sdk_baseline.json'} ({size:,} bytes), sdk_types.json ({tsize:,} bytes)")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


def report(gen: Generator, doc: dict[str, Any], types_doc: dict[str, Any]) -> None:
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for entry in list(gen.classes.values()) + list(gen.protocols.values()):
        row = rows[entry.framework]
        row[0 if entry.kind == "class" else 1] += 1
        row[2] += len(entry.instance_methods) + len(entry.class_methods) + len(entry.properties)
        row[3] += bool(entry.partial_reasons)
    for fw, t in types_doc["frameworks"].items():
        rows[fw][4] += len(t["enums"])
        rows[fw][5] += len(t["constants"])
    head = f"{'framework':28} {'classes':>8} {'protocols':>9} {'members':>8} {'partial':>8} {'enums':>6}"
    print(f"{head} {'constants':>9}")
    for fw in sorted(rows):
        r = rows[fw]
        print(f"{fw:28} {r[0]:8} {r[1]:9} {r[2]:8} {r[3]:8} {r[4]:6} {r[5]:9}")
    total = [sum(r[k] for r in rows.values()) for k in range(6)]
    print(f"{'total':28} {total[0]:8} {total[1]:9} {total[2]:8} {total[3]:8} {total[4]:6} {total[5]:9}")
    for note, n in sorted(gen.notes.items()):
        print(f"note: {note}: {n}")
    unknown = sum(gen.mapper.unknown.values())
    print(f"note: type spellings left unknown ('{UNKNOWN_TYPE}'): {unknown}")
    if gen.mapper.misread_enums:
        names = ", ".join(sorted(gen.mapper.misread_enums))
        print(f"note: enums spelled as their integer type (types.py misreads the name): {names}")
    for why, n in sorted(gen.mapper.unknown.items(), key=lambda kv: -kv[1])[:15]:
        print(f"    {n:6}  {why}")


if __name__ == "__main__":
    sys.exit(main())
