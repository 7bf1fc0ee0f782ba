"""Capaian rules, one test (or a few) per rule, with the regulation's worked examples."""

from __future__ import annotations

from typing import Any

import pytest

from iki.compute.achievement import (
    Period,
    State,
    aggregate,
    grade,
    indicator_achievement,
    latest_quarter,
    measure_against,
    office_achievement,
    ratio,
)
from iki.model import (
    DEFAULT_GRADES,
    Aggregation,
    Config,
    GradeBand,
    Indicator,
    IndicatorRealisation,
    NegativeMethod,
    Office,
    Polarity,
    Range,
    build_indicator,
    build_position,
    build_realisation,
)

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


# -- polarity ------------------------------------------------------------------------------


def test_positive_polarity_is_realisation_over_target() -> None:
    assert ratio(45, 60, Polarity.POSITIVE) == pytest.approx(75.0)


def test_negative_polarity_uses_the_regulation_form() -> None:
    # (2 × 10 − 8) / 10: a permit that takes 8 days against a target of 10 achieves 120 %.
    assert ratio(8, 10, Polarity.NEGATIVE) == pytest.approx(120.0)
    assert ratio(12, 10, Polarity.NEGATIVE) == pytest.approx(80.0)


def test_negative_polarity_inverse_ratio_when_asked() -> None:
    assert ratio(8, 10, Polarity.NEGATIVE, NegativeMethod.INVERSE) == pytest.approx(125.0)
    assert ratio(0, 10, Polarity.NEGATIVE, NegativeMethod.INVERSE) is None


def test_negative_polarity_end_to_end() -> None:
    result = capaian(
        {"polaritas": "negatif", "agregasi": "rata-rata", "target": {2025: 10}},
        {"TW1": 12, "TW2": 8},
    )
    assert result.state is State.COMPUTED
    assert result.realisation == 10
    assert result.achievement == pytest.approx(100.0)


# -- range targets: the regulation's worked examples ---------------------------------------


def test_range_below_compares_with_the_lower_bound() -> None:
    assert measure_against(70, Range(80, 90)) == 80
    result = capaian(
        {"agregasi": "terakhir", "target": {2025: {"min": 80, "maks": 90}}}, {"TW4": 70}
    )
    assert result.achievement == pytest.approx(87.5)


def test_range_negative_polarity_below_the_range_is_better() -> None:
    fields = {
        "polaritas": "negatif",
        "agregasi": "terakhir",
        "target": {2025: {"min": 7, "maks": 8}},
    }
    result = capaian(fields, {"TW4": 6.5})
    assert round(result.achievement, 1) == 107.1
    assert result.compared_with == 7


def test_range_negative_polarity_above_the_range_is_worse() -> None:
    fields = {
        "polaritas": "negatif",
        "agregasi": "terakhir",
        "target": {2025: {"min": 7, "maks": 8}},
    }
    result = capaian(fields, {"TW4": 9})
    assert result.achievement == pytest.approx(87.5)
    assert result.compared_with == 8


def test_inside_the_range_is_full_achievement() -> None:
    for value in (80, 85, 90):
        result = capaian(
            {"agregasi": "terakhir", "target": {2025: {"min": 80, "maks": 90}}}, {"TW1": value}
        )
        assert result.achievement == 100.0
        assert result.compared_with is None


def test_range_above_compares_with_the_upper_bound() -> None:
    result = capaian(
        {"agregasi": "terakhir", "target": {2025: {"min": 80, "maks": 90}}}, {"TW1": 99}
    )
    assert result.achievement == pytest.approx(110.0)


# -- aggregation year to date --------------------------------------------------------------


def test_aggregations() -> None:
    assert aggregate([3, 4, 5], Aggregation.SUM) == 12
    assert aggregate([3, 4, 5], Aggregation.MEAN) == 4
    assert aggregate([3, 4, 5], Aggregation.LAST) == 5
    assert aggregate([], Aggregation.SUM) is None


