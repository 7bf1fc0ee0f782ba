"""`iki tree`: the pohon kinerja as text, JSON and Mermaid, tested as whole outputs."""

from __future__ import annotations

import json
from pathlib import Path

from iki.check import cascade
from iki.compute import pohon
from iki.load.project import Project
from iki.load.workspace import load_workspace
from iki.model import Office
from iki.render import pohon_json, pohon_mermaid, pohon_text
from iki.render.choices import TreeFormat
from iki.render.tree_formats import TREE_FORMATTERS
from tests.conftest import make_project, run_iki

KABID = """\
# yaml-language-server: $schema=../../schemas/position.schema.json
id: kabid
jabatan: 'Kepala Bidang "Pelayanan" (A/B) <utama> #1 & `kode`'
atasan: kepala
kinerja:
  - id: layanan-bidang
    sasaran: Meningkatnya pelayanan bidang
    indikator: "Persentase layanan <b>bidang</b> # [bold]tebal[/bold]\\nbaris dua"
    satuan: persen
    mendukung: kepala/layanan-tepat-waktu
    target: {2025: 95}
  - id: laporan
    sasaran: Tersedianya laporan
    indikator: Jumlah laporan
    satuan: laporan
    penunjang: true
"""

STAF = """\
# yaml-language-server: $schema=../../schemas/position.schema.json
id: staf
jabatan: Pengadministrasi Umum
atasan: kabid
kinerja:
  - id: surat-diproses
    sasaran: Terlaksananya administrasi persuratan
    indikator: Jumlah surat yang diproses
    satuan: surat
    mendukung: kabid/layanan-bidang
    target: {2025: {TW1: 100, TW2: 200, TW3: 300, TW4: 400}}
  - id: arsip
    sasaran: Terlaksananya penataan arsip
    indikator: Jumlah arsip yang ditata
    satuan: arsip
"""


def three_levels(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "project")
    positions = root / "data" / "positions"
    (positions / "kabid.yaml").write_text(KABID)
    (positions / "staf.yaml").write_text(STAF)
    return root


def test_every_tree_format_has_a_formatter() -> None:
    assert set(TREE_FORMATTERS) == set(TreeFormat)


def test_text(tmp_path: Path) -> None:
    run = run_iki(["tree", "--project", str(three_levels(tmp_path))])
    assert run.code == 0, run
    assert run.stdout == THREE_LEVELS_TEXT


THREE_LEVELS_TEXT = "\n".join(
    [
        "Pohon kinerja Dinas Contoh — 2025",
        "Kepala Dinas Contoh (kepala)",
        "├── • layanan-tepat-waktu: Persentase layanan yang selesai tepat waktu"
        " · target 2025: 90 persen",
        '└── Kepala Bidang "Pelayanan" (A/B) <utama> #1 & `kode` (kabid)',
        "    ├── • layanan-bidang: Persentase layanan <b>bidang</b> # [bold]tebal[/bold]",
        "    │   baris dua ↑ layanan-tepat-waktu · target 2025: 95 persen",
        "    ├── • laporan: Jumlah laporan · target 2025: belum ada target [penunjang]",
        "    └── Pengadministrasi Umum (staf)",
        "        ├── • surat-diproses: Jumlah surat yang diproses ↑ layanan-bidang"
        " · target 2025: 400 surat",
        "        │   (s.d. TW4)",
        "        └── • arsip: Jumlah arsip yang ditata · target 2025: belum ada target"
        " [tidak mendukung",
        "            atasan]",
        "",
        "3 jabatan (3 dalam pohon) · 5 indikator · 0 belum diturunkan"
        " · 1 tidak mendukung atasan · 1 penunjang",
        "",
    ]
)


