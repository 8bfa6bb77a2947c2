"""Token names, keywords and the words used for them in messages.

Token names are upstream's (``mango.y``), including its misspelling ``INTETER_LITERAL``, so the
grammar can be compared with upstream rule by rule.
"""

from __future__ import annotations

KEYWORDS: dict[str, str] = {
    "class": "CLASS",
    "struct": "STRUCT",
    "declare": "DECLARE",
    "typedef": "TYPEDEF",
    "extern": "EXTERN",
    "static": "STATIC",
    "__weak": "__WEAK",
    "__strong": "__STRONG",
    "if": "IF",
    "else": "ELSE",
    "switch": "SWITCH",
    "case": "CASE",
    "default": "DEFAULT",
    "for": "FOR",
    "in": "IN",
    "while": "WHILE",
    "do": "DO",
    "break": "BREAK",
    "continue": "CONTINUE",
    "return": "RETURN",
    "weak": "WEAK",
    "strong": "STRONG",
    "copy": "COPY",
    "assign": "ASSIGN_MEM",
    "nonatomic": "NONATOMIC",
    "atomic": "ATOMIC",
    "void": "VOID",
    "BOOL": "BOOL_",
    "int": "INT",
    "uint": "U_INT",
    "double": "DOUBLE",
    "char": "CHAR",
    "CString": "C_STRING",
    "id": "ID",
    "Class": "CLASS_",
    "SEL": "SEL_",
    "Block": "BLOCK",
    "Pointer": "POINTER",
    "CFunction": "C_FUNCTION",
    "self": "SELF",
    "super": "SUPER",
    "nil": "NIL",
    "NULL": "NULL_",
    "YES": "YES_",
    "NO": "NO_",
}

AT_KEYWORDS: dict[str, str] = {
    "@property": "PROPERTY",
    "@selector": "SELECTOR",
    "@SwiftClassAlias": "SWIFT_CLASS_ALIAS",
}

# Punctuation and operators: token name -> spelling.
OPERATORS: dict[str, str] = {
    "COLON": ":",
    "POWER": "^",
    "COMMA": ",",
    "SEMICOLON": ";",
    "LP": "(",
    "RP": ")",
    "LB": "[",
    "RB": "]",
    "LC": "{",
    "RC": "}",
    "QUESTION": "?",
    "DOT": ".",
    "ADDRESS": "&",
    "AT": "@",
    "AND": "&&",
    "OR": "||",
    "NOT": "!",
    "EQ": "==",
    "NE": "!=",
    "LT": "<",
    "LE": "<=",
    "GT": ">",
    "GE": ">=",
    "ADD": "+",
    "SUB": "-",
    "ASTERISK": "*",
    "DIV": "/",
    "MOD": "%",
    "INCREMENT": "++",
    "DECREMENT": "--",
    "ASSIGN": "=",
    "ADD_ASSIGN": "+=",
    "SUB_ASSIGN": "-=",
    "ASTERISK_ASSIGN": "*=",
    "DIV_ASSIGN": "/=",
    "MOD_ASSIGN": "%=",
}

VALUE_TOKENS = (
    "IDENTIFIER",
    "INTETER_LITERAL",
    "DOUBLE_LITERAL",
    "STRING_LITERAL",
    "ANNOTATION",
)

#: Emitted by the lexer for an illegal character; no grammar rule uses it, so the parser
#: always stops there (the lexer has already reported the character).
ILLEGAL = "ILLEGAL"

TOKENS: tuple[str, ...] = tuple(
    dict.fromkeys([*VALUE_TOKENS, *KEYWORDS.values(), *AT_KEYWORDS.values(), *OPERATORS, ILLEGAL])
)

SPELLINGS: dict[str, str] = {
    **{tok: word for word, tok in KEYWORDS.items()},
    **{tok: word for word, tok in AT_KEYWORDS.items()},
    **OPERATORS,
}

_DESCRIPTIONS: dict[str, str] = {
    "IDENTIFIER": "a name",
    "INTETER_LITERAL": "an integer",
    "DOUBLE_LITERAL": "a number",
    "STRING_LITERAL": 'a string "..."',
    "ANNOTATION": "an annotation such as @If(...)",
    "$end": "end of input",
    ILLEGAL: "an illegal character",
}

# Member-ok keywords (grammar symbol key_work_identifier).
MEMBER_KEYWORDS = frozenset({"ID", "CLASS", "CLASS_", "COPY", "BOOL_", "INT", "U_INT", "DOUBLE", "SEL_", "VOID"})


def describe(token_type: str) -> str:
    """How a token kind is named in a message meant for a script author."""
    if token_type in _DESCRIPTIONS:
        return _DESCRIPTIONS[token_type]
    spelling = SPELLINGS.get(token_type)
    if spelling is not None:
        return f"`{spelling}`"
    return token_type.lower()
