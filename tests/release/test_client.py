"""The reference client (the loader's algorithm in Python): bucket, targeting, revocation, last
listed wins, anti-rollback, expiry; a fleet of 100,000 installs."""

from __future__ import annotations

import hashlib
import random
import uuid
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mangopy.release.client import bucket, decide, in_rollout, targets
from mangopy.release.index import Patch, Payload, Rollout, Target, os_version_key

NOW = datetime(2026, 12, 7, 15, 0, tzinfo=timezone.utc)
EXPIRES = "2027-01-06T15:00:00Z"
SALT_A, SALT_B = "0123456789abcdef" * 2, "fedcba9876543210" * 2


def patch(pid: str, percent: float = 100.0, salt: str = SALT_A, target: Target | None = None) -> Patch:
    sha = hashlib.sha256(pid.encode()).hexdigest()
    return Patch(
        id=pid,
        sha256=sha,
        size=1,
        url=f"blobs/{sha}",
        encrypted=False,
        target=target or Target("4.2.0", ("412", "413"), "13.0", "16.4", None),
        rollout=Rollout(percent, salt),
        priority="immediate",
        created="2026-12-07T15:00:00Z",
    )


def index(*patches: Patch, version: int = 5, revoked: tuple[str, ...] = ()) -> Payload:
    return Payload(app="com.example.shop", version=version, expires=EXPIRES, patches=patches, revoked=revoked)


def on_device(payload: Payload | bytes, install: str = "install-1", **kw: object) -> str | None:
    args: dict[str, object] = {"app_version": "4.2.0", "build": "412", "os_version": "14.2", "now": NOW, **kw}
    return decide(payload, install, **args).patch_id  # type: ignore[arg-type]


# --- the bucket ------------------------------------------------------------------------------------------


def test_bucket_known_answers() -> None:
    """The first 8 bytes of SHA-256(install \\n patch \\n salt), big-endian, mod 10,000: by hand."""
    for install, pid, salt in [("A", "p", SALT_A), ("8E2C-ünï", "cart-crash-1", SALT_B), ("", "", "")]:
        h = hashlib.sha256(install.encode() + b"\n" + pid.encode() + b"\n" + salt.encode()).digest()
        assert bucket(install, pid, salt) == int.from_bytes(h[:8], "big") % 10000
    assert bucket("install-1", "cart-crash-1", SALT_A) == 6845  # pinned: the loader's tests use the same


@settings(max_examples=300, deadline=None)
@given(
    install=st.text(max_size=40),
    pid=st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,20}", fullmatch=True),
    low=st.integers(0, 10000),
    high=st.integers(0, 10000),
)
def test_raising_the_percentage_only_adds_installs(install: str, pid: str, low: int, high: int) -> None:
    low, high = sorted((low, high))
    before = patch(pid, low / 100)
    after = replace(before, rollout=replace(before.rollout, percent=high / 100))
    assert 0 <= bucket(install, pid, SALT_A) < 10000
    assert not in_rollout(install, before) or in_rollout(install, after)
    assert in_rollout(install, patch(pid, 100.0)) and not in_rollout(install, patch(pid, 0.0))


