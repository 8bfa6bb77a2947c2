"""Benchmark of the language server: diagnostics latency while typing, and memory.

    python bench/bench_lsp.py [--lines N] [--classes C] [--edits E] [--json]

Starts the real server (``python -m mangopy lsp``) as a subprocess and talks to it over stdio with
a minimal JSON-RPC client (standard library only), as an editor would:

1. **cold**: initializes a server with ``{"manifest": [<generated manifest>], "debounce": 0}`` (no
   debounce delay, so the figures are the server's own work) and an empty manifest cache
   directory, opens a script of N lines (default 2,000, the parse benchmark's generator) checked
   against a manifest of C app classes (default 20,000, the check benchmark's generator) and
   times its first diagnostics (manifest JSON parse + validation + first analysis); this fills
   mangopy's manifest cache on disk; the server is shut down;
2. **warm**, default settings (the debounce adapts to the analysis's cost): a new server with
   that cache opens the script, then E single edits (default 200) one after the other,
   alternately inserting a space into a method body line and removing it again: for each the
   time from writing its ``didChange`` to reading the ``publishDiagnostics`` for that version;
   then 100 hovers and 100 completions at random method body lines (request -> response; the
   client announces the completion capabilities of the VS Code extension: snippets, label
   details, an edit range given once per list); then
   nine more documents of that size are opened;
3. **typing bursts**, default settings: 20 bursts of 30 keystrokes 40 ms apart at random places in
   method bodies, each from the original script (alternately letters typed into names after
   `self`, and any character anywhere in a body line, which may break the syntax); the time from
   the last keystroke of a burst to the diagnostics of its version;
4. reads the peak resident memory of the server with ten documents open (``VmHWM`` in
   ``/proc/<pid>/status``, Linux only).

Targets (issue 13): bursts p95 <= 50 ms, one edit p95 <= 20 ms, hover and completion p95 <= 20 ms,
peak RSS <= 150 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_check import generate_manifest  # noqa: E402
from bench.bench_parse import generate_script  # noqa: E402

BURST_TARGET_MS = 50.0  # last keystroke of a burst -> its diagnostics, p95
EDIT_TARGET_MS = 20.0  # one edit in a method body -> its diagnostics, p95
REQUEST_TARGET_MS = 20.0  # hover and completion, p95
RSS_TARGET_MB = 150.0  # ten such documents open
BURSTS, KEYSTROKES, KEY_INTERVAL_S = 20, 30, 0.040
REQUESTS = 100


class Client:
    """A minimal LSP client over a subprocess's stdio: one reader thread, timestamps on arrival."""

    def __init__(self, command: list[str], env: dict[str, str], cwd: Path) -> None:
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, cwd=cwd)
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._in: IO[bytes] = self.proc.stdin
        self._next_id = 0
        self.inbox: queue.Queue[tuple[float, dict[str, Any]]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, args=(self.proc.stdout,), daemon=True)
        self._reader.start()

    def _read(self, out: IO[bytes]) -> None:
        while True:
            length = 0
            while True:
                line = out.readline()
                if not line:
                    return  # the server exited
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            body = out.read(length)
            self.inbox.put((time.perf_counter(), json.loads(body)))

    def send(self, message: dict[str, Any]) -> float:
        """Write one message; returns the time just before writing it."""
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        t = time.perf_counter()
        self._in.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self._in.flush()
        return t

    def notify(self, method: str, params: Any) -> float:
        return self.send({"method": method, "params": params})

    def request(self, method: str, params: Any) -> int:
        self._next_id += 1
        self.send({"id": self._next_id, "method": method, "params": params})
        return self._next_id

    def wait(self, predicate: Any, timeout: float = 60) -> tuple[float, dict[str, Any]]:
        """The first message satisfying ``predicate`` (answering the server's requests meanwhile)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from the server")
            t, msg = self.inbox.get(timeout=left)
            if "method" in msg and "id" in msg:  # a request from the server
                self.send({"id": msg["id"], "result": None})
            if predicate(msg):
                return t, msg

    def diagnostics(self, uri: str, version: int, timeout: float = 60) -> tuple[float, dict[str, Any]]:
        def published(msg: dict[str, Any]) -> bool:
            p = msg.get("params") or {}
            return (
                msg.get("method") == "textDocument/publishDiagnostics"
                and p.get("uri") == uri
                and p.get("version") == version
            )

        return self.wait(published, timeout)

    def timed_request(self, method: str, params: Any) -> float:
        """Send a request and wait for its response; returns the time between them (ms)."""
        t0 = time.perf_counter()
        request = self.request(method, params)
        received, answer = self.wait(lambda m: m.get("id") == request and "method" not in m)
        if "error" in answer:
            raise RuntimeError(f"{method} failed: {answer['error']}")
        return (received - t0) * 1000

    def close(self) -> None:
        try:
            request = self.request("shutdown", None)
            self.wait(lambda m: m.get("id") == request and "method" not in m, timeout=10)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()
            self.proc.wait()


def peak_rss_mb(pid: int) -> float | None:
    """``VmHWM`` (peak resident set size) of a running process, in MB; None where /proc is missing."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        return None
    return None


