"""`mangopy check` as a CI gate, run as a real process."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.cli.test_parse_cli import run

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

CLEAN = "class OrderCell : UITableViewCell {\n- (void)prepareForReuse { super.prepareForReuse(); }\n}\n"
WARNS = "class OrderListController : UIViewController {\n- (void)reloadOrdersAnimate:(BOOL)a { }\n}\n"
ERRS = "class OrderCell : UICollectionViewCell { }\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MANGOPY_CACHE_DIR", str(tmp_path / "cache"))
    shutil.copy(EXAMPLES / "app_classes.json", tmp_path / "app_classes.json")
    fixes = tmp_path / "fixes"
    (fixes / "nested").mkdir(parents=True)
    (fixes / "clean.mf").write_text(CLEAN, encoding="utf-8")
    (fixes / "nested" / "warns.mg").write_text(WARNS, encoding="utf-8")
    (fixes / "notes.txt").write_text("not a script", encoding="utf-8")
    return tmp_path


def check(project: Path, *args: str) -> tuple[int, str, str]:
    proc = run("check", *args, cwd=project)
    return proc.returncode, proc.stdout, proc.stderr


def test_clean_file_exits_0(project: Path) -> None:
    code, out, _ = check(project, "fixes/clean.mf", "--manifest", "app_classes.json")
    assert code == 0
    assert out.strip() == "0 errors, 0 warnings, 0 info in 1 file"


def test_directory_is_searched_and_warnings_pass_by_default(project: Path) -> None:
    code, out, _ = check(project, "fixes", "--manifest", "app_classes.json")
    assert code == 0
    assert "fixes/nested/warns.mg:2:9: warning MF113" in out
    assert out.splitlines()[-1] == "0 errors, 1 warning, 0 info in 2 files"


def test_fail_on_warning(project: Path) -> None:
    assert check(project, "fixes", "--manifest", "app_classes.json", "--fail-on", "warning")[0] == 1
    assert check(project, "fixes", "--manifest", "app_classes.json", "--fail-on", "error")[0] == 0


def test_errors_exit_1_with_caret(project: Path) -> None:
    (project / "fixes" / "bad.mf").write_text(ERRS, encoding="utf-8")
    code, out, _ = check(project, "fixes/bad.mf", "--manifest", "app_classes.json")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("fixes/bad.mf:1:19: error MF101 `OrderCell` is a subclass of `UITableViewCell`")
    assert lines[1] == "    1 | class OrderCell : UICollectionViewCell { }"
    assert lines[2] == "      |                   ^~~~~~~~~~~~~~~~~~~~"
    assert "= note: Orders/OrderCell.h:8: `OrderCell` is declared here" in out


def test_json_format(project: Path) -> None:
    code, out, _ = check(project, "fixes", "--manifest", "app_classes.json", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["summary"] == {
        "files": 2,
        "errors": 0,
        "warnings": 1,
        "info": 0,
        "suppressed": 0,
        "baselined": 0,
        "unreadable": 0,
    }
    (d,) = data["diagnostics"]
    assert {k: d[k] for k in ("path", "line", "column", "end_line", "end_column", "severity", "code")} == {
        "path": "fixes/nested/warns.mg", "line": 2, "column": 9, "end_line": 2, "end_column": 36,
        "severity": "warning", "code": "MF113",
    }  # fmt: skip


def test_sarif_format(project: Path) -> None:
    code, out, _ = check(project, "fixes", "--manifest", "app_classes.json", "--format", "sarif")
    log = json.loads(out)
    assert code == 0 and log["version"] == "2.1.0"
    run_ = log["runs"][0]
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} >= {"MF101", "MF113", "MF003"}
    (result,) = run_["results"]
    assert result["ruleId"] == "MF113" and result["level"] == "warning"


def test_github_format(project: Path) -> None:
    _, out, _ = check(project, "fixes", "--manifest", "app_classes.json", "--format", "github")
    assert out.startswith("::warning file=fixes/nested/warns.mg,line=2,col=9,endLine=2,endColumn=36,title=MF113::")


def test_select_and_ignore(project: Path) -> None:
    _, out, _ = check(project, "fixes", "--manifest", "app_classes.json", "--ignore", "MF113")
    assert "MF113" not in out
    _, out, _ = check(project, "fixes", "--manifest", "app_classes.json", "--select", "MF0,MF12")
    assert "MF113" not in out


def test_configuration_is_discovered(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.mangopy]\nmanifest = ["app_classes.json"]\nfail-on = "warning"\n',
        encoding="utf-8",
    )
    code, out, _ = check(project, "fixes")
    assert code == 1 and "MF113" in out  # the manifest from the configuration was used
    (project / "fixes" / "mangopy.toml").write_text('manifest = "../app_classes.json"\nignore = ["MF113"]\n')
    code, out, _ = check(project, "fixes/nested/warns.mg")
    assert code == 0 and "MF113" not in out  # the nearer mangopy.toml wins


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "mangopy: error: invalid manifest: broken.json: invalid JSON at line 1, column 2"),
        ('{"format": "mangopy-manifest", "version": 1, "classes": {"A": {"superclass": 1}}}',
         "mangopy: error: invalid manifest: broken.json: $.classes.A.superclass: must be valid exactly by one"),
    ],
)  # fmt: skip
def test_invalid_manifest_exits_2(project: Path, content: str, message: str) -> None:
    (project / "broken.json").write_text(content, encoding="utf-8")
    (project / "fixes" / "uses_a.mf").write_text("class A : NSObject {\n}\n", encoding="utf-8")
    code, out, err = check(project, "fixes", "--manifest", "broken.json")
    assert code == 2 and out == ""
    assert err.startswith(message)


def test_an_invalid_entry_no_script_reads_does_not_stop_the_check(project: Path) -> None:
    """Entries are validated when a check reads them (a 20,000-class manifest loads in ~50 ms);
    `mangopy manifest validate` checks every entry."""
    doc = json.loads((project / "app_classes.json").read_text(encoding="utf-8"))
    doc["classes"]["Unused"] = {"superclass": 1}
    (project / "broken.json").write_text(json.dumps(doc), encoding="utf-8")
    code, out, _ = check(project, "fixes/clean.mf", "--manifest", "broken.json")
    assert code == 0 and "0 errors" in out
    validate = run("manifest", "validate", "broken.json", cwd=project)
    assert validate.returncode == 2 and "$.classes.Unused.superclass" in validate.stderr


def test_unreadable_script_and_missing_path_exit_2(project: Path) -> None:
    (project / "fixes" / "latin1.mf").write_bytes(b"int caf\xe9 = 1;")
    code, _, err = check(project, "fixes", "missing.mf", "--manifest", "app_classes.json")
    assert code == 2
    assert "mangopy: error: missing.mf: no such file or directory" in err
    assert "mangopy: error: fixes/latin1.mf: not valid UTF-8: byte 0xE9 at line 1, column 8" in err


def test_bad_configuration_exits_2(project: Path) -> None:
    (project / "mangopy.toml").write_text('fail-on = "sometimes"\n', encoding="utf-8")
    code, _, err = check(project, "fixes")
    assert code == 2 and "fail-on" in err


def test_rules_command() -> None:
    proc = run("rules")
    assert proc.returncode == 0
    assert any(line.startswith("MF101  superclass-mismatch") for line in proc.stdout.splitlines())
    proc = run("rules", "MF113")
    assert proc.stdout.startswith("MF113 new-method (warning)")
    assert "Bad:" in proc.stdout and "Good:" in proc.stdout
    assert run("rules", "MF999").returncode == 2


def test_schema_command_prints_the_manifest_schema() -> None:
    proc = run("schema")
    assert proc.returncode == 0
    schema = json.loads(proc.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["format"] == {"const": "mangopy-manifest"}


def test_running_without_an_app_manifest_says_so(project: Path) -> None:
    code, _, err = check(project, "fixes/clean.mf")
    assert code == 0
    assert "no app manifest" in err
    assert "no app manifest" not in check(project, "fixes/clean.mf", "--manifest", "app_classes.json")[2]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--select", "MF999"), "--select: `MF999` is not a rule code"),
        (
            ("--ignore", "MF1O1"),
            "--ignore: `MF1O1` is not a rule code, code prefix or rule name (did you mean `MF101`?)",
        ),
        (("--select", "MF101,new-methd"), "(did you mean `new-method`?)"),
        (("--ignore", "XYZ"), "`XYZ` is not a rule code"),
    ],
)
def test_a_selector_that_selects_no_rule_is_a_usage_error(project: Path, args: tuple[str, ...], message: str) -> None:
    code, out, err = check(project, "fixes/clean.mf", "--manifest", "app_classes.json", *args)
    assert code == 2 and out == ""
    assert message in err


def test_selectors_are_case_insensitive(project: Path) -> None:
    (project / "fixes" / "errs.mf").write_text(ERRS, encoding="utf-8")
    for select in ("mf101", "MF1", "Superclass-Mismatch", "mf"):
        code, out, _ = check(project, "fixes/errs.mf", "--manifest", "app_classes.json", "--select", select)
        assert code == 1 and "MF101" in out, select
    code, out, _ = check(project, "fixes/errs.mf", "--manifest", "app_classes.json", "--ignore", "mf101")
    assert code == 0 and "MF101" not in out


def test_a_configured_selector_that_selects_no_rule_names_the_configuration(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.mangopy]\nselect = ["MF1O1"]\n', encoding="utf-8")
    code, _, err = check(project, "fixes/clean.mf", "--manifest", "app_classes.json")
    assert code == 2 and "pyproject.toml: `MF1O1` is not a rule code" in err and "`MF101`" in err


def test_findings_that_stop_the_script_loading_cannot_be_deselected_or_suppressed(project: Path) -> None:
    (project / "fixes" / "syntax.mf").write_text(
        "// mangopy: ignore-file\nclass OrderCell : UITableViewCell {\n"
        "- (void)x { int a = 1 // mangopy: ignore[MF003]\n}\n}\n",
        encoding="utf-8",
    )
    for args in ((), ("--ignore", "MF003"), ("--select", "MF1"), ("--ignore", "MF0,syntax-error")):
        code, out, _ = check(project, "fixes/syntax.mf", "--manifest", "app_classes.json", *args)
        assert code == 1 and "MF003" in out, args
    # what does not stop loading is still suppressed as asked
    (project / "fixes" / "errs.mf").write_text("// mangopy: ignore-file[MF101]\n" + ERRS, encoding="utf-8")
    code, out, _ = check(project, "fixes/errs.mf", "--manifest", "app_classes.json")
    assert code == 0 and "MF101" not in out


def test_manifest_option_replaces_the_configured_ones_and_extend_manifest_adds(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.mangopy]\nmanifest = ["app_classes.json"]\n', encoding="utf-8")
    (project / "next.json").write_text('{"format": "mangopy-manifest", "version": 1, "classes": {}}', encoding="utf-8")
    (project / "fixes" / "errs.mf").write_text(ERRS, encoding="utf-8")
    code, out, _ = check(project, "fixes/errs.mf")
    assert code == 1 and "MF101" in out  # the configured manifest knows OrderCell's superclass
    code, out, _ = check(project, "fixes/errs.mf", "--manifest", "next.json")
    assert code == 0 and "MF101" not in out  # checked against the next version's manifest alone
    code, out, _ = check(project, "fixes/errs.mf", "--extend-manifest", "next.json")
    assert code == 1 and "MF101" in out


def test_directories_skip_hidden_node_modules_and_git_ignored(project: Path) -> None:
    (project / ".git").mkdir()
    (project / ".gitignore").write_text("build/\n*.generated.mf\n", encoding="utf-8")
    fixes = project / "fixes"
    (fixes / "sub").mkdir()
    (fixes / "sub" / ".gitignore").write_text("draft.mf\n!keep.generated.mf\n", encoding="utf-8")
    for rel in (
        ".hidden/a.mf", "node_modules/pkg/b.mf", "build/c.mf", "x.generated.mf", "sub/draft.mf",
        "sub/keep.generated.mf", "sub/kept.mf",
    ):  # fmt: skip
        (fixes / rel).parent.mkdir(parents=True, exist_ok=True)
        (fixes / rel).write_text(ERRS, encoding="utf-8")
    code, out, _ = check(project, "fixes", "--manifest", "app_classes.json", "--format", "json")
    checked = sorted({d["path"] for d in json.loads(out)["diagnostics"]})
    assert checked == ["fixes/nested/warns.mg", "fixes/sub/keep.generated.mf", "fixes/sub/kept.mf"]
    assert json.loads(out)["summary"]["files"] == 4  # with clean.mf
    # a file named on the command line is checked all the same
    code, out, _ = check(project, "fixes/build/c.mf", "--manifest", "app_classes.json")
    assert code == 1 and "MF101" in out


_CLANG_LINE = re.compile(r"^(?P<path>/[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<kind>error|warning|note): (?P<msg>.+)$")


def test_xcode_format_is_what_xcode_reads(project: Path) -> None:
    (project / "fixes" / "errs.mf").write_text(ERRS + "int x = 1\nint y = 2;\n", encoding="utf-8")
    code, out, _ = check(project, "fixes/errs.mf", "--manifest", "app_classes.json", "--format", "xcode")
    assert code == 1
    lines = out.splitlines()
    parsed = [_CLANG_LINE.match(line) for line in lines if not line.startswith("Orders/")]
    assert all(parsed), lines
    heads = [(m["kind"], m["line"], m["col"], m["msg"].rsplit(" ", 1)[-1]) for m in parsed if m and m["kind"] != "note"]
    assert heads == [("error", "1", "19", "[MF101]"), ("error", "2", "10", "[MF003]")]
    assert all(m["path"] == str(project / "fixes" / "errs.mf") for m in parsed if m)


def test_statistics_and_exit_zero(project: Path) -> None:
    (project / "fixes" / "errs.mf").write_text(ERRS + "total = 1;\nother = 2;\n", encoding="utf-8")
    code, out, _ = check(project, "fixes/errs.mf", "--manifest", "app_classes.json", "--statistics")
    assert code == 1
    assert out.splitlines() == [
        "2  MF131  assign-undeclared  warning",
        "1  MF101  superclass-mismatch  error",
        "1 error, 2 warnings, 0 info in 1 file",
    ]
    code, _, _ = check(project, "fixes/errs.mf", "--manifest", "app_classes.json", "--exit-zero")
    assert code == 0
    code, _, _ = check(project, "fixes/errs.mf", "--manifest", "app_classes.json", "--exit-zero", "--select", "MF9")
    assert code == 2  # a usage error is still one


@pytest.mark.parametrize(
    ("option", "env", "coloured"),
    [
        (None, {}, False),  # not a terminal
        (None, {"FORCE_COLOR": "1"}, True),
        (None, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ("always", {"NO_COLOR": "1"}, True),
        ("never", {"FORCE_COLOR": "1"}, False),
    ],
)
def test_color_option_and_environment(
    project: Path, monkeypatch: pytest.MonkeyPatch, option: str | None, env: dict[str, str], coloured: bool
) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    (project / "fixes" / "errs.mf").write_text(ERRS, encoding="utf-8")
    args = (["--color", option] if option else []) + ["check", "fixes/errs.mf", "--manifest", "app_classes.json"]
    proc = run(*args, cwd=project)
    assert proc.returncode == 1 and "MF101" in proc.stdout
    assert ("\x1b[" in proc.stdout) is coloured


def test_show_files_and_show_settings(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.mangopy]\nmanifest = ["app_classes.json"]\nignore = ["mf103"]\nfail-on = "warning"\n', encoding="utf-8"
    )
    code, out, _ = check(project, "fixes", "--show-files")
    assert code == 0 and out.splitlines() == ["fixes/clean.mf", "fixes/nested/warns.mg"]
    code, out, _ = check(project, "fixes", "--show-settings", "--extend-manifest", "next.json", "--select", "mf1")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == f"configuration: {project / 'pyproject.toml'}"
    assert lines[1] == f"manifests: {project / 'app_classes.json'}, next.json"
    assert "select: MF1" in lines and "ignore: MF103" in lines and "fail on: warning and above" in lines


def test_junit_report_reads_in_a_junit_parser(project: Path) -> None:
    from junitparser import Failure, JUnitXml

    (project / "fixes" / "errs.mf").write_text(ERRS + "total = 1;\n", encoding="utf-8")
    code, out, _ = check(project, "fixes", "--manifest", "app_classes.json", "--format", "junit")
    assert code == 1
    (project / "report.xml").write_text(out, encoding="utf-8")
    xml = JUnitXml.fromfile(str(project / "report.xml"))
    suites = {suite.name: suite for suite in xml}
    assert sorted(suites) == ["fixes/clean.mf", "fixes/errs.mf", "fixes/nested/warns.mg"]
    errs = {case.name: case for case in suites["fixes/errs.mf"]}
    assert sorted(errs) == ["MF101 1:19", "MF131 2:1"]
    [failure] = errs["MF101 1:19"].result
    assert isinstance(failure, Failure) and failure.type == "MF101"
    assert errs["MF131 2:1"].is_passed  # a warning, below the failing severity (error)
    assert [c.name for c in suites["fixes/clean.mf"]] == ["mangopy check"]
    assert (xml.tests, xml.failures) == (4, 1)


# GitLab's Code Quality report: the fields its documentation requires (docs.gitlab.com, "Code
# Quality report format"), and the severities it accepts.
GITLAB_CODE_QUALITY = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string"},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {"begin": {"type": "integer", "minimum": 1}},
                    },
                },
            },
        },
    },
}


def test_gitlab_code_quality_report(project: Path) -> None:
    import jsonschema

    (project / "fixes" / "errs.mf").write_text(ERRS + "total = 1;\ntotal = 1;\n", encoding="utf-8")
    code, out, _ = check(project, "fixes", "--manifest", "app_classes.json", "--format", "gitlab")
    assert code == 1
    issues = json.loads(out)
    jsonschema.validate(issues, GITLAB_CODE_QUALITY)
    mine = [i for i in issues if i["location"]["path"] == "fixes/errs.mf"]
    assert [(i["check_name"], i["severity"], i["location"]["lines"]["begin"]) for i in mine] == [
        ("MF101", "critical", 1), ("MF131", "major", 2), ("MF131", "major", 3),
    ]  # fmt: skip
    assert len({i["fingerprint"] for i in issues}) == len(issues)  # unique, even for the same finding twice
    again = json.loads(check(project, "fixes", "--manifest", "app_classes.json", "--format", "gitlab")[1])
    assert [i["fingerprint"] for i in again] == [i["fingerprint"] for i in issues]  # stable


def test_checkstyle_report(project: Path) -> None:
    import xml.etree.ElementTree as ET

    (project / "fixes" / "errs.mf").write_text(ERRS, encoding="utf-8")
    code, out, _ = check(project, "fixes", "--manifest", "app_classes.json", "--format", "checkstyle")
    assert code == 1
    root = ET.fromstring(out)
    assert root.tag == "checkstyle"
    files = {f.get("name"): f for f in root.findall("file")}
    assert sorted(files) == ["fixes/clean.mf", "fixes/errs.mf", "fixes/nested/warns.mg"]
    [error] = files["fixes/errs.mf"].findall("error")
    assert (error.get("line"), error.get("column"), error.get("severity"), error.get("source")) == (
        "1", "19", "error", "mangopy.MF101",
    )  # fmt: skip
    assert files["fixes/nested/warns.mg"].find("error").get("severity") == "warning"


def test_stdin_filename_names_the_script_and_finds_its_configuration(project: Path) -> None:
    app = project / "app"
    (app / "fixes").mkdir(parents=True)
    (app / "pyproject.toml").write_text('[tool.mangopy]\nmanifest = ["../app_classes.json"]\n', encoding="utf-8")
    proc = run("check", "-", "--stdin-filename", "app/fixes/order.mf", stdin=ERRS.encode(), cwd=project)
    assert proc.returncode == 1
    assert proc.stdout.startswith("app/fixes/order.mf:1:19: error MF101")  # the app's manifest, found from the name


def test_each_script_gets_the_configuration_nearest_above_it(project: Path) -> None:
    """Whatever the order of the paths, as ruff does."""
    for name, conf in (("strict", 'fail-on = "warning"\n'), ("lenient", 'ignore = ["MF113"]\n')):
        (project / name).mkdir()
        (project / name / "pyproject.toml").write_text(
            f'[tool.mangopy]\nmanifest = ["../app_classes.json"]\n{conf}', encoding="utf-8"
        )
        (project / name / "fix.mf").write_text(WARNS, encoding="utf-8")
    for order in (("strict", "lenient"), ("lenient", "strict")):
        code, out, _ = check(project, *order, "--format", "json")
        found = {(d["path"], d["code"]) for d in json.loads(out)["diagnostics"]}
        assert found == {("strict/fix.mf", "MF113")}, order  # ignored by lenient/'s configuration
        assert code == 1, order  # strict/ fails on warnings
    code, _, _ = check(project, "lenient")
    assert code == 0


def test_exclude_and_per_file_ignores_in_the_configuration(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.mangopy]\nmanifest = ["app_classes.json"]\nexclude = ["fixes/vendor/"]\n'
        'extend-exclude = ["*.draft.mf"]\nper-file-ignores = { "fixes/legacy/*.mf" = ["mf113"] }\n',
        encoding="utf-8",
    )
    fixes = project / "fixes"
    for rel in ("vendor/v.mf", "a.draft.mf", "legacy/old.mf"):
        (fixes / rel).parent.mkdir(parents=True, exist_ok=True)
        (fixes / rel).write_text(WARNS, encoding="utf-8")
    code, out, _ = check(project, "fixes", "--show-files")
    assert out.splitlines() == ["fixes/clean.mf", "fixes/legacy/old.mf", "fixes/nested/warns.mg"]
    code, out, _ = check(project, "fixes", "--format", "json")
    assert {(d["path"], d["code"]) for d in json.loads(out)["diagnostics"]} == {("fixes/nested/warns.mg", "MF113")}
    code, out, _ = check(project, "fixes/vendor/v.mf")  # named: checked all the same
    assert "MF113" in out
    (project / "pyproject.toml").write_text(
        '[tool.mangopy]\nper-file-ignores = { "fixes/*.mf" = ["MF1O1"] }\n', encoding="utf-8"
    )
    code, _, err = check(project, "fixes/clean.mf")
    assert code == 2 and "per-file-ignores: `MF1O1` is not a rule code" in err


def test_quiet_and_verbose(project: Path) -> None:
    (project / "fixes" / "errs.mf").write_text(ERRS, encoding="utf-8")
    code, out, err = check(project, "fixes/errs.mf", "-q")
    assert code == 0 and "MF103" in out  # no manifest: OrderCell is new (an info)
    assert "in 1 file" not in out and "note: no app manifest" not in err
    code, out, err = check(project, "fixes/errs.mf", "-q", "--manifest", "app_classes.json")
    assert code == 1 and "MF101" in out and "in 1 file" not in out
    code, _, err = check(project, "fixes", "-v", "--manifest", "app_classes.json", "--no-baseline")
    assert "mangopy: configuration (none: defaults) (from fixes/clean.mf): manifests app_classes.json, " in err
    assert "without the SDK baseline" in err and err.count("mangopy: configuration") == 1  # one configuration


FIXABLE = (
    "int a = 1\nNSNumber *n = 1;\nint c = 3; // mangopy: ignore[MF131]\n"
    "class OrderListController : UIViewController {\n- (void)reloadOrdersAnimate:(BOOL)a { }\n}\n"
)


def test_fix_diff_and_unsafe_fixes(project: Path) -> None:
    script = project / "fixes" / "fixable.mf"
    script.write_text(FIXABLE, encoding="utf-8")
    code, out, _ = check(project, "fixes/fixable.mf", "--manifest", "app_classes.json", "--diff")
    assert code == 1 and script.read_text(encoding="utf-8") == FIXABLE  # nothing written
    assert "+int a = 1;\n" in out and "+NSNumber *n = @(1);\n" in out and "+int c = 3;\n" in out
    assert "reloadOrdersAnimated" not in out  # a guess: only with --unsafe-fixes
    code, out, _ = check(project, "fixes/fixable.mf", "--manifest", "app_classes.json", "--fix")
    safe = script.read_text(encoding="utf-8")
    assert safe.startswith("int a = 1;\nNSNumber *n = @(1);\nint c = 3;\n")
    assert code == 0 and "MF113" in out and out.rstrip().endswith("(3 fixed)")  # what is left is reported
    code, out, _ = check(project, "fixes/fixable.mf", "--manifest", "app_classes.json", "--fix", "--unsafe-fixes")
    assert "- (void)reloadOrdersAnimated:(BOOL)a { }" in script.read_text(encoding="utf-8")
    assert code == 0 and "0 errors, 0 warnings" in out
    code, out, _ = check(project, "fixes/fixable.mf", "--manifest", "app_classes.json", "--diff")
    assert code == 0 and out == ""  # nothing left to fix


def test_fix_on_the_example_broken_script(project: Path) -> None:
    """The Objective-C habits of examples/broken_fix.mf are fixed; a second run changes nothing; what
    is left are the findings no edit can settle (they need the author)."""
    script = project / "broken_fix.mf"
    shutil.copy(EXAMPLES / "broken_fix.mf", script)
    code, before, _ = check(project, "broken_fix.mf", "--manifest", "app_classes.json", "--format", "json")
    assert code == 1
    fixable = [d for d in json.loads(before)["diagnostics"] if d.get("fix")]
    code, out, _ = check(project, "broken_fix.mf", "--manifest", "app_classes.json", "--fix")
    fixed = script.read_text(encoding="utf-8")
    assert code == 0 and out.rstrip().endswith(f"({len(fixable)} fixed)")
    assert "super.viewDidLoad();" in fixed and "@(YES)" in fixed and "self.orders.count() : 0" in fixed
    assert "- (void)reset;" not in fixed and "self.ORGviewDidLoad();" in fixed
    code, out, _ = check(project, "broken_fix.mf", "--manifest", "app_classes.json", "--fix")  # idempotent
    assert script.read_text(encoding="utf-8") == fixed and "fixed" not in out
    code, out, _ = check(project, "broken_fix.mf", "--manifest", "app_classes.json", "--format", "json")
    left = json.loads(out)["diagnostics"]
    assert left and all(not d.get("fix") and not d["code"].startswith("MF0") for d in left)
    assert run("parse", str(script), cwd=project).returncode == 0


def test_baseline_accepts_existing_findings_and_catches_new_ones(project: Path) -> None:
    script = project / "fixes" / "rules.mf"
    shutil.copy(EXAMPLES / "broken_rules.mf", script)
    args = ("fixes/rules.mf", "--manifest", "app_classes.json", "--baseline", "ci/baseline.json")
    (project / "ci").mkdir()
    code, out, err = check(project, *args, "--write-baseline", "--fail-on", "info")
    recorded = json.loads((project / "ci" / "baseline.json").read_text(encoding="utf-8"))
    n = sum(f["count"] for f in recorded["findings"])
    assert code == 0 and f"wrote {n} findings" in err and out.rstrip().endswith(f"({n} baselined)")
    assert {f["path"] for f in recorded["findings"]} == {"../fixes/rules.mf"}  # relative to the baseline
    # lines moved down and a second copy of an accepted finding: only the copy is new
    text = script.read_text(encoding="utf-8")
    script.write_text("// moved\n\n" + text.replace("    total = 0;\n", "    total = 0;\n    total = 0;\n"), "utf-8")
    code, out, _ = check(project, *args, "--fail-on", "warning", "--format", "json")
    data = json.loads(out)
    assert code == 1 and [d["code"] for d in data["diagnostics"]] == ["MF131"]
    assert data["summary"]["baselined"] == n
    # a finding fixed: the baseline has a stale entry, which is said, not failed
    script.write_text(text.replace("    total = 0;\n", ""), "utf-8")
    code, out, err = check(project, *args, "--fail-on", "info")
    assert code == 0 and "1 finding of the baseline no longer occurs" in err


def test_baseline_never_accepts_load_blocking_errors(project: Path) -> None:
    script = project / "fixes" / "broken.mf"
    script.write_text("int a = 1\nint b = ;\n", encoding="utf-8")
    args = ("fixes/broken.mf", "--manifest", "app_classes.json", "--baseline", "b.json")
    code, out, _ = check(project, *args, "--write-baseline")
    assert code == 1 and out.count("MF003") == 2  # still reported, so still failing
    assert json.loads((project / "b.json").read_text(encoding="utf-8"))["findings"] == []
    # a hand-written entry for it does not help either
    forged = {"mangopy-baseline": 1, "findings": [{"path": "fixes/broken.mf", "code": "MF003", "line": "int b = ;"}]}
    (project / "b.json").write_text(json.dumps(forged), encoding="utf-8")
    code, out, _ = check(project, *args)
    assert code == 1 and out.count("MF003") == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read the baseline"),
        ("{", "not a mangopy baseline (not JSON"),
        ('{"findings": []}', 'expected "mangopy-baseline": 1'),
        ('{"mangopy-baseline": 1, "findings": [{"path": "a.mf", "code": "MF131", "count": 0}]}', "finding 1:"),
    ],
)
def test_a_bad_baseline_is_a_usage_error(project: Path, content: str | None, message: str) -> None:
    if content is not None:
        (project / "b.json").write_text(content, encoding="utf-8")
    code, _, err = check(project, "fixes/clean.mf", "--baseline", "b.json")
    assert code == 2 and message in err and "Traceback" not in err
    code, _, err = check(project, "fixes/clean.mf", "--write-baseline")
    assert code == 2 and "--write-baseline needs --baseline FILE" in err


def test_watch_checks_again_after_a_change_until_interrupted(project: Path) -> None:
    import os
    import queue
    import signal
    import subprocess
    import sys
    import threading
    import time

    script = project / "fixes" / "clean.mf"
    proc = subprocess.Popen(
        [sys.executable, "-m", "mangopy", "check", "fixes", "--manifest", "app_classes.json", "--watch"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "MANGOPY_CACHE_DIR": str(project / "cache")},
    )
    assert proc.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()  # type: ignore[union-attr]

    def summaries(touch: Path | None = None) -> list[str]:
        """Lines up to the next summary line (the file rewritten each second until one comes)."""
        got: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if touch is not None:
                touch.write_text(ERRS, encoding="utf-8")  # the watcher may not be set up the first time
            try:
                while True:
                    got.append(lines.get(timeout=1))
                    if " in 2 files" in got[-1]:
                        return got
            except queue.Empty:
                continue
        raise AssertionError(f"no new report: {got}")

    try:
        assert summaries()[-1] == "0 errors, 1 warning, 0 info in 2 files\n"
        got = summaries(touch=script)  # a new error
        assert any(line.startswith("fixes/clean.mf:1:19: error MF101") for line in got), got
        assert got[-1] == "1 error, 1 warning, 0 info in 2 files\n"
    finally:
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=30)
    assert "changed:" in err and "Traceback" not in err
    assert proc.returncode == 1, err  # the last run's status
