"""``mangopy keys`` and ``mangopy release``: signed, targeted, staged patch releases (docs/releasing.md).

The library is ``mangopy.release``; this module reads options, keys and passphrases, renders
and picks the exit code: 0 done (``verify``: the release checks out), 1 findings (the checker's
errors for ``add``, problems for ``verify``), 2 refused or unusable input.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import click

from mangopy.cli._io import EXIT_CLEAN, EXIT_FINDINGS, fail
from mangopy.release import ReleaseError, keys
from mangopy.release.index import PATCH_ID, Target, parse_percent
from mangopy.release.repo import parse_duration

PASSPHRASE_ENV = "MANGOPY_KEY_PASSPHRASE"
EXPIRY_HELP = "How long phones accept the index: 30d, 12h, 2w... (default 30d)."


def _passphrase(passphrase_file: str | None, confirm: bool) -> bytes:
    """From --passphrase-file, else $MANGOPY_KEY_PASSPHRASE, else a prompt (never echoed)."""
    if passphrase_file is not None:
        try:
            text = Path(passphrase_file).read_bytes().rstrip(b"\r\n")
        except OSError as exc:
            fail(f"{passphrase_file}: cannot read the passphrase file: {exc.strerror or exc}")
    elif PASSPHRASE_ENV in os.environ:
        text = os.environ[PASSPHRASE_ENV].encode("utf-8")
    else:
        prompt = "Passphrase for the new private key" if confirm else "Passphrase of the private key"
        try:
            text = click.prompt(prompt, hide_input=True, confirmation_prompt=confirm, err=True).encode("utf-8")
        except click.Abort:
            fail("no passphrase: give --passphrase-file, set $MANGOPY_KEY_PASSPHRASE or type it")
    if not text:
        fail("the passphrase is empty")
    return text


def _private_key(path: str, passphrase_file: str | None) -> keys.PrivateKey:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        fail(f"{path}: cannot read the private key: {exc.strerror or exc}")
    passphrase = _passphrase(passphrase_file, confirm=False) if b"ENCRYPTED" in data else None
    try:
        return keys.load_private(data, passphrase)
    except ReleaseError as exc:
        fail(f"{path}: {exc}")


def _public_keys(values: tuple[str, ...]) -> list[keys.PublicKey]:
    """Each --public-key: a file (PEM, DER, or base64 of the X9.63 point), or that base64 itself."""
    out = []
    for value in values:
        try:
            data = Path(value).read_bytes()
        except OSError as exc:
            if value.startswith("B") and len(value) == 88:  # base64 of a 65-byte point (04 first)
                data = value.encode("ascii")
            else:
                fail(f"{value}: cannot read the public key: {exc.strerror or exc}")
        try:
            out.append(keys.load_public(data))
        except ReleaseError as exc:
            fail(f"{value}: {exc}")
    return out


def _duration(value: str) -> timedelta:
    try:
        return parse_duration(value)
    except ValueError as exc:
        fail(f"--expires-in: {exc}")


def _now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value)
    except ValueError:
        fail(f"--now: {value!r} is not an ISO 8601 time like 2027-01-15T00:00:00Z")
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _run(action: Callable[[], Any]) -> Any:
    """The library's refusals as one line on standard error and exit 2."""
    try:
        return action()
    except ReleaseError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{getattr(exc, 'filename', None) or 'release'}: cannot write: {exc.strerror or exc}")


def _notes(notes: list[str]) -> None:
    for note in notes:
        click.echo(f"mangopy: note: {note}", err=True)


# --- mangopy keys ---------------------------------------------------------------------------------------


@click.group("keys")
def keys_group() -> None:
    """Release signing keys (ECDSA P-256)."""


