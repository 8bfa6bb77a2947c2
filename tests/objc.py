"""The Objective-C toolchain the tests compile with: GCC's Objective-C compiler and GNUstep Base
(and OpenSSL's libcrypto for the patch loader), from Debian's packages (.ci/run installs them).

Without it a test skips locally and fails in CI (``CI`` set): there it must run."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def toolchain_missing(openssl: bool = False) -> str | None:
    """What is missing to compile and link Objective-C against GNUstep (None: nothing)."""
    for tool in ("gcc", "gnustep-config"):
        if shutil.which(tool) is None:
            return f"`{tool}` not found"
    probe = subprocess.run(["gcc", "-print-prog-name=cc1obj"], capture_output=True, text=True, check=False)
    if not Path(probe.stdout.strip()).is_file():
        return "GCC's Objective-C compiler (cc1obj) not found"
    if openssl:
        includes = subprocess.run(
            ["gcc", "-xc", "-E", "-"], input="#include <openssl/evp.h>\n", capture_output=True, text=True, check=False
        )
        if includes.returncode != 0:
            return "OpenSSL's headers (openssl/evp.h) not found"
    return None


def require_toolchain(packages: str, purpose: str, openssl: bool = False) -> None:
    """Skip (locally) or fail (in CI) when the toolchain is missing."""
    missing = toolchain_missing(openssl)
    if missing is not None:
        message = f"{missing}: install the Debian packages `{packages}` to test {purpose}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def gnustep_flags(option: str) -> list[str]:
    """``gnustep-config OPTION``'s flags (``--objc-flags``, ``--base-libs``)."""
    out = subprocess.run(["gnustep-config", option], capture_output=True, text=True, check=True).stdout
    return out.split()
