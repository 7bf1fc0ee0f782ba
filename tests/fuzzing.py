"""How many examples the property tests try: modest in `make test`, large in `make fuzz`.

`make fuzz` sets IKI_FUZZ_EXAMPLES; every test marked `fuzz` then runs that many examples
instead of its default, with hypothesis's example database kept in `.hypothesis/` so that a
failure found in a long run is replayed first by the next one.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

LONG_RUN = int(os.environ.get("IKI_FUZZ_EXAMPLES", "0"))

fuzz = pytest.mark.fuzz


def fuzz_settings(default: int) -> settings:
    return settings(
        max_examples=LONG_RUN or default,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.function_scoped_fixture,
            HealthCheck.filter_too_much,
        ],
    )


_KEYS = st.sampled_from(["id", "kinerja", "target", "2025", "TW1", "a b", "x", "1.5"])
_SCALARS = st.one_of(
    st.integers(-5, 3000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.none(),
    st.booleans(),
)
DOCUMENTS = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=20,
)
"""JSON-like data of the shapes and keys our files have, to be dumped as YAML text and read
back by the readers under test."""
