"""The release directory: ``index.json`` and ``blobs/<sha256>``, written so that a killed process
leaves the previous release intact, and checked the way a phone checks it.

Every file is written to a temporary file in the same directory (a dot file), flushed to disk
and renamed into place; blobs are written before the index that lists them; writers take a lock
on the directory; the index's ``version`` only grows.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from mangopy.release import ReleaseError, keys
from mangopy.release.index import (
    Envelope,
    IndexFormatError,
    Patch,
    Payload,
    Rollout,
    Target,
    check_signature,
    format_time,
    parse_envelope,
    parse_payload,
    parse_time,
    problems,
    sign,
    utc_now,
)

INDEX = "index.json"
BLOBS = "blobs"
DEFAULT_EXPIRY = timedelta(days=30)
_DURATION = re.compile(r"(\d+)\s*([smhdw])")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: str) -> timedelta:
    """``30d``, ``12h``, ``90m``, ``45s``, ``2w`` (or a sum: ``1d12h``)."""
    compact = text.strip().replace(" ", "")
    parts = _DURATION.findall(compact)
    if not compact or "".join(n + u for n, u in parts) != compact:
        raise ValueError(f"{text!r} is not a duration like 30d, 12h, 90m or 2w")
    total = sum((timedelta(**{_UNITS[u]: int(n)}) for n, u in parts), timedelta())
    if total <= timedelta():
        raise ValueError(f"{text!r}: the duration must be positive")
    return total


# --- files --------------------------------------------------------------------------------------------


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform opens directories
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write(path: Path, data: bytes, mode: int = 0o644, exclusive: bool = False) -> None:
    """Write ``path`` whole or not at all: a temporary file beside it, flushed, renamed into place.

    ``exclusive``: refuse (``FileExistsError``) when ``path`` exists, checked by the rename itself
    (a hard link), so two writers cannot both succeed.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        if exclusive:
            os.link(tmp, path)
            os.unlink(tmp)
        else:
            os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


