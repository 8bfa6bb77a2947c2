"""The signed index: its payload (dataclasses), parsing with clear errors, validation, signatures.

The envelope is ``{"payload": base64, "signatures": [{"keyid", "sig"}]}``; the signatures cover
the payload's bytes, so no JSON canonicalisation is needed to check them. The payload is written
as JSON with sorted keys and no spaces (docs/releasing.md).
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from mangopy.release import ReleaseError, keys

SCHEMA = 1
PRIORITIES = ("immediate", "next-launch")
HEX64 = re.compile(r"[0-9a-f]{64}")
HEX32 = re.compile(r"[0-9a-f]{32}")
KEYID = re.compile(r"[0-9a-f]{16}")
OS_VERSION = re.compile(r"[0-9]+(\.[0-9]+)*")
PATCH_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_TIME = re.compile(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?Z")


class IndexFormatError(ReleaseError):
    """The index or its payload is not what docs/releasing.md describes."""


# --- times ------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1024)
def parse_time(text: str) -> datetime:
    """An RFC 3339 UTC time ending in ``Z`` (fractions of a second allowed), as an aware datetime."""
    m = _TIME.fullmatch(text)
    if not m:
        raise ValueError(f"{text!r} is not an RFC 3339 UTC time like 2027-01-15T00:00:00Z")
    stamp = datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    if m.group(2):
        stamp = stamp.replace(microsecond=int(m.group(2)[1:7].ljust(6, "0")))
    return stamp


def format_time(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def as_time(moment: datetime | str | float) -> datetime:
    """A datetime (naive means UTC), an RFC 3339 string or seconds since the epoch, as an aware UTC datetime."""
    if isinstance(moment, datetime):
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    if isinstance(moment, str):
        return parse_time(moment)
    return datetime.fromtimestamp(moment, timezone.utc)


@functools.lru_cache(maxsize=1024)
def os_version_key(text: str) -> tuple[int, ...]:
    """``13.4.1`` as (13, 4, 1); missing components compare as 0 (trailing zeros dropped)."""
    parts = [int(p) if p.isdigit() else 0 for p in text.strip().split(".")]
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def percent_ok(percent: float) -> bool:
    """0 to 100 with at most two decimals."""
    return 0 <= percent <= 100 and abs(percent * 100 - round(percent * 100)) < 1e-6


# --- the payload ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    app_version: str
    builds: tuple[str, ...]
    os_min: str | None = None
    os_max: str | None = None
    manifest_sha256: str | None = None


@dataclass(frozen=True)
class Rollout:
    percent: float
    salt: str

    @property
    def threshold(self) -> int:
        """The buckets (of 10,000) that take the patch: ``round(percent * 100)``."""
        return round(self.percent * 100)


@dataclass(frozen=True)
class Patch:
    id: str
    sha256: str
    size: int
    url: str
    encrypted: bool
    target: Target
    rollout: Rollout
    priority: str
    created: str


@dataclass(frozen=True)
class Payload:
    app: str
    version: int
    expires: str
    patches: tuple[Patch, ...] = ()
    revoked: tuple[str, ...] = ()
    schema: int = SCHEMA
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)  # unknown keys, kept as read

    def patch(self, patch_id: str) -> Patch | None:
        found = [p for p in self.patches if p.id == patch_id]
        return found[-1] if found else None

    def to_json(self) -> dict[str, Any]:
        return {
            **self.extra,
            "schema": self.schema,
            "app": self.app,
            "version": self.version,
            "expires": self.expires,
            "patches": [_patch_json(p) for p in self.patches],
            "revoked": list(self.revoked),
        }

    def to_bytes(self) -> bytes:
        """The payload's bytes: UTF-8 JSON, sorted keys, no spaces."""
        return json.dumps(
            self.to_json(), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        ).encode("utf-8")


def _patch_json(p: Patch) -> dict[str, Any]:
    t = p.target
    return {
        "id": p.id,
        "sha256": p.sha256,
        "size": p.size,
        "url": p.url,
        "encrypted": p.encrypted,
        "target": {
            "app_version": t.app_version,
            "builds": list(t.builds),
            "os_min": t.os_min,
            "os_max": t.os_max,
            "manifest_sha256": t.manifest_sha256,
        },
        "rollout": {"percent": float(p.rollout.percent), "salt": p.rollout.salt},
        "priority": p.priority,
        "created": p.created,
    }


