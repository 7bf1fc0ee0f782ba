"""The office's IKI as frozen values, built from documents that passed the schema.

The files use the Indonesian terms of the form the officers know (`jabatan`, `sasaran`, …); the
code uses English names. This module is the one place that maps one to the other, and the one
place that applies the defaults the schema documents (polarity positive, aggregation sum, …).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from itertools import pairwise
from types import MappingProxyType
from typing import Any

from iki.messages import text

QUARTERS = ("TW1", "TW2", "TW3", "TW4")

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def quarter_hint(key: str) -> str:
    """Suggest the quarter an officer most likely meant: tw1, Q1, Triwulan II, …

    Quarters are written TW1–TW4 everywhere, in files and on the command line alike; every
    other spelling is refused with this hint, so that one rule holds for both.
    """
    squashed = re.sub(r"[^a-z0-9]", "", key.lower())
    number = re.sub(r"^(tw|triwulan|q|kuartal)", "", squashed)
    n = int(number) if number.isdigit() else _ROMAN.get(number)
    if n is not None and 1 <= n <= 4:
        return text("A004.did_you_mean", n=str(n))
    return text("hint.quarters")


class Polarity(StrEnum):
    POSITIVE = "positif"
    """Higher is better."""
    NEGATIVE = "negatif"
    """Lower is better, e.g. the days a permit takes."""


class NegativeMethod(StrEnum):
    REGULATION = "regulasi"
    """(2 × target − realisation) / target × 100, PermenPAN-RB 8/2021 (docs/capaian.md)."""
    INVERSE = "kebalikan"
    """target / realisation × 100, which some offices use."""


class Aggregation(StrEnum):
    SUM = "jumlah"
    MEAN = "rata-rata"
    LAST = "terakhir"


RATE_UNITS = frozenset(
    {"persen", "%", "prosen", "persentase", "indeks", "index", "rasio", "skor", "nilai", "poin"}
)
"""Units of a level or a ratio, not of a quantity: two quarters' values never add up."""

RATE_WORDS = frozenset(
    {"persentase", "presentase", "prosentase", "indeks", "indek", "rasio", "rata-rata", "ratarata"}
)
"""First words of an indicator's name that make it a level or a ratio whatever its unit."""


def is_rate(name: str | None, unit: str | None) -> bool:
    """Whether an indicator measures a percentage, an index or a ratio: a value that is not summed
    across quarters (docs/capaian.md, "Menggabungkan triwulan")."""
    words = (name or "").lower().split()
    first = words[0].strip(".,:;()") if words else ""
    return first in RATE_WORDS or " ".join((unit or "").lower().split()) in RATE_UNITS


def default_aggregation(name: str | None, unit: str | None, ikm: bool = False) -> Aggregation:
    """`agregasi` when the file gives none: the latest quarter (or survey) for a level or ratio
    (the value to date, as Kementerian Keuangan's *take last known value*), the sum for a
    quantity."""
    words = (name or "").lower().split()
    if words and words[0] in ("rata-rata", "ratarata") and not ikm:
        return Aggregation.MEAN  # "Rata-rata waktu penyelesaian": the quarters' mean
    return Aggregation.LAST if ikm or is_rate(name, unit) else Aggregation.SUM


class TargetKind(StrEnum):
    """How quarterly targets `{TW1 … TW4}` are meant."""

    CUMULATIVE = "kumulatif"
    """Each is the target to the end of its quarter: TW2 covers TW1 and TW2."""
    PER_QUARTER = "per-triwulan"
    """Each is the quarter's own target; to date they combine by the indicator's `agregasi`."""


@dataclass(frozen=True)
class Range:
    """A target band `{min, maks}`: inside it the indicator has met its target."""

    minimum: float
    maximum: float


