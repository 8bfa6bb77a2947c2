"""The release directory: atomic writes (a failure at any step leaves the previous release verifying),
versions that only grow, and verification catching tampering, missing blobs, expiry and the wrong key."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from mangopy.release import ReleaseError, keys, repo
from mangopy.release.index import Rollout, parse_envelope, parse_payload, sign
from tests.release.support import SCRIPT, SCRIPT_2, TARGET, make_release


@pytest.fixture
def key() -> keys.PrivateKey:
    return keys.generate()


@pytest.fixture
def release(tmp_path: Path, key: keys.PrivateKey) -> Path:
    root = tmp_path / "release"
    make_release(root, key, SCRIPT)
    return root


def verify(root: Path, key: keys.PrivateKey, **kw: Any) -> repo.Report:
    return repo.verify(root, [key.public_key()], **kw)


def test_add_writes_blob_and_signed_index(release: Path, key: keys.PrivateKey) -> None:
    current = repo.read_index(release)
    assert current is not None
    p = current.payload
    assert p.app == "com.example.shop" and p.version == 1 and [x.id for x in p.patches] == ["fix-1"]
    blob = release / p.patches[0].url
    assert blob.read_bytes() == SCRIPT.encode() and blob.name == hashlib.sha256(SCRIPT.encode()).hexdigest()
    report = verify(release, key)
    assert report.ok and report.keyid == keys.key_id(key.public_key()) and report.notes == []


def test_every_write_raises_the_version(release: Path, key: keys.PrivateKey) -> None:
    versions = [1]
    for write in (
        lambda: repo.add(release, key, SCRIPT_2.encode(), app=None, patch_id="fix-2", encrypted=False, target=TARGET)[
            0
        ],
        lambda: repo.set_rollout(release, key, "fix-2", 10.0),
        lambda: repo.revoke(release, key, "fix-1"),
        lambda: repo.resign(release, key, timedelta(days=90)),
    ):
        result = write()
        versions.append(result.payload.version)
        assert verify(release, key).ok
    assert versions == [1, 2, 3, 4, 5]
    p = parse_payload(parse_envelope((release / "index.json").read_bytes()).payload)
    assert [x.id for x in p.patches] == ["fix-1", "fix-2"] and p.revoked == ("fix-1",)
    assert p.patches[1].rollout.percent == 10.0


def test_rollout_keeps_the_salt(release: Path, key: keys.PrivateKey) -> None:
    before = repo.read_index(release).payload.patches[0].rollout  # type: ignore[union-attr]
    repo.set_rollout(release, key, "fix-1", 12.5)
    after = repo.read_index(release).payload.patches[0].rollout  # type: ignore[union-attr]
    assert after == Rollout(12.5, before.salt)


def test_write_index_refuses_to_lower_or_repeat_the_version(release: Path, key: keys.PrivateKey) -> None:
    current = repo.read_index(release)
    assert current is not None
    before = (release / "index.json").read_bytes()
    for version in (0, 1):
        with pytest.raises(ReleaseError, match="never lowers the version"):
            repo.write_index(release, replace(current.payload, version=version), key)
    assert (release / "index.json").read_bytes() == before
    repo.write_index(release, replace(current.payload, version=7), key)
    assert repo.read_index(release).payload.version == 7  # type: ignore[union-attr]


def test_refusals(release: Path, key: keys.PrivateKey) -> None:
    def add(**kw: Any) -> object:
        args: dict[str, Any] = {"app": None, "patch_id": None, "encrypted": False, "target": TARGET, **kw}
        return repo.add(release, key, SCRIPT_2.encode(), **args)

    with pytest.raises(ReleaseError, match="already used"):
        add(patch_id="fix-1")
    with pytest.raises(ReleaseError, match=r"not com\.other"):
        add(app="com.other")
    with pytest.raises(ReleaseError, match="no patch 'nope'"):
        repo.set_rollout(release, key, "nope", 5.0)
    with pytest.raises(ReleaseError, match="no patch 'nope'"):
        repo.revoke(release, key, "nope")
    repo.revoke(release, key, "nope", allow_unknown=True)
    with pytest.raises(ReleaseError, match="already revoked"):
        repo.revoke(release, key, "nope", allow_unknown=True)
    with pytest.raises(ReleaseError, match="needs the app's bundle id"):
        repo.add(release.parent / "new", key, b"x", app=None, patch_id=None, encrypted=False, target=TARGET)
    with pytest.raises(ReleaseError, match="no such file"):
        repo.resign(release.parent / "elsewhere", key)


def test_default_id_is_name_and_blob_digest(release: Path, key: keys.PrivateKey) -> None:
    _, patch = repo.add(
        release, key, SCRIPT_2.encode(), app=None, patch_id=None, encrypted=False, target=TARGET, default_id="cart"
    )
    assert patch.id == "cart-" + hashlib.sha256(SCRIPT_2.encode()).hexdigest()[:8]


def test_a_tampered_index_is_not_re_signed(release: Path, key: keys.PrivateKey) -> None:
    path = release / "index.json"
    env = json.loads(path.read_text())
    payload = json.loads(base64.b64decode(env["payload"]))
    payload["patches"][0]["rollout"]["percent"] = 100.0
    env["payload"] = base64.b64encode(json.dumps(payload).encode()).decode()
    path.write_text(json.dumps(env))
    with pytest.raises(ReleaseError, match="does not verify"):
        repo.resign(release, key)


def test_an_index_signed_by_another_key_is_re_signed_with_a_note(release: Path, key: keys.PrivateKey) -> None:
    new_key = keys.generate()
    result = repo.resign(release, new_key)
    assert any("re-signed with it" in n for n in result.notes)
    assert verify(release, new_key).ok and not verify(release, key).ok


# --- verification ----------------------------------------------------------------------------------------


def edit_payload(root: Path, change: Callable[[dict[str, Any]], None]) -> None:
    path = root / "index.json"
    env = json.loads(path.read_text())
    payload = json.loads(base64.b64decode(env["payload"]))
    change(payload)
    env["payload"] = base64.b64encode(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).decode()
    path.write_text(json.dumps(env))


def test_verify_catches_a_tampered_payload(release: Path, key: keys.PrivateKey) -> None:
    edit_payload(release, lambda p: p["patches"][0]["target"]["builds"].append("999"))
    report = verify(release, key)
    assert not report.ok and any("does not verify" in p for p in report.problems)


def test_verify_catches_a_tampered_signature(release: Path, key: keys.PrivateKey) -> None:
    path = release / "index.json"
    env = json.loads(path.read_text())
    sig = bytearray(base64.b64decode(env["signatures"][0]["sig"]))
    sig[-1] ^= 1
    env["signatures"][0]["sig"] = base64.b64encode(bytes(sig)).decode()
    path.write_text(json.dumps(env))
    assert any("does not verify" in p for p in verify(release, key).problems)


def test_verify_catches_blob_changes(release: Path, key: keys.PrivateKey) -> None:
    blob = next((release / "blobs").iterdir())
    blob.write_bytes(SCRIPT.replace("super", "self").encode())  # same size, other bytes
    assert any("SHA-256" in p for p in verify(release, key).problems)
    blob.write_bytes(b"short")
    problems = verify(release, key).problems
    assert any("is 5 bytes, the index says" in p for p in problems)
    blob.unlink()
    assert any("is missing" in p for p in verify(release, key).problems)


def test_verify_catches_expiry_and_the_wrong_key(release: Path, key: keys.PrivateKey) -> None:
    expires = repo.read_index(release).payload.expires  # type: ignore[union-attr]
    later = datetime.fromisoformat(expires[:-1] + "+00:00")
    assert any("expired at" in p for p in verify(release, key, now=later).problems)
    assert verify(release, key, now=later - timedelta(seconds=1)).notes  # about to expire
    wrong = repo.verify(release, [keys.generate().public_key()])
    assert any("no signature by a trusted key" in p for p in wrong.problems)
    assert any("not com.other" in p for p in verify(release, key, app="com.other").problems)


def test_verify_reports_inconsistency_even_when_signed(release: Path, key: keys.PrivateKey) -> None:
    """A signed index whose targeting makes no sense is still reported (the signer erred)."""
    current = repo.read_index(release)
    assert current is not None
    bad = replace(
        current.payload,
        version=9,
        patches=(replace(current.payload.patches[0], target=replace(TARGET, builds=(), os_min="15", os_max="14")),),
    )
    (release / "index.json").write_bytes(sign(bad, key).to_bytes())
    problems = verify(release, key).problems
    assert any("at least one build" in p for p in problems) and any("above target.os_max" in p for p in problems)


def test_verify_checks_blob_paths_and_notes_leftovers(release: Path, key: keys.PrivateKey) -> None:
    (release / "blobs" / ".abc.tmp").write_bytes(b"")
    (release / "blobs" / ("0" * 64)).write_bytes(b"orphan")
    report = verify(release, key)
    assert report.ok
    assert any("temporary file" in n for n in report.notes) and any("not listed" in n for n in report.notes)
    current = repo.read_index(release)
    assert current is not None
    escaping = replace(current.payload, version=5, patches=(replace(current.payload.patches[0], url="../secret"),))
    (release / "index.json").write_bytes(sign(escaping, key).to_bytes())
    assert any("outside the release directory" in p for p in verify(release, key).problems)


def test_verify_unusable(tmp_path: Path, key: keys.PrivateKey) -> None:
    with pytest.raises(ReleaseError, match="no such directory"):
        verify(tmp_path / "nope", key)
    with pytest.raises(ReleaseError, match="cannot read"):
        verify(tmp_path, key)
    (tmp_path / "index.json").write_text("{not json")
    assert any("not JSON" in p for p in verify(tmp_path, key).problems)


# --- a failure at any step -----------------------------------------------------------------------------------


class _Failing:
    """``os`` / ``tempfile`` as ``mangopy.release.repo`` sees them, every call counted; the Nth raises."""

    def __init__(self, module: Any, counter: list[int], fail_at: int) -> None:
        self._module, self._counter, self._fail_at = module, counter, fail_at

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._module, name)
        if not callable(attr) or isinstance(attr, type):
            return attr

        def counted(*args: Any, **kwargs: Any) -> Any:
            self._counter[0] += 1
            if self._counter[0] == self._fail_at:
                raise OSError(5, f"injected failure before {name}")
            return attr(*args, **kwargs)

        return counted


def test_a_failure_at_any_step_of_add_leaves_the_release_verifying(
    tmp_path: Path, key: keys.PrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every call ``add`` makes to ``os`` and ``tempfile`` fails in turn: the release on disk is the
    previous one, verifying, or the new one, verifying; never half of either."""
    import tempfile

    base = tmp_path / "base"
    make_release(base, key, SCRIPT)
    before = (base / "index.json").read_bytes()
    outcomes = []
    n = 0
    while True:
        n += 1
        root = tmp_path / f"run{n}"
        shutil.copytree(base, root)
        counter = [0]
        monkeypatch.setattr(repo, "os", _Failing(os, counter, n))
        monkeypatch.setattr(repo, "tempfile", _Failing(tempfile, counter, n))
        try:
            repo.add(root, key, SCRIPT_2.encode(), app=None, patch_id="fix-2", encrypted=False, target=TARGET)
            failed = False
        except OSError:
            failed = True
        monkeypatch.setattr(repo, "os", os)
        monkeypatch.setattr(repo, "tempfile", tempfile)
        report = verify(root, key)
        assert report.ok, (n, report.problems)
        version = report.payload.version  # type: ignore[union-attr]
        assert version in (1, 2)
        if version == 1:
            assert (root / "index.json").read_bytes() == before
        outcomes.append((failed, version))
        if counter[0] < n:  # the run made fewer than n calls: every step has failed once
            break
    assert n > 15, "too few steps counted: the injection does not reach the writes"
    assert outcomes[-1] == (False, 2)
    assert sum(failed for failed, _ in outcomes) > 10 and any(v == 1 for _, v in outcomes)


