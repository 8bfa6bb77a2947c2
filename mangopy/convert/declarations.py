"""What clang must know of the SDK and the app to type a method body: their members, declared
from the class manifests.

The stub SDK (:mod:`mangopy.export.sdk`) declares every SDK class and protocol without members
(the export reads only the app's headers and skips bodies).  A body calls methods and reads
properties, and clang drops from its tree every expression it cannot type (``-frecovery-ast``
does not cover Objective-C), so before a file is converted its classes get their members in a
header included first: a category per class with the methods and properties the manifests list,
and the protocols' methods (on ``NSObject``, so that a send to any object that conforms is
typed).  Only the members whose names the file mentions are declared: the header stays small
whatever the size of the manifests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from mangopy.semantics.manifest import Manifest

_WORD = re.compile(r"[A-Za-z_$][A-Za-z_$0-9]*")
# what a category cannot spell: a generic parameter of the class, a type the manifest could not
# read (`?`), Swift-only types
_UNSPELLABLE = re.compile(
    r"\?|\b(?:ObjectType|KeyType|ValueType|ResultType|SectionIdentifierType|ItemIdentifierType)\b"
)


# What clang turns Objective-C literals and subscripts into (`@(n)`, `@[...]`, `@{...}`, `a[i]`),
# declared whatever the manifests say (the SDK's own declarations use C arrays a category can
# spell only this way), and GCD's main queue as the function it is to a reader (the stub SDK's
# macro casts a struct's address, which ARC refuses).
PRELUDE = """\
@interface NSNumber (MangopyLiterals)
+ (NSNumber *)numberWithChar:(char)v;
+ (NSNumber *)numberWithShort:(short)v;
+ (NSNumber *)numberWithInt:(int)v;
+ (NSNumber *)numberWithUnsignedInt:(unsigned int)v;
+ (NSNumber *)numberWithLong:(long)v;
+ (NSNumber *)numberWithUnsignedLong:(unsigned long)v;
+ (NSNumber *)numberWithLongLong:(long long)v;
+ (NSNumber *)numberWithUnsignedLongLong:(unsigned long long)v;
+ (NSNumber *)numberWithFloat:(float)v;
+ (NSNumber *)numberWithDouble:(double)v;
+ (NSNumber *)numberWithBool:(BOOL)v;
+ (NSNumber *)numberWithInteger:(NSInteger)v;
+ (NSNumber *)numberWithUnsignedInteger:(NSUInteger)v;
@end
@interface NSArray (MangopyLiterals)
+ (instancetype)arrayWithObjects:(const id _Nonnull [_Nonnull])objects count:(NSUInteger)count;
- (id)objectAtIndexedSubscript:(NSUInteger)index;
@end
@interface NSMutableArray (MangopyLiterals)
- (void)setObject:(id)object atIndexedSubscript:(NSUInteger)index;
@end
@interface NSDictionary (MangopyLiterals)
+ (instancetype)dictionaryWithObjects:(const id _Nonnull [_Nonnull])objects
                              forKeys:(const id _Nonnull [_Nonnull])keys
                                count:(NSUInteger)count;
- (id)objectForKeyedSubscript:(id)key;
@end
@interface NSMutableDictionary (MangopyLiterals)
- (void)setObject:(id)object forKeyedSubscript:(id)key;
@end
@interface NSString (MangopyLiterals)
+ (instancetype)stringWithUTF8String:(const char *)text;
@end
#ifdef dispatch_get_main_queue
#undef dispatch_get_main_queue
extern dispatch_queue_main_t dispatch_get_main_queue(void);
#endif
"""


# The SDK's variadic methods (the manifests do not say which are): declared with their `...`, so
# that clang types a call with all its arguments and the converter can say what MangoFix lacks.
VARIADIC = frozenset(
    {
        "stringWithFormat:", "initWithFormat:", "appendFormat:", "stringByAppendingFormat:",
        "localizedStringWithFormat:", "predicateWithFormat:", "arrayWithObjects:", "initWithObjects:",
        "dictionaryWithObjectsAndKeys:", "initWithObjectsAndKeys:", "setWithObjects:", "orderedSetWithObjects:",
        "raise:format:", "handleFailureInMethod:object:file:lineNumber:description:",
        "initWithTitle:message:delegate:cancelButtonTitle:otherButtonTitles:",
        "initWithTitle:delegate:cancelButtonTitle:destructiveButtonTitle:otherButtonTitles:",
    }
)  # fmt: skip


def mentioned(text: str) -> set[str]:
    """The words of a source text (selector pieces, property and class names among them)."""
    return set(_WORD.findall(text))


def _method(selector: str, returns: str, params: Sequence[str], is_class: bool) -> str | None:
    if _UNSPELLABLE.search(returns) or any(_UNSPELLABLE.search(t) for t in params):
        return None
    sign = "+" if is_class else "-"
    pieces = selector.split(":")[:-1]
    if not pieces:
        return None if params else f"{sign} ({returns}){selector};"
    if len(pieces) != len(params):
        return None
    rest = ", ..." if selector in VARIADIC else ""
    return (
        f"{sign} ({returns})"
        + " ".join(f"{p}:({t})a{i}" for i, (p, t) in enumerate(zip(pieces, params, strict=True)))
        + rest
        + ";"
    )


def _property(name: str, raw: dict[str, object]) -> str | None:
    spelled = str(raw.get("type", "id"))
    if _UNSPELLABLE.search(spelled):
        return None
    listed = raw.get("attributes", ())
    attributes = [a for a in listed if isinstance(a, str)] if isinstance(listed, list | tuple) else []
    shown = f"({', '.join(attributes)}) " if attributes else ""
    space = "" if spelled.endswith("*") else " "
    return f"@property {shown}{spelled}{space}{name};"


def members_header(manifests: Iterable[Manifest], words: set[str], known: set[str], skip: set[str]) -> str:
    """Objective-C declarations of the members of the manifests' classes and protocols whose
    first selector piece (or property name) is in ``words``, for the classes in ``known`` (those
    the SDK and the app's headers declare) but not in ``skip`` (the file's own ``@interface``s
    are the truth for their classes)."""
    out = ["// generated by mangopy convert: the members the file mentions, from the manifests", PRELUDE]
    protocol_methods: dict[str, str] = {}
    done: set[str] = set()
    for manifest in manifests:
        for name, info in manifest.classes.items():
            if name in done or name in skip or name not in known:
                continue
            lines: list[str] = []
            for is_class in (False, True):
                for selector in info.methods(is_class):
                    if selector.split(":", 1)[0] not in words:
                        continue
                    m = info.method(selector, is_class)
                    text = _method(selector, m.returns, m.params, is_class) if m is not None else None
                    if text:
                        lines.append(text)
            properties = info.raw.get("properties", {})
            if isinstance(properties, dict):
                for prop, raw in properties.items():
                    text = _property(prop, raw) if prop in words and isinstance(raw, dict) else None
                    if text:
                        lines.append(text)
            if lines:
                done.add(name)
                out += [f"@interface {name} (MangopyMembers)", *lines, "@end", ""]
        for entry in manifest.protocols.values():
            for key, is_class in (("instance_methods", False), ("class_methods", True)):
                for selector, raw in (entry.get(key) or {}).items():
                    if selector in protocol_methods or selector.split(":", 1)[0] not in words:
                        continue
                    text = _method(selector, raw.get("returns", "id"), tuple(raw.get("params", ())), is_class)
                    if text:
                        protocol_methods[selector] = text
    if protocol_methods:
        out += ["@interface NSObject (MangopyProtocolMembers)", *protocol_methods.values(), "@end", ""]
    return "\n".join(out)
