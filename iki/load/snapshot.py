"""A snapshot: a project's data files as `(name, content)` pairs, from a revision or the disk.

`iki diff` compares two snapshots. Both sides are read into memory the same way, so the diff
itself never touches git or the filesystem, and a revision is never checked out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from iki.errors import IkiError
from iki.load.project import (
    CONFIG_FILE,
    POSITIONS_DIR,
    REALISATIONS_DIR,
    YAML_SUFFIXES,
    Project,
    is_renstra,
    read_regular,
)
from iki.messages import os_reason
from iki.messages import text as message


@dataclass(frozen=True)
class Snapshot:
    """The data files of a project at one point in its history."""

    revision: str | None
    """The revision as the user wrote it (`origin/main`); None for the working tree."""
    commit: str | None
    """The full commit id the revision resolved to; None for the working tree."""
    files: tuple[tuple[str, bytes], ...]
    """`(name, content)`, name relative to the project root with forward slashes, sorted."""


def is_data_file(name: str) -> bool:
    """Whether a project-relative posix path is one the project's data files, as `iki` lists them.

    The same selection as `Project.data_files`: iki.yaml, data/renstra.yaml and the YAML files
    below data/positions/ and data/realisasi/.
    """
    path = PurePosixPath(name)
    if name == CONFIG_FILE or (path.parent.as_posix() == "data" and is_renstra(path.name)):
        return True
    if path.suffix.lower() not in YAML_SUFFIXES:
        return False
    folders = (PurePosixPath(POSITIONS_DIR.as_posix()), PurePosixPath(REALISATIONS_DIR.as_posix()))
    return any(folder in path.parents for folder in folders)


def worktree_snapshot(project: Project, within: Path | None = None) -> Snapshot:
    """The data files as they are on disk now, committed or not: what `iki validate` reads.

    With `within` (the repository's top folder), a symlinked data file must lead to a file
    inside it, as a revision's link must (`gitio`): both sides are read the same way."""
    files = []
    boundary = within.resolve() if within is not None else None
    for path in project.data_files():
        name = project.relative(path)
        if boundary is not None and path.is_symlink():
            real = path.resolve()
            if real != boundary and boundary not in real.parents:
                raise IkiError(message("git.worktree_link_outside", path=name, target=str(real)))
        try:
            # The whole file, as git gives a revision's: Y006 then states its real size.
            raw, _ = read_regular(path, 1 << 62)
            files.append((name, raw))
        except OSError as exc:
            raise IkiError(message("cli.unreadable", file=name, reason=os_reason(exc))) from exc
    return Snapshot(None, None, tuple(sorted(files)))
