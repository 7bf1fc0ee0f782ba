"""`iki xlsx import`: the officers' entries read back from the workbook `iki xlsx export` made,
checked, and written as `iki record` writes.

The workbook is untrusted input: it went out by e-mail and came back from someone's Excel. So:

* its size is bounded before any XML is inflated: the zip's own directory says how large each
  part unpacks, and a file past `MAX_UNPACKED` (a zip bomb) is refused before openpyxl opens it;
* it is read in openpyxl's read-only (streaming) mode, and never past `sheet.MAX_ROWS` rows;
* only the cells the export left editable are read; a row whose `posisi` and `indikator` no
  longer match the hidden row map (rows inserted, deleted or sorted) is refused, not guessed at;
* a formula is never evaluated: a cell that holds one is refused, as is a sheet the export did
  not make;
* a workbook exported before the position's files changed (its fingerprint in the hidden sheet
  differs) is refused whole, naming the position and what changed: someone else's edit must not
  be silently overwritten with an older picture.

Every finding is located as the person sees it: `Isian!H12`.
"""

from __future__ import annotations

import contextlib
import math
import re
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from iki.diagnostics import Diagnostic, Severity
from iki.edit import atomic, record, target
from iki.edit.sheet import (
    COLUMN,
    ENTRY_SHEETS,
    EVIDENCE_COLUMNS,
    FIRST_DATA_ROW,
    FORMAT,
    HEADERS,
    MAX_ROWS,
    NOTE_COLUMNS,
    QUARTER_COLUMNS,
    STATE_SHEET,
    TARGET_COLUMN,
    Fingerprint,
    Line,
    LineKind,
    cell_text,
    digest,
    fingerprint,
    position_lines,
    readable_titles,
    realisation_path,
)
from iki.errors import IkiError
from iki.load.workspace import Workspace
from iki.messages import language, os_reason
from iki.messages import text as message
from iki.model import QUARTERS
from iki.numbers import NumberError, element_mean_reading, format_plain, parse_number

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_UNPACKED = 256 * 1024 * 1024
"""The most a workbook may unpack to. An export of 10,000 positions unpacks to far less."""
MAX_PARTS = 60_000
MAX_TEXT = 2_000
"""The longest bukti or catatan taken from a cell."""

_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\Z")
_HASH = re.compile(r"[0-9a-f]{64}\Z|-\Z")


@dataclass(frozen=True)
class Finding:
    place: str
    """`Isian!H12`, a sheet's name, or the workbook's file name."""
    message: str
    severity: Severity = Severity.ERROR


class WorkbookError(IkiError):
    """The workbook was refused as a whole; nothing was written."""

    def __init__(self, message: str, findings: Sequence[Finding] = ()) -> None:
        super().__init__(message)
        self.findings = tuple(findings)


@dataclass(frozen=True)
class CellChange:
    """One value a person changed, as the summary shows it."""

    place: str
    position_id: str
    indicator_id: str
    what: str
    """`target`, `TW2`, `TW2 mendaftar`, `bukti TW2`, …"""
    old: float | str | None
    new: float | str | None
    """Numbers as numbers, bukti and catatan as text; None: empty."""


@dataclass
class Plan:
    """What the import would do: the checked new file contents, and why not if it cannot."""

    year: int
    changes: list[CellChange] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    targets: list[target.PreparedTargets] = field(default_factory=list)
    realisations: list[record.Prepared] = field(default_factory=list)
    diff: Any = None
    """The `iki diff` of the change (compute.diff.Diff), when it could be made."""
    read: dict[Path, str] = field(default_factory=dict)
    """The fingerprint of each file of the workbook's positions, as the plan found them."""

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def files(self) -> list[tuple[Path, str, bytes]]:
        return [(p.path, p.name, p.content) for p in self.targets] + [
            (p.path, p.name, p.content) for p in self.realisations
        ]


# -- opening the file safely -------------------------------------------------------------------


