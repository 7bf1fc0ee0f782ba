"""Indeks Kepuasan Masyarakat (IKM), as PermenPAN-RB 14/2017 computes it (docs/capaian.md, "IKM").

A survey scores service elements (unsur) from 1 to 4. Each element's mean score (nilai
rata-rata, NRR) is multiplied by its weight (nilai penimbang), the weights summing to 1; the
weighted sum is scaled by 25 onto 25–100. By default the elements are the regulation's nine, each
weighing exactly 1/9; `ikm_unsur` in iki.yaml sets other elements or weights. The sum is computed
exactly (fractions of the decimals as written), then rounded half up to two decimals, as the
regulation reports it, before its category is read: elements giving exactly 76.605 are 76.61, a
B. The regulation's worksheets write 1/9 as 0.111; their index is then 0.999 × the exact one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction

from iki.model import DEFAULT_IKM_ELEMENTS, SurveyElement

ELEMENTS = len(DEFAULT_IKM_ELEMENTS)
"""The regulation's nine: persyaratan; sistem, mekanisme dan prosedur; waktu penyelesaian;
biaya/tarif; produk spesifikasi jenis pelayanan; kompetensi pelaksana; perilaku pelaksana;
penanganan pengaduan, saran dan masukan; sarana dan prasarana."""

SCALE = 25

LARGEST = 10**15
"""Beyond this no index is rounded (nor is any real index this large)."""


class Category(StrEnum):
    """Mutu pelayanan: the letter, with its lower bound on the 25–100 scale and its name."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"

    @property
    def minimum(self) -> float:
        return _BOUNDS[self]

    @property
    def label(self) -> str:
        return _LABELS[self]


_BOUNDS = {Category.A: 88.31, Category.B: 76.61, Category.C: 65.00, Category.D: 25.00}
_LABELS = {
    Category.A: "Sangat Baik",
    Category.B: "Baik",
    Category.C: "Kurang Baik",
    Category.D: "Tidak Baik",
}


@dataclass(frozen=True)
class Survey:
    """One survey's element means, with how many answered it when known."""

    elements: tuple[float, ...]
    respondents: int | None = None


@dataclass(frozen=True)
class Index:
    """The IKM of one or more surveys."""

    value: float
    """On the 25–100 scale, rounded to two decimals."""
    category: Category
    elements: tuple[float, ...]
    """The element means it was computed from (pooled over the surveys)."""
    surveys: int
    respondents: int | None
    """Total respondents, when every survey gave its count."""


def round2(value: float | Fraction) -> float:
    """Round half up to two decimals, as a person reading the regulation's table would; a
    Fraction is rounded from its exact value, a float from its shortest decimal text."""
    if isinstance(value, Fraction):
        if abs(value) >= LARGEST:
            return math.copysign(math.inf, value)
        hundredths = math.floor(abs(value) * 100 + Fraction(1, 2))
        return math.copysign(float(Fraction(hundredths, 100)), value)
    if not math.isfinite(value) or abs(value) >= LARGEST:
        return value  # beyond Decimal's default precision; no index is this large anyway
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def exact(value: float) -> Fraction:
    """A number as its decimal text says (3.21 is 321/100, not the nearest binary fraction)."""
    return Fraction(repr(value)) if math.isfinite(value) else Fraction(0)


def category(value: float) -> Category:
    """The category of an index (already rounded to two decimals)."""
    for letter in (Category.A, Category.B, Category.C):
        if value >= letter.minimum:
            return letter
    return Category.D


def pool(surveys: Sequence[Survey], count: int = ELEMENTS) -> tuple[float, ...] | None:
    """Element means over several surveys: weighted by respondents when every survey gives
    them (the mean of all answers), else the plain mean of the surveys. None when the surveys do
    not all score `count` finite elements."""
    pooled = _pool_exact(surveys, count)
    return None if pooled is None else tuple(float(e) for e in pooled)


def _pool_exact(surveys: Sequence[Survey], count: int) -> tuple[Fraction, ...] | None:
    if not surveys or any(len(s.elements) != count for s in surveys):
        return None
    if not all(math.isfinite(e) for s in surveys for e in s.elements):
        return None
    counts = [s.respondents for s in surveys]
    if all(c is not None and c > 0 for c in counts):
        weights = [Fraction(c) for c in counts if c is not None]
    else:
        weights = [Fraction(1)] * len(surveys)
    total = sum(weights, Fraction(0))
    return tuple(
        sum((w * exact(s.elements[i]) for w, s in zip(weights, surveys, strict=True)), Fraction(0))
        / total
        for i in range(count)
    )


def weighted(elements: Sequence[Fraction], weights: Sequence[Fraction]) -> Fraction:
    """25 × Σ weight × element mean, exactly."""
    return SCALE * sum((w * e for w, e in zip(weights, elements, strict=True)), Fraction(0))


def index(
    surveys: Sequence[Survey], scheme: Sequence[SurveyElement] = DEFAULT_IKM_ELEMENTS
) -> Index | None:
    """The IKM of the surveys; None when they cannot be pooled, a weight is unreadable or the
    numbers are not finite."""
    weights = [e.weight for e in scheme]
    if any(w is None for w in weights):
        return None
    pooled = _pool_exact(surveys, len(scheme))
    if pooled is None:
        return None
    rounded = round2(weighted(pooled, [w for w in weights if w is not None]))
    if not math.isfinite(rounded):
        return None
    elements = tuple(surveys[0].elements) if len(surveys) == 1 else tuple(float(e) for e in pooled)
    counts = [s.respondents for s in surveys]
    respondents = sum(c for c in counts if c is not None) if None not in counts else None
    return Index(rounded, category(rounded), elements, len(surveys), respondents)
