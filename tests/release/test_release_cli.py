"""`mangopy keys` and `mangopy release` as real processes: keys, the checker's gate, every command's
exit codes, verification of tampered, expired and wrongly signed releases, and `release add` killed
at every step of its writes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from mangopy import sdkcrypto
from mangopy.cli import main
from mangopy.release import keys, repo
from tests.release.support import BROKEN, EXAMPLES, PASSPHRASE, ROOT, SCRIPT, SCRIPT_2, make_release, run, write_keys


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MANGOPY_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("MANGOPY_AES_KEY", raising=False)
    shutil.copy(EXAMPLES / "app_classes.json", tmp_path / "app_classes.json")
    (tmp_path / "fix.mg").write_text(SCRIPT, encoding="utf-8")
    (tmp_path / "fix2.mg").write_text(SCRIPT_2, encoding="utf-8")
    (tmp_path / "broken.mg").write_text(BROKEN, encoding="utf-8")
    write_keys(tmp_path / "keys")
    return tmp_path


ADD = ["--repo", "release", "--key", "keys/release.key", "--app", "com.example.shop", "--app-version", "4.2.0"]


def add(work: Path, script: str = "fix.mg", *extra: str) -> subprocess.CompletedProcess[str]:
    return run("release", "add", script, *ADD, "--build", "412", *extra, cwd=work)


def listed(work: Path) -> dict[str, object]:
    proc = run("release", "list", "--repo", "release", "--public-key", "keys/release.pub", "--json", cwd=work)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def verify(work: Path, *extra: str, public: str = "keys/release.pub") -> subprocess.CompletedProcess[str]:
    return run("release", "verify", "release", "--public-key", public, *extra, cwd=work)


# --- keys --------------------------------------------------------------------------------------------------


def test_keys_generate(tmp_path: Path) -> None:
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    proc = run("keys", "generate", "--out", "k/release", "--passphrase-file", "pass", cwd=tmp_path, env={})
    assert proc.returncode == 0, proc.stderr
    private, public = tmp_path / "k" / "release.key", tmp_path / "k" / "release.pub"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    key = keys.load_private(private.read_bytes(), PASSPHRASE.encode())  # the file's newline is not part of it
    pub = keys.load_public(public.read_bytes())
    assert keys.key_id(pub) == keys.key_id(key.public_key())
    assert f"key id: {keys.key_id(pub)}" in proc.stdout
    assert keys.point_base64(pub) in proc.stdout
    assert f'loader.publicKeys = @{{@"{keys.key_id(pub)}": @"{keys.point_base64(pub)}"}};' in proc.stdout
    again = run("keys", "generate", "--out", "k/release", "--passphrase-file", "pass", cwd=tmp_path)
    assert again.returncode == 2 and "refusing to overwrite" in again.stderr
    assert keys.load_private(private.read_bytes(), PASSPHRASE.encode())  # untouched


def test_keys_generate_prompts_with_confirmation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(
        main, ["keys", "generate", "--out", "release"], input="s3cret\ns3cret\n", env={"MANGOPY_KEY_PASSPHRASE": None}
    )
    assert result.exit_code == 0, result.output
    assert keys.load_private((tmp_path / "release.key").read_bytes(), b"s3cret")
    empty = runner.invoke(main, ["keys", "generate", "--out", "other"], env={"MANGOPY_KEY_PASSPHRASE": ""})
    assert empty.exit_code == 2 and not (tmp_path / "other.key").exists()


# --- add and the checker ---------------------------------------------------------------------------------------


def test_add_refuses_a_script_with_errors(work: Path) -> None:
    proc = add(work, "broken.mg", "--manifest", "app_classes.json")
    assert proc.returncode == 1
    assert "MF101" in proc.stderr and "not released" in proc.stderr and "--force" not in proc.stderr
    assert not (work / "release").exists()


def test_add_encrypts_and_records_the_manifest(work: Path) -> None:
    (work / "aes.key").write_text("k3y-0123\n")
    proc = add(work, "fix.mg", "--manifest", "app_classes.json", "--encrypt-key-file", "aes.key", "--rollout", "10%")
    assert proc.returncode == 0, proc.stderr
    assert "added fix-" in proc.stdout and "index version 1" in proc.stdout
    patch = listed(work)["patches"][0]  # type: ignore[index]
    manifest_sha = __import__("hashlib").sha256((work / "app_classes.json").read_bytes()).hexdigest()
    assert patch["target"]["manifest_sha256"] == manifest_sha
    assert patch["encrypted"] is True and patch["rollout"]["percent"] == 10.0
    blob = (work / "release" / patch["url"]).read_bytes()
    assert sdkcrypto.decrypt(blob, "k3y-0123") == SCRIPT.encode()
    # $MANGOPY_AES_KEY works too; no key: the script's text
    env_add = run(
        "release", "add", "fix2.mg", *ADD, "--build", "413", "--id", "two", cwd=work, env={"MANGOPY_AES_KEY": "x"}
    )
    assert env_add.returncode == 0, env_add.stderr
    plain = add(work, "fix2.mg", "--id", "three")
    assert plain.returncode == 0 and "the blob is the script's text" in plain.stderr
    patches = listed(work)["patches"]
    assert [p["encrypted"] for p in patches] == [True, True, False]  # type: ignore[index]
    assert verify(work).returncode == 0


def test_add_refusals_exit_2(work: Path) -> None:
    assert add(work).returncode == 0
    dup = add(work, "fix.mg", "--id", listed(work)["patches"][0]["id"])  # type: ignore[index]
    assert dup.returncode == 2 and "already used" in dup.stderr
    for bad in (["--rollout", "150%"], ["--rollout", "1.234"], ["--os-min", "13.x"], ["--id", "a b"]):
        proc = add(work, "fix2.mg", *bad)
        assert proc.returncode == 2, (bad, proc.stderr)
    bad_pass = run("release", "add", "fix2.mg", *ADD, "--build", "1", cwd=work, env={"MANGOPY_KEY_PASSPHRASE": "no"})
    assert bad_pass.returncode == 2 and "wrong passphrase" in bad_pass.stderr
    other_app = run(
        "release", "add", "fix2.mg", *ADD[:4], "--app", "com.other", "--app-version", "1", "--build", "1", cwd=work
    )
    assert other_app.returncode == 2 and "not com.other" in other_app.stderr


# --- the other commands ----------------------------------------------------------------------------------------


def test_rollout_revoke_resign_list_and_versions(work: Path) -> None:
    assert add(work, "fix.mg", "--id", "cart-1", "--rollout", "10%", "--os-min", "13.0").returncode == 0
    versions = [listed(work)["version"]]
    steps = [
        ("release", "rollout", "cart-1", "20%"),
        ("release", "rollout", "cart-1", "5"),
        ("release", "revoke", "cart-1"),
        ("release", "resign", "--expires-in", "2w"),
    ]
    for step in steps:
        proc = run(*step, "--repo", "release", "--key", "keys/release.key", cwd=work)
        assert proc.returncode == 0, proc.stderr
        versions.append(listed(work)["version"])
        assert verify(work).returncode == 0
    assert versions == [1, 2, 3, 4, 5]
    index = listed(work)
    assert index["revoked"] == ["cart-1"] and index["patches"][0]["rollout"]["percent"] == 5.0  # type: ignore[index]
    table = run("release", "list", "--repo", "release", cwd=work)
    assert table.returncode == 0 and "not checked" in table.stdout
    assert "cart-1" in table.stdout and "revoked" in table.stdout and "13.0-" in table.stdout
    again = run("release", "revoke", "cart-1", "--repo", "release", "--key", "keys/release.key", cwd=work)
    assert again.returncode == 2 and "already revoked" in again.stderr
    assert listed(work)["version"] == 5  # nothing written
    unknown = run("release", "rollout", "nope", "10", "--repo", "release", "--key", "keys/release.key", cwd=work)
    assert unknown.returncode == 2 and "no patch 'nope'" in unknown.stderr
    missing = run("release", "resign", "--repo", "nowhere", "--key", "keys/release.key", cwd=work)
    assert missing.returncode == 2


def test_verify_exit_codes(work: Path) -> None:
    assert add(work, "fix.mg", "--id", "one", "--expires-in", "1d").returncode == 0
    ok = verify(work)
    assert ok.returncode == 0 and "ok: com.example.shop version 1" in ok.stdout
    pub = keys.load_public((work / "keys" / "release.pub").read_bytes())
    assert verify(work, public=keys.point_base64(pub)).returncode == 0  # the base64 point itself
    # expired (a phone would reject it), and the wrong key
    expired = verify(work, "--now", "2099-01-01T00:00:00Z")
    assert expired.returncode == 1 and "problem: index.json: expired at" in expired.stdout
    write_keys(work / "other")
    wrong = verify(work, public="other/release.pub")
    assert wrong.returncode == 1 and "no signature by a trusted key" in wrong.stdout
    both = run(
        "release",
        "verify",
        "release",
        "--public-key",
        "other/release.pub",
        "--public-key",
        "keys/release.pub",
        cwd=work,
    )
    assert both.returncode == 0  # the app pins the current key and the next
    # unusable input: exit 2
    assert run("release", "verify", "nowhere", "--public-key", "keys/release.pub", cwd=work).returncode == 2
    assert verify(work, public="no-such.pub").returncode == 2
    assert verify(work, "--now", "yesterday").returncode == 2


def test_verify_reports_each_problem(work: Path) -> None:
    assert add(work, "fix.mg", "--id", "one").returncode == 0
    assert add(work, "fix2.mg", "--id", "two").returncode == 0
    for blob in (work / "release" / "blobs").iterdir():
        blob.write_bytes(blob.read_bytes() + b"\n")
    proc = verify(work)
    assert proc.returncode == 1
    problems = [line for line in proc.stdout.splitlines() if line.startswith("problem:")]
    assert len(problems) == 4 and "2 problem(s)" not in proc.stdout and "4 problem(s)" in proc.stdout
    (work / "release" / "index.json").write_text("garbage")
    garbage = verify(work)
    assert garbage.returncode == 1 and "not JSON" in garbage.stdout


def test_a_tampered_index_is_detected_and_not_re_signed(work: Path) -> None:
    import base64

    assert add(work, "fix.mg", "--id", "one", "--rollout", "1%").returncode == 0
    path = work / "release" / "index.json"
    env = json.loads(path.read_text())
    env["payload"] = base64.b64encode(
        base64.b64decode(env["payload"]).replace(b'"percent":1.0', b'"percent":100.0')
    ).decode()
    path.write_text(json.dumps(env))
    proc = verify(work)
    assert proc.returncode == 1 and "does not verify" in proc.stdout
    resign = run("release", "resign", "--repo", "release", "--key", "keys/release.key", cwd=work)
    assert resign.returncode == 2 and "altered" in resign.stderr


# --- killed in the middle --------------------------------------------------------------------------------------

KILLER = """
import os, signal, sys, tempfile
from mangopy.release import repo

