"""The app-side loader (``mangopy/data/MangoPatchLoader.m``), compiled and run for real.

The loader is compiled with a harness (``data/loader_harness.m``: one run is one app launch, and
a fake ``MFContext`` that records what MangoFix would receive) by GCC's Objective-C compiler
against GNUstep Base and OpenSSL's libcrypto. Releases are made with the real ``mangopy keys``
and ``mangopy release`` commands and served by a real HTTP server on 127.0.0.1; the rollout is
cross-checked with the Python reference client (``mangopy.release.client``). Without the
toolchain the tests skip locally and fail in CI (``CI`` set).
"""

from __future__ import annotations

import base64
import functools
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from mangopy import sdkcrypto
from mangopy.release import client
from mangopy.release.index import parse_payload
from tests.objc import gnustep_flags, require_toolchain

ROOT = Path(__file__).resolve().parents[2]
LOADER_DIR = ROOT / "mangopy" / "data"
DATA = Path(__file__).resolve().parent / "data"
APT_PACKAGES = "gobjc libgnustep-base-dev libssl-dev"
PASSPHRASE = "correct horse battery staple"
AES_KEY = "shop-aes-key-16b"
APP = "com.example.shop"
DAY = 86400.0


def script(name: str, body: str = "super.viewDidLoad();") -> str:
    """A small MangoFix script that passes `mangopy check` against the SDK baseline."""
    return f"class {name} : UIViewController {{\n- (void)viewDidLoad {{\n    {body}\n}}\n}}\n"


FIX1 = script("ShopCartController")
FIX2 = script("ShopOrderController", 'super.viewDidLoad();\n    self.title = @"Orders";')
FIX3 = script("ShopProfileController")


# ------------------------------------------------------------------------------- the toolchain


@pytest.fixture(scope="session")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_toolchain(APT_PACKAGES, "the patch loader", openssl=True)
    out = tmp_path_factory.mktemp("patch-loader")
    binary = out / "loader_harness"
    command = [
        "gcc",
        "-std=gnu99",
        *gnustep_flags("--objc-flags"),
        f"-I{LOADER_DIR}",
        "-o",
        str(binary),
        str(LOADER_DIR / "MangoPatchLoader.m"),
        str(DATA / "loader_harness.m"),
        *gnustep_flags("--base-libs"),
        "-lcrypto",
    ]
    proc = subprocess.run(command, capture_output=True, text=True, cwd=out, check=False)
    assert proc.returncode == 0, proc.stderr
    warnings = [line for line in proc.stderr.splitlines() if "MangoPatchLoader." in line]
    assert warnings == [], "\n".join(warnings)
    return binary


# ------------------------------------------------------------------------------------ the server


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class Server:
    root: Path
    base: str


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("www")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(root, f"http://127.0.0.1:{httpd.server_address[1]}")
    finally:
        httpd.shutdown()
        httpd.server_close()


# ------------------------------------------------------------------------------------ the CLI


