"""A clone of the repository needs nothing beside it: no test, script or doc reads outside it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

# The tests that read the office's source document (data/sumber/), the shipped data and the
# examples: the ones a missing outside folder would break first.
SEED_TESTS = (
    "tests/test_shipped_data.py",
    "tests/test_importer.py",
    "tests/test_import_command.py",
)

OUTSIDE = re.compile(r"\.\./shared|shared/seed|DESIGN\.md|/work/")


def _tracked() -> list[str]:
    run = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True)
    return [name for name in run.stdout.decode().split("\0") if name]


def test_nothing_tracked_points_outside_the_repository() -> None:
    me = Path(__file__).relative_to(REPO).as_posix()
    offenders = []
    for name in _tracked():
        path = REPO / name
        if name == me or not path.is_file() or path.suffix in (".png", ".docx", ".pdf"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        offenders += [f"{name}: {m.group(0)}" for m in OUTSIDE.finditer(text)]
    assert offenders == []


def test_the_source_document_is_in_the_repository() -> None:
    assert "data/sumber/iki-dpmptsp-padang-panjang.txt" in _tracked()


def test_a_lone_clone_passes_the_seed_tests(tmp_path: Path) -> None:
    """Clone what is committed into an empty folder, with nothing beside it, and run the tests
    that read the source document there, importing the clone's own `iki`."""
    if not (REPO / ".git").exists():
        pytest.fail("this test needs the repository's git history: run it in a clone")
    alone = tmp_path / "alone"
    alone.mkdir()
    subprocess.run(
        ["git", "clone", "--quiet", "--no-hardlinks", str(REPO), str(alone / "iki")],
        check=True,
    )
    clone = alone / "iki"
    env = {**os.environ, "PYTHONPATH": str(clone), "PYTHONDONTWRITEBYTECODE": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SEED_TESTS],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert re.search(r"\d+ passed", run.stdout)
    probe = subprocess.run(
        [sys.executable, "-c", "import iki; print(iki.__file__)"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip().startswith(str(clone)), probe.stdout
