"""The wheel carries the schemas and templates: an install outside the repository works.

Builds the wheel, installs it into a fresh virtual environment in a temporary folder (its
dependencies come from the package index, as for any user), validates a small project there and
renders its reports.
"""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

from tests.conftest import REPO, make_project


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_wheel_installs_and_validates_outside_the_repository(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = _run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, REPO)
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("iki-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "iki/schemas/position.schema.json" in names
    assert "iki/schemas/iki.schema.json" in names
    assert "iki/schemas/realisasi.schema.json" in names
    templates = {name for name in names if name.startswith("iki/templates/")}
    shipped = {
        f"iki/templates/{p.name}"
        for p in (REPO / "templates").iterdir()
        if p.suffix in {".j2", ".css"}
    }
    assert shipped and shipped <= templates

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    installed = _run(python, "-m", "pip", "install", "--quiet", wheel)
    assert installed.returncode == 0, installed.stderr

    project = make_project(tmp_path / "office")
    clean = _run(env_dir / "bin" / "iki", "validate", cwd=project)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    # the templates are found in the installed package: a report renders in both formats
    html = _run(
        env_dir / "bin" / "iki", "report", "--position", "staf", "--format", "html", cwd=project
    )
    assert html.returncode == 0, html.stderr
    assert '<table class="iki">' in html.stdout
    assert "@page landscape { size: A4 landscape; }" in html.stdout
    out = tmp_path / "reports"
    every = _run(env_dir / "bin" / "iki", "report", "--all", "-o", out, cwd=project)
    assert every.returncode == 0, every.stderr
    assert "```mermaid\nflowchart TD\n" in (out / "README.md").read_text(encoding="utf-8")
    assert "| 1 | Terlaksananya administrasi persuratan |" in (
        out / "jabatan" / "staf.md"
    ).read_text(encoding="utf-8")
    (project / "data/positions/staf.yaml").write_text("id: staf\njabatan: 5\nkinerja: []\n")
    broken = _run(python, "-m", "iki", "validate", cwd=project)
    assert broken.returncode == 1
    assert "data/positions/staf.yaml" in broken.stdout
    assert "S001" in broken.stdout

    # A second office from the installed wheel alone: init, import its .docx, validate.
    iki = env_dir / "bin" / "iki"
    office = tmp_path / "kantor-baru"
    started = _run(
        iki, "init", office, "--organisasi", "Bappeda Kabupaten Tanah Datar", "--tahun", "2026",
        cwd=tmp_path,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    assert (office / "schemas" / "position.schema.json").is_file()
    source = REPO / "tests" / "fixtures" / "import" / "bappeda-merged-cells.docx"
    imported = _run(iki, "import", source, cwd=office)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "7 jabatan, 9 baris indikator diimpor" in imported.stdout
    checked = _run(iki, "validate", "--format", "json", cwd=office / "data")
    assert checked.returncode == 0, checked.stdout + checked.stderr
