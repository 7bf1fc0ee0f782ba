"""A large office is read by two processes; what they read is exactly what one process reads."""

from __future__ import annotations

import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from iki.check.validate import validate
from iki.load import workspace as workspace_module
from iki.load.project import find_project
from iki.load.workspace import load_workspace
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
    monkeypatch.setattr(workspace_module, "PARALLEL_FROM", 10**9)
    alone = _everything(root)
    monkeypatch.setattr(workspace_module, "PARALLEL_FROM", 2)
    monkeypatch.setattr(workspace_module, "_cores", lambda: 2)
    submitted: list[tuple[str, int]] = []

    class Recording(ProcessPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
            submitted.append((fn.__name__, len(args[-1])))
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(
        workspace_module,
        "_executor",
        lambda context: Recording(max_workers=1, mp_context=context),
    )
    together = _everything(root)
    assert together == alone
    # The second half of the files went to another process, and so did the second half of the
    # files whose findings had to be placed at their lines.
    files = len(alone[2])  # type: ignore[arg-type]
    with_findings = len({d[0] for d in alone[1] if d[1]})  # type: ignore[attr-defined]
    assert submitted[0] == ("_read_examined", files - files // 2)
    assert submitted[1][0] == "_place"
    assert 0 < submitted[1][1] <= with_findings
    assert alone[1], "the broken files must give findings"


_PARENT = os.getpid()
_read_here = workspace_module._read_examined


def _dies_in_the_child(project, paths):  # type: ignore[no-untyped-def]
    """Module-level, so that the pool can name it; the child exits without an answer."""
    if os.getpid() != _PARENT:
        os._exit(3)
    return _read_here(project, paths)


def _no_fork() -> int:
    raise OSError(11, "Resource temporarily unavailable")


@pytest.mark.parametrize("failure", ["child dies", "fork fails"])
def test_a_failed_second_process_costs_nothing_but_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    root = _office_with_broken_files(tmp_path)
    monkeypatch.setattr(workspace_module, "PARALLEL_FROM", 10**9)
    alone = _everything(root)
    monkeypatch.setattr(workspace_module, "PARALLEL_FROM", 2)
    monkeypatch.setattr(workspace_module, "_cores", lambda: 2)
    if failure == "child dies":
        monkeypatch.setattr(workspace_module, "_read_examined", _dies_in_the_child)
    else:
        monkeypatch.setattr(os, "fork", _no_fork)
    assert _everything(root) == alone
