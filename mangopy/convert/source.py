"""Reading an Objective-C file with libclang, typed as the app sees it.

The file is parsed with the export's settings for a lone file (the stub SDK unless a real one is
given, an Apple target, ARC, blocks, modules), with every framework of the SDK precompiled once
into mangopy's cache and the members the file mentions declared from the manifests
(:mod:`mangopy.convert.declarations`)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mangopy import __version__
from mangopy.convert.declarations import members_header, mentioned
from mangopy.export import clang_args
from mangopy.export.includes import plan_includes
from mangopy.export.parse import (
    _MAX_RETRIES,
    _MISSING_FILE,
    _MISSING_MODULE,
    _clang,
    _shim_header,
    _shim_module,
    clang_version,
    pch_args,
    precompile,
)
from mangopy.export.project import discover
from mangopy.export.sdk import SDK, stub_sdk
from mangopy.semantics.manifest import Manifest, cache_dir

_ERROR, _FATAL = 3, 4  # CXDiagnostic_Error, CXDiagnostic_Fatal


@dataclass
class Source:
    """A parsed Objective-C file: the translation unit, its text, and clang's errors in it."""

    path: str
    text: bytes
    tu: Any
    errors: list[tuple[int, int, int, str]] = field(default_factory=list)  # (offset, line, column, message)


def _frameworks(sdk: SDK) -> list[str]:
    return sorted(d.name for d in sdk.root.iterdir() if (d / f"{d.name}.h").is_file())


def _precompiled_sdk(sdk: SDK, args: list[str]) -> list[str]:
    """Arguments that load every framework of the SDK, precompiled once (1.7 s to parse the stub
    SDK's 150 umbrellas; loading them precompiled takes a few milliseconds)."""
    stamp = max((f.stat().st_mtime_ns for f in sdk.root.glob("*.modulemap")), default=0)  # a stub edited
    key = hashlib.sha256(f"{__version__}\0{sdk.root}\0{stamp}\0{clang_version()}\0{args}".encode()).hexdigest()[:20]
    folder = cache_dir() / "convert" / key
    umbrella, pch = folder / "sdk.h", folder / "sdk.pch"
    if not pch.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        umbrella.write_text("".join(f"#import <{f}/{f}.h>\n" for f in _frameworks(sdk)), encoding="utf-8")
        fd, partial = tempfile.mkstemp(dir=folder, suffix=".pch")
        os.close(fd)
        built = precompile(str(umbrella), args, partial)
        if built is None:
            os.unlink(partial)
            return ["-include", str(umbrella)]
        os.replace(partial, pch)  # atomic: a concurrent run sees no half-written file
    return pch_args(str(pch))


def _text_prefix_headers(args: list[str], scratch: Path) -> list[str]:
    """The project's arguments, its prefix headers included as text: clang reads a `.pch` given
    to ``-include`` as a precompiled header, and the SDK's is loaded already (one is allowed)."""
    out: list[str] = []
    for n, arg in enumerate(args):
        if n and args[n - 1] == "-include" and arg.endswith(".pch"):
            copy = scratch / f"prefix{n}.h"
            copy.write_bytes(Path(arg).read_bytes() if Path(arg).is_file() else b"")
            out[-1:] = ["-iquote", str(Path(arg).parent), "-include"]  # its `#import "x.h"` as before
            arg = str(copy)
        out.append(arg)
    return out


_SEARCH = ("-I", "-iquote", "-isystem", "-idirafter", "-F", "-iframework")


def _search_paths(args: list[str]) -> tuple[list[str], list[str]]:
    """(the search path options of ``args``, the others)."""
    paths: list[str] = []
    others: list[str] = []
    n = 0
    while n < len(args):
        arg = args[n]
        if arg in _SEARCH and n + 1 < len(args):
            paths += args[n : n + 2]
            n += 2
            continue
        (paths if arg.startswith(_SEARCH) else others).append(arg)
        n += 1
    return paths, others


def project_root(path: Path) -> Path | None:
    """The project a file belongs to: the nearest directory above it with an Xcode project, a
    workspace or a ``.git`` (None: a lone file)."""
    for folder in path.resolve().parents:
        if (folder / ".git").exists() or any(folder.glob("*.xcodeproj")) or any(folder.glob("*.xcworkspace")):
            return folder
    return None