def mangopy(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MANGOPY_KEY_PASSPHRASE": PASSPHRASE, "MANGOPY_CACHE_DIR": str(cwd / ".cache")}
    env.pop("MANGOPY_AES_KEY", None)
    proc = subprocess.run(
        [sys.executable, "-m", "mangopy", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )
    assert proc.returncode == 0, f"mangopy {' '.join(args)}\n{proc.stdout}{proc.stderr}"
    return proc


@dataclass(frozen=True)
class Key:
    private: Path
    keyid: str
    point: str  # base64 of the X9.63 point

    @property
    def pin(self) -> str:
        return f"{self.keyid}={self.point}"


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Key]:
    """`current` and `next` (both pinned by the app) and `stranger` (never pinned)."""
    work = tmp_path_factory.mktemp("keys")
    found: dict[str, Key] = {}
    for name in ("current", "next", "stranger"):
        out = mangopy("keys", "generate", "--out", f"keys/{name}", cwd=work).stdout
        keyid = re.search(r"key id: ([0-9a-f]{16})", out)
        point = re.search(r"public key \(base64 of the X9\.63 point\): (\S+)", out)
        assert keyid and point, out
        found[name] = Key(work / "keys" / f"{name}.key", keyid.group(1), point.group(1))
    return found


@dataclass
class Release:
    """A release directory made by `mangopy release`, served under the test's own path."""

    root: Path
    url: str
    keys: dict[str, Key]
    work: Path

    def add(
        self,
        text: str,
        patch_id: str,
        *options: str,
        build: str = "412",
        app_version: str = "4.2.0",
        priority: str = "immediate",
        key: str = "current",
    ) -> dict[str, Any]:
        source = self.work / f"{patch_id}.mf"
        source.write_text(text, encoding="utf-8")
        mangopy(
            "release", "add", str(source), "--repo", str(self.root), "--key", str(self.keys[key].private),
            "--app", APP, "--app-version", app_version, "--build", build, "--priority", priority,
            "--id", patch_id, *options,
            cwd=self.work,
        )  # fmt: skip
        return self.patch(patch_id)

    def command(self, *args: str, key: str = "current") -> None:
        mangopy("release", *args, "--repo", str(self.root), "--key", str(self.keys[key].private), cwd=self.work)

    @property
    def index(self) -> Path:
        return self.root / "index.json"

    def payload(self) -> dict[str, Any]:
        doc: dict[str, Any] = json.loads(base64.b64decode(json.loads(self.index.read_bytes())["payload"]))
        return doc

    def patch(self, patch_id: str) -> dict[str, Any]:
        return next(p for p in self.payload()["patches"] if p["id"] == patch_id)

    def blob(self, patch_id: str) -> Path:
        return self.root / self.patch(patch_id)["url"]


@pytest.fixture
def release(server: Server, keys: dict[str, Key], tmp_path: Path, request: pytest.FixtureRequest) -> Release:
    name = re.sub(r"\W+", "-", request.node.name)
    root = server.root / name
    work = tmp_path / "work"
    work.mkdir()
    return Release(root, f"{server.base}/{name}/index.json", keys, work)


# ---------------------------------------------------------------------------------- the device


@dataclass
class Launch:
    events: list[dict[str, Any]]

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == kind]

    @property
    def evals(self) -> list[tuple[str, str]]:
        """What the delegate (standing for MangoFix) received: (patch id, script)."""
        return [(e["patch"], e["script"]) for e in self.of("eval")]

    @property
    def results(self) -> dict[str, str]:
        return {e["step"]: e["result"] for e in self.of("result")}

    @property
    def log(self) -> list[str]:
        return [e["message"] for e in self.of("log")]


@dataclass
class Device:
    """One install of the app: its state directory survives between launches (harness runs)."""

    binary: Path
    release: Release
    state: Path
    install: str = "install-0001"
    build: str = "412"
    app_version: str = "4.2.0"
    os_version: str = "14.1"
    pins: list[str] = field(default_factory=list)
    aes: str | None = None

    def launch(self, *steps: str, handler: str = "delegate", now: float | None = None, **extra: str) -> Launch:
        args = [
            str(self.binary), "--index", self.release.url, "--state", str(self.state), "--install", self.install,
            "--build", self.build, "--app-version", self.app_version, "--os", self.os_version, "--app", APP,
            "--handler", handler,
        ]  # fmt: skip
        for pin in self.pins:
            args += ["--key", pin]
        if self.aes is not None:
            args += ["--aes", self.aes]
        if now is not None:
            args += ["--now", repr(now)]
        for name, value in extra.items():
            args += [f"--{name.replace('_', '-')}", value]
        proc = subprocess.run([*args, *steps], capture_output=True, text=True, timeout=60, check=False)
        assert proc.returncode == 0, proc.stderr
        return Launch([json.loads(line) for line in proc.stdout.splitlines() if line.strip()])

    def state_doc(self) -> dict[str, Any]:
        doc: dict[str, Any] = json.loads((self.state / "state.json").read_text(encoding="utf-8"))
        return doc

    def guard_doc(self) -> dict[str, Any]:
        doc: dict[str, Any] = json.loads((self.state / "guard.json").read_text(encoding="utf-8"))
        return doc

    def current(self) -> str | None:
        current = self.state_doc().get("current")
        return current["id"] if current else None