def test_only_quarters_up_to_the_period_count() -> None:
    result = capaian({"target": {2025: 100}}, {"TW1": 10, "TW2": 20, "TW3": 30}, quarter=2)
    assert result.realisation == 30
    assert result.realised.quarters == ("TW1", "TW2")


def test_mean_averages_the_quarters_entered() -> None:
    result = capaian({"agregasi": "rata-rata", "target": {2025: 10}}, {"TW1": 6, "TW3": 9})
    assert result.realisation == 7.5
    assert result.realised.quarters == ("TW1", "TW3")


def test_last_takes_the_latest_quarter_entered() -> None:
    result = capaian(
        {"agregasi": "terakhir", "target": {2025: 10}}, {"TW1": 6, "TW2": 9, "TW3": None}
    )
    assert result.realisation == 9


def test_quarterly_targets_are_cumulative() -> None:
    fields = {"target": {2025: {"TW1": 100, "TW2": 200, "TW3": 300, "TW4": 400}}}
    quarters = {"TW1": 90, "TW2": 120}
    first = capaian(fields, quarters, quarter=1)
    second = capaian(fields, quarters, quarter=2)
    assert (first.target, first.achievement) == (100, pytest.approx(90.0))
    assert (second.target, second.achievement) == (200, pytest.approx(105.0))


def test_an_annual_target_holds_for_every_quarter() -> None:
    result = capaian({"target": {2025: 60}}, {"TW1": 12}, quarter=1)
    assert result.target == 60
    assert result.achievement == pytest.approx(20.0)


def test_formula_is_a_ratio_of_sums_not_an_average_of_ratios() -> None:
    fields = {
        "satuan": "persen",
        "rumus": {
            "ekspresi": "ditempatkan / mendaftar * 100",
            "variabel": {"ditempatkan": {"uraian": "a"}, "mendaftar": {"uraian": "b"}},
        },
        "target": {2025: 50},
    }
    # 10 of 100 registrants placed in TW1, 9 of 10 in TW2: 19 of 110 (17.3 %), not the
    # mean of 10 % and 90 % (50 %).
    quarters = {
        "TW1": {"ditempatkan": 10, "mendaftar": 100},
        "TW2": {"ditempatkan": 9, "mendaftar": 10},
    }
    result = capaian(fields, quarters, quarter=2)
    ratio_of_sums = (10 + 9) / (100 + 10) * 100
    average_of_ratios = (10 / 100 * 100 + 9 / 10 * 100) / 2
    assert abs(ratio_of_sums - average_of_ratios) > 30
    assert result.realisation == pytest.approx(ratio_of_sums)
    assert result.achievement == pytest.approx(ratio_of_sums / 50 * 100)
    assert dict(result.realised.variables) == {"ditempatkan": 19, "mendaftar": 110}


def test_formula_variable_with_its_own_aggregation() -> None:
    # Investment growth: this year's investment sums over the quarters, last year's total is
    # written once and carried forward (`terakhir`).
    fields = {
        "satuan": "persen",
        "rumus": {
            "ekspresi": "(tahun_n - tahun_n1) / tahun_n1 * 100",
            "variabel": {
                "tahun_n": {"uraian": "investasi tahun ini"},
                "tahun_n1": {"uraian": "investasi tahun lalu", "agregasi": "terakhir"},
            },
        },
        "target": {2025: 10},
    }
    quarters = {
        "TW1": {"tahun_n": 30, "tahun_n1": 100},
        "TW2": {"tahun_n": 20},
        "TW3": {"tahun_n": 25},
        "TW4": {"tahun_n": 35},
    }
    result = capaian(fields, quarters, quarter=4)
    assert result.realisation == pytest.approx(10.0)  # (110 − 100) / 100, the year complete
    assert result.achievement == pytest.approx(100.0)


