"""The pygls server: document state, debounced diagnostics, hover and the outline.

Every analysis goes through :func:`mangopy.semantics.analyze.analyze`; this module only decides
*when* to analyse and converts the results to LSP.

Diagnostics are published at once on open and save, and ``debounce`` seconds after the last
change while typing.  Each published set carries the document version it was computed from, and
a result for a version older than one already published (or than the document now) is dropped.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import attrs
from lsprotocol import types
from pygls.exceptions import (
    JsonRpcException,
    JsonRpcInternalError,
    JsonRpcInvalidParams,
    JsonRpcInvalidRequest,
)
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.workspace import TextDocument

from mangopy import __version__
from mangopy.semantics.analyze import Analysis, analyze
from mangopy.semantics.manifest import Manifest, ManifestError
from mangopy.syntax import ParseResult
from mangopy.syntax.incremental import reparse
from mangopy_lsp import SERVER_NAME
from mangopy_lsp.convert import SOURCE, PositionMap, lsp_diagnostic, uri_to_path
from mangopy_lsp.hover import hover_at
from mangopy_lsp.registry import INVALID_PARAMS, Features, Handler, Refusal
from mangopy_lsp.settings import ManifestCache, Problem, ServerOptions, resolve
from mangopy_lsp.symbols import document_symbols

logger = logging.getLogger("mangopy_lsp")

T = TypeVar("T")


@dataclass
class Analyzed:
    """One analysis of one version of a document."""

    version: int | None
    analysis: Analysis
    manifest: Manifest
    positions: PositionMap
    problems: list[Problem]


@dataclass
class DocumentState:
    timer: asyncio.TimerHandle | None = None
    latest: Analyzed | None = None
    published: int | None = None  # the version of the last published diagnostics
    # what analysing this document takes (seconds, smoothed): after an edit the parser could
    # take in place (the definitions it touched parsed and checked again), and after any other
    cost_in_place: float | None = None
    cost_whole: float | None = None
    replaced: bool = False  # the client sent the whole text since the last analysis (not an edit)
    # the document parsed after each change as it came (ahead of its analysis; None: not since)
    parsed: ParseResult | None = None


class _Answered:
    """A request already answered with an error while it was read (its parameters did not fit)."""

    jsonrpc = "answered"


_ANSWERED: Any = _Answered()


class MangopyProtocol(LanguageServerProtocol):
    """pygls' protocol, with an answer for every request: one whose parameters cannot be read
    (``{}``, ``null``, ``{"textDocument": 5}``) gets ``InvalidParams`` instead of silence (JSON-RPC
    requires a response; a client would wait for it forever)."""

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if not (isinstance(data, dict) and "method" in data and "id" in data):
                raise  # a notification or a response: nothing to answer (pygls logs it)
            msg_id = data["id"]
            if isinstance(msg_id, bool) or not isinstance(msg_id, (int, str)):
                error: JsonRpcException = JsonRpcInvalidRequest("the request's id must be a number or a string")
                msg_id = None
            elif isinstance(exc, JsonRpcInvalidParams):
                error = JsonRpcInvalidParams(f"invalid parameters for {data['method']!r}")
            else:
                error = exc
            logger.warning("mangopy: refused request %r (%s): %s", msg_id, data.get("method"), error.message)
            self._send_response(msg_id, error=error.to_response_error())
            return _ANSWERED

    def handle_message(self, message: Any) -> None:
        if message is _ANSWERED:
            return
        super().handle_message(message)


class MangopyServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            SERVER_NAME,
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=MangopyProtocol,
        )
        self.options = ServerOptions()
        self.manifests = ManifestCache()
        self.states: dict[str, DocumentState] = {}
        self._shown: set[str] = set()

    # ------------------------------------------------------------------ helpers

    def encoding(self) -> str:
        raw = self.workspace.position_encoding
        value = str(raw.value if isinstance(raw, types.PositionEncodingKind) else raw or "utf-16")
        return value if value in ("utf-8", "utf-16", "utf-32") else "utf-16"

    def state(self, uri: str) -> DocumentState:
        return self.states.setdefault(uri, DocumentState())

    def show_once(self, message: str, kind: types.MessageType = types.MessageType.Error) -> None:
        if message not in self._shown:
            self._shown.add(message)
            self.window_show_message(types.ShowMessageParams(type=kind, message=f"mangopy: {message}"))

    def analyze_document(self, doc: TextDocument) -> Analyzed:
        started = time.perf_counter()
        path = uri_to_path(doc.uri)
        setup = resolve(self.options, self.manifests, Path(path) if path else None)
        text = doc.source
        manifest, problems = setup.manifest, setup.problems
        # parse only the definition the edit is in: the last analysis's tree is reused (and moved)
        state = self.state(doc.uri)
        before = state.latest.analysis if state.latest is not None else None
        if before is not None and before.result.path != (path or doc.uri):
            before = None
        previous = before.result if before is not None else None
        ahead, state.parsed = state.parsed, None
        if ahead is not None and ahead.text == text and ahead.path == (path or doc.uri):
            parsed: ParseResult | None = ahead
        else:
            parsed = reparse(previous, text) if previous is not None else None
        try:  # the rules run again on the definitions the edit changed (the others' findings are kept)
            analysis = analyze(text, path or doc.uri, manifest, setup.options, parsed, before, reusable=True)
        except ManifestError as exc:  # an entry the analysis read is invalid: said, and checked without it
            manifest, problems = Manifest.empty(), [*problems, Problem("manifest", f"invalid manifest: {exc}")]
            analysis = analyze(text, path or doc.uri, manifest, setup.options)
        analyzed = Analyzed(doc.version, analysis, manifest, PositionMap(text, self.encoding()), problems)
        if state.latest is None or _newer_or_same(analyzed.version, state.latest.version):
            state.latest = analyzed
        spent = time.perf_counter() - started
        in_place = parsed is not None and previous is not None and parsed.module is previous.module
        if in_place:
            state.cost_in_place = _smoothed(state.cost_in_place, spent)
        else:
            state.cost_whole = _smoothed(state.cost_whole, spent)
        state.replaced = False
        return analyzed

    def parse_ahead(self, uri: str) -> None:
        """Parse the document again after a change, at once (the definitions the change touched):
        the analysis may wait for a pause in typing, but when it runs after several changes at
        different places it then need not parse everything between the first and the last again
        (with keystrokes coming faster than analyses run, that was most of the document)."""
        state = self.state(uri)
        base = state.parsed
        if base is None and state.latest is not None:
            base = state.latest.analysis.result
        if base is None:
            return  # not analysed yet: the first analysis parses it whole
        try:
            state.parsed = reparse(base, self.workspace.get_text_document(uri).source)
        except Exception:  # never lose the edit: the analysis parses on its own
            state.parsed = None
            self.log_failure("parsing the change")

    def current(self, uri: str) -> Analyzed:
        """The analysis of the document as it is now (analysed on demand if typing got ahead).

        A document the client has not opened is read from its file; without one the request is
        refused (``InvalidParams``)."""
        doc = self.workspace.get_text_document(uri)
        if uri not in self.workspace.text_documents:
            try:
                doc.source  # noqa: B018 - reads the file
            except (OSError, ValueError) as exc:
                raise Refusal(f"{uri} is not open and cannot be read", INVALID_PARAMS) from exc
        latest = self.state(uri).latest
        if latest is not None and latest.version == doc.version and latest.positions.text == doc.source:
            return latest
        return self.analyze_document(doc)

    def publish(self, uri: str) -> None:
        state = self.state(uri)
        state.timer = None
        doc = self.workspace.get_text_document(uri)
        analyzed = self.current(uri)
        if analyzed.version != doc.version:
            return  # stale: the document changed meanwhile; the next run publishes
        if state.published is not None and analyzed.version is not None and analyzed.version < state.published:
            return
        with attrs.validators.disabled():  # built from our own typed data: lsprotocol's checks are moot
            diagnostics = [problem_diagnostic(p, analyzed.positions) for p in analyzed.problems]
            diagnostics += [lsp_diagnostic(d, analyzed.positions, uri) for d in analyzed.analysis.diagnostics]
        for p in analyzed.problems:
            self.show_once(p.message)
        state.published = analyzed.version
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=analyzed.version)
        )

    def schedule(self, uri: str) -> None:
        """Analyse and publish after a pause in typing: the pause adapts to what an analysis of
        the document costs (half of it: near zero for an edit the parser takes in place), up to
        the ``debounce`` setting; a change during the pause restarts it (the stale analysis
        never runs)."""
        state = self.state(uri)
        if state.timer is not None:
            state.timer.cancel()
        in_place = state.latest is not None and not state.replaced  # edits since the last analysis
        cost = state.cost_in_place if in_place else state.cost_whole
        delay = (0.0 if in_place else self.options.debounce) if cost is None else min(self.options.debounce, cost / 2)
        loop = asyncio.get_running_loop()
        state.timer = loop.call_later(delay, self._publish_safely, uri)

    def cancel(self, uri: str) -> None:
        state = self.states.get(uri)
        if state is not None and state.timer is not None:
            state.timer.cancel()
            state.timer = None

    def _publish_safely(self, uri: str) -> None:
        try:
            self.publish(uri)
        except Exception:
            self.log_failure("publishing diagnostics")

    def log_failure(self, what: str) -> None:
        logger.exception("mangopy: %s failed", what)
        try:
            self.window_log_message(
                types.LogMessageParams(type=types.MessageType.Error, message=f"mangopy: {what} failed (see the log)")
            )
        except Exception:  # pragma: no cover - the connection itself is gone
            logger.exception("mangopy: cannot report a failure")


def _smoothed(average: float | None, sample: float) -> float:
    return sample if average is None else 0.7 * average + 0.3 * sample


def _newer_or_same(version: int | None, than: int | None) -> bool:
    return version is None or than is None or version >= than


def problem_diagnostic(problem: Problem, positions: PositionMap) -> types.Diagnostic:
    """A setup problem (broken manifest or configuration), shown on the script's first line."""
    first_line_end = positions.offset(types.Position(line=0, character=1 << 30))
    return types.Diagnostic(
        range=positions.range(0, first_line_end),
        message=problem.message,
        severity=types.DiagnosticSeverity.Error,
        code=problem.code,
        source=SOURCE,
    )


