"""docs/releasing.md: the full flow runs as written, and the commands it documents exist."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from tests.release.support import EXAMPLES, ROOT, SCRIPT, run

DOC = ROOT / "docs" / "releasing.md"


def flow_commands() -> list[list[str]]:
    text = DOC.read_text(encoding="utf-8")
    block = text.split("## The full flow", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    lines = block.replace("\\\n", " ").splitlines()
    return [shlex.split(line) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def test_the_full_flow_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MANGOPY_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("MANGOPY_AES_KEY", raising=False)
    shutil.copy(EXAMPLES / "app_classes.json", tmp_path / "app_classes.json")
    (tmp_path / "fix.mg").write_text(SCRIPT, encoding="utf-8")
    (tmp_path / "aes.key").write_text("k3y-0123\n", encoding="utf-8")
    commands = flow_commands()
    assert len(commands) >= 10 and {c[1] for c in commands} >= {"keys", "check", "release"}
    for command in commands:
        assert command[0] == "mangopy", command
        proc = run(*command[1:], cwd=tmp_path)
        assert proc.returncode == 0, (command, proc.stdout, proc.stderr)
    assert "revoked" in run("release", "list", "--repo", "release", cwd=tmp_path).stdout


def test_every_documented_release_command_has_its_options() -> None:
    """Each row of the commands table: the command exists and knows every option the row shows."""
    text = DOC.read_text(encoding="utf-8")
    table = text.split("## The commands", 1)[1].split("\n\n", 3)[2]
    rows = re.findall(r"^\| `(mangopy [^`]+)` \|", table, flags=re.MULTILINE)
    assert len(rows) == 7
    for row in rows:
        words = row.split()
        command = [w for w in words[1:3] if re.fullmatch(r"[a-z-]+", w)]
        proc = run(*command, "--help")
        assert proc.returncode == 0, row
        for option in re.findall(r"--[a-z-]+", row):
            assert option in proc.stdout, (row, option)
