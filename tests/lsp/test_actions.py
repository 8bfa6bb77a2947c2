"""Quick fixes, watched-file and configuration reloads: the real server driven over stdio by pytest-lsp."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from tests.lsp.test_server import MANIFEST, SERVER, _record, open_doc, published, rng

pytestmark = pytest.mark.asyncio


def _register_capability(client: LanguageClient, params: types.RegistrationParams) -> None:
    client.registrations.extend(params.registrations)  # type: ignore[attr-defined]


def make_client() -> LanguageClient:
    """The tests' client, also recording publishDiagnostics in order and capability registrations."""
    from pygls.protocol import default_converter

    client = LanguageClient(converter_factory=default_converter)
    client.published = []  # type: ignore[attr-defined]
    client.registrations = []  # type: ignore[attr-defined]
    register_lsp_features(
        client,
        {
            **DEFAULT_CLIENT_FEATURES,
            types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _record,
            types.CLIENT_REGISTER_CAPABILITY: _register_capability,
        },
    )
    return client


CONFIG = ClientServerConfig(
    server_command=SERVER.server_command, client_factory=make_client, server_env=SERVER.server_env
)


@pytest_lsp.fixture(config=CONFIG)
async def client(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    yield
    await lsp_client.shutdown_session()


CAPABILITIES = types.ClientCapabilities(
    workspace=types.WorkspaceClientCapabilities(
        workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
    )
)


async def start(client: LanguageClient, root: Path, options: dict[str, Any] | None = None) -> None:
    await client.initialize_session(
        types.InitializeParams(capabilities=CAPABILITIES, root_uri=root.as_uri(), initialization_options=options)
    )


def apply(text: str, edits: list[types.TextEdit]) -> str:
    """The text after ``edits`` (ASCII test texts: columns are characters)."""
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)

    def offset(p: types.Position) -> int:
        return starts[p.line] + p.character

    for e in sorted(edits, key=lambda e: offset(e.range.start), reverse=True):
        text = text[: offset(e.range.start)] + e.new_text + text[offset(e.range.end) :]
    return text


async def actions(client: LanguageClient, uri: str, where: types.Range) -> list[types.CodeAction]:
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=where,
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    assert result is not None
    assert all(isinstance(a, types.CodeAction) for a in result)
    return list(result)  # type: ignore[arg-type]


def edits_of(action: types.CodeAction, uri: str, version: int) -> list[types.TextEdit]:
    """The edits of a quick fix for ``uri`` (sent as versioned document changes: this client supports them)."""
    assert action.kind == types.CodeActionKind.QuickFix
    assert action.edit is not None and action.edit.document_changes is not None
    [change] = action.edit.document_changes
    assert isinstance(change, types.TextDocumentEdit)
    assert change.text_document.uri == uri and change.text_document.version == version
    return [e for e in change.edits if isinstance(e, types.TextEdit)]


def by_title(found: list[types.CodeAction]) -> dict[str, types.CodeAction]:
    return {a.title: a for a in found}