@pytest.fixture
def device(harness: Path, release: Release, keys: dict[str, Key], tmp_path: Path) -> Device:
    return Device(harness, release, tmp_path / "device", pins=[keys["current"].pin, keys["next"].pin])


def applied(device: Device, patch_id: str, text: str) -> None:
    """The device applies `patch_id` at the next launch: the previous patch is still there."""
    launch = device.launch("apply", "healthy")
    assert launch.results["apply"] == f"applied {patch_id}"
    assert launch.evals == [(patch_id, text)]
    assert device.current() == patch_id


def good_first_patch(release: Release, device: Device) -> None:
    release.add(FIX1, "fix-1")
    launch = device.launch("apply", "check", "healthy")
    assert launch.results["check"] == "applied fix-1"
    assert launch.evals == [("fix-1", FIX1)]


# ------------------------------------------------------------------------------------- applied


def test_good_plain_patch_is_applied_now_and_at_every_launch(release: Release, device: Device) -> None:
    patch = release.add(FIX1, "fix-1")
    assert patch["encrypted"] is False
    launch = device.launch("apply", "check", "healthy")
    assert launch.results == {"apply": "none", "check": "applied fix-1", "healthy": "healthy fix-1"}
    assert launch.evals == [("fix-1", FIX1)]
    assert any(line == f"signature verified with key {release.keys['current'].keyid}" for line in launch.log)
    # the verified blob is kept: the next launch applies it before (and without) the network
    stored = device.state / "blobs" / patch["sha256"]
    assert stored.read_bytes() == FIX1.encode()
    applied(device, "fix-1", FIX1)
    # the same index again: nothing new
    again = device.launch("apply", "check", "healthy")
    assert again.results["check"] == "unchanged fix-1"
    assert again.evals == [("fix-1", FIX1)]  # from "apply" only
    assert device.state_doc()["highest_version"] == 1


def test_default_handler_is_mangofix_mfcontext(release: Release, device: Device) -> None:
    release.add(FIX1, "fix-1")
    device.aes = AES_KEY
    launch = device.launch("check", handler="source")
    assert launch.of("mfcontext-init") == [{"event": "mfcontext-init", "key": AES_KEY, "iv": ""}]
    assert [e["script"] for e in launch.of("mfcontext-source")] == [FIX1]
    # an SDK whose MFContext only takes AES-128 packages gets the script packaged with the key
    launch = device.launch("healthy", "apply", handler="data")
    (data,) = launch.of("mfcontext-data")
    assert sdkcrypto.decrypt(bytes.fromhex(data["hex"]), AES_KEY) == FIX1.encode()


def test_good_encrypted_patch_is_decrypted_and_applied(release: Release, device: Device) -> None:
    patch = release.add(FIX2, "fix-enc", "--encrypt-key", AES_KEY)
    assert patch["encrypted"] is True
    blob = release.blob("fix-enc").read_bytes()
    assert sdkcrypto.decrypt(blob, AES_KEY) == FIX2.encode()
    # without the key, or with a wrong one, nothing runs
    no_key = device.launch("check")
    assert no_key.results["check"] == "rejected fix-enc: encrypted, and no aesKey set"
    device.aes = "not-the-key"
    wrong = device.launch("check")
    assert wrong.results["check"].startswith("rejected fix-enc: cannot decrypt")
    assert no_key.evals == wrong.evals == []
    device.aes = AES_KEY
    launch = device.launch("check", "healthy")
    assert launch.results["check"] == "applied fix-enc"
    assert launch.evals == [("fix-enc", FIX2)]
    # MangoFix's own decryption path receives the package exactly as released
    data = device.launch("healthy", "apply", handler="data").of("mfcontext-data")
    assert [bytes.fromhex(e["hex"]) for e in data] == [blob]


