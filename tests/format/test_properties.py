"""Properties of the formatter on every script we have and on generated ones.

- idempotent: ``fmt(fmt(x)) == fmt(x)``;
- faithful: the output parses to the same tree as the input (positions aside), with the same comments;
- canonical: how a script is laid out (spaces, line breaks) does not change its formatting.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mangopy.format import FormatOptions, format_text
from mangopy.syntax import ast, parse
from mangopy.syntax.lexer import lex_all

TESTS = Path(__file__).resolve().parent.parent
CORPUS = sorted((TESTS / "corpus").glob("*.m[gf]"))
SNIPPETS = [s["source"] for s in json.loads((TESTS / "syntax/data/reference_snippets.json").read_text("utf-8"))]
VALID_SNIPPETS = [s for s in SNIPPETS if parse(s).ok]
EXAMPLES = sorted((TESTS.parent / "examples").glob("*.m[gf]"))

fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def comments(text: str) -> Counter[str]:
    return Counter(" ".join(text[s:e].split()) for s, e in parse(text).comments)


def assert_properties(text: str, options: FormatOptions | None = None) -> str:
    first = format_text(text, options=options)
    assert first.output is not None, (first.reason, [p.message for p in first.problems])
    again = parse(first.output)
    assert again.ok
    assert ast.same_tree(parse(text).module, again.module)
    assert comments(first.output) == comments(text)
    second = format_text(first.output, options=options)
    assert second.output == first.output, "not idempotent"
    return first.output


def test_the_corpus_is_large_enough_to_mean_something() -> None:
    assert len(CORPUS) >= 40
    assert len(VALID_SNIPPETS) >= 70


@pytest.mark.parametrize("path", CORPUS + EXAMPLES, ids=lambda p: p.name)
def test_corpus_scripts(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if not parse(text).ok:  # examples/broken_*.mf
        assert format_text(text).output is None
        return
    for options in (FormatOptions(), FormatOptions(line_length=40, indent_width=2)):
        output = assert_properties(text, options)
        longest = max(len(line) for line in output.splitlines())
        assert longest <= 200, "a line the formatter could have wrapped"


@pytest.mark.parametrize("source", VALID_SNIPPETS)
def test_reference_snippets(source: str) -> None:
    assert_properties(source)


def test_scripts_with_syntax_errors_are_refused() -> None:
    for path in sorted((TESTS / "broken").glob("*.mg")):
        text = path.read_text(encoding="utf-8")
        result = format_text(text, str(path))
        assert result.output is None and not result.changed
        assert result.problems and all(p.severity.name == "ERROR" for p in result.problems)


def test_same_tree_sees_every_difference() -> None:
    base = parse("x = a + 1;").module
    assert ast.same_tree(base, parse("x   =   a+1 ;").module)
    for other in ("x = a + 2;", "x = a - 1;", "y = a + 1;", "x = (a + 1);", "x = a + 1; y;", "int x = a + 1;"):
        assert not ast.same_tree(base, parse(other).module), other


# ------------------------------------------------------------------ relaid-out real scripts


def relaid(text: str, rng: random.Random, with_comments: bool) -> str:
    """The same tokens, with random blanks (never a blank line) and, optionally, comments between them."""
    tokens, _, spans = lex_all(text)
    assert not spans or with_comments is not None
    out: list[str] = []
    for token in tokens:
        out.append(token.value)
        gap = rng.choice([" ", "  ", "\n", " \n    ", "\t", "\n\t"])
        if with_comments and rng.random() < 0.1:
            gap += rng.choice(["/* c */ ", "// c\n"])
        out.append(gap)
    return "".join(out)


def without_comments(text: str) -> str:
    tokens, _, _ = lex_all(text)
    return " ".join(t.value for t in tokens)


@fast
@given(st.sampled_from(CORPUS), st.randoms(use_true_random=False))
def test_layout_does_not_change_the_formatting(path: Path, rng: random.Random) -> None:
    plain = without_comments(path.read_text(encoding="utf-8"))
    expected = format_text(plain).output
    assert expected is not None
    relaid_text = relaid(plain, rng, with_comments=False)
    assert format_text(relaid_text).output == expected


@fast
@given(st.sampled_from(CORPUS), st.randoms(use_true_random=False))
def test_comments_anywhere_are_kept(path: Path, rng: random.Random) -> None:
    text = relaid(path.read_text(encoding="utf-8"), rng, with_comments=True)
    assert_properties(text)


# ------------------------------------------------------------------ generated scripts

NAMES = st.sampled_from(["a", "b", "self", "super", "value", "aVeryLongVariableNameIndeed", "NSObject"])
LITERALS = st.sampled_from(
    ["0", "42", "0x1F", "017", "1.5", '"s"', '@"text"', "@7", "@2.5", "YES", "NO", "nil", "NULL"]
)
TYPES = st.sampled_from(["int", "id", "BOOL", "double", "NSString *", "Block", "SEL", "struct CGRect"])


def _expression(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    binary = st.tuples(
        children, st.sampled_from(["+", "-", "*", "/", "%", "<", "<=", "==", "!=", "&&", "||"]), children
    )
    args = st.lists(children, max_size=4).map(", ".join)
    return st.one_of(
        binary.map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        children.map(lambda e: f"({e})"),
        children.map(lambda e: f"!{e}"),
        children.map(lambda e: f"- {e}"),
        children.map(lambda e: f"@({e})"),
        st.tuples(NAMES, children, children).map(lambda t: f"{t[0]}.doSomething:with:({t[1]}, {t[2]})"),
        NAMES.map(lambda n: f"{n}.go()"),
        st.tuples(NAMES, args).map(lambda t: f"f_{t[0]}({t[1]})"),
        st.tuples(children, children, children).map(lambda t: f"{t[0]} ? {t[1]} : {t[2]}"),
        args.map(lambda a: f"@[{a}]"),
        st.tuples(children, children).map(lambda t: f"@{{({t[0]}): ({t[1]})}}"),
        st.tuples(NAMES, children).map(lambda t: f"{t[0]}[{t[1]}]"),
        st.tuples(TYPES, children).map(lambda t: f"^{t[0]}(int i) {{ return {t[1]}; }}"),
        children.map(lambda e: f"^{{ use({e}); }}"),
    )


EXPRESSIONS = st.recursive(st.one_of(NAMES, LITERALS), _expression, max_leaves=12)


def _statement(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    body = st.lists(children, max_size=3).map(lambda ss: "{ " + " ".join(ss) + " }")
    return st.one_of(
        st.tuples(EXPRESSIONS, body, body).map(lambda t: f"if ({t[0]}) {t[1]} else {t[2]}"),
        st.tuples(EXPRESSIONS, body).map(lambda t: f"while ({t[0]}) {t[1]}"),
        st.tuples(EXPRESSIONS, body).map(lambda t: f"for (id x in {t[0]}) {t[1]}"),
        st.tuples(EXPRESSIONS, body, body).map(lambda t: f"switch ({t[0]}) {{ case 1: {t[1]} default: {t[2]} }}"),
        st.tuples(body, EXPRESSIONS).map(lambda t: f"do {t[0]} while ({t[1]});"),
    )


SIMPLE = st.one_of(
    EXPRESSIONS.map(lambda e: f"a = {e};"),
    EXPRESSIONS.map(lambda e: f"use({e});"),
    st.tuples(TYPES, EXPRESSIONS).map(lambda t: f"{t[0]} v = {t[1]};"),
)
STATEMENTS = st.recursive(SIMPLE, _statement, max_leaves=8)


@fast
@given(st.lists(STATEMENTS, min_size=1, max_size=4), st.sampled_from([20, 40, 100]))
def test_generated_statements(statements: list[str], width: int) -> None:
    script = "class G : NSObject {\n- (id)run:(id)a {\n" + "\n".join(statements) + "\nreturn nil;\n}\n}\n"
    output = assert_properties(script, FormatOptions(line_length=width))
    assert output.endswith("}\n")


# ------------------------------------------------------------------ hostile input


@fast
@given(st.text(max_size=300))
def test_any_text_formats_or_is_refused_never_raises(text: str) -> None:
    result = format_text(text)
    if result.output is None:
        assert result.problems or result.reason
    else:
        assert parse(result.output).ok


def test_deep_nesting_is_formatted_or_refused_cleanly() -> None:
    def nested(depth: int) -> str:
        return "x = " + "(" * depth + "1" + ")" * depth + ";\n"

    assert format_text(nested(200)).output == nested(200)
    result = format_text(nested(3000))  # parses (the parser is iterative), too deep for the printer
    assert result.parsed.ok and result.output is None
    assert result.reason == "the script is nested too deeply to be formatted" and not result.problems
