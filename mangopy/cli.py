"""The ``mangopy`` command line.  Thin: read input, call the library, render, choose the exit code.

Exit codes: 0 clean, 1 findings (syntax errors for ``parse``), 2 usage error or unreadable input.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

import click

from mangopy import __version__
from mangopy.clitools import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_USAGE,
    Unreadable,
    collect_scripts,
    color_choice,
    display_path,
    fail,
    read_input,
    read_script,
    write_atomically,
)
from mangopy.config import (
    DEFAULT_INDENT_WIDTH,
    DEFAULT_LINE_LENGTH,
    INDENT_WIDTH_RANGE,
    LINE_LENGTH_RANGE,
    Config,
    ConfigError,
    find_config,
    load_config,
)
from mangopy.diagnostics import Severity
from mangopy.report import FileReport
from mangopy.report.github import render_github
from mangopy.report.json import diagnostic_dict
from mangopy.report.sarif import render_sarif
from mangopy.report.text import render_diagnostic, summary
from mangopy.semantics.analyze import Options, analyze, fix_text
from mangopy.semantics.catalogue import CATALOGUE, LOAD_BLOCKING, resolve_selectors
from mangopy.semantics.manifest import Manifest, ManifestError, load_all
from mangopy.syntax import ast, parse


class _LazyGroup(click.Group):
    """Sub-groups imported when used: `mangopy check` starts without loading the exporter's CLI."""

    lazy: ClassVar[dict[str, tuple[str, str]]] = {"manifest": ("mangopy.manifest_cli", "manifest_group")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            import importlib

            module, attribute = self.lazy[cmd_name]
            return getattr(importlib.import_module(module), attribute)  # type: ignore[no-any-return]
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="mangopy", message="%(prog)s %(version)s")
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default=None,
    help="Colour the output: auto (a terminal; NO_COLOR turns it off, FORCE_COLOR on), always or never.",
)
@click.pass_context
def main(ctx: click.Context, color: str | None) -> None:
    """Static toolkit for MangoFix hot-fix scripts."""
    ctx.color = color_choice(color, os.environ)


@main.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print the syntax tree and diagnostics as JSON.")
def parse_command(files: tuple[str, ...], as_json: bool) -> None:
    """Parse MangoFix scripts and print their syntax trees.

    Exit status: 0 when every file parses, 1 when a file has errors MangoFix would reject it for,
    2 when a file cannot be read.
    """
    status = EXIT_CLEAN
    results: list[dict[str, object]] = []
    counts: dict[Severity, int] = {}
    for path in files:
        text = read_script(path)
        shown = display_path(path)
        if isinstance(text, Unreadable):
            click.echo(f"mangopy: error: {shown}: {text.reason}", err=True)
            status = EXIT_USAGE
            continue
        result = parse(text, shown)
        if not result.ok:
            status = max(status, EXIT_FINDINGS)
        for d in result.diagnostics:
            counts[d.severity] = counts.get(d.severity, 0) + 1
        if as_json:
            results.append(
                {
                    "path": shown,
                    "ok": result.ok,
                    "diagnostics": [diagnostic_dict(shown, result.index, d) for d in result.diagnostics],
                    "ast": ast.to_dict(result.module, result.index),
                }
            )
            continue
        if len(files) > 1:
            click.echo(f"== {shown}")
        click.echo(ast.dump(result.module, result.index))
        for d in result.diagnostics:
            click.echo(render_diagnostic(shown, result.index, d, click.style), err=True)
    if as_json:
        click.echo(ast.dumps_json({"files": results}))
    elif counts:
        click.echo(summary(counts, len(files)), err=True)
    sys.exit(status)


def _codes(values: Iterable[str], where: str) -> tuple[str, ...]:
    """Rule selectors (comma-separated values), normalised; one that selects no rule is a usage error."""
    known, problems = resolve_selectors(c for v in values for c in v.split(",") if c.strip())
    if problems:
        fail(f"{where}: {problems[0]}")
    return known