def test_next_launch_priority_waits_for_the_next_start(release: Release, device: Device) -> None:
    good_first_patch(release, device)
    release.add(FIX2, "fix-2", priority="next-launch")
    launch = device.launch("apply", "check", "healthy")
    assert launch.results["check"] == "scheduled fix-2"
    assert launch.evals == [("fix-1", FIX1)]  # this launch keeps running fix-1
    applied(device, "fix-2", FIX2)


# ------------------------------------------------------------------------------------ rejected


def test_tampered_index_is_rejected_and_the_previous_patch_kept(release: Release, device: Device) -> None:
    good_first_patch(release, device)
    release.add(FIX2, "fix-2")
    envelope = json.loads(release.index.read_bytes())
    payload = bytearray(base64.b64decode(envelope["payload"]))
    at = payload.index(b'"4.2.0"') + 5
    payload[at] ^= 0x01  # "4.2.0" -> "4.2.1": one flipped bit of the payload
    envelope["payload"] = base64.b64encode(bytes(payload)).decode()
    release.index.write_text(json.dumps(envelope), encoding="utf-8")
    launch = device.launch("check")
    assert launch.results["check"] == "rejected: bad signature"
    assert launch.evals == []
    assert device.current() == "fix-1"
    assert device.state_doc()["highest_version"] == 1  # nothing of the rejected index is kept
    applied(device, "fix-1", FIX1)
    # a signature that is not base64 DER, or no signature at all: rejected too
    envelope["payload"] = base64.b64encode(bytes(payload)).decode()
    envelope["signatures"][0]["sig"] = base64.b64encode(b"\x30\x06\x02\x01\x01\x02\x01\x01").decode()
    release.index.write_text(json.dumps(envelope), encoding="utf-8")
    assert device.launch("check").results["check"] == "rejected: bad signature"
    release.index.write_text(json.dumps({"payload": envelope["payload"], "signatures": []}), encoding="utf-8")
    assert device.launch("check").results["check"].startswith("rejected: unknown key")
    release.index.write_text("<html>not json</html>", encoding="utf-8")
    assert device.launch("check").results["check"] == "rejected: not a signed index"
    assert device.current() == "fix-1"


def test_tampered_blob_is_rejected_and_the_previous_patch_kept(release: Release, device: Device) -> None:
    good_first_patch(release, device)
    release.add(FIX2, "fix-2")
    blob = release.blob("fix-2")
    original = blob.read_bytes()
    blob.write_bytes(original.replace(b"Orders", b"Hacked"))  # same size, other bytes
    launch = device.launch("check")
    assert launch.results["check"] == "rejected fix-2: blob sha256 mismatch (kept fix-1)"
    assert launch.evals == []
    blob.write_bytes(original + b"\n")
    launch = device.launch("check")
    assert (
        launch.results["check"]
        == f"rejected fix-2: blob size {len(original) + 1}, index says {len(original)} (kept fix-1)"
    )
    blob.unlink()
    assert device.launch("check").results["check"].startswith("rejected fix-2: blob fetch failed")
    assert device.current() == "fix-1"
    applied(device, "fix-1", FIX1)
    # the blob kept on the device is checked too at launch
    stored = device.state / "blobs" / release.patch("fix-1")["sha256"]
    stored.write_bytes(stored.read_bytes().replace(b"super", b"SUPER"))
    launch = device.launch("apply")
    assert launch.results["apply"] == "dropped fix-1: the stored blob is missing or altered"
    assert launch.evals == []


