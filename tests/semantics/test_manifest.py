"""Loading, validating, caching and querying class manifests."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mangopy.semantics.manifest import Manifest, ManifestError, baseline, load_manifest, parse_manifest, schema

VALID: dict[str, Any] = {
    "format": "mangopy-manifest",
    "version": 1,
    "classes": {
        "Base": {"superclass": "NSObject", "instance_methods": {"run:": {"returns": "void", "params": ["BOOL"]}}},
        "Leaf": {"superclass": "Base", "protocols": ["Greeter"], "properties": {"name": {"type": "NSString *"}}},
        "NSObject": {"superclass": None, "class_methods": {"alloc": {"returns": "instancetype", "params": []}}},
    },
    "protocols": {"Greeter": {"instance_methods": {"greet": {"returns": "NSString *", "params": []}}}},
}


def problem(doc: Any) -> tuple[str | None, str]:
    with pytest.raises(ManifestError) as info:
        parse_manifest(json.dumps(doc).encode(), "app.json")
    return info.value.json_path, info.value.reason


def with_class(**fields: Any) -> dict[str, Any]:
    return {"format": "mangopy-manifest", "version": 1, "classes": {"A": fields}}


@pytest.mark.parametrize(
    ("doc", "path", "reason"),
    [
        ({"version": 1, "classes": {}}, "$", "must contain ['format'] properties"),
        ({"format": "other", "version": 1, "classes": {}}, "$.format",
         "must be same as const definition: mangopy-manifest"),
        ({"format": "mangopy-manifest", "version": 2, "classes": {}}, "$.version",
         "must be same as const definition: 1"),
        (with_class(superclass=3), "$.classes.A.superclass",
         "must be valid exactly by one definition (0 matches found)"),
        (with_class(instance_methods={"go:": {"returns": "void"}}), '$.classes.A.instance_methods["go:"]',
         "must contain ['params'] properties"),
        (with_class(instance_methods={"go:": {"returns": "void", "params": [1]}}),
         '$.classes.A.instance_methods["go:"].params[0]', "must be string"),
        (with_class(instance_methods={"go:with:": {"returns": "void", "params": ["id"]}}),
         '$.classes.A.instance_methods["go:with:"].params', "selector `go:with:` has 2 colons but 1 parameter type"),
        (with_class(instance_methods={"bad selector": {"returns": "void", "params": []}}),
         "$.classes.A.instance_methods", "must be named by propertyName definition"),
        (with_class(colour="red"), "$.classes.A", "must not contain {'colour'} properties"),
        (with_class(properties={"p": {"attributes": []}}), "$.classes.A.properties.p",
         "must contain ['type'] properties"),
    ],
)  # fmt: skip
def test_invalid_manifests_name_the_json_path_and_the_reason(doc: Any, path: str, reason: str) -> None:
    assert problem(doc) == (path, reason)


def test_not_json_and_not_utf8() -> None:
    with pytest.raises(ManifestError, match=r"app.json: invalid JSON at line 1, column 2: Expecting"):
        parse_manifest(b"{,}", "app.json")
    with pytest.raises(ManifestError, match="not valid UTF-8"):
        parse_manifest(b'{"a": "\xff"}', "app.json")


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="no such file"):
        load_manifest(tmp_path / "missing.json")
    with pytest.raises(ManifestError, match="is a directory"):
        load_manifest(tmp_path)


def test_schema_file_and_fast_validator_agree() -> None:
    """The shipped 2020-12 schema (for editors) accepts and rejects what the fast validator does."""
    validator = jsonschema.Draft202012Validator(schema())
    jsonschema.Draft202012Validator.check_schema(schema())
    assert list(validator.iter_errors(VALID)) == []
    parse_manifest(json.dumps(VALID).encode(), "ok.json")
    for bad in (with_class(superclass=3), with_class(colour="red"), {"format": "mangopy-manifest", "version": 1}):
        assert list(validator.iter_errors(bad))
        with pytest.raises(ManifestError):
            parse_manifest(json.dumps(bad).encode(), "bad.json")


def test_hierarchy_queries() -> None:
    m = parse_manifest(json.dumps(VALID).encode(), "app.json")
    assert [c.name for c in m.ancestors("Leaf")] == ["Leaf", "Base", "NSObject"]
    assert m.root_known("Leaf")
    run = m.find_method("Leaf", "run:", False)
    assert run is not None and (run.owner, run.params) == ("Base", ("BOOL",))
    assert m.find_method("Leaf", "run:", True) is None
    assert m.find_protocol_method("Leaf", "greet", False) is not None
    assert {"name", "setName:", "run:", "greet"} <= m.selectors("Leaf", False)
    assert m.selectors("Leaf", True) == {"alloc"}


def test_class_property_accessors_are_class_methods() -> None:
    doc = with_class(
        superclass=None,
        properties={
            "shared": {"type": "A *", "attributes": ["class", "readonly"]},
            "count": {"type": "NSInteger", "attributes": ["nonatomic"]},
        },
    )
    m = parse_manifest(json.dumps(doc).encode(), "app.json")
    assert m.selectors("A", True) == {"shared"}
    assert m.selectors("A", False) == {"count", "setCount:"}
    assert m.property_for_accessor("A", "shared") is None
    count = m.property_for_accessor("A", "setCount:")
    assert count is not None and count.type == "NSInteger"


def test_cycles_do_not_hang() -> None:
    doc = {"format": "mangopy-manifest", "version": 1, "classes": {"A": {"superclass": "B"}, "B": {"superclass": "A"}}}
    m = parse_manifest(json.dumps(doc).encode(), "cyclic.json")
    assert [c.name for c in m.ancestors("A")] == ["A", "B"]
    assert not m.root_known("A")


def test_merge_later_manifests_extend_earlier_ones() -> None:
    first = parse_manifest(json.dumps(VALID).encode(), "sdk.json")
    second = parse_manifest(
        json.dumps(
            {"format": "mangopy-manifest", "version": 1,
             "classes": {"Base": {"instance_methods": {"stop": {"returns": "void", "params": []}}}}}
        ).encode(),
        "app.json",
    )  # fmt: skip
    merged = Manifest.merge([first, second])
    assert merged.find_method("Leaf", "run:", False) is not None
    assert merged.find_method("Leaf", "stop", False) is not None
    assert merged.get("Base").superclass == "NSObject"  # type: ignore[union-attr]
    assert merged.paths == ["sdk.json", "app.json"]


def test_cache_is_used_and_invalidated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MANGOPY_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "app.json"
    path.write_text(json.dumps(VALID), encoding="utf-8")
    assert "Leaf" in load_manifest(path).classes
    cached = list((tmp_path / "cache" / "manifests").glob("*.marshal"))
    assert len(cached) == 1
    # The cached copy is what is read while the file is unchanged...
    original = cached[0].read_bytes()
    doc = dict(VALID, classes={"Cached": {}})
    import marshal

    cached[0].write_bytes(original[: original.index(b"\n") + 1] + marshal.dumps(doc))
    assert set(load_manifest(path).classes) == {"Cached"}
    # ...and a changed file is read again (an invalid entry is reported when read, not served from cache).
    path.write_text(json.dumps(with_class(superclass=3)), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    manifest = load_manifest(path)
    with pytest.raises(ManifestError, match=r"\$\.classes\.A\.superclass"):
        _ = manifest.get("A").raw  # type: ignore[union-attr]


def test_unwritable_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("MANGOPY_CACHE_DIR", str(blocker))
    path = tmp_path / "app.json"
    path.write_text(json.dumps(VALID), encoding="utf-8")
    assert "Leaf" in load_manifest(path).classes


def test_baseline_is_consistent() -> None:
    m = baseline()
    assert {"NSObject", "UIView", "UIViewController", "UITableView", "NSString", "UIResponder"} <= set(m.classes)
    assert [c.name for c in m.ancestors("UITableViewController")] == [
        "UITableViewController", "UIViewController", "UIResponder", "NSObject",
    ]  # fmt: skip
    assert [c.name for c in m.ancestors("UIButton")] == ["UIButton", "UIControl", "UIView", "UIResponder", "NSObject"]
    for name, info in m.classes.items():
        assert m.root_known(name), f"{name}: superclass chain leaves the baseline"
        for proto in info.protocols:
            assert proto in m.protocols, f"{name} adopts unknown protocol {proto}"


@pytest.mark.parametrize("as_text", [False, True])
def test_declares_anywhere_own_members_accessors_and_protocols(tmp_path: Path, as_text: bool) -> None:
    doc = {
        "format": "mangopy-manifest",
        "version": 1,
        "classes": {
            "Cart": {
                "superclass": "NSObject",
                "instance_methods": {"checkout:": {"returns": "void", "params": ["id"]}},
                "properties": {"open": {"type": "BOOL", "attributes": ["nonatomic", "getter=isOpen"]}},
            },
            "Shelf": {"superclass": "Cart", "protocols": ["Stocked"]},
        },
        "protocols": {"Stocked": {"instance_methods": {"restock": {"returns": "void", "params": []}}}},
    }
    path = tmp_path / "m.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    os.environ["MANGOPY_CACHE_DIR"] = str(tmp_path / "cache")
    try:
        m = load_manifest(path) if as_text else parse_manifest(json.dumps(doc).encode(), "m.json")
        if as_text:  # from the cache: classes held as JSON text until used
            m = load_manifest(path)
    finally:
        del os.environ["MANGOPY_CACHE_DIR"]
    for selector in ("checkout:", "isOpen", "setOpen:", "restock"):
        assert m.declares_anywhere(selector), selector
    for selector in ("checkOut:", "open:", "setClosed:", "reStock"):
        assert not m.declares_anywhere(selector), selector
    assert not m.classes["Cart"].partial and m.classes["Shelf"].declares("restock") is False


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


@given(
    classes=st.dictionaries(
        st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,7}", fullmatch=True),
        st.dictionaries(st.text(max_size=6), _JSONISH, max_size=3),
    ),
    indent=st.sampled_from([None, 0, 1, 2, "\t"]),
    ascii_only=st.booleans(),
)
def test_entry_texts_from_any_json_layout(classes: dict[str, Any], indent: Any, ascii_only: bool) -> None:
    """Each class's text, as the document is decoded, parses to that class (no re-encoding)."""
    from mangopy.semantics.manifest import _texts

    doc = {"format": "mangopy-manifest", "version": 1, "classes": classes}
    texts = _texts(json.dumps(doc, indent=indent, ensure_ascii=ascii_only).encode("utf-8"), "m.json")
    assert {name: json.loads(t) for name, t in texts["classes"].items()} == classes


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "invalid JSON"),
        ("[]", "$: must be object"),
        ('{"classes": {}} x', "invalid JSON"),
        ('{"format": "mangopy-manifest", "version": 1, "classes": {"A" {}}}', "invalid JSON"),
        ('{"format": "mangopy-manifest", "version": 2, "classes": {}}', "$.version"),
        ('{"format": "mangopy-manifest", "version": 1, "classes": {"not a name": {}}}', "$.classes"),
    ],
)
def test_a_document_that_is_not_a_manifest_is_refused_at_load(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "m.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ManifestError, match=re.escape(reason)):
        load_manifest(path, use_cache=False)


def test_cold_and_warm_loads_agree_on_a_pretty_printed_manifest(tmp_path: Path) -> None:
    doc = {
        "format": "mangopy-manifest",
        "version": 1,
        "classes": {
            "Cart": {"superclass": "NSObject", "instance_methods": {"add:": {"returns": "void", "params": ["id"]}}},
            "Basket": {
                "superclass": "Cart",
                "properties": {"total": {"type": "CGFloat"}},
                "source": {"file": "Café.h"},
            },
        },
    }
    path = tmp_path / "m.json"
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")
    os.environ["MANGOPY_CACHE_DIR"] = str(tmp_path / "cache")
    try:
        cold, warm = load_manifest(path), load_manifest(path)
    finally:
        del os.environ["MANGOPY_CACHE_DIR"]
    for m in (cold, warm):
        assert {n: c.raw for n, c in m.classes.items()} == doc["classes"]
        assert m.declares_anywhere("add:") and m.selectors("Basket", False) >= {"add:", "total", "setTotal:"}
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"format": "mangopy-manifest", "version": 1, "classes": {"A": {"superclass": 3}}}')
    os.environ["MANGOPY_CACHE_DIR"] = str(tmp_path / "cache")
    try:  # an entry is validated when read, and the error says where
        manifest = load_manifest(bad)
        with pytest.raises(ManifestError, match=r"classes\.A\.superclass"):
            _ = manifest.get("A").raw  # type: ignore[union-attr]
    finally:
        del os.environ["MANGOPY_CACHE_DIR"]


