"""Read the C# binding definitions of xamarin-macios (``src/*.cs``) into a plain model.

This is the parsing half of ``tools/gen_sdk_baseline.py``: a small C# lexer with the
preprocessor (``#if``/``#elif``/``#else``/``#endif`` evaluated for iOS), and a parser that
understands just what binding files declare: ``interface`` types with their attributes
(``[BaseType]``, ``[Protocol]``, ``[Category]``, ``[Export]`` ...), ``delegate`` types, ``enum``
types, ``struct`` types (their instance fields) and the names and bases of ``class`` types.
Everything else (method bodies, manual code) is skipped by brace matching.

The model keeps C# spellings; ``gen_sdk_baseline.py`` turns it into Objective-C.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Symbols defined when xamarin-macios compiles its iOS assembly (Microsoft.iOS.dll).
IOS_DEFINES = frozenset({"NET", "IOS", "__IOS__", "HAS_UIKIT", "HAS_OPENGLES", "NET8_0_OR_GREATER", "true"})


class BindingError(ValueError):
    """Input the parser cannot make sense of (names the file and line)."""


# ---------------------------------------------------------------------------------- preprocessor


_PP = re.compile(
    r"^\s*#\s*(if|elif|else|endif|define|undef|region|endregion|pragma|nullable|error|warning|line)\b(.*)$"
)
_PP_TOKEN = re.compile(r"\s*(\|\||&&|!=|==|!|\(|\)|[A-Za-z_][A-Za-z0-9_]*)")


def _pp_eval(expr: str, defines: frozenset[str], where: str) -> bool:
    """Evaluate a ``#if`` expression (``!``, ``&&``, ``||``, parentheses, ``true``/``false``)."""
    expr = expr.split("//", 1)[0].strip()
    tokens: list[str] = []
    pos = 0
    while pos < len(expr):
        m = _PP_TOKEN.match(expr, pos)
        if m is None:
            if expr[pos:].strip():
                raise BindingError(f"{where}: cannot read #if expression {expr!r}")
            break
        tokens.append(m.group(1))
        pos = m.end()
    i = 0

    def primary() -> bool:
        nonlocal i
        if i >= len(tokens):
            raise BindingError(f"{where}: incomplete #if expression {expr!r}")
        tok = tokens[i]
        i += 1
        if tok == "!":
            return not primary()
        if tok == "(":
            value = disjunction()
            if i >= len(tokens) or tokens[i] != ")":
                raise BindingError(f"{where}: unbalanced #if expression {expr!r}")
            i += 1
            return value
        return tok in defines

    def comparison() -> bool:
        nonlocal i
        value = primary()
        while i < len(tokens) and tokens[i] in ("==", "!="):
            op = tokens[i]
            i += 1
            other = primary()
            value = (value == other) if op == "==" else (value != other)
        return value

    def conjunction() -> bool:
        nonlocal i
        value = comparison()
        while i < len(tokens) and tokens[i] == "&&":
            i += 1
            value = comparison() and value
        return value

    def disjunction() -> bool:
        nonlocal i
        value = conjunction()
        while i < len(tokens) and tokens[i] == "||":
            i += 1
            value = conjunction() or value
        return value

    result = disjunction()
    if i != len(tokens):
        raise BindingError(f"{where}: cannot read #if expression {expr!r}")
    return result