def test_blobs_are_written_before_the_index(release: Path, key: keys.PrivateKey) -> None:
    current = repo.read_index(release)
    assert current is not None
    missing = replace(
        current.payload, version=2, patches=(replace(current.payload.patches[0], url="blobs/" + "1" * 64),)
    )
    with pytest.raises(ReleaseError, match="not in the release directory"):
        repo.write_index(release, missing, key)
    assert verify(release, key).ok


def test_atomic_write_exclusive(tmp_path: Path) -> None:
    target = tmp_path / "f"
    repo.atomic_write(target, b"one", exclusive=True)
    with pytest.raises(FileExistsError):
        repo.atomic_write(target, b"two", exclusive=True)
    assert target.read_bytes() == b"one" and [p.name for p in tmp_path.iterdir()] == ["f"]


@pytest.mark.parametrize(
    ("text", "delta"), [("30d", timedelta(days=30)), ("1d12h", timedelta(hours=36)), ("2w", timedelta(weeks=2))]
)
def test_durations(text: str, delta: timedelta) -> None:
    assert repo.parse_duration(text) == delta


@pytest.mark.parametrize("text", ["", "30", "d", "0d", "3y", "-1d"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError):
        repo.parse_duration(text)


def test_expiry_is_set_from_now(release: Path, key: keys.PrivateKey) -> None:
    now = datetime(2030, 1, 1, tzinfo=timezone.utc)
    result = repo.update(release, key, lambda p: p, timedelta(hours=1), now=now)  # type: ignore[arg-type,return-value]
    assert result.payload.expires == "2030-01-01T01:00:00Z"
