"""Objective-C to MangoFix: the methods of an ``@implementation`` written as a script that
replaces them (``mangopy convert``).

:func:`convert_file` parses the file with libclang (:mod:`mangopy.convert.source`), writes each
chosen method as MangoFix (:mod:`mangopy.convert.translate`) inside ``class Name : Super { }``
(a category's methods go into their class), prints the script with mangopy's formatter and
reports, at the Objective-C line, everything the script does not say.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mangopy.convert.source import Source, read_source
from mangopy.convert.translate import Problem, Translator
from mangopy.export.sdk import SDK
from mangopy.format import format_text
from mangopy.semantics.manifest import Manifest

__all__ = ["Conversion", "ConvertError", "Problem", "convert_file"]


class ConvertError(ValueError):
    """An input that cannot be converted at all (unreadable, not Objective-C, nothing chosen)."""


@dataclass
class Conversion:
    """The script (formatted when it parses) and what it does not say."""

    path: str
    text: str
    methods: list[str] = field(default_factory=list)  # "-[Class selector]", in order
    problems: list[Problem] = field(default_factory=list)


def _superclass(tu: Any, name: str) -> str | None:
    from mangopy.export.parse import _clang

    k = _clang().CursorKind
    for c in tu.cursor.get_children():
        try:
            if c.kind != k.OBJC_INTERFACE_DECL or c.spelling != name:
                continue
        except ValueError:  # a kind these bindings do not know (declarations of the SDK)
            continue
        for child in c.get_children():
            try:
                if child.kind == k.OBJC_SUPER_CLASS_REF:
                    return str(child.spelling)
            except ValueError:
                continue
    return None


def convert_file(
    path: Path,
    manifests: Sequence[Manifest],
    classes: Collection[str] = (),
    selectors: Collection[str] = (),
    sdk: SDK | None = None,
    project: Path | None = None,
) -> Conversion:
    """Convert the ``@implementation`` methods of ``path`` (those of ``classes`` and with
    ``selectors`` when given; all by default), read with the build settings of ``project``."""
    from mangopy.export.parse import _clang

    k = _clang().CursorKind
    try:
        source: Source = read_source(path, manifests, sdk, project)
    except OSError as exc:
        raise ConvertError(f"{path}: cannot read: {exc.strerror or exc}") from None
    translator = Translator(source)
    main = str(path)
    by_class: dict[str, list[str]] = {}
    methods: list[str] = []
    for c in source.tu.cursor.get_children():
        if c.location.file is None or c.location.file.name != main:
            continue
        try:
            c.kind  # noqa: B018 - a kind these bindings do not know raises
        except ValueError:
            continue
        if c.kind == k.OBJC_IMPLEMENTATION_DECL:
            name = c.spelling
        elif c.kind == k.OBJC_CATEGORY_IMPL_DECL:
            name = next((ch.spelling for ch in c.get_children() if ch.kind == k.OBJC_CLASS_REF), c.spelling)
        else:
            continue
        if classes and name not in classes:
            continue
        for m in c.get_children():
            try:
                if m.kind not in (k.OBJC_INSTANCE_METHOD_DECL, k.OBJC_CLASS_METHOD_DECL) or not m.is_definition():
                    continue
            except ValueError:  # a kind these bindings do not know
                continue
            if selectors and m.spelling not in selectors:
                continue
            label = f"{'+' if m.kind == k.OBJC_CLASS_METHOD_DECL else '-'}[{name} {m.spelling}]"
            try:
                by_class.setdefault(name, []).append(translator.method(m))
            except (ValueError, IndexError, StopIteration) as exc:  # a tree clang left incomplete
                line, column = m.location.line, m.location.column
                translator.problems.append(Problem(line, column, "error", f"{label} not converted ({exc})"))
                continue
            methods.append(label)
    if not methods:
        raise ConvertError(
            f"{path}: no method to convert" + (" (check --class and --method)" if classes or selectors else "")
        )
    blocks = []
    for name, texts in by_class.items():
        superclass = _superclass(source.tu, name) or _manifest_superclass(manifests, name) or "NSObject"
        blocks.append(f"class {name} : {superclass} {{\n" + "\n\n".join(texts) + "\n}\n")
    text = "\n".join(blocks)
    formatted = format_text(text, str(path.with_suffix(".mg")))
    return Conversion(str(path), formatted.output or text, methods, translator.problems)


def _manifest_superclass(manifests: Sequence[Manifest], name: str) -> str | None:
    for m in manifests:
        info = m.get(name)
        if info is not None and info.superclass:
            return info.superclass
    return None
