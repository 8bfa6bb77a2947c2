"""The methods changed between two commits, written as one MangoFix script (``mangopy patch``).

A hot fix is the Objective-C change a team already made, reviewed and merged.  The files changed
between the two commits (renames followed) are parsed with libclang at both commits, each
version read as clang would have read it then (every source file that differs from the checkout
is given to clang as it was at that commit, headers included).  Methods are matched by class and
selector, not by line: a method whose tokens changed (comments and layout are not tokens) or that
is new is converted; a method deleted, an ivar or property added or removed, a superclass
changed, a C function or global changed cannot be patched, and each is said with the reason.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mangopy.convert import Conversion, Problem, assemble, convert_source
from mangopy.convert.source import Source, _kind, class_of, implementations, read_source
from mangopy.export.parse import _clang
from mangopy.semantics.manifest import Manifest

__all__ = ["Change", "Patch", "PatchError", "Revision", "make_patch"]

OBJC_SOURCES = (".m", ".mm")
# what a translation unit may read: the files given to clang as they were at a commit
_READ_BY_CLANG = frozenset(
    {".h", ".hh", ".hpp", ".m", ".mm", ".c", ".cc", ".cpp", ".pch", ".inc", ".def", ".modulemap"}
)


class PatchError(ValueError):
    """Input no patch can be made from (not a repository, an unknown commit, nothing changed)."""


@dataclass(frozen=True)
class Revision:
    """A commit (``sha`` None: the working tree, uncommitted changes included)."""

    sha: str | None
    title: str  # `1a2b3c4 (subject)` or `working tree`


@dataclass(frozen=True)
class Change:
    """Something the patch does or cannot do, at its place in the head (or base) version."""

    path: str  # relative to the repository
    line: int
    column: int
    label: str  # `-[Class sel]`, `ivar _x of Class`, ...
    status: str  # "changed", "added" (converted) or "cannot be patched"
    reason: str = ""


@dataclass
class Patch:
    base: Revision
    head: Revision
    root: str = ""  # the repository's top folder
    text: str = ""
    changes: list[Change] = field(default_factory=list)
    problems: list[tuple[str, Problem]] = field(default_factory=list)  # (relative path, problem)

    @property
    def converted(self) -> list[Change]:
        return [c for c in self.changes if c.status != "cannot be patched"]

    @property
    def refused(self) -> list[Change]:
        return [c for c in self.changes if c.status == "cannot be patched"]


# ---------------------------------------------------------------------------------------- git


class _Git:
    def __init__(self, start: Path) -> None:
        self.root = Path(self.run(["rev-parse", "--show-toplevel"], cwd=start).decode().strip())

    def run(self, args: Sequence[str], cwd: Path | None = None, given: bytes | None = None) -> bytes:
        try:
            done = subprocess.run(
                ["git", "-c", "core.quotepath=off", *args],
                cwd=cwd or self.root,
                input=given,
                capture_output=True,
                check=False,
                env={**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"},
            )
        except FileNotFoundError:
            raise PatchError("git is not installed (mangopy patch reads the repository with it)") from None
        except NotADirectoryError:
            raise PatchError(f"{cwd}: not a directory") from None
        if done.returncode:
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise PatchError(message[-1] if message else f"git {' '.join(args)} failed")
        return done.stdout

    def commit(self, name: str) -> Revision:
        try:
            sha = (
                self.run(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{name}^{{commit}}"])
                .decode()
                .strip()
            )
        except PatchError:
            raise PatchError(f"{name}: no such commit") from None
        title = self.run(["log", "-1", "--format=%h (%s)", sha]).decode("utf-8", "replace").strip()
        return Revision(sha, title)

    def changed(self, base: str, head: str | None, renames: bool = True) -> Iterator[tuple[str, str, str]]:
        """(status letter, old path, new path) of every file that differs."""
        args = ["diff", "--name-status", "-z", "--no-ext-diff", "--no-textconv"]
        args += ["-M"] if renames else ["--no-renames"]
        fields = self.run([*args, base, *([head] if head else []), "--"]).decode("utf-8", "surrogateescape").split("\0")
        i = 0
        while i < len(fields) - 1:
            status = fields[i][:1]
            if status in "RC":
                yield status, fields[i + 1], fields[i + 2]
                i += 3
            else:
                yield status, fields[i + 1], fields[i + 1]
                i += 2

    def contents(self, rev: str, paths: Sequence[str]) -> dict[str, bytes]:
        """The files ``paths`` as they were at ``rev``, read by one ``git cat-file --batch``."""
        batched = [p for p in paths if "\n" not in p]  # the batch protocol is one name a line
        out = {p: self.run(["cat-file", "blob", f"{rev}:{p}"]) for p in paths if "\n" in p}
        if not batched:
            return out
        request = "".join(f"{rev}:{p}\n" for p in batched).encode("utf-8", "surrogateescape")
        data = self.run(["cat-file", "--batch"], given=request)
        at = 0
        for path in batched:  # each answer: `<sha> <type> <size>\n<content>\n`, or `<name> missing\n`
            end = data.index(b"\n", at)
            header = data[at:end].split()
            at = end + 1
            if header[-1] == b"missing":
                raise PatchError(f"{rev}:{path}: not in the repository")
            size = int(header[2])
            out[path] = data[at : at + size]
            at += size + 1
        return out


def _revisions(git: _Git, spec: str | None, worktree: bool) -> tuple[Revision, Revision]:
    if worktree:
        return git.commit(spec or "HEAD"), Revision(None, "working tree")
    if spec is None:
        raise PatchError("give the commits (BASE..HEAD, or one commit), or --worktree")
    if "..." in spec:
        a, b = spec.split("...", 1)
        head = git.commit(b or "HEAD")
        base_sha = git.run(["merge-base", git.commit(a or "HEAD").sha or "", head.sha or ""]).decode().strip()
        return git.commit(base_sha), head
    if ".." in spec:
        a, b = spec.split("..", 1)
        return git.commit(a or "HEAD"), git.commit(b or "HEAD")
    head = git.commit(spec)
    try:
        return git.commit(f"{head.sha}^1"), head  # one commit: its change (a merge: against its first parent)
    except PatchError:
        raise PatchError(f"{spec} has no parent: give BASE..HEAD") from None


# -------------------------------------------------------------------------- one version's view


@dataclass
class _Member:
    path: str
    line: int
    column: int
    tokens: tuple[str, ...]


@dataclass
class _Version:
    """What the changed files define at one revision."""

    methods: dict[str, _Member] = field(default_factory=dict)  # label -> member
    declarations: dict[str, _Member] = field(default_factory=dict)  # `property x of Foo` -> its tokens
    functions: dict[str, _Member] = field(default_factory=dict)  # C functions and globals of the .m files
    sources: dict[str, Source] = field(default_factory=dict)  # relative path -> parsed .m
    seen: set[str] = field(default_factory=set)  # the files whose declarations were read


def _tokens(cursor: Any) -> tuple[str, ...]:
    """What a definition says (comments and layout are not part of it)."""
    comment = _clang().TokenKind.COMMENT
    return tuple(t.spelling for t in cursor.get_tokens() if t.kind != comment)


def _declarations(tu: Any, files: Mapping[str, str]) -> Iterator[tuple[str, str, Any]]:
    """(key, file, cursor) of the ivars, properties and superclasses the files ``files`` (absolute
    path -> relative) declare in ``tu``: what a patch cannot change."""
    k = _clang().CursorKind
    for c in tu.cursor.get_children():
        where = c.location.file
        if where is None or where.name not in files:
            continue
        if _kind(c) not in (
            k.OBJC_INTERFACE_DECL,
            k.OBJC_CATEGORY_DECL,
            k.OBJC_IMPLEMENTATION_DECL,
            k.OBJC_CATEGORY_IMPL_DECL,
        ):
            continue
        name = class_of(c)
        for ch in c.get_children():
            sub = _kind(ch)
            if sub == k.OBJC_IVAR_DECL:
                yield f"ivar {ch.spelling} of {name}", files[where.name], ch
            elif sub == k.OBJC_PROPERTY_DECL:
                yield f"property {ch.spelling} of {name}", files[where.name], ch
            elif sub == k.OBJC_SUPER_CLASS_REF:
                yield f"superclass of {name}", files[where.name], ch


def _functions(tu: Any, main: str) -> Iterator[tuple[str, Any]]:
    k = _clang().CursorKind
    for c in tu.cursor.get_children():
        if c.location.file is None or c.location.file.name != main:
            continue
        kind = _kind(c)
        if kind == k.FUNCTION_DECL and c.is_definition():
            yield f"function {c.spelling}", c
        elif kind == k.VAR_DECL:
            yield f"variable {c.spelling}", c


def _read(
    git: _Git,
    rev: str | None,
    paths: Sequence[str],
    headers: Sequence[str],
    manifests: Sequence[Manifest],
) -> _Version:
    """Parse the changed ``.m`` files ``paths`` (and the changed ``headers`` no file includes) as
    they were at ``rev``."""
    unsaved: dict[str, bytes] = {}
    if rev is not None:  # every source file that differs from the checkout, as it was at `rev`
        differing = [
            path
            for status, _old, path in git.changed(rev, None, renames=False)
            if status != "A" and Path(path).suffix in _READ_BY_CLANG
        ]
        unsaved = {str(git.root / path): data for path, data in git.contents(rev, differing).items()}
    version = _Version()
    wanted = {str(git.root / p): p for p in [*paths, *headers]}

    def parse(path: str) -> Source:
        absolute = git.root / path
        try:
            return read_source(absolute, manifests, project=git.root, unsaved=unsaved)
        except OSError as exc:
            raise PatchError(f"{path}: cannot read: {exc}") from None

    def collect(source: Source) -> None:
        for key, where, cursor in _declarations(source.tu, wanted):
            loc = cursor.location
            version.declarations.setdefault(key, _Member(where, loc.line, loc.column, _tokens(cursor)))
            version.seen.add(where)

    for path in paths:
        source = parse(path)
        version.sources[path] = source
        version.seen.add(path)
        for _name, label, m in implementations(source.tu, source.path):
            loc = m.location
            version.methods.setdefault(label, _Member(path, loc.line, loc.column, _tokens(m)))
        for key, cursor in _functions(source.tu, source.path):
            loc = cursor.location
            version.functions[f"{key} in {path}"] = _Member(path, loc.line, loc.column, _tokens(cursor))
        collect(source)
    for header in headers:
        if header not in version.seen:
            collect(parse(header))
    return version


# ------------------------------------------------------------------------------------ the patch

_DELETED = "deleted since {base}: a patch replaces methods, it cannot remove one (the app keeps the original)"
_STORAGE = {
    "ivar": "MangoFix cannot change the instance variables of a class the app has compiled"
    " (a `@property` declared in the script, stored in an associated object, can hold a new value)",
    "property": "MangoFix cannot change the properties of a class the app has compiled"
    " (one only the patched methods use can be declared in the script: `@property`, stored in an associated object)",
    "superclass": "a patch cannot change a class's superclass",
    "function": "MangoFix replaces Objective-C methods only; a C function compiled into the app stays as it was",
    "variable": "MangoFix replaces Objective-C methods only; a global or static variable of the app stays as it was",
}


def _compare(base: _Version, head: _Version, since: str) -> list[Change]:
    changes: list[Change] = []
    for label, member in head.methods.items():
        before = base.methods.get(label)
        if before is None or before.tokens != member.tokens:
            changes.append(
                Change(member.path, member.line, member.column, label, "added" if before is None else "changed")
            )
    for label, member in base.methods.items():
        if label not in head.methods:
            changes.append(
                Change(member.path, member.line, member.column, label, "cannot be patched", _DELETED.format(base=since))
            )
    for old, new in ((base.declarations, head.declarations), (base.functions, head.functions)):
        for key in sorted(old.keys() | new.keys()):
            a, b = old.get(key), new.get(key)
            if a is not None and b is not None and a.tokens == b.tokens:
                continue
            if b is None and a is not None and a.path not in head.seen:
                continue  # its file was not read at the head (a header no changed file includes)
            what = "added" if a is None else "removed" if b is None else "changed"
            at = b or a
            assert at is not None
            reason = f"{what}{f' since {since}' if b is None else ''}: {_STORAGE[key.split(' ', 1)[0]]}"
            changes.append(Change(at.path, at.line, at.column, key, "cannot be patched", reason))
    return changes


def make_patch(
    start: Path,
    spec: str | None,
    manifests: Sequence[Manifest],
    worktree: bool = False,
    include: Callable[[str], bool] = lambda path: True,
) -> Patch:
    """The patch of the changes ``spec`` names (``BASE..HEAD``, ``BASE...HEAD``, one commit; with
    ``worktree``, the uncommitted changes since ``spec`` or ``HEAD``) in the repository holding
    ``start``; ``include`` chooses among the changed files (relative paths)."""
    git = _Git(start)
    base, head = _revisions(git, spec, worktree)
    sources: dict[str, str] = {}  # path at head -> path at base, for the changed .m files
    deleted: list[str] = []
    headers: dict[str, str] = {}
    for status, old, new in git.changed(base.sha or "", head.sha):
        if not include(new) and not include(old):
            continue
        suffix = Path(new).suffix
        if status == "D":
            if suffix in OBJC_SOURCES:
                deleted.append(old)
        elif suffix in OBJC_SOURCES:
            sources[new] = old if status != "A" else ""
        elif suffix in (".h", ".hh"):
            headers[new] = old if status != "A" else ""
    patch = Patch(base, head, str(git.root))
    if not sources and not deleted and not headers:
        raise PatchError(f"nothing to patch: no Objective-C file changed between {base.title} and {head.title}")
    before = _read(
        git,
        base.sha,
        [old for old in sources.values() if old] + deleted,
        [old for old in headers.values() if old],
        manifests,
    )
    after = _read(git, head.sha, list(sources), list(headers), manifests)
    patch.changes = _compare(before, after, base.title)
    chosen: dict[str, set[str]] = {}
    for change in patch.converted:
        chosen.setdefault(change.path, set()).add(change.label)
    classes: dict[str, tuple[str, list[str]]] = {}
    structs: dict[str, str] = {}
    for path, labels in chosen.items():
        conversion: Conversion = convert_source(
            after.sources[path], manifests, lambda _n, lbl, these=labels: lbl in these
        )
        patch.problems += [(path, p) for p in conversion.problems]
        structs.update(conversion.structs)
        for name, (parent, texts) in conversion.classes.items():
            classes.setdefault(name, (parent, []))[1].extend(texts)
    if classes:
        lines = [f"// mangopy patch: {base.title} .. {head.title}\n"]
        lines += [f"// {c.label} {c.status} ({c.path})\n" for c in patch.converted]
        patch.text = assemble(classes, "patch.mg", "".join(lines) + "\n", list(structs.values()))
    return patch
