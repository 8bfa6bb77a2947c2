"""Every rule of the catalogue fires on its bad example and stays silent on its good one."""

from __future__ import annotations

import pytest

from mangopy.diagnostics import RuleInfo
from mangopy.semantics.analyze import analyze
from mangopy.semantics.catalogue import CATALOGUE
from mangopy.semantics.manifest import Manifest
from mangopy.syntax import errors


def codes(source: str, manifest: Manifest) -> list[str]:
    return [d.code for d in analyze(source, "example.mf", manifest).diagnostics]


@pytest.mark.parametrize("rule", CATALOGUE, ids=[r.code for r in CATALOGUE])
def test_bad_example_fires(rule: RuleInfo, shop: Manifest) -> None:
    assert rule.code in codes(rule.bad, shop)


@pytest.mark.parametrize("rule", CATALOGUE, ids=[r.code for r in CATALOGUE])
def test_good_example_is_silent(rule: RuleInfo, shop: Manifest) -> None:
    assert rule.code not in codes(rule.good, shop)


@pytest.mark.parametrize("rule", CATALOGUE, ids=[r.code for r in CATALOGUE])
def test_good_example_is_clean(rule: RuleInfo, shop: Manifest) -> None:
    # A good example shows how to write it: nothing else at or above warning either.
    result = analyze(rule.good, "example.mf", shop)
    assert [(d.code, d.message) for d in result.diagnostics if d.severity >= d.severity.WARNING] == []


@pytest.mark.parametrize("rule", CATALOGUE, ids=[r.code for r in CATALOGUE])
def test_examples_hold_when_the_sdk_is_known_in_part(rule: RuleInfo, shop_partial_sdk: Manifest) -> None:
    # The examples must not depend on the baseline listing SDK classes whole.
    assert rule.code in codes(rule.bad, shop_partial_sdk)
    result = analyze(rule.good, "example.mf", shop_partial_sdk)
    assert [(d.code, d.message) for d in result.diagnostics if d.severity >= d.severity.WARNING] == []


def test_catalogue_covers_every_front_end_code() -> None:
    catalogue = {r.code: r for r in CATALOGUE}
    for code in errors.ALL_CODES:
        assert catalogue[code.code].name == code.name
        assert catalogue[code.code].severity is code.severity


def test_codes_names_and_docs_are_complete() -> None:
    assert len({r.code for r in CATALOGUE}) == len(CATALOGUE)
    assert len({r.name for r in CATALOGUE}) == len(CATALOGUE)
    for r in CATALOGUE:
        assert r.summary and r.explanation and r.bad and r.good, r.code
        assert r.bad != r.good
