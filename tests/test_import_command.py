"""`iki import`: from a document to position files, without losing anything on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from iki.edit import atomic
from tests.conftest import REPO, run_iki

SEED = REPO / "data" / "sumber" / "iki-dpmptsp-padang-panjang.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "import"


def _texts(folder: Path) -> list[tuple[str, tuple[tuple[str, str | None, str | None], ...]]]:
    """Each position's jabatan and rows (sasaran, indikator, penjelasan), ids and links aside."""
    out = []
    for path in folder.glob("*.yaml"):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        rows = tuple((r["sasaran"], r["indikator"], r.get("penjelasan")) for r in doc["kinerja"])
        out.append((doc["jabatan"], rows))
    return sorted(out)


def test_import_of_the_seed_reproduces_the_shipped_texts(tmp_path: Path) -> None:
    out = tmp_path / "positions"
    run = run_iki(["import", str(SEED), "-o", str(out), "--year", "2025"])
    assert run.code == 0, run
    assert "21 jabatan, 73 baris indikator diimpor" in run.stdout
    assert _texts(out) == _texts(REPO / "data" / "positions")


def test_imported_files_validate_as_a_project(tmp_path: Path) -> None:
    (tmp_path / "iki.yaml").write_text("organisasi: Dinas Kesehatan Contoh\ntahun: 2026\n")
    run = run_iki(
        ["import", str(FIXTURES / "bkad-lf.txt"), "--project", str(tmp_path), "--partial"]
    )
    files = sorted((tmp_path / "data" / "positions").glob("*.yaml"))
    assert files, run
    validate = run_iki(["validate", "--project", str(tmp_path), "--format", "json"])
    # The document names no superiors: the staff are placed under the one Kepala Bidang above
    # them, who heads this partial office.
    errors = [d for d in json.loads(validate.stdout)["diagnostics"] if d["severity"] == "error"]
    assert errors == [], validate
    staff = yaml.safe_load(
        (tmp_path / "data/positions/pengadministrasi-keuangan-2.yaml").read_text()
    )
    assert staff["atasan"] == "kepala-bidang-anggaran"


def test_a_half_understood_import_writes_nothing(tmp_path: Path) -> None:
    run = run_iki(["import", str(FIXTURES / "dinkes-crlf.txt"), "-o", str(tmp_path)])
    assert run.code == 1
    assert "dinkes-crlf.txt:11: " in run.stdout
    assert "Catatan: target tahun berikutnya menyusul" in run.stdout
    assert "tidak ada berkas yang ditulis" in run.stderr
    assert "--partial" in run.stdout and "--partial" in run.stderr
    assert list(tmp_path.iterdir()) == [], "nothing is written, not even the readable positions"


def test_with_partial_the_readable_positions_are_written(tmp_path: Path) -> None:
    run = run_iki(["import", str(FIXTURES / "dinkes-crlf.txt"), "-o", str(tmp_path), "--partial"])
    assert run.code == 1
    assert "dinkes-crlf.txt:11: " in run.stdout
    assert len(list(tmp_path.glob("*.yaml"))) == 2


def test_nothing_is_overwritten_without_force(tmp_path: Path) -> None:
    assert run_iki(["import", str(SEED), "-o", str(tmp_path)]).code == 0
    edited = tmp_path / "kabid-penanaman-modal.yaml"
    edited.write_text(edited.read_text() + "# the office's own note\n")
    again = run_iki(["import", str(SEED), "-o", str(tmp_path)])
    assert again.code == 1
    assert "tidak ada yang ditulis" in again.stderr
    assert edited.read_text().endswith("# the office's own note\n")
    forced = run_iki(["import", str(SEED), "-o", str(tmp_path), "--force"])
    assert forced.code == 0
    assert not edited.read_text().endswith("# the office's own note\n")


def test_missing_source_is_a_usage_error(tmp_path: Path) -> None:
    run = run_iki(["import", str(tmp_path / "none.txt"), "-o", str(tmp_path)])
    assert run.code == 2


