"""Code actions (quick fixes) and reloads on watched-file and configuration changes.

Quick fixes are computed from the server's current analysis of the document, never from the
client's copy of the diagnostics:

* MF101 (wrong superclass): write the app's superclass, as the manifest gives it;
* MF110 / MF111 (parameter or return type incompatible with the app's method): write the keyword
  type of the native type's category (as the manifest's method gives it);
* MF113 / MF115 / MF116 / MF117 (unknown selector): write the first "did you mean" suggestion, when
  it has as many pieces and arguments as the selector written;
* MF102 / MF104 / MF106 / MF130 (a misspelt superclass, protocol, class or class name): write the
  known name it is a typo of;
* every diagnostic: "Ignore MFxxx on this line", which appends ``// mangopy: ignore[MFxxx]`` to the
  line (or adds the code to an ``ignore[...]`` comment already on it).

``workspace/didChangeWatchedFiles`` for a manifest in use or a configuration file, and
``workspace/didChangeConfiguration`` (section ``mangopy``, keys as in ``initializationOptions``)
drop the loaded manifests and re-analyse every open document.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from mangopy.config import ConfigError, find_config, load_config
from mangopy.diagnostics import Diagnostic
from mangopy.semantics.analyze import UNUSED_SUPPRESSION
from mangopy.semantics.catalogue import LOAD_BLOCKING
from mangopy_lsp.convert import PositionMap, lsp_diagnostic, uri_to_path
from mangopy_lsp.registry import Features
from mangopy_lsp.settings import ManifestCache, ServerOptions

if TYPE_CHECKING:
    from mangopy_lsp.server import Analyzed, MangopyServer

CONFIG_FILES = ("mangopy.toml", "pyproject.toml")
WATCH_REGISTRATION_ID = "mangopy-watched-files"

_IGNORE_LIST = re.compile(r"mangopy:\s*ignore\[([^\]]*)\]")

# settings.mangopy / initializationOptions key -> ServerOptions field
_OPTION_FIELDS = {
    "manifest": "manifests",
    "baseline": "baseline",
    "select": "select",
    "ignore": "ignore",
    "debounce": "debounce",
}


# ---------------------------------------------------------------------- code actions


@dataclasses.dataclass(frozen=True)
class Fix:
    """A quick fix of one diagnostic: ``edits`` are (start, end, new text) in character offsets."""

    title: str
    edits: list[tuple[int, int, str]]
    preferred: bool = True


def code_actions(analyzed: Analyzed, uri: str, start: int, end: int, versioned: bool = False) -> list[types.CodeAction]:
    """Quick fixes for the current diagnostics that touch the character range ``start``-``end``."""
    analysis = analyzed.analysis
    positions = analyzed.positions
    actions: list[types.CodeAction] = []
    ignores: list[types.CodeAction] = []
    seen_ignores: set[tuple[str, int]] = set()
    for d in analysis.diagnostics:
        if d.start > end or d.end < start:
            continue
        lsp = lsp_diagnostic(d, positions, uri)
        for library_fix in d.fixes:  # computed by the rule that reported the diagnostic
            actions.append(_action(Fix(library_fix.title, list(library_fix.edits)), lsp, analyzed, uri, versioned))
        line = positions.position(d.start).line
        # findings that stop loading cannot be suppressed, nor can an unused suppression on its line
        if d.code not in LOAD_BLOCKING and d.code != UNUSED_SUPPRESSION and (d.code, line) not in seen_ignores:
            seen_ignores.add((d.code, line))
            ignores.append(_action(ignore_fix(d, analyzed), lsp, analyzed, uri, versioned))
    return actions + ignores


def _action(fix: Fix, diagnostic: types.Diagnostic, analyzed: Analyzed, uri: str, versioned: bool) -> types.CodeAction:
    positions = analyzed.positions
    edits = [types.TextEdit(range=positions.range(s, e), new_text=text) for s, e, text in fix.edits]
    if versioned:
        identifier = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=analyzed.version)
        edit = types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=identifier, edits=edits)])
    else:
        edit = types.WorkspaceEdit(changes={uri: edits})
    return types.CodeAction(
        title=fix.title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        is_preferred=fix.preferred or None,
        edit=edit,
    )


def ignore_fix(d: Diagnostic, analyzed: Analyzed) -> Fix:
    """Append ``// mangopy: ignore[CODE]`` to the diagnostic's line, or add CODE to one already there."""
    positions = analyzed.positions
    line = positions.position(d.start).line
    line_start = positions.offset(types.Position(line=line, character=0))
    line_end = positions.offset(types.Position(line=line, character=1 << 30))
    text = positions.text
    title = f"Ignore {d.code} on this line"
    for start, end in analyzed.analysis.result.comments:
        if not line_start <= start <= line_end:
            continue
        m = _IGNORE_LIST.search(text, start, min(end, line_end))
        if m is not None:
            codes = m.group(1)
            separator = ", " if codes.strip() else ""
            return Fix(title, [(m.end(1), m.end(1), f"{separator}{d.code}")], preferred=False)
    return Fix(title, [(line_end, line_end, f" // mangopy: ignore[{d.code}]")], preferred=False)


# ---------------------------------------------------------------------- reloads


