"""The SDK package format (AES-128 ECB, PKCS#7) and `mangopy encrypt` / `decrypt` as real processes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mangopy import sdkcrypto

ROOT = Path(__file__).resolve().parents[2]
KEY = "k3y-Ünïcode"  # 13 UTF-8 bytes: zero-padded to 16
SCRIPT = 'class OrderCell : UITableViewCell {\n- (void)prepareForReuse { NSLog(@"réinitialisé ✓"); }\n}\n'
BROKEN = "class OrderCell : UICollectionViewCell { }\n"


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    proc = subprocess.run(
        [sys.executable, "-m", "mangopy", *args],
        capture_output=True,
        cwd=cwd,
        timeout=60,
        env={**os.environ, **(env or {})},
    )
    assert b"Traceback" not in proc.stderr, proc.stderr
    return proc


# --- the format -----------------------------------------------------------------------------------


def test_fips197_known_answer() -> None:
    # FIPS-197 appendix C.1 (AES-128): key 00..0f, plaintext 00112233..ff. The key string of those
    # code points encodes to exactly those 16 bytes; the second block is a full block of padding.
    key = "".join(chr(i) for i in range(16))
    plain = bytes.fromhex("00112233445566778899aabbccddeeff")
    package = sdkcrypto.encrypt(plain, key)
    assert len(package) == 32
    assert package[:16].hex() == "69c4e0d86a7b0430d8cdb78070b4c55a"
    assert sdkcrypto.decrypt(package, key) == plain


def test_key_is_cut_or_zero_padded_to_16_bytes() -> None:
    assert sdkcrypto.aes_key("123456") == b"123456" + b"\0" * 10
    assert sdkcrypto.aes_key("0123456789abcdefXYZ") == b"0123456789abcdef"
    assert sdkcrypto.aes_key("é") == b"\xc3\xa9" + b"\0" * 14
    # Same 16 bytes, same package.
    assert sdkcrypto.encrypt(b"x", "0123456789abcdef") == sdkcrypto.encrypt(b"x", "0123456789abcdefTAIL")


def test_ecb_pkcs7_shape() -> None:
    assert len(sdkcrypto.encrypt(b"", KEY)) == 16  # an empty script is one block of padding
    assert len(sdkcrypto.encrypt(b"a" * 15, KEY)) == 16
    assert len(sdkcrypto.encrypt(b"a" * 16, KEY)) == 32
    package = sdkcrypto.encrypt(b"A" * 32, KEY)
    assert package[:16] == package[16:32]  # ECB: equal blocks, equal cipher blocks (why this is not security)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl command line not installed")
def test_matches_openssl(tmp_path: Path) -> None:
    script = SCRIPT.encode("utf-8")
    (tmp_path / "plain").write_bytes(script)
    hex_key = sdkcrypto.aes_key(KEY).hex()
    openssl = ["openssl", "enc", "-aes-128-ecb", "-K", hex_key, "-nosalt"]
    ours = sdkcrypto.encrypt(script, KEY)
    theirs = subprocess.run([*openssl, "-in", str(tmp_path / "plain")], capture_output=True, check=True).stdout
    assert ours == theirs
    (tmp_path / "pkg").write_bytes(ours)
    back = subprocess.run([*openssl, "-d", "-in", str(tmp_path / "pkg")], capture_output=True, check=True).stdout
    assert back == script


@given(st.binary(max_size=200), st.text(min_size=1, max_size=24))
def test_round_trip(script: bytes, key: str) -> None:
    package = sdkcrypto.encrypt(script, key)
    assert len(package) % 16 == 0 and len(package) > len(script)
    assert sdkcrypto.decrypt(package, key) == script


def test_damaged_packages() -> None:
    package = sdkcrypto.encrypt(SCRIPT.encode(), KEY)
    with pytest.raises(sdkcrypto.PackageError, match="empty"):
        sdkcrypto.decrypt(b"", KEY)
    with pytest.raises(sdkcrypto.PackageError, match="not a multiple of 16"):
        sdkcrypto.decrypt(package[:-3], KEY)
    with pytest.raises(sdkcrypto.PackageError, match="wrong key"):
        sdkcrypto.decrypt(package, "another key")


# --- the commands ---------------------------------------------------------------------------------


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MANGOPY_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("MANGOPY_AES_KEY", raising=False)
    shutil.copy(ROOT / "examples" / "app_classes.json", tmp_path / "app_classes.json")
    (tmp_path / "fix.mf").write_text(SCRIPT, encoding="utf-8")
    (tmp_path / "broken.mf").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def test_encrypt_then_decrypt_files(work: Path) -> None:
    enc = run("encrypt", "fix.mf", "--key", KEY, "--manifest", "app_classes.json", "-o", "fix.mf.enc", cwd=work)
    assert enc.returncode == 0, enc.stderr
    package = (work / "fix.mf.enc").read_bytes()
    assert package == sdkcrypto.encrypt(SCRIPT.encode("utf-8"), KEY)
    dec = run("decrypt", "fix.mf.enc", "--key", KEY, "-o", "back.mf", cwd=work)
    assert dec.returncode == 0, dec.stderr
    assert (work / "back.mf").read_text(encoding="utf-8") == SCRIPT
    assert KEY.encode() not in enc.stderr + enc.stdout + dec.stderr + dec.stdout


def test_key_from_file_and_environment(work: Path) -> None:
    (work / "key.txt").write_text(KEY + "\n", encoding="utf-8")
    enc = run("encrypt", "fix.mf", "--key-file", "key.txt", "--manifest", "app_classes.json", cwd=work)
    assert enc.returncode == 0, enc.stderr
    assert enc.stdout == sdkcrypto.encrypt(SCRIPT.encode("utf-8"), KEY)  # the newline is not part of the key
    (work / "pkg").write_bytes(enc.stdout)
    dec = run("decrypt", "pkg", env={"MANGOPY_AES_KEY": KEY}, cwd=work)
    assert dec.returncode == 0 and dec.stdout.decode("utf-8") == SCRIPT
    both = run("decrypt", "pkg", "--key", KEY, "--key-file", "key.txt", cwd=work)
    assert both.returncode == 2 and b"not both" in both.stderr
    none = run("decrypt", "pkg", cwd=work)
    assert none.returncode == 2 and b"MANGOPY_AES_KEY" in none.stderr


def test_encrypt_refuses_a_script_with_errors(work: Path) -> None:
    refused = run("encrypt", "broken.mf", "--key", KEY, "--manifest", "app_classes.json", "-o", "b.enc", cwd=work)
    assert refused.returncode == 1
    assert b"MF101" in refused.stderr and b"not packaged" in refused.stderr
    assert not (work / "b.enc").exists()
    forced = run(
        "encrypt", "broken.mf", "--key", KEY, "--manifest", "app_classes.json", "-o", "b.enc", "--force", cwd=work
    )
    assert forced.returncode == 0
    assert sdkcrypto.decrypt((work / "b.enc").read_bytes(), KEY) == BROKEN.encode()


@pytest.mark.parametrize(
    ("package", "message"),
    [
        (lambda p: p, b"wrong key"),  # decrypted with the other key below
        (lambda p: p[:-5], b"not a multiple of 16"),
        (lambda p: b"", b"empty"),
    ],
)
def test_decrypt_failures_write_nothing(work: Path, package: object, message: bytes) -> None:
    data = package(sdkcrypto.encrypt(SCRIPT.encode(), KEY))  # type: ignore[operator]
    (work / "pkg").write_bytes(data)
    proc = run("decrypt", "pkg", "--key", "not-the-key", "-o", "out.mf", cwd=work)
    assert proc.returncode == 2
    assert message in proc.stderr and proc.stderr.count(b"\n") == 1
    assert not (work / "out.mf").exists()
    assert b"not-the-key" not in proc.stderr


def test_bad_inputs_exit_2(work: Path) -> None:
    (work / "latin1.mf").write_bytes('NSLog(@"caf\xe9");'.encode("latin-1"))
    for args, message in [
        (("encrypt", "missing.mf", "--key", KEY), b"no such file"),
        (("encrypt", "latin1.mf", "--key", KEY), b"not valid UTF-8"),
        (("encrypt", "fix.mf", "--key", ""), b"the key is empty"),
        (("decrypt", "missing.enc", "--key", KEY), b"no such file"),
        (("decrypt", "fix.mf", "--key", KEY, "--key-file", "nope"), b"not both"),
        (("encrypt", "fix.mf", "--key-file", "nope.txt"), b"cannot read the key file"),
    ]:
        proc = run(*args, cwd=work)
        assert proc.returncode == 2, (args, proc.stderr)
        assert message in proc.stderr, (args, proc.stderr)


def test_long_key_warns_without_echoing_it(work: Path) -> None:
    long_key = "0123456789abcdef-and-more"
    proc = run("encrypt", "fix.mf", "--key", long_key, "--manifest", "app_classes.json", cwd=work)
    assert proc.returncode == 0
    assert b"only the first 16" in proc.stderr and b"at most 16 bytes" in proc.stderr
    assert long_key.encode() not in proc.stderr
    assert proc.stdout == sdkcrypto.encrypt(SCRIPT.encode(), "0123456789abcdef")


def test_encrypt_force_never_packages_what_mangofix_would_not_load(work: Path) -> None:
    (work / "syntax.mf").write_text(
        "// mangopy: ignore-file\nclass OrderCell : UITableViewCell {\n- (void)x { int a = 1 }\n}\n", encoding="utf-8"
    )
    (work / "pyproject.toml").write_text('[tool.mangopy]\nignore = ["MF003"]\n', encoding="utf-8")
    proc = run("encrypt", "syntax.mf", "--key", KEY, "-o", "s.enc", "--force", cwd=work)
    assert proc.returncode == 1
    assert b"MF003" in proc.stderr and b"refuse to load (even with --force)" in proc.stderr
    assert not (work / "s.enc").exists()
