"""``mangopy rules`` (the rule catalogue) and ``mangopy schema`` (the manifest's JSON Schema)."""

from __future__ import annotations

import click

from mangopy.cli._io import fail
from mangopy.semantics.catalogue import CATALOGUE
from mangopy.syntax import ast


@click.command("rules")
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


@click.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the class manifest (save it and reference it with "$schema")."""
    from mangopy.semantics.manifest import schema_path

    click.echo(schema_path().read_text(encoding="utf-8"), nl=False)


def _indent(text: str) -> str:
    return "".join("    " + line + "\n" for line in text.rstrip("\n").split("\n"))
