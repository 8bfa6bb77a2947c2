"""Running mangopy never writes into the package and never prints PLY's messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import mangopy

PACKAGE = Path(mangopy.__file__).resolve().parent

SCRIPT = """
import sys
import mangopy.syntax.tables as tables
if sys.argv[1] == "stale":
    tables.TABLE_MODULE = "mangopy.syntax._no_such_tables"  # forces an in-memory rebuild
    tables.load.cache_clear()
from mangopy.syntax import parse
result = parse("class A : NSObject { - (void)f { x = ; } }")
assert [d.code for d in result.diagnostics] == ["MF003"], result.diagnostics
assert (tables.load().sr_conflicts, tables.load().rr_conflicts) == (4, 0)
"""


def _listing() -> set[str]:
    return {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*") if "__pycache__" not in p.parts}


def test_parsing_writes_nothing_and_prints_nothing() -> None:
    before = _listing()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for mode in ("shipped", "stale"):
        proc = subprocess.run(
            [sys.executable, "-W", "error", "-c", SCRIPT, mode], capture_output=True, text=True, env=env, timeout=60
        )
        assert proc.returncode == 0, proc.stderr
        assert (proc.stdout, proc.stderr) == ("", "")
    assert _listing() == before