def _check_archive(path: Path) -> None:
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise WorkbookError(
            message("xlsx.unreadable", path=str(path), reason=os_reason(exc))
        ) from exc
    if size > MAX_FILE_BYTES:
        raise WorkbookError(
            message(
                "xlsx.too_large",
                name=name,
                size=str(size // (1024 * 1024)),
                limit=str(MAX_FILE_BYTES // (1024 * 1024)),
            )
        )
    if not zipfile.is_zipfile(path):
        raise WorkbookError(message("xlsx.not_xlsx", name=name))
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise WorkbookError(message("xlsx.damaged", name=name, detail=str(exc))) from exc
    if len(parts) > MAX_PARTS:
        raise WorkbookError(message("xlsx.too_many_parts", name=name, count=str(len(parts))))
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_UNPACKED:
        raise WorkbookError(
            message(
                "xlsx.zip_bomb",
                name=name,
                size=str(unpacked // (1024 * 1024)),
                limit=str(MAX_UNPACKED // (1024 * 1024)),
            )
        )


def _open(path: Path) -> Any:
    from openpyxl import load_workbook

    _check_archive(path)
    try:
        # read_only streams each sheet row by row; keep_links=False drops external workbook
        # links without reading them.
        return load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on damaged input; all mean the same
        raise WorkbookError(message("xlsx.not_openable", name=path.name, detail=str(exc))) from exc


# -- reading cells ---------------------------------------------------------------------------


def _letter(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def place(row: int, column: int, sheet: str) -> str:
    return f"{sheet}!{_letter(column)}{row}"


class _CellProblem(Exception):
    pass


def _is_formula(cell: Any) -> bool:
    return getattr(cell, "data_type", None) == "f"


def _number(cell: Any, *, element: bool = False) -> float | None:
    """The number a person put in an editable cell; None for an empty one. In an IKM
    element's row (`element`), text such as 3.210 is the mean 3,21: no element scores 3210."""
    value = getattr(cell, "value", None)
    if _is_formula(cell):
        raise _CellProblem(message("xlsx.cell_formula_number", formula=str(value)[:60]))
    if value is None:
        return None
    if isinstance(value, bool):
        raise _CellProblem(message("xlsx.cell_boolean"))
    if isinstance(value, datetime | date | time | timedelta):
        raise _CellProblem(message("xlsx.cell_date"))
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise _CellProblem(message("xlsx.cell_not_finite"))
        if _percent_format(getattr(cell, "number_format", None)):
            # Excel keeps "90%" as 0.9: read as it stands, a target of 90 persen would be 0.9.
            raise _CellProblem(
                message("xlsx.cell_percent", shown=round(value * 100, 10), stored=float(value))
            )
        return float(value)
    text = str(value).strip()
    if not text:
        return None
    if getattr(cell, "data_type", None) == "e" or text.startswith("#"):
        raise _CellProblem(message("xlsx.cell_error", error=text[:20]))
    if element and (reading := element_mean_reading(text)) is not None:
        return reading
    try:
        return float(parse_number(text))
    except NumberError as exc:
        raise _CellProblem(exc.message) from None


def _percent_format(number_format: object) -> bool:
    """Whether an Excel number format shows the value times 100 with a % sign (a % inside
    quotes or after a backslash is literal text, not the percent format)."""
    if not isinstance(number_format, str):
        return False
    unquoted = re.sub(r'"[^"]*"|\\.', "", number_format)
    return "%" in unquoted


def _text(cell: Any) -> str | None:
    value = getattr(cell, "value", None)
    if _is_formula(cell):
        raise _CellProblem(message("xlsx.cell_formula_text", formula=str(value)[:60]))
    if value is None:
        return None
    if isinstance(value, bool | datetime | date | time | timedelta):
        raise _CellProblem(message("xlsx.cell_not_text"))
    text = format_plain(value) if isinstance(value, int | float) else str(value)
    text = text.strip()
    if not text:
        return None
    if text.startswith("="):
        raise _CellProblem(message("xlsx.cell_equals"))
    if len(text) > MAX_TEXT:
        raise _CellProblem(message("xlsx.cell_too_long", length=len(text), limit=MAX_TEXT))
    return cell_text(text)


# -- the hidden state --------------------------------------------------------------------------


@dataclass(frozen=True)
class State:
    year: int
    prints: tuple[Fingerprint, ...]
    rows: tuple[tuple[str, str, str, str], ...]
    """The identity of each entry row, from `FIRST_DATA_ROW` on."""


def _state(book: Any, name: str) -> State:
    broken = message("xlsx.state_broken", name=name, sheet=STATE_SHEET)
    sheet = book[STATE_SHEET]
    year: int | None = None
    prints: list[Fingerprint] = []
    rows: list[tuple[str, str, str, str]] = []
    seen_format = False
    limit = MAX_ROWS * 2 + 10
    for number, values in enumerate(sheet.iter_rows(max_col=6, values_only=True), start=1):
        if number > limit:
            raise WorkbookError(broken)
        cells = list(values)
        kind = cells[0] if cells else None
        if kind == "format":
            seen_format = cells[1] == FORMAT
        elif kind == "tahun" and isinstance(cells[1], int) and not isinstance(cells[1], bool):
            year = cells[1]
        elif kind == "posisi":
            position_id, position_hash, realisation_hash = cells[1:4]
            if not all(isinstance(v, str) for v in cells[1:4]):
                raise WorkbookError(broken)
            if not (
                _ID.match(position_id)
                and _HASH.match(position_hash)
                and _HASH.match(realisation_hash)
            ):
                raise WorkbookError(broken)
            prints.append(Fingerprint(position_id, position_hash, realisation_hash))
        elif kind == "baris":
            row, *identity = cells[1:6]
            if row != FIRST_DATA_ROW + len(rows) or not all(isinstance(v, str) for v in identity):
                raise WorkbookError(broken)
            rows.append((identity[0], identity[1], identity[2], identity[3]))
        elif kind is not None:
            raise WorkbookError(broken)
    if not seen_format or year is None:
        raise WorkbookError(message("xlsx.state_unknown", name=name, sheet=STATE_SHEET))
    known = {p.position_id for p in prints}
    if any(r[0] not in known for r in rows):
        raise WorkbookError(broken)
    return State(year, tuple(prints), tuple(rows))


def _entry_sheet(book: Any, name: str) -> str:
    """The title of the workbook's entry sheet: 'Isian', or 'Entries' when `--lang en` wrote
    it (ids are lower case, so no position's sheet takes either title)."""
    names = list(book.sheetnames)
    found = [title for title in ENTRY_SHEETS.values() if title in names]
    # The title the run's reader knows, when none is there: either would be read.
    wanted = ENTRY_SHEETS[language()]
    if STATE_SHEET in names and not found:
        # The hidden sheet says this came from an export: the entry sheet was only renamed.
        raise WorkbookError(message("xlsx.entry_renamed", name=name, entry=wanted))
    if not found or STATE_SHEET not in names:
        raise WorkbookError(message("xlsx.not_ours", name=name, entry=wanted, state=STATE_SHEET))
    return found[0]


def _check_extra_sheets(book: Any, state: State, entry: str) -> list[Finding]:
    expected = {
        entry,
        STATE_SHEET,
        *readable_titles([p.position_id for p in state.prints], entry),
    }
    return [
        Finding(sheet, message("xlsx.extra_sheet", sheet=sheet, entry=entry))
        for sheet in book.sheetnames
        if sheet not in expected
    ]


def _stale(workspace: Workspace, state: State) -> list[Finding]:
    findings = []
    for earlier in state.prints:
        position = workspace.office.position(earlier.position_id)
        if position is None:
            findings.append(
                Finding(STATE_SHEET, message("xlsx.position_gone", position=earlier.position_id))
            )
            continue
        changed = fingerprint(workspace, position, state.year).changed_since(earlier)
        if changed:
            findings.append(
                Finding(
                    position.id,
                    message(
                        "xlsx.position_changed",
                        position=position.id,
                        changed=message("xlsx.changed_and").join(changed),
                    ),
                )
            )
    return findings


# -- the entry sheet -------------------------------------------------------------------------


def _rows(book: Any, name: str, entry: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
    sheet = book[entry]
    for number, cells in enumerate(
        sheet.iter_rows(min_row=1, max_row=MAX_ROWS + 2, max_col=len(HEADERS)), start=1
    ):
        if number > MAX_ROWS + 1:
            raise WorkbookError(
                message("xlsx.too_many_rows", name=name, entry=entry, limit=str(MAX_ROWS))
            )
        yield number, tuple(cells)


def _value(cells: Sequence[Any], column: int) -> Any:
    return cells[column - 1] if column <= len(cells) else None


def _editable_columns(line: Line) -> list[int]:
    columns = list(QUARTER_COLUMNS.values())
    if line.target_editable:
        columns.append(TARGET_COLUMN)
    if line.first:
        columns += [*EVIDENCE_COLUMNS.values(), *NOTE_COLUMNS.values()]
    return columns


def _locked_cell_changed(line: Line, column: int, cell: Any) -> bool:
    """Whether someone typed into a cell the export locked (after lifting the protection):
    it is not read, and they should know."""
    value = getattr(cell, "value", None)
    written = line.target if column == TARGET_COLUMN and line.first else None
    if value in (None, "") or value == written:
        return written not in (None, "") and value in (None, "")
    return True


@dataclass
class _Read:
    """The editable cells of one entry row, read."""

    line: Line
    row: int
    sheet: str
    """The entry sheet's title, for the cells' places: 'Isian!F3', 'Entries!F3'."""
    target: float | None = None
    quarters: list[float | None] = field(default_factory=lambda: [None] * 4)
    evidence: list[str | None] = field(default_factory=lambda: [None] * 4)
    notes: list[str | None] = field(default_factory=lambda: [None] * 4)


def _read_entry(
    book: Any,
    name: str,
    entry_sheet: str,
    state: State,
    current: Mapping[tuple[str, str, str, str], Line],
) -> tuple[list[_Read], list[Finding]]:
    findings: list[Finding] = []
    read: list[_Read] = []
    mapped_rows = len(state.rows)
    for number, cells in _rows(book, name, entry_sheet):
        if number == 1:
            for column, header in enumerate(HEADERS, start=1):
                value = getattr(_value(cells, column), "value", None)
                if value != header:
                    cell = place(1, column, entry_sheet)
                    raise WorkbookError(
                        message("xlsx.header_changed", cell=cell, value=str(value), header=header),
                        [Finding(cell, message("xlsx.header_expected", header=header))],
                    )
            continue
        index = number - FIRST_DATA_ROW
        if index >= mapped_rows:
            filled = [
                c
                for c in range(TARGET_COLUMN, len(HEADERS) + 1)
                if getattr(_value(cells, c), "value", None) not in (None, "")
            ]
            if filled:
                findings.append(
                    Finding(place(number, filled[0], entry_sheet), message("xlsx.row_added"))
                )
            continue
        identity = state.rows[index]
        written = (
            getattr(_value(cells, COLUMN["posisi"]), "value", None),
            getattr(_value(cells, COLUMN["indikator"]), "value", None),
        )
        if written != identity[:2]:
            raise WorkbookError(
                message(
                    "xlsx.row_moved",
                    cell=place(number, 1, entry_sheet),
                    written=f"{written[0]}/{written[1]}",
                    exported=f"{identity[0]}/{identity[1]}",
                ),
                [Finding(place(number, 1, entry_sheet), message("xlsx.row_mismatch"))],
            )
        line = current.get(identity)
        if line is None:
            raise WorkbookError(
                message(
                    "xlsx.indicator_gone",
                    cell=place(number, 1, entry_sheet),
                    indicator=f"{identity[0]}/{identity[1]}",
                    kind=identity[2],
                    key=identity[3],
                )
            )
        entry = _Read(line, number, entry_sheet)
        editable = _editable_columns(line)
        for column in range(TARGET_COLUMN, len(HEADERS) + 1):
            cell = _value(cells, column)
            if column not in editable:
                if _locked_cell_changed(line, column, cell):
                    findings.append(
                        Finding(
                            place(number, column, entry_sheet),
                            message("xlsx.locked_cell"),
                            Severity.WARNING,
                        )
                    )
                continue
            try:
                if column == TARGET_COLUMN:
                    entry.target = _number(cell)
                elif column in QUARTER_COLUMNS.values():
                    quarter = QUARTERS.index(HEADERS[column - 1])
                    entry.quarters[quarter] = _number(cell, element=line.kind is LineKind.ELEMENT)
                else:
                    what, quarter_name = HEADERS[column - 1].split()
                    texts = entry.evidence if what == "bukti" else entry.notes
                    texts[QUARTERS.index(quarter_name)] = _text(cell)
            except _CellProblem as exc:
                findings.append(Finding(place(number, column, entry_sheet), str(exc)))
        read.append(entry)
    if len(read) < mapped_rows:
        raise WorkbookError(
            message(
                "xlsx.rows_deleted",
                name=name,
                entry=entry_sheet,
                read=str(len(read)),
                rows=str(mapped_rows),
            )
        )
    return read, findings


# -- from cells to requests -------------------------------------------------------------------


def _same(old: float | None, new: float | None) -> bool:
    if old is None or new is None:
        return old is new
    return old == new


@dataclass
class _Indicator:
    """The rows of one indicator, gathered for building its requests."""

    rows: list[_Read]


def _requests(
    year: int, rows: Sequence[_Read], plan: Plan
) -> tuple[dict[str, dict[str, float]], list[tuple[record.Request, list[str]]]]:
    """Target changes per position, and one record request per changed quarter (with the
    cells it came from)."""
    targets: dict[str, dict[str, float]] = {}
    requests: list[tuple[record.Request, list[str]]] = []
    groups: dict[tuple[str, str], list[_Read]] = {}
    for entry in rows:
        groups.setdefault((entry.line.position_id, entry.line.indicator_id), []).append(entry)
    for (position_id, indicator_id), group in groups.items():
        head = group[0]
        if head.line.target_editable:
            old = head.line.target
            assert not isinstance(old, str)
            cell = place(head.row, TARGET_COLUMN, head.sheet)
            if head.target is None and old is not None:
                plan.findings.append(
                    Finding(cell, message("xlsx.target_cleared", old=format_plain(old)))
                )
            elif not _same(old, head.target) and head.target is not None:
                targets.setdefault(position_id, {})[indicator_id] = head.target
                plan.changes.append(
                    CellChange(
                        cell,
                        position_id,
                        indicator_id,
                        f"target {year}",
                        old,
                        head.target,
                    )
                )
        for number, quarter in enumerate(QUARTERS):
            request = _quarter_request(year, group, number, quarter, plan)
            if request is not None:
                requests.append(request)
    return targets, requests


def _quarter_request(
    year: int, group: Sequence[_Read], number: int, quarter: str, plan: Plan
) -> tuple[record.Request, list[str]] | None:
    head = group[0]
    line = head.line
    changed: list[str] = []
    cleared = False
    for entry in group:
        old, new = entry.line.quarters[number], entry.quarters[number]
        if not _same(old, new):
            cell = place(entry.row, QUARTER_COLUMNS[quarter], entry.sheet)
            if new is None:
                cleared = True
                plan.findings.append(
                    Finding(cell, message("xlsx.value_cleared", old=format_plain(old or 0)))
                )
                continue
            changed.append(cell)
            what = {
                LineKind.VALUE: quarter,
                LineKind.ELEMENT: f"{quarter} unsur {entry.line.key}",
            }.get(entry.line.kind, f"{quarter} {entry.line.key}")
            plan.changes.append(
                CellChange(cell, line.position_id, line.indicator_id, what, old, new)
            )
    texts: dict[str, str | None] = {}
    for what, columns, olds, news in (
        ("bukti", EVIDENCE_COLUMNS, line.evidence, head.evidence),
        ("catatan", NOTE_COLUMNS, line.notes, head.notes),
    ):
        old_text, new_text = cell_text(olds[number]), news[number]
        if old_text == new_text:
            continue
        cell = place(head.row, columns[quarter], head.sheet)
        if new_text is None:
            cleared = True
            plan.findings.append(Finding(cell, message("xlsx.text_cleared", what=what)))
            continue
        texts[what] = new_text
        changed.append(cell)
        plan.changes.append(
            CellChange(
                cell,
                line.position_id,
                line.indicator_id,
                f"{what} {quarter}",
                old_text,
                new_text,
            )
        )
    if not changed or cleared:
        return None
    values = {entry.line.key: entry.quarters[number] for entry in group}
    kinds = {entry.line.kind for entry in group}
    request = record.Request(
        position_id=line.position_id,
        indicator_id=line.indicator_id,
        quarter=quarter,
        year=year,
        evidence=texts.get("bukti"),
        note=texts.get("catatan"),
    )
    if LineKind.VALUE in kinds:
        request = _with(request, value=values[LineKind.VALUE.value])
    elif LineKind.VARIABLE in kinds:
        given = {k: v for k, v in values.items() if v is not None}
        request = _with(request, variables=given)
    else:
        elements = [
            entry.quarters[number] for entry in group if entry.line.kind is LineKind.ELEMENT
        ]
        respondents = values.get(LineKind.RESPONDENTS.value)
        if any(e is not None for e in elements):
            missing = [
                entry.row
                for entry in group
                if entry.line.kind is LineKind.ELEMENT and entry.quarters[number] is None
            ]
            if missing:
                plan.findings.append(
                    Finding(
                        place(missing[0], QUARTER_COLUMNS[quarter], head.sheet),
                        message("xlsx.ikm_incomplete", quarter=quarter, count=str(len(missing))),
                    )
                )
                return None
            request = _with(request, elements=tuple(e for e in elements if e is not None))
        if respondents is not None:
            if not respondents.is_integer() or respondents < 1:
                row = next(e.row for e in group if e.line.kind is LineKind.RESPONDENTS)
                plan.findings.append(
                    Finding(
                        place(row, QUARTER_COLUMNS[quarter], head.sheet),
                        message("xlsx.respondents"),
                    )
                )
                return None
            request = _with(request, respondents=int(respondents))
    if request.value is None and not request.variables and request.elements is None:
        plan.findings.append(
            Finding(changed[0], message("xlsx.text_without_value", quarter=quarter))
        )
        return None
    return request, changed


def _with(request: record.Request, **changes: Any) -> record.Request:
    from dataclasses import replace

    return replace(request, **changes)


# -- the plan ----------------------------------------------------------------------------------


def _locate_refusal(exc: record.RecordError, cells: Sequence[str]) -> list[Finding]:
    """A record refusal, placed at the cells whose values made it."""
    details = [d for d in exc.diagnostics if d.severity is Severity.ERROR]
    if not details:
        return [Finding(cells[0], str(exc))]
    return [Finding(cells[0], _diagnostic_text(d)) for d in details]


def _diagnostic_text(d: Diagnostic) -> str:
    hint = f" ({d.hint})" if d.hint else ""
    return f"{d.code}: {d.message}{hint}"


def plan_import(workspace: Workspace, path: Path) -> Plan:
    """Everything the workbook at `path` would change, checked; raises WorkbookError when the
    workbook as a whole is refused (not a workbook of ours, damaged, too large, stale)."""
    name = path.name
    book = _open(path)
    try:
        entry = _entry_sheet(book, name)
        state = _state(book, name)
        stale = _stale(workspace, state)
        missing = [p for p in state.prints if workspace.office.position(p.position_id) is None]
        if stale and len(missing) * 2 > len(state.prints):
            # Most of its positions are not here: not an old workbook, one of another project.
            raise WorkbookError(
                message(
                    "xlsx.other_project",
                    name=name,
                    missing=str(len(missing)),
                    total=str(len(state.prints)),
                ),
                stale,
            )
        if stale:
            raise WorkbookError(message("xlsx.stale", name=name), stale)
        plan = Plan(state.year)
        for fp in state.prints:
            position = workspace.office.position(fp.position_id)
            assert position is not None  # _stale found every one
            plan.read[(workspace.project.root / position.file).resolve()] = fp.position_file
            realised = realisation_path(workspace, position.id, state.year)
            plan.read[realised.resolve()] = fp.realisation_file
        plan.findings += _check_extra_sheets(book, state, entry)
        # _stale has made sure that every position of the workbook is in the office
        positions = [workspace.office.position(fp.position_id) for fp in state.prints]
        current = {
            line.identity: line
            for position in positions
            if position is not None
            for line in position_lines(workspace, position, state.year)
        }
        rows, problems = _read_entry(book, name, entry, state, current)
    finally:
        book.close()
    plan.findings += problems
    targets, requests = _requests(state.year, rows, plan)
    _prepare(workspace, plan, targets, requests, rows)
    return plan


def _prepare(
    workspace: Workspace,
    plan: Plan,
    targets: Mapping[str, Mapping[str, float]],
    requests: Sequence[tuple[record.Request, list[str]]],
    rows: Sequence[_Read],
) -> None:
    target_cells = {
        (r.line.position_id, r.line.indicator_id): place(r.row, TARGET_COLUMN, r.sheet)
        for r in rows
        if r.line.first
    }
    for position_id, values in targets.items():
        for indicator_id, value in values.items():
            try:  # one at a time first, so that a refusal names its own cell
                target.prepare_targets(workspace, position_id, plan.year, {indicator_id: value})
            except target.TargetError as exc:
                plan.findings += _locate_refusal(exc, [target_cells[(position_id, indicator_id)]])
    by_position: dict[str, list[record.Request]] = {}
    for request, cells in requests:
        try:
            record.prepare(workspace, request)
        except record.RecordError as exc:
            plan.findings += _locate_refusal(exc, cells)
            continue
        by_position.setdefault(request.position_id, []).append(request)
    if plan.errors:
        return
    for position_id, values in targets.items():
        plan.targets.append(target.prepare_targets(workspace, position_id, plan.year, values))
    for position_id, position_requests in by_position.items():
        try:
            plan.realisations.append(record.prepare_all(workspace, position_requests))
        except record.RecordError as exc:
            plan.findings.append(Finding(position_id, str(exc)))
            plan.findings += [Finding(position_id, _diagnostic_text(d)) for d in exc.diagnostics]
    if plan.errors or not plan.files:
        return
    _whole_office(workspace, plan, target_cells, requests)


def _whole_office(
    workspace: Workspace,
    plan: Plan,
    target_cells: Mapping[tuple[str, str], str],
    requests: Sequence[tuple[record.Request, list[str]]],
) -> None:
    """Validate the office with the new files as `iki validate` would, and make the `iki diff`
    of the change; a finding the change brings is placed at the cells that changed its file."""
    from iki.compute.diff import compare
    from iki.load.snapshot import Snapshot, worktree_snapshot

    project = workspace.project
    before = worktree_snapshot(project)
    replaced = {project.relative(path): content for path, _, content in plan.files}
    files = dict(before.files)
    files.update(replaced)
    after = Snapshot(None, None, tuple(sorted(files.items())))
    plan.diff = compare(project, before, after)
    cells_of: dict[str, list[str]] = {}
    for prepared in plan.targets:
        position_id = Path(prepared.name).stem
        cells_of[project.relative(prepared.path)] = [
            target_cells[(position_id, i)] for i in prepared.previous
        ]
    for recorded in plan.realisations:
        cells_of[project.relative(recorded.path)] = [
            c
            for r, cells in requests
            if r.position_id == recorded.realisation.position_id
            for c in cells
        ]
    for finding in plan.diff.introduced:
        cells = cells_of.get(finding.file) or [finding.file]
        plan.findings.append(
            Finding(
                ", ".join(cells[:3]) + (" …" if len(cells) > 3 else ""),
                f"{finding.file}:{finding.line}: {_diagnostic_text(finding)}",
                finding.severity,
            )
        )


def apply(plan: Plan) -> None:
    """Write every prepared file atomically, through the same code as `iki record`.

    Each file is first checked to be as it was when the plan was made (someone may have run
    `iki record` meanwhile); then all are written."""
    moved = [
        name
        for path, name, _ in plan.files
        if digest(path) != plan.read.get(path.resolve(), digest(path))
    ]
    if moved:
        raise WorkbookError(message("xlsx.moved_meanwhile", files=tuple(moved)))
    # A failure halfway (a full disk) must not leave half a workbook applied: that half would
    # make the workbook stale, and the rest of it could not be imported any more.
    before = {path: path.read_bytes() if path.is_file() else None for path, _, _ in plan.files}
    done: list[Path] = []
    try:
        for prepared_targets in plan.targets:
            target.write(prepared_targets)
            done.append(prepared_targets.path)
        for prepared in plan.realisations:
            record.write(prepared)
            done.append(prepared.path)
    except BaseException:
        for path in reversed(done):
            old = before.get(path)
            with contextlib.suppress(OSError):
                if old is None:
                    path.unlink()
                else:
                    atomic.write_bytes(path, old)
        raise
