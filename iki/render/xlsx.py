"""Workbooks for people who work in Excel: the entry workbook of `iki xlsx export` and the
achievement table of `iki achievement --format xlsx`.

The entry workbook's layout is `iki.edit.sheet`'s, so the reader of `iki xlsx import` finds
every value where this module put it. Every sheet is protected without a password: it keeps a
careless keystroke out of the locked cells, not a determined person (the import checks the
locked cells' rows against the hidden row map anyway).

Output is deterministic: the same data gives the same bytes (fixed document dates and zip entry
times), so a workbook can be compared or committed like any other report.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from iki.edit.sheet import (
    COLUMN,
    ENTRY_SHEETS,
    EVIDENCE_COLUMNS,
    FORMAT,
    HEADERS,
    NOTE_COLUMNS,
    QUARTER_COLUMNS,
    STATE_SHEET,
    TARGET_COLUMN,
    Fingerprint,
    Line,
    LineKind,
    cell_text,
    readable_titles,
)
from iki.messages import language
from iki.model import QUARTERS, GradeBand, Position
from iki.printable import printable
from iki.render.labels import LABELS

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from iki.compute.achievement import OfficeAchievement

_FIXED_TIME = datetime(2000, 1, 1)
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
_EDITABLE_FILL = "FFF7D6"
_HEADER_FILL = "DDE3EA"
_BAND_FILLS = ("D3F2DB", "E6F4D3", "FFF1BF", "FFE1CC", "FFD9D9")
"""The predikat tints of the HTML reports' stylesheet (templates/report.css, --band-N-tint),
from the top band of skala_predikat to the bottom one."""


def _labels() -> Mapping[str, str]:
    """The workbook's words in the run's language (`--lang`); the entry sheet's column
    headings are field names that the import reads back, and stay as they are."""
    return LABELS[language()]


def _put_text(cell: Any, text: str | None) -> None:
    """Text always stays text: a bukti that starts with `=` must never become a formula, and a
    control character from the data is written as its escape (`\\x1b`), as on a terminal:
    openpyxl refuses C0 characters outright, and a bidi control would reorder the cell."""
    if text is None:
        return
    cell.value = printable(text)
    cell.data_type = "s"


def _put_number(cell: Any, value: float | None) -> None:
    """A number with thousands grouped as the reader's Excel groups them (250.000 in an
    Indonesian Excel); whole numbers without a decimal separator, others with every decimal."""
    cell.value = value
    if value is not None:
        cell.number_format = "#,##0" if float(value).is_integer() else "#,##0.##########"


def _fit_rows(sheet: Worksheet, widths: dict[int, float]) -> None:
    """Row heights for wrapped text: Excel grows them when it edits a cell, not when it opens a
    file, so long texts would overlap the rows below."""
    for row in sheet.iter_rows(min_row=2):
        lines = 1
        for cell in row:
            width = widths.get(cell.column)
            if width and isinstance(cell.value, str):
                lines = max(lines, -(-len(cell.value) // int(width * 1.1)))
        if lines > 1:
            sheet.row_dimensions[row[0].row].height = 15 * lines


def _header(sheet: Worksheet, row: int, names: Sequence[str]) -> None:
    from openpyxl.styles import Font, PatternFill

    for column, name in enumerate(names, start=1):
        cell = sheet.cell(row, column)
        _put_text(cell, name)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)


def _ranges(column: int, rows: Iterable[int]) -> list[str]:
    """`["G2:G5", "G9"]`: a data validation's cells, consecutive rows merged."""
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(column)
    parts: list[str] = []
    ordered = sorted(rows)
    start = previous = None
    for row in [*ordered, None]:
        if start is not None and (row is None or row != (previous or 0) + 1):
            parts.append(
                f"{letter}{start}" if start == previous else f"{letter}{start}:{letter}{previous}"
            )
            start = None
        if row is not None and start is None:
            start = row
        previous = row
    return parts


