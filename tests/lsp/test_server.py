"""End-to-end: the real server (`python -m mangopy lsp`) driven over stdio by pytest-lsp."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

ROOT = Path(__file__).resolve().parent.parent.parent
MANIFEST = ROOT / "examples" / "app_classes.json"
ORDERS = (ROOT / "examples" / "orders_fix.mf").read_text(encoding="utf-8")

pytestmark = pytest.mark.asyncio


def _record(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
    client.diagnostics[params.uri] = params.diagnostics
    client.published.append(params)  # type: ignore[attr-defined]


def make_client() -> LanguageClient:
    """The pytest-lsp client, also recording every publishDiagnostics with its version, in order."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []  # type: ignore[attr-defined]
    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _record})
    return client


_path = os.pathsep.join([str(ROOT), str(ROOT / "lsp"), os.environ.get("PYTHONPATH", "")])
SERVER = ClientServerConfig(
    server_command=[sys.executable, "-m", "mangopy", "lsp"],
    client_factory=make_client,
    server_env={**os.environ, "PYTHONPATH": _path},
)


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    yield
    await lsp_client.shutdown_session()


# ---------------------------------------------------------------------- helpers


async def start(client: LanguageClient, root: Path, options: dict[str, Any] | None = None) -> None:
    await client.initialize_session(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            root_uri=root.as_uri(),
            initialization_options=options,
        )
    )


def open_doc(client: LanguageClient, path: Path, text: str, version: int = 1) -> str:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="mangofix", version=version, text=text)
        )
    )
    return uri


def change(client: LanguageClient, uri: str, version: int, start: tuple[int, int], end: tuple[int, int], text: str):  # type: ignore[no-untyped-def]
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(
                        start=types.Position(line=start[0], character=start[1]),
                        end=types.Position(line=end[0], character=end[1]),
                    ),
                    text=text,
                )
            ],
        )
    )