def read_source(
    path: Path,
    manifests: Sequence[Manifest],
    sdk: SDK | None = None,
    project: Path | None = None,
    unsaved: Mapping[str, bytes] | None = None,
) -> Source:
    """Parse ``path`` (raises ``OSError`` when it cannot be read) with the build settings of
    ``project``: see :func:`_read`.  A method that calls its original implementation as MangoFix
    does, ``[self ORGviewDidLoad]``, gets that selector declared (a category of its class written
    on the ``@implementation``'s line, so that every other line keeps its number)."""
    source = _read(path, manifests, sdk, project, unsaved)
    wanted = {w for w in mentioned(source.text.decode("utf-8", "replace")) if w.startswith("ORG")}
    if not wanted:
        return source
    text = source.text
    k = _clang().CursorKind
    declared: dict[str, list[str]] = {}  # class -> the ORG selectors its methods' calls name
    for name, _label, m in implementations(source.tu, source.path):
        body = next((ch for ch in m.get_children() if _kind(ch) == k.COMPOUND_STMT), None)
        if "ORG" + m.spelling.split(":")[0] not in wanted or body is None:
            continue
        signature = text[m.extent.start.offset : body.extent.start.offset].decode("utf-8", "replace")
        at = signature.index(m.spelling.split(":")[0], signature.index(")") + 1)
        declared.setdefault(name, []).append(" ".join((signature[:at] + "ORG" + signature[at:]).split()) + ";")
    inserts: list[tuple[int, bytes]] = []
    for name, c in _implementations(source.tu, source.path):
        if name in declared:  # before the class's first @implementation: every call to them follows
            line_start = text.rfind(b"\n", 0, c.extent.start.offset) + 1
            category = f"@interface {name} (MangopyOriginal) {' '.join(declared.pop(name))} @end "
            inserts.append((line_start, category.encode()))
    if not inserts:
        return source
    for at, category in sorted(inserts, reverse=True):
        text = text[:at] + category + text[at:]
    return _read(path, manifests, sdk, project, {**(unsaved or {}), str(path): text})


def _read(
    path: Path,
    manifests: Sequence[Manifest],
    sdk: SDK | None = None,
    project: Path | None = None,
    unsaved: Mapping[str, bytes] | None = None,
) -> Source:
    """Parse ``path`` (raises ``OSError`` when it cannot be read) with the build settings of
    ``project`` (its search paths, prefix header, definitions: :func:`mangopy.export.project.discover`);
    an include or module that cannot be found is read as empty, as the export does, so that one
    missing pod loses what needs it, not the whole file.

    ``unsaved`` maps absolute paths to the contents clang reads instead of the disk's (the files
    as they were at another commit: ``mangopy patch``); ``path`` may be one of them."""
    ci = _clang()
    sdk = sdk or stub_sdk()
    unsaved = unsaved or {}
    text = unsaved[str(path)] if str(path) in unsaved else path.read_bytes()
    module_cache = cache_dir() / "convert" / "modules"
    module_cache.mkdir(parents=True, exist_ok=True)
    discovered = discover([project]) if project is not None else None
    settings = discovered.args_for(path) if discovered is not None else []
    # the project's definitions go into the precompiled SDK too (clang refuses a precompiled header
    # built with other macros: one per project configuration, kept); search paths do not matter
    # to it, and stay out of its key (one per folder of the project otherwise)
    flags = [a for n, a in enumerate(settings) if a != "-include" and (n == 0 or settings[n - 1] != "-include")]
    paths, flags = _search_paths(flags)
    args = clang_args(sdk, [], str(module_cache)) + flags
    settings = [a for n, a in enumerate(settings) if a == "-include" or (n and settings[n - 1] == "-include")]
    pre = _precompiled_sdk(sdk, args)
    here = clang_args(sdk, [path], "")[len(clang_args(sdk, [], "")) :]  # the file's folder, as the export
    words = mentioned(text.decode("utf-8", "replace"))
    known = {name for m in manifests for name in m.classes}
    own = {w for w in words if f"@interface {w}".encode() in text}
    header = members_header(manifests, words, known, own)
    with tempfile.TemporaryDirectory(prefix="mangopy-convert-") as scratch:
        members = Path(scratch) / "members.h"
        members.write_text(header, encoding="utf-8")
        shims = Path(scratch) / "shims"
        shims.mkdir()
        extra = _text_prefix_headers(settings, Path(scratch))
        if discovered is not None:  # a project header found by its name from anywhere, as the export does
            extra += plan_includes([path], discovered, sdk.root).write(Path(scratch) / "planned")
        for _attempt in range(_MAX_RETRIES + 1):
            try:
                tu = ci.Index.create(excludeDecls=True).parse(  # the SDK's declarations unvisited
                    str(path),
                    args=[*args, *pre, *here, *paths, "-include", str(members), *extra, "-I", str(shims)],
                    unsaved_files=list(unsaved.items()),
                )
            except ci.TranslationUnitLoadError as exc:
                raise OSError(f"libclang cannot parse the file ({exc})") from None
            fatal = next((d for d in tu.diagnostics if d.severity >= _FATAL), None)
            if fatal is None:
                break
            missing_file = _MISSING_FILE.match(fatal.spelling)
            missing_module = _MISSING_MODULE.match(fatal.spelling)
            if missing_file and _shim_header(shims, missing_file["name"]):
                continue
            if missing_module:
                extra.append(f"-fmodule-map-file={_shim_module(shims, missing_module['name'])}")
                continue
            if pre[:1] == ["-include-pch"]:  # a precompiled SDK clang no longer accepts: as written
                Path(pre[1]).unlink(missing_ok=True)
                pre = ["-include", str(Path(pre[1]).with_suffix(".h"))]
                continue
            break
    source = Source(str(path), text, tu)
    main = os.path.realpath(path)
    for diag in tu.diagnostics:
        loc = diag.location
        if diag.severity >= _ERROR and loc.file is not None and os.path.realpath(loc.file.name) == main:
            source.errors.append((loc.offset, loc.line, loc.column, diag.spelling))
    return source


