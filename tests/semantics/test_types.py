"""Type categories of Objective-C spellings, encodings and MangoFix types, and their compatibility."""

from __future__ import annotations

import pytest

from mangopy.semantics import types
from mangopy.syntax import ast, parse


@pytest.mark.parametrize(
    ("spelling", "category"),
    [
        ("void", "void"), ("BOOL", "BOOL"), ("bool", "BOOL"),
        ("NSInteger", "int"), ("long long", "int"), ("int32_t", "int"), ("short", "int"),
        ("NSUInteger", "uint"), ("unsigned int", "uint"), ("size_t", "uint"), ("unichar", "uint"),
        ("CGFloat", "double"), ("float", "double"), ("NSTimeInterval", "double"),
        ("id", "id"), ("instancetype", "id"), ("UIView *", "id"), ("nullable NSString *", "id"),
        ("__kindof UITableViewCell *", "id"), ("NSArray<NSDictionary<NSString *, id> *> *", "id"),
        ("id<UITableViewDelegate>", "id"),
        ("void (^)(BOOL finished)", "Block"), ("void (^ _Nullable)(void)", "Block"), ("dispatch_block_t", "Block"),
        ("Class", "Class"), ("SEL", "SEL"),
        ("const char *", "CString"), ("char *", "CString"),
        ("void *", "Pointer"), ("NSError **", "Pointer"), ("CGColorRef", "Pointer"), ("int *", "Pointer"),
        ("BOOL *", "Pointer"), ("NSZone *", "Pointer"), ("CGRect *", "Pointer"),
        ("CGRect", "struct:CGRect"), ("NSRange", "struct:_NSRange"), ("UIEdgeInsets", "struct:UIEdgeInsets"),
        ("UITableViewCellStyle", "integer"),
    ],
)  # fmt: skip
def test_objc_spellings(spelling: str, category: str) -> None:
    assert types.objc_category(spelling) == category


@pytest.mark.parametrize(
    ("encoding", "category"),
    [("q", "int"), ("i", "int"), ("Q", "uint"), ("B", "BOOL"), ("d", "double"), ("f", "double"),
     ("@", "id"), ('@"NSString"', "id"), ("@?", "Block"), ("#", "Class"), (":", "SEL"), ("*", "CString"),
     ("r*", "CString"), ("^v", "Pointer"), ("^{CGContext=}", "Pointer"),
     ("{CGRect={CGPoint=dd}{CGSize=dd}}", "struct:CGRect"), ("v", "void")],
)  # fmt: skip
def test_encodings(encoding: str, category: str) -> None:
    assert types.encoding_category(encoding) == category


def test_method_encodings_are_split_into_return_and_parameters() -> None:
    assert types.split_method_encoding("v20@0:8B16") == ["v", "B"]
    assert types.split_method_encoding("@32@0:8@16q24") == ["@", "@", "q"]
    assert types.split_method_encoding('v32@0:8@"UIView"16@?24') == ["v", '@"UIView"', "@?"]
    assert types.split_method_encoding("{CGSize=dd}32@0:8{CGSize=dd}16") == ["{CGSize=dd}", "{CGSize=dd}"]
    assert types.split_method_encoding("v") is None


def script_types(source: str) -> list[str]:
    return [types.script_category(n) for n in ast.walk(parse(source).module) if isinstance(n, ast.TypeRef)]


def test_script_types() -> None:
    source = (
        "typedef double Money; BOOL a; int b; uint c; double d; CString e; id f; Class g; SEL h; Block i;"
        " Pointer j; UIView *k; struct CGRect l; NSInteger m; Money n; CFunction<int> o = nil; Foo p;"
    )
    assert script_types(source) == [
        "double", "BOOL", "int", "uint", "double", "CString", "id", "Class", "SEL", "Block", "Pointer", "id",
        "struct:CGRect", "int", "double", "Pointer", "unknown",
    ]  # fmt: skip


def test_compatibility() -> None:
    assert types.compatible("int", "int")
    assert not types.compatible("int", "uint")
    assert not types.compatible("id", "BOOL")
    assert types.compatible("Block", "id") and types.compatible("id", "Block")
    assert types.compatible("integer", "int") and types.compatible("integer", "uint")
    assert not types.compatible("integer", "id")
    assert types.compatible("unknown", "double") and types.compatible("id", "unknown")
    assert types.compatible("struct:_NSRange", types.objc_category("NSRange"))