def preprocess(text: str, path: str, defines: frozenset[str] = IOS_DEFINES) -> str:
    """The source with inactive ``#if`` branches and directive lines blanked (line numbers kept)."""
    out: list[str] = []
    # stack of (this branch active, some branch already taken, parent active)
    stack: list[tuple[bool, bool, bool]] = []
    active = True
    in_comment = False
    for lineno, line in enumerate(text.split("\n"), 1):
        m = None if in_comment else _PP.match(line)
        if m is None:
            out.append(line if active else "")
            if active:
                # track block comments so that a '#' inside one is not read as a directive
                pos = 0
                while True:
                    if in_comment:
                        end = line.find("*/", pos)
                        if end < 0:
                            break
                        in_comment, pos = False, end + 2
                    else:
                        start = line.find("/*", pos)
                        if start < 0 or "//" in line[pos:start]:
                            break
                        in_comment, pos = True, start + 2
            continue
        kind, rest = m.group(1), m.group(2)
        where = f"{path}:{lineno}"
        if kind == "if":
            value = active and _pp_eval(rest, defines, where)
            stack.append((value, value, active))
            active = value
        elif kind == "elif":
            if not stack:
                raise BindingError(f"{where}: #elif without #if")
            _, taken, parent = stack[-1]
            value = parent and not taken and _pp_eval(rest, defines, where)
            stack[-1] = (value, taken or value, parent)
            active = value
        elif kind == "else":
            if not stack:
                raise BindingError(f"{where}: #else without #if")
            _, taken, parent = stack[-1]
            value = parent and not taken
            stack[-1] = (value, True, parent)
            active = value
        elif kind == "endif":
            if not stack:
                raise BindingError(f"{where}: #endif without #if")
            active = stack.pop()[2]
        out.append("")
    if stack:
        raise BindingError(f"{path}: #if without #endif")
    return "\n".join(out)


