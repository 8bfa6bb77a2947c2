"""The msgspec types that load manifests for a check say what the published JSON Schema says:
entries built like real ones, and entries mutated from them, are accepted or refused alike.

(hypothesis-jsonschema would generate them from the schema itself, but it does not work with
current hypothesis releases; the strategies below cover every key of the schema instead.)"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mangopy.semantics import manifest_types
from mangopy.semantics.manifest import ManifestError, validate

_NAMES = st.from_regex(r"[A-Za-z_$][A-Za-z0-9_$]{0,5}(\.[A-Za-z_][A-Za-z0-9_]{0,3})?", fullmatch=True)
_WORD = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,5}", fullmatch=True)
_TYPES = st.sampled_from(["void", "id", "NSInteger", "UIView *", "void (^)(BOOL)", "CGRect"])
_SOURCE = st.fixed_dictionaries({}, optional={"file": st.text(max_size=5), "line": st.integers(0, 99)})


@st.composite
def _methods(draw: st.DrawFn) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pieces in draw(st.lists(st.lists(_WORD, max_size=3), max_size=3)):
        selector = "".join(p + ":" for p in pieces) if pieces else draw(_WORD)
        method: dict[str, Any] = {"returns": draw(_TYPES), "params": [draw(_TYPES) for _ in pieces]}
        method.update(draw(st.fixed_dictionaries({}, optional={
            "encoding": st.sampled_from(["v16@0:8", "@24@0:8@16"]),
            "declared": st.sampled_from(["interface", "implementation", "runtime"]),
            "source": _SOURCE,
        })))  # fmt: skip
        out[selector] = method
    return out


_PROPERTIES = st.dictionaries(
    _WORD,
    st.fixed_dictionaries(
        {"type": _TYPES},
        optional={
            "attributes": st.lists(st.sampled_from(["copy", "nonatomic", "readonly", "getter=isOn"])),
            "source": _SOURCE,
        },
    ),
    max_size=3,
)
_MEMBERS = {
    "protocols": st.lists(_NAMES, max_size=3),
    "instance_methods": _methods(),
    "class_methods": _methods(),
    "properties": _PROPERTIES,
    "partial": st.booleans(),
    "source": _SOURCE,
}
_ENTRIES = {
    "classes": st.fixed_dictionaries(
        {}, optional={**_MEMBERS, "superclass": st.none() | _NAMES, "swift_module": st.none() | _WORD}
    ),
    "protocols": st.fixed_dictionaries({}, optional=_MEMBERS),
}


def _schema_says(kind: str, value: Any) -> bool:
    try:
        validate({"format": "mangopy-manifest", "version": 1, "classes": {}, kind: {"A": value}}, "m.json")
    except ManifestError:
        return False
    return True


def _types_say(kind: str, value: Any) -> bool:
    try:
        manifest_types.entry(kind, "A", json.dumps(value))
    except manifest_types.FormatError:
        return False
    return True


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
_KEYS = ["superclass", "protocols", "swift_module", "instance_methods", "class_methods", "properties",
         "partial", "source", "returns", "params", "type", "attributes", "encoding", "declared", "file",
         "line", "colour", "a:", "a:b:", "x"]  # fmt: skip


def _mutate(data: st.DataObject, value: Any) -> Any:
    """``value`` with one place replaced by arbitrary JSON (a key, a value, a list element)."""
    if isinstance(value, dict) and value and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(sorted(value)))
        return {**value, key: _mutate(data, value[key])}
    if isinstance(value, dict) and data.draw(st.booleans()):
        return {**value, data.draw(st.sampled_from(_KEYS)): data.draw(_JSON)}
    if isinstance(value, list) and value and data.draw(st.booleans()):
        i = data.draw(st.integers(0, len(value) - 1))
        return [*value[:i], _mutate(data, value[i]), *value[i + 1 :]]
    return data.draw(_JSON)


@pytest.mark.parametrize("kind", ["classes", "protocols"])
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_entries_from_the_schema_and_their_mutants_are_judged_alike(kind: str, data: st.DataObject) -> None:
    value = data.draw(_ENTRIES[kind])
    assert _types_say(kind, value) and _schema_says(kind, value), value
    mutant = _mutate(data, value)
    assert _types_say(kind, mutant) == _schema_says(kind, mutant), mutant


@pytest.mark.parametrize(
    "document",
    [
        {"format": "mangopy-manifest", "version": 1, "classes": {}},
        {"format": "mangopy-manifest", "version": 1, "classes": {}, "protocols": {}, "app": {"name": "Shop"}},
        {"$schema": "x", "format": "mangopy-manifest", "version": 1, "classes": {"Mod.A": {}}},
        {"format": "mangopy-manifest", "version": 2, "classes": {}},
        {"format": "other", "version": 1, "classes": {}},
        {"format": "mangopy-manifest", "version": 1},
        {"format": "mangopy-manifest", "version": 1, "classes": {"1A": {}}},
        {"format": "mangopy-manifest", "version": 1, "classes": {}, "colour": 1},
        {"format": "mangopy-manifest", "version": 1, "classes": [], "protocols": {}},
        {"format": "mangopy-manifest", "version": 1, "classes": {}, "app": 3},
    ],
)
def test_documents_are_judged_alike(document: dict[str, Any]) -> None:
    try:
        validate({**document, "classes": {k: {} for k in document.get("classes", {})}}
                 if isinstance(document.get("classes"), dict) else document, "m.json")  # fmt: skip
        schema_ok = True
    except ManifestError:
        schema_ok = False
    try:
        manifest_types.document(json.dumps(document).encode())
        types_ok = True
    except manifest_types.FormatError:
        types_ok = False
    assert types_ok == schema_ok
