"""Reading an Objective-C file with libclang, typed as the app sees it.

The file is parsed with the export's settings for a lone file (the stub SDK unless a real one is
given, an Apple target, ARC, blocks, modules), with every framework of the SDK precompiled once
into mangopy's cache and the members the file mentions declared from the manifests
(:mod:`mangopy.convert.declarations`)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mangopy import __version__
from mangopy.convert.declarations import members_header, mentioned
from mangopy.export import clang_args
from mangopy.export.parse import _clang, clang_version, pch_args, precompile
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


def read_source(path: Path, manifests: Sequence[Manifest], sdk: SDK | None = None) -> Source:
    """Parse ``path`` (raises ``OSError`` when it cannot be read)."""
    ci = _clang()
    sdk = sdk or stub_sdk()
    text = path.read_bytes()
    module_cache = cache_dir() / "convert" / "modules"
    module_cache.mkdir(parents=True, exist_ok=True)
    args = clang_args(sdk, [path], str(module_cache))
    pre = _precompiled_sdk(sdk, args)
    words = mentioned(text.decode("utf-8", "replace"))
    known = {name for m in manifests for name in m.classes}
    own = {w for w in words if f"@interface {w}".encode() in text}
    header = members_header(manifests, words, known, own)
    with tempfile.TemporaryDirectory(prefix="mangopy-convert-") as scratch:
        members = Path(scratch) / "members.h"
        members.write_text(header, encoding="utf-8")
        tu = ci.Index.create().parse(str(path), args=[*args, *pre, "-include", str(members)])
        if pre[:1] == ["-include-pch"] and any(d.severity >= _FATAL for d in tu.diagnostics):
            # a precompiled SDK clang no longer accepts (its inputs changed): parse it as written
            Path(pre[1]).unlink(missing_ok=True)
            umbrella = Path(pre[1]).with_suffix(".h")
            tu = ci.Index.create().parse(str(path), args=[*args, "-include", str(umbrella), "-include", str(members)])
    source = Source(str(path), text, tu)
    main = os.path.realpath(path)
    for diag in tu.diagnostics:
        loc = diag.location
        if diag.severity >= _ERROR and loc.file is not None and os.path.realpath(loc.file.name) == main:
            source.errors.append((loc.offset, loc.line, loc.column, diag.spelling))
    return source