def notified(fn: Callable[..., None]) -> Callable[..., None]:
    """A notification handler: a failure is logged (there is nobody to answer); the server goes on."""

    @functools.wraps(fn)
    def handler(ls: MangopyServer, params: Any) -> None:
        try:
            fn(ls, params)
        except Refusal as refusal:  # e.g. a save of a document that is not open: said, not a failure
            logger.warning("mangopy: ignored %s: %s", fn.__name__.replace("_", " "), refusal.message)
        except Exception:
            ls.log_failure(fn.__name__.replace("_", " "))

    return handler


def answered(fn: Callable[..., T]) -> Callable[..., T]:
    """A request handler: a :class:`Refusal` is answered as the error it names; any other failure
    is logged and answered with ``InternalError`` (never silence, never a dead server)."""

    @functools.wraps(fn)
    def handler(ls: MangopyServer, params: Any) -> T:
        try:
            return fn(ls, params)
        except Refusal as refusal:
            raise JsonRpcException(refusal.message, code=refusal.code) from None
        except JsonRpcException:
            raise
        except Exception as exc:
            what = fn.__name__.replace("_", " ")
            ls.log_failure(what)
            raise JsonRpcInternalError(f"mangopy: {what} failed: {type(exc).__name__}: {exc}") from exc

    return handler


