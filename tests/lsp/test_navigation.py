"""End-to-end: definition, references, rename, workspace symbols and semantic tokens."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import LanguageClient

from tests.lsp.test_server import MANIFEST, client, open_doc, position_of, published, rng, start

__all__ = ["client"]  # the pytest-lsp fixture, shared with test_server

pytestmark = pytest.mark.asyncio

SCRIPT = """\
class OrderListController : UIViewController {
- (void)helper:(int)count {
    int total = count + 1;
    NSLog(@"total");
    total = total * 2;
}
- (void)viewDidLoad {
    self.helper:(3);
    OrderCell *cell = nil;
    Block b = ^void (int total) { NSLog(@"" + total); };
}
}
"""


def doc(uri: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri)


async def definition(client: LanguageClient, uri: str, position: types.Position) -> list[types.Location]:
    result = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc(uri), position=position)
    )
    if result is None:
        return []
    return [result] if isinstance(result, types.Location) else list(result)  # type: ignore[arg-type]


async def opened(client: LanguageClient, tmp_path: Path, text: str = SCRIPT, root: Path | None = None) -> str:
    await start(client, root or tmp_path, {"manifest": [str(MANIFEST)]})
    uri = open_doc(client, tmp_path / "fix.mf", text)
    await published(client, uri, 1)
    return uri


def at(line: int, start: int, end: int) -> types.Range:
    return rng(line, start, line, end)


async def test_definition_of_locals_parameters_and_methods(client: LanguageClient, tmp_path: Path) -> None:
    uri = await opened(client, tmp_path)
    # `total` in `total * 2` -> `int total`
    local = await definition(client, uri, position_of(SCRIPT, "total * 2", 1))
    assert [(d.uri, d.range) for d in local] == [(uri, at(2, 8, 13))]
    # at the end of the name too (`count|`)
    param = await definition(client, uri, position_of(SCRIPT, "count + 1", 5))
    assert [d.range for d in param] == [at(1, 20, 25)]
    # the block's parameter shadows the method's local
    shadow = await definition(client, uri, position_of(SCRIPT, "total); }", 0))
    assert [d.range for d in shadow] == [at(9, 25, 30)]
    # `self.helper:(3)` -> the helper method's selector
    method = await definition(client, uri, position_of(SCRIPT, "helper:(3)", 2))
    assert [d.range for d in method] == [at(1, 8, 14)]
    # nothing under a keyword or a literal
    assert await definition(client, uri, position_of(SCRIPT, "nil;", 1)) == []


async def test_definition_of_an_app_class_opens_its_header(client: LanguageClient, tmp_path: Path) -> None:
    header = tmp_path / "Orders" / "OrderCell.h"  # `source` of OrderCell in the manifest, line 8
    header.parent.mkdir()
    header.write_text("\n" * 20, encoding="utf-8")
    uri = await opened(client, tmp_path)
    found = await definition(client, uri, position_of(SCRIPT, "OrderCell *cell", 3))
    assert [(d.uri, d.range.start.line) for d in found] == [(header.resolve().as_uri(), 7)]
    # the class's own name in its definition: the app's header when it exists (here it does not)
    assert await definition(client, uri, position_of(SCRIPT, "OrderListController", 2)) == []
    assert await definition(client, uri, position_of(SCRIPT, "self.helper", 0)) == []  # a keyword
    # UIViewController's header does not exist here: no result
    assert await definition(client, uri, position_of(SCRIPT, "UIViewController", 2)) == []


async def test_references_of_a_local(client: LanguageClient, tmp_path: Path) -> None:
    uri = await opened(client, tmp_path)
    params = types.ReferenceParams(
        text_document=doc(uri),
        position=position_of(SCRIPT, "total = count", 2),
        context=types.ReferenceContext(include_declaration=True),
    )
    found = await client.text_document_references_async(params)
    assert [r.range for r in found or []] == [at(2, 8, 13), at(4, 4, 9), at(4, 12, 17)]
    params.context.include_declaration = False
    without = await client.text_document_references_async(params)
    assert [r.range for r in without or []] == [at(4, 4, 9), at(4, 12, 17)]
    # a script method: its definition and the sends to it
    method = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=doc(uri),
            position=position_of(SCRIPT, "helper:(int)", 1),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    assert [r.range for r in method or []] == [at(1, 8, 14), at(7, 9, 15)]


async def test_rename_a_local_and_reject_a_keyword(client: LanguageClient, tmp_path: Path) -> None:
    uri = await opened(client, tmp_path)
    position = position_of(SCRIPT, "total * 2", 0)
    prepared = await client.text_document_prepare_rename_async(
        types.PrepareRenameParams(text_document=doc(uri), position=position)
    )
    assert isinstance(prepared, types.PrepareRenamePlaceholder)
    assert prepared.range == at(4, 12, 17) and prepared.placeholder == "total"
    edit = await client.text_document_rename_async(
        types.RenameParams(text_document=doc(uri), position=position, new_name="sum")
    )
    assert edit is not None and edit.changes is not None
    assert [(e.range, e.new_text) for e in edit.changes[uri]] == [
        (at(2, 8, 13), "sum"),
        (at(4, 4, 9), "sum"),
        (at(4, 12, 17), "sum"),
    ]
    # (the block's own `total` is another variable: untouched)
    with pytest.raises(JsonRpcException, match="keyword"):
        await client.text_document_rename_async(
            types.RenameParams(text_document=doc(uri), position=position, new_name="while")
        )
    with pytest.raises(JsonRpcException, match="not a valid identifier"):
        await client.text_document_rename_async(
            types.RenameParams(text_document=doc(uri), position=position, new_name="2x")
        )
    # a name that would capture another one (here the built-in NSLog called in its scope)
    with pytest.raises(JsonRpcException, match="would change what a name refers to"):
        await client.text_document_rename_async(
            types.RenameParams(text_document=doc(uri), position=position, new_name="NSLog")
        )
    # a method is not renamed
    not_local = position_of(SCRIPT, "helper:(3)", 1)
    assert (
        await client.text_document_prepare_rename_async(
            types.PrepareRenameParams(text_document=doc(uri), position=not_local)
        )
        is None
    )
    with pytest.raises(JsonRpcException, match="only local variables and parameters"):
        await client.text_document_rename_async(
            types.RenameParams(text_document=doc(uri), position=not_local, new_name="other")
        )


async def test_workspace_symbols(client: LanguageClient, tmp_path: Path) -> None:
    uri = await opened(client, tmp_path)
    found = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="HELP"))
    assert [(s.name, s.kind, s.container_name) for s in found or []] == [
        ("helper:", types.SymbolKind.Method, "OrderListController")
    ]
    symbol = (found or [])[0]
    assert isinstance(symbol.location, types.Location)
    assert symbol.location.uri == uri and symbol.location.range == at(1, 8, 14)
    everything = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query=""))
    assert [s.name for s in everything or []] == ["OrderListController", "helper:", "viewDidLoad"]


def decode(data: list[int], legend: types.SemanticTokensLegend) -> list[tuple[int, int, int, str, list[str]]]:
    out = []
    line = character = 0
    for i in range(0, len(data), 5):
        delta_line, delta_char, length, kind, modifiers = data[i : i + 5]
        line += delta_line
        character = character + delta_char if delta_line == 0 else delta_char
        names = [m for bit, m in enumerate(legend.token_modifiers) if modifiers & (1 << bit)]
        out.append((line, character, length, legend.token_types[kind], names))
    return out


async def test_semantic_tokens(client: LanguageClient, tmp_path: Path) -> None:
    text = (
        "@If(1)\n"
        "class A : NSObject {\n"
        "- (void)run:(NSString *)s {\n"
        '    int n = 0; NSLog(@"😀" + s); n = self.run:(s).length;\n'
        "}\n"
        "}\n"
    )
    result = await client.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=tmp_path.as_uri())
    )
    provider = result.capabilities.semantic_tokens_provider
    assert provider is not None
    legend = provider.legend
    uri = open_doc(client, tmp_path / "fix.mf", text)
    await published(client, uri, 1)
    tokens = await client.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=doc(uri)))
    assert tokens is not None
    assert decode(list(tokens.data), legend) == [
        (0, 0, 3, "decorator", []),
        (1, 6, 1, "class", ["declaration"]),
        (1, 10, 8, "class", []),
        (2, 8, 3, "method", ["declaration"]),
        (2, 13, 8, "class", []),
        (2, 24, 1, "parameter", ["declaration"]),
        (3, 8, 1, "variable", ["declaration"]),
        (3, 15, 5, "function", ["defaultLibrary"]),
        (3, 29, 1, "parameter", []),  # after `@"😀"`: UTF-16 columns (the emoji counts 2)
        (3, 33, 1, "variable", []),
        (3, 42, 3, "method", []),
        (3, 47, 1, "parameter", []),
        (3, 50, 6, "property", []),
    ]
