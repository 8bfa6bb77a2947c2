"""Rules about definitions: classes against the manifest, methods (replaced or added),
properties, struct declarations and Swift aliases (MF101-MF118 except sends, MF150-MF157)."""

from __future__ import annotations

import re
from collections.abc import Collection

from mangopy.diagnostics import Fix, Severity
from mangopy.semantics import types
from mangopy.semantics.fuzzy import NameIndex, did_you_mean
from mangopy.semantics.manifest import ClassInfo, Method, baseline, is_sdk, sdk_selectors
from mangopy.semantics.model import Model, ScriptClass, annotation_text, method_selector, selector_fix
from mangopy.syntax import ast

_MEMORY = {"weak", "strong", "copy", "assign"}
_ATOMICITY = {"atomic", "nonatomic"}


def check(model: Model, only: Collection[int] | None = None) -> None:
    """Check the script's definitions (``only``: the ids of the top-level ones and methods to
    check; a class's id stands for the class without its methods)."""
    for sc in model.classes.values():
        whole = only is None or id(sc.node) in only  # the class itself (its methods apart)
        if whole:
            model.enter(sc.node)
            _check_class(model, sc)
            _check_alias_order(model, sc.node)
        for member in sc.node.members:
            if isinstance(member, ast.MethodDef):
                if only is None or id(member) in only:
                    model.enter(member)
                    _check_method(model, sc, member)
            elif isinstance(member, ast.PropertyDef) and whole:
                model.enter(sc.node)
                _check_property(model, sc, member)
    for d in model.module.definitions:
        if isinstance(d, ast.StructDecl) and (only is None or id(d) in only):
            model.enter(d)
            _check_struct_decl(model, d)


# ---------------------------------------------------------------------- classes


def _check_class(model: Model, sc: ScriptClass) -> None:
    cls = sc.node
    info = sc.info
    manifest = model.manifest
    if info is not None:
        if info.superclass_known and info.superclass is not None and not _same_class(sc.superclass, info.superclass):
            real = info.superclass.rpartition(".")[2]  # a Swift superclass is written without its module
            model.add(
                "MF101",
                cls.superclass,
                f"`{cls.name.id}` is a subclass of `{info.superclass}` in the app, not of `{cls.superclass.id}`: "
                "MangoFix keeps the real superclass (super calls go there)",
                hint=f"write `class {cls.name.id} : {real}`",
                related=model.manifest_note(info),
                fix=Fix(
                    f"Change the superclass to `{real}`",
                    ((cls.superclass.start, cls.superclass.end, real),),
                    safe=True,  # MangoFix keeps the real superclass anyway
                ),
            )
        module = annotation_text(cls.annotations, "@SwiftModule")
        if info.swift_module and sc.runtime_name == cls.name.id and info.name == cls.name.id:
            model.add(
                "MF105",
                cls.name,
                f"`{cls.name.id}` is a Swift class of module `{info.swift_module}`: at run time it is "
                f"`{info.swift_module}.{cls.name.id}`, so this definition creates a new, unused class",
                hint=f'add @SwiftModule("{info.swift_module}") before `class`, or declare an @SwiftClassAlias',
                related=model.manifest_note(info),
            )
        elif (
            module
            and info.swift_module
            and module != info.swift_module
            and not module.startswith(info.swift_module + ".")  # nested types: `Shop.Checkout`
        ):
            model.add(
                "MF105",
                cls.name,
                f"`{cls.name.id}` belongs to Swift module `{info.swift_module}`, not `{module}`",
                hint=f'write @SwiftModule("{info.swift_module}")',
                related=model.manifest_note(info),
            )
    else:
        _check_new_class(model, sc)
    for proto in cls.protocols:
        if proto.id in manifest.protocols or proto.id in manifest.classes:
            continue
        near = manifest.protocol_index().typos(proto.id)
        if near:  # otherwise a protocol the manifest lacks: the list has no effect at run time anyway
            model.add(
                "MF104",
                proto,
                f"protocol `{proto.id}` is not in the manifest, but `{near[0]}` is: probably a typo",
                hint=did_you_mean(near),
                fix=Fix(f"Change to `{near[0]}`", ((proto.start, proto.end, near[0]),)),
            )