def _validation(kind: str) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    bounds = {
        "angka": ("decimal", "-1000000000000000", "1000000000000000"),
        "unsur": ("decimal", "1", "4"),
        "responden": ("whole", "1", "100000000"),
    }[kind]
    labels = _labels()
    message = labels[f"xlsx_prompt_{kind}"]
    # A warning, not a stop: a cell formatted as text holds "1.500" as text, which the import
    # reads the Indonesian way; Excel itself cannot tell it is a number.
    return DataValidation(
        type=bounds[0],
        operator="between",
        formula1=bounds[1],
        formula2=bounds[2],
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning",
        errorTitle=labels["xlsx_not_a_number"],
        error=message,
        promptTitle=labels["xlsx_number_entry"],
        prompt=message,
        showInputMessage=True,
    )


def _protect(sheet: Worksheet) -> None:
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widening a column to read it is fine
    sheet.protection.formatRows = False


def _entry_sheet(sheet: Worksheet, lines: Sequence[Line], year: int) -> None:
    from openpyxl.styles import Alignment, PatternFill, Protection

    editable_fill = PatternFill("solid", fgColor=_EDITABLE_FILL)
    unlocked = Protection(locked=False)
    wrapped = Alignment(wrap_text=True, vertical="top")
    _header(sheet, 1, HEADERS)
    numeric: dict[str, dict[int, list[int]]] = {"angka": {}, "unsur": {}, "responden": {}}

    def editable(cell: Any) -> None:
        cell.protection = unlocked
        cell.fill = editable_fill

    for row, line in enumerate(lines, start=2):
        for column, text in (
            (COLUMN["posisi"], line.position_id),
            (COLUMN["indikator"], line.indicator_id),
            (COLUMN["uraian indikator"], line.indicator_name),
            (COLUMN["satuan"], line.unit),
            (COLUMN["isian"], line.label),
        ):
            _put_text(sheet.cell(row, column), text)
        kind = {LineKind.ELEMENT: "unsur", LineKind.RESPONDENTS: "responden"}.get(
            line.kind, "angka"
        )
        target = sheet.cell(row, TARGET_COLUMN)
        if isinstance(line.target, str):
            _put_text(target, line.target)
        else:
            _put_number(target, line.target)
        if line.target_editable:
            editable(target)
            numeric["angka"].setdefault(TARGET_COLUMN, []).append(row)
        for number, quarter in enumerate(QUARTERS):
            cell = sheet.cell(row, QUARTER_COLUMNS[quarter])
            _put_number(cell, line.quarters[number])
            editable(cell)
            numeric[kind].setdefault(QUARTER_COLUMNS[quarter], []).append(row)
            if line.first:
                for text_columns, texts in (
                    (EVIDENCE_COLUMNS, line.evidence),
                    (NOTE_COLUMNS, line.notes),
                ):
                    text_cell = sheet.cell(row, text_columns[quarter])
                    _put_text(text_cell, cell_text(texts[number]))
                    editable(text_cell)
                    text_cell.alignment = wrapped
    for kind, columns in numeric.items():
        if not columns:
            continue
        validation = _validation(kind)
        for column, rows in columns.items():
            for cells in _ranges(column, rows):
                validation.add(cells)
        sheet.add_data_validation(validation)
    widths = {"posisi": 24, "indikator": 24, "uraian indikator": 48, "satuan": 12, "isian": 36}
    from openpyxl.utils import get_column_letter

    for name, column in COLUMN.items():
        sheet.column_dimensions[get_column_letter(column)].width = widths.get(
            name, 28 if name.startswith(("bukti", "catatan")) else 18
        )
    sheet.freeze_panes = "F2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(len(lines) + 1, 2)}"
    sheet.print_title_rows = "1:1"
    sheet.oddHeader.center.text = _labels()["xlsx_entry_header"].format(year=year)
    sheet.page_setup.orientation = "landscape"
    _protect(sheet)


