"""docs/rules.md is generated from the rule catalogue."""

from __future__ import annotations

from pathlib import Path

from mangopy.semantics.catalogue import CATALOGUE, render_markdown

ROOT = Path(__file__).resolve().parent.parent


def test_rules_reference_is_up_to_date() -> None:
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == render_markdown(), (
        "run `python -m mangopy.semantics.catalogue`"
    )


def test_every_rule_has_a_section() -> None:
    text = render_markdown()
    for rule in CATALOGUE:
        assert f"## {rule.code} {rule.name}" in text
