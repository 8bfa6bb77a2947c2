"""Syntax tree (plus the comments the parser set aside) -> pretty-printing document.

Comments are placed by the brace-delimited list they sit in (the module, a class body, a block, a
switch body): between two items of the list a comment keeps its own line (or trails the item on
its line), before the first item on the brace's line it trails the brace.  An item that has a
comment anywhere else inside it (``foo(a, /* why */ b)``) is kept exactly as written, re-indented
as a whole: moving such a comment could change what it talks about, and the style rules matter
less than the author's note.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from mangopy.format.doc import HARDLINE, LINE, SOFTLINE, Choice, Concat, Doc, Flat, Group, Indent, Raw, concat, join
from mangopy.syntax import ParseResult, ast

_SUPPRESSION = "mangopy:"  # `// mangopy: ignore[...]` comments (mangopy.semantics.analyze)

# Items that always get a blank line between them and their neighbours.
_SPACED = (ast.ClassDef, ast.MethodDef, ast.StructDecl)

_PRECEDENCE = {
    op: level
    for level, ops in enumerate((("||",), ("&&",), ("==", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "/", "%")))
    for op in ops
}


@dataclass
class _Container:
    inner_start: int  # just after its `{` (0 for the module)
    inner_end: int  # at its `}` (the end of the text for the module)
    comments: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Entry:
    doc: Doc
    item: ast.Node | None  # None for a comment on its own line
    blank_before: bool
    trailing: list[Doc] = field(default_factory=list)


class Printer:
    def __init__(self, parsed: ParseResult) -> None:
        self.text = parsed.text
        self.module = parsed.module
        self._index = parsed.index
        self._comment_ends = dict(parsed.comments)
        self._line_comment_ends = {e for s, e in parsed.comments if self.text.startswith("//", s)}
        self._containers: dict[int, _Container] = {}
        self._block_starts: list[int] = []  # where block literals start, in order
        self._multiline_strings: list[tuple[int, int]] = []
        self._collect_containers()
        self._assign_comments(parsed.comments)

    # ------------------------------------------------------------------ comments and containers

    def _brace_after(self, offset: int) -> int:
        """The ``{`` after a class or switch header: only blanks, ``>``, ``)`` and comments come between."""
        text = self.text
        while text[offset] != "{":
            offset = self._comment_ends.get(offset, offset + 1)
        return offset

    def _collect_containers(self) -> None:
        add = self._containers.__setitem__
        add(id(self.module), _Container(0, len(self.text)))
        for n in ast.walk(self.module):
            if isinstance(n, ast.BlockLiteral):
                self._block_starts.append(n.start)
            elif isinstance(n, ast.StringLiteral) and "\n" in n.text:
                self._multiline_strings.append((n.start, n.end))
            elif isinstance(n, ast.Block):
                add(id(n), _Container(n.start + 1, n.end - 1))
            elif isinstance(n, ast.ClassDef):
                header_end = n.protocols[-1].end if n.protocols else n.superclass.end
                add(id(n), _Container(self._brace_after(header_end) + 1, n.end - 1))
            elif isinstance(n, ast.Switch):
                add(id(n), _Container(self._brace_after(n.subject.end) + 1, n.end - 1))
        self._block_starts.sort()

    def _assign_comments(self, comments: list[tuple[int, int]]) -> None:
        """Give each comment to the innermost container holding it (containers nest properly)."""
        ordered = sorted(self._containers.values(), key=lambda c: (c.inner_start, -c.inner_end))
        stack: list[_Container] = []
        i = 0
        for start, end in sorted(comments):
            while i < len(ordered) and ordered[i].inner_start <= start:
                while stack and stack[-1].inner_end <= ordered[i].inner_start:
                    stack.pop()
                stack.append(ordered[i])
                i += 1
            while stack and stack[-1].inner_end < end:
                stack.pop()
            stack[-1].comments.append((start, end))

    def _has_block(self, n: ast.Node) -> bool:
        """Whether a block literal (whose body always takes lines of its own) is written inside ``n``."""
        i = bisect_left(self._block_starts, n.start)
        return i < len(self._block_starts) and self._block_starts[i] < n.end

    def _huggable(self, n: ast.Node) -> bool:
        """A block literal, or a call or send whose last argument hugs (``async(queue, ^{`` ... ``})``)."""
        while isinstance(n, (ast.Call, ast.MessageSend)) and n.args and not any(map(self._has_block, n.args[:-1])):
            n = n.args[-1]
        return isinstance(n, ast.BlockLiteral)

    def _raw(self, start: int, end: int) -> Raw:
        """Source text as written; its continuation lines move with the indentation of its first line."""
        lines = self.text[start:end].split("\n")
        fixed = [False]
        offset = start
        for line in lines[:-1]:
            offset += len(line) + 1
            fixed.append(any(s < offset < e for s, e in self._multiline_strings))
        line_start = start - self._index.position(start).column + 1
        blanks = len(self.text[line_start:start]) - len(self.text[line_start:start].lstrip(" \t"))
        return Raw(lines, fixed, blanks)

    def _bodies(self, n: ast.Node) -> list[tuple[int, int, Doc]]:
        """The brace-delimited bodies of a compound item: (offset of `{`, offset after `}`, formatted)."""
        blocks: list[ast.Block] = []
        if isinstance(n, ast.If):
            blocks = [n.body, *(e.body for e in n.elifs), *([n.orelse] if n.orelse else [])]
        elif isinstance(n, (ast.For, ast.ForIn, ast.While, ast.DoWhile, ast.MethodDef, ast.Case, ast.Default)):
            blocks = [n.body]
        elif isinstance(n, ast.ClassDef):
            return [(self._containers[id(n)].inner_start - 1, n.end, self.class_body(n))]
        elif isinstance(n, ast.Switch):
            cases: list[ast.Node] = [*n.cases, *([n.default] if n.default else [])]
            return [(self._containers[id(n)].inner_start - 1, n.end, self.braced(n, cases))]
        return [(b.start, b.end, self.block(b)) for b in blocks]

    def _frozen(self, n: ast.Node) -> Doc:
        """An item with a comment inside its own text, kept as written; its bodies are still formatted.

        ``if (a /* why */ && b) {`` keeps its header as written, and the statements of its body are
        formatted like any others.  Blanks around the bodies' braces become one space.
        """
        parts: list[Doc] = []
        pos = n.start
        for start, end, body in self._bodies(n):
            parts.extend(self._segment(pos, start, after_body=pos != n.start, before_body=True))
            parts.append(body)
            pos = end
        parts.extend(self._segment(pos, n.end, after_body=pos != n.start, before_body=False))
        return Concat(parts)

    def _segment(self, start: int, end: int, after_body: bool, before_body: bool) -> list[Doc]:
        text = self.text
        if after_body:
            while start < end and text[start] in " \t\n":
                start += 1
        if before_body:
            while end > start and text[end - 1] in " \t\n":
                end -= 1
        out: list[Doc] = []
        if start < end:
            if after_body:
                out.append(" ")
            out.append(self._raw(start, end))
        if before_body:
            out.append(HARDLINE if end in self._line_comment_ends else " ")
        return out

    def _comment(self, span: tuple[int, int]) -> Doc:
        if self.text.startswith("//", span[0]):
            return self.text[span[0] : span[1]].rstrip()
        return self._raw(*span)

    def _blank_between(self, start: int, end: int) -> bool:
        return self.text.count("\n", start, end) >= 2

    # ------------------------------------------------------------------ brace-delimited lists

    def _entries(self, container: _Container, items: list[ast.Node]) -> tuple[list[Doc], list[_Entry]]:
        """The list's entries (items and comments on their own lines) and the brace's trailing comments."""
        comments = container.comments
        starts = [c[0] for c in comments]
        brace: list[Doc] = []
        entries: list[_Entry] = []
        pos = container.inner_start
        for item in [*items, None]:
            gap_end = container.inner_end if item is None else item.start
            lo, hi = bisect_left(starts, pos), bisect_left(starts, gap_end)
            for span in comments[lo:hi]:
                doc = self._comment(span)
                if "\n" not in self.text[pos : span[0]]:
                    (entries[-1].trailing if entries else brace).append(doc)
                else:
                    entries.append(_Entry(doc, None, self._blank_between(pos, span[0])))
                pos = span[1]
            if item is None:
                break
            inside = bisect_left(starts, item.end) > bisect_left(starts, item.start)
            doc = self._frozen(item) if inside else self.item(item)
            entries.append(_Entry(doc, item, self._blank_between(pos, item.start)))
            pos = item.end
        self._keep_suppressions_in_place(brace, entries)
        self._space_out(entries)
        return brace, entries

    def _keep_suppressions_in_place(self, brace: list[Doc], entries: list[_Entry]) -> None:
        """An item written on one line under or before a ``mangopy: ignore`` comment is not wrapped.

        The comment silences diagnostics on its own line (or the next): wrapping the item would move
        what it silences to another line.
        """
        for i, entry in enumerate(entries):
            item = entry.item
            if item is None or "\n" in self.text[item.start : item.end]:
                continue
            if i == 0:
                above = brace  # comments right after the opening brace
            elif entries[i - 1].item is None:
                above = [entries[i - 1].doc]
            else:
                above = []
            notes = [*entry.trailing, *above]
            if any(_SUPPRESSION in (n if isinstance(n, str) else "\n".join(n.lines)) for n in notes):
                entry.doc = Flat(entry.doc)

    @staticmethod
    def _space_out(entries: list[_Entry]) -> None:
        """A blank line before and after classes, methods and struct declarations.

        The blank line goes right after the previous item, so comments directly above an item stay with it.
        """
        last: int | None = None
        for i, entry in enumerate(entries):
            if entry.item is None:
                continue
            if last is not None and (isinstance(entries[last].item, _SPACED) or isinstance(entry.item, _SPACED)):
                between = entries[last + 1 : i + 1]
                if not any(e.blank_before for e in between):
                    between[0].blank_before = True
            last = i

    @staticmethod
    def _lines(entries: list[_Entry]) -> Concat:
        out: list[Doc] = []
        for i, entry in enumerate(entries):
            if i:
                out.append(HARDLINE)
                if entry.blank_before:
                    out.append(HARDLINE)
            out.append(entry.doc)
            for comment in entry.trailing:
                out.extend((" ", comment))
        return Concat(out)

    def braced(self, node: ast.Node, items: list[ast.Node]) -> Doc:
        """``{`` items ``}``, the items indented one level."""
        head, body = self._body(node, items)
        if body is None:
            return concat(head, HARDLINE, "}") if head != "{" else "{}"
        return concat(head, Indent(concat(HARDLINE, body)), HARDLINE, "}")

    def class_body(self, node: ast.ClassDef) -> Doc:
        """A class body the Objective-C way (as in @implementation): members not indented, blank-line padded."""
        head, body = self._body(node, node.members)
        if body is None:
            return concat(head, HARDLINE, "}") if head != "{" else "{}"
        return concat(head, HARDLINE, HARDLINE, body, HARDLINE, HARDLINE, "}")

    def _body(self, node: ast.Node, items: list[ast.Node]) -> tuple[Doc, Doc | None]:
        brace, entries = self._entries(self._containers[id(node)], items)
        head: Doc = "{"
        if brace:
            head = concat("{", *[concat(" ", comment) for comment in brace])
        return head, self._lines(entries) if entries else None

    def document(self) -> Doc:
        container = self._containers[id(self.module)]
        brace, entries = self._entries(container, self.module.definitions)
        for comment in reversed(brace):  # comments on the first line, before any item
            entries.insert(0, _Entry(comment, None, False))
        if not entries:
            return ""
        return concat(self._lines(entries), HARDLINE)

    # ------------------------------------------------------------------ definitions and statements

    def item(self, n: ast.Node) -> Doc:
        method = getattr(self, "_" + type(n).__name__)
        return method(n)  # type: ignore[no-any-return]

    def _annotated(self, annotations: list[ast.Annotation], doc: Doc) -> Doc:
        lines = [self.annotation(a) for a in annotations]
        return join(HARDLINE, [*lines, doc])

    def annotation(self, a: ast.Annotation) -> Doc:
        return a.name if a.argument is None else concat(a.name, "(", self.expr(a.argument), ")")

    def type(self, t: ast.TypeRef) -> Doc:
        if not t.annotations:
            return t.spelling
        return concat(*[concat(self.annotation(a), " ") for a in t.annotations], t.spelling)

    def typed(self, t: ast.TypeRef, name: str) -> Doc:
        return concat(self.type(t), "" if t.spelling.endswith("*") else " ", name)

    def _ClassDef(self, n: ast.ClassDef) -> Doc:
        head: list[Doc] = ["class ", n.name.id, " : "]
        head.extend(concat(self.annotation(a), " ") for a in n.superclass_annotations)
        head.append(n.superclass.id)
        if n.protocols:
            head.append(" <" + ", ".join(p.id for p in n.protocols) + ">")
        return self._annotated(n.annotations, concat(*head, " ", self.class_body(n)))

    def _PropertyDef(self, n: ast.PropertyDef) -> Doc:
        modifiers = ", ".join(m.id for m in n.modifiers)
        return self._annotated(n.annotations, concat(f"@property ({modifiers}) ", self.typed(n.type, n.name.id), ";"))

    def _MethodDef(self, n: ast.MethodDef) -> Doc:
        parts: list[Doc] = []
        for part in n.parts:
            if part.param is None or part.type is None:
                parts.append(part.name.id)
            else:
                parts.append(concat(part.name.id, ":(", self.type(part.type), ")", part.param.id))
        head = concat("+ (" if n.is_class_method else "- (", self.type(n.return_type), ")", join(" ", parts))
        return self._annotated(n.annotations, concat(head, " ", self.braced(n.body, n.body.statements)))

    def _StructDecl(self, n: ast.StructDecl) -> Doc:
        encoding = concat(n.encoding_label.id, ": ", n.encoding.text)
        keys = concat(n.keys_label.id, ": ", ", ".join(k.id for k in n.keys))
        first, second = (keys, encoding) if n.keys_first else (encoding, keys)
        body = Indent(concat(HARDLINE, first, ",", HARDLINE, second))
        return self._annotated(n.annotations, concat("declare struct ", n.name.id, " {", body, HARDLINE, "}"))

    def _Typedef(self, n: ast.Typedef) -> Doc:
        return concat("typedef ", self.type(n.type), " ", n.name.id, ";")

    def _SwiftClassAlias(self, n: ast.SwiftClassAlias) -> Doc:
        return concat("@SwiftClassAlias ", n.swift_name, " ", n.alias.id, ";")

    def block(self, b: ast.Block) -> Doc:
        return self.braced(b, b.statements)

    def declaration(self, n: ast.VarDecl) -> Doc:
        head = "extern " if n.extern else "".join(m + " " for m in n.modifiers)
        decl = concat(head, self.typed(n.type, n.name.id))
        return decl if n.init is None else concat(decl, " = ", self.expr(n.init))

    def _VarDecl(self, n: ast.VarDecl) -> Doc:
        return concat(self.declaration(n), ";")

    def _ExprStmt(self, n: ast.ExprStmt) -> Doc:
        return concat(self.expr(n.expr), ";")

    def _If(self, n: ast.If) -> Doc:
        parts: list[Doc] = ["if (", self.expr(n.condition), ") ", self.block(n.body)]
        for e in n.elifs:
            parts.extend((" else if (", self.expr(e.condition), ") ", self.block(e.body)))
        if n.orelse is not None:
            parts.extend((" else ", self.block(n.orelse)))
        return Concat(parts)

    def _Switch(self, n: ast.Switch) -> Doc:
        cases: list[ast.Node] = [*n.cases, *([n.default] if n.default else [])]
        return concat("switch (", self.expr(n.subject), ") ", self.braced(n, cases))

    def _Case(self, n: ast.Case) -> Doc:
        return concat("case ", self.expr(n.value), ": ", self.block(n.body))

    def _Default(self, n: ast.Default) -> Doc:
        return concat("default: ", self.block(n.body))

    def _For(self, n: ast.For) -> Doc:
        init: Doc = ""
        if isinstance(n.init, ast.VarDecl):
            init = self.declaration(n.init)
        elif n.init is not None:
            init = self.expr(n.init)
        condition = "" if n.condition is None else concat(" ", self.expr(n.condition))
        step = "" if n.step is None else concat(" ", self.expr(n.step))
        return concat("for (", init, ";", condition, ";", step, ") ", self.block(n.body))

    def _ForIn(self, n: ast.ForIn) -> Doc:
        var = n.var.id if n.type is None else self.typed(n.type, n.var.id)
        return concat("for (", var, " in ", self.expr(n.iterable), ") ", self.block(n.body))

    def _While(self, n: ast.While) -> Doc:
        return concat("while (", self.expr(n.condition), ") ", self.block(n.body))

    def _DoWhile(self, n: ast.DoWhile) -> Doc:
        return concat("do ", self.block(n.body), " while (", self.expr(n.condition), ");")

    def _Break(self, n: ast.Break) -> Doc:
        return "break;"

    def _Continue(self, n: ast.Continue) -> Doc:
        return "continue;"

    def _Return(self, n: ast.Return) -> Doc:
        return "return;" if n.value is None else concat("return ", self.expr(n.value), ";")

    # ------------------------------------------------------------------ expressions

    def expr(self, n: ast.Node) -> Doc:
        method = getattr(self, "_e_" + type(n).__name__)
        return method(n)  # type: ignore[no-any-return]

    def sequence(self, open_: str, items: list[Doc], close: str, broken: bool = False) -> Doc:
        """``open item, item close`` on one line if it fits (and holds no block literal), else one item a line."""
        if not items:
            return open_ + close
        body = concat(open_, Indent(concat(SOFTLINE, join(concat(",", LINE), items))), SOFTLINE, close)
        return Group(body, broken)

    def arguments(self, args: list[ast.Node]) -> Doc:
        docs = [self.expr(a) for a in args]
        if args and self._huggable(args[-1]) and not any(self._has_block(a) for a in args[:-1]):
            # A trailing block hugs the parentheses: `animate:(0.3, ^{` ... `})`; so does a call ending in one.
            return Choice([concat("(", join(", ", docs), ")"), self.sequence("(", docs, ")", broken=True)])
        return self.sequence("(", docs, ")", broken=any(self._has_block(a) for a in args))

    def _e_Identifier(self, n: ast.Identifier) -> Doc:
        return n.id

    def _e_AddressOf(self, n: ast.AddressOf) -> Doc:
        return "&" + n.name.id

    def _e_Member(self, n: ast.Member) -> Doc:
        return concat(self.expr(n.object), ".", n.name.id)

    def _e_MessageSend(self, n: ast.MessageSend) -> Doc:
        return concat(self.expr(n.receiver), ".", n.selector, self.arguments(n.args))

    def _e_Call(self, n: ast.Call) -> Doc:
        return concat(self.expr(n.callee), self.arguments(n.args))

    def _e_Index(self, n: ast.Index) -> Doc:
        return concat(self.expr(n.object), "[", self.expr(n.index), "]")

    def _e_Paren(self, n: ast.Paren) -> Doc:
        return concat("(", self.expr(n.expr), ")")

    def _e_IntLiteral(self, n: ast.IntLiteral) -> Doc:
        return n.text

    _e_DoubleLiteral = _e_IntLiteral
    _e_StringLiteral = _e_IntLiteral

    def _e_BoolLiteral(self, n: ast.BoolLiteral) -> Doc:
        return "YES" if n.value else "NO"

    def _e_Nil(self, n: ast.Nil) -> Doc:
        return "nil"

    def _e_Null(self, n: ast.Null) -> Doc:
        return "NULL"

    def _e_SelfExpr(self, n: ast.SelfExpr) -> Doc:
        return "self"

    def _e_SuperExpr(self, n: ast.SuperExpr) -> Doc:
        return "super"

    def _e_SelectorLiteral(self, n: ast.SelectorLiteral) -> Doc:
        return f"@selector({n.selector})"

    def _e_Boxed(self, n: ast.Boxed) -> Doc:
        # `@42` and `@(42)` are the same tree; `@YES` would be an annotation token, so booleans keep parentheses.
        if isinstance(n.value, (ast.IntLiteral, ast.DoubleLiteral)):
            return "@" + n.value.text
        return concat("@(", self.expr(n.value), ")")

    def _e_ObjCString(self, n: ast.ObjCString) -> Doc:
        return "@" + n.value.text

    def _e_ArrayLiteral(self, n: ast.ArrayLiteral) -> Doc:
        return self.sequence("@[", [self.expr(i) for i in n.items], "]", self._has_block(n))

    def _e_DictLiteral(self, n: ast.DictLiteral) -> Doc:
        entries: list[Doc] = [concat(self.expr(e.key), ": ", self.expr(e.value)) for e in n.entries]
        return self.sequence("@{", entries, "}", self._has_block(n))

    def _e_StructLiteral(self, n: ast.StructLiteral) -> Doc:
        entries: list[Doc] = [concat(e.key.id, ": ", self.expr(e.value)) for e in n.entries]
        return self.sequence("{", entries, "}", self._has_block(n))

    def _e_BlockLiteral(self, n: ast.BlockLiteral) -> Doc:
        head: list[Doc] = ["^"]
        if n.return_type is not None:
            head.append(self.type(n.return_type))
        if n.params is not None:
            head.append(concat("(", join(", ", [self.typed(p.type, p.name.id) for p in n.params]), ")"))
        if len(head) > 1:
            head.append(" ")
        return concat(*head, self.block(n.body))

    def _e_CFunctionLookup(self, n: ast.CFunctionLookup) -> Doc:
        return concat("CFunction(", self.expr(n.argument), ")")

    def _e_Unary(self, n: ast.Unary) -> Doc:
        # `- -x`, not `--x` (a decrement token).
        space = " " if n.op == "-" and isinstance(n.operand, ast.Unary) and n.operand.op == "-" else ""
        return concat(n.op, space, self.expr(n.operand))

    def _e_Postfix(self, n: ast.Postfix) -> Doc:
        return concat(self.expr(n.operand), n.op)

    def _e_Binary(self, n: ast.Binary) -> Doc:
        """A chain of operators of one precedence (``a + b - c``) breaks before each operator, all or none."""
        level = _PRECEDENCE[n.op]
        rest: list[Doc] = []
        left: ast.Node = n
        while isinstance(left, ast.Binary) and _PRECEDENCE[left.op] == level:
            rest.append(concat(LINE, left.op, " ", self.expr(left.right)))
            left = left.left
        rest.reverse()
        return Group(concat(self.expr(left), Indent(Concat(rest))))

    def _e_Conditional(self, n: ast.Conditional) -> Doc:
        if n.then is None:
            return concat(self.expr(n.condition), " ?: ", self.expr(n.orelse))
        return concat(self.expr(n.condition), " ? ", self.expr(n.then), " : ", self.expr(n.orelse))

    def _e_Assign(self, n: ast.Assign) -> Doc:
        return concat(self.expr(n.target), f" {n.op} ", self.expr(n.value))
