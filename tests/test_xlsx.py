"""`iki xlsx export` / `iki xlsx import`: the round trip through Excel, the stale refusal, hostile
workbooks, and `iki achievement --format xlsx`.

The project is the office's own positions with the illustrative realisations of examples/ as
its data/realisasi, in a temporary git repository, so that `git diff` shows exactly what an
import changed.
"""

from __future__ import annotations

import re
import shutil
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from iki.edit import sheet
from tests.conftest import REPO, Run, run_iki
from tests.gitrepo import commit_all, git

Iki = Callable[..., Run]


@pytest.fixture
def office(tmp_path: Path) -> Path:
    root = tmp_path / "office"
    root.mkdir()
    shutil.copyfile(REPO / "iki.yaml", root / "iki.yaml")
    shutil.copytree(REPO / "data" / "positions", root / "data" / "positions")
    shutil.copytree(REPO / "examples" / "realisasi", root / "data" / "realisasi")
    git(root, "init", "--quiet")
    commit_all(root, "the office")
    return root


def export(iki: Iki, office: Path, *args: str) -> Path:
    out = office.parent / "isian.xlsx"
    run = iki("xlsx", "export", "--project", str(office), "-o", str(out), *args)
    assert run.code == 0, run
    return out


def rows_of(book: Any) -> dict[tuple[str, str, str], int]:
    """(position, indicator, line key) → row of the entry sheet, from the hidden row map."""
    return {
        (values[2], values[3], values[5]): values[1]
        for values in book[sheet.STATE_SHEET].iter_rows(values_only=True)
        if values[0] == "baris"
    }


def entry_sheet(book: Any) -> Any:
    """The entry sheet, 'Isian' or, written with --lang en, 'Entries'."""
    (title,) = [t for t in sheet.ENTRY_SHEETS.values() if t in book.sheetnames]
    return book[title]


def column(book: Any, header: str) -> int:
    """The column a person finds by its header."""
    headers = [c.value for c in entry_sheet(book)[1]]
    return headers.index(header) + 1


def fill(path: Path, values: dict[tuple[str, str, str, str], Any], out: Path | None = None) -> Path:
    """Type values into the entry sheet as a person would: (position, indicator, line, header)."""
    book = openpyxl.load_workbook(path)
    rows = rows_of(book)
    entry = entry_sheet(book)
    for (position, indicator, key, header), value in values.items():
        entry.cell(rows[(position, indicator, key)], column(book, header)).value = value
    target = out or path
    book.save(target)
    return target


def changed_lines(office: Path) -> dict[str, list[str]]:
    """`git diff` of the working tree, as the +/- lines of each file; new files whole."""
    diff = git(office, "diff", "--unified=0", "--no-color")
    found: dict[str, list[str]] = {}
    current = ""
    for line in diff.splitlines():
        if line.startswith("+++ b/"):
            current = line[6:]
        elif line[:1] in "+-" and not line.startswith(("+++", "---")):
            found.setdefault(current, []).append(line)
    for name in git(office, "ls-files", "--others", "--exclude-standard").splitlines():
        found[name] = ["+" + t for t in (office / name).read_text().splitlines()]
    return found


def import_(iki: Iki, office: Path, path: Path, *args: str) -> Run:
    return iki("xlsx", "import", str(path), "--project", str(office), *args)


# -- the round trip ----------------------------------------------------------------------------