class _Reader:
    """Typed access to a JSON object with the error naming where it is (``patches[2].rollout.percent``)."""

    def __init__(self, obj: object, where: str) -> None:
        if not isinstance(obj, dict):
            raise IndexFormatError(f"{where or 'payload'}: must be an object")
        self.obj: dict[str, Any] = obj
        self.where = where

    def _at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def get(self, key: str, kind: type | tuple[type, ...], what: str, optional: bool = False) -> Any:
        if key not in self.obj:
            if optional:
                return None
            raise IndexFormatError(f"{self._at(key)}: missing")
        value = self.obj[key]
        if value is None and optional:
            return None
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            raise IndexFormatError(f"{self._at(key)}: must be {what}")
        if not isinstance(value, kind):
            raise IndexFormatError(f"{self._at(key)}: must be {what}")
        return value

    def string(self, key: str, optional: bool = False) -> Any:
        return self.get(key, str, "a string" + (" or null" if optional else ""), optional)

    def strings(self, key: str) -> tuple[str, ...]:
        values = self.get(key, list, "a list of strings")
        if not all(isinstance(v, str) for v in values):
            raise IndexFormatError(f"{self._at(key)}: must be a list of strings")
        return tuple(values)

    def sub(self, key: str) -> _Reader:
        return _Reader(self.get(key, dict, "an object"), self._at(key))


def parse_payload(data: bytes | str | Mapping[str, Any]) -> Payload:
    """The payload of its bytes (or parsed JSON); :class:`IndexFormatError` names the first bad field.

    This checks the shape (fields, types, formats); :func:`problems` checks consistency.
    """
    if isinstance(data, (bytes, str)):
        try:
            obj = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise IndexFormatError(f"the payload is not JSON: {exc}") from None
    else:
        obj = dict(data)
    r = _Reader(obj, "")
    schema = r.get("schema", int, "an integer")
    if schema != SCHEMA:
        raise IndexFormatError(f"schema: {schema} is not supported (this mangopy reads schema {SCHEMA})")
    version = r.get("version", int, "an integer")
    if version < 0:
        raise IndexFormatError("version: must not be negative")
    expires = r.string("expires")
    try:
        parse_time(expires)
    except ValueError as exc:
        raise IndexFormatError(f"expires: {exc}") from None
    patches_raw = r.get("patches", list, "a list")
    patches = tuple(_parse_patch(_Reader(p, f"patches[{i}]")) for i, p in enumerate(patches_raw))
    known = {"schema", "app", "version", "expires", "patches", "revoked"}
    return Payload(
        app=r.string("app"),
        version=version,
        expires=expires,
        patches=patches,
        revoked=r.strings("revoked") if "revoked" in obj else (),
        schema=schema,
        extra={k: v for k, v in obj.items() if k not in known},
    )


def _parse_patch(r: _Reader) -> Patch:
    t = r.sub("target")
    ro = r.sub("rollout")
    percent = ro.get("percent", (int, float), "a number")
    if not math.isfinite(percent):
        raise IndexFormatError(f"{r.where}.rollout.percent: must be a finite number")
    size = r.get("size", int, "an integer")
    created = r.string("created")
    try:
        parse_time(created)
    except ValueError as exc:
        raise IndexFormatError(f"{r.where}.created: {exc}") from None
    return Patch(
        id=r.string("id"),
        sha256=r.string("sha256"),
        size=size,
        url=r.string("url"),
        encrypted=r.get("encrypted", bool, "true or false"),
        target=Target(
            app_version=t.string("app_version"),
            builds=t.strings("builds"),
            os_min=t.string("os_min", optional=True),
            os_max=t.string("os_max", optional=True),
            manifest_sha256=t.string("manifest_sha256", optional=True),
        ),
        rollout=Rollout(percent=float(percent), salt=ro.string("salt")),
        priority=r.string("priority"),
        created=created,
    )


