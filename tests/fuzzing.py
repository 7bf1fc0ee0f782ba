"""How many examples the property tests try: modest in `make test`, large in `make fuzz`.

`make fuzz` sets IKI_FUZZ_EXAMPLES; every test marked `fuzz` then runs that many examples
instead of its default, with hypothesis's example database kept in `.hypothesis/` so that a
failure found in a long run is replayed first by the next one.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

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
