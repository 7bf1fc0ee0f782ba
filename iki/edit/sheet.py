"""The entry workbook's layout, shared by the writer (`iki xlsx export`) and the reader
(`iki xlsx import`): which row holds what, which cells a person may fill, and the fingerprint of
each position's files at export time.

Plain data only: no spreadsheet library here, so both sides and the tests agree on one layout.

The entry sheet, "Isian", is one table. Each row is one *line* of an indicator: a plain
indicator has one line (`nilai`), a formula indicator one per variable, an IKM indicator one per
survey element (`unsur 1` … `unsur 9`) and one for the respondents. The target and the bukti and
catatan of each quarter sit on an indicator's first line only: they belong to the indicator, not
to a variable.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from iki.compute.ikm import ELEMENTS
from iki.load.workspace import Workspace
from iki.messages import Language
from iki.messages import text as message
from iki.model import QUARTERS, Indicator, Position, QuarterEntry, Range, Realisation, Target

ENTRY_SHEET = "Isian"
ENTRY_SHEETS: Mapping[Language, str] = MappingProxyType(
    {Language.ID: ENTRY_SHEET, Language.EN: "Entries"}
)
"""The entry sheet's title in each language of `--lang`. The import finds the entry sheet by
any of them, so a workbook is read whatever language wrote it, and whichever reads it."""
STATE_SHEET = "_iki"
"""The hidden sheet: the format, the year, each position's fingerprint and the row map."""
FORMAT = "iki-xlsx-1"

HEADERS: tuple[str, ...] = (
    "posisi",
    "indikator",
    "uraian indikator",
    "satuan",
    "isian",
    "target",
    *QUARTERS,
    *(f"{what} {quarter}" for quarter in QUARTERS for what in ("bukti", "catatan")),
)
"""The header row of the entry sheet, column A onwards."""

COLUMN = {name: index + 1 for index, name in enumerate(HEADERS)}
"""1-based column of each header."""
TARGET_COLUMN = COLUMN["target"]
QUARTER_COLUMNS = {quarter: COLUMN[quarter] for quarter in QUARTERS}
EVIDENCE_COLUMNS = {quarter: COLUMN[f"bukti {quarter}"] for quarter in QUARTERS}
NOTE_COLUMNS = {quarter: COLUMN[f"catatan {quarter}"] for quarter in QUARTERS}
FIRST_DATA_ROW = 2

MAX_ROWS = 200_000
"""More lines than any office has (10,000 positions of a few indicators each fit): a sheet past
this is refused before it is read further."""


def readable_titles(position_ids: Sequence[str], entry_sheet: str = ENTRY_SHEET) -> list[str]:
    """The title of each position's readable sheet, in order: its id, cut to Excel's 31
    characters and made unique the way Excel compares names (ignoring case), also against the
    entry sheet (titled `entry_sheet`) and the state sheet. The import recomputes them from the
    hidden state and the entry sheet it found."""
    used = {entry_sheet.lower(), STATE_SHEET.lower()}
    # The candidates ~2, ~3, … depend only on the first 31 characters: the number last tried for
    # them is kept, so that a thousand ids sharing a long prefix do not count up from ~2 each.
    tried: dict[str, int] = {}
    titles = []
    for position_id in position_ids:
        title = position_id[:31]
        number = tried.get(title, 1)
        while title.lower() in used:
            number += 1
            suffix = f"~{number}"
            title = position_id[: 31 - len(suffix)] + suffix
        tried[position_id[:31]] = number
        used.add(title.lower())
        titles.append(title)
    return titles


class LineKind(StrEnum):
    VALUE = "nilai"
    VARIABLE = "variabel"
    ELEMENT = "unsur"
    RESPONDENTS = "responden"


@dataclass(frozen=True)
class Line:
    """One row of the entry sheet, and what it held at export."""

    position_id: str
    indicator_id: str
    kind: LineKind
    key: str
    """The variable's name, the element's number (1–9), or the kind itself."""
    label: str
    """What the `isian` column shows: the variable's description, `unsur 3`, …"""
    indicator_name: str
    unit: str
    """The indicator's satuan: the unit of its target (and of a plain indicator's values)."""
    first: bool
    """The indicator's first line: it carries the target, bukti and catatan."""
    target: float | str | None
    """The year's target: a number, text for a range or quarterly target (not editable here),
    or None when not set. Only on the first line."""
    quarters: tuple[float | None, ...]
    """The line's value in TW1–TW4 as recorded."""
    evidence: tuple[str | None, ...]
    notes: tuple[str | None, ...]

    @property
    def target_editable(self) -> bool:
        return self.first and not isinstance(self.target, str)

    @property
    def identity(self) -> tuple[str, str, str, str]:
        return (self.position_id, self.indicator_id, self.kind.value, self.key)


