"""A protocol fuzzer: the real server (`python -m mangopy lsp`) over raw stdio frames.

Random requests with valid, odd and invalid parameters at random positions, while the document
is being edited, plus unknown methods, broken notifications and malformed frames.  At the end
every request has exactly one response, no response is an internal error (only the documented
refusals: InvalidParams, MethodNotFound, InvalidRequest, RequestFailed), and the server still
answers and shuts down cleanly.
"""

from __future__ import annotations

import json
import os
import queue
import random
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent.parent
MANIFEST = ROOT / "examples" / "app_classes.json"
ORDERS = (ROOT / "examples" / "orders_fix.mf").read_text(encoding="utf-8")

REFUSALS = {-32602, -32601, -32600, -32803}  # InvalidParams, MethodNotFound, InvalidRequest, RequestFailed

TEXT_METHODS = [
    "textDocument/hover",
    "textDocument/completion",
    "textDocument/signatureHelp",
    "textDocument/definition",
    "textDocument/references",
    "textDocument/documentSymbol",
    "textDocument/formatting",
    "textDocument/rangeFormatting",
    "textDocument/codeAction",
    "textDocument/semanticTokens/full",
    "textDocument/prepareRename",
    "textDocument/rename",
]
ODD_PARAMS: list[Any] = [None, {}, 5, "x", [], {"textDocument": 5}, {"textDocument": {"uri": 5}}, {"position": {}}]


