"""The class manifest (``app_classes.json``): loading, validation, merging and hierarchy queries.

The published contract is ``mangopy/data/manifest.schema.json`` (JSON Schema 2020-12) plus the
checks a schema cannot express (a selector has one parameter type per colon).  Problems are
reported as :class:`ManifestError` with the file, the JSON path and the reason.

Loading for a check (:func:`load_manifest`): msgspec decodes the document and validates its frame
(format, version, names), keeping each class and protocol as its JSON text; an entry is validated
(:mod:`mangopy.semantics.manifest_types`) and parsed when a check first reads it, so a
20,000-class manifest loads in tens of milliseconds.  The texts are cached in marshal form, keyed
by path, size and modification time like a ``.pyc`` file (``$MANGOPY_CACHE_DIR``, else
``$XDG_CACHE_HOME/mangopy``, else ``~/.cache/mangopy``); a cache that cannot be written is ignored.
:func:`parse_document` validates a whole document (jsonschema-rs; fastjsonschema words the first
problem): `mangopy manifest validate`, `show`, `diff`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import marshal
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mangopy.gc import gc_paused
from mangopy.semantics import manifest_types
from mangopy.semantics.fuzzy import NameIndex

FORMAT = "mangopy-manifest"
BASELINE = "sdk_baseline.json"


# The package's data files (a wheel is installed unpacked; importlib.resources costs more to import).
_DATA = Path(__file__).resolve().parent.parent / "data"


class ManifestError(Exception):
    """A manifest that cannot be used: unreadable, not JSON, or not valid."""

    def __init__(self, path: str, reason: str, json_path: str | None = None) -> None:
        self.path = path
        self.reason = reason
        self.json_path = json_path
        where = f"{path}: {json_path}" if json_path else path
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class Method:
    selector: str
    returns: str
    params: tuple[str, ...]
    encoding: str | None
    owner: str  # the class or protocol that declares it
    is_class_method: bool
    source: tuple[str, int] | None


@dataclass(frozen=True, slots=True)
class Property:
    name: str
    type: str
    attributes: tuple[str, ...]
    owner: str


def _source(raw: dict[str, Any] | None) -> tuple[str, int] | None:
    if not raw or "file" not in raw:
        return None
    return (str(raw["file"]), int(raw.get("line", 0)))


class ClassInfo:
    """One class of a manifest (a view over its JSON).

    ``raw`` may arrive as the class's JSON text, validated and parsed on first use (a check
    touches a few hundred classes of a manifest that may have tens of thousands); an invalid
    entry raises :class:`ManifestError` then.
    """

    __slots__ = ("_raw", "manifest_path", "name")

    def __init__(self, name: str, raw: dict[str, Any] | bytes, manifest_path: str) -> None:
        self.name = name
        self._raw = raw
        self.manifest_path = manifest_path

    @property
    def raw(self) -> dict[str, Any]:
        raw = self._raw
        if not isinstance(raw, dict):
            raw = self._raw = _entry("classes", self.name, raw, self.manifest_path)
        return raw

    @property
    def superclass_known(self) -> bool:
        return "superclass" in self.raw

    @property
    def superclass(self) -> str | None:
        return self.raw.get("superclass")

    @property
    def protocols(self) -> list[str]:
        return list(self.raw.get("protocols", ()))

    @property
    def partial(self) -> bool:
        """The entry lists only some of the class's members: a selector it lacks may still exist."""
        raw = self._raw
        if isinstance(raw, bytes) and b'"partial"' not in raw:  # JSON text: no need to parse it to know
            return False
        return bool(self.raw.get("partial", False))

    def declares(self, selector: str) -> bool:
        """Does the entry itself declare ``selector``: a method, or a property accessor (not inherited)?"""
        if selector in self.methods(False) or selector in self.methods(True):
            return True
        return any(
            selector in accessors(name, raw.get("attributes", ()))
            for name, raw in self.raw.get("properties", {}).items()
        )

    @property
    def swift_module(self) -> str | None:
        return self.raw.get("swift_module")

    @property
    def source(self) -> tuple[str, int] | None:
        return _source(self.raw.get("source"))

    def methods(self, class_method: bool) -> dict[str, Any]:
        return self.raw.get("class_methods" if class_method else "instance_methods", {})  # type: ignore[no-any-return]

    def method(self, selector: str, class_method: bool) -> Method | None:
        raw = self.methods(class_method).get(selector)
        if raw is None:
            return None
        return Method(
            selector,
            raw["returns"],
            tuple(raw["params"]),
            raw.get("encoding"),
            self.name,
            class_method,
            _source(raw.get("source")) or self.source,
        )

    def property(self, name: str) -> Property | None:
        raw = self.raw.get("properties", {}).get(name)
        if raw is None:
            return None
        return Property(name, raw["type"], tuple(raw.get("attributes", ())), self.name)


