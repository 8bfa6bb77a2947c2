"""FileReports from real parses, and a small rule catalogue, shared by the renderer tests."""

from __future__ import annotations

from mangopy.diagnostics import RuleInfo, Severity
from mangopy.report import FileReport
from mangopy.syntax import parse

MISSING_EXPRESSION = "int a = ;"  # MF003 error at 1:9-1:10
ENDLESS_FOR = "for (;;) { break; }"  # MF012 warning at 1:1-1:10, with a hint
OPEN_COMMENT = "int a = 1; /* open"  # MF002 error at 1:19-1:19, related "comment opened here" at 1:12

RULES = [
    RuleInfo(
        code="MF003",
        name="syntax-error",
        severity=Severity.ERROR,
        summary="MangoFix cannot parse the script",
        explanation="The script does not follow MangoFix's grammar, so MangoFix rejects the whole file.",
        bad="int a = ;\n",
        good="int a = 1;\n",
    ),
    RuleInfo(
        code="MF012",
        name="for-without-condition",
        severity=Severity.WARNING,
        summary="`for` without a condition never runs its body",
        explanation="MangoFix does not treat a missing `for` condition as true.",
        bad="for (;;) { break; }\n",
        good="while (YES) { break; }\n",
    ),
    RuleInfo(code="MF900", name="example-info", severity=Severity.INFO, summary="An informational rule"),
]


def report(text: str, path: str = "fixes/a.mg") -> FileReport:
    result = parse(text, path)
    return FileReport(path, result.index, result.diagnostics)
