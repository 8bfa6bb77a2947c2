"""Incremental parsing gives what a whole parse gives, after any sequence of edits."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mangopy.semantics.analyze import Analysis, analyze
from mangopy.semantics.manifest import Manifest, load_manifest
from mangopy.syntax import ParseResult, ast, parse
from mangopy.syntax.incremental import edit_between, reparse

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EXAMPLES = int(os.environ.get("MANGOPY_EXAMPLES", "150"))  # more for a longer hunt
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "app_classes.json"
SCRIPTS = sorted(p.read_text(encoding="utf-8") for p in CORPUS.glob("*.m[gf]"))
SNIPPETS = ["x", " ", "\n", ";", "}", "{", "(", ")", "self.foo();", "int a = 1;\n", "// c\n", "/*", "*/", '"', "@",
            "[super viewDidLoad];", "return nil;", "class B : NSObject {}\n", "é", "\t"]  # fmt: skip


@functools.cache
def example_manifest() -> Manifest:
    return load_manifest(EXAMPLE, use_cache=False)


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


@settings(max_examples=EXAMPLES * 2, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_incremental_parse_equals_whole_parse_after_random_edits(data: st.DataObject) -> None:
    for text, current in _edit_sequence(data):
        _same(current, parse(text, "fix.mf"))


@settings(max_examples=EXAMPLES * 2, deadline=None, suppress_health_check=list(HealthCheck))
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


def _findings(analysis: Analysis) -> list[tuple[Any, ...]]:
    return [
        (d.code, d.severity, d.message, d.start, d.end, d.hint, tuple(d.related), tuple(d.fixes))
        for d in analysis.diagnostics
    ]


@pytest.mark.parametrize("manifest", ["baseline", "example"])
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_incremental_analysis_equals_a_whole_analysis(manifest: str, data: st.DataObject) -> None:
    """The editor's analysis (the rules run again on the changed definitions only, the others'
    findings moved) gives what a whole analysis gives, after every edit of a random sequence; and
    an edit inside one definition runs the rules on that definition only."""
    app = example_manifest() if manifest == "example" else None
    text = data.draw(st.sampled_from(SCRIPTS))
    previous = analyze(text, "fix.mf", app, reusable=True)
    # the server parses each change as it comes, and analyses after a pause: a parse several
    # changes ahead of the analysis it is checked against
    ahead = data.draw(st.booleans(), label="parse each edit")
    for _round in range(data.draw(st.integers(1, 6))):
        parsed = previous.result
        for where, removed, inserted in data.draw(_edits(text), label="edits"):
            at = int(where * len(text))
            text = text[:at] + inserted + text[at + removed :]
            if ahead:
                parsed = reparse(parsed, text)
        if not ahead:
            parsed = reparse(previous.result, text)
        current = analyze(text, "fix.mf", app, parsed=parsed, previous=previous)
        assert _findings(current) == _findings(analyze(text, "fix.mf", app))
        previous = current


def test_an_edit_in_a_method_body_checks_only_that_method() -> None:
    text = (
        "class A : NSObject {\n- (void)f {\n    int a = 1;\n}\n}\n"
        "class B : NSObject {\n- (void)g {\n    A *a = A.alloc().init();\n    a.nothing();\n    Missing.x();\n}\n}\n"
        "class C : NSObject {\n- (void)h {\n    Missing.y();\n}\n}\n"
    )
    first = analyze(text, reusable=True)
    assert first.checked == 6  # three classes, three methods
    unchecked = [d for d in first.diagnostics if d.code == "MF107"]
    assert [text[d.start : d.end] for d in unchecked] == ["Missing"]  # once per name: B's
    assert any(d.code == "MF117" and "`nothing`" in d.message for d in first.diagnostics)
    edited = text.replace("int a = 1;", "int a = 1;\n    int b = 2;")
    again = analyze(edited, parsed=reparse(first.result, edited), previous=first)
    assert again.checked == 1  # A's `f` only: B's findings are moved, not found again
    assert _findings(again) == _findings(analyze(edited))
    # B no longer names `Missing`: C's use is the first, reported there (C was not checked again)
    renamed = edited.replace("Missing.x();", "")
    third = analyze(renamed, parsed=reparse(again.result, renamed), previous=again)
    assert third.checked == 1 and _findings(third) == _findings(analyze(renamed))
    assert renamed.index("Missing.y") == third.diagnostics[-1].start
    # a new method in A: A checked again, and B's `g`, which sends to an A; C's `h` did not look at A
    added = renamed.replace("- (void)f {", "- (void)nothing {\n}\n- (void)f {")
    fourth = analyze(added, parsed=reparse(third.result, added), previous=third)
    assert fourth.checked == 4 and _findings(fourth) == _findings(analyze(added))
    assert not any(d.code == "MF117" for d in fourth.diagnostics)
    # a statement between two classes: the methods that did not look at every class are kept
    inserted = added.replace("class B :", 'NSLog(@"between");\nclass B :')
    between = analyze(inserted, parsed=reparse(fourth.result, inserted), previous=fourth)
    assert _findings(between) == _findings(analyze(inserted))
    assert 0 < between.checked < 8  # the statement, the classes (not in the manifest: they list all)
    # a renamed class: whatever looked up a class by name is checked again
    moved = inserted.replace("class A :", "class AA :")
    fifth = analyze(moved, parsed=reparse(between.result, moved), previous=between)
    assert _findings(fifth) == _findings(analyze(moved))


def test_an_edit_in_a_method_body_reparses_only_that_method() -> None:
    text = (
        "class A : NSObject {\n- (void)e {\n}\n- (void)f {\n    int a = 1;\n}\n- (void)h {\n}\n}\n"
        "class B : NSObject {\n- (void)g {\n    self.f();\n}\n}\n"
    )
    first = parse(text)
    a, b = first.module.definitions
    e, f, h = a.members  # type: ignore[attr-defined]
    edited = text.replace("int a = 1;", "int a = 12;")
    again = reparse(first, edited)
    assert again.module.definitions == [a, b]  # both kept: A's method `f` parsed alone, `h` and B moved
    assert a.members[0] is e and a.members[1] is not f and a.members[2] is h  # type: ignore[attr-defined]
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


def test_a_syntax_error_elsewhere_does_not_stop_parsing_in_place() -> None:
    """Typing goes on elsewhere while a line is broken: the definitions the parser recovered in are
    kept, the edited one parsed alone, when the recovery ended inside its own definition."""
    text = (
        "class A : NSObject {\n- (void)f {\n    self x.go();\n    int a = 1;\n}\n}\n"
        "class B : NSObject {\n- (void)g {\n    self.f();\n}\n}\n"
    )
    first = parse(text)
    assert first.front and not first.ok
    a, _b = first.module.definitions
    edited = text.replace("self.f();", "self.fx();")
    again = reparse(first, edited)
    assert again.module.definitions[0] is a  # A (with its error) kept, B parsed alone
    _same(again, parse(edited))
    # an edit in the broken definition: parsed alone, with its error, B kept
    b = again.module.definitions[1]
    fixed = edited.replace("self x.go();", "self xy.go();")
    third = reparse(again, fixed)
    assert third.module.definitions[1] is b
    _same(third, parse(fixed))


def test_an_error_the_parser_recovered_from_across_definitions_parses_whole() -> None:
    """A broken top-level declaration is dropped up to the class after it: what follows was parsed
    while recovering, so an edit there is not parsed alone."""
    text = "double k)ey = 8.0;\nclass A : NSObject {\n- (void)f {\n    int a = 1;\n}\n}\n"
    first = parse(text)
    edited = text.replace("int a = 1;", "int a = 12;")
    again = reparse(first, edited)
    _same(again, parse(edited))
