"""The importer on the office's own document and on made-up documents of other offices."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from iki.edit.form_text import MODELINE, ImportResult, parse_document, render_yaml, slugify
from iki.edit.hierarchy import infer_superiors
from tests.fuzzing import fuzz, fuzz_settings

ROOT = Path(__file__).parents[1]
SEED = ROOT / "data" / "sumber" / "iki-dpmptsp-padang-panjang.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "import"
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def read_source(path: Path) -> str:
    """The file's text with its line endings untouched (no universal-newline translation)."""
    if not path.is_file():
        pytest.fail(f"source document missing: {path}")
    return path.read_bytes().decode("utf-8")


@cache
def seed(year: int | None = 2025) -> ImportResult:
    return parse_document(read_source(SEED), year)


def position(result: ImportResult, jabatan: str, occurrence: int = 0) -> dict[str, Any]:
    found = [p.document for p in result.positions if p.document["jabatan"] == jabatan]
    assert len(found) > occurrence, f"no position {jabatan!r} #{occurrence}"
    return found[occurrence]


@cache
def validator() -> Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / "position.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def schema_errors(document: dict[str, Any]) -> list[str]:
    """Schema messages for a document; target years become strings, as in a JSON document."""
    as_json = {
        **document,
        "kinerja": [
            {**row, "target": {str(year): value for year, value in row["target"].items()}}
            for row in document["kinerja"]
        ],
    }
    return [error.message for error in validator().iter_errors(as_json)]


def all_strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in all_strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in all_strings(item)]
    return []


# --- the seed -------------------------------------------------------------------------------


def test_seed_has_21_positions_73_rows_and_no_problems() -> None:
    result = seed()
    assert result.problems == ()
    assert len(result.positions) == 21
    assert sum(len(p.document["kinerja"]) for p in result.positions) == 73
    assert [len(p.document["kinerja"]) for p in result.positions] == [
        3, 4, 2, 3, 3, 3, 8, 1, 1, 1, 1, 7, 7, 6, 1, 7, 1, 4, 1, 8, 1,
    ]  # fmt: skip


def test_seed_positions_know_their_heading_line() -> None:
    lines = read_source(SEED).split("\n")
    for imported in seed().positions:
        assert lines[imported.line - 1].startswith("Indikator Kinerja Individu")
    assert seed().positions[0].line == 3


def test_seed_documents_are_schema_valid_with_keys_in_schema_order() -> None:
    for imported in seed().positions:
        document = imported.document
        assert list(document) == [
            "id", "jabatan", "atasan", "pemangku", "tugas", "fungsi", "kinerja",
        ]  # fmt: skip
        for row in document["kinerja"]:
            assert list(row) == [
                "id", "sasaran", "indikator", "penjelasan", "sumber_data", "satuan", "target",
            ]  # fmt: skip
        assert schema_errors(document) == [], document["id"]


def test_seed_ids_are_unique_and_well_formed() -> None:
    ids = [p.document["id"] for p in seed().positions]
    assert len(set(ids)) == 21
    assert all(ID.match(i) for i in ids)
    assert ids[0] == "kepala-dinas-penanaman-modal-ptsp"
    assert ids[11] == "pengadministrasian-perizinan"
    assert ids[13] == "pengadministrasian-perizinan-2"
    for imported in seed().positions:
        row_ids = [row["id"] for row in imported.document["kinerja"]]
        assert len(set(row_ids)) == len(row_ids)
        assert all(ID.match(i) for i in row_ids)
    assert position(seed(), "Kabid Penanaman Modal")["kinerja"][0]["id"] == (
        "jumlah-investor-terdaftar"
    )


def test_latex_fractions_become_plain_text() -> None:
    sekretaris = position(seed(), "Sekretaris Dinas Penanaman Modal dan PTSP")
    assert [row["penjelasan"] for row in sekretaris["kinerja"]] == [
        "Jumlah Pegawai yang menyatakan puas / Semua Pegawai × 100",
        "Jumlah yang di butuhkan / Jumlah Anggaran yang Tersedia × 100",
        "Jumlah yang mengikuti bintek / Anggaran yang Tersedia × 100",
        "Jumlah Laporan Yang di buat / Total Jumlah Anggaran × 100",
    ]