class RawClient:
    """JSON-RPC over the server's stdin/stdout, frame by frame, with no checking of its own."""

    def __init__(self) -> None:
        path = os.pathsep.join([str(ROOT), str(ROOT / "lsp"), os.environ.get("PYTHONPATH", "")])
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mangopy", "lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": path},
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.stderr: list[bytes] = []
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=lambda: self.stderr.extend(self.proc.stderr), daemon=True).start()  # type: ignore[arg-type]

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            assert length is not None
            self.messages.put(json.loads(out.read(length)))

    def frame(self, body: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def send(self, message: dict[str, Any]) -> None:
        self.frame(json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8"))

    def request(self, method: str, params: Any) -> int:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        return self.next_id

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def responses(self, ids: set[int], timeout: float) -> dict[int, list[dict[str, Any]]]:
        """Every message with an id, until each of ``ids`` has one (or the time is up)."""
        got: dict[int, list[dict[str, Any]]] = {}
        deadline = time.monotonic() + timeout
        while not ids <= got.keys() and time.monotonic() < deadline:
            try:
                message = self.messages.get(timeout=0.2)
            except queue.Empty:
                continue
            if "id" in message and "method" not in message:  # a response (not a request to the client)
                got.setdefault(message["id"], []).append(message)
            elif "id" in message:  # the server asks something (registerCapability...): answer it
                self.send({"id": message["id"], "result": None})
        return got


def _position(rnd: random.Random, text: str) -> dict[str, int]:
    lines = text.split("\n")
    if rnd.random() < 0.1:  # out of range, or negative
        return {"line": rnd.choice([-1, len(lines) + 5, 10**6]), "character": rnd.choice([-3, 0, 10**6])}
    line = rnd.randrange(len(lines))
    return {"line": line, "character": rnd.randrange(len(lines[line]) + 2)}


def _text_params(rnd: random.Random, method: str, uri: str, text: str) -> Any:
    doc = {"uri": uri}
    pos = _position(rnd, text)
    span = {"start": _position(rnd, text), "end": _position(rnd, text)}
    params: dict[str, Any] = {"textDocument": doc, "position": pos}
    if method == "textDocument/references":
        params["context"] = {"includeDeclaration": rnd.random() < 0.5}
    elif method in ("textDocument/formatting", "textDocument/rangeFormatting"):
        params = {"textDocument": doc, "options": {"tabSize": 4, "insertSpaces": True}}
        if method.endswith("rangeFormatting"):
            params["range"] = span
    elif method == "textDocument/codeAction":
        params = {"textDocument": doc, "range": span, "context": {"diagnostics": []}}
    elif method in ("textDocument/documentSymbol", "textDocument/semanticTokens/full"):
        params = {"textDocument": doc}
    elif method == "textDocument/rename":
        params["newName"] = rnd.choice(["x", "total", "class", "1bad", "value"])
    return params


def _apply(text: str, start: dict[str, int], end: dict[str, int], new: str) -> str:
    lines = text.split("\n")

    def offset(p: dict[str, int]) -> int:
        line = min(max(p["line"], 0), len(lines) - 1)
        return sum(len(x) + 1 for x in lines[:line]) + min(max(p["character"], 0), len(lines[line]))

    a, b = sorted((offset(start), offset(end)))
    return text[:a] + new + text[b:]


@settings(
    max_examples=4, deadline=None, suppress_health_check=list(HealthCheck), phases=[Phase.generate]
)  # no shrinking: a server per run
@given(seed=st.integers(0, 2**32 - 1))
def test_every_request_is_answered_and_the_server_survives(tmp_path_factory: pytest.TempPathFactory, seed: int) -> None:
    rnd = random.Random(seed)
    root = tmp_path_factory.mktemp("fuzz")
    path = root / "fix.mf"
    path.write_text(ORDERS, encoding="utf-8")
    uri = path.as_uri()
    client = RawClient()
    try:
        ids = {client.request("initialize", {"capabilities": {}, "rootUri": root.as_uri(),
                                             "initializationOptions": {"manifest": [str(MANIFEST)]}})}  # fmt: skip
        client.notify("initialized", {})
        text, version = ORDERS, 1
        client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "mangofix",
                                                                "version": 1, "text": text}})  # fmt: skip
        for _ in range(250):
            roll = rnd.random()
            if roll < 0.35:  # an edit somewhere
                start, end = _position(rnd, text), _position(rnd, text)
                new = rnd.choice(["", "x", ";", "}", "{", "self.", "[", "@YES", "\n", "int a = 1;\n", "// é\n"])
                version += 1
                client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                          "contentChanges": [{"range": {"start": start, "end": end},
                                                                              "text": new}]})  # fmt: skip
                text = _apply(text, start, end, new)
            elif roll < 0.75:  # a request with parameters that fit
                method = rnd.choice(TEXT_METHODS)
                ids.add(client.request(method, _text_params(rnd, method, uri, text)))
            elif roll < 0.85:  # a request with parameters that do not
                ids.add(client.request(rnd.choice(TEXT_METHODS), rnd.choice(ODD_PARAMS)))
            elif roll < 0.90:  # an unknown method, or an unknown document
                if rnd.random() < 0.5:
                    ids.add(client.request(rnd.choice(["mangopy/nothing", "textDocument/unknown"]), {}))
                else:
                    other = (root / "missing.mf").as_uri()
                    where = {"textDocument": {"uri": other}, "position": {"line": 0, "character": 0}}
                    ids.add(client.request("textDocument/hover", where))
            elif roll < 0.95:  # a notification that does not fit
                client.notify(rnd.choice(["textDocument/didChange", "textDocument/didSave"]), rnd.choice(ODD_PARAMS))
            else:  # a malformed frame
                client.frame(rnd.choice([b"{not json", b"[1, 2]", b"42", b'{"id": 7}', b'{"jsonrpc": "2.0"}']))
        final = client.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
        ids.add(final)
        got = client.responses(ids, timeout=60)
        missing = ids - got.keys()
        assert not missing, f"no response to {sorted(missing)[:10]}"
        assert all(len(v) == 1 for k, v in got.items() if k in ids), "a request answered twice"
        errors = [r[0]["error"] for k, r in got.items() if k in ids and "error" in r[0]]
        assert all(e["code"] in REFUSALS for e in errors), [e for e in errors if e["code"] not in REFUSALS][:3]
        assert "result" in got[final][0]  # still serving
        shutdown = client.request("shutdown", None)
        assert "result" in client.responses({shutdown}, timeout=30)[shutdown][0]
        client.notify("exit", None)
        assert client.proc.wait(timeout=30) == 0
        logged = b"".join(client.stderr).decode("utf-8", "replace")
        assert not re.search(r"mangopy: .* failed", logged), logged[-3000:]  # no internal failure logged
    finally:
        if client.proc.poll() is None:
            client.proc.kill()
