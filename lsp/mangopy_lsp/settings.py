"""Which manifest and rule selection apply to a document.

Two sources, combined as ``mangopy check`` combines its configuration file and its options:

* the client's ``initializationOptions``: ``{"manifest": [paths], "baseline": bool, "select": [...],
  "ignore": [...], "debounce": milliseconds}`` (relative paths: from the workspace root);
* the configuration file the CLI reads (``mangopy.toml`` / ``[tool.mangopy]``), found by walking
  up from the document's path.

Manifests are loaded with :func:`mangopy.semantics.manifest.load_all` and kept in memory, keyed by
their paths and file signatures (size, modification time), so an edited manifest is reloaded.
A broken manifest or configuration is reported as a :class:`Problem`, never raised.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mangopy.config import Config, ConfigError, find_config, load_config
from mangopy.gc import settle
from mangopy.semantics.analyze import Options
from mangopy.semantics.catalogue import resolve_selectors
from mangopy.semantics.manifest import Manifest, ManifestError, baseline, load_all

DEFAULT_DEBOUNCE = 0.15  # seconds between the last keystroke and the analysis


@dataclass(frozen=True)
class Problem:
    """A setup problem shown on the script: ``code`` is "manifest" or "config"."""

    code: str
    message: str


@dataclass(frozen=True)
class ServerOptions:
    manifests: tuple[str, ...] = ()
    baseline: bool = True
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    debounce: float = DEFAULT_DEBOUNCE
    root: Path | None = None

    @classmethod
    def from_client(cls, raw: Any, root: Path | None) -> tuple[ServerOptions, list[str]]:
        """Options from ``initializationOptions`` (any JSON); invalid entries are skipped and described."""
        problems: list[str] = []
        if raw is None:
            return cls(root=root), problems
        if not isinstance(raw, dict):
            return cls(root=root), ["initializationOptions must be an object"]

        def strings(key: str) -> tuple[str, ...] | None:
            value = raw.get(key)
            if value is None:
                return None
            if isinstance(value, str):
                return (value,)
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                return tuple(value)
            problems.append(f"initializationOptions.{key} must be a string or a list of strings")
            return None

        manifests = strings("manifest") or ()
        select = strings("select")
        ignore = strings("ignore") or ()
        use_baseline = raw.get("baseline", True)
        if not isinstance(use_baseline, bool):
            problems.append("initializationOptions.baseline must be true or false")
            use_baseline = True
        debounce = raw.get("debounce", DEFAULT_DEBOUNCE * 1000)
        if isinstance(debounce, bool) or not isinstance(debounce, (int, float)) or debounce < 0:
            problems.append("initializationOptions.debounce must be a number of milliseconds")
            debounce = DEFAULT_DEBOUNCE * 1000
        return cls(manifests, use_baseline, select, ignore, debounce / 1000, root), problems

    def manifest_paths(self) -> list[Path]:
        base = self.root or Path.cwd()
        return [base / p for p in self.manifests]  # an absolute p replaces base


@dataclass
class Setup:
    """What one analysis of a document needs."""

    manifest: Manifest
    options: Options
    problems: list[Problem] = field(default_factory=list)


_Signature = tuple[bool, tuple[tuple[str, int, int], ...]]


class ManifestCache:
    """Loaded manifests, most recently used last; a changed file (size or mtime) is a new entry."""

    def __init__(self, size: int = 8) -> None:
        self._size = size
        self._entries: OrderedDict[_Signature, Manifest | ManifestError] = OrderedDict()

    @staticmethod
    def _signature(paths: list[Path], include_baseline: bool) -> _Signature:
        parts: list[tuple[str, int, int]] = []
        for p in paths:
            try:
                st = os.stat(p)
                parts.append((str(p), st.st_size, st.st_mtime_ns))
            except OSError:
                parts.append((str(p), -1, -1))
        return include_baseline, tuple(parts)

    def load(self, paths: list[Path], include_baseline: bool) -> Manifest:
        """The merged manifest; raises :class:`ManifestError` (also remembered until a file changes)."""
        key = self._signature(paths, include_baseline)
        found = self._entries.get(key)
        if found is None:
            try:
                found = load_all(paths, include_baseline=include_baseline)
                settle()  # the manifest lives as long as the server: full collections skip it
            except ManifestError as exc:
                found = exc
            self._entries[key] = found
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
        else:
            self._entries.move_to_end(key)
        if isinstance(found, ManifestError):
            raise found
        return found


def document_config(document: Path | None) -> tuple[Config, list[Problem]]:
    """The configuration file's settings for a document (``None``: not on disk), as ``mangopy check``
    finds them; the defaults, and the problem, when it cannot be used."""
    if document is None:
        return Config(), []
    try:
        found = find_config(document)
        return (load_config(found) if found is not None else Config()), []
    except ConfigError as exc:
        return Config(), [Problem("config", f"invalid configuration: {exc}")]
    except OSError as exc:
        return Config(), [Problem("config", f"configuration cannot be read: {exc}")]


def resolve(options: ServerOptions, cache: ManifestCache, document: Path | None) -> Setup:
    """The manifest and rule selection for a document (``None``: a document not on disk)."""
    config, problems = document_config(document)
    include_baseline = config.baseline and options.baseline
    try:
        manifest = cache.load([*config.manifests, *options.manifest_paths()], include_baseline)
    except ManifestError as exc:
        problems.append(Problem("manifest", f"invalid manifest: {exc}"))
        manifest = baseline() if include_baseline else Manifest.empty()
    select = options.select if options.select is not None else config.select
    known_select, unknown = resolve_selectors(select or ())
    per_file = config.ignores_for(document) if document is not None else ()  # per-file-ignores, as check applies them
    known_ignore, unknown_ignore = resolve_selectors([*config.ignore, *per_file, *options.ignore])
    for message in unknown + unknown_ignore:  # reported, and left out: the rest still applies
        problems.append(Problem("config", f"rule selector: {message}"))
    rules = Options(select=known_select if select is not None and known_select else None, ignore=known_ignore)
    return Setup(manifest, rules, problems)
