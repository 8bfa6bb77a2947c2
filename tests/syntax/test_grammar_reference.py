"""The grammar reference and the shipped tables stay in sync with the parser's productions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mangopy.syntax import tables
from mangopy.syntax.grammar import PRODUCTIONS, UPSTREAM_PRODUCTION_COUNT, to_ebnf

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "docs" / "mangofix-language.md"


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


def _bnf_productions(doc: str) -> list[tuple[str, tuple[str, ...]]]:
    section = doc[doc.index("### 2.2 Complete BNF") :]
    block = section[section.index("```bnf") + 6 : section.index("```", section.index("```bnf") + 6)]
    block = re.sub(r"\(\*.*?\*\)", "", block, flags=re.DOTALL)
    productions: list[tuple[str, tuple[str, ...]]] = []
    lhs = ""
    for line in block.splitlines():
        line = line.strip()
        if not line:
            continue
        if "::=" in line:
            lhs, _, body = line.partition("::=")
            lhs = lhs.strip()
        elif line.startswith("|"):
            body = line[1:]
        else:  # a long alternative wrapped onto the next line
            last_lhs, last = productions.pop()
            productions.append((last_lhs, last + tuple(line.split())))
            continue
        symbols = tuple(s for s in body.split() if s != "ε")
        productions.append((lhs, symbols))
    return productions


@pytest.mark.skipif(not REFERENCE.exists(), reason="language reference not checked out beside the repository")
def test_productions_are_upstreams_rule_for_rule_in_order() -> None:
    reference = _bnf_productions(REFERENCE.read_text(encoding="utf-8"))
    ours = [(p.lhs, p.rhs) for p in PRODUCTIONS[:UPSTREAM_PRODUCTION_COUNT]]
    assert sorted(ours) == sorted(reference)
    # The relative order of every pair of productions of the same nonterminal, and of the
    # productions involved in the reduce/reduce conflicts, is upstream's.
    for lhs in {p for p, _ in reference}:
        assert [r for p, r in ours if p == lhs] == [r for p, r in reference if p == lhs], lhs
    conflict = [("selector_1", ("IDENTIFIER",)), ("selector_1", ("key_work_identifier",)),
                ("primary_expression", ("primary_expression", "DOT", "IDENTIFIER")),
                ("primary_expression", ("primary_expression", "DOT", "key_work_identifier"))]  # fmt: skip
    assert [ours.index(c) for c in conflict] == sorted(ours.index(c) for c in conflict)
