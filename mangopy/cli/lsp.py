"""``mangopy lsp``: start the language server (the ``mangopy_lsp`` package)."""

from __future__ import annotations

import click

from mangopy.cli._io import fail


def _host_port(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, int] | None:
    if value is None:
        return None
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise click.BadParameter(f"expected HOST:PORT, got {value!r}")
    return host, int(port)


@click.command("lsp")
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
