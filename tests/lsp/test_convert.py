"""Character offsets <-> LSP positions (UTF-16 by default), and Diagnostic -> LSP conversion."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types

from mangopy.diagnostics import Diagnostic, Related, Severity
from mangopy_lsp.convert import PositionMap, lsp_diagnostic


def pos(line: int, character: int) -> types.Position:
    return types.Position(line=line, character=character)


def test_ascii_offsets_and_positions() -> None:
    m = PositionMap("ab\ncd\n")
    assert m.position(0) == pos(0, 0)
    assert m.position(2) == pos(0, 2)
    assert m.position(3) == pos(1, 0)
    assert m.position(6) == pos(2, 0)
    assert m.offset(pos(1, 1)) == 4
    assert m.line_count == 3


def test_non_bmp_characters_count_two_utf16_units() -> None:
    text = 'x = @"😀é😀"; y\n'
    m = PositionMap(text)
    y = text.index("y")
    assert m.position(y) == pos(0, y + 2)  # two astral characters, one unit more each
    assert m.offset(pos(0, y + 2)) == y
    # é is one UTF-16 unit: offset just after it
    e = text.index("é")
    assert m.position(e + 1) == pos(0, e + 1 + 1)


def test_column_inside_a_surrogate_pair_gives_the_character_start() -> None:
    m = PositionMap("😀a")
    assert m.offset(pos(0, 1)) == 0
    assert m.offset(pos(0, 2)) == 1
    assert m.offset(pos(0, 3)) == 2


@pytest.mark.parametrize(("encoding", "column"), [("utf-16", 3), ("utf-8", 5), ("utf-32", 2)])
def test_other_encodings(encoding: str, column: int) -> None:
    m = PositionMap("😀ab", encoding)
    assert m.position(2) == pos(0, column)
    assert m.offset(pos(0, column)) == 2


def test_unknown_encoding_is_refused() -> None:
    with pytest.raises(ValueError):
        PositionMap("", "utf-7")


def test_crlf_and_cr_line_ends() -> None:
    text = "a\r\nbc\rd"
    m = PositionMap(text)
    assert m.position(3) == pos(1, 0)
    assert m.position(6) == pos(2, 0)
    assert m.position(2) == pos(0, 1)  # between \r and \n: the end of line 0
    assert m.offset(pos(1, 9)) == 5  # past the end of a line: its end


def test_clamping() -> None:
    m = PositionMap("ab\n")
    assert m.position(-5) == pos(0, 0)
    assert m.position(99) == pos(1, 0)
    assert m.offset(pos(7, 0)) == 3
    assert PositionMap("").offset(pos(0, 4)) == 0


@given(st.text(alphabet=st.sampled_from(["a", "\n", "é", "😀", "\r", "\t", "中"]), max_size=40))
def test_offset_position_round_trip(text: str) -> None:
    m = PositionMap(text)
    for offset in range(len(text) + 1):
        if offset > 0 and text[offset - 1] == "\r" and offset < len(text) and text[offset] == "\n":
            continue  # between \r and \n: not a position of its own
        assert m.offset(m.position(offset)) == offset
    for offset in range(len(text) + 1):
        p = m.position(offset)
        assert len(text[:offset].encode("utf-16-le")) // 2 >= p.character


def test_diagnostic_conversion() -> None:
    text = 'y = @"😀"; int x = ;\n'
    m = PositionMap(text)
    semi = text.rindex(";")
    d = Diagnostic(
        "MF003",
        Severity.ERROR,
        "unexpected `;`",
        semi,
        semi + 1,
        hint="write an expression",
        related=[Related("opened here", 0, 1), Related("declared here", path="A.h", line=3)],
    )
    out = lsp_diagnostic(d, m, "file:///x.mf")
    assert out.range == types.Range(start=pos(0, semi + 1), end=pos(0, semi + 2))
    assert out.severity == types.DiagnosticSeverity.Error
    assert out.code == "MF003"
    assert out.source == "mangopy"
    assert out.message == "unexpected `;`\nhint: write an expression\nnote: declared here (A.h:3)"
    assert out.related_information == [
        types.DiagnosticRelatedInformation(
            location=types.Location(uri="file:///x.mf", range=types.Range(start=pos(0, 0), end=pos(0, 1))),
            message="opened here",
        )
    ]


@pytest.mark.parametrize(
    ("severity", "expected"),
    [
        (Severity.ERROR, types.DiagnosticSeverity.Error),
        (Severity.WARNING, types.DiagnosticSeverity.Warning),
        (Severity.INFO, types.DiagnosticSeverity.Information),
    ],
)
def test_severity_mapping(severity: Severity, expected: types.DiagnosticSeverity) -> None:
    out = lsp_diagnostic(Diagnostic("MF1", severity, "m", 0, 0), PositionMap(""), "file:///x")
    assert out.severity == expected
    assert out.related_information is None
