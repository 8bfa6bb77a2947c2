"""The collector policy of the command line (mangopy.gc.one_shot): a command that exits when done
freezes what it built instead of having the collector rescan it; the server and a command run
inside another process (tests, an embedding tool) do not."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from mangopy.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent

# runs the executable's entry point, then reports at exit what the collector holds frozen
_PROBE = """
import atexit, gc, sys
import mangopy.gc
atexit.register(lambda: print("frozen", gc.get_freeze_count(), "one-shot", mangopy.gc._one_shot, file=sys.stderr))
from mangopy.cli import run
sys.argv = ["mangopy", *sys.argv[1:]]
run()
"""


def _probe(*args: str) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stderr.strip().splitlines()[-1]


def test_a_check_freezes_the_script_it_parsed() -> None:
    code, report = _probe("check", "examples/orders_fix.mf")
    assert code == 0
    words = report.split()
    assert words[:1] == ["frozen"] and int(words[1]) > 1000, report  # the tree (and the baseline)
    assert words[-1] == "True"


def test_the_server_keeps_the_collector_as_it_is() -> None:
    code, report = _probe("lsp", "--help")
    assert code == 0
    assert report.split()[-1] == "False", report


def test_a_command_run_inside_another_process_changes_nothing() -> None:
    before = gc.get_freeze_count()
    result = CliRunner().invoke(main, ["check", str(ROOT / "examples" / "orders_fix.mf")])
    assert result.exit_code == 0, result.output
    assert gc.get_freeze_count() == before
