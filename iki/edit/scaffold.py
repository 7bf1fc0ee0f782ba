"""`iki init`: the folder of a new office, ready for `iki import`, VS Code, CI and pre-commit.

Everything is planned first and written only when none of it exists yet: starting an office
must never overwrite a file the office already has.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from iki.edit import atomic
from iki.edit.atomic import TEMP_MARK
from iki.errors import IkiError, UsageError
from iki.load.schema import SchemaName, schema_text
from iki.messages import text as message

DEFAULT_IKI_SOURCE = "git+https://github.com/OWNER/iki@v0.1.0"
"""The pip requirement CI installs iki from, until the office names its own (IKI_SOURCE)."""

_IKI_YAML = """\
# yaml-language-server: $schema=schemas/iki.schema.json
organisasi: {organisasi}
pemerintah: {pemerintah}
{tahun_line}# tahun bawaan untuk target dan laporan
skala_predikat:                  # batas bawah capaian (%), dari tertinggi; skala lima tingkat LKjIP
  - {{min: 91, predikat: Sangat Tinggi}}
  - {{min: 76, predikat: Tinggi}}
  - {{min: 66, predikat: Sedang}}
  - {{min: 51, predikat: Rendah}}
  - {{min: 0, predikat: Sangat Rendah}}
"""

_GITIGNORE = f"""\
# laporan yang dibuat iki report; dibuat ulang kapan saja
build/
.venv/
__pycache__/
# berkas sementara iki record selagi menulis; tidak pernah ikut di-commit
.*{TEMP_MARK}*.tmp
"""

WORKFLOW = """\
# iki for an office's own IKI repository: copy this file to .github/workflows/iki.yml.
# Findings appear inline on the pull request's files; the job summary shows what the pull
# request changes in positions, indicators, targets and links (iki diff).
#
# iki is installed from its git repository at a fixed tag: set IKI_SOURCE below. (The name
# "iki" on PyPI belongs to an unrelated package; `pip install iki` would not install this tool.)
name: iki

on:
  pull_request:
    paths:
      - "data/**"
      - "schemas/**"
      - "iki.yaml"

permissions:
  contents: read

env:
  # pip requirement for iki: git+https://<host>/<owner>/iki@<tag>, a pinned tag or commit
  IKI_SOURCE: "{iki_source}"

jobs:
  iki:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@v4
        with:
          # the base branch's history, for `iki diff origin/<base>`
          fetch-depth: 0

      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"

      - name: Install iki
        id: install
        run: python -m pip install "$IKI_SOURCE"

      - name: Validate
        run: iki validate --format github

      - name: Diff against the base branch
        # also when validation failed: the reviewer needs both
        if: ${{{{ !cancelled() && steps.install.outcome == 'success' }}}}
        env:
          # through the environment, never pasted into the script
          BASE_REF: ${{{{ github.base_ref }}}}
        run: iki diff "origin/$BASE_REF" --format md >> "$GITHUB_STEP_SUMMARY"
"""
"""docs/github-workflow-template.yml, with the office's IKI_SOURCE (a test keeps them equal)."""

_PRE_COMMIT = """\
# pre-commit (https://pre-commit.com): `pre-commit install` once, then every commit of data
# files runs iki validate on them. The hook uses the iki installed on this computer.
repos:
  - repo: local
    hooks:
      - id: iki-validate
        name: iki validate
        entry: iki validate
        language: system
        files: ^(data/|iki\\.yaml$)
        types: [yaml]
        pass_filenames: true
        require_serial: true
"""

_README = """\
# IKI {organisasi}

Indikator Kinerja Individu {organisasi} ({pemerintah}), tahun {tahun}, sebagai berkas YAML
yang ditinjau lewat pull request dan diperiksa dengan `iki`.

- `iki.yaml`: organisasi, tahun bawaan dan skala predikat.
- `data/positions/`: satu berkas per jabatan (`<id>.yaml`).
- `data/realisasi/<tahun>/`: realisasi per triwulan.
- `schemas/`: skema JSON, agar VS Code (ekstensi YAML dari Red Hat) memeriksa berkas saat diketik.

## Langkah berikutnya
1. Impor dokumen IKI kantor (teks salinan Word atau PDF, atau berkas .docx):
   `iki import dokumen-iki.docx`. Jika ada baris yang tidak terbaca, tidak ada berkas yang
   ditulis; perbaiki baris itu di dokumen, atau tambahkan `--partial`.
2. Periksa setiap `atasan` yang bertanda "disimpulkan dari judul jabatan", lalu hapus tandanya.
3. `iki validate` sampai tidak ada galat; `iki report --all -o build/` untuk laporan.
4. Isi `IKI_SOURCE` di `.github/workflows/iki.yml`; jalankan `pre-commit install`.
"""


@dataclass(frozen=True)
class Office:
    organisasi: str
    pemerintah: str | None
    tahun: int
    iki_source: str = DEFAULT_IKI_SOURCE


