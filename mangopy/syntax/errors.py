"""Codes of the diagnostics produced by the syntax layer (lexer, parser, compile-time checks).

``MF0xx`` codes belong to the front end: a script with one of the *error* codes is rejected by
upstream MangoFix while it is being loaded (nothing of it runs).  The warnings flag scripts that
upstream accepts silently although they do not do what they say.
"""

from __future__ import annotations

from dataclasses import dataclass

from mangopy.diagnostics import Severity


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    name: str
    severity: Severity
    summary: str


ILLEGAL_CHARACTER = Code("MF001", "illegal-character", Severity.ERROR, "A character that MangoFix's lexer rejects.")
UNTERMINATED_COMMENT = Code("MF002", "unterminated-comment", Severity.ERROR, "A `/*` comment that is never closed.")
SYNTAX_ERROR = Code("MF003", "syntax-error", Severity.ERROR, "A token the grammar does not allow here.")
UNEXPECTED_EOF = Code(
    "MF004", "unexpected-end-of-input", Severity.ERROR, "The script ends in the middle of a construct."
)
ARGUMENT_COUNT = Code(
    "MF005",
    "selector-argument-count",
    Severity.ERROR,
    "A message send whose argument count differs from the number of colons in its selector.",
)
UNTERMINATED_STRING = Code(
    "MF010",
    "unterminated-string",
    Severity.WARNING,
    "A string literal still open at end of file: MangoFix silently drops it and the rest of the file.",
)
NEWLINE_IN_STRING = Code(
    "MF011",
    "newline-in-string",
    Severity.WARNING,
    "A raw line break inside a string literal: MangoFix drops it from the value.",
)
FOR_WITHOUT_CONDITION = Code(
    "MF012",
    "for-without-condition",
    Severity.WARNING,
    "`for (...; ; ...)` without a condition never runs its body at run time.",
)
UNKNOWN_TYPE = Code(
    "MF013",
    "unknown-type-name",
    Severity.WARNING,
    "A type name that is neither a keyword nor a typedef: MangoFix treats it as untyped.",
)
UNKNOWN_ANNOTATION = Code(
    "MF014",
    "unknown-annotation",
    Severity.WARNING,
    "An annotation name MangoFix does not know: it is silently ignored.",
)
SWALLOWED_ESCAPE = Code(
    "MF015",
    "swallowed-escape",
    Severity.WARNING,
    "A backslash right after some multi-byte characters loses its escape meaning in MangoFix.",
)
STRUCT_FIELDS = Code(
    "MF020",
    "struct-declaration-fields",
    Severity.ERROR,
    "A `declare struct` whose entries are not named `typeEncoding` and `keys`.",
)
TYPEDEF_UNKNOWN = Code(
    "MF021", "typedef-unknown-type", Severity.ERROR, "`typedef OLD NEW` where OLD is not a known type at that point."
)
CFUNCTION_TYPE = Code(
    "MF022", "unsupported-cfunction-type", Severity.ERROR, "A `CFunction<...>` element name MangoFix cannot translate."
)
CFUNCTION_STRUCT = Code(
    "MF023",
    "cfunction-struct-undeclared",
    Severity.ERROR,
    "`CFunction<... struct X ...>` where X is not a built-in struct when the script is parsed.",
)

ALL_CODES: tuple[Code, ...] = (
    ILLEGAL_CHARACTER,
    UNTERMINATED_COMMENT,
    SYNTAX_ERROR,
    UNEXPECTED_EOF,
    ARGUMENT_COUNT,
    UNTERMINATED_STRING,
    NEWLINE_IN_STRING,
    FOR_WITHOUT_CONDITION,
    UNKNOWN_TYPE,
    UNKNOWN_ANNOTATION,
    SWALLOWED_ESCAPE,
    STRUCT_FIELDS,
    TYPEDEF_UNKNOWN,
    CFUNCTION_TYPE,
    CFUNCTION_STRUCT,
)

#: Codes whose presence means upstream rejects the script while loading it.
LEXICAL_CODES = frozenset({ILLEGAL_CHARACTER.code, UNTERMINATED_COMMENT.code})
#: Lexical findings after which the rest of the text is lexed differently (to its end).
RUNAWAY_CODES = frozenset({UNTERMINATED_COMMENT.code, UNTERMINATED_STRING.code})
SYNTAX_CODES = frozenset({SYNTAX_ERROR.code, UNEXPECTED_EOF.code})
#: What the lexer and the parser report (the rest comes from the compile-time checks).
FRONT_CODES = frozenset(
    {
        ILLEGAL_CHARACTER.code,
        UNTERMINATED_COMMENT.code,
        UNTERMINATED_STRING.code,
        NEWLINE_IN_STRING.code,
        SWALLOWED_ESCAPE.code,
        *SYNTAX_CODES,
    }
)
COMPILE_CODES = frozenset({STRUCT_FIELDS.code, TYPEDEF_UNKNOWN.code, CFUNCTION_TYPE.code, CFUNCTION_STRUCT.code})
