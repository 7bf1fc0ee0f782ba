"""A second office in an afternoon: `iki init`, then `iki import` of the office's document as
officers really paste it, then `iki validate`, for three documents of different shapes.

The documents in tests/fixtures/import/ are written in the style of real IKI forms (the names
are fictitious): a Word paste with tabs, multi-line and merged cells; a PDF copy with columns
aligned by spaces, wrapped cells and page furniture; and a .docx with merged Sasaran cells,
written by make_bappeda_docx.py.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from iki.edit.form_docx import docx_to_text
from tests.conftest import REPO, make_project, run_iki

FIXTURES = Path(__file__).parent / "fixtures" / "import"
Row = tuple[str, str, str | None, str | None]

WORD_PASTE: dict[str, tuple[str | None, list[Row]]] = {
    "kepala-dinas-pertanian": (
        None,
        [
            ("Meningkatnya produksi tanaman pangan",
             "Produksi padi (ton gabah kering giling)",
             "Jumlah produksi padi seluruh kecamatan dalam satu tahun",
             "BPS Kabupaten Tanah Datar"),
            ("Meningkatnya produksi tanaman pangan",
             "Produktivitas padi (kuintal per hektare)",
             "Produksi padi / luas panen padi",
             "BPS Kabupaten Tanah Datar"),
            ("Meningkatnya kesejahteraan petani",
             "Nilai Tukar Petani (NTP)",
             "Indeks harga yang diterima petani / Indeks harga yang dibayar petani × 100",
             "BPS Provinsi Sumatera Barat"),
        ],
    ),
    "sekretaris-dinas-pertanian": (
        "kepala-dinas-pertanian",
        [
            ("Meningkatnya kualitas pelayanan administrasi perkantoran",
             "Persentase pegawai yang puas atas pelayanan administrasi",
             "Jumlah pegawai yang menyatakan puas / jumlah pegawai yang disurvei × 100",
             "Survei internal"),
            ("Meningkatnya kualitas pelayanan administrasi perkantoran",
             "Persentase laporan keuangan yang disampaikan tepat waktu",
             "Jumlah laporan tepat waktu / jumlah laporan wajib × 100",
             None),
        ],
    ),
    "kepala-sub-bagian-umum-kepegawaian": (
        "sekretaris-dinas-pertanian",
        [
            ("Tertibnya administrasi kepegawaian",
             "Jumlah usulan kenaikan pangkat yang diproses", "Cukup jelas", "SIMPEG"),
            ("Tertibnya administrasi persuratan",
             "Jumlah surat masuk dan keluar yang diagendakan", "Cukup jelas", "Buku agenda"),
        ],
    ),
    "pengadministrasi-umum": (
        "kepala-sub-bagian-umum-kepegawaian",
        [
            ("Terlaksananya pengagendaan surat", "Jumlah surat yang diagendakan", "1.200 surat",
             "Buku agenda"),
        ],
    ),
    "kepala-bidang-tanaman-pangan-hortikultura": (
        "kepala-dinas-pertanian",
        [
            ("Meningkatnya luas tanam padi", "Luas tanam padi",
             "Jumlah luas tanam padi dalam satu tahun (hektare)", "Laporan SP Tanaman Pangan"),
            ("Terkendalinya serangan organisme pengganggu tumbuhan",
             "Persentase luas serangan OPT yang dikendalikan",
             "Luas serangan yang dikendalikan / luas serangan × 100", "Laporan POPT"),
        ],
    ),
    "kepala-seksi-produksi-tanaman-pangan": (
        "kepala-bidang-tanaman-pangan-hortikultura",
        [
            ("Meningkatnya penerapan teknologi budidaya",
             "Jumlah kelompok tani yang menerapkan jajar legowo", "Cukup jelas",
             "Laporan penyuluh"),
            ("Meningkatnya penerapan teknologi budidaya",
             "Persentase kelompok tani yang dibina",
             "Kelompok tani yang dibina / seluruh kelompok tani × 100", "Simluhtan"),
        ],
    ),
    "penyuluh-pertanian-ahli-pertama": (
        "kepala-seksi-produksi-tanaman-pangan",
        [
            ("Meningkatnya kapasitas kelompok tani binaan", "Jumlah kunjungan ke kelompok tani",
             "Cukup jelas", "Laporan kunjungan"),
            ("Meningkatnya kapasitas kelompok tani binaan",
             "Jumlah kelompok tani yang naik kelas", "Cukup jelas", "Simluhtan"),
        ],
    ),
}  # fmt: skip

PDF_COPY: dict[str, tuple[str | None, list[Row]]] = {
    "camat-lima-kaum": (
        None,
        [
            ("Meningkatnya kualitas pelayanan administrasi terpadu kecamatan",
             "Persentase layanan PATEN yang diselesaikan tepat waktu",
             "Jumlah layanan yang selesai tepat waktu / jumlah layanan yang diajukan × 100",
             "Aplikasi PATEN"),
            ("Meningkatnya kualitas pelayanan administrasi terpadu kecamatan",
             "Indeks Kepuasan Masyarakat terhadap layanan kecamatan",
             "Survei kepuasan masyarakat sesuai Permenpan RB Nomor 14 Tahun 2017",
             "Laporan survei IKM"),
            ("Meningkatnya partisipasi masyarakat dalam pembangunan nagari",
             "Jumlah nagari yang melaksanakan musyawarah perencanaan tepat waktu",
             "Cukup jelas", "Berita acara musrenbang nagari"),
        ],
    ),
    "sekretaris-camat": (
        "camat-lima-kaum",
        [
            ("Tersusunnya dokumen perencanaan dan pelaporan kecamatan tepat waktu",
             "Jumlah dokumen perencanaan dan pelaporan yang disusun tepat waktu",
             "Renja, RKA, LKjIP dan laporan keuangan yang disampaikan sesuai jadwal",
             "Arsip sekretariat"),
        ],
    ),
    "kepala-sub-bagian-umum-kepegawaian": (
        "sekretaris-camat",
        [
            ("Tertibnya administrasi kepegawaian kecamatan",
             "Persentase pegawai yang data kepegawaiannya mutakhir",
             "Pegawai dengan data mutakhir / seluruh pegawai × 100", "SIMPEG"),
        ],
    ),
    "pengadministrasi-perkantoran": (
        "kepala-sub-bagian-umum-kepegawaian",
        [
            ("Tertibnya administrasi persuratan", "Jumlah surat masuk dan keluar yang diagendakan",
             "Cukup jelas", "Buku agenda surat"),
        ],
    ),
    # A kecamatan has no bidang: its Kasi answers to the Camat.
    "kepala-seksi-pemerintahan": (
        "camat-lima-kaum",
        [
            ("Meningkatnya tertib administrasi pemerintahan nagari",
             "Jumlah nagari yang menyampaikan laporan penyelenggaraan pemerintahan tepat waktu",
             "Cukup jelas", "Laporan nagari"),
            ("Meningkatnya kepemilikan dokumen kependudukan",
             "Persentase penduduk wajib KTP yang telah memiliki KTP elektronik",
             "Penduduk yang telah merekam KTP-el / penduduk wajib KTP × 100", "Data Disdukcapil"),
        ],
    ),
    "pengelola-data-kependudukan": (
        "kepala-seksi-pemerintahan",
        [
            ("Tersedianya data kependudukan yang mutakhir",
             "Jumlah laporan data kependudukan yang disusun", "12 laporan", "Laporan bulanan"),
        ],
    ),
}  # fmt: skip


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("make_docx", FIXTURES / "make_bappeda_docx.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _docx_expected() -> dict[str, tuple[str | None, list[Row]]]:
    """What the .docx says, from the script that wrote it; a merged Sasaran is the one above."""
    superiors = {
        "kepala-badan-perencanaan-pembangunan-daerah": None,
        "sekretaris-badan-perencanaan-pembangunan-daerah": (
            "kepala-badan-perencanaan-pembangunan-daerah"
        ),
        "kepala-bidang-perencanaan-ekonomi": "kepala-badan-perencanaan-pembangunan-daerah",
        "kepala-sub-bidang-pertanian-pariwisata": "kepala-bidang-perencanaan-ekonomi",
        "perencana-ahli-pertama": "kepala-sub-bidang-pertanian-pariwisata",
        "kepala-bidang-infrastruktur-kewilayahan": "kepala-badan-perencanaan-pembangunan-daerah",
        "kepala-sub-bidang-pekerjaan-umum-perumahan": "kepala-bidang-infrastruktur-kewilayahan",
    }
    expected: dict[str, tuple[str | None, list[Row]]] = {}
    for (_, _, _, _, rows), (position_id, superior) in zip(
        _generator().POSITIONS, superiors.items(), strict=True
    ):
        full: list[Row] = []
        for sasaran, indikator, penjelasan, sumber in rows:
            full.append((sasaran or full[-1][0], indikator, penjelasan, sumber))
        expected[position_id] = (superior, full)
    return expected


def _new_office(tmp_path: Path, organisasi: str) -> Path:
    root = tmp_path / "kantor"
    run = run_iki(
        ["init", str(root), "--organisasi", organisasi, "--pemerintah",
         "Pemerintah Kabupaten Tanah Datar", "--tahun", "2026"]
    )  # fmt: skip
    assert run.code == 0, run
    return root


@pytest.mark.parametrize(
    ("source", "organisasi", "expected"),
    [
        ("distan-word-paste.txt", "Dinas Pertanian Kabupaten Tanah Datar", WORD_PASTE),
        ("kecamatan-pdf-copy.txt", "Kecamatan Lima Kaum", PDF_COPY),
        ("bappeda-merged-cells.docx", "Bappeda Kabupaten Tanah Datar", None),
    ],
)
def test_init_import_validate(
    tmp_path: Path,
    source: str,
    organisasi: str,
    expected: dict[str, tuple[str | None, list[Row]]] | None,
) -> None:
    expected = expected if expected is not None else _docx_expected()
    root = _new_office(tmp_path, organisasi)
    run = run_iki(["import", str(FIXTURES / source), "--project", str(root)])
    assert run.code == 0, run
    assert "tidak dapat ditafsirkan" not in run.stdout
    folder = root / "data" / "positions"
    written = {path.stem: path for path in folder.glob("*.yaml")}
    assert sorted(written) == sorted(expected)
    for position_id, (superior, rows) in expected.items():
        text = written[position_id].read_text(encoding="utf-8")
        document = yaml.safe_load(text)
        assert document["atasan"] == superior, position_id
        if superior is not None:
            assert f"atasan: {superior}  # disimpulkan dari judul jabatan" in text
        got = [
            (row["sasaran"], row["indikator"], row["penjelasan"], row["sumber_data"])
            for row in document["kinerja"]
        ]
        assert got == rows, position_id
        # Every "Persentase …" indicator is in percent; no bullet glyph or list marker is left.
        for row in document["kinerja"]:
            if row["indikator"].startswith("Persentase"):
                assert row["satuan"] == "persen"
        for item in [*document["fungsi"], *([document["tugas"]] if document["tugas"] else [])]:
            assert not any(ch in str(item) for ch in "\uf0b7•"), item
            assert not str(item)[:3].rstrip().endswith("."), item  # no "a." or "1." left
        # The modeline resolves in the new office's own folder.
        modeline = text.splitlines()[0].split("$schema=")[1]
        assert (written[position_id].parent / modeline).resolve().is_file()
    validate = run_iki(["validate", "--project", str(root), "--format", "json"])
    errors = [d for d in json.loads(validate.stdout)["diagnostics"] if d["severity"] == "error"]
    assert errors == [], errors


def test_lettered_wrapped_and_bulleted_lists_become_items(tmp_path: Path) -> None:
    root = _new_office(tmp_path, "Dinas Pertanian Kabupaten Tanah Datar")
    assert run_iki(["import", str(FIXTURES / "distan-word-paste.txt"), "--project", str(root)])
    folder = root / "data" / "positions"

    def load(name: str) -> dict[str, Any]:
        return yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8"))

    kepala = load("kepala-dinas-pertanian")
    # A Word cell of two paragraphs: one tugas, both lines.
    assert kepala["tugas"] == (
        "Membantu Bupati melaksanakan urusan pemerintahan di bidang pertanian dan ketahanan "
        "pangan yang menjadi kewenangan daerah serta tugas pembantuan yang diberikan kepada "
        "daerah."
    )
    assert kepala["fungsi"][0] == (
        "perumusan kebijakan di bidang tanaman pangan, hortikultura dan perkebunan"
    )
    assert len(kepala["fungsi"]) == 4
    # "1." in the number column, then "a. …; b. …; c. …" in one cell.
    assert load("sekretaris-dinas-pertanian")["fungsi"] == [
        "pengoordinasian penyusunan program dan anggaran",
        "pengelolaan urusan keuangan dan aset",
        "pengelolaan urusan umum dan kepegawaian",
    ]
    # Symbol-font bullets (U+F0B7) before each item.
    assert load("pengadministrasi-umum")["tugas"] == [
        "Menerima dan mengagendakan surat masuk dan surat keluar",
        "Menyusun arsip surat menurut klasifikasi",
    ]
    assert load("pengadministrasi-umum")["kinerja"][0]["target"] == {2026: 1200}


def test_pdf_copy_joins_wrapped_items_and_hyphenated_words(tmp_path: Path) -> None:
    root = _new_office(tmp_path, "Kecamatan Lima Kaum")
    assert run_iki(["import", str(FIXTURES / "kecamatan-pdf-copy.txt"), "--project", str(root)])
    camat = yaml.safe_load((root / "data/positions/camat-lima-kaum.yaml").read_text())
    assert camat["pemangku"] == "Drs. Afrizal Zein"
    assert camat["tugas"].endswith("tugas umum pemerintahan di wilayah kecamatan.")
    assert camat["fungsi"] == [
        "penyelenggaraan urusan pemerintahan umum sesuai dengan ketentuan peraturan "
        "perundang-undangan",
        "pengoordinasian kegiatan pemberdayaan masyarakat di wilayah kecamatan",
        "pembinaan dan pengawasan penyelenggaraan kegiatan nagari",
        "pelaksanaan tugas lain yang diberikan oleh Bupati",
    ]


def test_a_half_understood_import_writes_nothing_and_says_what_to_do(tmp_path: Path) -> None:
    root = _new_office(tmp_path, "Dinas Pertanian Kabupaten Tanah Datar")
    text = (FIXTURES / "distan-word-paste.txt").read_bytes().decode("utf-8")
    lines = text.split("\r\n")
    at = lines.index(next(line for line in lines if line.startswith("2.\t\tProduktivitas")))
    lines.insert(at + 1, "Catatan: angka tetap BPS terbit bulan Juli")  # under a complete row
    source = tmp_path / "dokumen.txt"
    source.write_text("\r\n".join(lines), encoding="utf-8")
    run = run_iki(["import", str(source), "--project", str(root)])
    assert run.code == 1
    assert f"dokumen.txt:{at + 2}: " in run.stdout
    assert "Catatan: angka tetap BPS terbit bulan Juli" in run.stdout
    assert "belum ada yang ditulis" in run.stdout and "--partial" in run.stdout
    assert "tidak ada berkas yang ditulis" in run.stderr
    assert list((root / "data" / "positions").glob("*.yaml")) == []
    # A PDF line whose text crosses a column is refused, not cut between two cells.
    pdf = (FIXTURES / "kecamatan-pdf-copy.txt").read_text(encoding="utf-8").split("\n")
    row = next(i for i, line in enumerate(pdf) if line.startswith("1.   Tertibnya"))
    pdf[row] = pdf[row].replace(
        "Tertibnya administrasi          Persentase",
        "Tertibnya administrasi kepegawaian dan Persentase",
    )
    broken = tmp_path / "pdf.txt"
    broken.write_text("\n".join(pdf), encoding="utf-8")
    run = run_iki(["import", str(broken), "--project", str(root)])
    assert run.code == 1
    assert f"pdf.txt:{row + 1}: baris tidak pas dengan kolom-kolom" in run.stdout
    assert list((root / "data" / "positions").glob("*.yaml")) == []


def test_the_docx_fixture_is_what_its_script_writes(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.docx"
    _generator().build().save(str(fresh))
    assert docx_to_text(fresh) == docx_to_text(FIXTURES / "bappeda-merged-cells.docx")


# --- iki init -------------------------------------------------------------------------------


def test_init_writes_a_project_that_works_in_its_own_folder(tmp_path: Path) -> None:
    root = _new_office(tmp_path, "Dinas Pertanian Kabupaten Tanah Datar")
    for name in (
        "iki.yaml", ".gitignore", ".github/workflows/iki.yml", ".pre-commit-config.yaml",
        "README.md", "schemas/iki.schema.json", "schemas/position.schema.json",
        "schemas/realisasi.schema.json", "data/positions", "data/realisasi",
    ):  # fmt: skip
        assert (root / name).exists(), name
    config = yaml.safe_load((root / "iki.yaml").read_text(encoding="utf-8"))
    assert config["organisasi"] == "Dinas Pertanian Kabupaten Tanah Datar"
    assert config["pemerintah"] == "Pemerintah Kabupaten Tanah Datar"
    assert config["tahun"] == 2026
    assert "build/" in (root / ".gitignore").read_text().splitlines()
    for name in ("iki", "position", "realisasi"):
        assert (root / "schemas" / f"{name}.schema.json").read_bytes() == (
            REPO / "schemas" / f"{name}.schema.json"
        ).read_bytes()
    # The CI workflow is docs/github-workflow-template.yml, which tests/test_workflow.py checks.
    assert (root / ".github/workflows/iki.yml").read_text() == (
        REPO / "docs" / "github-workflow-template.yml"
    ).read_text()
    hooks = yaml.safe_load((root / ".pre-commit-config.yaml").read_text())
    assert hooks["repos"][0]["hooks"][0]["entry"] == "iki validate"
    empty = run_iki(["validate", "--project", str(root)])
    assert empty.code == 0
    assert "Belum ada jabatan di data/positions/" in empty.stdout
    assert "iki import" in empty.stdout


def test_init_refuses_to_overwrite_anything(tmp_path: Path) -> None:
    root = tmp_path / "kantor"
    (root / "data" / "positions").mkdir(parents=True)
    (root / ".gitignore").write_text("milik kantor\n")
    run = run_iki(["init", str(root), "--organisasi", "Dinas X", "--tahun", "2026"])
    assert run.code == 1
    assert "sudah ada: " in run.stderr and ".gitignore" in run.stderr
    assert "tidak ada yang ditulis" in run.stderr
    assert (root / ".gitignore").read_text() == "milik kantor\n"
    assert not (root / "iki.yaml").exists()


@pytest.mark.parametrize("blocker", ["data", ".github", "schemas"])
def test_init_names_a_file_standing_where_a_folder_must_go(tmp_path: Path, blocker: str) -> None:
    root = tmp_path / "kantor"
    root.mkdir()
    (root / blocker).write_text("milik kantor\n")
    run = run_iki(["init", str(root), "--organisasi", "Dinas X", "--tahun", "2026"])
    assert run.code == 1
    assert f"sudah ada: {(root / blocker).as_posix()}\n" in run.stderr, run
    assert "tidak ada yang ditulis" in run.stderr
    assert sorted(p.name for p in root.iterdir()) == [blocker]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--organisasi", "  ", "--tahun", "2026"], "--organisasi"),
        (["--organisasi", "Dinas X", "--tahun", "26"], "--tahun 26"),
        (["--tahun", "2026"], "--organisasi"),
        # A Unicode line separator was folded into a space when iki.yaml was read back; a tab
        # or an escape character would reach every report's title.
        (["--organisasi", "Dinas\u2028Pertanian", "--tahun", "2026"], "U+2028"),
        (["--organisasi", "Dinas\tPertanian", "--tahun", "2026"], "U+0009"),
        (["--organisasi", "D", "--pemerintah", "Kab\x1bX", "--tahun", "2026"], "--pemerintah"),
    ],
)
def test_init_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    run = run_iki(["init", str(tmp_path / "kantor"), *args])
    assert run.code == 2
    assert message in run.stderr
    assert not (tmp_path / "kantor" / "iki.yaml").exists()


def test_init_quotes_names_that_yaml_would_misread(tmp_path: Path) -> None:
    root = tmp_path / "kantor"
    run = run_iki(["init", str(root), "--organisasi", "yes # no: [1]", "--tahun", "2026"])
    assert run.code == 0, run
    config = yaml.safe_load((root / "iki.yaml").read_text(encoding="utf-8"))
    assert config["organisasi"] == "yes # no: [1]"
    assert run_iki(["validate", "--project", str(root)]).code == 0


def test_validate_without_a_project_suggests_init(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    run = run_iki(["validate"])
    assert run.code == 2
    assert "iki init --organisasi" in run.stderr


# --- the head of the office and R003 ----------------------------------------------------------


def test_validate_names_the_highest_title_as_head(tmp_path: Path) -> None:
    root = _new_office(tmp_path, "Dinas Contoh")
    folder = root / "data" / "positions"
    for position_id, jabatan in (
        ("analis", "Analis Kebijakan"),
        ("kabid", "Kepala Bidang Umum"),
        ("zz-kepala", "Kepala Dinas Contoh"),
    ):
        (folder / f"{position_id}.yaml").write_text(
            f"id: {position_id}\njabatan: {jabatan}\natasan: null\nkinerja: []\n"
        )
    run = run_iki(["validate", "--project", str(root), "--format", "json"])
    c001 = [d for d in json.loads(run.stdout)["diagnostics"] if d["code"] == "C001"]
    assert {d["file"] for d in c001} == {"data/positions/analis.yaml", "data/positions/kabid.yaml"}
    assert all("'zz-kepala' sudah menjadi puncak kantor" in d["message"] for d in c001)


def test_validate_names_the_camat_not_a_lurah_with_more_staff_as_head(tmp_path: Path) -> None:
    root = _new_office(tmp_path, "Kecamatan Contoh")
    folder = root / "data" / "positions"
    for position_id, jabatan, atasan in (
        ("camat", "Camat Contoh", "null"),
        ("lurah", "Lurah Pasar", "null"),
        ("seklur", "Sekretaris Lurah Pasar", "lurah"),
        ("staf", "Pengadministrasi Umum", "seklur"),
    ):
        (folder / f"{position_id}.yaml").write_text(
            f"id: {position_id}\njabatan: {jabatan}\natasan: {atasan}\nkinerja: []\n"
        )
    run = run_iki(["validate", "--project", str(root), "--format", "json"])
    c001 = [d for d in json.loads(run.stdout)["diagnostics"] if d["code"] == "C001"]
    assert [d["file"] for d in c001] == ["data/positions/lurah.yaml"]
    assert "'camat' sudah menjadi puncak kantor" in c001[0]["message"]


def test_r003_does_not_offer_the_position_as_its_own_atasan(tmp_path: Path) -> None:
    project = make_project(tmp_path / "office")
    staf = project / "data" / "positions" / "staf.yaml"
    text = staf.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("atasan:"))
    staf.write_text(text.replace(old, "atasan: stav"), encoding="utf-8")
    run = run_iki(["validate", "--project", str(project), "--format", "json"])
    (r003,) = [d for d in json.loads(run.stdout)["diagnostics"] if d["code"] == "R003"]
    assert "'staf'" not in r003["hint"]


def test_init_that_fails_halfway_takes_back_what_it_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "kantor"
    root.mkdir()
    (root / "catatan.txt").write_text("milik kantor\n")
    real_open = Path.open

    def full_at_the_workflow(path: Path, *args: Any, **kwargs: Any) -> Any:
        if path.name == "iki.yml":
            raise OSError(28, "No space left on device")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", full_at_the_workflow)
    run = run_iki(["init", str(root), "--organisasi", "Dinas X", "--tahun", "2026"])
    assert run.code == 1
    assert "proyek tidak dapat dibuat" in run.stderr
    assert sorted(p.name for p in root.iterdir()) == ["catatan.txt"]


def test_schema_write_to_a_file_names_it(tmp_path: Path) -> None:
    # It said only "skema tidak dapat ditulis: File exists".
    afile = tmp_path / "schemas"
    afile.write_text("catatan\n")
    run = run_iki(["schema", "--write", str(afile)])
    assert run.code == 2
    assert f"--write {afile.as_posix()}: itu berkas, bukan folder" in run.stderr
    assert afile.read_text() == "catatan\n"


def test_schema_command_prints_and_writes_the_shipped_schemas(tmp_path: Path) -> None:
    printed = run_iki(["schema", "position"])
    assert printed.code == 0
    assert printed.stdout == (REPO / "schemas" / "position.schema.json").read_text()
    folder = tmp_path / "schemas"
    assert run_iki(["schema", "--write", str(folder)]).code == 0
    for path in (REPO / "schemas").glob("*.schema.json"):
        assert (folder / path.name).read_bytes() == path.read_bytes()
    (folder / "iki.schema.json").write_text("{}\n")
    again = run_iki(["schema", "--write", str(folder)])
    assert again.code == 1
    assert "--force" in again.stderr
    assert (folder / "iki.schema.json").read_text() == "{}\n"
    assert run_iki(["schema", "--write", str(folder), "--force"]).code == 0
    assert (folder / "iki.schema.json").read_bytes() == (
        REPO / "schemas/iki.schema.json"
    ).read_bytes()
    assert run_iki(["schema", "nope"]).code == 2
