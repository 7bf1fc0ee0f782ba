"""A large office is read and checked by two processes; what they find is exactly what one
process finds."""

from __future__ import annotations

import concurrent.futures.process
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from iki.check import validate as validate_module
from iki.check.validate import validate
from iki.load import parallel
from iki.load import workspace as workspace_module
from iki.load.project import find_project
from iki.load.schema import SchemaName
from iki.load.workspace import (
    load_workspace,
    load_workspace_from_files,
    load_workspaces_from_files,
)
from tests.conftest import REPO


def _office_with_broken_files(tmp_path: Path) -> Path:
    """The shipped office plus the illustrative realisations, one file broken in each half,
    so that findings and valid files come from both processes."""
    root = tmp_path / "office"
    shutil.copytree(REPO / "data", root / "data")
    shutil.copy(REPO / "iki.yaml", root / "iki.yaml")
    shutil.copytree(
        REPO / "examples" / "realisasi", root / "data" / "realisasi", dirs_exist_ok=True
    )
    positions = sorted((root / "data" / "positions").glob("*.yaml"))
    positions[1].write_text("id: [unclosed\n", encoding="utf-8")
    positions[-2].write_text(
        positions[-2].read_text(encoding="utf-8") + "\nkunci_asing: 1\n", encoding="utf-8"
    )
    return root


def _everything(root: Path) -> tuple[object, ...]:
    loaded = load_workspace(find_project(explicit=root))
    result = validate(loaded)
    return (
        loaded.office,
        [(d.file, d.line, d.column, d.code, d.message) for d in result.diagnostics],
        list(loaded.sources),
        [s.valid for s in loaded.sources.values()],
        result.files_checked,
    )


