"""The distribution: `python -m build` on a clean checkout gives an sdist and a wheel named
`mangofix-tools`, and the wheel installs (with its dependencies from the package index) into a
fresh virtual environment where the `mangopy` command does its jobs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import mangopy

ROOT = Path(__file__).resolve().parent.parent


def _clean_checkout(dest: Path) -> Path:
    """The files git tracks (what a clone has), copied: the build must not need anything else."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode("utf-8").split("\0")):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    return dest


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_wheel_installs_and_runs_in_a_fresh_venv(tmp_path: Path) -> None:
    src = _clean_checkout(tmp_path / "src")
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(src)], capture_output=True, text=True, timeout=600
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    version = mangopy.__version__
    assert sorted(p.name for p in dist.iterdir()) == [
        f"mangofix_tools-{version}-py3-none-any.whl",
        f"mangofix_tools-{version}.tar.gz",
    ]
    env = tmp_path / "env"
    subprocess.run([sys.executable, "-m", "venv", str(env)], check=True, timeout=120)
    pip = subprocess.run(
        [str(env / "bin" / "pip"), "install", "-q", str(dist / f"mangofix_tools-{version}-py3-none-any.whl")],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert pip.returncode == 0, pip.stderr[-3000:]

    def mangopy_(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(env / "bin" / "mangopy"), *args], capture_output=True, text=True, timeout=120, cwd=tmp_path
        )

    assert mangopy_("--version").stdout.strip() == f"mangopy {version}"
    examples = ROOT / "examples"
    clean = mangopy_("check", str(examples / "orders_fix.mf"), "--manifest", str(examples / "app_classes.json"))
    assert clean.returncode == 0, clean.stdout + clean.stderr
    broken = mangopy_("check", str(examples / "broken_rules.mf"), "--manifest", str(examples / "app_classes.json"))
    assert broken.returncode == 1 and "error MF101" in broken.stdout
    # the data files came along: the SDK baseline (an SDK superclass is known), the schema, the dumper
    (tmp_path / "fix.mf").write_text("class Badge : UIVeiw {\n}\n", encoding="utf-8")
    sdk = mangopy_("check", "fix.mf", "--format", "json")
    assert sdk.returncode == 1 and "did you mean `UIView`?" in sdk.stdout
    assert json.loads(mangopy_("schema").stdout)["$schema"]
    assert "mmd_dump_from_environment" in mangopy_("manifest", "runtime-dumper").stdout
    server = subprocess.run(
        [str(env / "bin" / "python"), "-c", "import mangopy_lsp.server, mangopy.data; print('ok')"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert server.stdout.strip() == "ok", server.stderr


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_pre_commit_hooks_install_from_a_local_checkout(tmp_path: Path) -> None:
    """docs/ci.md's configuration, tag-free: `repo:` a local clone, `rev:` one of its commits."""
    app = tmp_path / "app"
    app.mkdir()
    _git(app, "init", "-q")
    shutil.copy(ROOT / "examples" / "app_classes.json", app)
    (app / "fix.mf").write_text("class OrderCell : UICollectionViewCell {\n}\n", encoding="utf-8")
    (app / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {_git(ROOT, 'rev-parse', 'HEAD')}\n    hooks:\n"
        "      - id: mangopy-check\n        args: [--manifest, app_classes.json]\n      - id: mangopy-fmt\n",
        encoding="utf-8",
    )
    _git(app, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}

    def pre_commit() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "run", "--all-files"],
            cwd=app,
            capture_output=True,
            text=True,
            timeout=900,
            env=env,
        )

    first = pre_commit()
    assert first.returncode == 1 and "fix.mf:1:19: error MF101" in first.stdout, first.stdout + first.stderr
    (app / "fix.mf").write_text("class OrderCell : UITableViewCell {}\n", encoding="utf-8")  # formatted too
    _git(app, "add", "-A")
    second = pre_commit()
    assert second.returncode == 0, second.stdout + second.stderr
    assert "mangopy check" in second.stdout and "mangopy fmt" in second.stdout
