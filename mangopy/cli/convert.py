"""``mangopy convert``: Objective-C methods written as a MangoFix script, then checked."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn

import click

from mangopy.cli._io import EXIT_CLEAN, EXIT_FINDINGS, display_path, fail, write_atomically
from mangopy.cli._settings import load_setup, manifest_options, rule_options
from mangopy.config import Config
from mangopy.diagnostics import Severity
from mangopy.report.text import render_diagnostic
from mangopy.semantics.analyze import analyze
from mangopy.semantics.manifest import Manifest, ManifestError


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
    said = [f"{shown}:{p.line}:{p.column}: {p.severity}: {p.message}" for p in conversion.problems]
    converted = len(conversion.methods)
    _finish(
        conversion.text,
        said,
        out or Path(file).with_suffix(".mg").name,
        out,
        config,
        manifest,
        f"{converted} method{'s' if converted != 1 else ''} converted",
    )


def _finish(
    text: str, said: list[str], script: str, out: str | None, config: Config, manifest: Manifest, done: str
) -> NoReturn:
    """Say what the conversion reported, check the script, write it, sum up and exit."""
    for line in said:
        click.echo(line, err=True)
    try:
        analysis = analyze(text, script, manifest, rule_options(config))
    except ManifestError as exc:
        fail(f"invalid manifest: {exc}")
    findings = [d for d in analysis.diagnostics if d.severity >= Severity.WARNING]
    for d in findings:
        click.echo(render_diagnostic(script, analysis.result.index, d, click.style), err=True)
    if out is None or out == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        problem = write_atomically(out, text.encode("utf-8"))
        if problem:
            fail(f"{out}: cannot write: {problem}")
    click.echo(
        f"mangopy: {done}; {len(said)} conversion problem(s), {len(findings)} finding(s) in the script", err=True
    )
    sys.exit(EXIT_FINDINGS if said or findings else EXIT_CLEAN)


@click.command("patch")
@click.argument("commits", required=False, metavar="[BASE..HEAD]")
@click.option("--worktree", is_flag=True, help="Patch the uncommitted changes (since HEAD, or since the commit given).")
@click.option(
    "--repo",
    type=click.Path(file_okay=False, exists=True),
    default=".",
    help="The repository (default: the current directory's).",
)
@manifest_options
@click.option("--config", "config_path", type=click.Path(), help="Configuration file (default: discovered).")
@click.option(
    "-o", "--output", "out", type=click.Path(dir_okay=False), help="Write the script there (default: standard output)."
)
def patch_command(
    commits: str | None,
    worktree: bool,
    repo: str,
    manifests: tuple[str, ...],
    extend_manifests: tuple[str, ...],
    no_baseline: bool,
    config_path: str | None,
    out: str | None,
) -> None:
    """Write the Objective-C methods changed between two commits as one MangoFix script, then
    check it against the manifests.

    BASE..HEAD compares two commits (BASE...HEAD: HEAD against where it left BASE); one commit
    alone is its own change (a merge: against its first parent). Methods are matched by class
    and selector: changed and new methods are converted; deleted methods and changed ivars,
    properties, superclasses, C functions and globals are reported as cannot be patched.
    Exit 0: a clean script; 1: something to say; 2: bad input.
    """
    from mangopy.convert.patch import PatchError, make_patch

    config, manifest = load_setup(
        str(Path(repo) / "patch.mg"), manifests, no_baseline, config_path, extend_manifests, note=False
    )
    try:
        patch = make_patch(Path(repo), commits, [manifest], worktree=worktree)
    except PatchError as exc:
        fail(str(exc))
    where = Path(repo).resolve()
    root = Path(os.path.relpath(patch.root, where)) if patch.root else Path()

    def shown(path: str) -> str:
        return display_path(os.path.normpath(root / path))

    said = [
        f"{shown(c.path)}:{c.line}:{c.column}: error: {c.label} cannot be patched: {c.reason}" for c in patch.refused
    ]
    said += [f"{shown(path)}:{p.line}:{p.column}: {p.severity}: {p.message}" for path, p in patch.problems]
    if not patch.converted:
        for line in said:
            click.echo(line, err=True)
        click.echo(f"mangopy: no method to patch between {patch.base.title} and {patch.head.title}", err=True)
        sys.exit(EXIT_FINDINGS)
    n = len(patch.converted)
    _finish(
        patch.text,
        said,
        out or "patch.mg",
        out,
        config,
        manifest,
        f"{n} method{'s' if n != 1 else ''} patched ({patch.base.title} .. {patch.head.title})",
    )
