"""The Perjanjian Kinerja, its rencana aksi, the quarterly report and `--compare-year`, on the
fictitious project of examples/kantor-contoh and on small projects."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from iki.check import cascade
from iki.compute.forms import Trend, is_structural, trend
from iki.load.project import Project
from iki.load.workspace import load_workspace
from iki.model import Polarity
from tests.conftest import REPO, run_iki

CONTOH = REPO / "examples" / "kantor-contoh"


def report(*args: str) -> str:
    run = run_iki(["report", "--project", str(CONTOH), *args])
    assert run.code == 0, run
    return run.stdout


def cells(markdown: str, first: str) -> list[str]:
    """The cells of the Markdown table row whose first two cells are `first`."""
    for line in markdown.splitlines():
        parts = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(parts) > 1 and " | ".join(parts[:2]) == first:
            return parts
    raise AssertionError(f"no row {first!r}")


# -- the Perjanjian Kinerja ------------------------------------------------------------------


def test_pk_markdown_has_the_statement_the_parties_the_table_and_the_plan() -> None:
    text = report("--position", "kabid-pelayanan", "--kind", "pk")
    assert text.startswith("# Perjanjian Kinerja Tahun 2025\n")
    assert "kami yang bertanda tangan di bawah ini:" in text
    assert "selanjutnya disebut pihak pertama." in text
    assert "selaku atasan pihak pertama, selanjutnya disebut pihak kedua." in text
    # pihak pertama is the position, pihak kedua its superior
    first = text.index("Kepala Bidang Pelayanan Perizinan")
    second = text.index("Kepala Dinas Contoh")
    assert first < second < text.index("pihak kedua.")
    assert "| Pihak Kedua |" in text and "Pihak Pertama |" in text
    assert cells(text, "1 | Meningkatnya pelayanan perizinan sesuai SOP")[3] == "95 %"
    # the rencana aksi: cumulative quarterly targets, or "belum dirinci" for a yearly one
    plan = text[text.index("## Rencana Aksi Tahun 2025") :]
    assert cells(plan, "1 | Persentase izin yang terbit sesuai SOP")[3:] == ["*belum dirinci*"] * 4
    survey = cells(plan, "2 | Jumlah survei kepuasan masyarakat yang terlaksana")
    assert survey[2:] == ["2 survei", "–", "1 survei", "1 survei", "2 survei"]


def test_pk_keeps_a_row_without_a_target_and_shows_the_iku_it_carries() -> None:
    text = report("--position", "kepala-dinas", "--kind", "pk")
    assert "| Kepala Daerah |" not in text  # the head's pihak kedua is the kepala daerah…
    assert "**Kepala Daerah**" in text  # …written in the signature block
    row = cells(text, "3 | Meningkatnya mutu pelayanan perizinan")
    assert row[3] == "*belum ada target*"
    assert row[4] == "Indeks Kepuasan Masyarakat (renstra/ikm)"
    plan = text[text.index("## Rencana Aksi") :]
    assert cells(plan, "3 | Indeks Kepuasan Masyarakat")[2:] == ["*belum ada target*"] * 5
    assert cells(plan, "1 | Nilai realisasi investasi")[3:] == [
        "20 miliar rupiah",
        "45 miliar rupiah",
        "70 miliar rupiah",
        "100 miliar rupiah",
    ]


def test_pk_html_has_the_same_form(tmp_path: Path) -> None:
    out = tmp_path / "pk.html"
    args = ["--position", "kepala-dinas", "--kind", "pk", "-o", str(out)]
    run = run_iki(["report", "--project", str(CONTOH), *args])
    assert run.code == 0, run
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<title>Perjanjian Kinerja Tahun 2025" in html
    assert html.count('<section class="signature">') == 2  # the statement and the annex
    table = html.split('<table class="pk">')[1].split("</table>")[0]
    assert table.count('<tr id="k-') == 3
    assert '<td class="num state">belum ada target</td>' in table
    plan = html.split('<table class="pk plan">')[1].split("</table>")[0]
    assert plan.count('<td class="num state">belum dirinci</td>') == 4


def test_pk_only_for_structural_positions() -> None:
    args = ["--position", "pengadministrasi-perizinan", "--kind", "pk"]
    run = run_iki(["report", "--project", str(CONTOH), *args])
    assert run.code == 2, run
    assert "bukan jabatan struktural" in run.stderr and "SKP" in run.stderr
    office = load_workspace(Project(CONTOH)).office
    tree = cascade.build(office)
    structural = {p.id for p in office.positions if is_structural(p, tree)}
    assert structural == {p.id for p in office.positions} - {"pengadministrasi-perizinan"}


def test_pk_all_writes_every_structural_position_and_an_index(tmp_path: Path) -> None:
    run = run_iki(
        ["report", "--project", str(CONTOH), "--all", "--kind", "pk", "-o", str(tmp_path)]
    )
    assert run.code == 0, run
    pages = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.md"))
    assert "jabatan/pengadministrasi-perizinan.md" not in pages
    assert len(pages) == 1 + 7 and "README.md" in pages
    index = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert "[Kepala Dinas Contoh](jabatan/kepala-dinas.md)" in index


def test_pk_of_the_shipped_office_lists_rows_without_targets() -> None:
    run = run_iki(["report", "--project", str(REPO), "--position", "kabid-ptsp", "--kind", "pk"])
    assert run.code in (0, 1), run
    assert run.stdout.count("*belum ada target*") >= 2
    assert "Mendukung IKU Renstra" not in run.stdout  # the office has no Renstra


# -- the quarterly report --------------------------------------------------------------------


def test_triwulan_shows_kendala_upaya_last_year_renstra_and_trend() -> None:
    text = report("--position", "kepala-dinas", "--kind", "triwulan", "--period", "TW2")
    assert text.startswith("# Laporan Capaian Kinerja Triwulan II Tahun 2025\n")
    assert "Realisasi 2024 dibaca dari data/realisasi/2024/kepala-dinas.yaml." in text
    row = cells(text, "1 | Nilai realisasi investasi")
    assert row[2:8] == [
        "100 miliar rupiah",
        "45 miliar rupiah",
        "39,5 miliar rupiah",  # 18 + 21,5
        "87,8 % (Tinggi)",
        "37,5 miliar rupiah",  # 2024: 15 + 22,5
        "membaik",
    ]
    assert row[8] == "2025: 100 miliar rupiah; akhir 2026: 110 miliar rupiah"
    assert row[9].startswith("Dua calon investor menunda") and row[10].startswith("Rapat")
    ikm = cells(text, "3 | Indeks Kepuasan Masyarakat")
    assert ikm[3] == "*belum ada target*" and ikm[9] == "*belum diisi*"


def test_triwulan_without_last_year_or_renstra_says_so() -> None:
    text = report("--position", "kasi-perizinan", "--kind", "triwulan", "--period", "TW2")
    row = cells(text, "1 | Jumlah izin yang terbit sesuai SOP")
    assert row[6:9] == ["*tidak ada berkas 2024*", "tanpa pembanding", "bukan IKU"]
    shipped = run_iki(
        ["report", "--project", str(REPO), "--position", "kepala-dinas", "--kind", "triwulan"]
    )
    assert "belum ada Renstra (data/renstra.yaml)" in shipped.stdout


def test_triwulan_all_is_one_report_with_a_page_per_position(tmp_path: Path) -> None:
    args = ["--all", "--kind", "triwulan", "--period", "TW2", "--format", "html"]
    run = run_iki(["report", "--project", str(CONTOH), *args, "-o", str(tmp_path)])
    assert run.code == 0, run
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert index.count('<table class="triwulan">') == 8
    assert 'href="jabatan/kasi-perizinan.html"' in index
    page = (tmp_path / "jabatan" / "kasi-perizinan.html").read_text(encoding="utf-8")
    assert page.count('<table class="triwulan">') == 1 and 'href="../index.html"' in page
    assert "Berkas diproses manual" in page


def test_triwulan_in_english() -> None:
    text = report(
        "--position", "kepala-dinas", "--kind", "triwulan", "--period", "TW2", "--lang", "en"
    )
    assert text.startswith("# Quarterly performance report, Q2 2025")
    assert "| Obstacles | Actions / follow-up |" in text


def test_untrusted_kendala_is_escaped(tmp_path: Path) -> None:
    from tests.conftest import make_project

    root = make_project(tmp_path / "p")
    args = ["record", "staf", "surat-diproses", "TW1", "5", "--project", str(root)]
    assert run_iki([*args, "--kendala", "<script>x</script> | a", "--upaya", "**b**"]).code == 0
    md = run_iki(["report", "--project", str(root), "--position", "staf", "--kind", "triwulan"])
    assert "&lt;script&gt;x&lt;/script&gt; \\| a" in md.stdout and "\\*\\*b\\*\\*" in md.stdout
    out = tmp_path / "t.html"
    args = ["--position", "staf", "--kind", "triwulan", "-o", str(out)]
    run_iki(["report", "--project", str(root), *args])
    assert "&lt;script&gt;x&lt;/script&gt;" in out.read_text(encoding="utf-8")


def test_a_blank_kendala_reads_as_not_written(tmp_path: Path) -> None:
    from tests.conftest import make_project

    root = make_project(tmp_path / "p")
    realisation = root / "data" / "realisasi" / "2025" / "staf.yaml"
    realisation.parent.mkdir(parents=True, exist_ok=True)
    realisation.write_text(
        "posisi: staf\ntahun: 2025\nrealisasi:\n"
        "  surat-diproses:\n    TW1: {nilai: 5, kendala: '   ', upaya: ''}\n",
        encoding="utf-8",
    )
    args = ["--position", "staf", "--kind", "triwulan", "--period", "TW1", "--year", "2025"]
    md = run_iki(["report", "--project", str(root), *args])
    assert md.code == 0, md
    row = next(line for line in md.stdout.splitlines() if line.startswith("| 1 |"))
    assert row.endswith("| *belum diisi* | *belum diisi* |"), row


def test_pk_with_an_unknown_superior_leaves_the_second_party_blank(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "p"
    shutil.copytree(CONTOH, root)
    kabid = root / "data" / "positions" / "kabid-penanaman-modal.yaml"
    text = kabid.read_text(encoding="utf-8")
    kabid.write_text(text.replace("atasan: kepala-dinas", "atasan: kepala-dinsa"), "utf-8")
    args = ["--position", "kabid-penanaman-modal", "--kind", "pk"]
    run = run_iki(["report", "--project", str(root), *args])
    assert run.code == 1, run  # R003: the data has an error, and the command says so
    parties = [line for line in run.stdout.splitlines() if line.startswith("- **Jabatan:**")]
    assert parties == [
        "- **Jabatan:** Kepala Bidang Penanaman Modal",
        "- **Jabatan:** ……………………………………",  # not the Kepala Daerah
    ]


def test_forms_are_deterministic(tmp_path: Path) -> None:
    for kind in ("pk", "triwulan"):
        first = report("--position", "kepala-dinas", "--kind", kind, "--period", "TW2")
        assert report("--position", "kepala-dinas", "--kind", kind, "--period", "TW2") == first


# -- trend and --compare-year ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "then", "polarity", "expected"),
    [
        (5.0, 4.0, Polarity.POSITIVE, Trend.BETTER),
        (3.0, 4.0, Polarity.POSITIVE, Trend.WORSE),
        (3.0, 4.0, Polarity.NEGATIVE, Trend.BETTER),
        (4.0, 4.0, Polarity.NEGATIVE, Trend.SAME),
        (None, 4.0, Polarity.POSITIVE, Trend.UNKNOWN),
        (4.0, None, Polarity.POSITIVE, Trend.UNKNOWN),
    ],
)
def test_trend(now: float | None, then: float | None, polarity: Polarity, expected: Trend) -> None:
    assert trend(now, then, polarity) is expected


def test_compare_year_reads_the_previous_years_files() -> None:
    args = ["achievement", "--project", str(CONTOH), "--period", "TW2", "--compare-year", "2024"]
    run = run_iki([*args, "--format", "json"])
    assert run.code == 0, run
    data = json.loads(run.stdout)
    assert (data["tahun"], data["pembanding"]["tahun"]) == (2025, 2024)
    rows = {(r["posisi"], r["indikator"]): r for r in data["perbandingan"]}
    investasi = rows[("kepala-dinas", "nilai-investasi")]
    assert (investasi["realisasi"], investasi["realisasi_pembanding"]) == (39.5, 37.5)
    assert investasi["tren"] == "membaik"
    assert rows[("kasi-perizinan", "izin-terbit")]["tren"] == "tanpa-pembanding"
    table = run_iki(args)
    assert "Perbandingan TW2 2025 dengan TW2 2024" in table.stdout
    csv = run_iki([*args, "--format", "csv"]).stdout.splitlines()
    assert csv[0].startswith("tahun,") and csv.count(csv[0]) == 1
    assert {line.split(",")[0] for line in csv[1:]} == {"2025", "2024"}


def test_compare_year_without_files_says_so_and_refuses_the_same_year() -> None:
    base = ["achievement", "--project", str(CONTOH), "--period", "TW2"]
    run = run_iki([*base, "--compare-year", "2023"])
    assert run.code == 0, run
    assert "tidak ada berkas realisasi 2023" in run.stderr
    same = run_iki([*base, "--compare-year", "2025"])
    assert same.code == 2 and "pilih tahun lain" in same.stderr


def test_compare_year_with_a_broken_file_does_not_call_it_missing(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "p"
    shutil.copytree(CONTOH, root)
    (root / "data" / "realisasi" / "2024" / "kepala-dinas.yaml").write_text("posisi: [\n")
    run = run_iki(["achievement", "--project", str(root), "--compare-year", "2024"])
    assert run.code == 1, run
    assert "tidak ada berkas realisasi" not in run.stderr
    assert "data/realisasi/2024/ memuat kesalahan" in run.stderr


def test_a_year_folder_must_match_its_tahun(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "p"
    shutil.copytree(CONTOH, root)
    moved = root / "data" / "realisasi" / "2023"
    moved.mkdir()
    (root / "data" / "realisasi" / "2024" / "kepala-dinas.yaml").rename(moved / "kepala-dinas.yaml")
    run = run_iki(["validate", "--project", str(root)])
    assert run.code == 1
    assert re.search(r"A003 +tahun 2024 tidak sama dengan folder '2023'", run.stdout), run


# -- the README's examples are real output ---------------------------------------------------


def _readme_block(marker: str, kind: str) -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(re.escape(marker) + rf"\n```{kind}\n(.*?)```", readme, re.S)
    assert match, f"no {kind} block after {marker} in README.md"
    return match.group(1)


def test_readme_pk_and_triwulan_are_real_output() -> None:
    pk = report("--position", "kabid-pelayanan", "--kind", "pk")
    assert _readme_block("<!-- pk-example -->", "markdown") == pk
    triwulan = report("--position", "kepala-dinas", "--kind", "triwulan", "--period", "TW2")
    assert _readme_block("<!-- triwulan-example -->", "markdown") == triwulan