def problems(payload: Payload) -> list[str]:
    """What makes a well-formed payload inconsistent, one line each (none: consistent)."""
    out: list[str] = []
    if not payload.app:
        out.append("app: empty")
    seen: set[str] = set()
    for i, p in enumerate(payload.patches):
        where = f"patch {p.id!r}" if p.id else f"patches[{i}]"
        if not p.id or any(ord(c) < 0x20 or c == "\x7f" for c in p.id):
            out.append(f"patches[{i}].id: must be a non-empty string without control characters (newlines)")
        if p.id in seen:
            out.append(f"{where}: the id is listed twice")
        seen.add(p.id)
        if not HEX64.fullmatch(p.sha256):
            out.append(f"{where}: sha256 is not 64 lower-case hex digits")
        if p.size < 0:
            out.append(f"{where}: size is negative")
        if not p.url:
            out.append(f"{where}: url is empty")
        t = p.target
        if not t.app_version:
            out.append(f"{where}: target.app_version is empty")
        if not t.builds or not all(t.builds):
            out.append(f"{where}: target.builds must list at least one build, none empty")
        for name, value in (("os_min", t.os_min), ("os_max", t.os_max)):
            if value is not None and not OS_VERSION.fullmatch(value):
                out.append(f"{where}: target.{name} {value!r} is not a version like 13 or 13.4.1")
        if (
            t.os_min is not None
            and t.os_max is not None
            and OS_VERSION.fullmatch(t.os_min)
            and OS_VERSION.fullmatch(t.os_max)
            and os_version_key(t.os_min) > os_version_key(t.os_max)
        ):
            out.append(f"{where}: target.os_min {t.os_min} is above target.os_max {t.os_max}: no device matches")
        if t.manifest_sha256 is not None and not HEX64.fullmatch(t.manifest_sha256):
            out.append(f"{where}: target.manifest_sha256 is not 64 lower-case hex digits")
        if not percent_ok(p.rollout.percent):
            out.append(f"{where}: rollout.percent {p.rollout.percent} is not 0 to 100 with at most two decimals")
        if not HEX32.fullmatch(p.rollout.salt):
            out.append(f"{where}: rollout.salt is not 32 lower-case hex digits")
        if p.priority not in PRIORITIES:
            out.append(f"{where}: priority {p.priority!r} is not one of {', '.join(PRIORITIES)}")
    if len(set(payload.revoked)) != len(payload.revoked):
        out.append("revoked: an id is listed twice")
    return out


# --- the envelope and its signatures ----------------------------------------------------------------


@dataclass(frozen=True)
class Signature:
    keyid: str
    sig: bytes


@dataclass(frozen=True)
class Envelope:
    payload: bytes
    signatures: tuple[Signature, ...]

    def to_bytes(self) -> bytes:
        doc = {
            "payload": base64.b64encode(self.payload).decode("ascii"),
            "signatures": [{"keyid": s.keyid, "sig": base64.b64encode(s.sig).decode("ascii")} for s in self.signatures],
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("ascii")


def parse_envelope(data: bytes) -> Envelope:
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise IndexFormatError(f"index.json is not JSON: {exc}") from None
    r = _Reader(doc, "")
    try:
        payload = base64.b64decode(r.string("payload"), validate=True)
    except (binascii.Error, ValueError):
        raise IndexFormatError("payload: not base64") from None
    sigs = []
    for i, raw in enumerate(r.get("signatures", list, "a list")):
        s = _Reader(raw, f"signatures[{i}]")
        keyid = s.string("keyid")
        if not KEYID.fullmatch(keyid):
            raise IndexFormatError(f"signatures[{i}].keyid: not 16 lower-case hex digits")
        try:
            sig = base64.b64decode(s.string("sig"), validate=True)
        except (binascii.Error, ValueError):
            raise IndexFormatError(f"signatures[{i}].sig: not base64") from None
        sigs.append(Signature(keyid, sig))
    return Envelope(payload, tuple(sigs))


def sign(payload: Payload | bytes, key: keys.PrivateKey) -> Envelope:
    data = payload.to_bytes() if isinstance(payload, Payload) else payload
    return Envelope(data, (Signature(keys.key_id(key.public_key()), keys.sign(key, data)),))


def check_signature(envelope: Envelope, trusted: Iterable[keys.PublicKey]) -> str:
    """The id of a trusted key whose signature verifies; :class:`ReleaseError` otherwise.

    Signatures by keys not trusted are ignored (another key of a rotation); a signature by a
    trusted key that does not verify is an error (the payload or the signature was altered).
    """
    by_id = {keys.key_id(k): k for k in trusted}
    if not envelope.signatures:
        raise ReleaseError("the index is not signed")
    bad: list[str] = []
    for s in envelope.signatures:
        key = by_id.get(s.keyid)
        if key is None:
            continue
        if keys.verify(key, envelope.payload, s.sig):
            return s.keyid
        bad.append(s.keyid)
    if bad:
        raise ReleaseError(
            f"the signature by key {', '.join(bad)} does not verify: the index was altered after it was signed"
        )
    signed = ", ".join(s.keyid for s in envelope.signatures)
    raise ReleaseError(f"no signature by a trusted key (signed by {signed}; trusted: {', '.join(by_id) or 'none'})")


def trusted_ids(trusted: Sequence[keys.PublicKey]) -> list[str]:
    return [keys.key_id(k) for k in trusted]


def parse_percent(text: str) -> float:
    """``10``, ``10%`` or ``12.5%`` as a number from 0 to 100 with at most two decimals."""
    from decimal import Decimal, InvalidOperation

    raw = text.strip().removesuffix("%").strip()
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a percentage like 10% or 12.5") from None
    if not value.is_finite() or not 0 <= value <= 100:
        raise ValueError(f"{text!r}: the percentage must be from 0 to 100")
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise ValueError(f"{text!r}: at most two decimals (the rollout has 10,000 buckets)")
    return float(value)
