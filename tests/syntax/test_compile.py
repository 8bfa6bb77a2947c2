"""Upstream's compile-time checks (in source order) and the warnings for silent misbehaviour."""

from __future__ import annotations

import pytest

from mangopy.diagnostics import Severity
from mangopy.syntax import parse


def found(source: str) -> list[tuple[str, str, int, int]]:
    """(code, severity, line, column) of every diagnostic."""
    result = parse(source)
    return [(d.code, str(d.severity), *_lc(result, d.start)) for d in result.diagnostics]


def _lc(result: object, offset: int) -> tuple[int, int]:
    p = result.index.position(offset)  # type: ignore[attr-defined]
    return p.line, p.column


def only(source: str) -> object:
    (d,) = parse(source).diagnostics
    return d


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("list.insertObject:atIndex:(item);", [("MF005", "error", 1, 6)]),
        ("list.addObject:(a, b);", [("MF005", "error", 1, 6)]),
        ("x.reset:();", [("MF005", "error", 1, 3)]),
        ("self.onTap(sender);", [("MF005", "error", 1, 6)]),
        ("list.insertObject:atIndex:(item, 0); self.onTap()(sender); x.reset();", []),
    ],
)
def test_argument_count_must_match_selector_colons(source: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert found(source) == expected


def test_argument_count_messages_explain() -> None:
    d = only("list.insertObject:atIndex:(item);")
    assert d.message == "`insertObject:atIndex:` takes 2 arguments (one per colon) but 1 is passed"  # type: ignore[attr-defined]
    d = only("self.onTap(sender);")
    assert "`.onTap()(...)`" in d.hint  # type: ignore[attr-defined]


def test_typedefs_apply_in_source_order() -> None:
    source = "Money a = 1;\ntypedef double Money;\nMoney b = 2;\ntypedef Money Price;\nPrice c = 3;\n"
    assert found(source) == [("MF013", "info", 1, 1)]
    d = parse(source).diagnostics[0]
    assert "before its typedef on line 2" in d.message
    assert [r.message for r in d.related] == ["typedef here"]


def test_typedef_of_unknown_or_later_type_is_a_compile_error() -> None:
    assert found("typedef Money Price;") == [("MF021", "error", 1, 9)]
    assert found("typedef Price Cost;\ntypedef int Price;") == [("MF021", "error", 1, 9)]
    assert found("typedef NSUInteger Count; typedef Count Total; Total t = 1;") == []


def test_unknown_type_is_a_warning_in_signatures_and_a_note_in_locals() -> None:
    source = (
        "class Coupon : NSObject {\n"
        "@property (copy) CGRect area;\n"
        "- (instancetype)initWithRect:(CGRect)r { NSTimeInterval t = 0; return self; }\n"
        "}\n"
        "Block b = ^dispatch_time_t (Foo x) { };\n"
    )
    assert found(source) == [
        ("MF013", "warning", 2, 18),
        ("MF013", "warning", 3, 4),
        ("MF013", "warning", 3, 31),
        ("MF013", "info", 3, 42),
        ("MF013", "warning", 5, 12),
        ("MF013", "warning", 5, 29),
    ]
    hints = {d.message.split("`")[1]: d.hint for d in parse(source).diagnostics}
    assert hints["instancetype"] == "write `id`"
    assert hints["CGRect"] == "write `struct CGRect`"
    assert hints["NSTimeInterval"] == "write `double`"
    assert hints["dispatch_time_t"] == "write `id`"


def test_predefined_typedef_names_are_known() -> None:
    names = "int8_t int16_t int32_t int64_t NSInteger long dispatch_once_t uint8_t uint16_t uint32_t uint64_t"
    names += " NSUInteger size_t float CGFloat"
    source = "".join(f"{n} v{i} = 0;\n" for i, n in enumerate(names.split()))
    assert found(source) == []


def test_struct_declaration_field_names() -> None:
    assert found('declare struct G { encoding: "{G=qq}", keys: a, b }') == [("MF020", "error", 1, 20)]
    assert found('declare struct G { typeEncoding: "{G=qq}", names: a, b }') == [("MF020", "error", 1, 44)]
    assert found('declare struct G { fields: a, b, enc: "{G=qq}" }') == [
        ("MF020", "error", 1, 20),
        ("MF020", "error", 1, 34),
    ]
    d = parse('declare struct G { encoding: "{G=qq}", keys: a, b }').diagnostics[0]
    assert "struct: G declare lack field typeEncoding" in d.message


@pytest.mark.parametrize(
    ("element", "code"),
    [
        ("uint", "MF022"),
        ("NSInteger", "MF022"),
        ("class", "MF022"),
        ("copy", "MF022"),
        ("uint32_t", "MF022"),
        ("struct Fraction", "MF023"),
        ("struct NSRange", "MF023"),
    ],
)
def test_unsupported_cfunction_elements(element: str, code: str) -> None:
    result = parse(f"CFunction<void, {element}> f = nil;")
    assert [(d.code, result.index.position(d.start).column) for d in result.diagnostics] == [(code, 17)]


def test_supported_cfunction_elements() -> None:
    elements = "void BOOL int int32_t long int8_t int16_t int64_t u_int u_int32_t u_long u_int8_t u_int16_t"
    elements += " u_int64_t size_t CGFloat float double id SEL Class"
    listed = ", ".join(elements.split())
    source = f"CFunction<{listed}, char *, void *, struct CGRect, struct _NSRange> f = nil;"
    assert found(source) == []


def test_cfunction_messages_point_to_the_fix() -> None:
    d = only("CFunction<struct NSRange, id> f = nil;")
    assert "`struct _NSRange`" in d.hint  # type: ignore[attr-defined]
    d = only("CFunction<uint, int> f = nil;")
    assert d.hint.startswith("did you mean `u_int`")  # type: ignore[attr-defined]


def test_for_without_condition_is_a_warning() -> None:
    assert found("for (;;) { break; }") == [("MF012", "warning", 1, 1)]
    assert found("for (; YES; ) { break; }") == []


@pytest.mark.parametrize(
    ("annotation", "suggestion"),
    [("@if(x)", "@If"), ("@IF(x)", "@If"), ('@Swiftmodule("M")', "@SwiftModule"), ('@MethodNam("a")', "@MethodName")],
)
def test_unknown_annotation_suggests_the_known_one(annotation: str, suggestion: str) -> None:
    d = only(f"{annotation} class A : B {{ }}")
    assert d.code == "MF014" and d.severity is Severity.WARNING  # type: ignore[attr-defined]
    assert f"`{suggestion}`" in d.hint  # type: ignore[attr-defined]


def test_known_annotations_are_silent() -> None:
    source = (
        '@If(YES) #If(YES) @SwiftModule("M") class A : @SwiftModule("M") B {\n'
        '@MethodName("x:") - (void)y:(@Signature("v@?") Block)z { }\n'
        '@Selector("q") - (void)r { }\n'
        "}\n"
    )
    assert found(source) == []
