"""The README's examples are real output."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import REPO, make_project, run_iki


def _block_after(marker: str) -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(re.escape(marker) + r"\n```console\n\$ [^\n]*\n(.*?)```", readme, re.S)
    assert match, f"no console block after {marker} in README.md"
    return match.group(1)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_validate_demo_is_real_output(tmp_path: Path) -> None:
    project = make_project(tmp_path / "demo")
    staf = project / "data/positions/staf.yaml"
    _edit(staf, "    indikator: Jumlah", "    indikatr: Jumlah")
    _edit(staf, "atasan: kepala", "atasan: kepla")
    _edit(project / "data/positions/kepala.yaml", "seluruh * 100", "semua × 100")
    run = run_iki(["validate", "--project", str(project)])
    assert run.code == 1
    assert run.stdout == _block_after("<!-- validate-demo -->")


def test_numbers_demo_is_real_output(tmp_path: Path) -> None:
    project = make_project(tmp_path / "demo")
    _edit(
        project / "data/positions/staf.yaml",
        "target: {2025: {jenis: kumulatif, TW1: 100, TW2: 200, TW3: 300, TW4: 400}}",
        "target: {2025: 1.500}",
    )
    realisation = project / "data/realisasi/2025/kepala.yaml"
    realisation.parent.mkdir(parents=True)
    realisation.write_text(
        "posisi: kepala\ntahun: 2025\nrealisasi:\n  layanan-tepat-waktu:\n"
        "    TW1:\n      tepat_waktu: 92,5\n      seluruh: 100\n"
        "    TW2:\n      tepat_waktu: 85%\n      seluruh: 100\n"
        "    TW3:\n      tepat_waktu: 3\n      seluruh: 24 layanan\n"
    )
    run = run_iki(["validate", "--project", str(project)])
    assert run.code == 1
    assert run.stdout == _block_after("<!-- numbers-demo -->")


def test_nbsp_demo_is_real_output(tmp_path: Path) -> None:
    project = make_project(tmp_path / "demo")
    _edit(project / "data/positions/staf.yaml", "    satuan: surat", "    satuan:\u00a0surat")
    run = run_iki(["validate", "--project", str(project)])
    assert run.code == 1
    assert run.stdout == _block_after("<!-- nbsp-demo -->")
