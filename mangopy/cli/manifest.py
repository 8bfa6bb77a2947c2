"""``mangopy manifest``: export, validate, show and diff class manifests."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import click

from mangopy.cli._io import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_USAGE,
    Unreadable,
    display_path,
    fail,
    read_input,
    write_atomically,
)
from mangopy.semantics.manifest import ManifestError, baseline, parse_document, parse_manifest
from mangopy.semantics.manifest_diff import diff_manifests


@click.group("manifest")
def manifest_group() -> None:
    """Export the app's class manifest and inspect it."""


# ---------------------------------------------------------------------- export


def _check_define(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    for define in value:
        if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*(=.*)?$", define):
            raise click.BadParameter(f"`{define}` is not NAME or NAME=VALUE", ctx=ctx, param=param)
    return value


@manifest_group.command("export")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", required=True, help="Where to write the manifest (`-` for standard output).")
@click.option(
    "--sdk", default="auto", show_default=True,
    help="`auto` (Xcode's iphoneos SDK if xcrun finds one, else the stub), `stub`, or an iPhoneOS.sdk path.",
)  # fmt: skip
@click.option("-I", "include_dirs", multiple=True, metavar="DIR", help="Add a header search directory.")
@click.option("-D", "defines", multiple=True, metavar="NAME[=VALUE]", callback=_check_define, help="Define a macro.")
@click.option("--exclude", "excludes", multiple=True, metavar="GLOB", help="Skip matching files or directories.")
@click.option(
    "-j", "--jobs", default=lambda: min(8, os.cpu_count() or 1), show_default="the number of CPUs, at most 8",
    type=click.IntRange(min=1), help="Parse in N processes.",
)  # fmt: skip
@click.option("--app-name", help="Recorded as app.name.")
@click.option("--app-version", help="Recorded as app.version.")
@click.option(
    "--prefix-header", "prefix_headers", multiple=True, type=click.Path(), metavar="FILE",
    help="Prefix header (.pch) included before every file (replaces the project's).",
)  # fmt: skip
@click.option(
    "--compile-commands", type=click.Path(), metavar="FILE",
    help="compile_commands.json with each file's exact flags (default: one at the root of a directory given).",
)  # fmt: skip
@click.option(
    "--no-project", is_flag=True,
    help="Do not read build settings from Xcode projects, CocoaPods/Carthage/SwiftPM layouts or a lone .pch.",
)  # fmt: skip
@click.option(
    "--strict", is_flag=True,
    help="Exit 1 when a file could not be parsed whole: lost, or an include read as empty "
    "(the manifest is still written).",
)  # fmt: skip
def export_command(
    paths: tuple[str, ...],
    output: str,
    sdk: str,
    include_dirs: tuple[str, ...],
    defines: tuple[str, ...],
    excludes: tuple[str, ...],
    jobs: int,
    app_name: str | None,
    app_version: str | None,
    prefix_headers: tuple[str, ...],
    compile_commands: str | None,
    no_project: bool,
    strict: bool,
) -> None:
    """Export the class manifest from the app's Objective-C headers (with libclang).

    PATH are header files or directories (searched for .h and .m files), parsed with the build
    settings of the app (its Xcode project, CocoaPods/Carthage/SwiftPM layouts, a prefix header,
    compile_commands.json). An include nothing provides is read as empty, with a warning. Exit
    status: 0 when the manifest was written, 1 with --strict when some file could not be parsed
    whole, 2 for a usage error or when the manifest would be empty or most files were lost.
    """
    try:
        from mangopy.export import ExportError, collect_inputs, export_headers, resolve_sdk
        from mangopy.export.sdk import SDKError
    except ImportError as exc:  # pragma: no cover - the package is incomplete
        fail(f"cannot load the exporter: {exc}")
    for d in include_dirs:
        if not Path(d).is_dir():
            fail(f"-I {d}: no such directory")
    for pch in prefix_headers:
        if not Path(pch).is_file():
            fail(f"--prefix-header {pch}: no such file")
    if compile_commands is not None and not Path(compile_commands).is_file():
        fail(f"--compile-commands {compile_commands}: no such file")
    try:
        files = collect_inputs(paths, excludes)
        if not files:
            raise ExportError("no .h or .m files to export")
        chosen = resolve_sdk(sdk)
    except (ExportError, SDKError) as exc:
        fail(str(exc))
    _require_libclang()
    app = {k: v for k, v in (("name", app_name), ("version", app_version)) if v is not None}
    options: dict[str, Any] = {
        "sdk": chosen, "include_dirs": include_dirs, "defines": defines, "jobs": jobs, "app": app or None,
        "files": files, "prefix_headers": prefix_headers, "compile_commands": compile_commands,
        "project": not no_project,
    }  # fmt: skip
    try:
        if sys.stderr.isatty():
            with click.progressbar(length=len(files), label="parsing headers", file=sys.stderr) as bar:
                manifest, report = export_headers(
                    paths, progress=lambda _path: bar.update(1), **options
                )  # fmt: skip
        else:
            manifest, report = export_headers(paths, **options)
    except ExportError as exc:
        fail(str(exc))
    except ManifestError as exc:  # pragma: no cover - a bug: the exporter made an invalid manifest
        fail(f"the exported manifest is invalid: {exc}")
    for warning in report.warnings:
        click.echo(warning.render("warning"), err=True)
    for problem in report.problems:
        click.echo(problem.render("error"), err=True)
    for note in report.notes:
        click.echo(f"note: {note}", err=True)
    for line in report.summary():
        click.echo(f"mangopy: {line}", err=True)
    if report.classes == 0 and report.protocols == 0:
        # nothing usable: writing an empty manifest would make every check pass or fail for nothing
        fail("the manifest would be empty: no class or protocol could be read (see the errors above)")
    if report.files and report.lost_files * 2 > report.files:
        fail(
            f"{report.lost_files} of {report.files} files were lost: the manifest would be misleading "
            "(see the errors above; -I, --prefix-header or --exclude may help)"
        )
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    if output == "-":
        click.echo(text, nl=False)
    else:
        error = write_atomically(output, text.encode("utf-8"))
        if error is not None:
            fail(f"{output}: cannot write: {error}")
    where = "standard output" if output == "-" else output
    click.echo(f"mangopy: wrote the manifest ({chosen.kind} SDK) to {where}", err=True)
    if strict and (report.problems or report.warnings):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)


