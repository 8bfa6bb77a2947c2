"""The manifest format as msgspec types: what loading a manifest for a check validates.

``mangopy/data/manifest.schema.json`` is the published contract (editors, `mangopy manifest
validate`); these types say the same in a form msgspec checks in C, so that a check can load a
20,000-class manifest in well under 150 ms without a cache.  The document is decoded with each
class and protocol kept as its JSON text (:class:`Document`); an entry is validated
(:func:`entry`) when a check first reads it.  tests/semantics/test_manifest_types.py generates
documents from the JSON Schema and keeps both in agreement.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, Raw, Struct, UnsetType

_NAME = r"[A-Za-z_\$][A-Za-z0-9_\$]*"
ClassName = Annotated[str, Meta(pattern=rf"^{_NAME}(\.{_NAME})*$")]
Selector = Annotated[str, Meta(pattern=rf"^{_NAME}$|^({_NAME})?:(({_NAME})?:)*$")]
TypeText = Annotated[str, Meta(min_length=1)]


# An optional key the schema does not let be null: ``T | UnsetType = UNSET`` (msgspec refuses null
# for it, as the schema does); ``T | None`` only where the schema allows null.


class Source(Struct, forbid_unknown_fields=True):
    file: str | UnsetType = UNSET
    line: Annotated[int, Meta(ge=0)] | UnsetType = UNSET


class Method(Struct, forbid_unknown_fields=True):
    returns: TypeText
    params: list[TypeText]
    encoding: Annotated[str, Meta(min_length=1)] | UnsetType = UNSET
    declared: Literal["interface", "implementation", "runtime"] | UnsetType = UNSET
    source: Source | UnsetType = UNSET


class Property(Struct, forbid_unknown_fields=True):
    type: TypeText
    attributes: list[str] = []
    source: Source | UnsetType = UNSET


class _Members(Struct, forbid_unknown_fields=True):
    protocols: list[ClassName] = []
    instance_methods: dict[Selector, Method] = {}
    class_methods: dict[Selector, Method] = {}
    properties: dict[str, Property] = {}
    partial: bool = False
    source: Source | UnsetType = UNSET


class Class(_Members, forbid_unknown_fields=True):
    superclass: ClassName | None = None
    swift_module: str | None = None


class Protocol(_Members, forbid_unknown_fields=True):
    pass


class Document(Struct, forbid_unknown_fields=True, rename={"schema": "$schema"}):
    """The top of a manifest; each class and protocol left as its JSON text."""

    format: Literal["mangopy-manifest"]
    version: Literal[1]
    classes: dict[ClassName, Raw]
    protocols: dict[ClassName, Raw] = {}
    app: dict[str, Any] | UnsetType = UNSET
    schema: str | UnsetType = UNSET


class _PropertyNames(Struct):
    attributes: list[str] = []


class MemberNames(Struct):
    """Only the names an entry declares (methods, properties and their accessor attributes):
    decoding this skips everything else, for an index of every selector a manifest declares."""

    instance_methods: dict[str, Raw] = {}
    class_methods: dict[str, Raw] = {}
    properties: dict[str, _PropertyNames] = {}


_DECODER = msgspec.json.Decoder(Document)
_NAMES_DECODER = msgspec.json.Decoder(MemberNames)


def member_names(text: bytes | str) -> MemberNames | None:
    """The names an entry's text declares (None when it does not have the entry's shape: its
    validation says why when the entry is read)."""
    try:
        return _NAMES_DECODER.decode(text)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None


_ENTRY_TYPES: dict[str, type[Struct]] = {"classes": Class, "protocols": Protocol}
_AT = re.compile(r" - at `\$(.*)`$")


class FormatError(ValueError):
    """Why a document or an entry is not a manifest: ``reason`` and, when known, a JSON path."""

    def __init__(self, reason: str, json_path: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.json_path = json_path


def _split(message: str, prefix: str = "$") -> FormatError:
    """msgspec's "Expected `str`, got `int` - at `$.classes.A`" as a reason and a JSON path."""
    found = _AT.search(message)
    if found is None:
        return FormatError(message, prefix if prefix != "$" else None)
    return FormatError(message[: found.start()], prefix + found.group(1))


def document(data: bytes) -> Document:
    """The document, validated down to the names of its classes and protocols."""
    try:
        return _DECODER.decode(data)
    except msgspec.ValidationError as exc:
        raise _split(str(exc)) from None
    except msgspec.DecodeError as exc:
        raise FormatError(f"invalid JSON: {exc}") from None


def entry(kind: str, name: str, text: bytes | str) -> dict[str, Any]:
    """One class (``kind`` "classes") or protocol ("protocols") as plain JSON data, validated."""
    where = f"$.{kind}.{name}"
    try:
        value = msgspec.json.decode(text)
        msgspec.convert(value, _ENTRY_TYPES[kind])
    except msgspec.ValidationError as exc:
        raise _split(str(exc), where) from None
    except msgspec.DecodeError as exc:  # pragma: no cover - the document decoded, so its parts do
        raise FormatError(f"invalid JSON: {exc}", where) from None
    for key in ("instance_methods", "class_methods"):
        for selector, method in value.get(key, {}).items():
            colons, count = selector.count(":"), len(method["params"])
            if colons != count:
                raise FormatError(
                    f"selector `{selector}` has {colons} colon{'s' if colons != 1 else ''} "
                    f"but {count} parameter type{'s' if count != 1 else ''}",
                    f"{where}.{key}.{selector}.params",
                )
    return value  # type: ignore[no-any-return]
