"""``mangopy encrypt`` / ``decrypt``: the MangoFix SDK's package format, after the checker's gate."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from mangopy.cli._io import EXIT_FINDINGS, Unreadable, display_path, fail, read_input, read_script, write_atomically
from mangopy.cli._settings import load_setup, manifest_options, rule_options
from mangopy.config import Config
from mangopy.diagnostics import Severity
from mangopy.report.text import render_diagnostic
from mangopy.semantics.analyze import analyze
from mangopy.semantics.catalogue import LOAD_BLOCKING
from mangopy.semantics.manifest import ManifestError

KEY_ENV = "MANGOPY_AES_KEY"


def _key(key: str | None, key_file: str | None) -> str:
    """The AES key from --key, --key-file or $MANGOPY_AES_KEY; never echoed anywhere."""
    if key is not None and key_file is not None:
        fail("give the key once: --key or --key-file, not both")
    if key_file is not None:
        try:
            data = Path(key_file).read_bytes()
        except OSError as exc:
            fail(f"{key_file}: cannot read the key file: {exc.strerror or exc}")
        try:
            key = data.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            fail(f"{key_file}: the key file is not UTF-8 text")
    elif key is None:
        key = os.environ.get(KEY_ENV)
        if key is None:
            fail(f"no key: pass --key, --key-file or set {KEY_ENV}")
    if not key:
        fail("the key is empty")
    from mangopy.sdkcrypto import KEY_SIZE

    size = len(key.encode("utf-8"))
    if size > KEY_SIZE:
        click.echo(
            f"mangopy: warning: the key is {size} bytes; this package uses only the first {KEY_SIZE}, but the "
            f"SDK copies the key with getCString into a {KEY_SIZE + 1}-byte buffer, which fails for longer keys: "
            f"use a key of at most {KEY_SIZE} bytes",
            err=True,
        )
    return key


def _write_output(out: str | None, data: bytes, binary: bool) -> None:
    """Writes the whole result at once (to a temporary file renamed into place): never half a file."""
    if out is None or out == "-":
        if binary and sys.stdout.isatty():
            fail("refusing to write binary data to a terminal: use -o FILE or redirect the output")
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    problem = write_atomically(out, data)
    if problem:
        fail(f"{out}: cannot write: {problem}")


def _key_options(fn: Any) -> Any:
    """The options ``encrypt`` and ``decrypt`` share: where the key comes from, where the output goes."""
    fn = click.option(
        "-o",
        "--output",
        "out",
        type=click.Path(dir_okay=False, allow_dash=True),
        help="Output file (default: standard output).",
    )(fn)
    fn = click.option("--key-file", type=click.Path(dir_okay=False), help="File holding the key (one line).")(fn)
    return click.option("--key", help=f"AES-128 key string (or --key-file, or ${KEY_ENV}).")(fn)


def checked_script(
    file: str,
    manifests: tuple[str, ...],
    extend_manifests: tuple[str, ...],
    no_baseline: bool,
    config_path: str | None,
    force: bool,
    verb: str = "packaged",
    can_force: bool = True,
) -> tuple[str, Config]:
    """The script's text after the checker's gate (``encrypt``, ``release add``): a script with errors
    exits 1 (``not <verb>``) unless ``force``; one MangoFix would refuse to load exits 1 always."""
    text = read_script(file)
    if isinstance(text, Unreadable):
        fail(f"{display_path(file)}: {text.reason}")
    config, manifest = load_setup(file, manifests, no_baseline, config_path, extend_manifests)
    try:
        analysis = analyze(text, display_path(file), manifest, rule_options(config))
    except ManifestError as exc:  # an entry is validated when the analysis first reads it
        fail(f"invalid manifest: {exc}")
    errors = [d for d in analysis.diagnostics if d.severity >= Severity.ERROR]
    for d in errors:
        click.echo(render_diagnostic(analysis.path, analysis.result.index, d, click.style), err=True)
    blocking = [d for d in errors if d.code in LOAD_BLOCKING]
    if blocking:  # MangoFix would refuse to load it (or crash): --force cannot help
        click.echo(
            f"mangopy: error: {display_path(file)}: not {verb}: {len(blocking)} error(s) MangoFix would "
            "refuse to load" + (" (even with --force)" if can_force else ""),
            err=True,
        )
        sys.exit(EXIT_FINDINGS)
    if errors and not force:
        hint = " (--force packages anyway)" if can_force else ""
        click.echo(f"mangopy: error: {display_path(file)}: not {verb}: {len(errors)} error(s){hint}", err=True)
        sys.exit(EXIT_FINDINGS)
    if errors:
        click.echo(f"mangopy: warning: packaging despite {len(errors)} error(s) (--force)", err=True)
    return text, config


@click.command("encrypt")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@_key_options
@manifest_options
@click.option("--config", "config_path", type=click.Path(), help="Configuration file (default: discovered).")
@click.option("--force", is_flag=True, help="Package the script even when the checker finds errors.")
def encrypt_command(
    file: str,
    key: str | None,
    key_file: str | None,
    out: str | None,
    manifests: tuple[str, ...],
    extend_manifests: tuple[str, ...],
    no_baseline: bool,
    config_path: str | None,
    force: bool,
) -> None:
    """Package a script for the MangoFix SDK (AES-128 ECB, PKCS#7), after checking it.

    A script with errors is refused (exit 1) unless --force. This is obfuscation, not security:
    see docs/packaging.md.
    """
    secret = _key(key, key_file)
    text, _ = checked_script(file, manifests, extend_manifests, no_baseline, config_path, force)
    from mangopy import sdkcrypto

    # decode_source is strict UTF-8 (a BOM kept), so encoding the text gives back the file's bytes.
    _write_output(out, sdkcrypto.encrypt(text.encode("utf-8"), secret), binary=True)


@click.command("decrypt")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@_key_options
def decrypt_command(file: str, key: str | None, key_file: str | None, out: str | None) -> None:
    """Recover the script from a MangoFix SDK package (exit 2 on a wrong key or a damaged file)."""
    from mangopy import sdkcrypto

    secret = _key(key, key_file)
    data = read_input(file)
    if isinstance(data, Unreadable):
        fail(f"{display_path(file)}: {data.reason}")
    try:
        script = sdkcrypto.decrypt(data, secret)
        script.decode("utf-8")
    except sdkcrypto.PackageError as exc:
        fail(f"{display_path(file)}: cannot decrypt: {exc}")
    except UnicodeDecodeError:
        fail(f"{display_path(file)}: cannot decrypt: wrong key, or not a MangoFix package (the result is not text)")
    _write_output(out, script, binary=False)
