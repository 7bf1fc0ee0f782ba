"""The nine cases of issue 13 where capaian came out silently wrong, one test (or a few) each,
with the hand computation in the docstring. The rules are in docs/capaian.md."""

from __future__ import annotations

import io
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from iki.compute import ikm
from iki.compute.achievement import (
    Period,
    State,
    grade,
    indicator_achievement,
    office_achievement,
    shown,
)
from iki.model import (
    DEFAULT_GRADES,
    Config,
    Indicator,
    IndicatorRealisation,
    Office,
    SurveyElement,
    build_config,
    build_indicator,
    build_position,
    build_realisation,
    parse_weight,
)
from iki.render.achievement import percent
from iki.render.xlsx import achievement_workbook
from tests.conftest import make_project, run_iki

CONFIG = Config(organisation="Dinas Contoh", government=None, year=2025)


def indicator(**fields: Any) -> Indicator:
    doc = {"id": "ind", "sasaran": "Sasaran", "indikator": "Jumlah sesuatu", **fields}
    return build_indicator("pos", 0, doc)


def realised(quarters: dict[str, Any]) -> IndicatorRealisation:
    doc = {"posisi": "pos", "tahun": 2025, "realisasi": {"ind": quarters}}
    found = build_realisation(doc, "data/realisasi/2025/pos.yaml").indicator("ind")
    assert found is not None
    return found


def capaian(
    fields: dict[str, Any], quarters: dict[str, Any], quarter: int = 4, config: Config = CONFIG
) -> Any:
    return indicator_achievement(
        indicator(**fields), realised(quarters), Period(2025, quarter), config
    )


# -- 1. a percentage is not summed across quarters ----------------------------------------------


def test_1_percentage_without_agregasi_takes_the_latest_quarter() -> None:
    """TW1 80 %, TW2 90 %, target 85 %. Summed: 170 / 85 = 200 %. A percentage without
    `agregasi` takes the latest quarter (the value to date): 90 / 85 × 100 = 105,88… → 105,9 %."""
    fields = {"indikator": "Persentase surat dijawab tepat waktu", "target": {2025: 85}}
    result = capaian(fields, {"TW1": 80, "TW2": 90}, quarter=2)
    assert result.realisation == 90
    assert result.realised.quarters == ("TW2",)
    assert percent(result.achievement) == "105,9 %"


def test_1_unit_alone_makes_a_percentage_an_index_or_a_ratio() -> None:
    """`satuan: persen` (or indeks, rasio) with any name: TW1 60, TW2 70, target 70 → 70 / 70 =
    100 %, not 130 / 70 = 185,7 %."""
    for unit in ("persen", "%", "indeks", "rasio"):
        result = capaian({"satuan": unit, "target": {2025: 70}}, {"TW1": 60, "TW2": 70}, 2)
        assert result.achievement == 100, unit


def test_1_an_average_or_a_score_is_not_summed_either() -> None:
    """ "Rata-rata waktu penyelesaian izin" (hari), TW1 4, TW2 6: the mean (4 + 6) / 2 = 5 days,
    not 10; a `satuan: nilai` score, TW1 70, TW2 80: the latest, 80."""
    average = {"indikator": "Rata-rata waktu penyelesaian izin", "satuan": "hari"}
    assert capaian({**average, "target": {2025: 5}}, {"TW1": 4, "TW2": 6}, 2).realisation == 5
    score = {"indikator": "Nilai SAKIP", "satuan": "nilai", "target": {2025: 80}}
    assert capaian(score, {"TW1": 70, "TW2": 80}, 2).realisation == 80


def test_1_a_quantity_still_sums() -> None:
    """`satuan: dokumen`: TW1 1, TW2 2 → 3 documents against 4: 75 %."""
    result = capaian({"satuan": "dokumen", "target": {2025: 4}}, {"TW1": 1, "TW2": 2}, 2)
    assert result.realisation == 3 and result.achievement == 75


