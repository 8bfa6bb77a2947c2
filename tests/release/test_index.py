"""Release keys, the signed index's format, parsing, validation and signatures (docs/releasing.md)."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from mangopy.release import ReleaseError, keys
from mangopy.release.index import (
    IndexFormatError,
    Patch,
    Payload,
    Rollout,
    Target,
    check_signature,
    parse_envelope,
    parse_payload,
    parse_percent,
    parse_time,
    problems,
    sign,
)
from tests.release.support import PASSPHRASE

SHA = "ab" * 32
SALT = "cd" * 16


def patch(pid: str = "p1", **changes: object) -> Patch:
    base = Patch(
        id=pid,
        sha256=SHA,
        size=10,
        url=f"blobs/{SHA}",
        encrypted=False,
        target=Target("4.2.0", ("412",), "13.0", "17", None),
        rollout=Rollout(10.0, SALT),
        priority="immediate",
        created="2026-12-07T15:00:00Z",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def payload(*patches: Patch, **changes: object) -> Payload:
    return replace(
        Payload(app="com.example.shop", version=3, expires="2027-01-15T00:00:00Z", patches=patches), **changes
    )  # type: ignore[arg-type]


# --- keys ----------------------------------------------------------------------------------------------


def test_key_id_is_sha256_of_the_x963_point() -> None:
    key = keys.generate().public_key()
    point = keys.point(key)
    assert len(point) == 65 and point[0] == 4
    assert keys.key_id(key) == hashlib.sha256(point).hexdigest()[:16]
    assert base64.b64decode(keys.point_base64(key)) == point
    assert keys.objc_snippet(key) == f'loader.publicKeys = @{{@"{keys.key_id(key)}": @"{keys.point_base64(key)}"}};'


def test_private_key_is_encrypted_pkcs8_and_needs_its_passphrase() -> None:
    key = keys.generate()
    pem = keys.private_pem(key, PASSPHRASE.encode())
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    again = keys.load_private(pem, PASSPHRASE.encode())
    assert keys.key_id(again.public_key()) == keys.key_id(key.public_key())
    with pytest.raises(ReleaseError, match="wrong passphrase"):
        keys.load_private(pem, b"wrong")
    with pytest.raises(ReleaseError):
        keys.load_private(pem, None)
    with pytest.raises(ReleaseError, match="empty"):
        keys.private_pem(key, b"")


def test_public_key_forms() -> None:
    pub = keys.generate().public_key()
    der = pub.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    for form in (keys.public_pem(pub), der, keys.point_base64(pub).encode(), keys.point(pub).hex().encode()):
        assert keys.key_id(keys.load_public(form)) == keys.key_id(pub)
    with pytest.raises(ReleaseError):
        keys.load_public(b"not a key")
    with pytest.raises(ReleaseError):
        keys.load_public(base64.b64encode(b"\x04" + b"\x01" * 64))  # not on the curve


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_signature_verifies_with_openssl(tmp_path: Path) -> None:
    """What the loader checks with OpenSSL: a DER ECDSA signature of SHA-256 over the payload bytes."""
    key = keys.generate()
    envelope = sign(payload(patch()), key)
    (tmp_path / "payload").write_bytes(envelope.payload)
    (tmp_path / "sig").write_bytes(envelope.signatures[0].sig)
    (tmp_path / "key.pub").write_bytes(keys.public_pem(key.public_key()))
    ok = subprocess.run(
        ["openssl", "dgst", "-sha256", "-verify", "key.pub", "-signature", "sig", "payload"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0 and "Verified OK" in ok.stdout
    (tmp_path / "payload").write_bytes(envelope.payload.replace(b'"version":3', b'"version":4'))
    bad = subprocess.run(
        ["openssl", "dgst", "-sha256", "-verify", "key.pub", "-signature", "sig", "payload"], cwd=tmp_path
    )
    assert bad.returncode == 1


# --- the payload -----------------------------------------------------------------------------------------


def test_payload_bytes_are_sorted_json_without_spaces() -> None:
    data = payload(patch()).to_bytes()
    obj = json.loads(data)
    assert data == json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert b" " not in data
    assert list(obj) == sorted(obj)
    assert obj["patches"][0]["rollout"] == {"percent": 10.0, "salt": SALT}
    assert obj["patches"][0]["target"]["os_max"] == "17" and obj["patches"][0]["target"]["manifest_sha256"] is None
    assert parse_payload(data) == payload(patch())


def test_example_payload_of_the_docs_parses() -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "releasing.md").read_text(encoding="utf-8")
    block = text.split("The payload:\n\n```json\n", 1)[1].split("```", 1)[0]
    doc = block.replace("<64 hex digits>", SHA).replace('"<64 hex digits, or null>"', "null")
    doc = doc.replace("blobs/<sha256>", f"blobs/{SHA}").replace("<32 hex digits>", SALT)
    p = parse_payload(doc)
    assert p.patches[0].target.builds == ("412", "413") and problems(p) == []


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda o: o.pop("version"), "version: missing"),
        (lambda o: o.update(version="3"), "version: must be an integer"),
        (lambda o: o.update(version=True), "version: must be an integer"),
        (lambda o: o.update(schema=2), "schema: 2 is not supported"),
        (lambda o: o.update(expires="2027-01-15 00:00"), "expires: '2027-01-15 00:00' is not an RFC 3339"),
        (lambda o: o["patches"][0]["rollout"].update(percent="10"), r"patches\[0\].rollout.percent: must be a number"),
        (lambda o: o["patches"][0]["target"].update(builds="412"), r"patches\[0\].target.builds: must be a list"),
        (lambda o: o["patches"][0].update(encrypted=1), r"patches\[0\].encrypted: must be true or false"),
        (lambda o: o["patches"][0].pop("target"), r"patches\[0\].target: missing"),
    ],
)
def test_malformed_payloads_name_the_field(mutate: object, message: str) -> None:
    obj = payload(patch()).to_json()
    mutate(obj)  # type: ignore[operator]
    with pytest.raises(IndexFormatError, match=message):
        parse_payload(json.dumps(obj).encode())


def test_not_json() -> None:
    with pytest.raises(IndexFormatError, match="not JSON"):
        parse_payload(b"{")


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (payload(patch("a"), patch("a")), "listed twice"),
        (payload(patch(target=Target("4.2.0", (), None, None, None))), "at least one build"),
        (payload(patch(target=Target("4.2.0", ("1",), "14.1", "14.0.9", None))), "above target.os_max"),
        (payload(patch(target=Target("4.2.0", ("1",), "14.x", None, None))), "not a version"),
        (payload(patch(rollout=Rollout(100.5, SALT))), "0 to 100"),
        (payload(patch(rollout=Rollout(12.345, SALT))), "at most two decimals"),
        (payload(patch(rollout=Rollout(-1.0, SALT))), "0 to 100"),
        (payload(patch(rollout=Rollout(10.0, "xyz"))), "salt"),
        (payload(patch(sha256="AB" * 32)), "sha256"),
        (payload(patch(priority="now")), "priority"),
        (payload(patch("two\nlines")), "control characters"),
        (payload(patch(), revoked=("x", "x")), "revoked: an id is listed twice"),
    ],
)
def test_inconsistent_payloads(bad: Payload, message: str) -> None:
    found = problems(bad)
    assert any(message in p for p in found), found


def test_consistent_payload_with_unknown_revoked_ids() -> None:
    assert problems(payload(patch(), patch("p2", rollout=Rollout(12.34, SALT)), revoked=("gone",))) == []
    assert problems(payload(patch(target=Target("4.2.0", ("1",), "14", "14.0", None)))) == []  # 14 == 14.0


def test_percent_and_time_parsing() -> None:
    assert parse_percent("10%") == 10.0 and parse_percent("12.5") == 12.5 and parse_percent("0.01%") == 0.01
    assert parse_percent("100") == 100.0 and parse_percent("20.00%") == 20.0
    for bad in ("101%", "-1", "1.234", "ten", "nan"):
        with pytest.raises(ValueError):
            parse_percent(bad)
    assert parse_time("2027-01-15T00:00:00.5Z").microsecond == 500000
    with pytest.raises(ValueError):
        parse_time("2027-01-15T00:00:00+01:00")


# --- the envelope ---------------------------------------------------------------------------------------


def test_sign_and_check() -> None:
    key, other = keys.generate(), keys.generate()
    envelope = parse_envelope(sign(payload(patch()), key).to_bytes())
    assert envelope.signatures[0].keyid == keys.key_id(key.public_key())
    assert check_signature(envelope, [other.public_key(), key.public_key()]) == keys.key_id(key.public_key())
    with pytest.raises(ReleaseError, match="no signature by a trusted key"):
        check_signature(envelope, [other.public_key()])
    tampered = replace(envelope, payload=envelope.payload.replace(b'"version":3', b'"version":9'))
    with pytest.raises(ReleaseError, match="does not verify"):
        check_signature(tampered, [key.public_key()])


@pytest.mark.parametrize(
    "doc",
    [b"[]", b'{"payload": "!!", "signatures": []}', b'{"payload": "e30=", "signatures": [{"keyid": "x", "sig": ""}]}'],
)
def test_malformed_envelopes(doc: bytes) -> None:
    with pytest.raises(IndexFormatError):
        parse_envelope(doc)
