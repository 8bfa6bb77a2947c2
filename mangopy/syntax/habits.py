"""Fixes for the Objective-C habits a syntax error betrays: bracket sends, ``@YES``, a member access
before ``:``.

Each function looks at the tokens around an error and returns the edit that writes the same thing
in MangoFix, or None when the text is not the habit it looks for (or is one the fix cannot
translate faithfully: a variadic send, a ternary among the arguments).  The edits keep the
script's meaning, so they are "safe" (``check --fix`` applies them); the text between tokens
(spaces, comments) is kept as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mangopy.diagnostics import Fix
from mangopy.syntax.tokens import MEMBER_KEYWORDS

_OPEN = {"LB": "RB", "LP": "RP", "LC": "RC"}
_CLOSE = frozenset(_OPEN.values())
_SELECTOR_WORDS = MEMBER_KEYWORDS | {"IDENTIFIER"}
# A receiver made of these is a postfix chain: `a.b.c()`, `self`, `super`, `Foo`; anything else
# (`a + b`, `*p`) is wrapped in parentheses before `.selector`.
_CHAIN = _SELECTOR_WORDS | {"SELF", "SUPER", "DOT"}
# `[` after these is a subscript (`a[0]`) or an array literal (`@[...]`), not a send.
_NOT_A_SEND = _SELECTOR_WORDS | _CLOSE | {"SELF", "AT"}


def _end(tok: Any) -> int:
    return int(tok.lexpos) + len(tok.value)


def _matching(tokens: Sequence[Any], i: int) -> int | None:
    """Index of the token closing the bracket at ``i`` (None: unbalanced before the end)."""
    stack: list[str] = []
    for j in range(i, len(tokens)):
        t = tokens[j].type
        if t in _OPEN:
            stack.append(_OPEN[t])
        elif t in _CLOSE:
            if not stack or stack.pop() != t:
                return None
            if not stack:
                return j
    return None


class _Unfit(Exception):
    """The bracketed text is not a message send the fix can write in MangoFix."""


def _text(tokens: Sequence[Any], lo: int, hi: int, text: str) -> str:
    """Source text of tokens ``lo``..``hi - 1``, nested bracket sends converted."""
    if lo >= hi:
        raise _Unfit
    out: list[str] = []
    pos = tokens[lo].lexpos
    j = lo
    while j < hi:
        tok = tokens[j]
        if tok.type == "LB" and (j == lo or tokens[j - 1].type not in _NOT_A_SEND):
            close = _matching(tokens, j)
            if close is None or close >= hi:
                raise _Unfit
            out.append(text[pos : tok.lexpos])
            out.append(_send(tokens, j, close, text))
            pos = _end(tokens[close])
            j = close + 1
            continue
        j += 1
    out.append(text[pos : _end(tokens[hi - 1])])
    return "".join(out)


def _send(tokens: Sequence[Any], lb: int, rb: int, text: str) -> str:
    """``[receiver selector...]`` (tokens ``lb``..``rb``) written as a MangoFix call."""
    depth = 0
    top: list[int] = []  # indices of the tokens at the bracket's own level
    for j in range(lb + 1, rb):
        t = tokens[j].type
        if depth == 0:
            top.append(j)
        if t in _OPEN:
            depth += 1
        elif t in _CLOSE:
            depth -= 1
    if not top or any(tokens[j].type in ("QUESTION", "COMMA") for j in top):
        raise _Unfit  # a ternary makes `x : y` ambiguous; a comma is a variadic send
    keywords = [
        j
        for j in top
        if tokens[j].type in _SELECTOR_WORDS
        and j + 1 < rb
        and tokens[j + 1].type == "COLON"
        and j > lb + 1
        and tokens[j - 1].type != "DOT"
    ]
    if not keywords:  # unary: `[receiver name]`
        last = top[-1]
        if last == lb + 1 or tokens[last].type not in _SELECTOR_WORDS or tokens[last - 1].type == "DOT":
            raise _Unfit
        return f"{_receiver(tokens, lb + 1, last, text)}.{tokens[last].value}()"
    colons = {k + 1 for k in keywords}
    if any(tokens[j].type == "COLON" and j not in colons for j in top):
        raise _Unfit  # `[a foo:x :y]`: a selector piece without a name
    first = keywords[0]
    pieces: list[str] = []
    args: list[str] = []
    for n, k in enumerate(keywords):
        stop = keywords[n + 1] if n + 1 < len(keywords) else rb
        pieces.append(f"{tokens[k].value}:")
        args.append(_text(tokens, k + 2, stop, text).strip())
    return f"{_receiver(tokens, lb + 1, first, text)}.{''.join(pieces)}({', '.join(args)})"


def _receiver(tokens: Sequence[Any], lo: int, hi: int, text: str) -> str:
    """The receiver as written; in parentheses unless it is a postfix chain (`a.b()`, `[x y]`, `(e)`)."""
    written = _text(tokens, lo, hi, text).strip()
    depth = 0
    for tok in tokens[lo:hi]:
        t = tok.type
        if depth == 0 and t not in _CHAIN and t not in _OPEN and t not in _CLOSE:
            return f"({written})"
        if t in _OPEN:
            depth += 1
        elif t in _CLOSE:
            depth -= 1
    return written


def bracket_send_fix(tokens: Sequence[Any], i: int, text: str) -> Fix | None:
    """``[obj doThing:x with:y]`` → ``obj.doThing:with:(x, y)`` for the send opened at token ``i``."""
    close = _matching(tokens, i)
    if close is None:
        return None
    try:
        written = _send(tokens, i, close, text)
    except _Unfit:
        return None
    return Fix(f"Write `{_short(written)}`", ((tokens[i].lexpos, _end(tokens[close]), written),), safe=True)


def boxed_bool_fix(tok: Any) -> Fix | None:
    """``@YES`` → ``@(YES)`` (and ``@true`` → ``@(YES)``): a boxed BOOL, as in Objective-C."""
    word = {"@YES": "YES", "@NO": "NO", "@true": "YES", "@false": "NO"}.get(tok.value)
    if word is None:
        return None
    return Fix(f"Write `@({word})`", ((tok.lexpos, _end(tok), f"@({word})"),), safe=True)


def member_call_fix(name_tok: Any) -> Fix:
    """``a.count : b`` → ``a.count() : b``: the member access ends before the `:`."""
    at = _end(name_tok)
    return Fix(f"Write `.{name_tok.value}()`", ((at, at, "()"),), safe=True)


def _short(code: str, limit: int = 60) -> str:
    one_line = " ".join(code.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def prototype_fix(tokens: Sequence[Any], i: int, text: str) -> Fix | None:
    """``- (void)reset;`` (token ``i`` is the `;`): a declaration MangoFix has no use for, removed
    (the whole line when it holds nothing else; a comment after it stays)."""
    j = i - 1
    while j >= 0 and tokens[j].type not in ("SUB", "ADD", "SEMICOLON", "LC", "RC"):
        j -= 1
    if j < 0 or tokens[j].type not in ("SUB", "ADD"):
        return None
    start, end = tokens[j].lexpos, _end(tokens[i])
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip():
        return None  # something else on the line before it: not a prototype of its own
    if not text[end:line_end].strip():
        start, end = line_start, min(line_end + 1, len(text))
    else:
        while end < line_end and text[end] in " \t":
            end += 1
    return Fix("Remove the method prototype", ((start, end, ""),), safe=True)
