"""Which SDK the headers are parsed against: a real iOS SDK (via ``xcrun``) or the stub shipped here."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

TARGET = "arm64-apple-ios13.0"


class SDKError(ValueError):
    """An ``--sdk`` value that cannot be used."""


@dataclass(frozen=True)
class SDK:
    kind: str  # "xcode", "stub" or "path"
    root: Path
    args: tuple[str, ...]

    def describe(self) -> str:
        return f"{self.kind} SDK at {self.root}"


def stub_sdk_path() -> Path:
    return Path(str(resources.files("mangopy.data").joinpath("stub_sdk")))


def stub_sdk() -> SDK:
    root = stub_sdk_path()
    # -nostdinc: never read the host's C headers; the stub has the few C headers apps include
    return SDK("stub", root, ("-nostdinc", "-isystem", str(root)))


def _xcrun(*args: str) -> str | None:
    if shutil.which("xcrun") is None:
        return None
    try:
        proc = subprocess.run(["xcrun", *args], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    out = proc.stdout.strip()
    return out if proc.returncode == 0 and out else None


def sysroot_sdk(root: Path, kind: str) -> SDK:
    args = ["-isysroot", str(root), "-F", str(root / "System" / "Library" / "Frameworks")]
    if kind == "xcode":
        # libclang from PyPI has no builtin headers (stddef.h, stdarg.h ...): use Xcode's clang's
        resource = _xcrun("clang", "-print-resource-dir")
        if resource and Path(resource).is_dir():
            args += ["-resource-dir", resource]
    return SDK(kind, root, tuple(args))


def resolve_sdk(spec: str | Path) -> SDK:
    """``auto`` (Xcode's iphoneos SDK if ``xcrun`` finds one, else the stub), ``stub`` or a sysroot path."""
    text = str(spec)
    if text == "stub":
        return stub_sdk()
    if text == "auto":
        found = _xcrun("--show-sdk-path", "--sdk", "iphoneos")
        if found and Path(found).is_dir():
            return sysroot_sdk(Path(found), "xcode")
        return stub_sdk()
    root = Path(text)
    if not root.is_dir():
        raise SDKError(f"SDK `{text}` is not a directory (use auto, stub or an iPhoneOS.sdk path)")
    return sysroot_sdk(root, "path")
