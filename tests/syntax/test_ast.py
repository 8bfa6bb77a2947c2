"""The AST API: exact ranges, the stable JSON form, traversal and literal values."""

from __future__ import annotations

import json

import pytest

from mangopy.syntax import ast
from tests.syntax.helpers import expr, first, parse_ok

SCRIPT = """\
class OrderCell : UITableViewCell {
@property (nonatomic, copy) NSString *title;
- (void)configure:(Order *)order at:(NSInteger)row {
    self.title = order.name() + @" #" + row;
}
}
"""


def text_of(source: str, node: ast.Node) -> str:
    return source[node.start : node.end]


def test_ranges_cover_exactly_the_source_of_each_node() -> None:
    result = parse_ok(SCRIPT)
    cls = result.module.definitions[0]
    assert isinstance(cls, ast.ClassDef)
    assert text_of(SCRIPT, cls) == SCRIPT.rstrip("\n")
    prop, method = cls.members
    assert text_of(SCRIPT, prop) == "@property (nonatomic, copy) NSString *title;"
    assert isinstance(method, ast.MethodDef)
    assert method.selector == "configure:at:"
    assert [text_of(SCRIPT, p) for p in method.parts] == ["configure:(Order *)order", "at:(NSInteger)row"]
    stmt = method.body.statements[0]
    assert text_of(SCRIPT, stmt) == 'self.title = order.name() + @" #" + row;'
    assign = stmt.expr  # type: ignore[attr-defined]
    assert text_of(SCRIPT, assign.target) == "self.title"
    assert text_of(SCRIPT, assign.value.left.left) == "order.name()"
    r = result.index.range(assign.start, assign.end)
    assert (r.start.line, r.start.column, r.end.line, r.end.column) == (4, 5, 4, 44)


def test_json_form_is_stable_and_complete() -> None:
    result = parse_ok("x = a.b:c:(1, @[]);\n")
    data = ast.to_dict(result.module, result.index)
    assert data == {
        "type": "Module",
        "range": {"start": [1, 1], "end": [2, 1]},
        "definitions": [
            {
                "type": "ExprStmt",
                "range": {"start": [1, 1], "end": [1, 20]},
                "expr": {
                    "type": "Assign",
                    "range": {"start": [1, 1], "end": [1, 19]},
                    "op": "=",
                    "target": {"type": "Identifier", "range": {"start": [1, 1], "end": [1, 2]}, "id": "x"},
                    "value": {
                        "type": "MessageSend",
                        "range": {"start": [1, 5], "end": [1, 19]},
                        "receiver": {"type": "Identifier", "range": {"start": [1, 5], "end": [1, 6]}, "id": "a"},
                        "selector": "b:c:",
                        "parts": [
                            {"type": "Name", "range": {"start": [1, 7], "end": [1, 8]}, "id": "b"},
                            {"type": "Name", "range": {"start": [1, 9], "end": [1, 10]}, "id": "c"},
                        ],
                        "args": [
                            {
                                "type": "IntLiteral",
                                "range": {"start": [1, 12], "end": [1, 13]},
                                "text": "1",
                                "value": 1,
                            },
                            {"type": "ArrayLiteral", "range": {"start": [1, 15], "end": [1, 18]}, "items": []},
                        ],
                    },
                },
            }
        ],
    }
    # The iterative serialiser writes exactly what the standard one writes.
    assert ast.dumps_json(data) == json.dumps(data, indent=2)
    assert ast.dumps_json(data, indent=None) == json.dumps(data)


def test_walk_is_preorder_in_source_order() -> None:
    result = parse_ok("a = b + c * d;")
    names = [n.id for n in ast.walk(result.module) if isinstance(n, ast.Identifier)]
    assert names == ["a", "b", "c", "d"]


def test_visitor_enter_leave_and_skip() -> None:
    events: list[str] = []

    class Recorder(ast.NodeVisitor):
        def visit_Binary(self, node: ast.Binary) -> None:
            events.append("enter " + node.op)

        def leave_Binary(self, node: ast.Binary) -> None:
            events.append("leave " + node.op)

        def visit_Identifier(self, node: ast.Identifier) -> None:
            events.append(node.id)

        def visit_BlockLiteral(self, node: ast.BlockLiteral) -> bool:
            return False  # do not look inside blocks

    Recorder().visit(parse_ok("x = a + b * c; y = ^{ hidden = 1; };").module)
    assert events == ["x", "enter +", "a", "enter *", "b", "c", "leave *", "leave +", "y"]


def test_node_at_finds_the_innermost_chain() -> None:
    result = parse_ok(SCRIPT)
    offset = SCRIPT.index("name()")
    chain = ast.node_at(result.module, offset)
    assert [type(n).__name__ for n in chain][-3:] == ["Binary", "MessageSend", "Name"]
    assert chain[-1].id == "name"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("source", "value", "unsigned"),
    [("x = 0;", 0, False), ("x = 42;", 42, False), ("x = 0x1F;", 31, True), ("x = 0644;", 420, True)],
)
def test_integer_values(source: str, value: int, unsigned: bool) -> None:
    lit = expr(source).value  # type: ignore[attr-defined]
    assert (lit.value, lit.unsigned) == (value, unsigned)


def test_double_and_bool_values() -> None:
    assert expr("x = 2.5;").value.value == 2.5  # type: ignore[attr-defined]
    assert expr("x = NO;").value.value is False  # type: ignore[attr-defined]


def test_type_spellings_and_resolution() -> None:
    decl = first("typedef double Money; Money m = 1.0;")
    assert isinstance(decl, ast.Typedef)
    result = parse_ok("typedef double Money; Money m = 1.0; NSInteger n = 1; CFunction<int, char *> f = nil;")
    types = [n for n in ast.walk(result.module) if isinstance(n, ast.TypeRef)]
    assert [(t.spelling, t.resolved) for t in types] == [
        ("double", "double"),
        ("Money", "double"),
        ("NSInteger", "int"),
        ("CFunction<int, char *>", "CFunction"),
    ]
