"""The converter's acceptance oracle: for every converted method, the Objective-C (libclang's tree)
and the MangoFix (mangopy's tree), reduced to a common normal form (tests/convert/normal_form.py:
sends with selector and receiver, member reads, assignments, calls, control flow, literals), are
equal, except where a diagnostic says why (the statements the conversion reports as left out)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from mangopy.convert import Conversion, convert_file
from mangopy.convert.source import Source, implementations, read_source
from mangopy.semantics.manifest import Manifest, baseline
from mangopy.syntax import ParseResult, ast, parse
from tests.convert.normal_form import Event, first_difference, left_out_lines, mangofix_form, objc_form

DATA = Path(__file__).resolve().parent / "data"
FIXTURES = sorted(DATA.glob("*.m"))

# methods whose forms differ because of a converter bug (strict: the mark goes when the bug does)
KNOWN_BUGS: dict[str, str] = {}  # "fixture -[Class sel]": why its forms differ (strict xfail)


@functools.cache
def _manifests() -> tuple[Manifest, ...]:
    return (baseline(),)


@dataclass
class Converted:
    """A file's conversion, its script's tree and clang's tree (kept alive: cursors point into it)."""

    conversion: Conversion
    parsed: ParseResult
    source: Source
    cursors: dict[str, Any] = field(default_factory=dict)  # "-[Class sel]" -> clang's method cursor
    script: dict[str, ast.MethodDef] = field(default_factory=dict)  # "-[Class sel]" -> the script's method


def convert(path: Path) -> Converted:
    conversion = convert_file(path, list(_manifests()))
    parsed = parse(conversion.text)
    source = read_source(path, list(_manifests()))
    found = Converted(conversion, parsed, source)
    for _name, label, cursor in implementations(source.tu, str(path)):
        found.cursors[label] = cursor
    for definition in parsed.module.definitions:
        if isinstance(definition, ast.ClassDef):
            for member in definition.members:
                if isinstance(member, ast.MethodDef):
                    sign = "+" if member.is_class_method else "-"
                    found.script[f"{sign}[{definition.name.id} {member.selector}]"] = member
    return found


@functools.cache
def converted(name: str) -> Converted:
    """Each fixture converted once (at collection, for its methods' names; the tests reuse it)."""
    return convert(DATA / name)


def forms(found: Converted, label: str) -> tuple[list[Event], list[Event]]:
    """(the Objective-C's form, the MangoFix's form) of one method."""
    skipped = left_out_lines(found.conversion.problems)
    return objc_form(found.cursors[label], skipped, found.source.text), mangofix_form(found.script[label])


def disagreements(found: Converted) -> list[str]:
    """What the oracle finds wrong in a conversion: a script that does not parse, a method whose
    forms differ, a method missing from the script with no error saying why."""
    if not found.parsed.ok:
        return [f"the script does not parse: {[d.message for d in found.parsed.errors]}"]
    out = []
    for label, cursor in found.cursors.items():
        if label not in found.script:
            lines = {p.line for p in found.conversion.problems if p.severity == "error"}
            if cursor.extent.start.line not in lines:
                out.append(f"{label}: missing from the script, and no error says why")
            continue
        expected, got = forms(found, label)
        if expected != got:
            out.append(f"{label}: {first_difference(expected, got)}")
    return out


def _method_params() -> list[Any]:
    params = []
    for fixture in FIXTURES:
        for label in converted(fixture.name).cursors:
            key = f"{fixture.name} {label}"
            marks = [pytest.mark.xfail(reason=KNOWN_BUGS[key], strict=True)] if key in KNOWN_BUGS else []
            params.append(pytest.param(fixture.name, label, id=key, marks=marks))
    return params


@pytest.mark.parametrize(("fixture", "label"), _method_params())
def test_the_objective_c_and_the_mangofix_of_each_method_agree(fixture: str, label: str) -> None:
    found = converted(fixture)
    assert found.parsed.ok, [d.message for d in found.parsed.errors]
    if label not in found.script:  # a method not converted at all: an error says why, at its line
        lines = {p.line for p in found.conversion.problems if p.severity == "error"}
        assert found.cursors[label].extent.start.line in lines, f"{label} is missing from the script"
        return
    expected, got = forms(found, label)
    assert expected, "an empty form compares nothing"
    assert got == expected, first_difference(expected, got)