def test_atomic_write_keeps_the_old_file_when_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("old\n")

    def fail(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", fail)
    with pytest.raises(OSError):
        atomic.write_text(path, "new\n")
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"], "no temporary file left behind"


def test_docx_form_is_read_like_the_text_export(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Indikator Kinerja Individu (Siti Aminah)")
    heading = document.add_table(rows=3, cols=4)
    for row, cells in zip(
        heading.rows,
        [
            ["1", "Jabatan", ":", "Kepala Seksi Imunisasi"],
            ["2", "Tugas", ":", "melaksanakan program imunisasi"],
            ["3", "Fungsi", "1.", "perencanaan imunisasi; 2. pelaporan imunisasi"],
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    table = document.add_table(rows=2, cols=5)
    header = ["No", "Sasaran Kinerja", "Indikator Kinerja", "Penjelasan", "Sumber Data"]
    data = [
        "1.",
        "Meningkatnya cakupan imunisasi",
        "Persentase bayi diimunisasi lengkap",
        "bayi diimunisasi / seluruh bayi x 100 %",
        "Laporan puskesmas",
    ]
    for row, cells in zip(table.rows, [header, data], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    source = tmp_path / "iki.docx"
    document.save(str(source))

    run = run_iki(["import", str(source), "-o", str(tmp_path / "out")])
    assert run.code == 0, run
    (written,) = (tmp_path / "out").glob("*.yaml")
    doc = yaml.safe_load(written.read_text())
    assert doc["jabatan"] == "Kepala Seksi Imunisasi"
    assert doc["pemangku"] == "Siti Aminah"
    assert doc["fungsi"] == ["perencanaan imunisasi", "pelaporan imunisasi"]
    assert doc["kinerja"][0]["sumber_data"] == "Laporan puskesmas"


def test_a_file_that_is_not_docx_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "broken.docx"
    source.write_bytes(b"not a zip")
    run = run_iki(["import", str(source), "-o", str(tmp_path)])
    assert run.code == 1
    assert "bukan berkas .docx yang utuh" in run.stderr


def test_another_offices_document_imports_cleanly(tmp_path: Path) -> None:
    (tmp_path / "iki.yaml").write_text("organisasi: Dinas Perhubungan Contoh\ntahun: 2026\n")
    source = FIXTURES / "dishub-clean.txt"
    run = run_iki(["import", str(source), "--project", str(tmp_path)])
    assert run.code == 0, run
    assert "3 jabatan, 7 baris indikator diimpor" in run.stdout
    assert "tidak dapat ditafsirkan" not in run.stdout
    folder = tmp_path / "data" / "positions"
    staff = yaml.safe_load((folder / "pengelola-sarana-lalu-lintas.yaml").read_text())
    assert staff["pemangku"] == "Rahmat Hidayat"
    assert staff["tugas"] == [
        "Menginventarisasi rambu lalu lintas",
        "Memasang rambu lalu lintas",
        "Melaporkan kondisi rambu lalu lintas",
    ]
    assert staff["kinerja"][0]["target"] == {2026: 40}
    head = yaml.safe_load((folder / "kepala-dinas-perhubungan.yaml").read_text())
    assert head["kinerja"][0]["penjelasan"] == (
        "(Kecelakaan tahun lalu - kecelakaan tahun ini) / Kecelakaan tahun lalu × 100"
    )
    # Who reports to whom is inferred from the titles and marked for the office to confirm.
    assert head["atasan"] is None
    assert staff["atasan"] == "kabid-lalu-lintas-angkutan"
    text = (folder / "pengelola-sarana-lalu-lintas.yaml").read_text()
    assert "atasan: kabid-lalu-lintas-angkutan  # disimpulkan dari judul jabatan" in text
    validate = run_iki(["validate", "--project", str(tmp_path), "--format", "json"])
    errors = [d for d in json.loads(validate.stdout)["diagnostics"] if d["severity"] == "error"]
    assert errors == []


def test_a_missing_project_is_a_usage_error(tmp_path: Path) -> None:
    run = run_iki(["import", str(SEED), "--project", str(tmp_path / "none")])
    assert run.code == 2
    assert "tidak memiliki iki.yaml" in run.stderr


def test_an_output_folder_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("")
    run = run_iki(["import", str(SEED), "-o", str(tmp_path / "afile" / "sub")])
    assert run.code == 1
    assert "berkas jabatan tidak dapat ditulis" in run.stderr


def test_a_folder_where_a_file_would_go_stops_the_import_before_writing(tmp_path: Path) -> None:
    (tmp_path / "kabid-penanaman-modal.yaml").mkdir()
    run = run_iki(["import", str(SEED), "-o", str(tmp_path), "--force"])
    assert run.code == 1
    assert "tidak ada yang ditulis" in run.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["kabid-penanaman-modal.yaml"]


def test_a_docx_with_broken_xml_is_a_clear_error(tmp_path: Path) -> None:
    import zipfile

    import docx

    good = tmp_path / "good.docx"
    docx.Document().save(str(good))
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = content[: len(content) // 2]
            target.writestr(item, content)
    run = run_iki(["import", str(broken), "-o", str(tmp_path / "out")])
    assert run.code == 1
    assert "berkas .docx tidak dapat dibaca" in run.stderr


def test_a_notepad_unicode_file_is_read_as_utf16(tmp_path: Path) -> None:
    # Notepad's "Unicode" save is UTF-16 with a byte-order mark; read as Windows-1252 every
    # character would be followed by a NUL and no line would be understood.
    source = tmp_path / "dishub-utf16.txt"
    source.write_bytes((FIXTURES / "dishub-clean.txt").read_text(encoding="utf-8").encode("utf-16"))
    utf16, utf8 = tmp_path / "from-utf16", tmp_path / "from-utf8"
    assert run_iki(["import", str(source), "-o", str(utf16), "--year", "2026"]).code == 0
    assert run_iki(["import", str(FIXTURES / "dishub-clean.txt"), "-o", str(utf8)]).code == 0
    assert _texts(utf16) == _texts(utf8) != []


@pytest.mark.parametrize("content", [b"", b"\n\n   \r\n", b"\xef\xbb\xbf"])
def test_a_document_without_positions_is_refused_not_imported_as_nothing(
    tmp_path: Path, content: bytes
) -> None:
    source = tmp_path / "kosong.txt"
    source.write_bytes(content)
    run = run_iki(["import", str(source), "-o", str(tmp_path / "out")])
    assert run.code == 1
    assert "tidak berisi satu jabatan pun" in run.stderr
    assert not (tmp_path / "out").exists()


def test_docx_form_inside_a_layout_table_and_a_content_control_is_read(tmp_path: Path) -> None:
    # Offices lay a whole form out inside one outer table, and keep parts of a template in
    # content controls (w:sdt); both held text the reader skipped without a word.
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    outer = document.add_table(rows=1, cols=1).cell(0, 0)
    outer.paragraphs[0].text = "Indikator Kinerja Individu"
    heading = outer.add_table(rows=2, cols=4)
    for row, cells in zip(
        heading.rows,
        [["1", "Jabatan", ":", "Camat Sukamaju"], ["2", "Tugas", ":", "memimpin kecamatan"]],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    table = outer.add_table(rows=2, cols=5)
    header = ["No", "Sasaran Kinerja", "Indikator Kinerja", "Penjelasan", "Sumber Data"]
    data = ["1.", "Meningkatnya pelayanan", "Jumlah layanan kecamatan", "Cukup jelas", "Arsip"]
    for row, cells in zip(table.rows, [header, data], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    # The second position's heading paragraph and table stand in a content control.
    document.add_paragraph("Indikator Kinerja Individu")
    second = document.add_table(rows=2, cols=5)
    rows = [
        ["1", "Jabatan", ":", "Sekretaris Kecamatan", ""],
        header,
    ]
    for row, cells in zip(second.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    row = ["1.", "Tertibnya administrasi", "Jumlah surat", "-", "Arsip"]
    for cell, text in zip(second.add_row().cells, row, strict=True):
        cell.text = text
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(content)
    heading_paragraph = document.paragraphs[-1]._p
    heading_paragraph.addprevious(sdt)
    content.append(heading_paragraph)
    content.append(second._tbl)
    source = tmp_path / "kecamatan.docx"
    document.save(str(source))

    run = run_iki(["import", str(source), "-o", str(tmp_path / "out")])
    assert run.code == 0, run
    assert _texts(tmp_path / "out") == [
        (
            "Camat Sukamaju",
            (("Meningkatnya pelayanan", "Jumlah layanan kecamatan", "Cukup jelas"),),
        ),
        ("Sekretaris Kecamatan", (("Tertibnya administrasi", "Jumlah surat", "-"),)),
    ]


def test_a_write_that_fails_halfway_takes_back_what_the_import_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "positions"
    out.mkdir()
    kept = out / "kepala-dinas-perhubungan.yaml"
    kept.write_text("# the office's own edits\n", encoding="utf-8")
    real_write = atomic.write_text
    calls: list[Path] = []

    def write_until_the_disk_is_full(path: Path, text: str, **options: bool) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real_write(path, text, **options)

    monkeypatch.setattr(atomic, "write_text", write_until_the_disk_is_full)
    source = FIXTURES / "dishub-clean.txt"
    run = run_iki(["import", str(source), "-o", str(out), "--force", "--year", "2026"])
    assert run.code == 1
    assert "No space left" in run.stderr
    assert len(calls) == 3, "the import had written two files before the third failed"
    assert sorted(p.name for p in out.iterdir()) == [kept.name]
    assert kept.read_text(encoding="utf-8") == "# the office's own edits\n"


@pytest.mark.parametrize("year", ["0", "-5", "10000"])
def test_a_year_out_of_range_is_a_usage_error(tmp_path: Path, year: str) -> None:
    # --year 0 made every position "not a valid file: 'the document' must be {…}, not null".
    source = FIXTURES / "dishub-clean.txt"
    run = run_iki(["import", str(source), "-o", str(tmp_path / "out"), f"--year={year}"])
    assert run.code == 2
    assert "--year" in run.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("iki.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "berkas PDF; buka PDF-nya"),
        ("iki.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "simpan sebagai .docx"),
        ("isian.xlsx", b"PK\x03\x04\x14\x00\x06\x00", "'iki xlsx import'"),
        ("iki.txt", b"Jabatan\x00\x01\x02\x00", "berkas biner"),
    ],
)
def test_a_file_of_another_format_is_named_not_read_as_text(
    tmp_path: Path, name: str, content: bytes, said: str
) -> None:
    # Read as text, each gave hundreds of "lines not understood" and nothing to do about them.
    source = tmp_path / name
    source.write_bytes(content + b"\nIndikator Kinerja Individu\n" * 50)
    run = run_iki(["import", str(source), "-o", str(tmp_path / "out")])
    assert run.code == 2
    assert said in run.stderr
    assert "tidak dapat ditafsirkan" not in run.stdout
    assert not (tmp_path / "out").exists()


def test_a_utf8_file_with_a_stray_windows_byte_is_refused_at_its_line(tmp_path: Path) -> None:
    # Read as Windows-1252 the UTF-8 dash would become "â€“" in the jabatan, silently.
    source = tmp_path / "campur.txt"
    source.write_bytes(
        "Indikator Kinerja Individu\n1\tJabatan\t:\tKepala Seksi Benih – Hortikultura\n".encode()
        + b"2\tTugas\t:\tMenyusun \x93rencana\x94\n"
    )
    run = run_iki(["import", str(source), "-o", str(tmp_path / "out")])
    assert run.code == 2
    assert f"{source}:3: byte 0x93 bukan UTF-8" in run.stderr
    assert not (tmp_path / "out").exists()


def test_a_windows_1252_file_is_still_read(tmp_path: Path) -> None:
    source = tmp_path / "windows.txt"
    source.write_bytes(
        b"Indikator Kinerja Individu\n1\tJabatan\t:\tKepala Seksi Benih \x96 Hortikultura\n"
        b"No\tSasaran Kinerja\tIndikator Kinerja\tPenjelasan\tSumber Data\n"
        b"1\tTersedianya benih\tJumlah benih \x93unggul\x94\tCukup jelas\tArsip\n"
    )
    run = run_iki(["import", str(source), "-o", str(tmp_path / "out")])
    assert run.code == 0, run
    assert _texts(tmp_path / "out") == [
        (
            "Kepala Seksi Benih – Hortikultura",
            (("Tersedianya benih", "Jumlah benih “unggul”", "Cukup jelas"),),
        )
    ]
