"""``mangopy check``: the CI gate.  Findings in every output format, fixes, statistics."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from mangopy import __version__
from mangopy.cli._io import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_USAGE,
    Unreadable,
    collect_scripts,
    display_path,
    fail,
    read_script,
    write_atomically,
)
from mangopy.cli._settings import (
    codes,
    config_file,
    load_config_for,
    load_setup,
    manifest_options,
    manifest_paths,
    rule_options,
)
from mangopy.config import Config
from mangopy.diagnostics import Severity
from mangopy.report import FileReport
from mangopy.report.github import render_github
from mangopy.report.json import diagnostic_dict
from mangopy.report.sarif import render_sarif
from mangopy.report.text import render_diagnostic, summary
from mangopy.semantics.analyze import Options, analyze, fix_text
from mangopy.semantics.catalogue import CATALOGUE, LOAD_BLOCKING
from mangopy.semantics.manifest import Manifest, ManifestError
from mangopy.syntax import ast


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@manifest_options
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
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    help="JSON file of accepted findings: only the others are reported (see --write-baseline).",
)
@click.option(
    "--write-baseline",
    is_flag=True,
    help="Record the current findings in the --baseline file (not load-blocking ones), then report what is left.",
)
@click.option(
    "--watch", is_flag=True, help="Check again whenever a script, configuration or manifest changes (Ctrl-C stops)."
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
    baseline_path: str | None,
    write_baseline: bool,
    watch: bool,
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
    if write_baseline and not baseline_path:
        fail("--write-baseline needs --baseline FILE (where to write it)")
    first = stdin_filename if stdin_filename and paths[0] == "-" else paths[0]  # where the configuration is
    if show_files or show_settings:
        config = load_config_for(first, config_path)
        options = rule_options(config, select, ignore)
        files, unreadable = collect_scripts(paths)
        files = _not_excluded(files, paths, lambda f: load_config_for(f, config_path))
        if show_files:
            for path in files:
                click.echo(display_path(path))
        if show_settings:
            _show_settings(config, manifest_paths(config, manifests, extend_manifests), no_baseline, options, fail_on)
        sys.exit(EXIT_USAGE if unreadable else EXIT_CLEAN)
    if watch and "-" in paths:
        fail("--watch cannot watch standard input")
    if watch and write_baseline:
        fail("--watch and --write-baseline exclude each other (write the baseline once, then watch)")

    def run_once() -> int:
        """One check of every script; the exit status it deserves."""
        # each script with the configuration nearest above it (as ruff does), loaded once per file found
        setups: dict[str, tuple[Config, Manifest, Options, Severity]] = {}

        def setup_for(where: str) -> tuple[Config, Manifest, Options, Severity]:
            key = str(config_file(where, config_path) or "")  # found per script, read once per file found
            if key not in setups:
                config, manifest = load_setup(
                    where, manifests, no_baseline, config_path, extend_manifests, not setups and not quiet
                )
                threshold = Severity.parse(fail_on) if fail_on else config.fail_on
                if verbose:
                    listed = ", ".join(map(str, manifest_paths(config, manifests, extend_manifests))) or "(none)"
                    baseline_word = "with" if config.baseline and not no_baseline else "without"
                    click.echo(
                        f"mangopy: configuration {config.path or '(none: defaults)'} (from {display_path(where)}): "
                        f"manifests {listed}, {len(manifest.classes)} classes {baseline_word} the SDK baseline",
                        err=True,
                    )
                setups[key] = (config, manifest, rule_options(config, select, ignore), threshold)
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
                options = Options(options.select, options.ignore + codes(extra, f"{config.path}: per-file-ignores"))
            try:  # an entry of the manifest is validated when the analysis first reads it
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
            except ManifestError as exc:
                fail(f"invalid manifest: {exc}")
            suppressed += analysis.suppressed
            reports.append(FileReport(analysis.path, analysis.result.index, analysis.diagnostics))
            thresholds.append(threshold)
        for bad in unreadable:
            click.echo(f"mangopy: error: {display_path(bad.path)}: {bad.reason}", err=True)
        if not files and not unreadable:
            click.echo("mangopy: warning: no MangoFix scripts (*.mg, *.mf) found", err=True)

        baselined = 0
        if baseline_path:
            reports, baselined = _apply_baseline(reports, Path(baseline_path), write_baseline, quiet)

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
                            "baselined": baselined,
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
                click.echo(_summary_line(counts, len(reports), suppressed, baselined, fixed, show_diff))
        elif show_diff:
            if not quiet:
                click.echo(f"{fixed} fix{'es' if fixed != 1 else ''} would be applied", err=True)
        else:
            for report in reports:
                for d in report.diagnostics:
                    click.echo(render_diagnostic(report.path, report.index, d, click.style))
            if not quiet:
                click.echo(_summary_line(counts, len(reports), suppressed, baselined, fixed, show_diff))

        if unreadable:
            return EXIT_USAGE
        if show_diff:  # as `fmt --diff`: 1 when something would change
            return EXIT_FINDINGS if fixed and not exit_zero else EXIT_CLEAN
        failing = any(d.severity >= t for r, t in zip(reports, thresholds, strict=True) for d in r.diagnostics)
        return EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN

    status = run_once()
    if watch:
        status = _watch(paths, [*manifests, *extend_manifests], run_once, status)
    sys.exit(status)


_WATCHED_SUFFIXES = frozenset({".mg", ".mf", ".json", ".toml"})


def _watch(paths: tuple[str, ...], manifests: list[str], run_once: Callable[[], int], status: int) -> int:
    """Run ``run_once`` again after each change to a script, a configuration, a manifest or a
    .gitignore under ``paths`` (and the manifests given), until interrupted; the last run's status."""
    import signal
    import threading
    import time

    import watchfiles

    from mangopy.cli._settings import read_config

    roots = sorted({str(Path(p).resolve()) for p in [*paths, *manifests] if Path(p).exists()})

    def relevant(change: watchfiles.Change, path: str) -> bool:
        name = Path(path)
        return name.suffix in _WATCHED_SUFFIXES or name.name == ".gitignore"

    # Ctrl-C ends the watch between runs, never in the middle of one (the status is the last
    # run's, whose report was printed whole)
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda _signum, _frame: stop.set())
    try:
        click.echo("mangopy: watching for changes (Ctrl-C stops)", err=True)
        for changes in watchfiles.watch(*roots, watch_filter=relevant, stop_event=stop, raise_interrupt=False):
            changed = sorted({display_path(os.path.relpath(p)) for _kind, p in changes})
            read_config.cache_clear()  # a configuration may have changed
            stamp = time.strftime("%H:%M:%S")
            click.echo(f"\n[{stamp}] {', '.join(changed[:3])}{' …' if len(changed) > 3 else ''} changed:", err=True)
            try:
                status = run_once()
            except SystemExit as exc:  # a usage error (a broken configuration): said; keep watching
                status = exc.code if isinstance(exc.code, int) else EXIT_USAGE
            if stop.is_set():
                break
            click.echo("mangopy: watching for changes (Ctrl-C stops)", err=True)
    finally:
        signal.signal(signal.SIGINT, previous)
    return status


