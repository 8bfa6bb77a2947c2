"""Type spellings as they go into the manifest.

Spellings are clang's (``NSString *``, ``void (^)(BOOL)``, ``NSArray<NSString *> *``), with
nullability (``nullable``, ``_Nullable``, ``_Nonnull`` ...) and ARC ownership qualifiers
(``__strong``, ``__autoreleasing`` ...) removed: clang adds them implicitly inside
``NS_ASSUME_NONNULL`` regions and under ARC, so keeping them would make the same declaration
spell differently depending on where it is, and the checker ignores them anyway.  When clang
does not know a type (it recovers with ``int`` or ``id``), the spelling is rebuilt from the
source tokens instead (:func:`join_tokens`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

NULLABILITY = frozenset(
    {"_Nullable", "_Nonnull", "_Null_unspecified", "_Nullable_result", "nullable", "nonnull", "null_unspecified",
     "null_resettable", "__nullable", "__nonnull", "__null_unspecified"}
)  # fmt: skip
OWNERSHIP = frozenset({"__strong", "__weak", "__autoreleasing", "__unsafe_unretained", "__block"})
# Words that may precede a declared type in source but are not part of it.
SOURCE_NOISE = frozenset({"IBOutlet", "IBInspectable", "__kindof_unused"})
_DROPPED = NULLABILITY | OWNERSHIP
_WORD = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


def normalize(spelling: str) -> str:
    """A type spelling without nullability / ownership qualifiers, with clang's spacing."""
    text = _WORD.sub(lambda m: " " if m.group(0) in _DROPPED else m.group(0), spelling)
    return tidy(text)


def tidy(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"\s*<\s*", "<", text)
    text = re.sub(r"\s+>", ">", text)
    text = re.sub(r"\s*,\s*", ", ", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    text = re.sub(r"\^\s+", "^", text)
    text = re.sub(r"\)\s+\(", ")(", text)
    while True:
        new = re.sub(r"\*\s+\*", "**", text)
        if new == text:
            break
        text = new
    text = re.sub(r"\*\s+\)", "*)", text)
    text = re.sub(r"(?<=[A-Za-z0-9_$>)\]])\*", " *", text)  # `NSString*` -> `NSString *`
    text = re.sub(r"(?<=[A-Za-z0-9_$>])\(", " (", text)  # `void(^)` -> `void (^)`
    return text.strip()


def join_tokens(tokens: Sequence[str]) -> str:
    """A type spelling from its source tokens (``NSArray < Foo * > *`` -> ``NSArray<Foo *> *``)."""
    words = [t for t in tokens if t not in SOURCE_NOISE]
    return normalize(" ".join(words))


def substitute(spelling: str, replacements: dict[str, str]) -> str:
    """Replace whole words (generic type parameters by their bound)."""
    if not replacements:
        return spelling
    out = _WORD.sub(lambda m: replacements.get(m.group(0), m.group(0)), spelling)
    return tidy(out)


def strip_param_names(spelling: str) -> str:
    """Block / function pointer types written in source keep their parameter names: drop them.

    ``void (^)(NSString *s, BOOL ok)`` -> ``void (^)(NSString *, BOOL)`` (a word right before
    ``,`` or ``)`` that follows another type word or ``*`` is a parameter name).
    """
    return re.sub(r"(?<=[A-Za-z0-9_$*>])\s*\b(?!void\b)[A-Za-z_$][A-Za-z0-9_$]*(?=\s*[,)])", _keep_type, spelling)


def _keep_type(m: re.Match[str]) -> str:
    return m.group(0) if m.group(0).strip() in _C_TYPE_WORDS else ""


_C_TYPE_WORDS = frozenset({"int", "long", "short", "char", "float", "double", "unsigned", "signed", "BOOL", "id"})