def test_json(tmp_path: Path) -> None:
    run = run_iki(["tree", "--project", str(three_levels(tmp_path)), "--format", "json"])
    assert run.code == 0, run
    data = json.loads(run.stdout)
    assert data["akar"] == "kepala"
    assert data["di_luar_pohon"] == []
    assert data["ringkasan"] == {
        "jabatan": 3,
        "jabatan_dalam_pohon": 3,
        "indikator": 5,
        "belum_diturunkan": 0,
        "tidak_mendukung": 1,
        "penunjang": 1,
    }
    kepala = data["pohon"]
    assert kepala["kinerja"][0]["didukung_oleh"] == ["kabid/layanan-bidang"]
    kabid = kepala["bawahan"][0]
    assert (kabid["id"], kabid["kedalaman"], kabid["atasan"]) == ("kabid", 1, "kepala")
    assert kabid["kinerja"][1]["penunjang"] is True
    assert kabid["kinerja"][1]["belum_diturunkan"] is False  # its own work: nobody need carry it
    staf = kabid["bawahan"][0]
    assert staf["kinerja"][0] == {
        "ref": "staf/surat-diproses",
        "id": "surat-diproses",
        "sasaran": "Terlaksananya administrasi persuratan",
        "indikator": "Jumlah surat yang diproses",
        "satuan": "surat",
        "target": {"TW1": 100.0, "TW2": 200.0, "TW3": 300.0, "TW4": 400.0},
        "capaian": None,
        "mendukung": [{"ref": "kabid/layanan-bidang", "jenis": "langsung"}],
        "didukung_oleh": [],
        "penunjang": False,
        "belum_diturunkan": False,
        "tidak_mendukung": False,
    }
    assert staf["kinerja"][1]["tidak_mendukung"] is True
    assert staf["bawahan"] == []


def test_output_is_deterministic(tmp_path: Path) -> None:
    root = str(three_levels(tmp_path))
    for output_format in TreeFormat:
        first = run_iki(["tree", "--project", root, "--format", output_format.value])
        again = run_iki(["tree", "--project", root, "--format", output_format.value])
        assert first.stdout == again.stdout


def test_period_and_year_choose_the_target(tmp_path: Path) -> None:
    root = str(three_levels(tmp_path))
    run = run_iki(["tree", "--project", root, "--format", "json", "--period", "TW2"])
    data = json.loads(run.stdout)
    assert data["periode"] == "TW2"
    assert data["pohon"]["bawahan"][0]["bawahan"][0]["kinerja"][0]["target"] == 200.0
    run = run_iki(["tree", "--project", root, "--period", "TW3", "--format", "mermaid"])
    assert "Jumlah surat yang diproses<br/>target 2025 s.d. TW3: 300 surat" in run.stdout
    run = run_iki(["tree", "--project", root, "--format", "json", "--year", "2026"])
    assert json.loads(run.stdout)["pohon"]["kinerja"][0]["target"] is None


def test_bad_period_is_a_usage_error(tmp_path: Path) -> None:
    run = run_iki(["tree", "--project", str(three_levels(tmp_path)), "--period", "TW5"])
    assert run.code == 2, run


def test_mermaid_escapes_every_label(tmp_path: Path) -> None:
    run = run_iki(["tree", "--project", str(three_levels(tmp_path)), "--format", "mermaid"])
    assert run.code == 0, run
    assert run.stdout == (
        "flowchart TD\n"
        '  subgraph p_kepala["Kepala Dinas Contoh"]\n'
        '    i_kepala__layanan_tepat_waktu["Persentase layanan yang selesai tepat waktu'
        '<br/>target 2025: 90 persen"]\n'
        "  end\n"
        '  subgraph p_kabid["Kepala Bidang #quot;Pelayanan#quot; (A/B) #lt;utama#gt; #35;1'
        ' #amp; #96;kode#96;"]\n'
        '    i_kabid__layanan_bidang["Persentase layanan #lt;b#gt;bidang#lt;/b#gt; #35; '
        '[bold]tebal[/bold] baris dua<br/>target 2025: 95 persen"]\n'
        '    i_kabid__laporan["Jumlah laporan<br/>target 2025: belum ada target'
        '<br/>penunjang"]\n'
        "  end\n"
        '  subgraph p_staf["Pengadministrasi Umum"]\n'
        '    i_staf__surat_diproses["Jumlah surat yang diproses'
        '<br/>target 2025: 400 surat (s.d. TW4)"]\n'
        '    i_staf__arsip["Jumlah arsip yang ditata<br/>target 2025: belum ada target'
        '<br/>⚠ tidak mendukung atasan"]\n'
        "  end\n"
        "  p_kepala --- p_kabid\n"
        "  p_kabid --- p_staf\n"
        "  i_kepala__layanan_tepat_waktu --> i_kabid__layanan_bidang\n"
        "  i_kabid__layanan_bidang --> i_staf__surat_diproses\n"
        "  classDef belum fill:#fff4ce,stroke:#9a6700\n"
        "  classDef yatim fill:#ffebe9,stroke:#cf222e\n"
        "  classDef penunjang fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4 3\n"
        "  class i_staf__arsip yatim\n"
        "  class i_kabid__laporan penunjang\n"
    )