@dataclass(frozen=True)
class QuarterlyTarget:
    """Targets per quarter; None where the quarter has none. `kind` None: the file did not say,
    and they are read as cumulative (a finding says so)."""

    quarters: tuple[float | None, float | None, float | None, float | None]
    kind: TargetKind | None = None

    @property
    def cumulative(self) -> bool:
        return self.kind is not TargetKind.PER_QUARTER

    def contradiction(self, summed: bool) -> str | None:
        """Why the series cannot be what its kind says, for an indicator whose quarters add up
        (`summed`): a cumulative target never falls; a repeated one (100, 100, …) is read as
        cumulative only when the file says so. None when it is consistent."""
        if not summed or not self.cumulative:
            return None
        given = [(n, v) for n, v in enumerate(self.quarters, 1) if v is not None]
        for (n1, v1), (n2, v2) in pairwise(given):
            if v2 < v1:
                return text(
                    "target.cumulative_falls", first=f"TW{n1}", before=v1, then=f"TW{n2}", after=v2
                )
        if self.kind is None and len(given) > 1 and len({v for _, v in given}) < len(given):
            return text("target.repeated_without_kind")
        return None

    def to(self, quarter: int, how: Aggregation = Aggregation.SUM) -> float | None:
        """The target to the end of quarter 1–4: the quarter's own value when cumulative; per
        quarter, the quarters to date combined as the realisation is (`how`), None unless this
        quarter has a target."""
        own = self.quarters[quarter - 1]
        if self.cumulative or own is None:
            return own
        given = [v for v in self.quarters[:quarter] if v is not None]
        if how is Aggregation.LAST:
            return own
        # On the decimals as written: 0,1 + 0,2 is 0,3, not 0,30000000000000004, which would
        # move a capaian at a band's edge (docs/capaian.md, section 3).
        if not all(math.isfinite(v) for v in given):
            total_float = sum(given)
            return total_float / len(given) if how is Aggregation.MEAN else total_float
        total = sum((Decimal(repr(v)) for v in given), Decimal(0))
        return float(total / len(given) if how is Aggregation.MEAN else total)


Target = float | Range | QuarterlyTarget | None


@dataclass(frozen=True)
class FormulaVariable:
    name: str
    description: str
    unit: str | None
    aggregation: Aggregation


@dataclass(frozen=True)
class Formula:
    expression: str
    variables: tuple[FormulaVariable, ...]

    def variable(self, name: str) -> FormulaVariable | None:
        return next((v for v in self.variables if v.name == name), None)


@dataclass(frozen=True)
class Indicator:
    """One row of the IKI table."""

    position_id: str
    id: str
    objective: str
    """sasaran kinerja"""
    name: str
    """indikator kinerja"""
    explanation: str | None
    """penjelasan / formulasi penghitungan, as written"""
    data_source: str | None
    unit: str | None
    polarity: Polarity
    negative_method: NegativeMethod
    aggregation: Aggregation
    """`agregasi` as written, else the default for the unit (`default_aggregation`)."""
    formula: Formula | None
    ikm: bool
    targets: Mapping[int, Target]
    weight: float | None
    supports: tuple[str, ...]
    """references `position/indicator` of the superior's indicators this one carries"""
    supporting_work: bool
    """`penunjang`: administrative support that carries no superior indicator"""
    target_from_subordinates: str | None
    suppressed: Mapping[str, str]
    """quality codes ignored on purpose, with the reason"""
    index: int
    """0-based place in the position's `kinerja` list, for locating findings"""
    aggregation_given: bool = False
    """Whether the file wrote `agregasi` (on a formula indicator it then combines the quarters'
    results; without it, each variable by its own `agregasi`)."""

    @property
    def rate(self) -> bool:
        """A percentage, index or ratio (see `is_rate`)."""
        return self.ikm or is_rate(self.name, self.unit)

    @property
    def adds_up(self) -> bool:
        """Whether the quarters add up (so that a cumulative target can only grow): a quantity
        summed by its `agregasi`, not a rate nor a rumus evaluated on totals to date."""
        if self.rate:
            return False
        if self.formula is not None and not self.aggregation_given:
            return False
        return self.aggregation is Aggregation.SUM

    @property
    def ref(self) -> str:
        return f"{self.position_id}/{self.id}"

    def target(self, year: int) -> Target:
        return self.targets.get(year)


@dataclass(frozen=True)
class Position:
    """One position's IKI, from one file."""

    id: str
    title: str
    """jabatan"""
    superior: str | None
    """atasan: the direct superior's id; None for the head of the office"""
    holder: str | None
    """pemangku"""
    tasks: tuple[str, ...]
    """tugas: one paragraph, or the items of a bulleted list"""
    functions: tuple[str, ...]
    """fungsi"""
    indicators: tuple[Indicator, ...]
    file: str
    """the file it was read from, posix path relative to the project"""
    nip: str | None = None
    """the holder's NIP, as written (for the signature)"""
    rank: str | None = None
    """pangkat"""
    pay_grade: str | None = None
    """golongan ruang"""

    _by_id: Mapping[str, Indicator] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", _first_by_id(self.indicators, "id"))

    def indicator(self, indicator_id: str) -> Indicator | None:
        # A lookup per row of every position (the cascade, realisations, Q114): by index, not
        # by scanning the rows, so that many indicators per position stay linear.
        return self._by_id.get(indicator_id)


