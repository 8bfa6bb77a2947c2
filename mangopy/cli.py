"""The ``mangopy`` command line.  Thin: read input, call the library, render, choose the exit code.

Exit codes: 0 clean, 1 findings (syntax errors for ``parse``), 2 usage error or unreadable input.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import click

from mangopy import __version__
from mangopy.diagnostics import Severity
from mangopy.report.json import diagnostic_dict
from mangopy.report.text import render_diagnostic, summary
from mangopy.syntax import SourceDecodeError, ast, decode_source, parse

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


@dataclass
class Unreadable:
    path: str
    reason: str


def read_script(path: str) -> str | Unreadable:
    """The text of a script file (``-`` is standard input), or why it cannot be read."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except IsADirectoryError:
        return Unreadable(path, "is a directory")
    except FileNotFoundError:
        return Unreadable(path, "no such file")
    except PermissionError:
        return Unreadable(path, "permission denied")
    except OSError as exc:
        return Unreadable(path, exc.strerror or str(exc))
    try:
        return decode_source(data)
    except SourceDecodeError as exc:
        return Unreadable(path, str(exc))


def _display_path(path: str) -> str:
    return "<stdin>" if path == "-" else path


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="mangopy", message="%(prog)s %(version)s")
def main() -> None:
    """Static toolkit for MangoFix hot-fix scripts."""


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
        shown = _display_path(path)
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


if __name__ == "__main__":  # pragma: no cover
    main()