def test_1_jumlah_written_on_a_percentage_is_followed_and_reported(tmp_path: Path) -> None:
    """`agregasi: jumlah` on a percentage: the file says so, so 80 + 90 = 170 against 85 →
    200 %, held at the cap of 120 %; `iki validate` reports K001 at the `agregasi` line."""
    fields = {"satuan": "persen", "agregasi": "jumlah", "target": {2025: 85}}
    result = capaian(fields, {"TW1": 80, "TW2": 90}, quarter=2)
    assert result.realisation == 170
    assert result.uncapped == pytest.approx(200.0)
    assert result.achievement == 120
    root = make_project(tmp_path / "p")
    staf = root / "data" / "positions" / "staf.yaml"
    staf.write_text(
        staf.read_text().replace(
            "    satuan: surat\n", "    satuan: persen\n    agregasi: jumlah\n"
        )
    )
    run = run_iki(["validate", "--project", str(root)])
    assert "K001" in run.stdout, run


# -- 2. agregasi on a formula indicator ---------------------------------------------------------

RUMUS = {
    "satuan": "persen",
    "rumus": {
        "ekspresi": "tepat / terbit * 100",
        "variabel": {"tepat": {"uraian": "izin tepat waktu"}, "terbit": {"uraian": "izin terbit"}},
    },
    "target": {2025: 100},
}
QUARTERS = {"TW1": {"tepat": 40, "terbit": 50}, "TW2": {"tepat": 27, "terbit": 30}}


def test_2_formula_without_agregasi_is_a_ratio_of_sums() -> None:
    """TW1 40 / 50, TW2 27 / 30: (40 + 27) / (50 + 30) × 100 = 67 / 80 × 100 = 83,75 %."""
    assert capaian(RUMUS, QUARTERS, 2).realisation == pytest.approx(83.75)


def test_2_terakhir_on_a_formula_takes_the_latest_quarters_variables() -> None:
    """`agregasi: terakhir`: TW2's own variables, 27 / 30 × 100 = 90 %."""
    result = capaian({**RUMUS, "agregasi": "terakhir"}, QUARTERS, 2)
    assert result.realisation == pytest.approx(90.0)
    assert result.realised.quarters == ("TW2",)


def test_2_rata_rata_and_jumlah_on_a_formula_combine_the_quarters_results() -> None:
    """Per quarter 80 % and 90 %: `rata-rata` (80 + 90) / 2 = 85 %; `jumlah` 170 % (as the file
    says; K001 reports it for a percentage)."""
    assert capaian({**RUMUS, "agregasi": "rata-rata"}, QUARTERS, 2).realisation == 85
    assert capaian({**RUMUS, "agregasi": "jumlah"}, QUARTERS, 2).realisation == 170


def test_2_terakhir_variable_carries_over_in_per_quarter_formulas() -> None:
    """Budget absorption per quarter with the annual budget written once (`terakhir`): TW2's
    own 30 / 200 × 100 = 15 %, the budget carried from TW1."""
    fields = {
        "satuan": "persen",
        "agregasi": "terakhir",
        "rumus": {
            "ekspresi": "belanja / pagu * 100",
            "variabel": {
                "belanja": {"uraian": "belanja"},
                "pagu": {"uraian": "pagu", "agregasi": "terakhir"},
            },
        },
        "target": {2025: 20},
    }
    result = capaian(fields, {"TW1": {"belanja": 50, "pagu": 200}, "TW2": {"belanja": 30}}, 2)
    assert result.realisation == pytest.approx(15.0)


# -- 3. the printed number and the predikat agree ---------------------------------------------


def test_3_band_edge_is_exact() -> None:
    """72,8 against 80: 72,8 / 80 × 100 = 91 exactly (binary floats give 90,999…); shown
    "91,0 %" and Sangat Tinggi (≥ 91)."""
    result = capaian({"target": {2025: 80}}, {"TW1": 72.8}, 1)
    assert result.achievement == 91.0
    assert percent(result.achievement) == "91,0 %"
    assert result.grade == "Sangat Tinggi"


