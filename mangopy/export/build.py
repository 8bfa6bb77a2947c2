"""Merge the declarations of every parsed file into one manifest (deterministically)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mangopy.semantics.manifest import FORMAT


def _order(decl: dict[str, Any]) -> tuple[int, str, int, str]:
    # the class's own @interface first, then extensions and categories, then what only the
    # @implementation blocks define (declared members always win), by file and line
    if decl.get("implementation"):
        primary = 3
    else:
        primary = 0 if decl.get("category") is None else (1 if decl["category"] == "" else 2)
    return (primary, decl["source"]["file"], decl["source"]["line"], decl.get("category") or "")


def build_manifest(decls: Iterable[dict[str, Any]], app: dict[str, str] | None = None) -> dict[str, Any]:
    classes: dict[str, dict[str, Any]] = {}
    protocols: dict[str, dict[str, Any]] = {}
    origin: dict[str, str | None] = {}  # class -> file of its @interface (None: only categories)
    for decl in sorted(decls, key=_order):
        name = decl["name"]
        if decl["kind"] == "protocol":
            if name in protocols:
                _merge_members(protocols[name], decl, None)
                continue
            protocols[name] = {
                "protocols": list(decl["protocols"]),
                "instance_methods": dict(decl["instance_methods"]),
                "class_methods": dict(decl["class_methods"]),
                "properties": dict(decl["properties"]),
            }
            _strip_sources(protocols[name], keep_file=None)
            continue
        entry = classes.get(name)
        if entry is None:
            entry = classes[name] = {}
            if decl.get("category") is None and not decl.get("implementation"):
                origin[name] = decl["source"]["file"]
                entry["superclass"] = decl["superclass"]
                entry["protocols"] = []
                entry["swift_module"] = decl["swift_module"]
                entry["instance_methods"] = {}
                entry["class_methods"] = {}
                entry["properties"] = {}
                entry["source"] = dict(decl["source"])
            else:
                # a category on a class the inputs do not declare (usually an SDK class): only what
                # the category adds, so the SDK baseline keeps the class's superclass and protocols
                origin[name] = None
                entry["instance_methods"] = {}
                entry["class_methods"] = {}
                entry["properties"] = {}
        _merge_members(entry, decl, origin[name])
    out: dict[str, Any] = {"format": FORMAT, "version": 1}
    if app:
        out["app"] = dict(sorted(app.items()))
    out["classes"] = {name: _sorted_entry(classes[name]) for name in sorted(classes)}
    out["protocols"] = {name: _sorted_entry(protocols[name]) for name in sorted(protocols)}
    return out


def _merge_members(entry: dict[str, Any], decl: dict[str, Any], keep_file: str | None) -> None:
    if decl["protocols"]:
        known = entry.setdefault("protocols", [])
        known.extend(p for p in decl["protocols"] if p not in known)
    for key in ("instance_methods", "class_methods", "properties"):
        target = entry[key]
        for name, raw in decl[key].items():
            if name in target:
                old = target[name]
                if (
                    key == "properties"
                    and "readonly" in old.get("attributes", ())
                    and "readonly" not in raw.get("attributes", ())
                ):
                    # `readonly` in the header, redeclared `readwrite` in a class extension: the
                    # class has the setter (added with the extension's methods)
                    target[name] = {**old, "attributes": [a for a in old["attributes"] if a != "readonly"]}
                continue
            target[name] = raw
    _strip_sources(entry, keep_file)


def _strip_sources(entry: dict[str, Any], keep_file: str | None) -> None:
    """Members keep a ``source`` only when it is not the class's own file (categories elsewhere)."""
    for key in ("instance_methods", "class_methods", "properties"):
        for raw in entry.get(key, {}).values():
            source = raw.get("source")
            if source is not None and keep_file is not None and source.get("file") == keep_file:
                del raw["source"]


_KEY_ORDER = (
    "superclass", "protocols", "swift_module", "partial", "instance_methods", "class_methods", "properties", "source"
)  # fmt: skip
_MEMBER_ORDER = ("returns", "params", "encoding", "declared", "type", "attributes", "source")


def _sorted_entry(entry: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in _KEY_ORDER:
        if key not in entry:
            continue
        value = entry[key]
        if key in ("instance_methods", "class_methods", "properties"):
            value = {name: {k: value[name][k] for k in _MEMBER_ORDER if k in value[name]} for name in sorted(value)}
        out[key] = value
    return out
