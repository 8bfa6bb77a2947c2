"""``mangopy parse``: the syntax tree of a script (text or JSON) and its syntax errors."""

from __future__ import annotations

import sys

import click

from mangopy.cli._io import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, Unreadable, display_path, read_script
from mangopy.diagnostics import Severity
from mangopy.report.json import diagnostic_dict
from mangopy.report.text import render_diagnostic, summary
from mangopy.syntax import ast, parse


@click.command("parse")
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