@keys_group.command("generate")
@click.option("--out", required=True, type=click.Path(), help="Writes OUT.key (private) and OUT.pub (public).")
@click.option("--passphrase-file", type=click.Path(dir_okay=False), help=f"Passphrase file (or ${PASSPHRASE_ENV}).")
def generate_command(out: str, passphrase_file: str | None) -> None:
    """Generate a release key pair; print its key id and the Objective-C line that pins it in the app.

    The private key is PKCS#8 PEM encrypted with the passphrase (from --passphrase-file,
    $MANGOPY_KEY_PASSPHRASE or a prompt); existing files are never overwritten.
    """
    from mangopy.release.repo import atomic_write

    base = Path(out)
    if base.suffix in (".key", ".pub"):
        base = base.with_suffix("")
    private_path, public_path = base.with_name(base.name + ".key"), base.with_name(base.name + ".pub")
    for path in (private_path, public_path):
        if path.exists():
            fail(f"{path}: already exists: refusing to overwrite a key")
    passphrase = _passphrase(passphrase_file, confirm=True)
    key = keys.generate()
    public = key.public_key()
    try:
        base.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(private_path, keys.private_pem(key, passphrase), mode=0o600, exclusive=True)
        atomic_write(public_path, keys.public_pem(public), mode=0o644, exclusive=True)
    except FileExistsError as exc:
        fail(f"{exc.filename or private_path}: already exists: refusing to overwrite a key")
    except OSError as exc:
        fail(f"{base}: cannot write the key: {exc.strerror or exc}")
    click.echo(f"wrote {private_path} (private: keep it out of the app and the release directory) and {public_path}")
    click.echo(f"key id: {keys.key_id(public)}")
    click.echo(f"public key (base64 of the X9.63 point): {keys.point_base64(public)}")
    click.echo("Objective-C, for MangoPatchLoader (add the next key beside it to rotate):")
    click.echo(f"    {keys.objc_snippet(public)}")


# --- mangopy release -------------------------------------------------------------------------------------


@click.group("release")
def release_group() -> None:
    """Signed, targeted, staged patch releases served from any static host (docs/releasing.md)."""


def _repo_option(fn: Any) -> Any:
    return click.option(
        "--repo",
        required=True,
        type=click.Path(file_okay=False),
        help="The release directory (index.json, blobs/).",
    )(fn)


def _signing_options(fn: Any) -> Any:
    fn = click.option("--expires-in", default="30d", show_default=True, help=EXPIRY_HELP)(fn)
    fn = click.option(
        "--passphrase-file", type=click.Path(dir_okay=False), help=f"Passphrase file (or ${PASSPHRASE_ENV})."
    )(fn)
    fn = click.option("--key", "key_path", required=True, type=click.Path(dir_okay=False), help="Private key (PEM).")(
        fn
    )
    return _repo_option(fn)


def _done(verb: str, update: Any) -> None:
    _notes(update.notes)
    p = update.payload
    click.echo(f"{verb}: index version {p.version}, expires {p.expires}")