def _options(config: Config, select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()) -> Options:
    """--select replaces the configuration's `select`, --ignore adds to its `ignore`; all validated."""
    where = str(config.path) if config.path else "configuration"
    configured_select = _codes(config.select, where) if config.select is not None else None
    return Options(
        select=_codes(select, "--select") or configured_select,
        ignore=_codes(config.ignore, where) + _codes(ignore, "--ignore"),
    )


def _config_file(first_path: str, config_path: str | None) -> Path | None:
    """The configuration file given, or the one nearest above ``first_path`` (None: the defaults)."""
    if config_path:
        return Path(config_path)
    return find_config(Path(first_path) if first_path != "-" else Path.cwd())


def _load_config(first_path: str, config_path: str | None) -> Config:
    """The configuration given, or discovered from the first input (none: the defaults)."""
    try:
        return _read_config(_config_file(first_path, config_path))
    except ConfigError as exc:
        fail(str(exc))


@functools.cache
def _read_config(found: Path | None) -> Config:
    """Each configuration file read once per run, however many scripts it applies to."""
    return load_config(found) if found else Config()


def _manifest_paths(config: Config, manifests: tuple[str, ...], extend: tuple[str, ...]) -> list[str | Path]:
    """--manifest replaces the configuration's manifests, --extend-manifest adds to them."""
    return [*(manifests or config.manifests), *extend]


def _load_setup(
    first_path: str,
    manifests: tuple[str, ...],
    no_baseline: bool,
    config_path: str | None,
    extend: tuple[str, ...] = (),
    note: bool = True,
) -> tuple[Config, Manifest]:
    """The configuration (given, or discovered from the first input) and the merged manifest:
    ``manifests`` (--manifest) replace the configuration's, ``extend`` (--extend-manifest) add to them."""
    config = _load_config(first_path, config_path)
    paths = _manifest_paths(config, manifests, extend)
    try:
        manifest = load_all(paths, include_baseline=config.baseline and not no_baseline)
    except ManifestError as exc:
        fail(f"invalid manifest: {exc}")
    if not paths and note:
        click.echo(
            "mangopy: note: no app manifest (--manifest or [tool.mangopy] manifest): checking against the "
            "SDK baseline only, so the app's own classes look new",
            err=True,
        )
    return config, manifest


def _manifest_options(fn: Any) -> Any:
    """The options ``check`` and ``encrypt`` share: which manifests the script is checked against."""
    fn = click.option("--no-baseline", is_flag=True, help="Do not merge the shipped SDK baseline manifest.")(fn)
    fn = click.option(
        "--extend-manifest",
        "extend_manifests",
        multiple=True,
        type=click.Path(),
        help="Class manifest added to the configuration's (repeatable).",
    )(fn)
    return click.option(
        "--manifest",
        "manifests",
        multiple=True,
        type=click.Path(),
        help="Class manifest (repeatable); replaces the configuration's manifests.",
    )(fn)


