"""The lexer: every token kind, longest-match behaviour, and lexical errors with exact positions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mangopy.syntax import errors, parse
from mangopy.syntax import lexer as lexer_module
from mangopy.syntax.lexer import lex_text, tokenize
from mangopy.syntax.tokens import AT_KEYWORDS, KEYWORDS, OPERATORS, TOKENS


def kinds(text: str) -> list[tuple[str, str]]:
    return [(t.type, t.value) for t in tokenize(text)]


@pytest.mark.parametrize(("word", "kind"), sorted(KEYWORDS.items()))
def test_every_keyword(word: str, kind: str) -> None:
    assert kinds(word) == [(kind, word)]
    # A longer word, or another case, is an identifier.
    assert kinds(word + "x") == [("IDENTIFIER", word + "x")]
    if word.lower() != word.upper():
        swapped = word.swapcase()
        assert kinds(swapped)[0][0] == KEYWORDS.get(swapped, "IDENTIFIER")


@pytest.mark.parametrize(("kind", "spelling"), sorted(OPERATORS.items()))
def test_every_operator(kind: str, spelling: str) -> None:
    assert kinds(spelling) == [(kind, spelling)]


@pytest.mark.parametrize(("word", "kind"), sorted(AT_KEYWORDS.items()))
def test_at_keywords(word: str, kind: str) -> None:
    assert kinds(word) == [(kind, word)]
    assert kinds(word + "List") == [("ANNOTATION", word + "List")]


def test_every_token_kind_has_a_test() -> None:
    tested = set(KEYWORDS.values()) | set(OPERATORS) | set(AT_KEYWORDS.values())
    tested |= {"IDENTIFIER", "INTETER_LITERAL", "DOUBLE_LITERAL", "STRING_LITERAL", "ANNOTATION", "ILLEGAL"}
    assert set(TOKENS) == tested


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abc", [("IDENTIFIER", "abc")]),
        (
            "$systemVersion a$b $ _x9",
            [("IDENTIFIER", "$systemVersion"), ("IDENTIFIER", "a$b"), ("IDENTIFIER", "$"), ("IDENTIFIER", "_x9")],
        ),
        ("true false bool float readonly", [("IDENTIFIER", w) for w in ["true", "false", "bool", "float", "readonly"]]),
        (
            "@If @SwiftModule @YES @$internal @_x",
            [("ANNOTATION", w) for w in ["@If", "@SwiftModule", "@YES", "@$internal", "@_x"]],
        ),
        ("#If(x)", [("ANNOTATION", "#If"), ("LP", "("), ("IDENTIFIER", "x"), ("RP", ")")]),
        ("#Iffy", [("ANNOTATION", "#If"), ("IDENTIFIER", "fy")]),
        ("@ YES", [("AT", "@"), ("YES_", "YES")]),
        ("@ selector", [("AT", "@"), ("IDENTIFIER", "selector")]),
    ],
)
def test_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0", [("INTETER_LITERAL", "0")]),
        ("120", [("INTETER_LITERAL", "120")]),
        ("0xFF 0X1f", [("INTETER_LITERAL", "0xFF"), ("INTETER_LITERAL", "0X1f")]),
        ("0644", [("INTETER_LITERAL", "0644")]),
        ("0.75 10.0", [("DOUBLE_LITERAL", "0.75"), ("DOUBLE_LITERAL", "10.0")]),
        ("007.5", [("DOUBLE_LITERAL", "007.5")]),
        ("08", [("INTETER_LITERAL", "0"), ("INTETER_LITERAL", "8")]),
        ("0789", [("INTETER_LITERAL", "07"), ("INTETER_LITERAL", "89")]),
        ("1.", [("INTETER_LITERAL", "1"), ("DOT", ".")]),
        (".5", [("DOT", "."), ("INTETER_LITERAL", "5")]),
        ("0.5f", [("DOUBLE_LITERAL", "0.5"), ("IDENTIFIER", "f")]),
        ("1e3", [("INTETER_LITERAL", "1"), ("IDENTIFIER", "e3")]),
        ("0x", [("INTETER_LITERAL", "0"), ("IDENTIFIER", "x")]),
    ],
)
def test_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_longest_match_operators() -> None:
    assert [k for k, _ in kinds("a&&b&c||d++ +=+ -- -= - <= < == = != ! >= >")] == [
        "IDENTIFIER", "AND", "IDENTIFIER", "ADDRESS", "IDENTIFIER", "OR", "IDENTIFIER", "INCREMENT", "ADD_ASSIGN",
        "ADD", "DECREMENT", "SUB_ASSIGN", "SUB", "LE", "LT", "EQ", "ASSIGN", "NE", "NOT", "GE", "GT",
    ]  # fmt: skip
    assert [k for k, _ in kinds("-> << ::")] == ["SUB", "GT", "LT", "LT", "COLON", "COLON"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (r'"plain"', "plain"),
        (r'"a\"b"', 'a"b'),
        (r'"tab\tnl\n"', "tab\tnl\n"),
        (r'"back\\slash"', "back\\slash"),
        (r'"\r\0"', "\\r\\0"),
        ('"raw\nbreak"', "rawbreak"),
        ('"héllo 了"', "héllo 了"),
    ],
)
def test_string_literals(text: str, value: str) -> None:
    toks = tokenize(text)
    assert [(t.type, t.value) for t in toks] == [("STRING_LITERAL", text)]
    stmt = parse("x = " + text + ";").module.definitions[0]
    assert stmt.expr.value.value == value  # type: ignore[attr-defined]


def test_comments_and_whitespace_are_skipped_with_exact_offsets() -> None:
    text = "a /* x\n y */ b // c\n\t  c /* // */ d"
    toks = tokenize(text)
    assert [(t.value, t.lexpos) for t in toks] == [("a", 0), ("b", 13), ("c", 23), ("d", 34)]
    assert [t.end for t in toks] == [1, 14, 24, 35]
    assert kinds("a /* /* */ b") == [("IDENTIFIER", "a"), ("IDENTIFIER", "b")]
    assert kinds("x */ y") == [("IDENTIFIER", "x"), ("ASTERISK", "*"), ("DIV", "/"), ("IDENTIFIER", "y")]
    assert kinds('"// not a comment"') == [("STRING_LITERAL", '"// not a comment"')]
    assert kinds("// only a comment at end of file") == []


def test_strings_and_comments_accept_any_character() -> None:
    _, diagnostics = lex_text('x = "| ~ \' ` # \\u00e9 é \x00"; // é | # \n/* ~ \r */')
    assert diagnostics == []


def test_byte_pair_quirk_swallows_backslash_after_some_cjk_characters() -> None:
    # 了 is E4 BA 86: upstream pairs 0x86 with the backslash, so \" no longer escapes the quote.
    toks, diagnostics = lex_text('s = "了\\"; t = 1;')
    assert [t.type for t in toks] == [
        *("IDENTIFIER", "ASSIGN", "STRING_LITERAL", "SEMICOLON"),
        *("IDENTIFIER", "ASSIGN", "INTETER_LITERAL", "SEMICOLON"),
    ]
    assert toks[2].value == '"了\\"'
    assert [d.code for d in diagnostics] == [errors.SWALLOWED_ESCAPE.code]
    # The same escape after an ASCII character escapes the quote: the string never ends.
    toks, diagnostics = lex_text('s = "a\\"; t = 1;')
    assert [t.type for t in toks] == ["IDENTIFIER", "ASSIGN"]
    assert [d.code for d in diagnostics] == [errors.UNTERMINATED_STRING.code]


@pytest.mark.parametrize(
    ("text", "line", "column", "fragment"),
    [
        ("a = b | c;", 1, 7, "`|`"),
        ("x = 'a';", 1, 5, "character literals"),
        ("x = ~y;", 1, 5, "`~`"),
        ("x = y \\ z;", 1, 7, "`\\`"),
        ("x = `y`;", 1, 5, "`` ` ``".replace("`` ` ``", "`")),
        ("int café = 1;", 1, 8, "U+00E9"),
        ("a;\n\x00b;", 2, 1, "U+0000"),
        ("#import <UIKit/UIKit.h>\nint a = 1;", 1, 1, "preprocessor"),
        ("int a = 1;\r\nint b = 2;\r\n", 1, 11, "carriage return"),
        ("\ufeffint a = 1;", 1, 1, "byte-order mark"),
    ],
)
def test_illegal_characters(text: str, line: int, column: int, fragment: str) -> None:
    result = parse(text)
    first = result.errors[0]
    assert first.code == errors.ILLEGAL_CHARACTER.code
    pos = result.index.position(first.start)
    assert (pos.line, pos.column) == (line, column)
    assert fragment in first.message


def test_carriage_returns_are_reported_once() -> None:
    result = parse("int a = 1;\r\nint b = 2;\r\nint c = 3;\r\n")
    assert [d.code for d in result.errors] == [errors.ILLEGAL_CHARACTER.code]
    assert "3 carriage returns" in result.errors[0].message
    assert len(result.module.definitions) == 3  # the rest of the file is still analysed


def test_preprocessor_line_is_one_error_and_the_next_line_parses() -> None:
    result = parse("#import <Foo/Foo.h>\nint a = 1;\n")
    assert [(d.code, d.start) for d in result.errors] == [(errors.ILLEGAL_CHARACTER.code, 0)]


def test_unterminated_comment_is_reported_at_end_of_input_with_its_start() -> None:
    text = "int a = 1; /* unfinished\nmore"
    result = parse(text)
    (d,) = result.errors
    assert d.code == errors.UNTERMINATED_COMMENT.code
    assert d.start == d.end == len(text)
    assert [(r.message, r.start) for r in d.related] == [("comment opened here", 11)]


def test_unterminated_string_is_a_warning_and_ends_the_input() -> None:
    result = parse('int a = 1; "never closed\nint b = ;')
    assert result.ok  # upstream accepts: the tokens before the string form a complete script
    (d,) = result.diagnostics
    assert (d.code, d.start) == (errors.UNTERMINATED_STRING.code, 11)
    broken = parse('int a = "never closed')
    assert [d.code for d in broken.diagnostics] == [errors.UNTERMINATED_STRING.code, errors.UNEXPECTED_EOF.code]


def test_raw_newline_in_string_is_a_warning_at_the_newline() -> None:
    result = parse('NSString *s = @"first\nsecond";')
    assert result.ok
    (d,) = result.diagnostics
    assert d.code == errors.NEWLINE_IN_STRING.code
    assert result.index.position(d.start).line == 1 and result.index.position(d.end).line == 2


def _ply_reference(text: str) -> tuple[list[tuple[str, str, int]], list[tuple[str, int]]]:
    """Tokens from PLY's own ``token()`` loop over the same rules (no fast paths)."""
    lexer = lexer_module._new_lexer(text)
    tokens = [(t.type, t.value, t.lexpos) for t in iter(lexer.token, None)]
    return tokens, [(d.code, d.start) for d in lexer.mf_diagnostics]


