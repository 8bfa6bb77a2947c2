"""`mangopy parse` and `mangopy --version`, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mangopy import __version__

GOOD = "class A : NSObject {\n- (void)f { self.ORGf(); }\n}\n"
BAD = "int a = 1\nint b = ;\n"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "mangopy", *args],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {"good": tmp_path / "good.mg", "bad": tmp_path / "bad.mf", "latin1": tmp_path / "latin1.mg"}
    paths["good"].write_text(GOOD, encoding="utf-8")
    paths["bad"].write_text(BAD, encoding="utf-8")
    paths["latin1"].write_bytes("int caf\xe9 = 1;".encode("latin-1"))
    return paths


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"mangopy {__version__}"


def test_clean_file_prints_tree_and_exits_0(files: dict[str, Path]) -> None:
    proc = run("parse", str(files["good"]))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "Module 1:1-4:1"
    assert "  definitions[0]: ClassDef 1:1-3:2" in lines
    assert any("MethodDef 2:1-2:27" in line and "selector='f'" in line for line in lines)
    assert proc.stderr == ""


def test_syntax_errors_exit_1_with_positions_and_caret(files: dict[str, Path]) -> None:
    proc = run("parse", str(files["bad"]))
    assert proc.returncode == 1
    err = proc.stderr.splitlines()
    path = str(files["bad"])
    assert err[0] == f"{path}:1:10: error MF003 missing `;` at the end of the line"  # where it is missing
    assert err[1] == "    1 | int a = 1"
    assert err[2] == "      |          ^"
    # parsing went on as if the `;` were there: the next, independent error is found too
    assert err[3] == f"{path}:2:9: error MF003 unexpected `;`; expected an expression"
    assert err[-1] == "2 errors, 0 warnings, 0 info in 1 file"
    assert "\x1b[" not in proc.stderr  # no colour when not on a terminal


def test_json_output(files: dict[str, Path]) -> None:
    proc = run("parse", "--json", str(files["good"]), str(files["bad"]))
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    good, bad = data["files"]
    assert good["ok"] is True and good["diagnostics"] == []
    assert good["ast"]["type"] == "Module"
    assert good["ast"]["definitions"][0]["name"]["id"] == "A"
    assert bad["ok"] is False
    assert bad["diagnostics"][0] == {
        "path": str(files["bad"]),
        "line": 1,
        "column": 10,
        "end_line": 1,
        "end_column": 10,
        "severity": "error",
        "code": "MF003",
        "message": "missing `;` at the end of the line",
        "fix": {
            "message": "Insert `;`",
            "applicability": "safe",
            "edits": [
                {"content": ";", "location": {"line": 1, "column": 10}, "end_location": {"line": 1, "column": 10}}
            ],
        },
    }


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("latin1", "not valid UTF-8: byte 0xE9 at line 1, column 8"),
        ("missing", "no such file"),
        ("dir", "is a directory"),
    ],
)
def test_unreadable_input_exits_2_with_one_message(files: dict[str, Path], target: str, message: str) -> None:
    path = {"latin1": files["latin1"], "missing": files["good"].with_name("nope.mg"), "dir": files["good"].parent}
    proc = run("parse", str(path[target]))
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"mangopy: error: {path[target]}: {message}"


def test_unreadable_wins_over_findings(files: dict[str, Path]) -> None:
    proc = run("parse", str(files["bad"]), str(files["latin1"]), str(files["good"]))
    assert proc.returncode == 2
    assert "== " + str(files["good"]) in proc.stdout  # the readable files are still parsed


def test_stdin() -> None:
    proc = run("parse", "-", stdin=b"int a = 1;\n")
    assert proc.returncode == 0
    assert "VarDecl 1:1-1:11" in proc.stdout
    proc = run("parse", "-", stdin=b"int a = ;\n")
    assert proc.returncode == 1
    assert proc.stderr.startswith("<stdin>:1:9: error MF003")


def test_usage_errors_exit_2() -> None:
    assert run("parse").returncode == 2
    assert run("frobnicate").returncode == 2
    assert run("parse", "--no-such-option", "x.mg").returncode == 2


def test_warnings_alone_exit_0(tmp_path: Path) -> None:
    path = tmp_path / "w.mg"
    path.write_text("for (;;) { break; }\n", encoding="utf-8")
    proc = run("parse", str(path))
    assert proc.returncode == 0
    assert f"{path}:1:1: warning MF012" in proc.stderr
    assert "hint: write the condition" in proc.stderr


def test_json_keeps_the_node_type_beside_a_declared_type(tmp_path: Path) -> None:
    (tmp_path / "v.mf").write_text("int x = 1;\nclass A : NSObject {\n@property (nonatomic) BOOL on;\n}\n")
    proc = run("parse", "--json", "v.mf", cwd=tmp_path)
    assert proc.returncode == 0
    module = json.loads(proc.stdout)["files"][0]["ast"]
    var, cls = module["definitions"]
    assert var["type"] == "VarDecl" and var["type_ref"]["type"] == "TypeRef"
    prop = cls["members"][0]
    assert prop["type"] == "PropertyDef" and prop["type_ref"]["type"] == "TypeRef"
