"""Plumbing shared by the command-line groups: reading inputs, exit codes, fatal errors."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import click

SCRIPT_SUFFIXES = (".mg", ".mf")

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


@dataclass
class Unreadable:
    path: str
    reason: str


def read_input(path: str) -> bytes | Unreadable:
    """The bytes of a file (``-`` is standard input), or why it cannot be read."""
    try:
        return sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except IsADirectoryError:
        return Unreadable(path, "is a directory")
    except FileNotFoundError:
        return Unreadable(path, "no such file")
    except PermissionError:
        return Unreadable(path, "permission denied")
    except OSError as exc:
        return Unreadable(path, exc.strerror or str(exc))


def read_script(path: str) -> str | Unreadable:
    """The text of a script file (``-`` is standard input), or why it cannot be read."""
    from mangopy.syntax import SourceDecodeError, decode_source  # the parser only when a script is read

    data = read_input(path)
    if isinstance(data, Unreadable):
        return data
    try:
        return decode_source(data)
    except SourceDecodeError as exc:
        return Unreadable(path, str(exc))


def display_path(path: str) -> str:
    return "<stdin>" if path == "-" else path


def fail(message: str) -> NoReturn:
    click.echo(f"mangopy: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


SKIPPED_DIRS = frozenset({"node_modules", "__pycache__"})


def collect_scripts(paths: tuple[str, ...]) -> tuple[list[str], list[Unreadable]]:
    """Files as given; directories searched for ``*.mg`` and ``*.mf`` (sorted), skipping hidden
    directories, ``node_modules`` and what git ignores (the ``.gitignore`` files of the directory,
    of the directories above it up to the repository's root, and of those below it)."""
    files: list[str] = []
    missing: list[Unreadable] = []
    for raw in paths:
        path = Path(raw)
        if raw == "-" or path.is_file():
            files.append(raw)  # named: checked, whatever would skip it in a directory
        elif path.is_dir():
            files.extend(_scripts_in(path))
        else:
            missing.append(Unreadable(raw, "no such file or directory"))
    return files, missing


def _scripts_in(root: Path) -> list[str]:
    from pathspec import GitIgnoreSpec

    @functools.cache
    def spec_of(directory: Path) -> tuple[Path, GitIgnoreSpec] | None:
        try:
            lines = (directory / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return None
        return directory, GitIgnoreSpec.from_lines(lines)

    def ignored(path: Path, is_dir: bool, specs: list[tuple[Path, GitIgnoreSpec]]) -> bool:
        for base, spec in reversed(specs):  # the deepest .gitignore that says something decides
            rel = os.path.relpath(path, base).replace(os.sep, "/")
            if rel.startswith("../"):
                continue
            decision = spec.check_file(rel + ("/" if is_dir else "")).include
            if decision is not None:
                return decision
        return False

    top = root.resolve()
    outer: list[tuple[Path, GitIgnoreSpec]] = []
    for directory in [top, *top.parents]:  # up to the repository's root
        found = spec_of(directory) if directory != top else None
        if found is not None:
            outer.append(found)
        if (directory / ".git").exists():
            break
    outer.reverse()  # from the repository's root down, as the walk's own .gitignore files
    out: list[str] = []
    for current, dirs, names in os.walk(root):
        here = Path(current)
        rel = here.relative_to(root)
        inner = (spec_of(root / parent) for parent in [*reversed(rel.parents), rel])
        specs = [*outer, *(s for s in inner if s is not None)]
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS and not ignored(here / d, True, specs)
        )
        for name in sorted(names):
            p = here / name
            if p.suffix in SCRIPT_SUFFIXES and not ignored(p, False, specs) and p.is_file():
                out.append(str(p))
    return sorted(out)


def write_atomically(path: str, data: bytes) -> str | None:
    """Replace a file's contents all at once (a temporary file renamed into place), keeping its mode.

    Returns None, or why the file could not be written.
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.mangopy-tmp")
    try:
        tmp.write_bytes(data)
        if target.exists():
            import shutil  # only to write

            shutil.copymode(target, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return exc.strerror or str(exc)
    return None