@release_group.command("add")
@click.argument("script", type=click.Path(dir_okay=False))
@_signing_options
@click.option("--app", "app_id", help="The app's bundle id (required for a new release).")
@click.option("--app-version", required=True, help="CFBundleShortVersionString the patch is for.")
@click.option("--build", "builds", required=True, multiple=True, help="CFBundleVersion it is for (repeatable).")
@click.option("--os-min", help="Lowest OS version (inclusive), e.g. 13.0.")
@click.option("--os-max", help="Highest OS version (inclusive).")
@click.option("--rollout", default="100%", show_default=True, help="Share of the targeted installs: 10%, 12.5%...")
@click.option(
    "--priority",
    type=click.Choice(["immediate", "next-launch"]),
    default="next-launch",
    show_default=True,
    help="Apply as soon as verified, or at the next launch.",
)
@click.option("--id", "patch_id", help="The patch id (default: the script's name and the blob's first 8 hex digits).")
@click.option(
    "--manifest",
    "manifests",
    multiple=True,
    type=click.Path(),
    help="Class manifest to check against (repeatable); the first one's SHA-256 is recorded.",
)
@click.option("--extend-manifest", "extend_manifests", multiple=True, type=click.Path(), help="Manifest added.")
@click.option("--no-baseline", is_flag=True, help="Do not merge the shipped SDK baseline manifest.")
@click.option("--config", "config_path", type=click.Path(), help="Configuration file (default: discovered).")
@click.option(
    "--encrypt-key", help="AES-128 key: package the script for the SDK (or --encrypt-key-file, $MANGOPY_AES_KEY)."
)
@click.option("--encrypt-key-file", type=click.Path(dir_okay=False), help="File holding the AES key.")
def add_command(
    script: str,
    repo: str,
    key_path: str,
    passphrase_file: str | None,
    expires_in: str,
    app_id: str | None,
    app_version: str,
    builds: tuple[str, ...],
    os_min: str | None,
    os_max: str | None,
    rollout: str,
    priority: str,
    patch_id: str | None,
    manifests: tuple[str, ...],
    extend_manifests: tuple[str, ...],
    no_baseline: bool,
    config_path: str | None,
    encrypt_key: str | None,
    encrypt_key_file: str | None,
) -> None:
    """Check SCRIPT (errors refuse it), write its blob, then list it last in the signed index.

    The blob is the SDK's AES-128 package when a key is given (--encrypt-key, --encrypt-key-file
    or $MANGOPY_AES_KEY), the script's text otherwise. The index is created on the first add.
    """
    import hashlib

    from mangopy.cli._settings import manifest_paths
    from mangopy.cli.package import KEY_ENV, _key, checked_script
    from mangopy.release import repo as release_repo

    try:
        percent = parse_percent(rollout)
    except ValueError as exc:
        fail(f"--rollout: {exc}")
    if patch_id is not None and not PATCH_ID.fullmatch(patch_id):
        fail(f"--id {patch_id!r}: letters, digits, '.', '_' and '-', starting with a letter or digit")
    from mangopy.release.index import OS_VERSION

    for name, value in (("--os-min", os_min), ("--os-max", os_max)):
        if value is not None and not OS_VERSION.fullmatch(value):
            fail(f"{name} {value!r}: a version like 13 or 13.4.1")
    expiry = _duration(expires_in)
    secret = _key(encrypt_key, encrypt_key_file) if encrypt_key or encrypt_key_file or KEY_ENV in os.environ else None
    key = _private_key(key_path, passphrase_file)
    text, config = checked_script(
        script, manifests, extend_manifests, no_baseline, config_path, False, "released", can_force=False
    )
    paths = manifest_paths(config, manifests, extend_manifests)
    manifest_sha256 = None
    if paths:
        try:
            manifest_sha256 = hashlib.sha256(Path(paths[0]).read_bytes()).hexdigest()
        except OSError as exc:
            fail(f"{paths[0]}: cannot read: {exc.strerror or exc}")
    data = text.encode("utf-8")
    if secret is not None:
        from mangopy import sdkcrypto

        data = sdkcrypto.encrypt(data, secret)
    else:
        click.echo("mangopy: note: no AES key: the blob is the script's text (the signature protects it)", err=True)
    target = Target(app_version, tuple(builds), os_min, os_max, manifest_sha256)
    result, patch = _run(
        lambda: release_repo.add(
            Path(repo),
            key,
            data,
            app=app_id,
            patch_id=patch_id,
            encrypted=secret is not None,
            target=target,
            percent=percent,
            priority=priority,
            expires_in=expiry,
            default_id=Path(script).stem,
        )
    )
    how = "encrypted" if patch.encrypted else "plain text"
    click.echo(
        f"added {patch.id} ({patch.url}, {patch.size} bytes, {how}) for {result.payload.app} {app_version} "
        f"build {', '.join(builds)}, rollout {percent:g}%, {priority}"
    )
    _done("release", result)


@release_group.command("rollout")
@click.argument("patch_id", metavar="ID")
@click.argument("percent", metavar="PERCENT")
@_signing_options
def rollout_command(
    patch_id: str, percent: str, repo: str, key_path: str, passphrase_file: str | None, expires_in: str
) -> None:
    """Set the share of the targeted installs that take patch ID (10%, 50, 100%...).

    The salt stays: raising the percentage keeps every install that had the patch.
    """
    from mangopy.release import repo as release_repo

    try:
        value = parse_percent(percent)
    except ValueError as exc:
        fail(f"PERCENT: {exc}")
    expiry = _duration(expires_in)
    key = _private_key(key_path, passphrase_file)
    result = _run(lambda: release_repo.set_rollout(Path(repo), key, patch_id, value, expiry))
    _done(f"{patch_id} rolled out to {value:g}%", result)


