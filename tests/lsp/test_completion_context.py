"""The context completion and signature help read before the cursor, lexed from the definition
holding it: the same as lexing the whole text before the cursor."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lsprotocol import types as lsp

from mangopy.semantics.analyze import analyze
from mangopy.semantics.manifest import baseline
from mangopy.syntax import parse
from mangopy_lsp.completion import complete, context_at, lex_start
from mangopy_lsp.convert import PositionMap

CORPUS_SCRIPTS = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.m[gf]"))


@pytest.mark.parametrize("script", CORPUS_SCRIPTS[:12], ids=lambda p: p.name)
def test_the_context_before_the_cursor_is_lexed_from_its_definition_alike(script: Path) -> None:
    """At every 7th offset of real scripts, also broken ones (a `{` or two `;` missing: the parser
    recovers), the context lexed from :func:`lex_start` is the end of the context lexed from 0:
    the same tokens, word being typed, comment or string; and the same open braces where the
    braces before the definition are balanced (else counting from the start is no truer)."""
    text = script.read_text(encoding="utf-8")
    for source in (text, text.replace("{", "", 1), text.replace(";", "", 2)):
        result = parse(source)
        starts = set()
        for offset in range(0, len(source), 7):
            start = lex_start(result, offset)
            starts.add(start)
            fast, whole = context_at(source, offset, start), context_at(source, offset)
            kept = len(fast.tokens)
            assert [(t.type, t.value, t.lexpos) for t in fast.tokens] == [
                (t.type, t.value, t.lexpos) for t in whole.tokens[len(whole.tokens) - kept :]
            ]
            assert all(t.lexpos >= start for t in fast.tokens)
            if source is text:
                assert fast.frames == whole.frames
            assert (fast.prefix, fast.prefix_start, fast.in_comment_or_string) == (
                whole.prefix,
                whole.prefix_start,
                whole.in_comment_or_string,
            )
        if source is text:
            assert len(starts) > 1  # the definitions' starts were used, not 0 alone


def _effective(item: lsp.CompletionItem, listed: lsp.CompletionList) -> tuple[object, ...]:
    """What accepting ``item`` does: the range replaced, the text, its format (LSP 3.17 defaults
    resolved: a list's edit range, the label as the text, plain text)."""
    if item.text_edit is not None:
        assert isinstance(item.text_edit, lsp.TextEdit)
        where: object = item.text_edit.range
        text = item.text_edit.new_text
    elif listed.item_defaults is not None and listed.item_defaults.edit_range is not None:
        where, text = listed.item_defaults.edit_range, item.text_edit_text or item.label
    else:
        where, text = None, item.insert_text or item.label
    return (item.label, where, text, item.insert_text_format or lsp.InsertTextFormat.PlainText, item.sort_text)


@pytest.mark.parametrize("script", CORPUS_SCRIPTS[:6], ids=lambda p: p.name)
def test_items_with_the_lists_edit_range_do_what_items_with_their_own_do(script: Path) -> None:
    """A client that takes the edit range from the list (``itemDefaults.editRange``) gets items
    that do exactly what the items with their own text edits do, at every kind of place."""
    text = script.read_text(encoding="utf-8")
    analysis = analyze(text, str(script), reusable=True)
    positions = PositionMap(text, "utf-16")
    offsets = [m.end() for m in re.finditer(r"self\.|\.\w|\n\s*\w|\n\s*- ", text)][:40]
    assert offsets
    compared = 0
    for offset in offsets:
        for snippets in (True, False):
            own = complete(analysis, baseline(), offset, snippets, None, positions, defaults=False)
            listed = complete(analysis, baseline(), offset, snippets, None, positions, defaults=True)
            assert [_effective(i, own) for i in own.items] == [_effective(i, listed) for i in listed.items]
            assert own.item_defaults is None
            compared += len(own.items)
    assert compared > 100
