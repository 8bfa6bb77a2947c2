"""Hover text: manifest facts about the name under the cursor (Markdown).

Only presentation lives here: finding the node (:func:`mangopy.syntax.ast.node_at`), resolving
classes (:class:`mangopy.semantics.model.Model`) and looking methods up
(:class:`mangopy.semantics.manifest.Manifest`) are the library's.
"""

from __future__ import annotations

from dataclasses import dataclass

from mangopy.semantics import builtins
from mangopy.semantics.analyze import Analysis
from mangopy.semantics.manifest import Manifest, Method, Property
from mangopy.semantics.model import Model, method_selector
from mangopy.syntax import ast


@dataclass(frozen=True)
class HoverText:
    markdown: str
    start: int  # character offsets of the hovered name
    end: int


def hover_at(analysis: Analysis, manifest: Manifest, offset: int) -> HoverText | None:
    result = analysis.result
    chain = ast.node_at(result.module, offset)
    if len(chain) < 2:
        return None
    model = analysis.model if analysis.model is not None else Model(result, manifest)
    leaf, parent = chain[-1], chain[-2]
    cls = next((n for n in reversed(chain) if isinstance(n, ast.ClassDef)), None)
    method = next((n for n in reversed(chain) if isinstance(n, ast.MethodDef)), None)

    text: str | None = None
    if isinstance(leaf, ast.Name) and isinstance(parent, ast.SelectorPart) and leaf is parent.name:
        if cls is not None and method is not None:
            text = _method_definition(model, cls, method)
    elif isinstance(leaf, ast.Name) and isinstance(parent, ast.ClassDef):
        if leaf is parent.name:
            text = _class(model, model.class_of(parent).runtime_name, leaf.id)
        elif leaf is parent.superclass:
            text = _class(model, model.class_of(parent).superclass, leaf.id)
    elif isinstance(leaf, ast.Identifier) and leaf.id in builtins.ALL_NAMES and not model.is_class_name(leaf.id):
        text = _builtin(leaf.id)
    elif isinstance(leaf, ast.Identifier) and model.is_class_name(leaf.id):
        text = _class(model, model.canonical(leaf.id), leaf.id)
    elif isinstance(leaf, ast.TypeRef) and leaf.kind == "object" and leaf.name and model.is_class_name(leaf.name):
        text = _class(model, model.canonical(leaf.name), leaf.name)
    elif isinstance(leaf, ast.Name) and isinstance(parent, ast.MessageSend) and leaf in parent.parts:
        text = _send(model, parent.receiver, parent.selector, cls, method)
    elif isinstance(leaf, ast.Name) and isinstance(parent, ast.Member) and leaf is parent.name:
        text = _send(model, parent.object, leaf.id, cls, method)
    if text is None:
        return None
    return HoverText(text, leaf.start, leaf.end)


# ---------------------------------------------------------------------- pieces


def _builtin(name: str) -> str:
    sig = builtins.signature(name)
    if sig is not None:
        return _code(sig) + "\n\nBuilt-in function: the argument count must match exactly."
    return f"`{name}`: built-in constant (section 4.4 of the MangoFix reference)."


def _code(line: str) -> str:
    return f"```objective-c\n{line}\n```"


def method_signature(m: Method) -> str:
    """``- (void)tableView:(UITableView *) numberOfRowsInSection:(NSInteger)`` from a manifest method."""
    sign = "+" if m.is_class_method else "-"
    if not m.params:
        return f"{sign} ({m.returns}){m.selector}"
    pieces = m.selector.split(":")[:-1]
    return f"{sign} ({m.returns})" + " ".join(f"{p}:({t})" for p, t in zip(pieces, m.params, strict=False))


def script_signature(m: ast.MethodDef) -> str:
    sign = "+" if m.is_class_method else "-"
    parts = []
    for p in m.parts:
        if p.type is None:
            parts.append(p.name.id)
        else:
            parts.append(f"{p.name.id}:({p.type.spelling}){p.param.id if p.param else ''}")
    return f"{sign} ({m.return_type.spelling})" + " ".join(parts)


def _where(manifest: Manifest, m: Method) -> str:
    if m.source is not None:
        file, line = m.source
        return f"declared in `{file}:{line}`" if line else f"declared in `{file}`"
    info = manifest.get(m.owner)
    return f"from the manifest `{info.manifest_path}`" if info is not None else "from the manifest"


def _native(model: Model, class_name: str, selector: str, class_method: bool) -> Method | None:
    return model.manifest.find_method(class_name, selector, class_method) or model.manifest.find_protocol_method(
        class_name, selector, class_method
    )


