"""The MangoFix SDK's script package format: AES-128 in ECB mode with PKCS#7 padding.

``MFContext initWithAES128Key:iv:`` (and wrappers such as MangoFixUtil) decrypt a downloaded
script with CommonCrypto: ``kCCAlgorithmAES128``, ``kCCOptionPKCS7Padding | kCCOptionECBMode``,
the key being the UTF-8 bytes of the key string in a zeroed 16-byte buffer (cut, or padded with
zero bytes). ECB ignores the IV. The package is the raw cipher text (no header, no base64).

This is obfuscation, not security: the key ships inside the app, ECB leaks repeated blocks and
nothing authenticates the script. See docs/packaging.md.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY_SIZE = 16
BLOCK_SIZE = 16


class PackageError(ValueError):
    """A package cannot be decrypted (wrong key, truncated or not a MangoFix package)."""


def aes_key(key: str) -> bytes:
    """The 16 key bytes MangoFix derives from a key string: UTF-8, cut or zero-padded to 16."""
    return key.encode("utf-8")[:KEY_SIZE].ljust(KEY_SIZE, b"\0")


def encrypt(script: bytes, key: str) -> bytes:
    """The package MangoFix loads for ``script`` (its UTF-8 bytes) under ``key``."""
    padder = padding.PKCS7(BLOCK_SIZE * 8).padder()
    padded = padder.update(script) + padder.finalize()
    encryptor = Cipher(algorithms.AES(aes_key(key)), modes.ECB()).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def decrypt(package: bytes, key: str) -> bytes:
    """The script bytes of a package; :class:`PackageError` when they cannot be recovered.

    A wrong key almost always shows as invalid padding; the few times the padding is valid by
    chance, the caller's UTF-8 check of the script text catches it.
    """
    if not package:
        raise PackageError("the package is empty")
    if len(package) % BLOCK_SIZE:
        raise PackageError(
            f"the package is {len(package)} bytes, not a multiple of {BLOCK_SIZE}: truncated or not AES-128 data"
        )
    decryptor = Cipher(algorithms.AES(aes_key(key)), modes.ECB()).decryptor()
    padded = decryptor.update(package) + decryptor.finalize()
    unpadder = padding.PKCS7(BLOCK_SIZE * 8).unpadder()
    try:
        return unpadder.update(padded) + unpadder.finalize()
    except ValueError:
        raise PackageError("wrong key, or not a MangoFix package (the padding does not check out)") from None