@main.command("check")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@_manifest_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "sarif", "github", "xcode", "junit", "gitlab", "checkstyle"]),
    default="text",
    show_default=True,
)
@click.option(
    "--stdin-filename",
    type=click.Path(),
    help="Name of the script read from standard input (`-`): shown in findings; the configuration is found from it.",
)
@click.option(
    "--fix", "apply_fixes", is_flag=True, help="Apply the safe fixes to the scripts, then report what is left."
)
@click.option(
    "--unsafe-fixes", is_flag=True, help="With --fix or --diff: also the fixes that guess (a 'did you mean' name)."
)
@click.option(
    "--diff", "show_diff", is_flag=True, help="Print the fixes --fix would apply as a unified diff; write nothing."
)
@click.option("-q", "--quiet", is_flag=True, help="Only the findings: no summary line, no notes.")
@click.option("-v", "--verbose", is_flag=True, help="Also say which configuration and manifests each script gets.")
@click.option("--show-files", is_flag=True, help="List the scripts that would be checked, and exit.")
@click.option(
    "--show-settings", is_flag=True, help="Print the settings that apply (configuration, manifests, rules), and exit."
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings fail the check (usage errors still exit 2).")
@click.option("--statistics", is_flag=True, help="Count the findings per rule instead of listing them (text format).")
@click.option("--select", multiple=True, help="Only these codes, prefixes or rule names (comma-separated).")
@click.option("--ignore", multiple=True, help="Not these codes, prefixes or rule names (comma-separated).")
@click.option(
    "--fail-on", type=click.Choice(["error", "warning", "info"]), default=None, help="Lowest severity that fails."
)
@click.option("--config", "config_path", type=click.Path(), help="Configuration file (default: discovered).")
def check_command(
    paths: tuple[str, ...],
    manifests: tuple[str, ...],
    extend_manifests: tuple[str, ...],
    no_baseline: bool,
    fmt: str,
    stdin_filename: str | None,
    apply_fixes: bool,
    unsafe_fixes: bool,
    show_diff: bool,
    quiet: bool,
    verbose: bool,
    show_files: bool,
    show_settings: bool,
    exit_zero: bool,
    statistics: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    config_path: str | None,
) -> None:
    """Check MangoFix scripts (files, or directories of *.mg / *.mf) against the app's class manifest.

    Exit status: 0 when nothing at or above --fail-on (default: error) was found, 1 when something
    was, 2 on a usage error, an unreadable script, or an invalid manifest or configuration.
    """
    if not paths:
        paths = (".",)
    first = stdin_filename if stdin_filename and paths[0] == "-" else paths[0]  # where the configuration is
    if show_files or show_settings:
        config = _load_config(first, config_path)
        options = _options(config, select, ignore)
        files, unreadable = collect_scripts(paths)
        files = _not_excluded(files, paths, lambda f: _load_config(f, config_path))
        if show_files:
            for path in files:
                click.echo(display_path(path))
        if show_settings:
            _show_settings(config, _manifest_paths(config, manifests, extend_manifests), no_baseline, options, fail_on)
        sys.exit(EXIT_USAGE if unreadable else EXIT_CLEAN)
    # each script with the configuration nearest above it (as ruff does), loaded once per file found
    setups: dict[str, tuple[Config, Manifest, Options, Severity]] = {}

    def setup_for(where: str) -> tuple[Config, Manifest, Options, Severity]:
        key = str(_config_file(where, config_path) or "")  # found per script, read once per file found
        if key not in setups:
            config, manifest = _load_setup(
                where, manifests, no_baseline, config_path, extend_manifests, not setups and not quiet
            )
            threshold = Severity.parse(fail_on) if fail_on else config.fail_on
            if verbose:
                listed = ", ".join(map(str, _manifest_paths(config, manifests, extend_manifests))) or "(none)"
                baseline_word = "with" if config.baseline and not no_baseline else "without"
                click.echo(
                    f"mangopy: configuration {config.path or '(none: defaults)'} (from {display_path(where)}): "
                    f"manifests {listed}, {len(manifest.classes)} classes {baseline_word} the SDK baseline",
                    err=True,
                )
            setups[key] = (config, manifest, _options(config, select, ignore), threshold)
        return setups[key]

    files, unreadable = collect_scripts(paths)
    files = _not_excluded(files, paths, lambda f: setup_for(f)[0])
    if not files:
        setup_for(first)  # a usage error in the settings is one even with nothing to check
    reports: list[FileReport] = []
    thresholds: list[Severity] = []
    suppressed = fixed = 0
    for path in files:
        text = read_script(path)
        if isinstance(text, Unreadable):
            unreadable.append(text)
            continue
        shown = stdin_filename if path == "-" and stdin_filename else display_path(path)
        where = stdin_filename if path == "-" and stdin_filename else path
        config, manifest, options, threshold = setup_for(where)
        extra = config.ignores_for(Path(where)) if where != "-" else ()
        if extra:  # per-file-ignores
            options = Options(options.select, options.ignore + _codes(extra, f"{config.path}: per-file-ignores"))
        if (apply_fixes or show_diff) and path != "-":
            fixed_text, n = fix_text(text, shown, manifest, options, unsafe_fixes)
            if fixed_text != text:
                if show_diff:
                    click.echo(_unified_diff(text, fixed_text, shown), nl=False)
                else:
                    failure = write_atomically(path, fixed_text.encode("utf-8"))
                    if failure is not None:
                        fail(f"{shown}: cannot write: {failure}")
                    text = fixed_text
                fixed += n
        analysis = analyze(text, shown, manifest, options)
        suppressed += analysis.suppressed
        reports.append(FileReport(analysis.path, analysis.result.index, analysis.diagnostics))
        thresholds.append(threshold)
    for bad in unreadable:
        click.echo(f"mangopy: error: {display_path(bad.path)}: {bad.reason}", err=True)
    if not files and not unreadable:
        click.echo("mangopy: warning: no MangoFix scripts (*.mg, *.mf) found", err=True)

    counts: dict[Severity, int] = {}
    for report in reports:
        for d in report.diagnostics:
            counts[d.severity] = counts.get(d.severity, 0) + 1
    if fmt == "json":
        click.echo(
            ast.dumps_json(
                {
                    "diagnostics": [diagnostic_dict(r.path, r.index, d) for r in reports for d in r.diagnostics],
                    "summary": {
                        "files": len(reports),
                        "errors": counts.get(Severity.ERROR, 0),
                        "warnings": counts.get(Severity.WARNING, 0),
                        "info": counts.get(Severity.INFO, 0),
                        "suppressed": suppressed,
                        "unreadable": len(unreadable),
                    },
                }
            )
        )
    elif fmt == "sarif":
        click.echo(render_sarif(reports, CATALOGUE, __version__))
    elif fmt == "github":
        out = render_github(reports)
        if out:
            click.echo(out)
    elif fmt == "gitlab":
        from mangopy.report.gitlab import render_gitlab

        click.echo(render_gitlab(reports))
    elif fmt == "checkstyle":
        from mangopy.report.checkstyle import render_checkstyle

        click.echo(render_checkstyle(reports))
    elif fmt == "junit":
        from mangopy.report.junit import render_junit

        click.echo(render_junit(reports, thresholds))
    elif fmt == "xcode":
        from mangopy.report.xcode import render_xcode

        out = render_xcode(reports)
        if out:
            click.echo(out)
    elif statistics:
        for line in _statistics(reports):
            click.echo(line)
        if not quiet:
            click.echo(_summary_line(counts, len(reports), suppressed, fixed, show_diff))
    elif show_diff:
        if not quiet:
            click.echo(f"{fixed} fix{'es' if fixed != 1 else ''} would be applied", err=True)
    else:
        for report in reports:
            for d in report.diagnostics:
                click.echo(render_diagnostic(report.path, report.index, d, click.style))
        if not quiet:
            click.echo(_summary_line(counts, len(reports), suppressed, fixed, show_diff))

    if unreadable:
        sys.exit(EXIT_USAGE)
    if show_diff:  # as `fmt --diff`: 1 when something would change
        sys.exit(EXIT_FINDINGS if fixed and not exit_zero else EXIT_CLEAN)
    failing = any(d.severity >= t for r, t in zip(reports, thresholds, strict=True) for d in r.diagnostics)
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)