@dataclass(frozen=True)
class QuarterEntry:
    """What one indicator realised in one quarter, as written in a realisation file.

    Only the quarter's own value, never a running total: `iki` adds the quarters up itself, by the
    indicator's `agregasi`.
    """

    quarter: str
    """The key as written: TW1–TW4 (anything else is reported by the checks and ignored)."""
    value: float | None
    """The plain number, or `nilai`."""
    variables: Mapping[str, float | None]
    """The formula variables' values; every key that is not one of the entry's own fields."""
    elements: tuple[float, ...] | None
    """`unsur`: the IKM survey's element means, 1–4, in the order of `ikm_unsur` (by default
    the nine of PermenPAN-RB 14/2017)."""
    respondents: int | None
    """`responden` of the IKM survey."""
    evidence: str | None
    """bukti"""
    note: str | None
    """catatan"""
    obstacles: str | None = None
    """kendala: what stood in the way this quarter, for the quarterly report"""
    actions: str | None = None
    """upaya: what was done, or will be, about it (tindak lanjut)"""

    @property
    def is_empty(self) -> bool:
        """Nothing measured: a quarter written as null, or with evidence and notes only."""
        return (
            self.value is None
            and self.elements is None
            and all(v is None for v in self.variables.values())
        )


@dataclass(frozen=True)
class IndicatorRealisation:
    """The quarters realised by one indicator, in the order written."""

    indicator_id: str
    entries: tuple[QuarterEntry, ...]

    def entry(self, quarter: str) -> QuarterEntry | None:
        return next((e for e in self.entries if e.quarter == quarter), None)


@dataclass(frozen=True)
class Realisation:
    """One realisation file: what one position realised in one year."""

    position_id: str
    year: int
    indicators: tuple[IndicatorRealisation, ...]
    file: str
    """the file it was read from, posix path relative to the project"""
    _by_id: Mapping[str, IndicatorRealisation] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", _first_by_id(self.indicators, "indicator_id"))

    def indicator(self, indicator_id: str) -> IndicatorRealisation | None:
        return self._by_id.get(indicator_id)


@dataclass(frozen=True)
class GradeBand:
    minimum: float
    name: str


DEFAULT_GRADES = (
    GradeBand(91, "Sangat Tinggi"),
    GradeBand(76, "Tinggi"),
    GradeBand(66, "Sedang"),
    GradeBand(51, "Rendah"),
    GradeBand(0, "Sangat Rendah"),
)
"""The five-level LKjIP scale; `skala_predikat` in iki.yaml replaces it."""


DEFAULT_CAP = 120.0
"""`batas_capaian` when iki.yaml gives none (docs/capaian.md, "Batas atas dan bawah")."""
DEFAULT_FLOOR = 0.0
"""`batas_bawah_capaian` when iki.yaml gives none."""
DEFAULT_COVERAGE = 100.0
"""`cakupan_minimum`: the share (%) of the Kepala Dinas's indicators with a capaian below which
the office gets no predikat."""


@dataclass(frozen=True)
class SurveyElement:
    """One element (unsur) of the IKM survey with its weight (nilai penimbang)."""

    name: str
    weight: Fraction | None
    """None when `bobot` is neither a number nor a fraction such as "1/9" (a finding)."""


IKM_ELEMENT_NAMES = (
    "persyaratan",
    "sistem, mekanisme dan prosedur",
    "waktu penyelesaian",
    "biaya/tarif",
    "produk spesifikasi jenis pelayanan",
    "kompetensi pelaksana",
    "perilaku pelaksana",
    "penanganan pengaduan, saran dan masukan",
    "sarana dan prasarana",
)
"""The nine elements of PermenPAN-RB 14/2017, in its order."""

DEFAULT_IKM_ELEMENTS = tuple(
    SurveyElement(name, Fraction(1, len(IKM_ELEMENT_NAMES))) for name in IKM_ELEMENT_NAMES
)
"""Nine elements, each weighing exactly 1/9."""


@dataclass(frozen=True)
class Official:
    """`kepala_daerah`: the Kepala Dinas's own superior, who signs the Kepala Dinas's form."""

    title: str
    name: str | None = None
    nip: str | None = None
    rank: str | None = None
    pay_grade: str | None = None


