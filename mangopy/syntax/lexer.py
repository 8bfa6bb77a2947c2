"""The MangoFix lexer (PLY ``lex``), faithful to upstream ``mango.l``.

Tokens carry ``type``, ``value`` (the exact source text of the token) and ``lexpos`` (character
offset); the token ends at ``lexpos + len(value)``.  Lines and columns are derived from offsets
with :class:`mangopy.diagnostics.LineIndex`, so the lexer does not count lines itself.

Lexical problems never raise: they become :class:`~mangopy.diagnostics.Diagnostic` records.  An
illegal character produces an ``ILLEGAL`` token (so the parser does not read ``a | b`` as
``a b``); a carriage return or byte-order mark is reported and skipped.
"""

from __future__ import annotations

import re
from typing import Any

import ply.lex as lex

from mangopy.diagnostics import Diagnostic, Related
from mangopy.syntax import errors
from mangopy.syntax.tokens import AT_KEYWORDS, ILLEGAL, KEYWORDS, OPERATORS, TOKENS


class Token:
    """A token: ``type``, ``value`` (exact source text) and ``lexpos`` (character offset).

    Shaped like PLY's ``LexToken`` (the rule functions receive and return these), but slotted.
    """

    __slots__ = ("lexer", "lexpos", "lineno", "type", "value")

    def __init__(self, type: str, value: str, lexpos: int) -> None:
        self.type = type
        self.value = value
        self.lexpos = lexpos

    @property
    def end(self) -> int:
        return self.lexpos + len(self.value)

    def __repr__(self) -> str:
        return f"Token({self.type}, {self.value!r}, {self.lexpos})"


_STRING_RE = re.compile(r'"[^"\\]*(?:\\[\s\S][^"\\]*)*(")?')
_LEAD = frozenset(range(0x81, 0xA0)) | frozenset(range(0xE0, 0xF0))
_TRAIL = frozenset(range(0x40, 0x7F)) | frozenset(range(0x80, 0xFD))


def _diag(code: errors.Code, message: str, start: int, end: int, hint: str | None = None) -> Diagnostic:
    return Diagnostic(code.code, code.severity, message, start, end, hint)


def _scan_string_bytewise(text: str, start: int) -> tuple[int | None, list[int]]:
    """Find the end of the string starting at ``text[start] == '"'`` the way upstream does.

    Upstream's scanner copies a byte in 0x81-0x9F/0xE0-0xEF followed by a byte in
    0x40-0x7E/0x80-0xFC as a pair (legacy double-byte encodings), which can swallow a backslash
    that follows some UTF-8 characters.  Returns the offset just after the closing quote (None if
    the string is unterminated) and the offsets of swallowed backslashes.
    """
    swallowed: list[int] = []
    lead = False  # the previous byte was a lead byte waiting for its pair
    escape = False  # the previous byte was an escaping backslash
    for i in range(start + 1, len(text)):
        ch = text[i]
        for b in ch.encode("utf-8", "surrogatepass"):
            if escape:
                escape = False
                continue
            if lead:
                lead = False
                if b in _TRAIL:
                    if b == 0x5C:
                        swallowed.append(i)
                    continue
            if b == 0x22:
                return i + 1, swallowed
            if b == 0x5C:
                escape = True
            elif b in _LEAD:
                lead = True
    return None, swallowed