def _summary_line(counts: dict[Severity, int], files: int, suppressed: int, fixed: int, dry: bool) -> str:
    extra = [f"{suppressed} suppressed"] if suppressed else []
    if fixed:
        extra.append(f"{fixed} {'would be ' if dry else ''}fixed")
    return summary(counts, files) + (f" ({', '.join(extra)})" if extra else "")


def _unified_diff(before: str, after: str, path: str) -> str:
    import difflib

    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"{path} (original)", f"{path} (fixed)"
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def _not_excluded(files: list[str], paths: tuple[str, ...], config_of: Callable[[str], Config]) -> list[str]:
    """The scripts their configuration's ``exclude``/``extend-exclude`` keep; named ones always stay."""
    named = {p for p in paths if p == "-" or Path(p).is_file()}
    return [f for f in files if f in named or not config_of(f).excludes(Path(f))]


def _show_settings(
    config: Config, manifests: list[str | Path], no_baseline: bool, options: Options, fail_on: str | None
) -> None:
    click.echo(f"configuration: {config.path if config.path else '(none: defaults)'}")
    click.echo(f"manifests: {', '.join(str(m) for m in manifests) if manifests else '(none)'}")
    click.echo(f"SDK baseline: {'yes' if config.baseline and not no_baseline else 'no'}")
    click.echo(f"select: {', '.join(options.select) if options.select is not None else '(all rules)'}")
    click.echo(f"ignore: {', '.join(options.ignore) if options.ignore else '(none)'}")
    click.echo(f"fail on: {Severity.parse(fail_on) if fail_on else config.fail_on} and above")
    click.echo(f"never deselected or suppressed: {', '.join(sorted(LOAD_BLOCKING))}")