def _require_libclang() -> None:
    try:
        from mangopy.export.parse import clang_version

        clang_version()
    except Exception as exc:  # ImportError, clang.cindex.LibclangError, OSError: all mean "not usable"
        fail(f"libclang is not usable ({exc.__class__.__name__}: {exc}); install it with `pip install libclang`")


# ---------------------------------------------------------------------- loading


def _load_doc(path: str) -> dict[str, Any]:
    """The validated JSON of a manifest, or exit 2 with one line saying why."""
    data = read_input(path)
    if isinstance(data, Unreadable):
        fail(f"{display_path(path)}: {data.reason}")
    try:
        return parse_document(data, display_path(path))
    except ManifestError as exc:
        fail(f"invalid manifest: {exc}")


@manifest_group.command("validate")
@click.argument("files", nargs=-1, required=True)
def validate_command(files: tuple[str, ...]) -> None:
    """Check manifests against the schema. Exit status: 0 all valid, 2 otherwise."""
    status = EXIT_CLEAN
    for path in files:
        data = read_input(path)
        if isinstance(data, Unreadable):
            click.echo(f"mangopy: error: {display_path(path)}: {data.reason}", err=True)
            status = EXIT_USAGE
            continue
        try:
            manifest = parse_manifest(data, display_path(path))
        except ManifestError as exc:
            click.echo(f"mangopy: error: invalid manifest: {exc}", err=True)
            status = EXIT_USAGE
            continue
        click.echo(
            f"{display_path(path)}: valid ({len(manifest.classes)} classes, {len(manifest.protocols)} protocols)"
        )
    sys.exit(status)


# ---------------------------------------------------------------------- show


