"""Resolve includes like Xcode does on macOS's case-insensitive file system; shim what cannot be found.

Each file is parsed on its own, and one ``#import`` clang cannot find is a fatal error that loses
the whole file.  :func:`plan_includes` reads every input's ``#import``/``#include`` and
``@import`` lines (and those of the project headers and prefix headers they reach), resolves them
as clang would with the file's arguments (:meth:`ProjectSettings.args_for
<mangopy.export.project.ProjectSettings.args_for>`), and for each one clang would not find plans a
*shim* in a directory searched last (``-idirafter``), so real headers always win:

* a project header under another case (``FOO.h`` for ``"Foo.h"``) or found by name elsewhere in
  the project, as Xcode's header maps do (``"Foo.h"`` finds any project ``Foo.h``;
  ``<Lib/Foo.h>`` finds ``…/Lib/…/Foo.h``, else the one project ``Foo.h``): a forwarding shim
  ``#import "/real/path/Foo.h"``;
* a header found nowhere (a pod not installed, the generated ``App-Swift.h``, a private header):
  an empty shim, and a warning for the file (declarations using it may be incomplete);
* ``@import Foo;`` for a module neither the SDK nor the project provides: an empty module in the
  shim directory's ``module.modulemap``.

Conditionals are ignored: resolving an include that is not compiled is harmless.  This is a
library: no command-line code here.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mangopy.export.project import ProjectSettings

__all__ = ["IncludePlan", "IncludeWarning", "plan_includes", "scan_directives"]

MAX_PARENT_LEVELS = 8  # `#import "../../Foo.h"`: shims handle this many leading `..`
_STRIP = re.compile(r"//[^\n]*|/\*.*?\*/|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'", re.S)
_DIRECTIVE = re.compile(r"^[ \t]*#[ \t]*(import|include|include_next)[ \t]*(?:\"([^\"\n]+)\"|<([^>\n]+)>)", re.M)
_AT_IMPORT = re.compile(r"@import[ \t]+([A-Za-z_][\w.]*)[ \t]*;")
_MODULE_DECL = re.compile(r"^(?:framework[ \t]+)?module[ \t]+(\w+)", re.M)
SHIM_MODULE_SUFFIX = "_mangopy_empty.h"


@dataclass(frozen=True, order=True)
class IncludeWarning:
    """An include that clang would not find as written (``file:line: message``).

    ``kind``: ``case`` (found under another case), ``by-name`` (found elsewhere in the project by
    name, as Xcode's header maps do), ``missing`` (found nowhere: an empty shim stands in),
    ``swift-header`` (a generated ``-Swift.h``: empty shim), ``module`` (``@import`` of an unknown
    module: an empty module stands in), ``unresolved`` (no shim possible).
    """

    file: str
    line: int
    include: str  # as written: `<Lib/Lib.h>`, `"Foo.h"`, `@import Foo`
    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"

    @property
    def degrades(self) -> bool:
        """True when declarations using it may be incomplete (nothing real stands in for it)."""
        return self.kind in ("missing", "module", "unresolved")


@dataclass
class IncludePlan:
    """Shim files to write under a directory of the caller's choice, and the warnings per file.

    ``shims`` maps paths relative to that directory to their text; clang must search
    ``search_dir`` (relative to it) last: :meth:`args` gives the arguments to append.
    """

    shims: dict[str, str] = field(default_factory=dict)
    search_dir: str = "include"
    warnings: list[IncludeWarning] = field(default_factory=list)
    # per input (absolute path): the project headers its own directives reach, in order
    reaches: dict[str, list[str]] = field(default_factory=dict)

    def args(self, shim_dir: str | os.PathLike[str]) -> list[str]:
        return ["-idirafter", str(Path(shim_dir) / self.search_dir)] if self.shims else []

    def write(self, shim_dir: str | os.PathLike[str]) -> list[str]:
        """Write the shims under ``shim_dir``; returns :meth:`args`."""
        base = Path(shim_dir)
        (base / self.search_dir).mkdir(parents=True, exist_ok=True)  # `"../X.h"` climbs out of it
        for rel, text in sorted(self.shims.items()):
            path = base / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return self.args(shim_dir)

    def warnings_for(self, file: str) -> list[IncludeWarning]:
        return [w for w in self.warnings if w.file == file]


@dataclass(frozen=True)
class Directive:
    line: int
    spelling: str  # as between the quotes or brackets; for @import the dotted module path
    kind: str  # "quote", "angle" or "module"

    @property
    def written(self) -> str:
        if self.kind == "module":
            return f"@import {self.spelling}"
        return f'"{self.spelling}"' if self.kind == "quote" else f"<{self.spelling}>"


def scan_directives(text: str) -> list[Directive]:
    """The ``#import``/``#include``/``@import`` lines of a source text, comments ignored."""

    def blank(match: re.Match[str]) -> str:
        token = match.group(0)
        return token if token[0] in "\"'" else "\n" * token.count("\n") + " "

    code = _STRIP.sub(blank, text)
    newlines = [i for i, c in enumerate(code) if c == "\n"] if "\n" in code else []
    out: list[Directive] = []
    for match in _DIRECTIVE.finditer(code):
        line = bisect.bisect_left(newlines, match.start()) + 1
        quoted = match.group(2)
        out.append(
            Directive(line, quoted if quoted is not None else match.group(3).strip(), "quote" if quoted else "angle")
        )
    for match in _AT_IMPORT.finditer(code):
        out.append(Directive(bisect.bisect_left(newlines, match.start()) + 1, match.group(1), "module"))
    out.sort(key=lambda d: d.line)
    return out


# ----------------------------------------------------------------------------------- search paths


@dataclass(frozen=True)
class _Context:
    quote: tuple[str, ...]
    angle: tuple[str, ...]
    frameworks: tuple[str, ...]
    prefix: tuple[str, ...]
    module_maps: tuple[str, ...]


def _context(
    args: Sequence[str], input_dirs: tuple[str, ...], sdk: tuple[tuple[str, ...], tuple[str, ...]]
) -> _Context:
    quote: list[str] = []
    angle: list[str] = []
    frameworks: list[str] = []
    prefix: list[str] = []
    maps: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        for flag, into in (("-iquote", quote), ("-isystem", angle), ("-idirafter", angle), ("-iframework", frameworks),
                           ("-include", prefix), ("-I", angle), ("-F", frameworks)):  # fmt: skip
            if arg == flag and i < len(args):
                into.append(args[i])
                i += 1
                break
            if arg.startswith(flag) and len(arg) > len(flag) and flag in ("-I", "-F"):
                into.append(arg[len(flag) :])
                break
        else:
            if arg.startswith("-fmodule-map-file="):
                maps.append(arg.split("=", 1)[1])
    return _Context(
        tuple(dict.fromkeys([*quote, *input_dirs])),
        tuple(dict.fromkeys([*angle, *sdk[0]])),
        tuple(dict.fromkeys([*frameworks, *sdk[1]])),
        tuple(prefix),
        tuple(maps),
    )


def _sdk_dirs(sdk_root: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(header dirs, framework dirs) of an SDK: the stub (headers at its root) or an iPhoneOS.sdk."""
    headers = [str(sdk_root)]
    frameworks: list[str] = []
    if (sdk_root / "usr" / "include").is_dir():
        headers = [str(sdk_root / "usr" / "include")]
    for fw in (sdk_root / "System" / "Library" / "Frameworks", sdk_root / "System" / "Library" / "PrivateFrameworks"):
        if fw.is_dir():
            frameworks.append(str(fw))
    return tuple(headers), tuple(frameworks)


def _module_names(modulemap: Path) -> set[str]:
    try:
        return set(_MODULE_DECL.findall(modulemap.read_text(encoding="utf-8", errors="replace")))
    except OSError:
        return set()


def _sdk_modules(sdk_root: Path) -> set[str]:
    names = _module_names(sdk_root / "module.modulemap") | _module_names(
        sdk_root / "usr" / "include" / "module.modulemap"
    )
    for fw_dir in (sdk_root / "System" / "Library" / "Frameworks",):
        if fw_dir.is_dir():
            names |= {p.name[: -len(".framework")] for p in fw_dir.iterdir() if p.name.endswith(".framework")}
    return names


# -------------------------------------------------------------------------------------- resolution


class _Resolver:
    def __init__(self, settings: ProjectSettings, inputs: Sequence[Path], sdk_root: Path) -> None:
        self.settings = settings
        self.sdk_root = sdk_root
        self.sdk = _sdk_dirs(sdk_root)
        self.sdk_modules = _sdk_modules(sdk_root)
        self.input_dirs = tuple(sorted({str(p.parent) for p in inputs}))
        project = {os.path.abspath(p) for p in settings.headers}
        project |= {str(p) for p in inputs if p.suffix in (".h", ".pch", ".hpp", ".hh")}
        self.project = project
        self.by_name: dict[str, list[str]] = {}  # lower-case file name -> real paths (sorted)
        for path in sorted(project):
            self.by_name.setdefault(os.path.basename(path).lower(), []).append(path)
        self.contexts: dict[tuple[str, ...], _Context] = {}
        self.cache: dict[tuple[int, str, str], str | None] = {}
        self.module_cache: dict[int, set[str]] = {}
        self.isfile_cache: dict[str, bool] = {}
        self.listings: dict[str, frozenset[str]] = {}
        self.dir_indexes: dict[tuple[int, str], dict[str, tuple[str, ...]]] = {}

    def context(self, file: Path) -> _Context:
        args = tuple(self.settings.args_for(file))
        ctx = self.contexts.get(args)
        if ctx is None:
            ctx = self.contexts[args] = _context(args, self.input_dirs, self.sdk)
        return ctx

    def listing(self, directory: str) -> frozenset[str]:
        """The names in a directory (case-sensitive, as Linux sees them), listed once."""
        found = self.listings.get(directory)
        if found is None:
            try:
                found = frozenset(os.listdir(directory))
            except OSError:
                found = frozenset()
            self.listings[directory] = found
        return found

    def dir_index(self, ctx: _Context, kind: str) -> dict[str, tuple[str, ...]]:
        """Name -> the search directories holding it, in search order (built once per context)."""
        key = (id(ctx), kind)
        index = self.dir_indexes.get(key)
        if index is None:
            lists: dict[str, list[str]] = {}
            for directory in dict.fromkeys((*ctx.quote, *ctx.angle) if kind == "quote" else ctx.angle):
                for name in self.listing(directory):
                    lists.setdefault(name, []).append(directory)
            index = self.dir_indexes[key] = {name: tuple(dirs) for name, dirs in lists.items()}
        return index

    def exists_in(self, directory: str, spelling: str) -> str | None:
        first = spelling.split("/", 1)[0]
        if first not in (".", "..") and first not in self.listing(directory):
            return None  # most directories do not even hold the first component: no stat
        candidate = os.path.normpath(os.path.join(directory, spelling))
        return candidate if self.isfile(candidate) else None

    def isfile(self, path: str) -> bool:
        found = self.isfile_cache.get(path)
        if found is None:
            found = self.isfile_cache[path] = os.path.isfile(path)
        return found

    def resolve(self, d: Directive, includer: str, ctx: _Context) -> str | None:
        """The file clang would include (case-sensitive, as on Linux), else None."""
        spelling = d.spelling
        if os.path.isabs(spelling):
            return spelling if self.isfile(spelling) else None
        if d.kind == "quote":
            here = self.exists_in(os.path.dirname(includer), spelling)
            if here is not None:
                return here
        key = (id(ctx), d.kind, spelling)
        if key in self.cache:
            return self.cache[key]
        found = None
        first = spelling.split("/", 1)[0]
        if first in (".", ".."):
            dirs: Sequence[str] = (*ctx.quote, *ctx.angle) if d.kind == "quote" else ctx.angle
        else:  # only the directories holding the first component, in search order
            dirs = self.dir_index(ctx, d.kind).get(first, ())
        for directory in dirs:
            found = self.exists_in(directory, spelling)
            if found is not None:
                break
        if found is None and "/" in spelling:
            framework, rest = spelling.split("/", 1)
            for directory in ctx.frameworks:
                if f"{framework}.framework" not in self.listing(directory):
                    continue
                for sub in ("Headers", "PrivateHeaders"):
                    candidate = os.path.join(directory, f"{framework}.framework", sub, rest)
                    if self.isfile(candidate):
                        found = candidate
                        break
                if found:
                    break
        self.cache[key] = found
        return found

    def modules(self, ctx: _Context) -> set[str]:
        """Modules clang can find with these search paths: the SDK's and module maps in the search dirs."""
        known = self.module_cache.get(id(ctx))
        if known is not None:
            return known
        known = set(self.sdk_modules)
        for directory in (*ctx.angle, *ctx.quote):
            base = Path(directory)
            known |= _module_names(base / "module.modulemap")
            if base.is_dir() and str(base) not in self.sdk[0]:
                for sub in sorted(base.iterdir()):
                    if (sub / "module.modulemap").is_file():
                        known |= _module_names(sub / "module.modulemap")
        for directory in ctx.frameworks:
            base = Path(directory)
            if base.is_dir() and directory not in self.sdk[1]:
                known |= {p.name[: -len(".framework")] for p in base.glob("*.framework") if (p / "Modules").is_dir()}
        for modulemap in ctx.module_maps:
            known |= _module_names(Path(modulemap))
        self.module_cache[id(ctx)] = known
        return known

    def by_name_lookup(self, d: Directive, includer: str, ctx: _Context) -> tuple[str, str, int] | None:
        """(real path, kind, how many candidates) of the project header the include means on macOS / with header maps.

        Several candidates: the one sharing the longest directory prefix with the includer, then
        the first in sorted order (Xcode's header maps, too, keep one header per name).
        """
        spelling = d.spelling
        parts = [p for p in spelling.replace("\\", "/").split("/") if p not in ("", ".")]
        if not parts:
            return None
        candidates = self.by_name.get(parts[-1].lower(), [])
        if not candidates:
            return None
        searched = {os.path.dirname(includer), *ctx.quote, *ctx.angle} if d.kind == "quote" else set(ctx.angle)
        if ".." in parts:  # relative: the one place it means, ignoring case
            target = os.path.normpath(os.path.join(os.path.dirname(includer), spelling)).lower()
            for c in candidates:
                if c.lower() == target:
                    return c, "case", 1
            parts = [p for p in parts if p != ".."]
        suffix = "/" + "/".join(parts).lower()
        matching = [c for c in candidates if c.lower().endswith(suffix)]
        if matching:
            for c in matching:
                if c[: len(c) - len(suffix)] in searched:  # where clang looks, under another case
                    return c, "case", 1
            return self._nearest(matching, includer), "by-name", len(matching)
        if len(parts) > 1:  # <Lib/Foo.h>: .../Lib/.../Foo.h (Pods/Lib/Classes/Foo.h), else a unique Foo.h
            lib = parts[0].lower()
            in_lib = [c for c in candidates if lib in (p.lower() for p in Path(c).parts[:-1])]
            if in_lib:
                return self._nearest(in_lib, includer), "by-name", len(in_lib)
        if len(candidates) == 1:
            return candidates[0], "by-name", 1
        return None

    @staticmethod
    def _nearest(paths: list[str], includer: str) -> str:
        def score(path: str) -> tuple[int, str]:
            return (-len(os.path.commonpath([path, includer])), path)

        return min(paths, key=score)


def _read(path: str) -> str | None:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def plan_includes(
    files: Iterable[str | os.PathLike[str]], settings: ProjectSettings, sdk_root: str | os.PathLike[str]
) -> IncludePlan:
    """Scan ``files`` (and the project and prefix headers they reach) and plan the shims for what clang would miss.

    ``settings`` gives each file's arguments (:func:`mangopy.export.project.discover`);
    ``sdk_root`` is the SDK parsed against (the stub's directory, or an ``iPhoneOS.sdk``).
    Warnings name files as given in ``files`` (for the reached headers: their absolute path).
    """
    inputs = [Path(os.path.abspath(f)) for f in files]
    shown = {str(p): str(f) for p, f in zip(inputs, files, strict=False)}
    resolver = _Resolver(settings, inputs, Path(sdk_root))
    plan = IncludePlan()
    forwards: dict[str, str | None] = {}  # shim path -> the real header it forwards to (None: empty)
    empty_modules: dict[str, set[str]] = {}  # top module -> submodule paths
    depth = 0
    scanned: dict[str, list[Directive]] = {}
    seen: set[tuple[int, str]] = set()
    warned: set[tuple[str, int, str]] = set()

    def directives(path: str) -> list[Directive]:
        found = scanned.get(path)
        if found is None:
            text = _read(path)
            found = scanned[path] = scan_directives(text) if text is not None else []
        return found

    def warn(file: str, d: Directive, kind: str, message: str) -> None:
        key = (file, d.line, d.spelling)
        if key not in warned:
            warned.add(key)
            plan.warnings.append(IncludeWarning(shown.get(file, file), d.line, d.written, kind, message))

    for root in sorted(inputs):
        ctx = resolver.context(root)
        work = [str(root), *ctx.prefix]
        reached = plan.reaches.setdefault(str(root), [])
        pending = True  # the input itself: scanned even if reached before, so its reach is known
        while work:
            current = work.pop()
            own = pending and current == str(root)
            pending = pending and not own
            if not own and (id(ctx), current) in seen:
                continue
            seen.add((id(ctx), current))
            for d in directives(current):
                if d.kind == "module":
                    top = d.spelling.split(".")[0]
                    if top not in resolver.modules(ctx):
                        empty_modules.setdefault(top, set()).add(d.spelling)
                        warn(current, d, "module", f"`{d.written};`: module {top} not found (an empty module stands "
                                                   "in): declarations using it may be incomplete")  # fmt: skip
                    continue
                real = resolver.resolve(d, current, ctx)
                if real is not None:
                    if real in resolver.project:
                        work.append(real)
                        if own:
                            reached.append(real)
                    continue
                rel = _shim_path(d.spelling)
                if rel is None:
                    warn(current, d, "unresolved", f"`#import {d.written}` not found and cannot be shimmed")
                    continue
                depth = max(depth, rel[1])
                found = resolver.by_name_lookup(d, current, ctx)
                if found is not None:
                    target, kind, count = found
                    chosen = forwards.setdefault(rel[0], target)
                    if chosen == target:
                        how = "another case" if kind == "case" else "its name (as Xcode's header maps do)"
                        among = f" (one of {count} project headers of that name)" if count > 1 else ""
                        warn(current, d, kind, f"`#import {d.written}` found by {how}: {target}{among}")
                        work.append(target)
                        if own:
                            reached.append(target)
                    else:  # the name already stands for another header: first wins
                        warn(current, d, kind, f"`#import {d.written}` is ambiguous here: using {chosen or 'nothing'}")
                    continue
                name = os.path.basename(d.spelling)
                if name in resolver.settings.swift_headers or name.lower().endswith("-swift.h"):
                    forwards.setdefault(rel[0], None)
                    module = resolver.settings.swift_headers.get(name)
                    which = f" (module {module})" if module else ""
                    warn(current, d, "swift-header", f"`#import {d.written}`: generated Swift header{which} not "
                                                     "found (an empty one stands in)")  # fmt: skip
                    continue
                forwards.setdefault(rel[0], None)
                warn(current, d, "missing", f"`#import {d.written}` not found: declarations using it may be incomplete")
    search_dir = "/".join(["include"] + ["_"] * depth)
    for rel, target in sorted(forwards.items()):
        text = f'#import "{_c_string(target)}"\n' if target is not None else ""
        plan.shims[os.path.normpath(os.path.join(search_dir, rel))] = text
    if empty_modules:
        plan.shims[f"{search_dir}/module.modulemap"] = _modulemap(empty_modules)
        for top, paths in empty_modules.items():
            for path in {top, *paths}:
                plan.shims[f"{search_dir}/{path}{SHIM_MODULE_SUFFIX}"] = ""
    plan.search_dir = search_dir
    plan.warnings.sort()
    return plan


def _c_string(path: str) -> str:
    return path.replace("\\", "\\\\").replace('"', '\\"')


def _shim_path(spelling: str) -> tuple[str, int] | None:
    """(path relative to the shim search dir, leading `..` count), None if it cannot be shimmed."""
    parts = [p for p in spelling.replace("\\", "/").split("/") if p not in ("", ".")]
    ups = 0
    while ups < len(parts) and parts[ups] == "..":
        ups += 1
    if not parts or ups > MAX_PARENT_LEVELS or ".." in parts[ups:] or ups == len(parts):
        return None
    return "/".join(parts), ups


def _modulemap(modules: dict[str, set[str]]) -> str:
    """Empty modules (and submodules) clang accepts for ``@import Foo;`` / ``@import Foo.Bar;``."""
    lines = ["// mangopy: modules the project imports but neither the SDK nor the project provides"]

    def emit(path: str, children: dict[str, set[str]], indent: str) -> None:
        name = path.rsplit(".", 1)[-1]
        lines.append(f"{indent}module {name} {{")
        lines.append(f'{indent}  header "{path}{SHIM_MODULE_SUFFIX}"')
        lines.append(f"{indent}  export *")
        for child in sorted(children.get(path, set())):
            emit(child, children, indent + "  ")
        lines.append(f"{indent}}}")

    for top in sorted(modules):
        children: dict[str, set[str]] = {}
        for path in modules[top]:
            pieces = path.split(".")
            for i in range(1, len(pieces)):
                children.setdefault(".".join(pieces[:i]), set()).add(".".join(pieces[: i + 1]))
        emit(top, children, "")
    return "\n".join(lines) + "\n"
