"""``workspace/executeCommand`` ``mangopy.convertObjectiveC``: the real server over stdio converts
the Objective-C methods a selection covers, from the editor's buffer, and refuses bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import LanguageClient

from tests.lsp.test_actions import client, start  # noqa: F401  (the fixture)

pytestmark = pytest.mark.asyncio

DATA = Path(__file__).resolve().parent.parent / "convert" / "data"
COMMAND = "mangopy.convertObjectiveC"


def _range(first: int, last: int, last_character: int = 1) -> dict[str, dict[str, int]]:
    return {"start": {"line": first, "character": 0}, "end": {"line": last, "character": last_character}}


async def _convert(client: LanguageClient, **argument: object) -> dict[str, object]:  # noqa: F811
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=COMMAND, arguments=[argument])
    )
    assert isinstance(result, dict)
    return result


async def test_the_command_is_advertised(client: LanguageClient, tmp_path: Path) -> None:  # noqa: F811
    result = await client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    provider = result.capabilities.execute_command_provider
    assert provider is not None and COMMAND in provider.commands


async def test_the_methods_a_selection_covers_are_converted(client: LanguageClient, tmp_path: Path) -> None:  # noqa: F811
    await start(client, tmp_path)
    source = tmp_path / "FeedController.m"
    shutil.copy(DATA / "feed_controller.m", source)
    lines = source.read_text().splitlines()
    at = next(n for n, line in enumerate(lines) if "- (void)loadMore" in line)  # 0-based
    picked = await _convert(client, uri=source.as_uri(), range=_range(at, at + 1))
    assert picked["methods"] == ["-[FeedController loadMore]"]
    assert str(picked["text"]).startswith("class FeedController : UITableViewController {")
    assert "- (void)loadMore {" in str(picked["text"])
    # the cursor in no method (on the @implementation line): every method
    impl = next(n for n, line in enumerate(lines) if line.startswith("@implementation"))
    every = await _convert(client, uri=source.as_uri(), range=_range(impl, impl, 0))
    assert len(every["methods"]) > 1  # type: ignore[arg-type]
    # no range: every method, and the editor's unsaved text wins over the disk's
    edited = source.read_text().replace("- (void)loadMore", "- (void)loadEvenMore")
    unsaved = await _convert(client, uri=source.as_uri(), text=edited)
    assert "-[FeedController loadEvenMore]" in unsaved["methods"]  # type: ignore[operator]
    assert "-[FeedController loadMore]" not in unsaved["methods"]  # type: ignore[operator]


async def test_what_cannot_be_converted_is_said_at_its_objective_c_line(client: LanguageClient, tmp_path: Path) -> None:  # noqa: F811
    await start(client, tmp_path)
    source = tmp_path / "Unsupported.m"
    shutil.copy(DATA / "unsupported.m", source)
    result = await _convert(client, uri=source.as_uri())
    problems = result["problems"]
    assert isinstance(problems, list) and problems
    at_try = next(n for n, line in enumerate(source.read_text().splitlines(), 1) if "@try" in line)
    assert any(p["line"] == at_try and p["severity"] == "error" and "@try" in p["message"] for p in problems)


async def test_bad_arguments_are_refused_and_the_server_lives_on(client: LanguageClient, tmp_path: Path) -> None:  # noqa: F811
    await start(client, tmp_path)
    for arguments, message in (
        ([], "takes one argument"),
        ([{"uri": "untitled:Untitled-1"}], "only files"),
        ([{"uri": (tmp_path / "Missing.m").as_uri()}], "cannot read"),
        ([{"uri": (tmp_path / "Missing.m").as_uri(), "range": {"start": 3}}], "not an LSP range"),
    ):
        with pytest.raises(JsonRpcException, match=message):
            await client.workspace_execute_command_async(
                types.ExecuteCommandParams(command=COMMAND, arguments=arguments)
            )
    empty = tmp_path / "Empty.m"
    empty.write_text("// nothing here\n")
    with pytest.raises(JsonRpcException, match="no method to convert"):
        await _convert(client, uri=empty.as_uri(), range=_range(0, 0, 0))
    with pytest.raises(JsonRpcException, match="not defined"):
        await client.workspace_execute_command_async(types.ExecuteCommandParams(command="mangopy.nothing"))
    # still answering
    source = tmp_path / "Cart.m"
    shutil.copy(DATA / "cart_cell.m", source)
    assert (await _convert(client, uri=source.as_uri()))["methods"]