@contextlib.contextmanager
def locked(root: Path) -> Iterator[None]:
    """An exclusive lock on the release directory while an index is read, changed and written."""
    try:
        import fcntl
    except ImportError:  # Windows: no lock (one writer at a time is the user's job)
        yield
        return
    fd = os.open(root, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


# --- reading and writing the release ------------------------------------------------------------------


@dataclass(frozen=True)
class Current:
    """The index on disk: its envelope and payload."""

    envelope: Envelope
    payload: Payload


def read_index(root: Path) -> Current | None:
    """The index of a release directory (None: there is none yet); :class:`ReleaseError` when unreadable."""
    path = root / INDEX
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ReleaseError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        envelope = parse_envelope(data)
        return Current(envelope, parse_payload(envelope.payload))
    except IndexFormatError as exc:
        raise ReleaseError(f"{path}: {exc}") from None


def blob_path(root: Path, sha256: str) -> Path:
    return root / BLOBS / sha256


def write_blob(root: Path, data: bytes) -> str:
    """Store a blob under its SHA-256 (kept when already there and intact); returns the digest."""
    digest = hashlib.sha256(data).hexdigest()
    path = blob_path(root, digest)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if hashlib.sha256(path.read_bytes()).hexdigest() == digest:
            return digest
    except FileNotFoundError:
        pass
    atomic_write(path, data)
    return digest


def write_index(root: Path, payload: Payload, key: keys.PrivateKey) -> bytes:
    """Sign and write the index, refusing a ``version`` not above the one on disk; returns its bytes.

    Call it with the directory locked (:func:`locked`) when the payload was derived from the index.
    """
    bad = problems(payload)
    if bad:
        raise ReleaseError("refusing to write an inconsistent index: " + "; ".join(bad))
    on_disk = read_index(root)
    if on_disk is not None and payload.version <= on_disk.payload.version:
        raise ReleaseError(
            f"refusing to write version {payload.version}: the index on disk is at version "
            f"{on_disk.payload.version} (a write never lowers the version)"
        )
    for p in payload.patches:  # blobs first: the index only lists what is already there
        if not p.url.startswith(("http://", "https://")) and not (root / p.url).is_file():
            raise ReleaseError(f"patch {p.id!r}: {p.url} is not in the release directory")
    data = sign(payload, key).to_bytes()
    atomic_write(root / INDEX, data)
    return data


@dataclass
class Update:
    """The result of a write: the new payload, and notes for the user."""

    payload: Payload
    notes: list[str] = field(default_factory=list)


def update(
    root: Path,
    key: keys.PrivateKey,
    change: Callable[[Payload | None], Payload],
    expires_in: timedelta = DEFAULT_EXPIRY,
    now: datetime | None = None,
) -> Update:
    """Read the index, apply ``change``, and write it with ``version`` + 1 and a new ``expires``, locked.

    An existing index signed by this key must verify (else it was altered: refused); one signed
    only by other keys (a rotation) is re-signed with a note.
    """
    if not root.is_dir():
        raise ReleaseError(f"{root}: no such directory")
    notes: list[str] = []
    with locked(root):
        current = read_index(root)
        if current is not None:
            mine = keys.key_id(key.public_key())
            if any(s.keyid == mine for s in current.envelope.signatures):
                check_signature(current.envelope, [key.public_key()])
            else:
                signed = ", ".join(s.keyid for s in current.envelope.signatures) or "nobody"
                notes.append(f"the index was signed by {signed}, not by this key ({mine}): re-signed with it")
        changed = change(current.payload if current else None)
        moment = now or utc_now()
        payload = replace(
            changed,
            version=(current.payload.version + 1) if current else 1,
            expires=format_time(moment + expires_in),
        )
        write_index(root, payload, key)
    return Update(payload, notes)


def new_patch(
    patch_id: str,
    blob_sha256: str,
    size: int,
    encrypted: bool,
    target: Target,
    percent: float,
    priority: str,
    created: datetime | None = None,
) -> Patch:
    """A patch entry for a blob already written, with a fresh random salt."""
    return Patch(
        id=patch_id,
        sha256=blob_sha256,
        size=size,
        url=f"{BLOBS}/{blob_sha256}",
        encrypted=encrypted,
        target=target,
        rollout=Rollout(percent=percent, salt=secrets.token_hex(16)),
        priority=priority,
        created=format_time(created or utc_now()),
    )


def add(
    root: Path,
    key: keys.PrivateKey,
    blob: bytes,
    *,
    app: str | None,
    patch_id: str | None,
    encrypted: bool,
    target: Target,
    percent: float = 100.0,
    priority: str = "next-launch",
    expires_in: timedelta = DEFAULT_EXPIRY,
    now: datetime | None = None,
    default_id: str = "patch",
) -> tuple[Update, Patch]:
    """Write the blob, then the index with the patch listed last. ``app`` is required for a new index
    and must match an existing one; ``patch_id`` None: ``default_id`` and the blob's first 8 hex digits."""
    root.mkdir(parents=True, exist_ok=True)
    digest = write_blob(root, blob)
    pid = patch_id or f"{default_id}-{digest[:8]}"
    added: list[Patch] = []

    def change(current: Payload | None) -> Payload:
        if current is None:
            if not app:
                raise ReleaseError("a new release needs the app's bundle id (--app)")
            current = Payload(app=app, version=0, expires=format_time(utc_now()))
        elif app and app != current.app:
            raise ReleaseError(f"this release is for {current.app}, not {app}")
        if current.patch(pid) is not None or pid in current.revoked:
            raise ReleaseError(f"the id {pid!r} is already used in this release: choose another (--id)")
        patch = new_patch(pid, digest, len(blob), encrypted, target, percent, priority, now)
        added.append(patch)
        return replace(current, patches=(*current.patches, patch))

    result = update(root, key, change, expires_in, now)
    return result, added[0]


def _existing(root: Path) -> None:
    if not (root / INDEX).is_file():
        raise ReleaseError(f"{root / INDEX}: no such file (`mangopy release add` creates it)")


def set_rollout(
    root: Path, key: keys.PrivateKey, patch_id: str, percent: float, expires_in: timedelta = DEFAULT_EXPIRY
) -> Update:
    """Change a patch's percentage (its salt kept: raising it only adds installs)."""
    _existing(root)
    notes: list[str] = []

    def change(current: Payload | None) -> Payload:
        assert current is not None
        patch = current.patch(patch_id)
        if patch is None:
            raise ReleaseError(f"no patch {patch_id!r} in this release (`mangopy release list` shows them)")
        if patch_id in current.revoked:
            notes.append(f"{patch_id} is revoked: phones do not apply it whatever its percentage")
        if percent < patch.rollout.percent:
            notes.append(
                f"lowering {patch_id} from {patch.rollout.percent:g}% to {percent:g}%: the installs left out "
                "stop applying it when they next read the index"
            )
        new = replace(patch, rollout=replace(patch.rollout, percent=percent))
        return replace(current, patches=tuple(new if p is patch else p for p in current.patches))

    result = update(root, key, change, expires_in)
    result.notes[:0] = notes
    return result


def revoke(
    root: Path, key: keys.PrivateKey, patch_id: str, allow_unknown: bool = False, expires_in: timedelta = DEFAULT_EXPIRY
) -> Update:
    """List a patch id as revoked: phones stop applying it, and disable it if they had."""
    _existing(root)

    def change(current: Payload | None) -> Payload:
        assert current is not None
        if patch_id in current.revoked:
            raise ReleaseError(f"{patch_id} is already revoked")
        if current.patch(patch_id) is None and not allow_unknown:
            raise ReleaseError(f"no patch {patch_id!r} in this release (--force revokes an id not listed)")
        return replace(current, revoked=(*current.revoked, patch_id))

    return update(root, key, change, expires_in)


def resign(root: Path, key: keys.PrivateKey, expires_in: timedelta = DEFAULT_EXPIRY) -> Update:
    """The same patches, a new version and expiry, signed with ``key``."""
    _existing(root)
    return update(root, key, lambda current: current or Payload(app="", version=0, expires=""), expires_in)


# --- verification ----------------------------------------------------------------------------------------


@dataclass
class Report:
    """What ``verify`` found: problems (a phone would reject the release, or a patch) and notes."""

    payload: Payload | None = None
    keyid: str | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(
    root: Path, trusted: Sequence[keys.PublicKey], now: datetime | None = None, app: str | None = None
) -> Report:
    """Everything a phone checks (signature, shape, expiry, hashes, sizes) plus the release's consistency.

    :class:`ReleaseError` when there is nothing to check (no directory, no index).
    """
    if not root.is_dir():
        raise ReleaseError(f"{root}: no such directory")
    path = root / INDEX
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReleaseError(f"{path}: cannot read: {exc.strerror or exc}") from None
    report = Report()
    try:
        envelope = parse_envelope(data)
    except IndexFormatError as exc:
        report.problems.append(f"{INDEX}: {exc}")
        return report
    try:
        report.keyid = check_signature(envelope, trusted)
    except ReleaseError as exc:
        report.problems.append(f"{INDEX}: {exc}")
    try:
        payload = parse_payload(envelope.payload)
    except IndexFormatError as exc:
        report.problems.append(f"{INDEX}: payload: {exc}")
        return report
    report.payload = payload
    report.problems.extend(f"{INDEX}: {p}" for p in problems(payload))
    moment = now or utc_now()
    expires = parse_time(payload.expires)
    if moment >= expires:
        report.problems.append(
            f"{INDEX}: expired at {payload.expires} (now {format_time(moment)}): phones reject it; "
            "`mangopy release resign` pushes it forward"
        )
    elif expires - moment < timedelta(days=7):
        report.notes.append(f"{INDEX}: expires at {payload.expires}, in less than 7 days: resign it soon")
    if app is not None and payload.app != app:
        report.problems.append(f"{INDEX}: the release is for {payload.app}, not {app}")
    referenced: set[Path] = set()
    for p in payload.patches:
        report.problems.extend(_check_blob(root, p, referenced))
    _leftovers(root, referenced, report)
    return report


def _check_blob(root: Path, p: Patch, referenced: set[Path]) -> list[str]:
    where = f"patch {p.id!r}"
    if "://" in p.url:
        return []  # hosted elsewhere: checked by the phone when it downloads it
    parts = p.url.split("/")
    if p.url.startswith("/") or "\\" in p.url or ".." in parts:
        return [f"{where}: url {p.url} points outside the release directory"]
    blob = root.joinpath(*(part for part in parts if part not in ("", ".")))
    referenced.add(blob)
    try:
        data = blob.read_bytes()
    except FileNotFoundError:
        return [f"{where}: {p.url} is missing"]
    except OSError as exc:
        return [f"{where}: {p.url}: cannot read: {exc.strerror or exc}"]
    out = []
    if len(data) != p.size:
        out.append(f"{where}: {p.url} is {len(data)} bytes, the index says {p.size}")
    if hashlib.sha256(data).hexdigest() != p.sha256:
        out.append(f"{where}: {p.url} does not have the SHA-256 the index lists (altered or replaced)")
    if p.encrypted and (not data or len(data) % 16):
        out.append(f"{where}: {p.url} is not an AES-128 package ({len(data)} bytes, not a multiple of 16)")
    if not p.encrypted:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            out.append(f"{where}: {p.url} is marked not encrypted but is not UTF-8 text")
    return out


def _leftovers(root: Path, referenced: set[Path], report: Report) -> None:
    blobs = root / BLOBS
    for directory in (root, blobs):
        if not directory.is_dir():
            continue
        for entry in sorted(directory.iterdir()):
            if entry.name.startswith(".") and entry.name.endswith(".tmp"):
                report.notes.append(f"{entry.relative_to(root)}: a temporary file left by an interrupted write")
            elif directory == blobs and entry not in referenced:
                report.notes.append(f"{entry.relative_to(root)}: not listed in the index")