def _check_new_class(model: Model, sc: ScriptClass) -> None:
    """A class the manifest does not list: a misspelt app class, or a new class (with a findable superclass)."""
    cls = sc.node
    manifest = model.manifest
    near = [c for c in manifest.class_index().typos(cls.name.id) if not model.script_classes(c)]
    if near:
        model.add(
            "MF106",
            cls.name,
            f"`{cls.name.id}` is not in the manifest, but `{near[0]}` is: if you meant to patch `{near[0]}`, "
            f"this creates a new class `{cls.name.id}` instead and the fix never runs",
            hint=did_you_mean(near),
            related=model.manifest_note(manifest.classes[near[0]]),
            fix=Fix(f"Change the class name to `{near[0]}`", ((cls.name.start, cls.name.end, near[0]),)),
        )
    else:
        model.add(
            "MF103",
            cls.name,
            f"`{cls.name.id}` is not in the manifest: unless the app has it, the script creates it",
            hint=did_you_mean(manifest.class_index().similar(cls.name.id))
            or "if you meant to patch an existing class, check its name and the manifest",
        )
    super_known = model.manifest_class(sc.superclass, cls.superclass.id) is not None or bool(
        model.script_classes(sc.superclass) or model.script_classes(cls.superclass.id)
    )
    if super_known:
        return
    written = cls.superclass.id
    script = NameIndex(model.script_class_names() - {cls.name.id, sc.runtime_name})
    near = script.typos(written) + manifest.class_index().typos(written)
    if near:
        model.add(
            "MF102",
            cls.superclass,
            f"superclass `{written}` of `{cls.name.id}` is in neither the manifest nor this script, but "
            f'`{near[0]}` is: if the app has no class `{written}`, loading fails with "not found super class"',
            hint=did_you_mean(near[:3]),
            fix=Fix(f"Change the superclass to `{near[0]}`", ((cls.superclass.start, cls.superclass.end, near[0]),)),
        )
    else:
        model.add(
            "MF107",
            cls.superclass,
            f"superclass `{written}` of `{cls.name.id}` is not in the manifest, so it cannot be checked: "
            'if the app has no such class, loading fails with "not found super class"',
            hint="add the module that declares it to the manifest export",
        )


def _same_class(written: str, actual: str) -> bool:
    if written == actual:
        return True
    return written.rpartition(".")[2] == actual.rpartition(".")[2] and ("." not in written or "." not in actual)


# ---------------------------------------------------------------------- methods


def native_categories(method: Method, structs: set[str], trust_names: bool = True) -> tuple[str, list[str]]:
    """The categories of a method's return and parameter types: from its encoding when it has one.

    Without an encoding, the spellings decide; a bare type name mangopy does not know (``MyOptions``,
    taken for an enum) is a guess, used only when ``trust_names`` (the SDK baseline's spellings are
    SDK enums); otherwise it stays unknown: an exporter leaves the encoding out when it could not
    resolve a type, and a guess would turn that into a false mismatch.
    """
    if method.encoding:
        parts = types.split_method_encoding(method.encoding)
        if parts is not None and len(parts) == len(method.params) + 1:
            spellings = [method.returns, *method.params]
            cats = [_encoded_category(p, spelling, structs) for p, spelling in zip(parts, spellings, strict=True)]
            return cats[0], cats[1:]
    cats = [types.objc_category(spelling, structs) for spelling in (method.returns, *method.params)]
    if not trust_names:
        cats = [types.UNKNOWN if c == types.INTEGER_ISH else c for c in cats]
    return cats[0], cats[1:]


def _encoded_category(encoding: str, spelling: str, structs: set[str]) -> str:
    """The category of one encoded type; a ``c`` declared ``BOOL`` is a BOOL (its encoding on Intel
    simulators and 32-bit devices, where BOOL is a signed char)."""
    category = types.encoding_category(encoding)
    if encoding.lstrip("rnNoORV")[:1] == "c" and types.objc_category(spelling, structs) == types.BOOL:
        return types.BOOL
    return category