_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Control characters a workbook cannot hold (XML 1.0 forbids them)."""


def cell_text(text: str | None) -> str | None:
    """Text as a cell holds it: without the control characters XML cannot carry. The import
    compares a cell with this form of the file's text, so a bukti with such a character is not
    taken for a change."""
    return None if text is None else _NOT_IN_XML.sub("", text)


def _target_cell(target: Target) -> float | str | None:
    if target is None:
        return None
    if isinstance(target, Range):
        return f"{_plain(target.minimum)}–{_plain(target.maximum)}"
    if isinstance(target, float | int):
        return float(target)
    parts = [f"{q} {_plain(v)}" for q, v in zip(QUARTERS, target.quarters, strict=True) if v]
    return "; ".join(parts) or None


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _quarter_values(
    entries: Sequence[QuarterEntry | None], pick: str, kind: LineKind
) -> tuple[float | None, ...]:
    values: list[float | None] = []
    for entry in entries:
        value: float | None = None
        if entry is not None:
            if kind is LineKind.VALUE:
                value = entry.value
            elif kind is LineKind.VARIABLE:
                value = entry.variables.get(pick)
            elif kind is LineKind.ELEMENT:
                index = int(pick) - 1
                if entry.elements is not None and index < len(entry.elements):
                    value = entry.elements[index]
            elif entry.respondents is not None:
                value = float(entry.respondents)
        values.append(value)
    return tuple(values)


def indicator_lines(
    indicator: Indicator,
    realisation: Realisation | None,
    year: int,
    elements: int = ELEMENTS,
) -> list[Line]:
    """The rows of one indicator, with what its files hold for `year`; an IKM indicator has one
    row per survey element (`elements`: as many as `ikm_unsur` in iki.yaml lists)."""
    realised = realisation.indicator(indicator.id) if realisation else None
    entries = [realised.entry(q) if realised else None for q in QUARTERS]
    # `satuan` is the indicator's, the unit of its target; a line whose values are in another
    # unit (a formula's variables, the survey) says so in its label.
    shapes: list[tuple[LineKind, str, str]]
    if indicator.ikm:
        shapes = [
            (LineKind.ELEMENT, str(n), f"unsur {n} (nilai rata-rata 1–4)")
            for n in range(1, elements + 1)
        ]
        shapes.append((LineKind.RESPONDENTS, LineKind.RESPONDENTS.value, "responden (orang)"))
    elif indicator.formula is not None:
        shapes = [
            (
                LineKind.VARIABLE,
                v.name,
                f"{v.name}: {v.description}" + (f" ({v.unit})" if v.unit else ""),
            )
            for v in indicator.formula.variables
        ]
    else:
        shapes = [(LineKind.VALUE, LineKind.VALUE.value, "nilai triwulan ini")]
    lines = []
    for index, (kind, key, label) in enumerate(shapes):
        first = index == 0
        lines.append(
            Line(
                position_id=indicator.position_id,
                indicator_id=indicator.id,
                kind=kind,
                key=key,
                label=label,
                indicator_name=indicator.name,
                unit=indicator.unit or "",
                first=first,
                target=_target_cell(indicator.target(year)) if first else None,
                quarters=_quarter_values(entries, key, kind),
                evidence=tuple(e.evidence if e and first else None for e in entries),
                notes=tuple(e.note if e and first else None for e in entries),
            )
        )
    return lines


def position_lines(workspace: Workspace, position: Position, year: int) -> list[Line]:
    realisation = workspace.office.realisation(position.id, year)
    return [
        line
        for indicator in position.indicators
        for line in indicator_lines(
            indicator, realisation, year, len(workspace.office.config.ikm_elements)
        )
    ]


def realisation_path(workspace: Workspace, position_id: str, year: int) -> Path:
    """Where the position's realisations of `year` are, or would be written (as `iki record`)."""
    folder = workspace.project.realisations_dir / str(year)
    for suffix in (".yaml", ".yml"):
        candidate = folder / f"{position_id}{suffix}"
        if candidate.exists():
            return candidate
    return folder / f"{position_id}.yaml"


@dataclass(frozen=True)
class Fingerprint:
    """A position's files at one moment: its IKI file and its realisation file of the year."""

    position_id: str
    position_file: str
    realisation_file: str

    def changed_since(self, earlier: Fingerprint) -> list[str]:
        """In the run's language, what changed: `berkas IKI-nya`, `berkas realisasinya`."""
        changed = []
        if self.position_file != earlier.position_file:
            changed.append(message("xlsx.changed_position_file"))
        if self.realisation_file != earlier.realisation_file:
            changed.append(message("xlsx.changed_realisation_file"))
        return changed


def digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return "-"  # no file yet: creating one later counts as a change


def fingerprint(workspace: Workspace, position: Position, year: int) -> Fingerprint:
    return Fingerprint(
        position.id,
        digest(workspace.project.root / position.file),
        digest(realisation_path(workspace, position.id, year)),
    )