def _statistics(reports: list[FileReport]) -> list[str]:
    """``COUNT  CODE  name  severity`` per rule found, most frequent first (as ruff --statistics)."""
    counts: dict[str, int] = {}
    for r in reports:
        for d in r.diagnostics:
            counts[d.code] = counts.get(d.code, 0) + 1
    rules = {r.code: r for r in CATALOGUE}
    width = max((len(str(n)) for n in counts.values()), default=1)
    out = []
    for code, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = rules.get(code)
        out.append(f"{n:>{width}}  {code}  {rule.name}  {rule.severity}" if rule else f"{n:>{width}}  {code}")
    return out


KEY_ENV = "MANGOPY_AES_KEY"


def _key(key: str | None, key_file: str | None) -> str:
    """The AES key from --key, --key-file or $MANGOPY_AES_KEY; never echoed anywhere."""
    if key is not None and key_file is not None:
        fail("give the key once: --key or --key-file, not both")
    if key_file is not None:
        try:
            data = Path(key_file).read_bytes()
        except OSError as exc:
            fail(f"{key_file}: cannot read the key file: {exc.strerror or exc}")
        try:
            key = data.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            fail(f"{key_file}: the key file is not UTF-8 text")
    elif key is None:
        key = os.environ.get(KEY_ENV)
        if key is None:
            fail(f"no key: pass --key, --key-file or set {KEY_ENV}")
    if not key:
        fail("the key is empty")
    from mangopy.sdkcrypto import KEY_SIZE

    size = len(key.encode("utf-8"))
    if size > KEY_SIZE:
        click.echo(
            f"mangopy: warning: the key is {size} bytes; this package uses only the first {KEY_SIZE}, but the "
            f"SDK copies the key with getCString into a {KEY_SIZE + 1}-byte buffer, which fails for longer keys: "
            f"use a key of at most {KEY_SIZE} bytes",
            err=True,
        )
    return key


def _write_output(out: str | None, data: bytes, binary: bool) -> None:
    """Writes the whole result at once (to a temporary file renamed into place): never half a file."""
    if out is None or out == "-":
        if binary and sys.stdout.isatty():
            fail("refusing to write binary data to a terminal: use -o FILE or redirect the output")
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    problem = write_atomically(out, data)
    if problem:
        fail(f"{out}: cannot write: {problem}")


def _key_options(fn: Any) -> Any:
    """The options ``encrypt`` and ``decrypt`` share: where the key comes from, where the output goes."""
    fn = click.option(
        "-o",
        "--output",
        "out",
        type=click.Path(dir_okay=False, allow_dash=True),
        help="Output file (default: standard output).",
    )(fn)
    fn = click.option("--key-file", type=click.Path(dir_okay=False), help="File holding the key (one line).")(fn)
    return click.option("--key", help=f"AES-128 key string (or --key-file, or ${KEY_ENV}).")(fn)