@pytest.mark.parametrize("layout", ["one line", "pretty", "lines, then edited"])
def test_load_of_any_layout(tmp_path: Path, layout: str) -> None:
    classes = {"A": {"superclass": "NSObject"}, "B": {"superclass": "A", "protocols": ["P"]}}
    doc = {"format": "mangopy-manifest", "version": 1, "protocols": {"P": {}}, "classes": classes}
    if layout == "one line":
        text = json.dumps(doc, separators=(",", ":"))
    elif layout == "pretty":
        text = json.dumps(doc, indent=2)
    else:  # the baseline's layout, one class a line, but a class spread over lines: cut by JSON instead
        rest = json.dumps({k: v for k, v in doc.items() if k != "classes"}, separators=(",", ":"))
        spread = json.dumps(classes["B"], indent=1)
        text = rest[:-1] + ',"classes":{\n"A":{"superclass":"NSObject"},\n"B":' + spread + "\n}}\n"
    path = tmp_path / "m.json"
    path.write_text(text, encoding="utf-8")
    os.environ["MANGOPY_CACHE_DIR"] = str(tmp_path / "cache")
    try:
        cold, warm = load_manifest(path), load_manifest(path)
    finally:
        del os.environ["MANGOPY_CACHE_DIR"]
    for m in (cold, warm):
        assert {n: c.raw for n, c in m.classes.items()} == classes and m.protocols == {"P": {}}


@pytest.mark.parametrize(
    ("kind", "entry", "where"),
    [
        ("classes", {"superclass": 3}, r"\$\.classes\.A\.superclass"),
        ("protocols", {"partial": "yes"}, r"\$\.protocols\.A\.partial"),
        ("protocols", {"instance_methods": {"a:": {"returns": "void", "params": []}}},
         r'\$\.protocols\.A\.instance_methods\["a:"\]\.params: selector `a:` has 1 colon but 0 parameter types'),
    ],
)  # fmt: skip
def test_an_invalid_entry_is_reported_where_it_is_when_read(
    tmp_path: Path, kind: str, entry: dict[str, Any], where: str
) -> None:
    doc: dict[str, Any] = {"format": "mangopy-manifest", "version": 1, "classes": {}, kind: {"A": entry}}
    path = tmp_path / "m.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    manifest = load_manifest(path, use_cache=False)
    with pytest.raises(ManifestError, match=where):
        _ = manifest.classes["A"].raw if kind == "classes" else manifest.protocols["A"]
