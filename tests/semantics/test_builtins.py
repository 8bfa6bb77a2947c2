"""The built-in names of section 4 of the language reference."""

from __future__ import annotations

from mangopy.semantics import builtins


def test_every_function_has_a_signature_with_its_arity() -> None:
    assert set(builtins.SIGNATURES) == set(builtins.FUNCTIONS)
    for name, arity in builtins.FUNCTIONS.items():
        assert len(builtins.SIGNATURES[name][1]) == arity, name


def test_signature_text() -> None:
    assert builtins.signature("NSLog") == "void NSLog(id object)"
    assert builtins.signature("dispatch_get_main_queue") == "id dispatch_get_main_queue()"
    assert builtins.signature("M_PI") is None
    assert {"M_PI", "$systemVersion", "UIControlEventTouchUpInside"} <= builtins.CONSTANTS