def test_no_markup_survives_anywhere() -> None:
    for imported in seed().positions:
        for text in all_strings(imported.document):
            assert not re.search(r"[<>$\\]|\s\s|^\s|\s$", text), text


def test_html_list_in_fungsi_is_split_into_items() -> None:
    kabid = position(seed(), "Kabid Penanaman Modal")
    assert kabid["fungsi"] == [
        "penyusunan kebijakan teknis dan penyelenggaraan program promosi dan kerjasama "
        "penanaman modal",
        "penyusunan kebijakan teknis dan penyelenggaraan program pembinaan dan pengendalian "
        "penanaman modal",
        "penyusunan kebijakan teknis dan penyelenggaraan program ketenagakerjaan",
        "pelaksanaan fungsi lain yang diberikan oleh atasan sesuai tugas dan fungsinya",
    ]


def test_inline_fungsi_with_numbers_glued_to_words() -> None:
    analis = position(seed(), "Analisis Dokumen Perizinan")
    assert analis["fungsi"] == [
        "Melaksanakan kegiatan analisa dokumen perizinan",
        "Pembuatan laporan dan evaluasi pekerjaan",
        "Pelaksanaan fungsi kedinasan lainnya sesuai tugas dan fungsinya",
    ]
    kasi = position(seed(), "Kasi Penyelenggaraan Pelayanan Perizinan dan Non Perizinan I")
    assert kasi["fungsi"][1] == (
        "pengelolaan urusan di bidang Seksi Penyelenggaraan Pelayanan Perizinan dan Non Perizinan I"
    )
    assert len(kasi["fungsi"]) == 3


def test_numbered_item_keeps_its_own_semicolon() -> None:
    kasi = position(seed(), "Kasi Promosi dan Kerjasama Penanaman Modal")
    assert len(kasi["fungsi"]) == 3
    assert kasi["fungsi"][1] == (
        "penyelenggaraan kegiatan promosi dan kerjasama penanaman modal; monitoring dan "
        "evaluasi pelaksanaan kegiatan promosi dan kerjasama penanaman modal"
    )


def test_fungsi_on_separate_lines() -> None:
    kepala = position(seed(), "Kepala Dinas Penanaman Modal dan PTSP")
    assert len(kepala["fungsi"]) == 4
    assert kepala["fungsi"][0] == (
        "perumusan kebijakan teknis urusan pemerintahan bidang Penanaman Modal, tenaga kerja "
        "dan Pelayanan Terpadu Satu Pintu"
    )
    assert kepala["fungsi"][3] == (
        "pelaksanaan administrasi bidang Penanaman Modal, tenaga kerja dan Pelayanan Terpadu "
        "Satu Pintu"
    )


def test_fungsi_split_on_semicolons_when_the_text_has_no_numbers() -> None:
    analis = position(seed(), "Analisis Perencanaan")
    assert analis["fungsi"] == [
        "Membantu pelaksanaan penatausahaan keuangan",
        "Membantu pelaksanaan perencanaan, evaluasi dan pelaporan kegiatan",
        "pelaksanaan fungsi lain yang diberikan oleh atasan sesuai tugas dan fungsinya",
    ]


