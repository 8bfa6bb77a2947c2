"""The context completion and signature help read before the cursor, lexed from the definition
holding it: the same as lexing the whole text before the cursor."""

from __future__ import annotations

from pathlib import Path

import pytest

from mangopy.syntax import parse
from mangopy_lsp.completion import context_at, lex_start

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
