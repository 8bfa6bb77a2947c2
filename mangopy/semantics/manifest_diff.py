"""What changed between two class manifests (two versions of an app).

Focused on what a patch written against the old version would now get wrong: removed classes,
methods and properties, changed superclasses and Swift modules, signatures and property types that
changed in kind (a ``BOOL`` that became an object), properties that became read-only.
"""

from __future__ import annotations

from typing import Any

from mangopy.semantics import types


def _method_categories(raw: dict[str, Any]) -> tuple[str, ...]:
    encoding = raw.get("encoding")
    if encoding:
        parts = types.split_method_encoding(encoding)
        if parts is not None and len(parts) == len(raw["params"]) + 1:
            return tuple(types.encoding_category(p) for p in parts)
    return (types.objc_category(raw["returns"]), *(types.objc_category(p) for p in raw["params"]))


def _signature(raw: dict[str, Any]) -> str:
    return f"({raw['returns']})" + "".join(f" ({p})" for p in raw["params"])


def diff_manifests(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Breaking changes (what a patch written for OLD would get wrong), other changes, additions."""
    breaking: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    added: list[dict[str, Any]] = []

    def note(bucket: list[dict[str, Any]], kind: str, owner: str, message: str, **extra: Any) -> None:
        bucket.append({"kind": kind, "owner": owner, "message": message, **extra})

    for section, label in (("classes", "class"), ("protocols", "protocol")):
        old_all, new_all = old.get(section, {}), new.get(section, {})
        for name in sorted(set(old_all) | set(new_all)):
            if name not in new_all:
                note(breaking, f"{label}-removed", name, f"{label} `{name}` was removed")
                continue
            if name not in old_all:
                note(added, f"{label}-added", name, f"new {label} `{name}`")
                continue
            a, b = old_all[name], new_all[name]
            if section == "classes":
                if "superclass" in a and "superclass" in b and a["superclass"] != b["superclass"]:
                    note(
                        breaking, "superclass-changed", name,
                        f"`{name}` is now a subclass of `{b['superclass']}` (was `{a['superclass']}`)",
                        old=a["superclass"], new=b["superclass"],
                    )  # fmt: skip
                if a.get("swift_module") != b.get("swift_module") and ("swift_module" in a and "swift_module" in b):
                    note(
                        breaking, "swift-module-changed", name,
                        f"`{name}` is in Swift module `{b.get('swift_module')}` (was `{a.get('swift_module')}`)",
                        old=a.get("swift_module"), new=b.get("swift_module"),
                    )  # fmt: skip
            for proto in a.get("protocols", []):
                if proto not in b.get("protocols", []):
                    note(changed, "protocol-dropped", name, f"`{name}` no longer adopts `{proto}`", protocol=proto)
            for key, sign in (("instance_methods", "-"), ("class_methods", "+")):
                ma, mb = a.get(key, {}), b.get(key, {})
                for selector in sorted(set(ma) | set(mb)):
                    where = f"{sign}[{name} {selector}]"
                    if selector not in mb:
                        note(breaking, "method-removed", name, f"{where} was removed", selector=selector)
                    elif selector not in ma:
                        note(added, "method-added", name, f"new {where}", selector=selector)
                    elif _signature(ma[selector]) != _signature(mb[selector]) or (
                        ma[selector].get("encoding")
                        and mb[selector].get("encoding")
                        and ma[selector]["encoding"] != mb[selector]["encoding"]
                    ):
                        old_sig, new_sig = _signature(ma[selector]), _signature(mb[selector])
                        compatible = _method_categories(ma[selector]) == _method_categories(mb[selector])
                        if old_sig == new_sig:
                            old_sig, new_sig = ma[selector].get("encoding"), mb[selector].get("encoding")
                        note(
                            changed if compatible else breaking, "signature-changed", name,
                            f"{where} is now `{new_sig}` (was `{old_sig}`)"
                            + (": same kinds of values" if compatible else ""),
                            selector=selector, old=old_sig, new=new_sig,
                        )  # fmt: skip
            pa, pb = a.get("properties", {}), b.get("properties", {})
            for prop in sorted(set(pa) | set(pb)):
                if prop not in pb:
                    note(breaking, "property-removed", name, f"property `{name}.{prop}` was removed", property=prop)
                elif prop not in pa:
                    note(added, "property-added", name, f"new property `{name}.{prop}`", property=prop)
                else:
                    ta, tb = pa[prop]["type"], pb[prop]["type"]
                    if ta != tb:
                        compatible = types.objc_category(ta) == types.objc_category(tb)
                        note(
                            changed if compatible else breaking, "property-type-changed", name,
                            f"property `{name}.{prop}` is now `{tb}` (was `{ta}`)", property=prop, old=ta, new=tb,
                        )  # fmt: skip
                    ra = "readonly" in pa[prop].get("attributes", [])
                    rb = "readonly" in pb[prop].get("attributes", [])
                    if rb and not ra:
                        note(breaking, "property-readonly", name, f"property `{name}.{prop}` is now readonly")
    return {"breaking": breaking, "changed": changed, "added": added}
