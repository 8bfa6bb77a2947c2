"""What the rules share about one script: its classes, structs, aliases, and the manifest."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from mangopy.diagnostics import Diagnostic, Fix, Related, Severity
from mangopy.semantics.catalogue import RULES
from mangopy.semantics.fuzzy import NameIndex
from mangopy.semantics.manifest import ClassInfo, Manifest, sdk_selectors, setter_name
from mangopy.syntax import ParseResult, ast
from mangopy.syntax.compile import BUILTIN_STRUCTS

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


def annotation_text(annotations: Iterable[ast.Annotation], *names: str) -> str | None:
    """The literal string argument of the first annotation with one of ``names`` (C or ObjC string)."""
    for a in annotations:
        if a.name in names:
            arg = a.argument
            if isinstance(arg, ast.ObjCString):
                arg = arg.value
            if isinstance(arg, ast.StringLiteral):
                return arg.value
    return None


def has_annotation(annotations: Iterable[ast.Annotation], *names: str) -> bool:
    return any(a.name in names for a in annotations)


@dataclass
class ScriptClass:
    node: ast.ClassDef
    runtime_name: str  # the name MangoFix looks up (Swift: Module.Name)
    info: ClassInfo | None  # the manifest's entry, if the class exists in the app
    superclass: str  # the runtime name of the superclass written in the script


class Model:
    """Facts about one parsed script, computed once and shared by every rule."""

    def __init__(self, result: ParseResult, manifest: Manifest) -> None:
        self.result = result
        self.module = result.module
        self.text = result.text
        self.manifest = manifest
        self.diagnostics: list[Diagnostic] = []
        self.aliases: dict[str, ast.SwiftClassAlias] = {}
        self.structs: dict[str, ast.StructDecl] = {}
        self.class_defs: list[ast.ClassDef] = []
        for d in self.module.definitions:
            if isinstance(d, ast.SwiftClassAlias):
                self.aliases.setdefault(d.alias.id, d)
            elif isinstance(d, ast.StructDecl):
                self.structs.setdefault(d.name.id, d)
            elif isinstance(d, ast.ClassDef):
                self.class_defs.append(d)
        self._selectors: dict[tuple[str, bool], frozenset[str]] = {}
        self.classes: dict[int, ScriptClass] = {id(c): self._resolve(c) for c in self.class_defs}
        self._by_name: dict[str, list[ScriptClass]] = {}
        for sc in self.classes.values():
            self._by_name.setdefault(sc.runtime_name, []).append(sc)
            if sc.runtime_name != sc.node.name.id:
                self._by_name.setdefault(sc.node.name.id, []).append(sc)
        # when recording (for the editor): the names of script classes the rules looked up ("*":
        # all of them) while checking each unit (definition, method), by the unit's id: what its
        # findings depend on besides its own text
        self.recording: dict[int, set[str]] | None = None
        self.consulted: set[str] | None = None
        self._responds: dict[tuple[str, str, bool], tuple[bool | None, frozenset[str] | None]] = {}

    def enter(self, unit: ast.Node) -> None:
        """The rules now check ``unit`` (what they look up is recorded for it)."""
        if self.recording is not None:
            self.consulted = self.recording.setdefault(id(unit), set())

    def remembered(self, memo: dict[K, tuple[T, frozenset[str] | None]], key: K, compute: Callable[[], T]) -> T:
        """``compute()``, once per ``key`` for this model (``memo`` holds the answers): for questions
        whose answer depends only on the script's classes and the manifest, asked for every send.

        The script classes the first computation looked up are kept with the answer and recorded
        again for every unit that asks (what an edit elsewhere may change)."""
        known = memo.get(key)
        outer = self.consulted
        if known is None or (outer is not None and known[1] is None):
            if outer is not None:
                self.consulted = set()
            try:
                answer = compute()
            finally:
                names, self.consulted = self.consulted, outer
            known = memo[key] = (answer, None if names is None else frozenset(names))
        if outer is not None and known[1]:
            outer |= known[1]
        return known[0]

    def script_classes(self, name: str) -> list[ScriptClass]:
        """The script's definitions of the class named ``name`` (runtime or written name)."""
        if self.consulted is not None:
            self.consulted.add(name)
        return self._by_name.get(name) or []

    def script_class_names(self) -> set[str]:
        """The names of every class the script defines."""
        if self.consulted is not None:
            self.consulted.add("*")
        return set(self._by_name)

    # ------------------------------------------------------------------ classes

    def _alias_target(self, name: str, before: int) -> str | None:
        alias = self.aliases.get(name)
        if alias is not None and alias.start < before:
            return alias.swift_name
        return None

    def _resolve(self, cls: ast.ClassDef) -> ScriptClass:
        name = cls.name.id
        module = annotation_text(cls.annotations, "@SwiftModule")
        runtime = f"{module}.{name}" if module else self._alias_target(name, cls.start) or name
        info = self.manifest_class(runtime, name)
        super_name = cls.superclass.id
        super_module = annotation_text(cls.superclass_annotations, "@SwiftModule")
        if super_module:
            superclass = f"{super_module}.{super_name}"
        else:
            superclass = self._alias_target(super_name, cls.start) or super_name
            if module and self.manifest_class(superclass, super_name) is None:
                superclass = f"{module}.{super_name}"  # a class's own module is also tried
        return ScriptClass(cls, runtime, info, superclass)

    def manifest_class(self, runtime: str, plain: str | None = None) -> ClassInfo | None:
        """The manifest entry for a runtime name (``Shop.Cart`` may be stored as ``Cart`` + module)."""
        info = self.manifest.get(runtime)
        if info is None and "." in runtime:
            module, _, short = runtime.rpartition(".")
            candidate = self.manifest.get(short)
            # `Shop.Cart` may be stored as `Cart` with swift_module "Shop" (also for nested types,
            # `Shop.Checkout.Summary` as `Summary` of module "Shop").
            if (
                candidate is not None
                and candidate.swift_module
                and (module == candidate.swift_module or module.startswith(candidate.swift_module + "."))
            ):
                info = candidate
        if info is None and plain is not None and plain != runtime:
            info = self.manifest.get(plain)
        return info

    def class_of(self, node: ast.ClassDef) -> ScriptClass:
        return self.classes[id(node)]

    def is_class_name(self, name: str) -> bool:
        return (
            name in self.manifest.classes
            or bool(self.script_classes(name))
            or name in self.aliases
        )  # fmt: skip

    def script_selectors(self, runtime_name: str, class_method: bool) -> frozenset[str]:
        """Selectors a script class (all its definitions) adds or replaces, property accessors included."""
        key = (runtime_name, class_method)
        cached = self._selectors.get(key)
        if cached is None:
            cached = self._selectors[key] = frozenset(self._script_selectors(runtime_name, class_method))
        return cached

    def _script_selectors(self, runtime_name: str, class_method: bool) -> set[str]:
        out: set[str] = set()
        for sc in self.script_classes(runtime_name):
            for member in sc.node.members:
                if isinstance(member, ast.MethodDef) and member.is_class_method == class_method:
                    out.add(method_selector(member))
                elif isinstance(member, ast.PropertyDef) and not class_method:
                    out.add(member.name.id)
                    out.add(setter_name(member.name.id))
        return out

    def responds(self, runtime_name: str, selector: str, class_method: bool) -> bool | None:
        """Does an object (or class object) of this class respond to ``selector``?

        True when the script or the manifest gives the class (or a superclass) the selector; False
        when not, and the manifest knows the hierarchy whole (:meth:`Manifest.gap`); None when the
        answer is unknown.  Script classes count with their superclasses (which may themselves be
        script classes).
        """
        return self.remembered(
            self._responds,
            (runtime_name, selector, class_method),
            lambda: self._walk(runtime_name, selector, class_method)[0],
        )

    def gap(self, runtime_name: str, class_method: bool = False) -> str | None:
        """Why :meth:`responds` cannot answer False for this class (None: it can)."""
        return self._walk(runtime_name, None, class_method)[1]

    def _walk(self, runtime_name: str, selector: str | None, class_method: bool) -> tuple[bool | None, str | None]:
        seen: set[str] = set()
        current: str = self.canonical(runtime_name)
        while current not in seen:
            seen.add(current)
            if selector is not None and selector in self.script_selectors(current, class_method):
                return True, None
            defs = self.script_classes(current)
            info = defs[0].info if defs and defs[0].info is not None else self.manifest_class(current)
            if info is not None:
                if selector is None:
                    return None, self.manifest.gap(info.name)
                found = self.manifest.responds(info.name, selector, class_method)
                return found, self.manifest.gap(info.name) if found is None else None
            if not defs:
                return None, f"`{current}` is not in the manifest"
            current = self.canonical(defs[0].superclass)
        return None, f"the superclass chain of `{runtime_name}` loops through `{current}`"

    def typos(self, selector: str, runtime_name: str, class_method: bool) -> list[str]:
        """Selectors the class is known to have that ``selector`` is almost certainly a misspelling of.

        Empty unless ``selector`` is declared nowhere in the manifest or the SDK baseline: a name
        some class declares is a real name, whatever the class at hand.
        """
        out: list[str] = []
        for name in self._hierarchy(runtime_name):
            info = self.manifest_class(name)
            if info is not None:
                out += self.manifest.selector_index(info.name, class_method).typos(selector)
                break
            out += NameIndex(self.script_selectors(name, class_method)).typos(selector)
        if out and (selector in sdk_selectors() or self.manifest.declares_anywhere(selector)):
            return []  # searched only for a near miss: it reads every class of the manifest
        return out[:3]

    def _hierarchy(self, runtime_name: str) -> list[str]:
        """The class and its script superclasses, up to the first class of the manifest."""
        out: list[str] = []
        current = self.canonical(runtime_name)
        while current not in out:
            out.append(current)
            defs = self.script_classes(current)
            if not defs or defs[0].info is not None or self.manifest_class(current) is not None:
                break
            current = self.canonical(defs[0].superclass)
        return out

    def known_selectors(self, runtime_name: str, class_method: bool) -> set[str]:
        """Every selector the script and the manifest give the class (for "did you mean" hints)."""
        out: set[str] = set()
        for name in self._hierarchy(runtime_name):
            out |= self.script_selectors(name, class_method)
            info = self.manifest_class(name)
            if info is not None:
                out |= self.manifest.selectors(info.name, class_method)
        return out

    def canonical(self, name: str) -> str:
        """A class name as MangoFix resolves it: through `@SwiftClassAlias` names."""
        alias = self.aliases.get(name)
        return alias.swift_name if alias is not None else name

    def module_class(self, name: str, module: str | None) -> str | None:
        """`Module.name` when it is an app class (identifiers in a `@SwiftModule` class, 3.15 step 4)."""
        if not module:
            return None
        runtime = f"{module}.{name}"
        if self.manifest_class(runtime) is not None or self.script_classes(runtime):
            return runtime
        return None

    # ------------------------------------------------------------------ structs

    def struct_known(self, name: str) -> bool:
        return name in BUILTIN_STRUCTS or name == "NSRange" or name in self.structs

    # ------------------------------------------------------------------ reporting

    def add(
        self,
        code: str,
        node: ast.Node | tuple[int, int],
        message: str,
        hint: str | None = None,
        related: Iterable[Related] = (),
        fix: Fix | None = None,
        severity: Severity | None = None,
    ) -> None:
        """Report ``code`` (at its catalogue severity unless ``severity`` lowers it)."""
        start, end = (node.start, node.end) if isinstance(node, ast.Node) else node
        fixes = [fix] if fix is not None else []
        level = RULES[code].severity if severity is None else min(severity, RULES[code].severity)
        self.diagnostics.append(Diagnostic(code, level, message, start, end, hint, list(related), fixes))

    def manifest_note(self, info: ClassInfo, message: str | None = None) -> list[Related]:
        source = info.source
        if source is None:
            return [Related(message or f"`{info.name}` in the manifest", path=info.manifest_path)]
        return [Related(message or f"`{info.name}` is declared here", path=source[0], line=source[1] or None)]


