"""`iki diff` reads a revision as the working tree is read: a symlinked data file is followed
on both sides, and a link that cannot be followed is refused on both (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_iki
from tests.gitrepo import commit_all, edit, project_repo
from tests.test_diff import POSITIONS, changed_sections, diff_json


@pytest.fixture
def linked(tmp_path: Path) -> Path:
    """The base office with staf.yaml kept in bersama/ and linked from data/positions/."""
    repo = project_repo(tmp_path / "office")
    bersama = repo / "bersama"
    bersama.mkdir()
    (repo / POSITIONS / "staf.yaml").rename(bersama / "staf.yaml")
    (repo / POSITIONS / "staf.yaml").symlink_to(Path("../../bersama/staf.yaml"))
    commit_all(repo, "staf.yaml is bersama")
    return repo


def test_a_committed_symlink_is_not_shown_as_added(linked: Path) -> None:
    report = diff_json(linked, "HEAD")  # HEAD against the working tree: nothing changed
    assert changed_sections(report) == set()
    assert diff_json(linked, "base", "HEAD")["positions"] == []  # the same file, moved


def test_a_change_through_the_link_is_seen_at_a_revision(linked: Path) -> None:
    edit(linked / "bersama" / "staf.yaml", "TW4: 400", "TW4: 450")
    assert diff_json(linked, "HEAD")["targets"][0]["new"]["TW4"] == 450.0
    commit_all(linked, "raise")
    assert diff_json(linked, "HEAD~1", "HEAD")["targets"][0]["new"]["TW4"] == 450.0


def test_a_link_out_of_the_repository_is_refused_on_both_sides(
    tmp_path: Path, linked: Path
) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text((linked / "bersama" / "staf.yaml").read_text())
    link = linked / POSITIONS / "staf.yaml"
    link.unlink()
    link.symlink_to(outside)
    run = run_iki(["diff", "--project", str(linked), "HEAD"])
    assert run.code == 2, run
    assert "di luar repositori" in run.stderr
    commit_all(linked, "link out")
    run = run_iki(["diff", "--project", str(linked), "HEAD~1", "HEAD"])
    assert run.code == 2, run
    assert "di luar repositori" in run.stderr


def test_a_dangling_link_is_refused_on_both_sides(linked: Path) -> None:
    (linked / "bersama" / "staf.yaml").unlink()
    run = run_iki(["diff", "--project", str(linked), "HEAD"])
    assert run.code == 2, run
    assert "data/positions/staf.yaml" in run.stderr
    commit_all(linked, "dangling")
    run = run_iki(["diff", "--project", str(linked), "HEAD~1", "HEAD"])
    assert run.code == 2, run
    assert "tidak ada" in run.stderr
    validate = run_iki(["validate", "--project", str(linked)])
    assert "data/positions/staf.yaml" in validate.stdout and "Y012" in validate.stdout


def test_a_linked_positions_folder_is_read_at_a_revision_too(tmp_path: Path) -> None:
    repo = project_repo(tmp_path / "office")
    (repo / POSITIONS).rename(repo / "jabatan-bersama")
    (repo / POSITIONS).symlink_to(Path("../jabatan-bersama"))
    commit_all(repo, "positions kept in jabatan-bersama/")
    assert changed_sections(diff_json(repo, "HEAD")) == set()
    assert diff_json(repo, "base", "HEAD")["positions"] == []
    edit(repo / "jabatan-bersama" / "staf.yaml", "TW4: 400", "TW4: 450")
    commit_all(repo, "raise")
    assert diff_json(repo, "HEAD~1", "HEAD")["targets"][0]["new"]["TW4"] == 450.0


def test_a_link_through_a_linked_folder_is_followed_at_a_revision(linked: Path) -> None:
    # `bersama` becomes a link to `umum`: the file's link now passes through it, as the
    # kernel follows it in the working tree.
    (linked / "bersama").rename(linked / "umum")
    (linked / "bersama").symlink_to("umum")
    commit_all(linked, "bersama is umum")
    assert diff_json(linked, "HEAD")["positions"] == []
    assert diff_json(linked, "HEAD~1", "HEAD")["positions"] == []
    edit(linked / "umum" / "staf.yaml", "TW4: 400", "TW4: 450")
    commit_all(linked, "raise")
    assert diff_json(linked, "HEAD~1", "HEAD")["targets"][0]["new"]["TW4"] == 450.0


def test_a_linked_folder_out_of_the_repository_is_refused_at_a_revision(
    tmp_path: Path, linked: Path
) -> None:
    outside = tmp_path / "luar"
    (linked / "bersama").rename(outside)
    (linked / "bersama").symlink_to(outside)
    commit_all(linked, "bersama is outside")
    run = run_iki(["diff", "--project", str(linked), "HEAD~1", "HEAD"])
    assert run.code == 2, run
    assert "di luar repositori" in run.stderr


INDONESIAN = ("tautan", "tidak ada", "luar", "repositori", "berkas", "melewati", "berputar")


def _english_refusal(repo: Path) -> str:
    run = run_iki(["diff", "--project", str(repo), "base", "HEAD", "--lang", "en"])
    assert run.code == 2, run
    assert [word for word in INDONESIAN if word in run.stderr] == []
    return run.stderr


def test_the_refusals_of_links_speak_english_when_asked(tmp_path: Path, linked: Path) -> None:
    link = linked / POSITIONS / "staf.yaml"
    link.unlink()
    link.symlink_to(tmp_path / "outside.yaml")
    # The working tree's side first, then the revision's.
    run = run_iki(["diff", "--project", str(linked), "HEAD", "--lang", "en"])
    assert run.code == 2, run
    assert "staf.yaml is a symbolic link to " in run.stderr
    assert [word for word in INDONESIAN if word in run.stderr] == []
    commit_all(linked, "link out")
    said = _english_refusal(linked)
    assert "is a symbolic link to" in said and "outside the repository" in said
    # Indonesian stays the default.
    run = run_iki(["diff", "--project", str(linked), "HEAD~1", "HEAD"])
    assert "adalah tautan simbolik ke" in run.stderr and "di luar repositori" in run.stderr

    link.unlink()
    link.symlink_to(Path("../../bersama/hilang.yaml"))
    commit_all(linked, "dangling")
    assert "which does not exist (or is not a file) at that revision" in _english_refusal(linked)

    (linked / "bersama" / "a.yaml").symlink_to("b.yaml")
    (linked / "bersama" / "b.yaml").symlink_to("a.yaml")
    link.unlink()
    link.symlink_to(Path("../../bersama/a.yaml"))
    commit_all(linked, "loop")
    assert "chain of symbolic links is too long or goes round in a loop" in _english_refusal(linked)


def test_a_linked_folder_out_of_the_repository_is_refused_in_english(
    tmp_path: Path, linked: Path
) -> None:
    outside = tmp_path / "elsewhere"
    (linked / "bersama").rename(outside)
    (linked / "bersama").symlink_to(outside)
    commit_all(linked, "bersama is outside")
    said = _english_refusal(linked)
    assert "passes through bersama, a symbolic link to" in said
