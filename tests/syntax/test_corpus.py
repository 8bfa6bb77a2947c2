"""The self-written corpus of realistic fix scripts (tests/corpus) must all parse cleanly, and be
clean against the class manifests of their (made-up) apps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mangopy.diagnostics import Severity
from mangopy.semantics.analyze import analyze
from mangopy.semantics.manifest import load_all
from mangopy.syntax import ast, parse

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SCRIPTS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".mg", ".mf"))


def test_corpus_is_large_enough() -> None:
    assert len(SCRIPTS) >= 40


@pytest.mark.parametrize("path", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_corpus_script_parses_without_findings(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    result = parse(text, str(path))
    findings = [
        (result.index.position(d.start), d.code, d.message) for d in result.diagnostics if d.severity > Severity.INFO
    ]
    assert findings == []
    assert result.module.definitions, "a fix script defines something"
    # Every node's range lies inside its parent's, and the source slices are non-empty.
    for node in ast.walk(result.module):
        for child in ast.iter_children(node):
            assert node.start <= child.start <= child.end <= node.end, (node, child)


MANIFESTS = CORPUS / "manifests"
INDEX: dict[str, list[str]] = json.loads((MANIFESTS / "index.json").read_text(encoding="utf-8"))


def test_every_script_has_its_app_manifest() -> None:
    assert sorted(INDEX) == sorted(p.name for p in SCRIPTS)


@pytest.mark.parametrize("path", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_corpus_script_is_clean_against_its_manifest(path: Path) -> None:
    manifest = load_all([MANIFESTS / name for name in INDEX[path.name]])
    a = analyze(path.read_text(encoding="utf-8"), str(path), manifest)
    # The only note a clean script may get: a class it creates on purpose (MF103).
    findings = [(a.result.index.position(d.start), d.code, d.message) for d in a.diagnostics if d.code != "MF103"]
    assert findings == []
