"""Incremental parsing gives what a whole parse gives, after any sequence of edits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mangopy.semantics.analyze import analyze
from mangopy.syntax import ParseResult, ast, parse
from mangopy.syntax.incremental import edit_between, reparse

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SCRIPTS = sorted(p.read_text(encoding="utf-8") for p in CORPUS.glob("*.m[gf]"))
SNIPPETS = ["x", " ", "\n", ";", "}", "{", "(", ")", "self.foo();", "int a = 1;\n", "// c\n", "/*", "*/", '"', "@",
            "[super viewDidLoad];", "return nil;", "class B : NSObject {}\n", "é", "\t"]  # fmt: skip


def _same(a: ParseResult, b: ParseResult) -> None:
    assert ast.to_dict(a.module, a.index) == ast.to_dict(b.module, b.index)
    assert _diagnostics(a) == _diagnostics(b)
    assert a.comments == b.comments
    assert a.front == b.front


def _diagnostics(r: ParseResult) -> list[tuple[Any, ...]]:
    return [(d.code, d.severity, d.message, d.start, d.end, d.hint) for d in r.diagnostics]


@st.composite
def _edits(draw: st.DrawFn, text: str) -> list[tuple[float, int, str]]:
    """Edits as (where, 0..1 of the text; how many characters to remove; what to insert)."""
    return draw(
        st.lists(
            st.tuples(st.floats(0, 1), st.integers(0, 6), st.sampled_from(SNIPPETS) | st.just("")),
            min_size=1,
            max_size=8,
        )
    )


def _edit_sequence(data: st.DataObject) -> Iterator[tuple[str, ParseResult]]:
    """A corpus script edited step by step: each new text with its incremental parse."""
    text = data.draw(st.sampled_from(SCRIPTS))
    current = parse(text, "fix.mf")
    for where, removed, inserted in data.draw(_edits(text)):
        at = int(where * len(text))
        text = text[:at] + inserted + text[at + removed :]
        current = reparse(current, text)
        yield text, current


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_incremental_parse_equals_whole_parse_after_random_edits(data: st.DataObject) -> None:
    for text, current in _edit_sequence(data):
        _same(current, parse(text, "fix.mf"))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_several_edits_between_two_parses(data: st.DataObject) -> None:
    """A burst of keystrokes at different places between two analyses: one edit spanning them."""
    text = data.draw(st.sampled_from(SCRIPTS))
    current = parse(text, "fix.mf")
    for _round in range(data.draw(st.integers(1, 3))):
        for where, removed, inserted in data.draw(_edits(text)):
            at = int(where * len(text))
            text = text[:at] + inserted + text[at + removed :]
        current = reparse(current, text)
        _same(current, parse(text, "fix.mf"))


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_analysis_of_an_incremental_parse_equals_a_whole_analysis(data: st.DataObject) -> None:
    for text, current in _edit_sequence(data):
        incremental = analyze(text, "fix.mf", parsed=current)
        whole = analyze(text, "fix.mf")
        assert [(d.code, d.message, d.start, d.end) for d in incremental.diagnostics] == [
            (d.code, d.message, d.start, d.end) for d in whole.diagnostics
        ]


def test_an_edit_in_a_method_body_reparses_only_its_class() -> None:
    text = (
        "class A : NSObject {\n- (void)f {\n    int a = 1;\n}\n}\n"
        "class B : NSObject {\n- (void)g {\n    self.f();\n}\n}\n"
    )
    first = parse(text)
    a, b = first.module.definitions
    edited = text.replace("int a = 1;", "int a = 12;")
    again = reparse(first, edited)
    assert again.module.definitions[1] is b and again.module.definitions[0] is not a  # B moved, A parsed
    assert b.start == edited.index("class B")
    _same(again, parse(edited))
    # edits in both classes: both parsed again, nothing kept
    both = reparse(parse(edited), edited.replace("int a = 12;", "int a = 1;").replace("self.f();", "self.g();"))
    _same(both, parse(edited.replace("int a = 12;", "int a = 1;").replace("self.f();", "self.g();")))
    # an edit between definitions, or one that breaks the class, is parsed whole
    assert reparse(parse(edited), edited + "int c = 3;\n").module.definitions[1] is not b
    broken = reparse(parse(edited), edited.replace("int a = 12;", "int a = ;"))
    _same(broken, parse(edited.replace("int a = 12;", "int a = ;")))


def test_edit_between() -> None:
    assert edit_between("abc", "abc") is None
    assert edit_between("abc", "abXc") == (2, 2, 3)
    assert edit_between("aaaa", "aa") == (2, 4, 2)
    assert edit_between("", "x") == (0, 0, 1)
    assert edit_between("hello world", "hello there world") == (6, 6, 12)