def test_two_processes_read_what_one_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _office_with_broken_files(tmp_path)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10**9)
    alone = _everything(root)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    forks: list[str] = []
    read_here: list[int] = []
    checked_here: list[str] = []

    class Recording(ProcessPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
            assert parallel._there is not None
            forks.append(parallel._there.__qualname__)
            return super().submit(fn, *args, **kwargs)

    def reading(project, paths, build=False):  # type: ignore[no-untyped-def]
        if os.getpid() == _PARENT:
            read_here.append(len(paths))
        return _read_here(project, paths, build=build)

    def quality(workspace):  # type: ignore[no-untyped-def]
        if os.getpid() == _PARENT:
            checked_here.append("quality")
        return _quality_here(workspace)

    monkeypatch.setattr(
        parallel, "_executor", lambda context: Recording(max_workers=1, mp_context=context)
    )
    monkeypatch.setattr(workspace_module, "_read_examined", reading)
    monkeypatch.setattr(validate_module, "APART", (quality,))
    monkeypatch.setattr(
        validate_module,
        "CHECKS",
        tuple(quality if c is _quality_here else c for c in validate_module.CHECKS),
    )
    together = _everything(root)
    assert together == alone
    # Every other file was read by the other process, the quality rules ran there, and the
    # files whose findings had to be placed at their lines were shared out too.
    files = len(alone[2])  # type: ignore[arg-type]
    assert read_here == [files - files // 2]
    assert checked_here == []
    assert len(forks) == 3, forks
    assert alone[1], "the broken files must give findings"


_PARENT = os.getpid()
_read_here = workspace_module._read_examined
_quality_here = validate_module.CHECKS[validate_module.CHECKS.index(validate_module.APART[0])]


def _dies_in_the_child(project, paths, build=False):  # type: ignore[no-untyped-def]
    """Module-level, so that the pool can name it; the child exits without an answer."""
    if os.getpid() != _PARENT:
        os._exit(3)
    return _read_here(project, paths, build=build)


def _no_fork() -> int:
    raise OSError(11, "Resource temporarily unavailable")


def _no_semaphores() -> None:
    """What the pool raises where named semaphores are missing or too few (some containers)."""
    raise NotImplementedError("system provides too few semaphores")


@pytest.mark.parametrize("failure", ["child dies", "fork fails", "no semaphores"])
def test_a_failed_second_process_costs_nothing_but_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    root = _office_with_broken_files(tmp_path)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10**9)
    alone = _everything(root)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    if failure == "child dies":
        monkeypatch.setattr(workspace_module, "_read_examined", _dies_in_the_child)
    elif failure == "fork fails":
        monkeypatch.setattr(os, "fork", _no_fork)
    else:
        monkeypatch.setattr(concurrent.futures.process, "_check_system_limits", _no_semaphores)
    assert _everything(root) == alone


def test_a_diff_reads_only_what_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The two sides of `iki diff` read a file with the same name and content once, and give
    what reading each side on its own would have given."""
    root = _office_with_broken_files(tmp_path)
    project = find_project(explicit=root)
    before = [(project.relative(p), p.read_bytes()) for p in project.data_files()]
    after = list(before)
    name, raw = after[3]
    after[3] = (name, raw.replace(b"id:", b"id:  ", 1))  # same data, other bytes
    after[5] = (after[5][0], b"id: [unclosed\n")
    read: list[str] = []
    real = workspace_module._examine_contents

    def recording(project, pairs):  # type: ignore[no-untyped-def]
        read.extend(name for name, _ in pairs)
        return real(project, pairs)

    monkeypatch.setattr(workspace_module, "_examine_contents", recording)
    old, shared = load_workspaces_from_files(project, before, after)
    assert sorted(read) == sorted([name for name, _ in before] + [after[3][0], after[5][0]])
    monkeypatch.setattr(workspace_module, "_examine_contents", real)
    alone = load_workspace_from_files(project, after)
    assert shared.office == alone.office
    assert validate(shared).diagnostics == validate(alone).diagnostics
    assert old.office == load_workspace_from_files(project, before).office
    assert shared.sources[before[0][0]] is old.sources[before[0][0]]


def test_ctrl_c_ends_the_second_process_without_a_traceback(tmp_path: Path) -> None:
    """Ctrl-C reaches every process of the terminal's group; the second one must end quietly
    (the first says what is to be said), not print Python's traceback of its wait."""
    script = (
        "import os, signal, sys, time\n"
        "from iki.load import parallel\n"
        "parallel.cores = lambda: 2\n"
        "first = os.getpid()\n"
        "def there():\n"
        "    if os.getpid() != first:\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "        time.sleep(5)\n"
        "    return 'there'\n"
        "print(parallel.beside(lambda: 'here', there, files=parallel.PARALLEL_FROM))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "('here', 'there')\n", "")


def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "State:\tZ" in status  # ended, waiting for init to collect it


def test_the_second_process_ends_when_the_first_is_killed(tmp_path: Path) -> None:
    """A run killed from outside (SIGKILL, a CI job's timeout) cannot shut its second process
    down; that process must not wait forever for work, holding its copy of the office."""
    script = (
        "import os, signal, time\n"
        "from pathlib import Path\n"
        "from iki.load import parallel\n"
        "parallel.cores = lambda: 2\n"
        "def there():\n"
        "    Path('child').write_text(str(os.getpid()))\n"
        "    time.sleep(120)\n"
        "def here():\n"
        "    while not Path('child').exists():\n"
        "        time.sleep(0.01)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "parallel.beside(here, there, files=parallel.PARALLEL_FROM)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, timeout=60)
    assert done.returncode == -9
    child = int((tmp_path / "child").read_text())
    try:
        for _ in range(200):
            if _gone(child):
                break
            time.sleep(0.05)
        assert _gone(child)
    finally:
        if not _gone(child):
            os.kill(child, 9)


def test_this_process_builds_the_model_of_its_half(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the other process still reads, this one builds the positions and realisations
    of its own files; the other's arrive as data and are built here afterwards."""
    root = _office_with_broken_files(tmp_path)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    project = find_project(explicit=root)
    examined = workspace_module._read_all(project, workspace_module.collect_files(project, []))
    modelled = [
        source.valid and source.kind in (SchemaName.POSITION, SchemaName.REALISATION)
        for source, _ in examined
    ]
    built = [source.built is not None for source, _ in examined]
    assert built[0::2] == modelled[0::2]
    assert not any(built[1::2])
    assert any(modelled[1::2])
