"""Acceptance tests driven by example projects, discovered automatically.

`tests/examples/valid/<case>/` and `tests/examples/invalid/<case>/` hold files laid over the base
project in `tests/examples/base/`. A valid case must exit 0 with no finding at all; an invalid case
must exit 1 under `--strict` and report exactly the `file:line CODE` lines of its `expected.txt`:
every error, and the formula (F), cascade (C) and capaian (K) warnings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, make_project, run_iki

VALID = sorted(p for p in (EXAMPLES / "valid").iterdir() if p.is_dir())
INVALID = sorted(p for p in (EXAMPLES / "invalid").iterdir() if p.is_dir())


def test_examples_are_discovered() -> None:
    assert len(INVALID) >= 16
    assert all((case / "expected.txt").is_file() for case in INVALID)


@pytest.mark.parametrize("case", VALID, ids=lambda p: p.name)
def test_valid_example(case: Path, tmp_path: Path) -> None:
    root = make_project(tmp_path / case.name, case)
    run = run_iki(["validate", "--project", str(root)])
    assert run.code == 0, run
    assert "tidak ada masalah" in run.stdout


@pytest.mark.parametrize("case", INVALID, ids=lambda p: p.name)
def test_invalid_example(case: Path, tmp_path: Path) -> None:
    root = make_project(tmp_path / case.name, case)
    run = run_iki(["validate", "--project", str(root), "--format", "json", "--strict"])
    assert run.code == 1, run
    report = json.loads(run.stdout)
    found = sorted(
        f"{d['file']}:{d['line']} {d['code']}"
        for d in report["diagnostics"]
        if d["severity"] == "error" or d["code"][0] in "FCK"
    )
    expected = sorted((case / "expected.txt").read_text().split("\n")[:-1])
    assert found == expected, run
    for d in report["diagnostics"]:
        assert d["message"] and d["hint"], d