def test_3_predikat_is_read_from_the_number_as_shown() -> None:
    """90,95 is shown "91,0 %" (half up): Sangat Tinggi; 90,94 is shown "90,9 %": Tinggi."""
    assert (percent(90.95), grade(90.95, DEFAULT_GRADES)) == ("91,0 %", "Sangat Tinggi")
    assert (percent(90.94), grade(90.94, DEFAULT_GRADES)) == ("90,9 %", "Tinggi")
    assert shown(75.95) == 76.0 and grade(75.95, DEFAULT_GRADES) == "Tinggi"


def test_3_ikm_band_edge_is_exact() -> None:
    """Elements summing to exactly 27,5778: 27,5778 / 9 × 25 = 76,605 → 76,61 (half up), B
    (≥ 76,61). Summed as binary floats the index was 76,60499…, 76,60, a C."""
    elements = (3.2963, 3.23, 2.8604, 2.9663, 3.1607, 3.1556, 3.2682, 3.0111, 2.6292)
    assert sum(Fraction(repr(e)) for e in elements) == Fraction("27.5778")
    index = ikm.index([ikm.Survey(elements)])
    assert index is not None
    assert (index.value, index.category) == (76.61, ikm.Category.B)


# -- 4. quarterly targets say their kind ------------------------------------------------------


def test_4_per_quarter_targets_add_up_like_the_realisation() -> None:
    """`jenis: per-triwulan` (100, 100, 100, 100); realised 90 and 110: at TW2 the target to
    date is 100 + 100 = 200 and the realisation 200: 100 %. Read as cumulative it was 200 / 100
    = 200 %."""
    target = {2025: {"jenis": "per-triwulan", "TW1": 100, "TW2": 100, "TW3": 100, "TW4": 100}}
    result = capaian({"target": target}, {"TW1": 90, "TW2": 110}, 2)
    assert (result.target, result.achievement) == (200, 100)


def test_4_per_quarter_targets_of_a_percentage_follow_its_agregasi() -> None:
    """A percentage (latest quarter) with per-quarter targets 80, 85: at TW2 the target is
    TW2's own 85; realised 85: 100 %."""
    target = {2025: {"jenis": "per-triwulan", "TW1": 80, "TW2": 85}}
    result = capaian({"satuan": "persen", "target": target}, {"TW1": 70, "TW2": 85}, 2)
    assert (result.target, result.achievement) == (85, 100)


def test_4_cumulative_targets_are_read_to_date() -> None:
    """`jenis: kumulatif` (25, 50, 75, 100): at TW2 the target is 50; realised 20 + 25 = 45:
    90 %."""
    target = {2025: {"jenis": "kumulatif", "TW1": 25, "TW2": 50, "TW3": 75, "TW4": 100}}
    result = capaian({"target": target}, {"TW1": 20, "TW2": 25}, 2)
    assert (result.target, result.achievement) == (50, 90)


def test_4_a_series_contradicting_its_kind_gives_no_capaian() -> None:
    """Repeated (100, 100, 100, 100) without `jenis` on a summed count: per quarter it would be
    200 at TW2, cumulative 100 — 4× apart by TW4; no capaian until the file says. A cumulative
    series that falls (40 then 30) cannot be cumulative for a count."""
    flat = {2025: {"TW1": 100, "TW2": 100, "TW3": 100, "TW4": 100}}
    result = capaian({"target": flat}, {"TW1": 90, "TW2": 110}, 2)
    assert result.state is State.UNDEFINED and "jenis" in result.reason
    falling = {2025: {"jenis": "kumulatif", "TW1": 40, "TW2": 30}}
    result = capaian({"target": falling}, {"TW1": 35}, 1)
    assert result.state is State.UNDEFINED and "menurun" in result.reason