def body_lines(script: str) -> list[int]:
    """Lines inside method bodies (statements indented by 8 spaces) where a space can be typed."""
    return [i for i, line in enumerate(script.split("\n")) if line.startswith("        ") and line.strip()]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))  # nearest rank
    return ordered[k]


def run(lines: int, classes: int, edits: int) -> dict[str, Any]:
    script = generate_script(lines)
    workdir = Path(tempfile.mkdtemp(prefix="mangopy-bench-lsp-"))
    manifest_path = workdir / "app_classes.json"
    manifest_path.write_text(json.dumps(generate_manifest(classes, script)), encoding="utf-8")
    script_path = workdir / "bench.mf"
    script_path.write_text(script, encoding="utf-8")
    uri = script_path.as_uri()

    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "lsp"), os.environ.get("PYTHONPATH", "")]),
        "MANGOPY_CACHE_DIR": str(workdir / "cache"),  # empty at first: a cold manifest cache
    }
    options = {"manifest": [str(manifest_path)], "debounce": 0}

    # 1. cold: a fresh server and an empty manifest cache (validates the manifest, fills the cache)
    client = Client([sys.executable, "-m", "mangopy", "lsp"], env, workdir)
    try:
        _initialize(client, workdir, options)
        cold, diagnostics = _open(client, uri, script, timeout=300)
        cold_rss = peak_rss_mb(client.proc.pid)
    finally:
        client.close()

    # 2. warm, default settings (the debounce adapts to the analysis's cost): E single edits, each
    # waited for, alternately inserting a space into a method body line and removing it again;
    # the time from writing its didChange to reading the publishDiagnostics of that version
    client = Client([sys.executable, "-m", "mangopy", "lsp"], env, workdir)
    default = {"manifest": [str(manifest_path)]}
    try:
        started = _initialize(client, workdir, default)
        warm, _ = _open(client, uri, script, timeout=300)
        targets = body_lines(script)
        lines = script.split("\n")
        latencies: list[float] = []
        version = 1
        for i in range(edits):
            version += 1
            line = targets[(i // 2) % len(targets)]
            if i % 2 == 0:  # insert a space at the start of the line...
                change = {"range": _range(line, 0, line, 0), "text": " "}
            else:  # ...and remove it again
                change = {"range": _range(line, 0, line, 1), "text": ""}
            sent = client.notify(
                "textDocument/didChange",
                {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]},
            )
            received, _ = client.diagnostics(uri, version)
            latencies.append((received - sent) * 1000)
        # hover on a selector and completion after `self.` at random method body lines
        rnd = random.Random(1)
        sends = [(i, lines[i].index("self.") + 5) for i in targets if "self." in lines[i]]
        hovers = [client.timed_request("textDocument/hover", _at(uri, *rnd.choice(sends))) for _ in range(REQUESTS)]
        completions = [
            client.timed_request("textDocument/completion", _at(uri, *rnd.choice(sends))) for _ in range(REQUESTS)
        ]
        # nine more documents of that size open: the memory of ten
        for n in range(2, 11):
            other = (workdir / f"bench{n}.mf").as_uri()
            _open(client, other, script, timeout=300)
        rss = peak_rss_mb(client.proc.pid)
    finally:
        client.close()

    # 3. typing bursts with the default settings: 30 keystrokes 40 ms apart at random places in
    # method bodies, the time from the last keystroke of a burst to the diagnostics of its version;
    # each burst from the original script.  Two kinds: a letter typed after `self` at the start of
    # a statement (as when writing or correcting a name: the script stays syntactically valid,
    # the names do not), and any character at any place of a method body line (it may break the
    # syntax, and later keystrokes land elsewhere while it is broken)
    client = Client([sys.executable, "-m", "mangopy", "lsp"], env, workdir)
    bursts: dict[str, list[float]] = {"names": [], "anywhere": []}
    try:
        _initialize(client, workdir, default)
        _open(client, uri, script, timeout=300)
        rnd = random.Random(0)
        version = 1
        after_self = [
            (i, len(lines[i]) - len(lines[i].lstrip()) + 4) for i in targets if lines[i].lstrip().startswith("self.")
        ]
        for burst in range(BURSTS):
            kind = "names" if burst % 2 == 0 else "anywhere"
            current = list(lines)
            for _key in range(KEYSTROKES):
                version += 1
                if kind == "names":
                    line, column = rnd.choice(after_self)  # after `self`: a name being written or corrected
                    typed = rnd.choice("abcxyz")
                else:
                    line = rnd.choice(targets)
                    column = rnd.randrange(len(current[line]) + 1)
                    typed = rnd.choice("abcxyz ;(){}.:=,1")
                current[line] = current[line][:column] + typed + current[line][column:]
                sent = client.notify(
                    "textDocument/didChange",
                    {"textDocument": {"uri": uri, "version": version},
                     "contentChanges": [{"range": _range(line, column, line, column), "text": typed}]},
                )  # fmt: skip
                time.sleep(KEY_INTERVAL_S)
            received, _ = client.diagnostics(uri, version)
            bursts[kind].append((received - sent) * 1000)
            version += 1  # back to the script as it was: each burst starts from a clean document
            client.notify(
                "textDocument/didChange",
                {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": script}]},
            )
            client.diagnostics(uri, version)
            time.sleep(0.3)
    finally:
        client.close()

    p95 = percentile(latencies, 95)
    every_burst = bursts["names"] + bursts["anywhere"]
    return {
        "python": sys.version.split()[0],
        "lines": script.count("\n"),
        "manifest_classes": classes,
        "manifest_mb": round(manifest_path.stat().st_size / 1e6, 1),
        "diagnostics": diagnostics,
        "server_start_s": round(started, 3),
        "cold_first_diagnostics_s": round(cold, 3),
        "cold_peak_rss_mb": None if cold_rss is None else round(cold_rss, 1),
        "warm_first_diagnostics_s": round(warm, 3),
        "edits": edits,
        "latency_ms": {
            "p50": round(percentile(latencies, 50), 1),
            "p95": round(p95, 1),
            "p99": round(percentile(latencies, 99), 1),
            "mean": round(statistics.fmean(latencies), 1),
            "max": round(max(latencies), 1),
        },
        "peak_rss_mb": None if rss is None else round(rss, 1),
        "burst_ms": {
            kind: {"p50": round(percentile(values, 50), 1), "p95": round(percentile(values, 95), 1)}
            for kind, values in (*bursts.items(), ("all", every_burst))
        },
        "hover_ms": _summary(hovers),
        "completion_ms": _summary(completions),
        "burst_target_met": percentile(every_burst, 95) <= BURST_TARGET_MS,
        "latency_target_met": p95 <= EDIT_TARGET_MS,
        "requests_target_met": max(percentile(hovers, 95), percentile(completions, 95)) <= REQUEST_TARGET_MS,
        "rss_target_met": None if rss is None else rss <= RSS_TARGET_MB,
    }


def _summary(values: list[float]) -> dict[str, float]:
    return {"p50": round(percentile(values, 50), 1), "p95": round(percentile(values, 95), 1)}


def _at(uri: str, line: int, character: int) -> dict[str, Any]:
    return {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}


# what the VS Code extension announces for completion (vscode-languageclient 9.0.1): snippets,
# label details, and the defaults a list may give its items
CAPABILITIES: dict[str, Any] = {
    "textDocument": {
        "completion": {
            "completionItem": {"snippetSupport": True, "labelDetailsSupport": True, "insertReplaceSupport": True},
            "completionList": {
                "itemDefaults": ["commitCharacters", "editRange", "insertTextFormat", "insertTextMode", "data"]
            },
        }
    }
}


def _initialize(client: Client, root: Path, options: dict[str, Any]) -> float:
    """Initialize the server; returns the time until it answered."""
    t0 = time.perf_counter()
    init = client.request(
        "initialize",
        {
            "processId": os.getpid(),
            "rootUri": root.as_uri(),
            "capabilities": CAPABILITIES,
            "initializationOptions": options,
        },
    )
    client.wait(lambda m: m.get("id") == init and "method" not in m)
    client.notify("initialized", {})
    return time.perf_counter() - t0


def _open(client: Client, uri: str, text: str, timeout: float) -> tuple[float, int]:
    """Open the document; returns the time until its first diagnostics and their number."""
    sent = client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "mangofix", "version": 1, "text": text}},
    )
    received, first = client.diagnostics(uri, 1, timeout=timeout)
    return received - sent, len(first["params"]["diagnostics"])


