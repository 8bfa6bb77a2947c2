"""`render_sarif`: exact fields, and validity against the official SARIF 2.1.0 JSON schema.

The schema is the OASIS file (``Schemata/sarif-schema-2.1.0.json`` of oasis-tcs/sarif-spec, errata01),
vendored in data/ (see data/README.md for where it comes from); its SHA-256 is pinned below.
A missing schema fails the tests: it never skips them.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from mangopy.diagnostics import Diagnostic, LineIndex, Related, Severity
from mangopy.report import FileReport
from mangopy.report.sarif import artifact_uri, render_sarif
from tests.report.helpers import ENDLESS_FOR, MISSING_EXPRESSION, OPEN_COMMENT, RULES, report

SCHEMA = Path(__file__).with_name("data") / "sarif-schema-2.1.0.json"
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    data = SCHEMA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SCHEMA_SHA256, (
        f"{SCHEMA} is not the OASIS SARIF 2.1.0 (errata01) schema this test was written against"
    )
    schema = json.loads(data)
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def errors(validator: jsonschema.Draft7Validator, log: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def sarif(reports: list[FileReport], rules: list[Any] = RULES, version: str = "1.2.3") -> dict[str, Any]:
    return json.loads(render_sarif(reports, rules, version))


def three_files() -> list[FileReport]:
    return [
        report(MISSING_EXPRESSION, "fixes/a.mg"),
        report(ENDLESS_FOR, "fixes/b.mf"),
        report(OPEN_COMMENT, "fixes/c.mg"),
        report("int ok = 1;\n", "fixes/clean.mg"),
    ]


# -- the schema itself ---------------------------------------------------------------------------


def test_the_schema_is_the_official_one(validator: jsonschema.Draft7Validator) -> None:
    assert validator.schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert validator.schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")


def _mutate(log: dict[str, Any], how: str) -> dict[str, Any]:
    log = copy.deepcopy(log)
    result = log["runs"][0]["results"][0]
    if how == "fatal level":
        result["level"] = "fatal"
    elif how == "0-based column":
        result["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0
    elif how == "no message":
        del result["message"]
    elif how == "wrong version":
        log["version"] = "2.0.0"
    elif how == "unknown property":
        result["severity"] = "error"
    elif how == "rule level":
        log["runs"][0]["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"] = "info"
    return log


@pytest.mark.parametrize(
    "how", ["fatal level", "0-based column", "no message", "wrong version", "unknown property", "rule level"]
)
def test_the_validator_rejects_broken_logs(validator: jsonschema.Draft7Validator, how: str) -> None:
    log = sarif(three_files())
    assert errors(validator, log) == []
    assert errors(validator, _mutate(log, how)) != []


# -- validity ------------------------------------------------------------------------------------


def test_log_is_valid(validator: jsonschema.Draft7Validator) -> None:
    assert errors(validator, sarif(three_files())) == []


def test_empty_log_is_valid(validator: jsonschema.Draft7Validator) -> None:
    log = sarif([], [])
    assert errors(validator, log) == []
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["tool"]["driver"]["rules"] == []


def test_code_missing_from_the_rules_is_valid_without_rule_index(validator: jsonschema.Draft7Validator) -> None:
    log = sarif([report(OPEN_COMMENT)])  # MF002 is not in RULES
    assert errors(validator, log) == []
    (result,) = log["runs"][0]["results"]
    assert result["ruleId"] == "MF002"
    assert "ruleIndex" not in result
    assert errors(validator, sarif([report(MISSING_EXPRESSION)], [])) == []


# -- exact fields --------------------------------------------------------------------------------


def test_top_level_and_driver() -> None:
    log = sarif(three_files())
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "mangopy"
    assert driver["version"] == "1.2.3"
    assert driver["informationUri"] == "https://github.com/mangopy/mangopy"
    assert [r["id"] for r in driver["rules"]] == ["MF003", "MF012", "MF900"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["artifacts"] == [
        {"location": {"uri": uri}, "roles": ["analysisTarget"]}
        for uri in ("fixes/a.mg", "fixes/b.mf", "fixes/c.mg", "fixes/clean.mg")
    ]


def test_reporting_descriptors() -> None:
    mf003, mf012, mf900 = sarif([])["runs"][0]["tool"]["driver"]["rules"]
    assert mf003["id"] == "MF003"
    assert mf003["name"] == "syntax-error"
    assert mf003["shortDescription"] == {"text": "MangoFix cannot parse the script"}
    assert mf003["fullDescription"] == {
        "text": "The script does not follow MangoFix's grammar, so MangoFix rejects the whole file."
    }
    assert mf003["defaultConfiguration"] == {"level": "error"}
    assert mf003["help"]["markdown"] == (
        "The script does not follow MangoFix's grammar, so MangoFix rejects the whole file.\n\n"
        "Triggers the rule:\n\n```\nint a = ;\n```\n\n"
        "Correct:\n\n```\nint a = 1;\n```"
    )
    assert mf003["help"]["text"] == (
        "The script does not follow MangoFix's grammar, so MangoFix rejects the whole file.\n\n"
        "Triggers the rule:\n\n    int a = ;\n\n"
        "Correct:\n\n    int a = 1;"
    )
    assert mf012["defaultConfiguration"] == {"level": "warning"}
    assert mf900["defaultConfiguration"] == {"level": "note"}
    # no explanation and no examples: the summary stands in
    assert mf900["fullDescription"] == {"text": "An informational rule"}
    assert mf900["help"] == {"text": "An informational rule", "markdown": "An informational rule"}


def test_help_fence_is_longer_than_backticks_in_the_example() -> None:
    from mangopy.diagnostics import RuleInfo

    rule = RuleInfo("MF901", "ticks", Severity.INFO, "s", bad="a = ```;")
    markdown = sarif([], [rule])["runs"][0]["tool"]["driver"]["rules"][0]["help"]["markdown"]
    assert markdown == "s\n\nTriggers the rule:\n\n````\na = ```;\n````"


def test_results() -> None:
    a, b, c = sarif(three_files())["runs"][0]["results"]
    assert a == {
        "ruleId": "MF003",
        "ruleIndex": 0,
        "level": "error",
        "message": {"text": "unexpected `;`; expected an expression"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": "fixes/a.mg", "index": 0},
                    "region": {"startLine": 1, "startColumn": 9, "endLine": 1, "endColumn": 10},
                }
            }
        ],
    }
    assert b["ruleId"] == "MF012"
    assert b["ruleIndex"] == 1
    assert b["level"] == "warning"
    assert b["message"]["text"].endswith(
        "(debug builds assert) (hint: write the condition, e.g. `for (; YES; )`, or use `while (YES) { ... }`)"
    )
    assert b["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "fixes/b.mf", "index": 1},
        "region": {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 10},
    }
    assert c["ruleId"] == "MF002"
    assert c["level"] == "error"
    assert c["message"]["text"] == (
        "unterminated comment: the `/*` is never closed before the end of the file (hint: close it with `*/`)"
    )
    assert c["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1,
        "startColumn": 19,
        "endLine": 1,
        "endColumn": 19,
    }
    assert c["relatedLocations"] == [
        {
            "id": 1,
            "physicalLocation": {
                "artifactLocation": {"uri": "fixes/c.mg", "index": 2},
                "region": {"startLine": 1, "startColumn": 12, "endLine": 1, "endColumn": 14},
            },
            "message": {"text": "comment opened here"},
        }
    ]


def test_regions_on_later_lines() -> None:
    (result,) = sarif([report("int a = 1;\n\tint b = ;\n")])["runs"][0]["results"]
    # a tab is one column
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 2,
        "startColumn": 10,
        "endLine": 2,
        "endColumn": 11,
    }


def test_related_location_in_another_file(validator: jsonschema.Draft7Validator) -> None:
    b_text = "typedef int Count;\n"
    a = report("int a = 1;\n", "fixes/a.mg")
    a.diagnostics.append(
        Diagnostic(
            "MF900",
            Severity.INFO,
            "duplicate typedef",
            0,
            3,
            related=[
                Related("first typedef here", 8, 11, path="fixes/b.mg"),
                Related("elsewhere", 0, 4, path="lib/not_analysed.mg"),
            ],
        )
    )
    b = FileReport("fixes/b.mg", LineIndex(b_text), [])
    log = sarif([a, b])
    assert errors(validator, log) == []
    (result,) = log["runs"][0]["results"]
    assert result["ruleIndex"] == 2
    assert result["level"] == "note"
    assert result["relatedLocations"] == [
        {
            "id": 1,
            "physicalLocation": {
                "artifactLocation": {"uri": "fixes/b.mg", "index": 1},
                "region": {"startLine": 1, "startColumn": 9, "endLine": 1, "endColumn": 12},
            },
            "message": {"text": "first typedef here"},
        },
        {
            # no text for that file: no way to place the offsets, so no region
            "id": 2,
            "physicalLocation": {"artifactLocation": {"uri": "lib/not_analysed.mg"}},
            "message": {"text": "elsewhere"},
        },
    ]


def test_artifact_uris() -> None:
    assert artifact_uri("fixes/a.mg") == "fixes/a.mg"
    assert artifact_uri("./fixes/a.mg") == "fixes/a.mg"
    assert artifact_uri("a.mg") == "a.mg"
    assert artifact_uri("fixes/my fix%1.mg") == "fixes/my%20fix%251.mg"
    assert artifact_uri("odd:name.mg") == "odd%3Aname.mg"  # a colon would read as a URI scheme
    assert artifact_uri("fixes/café.mg") == "fixes/caf%C3%A9.mg"
    assert artifact_uri("<stdin>") == "%3Cstdin%3E"
    assert artifact_uri("/work/fixes/a b.mg") == "file:///work/fixes/a%20b.mg"


def test_paths_as_given_are_valid_uri_references(validator: jsonschema.Draft7Validator) -> None:
    reports = [report(MISSING_EXPRESSION, p) for p in ("fixes/my fix.mg", "/abs/x.mg", "<stdin>", "../up.mg")]
    log = sarif(reports)
    assert errors(validator, log) == []
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]]
    assert uris == ["fixes/my%20fix.mg", "file:///abs/x.mg", "%3Cstdin%3E", "../up.mg"]


def test_output_is_deterministic_json_text() -> None:
    text = render_sarif(three_files(), RULES, "1.2.3")
    assert text == render_sarif(three_files(), RULES, "1.2.3")
    assert text.startswith('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",')