def test_replayed_older_index_is_rejected(release: Release, device: Device) -> None:
    good_first_patch(release, device)
    old = release.index.read_bytes()  # version 1, validly signed
    release.add(FIX2, "fix-2")
    assert device.launch("check", "healthy").evals == [("fix-2", FIX2)]
    assert device.state_doc()["highest_version"] == 2
    release.index.write_bytes(old)
    launch = device.launch("check")
    assert launch.results["check"] == "rejected: rollback (version 1 < 2)"
    assert launch.evals == []
    assert device.current() == "fix-2"
    applied(device, "fix-2", FIX2)


def test_expired_index_is_rejected_and_the_last_verified_patch_kept(release: Release, device: Device) -> None:
    good_first_patch(release, device)
    release.add(FIX2, "fix-2", "--expires-in", "2d")
    expires = release.payload()["expires"]
    launch = device.launch("check", now=time.time() + 3 * DAY)
    assert launch.results["check"] == f"rejected: expired ({expires})"
    assert launch.evals == []
    assert device.state_doc()["highest_version"] == 1
    assert device.current() == "fix-1"
    applied(device, "fix-1", FIX1)  # an expired index does not stop the verified patch
    # `release resign` pushes the expiry forward
    release.command("resign", "--expires-in", "30d")
    launch = device.launch("check", now=time.time() + 3 * DAY)
    assert launch.results["check"] == "applied fix-2"


def test_wrong_build_is_not_applied(release: Release, device: Device) -> None:
    good_first_patch(release, device)
    release.add(FIX2, "fix-2", build="999")
    launch = device.launch("check")
    assert launch.results["check"] == "unchanged fix-1"
    assert "skip fix-2: build (this app: 412; targets 999)" in launch.log
    assert launch.evals == []
    applied(device, "fix-1", FIX1)
    # a build the release does not name takes nothing
    device.build = "411"
    assert device.launch("check").results["check"] == "none"
    # and an app updated to another build drops the cached patch instead of running it
    device.build = "412"
    device.launch("check")
    device.build = "413"
    launch = device.launch("apply")
    assert launch.results["apply"] == "dropped fix-1: build (this app: 413; targets 412)"
    assert launch.evals == []


def test_wrong_app_version_is_not_applied(release: Release, device: Device) -> None:
    good_first_patch(release, device)
    release.add(FIX2, "fix-2", app_version="4.3.0")
    launch = device.launch("check")
    assert launch.results["check"] == "unchanged fix-1"
    assert "skip fix-2: app version 4.3.0 (this app: 4.2.0)" in launch.log
    assert launch.evals == []
    applied(device, "fix-1", FIX1)


def test_os_range(release: Release, device: Device) -> None:
    good_first_patch(release, device)
    release.add(FIX2, "fix-new-os", "--os-min", "15.0")
    release.add(FIX3, "fix-old-os", "--os-max", "13.9")
    launch = device.launch("check")  # OS 14.1
    assert launch.results["check"] == "unchanged fix-1"
    assert "skip fix-new-os: OS 14.1 below 15.0" in launch.log
    assert "skip fix-old-os: OS 14.1 above 13.9" in launch.log
    assert launch.evals == []
    applied(device, "fix-1", FIX1)
    device.os_version = "15"  # 15 == 15.0: inclusive, missing components are 0
    assert device.launch("check").evals == [("fix-new-os", FIX2)]
    device.os_version = "13.9.0"
    assert device.launch("healthy", "check").evals == [("fix-old-os", FIX3)]


def test_wrong_app_is_rejected(release: Release, device: Device) -> None:
    release.add(FIX1, "fix-1")
    launch = device.launch("check", app="com.example.other")
    assert launch.results["check"] == f"rejected: app {APP} (this app: com.example.other)"
    assert launch.evals == []


