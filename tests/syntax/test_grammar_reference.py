"""mangopy's grammar, upstream's grammar, the grammar reference file and the shipped tables."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import ply.yacc as yacc
import pytest

from mangopy.syntax import tables
from mangopy.syntax.grammar import PRODUCTIONS, START, to_ebnf
from mangopy.syntax.tokens import TOKENS
from tests.syntax.upstream import BNF, upstream_tables
from tests.tools.extract_reference import extract_bnf

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "docs" / "mangofix-language.md"


@pytest.mark.skipif(not REFERENCE.exists(), reason="language reference not checked out beside the repository")
def test_upstream_bnf_in_sync_with_reference() -> None:
    assert extract_bnf(REFERENCE.read_text(encoding="utf-8")) == json.loads(BNF.read_text(encoding="utf-8"))


def test_upstream_grammar_has_upstreams_conflicts() -> None:
    # The reference (and bison on mango.y) report 35 shift/reduce and 4 reduce/reduce conflicts.
    upstream = upstream_tables()
    assert (upstream.sr_conflicts, upstream.rr_conflicts) == (35, 4)


def _conflicts(recovery: bool) -> Counter[str]:
    grammar = yacc.Grammar(list(TOKENS))
    for line, p in enumerate((p for p in PRODUCTIONS if recovery or not p.recovery), start=1):
        grammar.add_production(p.lhs, list(p.rhs), line=line)
    grammar.set_start(START)
    lr = yacc.LRGeneratedTable(grammar, "LALR", yacc.NullLogger())
    assert lr.rr_conflicts == []
    return Counter(f"{token}:{resolution}" for _state, token, resolution in lr.sr_conflicts)


def test_mangopy_grammar_has_no_reduce_reduce_and_only_the_documented_shift_reduce_conflicts() -> None:
    # `Name *` at the start of a statement (top level / block, and a `for (` clause) is a
    # declaration; after `p.name`, `(` makes a message send and `:` starts a selector.  Shift is
    # upstream's choice in each case (see docs/front-end.md).
    expected = Counter({"ASTERISK:shift": 2, "LP:shift": 1, "COLON:shift": 1})
    assert _conflicts(recovery=False) == expected
    assert _conflicts(recovery=True) == expected
    assert (tables.load().sr_conflicts, tables.load().rr_conflicts) == (4, 0)


def test_grammar_reference_file_is_generated_from_the_productions() -> None:
    assert (ROOT / "grammar" / "mangofix.ebnf").read_text(encoding="utf-8") == to_ebnf()


def test_shipped_tables_match_the_grammar() -> None:
    import mangopy.syntax._tables as shipped

    assert tables.grammar_signature(PRODUCTIONS) == shipped.SIGNATURE, (
        "run `python -m mangopy.syntax.build_tables` after changing the grammar"
    )
    fresh = tables.generate(recovery=True)
    assert tables.load().action == fresh.action
    assert tables.load().goto == fresh.goto