async def published(
    client: LanguageClient, uri: str, version: int, timeout: float = 10
) -> types.PublishDiagnosticsParams:
    """The diagnostics published for ``version`` of ``uri`` (waiting for them)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for p in client.published:  # type: ignore[attr-defined]
            if p.uri == uri and p.version == version:
                return p  # type: ignore[no-any-return]
        await asyncio.sleep(0.01)
    raise AssertionError(f"no diagnostics for version {version} of {uri}: {client.published}")  # type: ignore[attr-defined]


def rng(l1: int, c1: int, l2: int, c2: int) -> types.Range:
    return types.Range(start=types.Position(line=l1, character=c1), end=types.Position(line=l2, character=c2))


def position_of(text: str, needle: str, delta: int = 0) -> types.Position:
    offset = text.index(needle) + delta
    line = text.count("\n", 0, offset)
    return types.Position(line=line, character=offset - (text.rfind("\n", 0, offset) + 1))


async def hover_text(client: LanguageClient, uri: str, position: types.Position) -> str | None:
    result = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
    )
    if result is None:
        return None
    assert isinstance(result.contents, types.MarkupContent)
    return result.contents.value


# ---------------------------------------------------------------------- diagnostics


async def test_errors_with_exact_utf16_ranges_then_fixed(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    text = 'NSString *s = @"😀😀";\nint y = ;\n'
    uri = open_doc(client, tmp_path / "fix.mf", text)
    first = await published(client, uri, 1)
    assert [(d.code, d.range, d.severity, d.source) for d in first.diagnostics] == [
        ("MF003", rng(1, 8, 1, 9), types.DiagnosticSeverity.Error, "mangopy")
    ]
    # an astral character before the error on the same line: its column counts UTF-16 units
    change(client, uri, 2, (1, 0), (1, 0), "/*😀*/")
    second = await published(client, uri, 2)
    assert [d.range for d in second.diagnostics] == [rng(1, 14, 1, 15)]
    # fix it: `int y = ;` -> `int y = 1;`
    change(client, uri, 3, (1, 14), (1, 14), "1")
    third = await published(client, uri, 3)
    assert list(third.diagnostics) == []
    assert list(client.diagnostics[uri]) == []


async def test_save_publishes_at_once_and_close_clears(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, {"debounce": 5000})
    uri = open_doc(client, tmp_path / "fix.mf", "int x = 1;\n")
    assert list((await published(client, uri, 1)).diagnostics) == []
    change(client, uri, 2, (0, 8), (0, 9), "")  # `int x = ;`: not analysed before 5 s of quiet...
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    saved = await published(client, uri, 2, timeout=3)  # ...but saving publishes at once
    assert [d.code for d in saved.diagnostics] == ["MF003"]
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    await published(client, uri, None, timeout=3)  # type: ignore[arg-type]
    assert list(client.diagnostics[uri]) == []


async def test_hint_and_manifest_rules_from_initialization_options(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, {"manifest": [str(MANIFEST)]})
    text = "class OrderListController : UIViewController {\n- (void)reloadOrdersAnimated:(int)animated {\n}\n}\n"
    uri = open_doc(client, tmp_path / "fix.mf", text)
    diags = (await published(client, uri, 1)).diagnostics
    assert [(d.code, d.range) for d in diags] == [("MF110", rng(1, 30, 1, 33))]
    assert diags[0].message.endswith("\nhint: declare it `(BOOL)`")


async def test_select_and_ignore_options(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, {"ignore": ["mf013"]})
    uri = open_doc(client, tmp_path / "fix.mf", "Foo x = 1;\nint y = ;\n")
    # MF013 ignored; MF003 (MangoFix would not load the script) is never deselected
    assert [d.code for d in (await published(client, uri, 1)).diagnostics] == ["MF003"]


async def test_flood_of_changes_ends_with_the_last_version(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    uri = open_doc(client, tmp_path / "fix.mf", "int x0 = 0;\n")
    await published(client, uri, 1)
    # 50 rapid edits, each appending a line; every other one leaves a syntax error on its line
    for i in range(1, 51):
        line = f"int x{i} = {i};\n" if i % 2 else f"int x{i} = ;\n"
        change(client, uri, i + 1, (i, 0), (i, 0), line)
        if i % 10 == 0:
            await asyncio.sleep(0.02)
    last = await published(client, uri, 51)
    await asyncio.sleep(0.4)  # nothing older may arrive afterwards
    versions = [p.version for p in client.published if p.uri == uri]  # type: ignore[attr-defined]
    assert versions == sorted(versions)
    assert versions[-1] == 51
    # cheap analyses (one line parsed again) may run at every keystroke, but never twice for one
    assert len(versions) == len(set(versions))
    errors = sorted(d.range.start.line for d in last.diagnostics)
    assert errors == list(range(2, 51, 2))  # the line of every `= ;`, in the final text


async def test_keystrokes_at_random_places_end_as_a_whole_check_of_the_text(
    client: LanguageClient, tmp_path: Path
) -> None:
    """Typing faster than analyses run, at places far apart (each change is parsed as it comes,
    the analysis runs after several): the diagnostics of the last version are a check of its text."""
    import random

    from mangopy.diagnostics import LineIndex
    from mangopy.semantics.analyze import analyze

    await start(client, tmp_path)
    text = (ROOT / "examples" / "orders_fix.mf").read_text(encoding="utf-8") * 3  # classes and methods again
    uri = open_doc(client, tmp_path / "fix.mf", text)
    await published(client, uri, 1)
    rnd = random.Random(7)
    lines = text.split("\n")
    for version in range(2, 42):
        line = rnd.randrange(len(lines))
        column = rnd.randrange(len(lines[line]) + 1)
        typed = rnd.choice("ab ;(){}.:=1")
        lines[line] = lines[line][:column] + typed + lines[line][column:]
        change(client, uri, version, (line, column), (line, column), typed)
        if version % 5 == 0:
            await asyncio.sleep(0.005)
    last = await published(client, uri, 41)
    final = "\n".join(lines)
    index = LineIndex(final)
    expected = [
        (index.position(d.start), d.code, d.message) for d in analyze(final, str(tmp_path / "fix.mf")).diagnostics
    ]
    got = sorted(
        (d.range.start.line, d.range.start.character, d.code, d.message.split("\nhint: ")[0]) for d in last.diagnostics
    )
    assert got == sorted((at.line - 1, at.column - 1, code, message) for at, code, message in expected)
    assert any(code.startswith("MF0") for _at, code, _message in expected)  # the typing broke the syntax


# ---------------------------------------------------------------------- manifests and configuration


async def test_broken_manifest_is_a_diagnostic_and_a_message(client: LanguageClient, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    await start(client, tmp_path, {"manifest": ["broken.json"]})  # relative to the workspace root
    text = "// a fix\nint x = ;\nint y = 1;\n"
    uri = open_doc(client, tmp_path / "fix.mf", text)
    diags = (await published(client, uri, 1)).diagnostics
    assert [(d.code, d.range) for d in diags] == [("manifest", rng(0, 0, 0, 8)), ("MF003", rng(1, 8, 1, 9))]
    assert "broken.json" in diags[0].message and "invalid JSON" in diags[0].message
    assert any("invalid manifest" in m.message for m in client.messages)
    # the server keeps serving
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert [s.name for s in symbols or []] == ["y"]
    # fixing the manifest file takes effect at the next analysis
    broken.write_text(MANIFEST.read_text(encoding="utf-8"), encoding="utf-8")
    change(client, uri, 2, (1, 8), (1, 8), "1")
    assert list((await published(client, uri, 2)).diagnostics) == []


async def test_configuration_file_is_discovered(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "mangopy.toml").write_text(f'manifest = ["{MANIFEST.as_posix()}"]\n', encoding="utf-8")
    (tmp_path / "patches").mkdir()
    await start(client, tmp_path)
    uri = open_doc(client, tmp_path / "patches" / "fix.mf", ORDERS)
    await published(client, uri, 1)
    text = await hover_text(client, uri, position_of(ORDERS, "reloadOrdersAnimated:(BOOL)", 2))
    assert text is not None and "- (void)reloadOrdersAnimated:(BOOL)" in text


async def test_broken_configuration_is_reported(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "mangopy.toml").write_text("colour = 1\n", encoding="utf-8")
    await start(client, tmp_path)
    uri = open_doc(client, tmp_path / "fix.mf", "int x = 1;\n")
    diags = (await published(client, uri, 1)).diagnostics
    assert [d.code for d in diags] == ["config"]
    assert "unknown key colour" in diags[0].message


# ---------------------------------------------------------------------- hover


async def test_hover(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, {"manifest": [str(MANIFEST)]})
    uri = open_doc(client, tmp_path / "fix.mf", ORDERS)
    await published(client, uri, 1)

    replaced = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position_of(ORDERS, "reloadOrdersAnimated:(BOOL)", 3),
        )
    )
    assert replaced is not None and isinstance(replaced.contents, types.MarkupContent)
    assert replaced.contents.value == (
        "```objective-c\n- (void)reloadOrdersAnimated:(BOOL)\n```\n\n"
        "Replaces `OrderListController`'s original `reloadOrdersAnimated:`, "
        "declared in `Orders/OrderListController.h:12`."
    )
    start_pos = position_of(ORDERS, "reloadOrdersAnimated:(BOOL)")
    assert replaced.range == types.Range(
        start=start_pos, end=types.Position(line=start_pos.line, character=start_pos.character + 20)
    )

    inherited = await hover_text(client, uri, position_of(ORDERS, "viewDidLoad {", 1))
    assert inherited is not None and "- (void)viewDidLoad" in inherited

    class_name = await hover_text(client, uri, position_of(ORDERS, "OrderListController :", 2))
    assert class_name is not None
    assert "`OrderListController` → `UIViewController` → `UIResponder` → `NSObject`" in class_name
    assert "Orders/OrderListController.h:12" in class_name

    superclass = await hover_text(client, uri, position_of(ORDERS, "UIViewController <", 2))
    assert superclass is not None and "`UIViewController` → `UIResponder` → `NSObject`" in superclass

    send = await hover_text(client, uri, position_of(ORDERS, "ORGviewDidLoad", 1))
    assert send is not None and "Selector `ORGviewDidLoad`" in send

    prop = await hover_text(client, uri, position_of(ORDERS, "self.orders;", 6))
    assert prop is not None and "@property (nonatomic, copy) NSArray<Order *> *orders" in prop

    nothing = await hover_text(client, uri, position_of(ORDERS, "// Hot fix", 3))
    assert nothing is None


async def test_hover_on_a_self_send_shows_the_signature(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, {"manifest": [str(MANIFEST)]})
    text = (
        "class OrderListController : UIViewController {\n"
        "- (void)viewDidLoad {\n"
        "    self.reloadOrdersAnimated:(YES);\n"
        "    OrderListController.sharedFormatter();\n"
        "}\n}\n"
    )
    uri = open_doc(client, tmp_path / "fix.mf", text)
    await published(client, uri, 1)
    send = await hover_text(client, uri, position_of(text, "reloadOrdersAnimated", 4))
    assert send == (
        "```objective-c\n- (void)reloadOrdersAnimated:(BOOL)\n```\n\n"
        "Selector `reloadOrdersAnimated:` of `OrderListController`, declared in `Orders/OrderListController.h:12`."
    )
    class_send = await hover_text(client, uri, position_of(text, "sharedFormatter", 2))
    assert class_send is not None and "+ (NSDateFormatter *)sharedFormatter" in class_send


# ---------------------------------------------------------------------- symbols


async def test_document_symbols(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    uri = open_doc(client, tmp_path / "fix.mf", ORDERS)
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert symbols is not None
    outline = [
        (s.name, s.kind, [(c.name, c.kind) for c in s.children or []])  # type: ignore[union-attr]
        for s in symbols
    ]
    assert outline == [
        ("Quantity", types.SymbolKind.TypeParameter, []),
        (
            "OrderListController",
            types.SymbolKind.Class,
            [
                ("emptyText", types.SymbolKind.Property),
                ("- viewDidLoad", types.SymbolKind.Method),
                ("- tableView:numberOfRowsInSection:", types.SymbolKind.Method),
                ("- reloadOrdersAnimated:", types.SymbolKind.Method),
            ],
        ),
    ]
    cls = symbols[1]
    assert isinstance(cls, types.DocumentSymbol)
    assert cls.selection_range.start == position_of(ORDERS, "OrderListController :")
    assert cls.detail == ": UIViewController"


# ---------------------------------------------------------------------- robustness


async def test_odd_requests_get_answers_and_the_server_keeps_serving(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path)
    empty = open_doc(client, tmp_path / "empty.mf", "")
    assert list((await published(client, empty, 1)).diagnostics) == []
    broken_text = "class A : NSObject {\n- (void)foo {\n  self.bar(;\n}\n}\n"
    broken = open_doc(client, tmp_path / "broken.mf", broken_text)
    await published(client, broken, 1)
    unclosed = open_doc(client, tmp_path / "unclosed.mf", "class A : NSObject {\n- (void)foo {\n  self.bar(;\n")
    await published(client, unclosed, 1)
    for uri, line, character in [
        (empty, 0, 0),
        (empty, 5, 40),  # past the end
        (broken, 2, 6),
        (broken, 2, 11),  # the error
        (broken, 5, 0),  # end of file
        (broken, 99, 99),
        (unclosed, 3, 0),
    ]:
        await hover_text(client, uri, types.Position(line=line, character=character))
    for uri in (empty, broken, unclosed):
        symbols = await client.text_document_document_symbol_async(
            types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        assert symbols is not None
    # the recovered tree still gives the outline and hover
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=broken))
    )
    assert [s.name for s in symbols or []] == ["A"]
    assert await hover_text(client, broken, position_of(broken_text, "NSObject", 1)) is not None
    # a request for a document the server never saw (and no file): refused with InvalidParams, not a crash
    unknown = (tmp_path / "unknown.mf").as_uri()
    with pytest.raises(JsonRpcException, match="is not open and cannot be read") as refused:
        await hover_text(client, unknown, types.Position(line=0, character=0))
    assert refused.value.code == -32602
    with pytest.raises(JsonRpcException, match="is not open and cannot be read"):
        await client.text_document_document_symbol_async(
            types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=unknown))
        )
    # and it still works afterwards
    change(client, unclosed, 2, (3, 0), (3, 0), "}\n}\n")
    assert [d.code for d in (await published(client, unclosed, 2)).diagnostics] == ["MF103", "MF003"]


async def test_hover_on_built_ins(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, {"manifest": [str(MANIFEST)]})
    text = "struct CGRect r = CGRectMake(0, 0, 10, 10);\ndouble pi = M_PI;\n"
    uri = open_doc(client, tmp_path / "fix.mf", text)
    await published(client, uri, 1)
    function = await hover_text(client, uri, position_of(text, "CGRectMake", 3))
    assert function is not None
    assert "struct CGRect CGRectMake(double x, double y, double width, double height)" in function
    constant = await hover_text(client, uri, position_of(text, "M_PI", 1))
    assert constant is not None and "built-in constant" in constant


async def test_a_flood_of_concurrent_requests_is_all_answered(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, {"manifest": [str(MANIFEST)]})
    uri = open_doc(client, tmp_path / "fix.mf", ORDERS)
    await published(client, uri, 1)
    doc = types.TextDocumentIdentifier(uri=uri)
    position = position_of(ORDERS, "reloadOrdersAnimated:(BOOL)", 3)
    requests = []
    for _ in range(60):
        requests.append(client.text_document_hover_async(types.HoverParams(text_document=doc, position=position)))
        requests.append(client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc)))
        requests.append(
            client.text_document_completion_async(
                types.CompletionParams(text_document=doc, position=types.Position(line=0, character=0))
            )
        )
    answers = await asyncio.wait_for(asyncio.gather(*requests), timeout=60)
    hovers = answers[0::3]
    assert all(h is not None and "reloadOrdersAnimated:" in h.contents.value for h in hovers)  # type: ignore[union-attr]
    assert all(symbols for symbols in answers[1::3])
    # The server still serves normally afterwards.
    assert await hover_text(client, uri, position) is not None


async def test_a_selector_that_selects_no_rule_is_a_diagnostic_and_the_rest_applies(
    client: LanguageClient, tmp_path: Path
) -> None:
    await start(client, tmp_path, {"ignore": ["MF1O1", "mf013"]})
    uri = open_doc(client, tmp_path / "fix.mf", "Foo x = 1;\n")
    diags = (await published(client, uri, 1)).diagnostics
    assert [d.code for d in diags] == ["config"]  # MF013 ignored all the same
    assert "`MF1O1` is not a rule code" in diags[0].message and "`MF101`" in diags[0].message


async def test_per_file_ignores_apply_in_the_editor(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "mangopy.toml").write_text('per-file-ignores = { "legacy/*.mf" = ["MF013"] }\n', encoding="utf-8")
    (tmp_path / "legacy").mkdir()
    await start(client, tmp_path)
    old = open_doc(client, tmp_path / "legacy" / "old.mf", "Foo x = 1;\n")
    new = open_doc(client, tmp_path / "new.mf", "Foo x = 1;\n")
    assert [d.code for d in (await published(client, old, 1)).diagnostics] == []
    assert [d.code for d in (await published(client, new, 1)).diagnostics] == ["MF013"]