def test_mermaid_escape_and_ids() -> None:
    assert pohon_mermaid.escape('a"b#c<d>e&f`g\nh\ri') == "a#quot;b#35;c#lt;d#gt;e#amp;f#96;g h i"
    assert pohon_mermaid.node_id("i", "kasi-perizinan-1", "izin-sesuai-sop") == (
        "i_kasi_perizinan_1__izin_sesuai_sop"
    )
    assert pohon_mermaid.node_id("p", "end") == "p_end"
    assert pohon_mermaid.node_id("p", "a b") == "p_ax20b"


def test_skip_and_astray_links_are_dotted(tmp_path: Path) -> None:
    root = three_levels(tmp_path)
    staf = root / "data" / "positions" / "staf.yaml"
    staf.write_text(
        STAF.replace("mendukung: kabid/layanan-bidang", "mendukung: kepala/layanan-tepat-waktu")
    )
    run = run_iki(["tree", "--project", str(root), "--format", "mermaid"])
    expected = "i_kepala__layanan_tepat_waktu -. melompat .-> i_staf__surat_diproses"
    assert expected in run.stdout
    view = pohon.build(*_office_and_tree(root), 2025)
    assert "↑ kepala/layanan-tepat-waktu (melompati kabid) · target" in pohon_text.render(
        view, width=300
    )


def test_a_broken_tree_is_shown_and_exits_1(tmp_path: Path) -> None:
    root = three_levels(tmp_path)
    kabid = root / "data" / "positions" / "kabid.yaml"
    kabid.write_text(KABID.replace("atasan: kepala", "atasan: staf"))
    run = run_iki(["tree", "--project", str(root), "--format", "json"])
    assert run.code == 1, run
    assert "galat dalam data" in run.stderr
    data = json.loads(run.stdout)
    assert [node["id"] for node in data["di_luar_pohon"]] == ["kabid", "staf"]
    assert data["pohon"]["bawahan"] == []
    text = run_iki(["tree", "--project", str(root)]).stdout
    assert "Di luar pohon (lihat iki validate):\n" in text
    assert "(kabid) atasan: staf\n" in text


def _office_and_tree(root: Path) -> tuple[Office, cascade.Tree]:
    office = load_workspace(Project(root)).office
    return office, cascade.build(office)


def capaian_view(tmp_path: Path) -> pohon.Pohon:
    values = {"kabid": "87,5 % Tinggi", "staf/surat-diproses": "50 % Sangat Rendah"}
    return pohon.build(*_office_and_tree(three_levels(tmp_path)), 2025, capaian=values)


def test_capaian_is_shown_when_given(tmp_path: Path) -> None:
    view = capaian_view(tmp_path)
    text = pohon_text.render(view, width=200)
    assert "(kabid) · capaian 87,5 % Tinggi\n" in text
    assert "· target 2025: 400 surat (s.d. TW4) · capaian 50 % Sangat Rendah\n" in text
    data = pohon_json.to_data(view)
    assert data["pohon"]["bawahan"][0]["capaian"] == "87,5 % Tinggi"
    assert data["pohon"]["capaian"] is None
    mermaid = pohon_mermaid.render(view)
    assert "400 surat (s.d. TW4)<br/>capaian 50 % Sangat Rendah" in mermaid


def test_numbers_are_written_the_indonesian_way() -> None:
    assert pohon.number(1234567.5) == "1.234.567,5"
    assert pohon.number(90) == "90"
    assert pohon.number(0.126) == "0,13"
    assert pohon.number(0) == "0"
