"""Plumbing shared by the command-line groups: reading inputs, exit codes, fatal errors."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import click

from mangopy.syntax import SourceDecodeError, decode_source

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


def collect_scripts(paths: tuple[str, ...]) -> tuple[list[str], list[Unreadable]]:
    """Files as given; directories searched for ``*.mg`` and ``*.mf`` (sorted)."""
    files: list[str] = []
    missing: list[Unreadable] = []
    for raw in paths:
        path = Path(raw)
        if raw == "-" or path.is_file():
            files.append(raw)
        elif path.is_dir():
            files.extend(str(p) for p in sorted(path.rglob("*")) if p.suffix in SCRIPT_SUFFIXES and p.is_file())
        else:
            missing.append(Unreadable(raw, "no such file or directory"))
    return files, missing


def write_atomically(path: str, data: bytes) -> str | None:
    """Replace a file's contents all at once (a temporary file renamed into place), keeping its mode.

    Returns None, or why the file could not be written.
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.mangopy-tmp")
    try:
        tmp.write_bytes(data)
        if target.exists():
            shutil.copymode(target, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return exc.strerror or str(exc)
    return None
