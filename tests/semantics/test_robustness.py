"""The checker never raises, whatever tree the parser recovered."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mangopy.semantics.analyze import analyze
from mangopy.semantics.catalogue import RULES
from mangopy.semantics.manifest import Manifest
from tests.semantics.conftest import EXAMPLE_MANIFEST
from tests.syntax.test_robustness import PIECES, mutated_script

_MANIFEST: list[Manifest] = []


def shop() -> Manifest:
    if not _MANIFEST:
        from mangopy.semantics.manifest import load_all

        _MANIFEST.append(load_all([EXAMPLE_MANIFEST]))
    return _MANIFEST[0]


def check(text: str) -> None:
    a = analyze(text, "fuzz.mf", shop())
    for d in a.diagnostics:
        assert d.code in RULES, d.code
        assert 0 <= d.start <= d.end <= len(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_script())
def test_mutated_scripts_never_break_the_checker(text: str) -> None:
    check(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=120).map(" ".join))
def test_token_soup_never_breaks_the_checker(text: str) -> None:
    check(text)


def test_deep_nesting_in_methods() -> None:
    depth = 5_000
    body = "if (a) { " * depth + "}" * depth
    check(f"class OrderCell : UITableViewCell {{\n- (void)prepareForReuse {{ int a = 1; {body} }}\n}}\n")
    check("x = " + "^{ y = " * 2_000 + "1" + "; }" * 2_000 + ";")
