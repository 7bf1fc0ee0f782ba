"""`iki record` run by several processes at once loses nothing, and a killed run leaves no
temporary file behind (issue 14)."""

from __future__ import annotations

import multiprocessing
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from iki.check.validate import validate
from iki.edit import record
from iki.load.project import Project
from iki.load.workspace import load_workspace
from tests.conftest import make_project
from tests.gitrepo import git

WORKERS = 4
INDICATORS_EACH = 6
QUARTERS = ("TW1", "TW2", "TW3", "TW4")


def _position(count: int) -> str:
    lines = [
        "id: ramai",
        "jabatan: Pengelola Data",
        "atasan: kepala",
        "tugas: Mengelola data",
        "fungsi: []",
        "kinerja:",
    ]
    for n in range(count):
        lines += [
            f"  - id: data-{n}",
            "    sasaran: Tersedianya data",
            f"    indikator: Jumlah data {n}",
            "    satuan: data",
            "    target: {2025: 100}",
        ]
    return "\n".join(lines) + "\n"


def _worker(root: str, worker: int) -> None:
    workspace = load_workspace(Project(Path(root)))
    for n in range(worker * INDICATORS_EACH, (worker + 1) * INDICATORS_EACH):
        for q, quarter in enumerate(QUARTERS):
            request = record.Request("ramai", f"data-{n}", quarter, 2025, float(n * 10 + q))
            record.record(workspace, [request])


def test_concurrent_processes_lose_no_value(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project")
    (root / "data" / "positions" / "ramai.yaml").write_text(_position(WORKERS * INDICATORS_EACH))
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_worker, args=(str(root), w)) for w in range(WORKERS)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(120)
        assert process.exitcode == 0
    path = root / "data" / "realisasi" / "2025" / "ramai.yaml"
    data = yaml.safe_load(path.read_text())
    expected = {
        f"data-{n}": {quarter: n * 10 + q for q, quarter in enumerate(QUARTERS)}
        for n in range(WORKERS * INDICATORS_EACH)
    }
    assert data["realisasi"] == expected
    assert validate(load_workspace(Project(root))).errors == 0
    assert sorted(p.name for p in path.parent.iterdir()) == ["ramai.yaml"]


def test_sigterm_during_the_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project")
    folder = root / "data" / "realisasi" / "2025"
    # A child that writes through atomic.write_bytes but stops, temporary file open, in fsync.
    script = f"""
import os, sys, time
from pathlib import Path
from iki.edit import atomic
def slow_fsync(fd):
    sys.stdout.write("writing\\n"); sys.stdout.flush(); time.sleep(30)
os.fsync = slow_fsync
atomic.write_bytes(Path({str(folder / "staf.yaml")!r}), b"posisi: staf\\n")
"""
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, cwd=Path(__file__).parents[1]
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline() == b"writing\n"
        temporaries = [p.name for p in folder.iterdir()]
        assert len(temporaries) == 1 and ".iki-" in temporaries[0]
        child.send_signal(signal.SIGTERM)
        assert child.wait(30) == 128 + signal.SIGTERM
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("gitignore", ["repository", "iki init"])
def test_git_add_all_never_stages_a_temporary_file(tmp_path: Path, gitignore: str) -> None:
    from iki.edit import scaffold

    repo = tmp_path / "repo"
    (repo / "data").mkdir(parents=True)
    text = (
        (Path(__file__).parents[1] / ".gitignore").read_text()
        if gitignore == "repository"
        else scaffold._GITIGNORE
    )
    (repo / ".gitignore").write_text(text)
    (repo / "data" / ".staf.yaml.iki-k2j4h1x9.tmp").write_text("posisi: staf\n")
    (repo / "data" / "staf.yaml").write_text("posisi: staf\n")
    git(repo, "init", "--quiet")
    git(repo, "add", "-A")
    staged = git(repo, "diff", "--cached", "--name-only").splitlines()
    assert staged == [".gitignore", "data/staf.yaml"]