def test_4_increasing_series_without_kind_is_read_cumulative() -> None:
    """(10, 25, 40, 60) without `jenis`: read cumulative (K002 says so); at TW2 25, realised
    10 + 10 = 20: 80 %."""
    target = {2025: {"TW1": 10, "TW2": 25, "TW3": 40, "TW4": 60}}
    assert capaian({"target": target}, {"TW1": 10, "TW2": 10}, 2).achievement == 80


# -- 5. negative and zero targets --------------------------------------------------------------

GROWTH = {"satuan": "persen", "target": {2025: -5}}


@pytest.mark.parametrize(
    ("realisation", "expected"),
    [
        (-5, 100.0),  # (1 + (−5 − −5) / 5) × 100 = 100
        (-4, 120.0),  # (1 + 1 / 5) × 100 = 120
        (3, 120.0),  # (1 + 8 / 5) × 100 = 260, held at the cap of 120
        (-7.5, 50.0),  # (1 − 2,5 / 5) × 100 = 50
        (-10, 0.0),  # (1 − 5 / 5) × 100 = 0
    ],
)
def test_5_negative_target(realisation: float, expected: float) -> None:
    """Target −5 % (a decline of at most 5 %), higher is better: capaian = (1 + (R − T) / |T|)
    × 100. Realisation / target gave +3 % → −60 % and −10 % → 200 %."""
    result = capaian(GROWTH, {"TW1": realisation}, 1)
    assert result.achievement == pytest.approx(expected)


def test_5_negative_target_lower_is_better() -> None:
    """Target −5, lower is better: (1 − (R − T) / |T|) × 100; R = −7,5 → (1 + 2,5 / 5) × 100 =
    150 → 120 (cap); R = −2,5 → 50 %."""
    fields = {**GROWTH, "polaritas": "negatif"}
    assert capaian(fields, {"TW1": -7.5}, 1).uncapped == pytest.approx(150.0)
    assert capaian(fields, {"TW1": -2.5}, 1).achievement == pytest.approx(50.0)


def test_5_zero_target_is_met_or_not_and_counts() -> None:
    """ "Jumlah temuan BPK", target 0, lower is better: 0 findings → 100 %, 2 findings → 0 %.
    The row now counts: with another row at 100 % the position's mean is (100 + 0) / 2 = 50 %."""
    fields = {"satuan": "temuan", "polaritas": "negatif", "target": {2025: 0}}
    assert capaian(fields, {"TW1": 0}, 1).achievement == 100
    assert capaian(fields, {"TW1": 2}, 1).achievement == 0
    position = build_position(
        {
            "id": "pos",
            "jabatan": "Jabatan",
            "kinerja": [
                {"id": "temuan", "sasaran": "s", "indikator": "Jumlah temuan BPK", **fields},
                {
                    "id": "laporan",
                    "sasaran": "s",
                    "indikator": "Jumlah laporan",
                    "target": {2025: 1},
                },
            ],
        },
        "data/positions/pos.yaml",
    )
    realisation = build_realisation(
        {
            "posisi": "pos",
            "tahun": 2025,
            "realisasi": {"temuan": {"TW1": 2}, "laporan": {"TW1": 1}},
        },
        "data/realisasi/2025/pos.yaml",
    )
    result = office_achievement(Office(CONFIG, (position,), (realisation,)), Period(2025, 1))
    assert result.positions[0].summary.achievement == 50


# -- 6. growth during the year -----------------------------------------------------------------

INVESTMENT = {
    "satuan": "persen",
    "rumus": {
        "ekspresi": "(tahun_n - tahun_n1) / tahun_n1 * 100",
        "variabel": {
            "tahun_n": {"uraian": "investasi tahun ini", "satuan": "rupiah"},
            "tahun_n1": {
                "uraian": "investasi tahun lalu",
                "satuan": "rupiah",
                "agregasi": "terakhir",
            },
        },
    },
    "target": {2025: 5},
}


