"""``mangopy sdk``: the Objective-C files mangopy ships for the app (the patch loader)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import click

from mangopy.cli._io import fail, write_atomically

LOADER_FILES = ("MangoPatchLoader.h", "MangoPatchLoader.m")


@click.group("sdk")
def sdk_group() -> None:
    """Objective-C files to add to the app."""


@sdk_group.command("loader")
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder to write MangoPatchLoader.h and MangoPatchLoader.m into (created when missing).",
)
def loader_command(out: str) -> None:
    """Write the patch loader (MangoPatchLoader.h/.m) into OUT: it fetches a release's signed
    index, verifies it, and applies the patch meant for this install (see docs/releasing.md)."""
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"{out}: cannot create the folder: {exc.strerror or exc}")
    for name in LOADER_FILES:
        data = resources.files("mangopy.data").joinpath(name).read_bytes()
        problem = write_atomically(str(folder / name), data)
        if problem:
            fail(f"{folder / name}: cannot write: {problem}")
        click.echo(f"wrote {folder / name}", err=True)
