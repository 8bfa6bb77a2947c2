"""The canonical style, construct by construct: exact expected output for small scripts."""

from __future__ import annotations

import textwrap

import pytest

from mangopy.format import FormatOptions, format_text


def fmt(source: str, **options: int) -> str:
    result = format_text(textwrap.dedent(source), options=FormatOptions(**options))
    assert result.output is not None, [p.message for p in result.problems]
    return result.output


def expect(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def test_class_members_are_laid_out_like_an_implementation() -> None:
    assert fmt(
        "class A:NSObject<P,Q>{@property(nonatomic,copy)NSString*name;"
        "-(void)f{}+(id)g:(int)a h:(UIView*)v{return nil;}}"
    ) == expect(
        """
        class A : NSObject <P, Q> {

        @property (nonatomic, copy) NSString *name;

        - (void)f {}

        + (id)g:(int)a h:(UIView *)v {
            return nil;
        }

        }
        """
    )


def test_empty_class_and_property_without_modifiers() -> None:
    assert fmt("class A : B {}\nclass C:D{@property() int n;}") == expect(
        """
        class A : B {}

        class C : D {

        @property () int n;

        }
        """
    )


def test_annotations_go_on_their_own_lines_and_superclass_annotations_stay_inline() -> None:
    source = (
        '@If($systemVersion.doubleValue()>=13.0) @SwiftModule("M") class A:@SwiftModule("N") B'
        '{@MethodName("x:") -(void)y:(@Signature("v@?") Block)b{}}'
    )
    assert fmt(source) == expect(
        """
        @If($systemVersion.doubleValue() >= 13.0)
        @SwiftModule("M")
        class A : @SwiftModule("N") B {

        @MethodName("x:")
        - (void)y:(@Signature("v@?") Block)b {}

        }
        """
    )


def test_top_level_declarations() -> None:
    source = (
        "typedef   double   CGFloat ;@SwiftClassAlias Kit.Cart.Store   Store;"
        'declare struct CGSize{keys:width,height,typeEncoding:"{CGSize=dd}"}extern int counter;static __weak id w=nil;'
    )
    assert fmt(source) == expect(
        """
        typedef double CGFloat;
        @SwiftClassAlias Kit.Cart.Store Store;

        declare struct CGSize {
            keys: width, height,
            typeEncoding: "{CGSize=dd}"
        }

        extern int counter;
        static __weak id w = nil;
        """
    )


def test_statements() -> None:
    source = """
        if(a){b();}else if(c){d();}else{e();}
        switch(x){case 1:{break;}default:{continue;}}
        for(int i=0;i<n;i++){}
        for(;;){break;}
        for(i=0;;){}
        for(id o in list){}
        for(o in list){}
        while(x>0){x--;}
        do{x++;}while(x<3);
    """
    assert fmt(source) == expect(
        """
        if (a) {
            b();
        } else if (c) {
            d();
        } else {
            e();
        }
        switch (x) {
            case 1: {
                break;
            }
            default: {
                continue;
            }
        }
        for (int i = 0; i < n; i++) {}
        for (;;) {
            break;
        }
        for (i = 0;;) {}
        for (id o in list) {}
        for (o in list) {}
        while (x > 0) {
            x--;
        }
        do {
            x++;
        } while (x < 3);
        """
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("x=a+b*c-d;", "x = a + b * c - d;"),
        ("x=(a+b)*c;", "x = (a + b) * c;"),
        ("x+=1;y-=2;z*=3;w/=4;v%=5;", "x += 1;\ny -= 2;\nz *= 3;\nw /= 4;\nv %= 5;"),
        ("x=!a&&b||c;", "x = !a && b || c;"),
        ("x=-(-a);", "x = -(-a);"),
        ("x=- -a;", "x = - -a;"),
        ("x=a- -b;", "x = a - -b;"),
        ("x=c?a:b;", "x = c ? a : b;"),
        ("x=c?:b;", "x = c ?: b;"),
        ("p=&err;", "p = &err;"),
        ("x=self.view.frame.size;", "x = self.view.frame.size;"),
        ("x=self.foo:bar:(1,2);", "x = self.foo:bar:(1, 2);"),
        ("x=obj.count();", "x = obj.count();"),
        ("x=obj.class();", "x = obj.class();"),
        ("x=a[0][k];", "x = a[0][k];"),
        ("x=f(1)(2);", "x = f(1)(2);"),
        ("x=@(42);", "x = @42;"),
        ("x=@ 2.5;", "x = @2.5;"),
        ("x=@ YES;", "x = @(YES);"),
        ('x=@("c");', 'x = @("c");'),
        ("x=@(a+1);", "x = @(a + 1);"),
        ('x=@"s";', 'x = @"s";'),
        ("x=@[];", "x = @[];"),
        ("x=@[1,@2];", "x = @[1, @2];"),
        ("x=@{};", "x = @{};"),
        ('x=@{@"k":v,k2:@[]};', 'x = @{@"k": v, k2: @[]};'),
        ("struct CGPoint p={x:1,y:2.5};", "struct CGPoint p = {x: 1, y: 2.5};"),
        ("SEL s=@selector(a:b:);", "SEL s = @selector(a:b:);"),
        ('Pointer f=CFunction("NSLog");', 'Pointer f = CFunction("NSLog");'),
        (
            "CFunction<void,int,void*,char*,struct CGRect> f=nil;",
            "CFunction<void, int, void *, char *, struct CGRect> f = nil;",
        ),
        ("x=0x1F+017+1.50;", "x = 0x1F + 017 + 1.50;"),
        ("x=nil==NULL;", "x = nil == NULL;"),
        ("super.viewDidLoad();", "super.viewDidLoad();"),
    ],
)
def test_expressions(source: str, expected: str) -> None:
    assert fmt(source) == expected + "\n"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("b=^{x();};", "b = ^{\n    x();\n};"),
        ("b=^{};", "b = ^{};"),
        ("b=^(){};", "b = ^() {};"),
        ("b=^void{};", "b = ^void {};"),
        ("b=^BOOL(id o,int i){return YES;};", "b = ^BOOL(id o, int i) {\n    return YES;\n};"),
        ("b=^(NSString*s){};", "b = ^(NSString *s) {};"),
        ("b=^NSString*(){return nil;};", "b = ^NSString *() {\n    return nil;\n};"),
    ],
)
def test_block_literals(source: str, expected: str) -> None:
    assert fmt(source) == expected + "\n"