def test_revoked_patch_is_disabled(release: Release, device: Device) -> None:
    good_first_patch(release, device)
    release.add(FIX2, "fix-2")
    assert device.launch("check", "healthy").evals == [("fix-2", FIX2)]
    release.command("revoke", "fix-2")
    launch = device.launch("check", "healthy")
    assert "disabled fix-2: revoked" in launch.log
    assert "skip fix-2: revoked" in launch.log
    assert launch.results["check"] == "applied fix-1"  # the last listed that is not revoked
    assert launch.evals == [("fix-1", FIX1)]
    assert "fix-2" in device.state_doc()["disabled"]
    applied(device, "fix-1", FIX1)
    release.command("revoke", "fix-1")
    launch = device.launch("check")
    assert "disabled fix-1: revoked" in launch.log
    assert launch.results["check"] == "none"
    next_launch = device.launch("apply")
    assert next_launch.results["apply"] == "none"
    assert next_launch.evals == []


def test_unknown_key_is_rejected(release: Release, device: Device, keys: dict[str, Key]) -> None:
    good_first_patch(release, device)
    release.add(FIX2, "fix-2")
    release.command("resign", key="stranger")  # signed by a key the app does not pin
    assert [s["keyid"] for s in json.loads(release.index.read_bytes())["signatures"]] == [keys["stranger"].keyid]
    launch = device.launch("check")
    assert launch.results["check"] == "rejected: unknown key (no signature by a pinned key)"
    assert launch.evals == []
    # a pin whose key id is the stranger's but whose point is another key's is not trusted
    device.pins = [f"{keys['stranger'].keyid}={keys['current'].point}"]
    launch = device.launch("check")
    assert f"pinned key {keys['stranger'].keyid} does not match its point: ignored" in launch.log
    assert launch.results["check"] == "rejected: unknown key (no signature by a pinned key)"
    assert device.current() == "fix-1"
    applied(device, "fix-1", FIX1)


def test_rotation_to_the_next_pinned_key(release: Release, device: Device, keys: dict[str, Key]) -> None:
    good_first_patch(release, device)
    release.add(FIX2, "fix-2", key="next")  # the first write with the next key re-signs the index
    launch = device.launch("check")
    assert f"signature verified with key {keys['next'].keyid}" in launch.log
    assert launch.results["check"] == "applied fix-2"
    # an app that pins only the old key does not follow
    device.pins = [keys["current"].pin]
    assert device.launch("check").results["check"].startswith("rejected: unknown key")


def test_crash_guard_disables_a_patch_that_never_reaches_healthy(release: Release, device: Device) -> None:
    release.add(FIX1, "fix-1")
    first = device.launch("apply", "check")  # crashes before markHealthy
    assert first.evals == [("fix-1", FIX1)]
    second = device.launch("apply")  # 1 crash of 2: applied again, crashes again
    assert "crash guard: fix-1 did not reach markHealthy (1 of 2)" in second.log
    assert second.evals == [("fix-1", FIX1)]
    third = device.launch("apply", "check", "healthy")
    assert third.results["apply"] == "disabled fix-1: crashed 2 times"
    assert "skip fix-1: disabled on this device" in third.log
    assert third.results["check"] == "none"
    assert third.evals == []
    assert device.state_doc()["disabled"] == ["fix-1"]
    assert device.launch("apply").evals == []
    # a later fix is applied; launches that reach markHealthy never count
    release.add(FIX2, "fix-2")
    for _ in range(3):
        launch = device.launch("apply", "check", "healthy")
        assert ("fix-2", FIX2) in launch.evals
    assert device.guard_doc() == {"crashes": {"fix-1": 2}}


def test_crash_guard_limit_is_configurable(release: Release, device: Device) -> None:
    release.add(FIX1, "fix-1")
    device.launch("check", max_crashes="1")
    launch = device.launch("apply", max_crashes="1")
    assert launch.results["apply"] == "disabled fix-1: crashed 1 times"
    assert launch.evals == []


# ------------------------------------------------------------------------ rollout, cross-checked