def _fast(text: str) -> tuple[list[tuple[str, str, int]], list[tuple[str, int]]]:
    tokens, diagnostics = lex_text(text)
    return [(t.type, t.value, t.lexpos) for t in tokens], [(d.code, d.start) for d in diagnostics]


CORPUS = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.m[gf]"))


@pytest.mark.parametrize("path", CORPUS[:12], ids=[p.name for p in CORPUS[:12]])
def test_scan_equals_plys_own_token_loop_on_corpus(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _fast(text) == _ply_reference(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ_$09 \t\n\r.;:,(){}[]<>=!&|+-*/%^?@#\"'\\~`xé\ufeff")), max_size=80))
def test_scan_equals_plys_own_token_loop_on_random_text(text: str) -> None:
    assert _fast(text) == _ply_reference(text)


def test_the_shipped_lexer_is_the_validated_one() -> None:
    """The module builds PLY's lexer without validation (start-up time); built with validation
    and warnings, the rules raise nothing and give the same master regexes."""
    import ply.lex

    from mangopy.syntax import lexer as module

    class Log:
        def __init__(self) -> None:
            self.messages: list[str] = []

        def _log(self, msg: str, *args: object) -> None:
            self.messages.append(msg % args)

        warning = error = critical = _log

    log = Log()
    checked = ply.lex.lex(module=module._Rules(), errorlog=log, optimize=False)
    assert log.messages == []

    def patterns(lexer: object) -> list[str]:
        return [regex.pattern for regex, _funcs in lexer.lexstatere["INITIAL"]]  # type: ignore[attr-defined]

    assert patterns(checked) == patterns(module._MASTER)
    assert checked.lexstateignore == module._MASTER.lexstateignore
