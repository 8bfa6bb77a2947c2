"""Objective-C to MangoFix: the methods of an ``@implementation`` written as a script that
replaces them (``mangopy convert``).

:func:`convert_file` parses the file with libclang (:mod:`mangopy.convert.source`), writes each
chosen method as MangoFix (:mod:`mangopy.convert.translate`) inside ``class Name : Super { }``
(a category's methods go into their class), prints the script with mangopy's formatter and
reports, at the Objective-C line, everything the script does not say.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mangopy.convert.source import Source, implementations, read_source, superclass
from mangopy.convert.translate import Problem, Translator, Untranslatable
from mangopy.export.sdk import SDK
from mangopy.format import format_text
from mangopy.semantics.manifest import Manifest

__all__ = ["Conversion", "ConvertError", "Problem", "assemble", "convert_file", "convert_source"]


class ConvertError(ValueError):
    """An input that cannot be converted at all (unreadable, not Objective-C, nothing chosen)."""


@dataclass
class Conversion:
    """The script (formatted when it parses) and what it does not say."""

    path: str
    text: str
    methods: list[str] = field(default_factory=list)  # "-[Class selector]", in order
    problems: list[Problem] = field(default_factory=list)
    classes: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # name -> (superclass, methods)
    structs: dict[str, str] = field(default_factory=dict)  # struct -> its `declare struct`


def convert_source(
    source: Source,
    manifests: Sequence[Manifest],
    wanted: Callable[[str, str], bool],
    lines: tuple[int, int] | None = None,
) -> Conversion:
    """Translate the methods of ``source`` that ``wanted(class, label)`` chooses (``label`` is
    ``-[Class selector]``) and that overlap ``lines`` (first, last; 1-based) when given; the
    result's ``text`` is empty until :func:`assemble`."""
    translator = Translator(source)
    out = Conversion(source.path, "")
    for name, label, m in implementations(source.tu, source.path):
        if not wanted(name, label):
            continue
        if lines is not None and (m.extent.end.line < lines[0] or m.extent.start.line > lines[1]):
            continue
        try:
            text = translator.method(m)
        except Untranslatable as exc:  # its signature: a type clang does not know, a keyword selector
            line, column = m.location.line, m.location.column
            translator.problems.append(Problem(line, column, "error", f"{label} not converted: {exc.message}"))
            continue
        except Exception as exc:  # a tree clang left incomplete, or a case mangopy does not know: said, never raised
            line, column = m.location.line, m.location.column
            what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            translator.problems.append(
                Problem(line, column, "error", f"{label} not converted (mangopy failed: {what})")
            )
            continue
        if name not in out.classes:
            parent = superclass(source.tu, name) or _manifest_superclass(manifests, name) or "NSObject"
            out.classes[name] = (parent, [])
        out.classes[name][1].append(text)
        out.methods.append(label)
    out.problems = translator.problems
    out.structs = translator.structs
    return out


def assemble(
    classes: Mapping[str, tuple[str, Sequence[str]]], path: str, header: str = "", structs: Sequence[str] = ()
) -> str:
    """The script of ``classes`` (name -> (superclass, method texts)), formatted when it parses;
    ``header`` (comment lines) first, then the ``structs`` declarations."""
    blocks = [*(f"{s}\n" for s in structs)] + [
        f"class {name} : {parent} {{\n" + "\n\n".join(texts) + "\n}\n" for name, (parent, texts) in classes.items()
    ]
    text = header + "\n".join(blocks)
    return format_text(text, path).output or text


def convert_file(
    path: Path,
    manifests: Sequence[Manifest],
    classes: Collection[str] = (),
    selectors: Collection[str] = (),
    sdk: SDK | None = None,
    project: Path | None = None,
    lines: tuple[int, int] | None = None,
    text: bytes | None = None,
) -> Conversion:
    """Convert the ``@implementation`` methods of ``path`` (those of ``classes`` and with
    ``selectors`` when given, those overlapping ``lines`` (first, last; 1-based) when given; all
    by default), read with the build settings of ``project``; ``text``: the file's contents when
    they are not the disk's (an editor's buffer)."""
    try:
        source: Source = read_source(path, manifests, sdk, project, {str(path): text} if text is not None else None)
    except OSError as exc:
        raise ConvertError(f"{path}: cannot read: {exc.strerror or exc}") from None

    def wanted(name: str, label: str) -> bool:
        return (not classes or name in classes) and (not selectors or label[3 + len(name) : -1] in selectors)

    conversion = convert_source(source, manifests, wanted, lines)
    if not conversion.methods:
        chosen = " (check --class and --method)" if classes or selectors else " in the lines chosen" if lines else ""
        raise ConvertError(f"{path}: no method to convert{chosen}")
    conversion.text = assemble(
        conversion.classes, str(path.with_suffix(".mg")), structs=list(conversion.structs.values())
    )
    return conversion


def _manifest_superclass(manifests: Sequence[Manifest], name: str) -> str | None:
    for m in manifests:
        info = m.get(name)
        if info is not None and info.superclass:
            return info.superclass
    return None
