"""Comments survive formatting, in place: own-line comments, trailing comments, comments inside code."""

from __future__ import annotations

import textwrap

from mangopy.format import FormatOptions, format_text


def fmt(source: str) -> str:
    result = format_text(textwrap.dedent(source).lstrip("\n"))
    assert result.output is not None, [p.message for p in result.problems]
    return result.output


def expect(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def test_file_header_comments_and_the_blank_line_after_them_stay() -> None:
    source = """
        // Copyright Shop
        /* Fixes the crash
           in orders. */


        int x=1;
    """
    assert fmt(source) == expect(
        """
        // Copyright Shop
        /* Fixes the crash
           in orders. */

        int x = 1;
        """
    )


def test_own_line_and_trailing_comments_in_blocks() -> None:
    source = """
        - (void)f{ // why this fix
        // first
          int x=1;   // one
            x++; /* two */
          // last
        }
    """
    assert fmt("class A:B{" + textwrap.dedent(source) + "}") == expect(
        """
        class A : B {

        - (void)f { // why this fix
            // first
            int x = 1; // one
            x++; /* two */
            // last
        }

        }
        """
    )


def test_a_comment_in_an_empty_block_keeps_the_block_open() -> None:
    assert fmt("if (a) { // nothing yet\n}\n") == "if (a) { // nothing yet\n}\n"
    assert fmt("if (a) {\n    // nothing yet\n}\n") == "if (a) {\n    // nothing yet\n}\n"


def test_comments_between_class_members_stay_with_the_member_below() -> None:
    source = """
        class A:B{
        @property(nonatomic)int a;
        // the method the app gets wrong
        -(void)f{}
        /* end of class */
        }
    """
    assert fmt(source) == expect(
        """
        class A : B {

        @property (nonatomic) int a;

        // the method the app gets wrong
        - (void)f {}
        /* end of class */

        }
        """
    )


def test_comments_between_switch_cases() -> None:
    source = "switch(x){case 1:{}\n// fall back\ndefault:{}}\n"
    assert fmt(source) == expect(
        """
        switch (x) {
            case 1: {}
            // fall back
            default: {}
        }
        """
    )


def test_a_statement_with_a_comment_inside_is_kept_as_written_but_reindented() -> None:
    source = """
        if (a) {
                foo(first,   /* the old id */ second,
                    third);
          bar(  1  );
        }
    """
    assert fmt(source) == expect(
        """
        if (a) {
            foo(first,   /* the old id */ second,
                third);
            bar(1);
        }
        """
    )


def test_comments_inside_a_block_literal_argument_do_not_freeze_the_call() -> None:
    source = """
        dispatch_async(q,^{
          // on the main queue
          go( 1 );
        });
    """
    assert fmt(source) == expect(
        """
        dispatch_async(q, ^{
            // on the main queue
            go(1);
        });
        """
    )


def test_a_multi_line_string_inside_kept_code_is_not_reindented() -> None:
    source = 'if (a) {\n        log(/* note */ "line one\nline two");\n}\n'
    assert fmt(source) == 'if (a) {\n    log(/* note */ "line one\nline two");\n}\n'


def test_trailing_spaces_after_line_comments_are_dropped() -> None:
    assert fmt("x = 1; // note   \n") == "x = 1; // note\n"


def test_every_comment_is_kept_exactly_once() -> None:
    source = "/*a*/ class /*b*/ A : B { /*c*/ - (void)f /*d*/ { /*e*/ x = 1; /*f*/ } /*g*/ } /*h*/"
    output = fmt(source)
    for name in "abcdefgh":
        assert output.count(f"/*{name}*/") == 1, output


def test_a_statement_under_a_suppression_comment_is_not_wrapped() -> None:
    long = "x = obj.first:second:third:(argumentNumberOne, argumentNumberTwo, argumentNumberThree);"
    assert len(long) > 80
    for source in (f"{long} // mangopy: ignore[MF113]\n", f"// mangopy: ignore[MF113]\n{long}\n"):
        assert format_text(source, options=FormatOptions(line_length=80)).output == source
    wrapped = format_text(f"{long} // unrelated\n", options=FormatOptions(line_length=80)).output
    assert wrapped is not None and wrapped.count("\n") > 2


def test_a_comment_in_a_header_keeps_the_header_but_the_bodies_are_formatted() -> None:
    source = """
        if (a && /* legacy */ b) {
        x=1;
        } else if (d) { z(); }
        // why the fallback
        else {w();}
        do { q(); } while (k /* k */);
        for (int i = 0; i < n; i++) // loop
        { i++; }
        class A : B /* base */ {
        -(void)f{x=1;}
        }
    """
    assert fmt(source) == expect(
        """
        if (a && /* legacy */ b) {
            x = 1;
        } else if (d) {
            z();
        } // why the fallback
        else {
            w();
        }
        do {
            q();
        } while (k /* k */);
        for (int i = 0; i < n; i++) // loop
        {
            i++;
        }

        class A : B /* base */ {

        - (void)f {
            x = 1;
        }

        }
        """
    )
