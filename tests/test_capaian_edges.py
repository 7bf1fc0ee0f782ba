"""Capaian at the edges an inspector (APIP) tries: means and per-quarter targets that land exactly
on a band's edge, targets too small to print with two decimals, weights summing to almost 1.
Each docstring carries the hand computation (docs/capaian.md, section 3)."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook

from iki.compute import pohon
from iki.compute.achievement import Period, office_achievement, summarise
from iki.model import DEFAULT_GRADES
from iki.numbers import shown_decimals
from iki.render.achievement import number, office_text, percent, target_text
from iki.render.labels import LABELS, Language
from iki.render.reports import Words
from iki.render.xlsx import achievement_workbook
from tests.conftest import make_project, run_iki
from tests.test_capaian_cases import CONFIG, HEAD, _office, _row, capaian


def test_mean_of_two_rows_at_the_edge_of_sangat_tinggi() -> None:
    """Rows 8,096 / 10 = 80,96 % and 10,094 / 10 = 100,94 %. Mean (80,96 + 100,94) / 2 = 181,9 / 2
    = 90,95 → shown 91,0 %, Sangat Tinggi. Averaged in binary fractions it was 90,94999…,
    printed 90,9 % Tinggi, against the hand computation."""
    rows = [
        capaian({"target": {2025: 10}}, {"TW1": 8.096}, 1),
        capaian({"target": {2025: 10}}, {"TW1": 10.094}, 1),
    ]
    assert [r.achievement for r in rows] == [80.96, 100.94]
    summary = summarise(rows, DEFAULT_GRADES)
    assert summary.achievement == 90.95
    assert (percent(summary.achievement), summary.grade) == ("91,0 %", "Sangat Tinggi")


def test_office_capaian_at_the_edge_of_tinggi() -> None:
    """The Kepala Dinas's two IKU: 6,596 / 10 = 65,96 % and 8,594 / 10 = 85,94 %. Office
    capaian (65,96 + 85,94) / 2 = 151,9 / 2 = 75,95 → 76,0 %, Tinggi (not 75,9 % Sedang); the
    Kepala Dinas's own mean and the mean over positions (kepala 75,95 and staf with no data)
    read the same."""
    head = [_row("iku-1", target={2025: 10}), _row("iku-2", target={2025: 10})]
    realised = {"iku-1": {"TW1": 6.596}, "iku-2": {"TW1": 8.594}}
    result = office_achievement(_office(head, realised, CONFIG), Period(2025, 1))
    assert result.summary.achievement == 75.95 and result.summary.grade == "Tinggi"
    assert result.position_mean is not None
    kepala = next(p for p in result.positions if p.position.id == "kepala")
    assert (kepala.summary.achievement, kepala.summary.grade) == (75.95, "Tinggi")


def test_weighted_mean_on_the_decimals_as_written() -> None:
    """bobot 0,1 on 80,03 % and 0,2 on 96,41 %: (0,1 × 80,03 + 0,2 × 96,41) / (0,1 + 0,2) =
    (8,003 + 19,282) / 0,3 = 27,285 / 0,3 = 90,95 → 91,0 %, Sangat Tinggi (in binary fractions
    90,94999…, Tinggi). A bobot of 0 leaves its row out: bobot 0 on 10 %, 1 on 91 % → 91 %."""
    rows = [
        capaian({"target": {2025: 100}, "bobot": 0.1}, {"TW1": 80.03}, 1),
        capaian({"target": {2025: 100}, "bobot": 0.2}, {"TW1": 96.41}, 1),
    ]
    summary = summarise(rows, DEFAULT_GRADES)
    assert summary.weighted and summary.achievement == 90.95
    assert summary.grade == "Sangat Tinggi"
    zero = [
        capaian({"target": {2025: 100}, "bobot": 0}, {"TW1": 10}, 1),
        capaian({"target": {2025: 100}, "bobot": 1}, {"TW1": 91}, 1),
    ]
    assert summarise(zero, DEFAULT_GRADES).achievement == 91


def test_per_quarter_targets_summed_as_written() -> None:
    """Per-quarter targets TW1 0,1 and TW2 0,2 (a quantity, summed): target to TW2 = 0,3.
    Realisation 0,1 + 0,17285 = 0,27285. Capaian 0,27285 / 0,3 × 100 = 90,95 → 91,0 %, Sangat
    Tinggi. The binary sum 0,1 + 0,2 = 0,30000000000000004 gave 90,94999… → 90,9 % Tinggi."""
    fields = {
        "satuan": "dokumen",
        "target": {2025: {"jenis": "per-triwulan", "TW1": 0.1, "TW2": 0.2}},
    }
    result = capaian(fields, {"TW1": 0.1, "TW2": 0.17285}, 2)
    assert result.target == 0.3
    assert result.achievement == 90.95
    assert (percent(result.achievement), result.grade) == ("91,0 %", "Sangat Tinggi")


def test_a_tiny_target_is_not_printed_as_zero() -> None:
    """Target 0,0001, realisation 0: capaian 0 / 0,0001 = 0 %. Printed with two decimals the
    target read "0", and the row "target 0, realisasi 0, capaian 0,0 %" contradicted the rule
    that a target of 0 met is 100 %. Every view now writes 0,0001 (two significant digits for
    a number that would otherwise print as 0); ordinary numbers keep at most two decimals."""
    result = capaian({"target": {2025: 0.0001}}, {"TW1": 0}, 1)
    assert result.achievement == 0
    assert target_text(result.target) == "0,0001"
    words = Words(LABELS[Language.ID])
    assert words.number(0.0001) == pohon.number(0.0001) == number(0.0001) == "0,0001"
    assert number(0.000123456) == "0,00012"
    assert number(1250000.5) == "1.250.000,5" and number(0.004) == "0,004"
    assert number(0) == "0" and shown_decimals(12.345) == 2


def test_weights_summing_to_almost_one_say_so(tmp_path: Path) -> None:
    """ikm_unsur weights 0,5 and 0,4999999 sum to 0,9999999, not 1 (K004). Rounded to six
    decimals the message read "berjumlah 1, bukan tepat 1"; it now names 0,9999999."""
    project = make_project(tmp_path / "p")
    config = project / "iki.yaml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + "ikm_unsur:\n  - {unsur: a, bobot: 0.5}\n  - {unsur: b, bobot: 0.4999999}\n",
        encoding="utf-8",
    )
    run = run_iki(["validate", "--project", str(project)])
    assert run.code == 1
    assert "bobot unsur IKM berjumlah 0,9999999, bukan tepat 1" in run.stdout


def test_workbook_names_every_capaian_it_leaves_empty() -> None:
    """No realisation at all: the Kepala Dinas's mean and the office's capaian have no number.
    The workbook left both cells empty without a word, and wrote the coverage as "0.0 %"; it
    now says "belum dapat dihitung" beside them, in Indonesian notation, as the terminal does."""
    result = office_achievement(_office(HEAD, {}, CONFIG), Period(2025, 1))
    sheet = load_workbook(io.BytesIO(achievement_workbook(result, DEFAULT_GRADES))).active
    assert sheet is not None
    rows = [row for row in sheet.iter_rows(values_only=True) if row[3]]
    kepala_mean = next(r for r in rows if r[0] == "kepala" and r[3] == "Rata-rata jabatan")
    assert (kepala_mean[7], kepala_mean[9]) == (
        None,
        "belum dapat dihitung, 0 dari 4 indikator berdata",
    )
    office = next(r for r in rows if r[3] == "Capaian kantor (indikator Kepala Dinas)")
    assert office[7] is None
    assert office[9] == "cakupan 0 dari 3 indikator Kepala Dinas (0,0 %): belum dapat dihitung"
    staf_mean = next(r for r in rows if r[0] == "staf" and r[3] == "Rata-rata jabatan")
    assert staf_mean[9] == "3 dari 3 indikator berdata"


def test_growth_written_as_a_ratio_minus_100_waits_for_the_year() -> None:
    """Growth against last year's total written three ways, TW1 investment 95,5 M against last
    year's 160 M (`terakhir`): (n − n1) / n1 × 100, n / n1 × 100 − 100 and (n / n1 − 1) × 100 are
    all 95,5 / 160 × 100 − 100 = −40,3 %, a quarter against a whole year. Only the first was held
    back until TW4; the other two printed −40,3 %. All three now have no capaian before TW4, and
    at TW4 with four quarters (30 + 40 + 50 + 48 = 168) give 168 / 160 × 100 − 100 = 5 %: target
    5, capaian 100 %. The ratio spent / budget × 100 (progress) is still computed at TW1."""
    variables = {
        "n": {"uraian": "Investasi tahun ini"},
        "n1": {"uraian": "Investasi tahun lalu", "agregasi": "terakhir"},
    }
    for expression in ("(n - n1) / n1 * 100", "n / n1 * 100 - 100", "(n / n1 - 1) * 100"):
        fields = {
            "indikator": "Pertumbuhan investasi",
            "satuan": "persen",
            "target": {2025: 5},
            "rumus": {"ekspresi": expression, "variabel": variables},
        }
        early = capaian(fields, {"TW1": {"n": 95.5, "n1": 160}}, 1)
        assert early.achievement is None and "setahun penuh" in early.reason, expression
        year = {"TW1": {"n": 30, "n1": 160}, "TW2": {"n": 40}, "TW3": {"n": 50}, "TW4": {"n": 48}}
        full = capaian(fields, year, 4)
        assert full.realisation is not None
        assert round(full.realisation, 9) == 5 and round(full.achievement or 0, 9) == 100
    progress = {
        "indikator": "Persentase realisasi anggaran",
        "satuan": "persen",
        "target": {2025: 25},
        "rumus": {
            "ekspresi": "belanja / pagu * 100",
            "variabel": {
                "belanja": {"uraian": "Belanja"},
                "pagu": {"uraian": "Pagu", "agregasi": "terakhir"},
            },
        },
    }
    assert capaian(progress, {"TW1": {"belanja": 20, "pagu": 100}}, 1).achievement == 80


def test_terminal_table_cuts_no_number_and_no_reason(tmp_path: Path) -> None:
    """At 80 columns a target of 9.000.000.000.000.000 was cut to "9.000.000.00…" (another
    number to whoever reads it), and a reason to "pakai capaian_negat…". Every column now folds:
    the table holds no ellipsis, and the target's digits are all there, over two lines."""
    project = make_project(tmp_path / "p")
    staf = project / "data" / "positions" / "staf.yaml"
    text = staf.read_text(encoding="utf-8").replace(
        "{jenis: kumulatif, TW1: 100, TW2: 200, TW3: 300, TW4: 400}", "9000000000000000"
    )
    staf.write_text(text, encoding="utf-8")
    realised = project / "data" / "realisasi" / "2025" / "staf.yaml"
    realised.parent.mkdir(parents=True)
    realised.write_text("posisi: staf\ntahun: 2025\nrealisasi:\n  surat-diproses: {TW1: 1}\n")
    args = ["achievement", "--project", str(project), "--position", "staf"]
    run = run_iki(args, env={"COLUMNS": "80"})
    assert run.code == 0, run
    assert "…" not in run.stdout
    target_cells = [line.split("│")[2] for line in run.stdout.splitlines() if line.count("│") > 3]
    digits = "".join(ch for cell in target_cells for ch in cell if ch.isdigit())
    assert digits == "9" + "0" * 15


def test_office_of_a_head_with_only_penunjang_rows_says_so() -> None:
    """A Kepala Dinas whose only row is `penunjang` (left out of the office's capaian): no
    indicator counts, so the office has no capaian. The report said the Kepala Dinas "belum
    memiliki indikator kinerja" although the form shows one; it now says none other than
    penunjang."""
    head = [_row("rapat", target={2025: 4}, penunjang=True)]
    result = office_achievement(_office(head, {"rapat": {"TW1": 4}}, CONFIG), Period(2025, 1))
    assert result.summary.achievement is None and result.coverage is None
    text = office_text(result, LABELS[Language.ID], percent)
    assert text == (
        "belum dapat dihitung: Kepala Dinas belum memiliki indikator kinerja selain penunjang"
    )
