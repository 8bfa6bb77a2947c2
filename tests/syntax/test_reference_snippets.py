"""All 160 snippets of section 6 of the language reference, with their exact outcomes.

The snippets live in data/reference_snippets.json, extracted from the reference by
tests/tools/extract_snippets.py; test_snippets_in_sync_with_reference re-extracts them when the
reference is available next to the repository.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mangopy.syntax import errors, parse
from tests.tools.extract_reference import extract

DATA = Path(__file__).with_name("data") / "reference_snippets.json"
REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "docs" / "mangofix-language.md"
SNIPPETS: list[dict[str, Any]] = json.loads(DATA.read_text(encoding="utf-8"))

UPSTREAM_REJECTS = errors.LEXICAL_CODES | errors.SYNTAX_CODES | errors.COMPILE_CODES

# Diagnostics mangopy adds for scripts upstream accepts but that misbehave (or are rejected
# while parsing, for the compile-time snippets): the code that must fire for each snippet.
FLAGGED = {
    "T17": "MF020",
    "T22": "MF021",
    "T47": "MF022",
    "S17": "MF023",
    "S18": "MF023",
    "S02": "MF005",
    "S19": "MF013",
    "S21": "MF013",
    "S23": "MF012",
    "T62": "MF012",
    "T117": "MF010",
    "T118": "MF011",
    "T129": "MF014",
}


def test_all_snippets_extracted() -> None:
    assert len(SNIPPETS) == 160
    assert len({s["id"] for s in SNIPPETS}) == 160


@pytest.mark.skipif(not REFERENCE.exists(), reason="language reference not checked out beside the repository")
def test_snippets_in_sync_with_reference() -> None:
    assert extract(REFERENCE.read_text(encoding="utf-8")) == SNIPPETS


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s["id"] for s in SNIPPETS])
def test_snippet_outcome(snippet: dict[str, Any]) -> None:
    source: str = snippet["source"]
    expected = snippet["expected"]
    result = parse(source)
    rejecting = [d for d in result.diagnostics if d.code in UPSTREAM_REJECTS]
    kind = expected["kind"]
    if kind in ("parses", "semantic"):
        assert rejecting == [], [(d.code, d.message) for d in rejecting]
    elif kind == "compile":
        assert rejecting, "upstream rejects this script in a compile-time check"
        assert all(d.code in errors.COMPILE_CODES for d in rejecting)
    else:
        assert rejecting, f"expected a {kind} error"
        first = rejecting[0]
        allowed = errors.LEXICAL_CODES if kind == "lexical" else errors.SYNTAX_CODES
        assert first.code in allowed, (first.code, first.message)
        if expected.get("at_eof"):
            assert first.start == first.end == len(source)
        else:
            pos = result.index.position(first.start)
            assert (pos.line, pos.column) == (expected["line"], expected["column"]), first.message
            token = expected.get("token")
            if token is not None:
                assert source[first.start : first.end].startswith(token)
    if snippet["id"] in FLAGGED:
        assert FLAGGED[snippet["id"]] in {d.code for d in result.diagnostics}