server = MangopyServer()
own = Features()  # this module's handlers, installed with the feature modules' (below)


@own.request(types.INITIALIZE)
def initialize(ls: MangopyServer, params: types.InitializeParams) -> None:
    root = ls.workspace.root_path
    ls.options, problems = ServerOptions.from_client(params.initialization_options, Path(root) if root else None)
    for problem in problems:
        ls.show_once(problem, types.MessageType.Warning)


@own.notification(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: MangopyServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.cancel(params.text_document.uri)
    ls.publish(params.text_document.uri)


@own.notification(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: MangopyServer, params: types.DidChangeTextDocumentParams) -> None:
    state = ls.state(params.text_document.uri)
    whole = types.TextDocumentContentChangeWholeDocument
    state.replaced = state.replaced or any(isinstance(c, whole) for c in params.content_changes)
    ls.parse_ahead(params.text_document.uri)
    ls.schedule(params.text_document.uri)


@own.notification(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: MangopyServer, params: types.DidSaveTextDocumentParams) -> None:
    ls.cancel(params.text_document.uri)
    ls.publish(params.text_document.uri)


@own.notification(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: MangopyServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.cancel(uri)
    ls.states.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@own.request(types.TEXT_DOCUMENT_HOVER)
def hover(ls: MangopyServer, params: types.HoverParams) -> types.Hover | None:
    analyzed = ls.current(params.text_document.uri)
    offset = analyzed.positions.offset(params.position)
    found = hover_at(analyzed.analysis, analyzed.manifest, offset)
    if found is None:
        return None
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=found.markdown),
        range=analyzed.positions.range(found.start, found.end),
    )


@own.request(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
def document_symbol(ls: MangopyServer, params: types.DocumentSymbolParams) -> list[types.DocumentSymbol]:
    analyzed = ls.current(params.text_document.uri)
    return document_symbols(analyzed.analysis.result.module, analyzed.positions)


@own.request(types.SHUTDOWN)
def shutdown(ls: MangopyServer, params: None) -> None:
    for uri in list(ls.states):
        ls.cancel(uri)


def _arguments_as_list(fn: Callable[[MangopyServer, list[Any]], T]) -> Callable[..., T]:
    """A command handler taking the command's arguments as one list (pygls passes each argument
    as a parameter, matched to the handler's own: none, one or many are all the handler's to judge)."""

    def command(ls: MangopyServer, *arguments: Any) -> T:
        return fn(ls, list(arguments))

    command.__name__ = getattr(fn, "__name__", "command")
    return command


def _install(handler: Handler) -> None:
    wrapped = answered(handler.fn) if handler.request else notified(handler.fn)
    if handler.command:
        server.command(handler.method)(_arguments_as_list(wrapped))
    elif handler.options is None:
        server.feature(handler.method)(wrapped)
    else:
        server.feature(handler.method, handler.options)(wrapped)


def _register_features() -> None:
    """Install this module's handlers and those the feature modules list (each owns its features
    and tests; they do not import this module): every one wrapped the same way."""
    from mangopy_lsp import actions, completion, formatting, navigation, objc

    features_of = (completion, navigation, actions, formatting, objc)
    for features in (own, *(module.features for module in features_of)):
        for handler in features.handlers:
            _install(handler)


_register_features()


def start(tcp: tuple[str, int] | None = None) -> None:
    """Serve on stdio, or on a TCP socket when ``tcp`` is given."""
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(levelname)s: %(message)s")
    if tcp is None:
        server.start_io()
    else:
        server.start_tcp(*tcp)
