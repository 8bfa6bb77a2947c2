"""``mangopy fmt``: format scripts in the canonical style (in place, --check, --diff, stdin)."""

from __future__ import annotations

import sys

import click

from mangopy.cli._io import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_USAGE,
    Unreadable,
    collect_scripts,
    display_path,
    read_script,
    write_atomically,
)
from mangopy.cli._settings import load_config_for
from mangopy.config import DEFAULT_INDENT_WIDTH, DEFAULT_LINE_LENGTH, INDENT_WIDTH_RANGE, LINE_LENGTH_RANGE
from mangopy.report.text import render_diagnostic


@click.command("fmt")
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

    config = load_config_for(paths[0], config_path)
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