def test_formula_with_a_variable_missing_in_one_quarter_is_not_computed() -> None:
    # TW2 has placements but no registrants: summing each over the quarters it has would give
    # (1 + 9) / 10 = 100 %; the ratio is undefined until TW2's registrants are entered.
    fields = {
        "rumus": {
            "ekspresi": "ditempatkan / mendaftar * 100",
            "variabel": {"ditempatkan": {"uraian": "a"}, "mendaftar": {"uraian": "b"}},
        },
        "target": {2025: 50},
    }
    quarters = {"TW1": {"ditempatkan": 1, "mendaftar": 10}, "TW2": {"ditempatkan": 9}}
    result = capaian(fields, quarters, quarter=2)
    assert result.realisation is None
    assert result.achievement is None
    assert result.state is State.UNDEFINED
    assert "mendaftar belum diisi pada TW2" in result.realised.reason


# -- states: never a silent zero -----------------------------------------------------------


def test_no_target() -> None:
    result = capaian({"target": {2025: None}}, {"TW1": 5})
    assert result.state is State.NO_TARGET
    assert result.state.label == "belum ada target"
    assert result.achievement is None and result.grade is None
    assert result.realisation == 5  # the realisation is still shown


def test_no_target_for_the_year() -> None:
    assert capaian({"target": {2024: 10}}, {"TW1": 5}).state is State.NO_TARGET


def test_no_target_for_the_quarter() -> None:
    result = capaian({"target": {2025: {"TW4": 40}}}, {"TW1": 5}, quarter=1)
    assert result.state is State.NO_TARGET


def test_zero_target_is_met_or_not() -> None:
    # Higher is better and the target is 0: any realisation of 0 or more meets it.
    result = capaian({"target": {2025: 0}}, {"TW1": 5})
    assert result.state is State.COMPUTED
    assert result.achievement == 100


def test_no_realisation() -> None:
    result = indicator_achievement(indicator(target={2025: 10}), None, Period(2025, 4), CONFIG)
    assert result.state is State.NO_REALISATION
    assert result.state.label == "belum ada realisasi"
    assert result.achievement is None
    assert capaian({"target": {2025: 10}}, {"TW1": None}).state is State.NO_REALISATION


def test_realisation_after_the_period_is_not_counted() -> None:
    result = capaian({"target": {2025: 10}}, {"TW3": 5}, quarter=2)
    assert result.state is State.NO_REALISATION


def test_undefined_formula() -> None:
    fields = {
        "rumus": {
            "ekspresi": "a / b * 100",
            "variabel": {"a": {"uraian": "a"}, "b": {"uraian": "b"}},
        },
        "target": {2025: 50},
    }
    result = capaian(fields, {"TW1": {"a": 0, "b": 0}})
    assert result.state is State.UNDEFINED
    assert result.reason == "pembagian dengan nol"
    assert result.achievement is None


def test_unparsable_formula_is_a_state() -> None:
    fields = {
        "rumus": {"ekspresi": "a ×", "variabel": {"a": {"uraian": "a"}}},
        "target": {2025: 50},
    }
    result = capaian(fields, {"TW1": {"a": 3}})
    assert result.state is State.UNDEFINED
    assert result.reason.startswith("rumus tidak dapat dibaca")


def test_inverse_ratio_with_zero_realisation_is_a_state() -> None:
    fields = {"polaritas": "negatif", "capaian_negatif": "kebalikan", "target": {2025: 5}}
    result = capaian(fields, {"TW1": 0})
    assert result.state is State.UNDEFINED
    assert "kebalikan" in result.reason


# -- cap and predikat ----------------------------------------------------------------------


def test_cap_is_120_by_default_and_null_lifts_it() -> None:
    assert capaian({"target": {2025: 10}}, {"TW1": 15}).achievement == 120
    lifted = Config("Dinas", None, 2025, cap=None)
    assert capaian({"target": {2025: 10}}, {"TW1": 15}, config=lifted).achievement == 150


