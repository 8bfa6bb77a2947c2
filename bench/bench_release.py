"""Benchmark of `mangopy release`: `release add` (with the checker) and `release verify` of 1,000 patches.

    python bench/bench_release.py [--patches N] [--repeat R] [--json]

`release add` is timed as a real process (`mangopy release add examples/orders_fix.mf` against
examples/app_classes.json, AES-packaged: start-up, the check, blob, signature, atomic writes),
p50 of R runs, next to `python -c pass` and to the library's `repo.add` alone (no check, no
start-up). `release verify` runs on a generated release of N patches (default 1,000; blobs of
2-6 KB of script text), in-process (best of R) and as `mangopy release verify` (p50), next to the
yardstick of reading and hashing the same blobs with hashlib. Targets: none set (issue 15 asks for
the figures); a phone verifies one index and one blob, so the 1,000-patch figure is the publisher's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSPHRASE = "bench passphrase"


def generate_release(root: Path, patches: int, seed: int = 0) -> tuple[object, list[Path]]:
    """A release of ``patches`` plain-text patches, written once (blobs, then one signed index)."""
    from mangopy.release import keys, repo
    from mangopy.release.index import Payload, Target, format_time, utc_now

    rng = random.Random(seed)
    key = keys.generate()
    root.mkdir(parents=True)
    entries = []
    blobs = []
    for i in range(patches):
        methods = "".join(
            f'- (void)method{j}_{i} {{ self.ORGmethod{j}_{i}(); NSLog(@"{rng.getrandbits(64):x}"); }}\n'
            for j in range(rng.randint(30, 90))
        )
        data = f"class Controller{i} : UIViewController {{\n{methods}}}\n".encode()
        digest = repo.write_blob(root, data)
        blobs.append(repo.blob_path(root, digest))
        target = Target("4.2.0", (str(400 + i % 20),), "13.0", None, None)
        entries.append(
            repo.new_patch(f"fix-{i}", digest, len(data), False, target, float(rng.randint(0, 100)), "immediate")
        )
    payload = Payload(app="com.example.shop", version=1, expires=format_time(utc_now().replace(year=2099)))
    repo.write_index(root, replace(payload, patches=tuple(entries)), key)
    return key, blobs


def p50_process(command: list[str], repeat: int, cwd: Path, env: dict[str, str], before: object = None) -> float:
    times = []
    for _ in range(repeat):
        if callable(before):
            before()
        t0 = time.perf_counter()
        proc = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{proc.stderr}")
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patches", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from mangopy.release import keys, repo
    from mangopy.release.index import Target

    work = Path(tempfile.mkdtemp(prefix="mangopy-bench-release-"))
    env = {**os.environ, "MANGOPY_CACHE_DIR": str(work / "cache"), "MANGOPY_KEY_PASSPHRASE": PASSPHRASE}
    env["MANGOPY_AES_KEY"] = "bench-key-0123"
    key = keys.generate()
    (work / "release.key").write_bytes(keys.private_pem(key, PASSPHRASE.encode()))
    (work / "release.pub").write_bytes(keys.public_pem(key.public_key()))
    script = ROOT / "examples" / "orders_fix.mf"
    manifest = ROOT / "examples" / "app_classes.json"
    count = [0]

    def add_command() -> list[str]:
        count[0] += 1
        return [sys.executable, "-m", "mangopy", "release", "add", str(script), "--repo", "repo", "--key",
                "release.key", "--app", "com.example.shop", "--app-version", "4.2.0", "--build", "412",
                "--id", f"bench-{count[0]}", "--manifest", str(manifest)]  # fmt: skip

    # the first add (cold manifest cache), then R adds to the growing release
    subprocess.run(add_command(), cwd=work, env=env, capture_output=True, check=True)
    add_times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        subprocess.run(add_command(), cwd=work, env=env, capture_output=True, check=True)
        add_times.append(time.perf_counter() - t0)
    add_cli = statistics.median(add_times)
    python_pass = p50_process([sys.executable, "-c", "pass"], args.repeat, work, env)
    library_add = float("inf")
    text = script.read_bytes()
    for i in range(args.repeat):
        t0 = time.perf_counter()
        repo.add(work / "lib", key, text + str(i).encode(), app="com.example.shop", patch_id=f"lib-{i}",
                 encrypted=False, target=Target("4.2.0", ("412",)))  # fmt: skip
        library_add = min(library_add, time.perf_counter() - t0)

    big = work / "big"
    t0 = time.perf_counter()
    big_key, blobs = generate_release(big, args.patches)
    generate_s = time.perf_counter() - t0
    verify_s = hash_s = float("inf")
    report = None
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        report = repo.verify(big, [big_key.public_key()])  # type: ignore[attr-defined]
        verify_s = min(verify_s, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for blob in blobs:
            hashlib.sha256(blob.read_bytes()).hexdigest()
        hash_s = min(hash_s, time.perf_counter() - t0)
    assert report is not None and report.ok, report and report.problems[:3]
    (work / "big.pub").write_bytes(keys.public_pem(big_key.public_key()))  # type: ignore[attr-defined]
    verify_cli = p50_process(
        [sys.executable, "-m", "mangopy", "release", "verify", "big", "--public-key", "big.pub"], args.repeat, work, env
    )
    index_bytes = (big / "index.json").stat().st_size
    blob_bytes = sum(b.stat().st_size for b in blobs)
    figures = {
        "add_cli_p50_s": round(add_cli, 4),
        "add_library_best_s": round(library_add, 5),
        "python_pass_p50_s": round(python_pass, 4),
        "patches": args.patches,
        "index_bytes": index_bytes,
        "blob_bytes": blob_bytes,
        "generate_s": round(generate_s, 3),
        "verify_best_s": round(verify_s, 4),
        "verify_cli_p50_s": round(verify_cli, 4),
        "hashlib_yardstick_s": round(hash_s, 4),
        "bytecode": not sys.dont_write_bytecode,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"Python {sys.version.split()[0]}; repeat {args.repeat}")
    print(f"release add (process, with the checker), p50:  {add_cli * 1000:8.1f} ms")
    print(f"  library repo.add alone (sign + writes), best: {library_add * 1000:8.1f} ms")
    print(f"  yardstick: python -c pass, p50:              {python_pass * 1000:8.1f} ms")
    print(f"release of {args.patches} patches: index {index_bytes:,} bytes, blobs {blob_bytes:,} bytes "
          f"(generated in {generate_s:.2f} s)")  # fmt: skip
    print(f"release verify, in-process, best:              {verify_s * 1000:8.1f} ms")
    print(f"release verify (process), p50:                 {verify_cli * 1000:8.1f} ms")
    print(f"  yardstick: read + hashlib.sha256 the blobs:  {hash_s * 1000:8.1f} ms")
    if sys.dont_write_bytecode:
        print("note: PYTHONDONTWRITEBYTECODE is set: the process figures include compiling mangopy's modules")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