def test_round_trip_changes_exactly_the_cells_filled_in(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--all")
    fill(
        path,
        {
            # a target not set yet, typed the Indonesian way as text
            ("kasi-pengaduan", "pengaduan-ditindaklanjuti", "nilai", "target"): "1.500",
            ("kasi-pengaduan", "pengaduan-ditindaklanjuti", "nilai", "TW1"): 120,
            ("kasi-pengaduan", "pengaduan-ditindaklanjuti", "nilai", "bukti TW1"): "Rekap TW1",
            # a correction of a recorded value: its bukti stays
            ("bendahara-pengeluaran", "buku-kas-umum", "nilai", "TW1"): 2,
            # a formula indicator: one row per variable
            ("kepala-dinas", "peserta-pelatihan-ditempatkan", "ditempatkan", "TW3"): 5,
            ("kepala-dinas", "peserta-pelatihan-ditempatkan", "mendaftar", "TW3"): "12,5",
            # an IKM indicator: one row per element, and the respondents
            **{("kepala-dinas", "ikm", str(n), "TW3"): 3 for n in range(1, 10)},
            ("kepala-dinas", "ikm", "4", "TW3"): "3,5",
            ("kepala-dinas", "ikm", "responden", "TW3"): 200,
        },
    )
    run = import_(iki, office, path)
    assert run.code == 0, run
    assert "Isian!" in run.stdout and "1.500" in run.stdout
    assert changed_lines(office) == {
        "data/positions/kasi-pengaduan.yaml": ["-      2025: null", "+      2025: 1500"],
        "data/realisasi/2025/bendahara-pengeluaran.yaml": [
            '-    TW1: {nilai: 1, bukti: "BKU Januari–Maret 2025 (contoh)"}',
            '+    TW1: {nilai: 2, bukti: "BKU Januari–Maret 2025 (contoh)"}',
        ],
        "data/realisasi/2025/kepala-dinas.yaml": [
            "+    TW3: {ditempatkan: 5, mendaftar: 12.5}",
            "+    TW3: {unsur: [3, 3, 3, 3.5, 3, 3, 3, 3, 3], responden: 200}",
        ],
        "data/realisasi/2025/kasi-pengaduan.yaml": [
            "+# yaml-language-server: $schema=../../../schemas/realisasi.schema.json",
            "+posisi: kasi-pengaduan",
            "+tahun: 2025",
            "+realisasi:",
            "+  pengaduan-ditindaklanjuti:",
            '+    TW1: {nilai: 120, bukti: "Rekap TW1"}',
        ],
    }
    assert iki("validate", "--project", str(office)).code == 0


def test_an_untouched_workbook_changes_nothing(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--all")
    run = import_(iki, office, path)
    assert run.code == 0, run
    assert "Tidak ada isian yang berubah" in run.stdout
    assert changed_lines(office) == {}


def test_dry_run_shows_the_change_as_iki_diff_does_and_writes_nothing(
    iki: Iki, office: Path
) -> None:
    path = export(iki, office, "--position", "kasi-pengaduan")
    fill(path, {("kasi-pengaduan", "pengaduan-ditindaklanjuti", "nilai", "target"): 40})
    run = import_(iki, office, path, "--dry-run")
    assert run.code == 0, run
    assert "Isian!F2" in run.stdout
    assert "kasi-pengaduan/pengaduan-ditindaklanjuti  2025: belum ditetapkan → 40" in run.stdout
    assert "akan ditulis: data/positions/kasi-pengaduan.yaml" in run.stdout
    assert changed_lines(office) == {}


def test_a_value_the_checks_refuse_is_located_at_its_cell(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "kepala-dinas")
    values: dict[tuple[str, str, str, str], Any] = {
        ("kepala-dinas", "ikm", str(n), "TW1"): 3 for n in range(1, 10)
    }
    values[("kepala-dinas", "ikm", "5", "TW1")] = 7  # survey element means are 1–4
    fill(path, values)
    book = openpyxl.load_workbook(path)
    first_element = rows_of(book)[("kepala-dinas", "ikm", "1")]
    run = import_(iki, office, path)
    assert run.code == 1
    assert f"Isian!G{first_element}" in run.stderr
    assert "tidak ada yang ditulis" in run.stderr
    assert changed_lines(office) == {}


def test_clearing_a_recorded_value_is_refused(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "bendahara-pengeluaran")
    fill(path, {("bendahara-pengeluaran", "buku-kas-umum", "nilai", "TW1"): None})
    run = import_(iki, office, path)
    assert run.code == 1
    assert re.search(r"Isian!G2: galat: nilai 1 dikosongkan", run.stderr), run
    assert changed_lines(office) == {}


# -- the workbook itself -------------------------------------------------------------------------


def test_entry_sheet_layout_locks_and_validation(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--all")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Isian"
    entry = book["Isian"]
    headers = [c.value for c in entry[1]]
    assert headers[:10] == [
        "posisi",
        "indikator",
        "uraian indikator",
        "satuan",
        "isian",
        "target",
        "TW1",
        "TW2",
        "TW3",
        "TW4",
    ]
    assert {"bukti TW1", "catatan TW1", "bukti TW4", "catatan TW4"} <= set(headers)
    assert entry.protection.sheet
    assert book[sheet.STATE_SHEET].sheet_state == "veryHidden"
    assert book.security is not None and book.security.lockStructure
    rows = rows_of(book)
    # a formula indicator gets one row per variable, an IKM indicator one per element
    assert [
        k for (p, i, k) in rows if (p, i) == ("kepala-dinas", "peserta-pelatihan-ditempatkan")
    ] == [
        "ditempatkan",
        "mendaftar",
    ]
    ikm_keys = [k for (p, i, k) in rows if (p, i) == ("kepala-dinas", "ikm")]
    assert ikm_keys == [*map(str, range(1, 10)), "responden"]
    editable = {"target", "TW1", "TW2", "TW3", "TW4"} | {h for h in headers if " TW" in h}
    plain = rows[("kasi-pengaduan", "pengaduan-ditindaklanjuti", "nilai")]
    for number, header in enumerate(headers, start=1):
        assert entry.cell(plain, number).protection.locked is (header not in editable), header
    second_variable = rows[("kepala-dinas", "peserta-pelatihan-ditempatkan", "mendaftar")]
    assert entry.cell(second_variable, column(book, "target")).protection.locked
    assert entry.cell(second_variable, column(book, "TW1")).protection.locked is False
    validated = {(v.type, str(v.sqref)) for v in entry.data_validations.dataValidation}
    decimal = " ".join(sqref for kind, sqref in validated if kind == "decimal")
    spans = [tuple(map(int, m)) for m in re.findall(r"G(\d+):G(\d+)", decimal)]
    assert any(low <= plain <= high for low, high in spans) or f"G{plain}" in decimal.split()
    kinds = {v.type for v in entry.data_validations.dataValidation}
    assert kinds == {"decimal", "whole"}
    # a readable sheet per position, with the units in its headers' column
    assert "kepala-dinas" in book.sheetnames and "kasi-pengaduan" in book.sheetnames


def test_a_second_reader_reads_the_same_values(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--all")
    book = openpyxl.load_workbook(path)
    calamine = CalamineWorkbook.from_path(str(path))
    for name in ("Isian", "kepala-dinas", sheet.STATE_SHEET):
        ours = [[c.value for c in row] for row in book[name].iter_rows()]
        theirs = calamine.get_sheet_by_name(name).to_python()
        assert len(theirs) == len(ours), name
        for mine, other in zip(ours, theirs, strict=True):
            width = max(len(mine), len(other))
            mine = [*mine, *[None] * (width - len(mine))]
            other = [*other, *[""] * (width - len(other))]
            assert [("" if v is None else v) for v in mine] == other, name
    assert any(v == 1.0 for row in calamine.get_sheet_by_name("Isian").to_python() for v in row)


def test_export_is_deterministic(iki: Iki, office: Path, tmp_path: Path) -> None:
    first = export(iki, office, "--all").read_bytes()
    second = export(iki, office, "--all").read_bytes()
    assert first == second


def test_evidence_that_looks_like_a_formula_stays_text(iki: Iki, office: Path) -> None:
    realised = office / "data" / "realisasi" / "2025" / "bendahara-pengeluaran.yaml"
    text = realised.read_text().replace(
        '"BKU Januari–Maret 2025 (contoh)"', '"=HYPERLINK(\\"http://x.invalid\\")"'
    )
    realised.write_text(text)
    commit_all(office, "a hostile bukti")
    path = export(iki, office, "--position", "bendahara-pengeluaran")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "HYPERLINK" in xml


def test_export_needs_a_choice_of_positions(iki: Iki, office: Path) -> None:
    run = iki("xlsx", "export", "--project", str(office), "-o", str(office / "x.xlsx"))
    assert run.code == 2 and "--position" in run.stderr
    run = iki("xlsx", "export", "--project", str(office), "--position", "nope", "-o", "x.xlsx")
    assert run.code == 2 and "nope" in run.stderr


# -- stale workbooks -------------------------------------------------------------------------------


def test_stale_realisations_refused_naming_the_position(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--all")
    fill(path, {("kasi-pengaduan", "pengaduan-ditindaklanjuti", "nilai", "target"): 40})
    recorded = iki(
        "record",
        "kepala-dinas",
        "nilai-investasi",
        "TW3",
        "--project",
        str(office),
        "--var",
        "investasi_tahun_n=1",
    )
    assert recorded.code == 0, recorded
    before = changed_lines(office)
    run = import_(iki, office, path)
    assert run.code == 1
    assert "usang" in run.stderr
    assert "jabatan 'kepala-dinas': berkas realisasinya berubah" in run.stderr
    assert changed_lines(office) == before


def test_stale_position_file_refused(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "kasi-pengaduan")
    position = office / "data" / "positions" / "kasi-pengaduan.yaml"
    position.write_text(position.read_text() + "# catatan baru\n")
    run = import_(iki, office, path)
    assert run.code == 1
    assert "jabatan 'kasi-pengaduan': berkas IKI-nya" in run.stderr
    assert position.read_text().endswith("# catatan baru\n")


# -- hostile workbooks ---------------------------------------------------------------------------


def _one_cell(iki: Iki, office: Path, header: str, value: Any) -> tuple[Run, str]:
    path = export(iki, office, "--position", "kasi-pengaduan")
    fill(path, {("kasi-pengaduan", "pengaduan-ditindaklanjuti", "nilai", header): value})
    book = openpyxl.load_workbook(path)
    where = f"Isian!{openpyxl.utils.get_column_letter(column(book, header))}2"
    return import_(iki, office, path), where


@pytest.mark.parametrize(
    ("header", "value", "said"),
    [
        ("TW1", "=1+1", "berisi rumus '=1+1'"),
        ("bukti TW1", '=HYPERLINK("http://x.invalid","bukti")', "berisi rumus '=HYPERLINK"),
        ("TW1", "dua belas", "'dua belas' bukan angka"),
        ("TW1", "1,500", "'1,500' bisa dibaca 1.5"),
        ("target", "12 %", "tulis angkanya saja"),
    ],
)
def test_hostile_cells_are_located(
    iki: Iki, office: Path, header: str, value: str, said: str
) -> None:
    run, where = _one_cell(iki, office, header, value)
    assert run.code == 1
    assert f"{where}: galat: " in run.stderr and said in run.stderr, run
    assert changed_lines(office) == {}


@pytest.mark.parametrize(("header", "typed"), [("target", 0.9), ("TW1", 0.125)])
def test_a_number_in_excels_percent_format_is_refused_not_read_as_a_fraction(
    iki: Iki, office: Path, header: str, typed: float
) -> None:
    # Typing "90%" into a cell makes Excel keep 0.9 in a percent format: read as it stands, a
    # target of 90 persen would silently become 0.9.
    path = export(iki, office, "--position", "kasi-pengaduan")
    book = openpyxl.load_workbook(path)
    cell = book[sheet.ENTRY_SHEET].cell(2, column(book, header))
    cell.value = typed
    cell.number_format = "0.0%"
    book.save(path)
    run = import_(iki, office, path)
    assert run.code == 1
    where = f"Isian!{cell.column_letter}2"
    shown = f"{typed * 100:g}".replace(".", ",")
    assert f"{where}: galat: berformat persen Excel: tampil {shown}%" in run.stderr, run
    assert changed_lines(office) == {}


def test_a_renamed_entry_sheet_is_named_as_renamed(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "kasi-pengaduan")
    book = openpyxl.load_workbook(path)
    book[sheet.ENTRY_SHEET].title = "Isian Pengaduan"
    book.save(path)
    run = import_(iki, office, path)
    assert run.code == 1
    assert "lembar 'Isian' tidak ada (namanya diubah?)" in run.stderr, run
    assert "bukan buku kerja dari 'iki xlsx export'" not in run.stderr
    assert changed_lines(office) == {}


def test_formula_text_in_evidence_is_refused(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "kasi-pengaduan")
    book = openpyxl.load_workbook(path)
    cell = book["Isian"].cell(2, column(book, "bukti TW1"))
    cell.value = '=HYPERLINK("http://x.invalid")'
    cell.data_type = "s"  # typed with a leading apostrophe: text, not a formula
    book["Isian"].cell(2, column(book, "TW1")).value = 3
    book.save(path)
    run = import_(iki, office, path)
    assert run.code == 1
    assert "Isian!K2: galat: diawali '=' seperti rumus" in run.stderr
    assert changed_lines(office) == {}


def test_extra_sheet_is_named(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "kasi-pengaduan")
    book = openpyxl.load_workbook(path)
    book.create_sheet("Rekap saya")["A1"] = 5
    book.save(path)
    run = import_(iki, office, path)
    assert run.code == 1
    assert (
        "Rekap saya: galat: lembar 'Rekap saya' tidak dibuat oleh 'iki xlsx export'" in run.stderr
    )


def test_rows_moved_are_refused_not_guessed(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "bendahara-pengeluaran")
    book = openpyxl.load_workbook(path)
    book["Isian"].insert_rows(3)
    book.save(path)
    run = import_(iki, office, path)
    assert run.code == 1
    assert "Isian!A3: baris ini berisi 'None/None'" in run.stderr
    assert changed_lines(office) == {}


def _replace_part(path: Path, name: str, content: bytes) -> None:
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            target.writestr(info, content if info.filename == name else data)


def test_a_huge_sheet_is_refused_at_the_row_cap(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "kasi-pengaduan")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    # one cell in Excel's last row: a small file whose sheet claims a million rows
    far = '<row r="1048576"><c r="G1048576" t="n"><v>1</v></c></row></sheetData>'
    _replace_part(path, "xl/worksheets/sheet1.xml", xml.replace("</sheetData>", far).encode())
    run = import_(iki, office, path)
    assert run.code == 1
    assert f"lebih dari {sheet.MAX_ROWS} baris" in run.stderr
    assert changed_lines(office) == {}


def test_a_zip_bomb_is_refused_before_it_is_inflated(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "kasi-pengaduan")
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/bom.bin", "w", force_zip64=True) as part,
    ):
        chunk = b"\0" * (1024 * 1024)
        for _ in range(300):
            part.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    tracemalloc.start()
    try:
        run = import_(iki, office, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert run.code == 1
    assert "mungkin bom zip" in run.stderr, run
    assert peak < 100 * 1024 * 1024  # the 300 MiB part was never held


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"posisi,indikator\n", "bukan buku kerja .xlsx"),
        (b"PK\x03\x04 not really a zip", "bukan buku kerja .xlsx"),
    ],
)
def test_not_a_workbook(iki: Iki, office: Path, content: bytes, said: str) -> None:
    path = office.parent / "isian.xlsx"
    path.write_bytes(content)
    run = import_(iki, office, path)
    assert run.code == 1 and said in run.stderr, run


def test_a_workbook_of_someone_else(iki: Iki, office: Path) -> None:
    path = office.parent / "lain.xlsx"
    book = openpyxl.Workbook()
    assert book.active is not None
    book.active.title = "Isian"
    book.save(path)
    run = import_(iki, office, path)
    assert run.code == 1 and "bukan buku kerja dari 'iki xlsx export'" in run.stderr


def test_a_workbook_of_another_project_is_said_to_be_so_not_stale(
    iki: Iki, office: Path, tmp_path: Path
) -> None:
    path = export(iki, office, "--all")
    other = tmp_path / "kantor-lain"
    assert iki("init", str(other), "--organisasi", "Dinas Lain", "--tahun", "2025").code == 0
    run = import_(iki, other, path)
    assert run.code == 1
    assert "jabatan buku kerja ini tidak ada di proyek ini; buku kerja dari kantor atau proyek" in (
        run.stderr
    ), run
    assert "usang" not in run.stderr.splitlines()[0]


# -- achievement ---------------------------------------------------------------------------------


def test_achievement_xlsx_colours_the_predikat(iki: Iki, office: Path) -> None:
    out = office.parent / "capaian.xlsx"
    run = iki("achievement", "--project", str(office), "--format", "xlsx", "-o", str(out))
    assert run.code == 0, run
    book = openpyxl.load_workbook(out)
    table = book["Capaian"]
    headers = [c.value for c in table[3]]
    grade_column = headers.index("predikat") + 1
    capaian_column = headers.index("capaian (%)") + 1
    coloured = {}
    for row in table.iter_rows(min_row=4):
        grade = row[grade_column - 1].value
        if grade:
            coloured.setdefault(grade, set()).add(row[grade_column - 1].fill.fgColor.rgb)
            assert isinstance(row[capaian_column - 1].value, int | float)
    assert coloured, "the illustrative data has capaian"
    assert all(len(colours) == 1 for colours in coloured.values())
    assert coloured.get("Sangat Tinggi", {"00D3F2DB"}) == {"00D3F2DB"}
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Capaian").to_python()
    assert rows[2][: len(headers)] == headers


def test_achievement_table_cannot_go_to_a_file(iki: Iki, office: Path) -> None:
    run = iki("achievement", "--project", str(office), "--format", "table", "-o", "x.json")
    assert run.code == 2


def test_readme_example_is_real_output(iki: Iki, tmp_path: Path) -> None:
    from tests.test_readme import _block_after

    root = tmp_path / "kantor"
    root.mkdir()
    shutil.copyfile(REPO / "iki.yaml", root / "iki.yaml")
    shutil.copytree(REPO / "data" / "positions", root / "data" / "positions")
    path = export(iki, root, "--position", "kasi-pengaduan")
    book = openpyxl.load_workbook(path)
    entry = book["Isian"]
    entry["F2"], entry["G2"], entry["K2"] = "1.500", 120, "Rekap pengaduan Januari–Maret"
    book.save(path)
    run = import_(iki, root, path, "--dry-run")
    assert run.code == 0, run
    assert run.stdout == _block_after("<!-- xlsx-demo -->")


def test_readable_sheet_titles_are_unique_as_excel_compares_them() -> None:
    long = "pengadministrasi-perizinan-dan-non-perizinan"
    titles = sheet.readable_titles(["isian", long, long + "-2", "kepala"])
    assert titles == ["isian~2", long[:31], long[:29] + "~2", "kepala"]
    assert all(len(t) <= 31 for t in titles)


def test_a_value_typed_into_a_locked_cell_is_not_read_and_said(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "kepala-dinas")
    book = openpyxl.load_workbook(path)
    row = rows_of(book)[("kepala-dinas", "peserta-pelatihan-ditempatkan", "mendaftar")]
    book["Isian"].cell(row, column(book, "target")).value = 80  # the target is on the first line
    book.save(path)
    run = import_(iki, office, path)
    assert run.code == 0, run
    assert f"Isian!F{row}: peringatan: sel ini terkunci dan isinya tidak dibaca" in run.stderr
    assert changed_lines(office) == {}


def test_a_renamed_column_is_refused(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "kasi-pengaduan")
    book = openpyxl.load_workbook(path)
    book["Isian"]["G1"] = "Triwulan I"
    book["Isian"]["G2"] = 5
    book.save(path)
    run = import_(iki, office, path)
    assert run.code == 1
    assert "Isian!G1: judul kolom 'Triwulan I', seharusnya 'TW1'" in run.stderr
    assert changed_lines(office) == {}


def test_a_damaged_hidden_sheet_is_refused(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "kasi-pengaduan")
    book = openpyxl.load_workbook(path)
    state = book[sheet.STATE_SHEET]
    for row in state.iter_rows():
        if row[0].value == "posisi":
            row[1].value = "../../etc/passwd"
    book.save(path)
    run = import_(iki, office, path)
    assert run.code == 1
    assert "lembar tersembunyi '_iki' rusak atau diubah" in run.stderr


def test_a_file_changed_while_importing_is_not_overwritten(iki: Iki, office: Path) -> None:
    from iki.edit import xlsx_import
    from iki.load.project import Project
    from iki.load.workspace import load_workspace

    path = export(iki, office, "--position", "kasi-pengaduan")
    fill(path, {("kasi-pengaduan", "pengaduan-ditindaklanjuti", "nilai", "target"): 40})
    plan = xlsx_import.plan_import(load_workspace(Project(office)), path)
    assert not plan.errors and len(plan.files) == 1
    position = office / "data" / "positions" / "kasi-pengaduan.yaml"
    position.write_text(position.read_text() + "# diubah orang lain\n")
    with pytest.raises(xlsx_import.WorkbookError, match="berubah selama impor"):
        xlsx_import.apply(plan)
    assert position.read_text().endswith("# diubah orang lain\n")


def test_a_write_that_fails_halfway_leaves_the_office_as_it_was(
    iki: Iki, office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iki.edit import record

    path = export(iki, office, "--position", "kasi-pengaduan")
    fill(
        path,
        {
            ("kasi-pengaduan", "pengaduan-ditindaklanjuti", "nilai", "target"): 40,
            ("kasi-pengaduan", "pengaduan-ditindaklanjuti", "nilai", "TW1"): 12,
        },
    )

    def disk_full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    # The target is written first, then the realisation file fails.
    monkeypatch.setattr(record, "write", disk_full)
    run = import_(iki, office, path)
    assert run.code == 1
    assert "ruang disk penuh" in run.stderr
    assert changed_lines(office) == {}, "the target written before the failure is taken back"


@pytest.mark.parametrize("command", ["achievement", "xlsx"])
def test_control_characters_in_the_data_are_escaped_in_workbooks(
    project: Path, tmp_path: Path, command: str
) -> None:
    """openpyxl refuses ESC outright (a traceback), and U+202E would reorder the cell."""
    staf = project / "data/positions/staf.yaml"
    staf.write_text(
        staf.read_text().replace(
            "indikator: Jumlah surat yang diproses",
            'indikator: "Jumlah surat\\e[31m \\u202Eyang diproses"',
        )
    )
    out = tmp_path / "book.xlsx"
    if command == "achievement":
        args = ["achievement", "--format", "xlsx", "-o", str(out)]
    else:
        args = ["xlsx", "export", "--all", "-o", str(out)]
    run = run_iki([*args, "--project", str(project)])
    assert run.code == 0, run
    book = openpyxl.load_workbook(out)
    cells = [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value]
    assert "Jumlah surat\\x1b[31m \\u202eyang diproses" in cells
    assert not any("\x1b" in c or "\u202e" in c for c in cells)


@pytest.mark.parametrize(
    ("header", "value", "said"),
    [
        ("TW1", "=1+1", "holds the formula '=1+1'; iki runs no formula"),
        ("TW1", True, "holds TRUE/FALSE, not a number"),
        ("bukti TW1", "=x", "holds the formula '=x'; iki runs no formula: write the text"),
    ],
)
def test_cell_messages_speak_english_when_asked(
    iki: Iki, office: Path, header: str, value: Any, said: str
) -> None:
    path = export(iki, office, "--position", "kasi-pengaduan")
    fill(path, {("kasi-pengaduan", "pengaduan-ditindaklanjuti", "nilai", header): value})
    run = import_(iki, office, path, "--lang", "en")
    assert run.code == 1
    assert said in run.stderr, run
    assert "berisi" not in run.stderr and "tulis" not in run.stderr


# -- --lang en -------------------------------------------------------------------------------------

INDONESIAN = re.compile(
    r"\b(tidak|yang|berkas|atau|sudah|ada|lembar|baris|jabatan|ekspor|isi|dikosongkan|usang)\b"
)
"""Words of the import's Indonesian refusals, none of which an English one may keep."""

PENGADUAN_TW1 = ("kasi-pengaduan", "pengaduan-ditindaklanjuti", "nilai", "TW1")


def _no_indonesian(said: str) -> None:
    assert INDONESIAN.findall(said) == [], said


def test_an_english_workbook_is_titled_in_english(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "kasi-pengaduan", "--lang", "en")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Entries", "kasi-pengaduan", sheet.STATE_SHEET]
    readable = book["kasi-pengaduan"]
    assert str(readable["A1"].value).startswith("Individual Performance Indicators 2025: ")
    assert str(readable["A3"].value).startswith("Holder: ")
    assert [c.value for c in readable[5]][:5] == [
        "No",
        "Performance indicator",
        "Entry",
        "Unit",
        "Target 2025",
    ]
    assert book["Entries"].oddHeader.center.text == "IKI targets and realisations to fill in, 2025"
    # The column headings are the fields the import reads back: the same in both languages.
    assert [c.value for c in book["Entries"][1]] == list(sheet.HEADERS)
    # Indonesian stays the default, as the workbooks written before --lang en were.
    book = openpyxl.load_workbook(export(iki, office, "--position", "kasi-pengaduan"))
    assert book.sheetnames == ["Isian", "kasi-pengaduan", sheet.STATE_SHEET]
    assert str(book["kasi-pengaduan"]["A3"].value).startswith("Pemangku: ")


@pytest.mark.parametrize(("written", "read"), [("en", "id"), ("id", "en"), ("en", "en")])
def test_a_workbook_is_imported_whichever_language_wrote_or_reads_it(
    iki: Iki, office: Path, written: str, read: str
) -> None:
    path = export(iki, office, "--position", "kasi-pengaduan", "--lang", written)
    fill(path, {PENGADUAN_TW1: 120})
    run = import_(iki, office, path, "--lang", read)
    assert run.code == 0, run
    title = sheet.ENTRY_SHEETS[sheet.Language(written)]
    assert f"{title}!G2" in run.stdout
    written_lines = changed_lines(office)["data/realisasi/2025/kasi-pengaduan.yaml"]
    assert written_lines[-1] == "+    TW1: 120"


def test_a_value_refused_in_an_english_workbook_is_placed_on_its_sheet(
    iki: Iki, office: Path
) -> None:
    path = export(iki, office, "--position", "bendahara-pengeluaran", "--lang", "en")
    fill(path, {("bendahara-pengeluaran", "buku-kas-umum", "nilai", "TW1"): None})
    run = import_(iki, office, path, "--lang", "en")
    assert run.code == 1
    assert "Entries!G2: error: value 1 was emptied; a recorded realisation is not deleted" in (
        run.stderr
    ), run
    _no_indonesian(run.stderr)
    assert changed_lines(office) == {}


def test_the_workbook_refusals_speak_english_when_asked(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "kasi-pengaduan", "--lang", "en")
    book = openpyxl.load_workbook(path)
    book.create_sheet("Rekap saya")["A1"] = 5
    book["Entries"].title = "Entries (mine)"
    book.save(path)
    run = import_(iki, office, path, "--lang", "en")
    assert run.code == 1
    assert "there is no sheet 'Entries' (was it renamed?)" in run.stderr, run
    _no_indonesian(run.stderr)

    path = export(iki, office, "--position", "kasi-pengaduan", "--lang", "en")
    book = openpyxl.load_workbook(path)
    book.create_sheet("Rekap saya")["A1"] = 5
    book.save(path)
    run = import_(iki, office, path, "--lang", "en")
    assert "sheet 'Rekap saya' was not made by 'iki xlsx export'; values are read only from " in (
        run.stderr
    )
    assert "the sheet 'Entries'" in run.stderr
    _no_indonesian(run.stderr.replace("Rekap saya", ""))

    position = office / "data" / "positions" / "kasi-pengaduan.yaml"
    position.write_text(position.read_text() + "# catatan baru\n")
    run = import_(iki, office, path, "--lang", "en")
    assert "this workbook is out of date; nothing was written" in run.stderr, run
    assert "position 'kasi-pengaduan': its IKI file (targets, indicators) changed" in run.stderr
    _no_indonesian(run.stderr.replace("catatan baru", ""))

    path.write_bytes(b"posisi,indikator\n")
    run = import_(iki, office, path, "--lang", "en")
    assert "not an .xlsx workbook (Excel 2007 or later)" in run.stderr
    _no_indonesian(run.stderr)


def test_a_target_refusal_speaks_english_when_asked(office: Path) -> None:
    from iki import messages
    from iki.edit import target
    from iki.load.project import find_project
    from iki.load.workspace import load_workspace

    workspace = load_workspace(find_project(explicit=office))
    messages.use(messages.Language.EN)
    with pytest.raises(target.TargetError) as refused:
        target.prepare_targets(workspace, "kasi-pengaduan", 2025, {"tidak-ada": 1})
    assert str(refused.value) == (
        "data/positions/kasi-pengaduan.yaml: there is no indicator 'tidak-ada'"
    )
    messages.use(messages.Language.ID)
    with pytest.raises(target.TargetError) as refused:
        target.prepare_targets(workspace, "kasi-pengaduan", 2025, {"tidak-ada": 1})
    assert "tidak ada indikator 'tidak-ada'" in str(refused.value)


def test_achievement_workbook_in_english(iki: Iki, office: Path) -> None:
    out = office.parent / "capaian.xlsx"
    run = iki("achievement", "--project", str(office), "--format", "xlsx", "-o", str(out))
    assert run.code == 0, run
    labels = [str(c.value) for row in openpyxl.load_workbook(out)["Capaian"] for c in row]
    assert "Rata-rata jabatan" in labels and "capaian (%)" in labels
    run = iki(
        "achievement", "--project", str(office), "--format", "xlsx", "-o", str(out), "--lang", "en"
    )
    assert run.code == 0, run
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Achievement"]
    table = book["Achievement"]
    assert str(table["A1"].value).startswith("Performance achievement ")
    assert [c.value for c in table[3]][7:10] == ["achievement (%)", "grade", "state"]
    cells = [str(c.value) for row in table for c in row if c.value is not None]
    assert "Position mean" in cells
    assert "Office achievement (the head of office's indicators)" in cells
    left = {"Rata-rata jabatan", "Capaian kantor (indikator Kepala Dinas)", "capaian (%)"}
    assert left & set(cells) == set()
    assert not any("indikator berdata" in c or c.startswith("belum ada") for c in cells)


def test_an_element_mean_typed_as_3_210_is_3_21(iki: Iki, office: Path) -> None:
    path = export(iki, office, "--position", "kepala-dinas")
    values: dict[tuple[str, str, str, str], Any] = {
        ("kepala-dinas", "ikm", str(n), "TW3"): 3 for n in range(1, 10)
    }
    values[("kepala-dinas", "ikm", "2", "TW3")] = "3.210"  # a text cell, as typed
    values[("kepala-dinas", "ikm", "responden", "TW3")] = 200
    fill(path, values)
    run = import_(iki, office, path)
    assert run.code == 0, run
    assert changed_lines(office)["data/realisasi/2025/kepala-dinas.yaml"] == [
        "+    TW3: {unsur: [3, 3.21, 3, 3, 3, 3, 3, 3, 3], responden: 200}"
    ]