def manifest_paths_in_use(ls: MangopyServer) -> set[Path]:
    """The manifests the open documents use: the client's options and each document's configuration."""
    paths = {p.resolve() for p in ls.options.manifest_paths()}
    folders: set[Path] = set()
    for uri in list(ls.workspace.text_documents):
        if uri.startswith("file:"):
            fs_path = uri_to_path(uri)
            if fs_path:
                folders.add(Path(fs_path).parent)
    for folder in folders:
        try:
            found = find_config(folder)
            if found is not None:
                paths.update(Path(p).resolve() for p in load_config(found).manifests)
        except (ConfigError, OSError):
            continue
    return paths


def is_relevant(path: Path, manifests: set[Path]) -> bool:
    return path.name in CONFIG_FILES or path.resolve() in manifests


def reanalyze_all(ls: MangopyServer) -> None:
    """Forget loaded manifests, then analyse and publish every open document again."""
    ls.manifests = ManifestCache()
    for uri in list(ls.workspace.text_documents):
        ls.cancel(uri)
        try:
            ls.analyze_document(ls.workspace.get_text_document(uri))
            ls.publish(uri)
        except Exception:
            ls.log_failure(f"re-analysing {uri}")


def apply_settings(ls: MangopyServer, raw: Any) -> bool:
    """Apply ``settings.mangopy`` (keys as in initializationOptions); True if it held any."""
    if not isinstance(raw, dict):
        return False
    known = {k: v for k, v in raw.items() if k in _OPTION_FIELDS}
    if not known:
        return False
    parsed, problems = ServerOptions.from_client(known, ls.options.root)
    changes = {_OPTION_FIELDS[k]: getattr(parsed, _OPTION_FIELDS[k]) for k in known}
    ls.options = dataclasses.replace(ls.options, **changes)
    for problem in problems:
        ls.show_once(problem.replace("initializationOptions.", "settings.mangopy."), types.MessageType.Warning)
    return True


def _watchers(ls: MangopyServer) -> list[types.FileSystemWatcher]:
    watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
    watchers.append(types.FileSystemWatcher(glob_pattern="**/*.json"))
    for path in ls.options.manifest_paths():  # also those outside the workspace
        base = types.RelativePattern(base_uri=path.parent.resolve().as_uri(), pattern=path.name)
        watchers.append(types.FileSystemWatcher(glob_pattern=base))
    return watchers


def _kind(kind: types.CodeActionKind | str) -> str:
    return kind.value if isinstance(kind, types.CodeActionKind) else str(kind)


def _client_can(ls: MangopyServer, *attributes: str) -> bool:
    value: Any = ls.client_capabilities
    for name in attributes:
        value = getattr(value, name, None)
        if value is None:
            return False
    return bool(value)


# ---------------------------------------------------------------------- registration


features = Features()
_pending: set[asyncio.Future[None]] = set()  # configuration pulls in flight (kept referenced)


@features.request(
    types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix])
)
def code_action(ls: MangopyServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    only = params.context.only
    if only and not any(_kind(k) in ("", "quickfix") for k in only):
        return []
    uri = params.text_document.uri
    analyzed = ls.current(uri)
    positions: PositionMap = analyzed.positions
    start = positions.offset(params.range.start)
    end = positions.offset(params.range.end)
    versioned = _client_can(ls, "workspace", "workspace_edit", "document_changes")
    return code_actions(analyzed, uri, start, end, versioned)


@features.notification(types.INITIALIZED)
def initialized(ls: MangopyServer, params: types.InitializedParams) -> None:
    if not _client_can(ls, "workspace", "did_change_watched_files", "dynamic_registration"):
        return
    options = types.DidChangeWatchedFilesRegistrationOptions(watchers=_watchers(ls))
    registration = types.Registration(
        id=WATCH_REGISTRATION_ID, method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options
    )
    ls.client_register_capability(types.RegistrationParams(registrations=[registration]))


@features.notification(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: MangopyServer, params: types.DidChangeWatchedFilesParams) -> None:
    manifests = manifest_paths_in_use(ls)
    for change in params.changes:
        if not change.uri.startswith("file:"):
            continue
        fs_path = uri_to_path(change.uri)
        if fs_path and is_relevant(Path(fs_path), manifests):
            reanalyze_all(ls)
            return


@features.notification(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
def did_change_configuration(ls: MangopyServer, params: types.DidChangeConfigurationParams) -> None:
    settings = params.settings
    section = settings.get("mangopy") if isinstance(settings, dict) else None
    if section is not None:
        apply_settings(ls, section)
        reanalyze_all(ls)
    elif _client_can(ls, "workspace", "configuration"):
        task = asyncio.ensure_future(_pull_configuration(ls))  # the client sent no values: ask for them
        _pending.add(task)
        task.add_done_callback(_pending.discard)


async def _pull_configuration(ls: MangopyServer) -> None:
    try:
        request = types.ConfigurationParams(items=[types.ConfigurationItem(section="mangopy")])
        values = await ls.workspace_configuration_async(request)
        if values:
            apply_settings(ls, values[0])
        reanalyze_all(ls)
    except Exception:
        ls.log_failure("reading the configuration")
