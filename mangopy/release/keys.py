"""Release keys: ECDSA P-256, the private key PKCS#8 PEM encrypted with a passphrase.

The key id is the first 16 hex digits of SHA-256 of the public key's uncompressed X9.63 point
(``04 || X || Y``, 65 bytes): the form ``SecKeyCreateWithData`` takes on Apple platforms.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from mangopy.release import ReleaseError

PrivateKey = ec.EllipticCurvePrivateKey
PublicKey = ec.EllipticCurvePublicKey

POINT_SIZE = 65


def generate() -> PrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def private_pem(key: PrivateKey, passphrase: bytes) -> bytes:
    """PKCS#8 PEM, encrypted with the best encryption ``cryptography`` offers."""
    if not passphrase:
        raise ReleaseError("the passphrase is empty")
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )


def public_pem(key: PublicKey) -> bytes:
    """SubjectPublicKeyInfo PEM."""
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def point(key: PublicKey) -> bytes:
    """The uncompressed X9.63 point, 65 bytes."""
    return key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)


def point_base64(key: PublicKey) -> str:
    return base64.b64encode(point(key)).decode("ascii")


def key_id(key: PublicKey) -> str:
    return hashlib.sha256(point(key)).hexdigest()[:16]


def objc_snippet(key: PublicKey) -> str:
    """The line that pins this key in ``MangoPatchLoader``."""
    return f'loader.publicKeys = @{{@"{key_id(key)}": @"{point_base64(key)}"}};'


def load_private(data: bytes, passphrase: bytes | None) -> PrivateKey:
    """The P-256 private key of a PEM file; :class:`ReleaseError` for a wrong passphrase or another key type."""
    try:
        key = serialization.load_pem_private_key(data, password=passphrase or None)
    except TypeError as exc:  # encrypted without a passphrase, or a passphrase for a clear key
        raise ReleaseError(f"cannot read the private key: {exc}") from None
    except ValueError:
        raise ReleaseError("cannot read the private key: wrong passphrase, or not a PEM private key") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
        raise ReleaseError("the private key is not an ECDSA P-256 key")
    return key


def load_public(data: bytes) -> PublicKey:
    """A P-256 public key from a PEM or DER SubjectPublicKeyInfo, or base64 (or hex) of its X9.63 point."""
    text = data.strip()
    key: object
    try:
        if text.startswith(b"-----BEGIN"):
            key = serialization.load_pem_public_key(text)
        else:
            raw = _decode_point_text(text)
            if raw is not None:
                key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), raw)
            else:
                key = serialization.load_der_public_key(data)
    except (ValueError, TypeError):
        raise ReleaseError("not a public key (PEM, DER, or base64 of the 65-byte X9.63 point)") from None
    if not isinstance(key, ec.EllipticCurvePublicKey) or not isinstance(key.curve, ec.SECP256R1):
        raise ReleaseError("the public key is not an ECDSA P-256 key")
    return key


def _decode_point_text(text: bytes) -> bytes | None:
    """The 65-byte point written as base64 or hex text; None when ``text`` is neither."""
    try:
        raw = (
            bytes.fromhex(text.decode("ascii"))
            if len(text) == 2 * POINT_SIZE
            else base64.b64decode(text, validate=True)
        )
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return raw if len(raw) == POINT_SIZE else None


def sign(key: PrivateKey, data: bytes) -> bytes:
    """DER-encoded ECDSA signature of SHA-256(data) (X9.62)."""
    return key.sign(data, ec.ECDSA(hashes.SHA256()))


def verify(key: PublicKey, data: bytes, signature: bytes) -> bool:
    try:
        key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        return False
    return True
