"""`iki diff` on temporary git repositories with real commits.

Every test starts from the base example project committed and tagged `base`, changes it as a
pull request would, and reads the JSON report, whose shape is documented in
`iki/render/diff_json.py`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from iki.compute import diff as diff_module
from iki.compute.diff import compare, similarity
from iki.load.project import Project
from iki.load.snapshot import Snapshot, is_data_file
from tests.conftest import make_project, run_iki
from tests.gitrepo import commit_all, edit, git, project_repo

POSITIONS = Path("data") / "positions"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return project_repo(tmp_path / "office")


def diff_json(repo: Path, *revisions: str) -> dict[str, Any]:
    run = run_iki(["diff", "--project", str(repo), *revisions, "--format", "json"])
    assert run.code == 0, run
    report: dict[str, Any] = json.loads(run.stdout)
    return report


def changed_sections(report: dict[str, Any]) -> set[str]:
    keys = ("positions", "indicators", "targets", "atasan", "mendukung")
    found = {key for key in keys if report[key]}
    found |= {key for key, items in report["findings"].items() if items}
    return found


def test_changed_target_reports_old_new_and_percent(repo: Path) -> None:
    edit(repo / POSITIONS / "kepala.yaml", "2025: 90", "2025: 95")
    edit(repo / POSITIONS / "staf.yaml", "TW4: 400", "TW4: 450")
    commit_all(repo, "raise the targets")

    report = diff_json(repo, "base", "HEAD")

    assert report["targets"] == [
        {
            "ref": "kepala/layanan-tepat-waktu",
            "year": 2025,
            "old": 90.0,
            "new": 95.0,
            "percent": 5.56,
        },
        {
            "ref": "staf/surat-diproses",
            "year": 2025,
            "old": {"jenis": "kumulatif", "TW1": 100.0, "TW2": 200.0, "TW3": 300.0, "TW4": 400.0},
            "new": {"jenis": "kumulatif", "TW1": 100.0, "TW2": 200.0, "TW3": 300.0, "TW4": 450.0},
            "percent": 12.5,
        },
    ]
    assert changed_sections(report) == {"targets"}
    assert report["base"]["revision"] == "base"
    assert report["head"] == {"revision": "HEAD", "commit": git(repo, "rev-parse", "HEAD")}


def test_target_set_for_a_new_year_and_a_null_target(repo: Path) -> None:
    edit(repo / POSITIONS / "kepala.yaml", "2025: 90", "2025: null\n      2026: 92")
    report = diff_json(repo, "base")  # the working tree, uncommitted
    assert [(t["year"], t["old"], t["new"], t["percent"]) for t in report["targets"]] == [
        (2025, 90.0, None, None),
        (2026, "absent", 92.0, None),
    ]


def test_reworded_indicator(repo: Path) -> None:
    edit(
        repo / POSITIONS / "staf.yaml",
        "indikator: Jumlah surat yang diproses",
        "indikator: Jumlah surat masuk yang diproses tepat waktu",
    )
    commit_all(repo, "reword")

    report = diff_json(repo, "base", "HEAD")

    assert report["indicators"] == [
        {
            "change": "changed",
            "position": "staf",
            "old_id": "surat-diproses",
            "new_id": "surat-diproses",
            "indikator": "Jumlah surat masuk yang diproses tepat waktu",
            "similarity": None,
            "fields": [
                {
                    "field": "indikator",
                    "old": "Jumlah surat yang diproses",
                    "new": "Jumlah surat masuk yang diproses tepat waktu",
                }
            ],
        }
    ]
    assert changed_sections(report) == {"indicators"}


def test_moved_position_is_one_rename_not_a_removal_and_an_addition(repo: Path) -> None:
    git(repo, "mv", "data/positions/staf.yaml", "data/positions/pengadministrasi-umum.yaml")
    moved = repo / POSITIONS / "pengadministrasi-umum.yaml"
    edit(moved, "id: staf", "id: pengadministrasi-umum")
    edit(moved, "tugas: Melaksanakan administrasi umum", "tugas: Melaksanakan administrasi")
    commit_all(repo, "name the position after its title")

    report = diff_json(repo, "base", "HEAD")

    [position] = report["positions"]
    assert position["change"] == "renamed"
    assert (position["old_id"], position["new_id"]) == ("staf", "pengadministrasi-umum")
    assert position["new_file"] == "data/positions/pengadministrasi-umum.yaml"
    assert position["fields"] == [
        {
            "field": "tugas",
            "old": "Melaksanakan administrasi umum",
            "new": "Melaksanakan administrasi",
        }
    ]
    assert 0.5 <= position["similarity"] < 1
    # The indicator, its target and its link came along: nothing else changed.
    assert changed_sections(report) == {"positions"}


def test_renamed_superior_indicator_followed_by_the_subordinate(repo: Path) -> None:
    edit(repo / POSITIONS / "kepala.yaml", "id: layanan-tepat-waktu", "id: layanan-selesai")
    edit(
        repo / POSITIONS / "staf.yaml",
        "mendukung: kepala/layanan-tepat-waktu",
        "mendukung: kepala/layanan-selesai",
    )
    report = diff_json(repo, "base")
    [indicator] = report["indicators"]
    assert (indicator["change"], indicator["old_id"], indicator["new_id"]) == (
        "renamed",
        "layanan-tepat-waktu",
        "layanan-selesai",
    )
    assert indicator["similarity"] == 1.0
    assert changed_sections(report) == {"indicators"}


def test_rename_the_subordinates_do_not_follow_shows_as_broken_references(repo: Path) -> None:
    git(repo, "mv", "data/positions/kepala.yaml", "data/positions/kepala-dinas.yaml")
    edit(repo / POSITIONS / "kepala-dinas.yaml", "id: kepala", "id: kepala-dinas")
    report = diff_json(repo, "base")
    assert [(p["change"], p["old_id"], p["new_id"]) for p in report["positions"]] == [
        ("renamed", "kepala", "kepala-dinas")
    ]
    # staf still says `atasan: kepala` and `mendukung: kepala/…`: written the same, so not a
    # change of superior or link, but now broken, which the findings say.
    assert report["atasan"] == [] and report["mendukung"] == []
    assert sorted(d["code"] for d in report["findings"]["introduced"]) == ["R003", "R004"]


def test_removed_link(repo: Path) -> None:
    edit(repo / POSITIONS / "staf.yaml", "    mendukung: kepala/layanan-tepat-waktu\n", "")
    commit_all(repo, "unlink")

    report = diff_json(repo, "base", "HEAD")

    assert report["mendukung"] == [
        {
            "change": "removed",
            "ref": "staf/surat-diproses",
            "supports": "kepala/layanan-tepat-waktu",
        }
    ]
    # the row now carries nothing, and the Kepala Dinas's indicator nobody: the cascade says so
    assert changed_sections(report) == {"mendukung", "introduced"}
    introduced = {(d["code"], d["file"]) for d in report["findings"]["introduced"]}
    assert introduced == {
        ("C013", "data/positions/kepala.yaml"),
        ("C014", "data/positions/staf.yaml"),
    }


def test_changed_superior(repo: Path) -> None:
    (repo / POSITIONS / "kabid.yaml").write_text(
        "id: kabid\njabatan: Kepala Bidang\natasan: kepala\nkinerja: []\n", encoding="utf-8"
    )
    edit(repo / POSITIONS / "staf.yaml", "atasan: kepala", "atasan: kabid")
    report = diff_json(repo, "base")
    assert report["atasan"] == [{"position": "staf", "old": "kepala", "new": "kabid"}]
    assert [(p["change"], p["new_id"]) for p in report["positions"]] == [("added", "kabid")]


def test_finding_introduced_and_finding_fixed(repo: Path) -> None:
    staf = repo / POSITIONS / "staf.yaml"
    edit(staf, "mendukung: kepala/layanan-tepat-waktu", "mendukung: kepala/layanan-tepat")
    broken = commit_all(repo, "a typo in the link")
    edit(staf, "mendukung: kepala/layanan-tepat", "mendukung: kepala/layanan-tepat-waktu")
    edit(staf, "atasan: kepala", "atasan: kepal")
    commit_all(repo, "fix the link, break the superior")

    report = diff_json(repo, broken, "HEAD")

    [introduced] = report["findings"]["introduced"]
    assert (introduced["code"], introduced["file"], introduced["line"]) == (
        "R003",
        "data/positions/staf.yaml",
        4,
    )
    [fixed] = report["findings"]["fixed"]
    assert (fixed["code"], fixed["file"], fixed["line"], fixed["column"]) == (
        "R004",
        "data/positions/staf.yaml",
        12,
        5,
    )
    assert report["atasan"] == [{"position": "staf", "old": "kepala", "new": "kepal"}]


def test_findings_are_matched_across_moved_lines(repo: Path) -> None:
    edit(repo / POSITIONS / "staf.yaml", "atasan: kepala", "atasan: kepal")
    commit_all(repo, "break")
    edit(repo / POSITIONS / "staf.yaml", "jabatan:", "pemangku: null\njabatan:")
    report = diff_json(repo, "HEAD")  # the same finding, one line lower
    assert report["findings"] == {"introduced": [], "fixed": []}


def test_file_failing_its_schema_is_not_compared_and_not_removed(repo: Path) -> None:
    edit(repo / POSITIONS / "staf.yaml", "satuan: surat", "satuan: [surat]")
    report = diff_json(repo, "base")
    assert report["positions"] == []
    assert report["not_compared"] == ["data/positions/staf.yaml"]
    assert [d["code"] for d in report["findings"]["introduced"]] == ["S001"]


def test_dissimilar_positions_are_added_and_removed(repo: Path) -> None:
    git(repo, "rm", "--quiet", "data/positions/staf.yaml")
    (repo / POSITIONS / "bendahara.yaml").write_text(
        "id: bendahara\njabatan: Bendahara Pengeluaran\natasan: kepala\n"
        "kinerja:\n  - id: spj-tepat-waktu\n    sasaran: Tertibnya pertanggungjawaban\n"
        "    indikator: Persentase SPJ tepat waktu\n    penunjang: true\n",
        encoding="utf-8",
    )
    report = diff_json(repo, "base")
    assert [(p["change"], p["old_id"], p["new_id"]) for p in report["positions"]] == [
        ("added", None, "bendahara"),
        ("removed", "staf", None),
    ]
    assert report["mendukung"] == [
        {
            "change": "removed",
            "ref": "staf/surat-diproses",
            "supports": "kepala/layanan-tepat-waktu",
        }
    ]


def test_no_change_says_so_and_exits_0(repo: Path) -> None:
    run = run_iki(["diff", "--project", str(repo), "base"])
    assert run.code == 0, run
    assert "Tidak ada perubahan" in run.stdout


def test_project_in_a_subfolder_of_the_repository(tmp_path: Path) -> None:
    make_project(tmp_path / "repo" / "iki")
    (tmp_path / "repo" / "README.md").write_text("other things\n", encoding="utf-8")
    git(tmp_path / "repo", "init", "--quiet")
    commit_all(tmp_path / "repo", "base")
    edit(tmp_path / "repo" / "iki" / POSITIONS / "kepala.yaml", "2025: 90", "2025: 80")
    report = diff_json(tmp_path / "repo" / "iki", "HEAD")
    assert [(t["ref"], t["percent"]) for t in report["targets"]] == [
        ("kepala/layanan-tepat-waktu", -11.11)
    ]


def test_base_from_before_the_project_existed(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "--quiet")
    first = commit_all(repo, "empty")
    make_project(repo)
    commit_all(repo, "the project")
    report = diff_json(repo, first, "HEAD")
    assert [(p["change"], p["new_id"]) for p in report["positions"]] == [
        ("added", "kepala"),
        ("added", "staf"),
    ]


# -- usage errors -----------------------------------------------------------------------------


def test_not_a_git_repository_is_a_usage_error(project: Path) -> None:
    run = run_iki(["diff", "--project", str(project), "main"])
    assert run.code == 2, run
    assert "tidak berada di dalam repositori git" in run.stderr


def test_unknown_revision_is_a_usage_error(repo: Path) -> None:
    run = run_iki(["diff", "--project", str(repo), "no-such-branch"])
    assert run.code == 2, run
    assert "revisi 'no-such-branch' tidak dikenal" in run.stderr
    run = run_iki(["diff", "--project", str(repo), "base", "no-such-branch"])
    assert run.code == 2, run


def test_revision_that_looks_like_an_option_is_refused(repo: Path, tmp_path: Path) -> None:
    written = tmp_path / "written"
    run = run_iki(["diff", "--project", str(repo), "--", f"--output={written}"])
    assert run.code == 2, run
    assert "tidak boleh diawali '-'" in run.stderr
    assert not written.exists()


def test_a_blob_is_not_a_revision(repo: Path) -> None:
    blob = git(repo, "rev-parse", "HEAD:iki.yaml")
    run = run_iki(["diff", "--project", str(repo), blob])
    assert run.code == 2, run


# -- the pure core ----------------------------------------------------------------------------


def test_similarity_counts_shared_lines() -> None:
    assert similarity(["a", "b", "c", "d"], ["a", "b", "c", "d"]) == 1.0
    assert similarity(["a", "b", "c", "d"], ["a", "b", "x", "y"]) == 0.5
    assert similarity(["a", "b"], ["b", "a"]) == 1.0  # order does not matter
    assert similarity(["a"], ["b"]) == 0.0
    assert similarity([], []) == 1.0


def renamed_and_edited_staf(root: Path) -> tuple[Snapshot, Snapshot]:
    """The office of `make_project`, and the same with staf renamed and its tugas edited."""
    files = tuple(
        (path.relative_to(root).as_posix(), path.read_bytes())
        for path in sorted(root.rglob("*.yaml"))
    )
    changed = tuple(
        (
            (
                "data/positions/pengadministrasi-umum.yaml",
                raw.replace(b"id: staf", b"id: pengadministrasi-umum").replace(
                    b"administrasi umum", b"administrasi"
                ),
            )
            if name.endswith("staf.yaml")
            else (name, raw)
        )
        for name, raw in files
    )
    return Snapshot("a", "1" * 40, files), Snapshot("b", "2" * 40, changed)


def test_a_rename_past_the_limit_is_removed_and_added_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path / "p")
    base, head = renamed_and_edited_staf(root)
    [renamed] = compare(Project(root), base, head).positions
    assert (renamed.kind, renamed.old_id, renamed.new_id) == (
        "renamed",
        "staf",
        "pengadministrasi-umum",
    )
    # With a limit that lets no pair be compared, the rename shows as a removal and an
    # addition, and the diff says why (every format renders it: see test_diff_output).
    monkeypatch.setattr(diff_module, "RENAME_LIMIT", 0)
    cut = compare(Project(root), base, head)
    assert [(c.kind, c.id) for c in cut.positions] == [
        ("added", "pengadministrasi-umum"),
        ("removed", "staf"),
    ]
    assert cut.renames_cut == (diff_module.RenamesCut(None, 1.0, 1, 1, 0),)


def test_compare_from_in_memory_files(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    files = tuple(
        (path.relative_to(root).as_posix(), path.read_bytes())
        for path in sorted(root.rglob("*.yaml"))
    )
    changed = tuple(
        (name, raw.replace(b"2025: 90", b"2025: 45") if name.endswith("kepala.yaml") else raw)
        for name, raw in files
    )
    diff = compare(Project(root), Snapshot("a", "1" * 40, files), Snapshot("b", "2" * 40, changed))
    [target] = diff.targets
    assert (target.old, target.new, target.percent) == (90.0, 45.0, -50.0)
    assert not diff.positions and not diff.introduced


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("iki.yaml", True),
        ("data/positions/staf.yaml", True),
        ("data/positions/sub/staf.yml", True),
        ("data/realisasi/2025/staf.yaml", True),
        ("data/positions/README.md", False),
        ("data/other/staf.yaml", False),
        ("schemas/position.schema.json", False),
        ("sub/iki.yaml", False),
    ],
)
def test_which_files_a_revision_contributes(name: str, expected: bool) -> None:
    assert is_data_file(name) is expected


def test_a_replaced_row_sharing_only_boilerplate_is_removed_and_added(repo: Path) -> None:
    # As the office's files are written: empty fields and defaults spelt out, no target yet.
    staf = repo / POSITIONS / "staf.yaml"
    quarterly = "    target: {2025: {jenis: kumulatif, TW1: 100, TW2: 200, TW3: 300, TW4: 400}}\n"
    edit(staf, quarterly, "")
    edit(staf, "    sumber_data: Buku agenda surat\n", "")
    edit(
        staf,
        "    satuan: surat\n",
        "    satuan: surat\n    penjelasan: null\n    sumber_data: null\n"
        "    polaritas: positif\n    agregasi: jumlah\n    target: {2025: null}\n",
    )
    commit_all(repo, "the row as the importer writes it")
    git(repo, "tag", "written-out")
    edit(staf, "id: surat-diproses", "id: kunjungan-perusahaan")
    edit(staf, "sasaran: Terlaksananya administrasi persuratan", "sasaran: Terbinanya perusahaan")
    edit(staf, "indikator: Jumlah surat yang diproses", "indikator: Jumlah perusahaan dikunjungi")
    edit(staf, "satuan: surat", "satuan: perusahaan")

    report = diff_json(repo, "written-out")

    # Only the link to the same superior indicator is shared: a different row, not a rename.
    changes = sorted((c["change"], c["old_id"], c["new_id"]) for c in report["indicators"])
    assert changes == [("added", None, "kunjungan-perusahaan"), ("removed", "surat-diproses", None)]


def test_findings_that_only_follow_a_rename_are_neither_new_nor_fixed(repo: Path) -> None:
    kepala = repo / POSITIONS / "kepala.yaml"
    kepala.write_text(
        kepala.read_text()
        + "  - id: belum-diturunkan\n    sasaran: Meningkatnya mutu\n"
        + "    indikator: Jumlah inovasi layanan\n    satuan: inovasi\n"
        + "    sumber_data: Laporan\n    target: {2025: 2}\n"
    )
    commit_all(repo, "an indicator no subordinate carries yet")
    git(repo, "tag", "with-finding")
    assert "C013" in run_iki(["validate", "--project", str(repo)]).stdout
    git(repo, "mv", "data/positions/kepala.yaml", "data/positions/kepala-dinas.yaml")
    edit(repo / POSITIONS / "kepala-dinas.yaml", "id: kepala", "id: kepala-dinas")
    staf = repo / POSITIONS / "staf.yaml"
    edit(staf, "atasan: kepala", "atasan: kepala-dinas")
    edit(staf, "mendukung: kepala/", "mendukung: kepala-dinas/")

    report = diff_json(repo, "with-finding")

    assert [p["change"] for p in report["positions"]] == ["renamed"]
    assert report["findings"]["introduced"] == []
    assert report["findings"]["fixed"] == []