def test_dash_bullets_in_fungsi_and_tugas() -> None:
    analis = position(seed(), "Analisis Pelayanan Publik")
    assert analis["fungsi"][0] == (
        "Penyelenggaraan settingan dan konfigurasi seluruh aplikasi perizinan"
    )
    assert analis["fungsi"][3] == "Pelaporan rekapitulasi izin"
    assert len(analis["fungsi"]) == 4
    # One bullet: a string without its dash.
    assert analis["tugas"].startswith("Melaksanakan dan bertanggung jawab")
    pengadministrasi = position(seed(), "Pengadministrasian Perizinan", 0)
    assert isinstance(pengadministrasi["tugas"], list)
    assert len(pengadministrasi["tugas"]) == 5
    assert pengadministrasi["tugas"][0] == (
        "Mengumpulkan Seluruh berkas permohonan izin sesuai dengan jenis perizinan yang "
        "dikelola oleh seksi penyelenggaraan, pelayanan, perizinan II."
    )
    bendahara = position(seed(), "Fungsional Umum / Bendahara Pengeluaran")
    assert len(bendahara["fungsi"]) == 1
    assert bendahara["fungsi"][0].startswith("Menerima, menyimpan, membayarkan")


def test_unnumbered_rows_and_blank_lines_inside_a_table() -> None:
    pengadministrasi = position(seed(), "Pengadministrasian Perizinan", 0)
    rows = pengadministrasi["kinerja"]
    assert len(rows) == 7
    assert rows[1]["sasaran"].startswith("Terlaksananya, Pengetikan izin yang telah diverivikasi")
    assert rows[1]["penjelasan"] is None
    assert rows[4]["indikator"] == "Hasil yang diperoleh dari pengetesan koneksi jaringan"


def test_targets_typed_into_cells() -> None:
    rows = position(seed(), "Pengadministrasian Perizinan", 0)["kinerja"]
    assert rows[4]["penjelasan"] == "1 kegiatan"
    assert (rows[4]["satuan"], rows[4]["target"]) == ("kegiatan", {2025: 1})
    assert (rows[5]["satuan"], rows[5]["target"]) == ("laporan", {2025: 1})
    assert rows[0]["target"] == {}
    assert rows[0]["satuan"] is None
    bendahara = position(seed(), "Fungsional Umum / Bendahara Pengeluaran")["kinerja"]
    assert [row["target"][2025] for row in bendahara] == [1, 2, 4, 1, 2, 1, 1, 1]
    assert {row["satuan"] for row in bendahara} == {"dokumen"}


def test_target_in_the_indikator_column_is_kept_as_text() -> None:
    jufriones = next(p.document for p in seed().positions if p.document["pemangku"] == "Jufriones")
    rows = jufriones["kinerja"]
    assert [row["indikator"] for row in rows] == ["2 dokumen", "1 dokumen", "2 kali"]
    assert [row["target"] for row in rows] == [{2025: 2}, {2025: 1}, {2025: 2}]
    assert [row["satuan"] for row in rows] == ["dokumen", "dokumen", "kali"]
    # Named after the sasaran, since "2 dokumen" says nothing about what is counted.
    assert rows[0]["id"] == "jumlah-pra-fs-dibuat"


def test_without_a_year_targets_stay_empty() -> None:
    result = seed(None)
    targets = [row["target"] for p in result.positions for row in p.document["kinerja"]]
    assert all(target == {} for target in targets)
    bendahara = position(result, "Fungsional Umum / Bendahara Pengeluaran")
    assert bendahara["kinerja"][2]["satuan"] == "dokumen"


def test_holder_names_from_headings() -> None:
    holders = {p.document["jabatan"]: p.document["pemangku"] for p in seed().positions}
    named = {jabatan: name for jabatan, name in holders.items() if name is not None}
    assert named == {
        "Pengadministrasian Umum": "Jufriones",
        "Pengadministrasi Sarana dan Prasarana": "Amelia Syafutri",
        "Analisis Perencanaan": "Maini Veronica",
    }


def test_render_yaml_reads_back_to_the_same_document() -> None:
    for imported in seed().positions:
        text = render_yaml(imported.document)
        assert text.startswith(MODELINE + "\n")
        assert yaml.safe_load(text) == imported.document
        assert list(yaml.safe_load(text)) == list(imported.document)
    kepala = render_yaml(seed().positions[0].document)
    # Block style, unicode kept, no folding of long lines.
    assert "\nfungsi:\n  - perumusan kebijakan" in kepala
    longest = max(len(row["penjelasan"] or "") for row in seed().positions[0].document["kinerja"])
    assert longest > 100
    assert max(len(line) for line in kepala.splitlines()) > longest
    sekretaris = render_yaml(seed().positions[1].document)
    assert "× 100" in sekretaris


