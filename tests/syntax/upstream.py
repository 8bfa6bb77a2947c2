"""Upstream's grammar exactly as the language reference writes it (data/upstream_bnf.json), built
into PLY tables, to prove that mangopy's grammar accepts the same language."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from mangopy.syntax import tables
from mangopy.syntax.grammar import Production
from mangopy.syntax.lexer import lex_text
from mangopy.syntax.parser import Parser

BNF = Path(__file__).with_name("data") / "upstream_bnf.json"


def _no_value(v: list[Any], s: int, e: int) -> None:
    return None


UPSTREAM: list[Production] = [
    Production(lhs, tuple(rhs), _no_value) for lhs, rhs in json.loads(BNF.read_text(encoding="utf-8"))
]


@functools.cache
def upstream_tables() -> tables.Tables:
    return tables.generate(productions=UPSTREAM)


@functools.cache
def pure_tables() -> tables.Tables:
    """mangopy's grammar without its error-recovery productions."""
    return tables.generate(recovery=False)


def first_failure(text: str, grammar: str) -> int | None:
    """Offset of the token where parsing first fails (None: the script is accepted).

    ``grammar`` is ``"upstream"`` (the reference's grammar), ``"pure"`` (mangopy's, no recovery)
    or ``"mangopy"`` (what mangopy runs: with recovery).
    """
    tokens, _ = lex_text(text)
    if grammar == "upstream":
        parser = Parser(upstream_tables(), text, tokens, recover=False, productions=UPSTREAM)
    elif grammar == "pure":
        parser = Parser(pure_tables(), text, tokens, recover=False)
    else:
        parser = Parser(tables.load(), text, tokens, recover=True)
    parser.parse()
    return parser.first_error