def test_bucket_and_rollout_match_the_python_client(harness: Path) -> None:
    rng = random.Random(15)
    installs = [f"{rng.getrandbits(128):032x}".upper() for _ in range(1000)]
    installs[:3] = ["", "ünïcødé-install", "A" * 200]
    salt = f"{rng.getrandbits(128):032x}"
    for patch_id, percent in (("cart-crash-1", 10.0), ("orders-2", 12.34), ("all", 100.0), ("none", 0.0)):
        proc = subprocess.run(
            [str(harness), "bucket", patch_id, salt, repr(percent)],
            input="\n".join(installs) + "\n",
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        rows = [line.split() for line in proc.stdout.splitlines()]
        assert len(rows) == len(installs)
        threshold = round(percent * 100)
        for install, (bucket, takes) in zip(installs, rows, strict=True):
            expected = client.bucket(install, patch_id, salt)
            assert int(bucket) == expected, install
            assert takes == str(int(expected < threshold)), install
        taken = sum(int(takes) for _, takes in rows)
        if percent == 100.0:
            assert taken == len(installs)
        elif percent == 0.0:
            assert taken == 0


def test_fleet_decisions_match_the_python_client(release: Release, harness: Path, keys: dict[str, Key]) -> None:
    release.add(FIX1, "fix-a", "--rollout", "50%", priority="next-launch")
    release.add(FIX2, "fix-b", "--rollout", "30%", "--os-min", "14", build="413", priority="next-launch")
    release.add(FIX3, "fix-c", "--rollout", "12.5%", "--build", "413", priority="next-launch")
    release.add(script("ShopGone"), "fix-gone", priority="next-launch")
    release.command("revoke", "fix-gone")
    rng = random.Random(1015)
    fleet = [
        (
            f"device-{i:04d}-{rng.getrandbits(32):08x}",
            rng.choice(["412", "413", "414"]),
            rng.choice(["13.0", "14", "15.2"]),
        )
        for i in range(1000)
    ]
    state = release.work / "fleet"
    proc = subprocess.run(
        [
            str(harness), "fleet", "--index", release.url, "--state", str(state), "--app", APP,
            "--key", keys["current"].pin,
        ],
        input="".join(f"{i} {b} {o}\n" for i, b, o in fleet),
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    results = dict(line.split(" ", 1) for line in proc.stdout.splitlines())
    payload = parse_payload(base64.b64decode(json.loads(release.index.read_bytes())["payload"]))
    counts: dict[str, int] = {}
    for install, build, os_version in fleet:
        decision = client.decide(payload, install, "4.2.0", build, os_version, time.time())
        assert decision.accepted
        expected = f"scheduled {decision.patch_id}" if decision.patch else "none"
        assert results[install] == expected, (install, build, os_version)
        counts[expected] = counts.get(expected, 0) + 1
    # every branch of the decision is exercised
    assert set(counts) == {"scheduled fix-a", "scheduled fix-b", "scheduled fix-c", "none"}, counts


# ----------------------------------------------------------------------------------- packaging


def test_sdk_loader_writes_the_shipped_files(tmp_path: Path) -> None:
    mangopy("sdk", "loader", "--out", "Vendor/MangoPatchLoader", cwd=tmp_path)
    out = tmp_path / "Vendor" / "MangoPatchLoader"
    assert sorted(p.name for p in out.iterdir()) == ["MangoPatchLoader.h", "MangoPatchLoader.m"]
    for name in ("MangoPatchLoader.h", "MangoPatchLoader.m"):
        assert (out / name).read_bytes() == (LOADER_DIR / name).read_bytes()


def test_key_id_matches_the_cli(harness: Path, keys: dict[str, Key]) -> None:
    for key in keys.values():
        proc = subprocess.run([str(harness), "keyid", key.point], capture_output=True, text=True, check=True)
        assert proc.stdout.strip() == key.keyid