def _check_method(model: Model, sc: ScriptClass, m: ast.MethodDef) -> None:
    selector = method_selector(m)
    params = [p for p in m.parts if p.param is not None]
    override = next((a for a in m.annotations if a.name in ("@MethodName", "@Selector")), None)
    if override is not None and selector.count(":") != len(params):
        model.add(
            "MF118",
            override,
            f"{override.name} names `{selector}` ({selector.count(':')} colons) but the method has "
            f"{len(params)} parameter{'s' if len(params) != 1 else ''}: every call will fail",
            hint="one colon per parameter",
        )
    info = sc.info
    native = protocol = None
    if info is not None:
        native = model.manifest.find_method(info.name, selector, m.is_class_method)
        if native is None:
            protocol = model.manifest.find_protocol_method(info.name, selector, m.is_class_method)
    if native is not None:
        _compare_signature(model, m, native, replacement=True)
        return
    if info is not None and _is_accessor(model, info, selector, m.is_class_method):
        return
    if protocol is not None:
        _compare_signature(model, m, protocol, replacement=False)
    elif info is not None and _check_new_method(model, info, m, selector) is not False:
        return  # it exists, or may exist natively: then the native types apply, not the script's
    _check_untyped_signature(model, m, sc)


def _check_new_method(model: Model, info: ClassInfo, m: ast.MethodDef, selector: str) -> bool | None:
    """A method the manifest does not give ``info``: new (MF113), on the wrong side (MF112), or unknown.

    Returns whether the class has the method (:meth:`Manifest.responds`).
    """
    manifest = model.manifest
    kind = "+" if m.is_class_method else "-"
    side = "class" if m.is_class_method else "instance"
    exists = manifest.responds(info.name, selector, m.is_class_method)
    if exists:
        return True  # e.g. a root class's instance method, which class objects respond to
    named_by_annotation = selector != m.selector  # @MethodName / @Selector: not the pieces
    where = (m.parts[0].start, m.parts[-1].end)
    other = manifest.find_method(info.name, selector, not m.is_class_method)
    if other is not None:
        other_kind = "+" if other.is_class_method else "-"
        model.add(
            "MF112",
            (m.start, m.parts[0].start),
            f"`{other_kind}{selector}` is a {'class' if other.is_class_method else 'instance'} method of "
            f"`{other.owner}`, but this defines `{kind}{selector}`"
            + (
                ": the app's method is not replaced"
                if exists is False
                else f", which the manifest does not list ({manifest.gap(info.name)}): probably the wrong marker"
            ),
            hint=f"write `{other_kind} (...)` instead of `{kind} (...)`",
            severity=None if exists is False else Severity.WARNING,
        )
        return exists
    if exists is None:
        near = model.typos(selector, info.name, m.is_class_method)
        if near:
            model.add(
                "MF113",
                where,
                f"`{selector}` is declared nowhere in the manifest, but `{info.name}` has `{near[0]}`: a misspelt "
                "selector adds a new method instead of replacing one",
                hint=did_you_mean(near),
                fix=None if named_by_annotation else selector_fix([p.name for p in m.parts], m.selector, near[0]),
            )
        else:
            model.add(
                "MF107",
                where,
                f"{manifest.gap(info.name)}, so whether `{info.name}` has a {side} method `{selector}` "
                "cannot be checked: if it has none, this adds a new method",
            )
        return None
    if selector in sdk_selectors():
        return False  # an extra guard: the SDK declares it on some class, which may not be listed fully
    close = manifest.selector_index(info.name, m.is_class_method).similar(selector)
    fix = selector_fix([p.name for p in m.parts], m.selector, close[0]) if close else None
    model.add(
        "MF113",
        where,
        f"`{info.name}` has no {side} method `{selector}`: this adds a new method instead of replacing one",
        hint=did_you_mean(close) or "if this is meant as a new method, ignore this warning",
        fix=None if named_by_annotation else fix,
    )
    return False


