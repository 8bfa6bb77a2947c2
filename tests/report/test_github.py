"""`render_github`: one workflow command per diagnostic, escaped as GitHub's toolkit escapes."""

from __future__ import annotations

import re

from mangopy.diagnostics import Diagnostic, LineIndex, Related, Severity
from mangopy.report import FileReport
from mangopy.report.github import escape_data, escape_property, render_github
from tests.report.helpers import ENDLESS_FOR, MISSING_EXPRESSION, OPEN_COMMENT, report


def test_error() -> None:
    assert render_github([report(MISSING_EXPRESSION, "fixes/a.mg")]) == (
        "::error file=fixes/a.mg,line=1,col=9,endLine=1,endColumn=10,title=MF003::"
        "unexpected `;`; expected an expression"
    )


def test_warning_with_hint() -> None:
    assert render_github([report(ENDLESS_FOR, "fixes/b.mf")]) == (
        "::warning file=fixes/b.mf,line=1,col=1,endLine=1,endColumn=10,title=MF012::"
        "`for` without a condition: MangoFix does not treat a missing condition as true, "
        "so the body does not run (debug builds assert)"
        "%0Ahint: write the condition, e.g. `for (; YES; )`, or use `while (YES) { ... }`"
    )


def test_related_location_becomes_a_note() -> None:
    assert render_github([report(OPEN_COMMENT, "c.mg")]) == (
        "::error file=c.mg,line=1,col=19,endLine=1,endColumn=19,title=MF002::"
        "unterminated comment: the `/*` is never closed before the end of the file"
        "%0Ahint: close it with `*/`"
        "%0Anote: c.mg:1:12: comment opened here"
    )


def test_notice_and_escaping() -> None:
    text = "int a = 1;\nint b = 2;\n"
    d = Diagnostic(
        "MF900",
        Severity.INFO,
        "100% sure:\r\nsecond, line",
        11,
        21,
        hint="a, b: c%",
        related=[Related("over there", 0, 1, path="other,file.mg")],
    )
    line = render_github([FileReport("dir,x/a:b.mg", LineIndex(text), [d])])
    assert line == (
        "::notice file=dir%2Cx/a%3Ab.mg,line=2,col=1,endLine=2,endColumn=11,title=MF900::"
        "100%25 sure:%0D%0Asecond, line%0Ahint: a, b: c%25%0Anote: other,file.mg: over there"
    )


def test_one_line_per_diagnostic_in_file_order() -> None:
    reports = [
        report("int a = ;\nint b = ;\n", "a.mg"),
        report("int fine = 1;\n", "clean.mg"),
        report(ENDLESS_FOR, "b.mg"),
    ]
    lines = render_github(reports).split("\n")
    heads = [re.match(r"::(\w+) file=([^,]+),line=(\d+)", x) for x in lines]
    assert [m.groups() if m else x for m, x in zip(heads, lines, strict=True)] == [
        ("error", "a.mg", "1"),
        ("error", "a.mg", "2"),
        ("warning", "b.mg", "1"),
    ]


def test_nothing_to_report() -> None:
    assert render_github([]) == ""
    assert render_github([report("int fine = 1;\n")]) == ""


def test_escape_functions() -> None:
    assert escape_data("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad:e,f"
    assert escape_property("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad%3Ae%2Cf"
    # `%` first, so an escape sequence is never escaped twice
    assert escape_property("%3A") == "%253A"