N = int(os.environ["KILL_AT"])
count = [0]


class Killing:
    def __init__(self, module):
        self._module = module

    def __getattr__(self, name):
        attr = getattr(self._module, name)
        if not callable(attr) or isinstance(attr, type):
            return attr

        def counted(*args, **kwargs):
            count[0] += 1
            if count[0] == N:
                os.kill(os.getpid(), signal.SIGKILL)
            return attr(*args, **kwargs)

        return counted


repo.os = Killing(os)
repo.tempfile = Killing(tempfile)
sys.argv = ["mangopy", *sys.argv[1:]]
from mangopy.cli import run

run()
"""


def _check_intact(root: Path, key: keys.PublicKey, before: bytes) -> int:
    report = repo.verify(root, [key])
    assert report.ok, report.problems
    assert report.payload is not None
    if report.payload.version == 1:
        assert (root / "index.json").read_bytes() == before
    else:
        assert report.payload.version == 2 and [p.id for p in report.payload.patches] == ["fix-1", "two"]
    return report.payload.version


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL")
def test_release_add_killed_at_every_step(work: Path) -> None:
    """SIGKILL before each call `release add` makes to os and tempfile: the release verifies after each."""
    key, _, _ = write_keys(work / "k2")
    make_release(work / "base", key, SCRIPT)
    before = (work / "base" / "index.json").read_bytes()
    (work / "killer.py").write_text(KILLER)
    args = ["fix2.mg", "--repo", "release", "--key", "k2/release.key", "--app-version", "4.2.0", "--build", "412"]
    seen, n = [], 0
    while True:
        n += 1
        shutil.rmtree(work / "release", ignore_errors=True)
        shutil.copytree(work / "base", work / "release")
        proc = subprocess.run(
            [sys.executable, "killer.py", "release", "add", *args, "--id", "two"],
            cwd=work,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "KILL_AT": str(n), "MANGOPY_KEY_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)},
        )
        assert proc.returncode in (0, -signal.SIGKILL), proc.stderr
        seen.append((proc.returncode, _check_intact(work / "release", key.public_key(), before)))
        if proc.returncode == 0:
            break
    assert n > 15 and seen[-1] == (0, 2) and sum(v == 1 for _, v in seen) > 5


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL")
def test_release_add_killed_at_random_moments(work: Path) -> None:
    key, _, _ = write_keys(work / "k2")
    make_release(work / "base", key, SCRIPT)
    before = (work / "base" / "index.json").read_bytes()
    args = ["release", "add", "fix2.mg", "--repo", "release", "--key", "k2/release.key", "--app-version", "4.2.0"]
    command = [sys.executable, "-m", "mangopy", *args, "--build", "412", "--id", "two"]
    env = {**os.environ, "MANGOPY_KEY_PASSPHRASE": PASSPHRASE}
    shutil.copytree(work / "base", work / "release")
    t0 = time.perf_counter()
    assert subprocess.run(command, cwd=work, env=env, capture_output=True, timeout=120).returncode == 0
    whole = time.perf_counter() - t0
    for i in range(8):
        shutil.rmtree(work / "release")
        shutil.copytree(work / "base", work / "release")
        proc = subprocess.Popen(command, cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(whole * (0.55 + 0.07 * i))  # the writes come last, after the imports and the check
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        _check_intact(work / "release", key.public_key(), before)
