"""The text report: the caret lands under the characters it points at, whatever their width."""

from __future__ import annotations

import pytest

from mangopy.report.text import render_diagnostic
from mangopy.semantics.analyze import analyze


def _caret(source: str) -> tuple[str, str]:
    a = analyze(source, "f.mf")
    d = next(d for d in a.diagnostics if d.code == "MF131")
    shown, caret = render_diagnostic("f.mf", a.result.index, d).splitlines()[1:3]
    return shown.split(" | ", 1)[1], caret.split("| ", 1)[1]


@pytest.mark.parametrize(
    "prefix",
    ['NSString *s = @"中文标题"; ', 'NSString *s = @"確認"; \t', "\t", "int a = 1;\t \t", 'NSString *s = @"é́"; '],
)
def test_caret_under_the_name_after_wide_characters_and_tabs(prefix: str) -> None:
    shown, caret = _caret(prefix + "total = 1;\n")
    column = caret.index("^")
    assert caret.strip() == "^~~~~"  # `total`: five columns
    # what stands on screen above the caret is the name (wide characters count two columns)
    from wcwidth import wcwidth

    screen: list[str] = []
    for ch in shown:
        screen.append(ch)
        screen.extend([""] * (max(0, wcwidth(ch)) - 1))  # a wide character takes two cells
        if wcwidth(ch) == 0:
            screen.pop()
    assert "".join(screen[column : column + 5]) == "total"
    assert "\t" not in shown
