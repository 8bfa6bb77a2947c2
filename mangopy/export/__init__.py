"""Export the app's class manifest from its Objective-C headers with libclang.

:func:`export_headers` parses every ``.h`` file (and the ``@interface`` parts of every ``.m``
file) on its own, against a real iOS SDK or mangopy's stub SDK, and merges what each declares
(classes, class extensions and categories, protocols) into a manifest dictionary valid against
``mangopy/data/manifest.schema.json``.  See ``docs/manifest-export.md``.

This is a library: no command-line code here (``mangopy.cli.manifest`` wraps it).
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from mangopy.export.build import build_manifest
from mangopy.export.includes import plan_includes
from mangopy.export.parse import FileResult, parse_file, pch_args, precompile, warm_up
from mangopy.export.project import ProjectSettings, discover
from mangopy.export.sdk import SDK, TARGET, SDKError, resolve_sdk, stub_sdk_path
from mangopy.semantics.manifest import validate

__all__ = [
    "SDK",
    "ExportError",
    "ExportReport",
    "Problem",
    "SDKError",
    "collect_inputs",
    "export_headers",
    "resolve_sdk",
    "stub_sdk_path",
]

SUFFIXES = (".h", ".m")


class ExportError(ValueError):
    """Inputs that cannot be exported at all (nothing to parse, a missing path, a bad option)."""


@dataclass(frozen=True, order=True)
class Problem:
    """A file that could not be (fully) parsed: shown as ``file:line: message``."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"

    def render(self, severity: str) -> str:
        """``file:line: severity: message``, as compilers print it."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {severity}: {self.message}"


def _excluded(path: Path, base: Path, patterns: Sequence[str]) -> bool:
    if not patterns:
        return False
    try:
        rel = path.relative_to(base).as_posix()
    except ValueError:
        rel = path.as_posix()
    parts = rel.split("/")
    candidates = [rel, path.as_posix(), path.name] + ["/".join(parts[: i + 1]) for i in range(len(parts) - 1)]
    candidates += parts[:-1]  # a directory name anywhere: `--exclude Pods`
    return any(fnmatch.fnmatchcase(c, p) for c in candidates for p in patterns)


def collect_inputs(paths: Iterable[str | os.PathLike[str]], excludes: Sequence[str] = ()) -> list[Path]:
    """Files as given; directories searched for ``*.h`` and ``*.m`` (hidden directories skipped).

    ``excludes`` are globs matched against the path relative to the directory given, the path as
    given, the file name and each directory name (``Pods``, ``*Tests*``, ``Vendor/*``).
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            found = [path] if not _excluded(path, path.parent, excludes) else []
        elif path.is_dir():
            found = []
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    file = Path(dirpath) / name
                    if file.suffix in SUFFIXES and not _excluded(file, path, excludes):
                        found.append(file)
        else:
            raise ExportError(f"{raw}: no such file or directory")
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                out.append(file)
    return out


def common_root(files: Sequence[Path]) -> Path:
    dirs = [str(f.resolve().parent) for f in files]
    return Path(os.path.commonpath(dirs)) if dirs else Path.cwd()


def clang_args(sdk: SDK, files: Sequence[Path], module_cache: str) -> list[str]:
    """The arguments every file is parsed with; a file's own settings (the user's ``-I``/``-D``
    included: :meth:`ProjectSettings.args_for`) come after them."""
    # -ferror-limit=0: clang's default limit of 20 errors turns fatal, and a header that mentions
    # many types the SDK lacks would then contribute nothing
    args = ["-x", "objective-c", "-fblocks", "-fobjc-arc", "-target", TARGET, "-fmodules"]
    args += [f"-fmodules-cache-path={module_cache}", "-Wno-everything", "-ferror-limit=0"]
    args += list(sdk.args)
    # Xcode's header maps find a project header by its name from anywhere: `#import "Order.h"`
    for d in sorted({str(f.resolve().parent) for f in files}):
        args += ["-iquote", d]
    return args


def _display(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


# path, shown, relative, args, known errors, and the arguments without a precompiled header
Job = tuple[str, str, str, list[str], "dict[str, list[int]] | None", "list[str] | None"]
Hosted = tuple[Job, ...]  # the headers read from a file's translation unit (their own jobs, if read alone)
_PCH_MIN_FILES = 4  # precompiling costs about one parse: worth it from a few files on


def _precompile_prefix_headers(work: list[Job], folder: str) -> list[Job]:
    """Files sharing a prefix header and their arguments load it precompiled (see ``precompile``)."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, (_path, _shown, _rel, args, _errors, _fallback) in enumerate(work):
        if args.count("-include") == 1:
            groups.setdefault(tuple(args), []).append(i)
    out = list(work)
    for n, (key, members) in enumerate(sorted(groups.items(), key=lambda kv: kv[1][0])):
        if len(members) < _PCH_MIN_FILES:
            continue
        args = list(key)
        at = args.index("-include")
        header, rest = args[at + 1], args[:at] + args[at + 2 :]
        pch = precompile(header, rest, os.path.join(folder, f"prefix-{n}.pch"))
        if pch is None:
            continue  # those files -include the header as written
        for i in members:
            path, shown, rel, _args, _, _ = out[i]
            if os.path.realpath(path) not in pch.includes:
                out[i] = (path, shown, rel, rest + pch_args(pch.path), pch.errors, args)
    return out


def _hosted(work: list[Job], reaches: dict[str, list[str]]) -> list[tuple[Job, Hosted]]:
    """Each ``.m`` file with the project headers it imports that are read from its translation unit.

    The build never compiles a header alone: it reads it where a ``.m`` file imports it, with that
    file's settings.  A header that a ``.m`` file's own directives reach is read from that file's
    translation unit (the first such file, in path order) instead of being parsed again on its
    own; one the file turns out not to include (an ``#if``, a precompiled prefix header that has
    it) is parsed on its own after all, with its own arguments (``_parse_job``).
    """
    index = {os.path.realpath(job[0]): i for i, job in enumerate(work)}
    hosted: dict[int, list[int]] = {}
    taken: set[int] = set()
    for i in sorted(range(len(work)), key=lambda i: work[i][0]):
        path = work[i][0]
        if not path.endswith(".m") or i in taken:
            continue
        for header in reaches.get(path, ()):
            j = index.get(os.path.realpath(header))
            if j is None or j in taken or j == i or not work[j][0].endswith(".h"):
                continue
            hosted.setdefault(i, []).append(j)
            taken.add(j)
    return [(job, tuple(work[j] for j in hosted.get(i, ()))) for i, job in enumerate(work) if i not in taken]


def _parse_job(
    path: str,
    args: list[str],
    shown: str,
    relative: str,
    shim_dir: str,
    errors: dict[str, list[int]] | None,
    fallback: list[str] | None,
    also: Hosted = (),
) -> list[FileResult]:
    """The file's result, then those of the headers read from its translation unit (``also``)."""
    headers = tuple(job[:3] for job in also)
    result = parse_file(path, args, shown, relative, shim_dir, errors, headers)
    if result.status == "lost" and fallback is not None:
        # a precompiled prefix header can clash with what the file imports (a project module that
        # includes a header the PCH has): read the prefix header as written instead
        result = parse_file(path, fallback, shown, relative, shim_dir, None, headers)
    out = [result]
    for job, found in zip(also, result.also, strict=True):
        if found is None:  # not read from the file's translation unit: on its own, as any file
            h_path, h_shown, h_relative, h_args, h_errors, h_fallback = job
            found = _parse_job(h_path, h_args, h_shown, h_relative, shim_dir, h_errors, h_fallback)[0]
        out.append(found)
    result.also = []
    return out


def _run(
    jobs_list: list[tuple[Job, Hosted]],
    pool: ProcessPoolExecutor | None,
    jobs: int,
    progress: Callable[[str], None] | None,
    shim_dir: str,
) -> Iterator[FileResult]:
    if pool is None or len(jobs_list) <= 1:
        for (path, shown, relative, args, errors, fallback), also in jobs_list:
            for result in _parse_job(path, args, shown, relative, shim_dir, errors, fallback, also):
                if progress is not None:
                    progress(result.path)
                yield result
        return
    # Processes, not threads: the GIL-bound Python side (cursor walking) is a good part of the
    # work, and measured here processes are faster; see the docs.
    chunk = max(1, min(16, len(jobs_list) // (jobs * 4)))
    work, also = zip(*jobs_list, strict=True)
    paths, shown, relative, args, errors, fallback = zip(*work, strict=True)
    for results in pool.map(
        _parse_job, paths, args, shown, relative, [shim_dir] * len(paths), errors, fallback, also, chunksize=chunk
    ):  # fmt: skip
        for result in results:
            if progress is not None:
                progress(result.path)
            yield result


@dataclass
class ExportReport:
    """What an export read and what it could not: the summary ``mangopy manifest export`` prints.

    ``problems`` are fatal errors (their file is ``lost``: it contributes nothing), ``warnings``
    what was worked around (an include that could not be found, read as empty).
    """

    files: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the project's settings could not give
    settings: str = ""  # one line: where the build settings came from
    lost: dict[str, list[str]] = field(default_factory=dict)  # cause -> files
    with_warnings: int = 0
    declaring_nothing: int = 0  # no @interface/@implementation/@protocol: not parsed
    classes: int = 0
    protocols: int = 0
    methods: int = 0
    implementation_methods: int = 0

    @property
    def lost_files(self) -> int:
        return sum(len(files) for files in self.lost.values())

    @property
    def contributing(self) -> int:
        return self.files - self.lost_files

    def summary(self) -> list[str]:
        """Human-readable lines: files read, lost by cause, what the manifest holds."""
        pct = 100.0 * self.contributing / self.files if self.files else 0.0
        lines = [self.settings] if self.settings else []
        lines += [
            f"{self.files} file{_s(self.files)} read: {self.contributing} parsed ({pct:.1f} %)"
            + (f", {self.with_warnings} of them with missing includes read as empty" if self.with_warnings else "")
            + (f", {self.declaring_nothing} declaring nothing to read" if self.declaring_nothing else "")
            + (f", {self.lost_files} lost" if self.lost_files else "")
        ]
        for cause, files in sorted(self.lost.items(), key=lambda item: (-len(item[1]), item[0])):
            shown = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
            lines.append(f"  lost, {cause}: {len(files)} file{_s(len(files))} ({shown})")
        lines.append(
            f"{self.classes} class{'es' if self.classes != 1 else ''}, {self.protocols} protocol{_s(self.protocols)}, "
            f"{self.methods} method{_s(self.methods)} ({self.implementation_methods} only in @implementation)"
        )
        return lines


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def export_headers(
    paths: Iterable[str | os.PathLike[str]],
    *,
    sdk: str | Path = "auto",
    include_dirs: Sequence[str] = (),
    defines: Sequence[str] = (),
    excludes: Sequence[str] = (),
    jobs: int = 1,
    progress: Callable[[str], None] | None = None,
    app: dict[str, str] | None = None,
    files: Sequence[Path] | None = None,
    prefix_headers: Sequence[str] = (),
    compile_commands: str | None = None,
    project: bool = True,
) -> tuple[dict[str, Any], ExportReport]:
    """Parse the headers under ``paths`` and return (the manifest, the report).

    ``files`` (from :func:`collect_inputs`) saves collecting them again.  The manifest is valid
    against the schema (checked here).  The report counts the files and says which were lost
    (a fatal error: reported as ``file:line: message``, their declarations are left out) and
    which parsed only after an include or a module that cannot be found was read as empty.
    The result does not depend on ``jobs``.

    Each file is parsed with its build settings as the app's build would (``project``: the Xcode
    project's targets, CocoaPods/Carthage/SwiftPM layouts, a lone ``.pch``; ``compile_commands``;
    see :mod:`mangopy.export.project`), plus the user's ``include_dirs``, ``defines`` and
    ``prefix_headers``; includes clang would not find are planned first
    (:mod:`mangopy.export.includes`).
    """
    if files is None:
        files = collect_inputs(paths, excludes)
    if not files:
        raise ExportError("no .h or .m files to export")
    try:
        chosen = sdk if isinstance(sdk, SDK) else resolve_sdk(sdk)
    except SDKError as exc:
        raise ExportError(str(exc)) from None
    root = common_root(files)
    # the workers start (Python, libclang) while this process reads the project and plans includes
    pool = (
        ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) if jobs > 1 and len(files) > 1 else None
    )
    try:
        if pool is not None:
            for _ in range(jobs):
                pool.submit(warm_up)
        return _export(files, chosen, root, pool, paths, include_dirs, defines, jobs, progress, app,
                       prefix_headers, compile_commands, project)  # fmt: skip
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _export(
    files: Sequence[Path],
    chosen: SDK,
    root: Path,
    pool: ProcessPoolExecutor | None,
    paths: Iterable[str | os.PathLike[str]],
    include_dirs: Sequence[str],
    defines: Sequence[str],
    jobs: int,
    progress: Callable[[str], None] | None,
    app: dict[str, str] | None,
    prefix_headers: Sequence[str],
    compile_commands: str | None,
    project: bool,
) -> tuple[dict[str, Any], ExportReport]:
    settings = discover(
        list(paths) if project else [],
        compile_commands=compile_commands,
        prefix_headers=prefix_headers,
        include_dirs=include_dirs,
        defines=defines,
    )
    report = ExportReport(files=len(files), settings=_describe(settings))
    report.notes = [str(n) for n in settings.notes]
    plan = plan_includes(files, settings, chosen.root)
    cache = tempfile.mkdtemp(prefix="mangopy-modules-")
    try:
        shim_dir = os.path.join(cache, "shims")
        os.makedirs(shim_dir)
        shim_args = plan.write(os.path.join(cache, "planned"))
        base = clang_args(chosen, files, os.path.join(cache, "modules"))
        work: list[Job] = []
        for f in files:
            # the file's settings, then what the plan stands in for, then what parse_file stands in for
            args = base + settings.args_for(f) + shim_args + ["-I", shim_dir]
            work.append((str(f.resolve()), _display(f), f.resolve().relative_to(root).as_posix(), args, None, None))
        work = _precompile_prefix_headers(work, cache)
        hosted = _hosted(work, {os.path.realpath(k): v for k, v in plan.reaches.items()})
        decls: list[dict[str, Any]] = []
        problems: set[Problem] = set()
        warnings: set[Problem] = {_problem(w.file, w.line, w.message) for w in plan.warnings if w.degrades}
        degraded = {str(Path(w.file).resolve()) for w in plan.warnings if w.degrades}
        for result in _run(hosted, pool, max(1, jobs), progress, shim_dir):
            decls.extend(result.decls)
            problems.update(_problem(*p) for p in result.problems)
            warnings.update(_problem(*w) for w in result.warnings)
            report.declaring_nothing += result.declares_nothing
            if result.status == "lost":
                report.lost.setdefault(result.cause or "fatal error", []).append(result.path)
            elif result.warnings or str(Path(result.path).resolve()) in degraded:
                report.with_warnings += 1
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    manifest = build_manifest(decls, app)
    validate(manifest, "<export>")
    report.problems = sorted(problems)
    report.warnings = sorted(warnings)
    report.classes = len(manifest["classes"])
    report.protocols = len(manifest["protocols"])
    for entry in manifest["classes"].values():
        for key in ("instance_methods", "class_methods"):
            for method in entry.get(key, {}).values():
                report.methods += 1
                report.implementation_methods += method.get("declared") == "implementation"
    return manifest, report


def _describe(settings: ProjectSettings) -> str:
    parts: list[str] = []
    if settings.targets:
        projects = sorted({t.project.name for t in settings.targets})
        parts.append(f"{', '.join(projects)} ({len(settings.targets)} target{_s(len(settings.targets))})")
    if settings.compile_commands:
        parts.append(f"compile_commands.json ({len(settings.compile_commands)} files)")
    pchs = {t.prefix_header for t in settings.targets if t.prefix_header} | set(settings.fallback_pch)
    pchs |= set(settings.user_prefix_headers)
    if pchs:
        parts.append(f"prefix header{_s(len(pchs))} {', '.join(sorted(p.name for p in pchs))}")
    if settings.layout_args:
        parts.append("dependency headers (Pods/Carthage/SwiftPM)")
    return "build settings: " + ("; ".join(parts) if parts else "none found (plain headers)")


def _problem(file: str, line: int, message: str) -> Problem:
    return Problem(_display(Path(file)) if os.path.isabs(file) else file, line, message)
