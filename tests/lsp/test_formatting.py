"""textDocument/formatting and rangeFormatting: the real server over stdio, edits applied and checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from mangopy.format import FormatOptions, format_text
from tests.lsp.test_actions import apply, client, start  # noqa: F401  (the fixture)
from tests.lsp.test_server import open_doc

pytestmark = pytest.mark.asyncio

SCRIPT = (
    "// keep me\nclass A:NSObject{\n-(void)f{x=1;  // one\nif(x){y();}}\n-(void)g{\n    z = 2;\n}\n-(void)h{w=3;}\n}\n"
)
SPACES = types.FormattingOptions(tab_size=4, insert_spaces=True)


def full(text: str, **options: int) -> str:
    output = format_text(text, options=FormatOptions(**options)).output
    assert output is not None
    return output


async def test_capabilities_are_advertised(client: LanguageClient, tmp_path: Path) -> None:  # noqa: F811
    result = await client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    assert result.capabilities.document_formatting_provider
    assert result.capabilities.document_range_formatting_provider


async def test_formatting_returns_minimal_edits_giving_the_formatted_text(
    client: LanguageClient,  # noqa: F811
    tmp_path: Path,
) -> None:
    await start(client, tmp_path)
    uri = open_doc(client, tmp_path / "fix.mf", SCRIPT)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=types.TextDocumentIdentifier(uri=uri), options=SPACES)
    )
    assert edits
    assert apply(SCRIPT, edits) == full(SCRIPT)
    assert all(e.range.start.line >= 1 for e in edits)  # the first line was already right: not touched
    # Formatting formatted text changes nothing.
    uri2 = open_doc(client, tmp_path / "done.mf", full(SCRIPT))
    again = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=types.TextDocumentIdentifier(uri=uri2), options=SPACES)
    )
    assert again is not None and len(again) == 0


async def test_range_formatting_touches_only_the_selected_lines(client: LanguageClient, tmp_path: Path) -> None:  # noqa: F811
    await start(client, tmp_path)
    text = "x=1;\ny=2;\nz=3;\n"
    uri = open_doc(client, tmp_path / "r.mf", text)
    edits = await client.text_document_range_formatting_async(
        types.DocumentRangeFormattingParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=1, character=0), end=types.Position(line=2, character=0)),
            options=SPACES,
        )
    )
    assert edits is not None
    assert apply(text, edits) == "x=1;\ny = 2;\nz=3;\n"


async def test_settings_come_from_the_configuration_then_the_editor(client: LanguageClient, tmp_path: Path) -> None:  # noqa: F811
    await start(client, tmp_path)
    text = "if(a){b();}\n"
    uri = open_doc(client, tmp_path / "t.mf", text)
    two = types.FormattingOptions(tab_size=2, insert_spaces=True)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=types.TextDocumentIdentifier(uri=uri), options=two)
    )
    assert apply(text, edits or []) == "if (a) {\n  b();\n}\n"
    (tmp_path / "mangopy.toml").write_text("indent-width = 3\nline-length = 30\n", encoding="utf-8")
    long = "x = f(argumentOne, argumentTwo, argumentThree);\n"
    uri = open_doc(client, tmp_path / "u.mf", long)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=types.TextDocumentIdentifier(uri=uri), options=two)
    )
    assert apply(long, edits or []) == full(long, indent_width=3, line_length=30)
    assert apply(long, edits or []).startswith("x = f(\n   argumentOne,")


async def test_a_document_with_syntax_errors_gets_no_edits(client: LanguageClient, tmp_path: Path) -> None:  # noqa: F811
    await start(client, tmp_path)
    uri = open_doc(client, tmp_path / "b.mf", "int x = \n")
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=types.TextDocumentIdentifier(uri=uri), options=SPACES)
    )
    assert not edits
    # The server is still there.
    ok = open_doc(client, tmp_path / "ok.mf", "x=1;\n")
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=types.TextDocumentIdentifier(uri=ok), options=SPACES)
    )
    assert apply("x=1;\n", edits or []) == "x = 1;\n"


async def test_positions_are_utf16_for_non_ascii_text(client: LanguageClient, tmp_path: Path) -> None:  # noqa: F811
    await start(client, tmp_path)
    text = 'NSLog(@"😀é");x=1;\n'
    uri = open_doc(client, tmp_path / "e.mf", text)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=types.TextDocumentIdentifier(uri=uri), options=SPACES)
    )
    assert edits and len(edits) == 1
    assert edits[0].range.start == types.Position(line=0, character=0)
    assert edits[0].range.end == types.Position(line=1, character=0)
    assert edits[0].new_text == 'NSLog(@"😀é");\nx = 1;\n'