@dataclass(frozen=True)
class Decree:
    """`keputusan`: the decision the IKI forms are an attachment (lampiran) of."""

    title: str
    number: str
    date: str | None = None


@dataclass(frozen=True)
class Config:
    """`iki.yaml`."""

    organisation: str
    government: str | None
    year: int
    grades: tuple[GradeBand, ...] = DEFAULT_GRADES
    cap: float | None = DEFAULT_CAP
    floor: float | None = DEFAULT_FLOOR
    coverage: float = DEFAULT_COVERAGE
    ikm_elements: tuple[SurveyElement, ...] = DEFAULT_IKM_ELEMENTS
    file: str = "iki.yaml"
    address: str | None = None
    """alamat, for the letterhead"""
    city: str | None = None
    """kota: the place written before the date of the signatures"""
    head_of_region: Official | None = None
    """kepala_daerah"""
    decree: Decree | None = None
    """keputusan"""


RENSTRA_PREFIX = "renstra/"
"""How a Kepala Dinas row names an IKU of the Renstra in `mendukung`: `renstra/<iku-id>`."""


@dataclass(frozen=True)
class Baseline:
    year: int
    value: float | None


@dataclass(frozen=True)
class KeyIndicator:
    """One IKU (Indikator Kinerja Utama) of the Renstra, under its sasaran strategis."""

    id: str
    name: str
    unit: str | None
    polarity: Polarity
    baseline: Baseline | None
    targets: Mapping[int, float | None]
    end_target: float | None
    goal_id: str
    objective_id: str
    objective: str
    """the sasaran strategis it measures, as written"""
    path: tuple[str | int, ...]
    """JSON path of the IKU in the Renstra file, for locating findings"""

    @property
    def ref(self) -> str:
        return RENSTRA_PREFIX + self.id


@dataclass(frozen=True)
class StrategicObjective:
    id: str
    text: str


@dataclass(frozen=True)
class Goal:
    id: str
    text: str
    objectives: tuple[StrategicObjective, ...]


@dataclass(frozen=True)
class Renstra:
    """`data/renstra.yaml`: the office's Rencana Strategis, the top of the cascade."""

    start: int
    end: int
    document: str | None
    goals: tuple[Goal, ...]
    indicators: tuple[KeyIndicator, ...]
    file: str

    def indicator(self, iku_id: str) -> KeyIndicator | None:
        return next((i for i in self.indicators if i.id == iku_id), None)


def split_ref(ref: str) -> tuple[str, str]:
    """The position id and the indicator id of a `position/indicator` reference (for an IKU,
    `renstra` and the IKU's id)."""
    position_id, _, indicator_id = ref.partition("/")
    return position_id, indicator_id


def renstra_id(ref: str) -> str | None:
    """The IKU id of a `renstra/<id>` reference; None for a reference to a position."""
    return ref[len(RENSTRA_PREFIX) :] if ref.startswith(RENSTRA_PREFIX) else None


