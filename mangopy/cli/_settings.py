"""Settings shared by the commands that check: configuration files, rule selection, manifests."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from mangopy.cli._io import fail
from mangopy.config import Config, ConfigError, find_config, load_config
from mangopy.semantics.analyze import Options
from mangopy.semantics.catalogue import resolve_selectors
from mangopy.semantics.manifest import Manifest, ManifestError, load_all


def codes(values: Iterable[str], where: str) -> tuple[str, ...]:
    """Rule selectors (comma-separated values), normalised; one that selects no rule is a usage error."""
    known, problems = resolve_selectors(c for v in values for c in v.split(",") if c.strip())
    if problems:
        fail(f"{where}: {problems[0]}")
    return known


def rule_options(config: Config, select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()) -> Options:
    """--select replaces the configuration's `select`, --ignore adds to its `ignore`; all validated."""
    where = str(config.path) if config.path else "configuration"
    configured_select = codes(config.select, where) if config.select is not None else None
    return Options(
        select=codes(select, "--select") or configured_select,
        ignore=codes(config.ignore, where) + codes(ignore, "--ignore"),
    )


def config_file(first_path: str, config_path: str | None) -> Path | None:
    """The configuration file given, or the one nearest above ``first_path`` (None: the defaults)."""
    if config_path:
        return Path(config_path)
    return find_config(Path(first_path) if first_path != "-" else Path.cwd())


def load_config_for(first_path: str, config_path: str | None) -> Config:
    """The configuration given, or discovered from the first input (none: the defaults)."""
    try:
        return read_config(config_file(first_path, config_path))
    except ConfigError as exc:
        fail(str(exc))


@functools.cache
def read_config(found: Path | None) -> Config:
    """Each configuration file read once per run, however many scripts it applies to."""
    return load_config(found) if found else Config()


def manifest_paths(config: Config, manifests: tuple[str, ...], extend: tuple[str, ...]) -> list[str | Path]:
    """--manifest replaces the configuration's manifests, --extend-manifest adds to them."""
    return [*(manifests or config.manifests), *extend]


def load_setup(
    first_path: str,
    manifests: tuple[str, ...],
    no_baseline: bool,
    config_path: str | None,
    extend: tuple[str, ...] = (),
    note: bool = True,
) -> tuple[Config, Manifest]:
    """The configuration (given, or discovered from the first input) and the merged manifest:
    ``manifests`` (--manifest) replace the configuration's, ``extend`` (--extend-manifest) add to them."""
    config = load_config_for(first_path, config_path)
    paths = manifest_paths(config, manifests, extend)
    try:
        manifest = load_all(paths, include_baseline=config.baseline and not no_baseline)
    except ManifestError as exc:
        fail(f"invalid manifest: {exc}")
    if not paths and note:
        click.echo(
            "mangopy: note: no app manifest (--manifest or [tool.mangopy] manifest): checking against the "
            "SDK baseline only, so the app's own classes look new",
            err=True,
        )
    return config, manifest


def manifest_options(fn: Any) -> Any:
    """The options ``check`` and ``encrypt`` share: which manifests the script is checked against."""
    fn = click.option("--no-baseline", is_flag=True, help="Do not merge the shipped SDK baseline manifest.")(fn)
    fn = click.option(
        "--extend-manifest",
        "extend_manifests",
        multiple=True,
        type=click.Path(),
        help="Class manifest added to the configuration's (repeatable).",
    )(fn)
    return click.option(
        "--manifest",
        "manifests",
        multiple=True,
        type=click.Path(),
        help="Class manifest (repeatable); replaces the configuration's manifests.",
    )(fn)
