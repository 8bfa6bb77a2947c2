"""Shared pieces of the release tests: keys, a script the checker passes, a release made by the library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mangopy.release import keys, repo
from mangopy.release.index import Target

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
PASSPHRASE = "correct horse battery staple"
SCRIPT = "class OrderCell : UITableViewCell {\n- (void)prepareForReuse { super.prepareForReuse(); }\n}\n"
SCRIPT_2 = 'class OrderCell : UITableViewCell {\n- (void)prepareForReuse { NSLog(@"fixed"); }\n}\n'
BROKEN = "class OrderCell : UICollectionViewCell { }\n"
TARGET = Target("4.2.0", ("412", "413"), "13.0", None, None)


def run(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``mangopy ARGS`` as a real process, the key's passphrase in the environment."""
    proc = subprocess.run(
        [sys.executable, "-m", "mangopy", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        input=stdin,
        timeout=120,
        env={**os.environ, "MANGOPY_KEY_PASSPHRASE": PASSPHRASE, **(env or {})},
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def write_keys(directory: Path, name: str = "release") -> tuple[keys.PrivateKey, Path, Path]:
    """A key pair written as ``keys generate`` writes it: NAME.key (encrypted PEM) and NAME.pub."""
    key = keys.generate()
    directory.mkdir(parents=True, exist_ok=True)
    private, public = directory / f"{name}.key", directory / f"{name}.pub"
    private.write_bytes(keys.private_pem(key, PASSPHRASE.encode()))
    public.write_bytes(keys.public_pem(key.public_key()))
    return key, private, public


def make_release(root: Path, key: keys.PrivateKey, *scripts: str) -> None:
    """A release of the given scripts (plain text), for com.example.shop 4.2.0 (412, 413)."""
    for i, text in enumerate(scripts):
        repo.add(
            root,
            key,
            text.encode(),
            app="com.example.shop",
            patch_id=f"fix-{i + 1}",
            encrypted=False,
            target=TARGET,
            percent=100.0,
        )
