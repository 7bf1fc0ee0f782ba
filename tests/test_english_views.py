"""`--lang en` on the views that used to stay Indonesian: the achievement table and its
comparison with another year, the pohon kinerja as text, and what `iki record` says after
writing. Each view's Indonesian labels are listed here; none may be left in English output, and
Indonesian stays the default."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, REPO, make_project, run_iki
from tests.test_tree import THREE_LEVELS_TEXT, three_levels

WIDE = {"COLUMNS": "200"}

ACHIEVEMENT_LABELS = (
    "Capaian kinerja",
    "Capaian dibatasi",
    "paling rendah",
    "Indikator",
    "Realisasi",
    "Capaian",
    "Keadaan",
    "Capaian jabatan",
    "Capaian kantor",
    "Rata-rata jabatan",
    "dihitung",
    "belum ada",
    "rumus",
    "indikator berdata",
    "mutu pelayanan",
    "dibatasi dari",
    "cakupan",
    "tanpa predikat",
)
"""The Indonesian labels of `iki achievement`'s table (the data's own words are not labels)."""


def _labels_left(out: str, labels: tuple[str, ...]) -> list[str]:
    return [label for label in labels if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", out)]


@pytest.fixture
def office(tmp_path: Path) -> Path:
    return make_project(tmp_path / "office", EXAMPLES / "valid" / "realisations")


def test_the_achievement_table_speaks_english_when_asked(office: Path) -> None:
    run = run_iki(["achievement", "--project", str(office), "--lang", "en"], env=WIDE)
    assert run.code == 0, run
    out = run.stdout
    assert out.startswith("Performance achievement TW2 2025 — Dinas Contoh\n")
    for text in (
        "Achievement is limited to at least 0.0 % and at most 120.0 %.",
        "Indicator",
        "Realisation",
        "State",
        "96.4 %",
        "84.17 indeks (B)",
        "service quality Baik",  # the category's name is the regulation's, as in the reports
        "3–5 hari",
        "computed (TW1–TW2)",
        "Position achievement: 60.0 % (Rendah), 1 of 1 indicators with data",
        "Office achievement: coverage 3 of 4 indicators of the head of office (75.0 %): 98.0 %",
        "Mean over positions 79.0 % (Tinggi), 2 of 2 positions with data",
    ):
        assert text in out, text
    assert _labels_left(out, ACHIEVEMENT_LABELS) == []
    # Indonesian stays the default, and the same check finds its labels.
    indonesian = run_iki(["achievement", "--project", str(office)], env=WIDE).stdout
    assert indonesian.startswith("Capaian kinerja TW2 2025 — Dinas Contoh\n")
    assert "Capaian dibatasi paling rendah 0,0 % dan paling tinggi 120,0 %." in indonesian
    assert len(_labels_left(indonesian, ACHIEVEMENT_LABELS)) >= 12


def test_the_comparison_with_another_year_speaks_english_when_asked() -> None:
    args = ["achievement", "--project", str(REPO / "examples" / "kantor-contoh"), "--period", "TW2"]
    args += ["--compare-year", "2024"]
    run = run_iki([*args, "--lang", "en"], env=WIDE)
    assert run.code == 0, run
    assert "TW2 2025 compared with TW2 2024" in run.stdout
    for text in ("Realisation 2025", "Realisation 2024", "Achievement 2024", "Trend", "better"):
        assert text in run.stdout, text
    left = ("Perbandingan", "Realisasi 2025", "Capaian 2024", "Tren", "membaik", "tetap")
    assert _labels_left(run.stdout, left) == []
    assert "Perbandingan TW2 2025 dengan TW2 2024" in run_iki(args, env=WIDE).stdout


TREE_LABELS = (
    "Pohon kinerja",
    "belum ada target",
    "s.d.",
    "penunjang",
    "tidak mendukung",
    "jabatan",
    "dalam pohon",
    "indikator",
    "belum diturunkan",
)


def test_the_tree_speaks_english_when_asked(tmp_path: Path) -> None:
    project = three_levels(tmp_path)
    run = run_iki(["tree", "--project", str(project), "--lang", "en"])
    assert run.code == 0, run
    out = run.stdout
    assert out.startswith("Performance tree Dinas Contoh — 2025\n")
    for text in (
        "· target 2025: no target yet [supporting work]",
        "· target 2025: 400 surat\n        │   (to TW4)",
        "[supports no superior]",
        "3 positions (3 in the tree) · 5 indicators · 0 not cascaded · 1 supporting no superior"
        " · 1 supporting work",
    ):
        assert text in out, text
    # The data's own words ("Jumlah laporan", "Persentase layanan yang ...") are not labels.
    data_words = ("Jumlah laporan", "layanan <b>bidang</b>", "Jumlah arsip")
    assert all(word in out for word in data_words)
    assert _labels_left(out, TREE_LABELS) == []
    assert run_iki(["tree", "--project", str(project)]).stdout == THREE_LEVELS_TEXT


def test_what_record_says_speaks_english_when_asked(office: Path) -> None:
    args = ["record", "staf", "surat-diproses", "TW3", "150", "--project", str(office)]
    run = run_iki([*args, "--lang", "en"])
    assert run.code == 0, run
    assert "realisation to TW3 2025: " in run.stdout
    assert "achievement to TW3 2025: " in run.stdout
    assert "s.d." not in run.stdout and "capaian" not in run.stdout
    run = run_iki([*args[:4], "160", *args[5:]])
    assert "realisasi s.d. TW3 2025: " in run.stdout


MODULES_WITHOUT_PROSE = (
    "iki/edit/xlsx_import.py",
    "iki/edit/target.py",
    "iki/load/gitio.py",
    "iki/load/snapshot.py",
    "iki/render/console.py",
    "iki/render/pohon_text.py",
    "iki/render/xlsx.py",
    "iki/render/xlsx_summary.py",
    "iki/render/record.py",
    "iki/cli/achievement.py",
    "iki/cli/common.py",
    "iki/cli/report.py",
    "iki/cli/validate.py",
)
INDONESIAN_PROSE = re.compile(
    r"\b(tidak|yang|berkas|atau|sudah|ada|lembar|baris|dari|dengan|dan|bukan|belum|untuk|"
    r"capaian|jabatan|realisasi|keadaan|pohon|kosong|ditulis|diubah|dihapus)\b",
    re.IGNORECASE,
)


def _literals(source: str) -> list[tuple[int, str]]:
    """The string literals of a module that a person could read: not docstrings (of the module,
    a class, a function or an attribute), which are expression statements of their own, nor the
    `help=` of an option (Indonesian only: Typer builds it before --lang is read)."""
    tree = ast.parse(source)
    statements = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    statements |= {
        id(part)
        for node in ast.walk(tree)
        if isinstance(node, ast.keyword) and node.arg == "help"
        for part in ast.walk(node.value)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in statements
    ]


@pytest.mark.parametrize("module", MODULES_WITHOUT_PROSE)
def test_these_modules_say_nothing_outside_the_catalogue(module: str) -> None:
    """Their sentences come from `iki.catalogue` or `iki.render.labels`, in both languages."""
    source = (REPO / module).read_text(encoding="utf-8")
    # One word is a key of the format ('baris' in the hidden sheet), not a sentence.
    prose = [
        (line, text)
        for line, text in _literals(source)
        if " " in text.strip() and INDONESIAN_PROSE.search(text)
    ]
    assert prose == []


def test_the_command_lines_refusals_speak_english_when_asked(tmp_path: Path) -> None:
    contoh = str(REPO / "examples" / "kantor-contoh")
    said = {
        "--compare-year 2025: that is the year shown; choose another year": [
            "achievement",
            "--project",
            contoh,
            "--compare-year",
            "2025",
        ],
        "--tanggal 'besok': not a date; write YYYY-MM-DD": [
            "report",
            "--project",
            contoh,
            "--position",
            "kepala-dinas",
            "--tanggal",
            "besok",
        ],
    }
    for english, args in said.items():
        run = run_iki([*args, "--lang", "en"])
        assert run.code == 2 and english in run.stderr, run
        assert [w for w in ("tahun", "bukan", "tulis") if w in run.stderr] == []
        assert "iki: " in run_iki(args).stderr and english not in run_iki(args).stderr
    empty = tmp_path / "kosong"
    assert run_iki(["init", str(empty), "--organisasi", "Dinas X", "--tahun", "2025"]).code == 0
    run = run_iki(["validate", "--project", str(empty), "--lang", "en"])
    assert "There are no positions in data/positions/ yet. Add them with: iki import" in (
        run.stdout
    ), run
