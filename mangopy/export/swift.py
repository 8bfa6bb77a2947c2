"""Swift classes and protocols in generated ``*-Swift.h`` headers.

The Swift compiler marks each class ``SWIFT_CLASS("_TtC7MyShop9CartModel")`` (the runtime name,
mangled: module ``MyShop``, class ``CartModel``; at run time the class is ``MyShop.CartModel``),
or ``SWIFT_CLASS_NAMED("CartModel")`` for a class with an explicit ``@objc(Name)``, whose runtime
name is the plain Objective-C name.  Both macros expand to attributes clang does not expose
through libclang, so they are read from the source text just before the declaration.
"""

from __future__ import annotations

import re
from pathlib import PurePath

_MARKER = re.compile(
    r"\b(SWIFT_(?:RESILIENT_)?CLASS|SWIFT_CLASS_NAMED|SWIFT_PROTOCOL|SWIFT_PROTOCOL_NAMED)\s*\(\s*\"([^\"]*)\"\s*\)"
    r"|objc_runtime_name\s*\(\s*\"([^\"]*)\"\s*\)"
)


def swift_marker(text_before: str) -> tuple[str, str] | None:
    """The last Swift marker in the text before a declaration: (macro, argument)."""
    found = None
    for m in _MARKER.finditer(text_before):
        found = (m.group(1), m.group(2)) if m.group(1) else ("objc_runtime_name", m.group(3))
    return found


def module_from_mangled(name: str) -> str | None:
    """``_TtC7MyShop9CartModel`` -> ``MyShop``; ``_TtCC6MyShop5Outer5Inner`` -> ``MyShop``."""
    m = re.match(r"^_Tt[CPO]+(?:(s)|(\d+)([A-Za-z_]\w*))", name)
    if m is None:
        return None
    if m.group(1):
        return "Swift"
    length = int(m.group(2))
    module = m.group(3)[:length]
    return module if len(module) == length else None


def module_from_file(path: str) -> str | None:
    """``MyShop-Swift.h`` -> ``MyShop`` (Xcode's naming of the generated header)."""
    name = PurePath(path).name
    if name.endswith("-Swift.h") and len(name) > len("-Swift.h"):
        return name[: -len("-Swift.h")].replace("-", "_")
    return None


def swift_module(text_before: str, path: str) -> tuple[bool, str | None]:
    """(is it a Swift declaration, the module qualifying its runtime name or None)."""
    marker = swift_marker(text_before)
    if marker is None:
        return False, None
    macro, argument = marker
    if macro.endswith("_NAMED"):
        return True, None  # `@objc(Name)`: the runtime name is the plain Objective-C name
    if argument.startswith("_Tt"):
        return True, module_from_mangled(argument) or module_from_file(path)
    if "." in argument:
        return True, argument.rsplit(".", 1)[0]
    return True, None
