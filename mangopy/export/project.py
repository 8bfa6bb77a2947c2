"""Read an iOS project's build settings the way its build does: the clang flags of each file.

:func:`discover` looks under the paths given for

* Xcode projects (``*.xcodeproj/project.pbxproj``, read with the PyPI parser ``pbxproj``): per
  native target the prefix header (``GCC_PREFIX_HEADER``), header/user-header/framework search
  paths, preprocessor definitions, the generated Swift interface header's name and module, and
  the target's source files; the ``.xcconfig`` files the configurations are based on (CocoaPods
  puts its search paths and ``COCOAPODS=1`` there) are read too, with ``#include`` and
  ``$(inherited)`` honoured;
* without a project, a ``.pch`` prefix header (see :func:`discover`);
* dependency layouts: CocoaPods (``Pods/Headers/Public``, ``Private``), Carthage
  (``Carthage/Build/...framework``), Swift packages (``SourcePackages/checkouts``,
  ``.build/checkouts``);
* ``compile_commands.json`` (given, or at the root of a path given): the exact flags of each file.

The result, :class:`ProjectSettings`, gives the extra clang arguments of each file
(:meth:`ProjectSettings.args_for`), the Swift interface headers the build would generate, every
project header (for :mod:`mangopy.export.includes`) and notes for the user.  Deterministic: the
same tree gives the same result.  This is a library: no command-line code here.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shlex
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Note", "ProjectSettings", "Target", "discover"]

HEADER_SUFFIXES = (".h", ".hh", ".hpp", ".pch")
SOURCE_SUFFIXES = (".m", ".mm", ".c", ".cc", ".cpp", ".swift")
# Directories never searched: build output and tool caches (hidden ones are skipped too).
SKIP_DIRS = frozenset({"build", "DerivedData", "node_modules", "xcuserdata"})
# Directories whose `.pch` files are not the app's prefix header.
_NOT_APP_PCH = re.compile(r"(^|/)(Pods|Carthage|[^/]*Tests?[^/]*)(/|$)", re.IGNORECASE)
MAX_RECURSIVE_DIRS = 400  # `path/**` expands to at most this many directories (clang searches each)
# Variables naming build products or SDK locations: they do not exist in a checkout (and the
# exporter chooses the SDK), so a search path using them is dropped (quietly for SDK ones).
_SDK_VARIABLES = frozenset({"SDKROOT", "SDK_DIR", "PLATFORM_DIR", "DEVELOPER_DIR", "DEVELOPER_FRAMEWORKS_DIR",
                            "PLATFORM_DEVELOPER_FRAMEWORKS_DIR", "SYSTEM_APPS_DIR", "TOOLCHAIN_DIR",
                            "DT_TOOLCHAIN_DIR", "SYSTEM_LIBRARY_DIR", "DEVELOPER_LIBRARY_DIR",
                            "SYSTEM_DEVELOPER_DIR", "PLATFORM_DEVELOPER_LIBRARY_DIR"})  # fmt: skip
_VARIABLE = re.compile(r"\$(?:\(([^()]*)\)|\{([^{}]*)\}|([A-Za-z_][A-Za-z0-9_]*))")
_LIST_SETTINGS = frozenset({"HEADER_SEARCH_PATHS", "USER_HEADER_SEARCH_PATHS", "FRAMEWORK_SEARCH_PATHS",
                            "GCC_PREPROCESSOR_DEFINITIONS", "OTHER_CFLAGS", "SYSTEM_HEADER_SEARCH_PATHS",
                            "SYSTEM_FRAMEWORK_SEARCH_PATHS"})  # fmt: skip


@dataclass(frozen=True, order=True)
class Note:
    """Something the user should know about the project's settings (``file: message``)."""

    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}" if self.file else self.message


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a target is one object
class Target:
    """One native target of an Xcode project, with the settings of one configuration."""

    name: str
    project: Path  # the .xcodeproj directory
    product_type: str  # e.g. com.apple.product-type.application
    configuration: str
    module_name: str
    prefix_header: Path | None = None
    header_search_paths: tuple[Path, ...] = ()
    user_header_search_paths: tuple[Path, ...] = ()
    framework_search_paths: tuple[Path, ...] = ()
    defines: tuple[str, ...] = ()
    swift_header: str | None = None  # "MyApp-Swift.h" when the target compiles Swift
    sources: tuple[Path, ...] = ()

    @property
    def is_test(self) -> bool:
        return ".bundle.unit-test" in self.product_type or ".bundle.ui-testing" in self.product_type

    def args(self) -> list[str]:
        out: list[str] = []
        for d in self.user_header_search_paths:
            out += ["-iquote", str(d)]
        for d in self.header_search_paths:
            out += ["-I", str(d)]
        for d in self.framework_search_paths:
            out += ["-F", str(d)]
        out += [f"-D{d}" for d in self.defines]
        if self.prefix_header is not None:
            out += ["-include", str(self.prefix_header)]
        return out