def _is_accessor(model: Model, info: ClassInfo, selector: str, class_method: bool) -> bool:
    if class_method:
        return False
    return model.manifest.property_for_accessor(info.name, selector) is not None


def _compare_signature(model: Model, m: ast.MethodDef, native: Method, replacement: bool) -> None:
    ret, params = native_categories(native, set(model.structs), _from_sdk(model, native))
    where = f"`{native.owner}`" if replacement else f"protocol `{native.owner}`"
    script_params = [p for p in m.parts if p.type is not None]
    for part, cat, spelling in zip(script_params, params, native.params, strict=False):
        assert part.type is not None
        mine = types.script_category(part.type)
        if not types.compatible(cat, mine):
            model.add(
                "MF110",
                part.type,
                f"parameter `{part.param.id if part.param else '?'}` of `{native.selector}` is `{spelling}` "
                f"({types.describe(cat)}) in {where}, but declared `{part.type.spelling}` here"
                + ("" if replacement else ": the added method would be called with the wrong types"),
                hint=f"declare it `({types.suggested_keyword(cat)})`",
                fix=_type_fix(part.type, cat),
            )
    mine_ret = types.script_category(m.return_type)
    if not types.compatible(ret, mine_ret):
        code = "MF111" if replacement else "MF110"
        model.add(
            code,
            m.return_type,
            f"`{native.selector}` returns `{native.returns}` ({types.describe(ret)}) in {where}, "
            f"but `{m.return_type.spelling}` here",
            hint=f"declare the return type `({types.suggested_keyword(ret)})`",
            fix=_type_fix(m.return_type, ret),
        )


def _from_sdk(model: Model, method: Method) -> bool:
    """Does the method's declaration come from the SDK baseline?"""
    info = model.manifest.get(method.owner)
    if info is not None:
        return is_sdk(info)
    sdk = baseline().protocols.get(method.owner)
    return sdk is not None and model.manifest.protocols.get(method.owner) == sdk


def _type_fix(t: ast.TypeRef, category: str) -> Fix:
    keyword = types.suggested_keyword(category)
    return Fix(f"Declare it `({keyword})`", ((t.start, t.end, keyword),))


def _check_untyped_signature(model: Model, m: ast.MethodDef, sc: ScriptClass) -> None:
    for t in [m.return_type, *(p.type for p in m.parts if p.type is not None)]:
        if t.resolved == "untyped":
            model.add(
                "MF114",
                t,
                f"`{t.spelling}` has no type encoding: the manifest gives `{sc.node.name.id}` no method "
                f"`{method_selector(m)}`, so the script adds it, and installing it crashes",
                hint=_untyped_hint(t),
            )


def _untyped_hint(t: ast.TypeRef) -> str:
    from mangopy.syntax.compile import _unknown_type_advice

    return _unknown_type_advice(str(t.name))


# ---------------------------------------------------------------------- properties


def _check_property(model: Model, sc: ScriptClass, p: ast.PropertyDef) -> None:
    names = [mod.id for mod in p.modifiers]
    memory = [n for n in names if n in _MEMORY]
    atomic = [n for n in names if n in _ATOMICITY]
    if len(set(memory)) > 1 or len(set(atomic)) > 1:
        clash = memory if len(set(memory)) > 1 else atomic
        model.add(
            "MF157",
            (p.modifiers[0].start, p.modifiers[-1].end),
            f"conflicting property modifiers {', '.join(f'`{c}`' for c in clash)}: MangoFix combines them "
            "bitwise (`weak, copy` becomes `assign`)",
            hint="keep one memory modifier and one atomicity modifier",
        )
    if p.type.resolved == "untyped":
        model.add(
            "MF114",
            p.type,
            f"property type `{p.type.spelling}` has no type encoding: installing the property crashes",
            hint=_untyped_hint(p.type),
        )
    if sc.info is None:
        return
    native = model.manifest.find_property(sc.info.name, p.name.id)
    if native is None:
        return
    native_cat = types.objc_category(native.type, set(model.structs))
    mine = types.script_category(p.type)
    related = model.manifest_note(sc.info, f"`{native.owner}` declares `{native.name}` as `{native.type}`")
    if not types.compatible(native_cat, mine):
        model.add(
            "MF156",
            p.type,
            f"`{p.name.id}` is `{native.type}` in `{native.owner}`, but redeclared as `{p.type.spelling}`",
            hint="use another property name, or the native type",
            related=related,
        )
    else:
        model.add(
            "MF155",
            p.name,
            f"`{native.owner}` already has a property `{p.name.id}`: redeclaring it replaces the app's accessors "
            "and disconnects its backing variable",
            hint="use the existing property (self." + p.name.id + "), or give yours another name",
            related=related,
        )