def test_long_argument_lists_wrap_one_argument_a_line() -> None:
    source = "self.tableView:cellForRowAtIndexPath:withExtraArgument:(tableView, indexPath, someLongerArgumentName);"
    assert fmt(source, line_length=60) == expect(
        """
        self.tableView:cellForRowAtIndexPath:withExtraArgument:(
            tableView,
            indexPath,
            someLongerArgumentName
        );
        """
    )
    assert len(source) > 100
    assert fmt(source, line_length=len(source)) == source + "\n"  # exactly as wide as allowed: fits


def test_nested_calls_break_from_the_outside_in() -> None:
    source = "x = outerFunction(innerFunction(firstArgument, secondArgument), anotherArgument);"
    assert fmt(source, line_length=60) == expect(
        """
        x = outerFunction(
            innerFunction(firstArgument, secondArgument),
            anotherArgument
        );
        """
    )


def test_a_trailing_block_hugs_the_call() -> None:
    source = "dispatch_async(dispatch_get_main_queue(),^{self.reload();});"
    assert fmt(source) == expect(
        """
        dispatch_async(dispatch_get_main_queue(), ^{
            self.reload();
        });
        """
    )


def test_a_call_ending_in_a_hugging_call_hugs_too() -> None:
    source = "q.addOperation:(NSBlockOperation.blockOperationWithBlock:(^{work();}));"
    assert fmt(source) == expect(
        """
        q.addOperation:(NSBlockOperation.blockOperationWithBlock:(^{
            work();
        }));
        """
    )


