"""The reference client: what the app's loader decides, in Python (docs/releasing.md).

``MangoPatchLoader`` implements the same algorithm; the loader's tests run both on the same
install ids. ``decide`` takes a payload whose signature was already verified.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mangopy.release.index import Patch, Payload, as_time, os_version_key, parse_payload, parse_time

BUCKETS = 10_000


def bucket(install_id: str, patch_id: str, salt: str) -> int:
    """0..9999: the first 8 bytes of SHA-256(install_id \\n patch_id \\n salt), big-endian, mod 10,000."""
    digest = hashlib.sha256(f"{install_id}\n{patch_id}\n{salt}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % BUCKETS


def in_rollout(install_id: str, patch: Patch) -> bool:
    """The install takes the patch iff its bucket is below ``round(percent * 100)``."""
    return bucket(install_id, patch.id, patch.rollout.salt) < patch.rollout.threshold


def targets(patch: Patch, app_version: str, build: str, os_version: str) -> bool:
    """App version equal, build listed, OS within [os_min, os_max] (inclusive, component by component)."""
    t = patch.target
    if t.app_version != app_version or build not in t.builds:
        return False
    os_key = os_version_key(os_version)
    if t.os_min is not None and os_key < os_version_key(t.os_min):
        return False
    return not (t.os_max is not None and os_key > os_version_key(t.os_max))


@dataclass(frozen=True)
class Decision:
    """What the loader does with an index.

    ``accepted`` False: the index is ignored (``reason``: ``rollback``, ``expired`` or ``app``) and
    the loader keeps what it had. Accepted: ``version`` becomes the highest seen, ``revoked`` are
    disabled if applied before, and ``patch`` (None: ``reason`` ``no-patch``) is the one to apply.
    """

    accepted: bool
    reason: str
    version: int
    patch: Patch | None = None
    revoked: tuple[str, ...] = ()

    @property
    def patch_id(self) -> str | None:
        return self.patch.id if self.patch else None

    @property
    def priority(self) -> str | None:
        return self.patch.priority if self.patch else None


def decide(
    index_payload: Payload | bytes | str | Mapping[str, Any],
    install_id: str,
    app_version: str,
    build: str,
    os_version: str,
    now: datetime | str | float,
    highest_seen_version: int | None = None,
    disabled_ids: Iterable[str] = (),
    app_id: str | None = None,
) -> Decision:
    """The loader's decision for one install, given a verified index payload.

    In order: a ``version`` below ``highest_seen_version`` is rejected (anti-rollback; equal is the
    same index); an index whose ``expires`` is at or before ``now`` is rejected (freeze attack);
    with ``app_id``, an index for another app is rejected. Then, among the patches that target the
    install and whose bucket takes it, neither revoked nor in ``disabled_ids`` (crash guard), the
    last one listed is applied.
    """
    payload = index_payload if isinstance(index_payload, Payload) else parse_payload(index_payload)
    if highest_seen_version is not None and payload.version < highest_seen_version:
        return Decision(False, "rollback", payload.version)
    if as_time(now) >= parse_time(payload.expires):
        return Decision(False, "expired", payload.version)
    if app_id is not None and payload.app != app_id:
        return Decision(False, "app", payload.version)
    revoked = set(payload.revoked)
    disabled = set(disabled_ids)
    chosen: Patch | None = None
    for patch in payload.patches:
        if patch.id in revoked or patch.id in disabled:
            continue
        if targets(patch, app_version, build, os_version) and in_rollout(install_id, patch):
            chosen = patch
    return Decision(True, "ok" if chosen else "no-patch", payload.version, chosen, tuple(payload.revoked))