def method_selector(m: ast.MethodDef) -> str:
    """The selector MangoFix installs: ``@MethodName``/``@Selector`` when given as a literal."""
    return annotation_text(m.annotations, "@MethodName", "@Selector") or m.selector


def selector_fix(parts: list[ast.Name], written: str, suggested: str) -> Fix | None:
    """Rename the pieces of a written selector to ``suggested`` (same number of pieces and colons)."""

    def pieces(selector: str) -> tuple[list[str], int]:
        return (selector.split(":")[:-1], selector.count(":")) if ":" in selector else ([selector], 0)

    new, arity = pieces(suggested)
    if len(new) != len(parts) or arity != pieces(written)[1] or not all(new):
        return None
    edits = tuple((n.start, n.end, p) for n, p in zip(parts, new, strict=True) if n.id != p)
    return Fix(f"Change the selector to `{suggested}`", edits) if edits else None


def property_of_setter(setter: str) -> str | None:
    """``setOrders:`` -> ``orders`` (``setURL:`` -> ``URL``); None if not a setter."""
    if not (setter.startswith("set") and setter.endswith(":") and setter.count(":") == 1 and len(setter) > 4):
        return None
    name = setter[3:-1]
    if not (len(name) > 1 and name[1].isupper()):
        name = name[0].lower() + name[1:]
    return name if setter_name(name) == setter else None