@main.command("fmt")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when a file would be reformatted.")
@click.option("--diff", "show_diff", is_flag=True, help="Write nothing; print the changes as a unified diff.")
@click.option(
    "--line-length",
    type=click.IntRange(*LINE_LENGTH_RANGE),
    help=f"Wrap lines longer than this (default: configuration, else {DEFAULT_LINE_LENGTH}).",
)
@click.option(
    "--indent-width",
    type=click.IntRange(*INDENT_WIDTH_RANGE),
    help=f"Spaces per indentation level (default: configuration, else {DEFAULT_INDENT_WIDTH}).",
)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="mangopy.toml or pyproject.toml to use.")
def fmt_command(
    paths: tuple[str, ...],
    check: bool,
    show_diff: bool,
    line_length: int | None,
    indent_width: int | None,
    config_path: str | None,
) -> None:
    """Format MangoFix scripts (files, or directories of *.mg / *.mf) in place, in the canonical style.

    `-` formats standard input to standard output.  Scripts with syntax errors are left untouched.
    Exit status: 0 done (or, with --check/--diff, nothing to change), 1 with --check/--diff when a
    file would change, 2 when a file cannot be read, parsed or written.
    """
    if not paths:
        paths = (".",)
    from mangopy.format import FormatOptions, format_text

    config = _load_config(paths[0], config_path)
    options = FormatOptions(
        line_length=line_length or config.line_length or DEFAULT_LINE_LENGTH,
        indent_width=indent_width or config.indent_width or DEFAULT_INDENT_WIDTH,
    )
    files, unreadable = collect_scripts(paths)
    failed = len(unreadable)
    changed = unchanged = 0
    for bad in unreadable:
        click.echo(f"mangopy: error: {display_path(bad.path)}: {bad.reason}", err=True)
    for path in files:
        shown = display_path(path)
        text = read_script(path)
        if isinstance(text, Unreadable):
            click.echo(f"mangopy: error: {shown}: {text.reason}", err=True)
            failed += 1
            continue
        result = format_text(text, shown, options)
        if result.output is None:
            for d in result.problems:
                click.echo(render_diagnostic(shown, result.parsed.index, d, click.style), err=True)
            why = f"{result.reason}; " if result.reason else ""
            click.echo(f"mangopy: error: {shown}: {why}not formatted (left unchanged)", err=True)
            failed += 1
            continue
        if path == "-" and not (check or show_diff):
            click.echo(result.output, nl=False)
            continue
        if not result.changed:
            unchanged += 1
            continue
        changed += 1
        if show_diff:
            click.echo(result.diff(shown), nl=False)
        elif check:
            click.echo(f"would reformat {shown}")
        else:
            problem = write_atomically(path, result.output.encode("utf-8"))
            if problem:
                click.echo(f"mangopy: error: {shown}: cannot write: {problem}", err=True)
                changed, failed = changed - 1, failed + 1
    if not files and not unreadable:
        click.echo("mangopy: warning: no MangoFix scripts (*.mg, *.mf) found", err=True)
    if files != ["-"] or check or show_diff:
        verb = "would be reformatted" if check or show_diff else "reformatted"
        parts = [f"{changed} file{'s' if changed != 1 else ''} {verb}", f"{unchanged} left unchanged"]
        if failed:
            parts.append(f"{failed} not formatted")
        click.echo(", ".join(parts), err=True)
    if failed:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FINDINGS if changed and (check or show_diff) else EXIT_CLEAN)


@main.command("encrypt")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@_key_options
@_manifest_options
@click.option("--config", "config_path", type=click.Path(), help="Configuration file (default: discovered).")
@click.option("--force", is_flag=True, help="Package the script even when the checker finds errors.")
def encrypt_command(
    file: str,
    key: str | None,
    key_file: str | None,
    out: str | None,
    manifests: tuple[str, ...],
    extend_manifests: tuple[str, ...],
    no_baseline: bool,
    config_path: str | None,
    force: bool,
) -> None:
    """Package a script for the MangoFix SDK (AES-128 ECB, PKCS#7), after checking it.

    A script with errors is refused (exit 1) unless --force. This is obfuscation, not security:
    see docs/packaging.md.
    """
    secret = _key(key, key_file)
    text = read_script(file)
    if isinstance(text, Unreadable):
        fail(f"{display_path(file)}: {text.reason}")
    config, manifest = _load_setup(file, manifests, no_baseline, config_path, extend_manifests)
    analysis = analyze(text, display_path(file), manifest, _options(config))
    errors = [d for d in analysis.diagnostics if d.severity >= Severity.ERROR]
    for d in errors:
        click.echo(render_diagnostic(analysis.path, analysis.result.index, d, click.style), err=True)
    blocking = [d for d in errors if d.code in LOAD_BLOCKING]
    if blocking:  # MangoFix would refuse to load it (or crash): --force cannot help
        click.echo(
            f"mangopy: error: {display_path(file)}: not packaged: {len(blocking)} error(s) MangoFix would "
            "refuse to load (even with --force)",
            err=True,
        )
        sys.exit(EXIT_FINDINGS)
    if errors and not force:
        click.echo(
            f"mangopy: error: {display_path(file)}: not packaged: {len(errors)} error(s) (--force packages anyway)",
            err=True,
        )
        sys.exit(EXIT_FINDINGS)
    if errors:
        click.echo(f"mangopy: warning: packaging despite {len(errors)} error(s) (--force)", err=True)
    from mangopy import sdkcrypto

    # decode_source is strict UTF-8 (a BOM kept), so encoding the text gives back the file's bytes.
    _write_output(out, sdkcrypto.encrypt(text.encode("utf-8"), secret), binary=True)