@release_group.command("revoke")
@click.argument("patch_id", metavar="ID")
@_signing_options
@click.option("--force", is_flag=True, help="Revoke an id this index does not list (a patch already removed).")
def revoke_command(
    patch_id: str, repo: str, key_path: str, passphrase_file: str | None, expires_in: str, force: bool
) -> None:
    """Revoke patch ID: phones stop applying it and disable it where it was applied."""
    from mangopy.release import repo as release_repo

    expiry = _duration(expires_in)
    key = _private_key(key_path, passphrase_file)
    result = _run(lambda: release_repo.revoke(Path(repo), key, patch_id, force, expiry))
    _done(f"{patch_id} revoked", result)


@release_group.command("resign")
@_signing_options
def resign_command(repo: str, key_path: str, passphrase_file: str | None, expires_in: str) -> None:
    """Sign the index again with a new version and expiry (before it expires; or with a new key)."""
    from mangopy.release import repo as release_repo

    expiry = _duration(expires_in)
    key = _private_key(key_path, passphrase_file)
    result = _run(lambda: release_repo.resign(Path(repo), key, expiry))
    _done("re-signed", result)


@release_group.command("list")
@_repo_option
@click.option("--public-key", "public_keys", multiple=True, help="Check the signature with this key (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the payload as JSON.")
def list_command(repo: str, public_keys: tuple[str, ...], as_json: bool) -> None:
    """List the patches of a release: id, rollout, targeting, priority, status."""
    from mangopy.release import repo as release_repo
    from mangopy.release.index import check_signature

    trusted = _public_keys(public_keys)
    current = _run(lambda: release_repo.read_index(Path(repo)))
    if current is None:
        fail(f"{Path(repo) / release_repo.INDEX}: no such file")
    signature = "not checked (--public-key)"
    if trusted:
        try:
            signature = f"ok (key {check_signature(current.envelope, trusted)})"
        except ReleaseError as exc:
            click.echo(f"mangopy: error: {exc}", err=True)
            sys.exit(EXIT_FINDINGS)
    p = current.payload
    if as_json:
        click.echo(json.dumps(p.to_json(), indent=2, sort_keys=True, ensure_ascii=False))
        return
    click.echo(f"{p.app}: version {p.version}, expires {p.expires}, signature {signature}")
    revoked = set(p.revoked)
    rows = [("ID", "ROLLOUT", "APP", "BUILDS", "OS", "PRIORITY", "CREATED", "STATUS")]
    for patch in p.patches:
        t = patch.target
        os_range = "any" if t.os_min is None and t.os_max is None else f"{t.os_min or ''}-{t.os_max or ''}"
        status = "revoked" if patch.id in revoked else ("paused" if patch.rollout.percent == 0 else "live")
        rows.append(
            (
                patch.id,
                f"{patch.rollout.percent:g}%",
                t.app_version,
                ",".join(t.builds),
                os_range,
                patch.priority,
                patch.created,
                status,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    unlisted = [i for i in p.revoked if p.patch(i) is None]
    if unlisted:
        click.echo(f"revoked, not listed: {', '.join(unlisted)}")


@release_group.command("verify")
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--public-key", "public_keys", multiple=True, required=True, help="A trusted public key (repeatable).")
@click.option("--now", help="Check expiry at this time (ISO 8601; default: now).")
@click.option("--app", "app_id", help="The app's bundle id the release must be for.")
def verify_command(directory: str, public_keys: tuple[str, ...], now: str | None, app_id: str | None) -> None:
    """Check a release as a phone would (signature, shape, expiry, blobs' SHA-256 and sizes) and its
    consistency. Exit 0: it checks out; 1: problems, each printed; 2: nothing usable to check."""
    from mangopy.release import repo as release_repo

    trusted = _public_keys(public_keys)
    report = _run(lambda: release_repo.verify(Path(directory), trusted, _now(now), app_id))
    for problem in report.problems:
        click.echo(f"problem: {problem}")
    for note in report.notes:
        click.echo(f"note: {note}")
    p = report.payload
    if report.ok and p is not None:
        click.echo(
            f"{directory}: ok: {p.app} version {p.version}, {len(p.patches)} patch(es), "
            f"signed by {report.keyid}, expires {p.expires}"
        )
        sys.exit(EXIT_CLEAN)
    click.echo(f"{directory}: {len(report.problems)} problem(s)")
    sys.exit(EXIT_FINDINGS)
