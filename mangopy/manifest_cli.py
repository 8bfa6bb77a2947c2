"""``mangopy manifest``: export, validate, show and diff class manifests."""

from __future__ import annotations

import click


@click.group("manifest")
def manifest_group() -> None:
    """Export the app's class manifest and inspect it."""