@main.command("decrypt")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@_key_options
def decrypt_command(file: str, key: str | None, key_file: str | None, out: str | None) -> None:
    """Recover the script from a MangoFix SDK package (exit 2 on a wrong key or a damaged file)."""
    from mangopy import sdkcrypto

    secret = _key(key, key_file)
    data = read_input(file)
    if isinstance(data, Unreadable):
        fail(f"{display_path(file)}: {data.reason}")
    try:
        script = sdkcrypto.decrypt(data, secret)
        script.decode("utf-8")
    except sdkcrypto.PackageError as exc:
        fail(f"{display_path(file)}: cannot decrypt: {exc}")
    except UnicodeDecodeError:
        fail(f"{display_path(file)}: cannot decrypt: wrong key, or not a MangoFix package (the result is not text)")
    _write_output(out, script, binary=False)


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@click.argument("codes", nargs=-1)
def rules_command(fmt: str, codes: tuple[str, ...]) -> None:
    """List the rules (or explain the given codes)."""
    from mangopy.semantics.catalogue import matches, render_markdown

    chosen = [r for r in CATALOGUE if not codes or matches(r.code, codes)]
    if codes and not chosen:
        fail(f"no rule matches {', '.join(codes)}")
    if fmt == "markdown":
        click.echo(render_markdown(), nl=False)
    elif fmt == "json":
        click.echo(
            ast.dumps_json(
                [
                    {"code": r.code, "name": r.name, "severity": str(r.severity), "summary": r.summary,
                     "explanation": r.explanation, "bad": r.bad, "good": r.good}
                    for r in chosen
                ]
            )
        )  # fmt: skip
    elif codes:
        for r in chosen:
            click.echo(f"{r.code} {r.name} ({r.severity})\n\n{r.summary}\n\n{r.explanation}\n")
            click.echo("Bad:\n" + _indent(r.bad) + "\nGood:\n" + _indent(r.good))
    else:
        for r in chosen:
            click.echo(f"{r.code}  {r.name:<30} {r.severity!s:<8} {r.summary}")


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the class manifest (save it and reference it with "$schema")."""
    from mangopy.semantics.manifest import schema_path

    click.echo(schema_path().read_text(encoding="utf-8"), nl=False)


def _host_port(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, int] | None:
    if value is None:
        return None
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise click.BadParameter(f"expected HOST:PORT, got {value!r}")
    return host, int(port)


@main.command("lsp")
@click.option("--tcp", metavar="HOST:PORT", callback=_host_port, help="Serve on a TCP socket instead of stdio.")
@click.option("--stdio", is_flag=True, help="Serve on stdio (the default; accepted because LSP clients pass it).")
def lsp_command(tcp: tuple[str, int] | None, stdio: bool) -> None:
    """Start the language server (stdio by default)."""
    if tcp is not None and stdio:
        fail("--stdio and --tcp exclude each other")
    try:
        from mangopy_lsp.server import start
    except ImportError as exc:
        fail(f"the language server cannot start: {exc}")
    start(tcp)


def _indent(text: str) -> str:
    return "".join("    " + line + "\n" for line in text.rstrip("\n").split("\n"))


if __name__ == "__main__":  # pragma: no cover
    main()
