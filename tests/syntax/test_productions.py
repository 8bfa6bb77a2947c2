"""One or more tests per grammar production, each asserting the exact tree built.

test_every_production_of_the_language_is_exercised instruments the parser and proves that the
examples below reduce every production of the grammar (recovery productions aside) at least once.
"""

from __future__ import annotations

from typing import Any

import pytest

from mangopy.syntax import tables
from mangopy.syntax.grammar import LANGUAGE_PRODUCTION_COUNT, PRODUCTIONS
from mangopy.syntax.lexer import lex_text
from mangopy.syntax.parser import Parser
from tests.syntax.helpers import first, sexp

STATEMENTS = [
    ("a = b;", "(ExprStmt (Assign = a b))"),
    ("a -= 1;", "(ExprStmt (Assign -= a 1))"),
    ("a += 1;", "(ExprStmt (Assign += a 1))"),
    ("a *= 2;", "(ExprStmt (Assign *= a 2))"),
    ("a /= 2;", "(ExprStmt (Assign /= a 2))"),
    ("a %= 2;", "(ExprStmt (Assign %= a 2))"),
    ("x = c ? a : b;", "(ExprStmt (Assign = x (Conditional c a b)))"),
    ("x = c ?: b;", "(ExprStmt (Assign = x (Conditional c _ b)))"),
    ("x = a ? b : c ? d : e;", "(ExprStmt (Assign = x (Conditional a b (Conditional c d e))))"),
    ("x = a || b && c;", "(ExprStmt (Assign = x (Binary || a (Binary && b c))))"),
    ("x = a == b != c;", "(ExprStmt (Assign = x (Binary != (Binary == a b) c)))"),
    ("x = a < b <= c > d >= e;", "(ExprStmt (Assign = x (Binary >= (Binary > (Binary <= (Binary < a b) c) d) e)))"),
    ("x = a + b - c;", "(ExprStmt (Assign = x (Binary - (Binary + a b) c)))"),
    ("x = a * b / c % d;", "(ExprStmt (Assign = x (Binary % (Binary / (Binary * a b) c) d)))"),
    (
        "x = a + b * c > d && !e || f == g;",
        "(ExprStmt (Assign = x (Binary || (Binary && (Binary > (Binary + a (Binary * b c)) d) (Unary ! e))"
        " (Binary == f g))))",
    ),
    ("x = !a;", "(ExprStmt (Assign = x (Unary ! a)))"),
    ("x = -a;", "(ExprStmt (Assign = x (Unary - a)))"),
    ("x = - -a;", "(ExprStmt (Assign = x (Unary - (Unary - a))))"),
    ("x = -a++;", "(ExprStmt (Assign = x (Unary - (Postfix ++ a))))"),
    ("a++;", "(ExprStmt (Postfix ++ a))"),
    ("a--;", "(ExprStmt (Postfix -- a))"),
    ("(a)++;", "(ExprStmt (Postfix ++ (Paren a)))"),
    ("f(&a);", "(ExprStmt (Call f [(AddressOf a)]))"),
    ("x = &a.b;", "(ExprStmt (Assign = x (Member (AddressOf a) b)))"),
    ("x = o.name;", "(ExprStmt (Assign = x (Member o name)))"),
    ("x = o.class;", "(ExprStmt (Assign = x (Member o class)))"),
    ("o.reload();", "(ExprStmt (MessageSend o reload [reload] []))"),
    ("o.setObject:forKey:(v, k);", "(ExprStmt (MessageSend o setObject:forKey: [setObject forKey] [v k]))"),
    ("o.setObject : forKey : (v, k);", "(ExprStmt (MessageSend o setObject:forKey: [setObject forKey] [v k]))"),
    ("o.copy();", "(ExprStmt (MessageSend o copy [copy] []))"),
    ("o.int:(1);", "(ExprStmt (MessageSend o int: [int] [1]))"),
    ("o.a.b().c;", "(ExprStmt (Member (MessageSend (Member o a) b [b] []) c))"),
    ("f();", "(ExprStmt (Call f []))"),
    ("g(1, 2);", "(ExprStmt (Call g [1 2]))"),
    ("h()(3);", "(ExprStmt (Call (Call h []) [3]))"),
    ("^{ }();", "(ExprStmt (Call (BlockLiteral _ _ (Block [])) []))"),
    ("f(a = 1);", "(ExprStmt (Call f [(Assign = a 1)]))"),
    ("(a);", "(ExprStmt (Paren a))"),
    ("a = (b = c);", "(ExprStmt (Assign = a (Paren (Assign = b c))))"),
    ("x = m[1][k];", "(ExprStmt (Assign = x (Index (Index m 1) k)))"),
    ("x = YES;", "(ExprStmt (Assign = x (BoolLiteral YES)))"),
    ("x = NO;", "(ExprStmt (Assign = x (BoolLiteral NO)))"),
    ("x = 10;", "(ExprStmt (Assign = x 10))"),
    ("x = 0x1F;", "(ExprStmt (Assign = x 0x1F))"),
    ("x = 1.5;", "(ExprStmt (Assign = x 1.5))"),
    ('x = "s";', '(ExprStmt (Assign = x "s"))'),
    ("x = nil;", "(ExprStmt (Assign = x (Nil)))"),
    ("x = NULL;", "(ExprStmt (Assign = x (Null)))"),
    ("s = @selector(a:b:);", "(ExprStmt (Assign = s (SelectorLiteral a:b: [a b])))"),
    ("s = @selector( insert : at : );", "(ExprStmt (Assign = s (SelectorLiteral insert:at: [insert at])))"),
    ("s = @selector(copy);", "(ExprStmt (Assign = s (SelectorLiteral copy [copy])))"),
    ("s = @selector(reload);", "(ExprStmt (Assign = s (SelectorLiteral reload [reload])))"),
    ("n = @42;", "(ExprStmt (Assign = n (Boxed 42)))"),
    ("n = @2.5;", "(ExprStmt (Assign = n (Boxed 2.5)))"),
    ('t = @"t";', '(ExprStmt (Assign = t (ObjCString "t")))'),
    ('t = @ /* gap */ "t";', '(ExprStmt (Assign = t (ObjCString "t")))'),
    ("n = @ YES;", "(ExprStmt (Assign = n (Boxed (BoolLiteral YES))))"),
    ("n = @ NO;", "(ExprStmt (Assign = n (Boxed (BoolLiteral NO))))"),
    ("x = self;", "(ExprStmt (Assign = x (SelfExpr)))"),
    ("x = super;", "(ExprStmt (Assign = x (SuperExpr)))"),
    ("n = @(a + 1);", "(ExprStmt (Assign = n (Boxed (Binary + a 1))))"),
    ("l = @[a, b];", "(ExprStmt (Assign = l (ArrayLiteral [a b])))"),
    ("l = @[];", "(ExprStmt (Assign = l (ArrayLiteral [])))"),
    (
        'd = @{k: v, @"k": @1};',
        '(ExprStmt (Assign = d (DictLiteral [(DictEntry k v) (DictEntry (ObjCString "k") (Boxed 1))])))',
    ),
    ("d = @{};", "(ExprStmt (Assign = d (DictLiteral [])))"),
    ("{x: 1, y: 2};", "(ExprStmt (StructLiteral [(StructEntry x 1) (StructEntry y 2)]))"),
    (
        "struct CGPoint p = {x: 1, y: (-2)};",
        "(VarDecl [] NO <struct CGPoint> p (StructLiteral [(StructEntry x 1) (StructEntry y (Paren (Unary - 2)))]))",
    ),
    ('fn = CFunction("abort");', '(ExprStmt (Assign = fn (CFunctionLookup "abort")))'),
    ("b = ^int () { return 1; };", "(ExprStmt (Assign = b (BlockLiteral <int> [] (Block [(Return 1)]))))"),
    (
        "b = ^BOOL { return YES; };",
        "(ExprStmt (Assign = b (BlockLiteral <BOOL> _ (Block [(Return (BoolLiteral YES))]))))",
    ),
    (
        "b = ^void (id a, int n) { };",
        "(ExprStmt (Assign = b (BlockLiteral <void> [(Param <id> a) (Param <int> n)] (Block []))))",
    ),
    ("b = ^() { };", "(ExprStmt (Assign = b (BlockLiteral _ [] (Block []))))"),
    ("b = ^{ };", "(ExprStmt (Assign = b (BlockLiteral _ _ (Block []))))"),
    ("b = ^(NSString *s) { };", "(ExprStmt (Assign = b (BlockLiteral _ [(Param <NSString *> s)] (Block []))))"),
    ("static __weak __strong id w = nil;", "(VarDecl [static __weak __strong] NO <id> w (Nil))"),
    ("static int k;", "(VarDecl [static] NO <int> k _)"),
    ("extern Pointer gp;", "(VarDecl [] YES <Pointer> gp _)"),
    ("int n;", "(VarDecl [] NO <int> n _)"),
    ("int a = b = 1;", "(VarDecl [] NO <int> a (Assign = b 1))"),
    ("width * height;", "(VarDecl [] NO <width *> height _)"),
    (
        "BOOL a; uint b; double c; CString d; Class e; SEL f; Pointer g; Block h; NSInteger i; struct CGRect r;",
        "(VarDecl [] NO <BOOL> a _)",
    ),
    ('@Signature("v@?") Block cb = nil;', "(VarDecl [] NO <@Signature Block> cb (Nil))"),
    (
        "CFunction<int, char *, void *, struct CGRect, id, void> f = nil;",
        "(VarDecl [] NO <CFunction<int, char *, void *, struct CGRect, id, void>> f (Nil))",
    ),
    (
        "CFunction<BOOL, Class, SEL, double, u_int> f = nil;",
        "(VarDecl [] NO <CFunction<BOOL, Class, SEL, double, u_int>> f (Nil))",
    ),
    ("if (a) { x = 1; }", "(If a (Block [(ExprStmt (Assign = x 1))]) [] _)"),
    (
        "if (a) { } else if (b) { } else if (c) { } else { }",
        "(If a (Block []) [(ElseIf b (Block [])) (ElseIf c (Block []))] (Block []))",
    ),
    ("if (a) { } else { }", "(If a (Block []) [] (Block []))"),
    ("if (a) { } else if (b) { }", "(If a (Block []) [(ElseIf b (Block []))] _)"),
    (
        "switch (v) { case 1: { break; } case 2: { } default: { } }",
        "(Switch v [(Case 1 (Block [(Break)])) (Case 2 (Block []))] (Default (Block [])))",
    ),
    ("switch (v) { case k: { } }", "(Switch v [(Case k (Block []))] _)"),
    (
        "for (i = 0; i < 3; i++) { continue; }",
        "(For (Assign = i 0) (Binary < i 3) (Postfix ++ i) (Block [(Continue)]))",
    ),
    ("for (int i = 0; ; ) { }", "(For (VarDecl [] NO <int> i 0) _ _ (Block []))"),
    ("for (;;) { }", "(For _ _ _ (Block []))"),
    ("for (id x in list) { }", "(ForIn <id> x list (Block []))"),
    ("for (x in list) { }", "(ForIn _ x list (Block []))"),
    ("while (a) { return; }", "(While a (Block [(Return _)]))"),
    ("while (a) { return b; }", "(While a (Block [(Return b)]))"),
    ("do { } while (a);", "(DoWhile (Block []) a)"),
    (
        "while (a) { int x; if (a) { } switch (v) { case 1: { } } for (;;) { } for (x in l) { } while (b) { }"
        " do { } while (c); break; continue; return; x = 1; }",
        "(While a (Block [(VarDecl [] NO <int> x _) (If a (Block []) [] _) (Switch v [(Case 1 (Block []))] _)"
        " (For _ _ _ (Block [])) (ForIn _ x l (Block [])) (While b (Block [])) (DoWhile (Block []) c) (Break)"
        " (Continue) (Return _) (ExprStmt (Assign = x 1))]))",
    ),
]