@dataclass
class ProjectSettings:
    """What :func:`discover` found; :meth:`args_for` gives a file's extra clang arguments.

    The arguments of a file are, in order: the user's ``-I`` dirs, then its compile command's
    flags if ``compile_commands.json`` has it (or a source beside it, for a header), else its
    target's settings (the target whose Sources phase has the file; for a header, the target with
    the most sources in the nearest directory; else the first application target), else the
    ``.pch`` found without a project; then the dependency layouts' search paths (CocoaPods,
    Carthage, SwiftPM); then the user's ``-D``; the user's prefix headers replace any other.
    """

    roots: tuple[Path, ...] = ()
    targets: tuple[Target, ...] = ()
    layout_args: tuple[str, ...] = ()
    compile_commands: dict[Path, tuple[str, ...]] = field(default_factory=dict)
    fallback_pch: tuple[Path, ...] = ()  # `.pch` files found without a project (see discover)
    user_include_dirs: tuple[Path, ...] = ()
    user_defines: tuple[str, ...] = ()
    user_prefix_headers: tuple[Path, ...] = ()
    swift_headers: dict[str, str] = field(default_factory=dict)  # "MyApp-Swift.h" -> "MyApp"
    headers: tuple[Path, ...] = ()  # every header under the roots (for include resolution)
    notes: list[Note] = field(default_factory=list)
    _owner: dict[Path, Target] = field(default_factory=dict, repr=False)
    _dir_sources: dict[Path, dict[Target, int]] = field(default_factory=dict, repr=False)
    _cc_dirs: dict[Path, list[Path]] = field(default_factory=dict, repr=False)
    _cache: dict[Path, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def target_of(self, file: str | os.PathLike[str]) -> Target | None:
        """The target whose settings apply to ``file`` (None without a project)."""
        path = _abs(Path(file))
        owner = self._owner.get(path)
        if owner is not None:
            return owner
        if not self.targets:
            return None
        for directory in (path.parent, *path.parent.parents):
            counts = self._dir_sources.get(directory)
            if counts:
                return max(counts.items(), key=lambda kv: (kv[1], not kv[0].is_test, -self.targets.index(kv[0])))[0]
        return self.main_target

    @property
    def main_target(self) -> Target | None:
        """The first application target (else the first non-test target, else the first)."""
        apps = [t for t in self.targets if t.product_type.endswith(".application")]
        others = [t for t in self.targets if not t.is_test]
        return (apps or others or list(self.targets) or [None])[0]

    def prefix_header_for(self, path: Path) -> Path | None:
        if len(self.fallback_pch) == 1:
            return self.fallback_pch[0]
        best: Path | None = None
        for pch in self.fallback_pch:
            if path.is_relative_to(pch.parent) and (best is None or len(pch.parent.parts) > len(best.parent.parts)):
                best = pch
        return best

    def compile_command_for(self, path: Path) -> tuple[str, ...] | None:
        found = self.compile_commands.get(path)
        if found is not None or not self.compile_commands:
            return found
        # a header: the flags of its source (Foo.m for Foo.h), else of a source beside it
        siblings = self._cc_dirs.get(path.parent, [])
        for source in siblings:
            if source.stem == path.stem:
                return self.compile_commands[source]
        return self.compile_commands[siblings[0]] if siblings else None

    def args_for(self, file: str | os.PathLike[str]) -> list[str]:
        """The extra clang arguments for ``file`` (to append to the exporter's own)."""
        path = _abs(Path(file))
        cached = self._cache.get(path)
        if cached is not None:
            return list(cached)
        out: list[str] = []
        for d in self.user_include_dirs:
            out += ["-I", str(d)]
        command = self.compile_command_for(path)
        target = self.target_of(path) if command is None else None
        if command is not None:
            out += command
        elif target is not None:
            out += target.args()
        else:
            pch = self.prefix_header_for(path)
            if pch is not None:
                out += ["-include", str(pch)]
        out += self.layout_args
        out += [f"-D{d}" for d in self.user_defines]
        if self.user_prefix_headers:
            out = _without_includes(out)
            for pch in self.user_prefix_headers:
                out += ["-include", str(pch)]
        self._cache[path] = tuple(out)
        return out


def _without_includes(args: list[str]) -> list[str]:
    out: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "-include":
            skip = True
        elif not arg.startswith("-include"):
            out.append(arg)
    return out


def _abs(path: Path) -> Path:
    return Path(os.path.abspath(path))


# ---------------------------------------------------------------------------------------- walking


@dataclass
class _Tree:
    projects: list[Path] = field(default_factory=list)  # .xcodeproj directories
    pch: list[Path] = field(default_factory=list)
    headers: list[Path] = field(default_factory=list)
    header_dirs: set[Path] = field(default_factory=set)


def _walk(roots: Sequence[Path]) -> _Tree:
    tree = _Tree()
    seen: set[Path] = set()
    for root in roots:
        if root.is_file():
            if root.suffix in HEADER_SUFFIXES and root not in seen:
                seen.add(root)
                tree.headers.append(root)
                tree.header_dirs.add(root.parent)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            here = Path(dirpath)
            keep = []
            for d in sorted(dirnames):
                if d.startswith(".") or d in SKIP_DIRS:
                    continue
                if d.endswith(".xcodeproj"):
                    if d != "Pods.xcodeproj" and (here / d / "project.pbxproj").is_file():
                        tree.projects.append(here / d)
                    continue
                if d.endswith((".xcworkspace", ".xcassets", ".lproj", ".bundle", ".playground")):
                    continue
                keep.append(d)
            dirnames[:] = keep
            has_header = False
            for name in sorted(filenames):
                if name.endswith(HEADER_SUFFIXES):
                    path = here / name
                    if path in seen:
                        continue
                    seen.add(path)
                    has_header = True
                    tree.headers.append(path)
                    if name.endswith(".pch"):
                        tree.pch.append(path)
            if has_header:
                tree.header_dirs.add(here)
    return tree


def _header_dirs_below(root: Path, tree: _Tree, cache: dict[Path, list[Path]]) -> list[Path]:
    """Every directory at or below ``root`` holding headers (``path/**``), sorted."""
    if root in cache:
        return cache[root]
    found = sorted(d for d in tree.header_dirs if d == root or d.is_relative_to(root))
    if not found and root.is_dir() and not any(root.is_relative_to(r) for r in tree.header_dirs):
        extra = _walk([root])  # outside the paths given (e.g. `$(SRCROOT)/../Shared/**`)
        found = sorted(extra.header_dirs)
    cache[root] = found
    return found


# ------------------------------------------------------------------------------ settings values


def _split(value: Any) -> list[str]:
    """A build setting's value as a list, split like Xcode (whitespace; quotes group; backslash escapes)."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        text = str(item)
        try:
            out += shlex.split(text, posix=True)
        except ValueError:  # an unbalanced quote: split on whitespace
            out += text.split()
    return out


def c99extidentifier(name: str) -> str:
    """Xcode's ``:c99extidentifier`` (module names): non-identifier characters become ``_``."""
    out = re.sub(r"[^A-Za-z0-9_]", "_", name)
    return "_" + out if out[:1].isdigit() else out


def _rfc1034identifier(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9.]", "-", name)


class _Settings:
    """Layered build settings (lowest first), as Xcode resolves them, with ``$(inherited)``."""

    def __init__(self, layers: list[dict[str, Any]], builtins: Mapping[str, str]) -> None:
        self.layers = layers
        self.builtins = builtins

    def raw(self, key: str, below: int | None = None) -> list[str] | None:
        """The value of ``key`` (tokens) with ``$(inherited)`` replaced by the lower layers' value."""
        top = len(self.layers) if below is None else below
        for i in range(top - 1, -1, -1):
            if key in self.layers[i]:
                tokens = _split(self.layers[i][key])
                if any(t in ("$(inherited)", "${inherited}") for t in tokens):
                    inherited = self.raw(key, i) or []
                    expanded: list[str] = []
                    for t in tokens:
                        expanded += inherited if t in ("$(inherited)", "${inherited}") else [t]
                    return expanded
                return tokens
        return None

    def string(self, key: str) -> str | None:
        tokens = self.raw(key)
        if tokens is None:
            builtin = self.builtins.get(key)
            return builtin
        return " ".join(tokens)

    def expand(self, text: str, unknown: set[str], depth: int = 0) -> str | None:
        """``text`` with its variables expanded; None (and the variable added to ``unknown``) if one is unknown."""
        failed = False

        def one(match: re.Match[str]) -> str:
            nonlocal failed
            spec = match.group(1) or match.group(2) or match.group(3) or ""
            name, _, modifier = spec.partition(":")
            value = self.string(name) if depth < 8 and name not in _SDK_VARIABLES else None
            if value is not None and "$" in value:
                value = self.expand(value, unknown, depth + 1)
            if value is None:
                failed = True
                unknown.add(name)
                return ""
            if modifier == "c99extidentifier":
                value = c99extidentifier(value)
            elif modifier == "rfc1034identifier":
                value = _rfc1034identifier(value)
            elif modifier in ("lower", "upper"):
                value = value.lower() if modifier == "lower" else value.upper()
            return value

        result = _VARIABLE.sub(one, text)
        return None if failed else result


_CONDITION = re.compile(r"^([A-Za-z0-9_]+)((?:\[[^\]]*\])+)$")


def _applies(conditions: str, configuration: str) -> bool:
    for cond in re.findall(r"\[([^\]]*)\]", conditions):
        key, _, value = cond.partition("=")
        pattern = re.compile("^" + re.escape(value).replace(r"\*", ".*") + "$")
        if key == "sdk" and not (pattern.match("iphoneos") or pattern.match("iphonesimulator")):
            return False
        if key == "config" and not pattern.match(configuration):
            return False
    return True


def _conditional(settings: Mapping[str, Any], configuration: str) -> dict[str, Any]:
    """``KEY[sdk=iphoneos*]`` entries that apply to an iOS build override ``KEY``; others are dropped."""
    out: dict[str, Any] = {}
    conditional: list[tuple[str, Any]] = []
    for key, value in settings.items():
        match = _CONDITION.match(key)
        if match is None:
            out[key] = value
        elif _applies(match.group(2), configuration):
            conditional.append((match.group(1), value))
    for key, value in sorted(conditional, key=lambda kv: kv[0]):
        out[key] = value
    return out


_XC_LINE = re.compile(r"^\s*([A-Za-z0-9_]+(?:\[[^\]]*\])*)\s*=\s*(.*?)\s*;?\s*$")
_XC_INCLUDE = re.compile(r'^\s*#\s*include(\?)?\s*"([^"]+)"')


def _read_xcconfig(path: Path, notes: list[Note], configuration: str, depth: int = 0) -> dict[str, Any]:
    """An ``.xcconfig`` file's settings, its ``#include``s first; ``$(inherited)`` within the file composes."""
    out: dict[str, Any] = {}
    if depth > 8:
        return out
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        notes.append(Note(str(path), f"cannot read the xcconfig: {exc.strerror or exc}"))
        return out
    for line in text.splitlines():
        stripped = line.split("//", 1)[0] if "//" in line and not _XC_INCLUDE.match(line) else line
        inc = _XC_INCLUDE.match(stripped)
        if inc is not None:
            target = (path.parent / inc.group(2)).resolve()
            if target.is_file():
                _merge(out, _read_xcconfig(target, notes, configuration, depth + 1))
            elif not inc.group(1):  # `#include?` is optional
                notes.append(Note(str(path), f'#include "{inc.group(2)}": no such xcconfig'))
            continue
        match = _XC_LINE.match(stripped)
        if match is not None:
            _merge(out, _conditional({match.group(1): match.group(2)}, configuration))
    return out


def _merge(into: dict[str, Any], new: Mapping[str, Any]) -> None:
    for key, value in new.items():
        tokens = _split(value)
        if key in into and any(t in ("$(inherited)", "${inherited}") for t in tokens):
            before = _split(into[key])
            value = [x for t in tokens for x in (before if t in ("$(inherited)", "${inherited}") else [t])]
        into[key] = value


# --------------------------------------------------------------------------------- pbxproj files


def _plain(value: Any) -> Any:
    """pbxproj's objects as plain dicts, lists and strings."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "get_keys"):
        return {str(k): _plain(value[k]) for k in value.get_keys()}
    return str(value) if isinstance(value, str) else value


def _load_pbxproj(path: Path, notes: list[Note]) -> dict[str, dict[str, Any]] | None:
    try:
        from pbxproj import XcodeProject
    except ImportError:  # pragma: no cover - a dependency of mangopy
        notes.append(Note(str(path), "the `pbxproj` package is not installed: project settings not read"))
        return None
    stderr = io.StringIO()
    try:
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
            project = XcodeProject.load(str(path))
        objects = project.objects
        plain = {str(key): _plain(objects[key]) for key in objects.get_keys()}
        root = str(project["rootObject"])
    except Exception as exc:  # any parse failure of a third-party file: a note, not a traceback
        notes.append(Note(str(path), f"cannot read the project file ({type(exc).__name__}: {exc}); settings not used"))
        return None
    if "missing/broken references" in stderr.getvalue():
        notes.append(Note(str(path), "the project has missing or broken file references"))
    if root not in plain:
        notes.append(Note(str(path), "the project file has no root object; settings not used"))
        return None
    plain["__root__"] = {"id": root}
    return plain


class _Project:
    """One .xcodeproj: its objects and the paths of its file references."""

    def __init__(self, xcodeproj: Path, objects: dict[str, dict[str, Any]]) -> None:
        self.xcodeproj = xcodeproj
        self.objects = objects
        self.root = objects[objects["__root__"]["id"]]
        self.srcroot = _abs(xcodeproj.parent / self.root.get("projectDirPath", "") or xcodeproj.parent)
        self.name = xcodeproj.name[: -len(".xcodeproj")]
        self.parent: dict[str, str] = {}
        for oid, obj in objects.items():
            if obj.get("isa") in ("PBXGroup", "PBXVariantGroup", "XCVersionGroup"):
                for child in obj.get("children", []) or []:
                    self.parent.setdefault(child, oid)
        self._paths: dict[str, Path | None] = {}

    def path_of(self, oid: str, depth: int = 0) -> Path | None:
        """A file reference's or group's path (None: built product, SDK, unknown)."""
        if oid in self._paths:
            return self._paths[oid]
        obj = self.objects.get(oid)
        result: Path | None = None
        if obj is not None and depth < 64:
            tree = obj.get("sourceTree", "<group>")
            rel = obj.get("path", "")
            if tree == "<absolute>":
                result = Path(rel)
            elif tree == "SOURCE_ROOT":
                result = self.srcroot / rel
            elif tree == "<group>":
                parent = self.parent.get(oid)
                if parent is None:  # the main group, or a reference outside the tree
                    base: Path | None = self.srcroot
                else:
                    base = self.path_of(parent, depth + 1)
                result = None if base is None else base / rel
            result = _abs(result) if result is not None else None
        self._paths[oid] = result
        return result

    def config(self, list_id: str | None, wanted: str | None) -> tuple[str, dict[str, Any], Path | None]:
        """(name, build settings, base xcconfig) of the chosen configuration of a configuration list."""
        clist = self.objects.get(list_id or "", {})
        configs = [self.objects.get(c, {}) for c in clist.get("buildConfigurations", []) or []]
        by_name = {c.get("name", ""): c for c in configs if c}
        debug = sorted(n for n in by_name if "debug" in n.lower())
        order = [wanted] if wanted else []
        order += ["Debug", *debug, "Release", clist.get("defaultConfigurationName", "")]
        chosen = next((by_name[n] for n in order if n in by_name), configs[0] if configs else {})
        base = chosen.get("baseConfigurationReference")
        xcconfig = self.path_of(base) if base else None
        return chosen.get("name", ""), dict(chosen.get("buildSettings", {}) or {}), xcconfig


_PRODUCT_KINDS = ("application", "framework", "library", "app-extension", "bundle", "watchkit", "tool", "xpc")


def _targets(xcodeproj: Path, tree: _Tree, notes: list[Note], dirs_cache: dict[Path, list[Path]]) -> list[Target]:
    pbxproj = xcodeproj / "project.pbxproj"
    objects = _load_pbxproj(pbxproj, notes)
    if objects is None:
        return []
    try:
        project = _Project(xcodeproj, objects)
    except (KeyError, TypeError, AttributeError) as exc:
        notes.append(Note(str(pbxproj), f"unexpected project structure ({exc}); settings not used"))
        return []
    out: list[Target] = []
    for tid in project.root.get("targets", []) or []:
        target = objects.get(tid, {})
        if target.get("isa") != "PBXNativeTarget":
            continue
        try:
            out.append(_target(project, target, tree, notes, dirs_cache))
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            notes.append(Note(str(pbxproj), f"target {target.get('name')}: cannot read its settings ({exc})"))
    return out


def _target(
    project: _Project, target: dict[str, Any], tree: _Tree, notes: list[Note], dirs_cache: dict[Path, list[Path]]
) -> Target:
    name = target.get("name", "")
    where = str(project.xcodeproj / "project.pbxproj")
    config_name, target_settings, target_xc = project.config(target.get("buildConfigurationList"), None)
    _, project_settings, project_xc = project.config(project.root.get("buildConfigurationList"), config_name)
    layers: list[dict[str, Any]] = []
    for xc, settings in ((project_xc, project_settings), (target_xc, target_settings)):
        if xc is not None:
            if xc.is_file():
                layers.append(_read_xcconfig(xc, notes, config_name))
            else:
                notes.append(Note(where, f"target {name}: xcconfig {xc} not found (pod install not run?)"))
        layers.append(_conditional(settings, config_name))
    builtins = {
        "SRCROOT": str(project.srcroot), "PROJECT_DIR": str(project.srcroot), "SOURCE_ROOT": str(project.srcroot),
        "PROJECT_NAME": project.name, "TARGET_NAME": name, "PODS_ROOT": str(project.srcroot / "Pods"),
        "PROJECT_FILE_PATH": str(project.xcodeproj), "CONFIGURATION": config_name, "PLATFORM_NAME": "iphoneos",
        "EFFECTIVE_PLATFORM_NAME": "-iphoneos", "SDK_NAME": "iphoneos", "inherited": "",
    }  # fmt: skip
    layers.insert(0, {"PRODUCT_NAME": "$(TARGET_NAME)", "PRODUCT_MODULE_NAME": "$(PRODUCT_NAME:c99extidentifier)"})
    settings = _Settings(layers, builtins)
    unknown: set[str] = set()

    def one(key: str) -> str | None:
        value = settings.string(key)
        return settings.expand(value, unknown) if value else None

    def paths(key: str) -> tuple[Path, ...]:
        out: list[Path] = []
        for token in settings.raw(key) or []:
            if token in ("$(inherited)", "${inherited}"):
                continue
            missing: set[str] = set()
            text = settings.expand(token, missing)
            if text is None:
                unknown.update(missing - _SDK_VARIABLES)
                continue
            recursive = text.endswith("/**")
            text = text[:-3] if recursive else text
            if not text:
                continue
            path = _abs(project.srcroot / text)
            out += _header_dirs_below(path, tree, dirs_cache)[:MAX_RECURSIVE_DIRS] if recursive else [path]
            if recursive and len(_header_dirs_below(path, tree, dirs_cache)) > MAX_RECURSIVE_DIRS:
                notes.append(
                    Note(where, f"target {name}: {token} has more than {MAX_RECURSIVE_DIRS} header directories")
                )
        return tuple(dict.fromkeys(p for p in out if p.exists()))

    module = one("PRODUCT_MODULE_NAME") or c99extidentifier(name)
    prefix = one("GCC_PREFIX_HEADER")
    prefix_path = _abs(project.srcroot / prefix) if prefix else None
    if prefix_path is not None and not prefix_path.is_file():
        notes.append(Note(where, f"target {name}: prefix header {prefix} not found"))
        prefix_path = None
    defines: list[str] = []
    for token in settings.raw("GCC_PREPROCESSOR_DEFINITIONS") or []:
        if token in ("$(inherited)", "${inherited}"):
            continue
        text = settings.expand(token, unknown)
        if text:
            defines.append(text)
    sources: list[Path] = []
    for phase_id in target.get("buildPhases", []) or []:
        phase = project.objects.get(phase_id, {})
        if phase.get("isa") != "PBXSourcesBuildPhase":
            continue
        for build_file in phase.get("files", []) or []:
            ref = project.objects.get(build_file, {}).get("fileRef")
            path = project.path_of(ref) if ref else None
            if path is not None:
                sources.append(path)
    for group_id in target.get("fileSystemSynchronizedGroups", []) or []:  # Xcode 16 folders
        folder = project.path_of(group_id)
        if folder is not None and folder.is_dir():
            for dirpath, dirnames, filenames in os.walk(folder):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                sources += [Path(dirpath) / f for f in sorted(filenames) if f.endswith(SOURCE_SUFFIXES)]
    swift_header = None
    if any(p.suffix == ".swift" for p in sources):
        swift_header = one("SWIFT_OBJC_INTERFACE_HEADER_NAME") or f"{module}-Swift.h"
    header_paths = paths("HEADER_SEARCH_PATHS") + paths("SYSTEM_HEADER_SEARCH_PATHS")
    user_paths = paths("USER_HEADER_SEARCH_PATHS")
    framework_paths = paths("FRAMEWORK_SEARCH_PATHS") + paths("SYSTEM_FRAMEWORK_SEARCH_PATHS")
    unknown -= _SDK_VARIABLES
    if unknown:
        shown = ", ".join(sorted(unknown))
        notes.append(Note(where, f"target {name}: build variable(s) {shown} cannot be expanded in a checkout "
                                 "(build products, undefined): settings using them are left out"))  # fmt: skip
    return Target(
        name=name,
        project=project.xcodeproj,
        product_type=target.get("productType", ""),
        configuration=config_name,
        module_name=module,
        prefix_header=prefix_path,
        header_search_paths=header_paths,
        user_header_search_paths=user_paths,
        framework_search_paths=framework_paths,
        defines=tuple(dict.fromkeys(defines)),
        swift_header=swift_header,
        sources=tuple(dict.fromkeys(sources)),
    )


# ---------------------------------------------------------------------------- dependency layouts


def _layout_args(roots: Sequence[Path]) -> list[str]:
    """Search paths of installed dependencies (CocoaPods, Carthage, SwiftPM) under each root and its project dirs."""
    bases: list[Path] = []
    for root in roots:
        if root.is_dir():
            bases.append(root)
    args: list[str] = []

    def sub(d: Path) -> list[Path]:
        try:
            return sorted(p for p in d.iterdir() if p.is_dir() and not p.name.startswith("."))
        except OSError:
            return []

    for base in bases:
        pods = base / "Pods" / "Headers"
        for kind in ("Public", "Private"):
            if (pods / kind).is_dir():
                args += ["-I", str(pods / kind)]
                for pod in sub(pods / kind):
                    args += ["-iquote", str(pod)]
        carthage = base / "Carthage" / "Build"
        for platform in (carthage / "iOS", carthage):
            if platform.is_dir() and any(p.suffix == ".framework" for p in sub(platform)):
                args += ["-F", str(platform)]
        for xcframework in (p for p in sub(carthage) if p.suffix == ".xcframework"):
            for slice_ in sub(xcframework):
                if slice_.name.startswith("ios-arm64") and "simulator" not in slice_.name:
                    args += ["-F", str(slice_)]
        for checkouts in (base / "SourcePackages" / "checkouts", base / ".build" / "checkouts"):
            for package in sub(checkouts):
                for module in sub(package / "Sources"):
                    if (module / "include").is_dir():
                        args += ["-I", str(module / "include")]
    return args


# ------------------------------------------------------------------------------ compile_commands

# longest first: `-iquote` before `-I`... (joined `-Ifoo` and separate `-I foo` forms)
_WITH_VALUE = ("-iframework", "-idirafter", "-isystem", "-include", "-imacros", "-iquote", "-I", "-F", "-D", "-U")
_DROP_WITH_VALUE = frozenset({"-o", "-isysroot", "-arch", "-target", "-x", "-MF", "-MT", "-MQ", "-Xclang", "-mllvm",
                              "-ivfsoverlay", "-index-store-path", "--serialize-diagnostics", "-working-directory",
                              "-Xlinker", "-resource-dir", "-include-pch", "-module-cache-path"})  # fmt: skip
_KEEP_EXACT = frozenset({"-fobjc-arc", "-fno-objc-arc", "-fmodules", "-fno-modules", "-fblocks", "-fobjc-weak",
                         "-fcxx-modules", "-fno-objc-exceptions"})  # fmt: skip
_KEEP_PREFIX = ("-std=", "-fmodule-map-file=", "-fmodule-name=")


def _filter_flags(argv: Sequence[str], directory: Path, missing: set[str], pch: Mapping[str, Path]) -> tuple[str, ...]:
    out: list[str] = []
    i = 1  # argv[0] is the compiler
    while i < len(argv):
        arg = argv[i]
        i += 1
        if arg in _DROP_WITH_VALUE:
            i += 1
            continue
        if arg in _KEEP_EXACT or arg.startswith(_KEEP_PREFIX):
            if arg.startswith("-fmodule-map-file="):
                path = _abs(directory / arg.split("=", 1)[1])
                if not path.is_file():
                    missing.add(str(path))
                    continue
                arg = f"-fmodule-map-file={path}"
            out.append(arg)
            continue
        flag = next((f for f in _WITH_VALUE if arg.startswith(f)), None)
        if flag is None:
            continue
        if arg == flag:
            value = argv[i] if i < len(argv) else ""
            i += 1
        else:
            value = arg[len(flag) :]
        if flag in ("-D", "-U"):
            out.append(flag + value)
            continue
        path = _abs(directory / value)
        if flag == "-include" and not path.is_file() and path.name in pch:
            path = pch[path.name]  # Xcode's copy of the prefix header in DerivedData: the project's own
        if path.suffix == ".hmap" or not path.exists():
            missing.add(str(path))
            continue
        out += [flag, str(path)]
    return tuple(out)


def read_compile_commands(
    path: Path, notes: list[Note], pch: Mapping[str, Path] | None = None
) -> dict[Path, tuple[str, ...]]:
    """``compile_commands.json``: per file (absolute), the flags that matter for parsing."""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        notes.append(Note(str(path), f"cannot read the compilation database: {exc}"))
        return {}
    if not isinstance(entries, list):
        notes.append(Note(str(path), "not a compilation database (expected a JSON list)"))
        return {}
    out: dict[Path, tuple[str, ...]] = {}
    missing: set[str] = set()
    for n, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            notes.append(Note(str(path), f"entry {n}: no `file`; skipped"))
            continue
        directory = Path(entry.get("directory") or path.parent)
        if not directory.is_absolute():
            directory = path.parent / directory
        argv = entry.get("arguments")
        if not (isinstance(argv, list) and all(isinstance(a, str) for a in argv)):
            command = entry.get("command")
            if not isinstance(command, str):
                notes.append(Note(str(path), f"entry {n}: neither `arguments` nor `command`; skipped"))
                continue
            try:
                argv = shlex.split(command)
            except ValueError as exc:
                notes.append(Note(str(path), f"entry {n}: cannot split the command ({exc}); skipped"))
                continue
        file = _abs(directory / entry["file"])
        out.setdefault(file, _filter_flags([a for a in argv if a != entry["file"]], directory, missing, pch or {}))
    if missing:
        shown = ", ".join(sorted(missing)[:3]) + (" ..." if len(missing) > 3 else "")
        notes.append(Note(str(path), f"{len(missing)} path(s) in the commands do not exist (left out): {shown}"))
    return out


# ---------------------------------------------------------------------------------------- discover


def _project_dirs(roots: Sequence[Path], tree: _Tree) -> list[Path]:
    """The .xcodeproj directories under the roots, else just above them (a path given inside a project)."""
    if tree.projects:
        return sorted(set(tree.projects))
    found: list[Path] = []
    for root in roots:
        start = root if root.is_dir() else root.parent
        for directory in [start, *start.parents][1:4]:
            try:
                found += sorted(p for p in directory.glob("*.xcodeproj") if p.name != "Pods.xcodeproj")
            except OSError:
                continue
            if found or (directory / ".git").exists():
                break
    return sorted({p for p in found if (p / "project.pbxproj").is_file()})


def discover(
    paths: Iterable[str | os.PathLike[str]],
    *,
    compile_commands: str | os.PathLike[str] | None = None,
    prefix_headers: Sequence[str | os.PathLike[str]] = (),
    include_dirs: Sequence[str | os.PathLike[str]] = (),
    defines: Sequence[str] = (),
) -> ProjectSettings:
    """The build settings of the project(s) under ``paths`` (see the module and :class:`ProjectSettings`).

    Without an Xcode project, a prefix header is still looked for: when exactly one ``.pch`` exists
    outside ``Pods``/``Carthage``/test directories, it applies to every file; when several do, a
    file gets the one in its nearest enclosing directory, else none.  ``compile_commands`` is a
    ``compile_commands.json`` (default: one at the root of a directory given).  ``prefix_headers``,
    ``include_dirs`` and ``defines`` are the user's and apply on top of what is found.  Problems
    (an unreadable project, a missing xcconfig, unknown variables) become :attr:`ProjectSettings.notes`.
    """
    roots = tuple(_abs(Path(p)) for p in paths)
    notes: list[Note] = []
    tree = _walk(roots)
    settings = ProjectSettings(roots=roots, headers=tuple(tree.headers), notes=notes)
    settings.user_include_dirs = tuple(_abs(Path(d)) for d in include_dirs)
    settings.user_defines = tuple(defines)
    settings.user_prefix_headers = tuple(_abs(Path(p)) for p in prefix_headers)
    for pch in settings.user_prefix_headers:
        if not pch.is_file():
            notes.append(Note(str(pch), "prefix header not found"))
    settings.user_prefix_headers = tuple(p for p in settings.user_prefix_headers if p.is_file())

    dirs_cache: dict[Path, list[Path]] = {}
    targets: list[Target] = []
    projects = _project_dirs(roots, tree)
    for xcodeproj in projects:
        targets += _targets(xcodeproj, tree, notes, dirs_cache)
    settings.targets = tuple(targets)
    for target in targets:
        if target.swift_header:
            settings.swift_headers.setdefault(target.swift_header, target.module_name)
        for source in target.sources:
            settings._owner.setdefault(source, target)
            counts = settings._dir_sources.setdefault(source.parent, {})
            counts[target] = counts.get(target, 0) + 1

    if not targets:
        candidates = sorted(p for p in tree.pch if not any(_NOT_APP_PCH.search(p.relative_to(r).as_posix())
                                                            for r in roots if p.is_relative_to(r)))  # fmt: skip
        settings.fallback_pch = tuple(candidates)
        if len(candidates) > 1:
            shown = ", ".join(str(p) for p in candidates[:4])
            notes.append(Note("", f"{len(candidates)} prefix headers and no Xcode project: a file uses the one "
                                  f"in its nearest enclosing directory, else none ({shown})"))  # fmt: skip

    # the project directories count as roots for the dependency layouts (a path given inside them)
    layout_roots = list(dict.fromkeys([*(r for r in roots if r.is_dir()), *(p.parent for p in projects)]))
    settings.layout_args = tuple(_layout_args(layout_roots))

    cc_path = Path(compile_commands) if compile_commands is not None else None
    if cc_path is None:
        cc_path = next((r / "compile_commands.json" for r in layout_roots if (r / "compile_commands.json").is_file()),
                       None)  # fmt: skip
    elif not cc_path.is_file():
        notes.append(Note(str(cc_path), "compilation database not found"))
        cc_path = None
    if cc_path is not None:
        settings.compile_commands = read_compile_commands(cc_path, notes, {p.name: p for p in reversed(tree.pch)})
        for file in sorted(settings.compile_commands):
            settings._cc_dirs.setdefault(file.parent, []).append(file)
    return settings