def test_cap_limits_the_capaian_and_keeps_the_uncapped_value() -> None:
    config = Config("Dinas", None, 2025, cap=120)
    result = capaian({"target": {2025: 10}}, {"TW1": 15}, config=config)
    assert result.achievement == 120
    assert result.uncapped == pytest.approx(150.0)
    assert result.capped


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (150, "Sangat Tinggi"),
        (91, "Sangat Tinggi"),
        (90.99, "Sangat Tinggi"),  # shown as 91,0 %
        (90.95, "Sangat Tinggi"),  # shown as 91,0 %
        (90.94, "Tinggi"),  # shown as 90,9 %
        (76, "Tinggi"),
        (75.94, "Sedang"),
        (66, "Sedang"),
        (65.94, "Rendah"),
        (51, "Rendah"),
        (50.94, "Sangat Rendah"),
        (0, "Sangat Rendah"),
        (-20, "Sangat Rendah"),
    ],
)
def test_default_predikat_scale(value: float, expected: str) -> None:
    assert grade(value, DEFAULT_GRADES) == expected


def test_predikat_from_the_configured_scale() -> None:
    scale = (GradeBand(100, "Tercapai"), GradeBand(0, "Belum tercapai"))
    config = Config("Dinas", None, 2025, grades=scale)
    assert capaian({"target": {2025: 10}}, {"TW1": 10}, config=config).grade == "Tercapai"
    assert capaian({"target": {2025: 10}}, {"TW1": 9}, config=config).grade == "Belum tercapai"


# -- positions and the office --------------------------------------------------------------


def _office(kinerja: list[dict[str, Any]], quarters: dict[str, Any]) -> Office:
    position = build_position(
        {"id": "pos", "jabatan": "Jabatan", "kinerja": kinerja}, "data/positions/pos.yaml"
    )
    other = build_position(
        {
            "id": "lain",
            "jabatan": "Lain",
            "kinerja": [{"id": "x", "sasaran": "s", "indikator": "i", "target": {2025: 10}}],
        },
        "data/positions/lain.yaml",
    )
    realisation = build_realisation(
        {"posisi": "pos", "tahun": 2025, "realisasi": quarters}, "data/realisasi/2025/pos.yaml"
    )
    return Office(CONFIG, (other, position), (realisation,))


def _row(id: str, **fields: Any) -> dict[str, Any]:
    return {"id": id, "sasaran": "s", "indikator": "i", **fields}


def test_position_mean_counts_only_indicators_with_capaian() -> None:
    office = _office(
        [_row("a", target={2025: 10}), _row("b", target={2025: 10}), _row("c")],
        {"a": {"TW1": 8}, "b": {"TW1": 10}, "c": {"TW1": 3}},
    )
    result = office_achievement(office, Period(2025, 1), ["pos"])
    (position,) = result.positions
    assert position.summary.achievement == pytest.approx(90.0)
    assert (position.summary.with_data, position.summary.total) == (2, 3)
    assert position.summary.grade == "Tinggi"
    assert not position.summary.weighted


def test_position_mean_weighted_by_bobot() -> None:
    office = _office(
        [_row("a", target={2025: 10}, bobot=3), _row("b", target={2025: 10})],
        {"a": {"TW1": 8}, "b": {"TW1": 4}},
    )
    (position,) = office_achievement(office, Period(2025, 1), ["pos"]).positions
    # b has no bobot and weighs 1: (3 × 80 + 1 × 40) / 4
    assert position.summary.achievement == pytest.approx(70.0)
    assert position.summary.weighted


def test_mean_over_positions_is_the_mean_of_positions_with_data() -> None:
    office = _office([_row("a", target={2025: 10})], {"a": {"TW1": 8}})
    result = office_achievement(office, Period(2025, 1))
    assert [p.position.id for p in result.positions] == ["lain", "pos"]
    assert result.position_mean is not None
    assert result.position_mean.achievement == pytest.approx(80.0)
    assert (result.position_mean.with_data, result.position_mean.total) == (1, 2)
    assert result.positions_with_data == 1


def test_position_without_data_has_no_mean() -> None:
    office = _office([_row("a", target={2025: 10})], {})
    result = office_achievement(office, Period(2025, 4))
    assert all(p.summary.achievement is None for p in result.positions)
    assert result.summary.achievement is None and result.summary.grade is None


def test_latest_quarter_with_any_realisation() -> None:
    office = _office([_row("a")], {"a": {"TW1": 1, "TW3": 2, "TW4": None}})
    assert latest_quarter(office, 2025) == 3
    assert latest_quarter(office, 2026) == 4
