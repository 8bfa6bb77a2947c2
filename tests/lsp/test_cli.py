"""`mangopy lsp`: option checking, and the TCP transport answering `initialize`."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from mangopy.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent


def test_bad_tcp_address_is_a_usage_error() -> None:
    for value in ("localhost", "localhost:http", ":2087", "localhost:0"):
        result = CliRunner().invoke(main, ["lsp", "--tcp", value])
        assert result.exit_code == 2, value
        assert "expected HOST:PORT" in result.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _message(payload: dict[str, object]) -> bytes:
    body = json.dumps(payload).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def _read_message(sock: socket.socket) -> dict[str, object]:
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(4096)
    header, _, rest = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1]) for line in header.split(b"\r\n") if line.lower().startswith(b"content-length")
    )
    while len(rest) < length:
        rest += sock.recv(4096)
    return json.loads(rest[:length])  # type: ignore[no-any-return]


def test_tcp_transport_answers_initialize() -> None:
    port = _free_port()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "lsp"), os.environ.get("PYTHONPATH", "")]),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "mangopy", "lsp", "--tcp", f"127.0.0.1:{port}"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                sock = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.05)
        with sock:
            sock.sendall(_message({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}))
            reply = _read_message(sock)
            assert reply["id"] == 1
            result = reply["result"]
            assert isinstance(result, dict)
            assert result["serverInfo"]["name"] == "mangopy"
            capabilities = result["capabilities"]
            assert capabilities["hoverProvider"] and capabilities["documentSymbolProvider"]
            assert capabilities["textDocumentSync"]["change"] == 2  # incremental
    finally:
        proc.kill()
        proc.wait(timeout=10)
        if proc.stderr is not None:
            proc.stderr.close()


def test_stdio_flag_is_accepted_and_exclusive_with_tcp() -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "mangopy", "lsp", "--stdio", "--tcp", "127.0.0.1:1"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert proc.returncode == 2 and "exclude each other" in proc.stderr
    help_text = subprocess.run(
        [sys.executable, "-m", "mangopy", "lsp", "--help"], capture_output=True, text=True, timeout=30
    ).stdout
    assert "--stdio" in help_text
