"""A small pretty-printing document algebra (Wadler's "prettier printer", as in prettier).

A document is built from text, line breaks, indentation and groups; :func:`render` lays it out
in a given width: a group is printed flat (its soft lines as spaces or nothing) when it fits on
the rest of the line, otherwise broken (its lines as newlines).  Hard lines always break.

Two deliberate differences from prettier: a hard line does not force the groups around it to
break (a block literal's body is laid out on its own lines while the call around it stays flat:
``animate:(0.3, ^{`` ... ``})``), and :class:`Raw` prints source text kept verbatim, shifting its
continuation lines with the indentation it is printed at.

Rendering is iterative, so deeply nested documents cannot exhaust the Python stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

Doc = Union[str, "Concat", "Group", "Indent", "Line", "Choice", "Raw", "Flat"]


@dataclass(slots=True)
class Concat:
    parts: list[Doc]


@dataclass(slots=True)
class Group:
    """Printed flat if it fits, else broken; ``broken=True`` always breaks it."""

    doc: Doc
    broken: bool = False


@dataclass(slots=True)
class Indent:
    doc: Doc


@dataclass(slots=True, frozen=True)
class Line:
    """A line break; when flat, ``flat`` is printed instead (``" "`` or ``""``).  Hard lines always break."""

    flat: str = " "
    hard: bool = False


@dataclass(slots=True)
class Choice:
    """The first alternative whose first line fits; the last one otherwise (prettier's conditionalGroup)."""

    alternatives: list[Doc]


@dataclass(slots=True)
class Flat:
    """Never broken by the width: its groups are printed flat (hard lines still break)."""

    doc: Doc


@dataclass(slots=True)
class Raw:
    """Source text kept as written.  ``lines[0]`` is printed where the document is; each later line is
    shifted by (the current indentation level - ``indent``, the indentation of the line it was written
    on) unless its ``fixed`` flag is set (it starts inside a string literal, whose text must not change)."""

    lines: list[str]
    fixed: list[bool]
    indent: int


LINE = Line(" ")
SOFTLINE = Line("")
HARDLINE = Line("", hard=True)

_FLAT, _BREAK = 0, 1


def concat(*parts: Doc) -> Concat:
    return Concat(list(parts))


def join(separator: Doc, docs: list[Doc]) -> Concat:
    out: list[Doc] = []
    for i, d in enumerate(docs):
        if i:
            out.append(separator)
        out.append(d)
    return Concat(out)


def _fits(first: tuple[int, int, Doc], rest: list[tuple[int, int, Doc]], width: int) -> bool:
    """Whether everything up to the first line break fits in ``width`` columns.

    ``first`` is measured flat; after it, the commands still on the stack (``rest``, top last) are
    measured in their own modes until a line break in break mode ends the line.
    """
    stack: list[tuple[int, Doc]] = [(first[1], first[2])]
    rest_index = len(rest)
    while width >= 0:
        if not stack:
            if rest_index == 0:
                return True
            rest_index -= 1
            _, mode, doc = rest[rest_index]
            stack.append((mode, doc))
            continue
        mode, doc = stack.pop()
        if isinstance(doc, str):
            newline = doc.find("\n")
            if newline != -1:
                return width - newline >= 0
            width -= len(doc)
        elif isinstance(doc, Concat):
            stack.extend((mode, d) for d in reversed(doc.parts))
        elif isinstance(doc, Indent):
            stack.append((mode, doc.doc))
        elif isinstance(doc, Group):
            stack.append((_BREAK if doc.broken else mode, doc.doc))
        elif isinstance(doc, Line):
            if mode == _BREAK or doc.hard:
                return True
            width -= len(doc.flat)
        elif isinstance(doc, Choice):
            stack.append((mode, doc.alternatives[-1] if mode == _BREAK else doc.alternatives[0]))
        elif isinstance(doc, Flat):
            stack.append((_FLAT, doc.doc))
        else:  # Raw
            return width - len(doc.lines[0]) >= 0
    return False


def render(doc: Doc, width: int, indent_width: int) -> str:
    """Lay ``doc`` out in ``width`` columns, indenting by ``indent_width`` spaces per level."""
    out: list[str] = []
    column = 0
    pending: int | None = 0  # indentation still to write before the next text on this line
    stack: list[tuple[int, int, Doc]] = [(0, _BREAK, doc)]
    pop, push = stack.pop, stack.append

    def text(s: str, indent: int) -> None:
        nonlocal column, pending
        if not s:
            return
        if pending is not None:
            out.append(" " * pending)
            column = pending
            pending = None
        out.append(s)
        newline = s.rfind("\n")
        column = len(s) - newline - 1 if newline != -1 else column + len(s)

    while stack:
        indent, mode, d = pop()
        if isinstance(d, str):
            text(d, indent)
        elif isinstance(d, Concat):
            for part in reversed(d.parts):
                push((indent, mode, part))
        elif isinstance(d, Indent):
            push((indent + indent_width, mode, d.doc))
        elif isinstance(d, Group):
            if d.broken:
                push((indent, _BREAK, d.doc))
            elif mode == _FLAT:
                push((indent, _FLAT, d.doc))
            else:
                flat = (indent, _FLAT, d.doc)
                push(flat if _fits(flat, stack, width - column) else (indent, _BREAK, d.doc))
        elif isinstance(d, Line):
            if mode == _FLAT and not d.hard:
                text(d.flat, indent)
            else:
                while out and out[-1] == " ":  # no trailing blank before a line break
                    out.pop()
                out.append("\n")
                pending, column = indent, indent
        elif isinstance(d, Choice):
            chosen = d.alternatives[-1]
            for alternative in d.alternatives[:-1]:
                if _fits((indent, _FLAT, alternative), stack, width - column):
                    chosen = alternative
                    break
            push((indent, mode if chosen is d.alternatives[-1] else _FLAT, chosen))
        elif isinstance(d, Flat):
            push((indent, _FLAT, d.doc))
        else:  # Raw
            shift = indent - d.indent
            text(d.lines[0], indent)
            for line, fixed in zip(d.lines[1:], d.fixed[1:], strict=True):
                out.append("\n")
                if fixed:
                    out.append(line)
                elif shift >= 0:
                    out.append(" " * shift + line if line else "")
                else:
                    blank = len(line) - len(line.lstrip(" "))
                    out.append(line[min(blank, -shift) :])
                column = len(out[-1])
            pending = None
    return "".join(out)