def test_render_yaml_keeps_year_keys_as_integers() -> None:
    bendahara = position(seed(), "Fungsional Umum / Bendahara Pengeluaran")
    text = render_yaml(bendahara)
    assert "    target:\n      2025: 1\n" in text
    assert yaml.safe_load(text)["kinerja"][0]["target"] == {2025: 1}


# --- other offices ----------------------------------------------------------------------------


def test_dinkes_document_with_crlf_and_no_final_newline() -> None:
    text = read_source(FIXTURES / "dinkes-crlf.txt")
    assert "\r\n" in text
    assert not text.endswith("\n")
    result = parse_document(text, 2026)
    kepala, kasi = (p.document for p in result.positions)
    assert kepala["pemangku"] == "dr. Rina Marlina"
    assert kepala["id"] == "kepala-dinas-kesehatan"
    assert kepala["fungsi"] == [
        "perumusan kebijakan bidang kesehatan masyarakat",
        "pelaksanaan kebijakan pelayanan kesehatan",
        "pelaksanaan fungsi lain yang diberikan oleh Wali Kota",
    ]
    gizi, uci, akreditasi = kepala["kinerja"]
    assert gizi["penjelasan"] == (
        "Jumlah balita gizi buruk yang dirawat / Jumlah balita gizi buruk yang ditemukan × 100"
    )
    assert (uci["satuan"], uci["target"]) == ("persen", {2026: 95})
    # The unnumbered last row has no Sumber Data cell at all.
    assert akreditasi["sasaran"] == "Meningkatnya mutu pelayanan puskesmas"
    assert akreditasi["penjelasan"] == "Cukup jelas"
    assert akreditasi["sumber_data"] is None
    assert kasi["tugas"] == [
        "Menyusun rencana kegiatan surveilans",
        "Melaksanakan imunisasi rutin",
        "Melaporkan kejadian ikutan pasca imunisasi",
    ]
    assert kasi["fungsi"] == [
        "penyiapan bahan kebijakan surveilans",
        "pelaksanaan imunisasi",
        "pelaporan",
    ]
    assert kasi["kinerja"][0]["target"] == {2026: 52}
    # The last line of the file, without a newline, is still read.
    assert kasi["kinerja"][1]["sumber_data"] == "Aplikasi ASIK"
    assert [(p.line, p.text) for p in result.problems] == [
        (11, "Catatan: target tahun berikutnya menyusul")
    ]
    assert [p.line for p in result.positions] == [1, 13]
    for imported in result.positions:
        assert schema_errors(imported.document) == []


def test_bkad_document_with_problems_and_duplicates() -> None:
    text = read_source(FIXTURES / "bkad-lf.txt")
    result = parse_document(text, 2025)
    assert [p.document["id"] for p in result.positions] == [
        "kepala-bidang-anggaran",
        "pengadministrasi-keuangan",
        "pengadministrasi-keuangan-2",
    ]
    kabid, pengadministrasi, pengadministrasi_2 = (p.document for p in result.positions)
    assert kabid["pemangku"] is None  # "(IKI)" names the form, not a person
    assert kabid["fungsi"] == [
        "penyusunan rancangan APBD",
        "penyusunan rancangan perubahan APBD",
        "pengendalian pelaksanaan anggaran",
    ]
    sp2d, rasio, asistensi = kabid["kinerja"]
    assert (sp2d["satuan"], sp2d["target"]) == ("dokumen", {2025: 1250})
    assert rasio["penjelasan"] == "Belanja Modal / Total Belanja"
    assert rasio["sumber_data"] == "LRA"
    assert asistensi["indikator"] == "Jumlah RKA perangkat daerah yang diasistensi"
    assert pengadministrasi["fungsi"] == [
        "pencatatan dokumen anggaran",
        "pengarsipan dokumen anggaran",
        "pelaksanaan tugas lain dari atasan",
    ]
    assert [row["id"] for row in pengadministrasi["kinerja"]] == [
        "jumlah-dokumen-anggaran-dicatat",
        "jumlah-dokumen-anggaran-dicatat-2",
    ]
    assert pengadministrasi_2["pemangku"] == "Dewi Kartika"
    lines = text.split("\n")
    problems = [(p.line, p.message) for p in result.problems]
    assert [line for line, _ in problems] == [1, 11, 36]
    assert "sebelum judul" in problems[0][1]
    assert "sesudah 'Sumber Data'" in problems[1][1]
    assert "tanpa baris 'Jabatan'" in problems[2][1]
    for problem in result.problems:
        assert problem.text == lines[problem.line - 1]
    for imported in result.positions:
        assert schema_errors(imported.document) == []


