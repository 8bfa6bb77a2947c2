"""The MangoFix grammar (upstream ``mango.y``, 1.5.5) with the actions that build the AST.

Productions follow upstream's, in upstream's order and with upstream's nonterminal names, except
in two places where upstream's formulation is ambiguous; both rewrites accept exactly the same
language (tests compare against upstream's grammar as written in the language reference):

* annotation lists are "zero or more annotations" instead of lists of possibly-empty
  annotations (removes upstream's 33 shift/reduce conflicts);
* a member access is ``primary DOT selector_1`` and a one-piece message send has its own
  productions, which turns upstream's 4 reduce/reduce conflicts into 2 shift/reduce conflicts
  resolved the same way (``p.name(`` is a send, ``p.name :`` starts a selector).

What remains are 4 shift/reduce conflicts, all resolved as yacc resolves them (shift), which is
upstream's behaviour: the two above and the two that make ``Name * other`` at the start of a
statement a declaration.  No precedence table is used: the expression grammar is stratified.

An action receives the values of the right-hand side symbols (tokens are ``Token`` objects)
and the start/end offsets of the whole phrase.  A production registered without an action
passes its single value through unchanged (the parser does not even call a function for it).

After the language's productions come the error-recovery productions (using PLY's ``error``
symbol).  They only come into play after a syntax error has been reported, add no conflicts and
do not change which scripts are accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mangopy.syntax import ast

Action = Callable[[list[Any], int, int], Any]


@dataclass(frozen=True, slots=True)
class Production:
    lhs: str
    rhs: tuple[str, ...]
    action: Action | None  # None: pass the single value through
    recovery: bool = False

    def __str__(self) -> str:
        return f"{self.lhs} ::= {' '.join(self.rhs) if self.rhs else 'ε'}"


PRODUCTIONS: list[Production] = []
START = "compile_util"
_recovery = False


def _add(text: str, action: Action | None) -> None:
    lhs, _, alternatives = text.partition(":")
    lhs = lhs.strip()
    for alt in alternatives.split("|"):
        rhs = tuple(alt.split())
        if action is None and len(rhs) != 1:
            raise ValueError(f"pass-through production must have one symbol: {lhs} : {alt}")
        PRODUCTIONS.append(Production(lhs, rhs, action, _recovery))


def rule(text: str) -> Callable[[Action], Action]:
    """Register the alternatives of ``lhs : a b | c`` with the decorated action."""

    def register(fn: Action) -> Action:
        _add(text, fn)
        return fn

    return register


def passthrough(text: str) -> None:
    _add(text, None)


def _name(tok: Any) -> ast.Name:
    return ast.Name(tok.value, start=tok.lexpos, end=tok.lexpos + len(tok.value))


def _list_first(v: list[Any], s: int, e: int) -> list[Any]:
    return [v[0]]


def _list_append(v: list[Any], s: int, e: int) -> list[Any]:
    lst = v[0]
    lst.append(v[-1])
    return lst


def list_rule(lhs: str, item: str, sep: str | None = None) -> None:
    """``lhs : item | lhs [sep] item`` building a Python list."""
    _add(f"{lhs} : {item}", _list_first)
    _add(f"{lhs} : {lhs} {sep + ' ' if sep else ''}{item}", _list_append)


def _name_list_first(v: list[Any], s: int, e: int) -> list[ast.Name]:
    return [_name(v[0])]


def _name_list_append(v: list[Any], s: int, e: int) -> list[ast.Name]:
    lst = v[0]
    lst.append(_name(v[2]))
    return lst


def name_list_rule(lhs: str) -> None:
    """``lhs : IDENTIFIER | lhs COMMA IDENTIFIER`` building a list of :class:`ast.Name`."""
    _add(f"{lhs} : IDENTIFIER", _name_list_first)
    _add(f"{lhs} : {lhs} COMMA IDENTIFIER", _name_list_append)


# =========================================================================== compilation unit


@rule("compile_util : ")
def _empty_unit(v: list[Any], s: int, e: int) -> ast.Module:
    return ast.Module([], start=0, end=0)


@rule("compile_util : definition_list")
def _unit(v: list[Any], s: int, e: int) -> ast.Module:
    return ast.Module(v[0], start=s, end=e)


list_rule("definition_list", "definition")
passthrough("definition : class_definition | declare_struct | top_statement | typedef_definition | swift_class_alias")

# =========================================================================== annotations


# Upstream writes `annotation ::= ε | ...` and `annotation_list ::= annotation | annotation_list
# annotation`: an ambiguous way to allow an empty list, which costs 33 shift/reduce conflicts.
# "Zero or more annotations" accepts the same language without any.


@rule("annotation_list : ")
def _no_annotations(v: list[Any], s: int, e: int) -> list[ast.Annotation]:
    return []


@rule("annotation_list : annotation_list annotation")
def _annotations_append(v: list[Any], s: int, e: int) -> list[ast.Annotation]:
    v[0].append(v[1])
    return v[0]


@rule("annotation : ANNOTATION | ANNOTATION LP expression RP")
def _annotation(v: list[Any], s: int, e: int) -> ast.Annotation:
    return ast.Annotation(v[0].value, v[2] if len(v) == 4 else None, start=s, end=e)


# =========================================================================== struct declaration


def _string(tok: Any) -> ast.StringLiteral:
    return ast.StringLiteral(tok.value, start=tok.lexpos, end=tok.lexpos + len(tok.value))


@rule(
    "declare_struct : annotation_list DECLARE STRUCT IDENTIFIER LC IDENTIFIER COLON STRING_LITERAL COMMA"
    " IDENTIFIER COLON identifier_list RC"
)
def _struct_encoding_first(v: list[Any], s: int, e: int) -> ast.StructDecl:
    return ast.StructDecl(v[0], _name(v[3]), _name(v[5]), _string(v[7]), _name(v[9]), v[11], False, start=s, end=e)


@rule(
    "declare_struct : annotation_list DECLARE STRUCT IDENTIFIER LC IDENTIFIER COLON identifier_list COMMA"
    " IDENTIFIER COLON STRING_LITERAL RC"
)
def _struct_keys_first(v: list[Any], s: int, e: int) -> ast.StructDecl:
    return ast.StructDecl(v[0], _name(v[3]), _name(v[9]), _string(v[11]), _name(v[5]), v[7], True, start=s, end=e)


name_list_rule("identifier_list")

# =========================================================================== class definition


@rule(
    "class_definition : annotation_list CLASS IDENTIFIER COLON annotation_list IDENTIFIER LC RC"
    " | annotation_list CLASS IDENTIFIER COLON annotation_list IDENTIFIER LC member_definition_list RC"
    " | annotation_list CLASS IDENTIFIER COLON annotation_list IDENTIFIER LT protocol_list GT LC RC"
    " | annotation_list CLASS IDENTIFIER COLON annotation_list IDENTIFIER LT protocol_list GT LC"
    " member_definition_list RC"
)
def _class(v: list[Any], s: int, e: int) -> ast.ClassDef:
    n = len(v)
    protocols = v[7] if n >= 11 else []
    members = v[-2] if n in (9, 12) else []
    return ast.ClassDef(v[0], _name(v[2]), v[4], _name(v[5]), protocols, members, start=s, end=e)


name_list_rule("protocol_list")

# =========================================================================== properties


@rule(
    "property_definition : annotation_list PROPERTY LP property_modifier_list RP type_specifier IDENTIFIER SEMICOLON"
    " | annotation_list PROPERTY LP RP type_specifier IDENTIFIER SEMICOLON"
)
def _property(v: list[Any], s: int, e: int) -> ast.PropertyDef:
    modifiers = v[3] if len(v) == 8 else []
    return ast.PropertyDef(v[0], modifiers, v[-3], _name(v[-2]), start=s, end=e)


list_rule("property_modifier_list", "property_modifier", "COMMA")
passthrough("property_modifier : property_rc_modifier | property_atomic_modifier")


@rule("property_rc_modifier : WEAK | STRONG | COPY | ASSIGN_MEM")
def _rc_modifier(v: list[Any], s: int, e: int) -> ast.Name:
    return _name(v[0])


@rule("property_atomic_modifier : NONATOMIC | ATOMIC")
def _atomic_modifier(v: list[Any], s: int, e: int) -> ast.Name:
    return _name(v[0])


# =========================================================================== Swift class alias


@rule(
    "swift_class_alias : SWIFT_CLASS_ALIAS IDENTIFIER IDENTIFIER SEMICOLON"
    " | SWIFT_CLASS_ALIAS IDENTIFIER DOT IDENTIFIER IDENTIFIER SEMICOLON"
    " | SWIFT_CLASS_ALIAS IDENTIFIER DOT IDENTIFIER DOT IDENTIFIER IDENTIFIER SEMICOLON"
    " | SWIFT_CLASS_ALIAS IDENTIFIER DOT IDENTIFIER DOT IDENTIFIER DOT IDENTIFIER IDENTIFIER SEMICOLON"
    " | SWIFT_CLASS_ALIAS IDENTIFIER DOT IDENTIFIER DOT IDENTIFIER DOT IDENTIFIER DOT IDENTIFIER IDENTIFIER SEMICOLON"
)
def _swift_alias(v: list[Any], s: int, e: int) -> ast.SwiftClassAlias:
    path = [_name(v[i]) for i in range(1, len(v) - 2, 2)]
    return ast.SwiftClassAlias(path, _name(v[-2]), start=s, end=e)


# =========================================================================== typedef


def _keyword_type(tok: Any) -> ast.TypeRef:
    return ast.TypeRef(tok.value, start=tok.lexpos, end=tok.lexpos + len(tok.value))


@rule(
    "typedef_definition : TYPEDEF BOOL_ IDENTIFIER SEMICOLON | TYPEDEF INT IDENTIFIER SEMICOLON"
    " | TYPEDEF U_INT IDENTIFIER SEMICOLON | TYPEDEF DOUBLE IDENTIFIER SEMICOLON"
    " | TYPEDEF C_STRING IDENTIFIER SEMICOLON | TYPEDEF ID IDENTIFIER SEMICOLON"
    " | TYPEDEF BLOCK IDENTIFIER SEMICOLON | TYPEDEF CLASS_ IDENTIFIER SEMICOLON"
    " | TYPEDEF SEL_ IDENTIFIER SEMICOLON | TYPEDEF POINTER IDENTIFIER SEMICOLON"
)
def _typedef_keyword(v: list[Any], s: int, e: int) -> ast.Typedef:
    return ast.Typedef(_keyword_type(v[1]), _name(v[2]), start=s, end=e)


@rule("typedef_definition : TYPEDEF IDENTIFIER IDENTIFIER SEMICOLON")
def _typedef_alias(v: list[Any], s: int, e: int) -> ast.Typedef:
    old = v[1]
    return ast.Typedef(
        ast.TypeRef("named", old.value, start=old.lexpos, end=old.lexpos + len(old.value)), _name(v[2]), start=s, end=e
    )


# =========================================================================== type specifiers


@rule("type_specifier : VOID | BOOL_ | INT | U_INT | DOUBLE | C_STRING | ID | CLASS_ | SEL_")
def _type_keyword(v: list[Any], s: int, e: int) -> ast.TypeRef:
    return ast.TypeRef(v[0].value, start=s, end=e)


@rule("type_specifier : annotation_list BLOCK")
def _type_block(v: list[Any], s: int, e: int) -> ast.TypeRef:
    return ast.TypeRef("Block", annotations=v[0], start=s, end=e)


@rule("type_specifier : POINTER")
def _type_pointer(v: list[Any], s: int, e: int) -> ast.TypeRef:
    return ast.TypeRef("Pointer", start=s, end=e)


@rule("type_specifier : C_FUNCTION LT c_type_identier_list GT")
def _type_cfunction(v: list[Any], s: int, e: int) -> ast.TypeRef:
    return ast.TypeRef("CFunction", elements=v[2], start=s, end=e)


@rule("type_specifier : IDENTIFIER ASTERISK")
def _type_object(v: list[Any], s: int, e: int) -> ast.TypeRef:
    return ast.TypeRef("object", v[0].value, start=s, end=e)


@rule("type_specifier : STRUCT IDENTIFIER")
def _type_struct(v: list[Any], s: int, e: int) -> ast.TypeRef:
    return ast.TypeRef("struct", v[1].value, start=s, end=e)


@rule("type_specifier : IDENTIFIER")
def _type_named(v: list[Any], s: int, e: int) -> ast.TypeRef:
    return ast.TypeRef("named", v[0].value, start=s, end=e)


# =========================================================================== methods

passthrough("method_definition : instance_method_definition | class_method_definition")


@rule("instance_method_definition : annotation_list SUB LP type_specifier RP method_name block_statement")
def _instance_method(v: list[Any], s: int, e: int) -> ast.MethodDef:
    return ast.MethodDef(v[0], False, v[3], v[5], v[6], start=s, end=e)


@rule("class_method_definition : annotation_list ADD LP type_specifier RP method_name block_statement")
def _class_method(v: list[Any], s: int, e: int) -> ast.MethodDef:
    return ast.MethodDef(v[0], True, v[3], v[5], v[6], start=s, end=e)


passthrough("method_name : method_name_1 | method_name_2")


@rule("method_name_1 : IDENTIFIER")
def _method_name_plain(v: list[Any], s: int, e: int) -> list[ast.SelectorPart]:
    return [ast.SelectorPart(_name(v[0]), start=s, end=e)]


list_rule("method_name_2", "method_name_item")


@rule("method_name_item : IDENTIFIER COLON LP type_specifier RP IDENTIFIER")
def _method_name_item(v: list[Any], s: int, e: int) -> ast.SelectorPart:
    return ast.SelectorPart(_name(v[0]), v[3], _name(v[5]), start=s, end=e)


passthrough("member_definition : property_definition | method_definition")
list_rule("member_definition_list", "member_definition")

# =========================================================================== selectors (calls, @selector)

passthrough("selector : selector_1")


@rule("selector : selector_2")
def _selector_pieces(v: list[Any], s: int, e: int) -> tuple[list[ast.Name], bool]:
    return (v[0], True)


@rule("selector_1 : IDENTIFIER")
def _selector_identifier(v: list[Any], s: int, e: int) -> ast.Name:
    return _name(v[0])


passthrough("selector_1 : key_work_identifier")


@rule("selector_2 : selector_1 COLON")
def _selector_first(v: list[Any], s: int, e: int) -> list[ast.Name]:
    return [v[0]]


@rule("selector_2 : selector_2 selector_1 COLON")
def _selector_next(v: list[Any], s: int, e: int) -> list[ast.Name]:
    v[0].append(v[1])
    return v[0]


def _selector_text(sel: Any) -> tuple[str, list[ast.Name]]:
    if isinstance(sel, ast.Name):
        return sel.id, [sel]
    parts: list[ast.Name] = sel[0]
    return "".join(p.id + ":" for p in parts), parts


# =========================================================================== expressions

passthrough("expression : assign_expression")
passthrough("assign_expression : ternary_operator_expression")


@rule("assign_expression : primary_expression assignment_operator ternary_operator_expression")
def _assign(v: list[Any], s: int, e: int) -> ast.Assign:
    return ast.Assign(v[1].value, v[0], v[2], start=s, end=e)


passthrough("assignment_operator : ASSIGN | SUB_ASSIGN | ADD_ASSIGN | ASTERISK_ASSIGN | DIV_ASSIGN | MOD_ASSIGN")
passthrough("ternary_operator_expression : logic_or_expression")


@rule(
    "ternary_operator_expression"
    " : logic_or_expression QUESTION ternary_operator_expression COLON ternary_operator_expression"
)
def _ternary(v: list[Any], s: int, e: int) -> ast.Conditional:
    return ast.Conditional(v[0], v[2], v[4], start=s, end=e)


@rule("ternary_operator_expression : logic_or_expression QUESTION COLON ternary_operator_expression")
def _elvis(v: list[Any], s: int, e: int) -> ast.Conditional:
    return ast.Conditional(v[0], None, v[3], start=s, end=e)


def _binary(v: list[Any], s: int, e: int) -> ast.Binary:
    return ast.Binary(v[1].value, v[0], v[2], start=s, end=e)


passthrough("logic_or_expression : logic_and_expression")
_add("logic_or_expression : logic_or_expression OR logic_and_expression", _binary)
passthrough("logic_and_expression : equality_expression")
_add("logic_and_expression : logic_and_expression AND equality_expression", _binary)
passthrough("equality_expression : relational_expression")
_add("equality_expression : equality_expression EQ relational_expression", _binary)
_add("equality_expression : equality_expression NE relational_expression", _binary)
passthrough("relational_expression : additive_expression")
_add(
    "relational_expression : relational_expression LT additive_expression"
    " | relational_expression LE additive_expression"
    " | relational_expression GT additive_expression"
    " | relational_expression GE additive_expression",
    _binary,
)
passthrough("additive_expression : multiplication_expression")
_add(
    "additive_expression : additive_expression ADD multiplication_expression"
    " | additive_expression SUB multiplication_expression",
    _binary,
)
passthrough("multiplication_expression : unary_expression")
_add(
    "multiplication_expression : multiplication_expression ASTERISK unary_expression"
    " | multiplication_expression DIV unary_expression"
    " | multiplication_expression MOD unary_expression",
    _binary,
)
passthrough("unary_expression : postfix_expression")


@rule("unary_expression : NOT unary_expression | SUB unary_expression")
def _unary(v: list[Any], s: int, e: int) -> ast.Unary:
    return ast.Unary(v[0].value, v[1], start=s, end=e)


passthrough("postfix_expression : primary_expression")


@rule("postfix_expression : primary_expression INCREMENT | primary_expression DECREMENT")
def _postfix(v: list[Any], s: int, e: int) -> ast.Postfix:
    return ast.Postfix(v[1].value, v[0], start=s, end=e)


list_rule("expression_list", "assign_expression", "COMMA")

# =========================================================================== collection and struct literals


@rule("dic_entry : primary_expression COLON primary_expression")
def _dic_entry(v: list[Any], s: int, e: int) -> ast.DictEntry:
    return ast.DictEntry(v[0], v[2], start=s, end=e)


list_rule("dic_entry_list", "dic_entry", "COMMA")


@rule("dic : AT LC dic_entry_list RC | AT LC RC")
def _dic(v: list[Any], s: int, e: int) -> ast.DictLiteral:
    return ast.DictLiteral(v[2] if len(v) == 4 else [], start=s, end=e)


@rule("struct_entry : IDENTIFIER COLON primary_expression")
def _struct_entry(v: list[Any], s: int, e: int) -> ast.StructEntry:
    return ast.StructEntry(_name(v[0]), v[2], start=s, end=e)


list_rule("struct_entry_list", "struct_entry", "COMMA")


@rule("struct_literal : LC struct_entry_list RC")
def _struct_literal(v: list[Any], s: int, e: int) -> ast.StructLiteral:
    return ast.StructLiteral(v[1], start=s, end=e)


# =========================================================================== CFunction<...> elements


@rule("c_type_identier : key_work_identifier")
def _ctype_keyword(v: list[Any], s: int, e: int) -> ast.CTypeElement:
    return ast.CTypeElement("name", v[0].id, start=s, end=e)


@rule("c_type_identier : IDENTIFIER")
def _ctype_identifier(v: list[Any], s: int, e: int) -> ast.CTypeElement:
    return ast.CTypeElement("name", v[0].value, start=s, end=e)


@rule("c_type_identier : VOID ASTERISK | CHAR ASTERISK")
def _ctype_pointer(v: list[Any], s: int, e: int) -> ast.CTypeElement:
    return ast.CTypeElement(v[0].value + " *", v[0].value, start=s, end=e)


@rule("c_type_identier : STRUCT IDENTIFIER")
def _ctype_struct(v: list[Any], s: int, e: int) -> ast.CTypeElement:
    return ast.CTypeElement("struct", v[1].value, start=s, end=e)


list_rule("c_type_identier_list", "c_type_identier", "COMMA")


@rule("key_work_identifier : ID | CLASS | CLASS_ | COPY | BOOL_ | INT | U_INT | DOUBLE | SEL_ | VOID")
def _keyword_identifier(v: list[Any], s: int, e: int) -> ast.Name:
    return _name(v[0])


# =========================================================================== primary expressions


@rule("primary_expression : IDENTIFIER")
def _identifier(v: list[Any], s: int, e: int) -> ast.Identifier:
    return ast.Identifier(v[0].value, start=s, end=e)


@rule("primary_expression : ADDRESS IDENTIFIER")
def _address_of(v: list[Any], s: int, e: int) -> ast.AddressOf:
    tok = v[1]
    return ast.AddressOf(ast.Identifier(tok.value, start=tok.lexpos, end=e), start=s, end=e)


# Upstream has `primary DOT IDENTIFIER`, `primary DOT key_work_identifier` and `primary DOT
# selector LP ...`: after `p.name`, followed by `(` or `:`, it must choose between ending a member
# access and starting a selector (4 reduce/reduce conflicts; yacc takes `selector_1`, defined
# first).  Writing the member access as `p DOT selector_1` and the one-piece send separately turns
# them into shift/reduce conflicts on `(` and `:` whose default, shift, is upstream's choice:
# `p.name(...)` is a message send and `p.name :` starts a selector (`c ? p.name : 0` is an error).


@rule("primary_expression : primary_expression DOT selector_1")
def _member(v: list[Any], s: int, e: int) -> ast.Member:
    return ast.Member(v[0], v[2], start=s, end=e)


@rule(
    "primary_expression : primary_expression DOT selector_1 LP RP"
    " | primary_expression DOT selector_1 LP expression_list RP"
)
def _message_plain(v: list[Any], s: int, e: int) -> ast.MessageSend:
    name: ast.Name = v[2]
    return ast.MessageSend(v[0], name.id, [name], v[4] if len(v) == 6 else [], start=s, end=e)


@rule(
    "primary_expression : primary_expression DOT selector_2 LP RP"
    " | primary_expression DOT selector_2 LP expression_list RP"
)
def _message_pieces(v: list[Any], s: int, e: int) -> ast.MessageSend:
    parts: list[ast.Name] = v[2]
    selector = "".join(p.id + ":" for p in parts)
    return ast.MessageSend(v[0], selector, parts, v[4] if len(v) == 6 else [], start=s, end=e)


@rule("primary_expression : primary_expression LP RP | primary_expression LP expression_list RP")
def _call(v: list[Any], s: int, e: int) -> ast.Call:
    return ast.Call(v[0], v[2] if len(v) == 4 else [], start=s, end=e)


@rule("primary_expression : LP expression RP")
def _paren(v: list[Any], s: int, e: int) -> ast.Paren:
    return ast.Paren(v[1], start=s, end=e)


@rule("primary_expression : primary_expression LB expression RB")
def _index(v: list[Any], s: int, e: int) -> ast.Index:
    return ast.Index(v[0], v[2], start=s, end=e)


def _literal(tok: Any) -> ast.Node:
    t, text, start = tok.type, tok.value, tok.lexpos
    end = start + len(text)
    if t == "INTETER_LITERAL":
        return ast.IntLiteral(text, start=start, end=end)
    if t == "DOUBLE_LITERAL":
        return ast.DoubleLiteral(text, start=start, end=end)
    if t == "STRING_LITERAL":
        return ast.StringLiteral(text, start=start, end=end)
    return ast.BoolLiteral(t == "YES_", start=start, end=end)


@rule("primary_expression : YES_ | NO_ | INTETER_LITERAL | DOUBLE_LITERAL | STRING_LITERAL")
def _plain_literal(v: list[Any], s: int, e: int) -> ast.Node:
    return _literal(v[0])


@rule("primary_expression : NIL")
def _nil(v: list[Any], s: int, e: int) -> ast.Nil:
    return ast.Nil(start=s, end=e)


@rule("primary_expression : NULL_")
def _null(v: list[Any], s: int, e: int) -> ast.Null:
    return ast.Null(start=s, end=e)


@rule("primary_expression : SELECTOR LP selector RP")
def _selector_literal(v: list[Any], s: int, e: int) -> ast.SelectorLiteral:
    selector, parts = _selector_text(v[2])
    return ast.SelectorLiteral(selector, parts, start=s, end=e)


@rule("primary_expression : AT INTETER_LITERAL | AT DOUBLE_LITERAL")
def _boxed_number(v: list[Any], s: int, e: int) -> ast.Boxed:
    return ast.Boxed(_literal(v[1]), start=s, end=e)


@rule("primary_expression : AT STRING_LITERAL")
def _objc_string(v: list[Any], s: int, e: int) -> ast.ObjCString:
    return ast.ObjCString(_string(v[1]), start=s, end=e)


@rule("primary_expression : AT YES_ | AT NO_")
def _boxed_bool(v: list[Any], s: int, e: int) -> ast.Boxed:
    return ast.Boxed(_literal(v[1]), start=s, end=e)


@rule("primary_expression : SELF")
def _self(v: list[Any], s: int, e: int) -> ast.SelfExpr:
    return ast.SelfExpr(start=s, end=e)


@rule("primary_expression : SUPER")
def _super(v: list[Any], s: int, e: int) -> ast.SuperExpr:
    return ast.SuperExpr(start=s, end=e)


@rule("primary_expression : AT LP expression RP")
def _boxed_expression(v: list[Any], s: int, e: int) -> ast.Boxed:
    return ast.Boxed(v[2], start=s, end=e)


@rule("primary_expression : AT LB expression_list RB | AT LB RB")
def _array(v: list[Any], s: int, e: int) -> ast.ArrayLiteral:
    return ast.ArrayLiteral(v[2] if len(v) == 4 else [], start=s, end=e)


@rule("primary_expression : C_FUNCTION LP expression RP")
def _cfunction_lookup(v: list[Any], s: int, e: int) -> ast.CFunctionLookup:
    return ast.CFunctionLookup(v[2], start=s, end=e)


passthrough("primary_expression : dic | struct_literal | block_body")

# =========================================================================== block literals


@rule("block_body : POWER type_specifier LP RP block_statement")
def _block_typed_empty(v: list[Any], s: int, e: int) -> ast.BlockLiteral:
    return ast.BlockLiteral(v[1], [], v[4], start=s, end=e)


@rule("block_body : POWER type_specifier block_statement")
def _block_typed(v: list[Any], s: int, e: int) -> ast.BlockLiteral:
    return ast.BlockLiteral(v[1], None, v[2], start=s, end=e)


@rule("block_body : POWER type_specifier LP function_param_list RP block_statement")
def _block_typed_params(v: list[Any], s: int, e: int) -> ast.BlockLiteral:
    return ast.BlockLiteral(v[1], v[3], v[5], start=s, end=e)


@rule("block_body : POWER LP RP block_statement")
def _block_empty(v: list[Any], s: int, e: int) -> ast.BlockLiteral:
    return ast.BlockLiteral(None, [], v[3], start=s, end=e)


@rule("block_body : POWER block_statement")
def _block_bare(v: list[Any], s: int, e: int) -> ast.BlockLiteral:
    return ast.BlockLiteral(None, None, v[1], start=s, end=e)


@rule("block_body : POWER LP function_param_list RP block_statement")
def _block_params(v: list[Any], s: int, e: int) -> ast.BlockLiteral:
    return ast.BlockLiteral(None, v[2], v[4], start=s, end=e)


list_rule("function_param_list", "function_param", "COMMA")


@rule("function_param : type_specifier IDENTIFIER")
def _param(v: list[Any], s: int, e: int) -> ast.Param:
    return ast.Param(v[0], _name(v[1]), start=s, end=e)


# =========================================================================== declarations


@rule("declaration_statement : declaration SEMICOLON")
def _declaration_statement(v: list[Any], s: int, e: int) -> ast.VarDecl:
    decl: ast.VarDecl = v[0]
    decl.end = e
    return decl


@rule("declaration_modifier : __WEAK | __STRONG | STATIC")
def _declaration_modifier(v: list[Any], s: int, e: int) -> str:
    return str(v[0].value)


list_rule("declaration_modifier_list", "declaration_modifier")


@rule(
    "declaration : declaration_modifier_list type_specifier IDENTIFIER"
    " | declaration_modifier_list type_specifier IDENTIFIER ASSIGN expression"
)
def _declaration_modified(v: list[Any], s: int, e: int) -> ast.VarDecl:
    return ast.VarDecl(v[0], False, v[1], _name(v[2]), v[4] if len(v) == 5 else None, start=s, end=e)


@rule("declaration : type_specifier IDENTIFIER | type_specifier IDENTIFIER ASSIGN expression")
def _declaration(v: list[Any], s: int, e: int) -> ast.VarDecl:
    return ast.VarDecl([], False, v[0], _name(v[1]), v[3] if len(v) == 4 else None, start=s, end=e)


@rule("declaration : EXTERN type_specifier IDENTIFIER")
def _declaration_extern(v: list[Any], s: int, e: int) -> ast.VarDecl:
    return ast.VarDecl([], True, v[1], _name(v[2]), None, start=s, end=e)


# =========================================================================== control flow


@rule("if_statement : IF LP expression RP block_statement | IF LP expression RP block_statement ELSE block_statement")
def _if(v: list[Any], s: int, e: int) -> ast.If:
    return ast.If(v[2], v[4], [], v[6] if len(v) == 7 else None, start=s, end=e)


@rule(
    "if_statement : IF LP expression RP block_statement else_if_list"
    " | IF LP expression RP block_statement else_if_list ELSE block_statement"
)
def _if_chain(v: list[Any], s: int, e: int) -> ast.If:
    return ast.If(v[2], v[4], v[5], v[7] if len(v) == 8 else None, start=s, end=e)


list_rule("else_if_list", "else_if")


@rule("else_if : ELSE IF LP expression RP block_statement")
def _else_if(v: list[Any], s: int, e: int) -> ast.ElseIf:
    return ast.ElseIf(v[3], v[5], start=s, end=e)


@rule("switch_statement : SWITCH LP expression RP LC case_list default_opt RC")
def _switch(v: list[Any], s: int, e: int) -> ast.Switch:
    return ast.Switch(v[2], v[5], v[6], start=s, end=e)


list_rule("case_list", "one_case")


@rule("one_case : CASE expression COLON block_statement")
def _case(v: list[Any], s: int, e: int) -> ast.Case:
    return ast.Case(v[1], v[3], start=s, end=e)


@rule("default_opt : ")
def _no_default(v: list[Any], s: int, e: int) -> None:
    return None


@rule("default_opt : DEFAULT COLON block_statement")
def _default(v: list[Any], s: int, e: int) -> ast.Default:
    return ast.Default(v[2], start=s, end=e)


@rule("expression_opt : ")
def _no_expression(v: list[Any], s: int, e: int) -> None:
    return None


passthrough("expression_opt : expression")


@rule(
    "for_statement : FOR LP expression_opt SEMICOLON expression_opt SEMICOLON expression_opt RP block_statement"
    " | FOR LP declaration SEMICOLON expression_opt SEMICOLON expression_opt RP block_statement"
)
def _for(v: list[Any], s: int, e: int) -> ast.For:
    return ast.For(v[2], v[4], v[6], v[8], start=s, end=e)


@rule("while_statement : WHILE LP expression RP block_statement")
def _while(v: list[Any], s: int, e: int) -> ast.While:
    return ast.While(v[2], v[4], start=s, end=e)


@rule("do_while_statement : DO block_statement WHILE LP expression RP SEMICOLON")
def _do_while(v: list[Any], s: int, e: int) -> ast.DoWhile:
    return ast.DoWhile(v[1], v[4], start=s, end=e)


@rule("foreach_statement : FOR LP type_specifier IDENTIFIER IN expression RP block_statement")
def _for_in_typed(v: list[Any], s: int, e: int) -> ast.ForIn:
    return ast.ForIn(v[2], _name(v[3]), v[5], v[7], start=s, end=e)


@rule("foreach_statement : FOR LP IDENTIFIER IN expression RP block_statement")
def _for_in(v: list[Any], s: int, e: int) -> ast.ForIn:
    return ast.ForIn(None, _name(v[2]), v[4], v[6], start=s, end=e)


@rule("continue_statement : CONTINUE SEMICOLON")
def _continue(v: list[Any], s: int, e: int) -> ast.Continue:
    return ast.Continue(start=s, end=e)


@rule("break_statement : BREAK SEMICOLON")
def _break(v: list[Any], s: int, e: int) -> ast.Break:
    return ast.Break(start=s, end=e)


@rule("return_statement : RETURN expression_opt SEMICOLON")
def _return(v: list[Any], s: int, e: int) -> ast.Return:
    return ast.Return(v[1], start=s, end=e)


@rule("expression_statement : expression SEMICOLON")
def _expression_statement(v: list[Any], s: int, e: int) -> ast.ExprStmt:
    return ast.ExprStmt(v[0], start=s, end=e)


@rule("block_statement : LC RC | LC statement_list RC")
def _block(v: list[Any], s: int, e: int) -> ast.Block:
    return ast.Block(v[1] if len(v) == 3 else [], start=s, end=e)


list_rule("statement_list", "statement")
passthrough(
    "statement : declaration_statement | if_statement | switch_statement | for_statement | foreach_statement"
    " | while_statement | do_while_statement | break_statement | continue_statement | return_statement"
    " | expression_statement"
)
passthrough(
    "top_statement : declaration_statement | if_statement | switch_statement | for_statement | foreach_statement"
    " | while_statement | do_while_statement | expression_statement"
)

LANGUAGE_PRODUCTION_COUNT = len(PRODUCTIONS)

# =========================================================================== error recovery
# Where the parser resynchronises after a syntax error: at the end of a statement (`;`), at
# the `}` closing a block, at a class member's `;` or body, at a class body.  Every action
# yields an ErrorNode (or a container holding what was parsed before the error).
_recovery = True


def _error_node(v: list[Any], s: int, e: int) -> ast.ErrorNode:
    return ast.ErrorNode(start=s, end=e)


_add("statement : error SEMICOLON", _error_node)
_add("top_statement : error SEMICOLON", _error_node)
_add("member_definition : error SEMICOLON | error block_statement", _error_node)


@rule("block_statement : LC error RC")
def _block_error(v: list[Any], s: int, e: int) -> ast.Block:
    return ast.Block([v[1]], start=s, end=e)


@rule("block_statement : LC statement_list error RC")
def _block_list_error(v: list[Any], s: int, e: int) -> ast.Block:
    return ast.Block([*v[1], v[2]], start=s, end=e)


@rule("class_definition : annotation_list CLASS error LC RC | annotation_list CLASS error LC member_definition_list RC")
def _class_error(v: list[Any], s: int, e: int) -> ast.ErrorNode:
    return ast.ErrorNode(start=s, end=e)


_add("declare_struct : annotation_list DECLARE error RC", _error_node)

_recovery = False


def to_ebnf() -> str:
    """The grammar as a readable reference (``grammar/mangofix.ebnf``), in upstream's rule order."""
    lines = [
        "(* MangoFix 1.5.5 grammar, as parsed by mangopy.",
        "   Generated from mangopy/syntax/grammar.py by `python -m mangopy.syntax.build_tables`; do not edit.",
        "   Nonterminal names are upstream's (mango.y), including its spellings; UPPERCASE words are tokens.",
        "   Start symbol: compile_util.  Equivalent to upstream's mango.y, which writes annotation lists and",
        "   member access ambiguously (35 shift/reduce, 4 reduce/reduce conflicts).  Here 4 shift/reduce",
        "   conflicts remain, each resolved by shifting, as in upstream:",
        "   - `Name *` at the start of a statement or `for (` clause is a type: `a * b;` declares `b`;",
        "   - after `p.name`, `(` makes a message send and `:` continues a selector, so",
        "     `c ? p.name : 0` is a syntax error, as on the phone. *)",
        "",
    ]

    def emit(productions: list[Production]) -> None:
        previous = None
        width = max(len(p.lhs) for p in productions) + 1
        for p in productions:
            body = " ".join(p.rhs) if p.rhs else "ε"
            if p.lhs == previous:
                lines.append(f"{'':{width}}  | {body}")
            else:
                if previous is not None:
                    lines.append("")
                lines.append(f"{p.lhs:{width}}::= {body}")
            previous = p.lhs

    emit(PRODUCTIONS[:LANGUAGE_PRODUCTION_COUNT])
    lines += [
        "",
        "(* Error recovery (not part of the language): after a syntax error has been reported, the parser",
        "   resynchronises where these rules allow; `error` stands for the skipped input. *)",
        "",
    ]
    emit(PRODUCTIONS[LANGUAGE_PRODUCTION_COUNT:])
    return "\n".join(lines) + "\n"
