"""Completion and signature help, end to end against the real server (`python -m mangopy lsp`)."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.test_server import MANIFEST, SERVER, open_doc, position_of, published

pytestmark = pytest.mark.asyncio

CLASS = """\
int retries = 3;

class OrderListController : UIViewController <UITableViewDataSource> {

- (void)viewDidLoad {
    self.ORGviewDidLoad();
    Order *order = nil;
    SELF_LINE
}

}
"""


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    yield
    await lsp_client.shutdown_session()


async def start(client: LanguageClient, root: Path, snippets: bool = True) -> None:
    item = types.ClientCompletionItemOptions(snippet_support=snippets)
    capabilities = types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(
            completion=types.CompletionClientCapabilities(completion_item=item)
        )
    )
    await client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities, root_uri=root.as_uri(), initialization_options={"manifest": [str(MANIFEST)]}
        )
    )


async def items_at(
    client: LanguageClient, uri: str, position: types.Position, trigger: str | None = None
) -> dict[str, types.CompletionItem]:
    context = (
        types.CompletionContext(trigger_kind=types.CompletionTriggerKind.TriggerCharacter, trigger_character=trigger)
        if trigger
        else types.CompletionContext(trigger_kind=types.CompletionTriggerKind.Invoked)
    )
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position, context=context)
    )
    assert isinstance(result, types.CompletionList)
    return {item.label: item for item in result.items}


def inserted(item: types.CompletionItem) -> str | None:
    if item.text_edit is not None:
        return item.text_edit.new_text
    return item.insert_text


async def open_and_wait(client: LanguageClient, path: Path, text: str) -> str:
    uri = open_doc(client, path, text)
    await published(client, uri, 1)
    return uri


def end_of(text: str, needle: str) -> types.Position:
    return position_of(text, needle, len(needle))


async def test_messages_to_self_a_class_and_a_typed_local(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    text = CLASS.replace("SELF_LINE", "self.\n    int a = 1;\n    Order.\n    int b = 2;\n    order.")
    uri = await open_and_wait(client, tmp_path / "fix.mf", text)
    errors = [d for d in client.diagnostics[uri] if d.severity == types.DiagnosticSeverity.Error]
    assert errors  # `self.` is unfinished: completion works on the recovered tree and the tokens

    own = await items_at(client, uri, end_of(text, "self."), ".")
    reload = own["reloadOrdersAnimated:"]
    assert inserted(reload) == "reloadOrdersAnimated:(${1:animated})"
    assert reload.insert_text_format == types.InsertTextFormat.Snippet
    assert reload.kind == types.CompletionItemKind.Method
    assert reload.detail == "- (void)reloadOrdersAnimated:(BOOL)"
    assert reload.text_edit is not None and reload.text_edit.range.start == end_of(text, "self.")
    assert own["tableView"].kind == types.CompletionItemKind.Property and inserted(own["tableView"]) == "tableView"
    assert inserted(own["showEmptyState"]) == "showEmptyState()"
    assert inserted(own["tableView:numberOfRowsInSection:"]) == (
        "tableView:numberOfRowsInSection:(${1:tableView}, ${2:section})"
    )
    assert "view" in own and "ORGviewDidLoad" in own  # inherited from UIViewController; the original
    assert "sharedFormatter" not in own  # a class method

    classy = await items_at(client, uri, end_of(text, "Order."), ".")
    assert "alloc" in classy and "totalPrice" not in classy

    local = await items_at(client, uri, end_of(text, "order."), ".")
    assert {"totalPrice", "isPaid", "addItem:quantity:", "quantity"} <= set(local)
    assert inserted(local["addItem:quantity:"]) == "addItem:quantity:(${1:item}, ${2:quantity})"


async def test_member_start_offers_the_full_header(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    text = "class OrderListController : UIViewController {\n\n- \n\n- (void)viewDidLoad {\n}\n}\n"
    uri = await open_and_wait(client, tmp_path / "fix.mf", text)
    found = await items_at(client, uri, types.Position(line=2, character=2))
    appear = found["- viewWillAppear:"]
    assert inserted(appear) == "- (void)viewWillAppear:(BOOL)animated {\n\t$0\n}"
    assert appear.text_edit is not None and appear.text_edit.range.start == types.Position(line=2, character=0)
    assert inserted(found["- tableView:cellForRowAtIndexPath:"]) == (
        "- (UITableViewCell *)tableView:(UITableView *)tableView cellForRowAtIndexPath:(NSIndexPath *)indexPath"
        " {\n\t$0\n}"
    )
    assert "- viewDidLoad" not in found  # already defined by the script
    assert not any(label.startswith("+ ") for label in found)  # `-` asks for instance methods

    blank = await items_at(client, uri, types.Position(line=1, character=0))
    assert "@property" in blank and "- viewWillAppear:" in blank and "+ sharedFormatter" in blank


async def test_top_level_and_plain_text_clients(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, snippets=False)
    text = "int total = 1;\nCG\nint later = 2;\n"
    uri = await open_and_wait(client, tmp_path / "fix.mf", text)
    found = await items_at(client, uri, types.Position(line=1, character=2))
    assert found["CGRectMake"].kind == types.CompletionItemKind.Function
    assert inserted(found["CGRectMake"]) == "CGRectMake(x, y, width, height)"  # no snippet support: plain
    assert found["CGRectMake"].insert_text_format in (None, types.InsertTextFormat.PlainText)  # None: plain
    assert found["total"].kind == types.CompletionItemKind.Variable and found["total"].detail == "int"
    assert "later" not in found  # declared below: not visible to top-level code yet
    assert {"if", "for", "while", "return", "class"} <= set(found)
    assert found["DISPATCH_QUEUE_PRIORITY_DEFAULT"].kind == types.CompletionItemKind.Constant
    assert "self" not in found  # no receiver outside a method
    assert "CGRect" not in found and "UIView" not in found  # class names are filtered by the prefix
    classes = await items_at(client, uri, types.Position(line=0, character=0))
    assert "NSObject" in classes or "UIView" in classes


async def test_signature_help(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    text = CLASS.replace("SELF_LINE", "self.reloadOrdersAnimated:(\n    CGRectMake(1, 2, ")
    uri = await open_and_wait(client, tmp_path / "fix.mf", text)

    async def help_at(position: types.Position) -> types.SignatureHelp | None:
        return await client.text_document_signature_help_async(
            types.SignatureHelpParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
        )

    send = await help_at(end_of(text, "reloadOrdersAnimated:("))
    assert send is not None
    signature = send.signatures[0]
    assert signature.label == "- (void)reloadOrdersAnimated:(BOOL)animated"
    assert send.active_parameter == 0
    assert signature.parameters is not None
    first, last = signature.parameters[0].label  # type: ignore[misc]
    assert signature.label[first:last] == "(BOOL)animated"

    call = await help_at(end_of(text, "CGRectMake(1, 2, "))
    assert call is not None and call.active_parameter == 2
    assert call.signatures[0].label == "CGRectMake(double x, double y, double width, double height)"
    assert await help_at(types.Position(line=0, character=3)) is None