def test_every_method_is_compared_and_the_forms_say_much() -> None:
    """Every fixture method is in the comparison, and the forms hold every kind of event (a form
    too coarse to tell two methods apart would agree with anything)."""
    kinds: set[str] = set()
    compared = 0
    for fixture in FIXTURES:
        found = converted(fixture.name)
        assert found.cursors, fixture.name
        for label in found.cursors:
            if label in found.script:
                compared += 1
                kinds.update(event[0] for event in forms(found, label)[0])
    assert compared >= 30
    assert "unknown" not in kinds
    assert kinds >= {
        "send", "member", "call", "name", "decl", "self", "assign", "binary", "unary", "increment", "?:",
        "subscript", "if", "else", "for", "for-in", "while", "do", "switch", "case", "default", "return",
        "break", "continue", "string", "number", "boxed", "array", "dict", "bool", "nil", "selector", "block",
    }  # fmt: skip


def test_without_the_diagnostics_the_forms_differ() -> None:
    """The statements left out are exactly what the diagnostics explain: the methods with errors
    agree only once the reported statements are set aside."""
    found = converted("unsupported.m")
    label = "-[Ledger record:amount:]"
    expected, got = forms(found, label)
    assert got == expected
    assert objc_form(found.cursors[label], set(), found.source.text) != got
    assert len(objc_form(found.cursors[label], set(), found.source.text)) > 10 * len(got)


# ------------------------------------------------------------------------ the oracle can fail

MUTATED = "order_view_controller.m"
MUTATED_METHOD = "-[OrderViewController viewDidLoad]"
MUTATIONS = [
    ("selector", "self.view.addSubview:(self.tableView);", "self.view.insertSubview:(self.tableView);"),
    ("receiver", "super.viewDidLoad();", "self.viewDidLoad();"),
    ("property", "self.tableView.dataSource = self;", "self.tableView.delegate = self;"),
    ("string literal", '@"b"', '@"B"'),
    ("number literal", "44.5", "44.25"),
    ("integer written as a double", "CGRectMake(0, 0, 100,", "CGRectMake(0, 0, 100.0,"),
    ("enum constant's value", "0 /* UITableViewStylePlain */", "1 /* UITableViewStylePlain */"),
    ("argument order", "CGRectMake(0, 0, 100, 44.5)", "CGRectMake(0, 0, 44.5, 100)"),
    ("comparison operator", "while (i < 10)", "while (i <= 10)"),
    ("arithmetic operator", "self.items.count + 1", "self.items.count - 1"),
    ("assignment operator", "self.count = self.items.count", "self.count += self.items.count"),
    ("logical operator", "s.length > 0 && !self.items", "s.length > 0 || !self.items"),
    ("unary operator", "!self.items", "self.items"),
    ("loop kind", "while (i < 10)", "if (i < 10)"),
    ("statement left out silently", '_title2 = @"x";', ""),
    ("array literal", '@[@"a", @"b", @3]', '@[@"a", @"b"]'),
    (
        "block made a call",
        "dispatch_async(dispatch_get_main_queue(), ^{",
        "dispatch_sync(dispatch_get_main_queue(), ^{",
    ),
]


def _method_of(text: str, label: str) -> ast.MethodDef:
    result = parse(text)
    assert result.ok, [d.message for d in result.errors]
    for definition in result.module.definitions:
        if isinstance(definition, ast.ClassDef):
            for member in definition.members:
                if isinstance(member, ast.MethodDef):
                    sign = "+" if member.is_class_method else "-"
                    if f"{sign}[{definition.name.id} {member.selector}]" == label:
                        return member
    raise AssertionError(f"{label} is not in the script")