DEFINITIONS = [
    ("class A : B { }", "(ClassDef [] A [] B [] [])"),
    ("class A : B <P, Q> { }", "(ClassDef [] A [] B [P Q] [])"),
    (
        '@If(x) #If(y) @Tag class A : @SwiftModule("M") B { - (void)f { } }',
        '(ClassDef [(Annotation @If x) (Annotation #If y) (Annotation @Tag _)] A [(Annotation @SwiftModule "M")] B []'
        " [(MethodDef [] NO <void> [(SelectorPart f _ _)] (Block []))])",
    ),
    (
        "class A : B <P> { + (id)make { return nil; } }",
        "(ClassDef [] A [] B [P] [(MethodDef [] YES <id> [(SelectorPart make _ _)] (Block [(Return (Nil))]))])",
    ),
    (
        "class A : B { - (BOOL)a:(int)x b:(Foo *)y { } }",
        "(ClassDef [] A [] B [] [(MethodDef [] NO <BOOL> [(SelectorPart a <int> x) (SelectorPart b <Foo *> y)]"
        " (Block []))])",
    ),
    (
        "class A : B { @property (nonatomic, copy) NSString *t; @property (weak, strong, assign, atomic) id d; }",
        "(ClassDef [] A [] B [] [(PropertyDef [] [nonatomic copy] <NSString *> t)"
        " (PropertyDef [] [weak strong assign atomic] <id> d)])",
    ),
    (
        "class A : B { @If(c) @property () id p; }",
        "(ClassDef [] A [] B [] [(PropertyDef [(Annotation @If c)] [] <id> p)])",
    ),
    (
        'class A : B { @MethodName("x:") - (void)y:(@Signature("v@?") Block)cb { } }',
        '(ClassDef [] A [] B [] [(MethodDef [(Annotation @MethodName "x:")] NO <void>'
        " [(SelectorPart y <@Signature Block> cb)] (Block []))])",
    ),
    (
        'declare struct P { typeEncoding: "{P=dd}", keys: a, b }',
        '(StructDecl [] P typeEncoding "{P=dd}" keys [a b] NO)',
    ),
    (
        '@If(c) declare struct P { keys: a, typeEncoding: "{P=d}" }',
        '(StructDecl [(Annotation @If c)] P typeEncoding "{P=d}" keys [a] YES)',
    ),
    ("typedef BOOL T;", "(Typedef <BOOL> T)"),
    ("typedef int T;", "(Typedef <int> T)"),
    ("typedef uint T;", "(Typedef <uint> T)"),
    ("typedef double T;", "(Typedef <double> T)"),
    ("typedef CString T;", "(Typedef <CString> T)"),
    ("typedef id T;", "(Typedef <id> T)"),
    ("typedef Block T;", "(Typedef <Block> T)"),
    ("typedef Class T;", "(Typedef <Class> T)"),
    ("typedef SEL T;", "(Typedef <SEL> T)"),
    ("typedef Pointer T;", "(Typedef <Pointer> T)"),
    ("typedef NSInteger T;", "(Typedef <NSInteger> T)"),
    ("@SwiftClassAlias A X;", "(SwiftClassAlias [A] X)"),
    ("@SwiftClassAlias A.B X;", "(SwiftClassAlias [A B] X)"),
    ("@SwiftClassAlias A.B.C X;", "(SwiftClassAlias [A B C] X)"),
    ("@SwiftClassAlias A.B.C.D X;", "(SwiftClassAlias [A B C D] X)"),
    ("@SwiftClassAlias A.B.C.D.E X;", "(SwiftClassAlias [A B C D E] X)"),
]

