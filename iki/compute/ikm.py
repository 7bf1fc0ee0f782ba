"""Indeks Kepuasan Masyarakat (IKM), as PermenPAN-RB 14/2017 computes it.

A survey scores nine service elements (unsur) from 1 to 4. Each element's mean score (nilai
rata-rata, NRR) is weighted equally, 1/9, and the weighted sum is scaled by 25 onto 25–100. The
regulation's worksheets write the weight as 0.111; `iki` uses 1/9 exactly, so a spreadsheet that
rounds the weight can differ in the second decimal. The index is rounded to two decimals, as the
regulation reports it, before its category is read: 76.605 is 76.61, a B.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

ELEMENTS = 9
"""persyaratan; sistem, mekanisme dan prosedur; waktu penyelesaian; biaya/tarif; produk
spesifikasi jenis pelayanan; kompetensi pelaksana; perilaku pelaksana; penanganan pengaduan,
saran dan masukan; sarana dan prasarana."""

SCALE = 25


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


def round2(value: float) -> float:
    """Round half up to two decimals, as a person reading the regulation's table would."""
    if not math.isfinite(value) or abs(value) >= 1e15:
        return value  # beyond Decimal's default precision; no index is this large anyway
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def category(value: float) -> Category:
    """The category of an index (already rounded to two decimals)."""
    for letter in (Category.A, Category.B, Category.C):
        if value >= letter.minimum:
            return letter
    return Category.D


def pool(surveys: Sequence[Survey]) -> tuple[float, ...] | None:
    """Element means over several surveys: weighted by respondents when every survey gives
    them (the mean of all answers), else the plain mean of the surveys. None when the surveys do
    not all score nine elements."""
    if not surveys or any(len(s.elements) != ELEMENTS for s in surveys):
        return None
    if len(surveys) == 1:
        return surveys[0].elements  # as entered: 3.21, not 3.2099999999999995
    counts = [s.respondents for s in surveys]
    if all(c is not None and c > 0 for c in counts):
        weights = [float(c) for c in counts if c is not None]
    else:
        weights = [1.0] * len(surveys)
    # Plain sums: math.fsum raises on overflow, and untrusted numbers must never raise.
    total = sum(weights)
    return tuple(
        sum(w * s.elements[i] for w, s in zip(weights, surveys, strict=True)) / total
        for i in range(ELEMENTS)
    )


def index(surveys: Sequence[Survey]) -> Index | None:
    """The IKM of the surveys; None when they cannot be pooled or the numbers are not finite."""
    elements = pool(surveys)
    if elements is None:
        return None
    value = sum(e / ELEMENTS for e in elements) * SCALE
    if not math.isfinite(value):
        return None
    rounded = round2(value)
    counts = [s.respondents for s in surveys]
    respondents = sum(c for c in counts if c is not None) if None not in counts else None
    return Index(rounded, category(rounded), elements, len(surveys), respondents)
