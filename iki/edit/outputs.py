"""Write generated files (reports) without ever overwriting one that `iki` did not write.

`iki report --all -o .` once replaced the office's own README.md, and `-o data/positions/x.yaml`
wrote Markdown over a data file. Every folder `iki` writes reports into now holds a manifest,
`.iki-laporan.json`, naming each file it wrote with the SHA-256 of what it wrote. A file may be
replaced only when the manifest lists it and it still holds exactly those bytes (so a page
someone edited after it was made is not lost either); anything else that exists, and any data
file of the project, is refused unless `--force`. The check covers every file before the first
is written: all or nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from iki.edit import atomic
from iki.errors import IkiError
from iki.load.project import YAML_SUFFIXES, Project

MANIFEST = ".iki-laporan.json"
_NOT_REGULAR = "bukan berkas biasa: folder, tautan simbolik, perangkat atau pipa"
_KIND = "iki report manifest"


class OverwriteRefusedError(IkiError):
    """Files would be overwritten that iki did not write, or data files; nothing was written."""

    def __init__(self, refused: list[tuple[Path, str]]) -> None:
        self.refused = refused
        super().__init__(
            f"{len(refused)} berkas tidak ditimpa karena bukan hasil iki (atau berkas data "
            "proyek); tidak ada yang ditulis. Pilih folder lain dengan -o, atau --force bila "
            "memang boleh ditimpa"
        )


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _read_manifest(folder: Path) -> dict[str, str] | None:
    """The manifest's entries; {} when there is none, None when a file of that name is not
    one of ours."""
    path = folder / MANIFEST
    if not os.path.lexists(path):
        return {}
    try:
        data: Any = json.loads(atomic.read_regular(path, 16 * 1024 * 1024) or b"")
    except (OSError, ValueError, IkiError):
        return None
    if not isinstance(data, dict) or data.get("kind") != _KIND:
        return None
    files = data.get("files")
    if not isinstance(files, dict):
        return None
    return {str(k): str(v) for k, v in files.items()}


def _current_digest(path: Path) -> str | None:
    try:
        info = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    if not stat.S_ISREG(info.st_mode):
        return "-"  # a link, folder or pipe is never what iki wrote
    try:
        content = atomic.read_regular(path, info.st_size + 1)
    except (OSError, IkiError):
        return "-"
    return _digest(content or b"")


def check(folder: Path, names: Iterable[str], project: Project | None, *, force: bool) -> None:
    """Raise OverwriteRefusedError when any of `names` may not be written into `folder`: called
    before anything costly is made (a PDF), and again by `write_files`."""
    _checked_manifest(folder, names, project, force=force)


def write_files(
    folder: Path, files: Mapping[str, str | bytes], project: Project | None, *, force: bool
) -> None:
    """Write `files` (name relative to `folder` → text or bytes) into `folder`, then the
    manifest; nothing at all when one of them may not be written.

    Two runs into one folder (two `report --all` at once) each read the manifest, wrote their
    pages and wrote the manifest back: the last one dropped the other's pages from it, so the
    next run refused to replace pages iki had written. The folder is locked from reading the
    manifest to writing it; a run that waits too long raises atomic.UnsafeTargetError."""
    with atomic.locked_folder(folder, str(folder)):
        manifest = _checked_manifest(folder, files, project, force=force)
        try:
            for name, text in files.items():
                content = text.encode("utf-8") if isinstance(text, str) else text
                atomic.write_bytes(folder / name, content, durable=False)
                manifest[Path(name).as_posix()] = _digest(content)
        finally:
            # Pages are rendered as they are written (`reports.Pages`): when one cannot be made
            # or written, those already written must still be known as iki's, or the next run
            # refuses to replace them.
            kept = {name: digest for name, digest in manifest.items() if (folder / name).exists()}
            record = {"kind": _KIND, "files": dict(sorted(kept.items()))}
            atomic.write_text(
                folder / MANIFEST,
                json.dumps(record, indent=1, ensure_ascii=False) + "\n",
                durable=False,
            )


def _checked_manifest(
    folder: Path, names: Iterable[str], project: Project | None, *, force: bool
) -> dict[str, str]:
    manifest = _read_manifest(folder)
    refused: list[tuple[Path, str]] = []
    if manifest is None:
        refused.append((folder / MANIFEST, "bukan manifes iki"))
        manifest = {}
    for name in names:
        target = folder / name
        reason = _refusal(target, manifest.get(Path(name).as_posix()), project)
        if reason is not None:
            refused.append((target, reason))
    blocking = [(p, r) for p, r in refused if r == _NOT_REGULAR]
    if blocking or (refused and not force):
        raise OverwriteRefusedError(blocking or refused)
    return manifest


def _refusal(target: Path, written: str | None, project: Project | None) -> str | None:
    try:
        mode = os.lstat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):  # the write will say which part is wrong
        mode = None
    except OSError:
        return _NOT_REGULAR
    if mode is not None and not stat.S_ISREG(mode):
        # A folder, a link (/dev/stdout), a device (/dev/null) or a pipe is never replaced by a
        # page, --force or not: the rename would put a file where the system expects them.
        return _NOT_REGULAR
    if project is not None and (
        project.is_data_file(target)
        or (target.suffix.lower() in YAML_SUFFIXES and project.kind_of(target) is not None)
    ):
        return "berkas data proyek"
    current = _current_digest(target)
    if current is None:
        return None
    if written is None:
        return "sudah ada, bukan tulisan iki"
    if current != written:
        return "sudah diubah sejak ditulis iki"
    return None
