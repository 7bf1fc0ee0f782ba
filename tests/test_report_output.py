"""`iki report -o` never overwrites a file iki did not write, nor a data file (issue 14)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from iki.edit.outputs import MANIFEST
from tests.conftest import run_iki
from tests.golden_reports import FIXTURE


def _office(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURE, tmp_path / "office"))


def test_all_into_the_project_root_keeps_the_office_readme(tmp_path: Path) -> None:
    office = _office(tmp_path)
    readme = office / "README.md"
    readme.write_text("# Kantor kami\n")
    run = run_iki(["report", "--all", "--project", str(office), "-o", str(office)])
    assert run.code == 1, run
    assert f"tidak ditimpa: {readme} (sudah ada, bukan tulisan iki)" in run.stderr
    assert readme.read_text() == "# Kantor kami\n"
    assert not (office / "jabatan").exists()  # all or nothing
    run = run_iki(["report", "--all", "--project", str(office), "-o", str(office), "--force"])
    assert run.code == 0, run
    assert readme.read_text().startswith("#") and "Kantor kami" not in readme.read_text()


def test_position_report_over_a_data_file_is_refused(tmp_path: Path) -> None:
    office = _office(tmp_path)
    data = office / "data" / "positions" / "staf.yaml"
    before = data.read_bytes()
    run = run_iki(["report", "--project", str(office), "--position", "kepala", "-o", str(data)])
    assert run.code == 1, run
    assert "(berkas data proyek)" in run.stderr
    assert data.read_bytes() == before
    assert not (data.parent / MANIFEST).exists()


def test_iki_replaces_what_it_wrote_but_not_what_was_edited_since(tmp_path: Path) -> None:
    office = _office(tmp_path)
    out = tmp_path / "out"
    args = ["report", "--all", "--project", str(office), "--format", "md", "-o", str(out)]
    assert run_iki(args).code == 0
    manifest = json.loads((out / MANIFEST).read_text())
    assert "README.md" in manifest["files"] and "jabatan/kepala.md" in manifest["files"]
    assert run_iki(args).code == 0  # its own pages, unchanged: replaced without --force
    edited = out / "jabatan" / "kepala.md"
    edited.write_text(edited.read_text() + "\nCatatan tangan kepala dinas.\n")
    run = run_iki(args)
    assert run.code == 1, run
    assert "sudah diubah sejak ditulis iki" in run.stderr
    assert edited.read_text().endswith("Catatan tangan kepala dinas.\n")


def test_a_single_report_file_is_replaced_only_when_iki_wrote_it(tmp_path: Path) -> None:
    office = _office(tmp_path)
    target = tmp_path / "kepala.md"
    target.write_text("surat penting\n")
    args = ["report", "--project", str(office), "--position", "kepala", "-o", str(target)]
    assert run_iki(args).code == 1
    assert target.read_text() == "surat penting\n"
    assert run_iki([*args, "--force"]).code == 0
    assert run_iki(args).code == 0  # now it is iki's own


def test_a_foreign_manifest_is_not_overwritten(tmp_path: Path) -> None:
    office = _office(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / MANIFEST).write_text("bukan milik iki\n")
    run = run_iki(["report", "--all", "--project", str(office), "-o", str(out)])
    assert run.code == 1, run
    assert (out / MANIFEST).read_text() == "bukan milik iki\n"


def test_a_device_or_a_link_is_never_replaced_even_with_force(tmp_path: Path) -> None:
    office = _office(tmp_path)
    link = tmp_path / "laporan.md"
    link.symlink_to(office / "README.md" if (office / "README.md").exists() else tmp_path / "x")
    for target in (Path("/dev/null"), link):
        args = ["report", "--project", str(office), "--position", "kepala", "-o", str(target)]
        run = run_iki([*args, "--force"])
        assert run.code == 1, run
        assert "bukan berkas biasa" in run.stderr
    assert Path("/dev/null").is_char_device()
    assert link.is_symlink()


def test_a_pdf_is_refused_before_it_is_printed(tmp_path: Path) -> None:
    office = _office(tmp_path)
    target = tmp_path / "kepala.pdf"
    target.write_bytes(b"%PDF-1.4 surat yang sudah ditandatangani\n")
    args = ["report", "--project", str(office), "--position", "kepala", "--format", "pdf"]
    run = run_iki([*args, "-o", str(target)])
    assert run.code == 1, run
    assert f"tidak ditimpa: {target} (sudah ada, bukan tulisan iki)" in run.stderr
    assert target.read_bytes() == b"%PDF-1.4 surat yang sudah ditandatangani\n"


def _write_pages(folder: str, worker: int) -> None:
    from iki.edit import outputs

    pages = {f"jabatan/p{worker}-{n}.md": f"# halaman {worker} {n}\n" for n in range(30)}
    outputs.write_files(Path(folder), pages, None, force=False)


def test_concurrent_runs_into_one_folder_keep_every_page_in_the_manifest(tmp_path: Path) -> None:
    # Unlocked, each run wrote back the manifest it had read: the last dropped the others'
    # pages, and the next run refused to replace pages iki itself had written.
    import multiprocessing

    folder = tmp_path / "laporan"
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_write_pages, args=(str(folder), w)) for w in range(5)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(60)
        assert process.exitcode == 0
    listed = json.loads((folder / MANIFEST).read_text())["files"]
    assert sorted(listed) == sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.md"))
    assert len(listed) == 150


def test_a_label_that_is_not_utf8_is_refused_without_a_traceback(tmp_path: Path) -> None:
    office = _office(tmp_path)
    page = tmp_path / "kepala.html"
    args = ["report", "--position", "kepala", "--label", "x\udcff", "-o", str(page)]
    run = run_iki([*args, "--project", str(office)])
    assert run.code == 2, run
    assert "--label berisi bita yang bukan UTF-8" in run.stderr
    assert not page.exists()