def test_each_kind_of_unreadable_line_is_a_problem_at_its_line() -> None:
    text = "\n".join(
        [
            "Indikator Kinerja Individu (Budi) tahun 2025",  # 1: text after the holder
            "1\tJabatan\t:\tKasi Contoh",
            "1\tJabatan\t:\tKasi Lain",  # 3: second Jabatan
            "sebuah kalimat lepas",  # 4: not a field, not a continuation
            "No\tSasaran\tIndikator",  # a table of three columns
            "1.\tSasaran saja",  # 6: no indikator
            "a.\tSasaran\tIndikator",  # 7: not a row number, too many cells to continue 6
            "2.\tSasaran\tIndikator\tPenjelasan\tSumber",  # 8: cells after the last column
            "Indikator Kinerja Individu",  # 9: no table
            "1\tJabatan\t:\tStaf Tanpa Tabel",
        ]
    )
    result = parse_document(text)
    assert [p.line for p in result.problems] == [1, 3, 4, 6, 7, 8, 9]
    assert [p.document["jabatan"] for p in result.positions] == ["Kasi Contoh", "Staf Tanpa Tabel"]
    assert result.positions[0].document["pemangku"] is None
    assert len(result.positions[0].document["kinerja"]) == 1


@pytest.mark.parametrize(
    ("cell", "target"),
    [
        ("2 dokumen", 2),
        ("1.000 orang", 1000),
        ("2,5 kali", 2.5),
        ("100%", 100),
        ("1,500 dokumen", None),  # 1,5 or 1500: no guess
        ("dalam 1 tahun", None),
        ("Cukup jelas", None),
    ],
)
def test_target_forms(cell: str, target: float | None) -> None:
    text = f"Indikator Kinerja Individu\n1\tJabatan\t:\tStaf\nNo\tSasaran\n1.\tS\tI\t{cell}\t\n"
    row = parse_document(text, 2025).positions[0].document["kinerja"][0]
    assert row["penjelasan"] == cell
    assert row["target"] == ({} if target is None else {2025: target})


def test_slugify() -> None:
    assert slugify("Kasi Promosi dan Kerjasama Penanaman Modal") == (
        "kasi-promosi-kerjasama-penanaman-modal"
    )
    assert slugify("Kepala Dinas Penanaman Modal dan PTSP Kota Padang Panjang") == (
        "kepala-dinas-penanaman-modal-ptsp-kota"
    )
    assert slugify("Indeks Kepuasan Masyarakat (IKM) – Pelayanan") == (
        "indeks-kepuasan-masyarakat-ikm-pelayanan"
    )
    assert slugify("Pengelolaan Keuangan Daerah") == "pengelolaan-keuangan-daerah"
    assert slugify("Jumlah éèê") == "jumlah-eee"
    assert slugify("—") == ""


# --- never raises ----------------------------------------------------------------------------

