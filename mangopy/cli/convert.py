"""``mangopy convert``: Objective-C methods written as a MangoFix script, then checked."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from mangopy.cli._io import EXIT_CLEAN, EXIT_FINDINGS, display_path, fail, write_atomically
from mangopy.cli._settings import load_setup, manifest_options, rule_options
from mangopy.diagnostics import Severity
from mangopy.report.text import render_diagnostic
from mangopy.semantics.analyze import analyze
from mangopy.semantics.manifest import ManifestError


@click.command("convert")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--class", "classes", multiple=True, metavar="NAME", help="Convert this class's methods only (repeatable)."
)
@click.option("--method", "selectors", multiple=True, metavar="SEL", help="Convert this selector only (repeatable).")
@manifest_options
@click.option(
    "--project",
    type=click.Path(file_okay=False, exists=True),
    help="Read the file with this project's build settings (default: the checkout holding it).",
)
@click.option("--no-project", is_flag=True, help="Read the file alone, with the stub SDK only.")
@click.option("--config", "config_path", type=click.Path(), help="Configuration file (default: discovered).")
@click.option(
    "-o", "--output", "out", type=click.Path(dir_okay=False), help="Write the script there (default: standard output)."
)
def convert_command(
    file: str,
    classes: tuple[str, ...],
    selectors: tuple[str, ...],
    manifests: tuple[str, ...],
    extend_manifests: tuple[str, ...],
    no_baseline: bool,
    project: str | None,
    no_project: bool,
    config_path: str | None,
    out: str | None,
) -> None:
    """Write the @implementation methods of an Objective-C FILE as a MangoFix script that replaces
    them, then check it against the manifests.

    What MangoFix cannot express is reported at its Objective-C line, never dropped silently.
    Exit 0: a clean script; 1: the conversion or the check reported something; 2: bad input.
    """
    from mangopy.convert import ConvertError, convert_file
    from mangopy.convert.source import project_root

    config, manifest = load_setup(file, manifests, no_baseline, config_path, extend_manifests, note=False)
    settings = None if no_project else Path(project) if project else project_root(Path(file))
    try:
        conversion = convert_file(Path(file), [manifest], classes, selectors, project=settings)
    except ConvertError as exc:
        fail(str(exc))
    shown = display_path(file)
    for p in conversion.problems:
        click.echo(f"{shown}:{p.line}:{p.column}: {p.severity}: {p.message}", err=True)
    script = out or str(Path(file).with_suffix(".mg").name)
    try:
        analysis = analyze(conversion.text, script, manifest, rule_options(config))
    except ManifestError as exc:
        fail(f"invalid manifest: {exc}")
    findings = [d for d in analysis.diagnostics if d.severity >= Severity.WARNING]
    for d in findings:
        click.echo(render_diagnostic(script, analysis.result.index, d, click.style), err=True)
    data = conversion.text.encode("utf-8")
    if out is None or out == "-":
        sys.stdout.write(conversion.text)
        sys.stdout.flush()
    else:
        problem = write_atomically(out, data)
        if problem:
            fail(f"{out}: cannot write: {problem}")
    converted = len(conversion.methods)
    click.echo(
        f"mangopy: {converted} method{'s' if converted != 1 else ''} converted; "
        f"{len(conversion.problems)} conversion problem(s), {len(findings)} finding(s) in the script",
        err=True,
    )
    sys.exit(EXIT_FINDINGS if conversion.problems or findings else EXIT_CLEAN)
