"""`mangopy fmt` as a real process: in place, --check, --diff, stdin, configuration, bad input."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.cli.test_parse_cli import run

UGLY = "class A:NSObject{\n-(void)f{x=1;}\n}\n"
PRETTY = "class A : NSObject {\n\n- (void)f {\n    x = 1;\n}\n\n}\n"
LONG = "x = obj.first:second:third:(argumentNumberOne, argumentNumberTwo, argumentNumberThree);\n"
BROKEN = "int x = 1\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "fixes" / "nested").mkdir(parents=True)
    (tmp_path / "fixes" / "ugly.mf").write_text(UGLY, encoding="utf-8")
    (tmp_path / "fixes" / "nested" / "pretty.mg").write_text(PRETTY, encoding="utf-8")
    (tmp_path / "fixes" / "notes.txt").write_text(UGLY, encoding="utf-8")
    return tmp_path


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_formats_files_and_directories_in_place(tree: Path) -> None:
    ugly = tree / "fixes" / "ugly.mf"
    os.chmod(ugly, 0o640)
    proc = run("fmt", "fixes", cwd=tree)
    assert proc.returncode == 0, proc.stderr
    assert read(ugly) == PRETTY
    assert stat.S_IMODE(ugly.stat().st_mode) == 0o640  # the file's mode is kept
    assert read(tree / "fixes" / "notes.txt") == UGLY  # not a script
    assert "1 file reformatted, 1 left unchanged" in proc.stderr
    assert not list(tree.rglob("*.mangopy-tmp"))


def test_check_exits_1_and_writes_nothing(tree: Path) -> None:
    proc = run("fmt", "--check", "fixes", cwd=tree)
    assert proc.returncode == 1
    assert "would reformat fixes/ugly.mf" in proc.stdout
    assert "pretty.mg" not in proc.stdout
    assert read(tree / "fixes" / "ugly.mf") == UGLY
    assert run("fmt", "fixes", cwd=tree).returncode == 0
    proc = run("fmt", "--check", "fixes", cwd=tree)
    assert proc.returncode == 0
    assert "0 files would be reformatted, 2 left unchanged" in proc.stderr


def test_diff_prints_a_unified_diff(tree: Path) -> None:
    proc = run("fmt", "--diff", "fixes/ugly.mf", cwd=tree)
    assert proc.returncode == 1
    assert proc.stdout.startswith("--- fixes/ugly.mf (original)\n+++ fixes/ugly.mf (formatted)\n@@ ")
    assert "-class A:NSObject{\n" in proc.stdout and "+class A : NSObject {\n" in proc.stdout
    assert read(tree / "fixes" / "ugly.mf") == UGLY
    assert run("fmt", "--diff", "fixes/nested/pretty.mg", cwd=tree).stdout == ""


def test_a_file_with_syntax_errors_is_left_untouched(tree: Path) -> None:
    broken = tree / "fixes" / "broken.mf"
    broken.write_text(BROKEN, encoding="utf-8")
    for args in (["fmt", "fixes"], ["fmt", "--check", "fixes"], ["fmt", "--diff", "fixes"]):
        proc = run(*args, cwd=tree)
        assert proc.returncode == 2, args
        assert "fixes/broken.mf:2:1: error MF004" in proc.stderr
        assert "fixes/broken.mf: not formatted (left unchanged)" in proc.stderr
        assert read(broken) == BROKEN
    assert read(tree / "fixes" / "ugly.mf") == PRETTY  # the other files were formatted all the same


def test_stdin_to_stdout() -> None:
    proc = run("fmt", "-", stdin=UGLY.encode())
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, PRETTY, "")
    proc = run("fmt", "--check", "-", stdin=UGLY.encode())
    assert proc.returncode == 1 and "would reformat <stdin>" in proc.stdout


def test_line_length_and_indent_width_options() -> None:
    assert run("fmt", "-", stdin=LONG.encode()).stdout == LONG
    wrapped = run("fmt", "--line-length", "40", "--indent-width", "2", "-", stdin=LONG.encode()).stdout
    assert wrapped == (
        "x = obj.first:second:third:(\n  argumentNumberOne,\n  argumentNumberTwo,\n  argumentNumberThree\n);\n"
    )
    proc = run("fmt", "--line-length", "5", "-", stdin=LONG.encode())
    assert proc.returncode == 2 and "20<=x<=1000" in proc.stderr


@pytest.mark.parametrize("config", ["mangopy.toml", "pyproject.toml"])
def test_settings_come_from_the_configuration(tree: Path, config: str) -> None:
    table = "" if config == "mangopy.toml" else "[tool.mangopy]\n"
    (tree / config).write_text(table + "line-length = 40\nindent-width = 2\n", encoding="utf-8")
    script = tree / "fixes" / "long.mf"
    script.write_text(LONG, encoding="utf-8")
    assert run("fmt", "fixes/long.mf", cwd=tree).returncode == 0
    assert read(script).startswith("x = obj.first:second:third:(\n  argumentNumberOne,\n")
    script.write_text(LONG, encoding="utf-8")
    assert run("fmt", "--line-length", "100", "fixes/long.mf", cwd=tree).returncode == 0
    assert read(script) == LONG  # the command line wins


def test_a_bad_setting_is_a_usage_error(tree: Path) -> None:
    (tree / "mangopy.toml").write_text("line-length = 'wide'\n", encoding="utf-8")
    proc = run("fmt", "fixes", cwd=tree)
    assert proc.returncode == 2
    assert "`line-length` must be a whole number from 20 to 1000" in proc.stderr
    assert read(tree / "fixes" / "ugly.mf") == UGLY


def test_unreadable_inputs(tree: Path) -> None:
    (tree / "latin1.mf").write_bytes('x = @"caf\xe9";\n'.encode("latin-1"))
    proc = run("fmt", "missing.mf", "latin1.mf", "fixes/ugly.mf", cwd=tree)
    assert proc.returncode == 2
    assert "missing.mf: no such file or directory" in proc.stderr
    assert "latin1.mf: " in proc.stderr and "UTF-8" in proc.stderr
    assert read(tree / "fixes" / "ugly.mf") == PRETTY


def test_a_file_that_cannot_be_written_is_reported_and_kept(tree: Path) -> None:
    (tree / "fixes" / ".ugly.mf.mangopy-tmp").mkdir()  # where the new contents would be written first
    proc = run("fmt", "fixes/ugly.mf", cwd=tree)
    assert proc.returncode == 2
    assert "fixes/ugly.mf: cannot write: Is a directory" in proc.stderr
    assert read(tree / "fixes" / "ugly.mf") == UGLY


def test_a_script_too_deep_to_format_is_one_line_and_exit_2(tree: Path) -> None:
    deep = tree / "deep.mf"
    text = "x = " + "(" * 3000 + "1" + ")" * 3000 + ";\n"
    deep.write_text(text, encoding="utf-8")
    proc = run("fmt", "deep.mf", cwd=tree)
    assert proc.returncode == 2
    assert "deep.mf: the script is nested too deeply to be formatted; not formatted (left unchanged)" in proc.stderr
    assert read(deep) == text


def test_fmt_rewrites_a_crlf_file_with_a_bom(tmp_path: Path) -> None:
    (tmp_path / "win.mf").write_bytes(b"\xef\xbb\xbfint x = 1;\r\nint  y = 2;\r\n")
    check = run("fmt", "--check", "win.mf", cwd=tmp_path)
    assert check.returncode == 1
    done = run("fmt", "win.mf", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "win.mf").read_bytes() == b"int x = 1;\nint y = 2;\n"
    assert run("check", "win.mf", "--no-baseline", cwd=tmp_path).returncode == 0  # MangoFix loads it now