def test_6_growth_against_last_years_total_waits_for_tw4() -> None:
    """TW1 95,5 M this year against 160 M for the whole of last year: (95,5 − 160) / 160 =
    −40,3 % compares one quarter with a year, so there is no capaian until TW1–TW4 are all in.
    At TW4 the year is 95,5 + 77,25 + 40 + 0 = 212,75: (212,75 − 160) / 160 × 100 = 32,97 %."""
    quarters = {
        "TW1": {"tahun_n": 95.5, "tahun_n1": 160},
        "TW2": {"tahun_n": 77.25},
        "TW3": {"tahun_n": 40},
        "TW4": {"tahun_n": 0},
    }
    early = capaian(INVESTMENT, quarters, 1)
    assert early.state is State.UNDEFINED and "TW1–TW4" in early.reason
    assert early.realisation is None
    late = capaian(INVESTMENT, quarters, 4)
    assert late.realisation == pytest.approx(52.75 / 160 * 100)
    # At TW4 with TW3 never entered, three quarters still stand against a whole year.
    gap = capaian(INVESTMENT, {q: v for q, v in quarters.items() if q != "TW3"}, 4)
    assert gap.state is State.UNDEFINED and "TW1, TW2, TW4" in gap.reason


def test_6_growth_like_for_like_during_the_year() -> None:
    """Last year's same quarter written each quarter and summed (`agregasi: jumlah`): TW1
    (95,5 − 80) / 80 × 100 = 19,375 % against 5 %: 387,5 %, held at 120 %."""
    fields = {
        **INVESTMENT,
        "rumus": {
            **INVESTMENT["rumus"],
            "variabel": {
                "tahun_n": {"uraian": "investasi tahun ini"},
                "tahun_n1": {"uraian": "investasi triwulan yang sama tahun lalu"},
            },
        },
    }
    result = capaian(fields, {"TW1": {"tahun_n": 95.5, "tahun_n1": 80}}, 1)
    assert result.realisation == pytest.approx(19.375)
    assert result.achievement == 120


# -- 7. cap and floor --------------------------------------------------------------------------


def test_7_cap_and_floor_are_the_documented_defaults() -> None:
    """Default cap 120 and floor 0: 15 against 10 → 150 % → 120 %; lower is better, 25 days
    against 10 → (2 × 10 − 25) / 10 = −50 % → 0 %."""
    assert capaian({"target": {2025: 10}}, {"TW1": 15}, 1).achievement == 120
    late = capaian({"polaritas": "negatif", "target": {2025: 10}}, {"TW1": 25}, 1)
    assert (late.uncapped, late.achievement, late.capped) == (-50, 0, True)


def test_7_cap_and_floor_configurable_per_office() -> None:
    """`batas_capaian: null` and `batas_bawah_capaian: null` lift both: 150 % and −50 %;
    `batas_capaian: 110` holds 150 % at 110 %."""
    doc = {"organisasi": "D", "tahun": 2025}
    assert (build_config(doc).cap, build_config(doc).floor) == (120, 0)
    free = build_config({**doc, "batas_capaian": None, "batas_bawah_capaian": None})
    assert capaian({"target": {2025: 10}}, {"TW1": 15}, 1, free).achievement == 150
    late = capaian({"polaritas": "negatif", "target": {2025: 10}}, {"TW1": 25}, 1, free)
    assert late.achievement == -50
    low = build_config({**doc, "batas_capaian": 110})
    assert capaian({"target": {2025: 10}}, {"TW1": 15}, 1, low).achievement == 110


# -- 8. the office from the Kepala Dinas's indicators ------------------------------------------


def _row(id: str, **fields: Any) -> dict[str, Any]:
    return {"id": id, "sasaran": "s", "indikator": "Jumlah " + id, **fields}


