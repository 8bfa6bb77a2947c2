"""No input may raise or hang: random text, mutated scripts, hostile nesting and sizes."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mangopy.syntax import ast, parse
from tests.syntax.upstream import first_failure

CORPUS = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.m[gf]"))
CORPUS_TEXTS = [p.read_text(encoding="utf-8") for p in CORPUS]

PIECES = [
    "class", "A", ":", "NSObject", "{", "}", "(", ")", "[", "]", "@", "@If", "#If", "-", "+", "*", ";", ",", ".",
    "=", "==", "?", "^", "&", "!", "<", ">", "id", "int", "void", "Block", "self", "super", "if", "else", "for",
    "in", "while", "do", "switch", "case", "default", "return", "@property", "@selector", "declare", "struct",
    "typedef", "@SwiftClassAlias", "CFunction", "x", "y", "0", "1.5", "0x1F", '"s"', '@"s"', "/*", "*/", "//",
    "\n", " ", "\t", "|", "'", "#", "\r", "\ufeff", "é", "\x00", "extern", "static", "nil", "YES", "@YES",
]  # fmt: skip

fast = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_tree(text: str) -> None:
    result = parse(text)
    for d in result.diagnostics:
        assert 0 <= d.start <= d.end <= len(text)
        assert d.message
    for node in ast.walk(result.module):
        assert 0 <= node.start <= node.end <= len(text)
    ast.to_dict(result.module, result.index)


@fast
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    check_tree(text)


@fast
@given(st.lists(st.sampled_from(PIECES), max_size=120).map(" ".join))
def test_token_soup_never_raises(text: str) -> None:
    check_tree(text)


@st.composite
def mutated_script(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(CORPUS_TEXTS))
    for _ in range(draw(st.integers(1, 4))):
        if not text:
            break
        i = draw(st.integers(0, len(text) - 1))
        j = min(len(text), i + draw(st.integers(0, 12)))
        op = draw(st.sampled_from(["delete", "insert", "duplicate", "swap"]))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(st.sampled_from(PIECES)) + text[i:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        else:
            k = draw(st.integers(0, len(text) - 1))
            text = text[:i] + text[k : k + 3] + text[i + 3 :]
    return text


@fast
@given(mutated_script())
def test_mutated_scripts_never_raise_and_are_read_as_upstream_reads_them(text: str) -> None:
    check_tree(text)
    assert first_failure(text, "mangopy") == first_failure(text, "upstream")


@fast
@given(st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join))
def test_token_soup_is_read_as_upstream_reads_it(text: str) -> None:
    assert first_failure(text, "mangopy") == first_failure(text, "upstream")


def test_deeply_nested_parentheses() -> None:
    depth = 10_000
    text = "x = " + "(" * depth + "1" + ")" * depth + ";"
    result = parse(text)
    assert result.ok
    assert sum(1 for n in ast.walk(result.module) if isinstance(n, ast.Paren)) == depth
    assert len(ast.dumps_json(ast.to_dict(result.module, result.index), indent=None)) > depth
    assert ast.dump(result.module, result.index).count("Paren") == depth
    assert depth > sys.getrecursionlimit()


def test_deeply_nested_blocks_and_ifs() -> None:
    depth = 10_000
    blocks = "Block b = " + "^{ x = " * depth + "1" + "; }" * depth + ";"
    ifs = "if (a) { " * depth + "}" * depth
    for text in (blocks, ifs):
        result = parse(text)
        assert result.ok
        ast.to_dict(result.module, result.index)


def test_deep_unbalanced_nesting_reports_an_error() -> None:
    result = parse("x = " + "(" * 10_000 + ";")
    assert not result.ok


def test_ten_megabyte_inputs() -> None:
    comment = "/*" + "x" * (10 * 1024 * 1024) + "*/ int a = 1;"
    assert parse(comment).ok
    string = 'NSString *s = @"' + "y" * (10 * 1024 * 1024) + '";'
    assert parse(string).ok
    junk = "|" * (1024 * 1024)  # a million illegal characters: one error each, no hang
    result = parse(junk)
    assert not result.ok


def test_nul_bytes_and_control_characters() -> None:
    result = parse("int a = 1;\x00\x01\x02 int b = 2;")
    assert [d.code for d in result.errors] == ["MF001", "MF001", "MF001"]