@pytest.mark.parametrize(("what", "old", "new"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_a_mutated_script_disagrees(what: str, old: str, new: str) -> None:
    """One selector, literal, operator or statement changed in the MangoFix text: the forms differ."""
    found = converted(MUTATED)
    expected, got = forms(found, MUTATED_METHOD)
    assert got == expected  # the script as converted agrees
    text = found.conversion.text
    assert text.count(old) == 1, f"the converted script no longer reads {old!r}"
    mutated = mangofix_form(_method_of(text.replace(old, new), MUTATED_METHOD))
    assert mutated != expected, what


# ------------------------------------------------------------------------ rewrites and known bugs


def _convert_method(tmp_path: Path, body: str, declarations: str = "") -> Converted:
    path = tmp_path / "Screen.m"
    path.write_text(
        "#import <UIKit/UIKit.h>\n"
        f"{declarations}"
        "@interface Screen : UIViewController\n"
        "@property (nonatomic, assign) NSInteger count;\n"
        "@property (nonatomic, copy) void (^onDone)(BOOL finished);\n"
        "@end\n"
        "@implementation Screen {\n    NSInteger _hits;\n}\n"
        f"{body}\n"
        "@end\n",
        encoding="utf-8",
    )
    return convert(path)


def test_the_documented_rewrites_agree(tmp_path: Path) -> None:
    """What MangoFix says otherwise by design (docs/convert.md, translate.py) agrees once normalised."""
    found = _convert_method(
        tmp_path,
        """- (void)rewrites:(NSInteger)n {
    for (;;) {
        break;
    }
    ++n;
    NSInteger class = -UITableViewStyleGrouped;
    UIView *view = (UIView *)[self.view.subviews firstObject];
    NSLog(@"rewrites");
    self.onDone(YES);
    self->_hits = n > 1 ? 1 : 0;
    Class scroll = UIScrollView.class;
    NSNumber *boxed = @(3);
    int64_t delay = NSEC_PER_SEC * 2;
    dispatch_time_t when = dispatch_time(DISPATCH_TIME_NOW, delay);
    NSInteger rows = kRows;
    NSInteger most = MAX(n, 4);
    switch (n) {
        case 0:
            n = 1;
            break;
        default:
            n = 2;
            break;
    }
}""",
        declarations="#define kRows 12\n",
    )
    assert disagreements(found) == []
    assert not [p for p in found.conversion.problems if p.severity == "error"], found.conversion.problems
    label = "-[Screen rewrites:]"
    kinds = {event[0] for event in forms(found, label)[0]}
    assert {"for", "increment", "call", "member", "switch", "case", "default", "send"} <= kinds


def test_a_left_out_statement_is_set_aside_only_where_reported(tmp_path: Path) -> None:
    """Statements refused (a variadic call inside a block, a value-changing cast in an `if`'s
    condition, an unknown name) are set aside on their line; what holds them is still compared."""
    found = _convert_method(
        tmp_path,
        """- (void)refused:(double)amount {
    dispatch_async(dispatch_get_main_queue(), ^{
        NSLog(@"%.1f", amount);
        self.count = 1;
    });
    if ((int)amount > 2) {
        self.count = 2;
    } else if (amount > 1) {
        self.count = 3;
    }
    while (amount > 0) {
        amount -= notDeclaredAnywhere;
        self.count = 4;
    }
}""",
    )
    assert len([p for p in found.conversion.problems if p.severity == "error"]) == 3, found.conversion.problems
    assert disagreements(found) == []
    kinds = [event[0] for event in forms(found, "-[Screen refused:]")[0]]
    assert kinds.count("call") == 2  # dispatch_async and dispatch_get_main_queue, not NSLog
    assert "if" not in kinds  # the whole `if ... else if` (the converter's unit) is left out
    assert "while" in kinds


KNOWN_CONVERTER_BUGS = [  # found by this oracle, fixed since
    pytest.param(
        '- (NSArray *)pair {\n    return @[@"a", @"b"];\n}',
        id="two-element array literal written as a subscript",
    ),
    pytest.param(
        "- (void)pick:(NSInteger)n {\n    switch (n) {\n        default:\n            n = 1;\n            break;\n"
        "        case 1:\n            n = 2;\n            break;\n    }\n}",
        id="default before a case: the script does not parse",
    ),
    pytest.param(
        "- (void)pick:(NSInteger)n {\n    switch (n) {\n        case 0: {\n            n = 1;\n            break;\n"
        "        }\n        default:\n            n = 2;\n            break;\n    }\n}",
        id="a braced case ending in break is said to fall through",
    ),
    pytest.param(
        "- (NSInteger)first {\n    return self.count > 0 ? [self.childViewControllers[0] hash] : 0;\n}",
        id="a subscript of a property is refused",
    ),
]


@pytest.mark.parametrize("body", KNOWN_CONVERTER_BUGS)
def test_converter_bugs_the_oracle_found_stay_fixed(tmp_path: Path, body: str) -> None:
    """Methods MangoFix can say (each once converted wrongly): converted with no error, and the forms agree."""
    found = _convert_method(tmp_path, body)
    assert disagreements(found) == []
    assert [p.message for p in found.conversion.problems if p.severity == "error"] == []