async def next_publication(
    client: LanguageClient, uri: str, after: int, timeout: float = 5
) -> types.PublishDiagnosticsParams:
    """The first publishDiagnostics for ``uri`` among those received after the first ``after``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for p in client.published[after:]:  # type: ignore[attr-defined]
            if p.uri == uri:
                return p  # type: ignore[no-any-return]
        await asyncio.sleep(0.01)
    raise AssertionError(f"no new diagnostics for {uri}")


# ---------------------------------------------------------------------- quick fixes


async def test_superclass_fix_and_ignore(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, {"manifest": [str(MANIFEST)]})
    text = "class OrderCell : UICollectionViewCell { }\n"
    uri = open_doc(client, tmp_path / "fix.mf", text)
    [diag] = (await published(client, uri, 1)).diagnostics
    assert (diag.code, diag.range) == ("MF101", rng(0, 18, 0, 38))
    found = by_title(await actions(client, uri, rng(0, 20, 0, 20)))  # the cursor inside the name
    assert list(found) == ["Change the superclass to `UITableViewCell`", "Ignore MF101 on this line"]
    fix = found["Change the superclass to `UITableViewCell`"]
    assert fix.is_preferred and [d.code for d in fix.diagnostics or []] == ["MF101"]
    assert apply(text, edits_of(fix, uri, 1)) == "class OrderCell : UITableViewCell { }\n"
    ignore = found["Ignore MF101 on this line"]
    ignored = apply(text, edits_of(ignore, uri, 1))
    assert ignored == "class OrderCell : UICollectionViewCell { } // mangopy: ignore[MF101]\n"
    # nothing is offered away from the diagnostic
    assert await actions(client, uri, rng(1, 0, 1, 0)) == []


async def test_type_fix_and_ignore_added_to_an_existing_comment(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, {"manifest": [str(MANIFEST)]})
    text = (
        "class OrderListController : UIViewController {\n"
        "- (void)reloadOrdersAnimated:(id)animated { } // mangopy: ignore[MF999]\n"
        "- (int)viewDidLoad { return 0; }\n"
        "}\n"
    )
    uri = open_doc(client, tmp_path / "fix.mf", text)
    diags = (await published(client, uri, 1)).diagnostics
    assert [(d.code, d.range) for d in diags] == [
        ("MF110", rng(1, 30, 1, 32)),
        ("MF190", rng(1, 49, 1, 71)),
        ("MF111", rng(2, 3, 2, 6)),
    ]  # fmt: skip  (MF190: `MF999` is no rule)
    found = by_title(await actions(client, uri, rng(1, 31, 1, 31)))
    assert list(found) == ["Declare it `(BOOL)`", "Ignore MF110 on this line"]
    fixed = apply(text, edits_of(found["Declare it `(BOOL)`"], uri, 1))
    assert "- (void)reloadOrdersAnimated:(BOOL)animated { }" in fixed
    ignored = apply(text, edits_of(found["Ignore MF110 on this line"], uri, 1))
    assert "{ } // mangopy: ignore[MF999, MF110]\n" in ignored
    # the whole document: both fixes, then both ignores
    found = by_title(await actions(client, uri, rng(0, 0, 4, 0)))
    assert list(found) == [
        "Declare it `(BOOL)`",
        "Remove the unused suppression",
        "Declare it `(void)`",
        "Ignore MF110 on this line",
        "Ignore MF111 on this line",
    ]
    fixed = apply(text, edits_of(found["Declare it `(void)`"], uri, 1))
    assert "- (void)viewDidLoad { return 0; }" in fixed


async def test_selector_fixes(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, {"manifest": [str(MANIFEST)]})
    text = (
        "class OrderListController : UIViewController {\n"
        "- (void)reloadOrdersAnimate:(BOOL)animated { }\n"
        "- (void)viewDidLoad {\n"
        "    self.reloadOrdersAnimatd:(YES);\n"
        "    self.ORGviewDidLoa();\n"
        "    self.tableView:numberOfRowsInSectio:(nil, 1);\n"
        "}\n"
        "}\n"
    )
    uri = open_doc(client, tmp_path / "fix.mf", text)
    diags = (await published(client, uri, 1)).diagnostics
    assert [d.code for d in diags] == ["MF113", "MF117", "MF115", "MF117"]

    async def fixed(line: int) -> str:
        found = [a for a in await actions(client, uri, rng(line, 9, line, 9)) if a.is_preferred]
        assert len(found) == 1, found
        return apply(text, edits_of(found[0], uri, 1)).splitlines()[line]

    assert await fixed(1) == "- (void)reloadOrdersAnimated:(BOOL)animated { }"
    assert await fixed(3) == "    self.reloadOrdersAnimated:(YES);"
    assert await fixed(4) == "    self.ORGviewDidLoad();"
    assert await fixed(5) == "    self.tableView:numberOfRowsInSection:(nil, 1);"


async def test_class_name_typo_fix(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, {"manifest": [str(MANIFEST)]})
    text = "class OrderListControler : UIViewController {\n- (void)viewDidLoad { }\n}\n"
    uri = open_doc(client, tmp_path / "fix.mf", text)
    diags = (await published(client, uri, 1)).diagnostics
    assert [d.code for d in diags] == ["MF106"]
    found = [a for a in await actions(client, uri, rng(0, 8, 0, 8)) if a.is_preferred]
    assert [a.title for a in found] == ["Change the class name to `OrderListController`"]
    assert apply(text, edits_of(found[0], uri, 1)).startswith("class OrderListController : UIViewController {")


async def test_no_selector_fix_when_the_pieces_differ(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, {"manifest": [str(MANIFEST)]})
    # `reloadOrdersAnimated` (no argument) is close to `reloadOrdersAnimated:` (one): no rewrite
    text = (
        "class OrderListController : UIViewController {\n"
        "- (void)viewDidLoad {\n    self.reloadOrdersAnimated();\n}\n}\n"
    )
    uri = open_doc(client, tmp_path / "fix.mf", text)
    diags = (await published(client, uri, 1)).diagnostics
    assert [d.code for d in diags] == ["MF117"]
    found = await actions(client, uri, diags[0].range)
    assert [a.title for a in found] == ["Ignore MF117 on this line"]
    # a client asking only for refactorings gets no quick fixes
    only = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diags[0].range,
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.Refactor]),
        )
    )
    assert not only


# ---------------------------------------------------------------------- reloads


async def test_manifest_change_on_disk_republishes(client: LanguageClient, tmp_path: Path) -> None:
    manifest = tmp_path / "app_classes.json"
    data = json.loads(MANIFEST.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps(data), encoding="utf-8")
    await start(client, tmp_path, {"manifest": ["app_classes.json"]})
    # the server asked to watch the configuration files and the manifest
    for _ in range(200):
        if client.registrations:  # type: ignore[attr-defined]
            break
        await asyncio.sleep(0.01)
    [registration] = client.registrations  # type: ignore[attr-defined]
    assert registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    patterns = [w["globPattern"] for w in registration.register_options["watchers"]]
    assert "**/mangopy.toml" in patterns and "**/pyproject.toml" in patterns
    text = "class OrderCell : UICollectionViewCell { }\n"
    uri = open_doc(client, tmp_path / "fix.mf", text)
    assert [d.code for d in (await published(client, uri, 1)).diagnostics] == ["MF101"]

    # the app's OrderCell becomes a collection-view cell (same size: the file signature may not change)
    data["classes"]["OrderCell"]["superclass"] = "UICollectionViewCell"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    count = len(client.published)  # type: ignore[attr-defined]
    # an unrelated file changes nothing
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=(tmp_path / "other.json").as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=manifest.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    again = await next_publication(client, uri, count)
    assert again.version == 1 and list(again.diagnostics) == []
    assert len(client.published) == count + 1  # type: ignore[attr-defined]


async def test_configuration_change_republishes(client: LanguageClient, tmp_path: Path) -> None:
    await start(client, tmp_path, {"manifest": [str(MANIFEST)], "debounce": 0})
    uri = open_doc(client, tmp_path / "fix.mf", "class OrderCell : UICollectionViewCell { }\nint x = ;\n")
    assert [d.code for d in (await published(client, uri, 1)).diagnostics] == ["MF101", "MF003"]
    count = len(client.published)  # type: ignore[attr-defined]
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"mangopy": {"ignore": ["MF101"]}})
    )
    again = await next_publication(client, uri, count)
    assert [d.code for d in again.diagnostics] == ["MF003"]
    # the manifest option still applies (only the keys sent change)
    count = len(client.published)  # type: ignore[attr-defined]
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"mangopy": {"ignore": [], "select": ["MF1"]}})
    )
    again = await next_publication(client, uri, count)
    assert [d.code for d in again.diagnostics] == ["MF101", "MF003"]  # MF003 stops loading: never deselected