def _param_name(piece: str, used: set[str], whole: bool = False) -> str:
    words = re.findall(r"[A-Z]?[a-z0-9_]+|[A-Z]+(?![a-z])", piece) or ["arg"]
    if piece.startswith("set") and piece[3:4].isupper():
        name = piece[3:]
    elif whole:  # `tableView:numberOfRowsInSection:`: the first piece names the sender
        name = piece
    else:
        name = words[-1]
    name = name[:1].lower() + name[1:]
    if name in used or not name.isidentifier():
        name = f"arg{len(used) + 1}"
    used.add(name)
    return name


def _typed(type_text: str, name: str) -> str:
    """``NSString *`` + ``title`` -> ``NSString *title``; blocks get the name after the caret."""
    for marker in ("(^", "(*"):
        if marker in type_text:
            return type_text.replace(marker, marker + name, 1)
    return f"{type_text}{name}" if type_text.endswith("*") else f"{type_text} {name}"


def method_line(selector: str, raw: dict[str, Any], class_method: bool) -> str:
    kind = "+" if class_method else "-"
    returns = raw.get("returns", "id")
    pieces = selector.split(":")[:-1] if ":" in selector else []
    if not pieces:
        return f"{kind} ({returns}){selector}"
    used: set[str] = set()
    parts = []
    for i, (piece, param) in enumerate(zip(pieces, raw.get("params", []), strict=False)):
        name = _param_name(piece or "arg", used, whole=i == 0 and len(pieces) > 1)
        parts.append(f"{piece}:({param}){name}")
    return f"{kind} ({returns})" + " ".join(parts)


def property_line(name: str, raw: dict[str, Any]) -> str:
    attributes = raw.get("attributes", [])
    head = f"@property ({', '.join(attributes)}) " if attributes else "@property "
    return head + _typed(raw["type"], name) + ";"


def _source_text(raw: dict[str, Any] | None) -> str | None:
    if not raw or "file" not in raw:
        return None
    return f"{raw['file']}:{raw.get('line', 0)}"


@manifest_group.command("show")
@click.argument("file")
@click.argument("class_name", required=False, metavar="[CLASS]")
def show_command(file: str, class_name: str | None) -> None:
    """Summarise a manifest, or show one class (or protocol) of it."""
    doc = _load_doc(file)
    if class_name is None:
        _show_summary(file, doc)
        return
    classes = doc.get("classes", {})
    if class_name in classes:
        _show_class(doc, class_name)
    elif class_name in doc.get("protocols", {}):
        _show_protocol(class_name, doc["protocols"][class_name])
    else:
        names = sorted(set(classes) | set(doc.get("protocols", {})))
        import difflib

        close = difflib.get_close_matches(class_name, names, n=3)
        hint = f" (did you mean {', '.join(f'`{c}`' for c in close)}?)" if close else ""
        fail(f"{display_path(file)}: no class or protocol `{class_name}`{hint}")


def _show_summary(file: str, doc: dict[str, Any]) -> None:
    classes = doc.get("classes", {})
    protocols = doc.get("protocols", {})
    app = doc.get("app") or {}
    title = " ".join(str(app[k]) for k in ("name", "version") if app.get(k))
    click.echo(f"{display_path(file)}" + (f": {title}" if title else ""))
    methods = sum(len(c.get("instance_methods", {})) + len(c.get("class_methods", {})) for c in classes.values())
    props = sum(len(c.get("properties", {})) for c in classes.values())
    swift = sum(1 for c in classes.values() if c.get("swift_module"))
    click.echo(
        f"  {len(classes)} classes ({swift} Swift), {len(protocols)} protocols, {methods} methods, {props} properties"
    )
    for name in sorted(classes):
        raw = classes[name]
        sup = raw.get("superclass", "?") if "superclass" in raw else "(category)"
        module = f" [{raw['swift_module']}]" if raw.get("swift_module") else ""
        click.echo(f"  {name}{module} : {sup if sup is not None else '(root)'}")
    for name in sorted(protocols):
        click.echo(f"  @protocol {name}")