FRAGMENTS = [
    "Indikator Kinerja Individu", " (Budi)", "(", ")", "\t", "\n", "\r\n", "\r", "1", "2.",
    "1. 2. 3.", "Jabatan", "Tugas", "Fungsi", ":", "No", "- ", ";", "; dan", "$", "\\frac{",
    "\\text{", "}", "{", "\\times", '<ol style="x">', "<li>", "</ul>", "2 dokumen", "1.000 orang",
    "9" * 400 + ",5 kali", "dan", " ", "é", "\ufeff", "\x0c", "\u2028", "&nbsp;",
]  # fmt: skip


@fuzz
@fuzz_settings(300)
@given(st.text(), st.none() | st.integers(min_value=1900, max_value=2999))
def test_never_raises_on_arbitrary_text(text: str, year: int | None) -> None:
    result = parse_document(text, year)
    assert all(problem.line >= 1 for problem in result.problems)


@fuzz
@fuzz_settings(300)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=50))
def test_never_raises_and_stays_valid_on_form_like_text(parts: list[str]) -> None:
    result = parse_document("".join(parts), 2025)
    for imported in result.positions:
        assert schema_errors(imported.document) == []
        assert yaml.safe_load(render_yaml(imported.document)) == imported.document


TITLES = [
    "Kepala Dinas Pertanian", "Plt. Kepala Dinas", "Kepala Badan Keuangan", "Camat Lima Kaum",
    "Lurah Pasar", "Sekretaris", "Sekretaris Kecamatan", "Kepala Bidang Tanaman", "Kabid Umum",
    "Kepala Bagian Umum", "Kasubag Keuangan", "Kepala Sub Bagian Umum", "Kepala Seksi Benih",
    "Kasi Pemerintahan", "Kepala Sub Bidang Ekonomi", "Kepala UPT Benih", "Analis", "Bendahara",
]  # fmt: skip


@fuzz
@fuzz_settings(300)
@given(st.lists(st.sampled_from(TITLES), max_size=30))
def test_inferred_hierarchy_is_a_forest_whatever_the_titles_and_order(titles: list[str]) -> None:
    positions = [(f"p{index}", title) for index, title in enumerate(titles)]
    superiors = infer_superiors(positions)
    assert set(superiors) == {pid for pid, _ in positions}
    for start in superiors:
        seen = {start}
        current = superiors[start]
        while current is not None:
            assert current not in seen, f"cycle through {current}"
            seen.add(current)
            current = superiors[current]


def test_list_glue_is_peeled_without_backtracking() -> None:
    # The former single regex backtracked exponentially on this; the result must be the word.
    from iki.edit.form_text import _strip_list_end

    assert _strip_list_end("pelaksanaan fungsi lain" + " ;" * 3000) == "pelaksanaan fungsi lain"
    assert _strip_list_end("penyusunan rencana; dan") == "penyusunan rencana"
    assert _strip_list_end("badan") == "badan"


# --- the hierarchy ---------------------------------------------------------------------------