class _Pending:
    """A protocol entry not read yet: its JSON text and the manifest it comes from."""

    __slots__ = ("path", "text")

    def __init__(self, text: bytes, path: str) -> None:
        self.text = text
        self.path = path


class Protocols(dict[str, Any]):
    """Protocol entries by name.  An entry may be held as its JSON text and is validated and
    decoded the first time it is read: a manifest lists hundreds of protocols, a check reads a
    few (decoding all of the SDK baseline's took longer than the rest of loading it)."""

    __slots__ = ()

    def __getitem__(self, name: str) -> Any:
        value = dict.__getitem__(self, name)
        if isinstance(value, _Pending):
            value = _entry("protocols", name, value.text, value.path)
            dict.__setitem__(self, name, value)
        return value

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        return self[name] if name in self else default  # noqa: SIM401 (self.get is this method)

    def values(self) -> list[Any]:  # type: ignore[override]
        return [self[name] for name in self]

    def items(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        return [(name, self[name]) for name in self]

    def __eq__(self, other: object) -> bool:
        return dict(self.items()) == (dict(other.items()) if isinstance(other, Protocols) else other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # type: ignore[assignment]

    def raw_text(self, name: str) -> bytes | None:
        """The entry's JSON text while it is not decoded (None once it is, or when absent)."""
        value = dict.get(self, name)
        return value.text if isinstance(value, _Pending) else None


class Manifest:
    """One or more merged manifests with hierarchy queries (all cycle-safe)."""

    def __init__(self, classes: dict[str, ClassInfo], protocols: dict[str, dict[str, Any]], paths: list[str]) -> None:
        self.classes = classes
        self.protocols = protocols if isinstance(protocols, Protocols) else Protocols(protocols)
        self.paths = paths
        self._selectors: dict[tuple[str, bool], frozenset[str]] = {}  # a manifest never changes once built
        self._anywhere: dict[str, bool] = {}
        self._declared: frozenset[str] | None = None
        self._accessors: dict[tuple[str, str], Property | None] = {}
        self._gaps: dict[str, str | None] = {}
        self._indexes: dict[object, NameIndex] = {}
        self._ancestors: dict[str, list[ClassInfo]] = {}

    @classmethod
    def empty(cls) -> Manifest:
        return cls({}, {}, [])

    @classmethod
    def merge(cls, manifests: Iterable[Manifest]) -> Manifest:
        """Later manifests extend earlier ones; for a class in several, fields of later ones win."""
        classes: dict[str, ClassInfo] = {}
        protocols = Protocols()
        paths: list[str] = []
        for m in manifests:
            paths.extend(m.paths)
            dict.update(protocols, m.protocols)  # as stored: texts stay undecoded
            for name, info in m.classes.items():
                old = classes.get(name)
                if old is None:
                    classes[name] = info
                    continue
                raw = dict(old.raw)  # only classes present in several manifests are parsed here
                for key, value in info.raw.items():
                    if isinstance(value, dict) and isinstance(raw.get(key), dict):
                        raw[key] = {**raw[key], **value}
                    else:
                        raw[key] = value
                classes[name] = ClassInfo(name, raw, info.manifest_path)
        return cls(classes, protocols, paths)

    # ------------------------------------------------------------------ hierarchy

    def get(self, name: str) -> ClassInfo | None:
        return self.classes.get(name)

    def ancestors(self, name: str) -> list[ClassInfo]:
        """The class and its superclasses, nearest first (stops at an unknown class or a cycle).

        Remembered (every send to an object of the class asks): the list is shared, not to modify."""
        known = self._ancestors.get(name)
        if known is None:
            known = self._ancestors[name] = self._chain(name)
        return known

    def _chain(self, name: str) -> list[ClassInfo]:
        chain: list[ClassInfo] = []
        seen: set[str] = set()
        current: str | None = name
        while current is not None and current not in seen:
            seen.add(current)
            info = self.classes.get(current)
            if info is None:
                break
            chain.append(info)
            current = info.superclass
        return chain

    def is_subclass(self, name: str, ancestor: str) -> bool:
        return any(info.name == ancestor for info in self.ancestors(name))

    def find_method(self, class_name: str, selector: str, class_method: bool) -> Method | None:
        """The method as implemented by the class or inherited (class chain only)."""
        for info in self.ancestors(class_name):
            method = info.method(selector, class_method)
            if method is not None:
                return method
        return None

    def protocol_names(self, class_name: str) -> list[str]:
        """Protocols the class and its ancestors adopt, with inherited protocols, nearest first."""
        out: list[str] = []
        stack = [p for info in self.ancestors(class_name) for p in info.protocols]
        stack.reverse()
        while stack:
            name = stack.pop()
            if name in out:
                continue
            out.append(name)
            inherited = list(self.protocols.get(name, {}).get("protocols", ()))
            inherited.reverse()
            stack.extend(inherited)
        return out

    def find_protocol_method(self, class_name: str, selector: str, class_method: bool) -> Method | None:
        """A method declared by a protocol the class adopts (it may or may not be implemented)."""
        key = "class_methods" if class_method else "instance_methods"
        for name in self.protocol_names(class_name):
            raw = self.protocols.get(name, {}).get(key, {}).get(selector)
            if raw is not None:
                return Method(
                    selector, raw["returns"], tuple(raw["params"]), raw.get("encoding"), name, class_method,
                    _source(raw.get("source")),
                )  # fmt: skip
        return None

    def find_property(self, class_name: str, name: str) -> Property | None:
        for info in self.ancestors(class_name):
            prop = info.property(name)
            if prop is not None:
                return prop
        return None

    def selectors(self, class_name: str, class_method: bool) -> frozenset[str]:
        """Every selector the class responds to according to the manifest (incl. property accessors)."""
        key = (class_name, class_method)
        cached = self._selectors.get(key)
        if cached is None:
            cached = self._selectors[key] = frozenset(self._collect_selectors(class_name, class_method))
        return cached

    def _collect_selectors(self, class_name: str, class_method: bool) -> set[str]:
        out: set[str] = set()
        for info in self.ancestors(class_name):
            out.update(info.methods(class_method))
            for prop, raw in info.raw.get("properties", {}).items():
                attributes = raw.get("attributes", ())
                if ("class" in attributes) == class_method:  # a class property's accessors are class methods
                    out.update(accessors(prop, attributes))
        key = "class_methods" if class_method else "instance_methods"
        for name in self.protocol_names(class_name):
            out.update(self.protocols.get(name, {}).get(key, {}))
        return out

    def property_for_accessor(self, class_name: str, selector: str) -> Property | None:
        """The instance property whose getter or setter is ``selector`` (``getter=``/``setter=`` respected)."""
        key = (class_name, selector)
        if key in self._accessors:
            return self._accessors[key]
        found: Property | None = None
        for info in self.ancestors(class_name):
            for name, raw in info.raw.get("properties", {}).items():
                attributes = raw.get("attributes", ())
                if "class" not in attributes and selector in accessors(name, attributes):
                    found = info.property(name)
                    break
            if found is not None:
                break
        self._accessors[key] = found
        return found

    def declares_anywhere(self, selector: str) -> bool:
        """Does any class or protocol of the manifest declare ``selector`` (method or accessor)?

        Answered from an index of every name the entries declare (their own methods, property
        names and getter=/setter= attributes; protocols' methods), built on the first question by
        decoding only those names (msgspec): a manifest may have 20,000 classes, and scripts ask
        about many selectors.
        """
        cached = self._anywhere.get(selector)
        if cached is not None:
            return cached
        found = selector in self._declared_names()
        if not found and selector.startswith("set") and selector.endswith(":"):
            name = selector[3:-1]
            found = self.declares_anywhere(name[:1].lower() + name[1:])
        self._anywhere[selector] = found
        return found

    def _declared_names(self) -> frozenset[str]:
        if self._declared is not None:
            return self._declared
        out: set[str] = set()

        def add(methods: Iterable[str], class_methods: Iterable[str], properties: Any) -> None:
            out.update(methods)
            out.update(class_methods)
            for name, attributes in properties:
                out.add(name)
                out.update(a[len("getter=") :] for a in attributes if a.startswith(("getter=", "setter=")))

        for info in self.classes.values():
            raw = info._raw
            if isinstance(raw, dict):
                props = raw.get("properties", {})
                add(raw.get("instance_methods", {}), raw.get("class_methods", {}),
                    ((n, p.get("attributes", ())) for n, p in props.items()))  # fmt: skip
            else:
                names = manifest_types.member_names(raw)
                if names is not None:
                    add(names.instance_methods, names.class_methods,
                        ((n, p.attributes) for n, p in names.properties.items()))  # fmt: skip
        for name in self.protocols:
            text = self.protocols.raw_text(name)
            if text is None:
                proto = self.protocols[name]
                add(proto.get("instance_methods", {}), proto.get("class_methods", {}), ())
            else:
                names = manifest_types.member_names(text)
                if names is not None:
                    add(names.instance_methods, names.class_methods, ())
        self._declared = frozenset(out)
        return self._declared

    # ------------------------------------------------------------------ what the manifest knows

    def gap(self, class_name: str) -> str | None:
        """Why the manifest cannot tell that ``class_name`` lacks a selector, or None if it can.

        It can when the whole superclass chain is in the manifest up to a root class, no entry on
        it is ``partial``, and every protocol adopted along it (with inherited protocols) is in the
        manifest and not ``partial``.  Otherwise the reason, as a phrase for messages ("`UIActivity`
        is not in the manifest").
        """
        if class_name in self._gaps:
            return self._gaps[class_name]
        gap = self._find_gap(class_name)
        self._gaps[class_name] = gap
        return gap

    def _find_gap(self, class_name: str) -> str | None:
        seen: set[str] = set()
        current = class_name
        while True:
            if current in seen:
                return f"the superclass chain of `{class_name}` loops through `{current}`"
            seen.add(current)
            info = self.classes.get(current)
            if info is None:
                return f"`{current}` is not in the manifest"
            if info.partial:
                return f"the manifest lists `{current}` only in part"
            if not info.superclass_known:
                return f"the manifest does not give the superclass of `{current}`"
            if info.superclass is None:
                break
            current = info.superclass
        for name in self.protocol_names(class_name):
            proto = self.protocols.get(name)
            if proto is None:
                return f"protocol `{name}` (adopted by `{class_name}` or a superclass) is not in the manifest"
            if proto.get("partial"):
                return f"the manifest lists protocol `{name}` only in part"
        return None

    def is_complete(self, class_name: str) -> bool:
        return self.gap(class_name) is None

    def responds(self, class_name: str, selector: str, class_method: bool) -> bool | None:
        """Does an instance (or the class object) of ``class_name`` respond to ``selector``?

        True: found on the class chain or an adopted protocol (class objects also respond to the
        root class's instance methods).  False: not found, and the manifest knows the class whole
        (:meth:`gap`).  None: not found, but it may exist.
        """
        if selector in self.selectors(class_name, class_method):
            return True
        if class_method:
            chain = self.ancestors(class_name)
            roots = {"NSObject"}  # the usual root, when the chain leaves the manifest
            if chain and chain[-1].superclass_known and chain[-1].superclass is None:
                roots.add(chain[-1].name)
            if any(selector in self.selectors(root, False) for root in roots):
                return True
        return None if self.gap(class_name) is not None else False

    def responds_to(self, class_name: str, selector: str, class_method: bool) -> bool:
        """Is ``selector`` found for the class (see :meth:`responds` for a three-valued answer)?"""
        return self.responds(class_name, selector, class_method) is True

    def has_class(self, name: str) -> bool | None:
        """True when the manifest lists the class; None otherwise (the app may still have it)."""
        return True if name in self.classes else None

    def has_protocol(self, name: str) -> bool | None:
        """True when the manifest lists the protocol; None otherwise."""
        return True if name in self.protocols else None

    def root_known(self, class_name: str) -> bool:
        """True when the whole superclass chain is in the manifest (so "not found" is meaningful)."""
        chain = self.ancestors(class_name)
        return bool(chain) and chain[-1].superclass_known and chain[-1].superclass is None

    # ------------------------------------------------------------------ near names

    def class_index(self) -> NameIndex:
        """Class names, for suggestions and typo detection (built on first use)."""
        return self._index("classes", self.classes)

    def protocol_index(self) -> NameIndex:
        return self._index("protocols", self.protocols)

    def selector_index(self, class_name: str, class_method: bool) -> NameIndex:
        """The selectors the manifest gives the class (:meth:`selectors`)."""
        return self._index((class_name, class_method), lambda: self.selectors(class_name, class_method))

    def _index(self, key: object, names: object) -> NameIndex:
        index = self._indexes.get(key)
        if index is None:
            index = self._indexes[key] = NameIndex(names() if callable(names) else names)  # type: ignore[arg-type]
        return index


def setter_name(prop: str) -> str:
    return "set" + prop[:1].upper() + prop[1:] + ":"


def accessors(prop: str, attributes: Iterable[str]) -> set[str]:
    """The getter and (unless readonly) setter selectors of a property, honouring getter=/setter=."""
    getter, setter, readonly = prop, setter_name(prop), False
    for attribute in attributes:
        word = attribute.replace(" ", "")
        if word.startswith("getter="):
            getter = word[len("getter=") :]
        elif word.startswith("setter="):
            setter = word[len("setter=") :]
        elif word == "readonly":
            readonly = True
    return {getter} if readonly else {getter, setter}


# ---------------------------------------------------------------------- loading


def schema_path() -> Path:
    return _DATA / "manifest.schema.json"


def schema() -> dict[str, Any]:
    """The manifest JSON Schema (draft 2020-12), as shipped for editors (`$schema`)."""
    return json.loads(schema_path().read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def draft7_schema() -> dict[str, Any]:
    """The same schema written in draft 7, the newest draft fastjsonschema compiles."""
    text = json.dumps(schema()).replace('"$defs"', '"definitions"').replace('"#/$defs/', '"#/definitions/')
    doc = json.loads(text)
    doc["$schema"] = "http://json-schema.org/draft-07/schema#"
    return doc  # type: ignore[no-any-return]


@functools.cache
def _validator() -> Any:
    import fastjsonschema

    return fastjsonschema.compile(draft7_schema())


@functools.cache
def _fast_validator() -> Any:
    """jsonschema-rs (the schema validated in Rust): tens of times faster on a valid manifest."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(schema())


def json_path(parts: Iterable[Any]) -> str:
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif str(part).isidentifier():
            out += f".{part}"
        else:
            out += f"[{json.dumps(str(part))}]"
    return out


def _extra_errors(doc: dict[str, Any]) -> Iterator[tuple[list[Any], str]]:
    """Checks JSON Schema cannot express."""
    for kind in ("classes", "protocols"):
        for name, entry in doc.get(kind, {}).items():
            for key in ("instance_methods", "class_methods"):
                for selector, method in entry.get(key, {}).items():
                    colons = selector.count(":")
                    count = len(method["params"])
                    if count != colons:
                        yield (
                            [kind, name, key, selector, "params"],
                            f"selector `{selector}` has {colons} colon{'s' if colons != 1 else ''} "
                            f"but {count} parameter type{'s' if count != 1 else ''}",
                        )


def _typed_path(doc: Any, parts: list[Any]) -> list[Any]:
    """Array indices come back from the validator as strings: make them ints by walking the document."""
    out: list[Any] = []
    current = doc
    for part in parts:
        if isinstance(current, list) and str(part).isdigit():
            part = int(part)
        out.append(part)
        try:
            current = current[part]
        except (KeyError, IndexError, TypeError):
            current = None
    return out


def validate(doc: Any, path: str) -> None:
    """Raise :class:`ManifestError` (file, JSON path, reason) for the first problem found."""
    if not _fast_validator().is_valid(doc):
        import fastjsonschema  # the first problem, said as mangopy says it (file, JSON path, reason)

        try:
            _validator()(doc)
        except fastjsonschema.JsonSchemaValueException as exc:
            at = list(exc.path[1:]) if exc.path and exc.path[0] == "data" else list(exc.path or [])
            reason = exc.message
            prefix = (exc.name or "") + " "
            if reason.startswith(prefix):
                reason = reason[len(prefix) :]
            raise ManifestError(path, reason, json_path(_typed_path(doc, at))) from None
    for parts, reason in _extra_errors(doc):
        raise ManifestError(path, reason, json_path(parts))


def cache_dir() -> Path:
    """Where mangopy keeps what it can build again (``$MANGOPY_CACHE_DIR``, else the XDG cache)."""
    base = os.environ.get("MANGOPY_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "mangopy"


_CACHE_VERSION = b"mangopy-manifest-cache-3\n"


def _cache_file(path: Path, st: os.stat_result) -> Path:
    key = f"{path.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\0{_schema_digest()}"
    return cache_dir() / "manifests" / (hashlib.sha256(key.encode()).hexdigest() + ".marshal")


@functools.cache
def _schema_digest() -> str:
    return hashlib.sha256(schema_path().read_bytes()).hexdigest()[:16]


def _read_cache(file: Path) -> dict[str, Any] | None:
    try:
        data = file.read_bytes()
    except OSError:
        return None
    if not data.startswith(_CACHE_VERSION):
        return None
    try:
        doc = marshal.loads(data[len(_CACHE_VERSION) :])
    except (EOFError, ValueError, TypeError):
        return None
    return doc if isinstance(doc, dict) else None


def _write_cache(file: Path, doc: dict[str, Any]) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(_CACHE_VERSION + marshal.dumps(doc))
        os.replace(tmp, file)
    except (OSError, ValueError):
        pass


def _wrap(doc: dict[str, Any], path: str) -> Manifest:
    """A manifest over ``doc``'s entries, each still its JSON text (validated when first read)."""
    classes = {name: ClassInfo(name, raw, path) for name, raw in doc["classes"].items()}
    protocols = Protocols(
        {name: raw if isinstance(raw, dict) else _Pending(raw, path) for name, raw in doc.get("protocols", {}).items()}
    )
    return Manifest(classes, protocols, [path])


def _entry(kind: str, name: str, text: bytes, path: str) -> dict[str, Any]:
    """A class or protocol entry as JSON data, validated (:class:`ManifestError` says where not)."""
    try:
        return manifest_types.entry(kind, name, text)
    except manifest_types.FormatError as problem:
        # the JSON Schema's words for it, with the exact path (msgspec does not name dict keys),
        # from a document holding just this entry
        validate({"format": FORMAT, "version": 1, "classes": {}, kind: {name: json.loads(text)}}, path)
        raise ManifestError(path, problem.reason, problem.json_path) from None


def parse_document(data: bytes, path: str) -> dict[str, Any]:
    """A manifest's bytes as validated JSON (``ManifestError`` says why not)."""
    try:
        doc = json.loads(data)
    except UnicodeDecodeError:
        raise ManifestError(path, "not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ManifestError(path, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    validate(doc, path)
    return doc  # type: ignore[no-any-return]


def parse_manifest(data: bytes, path: str) -> Manifest:
    """Validate and wrap a manifest's bytes."""
    with gc_paused():
        return _wrap(parse_document(data, path), path)


def load_manifest(path: str | os.PathLike[str], use_cache: bool = True) -> Manifest:
    """Load one manifest file: the document is decoded (msgspec) with each class and protocol kept
    as its JSON text, which is validated and parsed when a check first reads the entry (a check
    reads a few hundred entries of a manifest that may have tens of thousands).  The texts are
    cached, keyed by path, size and mtime."""
    shown = str(path)
    file = Path(path)
    try:
        st = file.stat()
        if file.is_dir():
            raise ManifestError(shown, "is a directory")
        cache = _cache_file(file, st) if use_cache else None
        if cache is not None:
            with gc_paused():
                doc = _read_cache(cache)
                if doc is not None:
                    return _wrap(doc, shown)
        data = file.read_bytes()
    except FileNotFoundError:
        raise ManifestError(shown, "no such file") from None
    except OSError as exc:
        raise ManifestError(shown, exc.strerror or str(exc)) from None
    with gc_paused():
        texts = _texts(data, shown)
        if cache is not None:
            _write_cache(cache, texts)
        return _wrap(texts, shown)


def _texts(data: bytes, path: str) -> dict[str, Any]:
    """Each class's and protocol's JSON text, the document around them validated."""
    try:
        doc = manifest_types.document(data)
    except manifest_types.FormatError as problem:
        parse_document(data, path)  # the precise words and path (JSON Schema), when it finds the problem
        raise ManifestError(path, problem.reason, problem.json_path) from None
    return {
        "classes": {name: bytes(raw) for name, raw in doc.classes.items()},
        "protocols": {name: bytes(raw) for name, raw in doc.protocols.items()},
    }


@functools.cache
def baseline() -> Manifest:
    """The shipped manifest of the iOS SDK's classes and protocols (see mangopy/data/README.md)."""
    manifest = load_manifest(_DATA / BASELINE)
    manifest.paths = [f"<mangopy>/{BASELINE}"]
    for info in manifest.classes.values():
        info.manifest_path = manifest.paths[0]
    return manifest


def is_sdk(info: ClassInfo) -> bool:
    """Does the entry come from the shipped SDK baseline (rather than the app's manifest)?"""
    return info.manifest_path == f"<mangopy>/{BASELINE}"


@functools.cache
def sdk_selectors() -> frozenset[str]:
    """Every selector the SDK baseline declares anywhere (classes, protocols, property accessors).

    Only entries marked ``partial`` count: a selector one of them declares may well exist on
    another SDK class whose listing is incomplete too, so rules that would report a selector as
    missing stay silent for these (a typo is usually unknown everywhere).  Complete entries
    (generated from the bindings) say nothing about other classes.
    """
    m = baseline()
    out: set[str] = set()
    for name, info in m.classes.items():
        if info.partial:
            out |= m.selectors(name, False) | m.selectors(name, True)
    for name in m.protocols:
        text = m.protocols.raw_text(name)
        if text is not None and b'"partial"' not in text:
            continue  # not partial: no need to read it
        proto = m.protocols[name]
        if proto.get("partial"):
            out.update(proto.get("instance_methods", {}))
            out.update(proto.get("class_methods", {}))
    return frozenset(out)


def load_all(paths: Iterable[str | os.PathLike[str]], include_baseline: bool = True) -> Manifest:
    """The baseline (unless excluded) merged with the given manifests, in order."""
    manifests = [baseline()] if include_baseline else []
    manifests += [load_manifest(p) for p in paths]
    return Manifest.merge(manifests)