def _apply_baseline(reports: list[FileReport], path: Path, write: bool, quiet: bool) -> tuple[list[FileReport], int]:
    """The reports without the findings the baseline accepts (written first with ``write``)."""
    from mangopy.report.baseline import Baseline, BaselineError

    if write:
        recorded = Baseline.from_reports(reports, path.parent, LOAD_BLOCKING)
        problem = write_atomically(str(path), recorded.dumps().encode("utf-8"))
        if problem:
            fail(f"{path}: cannot write the baseline: {problem}")
        if not quiet:
            n = sum(recorded.accepted.values())
            click.echo(f"mangopy: wrote {n} finding{'s' if n != 1 else ''} to the baseline {path}", err=True)
    try:
        baseline = Baseline.load(path)
    except BaselineError as exc:
        fail(str(exc))
    reports, matched, stale = baseline.apply(reports, LOAD_BLOCKING)
    if stale and not quiet:
        click.echo(
            f"mangopy: note: {stale} finding{'s' if stale != 1 else ''} of the baseline no longer "
            f"occur{'s' if stale == 1 else ''}: --write-baseline records the current ones",
            err=True,
        )
    return reports, matched


def _summary_line(
    counts: dict[Severity, int], files: int, suppressed: int, baselined: int, fixed: int, dry: bool
) -> str:
    extra = [f"{suppressed} suppressed"] if suppressed else []
    if baselined:
        extra.append(f"{baselined} baselined")
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