@settings(max_examples=20, deadline=None)
@given(salt=st.from_regex(r"[0-9a-f]{32}", fullmatch=True), pid=st.sampled_from(["a", "cart-crash-1", "x.y_z"]))
def test_buckets_are_uniform(salt: str, pid: str) -> None:
    """20,000 installs into 20 bins of 500 buckets: chi-square below the 99.9th percentile (19 dof: 43.8)."""
    counts = [0] * 20
    n = 20000
    for i in range(n):
        counts[bucket(f"install-{i}", pid, salt) // 500] += 1
    expected = n / 20
    chi2 = sum((c - expected) ** 2 / expected for c in counts)
    assert chi2 < 43.8, counts


def test_salts_keep_populations_independent() -> None:
    ids = [f"install-{i}" for i in range(20000)]
    a = {i for i in ids if bucket(i, "p", SALT_A) < 1000}
    b = {i for i in ids if bucket(i, "p", SALT_B) < 1000}
    assert abs(len(a & b) / len(ids) - 0.01) < 0.003  # 10% of 10%: independent


# --- targeting and the decision ---------------------------------------------------------------------------


def test_os_versions_compare_component_by_component() -> None:
    assert os_version_key("13.0") < os_version_key("13.4.1") < os_version_key("14")
    assert os_version_key("14") == os_version_key("14.0.0")
    assert os_version_key("9.3") < os_version_key("10")
    p = patch("p", target=Target("4.2.0", ("412",), "13.0", "16.4", None))
    assert targets(p, "4.2.0", "412", "13") and targets(p, "4.2.0", "412", "16.4.0")
    assert not targets(p, "4.2.0", "412", "12.5.7") and not targets(p, "4.2.0", "412", "16.4.1")
    open_ended = patch("q", target=Target("4.2.0", ("412",), None, None, None))
    assert targets(open_ended, "4.2.0", "412", "1") and targets(open_ended, "4.2.0", "412", "99.9")


def test_targeting() -> None:
    p = index(patch("fix"))
    assert on_device(p) == "fix"
    assert on_device(p, build="413") == "fix"
    assert on_device(p, build="414") is None  # another build of the same version
    assert on_device(p, app_version="4.2.1") is None  # 1.0.0's patch does not run on 1.0.1
    assert on_device(p, app_version="4.2") is None  # equality, not a prefix
    assert on_device(p, os_version="12.4") is None
    assert on_device(p, os_version="17.0") is None


def test_last_listed_wins_and_revoked_and_disabled() -> None:
    old, new = patch("fix-1"), patch("fix-2")
    assert on_device(index(old, new)) == "fix-2"
    assert on_device(index(new, old)) == "fix-1"
    assert on_device(index(old, new, revoked=("fix-2",))) == "fix-1"
    assert on_device(index(old, new, revoked=("fix-2", "fix-1"))) is None
    assert on_device(index(old, new), disabled_ids=["fix-2"]) == "fix-1"
    d = decide(index(old, new, revoked=("fix-2",)), "i", "4.2.0", "412", "14", NOW)
    assert d.accepted and d.revoked == ("fix-2",) and d.patch == old and d.priority == "immediate"
    # a newer patch outside the install's rollout leaves it on the older one
    not_me = replace(new, rollout=Rollout(0.0, SALT_A))
    assert on_device(index(old, not_me)) == "fix-1"


def test_anti_rollback_and_expiry() -> None:
    p = index(patch("fix"), version=5)
    assert decide(p, "i", "4.2.0", "412", "14", NOW, highest_seen_version=6).reason == "rollback"
    assert decide(p, "i", "4.2.0", "412", "14", NOW, highest_seen_version=5).patch_id == "fix"  # the same index
    assert decide(p, "i", "4.2.0", "412", "14", NOW, highest_seen_version=4).accepted
    late = datetime(2027, 1, 6, 15, 0, tzinfo=timezone.utc)
    expired = decide(p, "i", "4.2.0", "412", "14", late)
    assert not expired.accepted and expired.reason == "expired" and expired.patch is None
    assert decide(p, "i", "4.2.0", "412", "14", late - timedelta(seconds=1)).accepted
    assert decide(p, "i", "4.2.0", "412", "14", "2027-01-07T00:00:00Z").reason == "expired"
    assert decide(p, "i", "4.2.0", "412", "14", NOW, app_id="com.other").reason == "app"


def test_decide_reads_payload_bytes_and_dicts() -> None:
    p = index(patch("fix"))
    assert on_device(p.to_bytes()) == on_device(p.to_json()) == "fix"  # type: ignore[arg-type]


# --- the fleet ---------------------------------------------------------------------------------------------


def fleet(n: int = 100_000) -> list[str]:
    rng = random.Random(20261207)
    return [str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper() for _ in range(n)]


def test_fleet_of_100000_installs() -> None:
    """10 % takes within ±0.5 %, raising to 20 % keeps every 10 % install, nothing outside the targeting."""
    installs = fleet()
    rng = random.Random(1)
    target = Target("4.2.0", ("412", "413"), "13.0", "16.4", None)
    fix = patch("cart-crash-1", 10.0, SALT_B, target)
    devices = []
    for install in installs:
        kind = rng.random()
        if kind < 0.7:  # in the targeting
            devices.append((install, "4.2.0", rng.choice(["412", "413"]), rng.choice(["13.0", "14.2", "16.4"]), True))
        elif kind < 0.8:
            devices.append((install, "4.2.1", "412", "14.2", False))  # another app version
        elif kind < 0.9:
            devices.append((install, "4.2.0", "411", "14.2", False))  # another build
        else:
            devices.append((install, "4.2.0", "412", rng.choice(["12.5", "16.4.1", "17"]), False))  # OS outside

    def applied(payload: Payload) -> set[str]:
        return {d[0] for d in devices if decide(payload, d[0], d[1], d[2], d[3], NOW).patch_id == fix.id}

    targeted = [d[0] for d in devices if d[4]]
    at10 = applied(index(fix, version=1))
    assert abs(len(at10) / len(targeted) - 0.10) <= 0.005, len(at10) / len(targeted)
    at20 = applied(index(replace(fix, rollout=Rollout(20.0, SALT_B)), version=2))
    assert at10 <= at20
    assert abs(len(at20) / len(targeted) - 0.20) <= 0.005
    at100 = applied(index(replace(fix, rollout=Rollout(100.0, SALT_B)), version=3))
    assert at100 == set(targeted)  # every install in the targeting, and none outside it


@pytest.mark.parametrize("percent", [0.01, 0.29, 33.33, 99.99])
def test_threshold_is_round_percent_times_100(percent: float) -> None:
    assert patch("p", percent).rollout.threshold == round(percent * 100) == int(f"{percent * 100:.0f}")