def test_seed_hierarchy_agrees_with_the_shipped_files_wherever_it_is_inferred() -> None:
    """Every atasan the importer infers is the one the office wrote; the staff listed after a
    run of three Kasi (whose section the order cannot tell) stay null."""
    shipped: dict[str, str | None] = {}
    by_title: dict[str, list[str]] = {}
    for path in sorted((ROOT / "data" / "positions").glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        shipped[document["id"]] = document["atasan"]
        by_title.setdefault(document["jabatan"], []).append(document["id"])
    imported = [p.document for p in seed().positions]
    imported_title = {d["id"]: d["jabatan"] for d in imported}
    inferred = 0
    unknown = []
    for document in imported:
        candidates = by_title[document["jabatan"]]
        if document["atasan"] is None:
            unknown.append(document["jabatan"])
            continue
        inferred += 1
        superior_title = imported_title[document["atasan"]]
        assert any(shipped[c] in by_title[superior_title] for c in candidates), (
            document["jabatan"],
            superior_title,
        )
    assert inferred == 16
    assert unknown == [
        "Kepala Dinas Penanaman Modal dan PTSP",
        "Pengadministrasian Perizinan",
        "Analisis Pelayanan Publik",
        "Pengadministrasian Perizinan",
        "Analisis Dokumen Perizinan",
    ]


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        # A kecamatan has no bidang: its Kasi answer to the Camat, its Kasubag to the Sekcam.
        (
            ["Camat Lima Kaum", "Sekretaris Camat", "Kasubag Umum", "Kasi Pemerintahan", "Staf"],
            [None, "0", "1", "0", None],  # Kasi right after Kasubag: whose staff?
        ),
        # All Kabid listed before all Kasi: which Kabid a Kasi serves is not said.
        (
            ["Kepala Badan", "Kepala Bidang A", "Kepala Bidang B", "Kepala Sub Bidang X"],
            [None, "0", "0", None],
        ),
        # An unplaced "Kepala UPTD" stops the order: its staff are not guessed.
        (["Kepala Dinas", "Kepala UPTD Pasar", "Petugas Pasar"], [None, None, None]),
        # Two heads: nobody is placed under either.
        (["Kepala Dinas A", "Kepala Dinas B", "Sekretaris"], [None, None, None]),
        # A kelurahan is part of the kecamatan: the Lurah answers to the Camat, and the
        # Lurah's own secretary to the Lurah.
        (
            ["Camat Sukamaju", "Sekretaris Camat", "Lurah Pasar", "Sekretaris Lurah Pasar"],
            [None, "0", "0", "2"],
        ),
        # Staff directly under a Kabid, then a section and its own staff.
        (
            [
                "Kepala Dinas",
                "Kabid P",
                "Analis",
                "Kasi Q",
                "Pengadministrasi",
                "Kabid R",
                "Kasi S",
            ],
            [None, "0", "1", "1", "3", "0", "5"],
        ),
    ],
)
def test_hierarchy_rules(titles: list[str], expected: list[str | None]) -> None:
    from iki.edit.hierarchy import infer_superiors

    result = infer_superiors([(str(i), title) for i, title in enumerate(titles)])
    assert [result[str(i)] for i in range(len(titles))] == expected


# --- shapes of other offices ------------------------------------------------------------------


def test_pdf_copy_with_titles_one_space_apart_and_numbered_labels() -> None:
    text = "\n".join(
        [
            "Indikator Kinerja Individu",
            "1. Jabatan : Kepala Seksi Irigasi",
            "2. Tugas : Menyiapkan bahan pembinaan irigasi.",
            "No Sasaran Kinerja         Indikator Kinerja             Penjelasan"
            "                Sumber Data",
            "1. Meningkatnya layanan    Persentase jaringan irigasi   Jaringan baik / seluruh"
            "   Laporan",
            "   irigasi                 dalam kondisi baik            jaringan x 100"
            "            bidang",
        ]
    )
    result = parse_document(text, 2026)
    assert result.problems == ()
    (imported,) = result.positions
    assert imported.document["jabatan"] == "Kepala Seksi Irigasi"
    assert imported.document["tugas"] == "Menyiapkan bahan pembinaan irigasi."
    (row,) = imported.document["kinerja"]
    assert (row["sasaran"], row["indikator"], row["penjelasan"], row["sumber_data"]) == (
        "Meningkatnya layanan irigasi",
        "Persentase jaringan irigasi dalam kondisi baik",
        "Jaringan baik / seluruh jaringan x 100",
        "Laporan bidang",
    )
    assert row["satuan"] == "persen"


def test_columns_are_found_by_title_satuan_and_target_included() -> None:
    text = (
        "Indikator Kinerja Individu\n1\tJabatan\t:\tAnalis\n"
        "No\tSasaran Strategis\tIndikator Kinerja Individu\tSatuan\tTarget\tSumber Data\n"
        "1.\tSasaran satu\tJumlah dokumen\tDokumen\t12\tArsip\n"
        "2.\t\tPersentase layanan\t%\t90,5\tSurvei\n"
        "3.\t\tNilai investasi\tRupiah\t1.250\t\n"
    )
    result = parse_document(text, 2026)
    assert result.problems == ()
    rows = result.positions[0].document["kinerja"]
    assert [(r["sasaran"], r["satuan"], r["target"], r["sumber_data"]) for r in rows] == [
        ("Sasaran satu", "dokumen", {2026: 12}, "Arsip"),
        ("Sasaran satu", "persen", {2026: 90.5}, "Survei"),
        ("Sasaran satu", "rupiah", {2026: 1250}, None),
    ]


