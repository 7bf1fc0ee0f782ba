"""Generated formulas, values and indicators: `formula.py` and `achievement.py` never raise.

Any file an officer writes reaches these functions once it has passed the schema, so whatever
the numbers (zero, negative, huge), the answer must be a value or a named state.
"""

from __future__ import annotations

import math
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from iki import formula
from iki.check.realisations import check_realisation
from iki.compute.achievement import (
    Period,
    State,
    indicator_achievement,
    office_achievement,
    summarise,
)
from iki.model import (
    Config,
    GradeBand,
    Office,
    build_indicator,
    build_position,
    build_realisation,
)
from tests.fuzzing import fuzz, fuzz_settings

SETTINGS = fuzz_settings(150)

NAMES = ("a", "b", "jumlah_x", "tahun_n1")

numbers = st.one_of(
    st.integers(min_value=-(10**6), max_value=10**6).map(float),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0.0, -0.0, 1e308, -1e308, 5e-324, 1e-300]),
)
counts = st.one_of(
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
    st.sampled_from([0.0, 1e308, 5e-324]),
)


def _formula_text() -> st.SearchStrategy[str]:
    """Formula-shaped text: mostly well-formed, sometimes not."""
    atoms = st.one_of(
        st.sampled_from(NAMES),
        st.from_regex(r"\d{1,400}(\.\d{1,5})?", fullmatch=True),
    )
    expressions = st.recursive(
        atoms,
        lambda inner: st.one_of(
            st.tuples(inner, st.sampled_from(["+", "-", "*", "/"]), inner).map(
                lambda t: f"{t[0]} {t[1]} {t[2]}"
            ),
            inner.map(lambda e: f"({e})"),
            inner.map(lambda e: f"-{e}"),
        ),
        max_leaves=30,
    )
    noise = st.text(alphabet="ab_01.+-*/() ×%,x^:\t", max_size=40)
    return st.one_of(expressions, noise, st.text(max_size=60))


@SETTINGS
@fuzz
@given(text=_formula_text(), values=st.dictionaries(st.sampled_from(NAMES), st.none() | numbers))
def test_formulas_never_raise(text: str, values: dict[str, float | None]) -> None:
    try:
        expression = formula.parse(text)
    except formula.FormulaSyntaxError as exc:  # the one documented outcome of bad text
        assert exc.column >= 1
        return
    result = formula.evaluate(expression, values)
    assert isinstance(result, formula.Undefined) or math.isfinite(result)
    # The expression written back parses to the same tree (`to_text` adds spaces, so a long
    # unspaced formula may come back over the length bound).
    written = formula.to_text(expression)
    if len(written) <= formula.MAX_LENGTH:
        assert formula.parse(written) == expression


targets = st.one_of(
    st.none(),
    numbers,
    st.fixed_dictionaries({"min": numbers, "maks": numbers}),
    st.dictionaries(
        st.sampled_from(["TW1", "TW2", "TW3", "TW4", "jenis"]),
        st.none() | numbers,
        min_size=1,
    ).map(lambda d: {**d, "jenis": "per-triwulan"} if "jenis" in d else d),
)

variables = st.fixed_dictionaries(
    {},
    optional={
        "a": st.fixed_dictionaries(
            {"uraian": st.just("a")},
            optional={"agregasi": st.sampled_from(["jumlah", "rata-rata", "terakhir"])},
        ),
        "b": st.fixed_dictionaries(
            {"uraian": st.just("b")},
            optional={"agregasi": st.sampled_from(["jumlah", "rata-rata", "terakhir"])},
        ),
    },
)

indicator_docs = st.fixed_dictionaries(
    {"id": st.just("ind"), "sasaran": st.just("s"), "indikator": st.just("i")},
    optional={
        "polaritas": st.sampled_from(["positif", "negatif"]),
        "capaian_negatif": st.sampled_from(["regulasi", "kebalikan"]),
        "agregasi": st.sampled_from(["jumlah", "rata-rata", "terakhir"]),
        "rumus": st.fixed_dictionaries({"ekspresi": _formula_text(), "variabel": variables}),
        "ikm": st.booleans(),
        "target": st.dictionaries(st.sampled_from([2025, 2026]), targets),
        "bobot": st.floats(min_value=0, max_value=1e6, allow_nan=False),
    },
)

entries = st.one_of(
    st.none(),
    counts,
    st.fixed_dictionaries(
        {},
        optional={
            "nilai": st.none() | numbers,
            "a": st.none() | numbers,
            "b": st.none() | numbers,
            "unsur": st.lists(
                st.floats(min_value=1, max_value=4, allow_nan=False), min_size=0, max_size=10
            ),
            "responden": st.integers(min_value=1, max_value=10**9),
            "bukti": st.text(max_size=10),
        },
    ),
)

quarter_maps = st.dictionaries(st.sampled_from(["TW1", "TW2", "TW3", "TW4", "TW5"]), entries)

configs = st.builds(
    Config,
    organisation=st.just("Dinas"),
    government=st.none(),
    year=st.just(2025),
    grades=st.one_of(
        st.just(()),
        st.lists(
            st.builds(GradeBand, st.floats(-1e3, 1e3, allow_nan=False), st.sampled_from("ABC")),
            min_size=1,
            max_size=5,
        ).map(tuple),
    ),
    cap=st.none() | st.floats(min_value=1e-9, max_value=1e9, allow_nan=False),
    floor=st.none() | st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
    coverage=st.floats(min_value=0, max_value=100),
)


@SETTINGS
@fuzz
@given(doc=indicator_docs, quarters=quarter_maps, quarter=st.integers(1, 4), config=configs)
def test_achievement_never_raises(
    doc: dict[str, Any], quarters: dict[str, Any], quarter: int, config: Config
) -> None:
    indicator = build_indicator("pos", 0, doc)
    realisation = build_realisation(
        {"posisi": "pos", "tahun": 2025, "realisasi": {"ind": quarters}}, "r/2025/pos.yaml"
    )
    result = indicator_achievement(
        indicator, realisation.indicator("ind"), Period(2025, quarter), config
    )
    if result.state is State.COMPUTED:
        assert result.achievement is not None and math.isfinite(result.achievement)
        if config.cap is not None and (config.floor is None or config.floor <= config.cap):
            assert result.achievement <= config.cap
        if config.floor is not None:
            assert result.achievement >= config.floor
    else:
        assert result.achievement is None and result.grade is None
    if result.realisation is not None:
        assert math.isfinite(result.realisation)
    summary = summarise([result, result], config.grades)
    assert summary.achievement is None or math.isfinite(summary.achievement)

    position = build_position({"id": "pos", "jabatan": "J", "kinerja": [doc]}, "p/pos.yaml")
    model = Office(config, (position,), (realisation,))
    office = office_achievement(model, Period(2025, quarter))
    assert office.summary.total == 1
    # The realisation checks read the same model: they report, never raise.
    assert all(d.code[0] in "AK" for d in check_realisation(model, realisation))