# ---------------------------------------------------------------------------------- lexer

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<str>@"(?:[^"]|"")*"|\$?"(?:\\.|[^"\\\n])*")
  | (?P<chr>'(?:\\.|[^'\\])*')
  | (?P<num>0[xX][0-9a-fA-F_]+[uUlL]*|\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?[uUlLfFdDmM]*)
  | (?P<id>@?[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op><<|::|=>|&&|\|\||[^\sA-Za-z0-9_])
    """,
    re.S | re.X,
)


@dataclass(frozen=True)
class Tok:
    kind: str  # str chr num id op
    text: str
    line: int


def tokenize(text: str, path: str) -> list[Tok]:
    toks: list[Tok] = []
    line = 1
    pos = 0
    n = len(text)
    while pos < n:
        m = _TOKEN.match(text, pos)
        if m is None:
            raise BindingError(f"{path}:{line}: cannot read {text[pos : pos + 20]!r}")
        kind = m.lastgroup or ""
        value = m.group(0)
        if kind not in ("ws", "comment"):
            toks.append(Tok(kind, value, line))
        line += value.count("\n")
        pos = m.end()
    return toks


def unquote(text: str) -> str:
    if text.startswith('@"'):
        return text[2:-1].replace('""', '"')
    if text.startswith('$"'):
        text = text[1:]
    return bytes(text[1:-1], "utf-8").decode("unicode_escape") if "\\" in text else text[1:-1]


# ---------------------------------------------------------------------------------- model


@dataclass
class Attr:
    name: str
    args: list[list[Tok]]
    target: str | None = None  # "return" for [return: NullAllowed]

    def strings(self) -> list[str]:
        """Positional string arguments (``[Export ("title")]`` -> ``["title"]``)."""
        return [unquote(a[0].text) for a in self.args if len(a) == 1 and a[0].kind == "str"]

    def named(self, key: str) -> list[Tok] | None:
        """The value of ``Key = value`` or ``key: value``."""
        for a in self.args:
            if len(a) >= 3 and a[0].text == key and a[1].text in ("=", ":"):
                return a[2:]
        return None

    def words(self) -> list[str]:
        return [" ".join(t.text for t in a) for a in self.args]


@dataclass
class TypeRef:
    """A C# type: ``name`` (last component of a dotted name), generic ``args``, ``array`` rank, ``?`` and ``*``."""

    name: str
    args: list[TypeRef] = field(default_factory=list)
    array: int = 0
    nullable: bool = False
    pointer: int = 0
    qualified: str = ""

    def __str__(self) -> str:
        s = self.name
        if self.args:
            s += "<" + ", ".join(map(str, self.args)) + ">"
        return s + "*" * self.pointer + ("?" if self.nullable else "") + "[]" * self.array


@dataclass
class Param:
    name: str
    type: TypeRef
    attrs: list[Attr]
    modifier: str = ""  # ref out params this in


@dataclass
class Member:
    kind: str  # method property
    name: str
    type: TypeRef  # return or property type
    attrs: list[Attr]
    line: int
    params: list[Param] = field(default_factory=list)
    getter_attrs: list[Attr] | None = None  # property accessors present, with their attributes
    setter_attrs: list[Attr] | None = None


@dataclass
class Interface:
    name: str
    namespace: str
    attrs: list[Attr]
    bases: list[TypeRef]
    members: list[Member]
    path: str
    line: int
    generic: bool = False
    type_params: list[str] = field(default_factory=list)


@dataclass
class Delegate:
    name: str
    namespace: str
    returns: TypeRef
    params: list[Param]
    attrs: list[Attr]


@dataclass
class EnumDecl:
    name: str
    namespace: str
    attrs: list[Attr]
    underlying: str | None
    members: list[tuple[str, list[Tok] | None, list[Attr]]]  # name, value tokens, attributes
    path: str
    line: int


@dataclass
class StructDecl:
    name: str
    namespace: str
    attrs: list[Attr]
    fields: list[tuple[TypeRef, str]]
    path: str


@dataclass
class ClassDecl:
    """A manual C# class (only its name and bases matter: is it a CoreFoundation-style handle?)."""

    name: str
    namespace: str
    bases: list[TypeRef]
    attrs: list[Attr]


@dataclass
class FileModel:
    interfaces: list[Interface] = field(default_factory=list)
    delegates: list[Delegate] = field(default_factory=list)
    enums: list[EnumDecl] = field(default_factory=list)
    structs: list[StructDecl] = field(default_factory=list)
    classes: list[ClassDecl] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # declarations the parser could not read


def has(attrs: list[Attr], name: str) -> Attr | None:
    for a in attrs:
        if a.name == name and a.target is None:
            return a
    return None


# ---------------------------------------------------------------------------------- parser

_MODIFIERS = frozenset(
    {
        "public",
        "internal",
        "private",
        "protected",
        "partial",
        "static",
        "unsafe",
        "sealed",
        "abstract",
        "readonly",
        "new",
        "extern",
        "virtual",
        "override",
        "const",
        "volatile",
        "async",
        "ref",
        "fixed",
        "required",
        "file",
    }
)


class Parser:
    def __init__(self, toks: list[Tok], path: str) -> None:
        self.t = toks
        self.i = 0
        self.path = path
        self.model = FileModel()
        self.aliases: dict[str, str] = {}  # using NSView = UIKit.UIView;

    # -- helpers
    def peek(self, k: int = 0) -> Tok | None:
        j = self.i + k
        return self.t[j] if j < len(self.t) else None

    def at(self, text: str, k: int = 0) -> bool:
        tok = self.peek(k)
        return tok is not None and tok.text == text

    def next(self) -> Tok:
        tok = self.peek()
        if tok is None:
            raise BindingError(f"{self.path}: unexpected end of file")
        self.i += 1
        return tok

    def expect(self, text: str) -> Tok:
        tok = self.next()
        if tok.text != text:
            raise BindingError(f"{self.path}:{tok.line}: expected {text!r}, found {tok.text!r}")
        return tok

    def ident(self) -> Tok:
        tok = self.next()
        if tok.kind != "id":
            raise BindingError(f"{self.path}:{tok.line}: expected a name, found {tok.text!r}")
        return tok

    def skip_balanced(self, open_: str, close: str) -> list[Tok]:
        """Skip from the opening token (current) to its matching close; return the tokens inside."""
        self.expect(open_)
        depth = 1
        start = self.i
        while True:
            tok = self.next()
            if tok.text == open_:
                depth += 1
            elif tok.text == close:
                depth -= 1
                if depth == 0:
                    return self.t[start : self.i - 1]

    def skip_statement(self) -> None:
        """Skip to the end of a statement (``;``) or over a braced body."""
        depth = 0
        while self.peek() is not None:
            tok = self.next()
            if tok.text in "([{" and tok.kind == "op":
                depth += 1
            elif tok.text in ")]}" and tok.kind == "op":
                depth -= 1
                if depth == 0 and tok.text == "}":
                    if self.at(";"):
                        self.next()
                    return
                if depth < 0:
                    self.i -= 1
                    return
            elif tok.text == ";" and depth == 0:
                return

    # -- attributes
    def attributes(self) -> list[Attr]:
        attrs: list[Attr] = []
        while self.at("["):
            inner = self.skip_balanced("[", "]")
            target = None
            if len(inner) >= 2 and inner[1].text == ":" and inner[0].text in ("return", "assembly", "param", "field"):
                target, inner = inner[0].text, inner[2:]
            for part in _split(inner, ","):
                if not part or part[0].kind != "id":
                    continue
                j = 0
                name = part[0].text
                while j + 2 < len(part) and part[j + 1].text == "." and part[j + 2].kind == "id":
                    j += 2
                    name = part[j].text
                if name.endswith("Attribute") and name != "Attribute":
                    name = name[: -len("Attribute")]
                args: list[list[Tok]] = []
                if j + 1 < len(part) and part[j + 1].text == "(":
                    args = [a for a in _split(part[j + 2 : -1], ",") if a]
                    if self.aliases:
                        args = [[Tok(t.kind, self.aliases.get(t.text, t.text), t.line) for t in a] for a in args]
                attrs.append(Attr(name, args, target))
        return attrs

    # -- types
    def type_ref(self) -> TypeRef:
        tok = self.ident()
        name = tok.text
        qualified = name
        if self.at("::"):
            self.next()
            name = self.ident().text
            qualified = name
        while self.at(".") and (nxt := self.peek(1)) is not None and nxt.kind == "id":
            self.next()
            name = self.next().text
            qualified += "." + name
        if qualified == name and name in self.aliases:
            name = qualified = self.aliases[name]
        ref = TypeRef(name, qualified=qualified)
        if self.at("<"):
            self.next()
            while True:
                ref.args.append(self.type_ref())
                if self.at(","):
                    self.next()
                    continue
                self.expect(">")
                break
        while True:
            if self.at("?"):
                self.next()
                ref.nullable = True
            elif self.at("*"):
                self.next()
                ref.pointer += 1
            elif self.at("[") and self.at("]", 1):
                self.next()
                self.next()
                ref.array += 1
            elif self.at("[") and self.at(",", 1):
                self.skip_balanced("[", "]")
                ref.array += 2
            else:
                return ref

    def params(self) -> list[Param]:
        self.expect("(")
        out: list[Param] = []
        while not self.at(")"):
            attrs = self.attributes()
            modifier = ""
            while (tok := self.peek()) is not None and tok.text in ("ref", "out", "params", "this", "in", "scoped"):
                modifier = self.next().text if tok.text != "scoped" else modifier
            ptype = self.type_ref()
            name = self.ident().text
            if self.at("="):
                while not self.at(",") and not self.at(")"):
                    if self.at("("):
                        self.skip_balanced("(", ")")
                    else:
                        self.next()
            out.append(Param(name, ptype, attrs, modifier))
            if self.at(","):
                self.next()
        self.expect(")")
        return out

    # -- declarations
    def parse(self) -> FileModel:
        self.block(namespace="")
        return self.model

    def block(self, namespace: str, until_brace: bool = False) -> None:
        pending: list[Attr] = []
        while self.peek() is not None:
            tok = self.peek()
            assert tok is not None
            if tok.text == "}":
                if until_brace:
                    self.next()
                    return
                self.next()
                continue
            if tok.text == "[":
                pending += self.attributes()
                continue
            if tok.text == "using":
                start = self.i
                self.skip_statement()
                stmt = self.t[start : self.i]
                if len(stmt) >= 5 and stmt[1].kind == "id" and stmt[2].text == "=":
                    names = [t.text for t in stmt[3:] if t.kind == "id" and t.text != "global"]
                    lt = next((k for k, t in enumerate(stmt) if t.text == "<"), len(stmt))
                    names = [t.text for t in stmt[3:lt] if t.kind == "id" and t.text != "global"] or names
                    if names:
                        self.aliases[stmt[1].text] = names[-1]
                pending = []
                continue
            if tok.text == "namespace":
                self.next()
                name = self.ident().text
                while self.at("."):
                    self.next()
                    name += "." + self.ident().text
                if self.at(";"):
                    self.next()
                    namespace = name
                else:
                    self.expect("{")
                    self.block(name, until_brace=True)
                pending = []
                continue
            if tok.kind == "id" and tok.text in _MODIFIERS:
                self.next()
                continue
            start = self.i
            try:
                if tok.text == "interface":
                    self.next()
                    self.interface(namespace, pending)
                elif tok.text == "delegate":
                    self.next()
                    self.delegate(namespace, pending)
                elif tok.text == "enum":
                    self.next()
                    self.enum(namespace, pending)
                elif tok.text in ("struct", "class", "record"):
                    self.next()
                    self.class_or_struct(tok.text, namespace, pending)
                else:
                    self.skip_statement()
            except BindingError as exc:
                self.model.skipped.append(str(exc))
                self.i = start
                self.skip_statement()
            pending = []

    def _bases(self) -> list[TypeRef]:
        bases: list[TypeRef] = []
        if self.at(":"):
            self.next()
            while True:
                bases.append(self.type_ref())
                if not self.at(","):
                    break
                self.next()
        while self.at("where"):
            while not self.at("{") and not self.at(";"):
                self.next()
        return bases

    def interface(self, namespace: str, attrs: list[Attr]) -> None:
        tok = self.ident()
        generic = False
        type_params: list[str] = []
        if self.at("<"):
            type_params = [t.text for t in self.skip_balanced("<", ">") if t.kind == "id"]
            generic = True
        bases = self._bases()
        iface = Interface(tok.text, namespace, attrs, bases, [], self.path, tok.line, generic, type_params)
        self.expect("{")
        while not self.at("}"):
            member = self.member()
            if member is not None:
                iface.members.append(member)
        self.expect("}")
        if self.at(";"):
            self.next()
        self.model.interfaces.append(iface)

    def member(self) -> Member | None:
        attrs = self.attributes()
        if self.at("}"):
            return None
        while (tok := self.peek()) is not None and tok.kind == "id" and tok.text in _MODIFIERS - {"ref"}:
            self.next()
        if self.at("event") or self.at("delegate") or self.at("enum") or self.at("class") or self.at("struct"):
            self.skip_statement()
            return None
        line = self.peek().line if self.peek() else 0  # type: ignore[union-attr]
        if self.at("ref"):
            self.next()
        mtype = self.type_ref()
        if self.at("this"):
            self.next()
            self.skip_balanced("[", "]")
            self.skip_balanced("{", "}")
            return None
        name = self.ident().text
        if self.at("<"):
            self.skip_balanced("<", ">")
        if self.at("("):
            params = self.params()
            while not self.at(";"):
                if self.at("{"):  # a default interface method body
                    self.skip_balanced("{", "}")
                    return Member("method", name, mtype, attrs, line, params)
                self.next()
            self.next()
            return Member("method", name, mtype, attrs, line, params)
        if self.at("{"):
            member = Member("property", name, mtype, attrs, line)
            self.next()
            while not self.at("}"):
                acc_attrs = self.attributes()
                while (t := self.peek()) is not None and t.text in _MODIFIERS:
                    self.next()
                acc = self.ident().text
                if self.at("{"):
                    self.skip_balanced("{", "}")
                elif self.at("=>"):
                    while not self.at(";"):
                        self.next()
                    self.next()
                else:
                    self.expect(";")
                if acc == "get":
                    member.getter_attrs = acc_attrs
                elif acc in ("set", "init"):
                    member.setter_attrs = acc_attrs
            self.expect("}")
            return member
        self.skip_statement()
        return None

    def delegate(self, namespace: str, attrs: list[Attr]) -> None:
        returns = self.type_ref()
        name = self.ident().text
        if self.at("<"):
            self.skip_balanced("<", ">")
        params = self.params()
        self.skip_statement()
        self.model.delegates.append(Delegate(name, namespace, returns, params, attrs))

    def enum(self, namespace: str, attrs: list[Attr]) -> None:
        tok = self.ident()
        underlying = None
        if self.at(":"):
            self.next()
            underlying = self.type_ref().name
        body = self.skip_balanced("{", "}")
        if self.at(";"):
            self.next()
        members: list[tuple[str, list[Tok] | None, list[Attr]]] = []
        sub = Parser(body, self.path)
        while sub.peek() is not None:
            mattrs = sub.attributes()
            if sub.peek() is None:
                break
            name = sub.ident().text
            value: list[Tok] | None = None
            if sub.at("="):
                sub.next()
                start = sub.i
                depth = 0
                while (t := sub.peek()) is not None and not (t.text == "," and depth == 0):
                    depth += {"(": 1, ")": -1}.get(t.text, 0)
                    sub.next()
                value = body[start : sub.i]
            if sub.at(","):
                sub.next()
            members.append((name, value, mattrs))
        self.model.enums.append(EnumDecl(tok.text, namespace, attrs, underlying, members, self.path, tok.line))

    def class_or_struct(self, kind: str, namespace: str, attrs: list[Attr]) -> None:
        tok = self.ident()
        if self.at("<"):
            self.skip_balanced("<", ">")
        if self.at("("):  # record / primary constructor
            self.skip_balanced("(", ")")
        bases = self._bases()
        if self.at(";"):
            self.next()
            return
        body_start = self.i + 1
        self.skip_balanced("{", "}")
        if self.at(";"):
            self.next()
        if kind == "struct":
            fields = _struct_fields(self.t[body_start : self.i - 1], self.path)
            self.model.structs.append(StructDecl(tok.text, namespace, attrs, fields, self.path))
        else:
            self.model.classes.append(ClassDecl(tok.text, namespace, bases, attrs))


def _split(toks: list[Tok], sep: str) -> list[list[Tok]]:
    """Split at top-level ``sep`` tokens (outside (), [], <> and {})."""
    parts: list[list[Tok]] = [[]]
    depth = 0
    for t in toks:
        if t.kind == "op" and t.text in "([{":
            depth += 1
        elif t.kind == "op" and t.text in ")]}":
            depth -= 1
        if t.text == sep and depth == 0:
            parts.append([])
        else:
            parts[-1].append(t)
    return parts


def _struct_fields(body: list[Tok], path: str) -> list[tuple[TypeRef, str]]:
    """Instance fields of a struct body, in order (``public nfloat Top;`` -> (nfloat, Top))."""
    fields: list[tuple[TypeRef, str]] = []
    p = Parser(body, path)
    while p.peek() is not None:
        p.attributes()
        mods: set[str] = set()
        while (
            (t := p.peek()) is not None
            and t.kind == "id"
            and t.text in _MODIFIERS | {"implicit", "explicit", "operator"}
        ):
            mods.add(p.next().text)
        tok = p.peek()
        if tok is None:
            break
        if tok.kind != "id" or tok.text in ("struct", "class", "enum", "interface", "delegate", "event"):
            p.skip_statement()
            continue
        start = p.i
        try:
            ftype = p.type_ref()
            names = [p.ident().text]
            while p.at(","):
                p.next()
                names.append(p.ident().text)
        except BindingError:
            p.i = start
            p.skip_statement()
            continue
        if p.at(";") and not mods & {"static", "const"}:
            p.next()
            fields += [(ftype, n) for n in names]
            continue
        p.skip_statement()
    return fields


def parse_source(text: str, path: str, defines: frozenset[str] = IOS_DEFINES) -> FileModel:
    """Parse one C# file (after preprocessing for ``defines``)."""
    return Parser(tokenize(preprocess(text, path, defines), path), path).parse()