def _office(head_rows: list[dict[str, Any]], realised: dict[str, Any], config: Config) -> Office:
    kepala = build_position(
        {"id": "kepala", "jabatan": "Kepala Dinas", "kinerja": head_rows},
        "data/positions/kepala.yaml",
    )
    staf = build_position(
        {
            "id": "staf",
            "jabatan": "Staf",
            "atasan": "kepala",
            "kinerja": [
                _row("a", target={2025: 10}),
                _row("b", target={2025: 10}),
                _row("c", target={2025: 10}),
            ],
        },
        "data/positions/staf.yaml",
    )
    realisations = (
        build_realisation(
            {"posisi": "kepala", "tahun": 2025, "realisasi": realised},
            "data/realisasi/2025/kepala.yaml",
        ),
        build_realisation(
            {
                "posisi": "staf",
                "tahun": 2025,
                "realisasi": {"a": {"TW1": 20}, "b": {"TW1": 5}, "c": {"TW1": 5}},
            },
            "data/realisasi/2025/staf.yaml",
        ),
    )
    return Office(config, (kepala, staf), realisations)


HEAD = [
    _row("iku-1", target={2025: 10}),
    _row("iku-2", target={2025: 10}),
    _row("iku-3", target={2025: 10}),
    _row("rapat", target={2025: 4}, penunjang=True),
]


def test_8_office_capaian_from_the_head_with_coverage() -> None:
    """Head: iku-1 9/10 = 90 %, iku-2 10/10 = 100 %, iku-3 8/10 = 80 %; `penunjang` rapat left
    out. Office: (90 + 100 + 80) / 3 = 90 % (Tinggi), coverage 3 of 3 = 100 %. The staf's one
    200 % row is held at 120 %, so (120 + 50 + 50) / 3 = 73,3 % instead of 100 %."""
    realised = {"iku-1": {"TW1": 9}, "iku-2": {"TW1": 10}, "iku-3": {"TW1": 8}, "rapat": {"TW1": 0}}
    result = office_achievement(_office(HEAD, realised, CONFIG), Period(2025, 1))
    assert (result.summary.achievement, result.summary.grade) == (90, "Tinggi")
    assert (result.summary.with_data, result.summary.total, result.coverage) == (3, 3, 100)
    staf = next(p for p in result.positions if p.position.id == "staf")
    assert staf.summary.achievement == pytest.approx(220 / 3)
    assert result.position_mean is not None
    # Mean over positions: kepala (90 + 100 + 80 + 0) / 4 = 67,5; staf 73,3; (67,5 + 73,33) / 2.
    assert result.position_mean.achievement == pytest.approx((67.5 + 220 / 3) / 2)


def test_8_no_office_predikat_below_the_minimum_coverage() -> None:
    """Only iku-1 realised: coverage 1 of 3 = 33,3 % < 100 %: the office's number (90 %) is
    shown with its coverage, without a predikat. With `cakupan_minimum: 30` it has one."""
    office = _office(HEAD, {"iku-1": {"TW1": 9}}, CONFIG)
    result = office_achievement(office, Period(2025, 1))
    assert result.summary.achievement == 90 and result.summary.grade is None
    assert result.coverage == pytest.approx(100 / 3)
    lenient = Config("Dinas", None, 2025, coverage=30)
    result = office_achievement(_office(HEAD, {"iku-1": {"TW1": 9}}, lenient), Period(2025, 1))
    assert result.summary.grade == "Tinggi"


def test_8_office_line_states_coverage_before_the_predikat(tmp_path: Path) -> None:
    """The terminal's office line starts with the coverage: `cakupan 1 dari 1 indikator Kepala
    Dinas (100,0 %): …`, and the mean over positions follows as a second line."""
    root = make_project(tmp_path / "p")
    (root / "data" / "realisasi" / "2025").mkdir(parents=True)
    (root / "data" / "realisasi" / "2025" / "kepala.yaml").write_text(
        "posisi: kepala\ntahun: 2025\nrealisasi:\n"
        "  layanan-tepat-waktu:\n    TW1: {tepat_waktu: 45, seluruh: 50}\n"
    )
    run = run_iki(["achievement", "--project", str(root)], env={"COLUMNS": "200"})
    assert run.code == 0, run
    assert "Capaian kantor: cakupan 1 dari 1 indikator Kepala Dinas (100,0 %): 100,0 %" in (
        run.stdout
    )
    assert "Rata-rata jabatan" in run.stdout