def _method_definition(model: Model, cls: ast.ClassDef, m: ast.MethodDef) -> str:
    sc = model.class_of(cls)
    selector = method_selector(m)
    if sc.info is None:
        return (
            _code(script_signature(m))
            + f"\n\n`{sc.runtime_name}` is not in the manifest: the script defines the class and `{selector}`."
        )
    native = _native(model, sc.info.name, selector, m.is_class_method)
    if native is None:
        return (
            _code(script_signature(m))
            + f"\n\nNew method: `{sc.info.name}` has no `{selector}` in the manifest; the script adds it."
        )
    verb = "Replaces" if native.owner == sc.info.name else "Overrides"
    return (
        _code(method_signature(native))
        + f"\n\n{verb} `{native.owner}`'s original `{native.selector}`, {_where(model.manifest, native)}."
    )


def _class_chain(model: Model, runtime: str) -> tuple[list[str], str | None]:
    """Class names from ``runtime`` up to the root, and where the first manifest class is declared."""
    names: list[str] = []
    declared: str | None = None
    seen: set[str] = set()
    current: str | None = model.canonical(runtime)
    while current is not None and current not in seen:
        seen.add(current)
        info = model.manifest_class(current)
        if info is not None:
            chain = model.manifest.ancestors(info.name)
            names.extend(i.name for i in chain)
            if chain and not chain[-1].superclass_known:
                names.append("…")
            source = info.source
            declared = f"`{source[0]}:{source[1]}`" if source else f"the manifest `{info.manifest_path}`"
            break
        defs = model.script_classes(current)
        if not defs:
            names.append(f"{current} (not in the manifest)")
            break
        names.append(f"{current} (script)")
        current = model.canonical(defs[0].superclass)
    return names, declared


def _class(model: Model, runtime: str, written: str) -> str:
    names, declared = _class_chain(model, runtime)
    title = f"class {runtime}" if runtime == written else f"class {written} ({runtime})"
    out = _code(title) + "\n\n" + " → ".join(f"`{n}`" for n in names)
    if declared:
        out += f"\n\nDeclared in {declared}."
    return out


def _receiver_class(
    model: Model, receiver: ast.Node, cls: ast.ClassDef | None, method: ast.MethodDef | None
) -> tuple[str, bool] | None:
    """The class a receiver's messages go to and whether they are class methods, when known."""
    if isinstance(receiver, (ast.SelfExpr, ast.SuperExpr)) and cls is not None:
        sc = model.class_of(cls)
        name = sc.runtime_name if isinstance(receiver, ast.SelfExpr) else sc.superclass
        return name, bool(method is not None and method.is_class_method)
    if isinstance(receiver, ast.Identifier) and model.is_class_name(receiver.id):
        return model.canonical(receiver.id), True
    return None


def _script_method(model: Model, runtime: str, selector: str, class_method: bool) -> ast.MethodDef | None:
    for sc in model.script_classes(runtime):
        for member in sc.node.members:
            if (
                isinstance(member, ast.MethodDef)
                and member.is_class_method == class_method
                and method_selector(member) == selector
            ):
                return member
    return None


def _property_line(p: Property) -> str:
    attributes = f"({', '.join(p.attributes)}) " if p.attributes else ""
    space = "" if p.type.endswith("*") else " "
    return f"@property {attributes}{p.type}{space}{p.name}"


def _send(
    model: Model,
    receiver: ast.Node,
    selector: str,
    cls: ast.ClassDef | None,
    method: ast.MethodDef | None,
) -> str:
    head = f"Selector `{selector}`"
    target = _receiver_class(model, receiver, cls, method)
    if target is None:
        return head
    runtime, class_method = target
    info = model.manifest_class(runtime)
    defined = _script_method(model, runtime, selector, class_method)
    if defined is not None:
        line = model.result.index.position(defined.start).line
        return _code(script_signature(defined)) + f"\n\n{head} of `{runtime}`, defined by this script (line {line})."
    if info is not None:
        native = _native(model, info.name, selector, class_method)
        if native is not None:
            where = _where(model.manifest, native)
            return _code(method_signature(native)) + f"\n\n{head} of `{native.owner}`, {where}."
        if not class_method:
            prop = model.manifest.property_for_accessor(info.name, selector)
            if prop is not None:
                return _code(_property_line(prop)) + f"\n\n{head}: an accessor of `{prop.owner}`.`{prop.name}`."
    return f"{head} sent to `{runtime}`" + (" (class)" if class_method else "") + "."