class ExistingPathsError(IkiError):
    """`iki init` found files it would have to overwrite."""

    def __init__(
        self,
        paths: list[Path],
        advice: str = "",
    ) -> None:
        self.paths = paths
        advice = advice or message("cli.init_new_only")
        super().__init__(message("cli.exist_count", count=len(paths), advice=advice))


def _yaml_text(value: str) -> str:
    """A single-line YAML string, quoted as JSON (a subset of YAML) so that no name is read as
    something else (a number, a boolean, a comment)."""
    return json.dumps(value, ensure_ascii=False)


def _checked(office: Office) -> None:
    for label, value in (("--organisasi", office.organisasi), ("--pemerintah", office.pemerintah)):
        if value is None:
            continue
        if not value.strip():
            raise UsageError(f"{label}: tulis satu baris teks, tidak kosong")
        # Control characters and Unicode line or paragraph separators (pasted from Word or
        # a PDF) would be folded into spaces or break the line when the name is read back.
        odd = next((c for c in value if unicodedata.category(c) in ("Cc", "Zl", "Zp")), None)
        if odd is not None:
            raise UsageError(
                f"{label}: berisi karakter kendali U+{ord(odd):04X} (tab, baris baru atau "
                "sejenisnya); tulis namanya dalam satu baris teks biasa"
            )
    if not 1900 <= office.tahun <= 2999:
        raise UsageError(f"--tahun {office.tahun}: tulis tahun empat angka, misalnya 2026")
    if any(c.isspace() or c in "\"'\\$`" for c in office.iki_source):
        raise UsageError("--sumber-iki: tulis satu persyaratan pip tanpa spasi atau tanda kutip")


def plan(root: Path, office: Office) -> dict[Path, str]:
    """Every file `iki init` writes, by path, with its text."""
    _checked(office)
    pemerintah = _yaml_text(office.pemerintah) if office.pemerintah else "null"
    files = {
        root / "iki.yaml": _IKI_YAML.format(
            organisasi=_yaml_text(office.organisasi),
            pemerintah=pemerintah,
            tahun_line=f"tahun: {office.tahun}".ljust(33),
        ),
        root / "data" / "positions" / ".gitkeep": "",
        root / "data" / "realisasi" / ".gitkeep": "",
        root / ".gitignore": _GITIGNORE,
        root / ".github" / "workflows" / "iki.yml": WORKFLOW.format(iki_source=office.iki_source),
        root / ".pre-commit-config.yaml": _PRE_COMMIT,
        root / "README.md": _README.format(
            organisasi=office.organisasi.strip(),
            pemerintah=(office.pemerintah or "").strip() or "-",
            tahun=office.tahun,
        ),
    }
    for name in SchemaName:
        files[root / "schemas" / f"{name}.schema.json"] = schema_text(name)
    return files


def create(root: Path, office: Office) -> list[Path]:
    """Write the new project under `root`, or nothing when any of its paths exists."""
    files = plan(root, office)
    existing = {path for path in files if path.exists() or path.is_symlink()}
    # A file (or a dangling link) where a folder of the project must go, such as a file named
    # "data", would stop the run halfway with only the system's word for it.
    existing.update(
        folder
        for folder in _folders(files)
        if (folder.exists() or folder.is_symlink()) and not folder.is_dir()
    )
    if existing:
        raise ExistingPathsError(sorted(existing))
    made_folders = [folder for folder in _folders(files) if not folder.exists()]
    written: list[Path] = []
    try:
        for folder in made_folders:
            folder.mkdir()
        for path, text in files.items():
            # "x": a file that appeared since the check above is still never overwritten.
            with path.open("x", encoding="utf-8", newline="\n") as out:
                written.append(path)
                out.write(text)
    except OSError:
        # Half a project would block the next attempt: take back what this run made.
        for path in reversed(written):
            path.unlink(missing_ok=True)
        for folder in reversed(made_folders):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        raise
    return list(files)


def _folders(files: dict[Path, str]) -> list[Path]:
    """Every folder the files need, parents before children."""
    folders: set[Path] = set()
    for path in files:
        folders.update(parent for parent in path.parents if parent != Path())
    return sorted(folders, key=lambda folder: len(folder.parts))


def write_schemas(folder: Path, *, force: bool) -> list[Path]:
    """The JSON Schemas of this iki into `folder`, for the modelines of an office's files;
    nothing when one exists already and `force` is not given."""
    files = {folder / f"{name}.schema.json": schema_text(name) for name in SchemaName}
    existing = sorted(path for path in files if path.exists() or path.is_symlink())
    if existing and not force:
        raise ExistingPathsError(existing, message("cli.schema_force"))
    blocked = [path for path in existing if not path.is_file()]
    if blocked:
        raise IkiError(f"{blocked[0]} bukan berkas; tidak ada yang ditulis")
    for path, text in files.items():
        atomic.write_text(path, text)
    return list(files)