# ---------------------------------------------------------------------- structs and aliases

_FIELD_CODES = set("cislqCISLQfdB*")


def _struct_fields(encoding: str) -> tuple[str, list[str]] | None:
    """``{Tag=fields}`` -> (tag, top-level fields); None if malformed or unsupported."""
    m = re.fullmatch(r"\{([A-Za-z_$][A-Za-z0-9_$]*)=(.*)\}", encoding)
    if m is None:
        return None
    tag, body = m.group(1), m.group(2)
    fields: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "{":
            depth, j = 0, i
            while j < len(body):
                depth += {"{": 1, "}": -1}.get(body[j], 0)
                if depth == 0:
                    break
                j += 1
            if depth != 0 or _struct_fields(body[i : j + 1]) is None:
                return None
            fields.append(body[i : j + 1])
            i = j + 1
        elif ch in _FIELD_CODES:
            fields.append(ch)
            i += 1
        else:
            return None
    return tag, fields


def _check_struct_decl(model: Model, d: ast.StructDecl) -> None:
    encoding = d.encoding.value
    parsed = _struct_fields(encoding)
    if parsed is None or not parsed[1]:
        model.add(
            "MF151",
            d.encoding,
            f"`{encoding}` is not a struct encoding MangoFix can use",
            hint="write `{Tag=fields}` with fields among c i s l q C I S L Q f d B * and nested {...}",
        )
        return
    tag, fields = parsed
    if len(fields) != len(d.keys):
        model.add(
            "MF150",
            (d.keys[0].start, d.keys[-1].end),
            f"struct `{d.name.id}` lists {len(d.keys)} key{'s' if len(d.keys) != 1 else ''} but its encoding "
            f"has {len(fields)} field{'s' if len(fields) != 1 else ''}",
            hint="one key per top-level field, in order",
        )
    if tag != d.name.id:
        model.add(
            "MF152",
            d.encoding,
            f"the encoding's tag `{tag}` differs from the struct's name `{d.name.id}`",
            hint=f"name the struct `{tag}`: native values are recognised by their tag",
        )


def check_struct_use(model: Model, n: ast.TypeRef) -> None:
    """`struct X` must be built in or declared (called by the scope visitor, which sees every type)."""
    if n.kind == "struct" and n.name and not model.struct_known(n.name):
        model.add(
            "MF153",
            n,
            f"`struct {n.name}` is not declared (built-in structs: CGPoint, CGSize, CGRect, CGVector, "
            "CGAffineTransform, NSRange, UIOffset, UIEdgeInsets, CATransform3D)",
            hint=f'add `declare struct {n.name} {{ typeEncoding: "{{{n.name}=...}}", keys: ... }}`',
        )


def _check_alias_order(model: Model, cls: ast.ClassDef) -> None:
    for name in (cls.name, cls.superclass):
        alias = model.aliases.get(name.id)
        if alias is not None and alias.start > cls.start:
            model.add(
                "MF154",
                name,
                f"`{name.id}` is declared as an alias of `{alias.swift_name}` only further down: "
                "this class header does not see it",
                hint="move the @SwiftClassAlias line above the class",
            )
