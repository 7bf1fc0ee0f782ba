"""Properties of capaian that `make fuzz` tries on many generated cases (docs/capaian.md):

- the predikat always agrees with the capaian as printed: banding the printed number itself
  (`91,0 %` read back as 91.0) gives the same predikat;
- a percentage, index or ratio is never summed across quarters unless the file says
  `agregasi: jumlah`.
"""

from __future__ import annotations

import math
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from iki.compute.achievement import Period, indicator_achievement
from iki.model import DEFAULT_GRADES, Config, GradeBand, build_indicator, build_realisation
from iki.render.achievement import percent
from tests.fuzzing import fuzz, fuzz_settings

SETTINGS = fuzz_settings(300)

values = st.one_of(
    st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False).map(float),
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    st.integers(min_value=-1000, max_value=1000).map(float),
)
scales = st.one_of(
    st.just(DEFAULT_GRADES),
    st.lists(
        st.decimals(min_value=-100, max_value=200, places=2).map(float),
        min_size=1,
        max_size=5,
        unique=True,
    ).map(
        lambda bounds: tuple(
            GradeBand(b, f"P{i}") for i, b in enumerate(sorted(bounds, reverse=True))
        )
    ),
)


def printed(text: str) -> float:
    """`1.234,5 %` back to 1234.5, as a reader of the report would read it."""
    return float(text.removesuffix(" %").replace(".", "").replace(",", "."))


def band_of(value: float, bands: tuple[GradeBand, ...]) -> str:
    ordered = sorted(bands, key=lambda b: b.minimum, reverse=True)
    return next((b.name for b in ordered if value >= b.minimum), ordered[-1].name)


@SETTINGS
@fuzz
@given(
    realisation=values,
    target=values,
    polarity=st.sampled_from(["positif", "negatif"]),
    method=st.sampled_from(["regulasi", "kebalikan"]),
    grades=scales,
    cap=st.none() | st.sampled_from([100.0, 110.0, 120.0, 150.0]),
)
def test_predikat_agrees_with_the_printed_capaian(
    realisation: float,
    target: float,
    polarity: str,
    method: str,
    grades: tuple[GradeBand, ...],
    cap: float | None,
) -> None:
    doc = {
        "id": "ind",
        "sasaran": "s",
        "indikator": "Jumlah sesuatu",
        "polaritas": polarity,
        "capaian_negatif": method,
        "target": {2025: target},
    }
    config = Config("Dinas", None, 2025, grades=grades, cap=cap, floor=None)
    realised = build_realisation(
        {"posisi": "pos", "tahun": 2025, "realisasi": {"ind": {"TW1": realisation}}},
        "r/2025/pos.yaml",
    ).indicator("ind")
    result = indicator_achievement(
        build_indicator("pos", 0, doc), realised, Period(2025, 1), config
    )
    if result.achievement is None:
        return
    assert result.grade == band_of(printed(percent(result.achievement)), grades)


rate_docs = st.fixed_dictionaries(
    {"id": st.just("ind"), "sasaran": st.just("s")},
    optional={
        "rumus": st.just(
            {
                "ekspresi": "a / b * 100",
                "variabel": {"a": {"uraian": "a"}, "b": {"uraian": "b"}},
            }
        )
    },
).flatmap(
    lambda doc: st.one_of(
        st.fixed_dictionaries(
            {
                "indikator": st.sampled_from(["Jumlah sesuatu", "Capaian sesuatu"]),
                "satuan": st.sampled_from(["persen", "%", "indeks", "rasio", "Persen "]),
            }
        ),
        st.fixed_dictionaries(
            {
                "indikator": st.sampled_from(
                    ["Persentase izin terbit", "Indeks kepuasan", "Rasio pegawai"]
                ),
                "satuan": st.sampled_from([None, "orang", "persen"]),
            }
        ),
    ).map(lambda more: {**doc, **more})
)
quarter_values = st.dictionaries(
    st.sampled_from(["TW1", "TW2", "TW3", "TW4"]),
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
    min_size=1,
)


@SETTINGS
@fuzz
@given(doc=rate_docs, quarters=quarter_values, quarter=st.integers(1, 4))
def test_a_percentage_is_never_summed_unless_the_file_says_so(
    doc: dict[str, Any], quarters: dict[str, float], quarter: int
) -> None:
    """Without `agregasi`, a rate's realisation to date is the latest quarter's own value (or,
    with a rumus, the ratio of the variables' sums, which is never above the largest quarter's
    ratio), never the sum of the quarters' values."""
    counted = [quarters[q] for q in ("TW1", "TW2", "TW3", "TW4")[:quarter] if q in quarters]
    if "rumus" in doc:
        # a fixed denominator of 100 per quarter: each quarter's ratio is its own value
        realisasi = {q: {"a": v, "b": 100} for q, v in quarters.items()}
    else:
        realisasi = dict(quarters)
    realised = build_realisation(
        {"posisi": "pos", "tahun": 2025, "realisasi": {"ind": realisasi}}, "r/2025/pos.yaml"
    ).indicator("ind")
    indicator = build_indicator("pos", 0, doc)
    assert not indicator.aggregation_given
    result = indicator_achievement(
        indicator, realised, Period(2025, quarter), Config("D", None, 2025)
    )
    if not counted:
        assert result.realisation is None
        return
    assert result.realisation is not None
    if "rumus" in doc:
        # ratio of sums: Σa / (100 n) × 100 = the mean of the quarters' ratios
        assert result.realisation <= max(counted) * (1 + 1e-9)
    else:
        assert result.realisation == counted[-1]
    if len(counted) > 1 and sum(counted) > max(counted) * (1 + 1e-9):
        assert not math.isclose(result.realisation, sum(counted))