@dataclass(frozen=True)
class Office:
    """Every position of the project, sorted by id, with lookups by id and reference."""

    config: Config
    positions: tuple[Position, ...]
    realisations: tuple[Realisation, ...] = ()
    """Every realisation file, sorted by year, position and file."""
    renstra: Renstra | None = None
    """data/renstra.yaml, when the office has one (and it is valid)."""
    _by_id: Mapping[str, Position] = field(init=False, repr=False, compare=False)
    # Lookups asked once per position: indexed once, so that they cost no scan of the office.
    _realisation: Mapping[tuple[str, int], Realisation] = field(
        init=False, repr=False, compare=False
    )
    _subordinates: Mapping[str, tuple[Position, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", _first_by_id(self.positions, "id"))
        realisation: dict[tuple[str, int], Realisation] = {}
        for found in self.realisations:
            realisation.setdefault((found.position_id, found.year), found)
        object.__setattr__(self, "_realisation", MappingProxyType(realisation))
        subordinates: dict[str, list[Position]] = {}
        for position in self.positions:
            if position.superior is not None:
                subordinates.setdefault(position.superior, []).append(position)
        object.__setattr__(
            self,
            "_subordinates",
            MappingProxyType({k: tuple(v) for k, v in subordinates.items()}),
        )

    def realisation(self, position_id: str, year: int) -> Realisation | None:
        """The position's realisation file for the year (the first, should there be two)."""
        return self._realisation.get((position_id, year))

    def position(self, position_id: str) -> Position | None:
        return self._by_id.get(position_id)

    def indicator(self, ref: str) -> Indicator | None:
        position_id, indicator_id = split_ref(ref)
        position = self.position(position_id)
        return position.indicator(indicator_id) if position else None

    def subordinates(self, position_id: str) -> tuple[Position, ...]:
        return self._subordinates.get(position_id, ())

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        return tuple(i for p in self.positions for i in p.indicators)


def _first_by_id(items: tuple[Any, ...], key: str) -> Mapping[str, Any]:
    """Items by their id; the first wins, should two share one (a finding of its own)."""
    found: dict[str, Any] = {}
    for item in items:
        found.setdefault(getattr(item, key), item)
    return MappingProxyType(found)


# -- building from documents ----------------------------------------------------------------


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def build_target(value: Any) -> Target:
    if value is None:
        return None
    if isinstance(value, Mapping):
        if "min" in value:
            return Range(float(value["min"]), float(value["maks"]))
        q = tuple(_number(value.get(name)) for name in QUARTERS)
        kind = value.get("jenis")
        return QuarterlyTarget((q[0], q[1], q[2], q[3]), TargetKind(kind) if kind else None)
    return float(value)


def _tasks(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _supports(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def build_formula(doc: Mapping[str, Any]) -> Formula:
    variables = tuple(
        FormulaVariable(
            name=name,
            description=spec["uraian"],
            unit=spec.get("satuan"),
            aggregation=Aggregation(spec.get("agregasi", Aggregation.SUM)),
        )
        for name, spec in doc["variabel"].items()
    )
    return Formula(doc["ekspresi"], variables)


def build_indicator(position_id: str, index: int, doc: Mapping[str, Any]) -> Indicator:
    return Indicator(
        position_id=position_id,
        id=doc["id"],
        objective=doc["sasaran"],
        name=doc["indikator"],
        explanation=doc.get("penjelasan"),
        data_source=doc.get("sumber_data"),
        unit=doc.get("satuan"),
        polarity=Polarity(doc.get("polaritas", Polarity.POSITIVE)),
        negative_method=NegativeMethod(doc.get("capaian_negatif", NegativeMethod.REGULATION)),
        aggregation=(
            Aggregation(doc["agregasi"])
            if doc.get("agregasi")
            else default_aggregation(
                doc.get("indikator"), doc.get("satuan"), bool(doc.get("ikm", False))
            )
        ),
        formula=build_formula(doc["rumus"]) if doc.get("rumus") else None,
        ikm=bool(doc.get("ikm", False)),
        targets=MappingProxyType(
            {int(year): build_target(value) for year, value in (doc.get("target") or {}).items()}
        ),
        weight=_number(doc.get("bobot")),
        supports=_supports(doc.get("mendukung")),
        supporting_work=bool(doc.get("penunjang", False)),
        target_from_subordinates=doc.get("target_bawahan"),
        suppressed=MappingProxyType(dict(doc.get("abaikan") or {})),
        index=index,
        aggregation_given=bool(doc.get("agregasi")),
    )


def build_position(doc: Mapping[str, Any], file: str) -> Position:
    """A Position from a schema-valid document."""
    position_id = doc["id"]
    return Position(
        id=position_id,
        title=doc["jabatan"],
        superior=doc.get("atasan"),
        holder=doc.get("pemangku"),
        tasks=_tasks(doc.get("tugas")),
        functions=tuple(doc.get("fungsi") or ()),
        indicators=tuple(
            build_indicator(position_id, index, item)
            for index, item in enumerate(doc.get("kinerja") or ())
        ),
        file=file,
        nip=doc.get("nip"),
        rank=doc.get("pangkat"),
        pay_grade=doc.get("golongan"),
    )


def build_config(doc: Mapping[str, Any], file: str = "iki.yaml") -> Config:
    grades = doc.get("skala_predikat")
    return Config(
        organisation=doc["organisasi"],
        government=doc.get("pemerintah"),
        year=int(doc["tahun"]),
        grades=(
            tuple(GradeBand(float(g["min"]), g["predikat"]) for g in grades)
            if grades
            else DEFAULT_GRADES
        ),
        cap=_number(doc["batas_capaian"]) if "batas_capaian" in doc else DEFAULT_CAP,
        floor=(
            _number(doc["batas_bawah_capaian"]) if "batas_bawah_capaian" in doc else DEFAULT_FLOOR
        ),
        coverage=float(doc.get("cakupan_minimum", DEFAULT_COVERAGE)),
        ikm_elements=_survey_elements(doc.get("ikm_unsur")),
        file=file,
        address=doc.get("alamat"),
        city=doc.get("kota"),
        head_of_region=_official(doc.get("kepala_daerah")),
        decree=_decree(doc.get("keputusan")),
    )


def _official(doc: Mapping[str, Any] | None) -> Official | None:
    if not doc:
        return None
    return Official(
        title=doc["jabatan"],
        name=doc.get("nama"),
        nip=doc.get("nip"),
        rank=doc.get("pangkat"),
        pay_grade=doc.get("golongan"),
    )


def _decree(doc: Mapping[str, Any] | None) -> Decree | None:
    if not doc:
        return None
    return Decree(title=doc["judul"], number=doc["nomor"], date=doc.get("tanggal"))


def parse_weight(value: Any) -> Fraction | None:
    """A weight as written: a number (0.25, read from its decimal text) or a fraction "1/9";
    None when it is neither."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return Fraction(repr(value)) if not isinstance(value, int) else Fraction(value)
    if isinstance(value, str):
        text = "".join(value.split()).replace(",", ".")  # "1 / 9" and "0,25" as written
        try:
            weight = Fraction(text)
        except (ValueError, ZeroDivisionError):
            return None
        return weight
    return None


def _survey_elements(value: Any) -> tuple[SurveyElement, ...]:
    if not value:
        return DEFAULT_IKM_ELEMENTS
    return tuple(
        SurveyElement(str(item["unsur"]), parse_weight(item.get("bobot"))) for item in value
    )


ENTRY_FIELDS = ("nilai", "bukti", "catatan", "kendala", "upaya", "unsur", "responden")
"""The keys of a quarter's entry that are not formula variables."""


def build_entry(quarter: str, value: Any) -> QuarterEntry:
    if not isinstance(value, Mapping):
        return QuarterEntry(quarter, _number(value), MappingProxyType({}), None, None, None, None)
    elements = value.get("unsur")
    return QuarterEntry(
        quarter=quarter,
        value=_number(value.get("nilai")),
        variables=MappingProxyType(
            {k: _number(v) for k, v in value.items() if k not in ENTRY_FIELDS}
        ),
        elements=None if elements is None else tuple(float(e) for e in elements),
        respondents=value.get("responden"),
        evidence=value.get("bukti"),
        note=value.get("catatan"),
        obstacles=value.get("kendala"),
        actions=value.get("upaya"),
    )


def build_realisation(doc: Mapping[str, Any], file: str) -> Realisation:
    """A Realisation from a schema-valid document."""
    return Realisation(
        position_id=doc["posisi"],
        year=int(doc["tahun"]),
        indicators=tuple(
            IndicatorRealisation(
                indicator_id,
                tuple(build_entry(q, v) for q, v in (quarters or {}).items()),
            )
            for indicator_id, quarters in (doc.get("realisasi") or {}).items()
        ),
        file=file,
    )


def build_renstra(doc: Mapping[str, Any], file: str) -> Renstra:
    """A Renstra from a schema-valid document."""
    goals = []
    indicators = []
    for g, goal in enumerate(doc["tujuan"]):
        objectives = []
        for o, objective in enumerate(goal["sasaran"]):
            objectives.append(StrategicObjective(objective["id"], objective["uraian"]))
            for k, iku in enumerate(objective["iku"]):
                baseline = iku.get("baseline")
                indicators.append(
                    KeyIndicator(
                        id=iku["id"],
                        name=iku["indikator"],
                        unit=iku.get("satuan"),
                        polarity=Polarity(iku.get("polaritas", Polarity.POSITIVE)),
                        baseline=(
                            Baseline(int(baseline["tahun"]), _number(baseline["nilai"]))
                            if baseline
                            else None
                        ),
                        targets=MappingProxyType(
                            {int(y): _number(v) for y, v in (iku.get("target") or {}).items()}
                        ),
                        end_target=_number(iku.get("target_akhir")),
                        goal_id=goal["id"],
                        objective_id=objective["id"],
                        objective=objective["uraian"],
                        path=("tujuan", g, "sasaran", o, "iku", k),
                    )
                )
        goals.append(Goal(goal["id"], goal["uraian"], tuple(objectives)))
    return Renstra(
        start=int(doc["periode"]["awal"]),
        end=int(doc["periode"]["akhir"]),
        document=doc.get("dokumen"),
        goals=tuple(goals),
        indicators=tuple(indicators),
        file=file,
    )