def test_a_block_that_does_not_hug_puts_every_argument_on_its_own_line() -> None:
    source = "svc.load:done:(^(double f){p(f);},^(id r){use(r);});"
    assert fmt(source) == expect(
        """
        svc.load:done:(
            ^(double f) {
                p(f);
            },
            ^(id r) {
                use(r);
            }
        );
        """
    )


def test_a_hugging_call_too_long_for_its_first_line_expands() -> None:
    source = (
        "dispatch_after(dispatch_time(DISPATCH_TIME_NOW, delay * NSEC_PER_SEC), dispatch_get_main_queue(), ^{go();});"
    )
    assert fmt(source, line_length=80) == expect(
        """
        dispatch_after(
            dispatch_time(DISPATCH_TIME_NOW, delay * NSEC_PER_SEC),
            dispatch_get_main_queue(),
            ^{
                go();
            }
        );
        """
    )


def test_long_operator_chains_break_before_each_operator() -> None:
    source = 'NSString *s = @"first part " + firstValue + @" second part " + secondValue + @" end";'
    assert fmt(source, line_length=50) == expect(
        """
        NSString *s = @"first part "
            + firstValue
            + @" second part "
            + secondValue
            + @" end";
        """
    )


def test_long_literals_wrap() -> None:
    source = "NSArray *a = @[firstElementName, secondElementName, thirdElementName];"
    assert fmt(source, line_length=40) == expect(
        """
        NSArray *a = @[
            firstElementName,
            secondElementName,
            thirdElementName
        ];
        """
    )


def test_indent_width_is_configurable() -> None:
    assert fmt("if(a){if(b){c();}}", indent_width=2) == "if (a) {\n  if (b) {\n    c();\n  }\n}\n"


def test_blank_lines_between_statements_are_kept_but_collapsed() -> None:
    assert fmt("a();\n\n\n\nb();\nc();\n") == "a();\n\nb();\nc();\n"


def test_blank_lines_at_the_edges_of_blocks_are_dropped() -> None:
    assert fmt("if (a) {\n\n    b();\n\n}\n") == "if (a) {\n    b();\n}\n"


def test_methods_and_classes_are_separated_by_one_blank_line() -> None:
    source = "class A:B{-(void)a{}-(void)b{}\n\n\n-(void)c{}}class C:D{}\nint x = 1;"
    assert fmt(source) == expect(
        """
        class A : B {

        - (void)a {}

        - (void)b {}

        - (void)c {}

        }

        class C : D {}

        int x = 1;
        """
    )


def test_empty_and_blank_scripts_format_to_nothing() -> None:
    assert fmt("") == ""
    assert fmt("\n\n   \n") == ""


def test_strings_are_kept_byte_for_byte() -> None:
    source = 'NSLog(@"tab\\t  quote\\" é 😀");\n'
    assert fmt(source) == source


def test_output_always_ends_with_one_newline() -> None:
    assert fmt("x = 1;") == "x = 1;\n"
    assert fmt("x = 1;\n\n\n") == "x = 1;\n"


@pytest.mark.parametrize(
    "source",
    ["int x = 1;\r\nint y = 2;\r\n", "\ufeffint x = 1;\nint y = 2;\n", "\ufeffint x = 1;\r\nint y = 2;\r\n"],
)
def test_crlf_line_ends_and_a_bom_are_normalised_not_refused(source: str) -> None:
    result = format_text(source)
    assert result.output == "int x = 1;\nint y = 2;\n" and result.changed


def test_a_carriage_return_that_ends_no_line_is_kept() -> None:
    source = 'NSString *s = @"a\rb";\n'  # inside a string: part of the value, not a line end
    assert format_text(source).output == source
