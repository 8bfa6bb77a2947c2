"""Fixes for Objective-C habits: the parser's syntax error carries the edit, and the edit gives a
script that parses and means the send written in Objective-C."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mangopy.diagnostics import Fix
from mangopy.semantics.analyze import fix_text
from mangopy.syntax import ast, parse
from tests.syntax.helpers import parse_ok, sexp


def _apply(text: str, fix: Fix) -> str:
    for start, end, new in sorted(fix.edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _only_fix(text: str) -> Fix | None:
    """The fix of the first syntax error in ``text``."""
    result = parse(text)
    assert result.errors, "expected a syntax error"
    fixes = result.errors[0].fixes
    assert len(fixes) <= 1
    return fixes[0] if fixes else None


@pytest.mark.parametrize(
    ("objc", "mangofix"),
    [
        ("[super viewDidLoad]", "super.viewDidLoad()"),
        ("[self.tableView reloadData]", "self.tableView.reloadData()"),
        ("[self.view setHidden:YES]", "self.view.setHidden:(YES)"),
        ('[[Order alloc] initWithId:@"a" total:[self total]]', 'Order.alloc().initWithId:total:(@"a", self.total())'),
        ('[dict setObject:@[a, b] forKey:@"k"]', 'dict.setObject:forKey:(@[a, b], @"k")'),
        ("[items[0] count]", "items[0].count()"),
        ("[x copy]", "x.copy()"),
        ("[[self class] description]", "self.class().description()"),
        (
            "[UIView animateWithDuration:0.3 animations:^{ [self.view layoutIfNeeded]; }]",
            "UIView.animateWithDuration:animations:(0.3, ^{ self.view.layoutIfNeeded(); })",
        ),
    ],
)
def test_a_bracket_send_is_rewritten_as_a_call(objc: str, mangofix: str) -> None:
    text = f"id v = {objc};\n"
    fix = _only_fix(text)
    assert fix is not None and fix.safe
    fixed = _apply(text, fix)
    assert fixed == f"id v = {mangofix};\n"
    parse_ok(fixed)


@pytest.mark.parametrize(
    "objc",
    [
        '[NSString stringWithFormat:@"%d", n]',  # variadic: MangoFix cannot pass the extra arguments
        "[a setValue:c ? d : e]",  # a ternary makes the selector pieces ambiguous
        "[a move:x :y]",  # a selector piece without a name
    ],
)
def test_a_send_the_fix_cannot_translate_gets_advice_but_no_edit(objc: str) -> None:
    text = f"id v = {objc};\n"
    assert _only_fix(text) is None
    assert "bracket sends do not exist" in (parse(text).errors[0].hint or "")


def test_boxed_bool_member_before_colon_and_instancetype() -> None:
    text = (
        "class A : NSObject {\n- (instancetype)make {\n    NSNumber *on = @YES;\n"
        "    NSTimeInterval t = 1.5;\n    return self.ready ? self.items.count : 0;\n}\n}\n"
    )
    fixed, applied = fix_text(text)
    assert applied == 4
    assert "- (id)make {" in fixed and "NSNumber *on = @(YES);" in fixed and "double t = 1.5;" in fixed
    assert "self.items.count() : 0;" in fixed
    parse_ok(fixed)
    assert fix_text(fixed) == (fixed, 0)  # idempotent


def test_many_sends_in_a_row_are_all_fixed() -> None:
    body = "".join(f"    [self step{n}:[self value{n}]];\n" for n in range(25))
    text = f"class A : NSObject {{\n- (void)run {{\n{body}}}\n}}\n"
    fixed, applied = fix_text(text)
    assert applied == 25
    assert "    self.step24:(self.value24());\n" in fixed
    parse_ok(fixed)


# ---------------------------------------------------------------- property: any send translates

_names = st.sampled_from(["a", "b", "view", "items", "count", "reload", "setValue", "forKey", "copy"])
_variables = st.sampled_from(["a", "b", "view", "items", "count"])  # `copy` is a keyword: a selector only
_atoms = st.one_of(
    _variables,
    st.integers(0, 99).map(str),
    st.sampled_from(["self", "nil", "YES", '@"x"', "@(1)", "self.view"]),
)
_receivers = st.one_of(_variables, st.sampled_from(["self", "self.view", "items[0]", "(a + b)"]))


@st.composite
def _objc_send(draw: st.DrawFn, depth: int = 2) -> tuple[str, str, list[str]]:
    """An Objective-C send, the MangoFix it means, and the selectors in evaluation order."""

    def operand(atoms: st.SearchStrategy[str]) -> tuple[str, str, list[str]]:
        if depth and draw(st.booleans()):
            return draw(_objc_send(depth - 1))
        atom = draw(atoms)
        return atom, atom, []

    receiver = operand(_receivers) if draw(st.booleans()) else ("super", "super", [])
    n_args = draw(st.integers(0, 3))
    if n_args == 0:
        name = draw(_names)
        return f"[{receiver[0]} {name}]", f"{receiver[1]}.{name}()", [*receiver[2], name]
    pieces = [draw(_names) for _ in range(n_args)]
    args = [operand(_atoms) for _ in range(n_args)]
    selector = "".join(p + ":" for p in pieces)
    objc = f"[{receiver[0]} " + " ".join(f"{p}:{a[0]}" for p, a in zip(pieces, args, strict=True)) + "]"
    mf = f"{receiver[1]}.{selector}(" + ", ".join(a[1] for a in args) + ")"
    return objc, mf, [*receiver[2], *(s for a in args for s in a[2]), selector]


def _selectors(module: ast.Module) -> list[str]:
    return sorted(n.selector for n in ast.walk(module) if isinstance(n, ast.MessageSend))


@settings(max_examples=150, deadline=None)
@given(_objc_send())
def test_any_bracket_send_translates_to_the_same_call(send: tuple[str, str, list[str]]) -> None:
    objc, expected, selectors = send
    text = f"class A : NSObject {{\n- (void)f {{\n    id v = {objc};\n}}\n}}\n"
    fixed, _ = fix_text(text)
    assert fixed == text.replace(objc, expected)
    result = parse_ok(fixed)
    assert _selectors(result.module) == sorted(selectors)
    assert sexp(result.module)  # the whole tree renders
