"""The ``mangopy`` command line.  Thin: read input, call the library, render, choose the exit code.

One module per command group (``check``, ``convert`` and ``patch``, ``fmt``, ``package``,
``manifest``, ``rules``, ``parse``, ``lsp``, ``release`` for ``keys`` and ``release``, ``sdk``),
imported when its command runs: ``mangopy check`` loads neither the exporter nor the server.  Exit
codes: 0 clean, 1 findings (syntax errors for ``parse``), 2 usage error or unreadable input.
"""

from __future__ import annotations

import importlib
import os
from typing import ClassVar

import click

from mangopy import __version__
from mangopy.cli._color import color_choice
from mangopy.gc import one_shot


class _LazyGroup(click.Group):
    """Commands imported when used (``mangopy --help`` imports them all to show their summaries)."""

    lazy: ClassVar[dict[str, tuple[str, str]]] = {
        "check": ("mangopy.cli.check", "check_command"),
        "convert": ("mangopy.cli.convert", "convert_command"),
        "decrypt": ("mangopy.cli.package", "decrypt_command"),
        "encrypt": ("mangopy.cli.package", "encrypt_command"),
        "fmt": ("mangopy.cli.fmt", "fmt_command"),
        "keys": ("mangopy.cli.release", "keys_group"),
        "lsp": ("mangopy.cli.lsp", "lsp_command"),
        "manifest": ("mangopy.cli.manifest", "manifest_group"),
        "parse": ("mangopy.cli.parse", "parse_command"),
        "patch": ("mangopy.cli.convert", "patch_command"),
        "release": ("mangopy.cli.release", "release_group"),
        "rules": ("mangopy.cli.rules", "rules_command"),
        "schema": ("mangopy.cli.rules", "schema_command"),
        "sdk": ("mangopy.cli.sdk", "sdk_group"),
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
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
    if ctx.obj is _PROCESS and ctx.invoked_subcommand != "lsp":  # every other command exits when done
        one_shot()


_PROCESS = object()  # ``ctx.obj`` when the command is the process (not run in another one: tests)


def run() -> None:
    """The ``mangopy`` executable: the command line as a process of its own."""
    main(obj=_PROCESS)
