"""Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017): index, categories and pooling."""

from __future__ import annotations

import pytest

from iki.compute import ikm
from iki.compute.achievement import Period, State, indicator_achievement
from iki.model import Config, build_indicator, build_realisation


@pytest.mark.parametrize(
    ("value", "letter", "label"),
    [
        (64.99, "D", "Tidak Baik"),
        (65.00, "C", "Kurang Baik"),
        (76.60, "C", "Kurang Baik"),
        (76.61, "B", "Baik"),
        (88.30, "B", "Baik"),
        (88.31, "A", "Sangat Baik"),
        (100.0, "A", "Sangat Baik"),
        (25.0, "D", "Tidak Baik"),
    ],
)
def test_category_edges(value: float, letter: str, label: str) -> None:
    assert ikm.category(value).value == letter
    assert ikm.category(value).label == label


def test_index_is_the_mean_element_score_times_25() -> None:
    survey = ikm.Survey((3.0, 3.2, 3.4, 4.0, 3.1, 3.3, 3.5, 2.9, 3.6))
    index = ikm.index([survey])
    assert index is not None
    # Each element's mean weighted 1/9, summed, times 25.
    assert index.value == pytest.approx(round(sum(survey.elements) / 9 * 25, 2))
    assert index.value == 83.33
    assert index.category is ikm.Category.B


def test_index_is_rounded_before_its_category_is_read() -> None:
    # 3.0644 × 25 = 76.61 once rounded: a B, as the regulation's two-decimal table reads it.
    survey = ikm.Survey((3.0644,) * 9)
    index = ikm.index([survey])
    assert index is not None
    assert index.value == 76.61
    assert index.category is ikm.Category.B


def test_surveys_pool_by_respondents_when_every_survey_gives_them() -> None:
    a = ikm.Survey((4.0,) * 9, respondents=30)
    b = ikm.Survey((2.0,) * 9, respondents=10)
    index = ikm.index([a, b])
    assert index is not None
    assert index.elements == (3.5,) * 9  # (30 × 4 + 10 × 2) / 40
    assert index.respondents == 40
    assert index.value == 87.5


def test_surveys_without_respondents_pool_as_a_plain_mean() -> None:
    index = ikm.index([ikm.Survey((4.0,) * 9, 30), ikm.Survey((2.0,) * 9)])
    assert index is not None
    assert index.elements == (3.0,) * 9
    assert index.respondents is None


def test_not_nine_elements_is_no_index() -> None:
    assert ikm.index([ikm.Survey((3.0,) * 8)]) is None
    assert ikm.index([]) is None


def test_ikm_indicator_achievement_uses_the_latest_survey_with_terakhir() -> None:
    indicator = build_indicator(
        "kepala",
        0,
        {
            "id": "ikm",
            "sasaran": "s",
            "indikator": "Indeks Kepuasan Masyarakat",
            "ikm": True,
            "agregasi": "terakhir",
            "target": {2025: 80},
        },
    )
    realisation = build_realisation(
        {
            "posisi": "kepala",
            "tahun": 2025,
            "realisasi": {
                "ikm": {
                    "TW2": {"unsur": [3.0] * 9, "responden": 100},
                    "TW4": {"unsur": [3.6] * 9, "responden": 120},
                }
            },
        },
        "data/realisasi/2025/kepala.yaml",
    )
    result = indicator_achievement(
        indicator, realisation.indicator("ikm"), Period(2025, 4), Config("D", None, 2025)
    )
    assert result.state is State.COMPUTED
    assert result.realisation == 90.0
    assert result.realised.ikm is not None
    assert result.realised.ikm.category is ikm.Category.A
    assert result.achievement == pytest.approx(112.5)
    assert result.realised.quarters == ("TW4",)