class _Rules:
    """PLY lexer rules.  Function rules are tried in the order written, before string rules."""

    tokens = TOKENS
    # Single blanks are skipped by PLY's fast path; a line feed with the next line's indentation
    # is consumed by one match (PLY would otherwise loop in Python over every indenting blank).
    t_ignore = " \t"
    t_ignore_NEWLINES = r"\n[ \t\n]*"

    def t_ignore_COMMENT(self, t: Token) -> None:
        r"//[^\n]*|/\*[\s\S]*?\*/"
        t.lexer.mf_comments.append((t.lexpos, t.lexpos + len(t.value)))

    def t_ignore_OPEN_COMMENT(self, t: Token) -> None:
        r"/\*"
        lexer = t.lexer
        end = len(lexer.lexdata)
        diag = _diag(
            errors.UNTERMINATED_COMMENT,
            "unterminated comment: the `/*` is never closed before the end of the file",
            end,
            end,
            hint="close it with `*/`",
        )
        diag.related.append(Related("comment opened here", t.lexpos, t.lexpos + 2))
        lexer.mf_diagnostics.append(diag)
        lexer.lexpos = end

    def t_STRING_LITERAL(self, t: Token) -> Token | None:
        r'"'
        lexer = t.lexer
        text: str = lexer.lexdata
        start = t.lexpos
        m = _STRING_RE.match(text, start)
        assert m is not None  # the pattern matches any text starting with a quote
        end: int | None = m.end() if m.group(1) else None
        body = text[start : m.end()]
        if not body.isascii() and "\\" in body:
            end, swallowed = _scan_string_bytewise(text, start)
            for pos in swallowed:
                lexer.mf_diagnostics.append(
                    _diag(
                        errors.SWALLOWED_ESCAPE,
                        f"MangoFix reads the backslash after `{text[pos - 1]}` as part of that character, "
                        "so it is not an escape here",
                        pos,
                        pos + 1,
                        hint="put another character (e.g. a space) between them",
                    )
                )
        if end is None:
            eof = len(text)
            lexer.mf_diagnostics.append(
                _diag(
                    errors.UNTERMINATED_STRING,
                    "unterminated string: MangoFix silently drops this string and everything after it",
                    start,
                    eof,
                    hint='close the string with `"`',
                )
            )
            lexer.lexpos = eof
            return None
        t.value = text[start:end]
        lexer.lexpos = end
        newline = t.value.find("\n")
        if newline != -1:
            lexer.mf_diagnostics.append(
                _diag(
                    errors.NEWLINE_IN_STRING,
                    "line break inside a string: MangoFix drops it from the value (and miscounts lines)",
                    start + newline,
                    start + newline + 1,
                    hint="write `\\n` instead",
                )
            )
        return t

    def t_ANNOTATION(self, t: Token) -> Token:
        r"@[A-Za-z_$][A-Za-z_$0-9]*"
        t.type = AT_KEYWORDS.get(t.value, "ANNOTATION")
        return t

    def t_HASH_IF(self, t: Token) -> Token:
        r"\#If"
        t.type = "ANNOTATION"
        return t

    def t_IDENTIFIER(self, t: Token) -> Token:
        r"[A-Za-z_$][A-Za-z_$0-9]*"
        t.type = KEYWORDS.get(t.value, "IDENTIFIER")
        return t

    def t_INTETER_LITERAL(self, t: Token) -> Token:
        r"[0-9]+\.[0-9]+|0[xX][0-9a-fA-F]+|0[0-7]+|[1-9][0-9]*|0"
        if "." in t.value:
            t.type = "DOUBLE_LITERAL"
        return t

    t_AND = r"&&"
    t_OR = r"\|\|"
    t_EQ = r"=="
    t_NE = r"!="
    t_LE = r"<="
    t_GE = r">="
    t_INCREMENT = r"\+\+"
    t_DECREMENT = r"--"
    t_ADD_ASSIGN = r"\+="
    t_SUB_ASSIGN = r"-="
    t_ASTERISK_ASSIGN = r"\*="
    t_DIV_ASSIGN = r"/="
    t_MOD_ASSIGN = r"%="
    t_COLON = r":"
    t_POWER = r"\^"
    t_COMMA = r","
    t_SEMICOLON = r";"
    t_LP = r"\("
    t_RP = r"\)"
    t_LB = r"\["
    t_RB = r"\]"
    t_LC = r"\{"
    t_RC = r"\}"
    t_QUESTION = r"\?"
    t_DOT = r"\."
    t_ADDRESS = r"&"
    t_AT = r"@"
    t_NOT = r"!"
    t_LT = r"<"
    t_GT = r">"
    t_ADD = r"\+"
    t_SUB = r"-"
    t_ASTERISK = r"\*"
    t_DIV = r"/"
    t_MOD = r"%"
    t_ASSIGN = r"="

    def t_error(self, t: Token) -> Token | None:
        lexer = t.lexer
        text: str = lexer.lexdata
        pos = t.lexpos
        ch = text[pos]
        diags: list[Diagnostic] = lexer.mf_diagnostics
        if ch == "\r":
            lexer.lexpos = pos + 1
            if not lexer.mf_seen_cr:
                lexer.mf_seen_cr = True
                count = text.count("\r")
                diags.append(
                    _diag(
                        errors.ILLEGAL_CHARACTER,
                        "illegal character: carriage return (MangoFix accepts only LF line endings; "
                        f"this file has {count} carriage return{'s' if count != 1 else ''})",
                        pos,
                        pos + 1,
                        hint="save the file with Unix (LF) line endings",
                    )
                )
            return None
        if ch == "\ufeff":
            lexer.lexpos = pos + 1
            diags.append(
                _diag(
                    errors.ILLEGAL_CHARACTER,
                    "illegal character: UTF-8 byte-order mark (MangoFix rejects it)",
                    pos,
                    pos + 1,
                    hint="save the file as UTF-8 without BOM",
                )
            )
            return None
        end = pos + 1
        hint: str | None = None
        if ch == "#":
            line_end = text.find("\n", pos)
            end = len(text) if line_end == -1 else line_end
            message = "illegal character `#`: there is no preprocessor in MangoFix"
            hint = "`#import`, `#define` and `#if` lines do not exist; the only `#` form is the `#If(...)` annotation"
        elif ch == "|":
            message = "illegal character `|`: MangoFix has no bitwise operators"
            hint = "`||` is logical or; combine disjoint flag values with `+`"
        elif ch == "'":
            message = "illegal character `'`: MangoFix has no character literals"
            hint = "use the character's number or a string"
        elif ch == "~":
            message = "illegal character `~`: MangoFix has no bitwise operators"
        elif not ch.isascii():
            message = (
                f"illegal character `{ch}` (U+{ord(ch):04X}): non-ASCII text is allowed only in strings and comments"
            )
        elif ch.isprintable():
            message = f"illegal character `{ch}`"
        else:
            message = f"illegal character U+{ord(ch):04X}"
        diags.append(_diag(errors.ILLEGAL_CHARACTER, message, pos, end, hint))
        t.type = ILLEGAL
        t.value = text[pos:end]
        lexer.lexpos = end
        return t


