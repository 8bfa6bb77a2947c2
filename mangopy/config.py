"""Configuration: ``[tool.mangopy]`` in ``pyproject.toml``, or a ``mangopy.toml`` (top-level keys).

Found by walking up from the checked path (the nearest directory with either file wins; a
``pyproject.toml`` without a ``[tool.mangopy]`` table is skipped).  Keys::

    manifest = ["app_classes.json"]     # paths relative to the configuration file
    baseline = true                     # merge the shipped SDK baseline manifest
    select = ["MF"]                     # codes, code prefixes or rule names
    ignore = ["MF103"]
    fail-on = "error"                   # error | warning | info
    exclude = ["vendor/"]               # .gitignore-style patterns, relative to this file: scripts in
    extend-exclude = ["*.draft.mf"]     #   directories given to `check` that are skipped (both add up)
    per-file-ignores = { "legacy/*.mf" = ["MF113"] }   # codes ignored in the scripts a pattern matches
    line-length = 100                   # mangopy fmt: the width lines are wrapped at
    indent-width = 4                    # mangopy fmt: spaces per indentation level
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mangopy.diagnostics import Severity

KEYS = {
    "manifest", "baseline", "select", "ignore", "fail-on", "line-length", "indent-width", "exclude", "extend-exclude",
    "per-file-ignores",
}  # fmt: skip


# Accepted values of the formatter's settings (here and on the command line).
LINE_LENGTH_RANGE = (20, 1000)
INDENT_WIDTH_RANGE = (1, 16)
DEFAULT_LINE_LENGTH = 100  # the formatter's defaults (mangopy.format), here so the CLI need not import it
DEFAULT_INDENT_WIDTH = 4


class ConfigError(Exception):
    pass


@dataclass
class Config:
    path: Path | None = None
    manifests: list[Path] = field(default_factory=list)
    baseline: bool = True
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.ERROR
    line_length: int | None = None
    indent_width: int | None = None
    exclude: tuple[str, ...] = ()  # .gitignore-style patterns relative to the configuration's directory
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def excludes(self, script: Path) -> bool:
        """Is ``script`` (found in a directory) excluded by ``exclude``/``extend-exclude``?"""
        return bool(self.exclude) and self._matches(self.exclude, script)

    def ignores_for(self, script: Path) -> tuple[str, ...]:
        """The codes ``per-file-ignores`` ignores in ``script``."""
        return tuple(
            c for pattern, codes in self.per_file_ignores.items() if self._matches((pattern,), script) for c in codes
        )

    def _matches(self, patterns: tuple[str, ...], script: Path) -> bool:
        from pathspec import GitIgnoreSpec

        if self.path is None:
            return False
        try:
            rel = script.resolve().relative_to(self.path.parent.resolve()).as_posix()
        except ValueError:
            return False
        return GitIgnoreSpec.from_lines(patterns).match_file(rel)


def _strings(value: Any, key: str, where: Path) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{where}: `{key}` must be a string or a list of strings")


def _table(path: Path) -> dict[str, Any] | None:
    if sys.version_info >= (3, 11):  # imported when a configuration file is found
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("mangopy")
        return table if isinstance(table, dict) else None
    return data


def _int(table: dict[str, Any], key: str, low: int, high: int, where: Path) -> int | None:
    if key not in table:
        return None
    value = table[key]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(f"{where}: `{key}` must be a whole number from {low} to {high}")
    return value


def load_config(path: Path) -> Config:
    table = _table(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.mangopy] table")
    unknown = set(table) - KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown key{'s' if len(unknown) > 1 else ''} {', '.join(sorted(unknown))}")
    base = path.parent
    config = Config(path=path)
    if "manifest" in table:
        config.manifests = [base / p for p in _strings(table["manifest"], "manifest", path)]
    if "baseline" in table:
        if not isinstance(table["baseline"], bool):
            raise ConfigError(f"{path}: `baseline` must be true or false")
        config.baseline = table["baseline"]
    if "select" in table:
        config.select = _strings(table["select"], "select", path)
    if "ignore" in table:
        config.ignore = _strings(table["ignore"], "ignore", path)
    if "fail-on" in table:
        try:
            config.fail_on = Severity.parse(str(table["fail-on"]))
        except ValueError as exc:
            raise ConfigError(f"{path}: `fail-on`: {exc}") from None
    for key in ("exclude", "extend-exclude"):
        if key in table:
            config.exclude += _strings(table[key], key, path)
    if "per-file-ignores" in table:
        value = table["per-file-ignores"]
        if not isinstance(value, dict):
            raise ConfigError(f"{path}: `per-file-ignores` must be a table of pattern = [codes]")
        config.per_file_ignores = {str(k): _strings(v, f"per-file-ignores.{k}", path) for k, v in value.items()}
    config.line_length = _int(table, "line-length", *LINE_LENGTH_RANGE, path)
    config.indent_width = _int(table, "indent-width", *INDENT_WIDTH_RANGE, path)
    return config


def find_config(start: Path) -> Path | None:
    """The nearest ``mangopy.toml`` or ``pyproject.toml`` with ``[tool.mangopy]`` above ``start``."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / "mangopy.toml"
        if own.is_file():
            return own
        project = candidate / "pyproject.toml"
        if project.is_file():
            try:
                if _table(project) is not None:
                    return project
            except ConfigError:
                return project  # report its problem rather than silently skipping it
    return None