def _kind(cursor: Any) -> Any:
    try:
        return cursor.kind
    except ValueError:  # a kind these bindings do not know (declarations of the SDK)
        return None


def class_of(container: Any) -> str:
    """The class an ``@interface`` or ``@implementation`` is of (a category's: the class it extends)."""
    k = _clang().CursorKind
    if _kind(container) in (k.OBJC_CATEGORY_DECL, k.OBJC_CATEGORY_IMPL_DECL):
        return next(
            (ch.spelling for ch in container.get_children() if _kind(ch) == k.OBJC_CLASS_REF), container.spelling
        )
    return str(container.spelling)


def _implementations(tu: Any, main: str) -> Iterator[tuple[str, Any]]:
    """(class, cursor) of each ``@implementation`` of the file ``main`` (categories' included)."""
    k = _clang().CursorKind
    for c in tu.cursor.get_children():
        if c.location.file is None or c.location.file.name != main:
            continue
        if _kind(c) in (k.OBJC_IMPLEMENTATION_DECL, k.OBJC_CATEGORY_IMPL_DECL):
            yield class_of(c), c


def implementations(tu: Any, main: str) -> Iterator[tuple[str, str, Any]]:
    """The methods defined in the file ``main`` of ``tu``: (class, label, cursor), in order; a
    category's methods are its class's; the label is ``-[Class selector]`` or ``+[...]``."""
    k = _clang().CursorKind
    for name, c in _implementations(tu, main):
        for m in c.get_children():
            kind = _kind(m)
            if kind not in (k.OBJC_INSTANCE_METHOD_DECL, k.OBJC_CLASS_METHOD_DECL) or not m.is_definition():
                continue
            yield name, f"{'+' if kind == k.OBJC_CLASS_METHOD_DECL else '-'}[{name} {m.spelling}]", m


def superclass(tu: Any, name: str) -> str | None:
    """The superclass ``tu``'s ``@interface`` of ``name`` declares (None: not declared there)."""
    k = _clang().CursorKind
    for c in tu.cursor.get_children():
        if _kind(c) != k.OBJC_INTERFACE_DECL or c.spelling != name:
            continue
        for child in c.get_children():
            if _kind(child) == k.OBJC_SUPER_CLASS_REF:
                return str(child.spelling)
    return None