def _chain(doc: dict[str, Any], name: str) -> list[str]:
    chain = [name]
    known = baseline()
    classes = doc.get("classes", {})
    current: str | None = name
    while current is not None and len(chain) < 64:
        raw = classes.get(current)
        if raw is not None and "superclass" in raw:
            current = raw["superclass"]
        else:
            info = known.get(current)
            current = info.superclass if info is not None and info.superclass_known else None
            if info is None:
                break
        if current is None or current in chain:
            break
        chain.append(current)
    return chain


def _show_class(doc: dict[str, Any], name: str) -> None:
    raw = doc["classes"][name]
    module = raw.get("swift_module")
    click.echo(f"@interface {name}" + (f"  // Swift: {module}.{name}" if module else ""))
    if "superclass" in raw:
        click.echo("  superclass chain: " + " : ".join(_chain(doc, name)) if raw["superclass"] else "  root class")
    else:
        click.echo("  (categories only: superclass not recorded)")
    if raw.get("protocols"):
        click.echo(f"  protocols: {', '.join(raw['protocols'])}")
    where = _source_text(raw.get("source"))
    if where:
        click.echo(f"  source: {where}")
    _show_members(raw)


def _show_protocol(name: str, raw: dict[str, Any]) -> None:
    inherited = raw.get("protocols", [])
    click.echo(f"@protocol {name}" + (f" <{', '.join(inherited)}>" if inherited else ""))
    _show_members(raw)


def _show_members(raw: dict[str, Any]) -> None:
    for key, is_class in (("class_methods", True), ("instance_methods", False)):
        methods = raw.get(key, {})
        if methods:
            click.echo(f"  {'class' if is_class else 'instance'} methods ({len(methods)}):")
        for selector in sorted(methods):
            method = methods[selector]
            extra = []
            if method.get("encoding"):
                extra.append(method["encoding"])
            where = _source_text(method.get("source"))
            if where:
                extra.append(where)
            tail = f"  // {', '.join(extra)}" if extra else ""
            click.echo(f"    {method_line(selector, method, is_class)};{tail}")
    props = raw.get("properties", {})
    if props:
        click.echo(f"  properties ({len(props)}):")
    for name in sorted(props):
        click.echo(f"    {property_line(name, props[name])}")


# ---------------------------------------------------------------------- diff


@manifest_group.command("diff")
@click.argument("old")
@click.argument("new")
@click.option("--json", "as_json", is_flag=True, help="Print the changes as JSON.")
def diff_command(old: str, new: str, as_json: bool) -> None:
    """What changed between two manifests (two app versions), focused on what breaks a patch written for OLD.

    Exit status: 1 when something breaking changed (a class, method or property removed, a
    superclass or Swift module changed, a signature or property type changed in kind), 0
    otherwise, 2 when a manifest cannot be read.
    """
    result = diff_manifests(_load_doc(old), _load_doc(new))
    if as_json:
        click.echo(json.dumps({"old": display_path(old), "new": display_path(new), **result}, indent=2))
    else:
        breaking, changed, added = result["breaking"], result["changed"], result["added"]
        if not (breaking or changed or added):
            click.echo("no changes")
        if breaking:
            click.echo(f"breaking changes ({len(breaking)}):")
            for item in breaking:
                click.echo(f"  - {item['message']}")
        if changed:
            click.echo(f"other changes ({len(changed)}):")
            for item in changed:
                click.echo(f"  ~ {item['message']}")
        if added:
            click.echo(f"additions ({len(added)}):")
            for item in added[:50]:
                click.echo(f"  + {item['message']}")
            if len(added) > 50:
                click.echo(f"  ... and {len(added) - 50} more")
    sys.exit(EXIT_FINDINGS if result["breaking"] else EXIT_CLEAN)


@manifest_group.command("runtime-dumper")
def runtime_dumper_command() -> None:
    """Print MangoManifestDumper.m: add it to a debug build to dump the manifest from the running app.

    Usage: `mangopy manifest runtime-dumper > MangoManifestDumper.m` (see docs/runtime-dumper.md).
    """
    from mangopy.export.runtime import dumper_source

    click.echo(dumper_source(), nl=False)