def _readable_sheet(
    sheet: Worksheet, position: Position, lines: Sequence[Line], year: int, organisation: str
) -> None:
    from openpyxl.styles import Alignment, Font

    labels = _labels()
    wrapped = Alignment(wrap_text=True, vertical="top")
    title = labels["xlsx_readable_title"].format(year=year, title=position.title)
    _put_text(sheet.cell(1, 1), title)
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    _put_text(sheet.cell(2, 1), organisation)
    _put_text(sheet.cell(3, 1), labels["xlsx_holder"].format(holder=position.holder or "—"))
    names = [*labels["xlsx_readable_columns"].format(year=year).split("|"), *QUARTERS]
    _header(sheet, 5, names)
    row = 6
    number = 0
    for line in lines:
        if line.first:
            number += 1
            sheet.cell(row, 1).value = number
            _put_text(sheet.cell(row, 2), line.indicator_name)
            target = sheet.cell(row, 5)
            if isinstance(line.target, str):
                _put_text(target, line.target)
            else:
                _put_number(target, line.target)
        _put_text(sheet.cell(row, 3), line.label)
        _put_text(sheet.cell(row, 4), line.unit)
        for offset, value in enumerate(line.quarters):
            _put_number(sheet.cell(row, 6 + offset), value)
        for column in (2, 3):
            sheet.cell(row, column).alignment = wrapped
        row += 1
    for letter, width in zip("ABCDEFGHI", (5, 48, 36, 12, 18, 18, 18, 18, 18), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "5:5"
    _fit_rows(sheet, {2: 48, 3: 36})
    _protect(sheet)


def _state_sheet(
    sheet: Worksheet, year: int, prints: Sequence[Fingerprint], lines: Sequence[Line]
) -> None:
    rows: list[list[Any]] = [["format", FORMAT], ["tahun", year]]
    rows += [["posisi", f.position_id, f.position_file, f.realisation_file] for f in prints]
    rows += [["baris", n, *line.identity] for n, line in enumerate(lines, start=2)]
    for row in rows:
        sheet.append([str(v) if isinstance(v, str) else v for v in row])
    sheet.sheet_state = "veryHidden"  # not even in Excel's Unhide list
    _protect(sheet)


def entry_workbook(
    organisation: str,
    year: int,
    positions: Sequence[tuple[Position, Sequence[Line], Fingerprint]],
) -> bytes:
    """The workbook of `iki xlsx export`: the entry sheet, a readable sheet per position, and
    the hidden state."""
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    book = Workbook()
    entry = book.active
    assert entry is not None
    entry.title = ENTRY_SHEETS[language()]
    lines = [line for _, position_lines, _ in positions for line in position_lines]
    _entry_sheet(entry, lines, year)
    titles = readable_titles([position.id for position, _, _ in positions], entry.title)
    for (position, position_lines, _), title in zip(positions, titles, strict=True):
        _readable_sheet(book.create_sheet(title), position, position_lines, year, organisation)
    _state_sheet(book.create_sheet(STATE_SHEET), year, [f for _, _, f in positions], lines)
    book.security = WorkbookProtection(lockStructure=True)
    return _save(book)


def _shown(value: float | None) -> float | None:
    """The capaian as its predikat reads it (one decimal, half up): Excel's own rounding of the
    unrounded value could print a number the predikat does not match."""
    from iki.compute.achievement import shown

    return None if value is None else shown(value)


def achievement_workbook(result: OfficeAchievement, bands: Sequence[GradeBand]) -> bytes:
    """`iki achievement --format xlsx`: one row per indicator, the predikat cells coloured as in
    the HTML reports; numbers stay numbers, for the Kepala Dinas's own formulas."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    from iki.render.achievement import (
        office_text,
        percent,
        positions_mean_text,
        state_text,
    )
    from iki.render.reports import band_index

    labels = _labels()

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = labels["xlsx_achievement_sheet"]
    title = labels["xlsx_achievement_title"].format(
        organisation=result.organisation, period=result.period.label
    )
    _put_text(sheet.cell(1, 1), title)
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    names = labels["xlsx_achievement_columns"].split("|")
    _header(sheet, 3, names)
    row = 4
    fills = [PatternFill("solid", fgColor=colour) for colour in _BAND_FILLS]

    def grade_cell(column: int, grade: str | None) -> None:
        cell = sheet.cell(row, column)
        _put_text(cell, grade)
        band = band_index(grade, bands)
        if band is not None:
            cell.fill = fills[band]

    for position in result.positions:
        for item in position.indicators:
            indicator = item.indicator
            target = item.target
            values: list[Any] = [
                position.position.id,
                position.position.title,
                indicator.id,
                indicator.name,
                indicator.unit or "",
                None if target is None else _target_value(target),
                item.realisation,
                _shown(item.achievement),
            ]
            for column, value in enumerate(values, start=1):
                if isinstance(value, str):
                    _put_text(sheet.cell(row, column), value)
                else:
                    sheet.cell(row, column).value = value
            grade_cell(9, item.grade)
            _put_text(sheet.cell(row, 10), state_text(item))
            sheet.cell(row, 8).number_format = "0.0"
            row += 1
        summary = position.summary
        _put_text(sheet.cell(row, 1), position.position.id)
        _put_text(sheet.cell(row, 4), labels["xlsx_position_mean"])
        sheet.cell(row, 4).font = Font(bold=True)
        sheet.cell(row, 8).value = _shown(summary.achievement)
        sheet.cell(row, 8).number_format = "0.0"
        grade_cell(9, summary.grade)
        # an empty capaian cell says why, and a weighted mean says so, as the terminal does
        counted = labels["with_data"].format(n=summary.with_data, total=summary.total)
        if summary.achievement is None:
            counted = f"{labels['not_computable']}, {counted}"
        elif summary.weighted:
            counted += f", {labels['weighted']}"
        _put_text(sheet.cell(row, 10), counted)
        row += 1
    # The office's capaian is the Kepala Dinas's indicators' (docs/capaian.md), its coverage
    # beside it; the mean over positions is the second figure.
    _put_text(sheet.cell(row, 4), labels["xlsx_office"])
    sheet.cell(row, 4).font = Font(bold=True)
    sheet.cell(row, 8).value = _shown(result.summary.achievement)
    sheet.cell(row, 8).number_format = "0.0"
    grade_cell(9, result.summary.grade)
    _put_text(sheet.cell(row, 10), office_text(result, labels, percent))
    row += 1
    mean = result.position_mean
    _put_text(sheet.cell(row, 4), labels["xlsx_position_mean"])
    sheet.cell(row, 4).font = Font(bold=True)
    sheet.cell(row, 8).value = _shown(mean.achievement if mean is not None else None)
    sheet.cell(row, 8).number_format = "0.0"
    grade_cell(9, mean.grade if mean is not None else None)
    _put_text(sheet.cell(row, 10), positions_mean_text(result, labels, percent))
    for letter, width in zip("ABCDEFGHIJ", (24, 36, 24, 48, 12, 12, 14, 12, 14, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A4"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "3:3"
    return _save(book)


def _target_value(target: Any) -> Any:
    from iki.model import Range

    if isinstance(target, Range):
        return f"{target.minimum:g}–{target.maximum:g}"
    return target


def _save(book: Workbook) -> bytes:
    book.properties.creator = "iki"
    book.properties.created = _FIXED_TIME
    book.properties.modified = _FIXED_TIME
    raw = io.BytesIO()
    book.save(raw)
    # openpyxl stamps each zip entry with the time of writing: rewrite them with a fixed one.
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, _ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the time of saving as `modified`, whatever was set before
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2000-01-01T00:00:00Z\g<2>",
                    data,
                )
            target.writestr(fixed, data)
    return out.getvalue()
