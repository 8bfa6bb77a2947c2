"""Real-world cases: hot fixes against excerpts of real open-source iOS projects.

Each directory here (``energy``, ``sentry``, ``sdwebimage``, ``mbprogresshud``) holds

* ``src/``: small copies of the project's own headers (and ``.m`` excerpts), see its NOTICE.md;
* ``fixes/*.mf``: correct hot fixes: 0 errors and 0 warnings expected;
* ``faults/*.mf``: the same fixes with one realistic mistake, marked on the faulty line with
  ``// expect: MF110`` (one of several codes: ``MF115|MF117``; ``any``: any error or warning);
* ``spot.json``: facts the export must get right (superclass, selectors, types, encodings,
  categories merged).

``src/`` is exported once per session exactly as a user would, out of the box
(``mangopy manifest export src -o app_classes.json``, default options, through the library),
and every script is checked against that manifest plus the SDK baseline, as
``mangopy check --manifest app_classes.json`` does.  No network.

    .venv/bin/python -m pytest -q tests/realworld
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from mangopy.diagnostics import Diagnostic, LineIndex, Severity
from mangopy.export import export_headers
from mangopy.semantics.analyze import analyze
from mangopy.semantics.manifest import Manifest, load_all

HERE = Path(__file__).resolve().parent
PROJECTS = sorted(p.name for p in HERE.iterdir() if (p / "src").is_dir())
_EXPECT = re.compile(r"//\s*expect:\s*([A-Za-z0-9|]+)")


def _cases(kind: str) -> list[Any]:
    return [
        pytest.param(project, path, id=f"{project}/{path.stem}")
        for project in PROJECTS
        for path in sorted((HERE / project / kind).glob("*.m[fg]"))
    ]


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict[str, Any], Path]]:
    """project -> (the exported manifest, its file); each project exported once per session."""
    out: dict[str, tuple[dict[str, Any], Path]] = {}
    base = tmp_path_factory.mktemp("realworld")
    for project in PROJECTS:
        manifest, _problems = export_headers([HERE / project / "src"])
        path = base / f"{project}_app_classes.json"
        path.write_text(json.dumps(manifest, indent=1))
        out[project] = (manifest, path)
    return out


@pytest.fixture(scope="session")
def manifests(exported: dict[str, tuple[dict[str, Any], Path]]) -> dict[str, Manifest]:
    return {project: load_all([path]) for project, (_, path) in exported.items()}


def _show(text: str, diagnostics: list[Diagnostic]) -> str:
    index = LineIndex(text)
    lines = []
    for d in diagnostics:
        pos = index.position(d.start)
        lines.append(f"  {pos.line}: {d.code} {d.severity}: {d.message}")
    return "\n".join(lines) or "  (nothing)"


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def test_every_project_has_cases() -> None:
    assert len(PROJECTS) >= 3
    assert len(_cases("fixes")) >= 25
    assert len(_cases("faults")) >= 25
    for project in PROJECTS:
        assert (HERE / project / "NOTICE.md").is_file(), f"{project}: the excerpts must name their source"


@pytest.mark.parametrize(("project", "path"), _cases("fixes"))
def test_correct_fix_is_clean(project: str, path: Path, manifests: dict[str, Manifest]) -> None:
    text = path.read_text()
    assert not _EXPECT.search(text), "a correct fix has no `// expect:` marker"
    analysis = analyze(text, str(path), manifests[project])
    bad = [d for d in analysis.diagnostics if d.severity >= Severity.WARNING]
    assert not bad, f"{path.name}: expected no errors or warnings, got:\n{_show(text, bad)}"


@pytest.mark.parametrize(("project", "path"), _cases("faults"))
def test_seeded_fault_is_reported(project: str, path: Path, manifests: dict[str, Manifest]) -> None:
    text = path.read_text()
    marked = [(n, m.group(1)) for n, line in enumerate(text.splitlines(), 1) if (m := _EXPECT.search(line))]
    assert len(marked) == 1, f"{path.name}: exactly one `// expect:` line"
    line, expected = marked[0]
    codes = None if expected == "any" else set(expected.split("|"))
    analysis = analyze(text, str(path), manifests[project])
    serious = [d for d in analysis.diagnostics if d.severity >= Severity.WARNING]
    on_line = [d for d in serious if _line(text, d.start) == line]
    want = "an error or warning" if codes is None else " or ".join(sorted(codes))
    assert on_line, f"{path.name}:{line}: expected {want}, got:\n{_show(text, analysis.diagnostics)}"
    if codes is not None:
        assert {d.code for d in on_line} & codes, (
            f"{path.name}:{line}: expected {want}, got:\n{_show(text, analysis.diagnostics)}"
        )


def _spot_checks() -> list[Any]:
    out = []
    for project in PROJECTS:
        spot = json.loads((HERE / project / "spot.json").read_text())
        for kind in ("classes", "protocols"):
            for name in spot.get(kind, {}):
                out.append(pytest.param(project, kind, name, id=f"{project}/{kind}/{name}"))
    return out


@pytest.mark.parametrize(("project", "kind", "name"), _spot_checks())
def test_export_spot_check(
    project: str, kind: str, name: str, exported: dict[str, tuple[dict[str, Any], Path]]
) -> None:
    """The classes and protocols a project's cases rely on are exported right."""
    want = json.loads((HERE / project / "spot.json").read_text())[kind][name]
    manifest = exported[project][0]
    got = manifest[kind].get(name)
    assert got is not None, f"{name} is not in the {project} export ({len(manifest[kind])} {kind} exported)"
    for key in ("superclass", "swift_module"):
        if key in want:
            assert got.get(key) == want[key], f"{name}.{key}"
    for proto in want.get("protocols_include", []):
        assert proto in got.get("protocols", []), f"{name} adopts {proto}"
    for members in ("instance_methods", "class_methods"):
        for selector, facts in want.get(members, {}).items():
            method = got.get(members, {}).get(selector)
            assert method is not None, f"{name} {members}: {selector} missing"
            for key, value in facts.items():
                assert method.get(key) == value, f"{name} {selector}.{key}: {method.get(key)!r} != {value!r}"
    for prop, facts in want.get("properties", {}).items():
        entry = got.get("properties", {}).get(prop)
        assert entry is not None, f"{name} property {prop} missing"
        for key, value in facts.items():
            assert entry.get(key) == value, f"{name}.{prop}.{key}: {entry.get(key)!r} != {value!r}"