def test_a_target_cell_that_is_not_one_number_is_a_problem_not_a_silent_gap() -> None:
    text = (
        "Indikator Kinerja Individu\n1\tJabatan\t:\tAnalis\n"
        "No\tSasaran\tIndikator\tSatuan\tTarget\n"
        "1.\tS\tJumlah kios\tunit\t1,500\n"
        "2.\tS\tJumlah poktan\tunit\tdua belas\n"
        "3.\tS\tJumlah desa\tdesa\t-\n"
        "4.\tS\tJumlah penyuluh\torang\t45 orang\n"
    )
    result = parse_document(text, 2026)
    assert [(p.line, p.text.split("\t")[4]) for p in result.problems] == [
        (4, "1,500"),
        (5, "dua belas"),
    ]
    assert "1500" in result.problems[0].message and "Target" in result.problems[0].message
    rows = result.positions[0].document["kinerja"]
    assert [r["target"] for r in rows] == [{}, {}, {}, {2026: 45}]


def test_an_unknown_column_with_content_is_a_problem_not_a_loss() -> None:
    text = (
        "Indikator Kinerja Individu\n1\tJabatan\t:\tAnalis\n"
        "No\tSasaran\tIndikator\tKeterangan\n"
        "1.\tS\tI\t\n"
        "2.\tS\tJ\tditunda ke tahun depan\n"
    )
    result = parse_document(text, 2026)
    assert [(p.line, "Keterangan" in p.message) for p in result.problems] == [(5, True)]


def test_a_note_under_a_complete_row_is_a_problem_not_its_last_cell() -> None:
    # A note under a complete Word row is not taken for the rest of its last cell.
    text = (
        "Indikator Kinerja Individu\n1\tJabatan\t:\tAnalis\n"
        "No\tSasaran\tIndikator\tPenjelasan\tSumber Data\n"
        "1.\tS\tI\tP\tBPS\n"
        "Catatan: data sementara\n"
    )
    result = parse_document(text)
    assert result.positions[0].document["kinerja"][0]["sumber_data"] == "BPS"
    assert [p.line for p in result.problems] == [5]


def test_a_paragraph_two_word_positions_share_is_not_taken_for_a_page_footer() -> None:
    block = (
        "Indikator Kinerja Individu\n1\tJabatan\t:\tAnalis {n}\n"
        "2\tTugas\t:\tMenyusun bahan analisis {n}\n"
        "melaksanakan tugas lain yang diberikan atasan\n"
        "No\tSasaran\tIndikator\tPenjelasan\tSumber Data\n1.\tS\tI\tP\tD\n"
    )
    result = parse_document(block.format(n=1) + block.format(n=2))
    assert result.problems == ()
    for imported in result.positions:
        assert imported.document["tugas"].endswith("melaksanakan tugas lain yang diberikan atasan")


def test_a_sentence_ending_with_a_page_is_not_a_page_number() -> None:
    text = (
        "Indikator Kinerja Individu\n1   Jabatan   :   Analis\n"
        "2   Tugas     :   Menyusun laporan sesuai pedoman\n"
        "                  pada halaman 5\n"
        "No   Sasaran   Indikator   Penjelasan   Sumber Data\n"
        "1.   S         I           P            D\n"
        "Halaman 1 dari 2\n"
    )
    result = parse_document(text)
    assert result.problems == ()
    assert result.positions[0].document["tugas"] == "Menyusun laporan sesuai pedoman pada halaman 5"