_RULES = _Rules()
# ``optimize`` skips PLY's validation of the rules (a third of the import time of this module) and
# its per-token re-validation of the types function rules return; ``lextab=""`` keeps it from
# reading or writing a table file.  tests/syntax/test_lexer.py builds the lexer again with
# validation on and checks that it is the same.
_MASTER: Any = lex.lex(module=_RULES, errorlog=lex.NullLogger(), optimize=True, lextab="")


# PLY compiled every rule into one master regular expression; ``_scan`` drives it directly.
# PLY's own ``token()`` loop does the same matching with more bookkeeping per token.
if len(_MASTER.lexre) != 1:  # pragma: no cover - PLY splits only beyond 100 rules
    raise RuntimeError("the lexer rules no longer fit one master regular expression")
_REGEX, _INDEX = _MASTER.lexre[0]
_KEYWORDS = KEYWORDS

# Fast paths for the two commonest token classes, derived from the PLY rules above (so they
# cannot drift from them): identifiers/keywords, and operators that cannot start anything else.
# Everything else (comments, strings, numbers, `@` words, `#If`, illegal characters) goes
# through PLY's master regex.  tests/syntax/test_lexer.py checks that the result is exactly what
# PLY's own ``token()`` loop produces.
_IDENT_MATCH = re.compile(_Rules.t_IDENTIFIER.__doc__ or "").match
_IDENT_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$")
_OPERATOR_RULES = {name: getattr(_Rules, "t_" + name) for name in OPERATORS}
_OPS2 = {OPERATORS[name]: name for name in _OPERATOR_RULES if len(OPERATORS[name]) == 2}
_OPS1 = {OPERATORS[name]: name for name in _OPERATOR_RULES if len(OPERATORS[name]) == 1 and name not in ("AT", "DIV")}
# punctuation that starts no longer operator (`;` `(` `.` ...: most operator tokens) needs no look-ahead
_SINGLES = {op: name for op, name in _OPS1.items() if not any(two.startswith(op) for two in _OPS2)}
assert all(re.fullmatch(rule, OPERATORS[name]) for name, rule in _OPERATOR_RULES.items())


def _new_lexer(text: str) -> Any:
    lexer = _MASTER.clone()
    lexer.mf_diagnostics = []
    lexer.mf_comments = []
    lexer.mf_seen_cr = False
    lexer.input(text)
    return lexer


def _scan(text: str, lexer: Any) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    match = _REGEX.match
    index = _INDEX
    keywords = _KEYWORDS
    ident_start, ident_match = _IDENT_START, _IDENT_MATCH
    ops1, ops2, singles = _OPS1, _OPS2, _SINGLES
    pos = 0
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch == " " or ch == "\t" or ch == "\n":
            pos += 1
            continue
        if ch in ident_start:
            m = ident_match(text, pos)
            value = m.group()  # type: ignore[union-attr]
            append(Token(keywords.get(value, "IDENTIFIER"), value, pos))
            pos += len(value)
            continue
        op = singles.get(ch)
        if op is not None:
            append(Token(op, ch, pos))
            pos += 1
            continue
        op = ops2.get(text[pos : pos + 2])
        if op is not None:
            append(Token(op, text[pos : pos + 2], pos))
            pos += 2
            continue
        op = ops1.get(ch)
        if op is not None:
            append(Token(op, ch, pos))
            pos += 1
            continue
        m = match(text, pos)
        if m is None:
            tok = Token("error", text[pos:], pos)
            tok.lexer = lexer
            lexer.lexpos = pos
            tok = lexer.lexerrorf(tok)
            if tok is not None:
                append(tok)
            pos = lexer.lexpos
            continue
        func, ttype = index[m.lastindex]
        if func is None:
            if ttype is not None:
                append(Token(ttype, m.group(), pos))
            pos = m.end()
            continue
        tok = Token(ttype, m.group(), pos)
        tok.lexer = lexer
        lexer.lexpos = m.end()
        tok = func(tok)
        if tok is not None:
            append(tok)
        pos = lexer.lexpos
    return tokens


def lex_all(text: str) -> tuple[list[Token], list[Diagnostic], list[tuple[int, int]]]:
    """Tokenise ``text``: the tokens, the lexical diagnostics and the comments' (start, end) offsets."""
    lexer = _new_lexer(text)
    tokens = _scan(text, lexer)
    return tokens, lexer.mf_diagnostics, lexer.mf_comments


def lex_text(text: str) -> tuple[list[Token], list[Diagnostic]]:
    """Tokenise ``text``: the token list and the lexical diagnostics."""
    tokens, diagnostics, _comments = lex_all(text)
    return tokens, diagnostics


def tokenize(text: str) -> list[Token]:
    """Tokenise ``text`` and return only the tokens (diagnostics are dropped)."""
    return lex_text(text)[0]
