"""The walk that lists an office's data files takes exactly what `rglob` with `is_yaml` took,
in the same order, and names each file as the general path logic does."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from iki.load.project import Project, is_yaml, yaml_files_under


def _awkward_folder(root: Path) -> Path:
    folder = root / "positions"
    (folder / "sub" / "deeper").mkdir(parents=True)
    (folder / "a-b").mkdir()
    (folder / "x.yaml").mkdir()  # a folder with a data file's name: walked into, not listed
    for name in (
        "b.yaml",
        "A.YAML",
        "c.yml",
        ".hidden.yaml",
        ".yaml",  # no suffix at all, as pathlib sees it
        "..yaml",
        "note.txt",
        "d.yaml.",
        "sub/e.yaml",
        "sub/deeper/f.Yml",
        "a-b/g.yaml",
        "x.yaml/h.yaml",
    ):
        (folder / name).write_text("id: x\n", encoding="utf-8")
    outside = root / "elsewhere"
    outside.mkdir()
    (outside / "i.yaml").write_text("id: i\n", encoding="utf-8")
    (folder / "linked-folder").symlink_to(outside)  # not followed below the top, as rglob
    (folder / "linked.yaml").symlink_to(outside / "i.yaml")
    (folder / "dangling.yaml").symlink_to(root / "gone.yaml")  # listed: reading reports it
    (folder / "loop-a.yaml").symlink_to(folder / "loop-b.yaml")  # listed: reading reports it
    (folder / "loop-b.yaml").symlink_to(folder / "loop-a.yaml")
    os.mkfifo(folder / "pipe.yaml")
    return folder


def test_the_walk_takes_what_rglob_took_in_the_same_order(tmp_path: Path) -> None:
    folder = _awkward_folder(tmp_path)
    expected = sorted(p for p in folder.rglob("*") if is_yaml(p))
    found = yaml_files_under(folder)
    assert found == expected
    names = {p.relative_to(folder).as_posix() for p in found}
    assert {
        "A.YAML",
        "..yaml",
        "dangling.yaml",
        "loop-a.yaml",
        "pipe.yaml",
        "x.yaml/h.yaml",
    } <= names
    assert not {".yaml", "note.txt", "x.yaml", "linked-folder/i.yaml"} & names


def test_an_unreadable_folder_is_passed_over_as_rglob_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root every folder is readable, so the refusal is made here."""
    folder = _awkward_folder(tmp_path)
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = {p.relative_to(folder).as_posix() for p in yaml_files_under(folder)}
    assert "b.yaml" in found
    assert not any(name.startswith("sub/") for name in found)


@pytest.mark.parametrize(
    "root",
    ["/srv/kantor", "/srv/kantor/", "/srv/../srv/kantor", "relative/kantor", "."],
)
@pytest.mark.parametrize(
    "inside",
    ["data/positions/a.yaml", "data/./positions/a.yaml", "data/../iki.yaml", "d...yaml"],
)
def test_a_file_is_named_as_the_general_path_logic_names_it(root: str, inside: str) -> None:
    project = Project(Path(root))
    path = Path(root) / inside
    candidate = Path(os.path.normpath(path))
    try:
        expected: str | None = candidate.relative_to(project.root).as_posix()
    except ValueError:
        try:
            expected = path.resolve().relative_to(project.resolved_root).as_posix()
        except ValueError:
            expected = None
    assert project.inside(path) == expected