KEYWORD_MEMBERS = ["id", "class", "Class", "copy", "BOOL", "int", "uint", "double", "SEL", "void"]


@pytest.mark.parametrize(("source", "tree"), STATEMENTS + DEFINITIONS, ids=[s for s, _ in STATEMENTS + DEFINITIONS])
def test_production_tree(source: str, tree: str) -> None:
    assert sexp(first(source)) == tree


@pytest.mark.parametrize("word", KEYWORD_MEMBERS)
def test_member_ok_keywords(word: str) -> None:
    assert sexp(first(f"x = o.{word};")) == f"(ExprStmt (Assign = x (Member o {word})))"
    assert sexp(first(f"o.{word}:({word}Arg);")) == f"(ExprStmt (MessageSend o {word}: [{word}] [{word}Arg]))"
    assert sexp(first(f"s = @selector({word});")) == f"(ExprStmt (Assign = s (SelectorLiteral {word} [{word}])))"


def _reduced_productions(source: str) -> set[int]:
    tokens, _ = lex_text(source)
    parser = Parser(tables.load(), source, tokens)
    seen: set[int] = set()

    def recording(number: int, fn: Any) -> Any:
        def reduce(v: list[Any], s: int, e: int) -> Any:
            seen.add(number)
            return fn(v, s, e) if fn is not None else v[0]

        return reduce

    parser.reducers = [(lhs, n, recording(k, fn)) for k, (lhs, n, fn) in enumerate(parser.reducers)]
    parser.parse()
    assert not parser.diagnostics, (source, parser.diagnostics)
    return seen


def test_every_production_of_the_language_is_exercised() -> None:
    sources = [s for s, _ in STATEMENTS + DEFINITIONS]
    sources += [f"o.{w}:(a);" for w in KEYWORD_MEMBERS] + [f"x = o.{w};" for w in KEYWORD_MEMBERS]
    sources += ["CFunction<Class, class, copy, BOOL, uint, SEL> f = nil;", ""]
    sources += ["o.f(x);", "x.reset:();"]  # parse, but are argument-count errors (MF005)
    seen: set[int] = set()
    for source in sources:
        seen |= _reduced_productions(source)
    language = set(range(1, LANGUAGE_PRODUCTION_COUNT + 1))
    missing = sorted(str(PRODUCTIONS[n - 1]) for n in language - seen)
    assert missing == []