# -- 9. IKM elements and weights ---------------------------------------------------------------


def test_9_ikm_with_other_elements_and_weights() -> None:
    """Four elements weighing 0,4 / 0,3 / 0,2 / 0,1 with means 3, 3, 4, 2:
    25 × (1,2 + 0,9 + 0,8 + 0,2) = 25 × 3,1 = 77,50: B."""
    scheme = tuple(
        SurveyElement(name, Fraction(w))
        for name, w in (("a", "0.4"), ("b", "0.3"), ("c", "0.2"), ("d", "0.1"))
    )
    index = ikm.index([ikm.Survey((3, 3, 4, 2))], scheme)
    assert index is not None and (index.value, index.category) == (77.5, ikm.Category.B)
    config = build_config(
        {
            "organisasi": "D",
            "tahun": 2025,
            "ikm_unsur": [
                {"unsur": n, "bobot": w}
                for n, w in (("a", 0.4), ("b", 0.3), ("c", "1/5"), ("d", 0.1))
            ],
        }
    )
    fields = {"satuan": "indeks", "ikm": True, "target": {2025: 77.5}}
    result = capaian(fields, {"TW2": {"unsur": [3, 3, 4, 2]}}, 2, config)
    assert (result.realisation, result.achievement) == (77.5, 100)


def test_9_exact_ninth_against_the_worksheets_0111() -> None:
    """Element means summing to 31,8 (exact index 25 × 31,8 / 9 = 88,33…, A). The worksheets'
    25 × 0,111 × 31,8 = 88,2450 → 88,25 (half up), B: 0,999 × the exact index, lower by exactly
    a thousandth of it."""
    means = [Fraction("3.5")] * 8 + [Fraction("3.8")]
    assert sum(means) == Fraction("31.8")
    exact = ikm.weighted(means, [Fraction(1, 9)] * 9)
    worksheet = ikm.weighted(means, [Fraction("0.111")] * 9)
    assert worksheet == exact * Fraction(999, 1000)
    assert ikm.category(ikm.round2(exact)) is ikm.Category.A
    assert ikm.round2(worksheet) == 88.25 and ikm.category(88.25) is ikm.Category.B


def test_9_weights_are_read_as_written() -> None:
    """`"1/9"`, `"1 / 9"` and 0.111 read as 1/9, 1/9 and 111/1000; text that is no number is
    None (K004)."""
    assert parse_weight("1/9") == parse_weight(" 1 / 9 ") == Fraction(1, 9)
    assert parse_weight(0.111) == Fraction(111, 1000)
    assert parse_weight("0,25") == Fraction(1, 4)
    assert parse_weight("sepersembilan") is None and parse_weight(True) is None


def test_8_capaian_workbook_names_the_office_figure_and_the_mean() -> None:
    """The Excel capaian table ends with the office's capaian (Kepala Dinas's indicators, 90 %,
    Tinggi, coverage 3 of 3) and the mean over positions as a second row."""
    realised = {"iku-1": {"TW1": 9}, "iku-2": {"TW1": 10}, "iku-3": {"TW1": 8}}
    result = office_achievement(_office(HEAD, realised, CONFIG), Period(2025, 1))
    sheet = load_workbook(io.BytesIO(achievement_workbook(result, DEFAULT_GRADES))).active
    assert sheet is not None
    rows = {row[3]: row for row in sheet.iter_rows(values_only=True) if isinstance(row[3], str)}
    office_row = rows["Capaian kantor (indikator Kepala Dinas)"]
    assert (office_row[7], office_row[8]) == (90, "Tinggi")
    assert str(office_row[9]).startswith("cakupan 3 dari 3 indikator")
    assert "Rata-rata jabatan" in rows