def _range(l1: int, c1: int, l2: int, c2: int) -> dict[str, Any]:
    return {"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=2_000)
    parser.add_argument("--classes", type=int, default=20_000)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.edits < 1:
        parser.error("--edits must be at least 1")

    f = run(args.lines, args.classes, args.edits)
    if args.json:
        print(json.dumps(f, indent=2))
        return 0
    lat = f["latency_ms"]
    rss = f["peak_rss_mb"]
    print(
        f"Python {f['python']}; manifest: {f['manifest_classes']} app classes ({f['manifest_mb']} MB) + SDK baseline; "
        f"script: {f['lines']} lines, {f['diagnostics']} diagnostics"
    )
    print(f"server start (initialize answered):    {f['server_start_s'] * 1000:8.1f} ms")
    cold_rss = f["cold_peak_rss_mb"]
    print(
        f"first diagnostics, cold manifest cache: {f['cold_first_diagnostics_s'] * 1000:7.1f} ms "
        f"(that server's peak RSS: {'n/a' if cold_rss is None else f'{cold_rss:.1f} MB'})"
    )
    print(f"first diagnostics, warm manifest cache: {f['warm_first_diagnostics_s'] * 1000:7.1f} ms")
    print(
        f"one edit in a method body, default settings, didChange -> publishDiagnostics ({f['edits']} edits): "
        f"p50 {lat['p50']:.1f} ms, p95 {lat['p95']:.1f} ms, p99 {lat['p99']:.1f} ms (max {lat['max']:.1f})"
    )
    for kind, burst in f["burst_ms"].items():
        print(
            f"typing bursts ({kind}; {BURSTS} bursts in all of {KEYSTROKES} keystrokes {KEY_INTERVAL_S * 1000:.0f} ms "
            f"apart), last keystroke -> its diagnostics: p50 {burst['p50']:.1f} ms, p95 {burst['p95']:.1f} ms"
        )
    for what in ("hover", "completion"):
        q = f[f"{what}_ms"]
        print(f"{what} ({REQUESTS} requests): p50 {q['p50']:.1f} ms, p95 {q['p95']:.1f} ms")
    print(f"server peak RSS (VmHWM), ten documents open: {'n/a' if rss is None else f'{rss:.1f} MB'}")

    def verdict(met: bool | None) -> str:
        return "n/a" if met is None else "PASS" if met else "ABOVE"

    print(f"target: typing bursts p95 <= {BURST_TARGET_MS:.0f} ms: {verdict(f['burst_target_met'])}")
    print(f"target: one edit p95 <= {EDIT_TARGET_MS:.0f} ms: {verdict(f['latency_target_met'])}")
    print(f"target: hover and completion p95 <= {REQUEST_TARGET_MS:.0f} ms: {verdict(f['requests_target_met'])}")
    print(f"target: peak RSS <= {RSS_TARGET_MB:.0f} MB: {verdict(f['rss_target_met'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
