"""Error recovery: one pass reports every independent error, at the right place, and recovery
never changes which scripts are accepted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mangopy.syntax import ast, parse
from tests.syntax.helpers import errors_at
from tests.syntax.upstream import first_failure

TESTS = Path(__file__).resolve().parent.parent
BROKEN = TESTS / "broken"

# Every error in each broken script: (code, line, column).
EXPECTED_ERRORS = {
    "missing_semicolons.mg": [("MF003", 3, 26), ("MF003", 5, 35)],  # at the end of the line that lacks it
    "objc_habits.mg": [("MF003", 3, 5), ("MF003", 4, 25), ("MF003", 9, 43)],
    "bad_members.mg": [("MF003", 2, 11), ("MF003", 3, 24), ("MF003", 4, 16)],
    "broken_header.mg": [("MF003", 1, 15), ("MF003", 6, 46), ("MF003", 9, 9)],
    "unclosed_block.mg": [("MF003", 7, 4)],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_ERRORS))
def test_broken_script_reports_every_independent_error(name: str) -> None:
    assert errors_at((BROKEN / name).read_text(encoding="utf-8")) == EXPECTED_ERRORS[name]


def test_every_broken_script_is_listed() -> None:
    assert sorted(p.name for p in BROKEN.glob("*.mg")) == sorted(EXPECTED_ERRORS)


def test_definitions_after_an_error_are_still_in_the_tree() -> None:
    result = parse((BROKEN / "broken_header.mg").read_text(encoding="utf-8"))
    kinds = [type(d).__name__ for d in result.module.definitions]
    assert kinds == ["ErrorNode", "ClassDef", "ErrorNode", "VarDecl"]
    wallet = result.module.definitions[1]
    assert isinstance(wallet, ast.ClassDef) and wallet.name.id == "Wallet"
    method = wallet.members[0]
    assert isinstance(method, ast.MethodDef) and method.selector == "pay:"
    assert isinstance(method.body.statements[0], ast.ErrorNode)


def test_resynchronises_at_the_next_class_and_method() -> None:
    source = (
        "class A : NSObject {\n"
        "- (void)f { if (x { }\n"  # error inside a body that never closes properly
        "- (void)g { y = 1; }\n"
        "}\n"
        "class B : NSObject { - (void)h { z = ; } }\n"
    )
    assert errors_at(source) == [("MF003", 2, 19), ("MF003", 5, 38)]


def test_errors_in_consecutive_statements_are_all_reported() -> None:
    source = "a = ;\nb = ;\nc = ;\nint ok = 1;\n"
    assert errors_at(source) == [("MF003", 1, 5), ("MF003", 2, 5), ("MF003", 3, 5)]


def test_error_right_after_recovery_is_not_reported_twice() -> None:
    # After `a = + ;` the parser is still recovering at `;`: one error, not two.
    assert errors_at("a = + ;\n") == [("MF003", 1, 5)]


def _samples() -> list[str]:
    snippets = json.loads((Path(__file__).with_name("data") / "reference_snippets.json").read_text(encoding="utf-8"))
    texts = [s["source"] for s in snippets]
    texts += [p.read_text(encoding="utf-8") for p in sorted((TESTS / "corpus").glob("*.m[gf]"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(BROKEN.glob("*.mg"))]
    return texts


def test_mangopy_accepts_exactly_what_upstreams_grammar_accepts() -> None:
    for text in _samples():
        expected = first_failure(text, "upstream")
        assert first_failure(text, "pure") == expected, text
        assert first_failure(text, "mangopy") == expected, text


def test_unfinished_input_is_repaired_at_end_of_file() -> None:
    """At end of input, zero-width closers complete open constructs, so editors keep the tree."""
    from tests.syntax.helpers import sexp

    result = parse("int a = 1;\nclass A : B {\n- (void)f { x = 1; }\n@property (copy) id p;\n")
    assert [d.code for d in result.diagnostics] == ["MF004"]
    assert sexp(result.module) == (
        "(Module [(VarDecl [] NO <int> a 1) (ClassDef [] A [] B [] [(MethodDef [] NO <void> "
        "[(SelectorPart f _ _)] (Block [(ExprStmt (Assign = x 1))])) (PropertyDef [] [copy] <id> p)])])"
    )
    assert (
        sexp(parse("if (a) { b = f(1, 2").module)
        == "(Module [(If a (Block [(ExprStmt (Assign = b (Call f [1 2])))]) [] _)])"
    )


def test_unfinished_class_is_salvaged_when_no_closer_fits() -> None:
    from tests.syntax.helpers import sexp

    result = parse("class A : B {\n- (void)f { x = 1; }\n- (void)g { y = ")
    (cls,) = result.module.definitions
    assert sexp(cls) == (
        "(ClassDef [] A [] B [] [(MethodDef [] NO <void> [(SelectorPart f _ _)] (Block [(ExprStmt (Assign = x 1))]))])"
    )
    assert cls.end == len(result.text)


def test_a_missing_semicolon_is_said_where_it_is_missing_with_the_fix() -> None:
    text = (BROKEN / "missing_semicolons.mg").read_text(encoding="utf-8")
    result = parse(text)
    missing = [d for d in result.diagnostics if d.message == "missing `;` at the end of the line"]
    assert len(missing) == 2 and all(d.start == d.end for d in missing)
    fixed = text
    for d in sorted(missing, key=lambda d: d.start, reverse=True):
        ((start, end, new),) = d.fixes[0].edits
        fixed = fixed[:start] + new + fixed[end:]
    assert parse(fixed).diagnostics == []
    # the statements on both sides are in the tree, as if the `;` were written
    again = parse(fixed)

    def shape(value: object) -> object:  # the tree without positions (the fix shifts them)
        if isinstance(value, dict):
            return {k: shape(v) for k, v in value.items() if k != "range"}
        return [shape(v) for v in value] if isinstance(value, list) else value

    assert shape(ast.to_dict(result.module, result.index)) == shape(ast.to_dict(again.module, again.index))


def test_an_inserted_semicolon_that_does_not_help_is_not_inserted_again() -> None:
    result = parse("int a = 1\n}\nint c = 3;\n")
    assert [(d.message.split(";")[0]) for d in result.diagnostics][:2] == [
        "missing `", "unexpected `}`",
    ]  # fmt: skip
