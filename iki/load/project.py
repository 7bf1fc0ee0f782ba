"""Where a project is and which files it holds.

A project is a folder with `iki.yaml`; `iki` finds it by walking up from the working directory,
as git finds `.git`, so every command works from any subfolder.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePath, PurePosixPath

from iki.errors import ProjectNotFoundError, UsageError
from iki.load.schema import SchemaName
from iki.messages import text

CONFIG_FILE = "iki.yaml"
POSITIONS_DIR = Path("data") / "positions"
REALISATIONS_DIR = Path("data") / "realisasi"
RENSTRA_FILES = tuple(Path("data") / f"renstra{suffix}" for suffix in (".yaml", ".yml"))
"""Where the Renstra may be: data/renstra.yaml, or .yml as position files may be."""
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Project:
    root: Path
    realisations_from: Path | None = None
    """Read realisations from this folder (`<tahun>/<id>.yaml` inside) instead of
    data/realisasi/: `--realisasi examples/realisasi` shows the illustrative data."""

    @property
    def config_file(self) -> Path:
        return self.root / CONFIG_FILE

    @property
    def positions_dir(self) -> Path:
        return self.root / POSITIONS_DIR

    @property
    def realisations_dir(self) -> Path:
        return self.realisations_from or self.root / REALISATIONS_DIR

    @cached_property
    def resolved_root(self) -> Path:
        return self.root.resolve()

    @cached_property
    def _root_prefix(self) -> str | None:
        """The root as text with a separator after it, when it is already in normal form."""
        text = os.fspath(self.root)
        return text.rstrip(os.sep) + os.sep if os.path.normpath(text) == text else None

    def inside(self, path: Path) -> str | None:
        """The path relative to the project root, with forward slashes; None when outside."""
        prefix = self._root_prefix
        text = os.fspath(path)
        if prefix is not None and text.startswith(prefix):
            # A file the walk found under the root: the rest needs no normalising when it has
            # no `.` or `..` part (the common case, ten thousand times in a large office).
            rest = text[len(prefix) :]
            parts = rest.split(os.sep)  # noqa: PTH206 - a Path per file is the cost avoided
            if "" not in parts and "." not in parts and ".." not in parts:
                return "/".join(parts)
        candidate = Path(os.path.normpath(path))
        try:
            # Files found under the root need no resolving (a system call per folder).
            return candidate.relative_to(self.root).as_posix()
        except ValueError:
            pass
        try:
            return path.resolve().relative_to(self.resolved_root).as_posix()
        except ValueError:
            return None

    def relative(self, path: Path) -> str:
        """A path as shown in diagnostics: relative to the project root when inside it."""
        shown = self.inside(path)
        return shown if shown is not None else Path(os.path.normpath(path)).as_posix()

    def data_files(self) -> list[Path]:
        """iki.yaml, the Renstra, every position file and every realisation file, in a stable
        order."""
        files = [self.config_file] if self.config_file.is_file() else []
        data = self.root / "data"
        if data.is_dir():
            # A folder named data/renstra.yaml is listed too, so that it is reported (Y012).
            files.extend(
                sorted(
                    p for p in data.iterdir() if is_renstra(p.name) and (is_yaml(p) or p.is_dir())
                )
            )
        for folder in (self.positions_dir, self.realisations_dir):
            if folder.is_dir():
                files.extend(yaml_files_under(folder))
        return files

    def kind_of(self, path: Path) -> SchemaName | None:
        """What a data file is, from where it lies in the project: `iki.yaml` at the root,
        `data/positions/`, `data/realisasi/` (or the `--realisasi` folder). Only the path inside
        the project counts: a project kept under a folder named `realisasi` is not all
        realisations. A file elsewhere is judged by the folders around it."""
        if self.realisations_from is not None and self.realisations_from.resolve() in (
            path.resolve().parents
        ):
            return SchemaName.REALISATION
        relative = self.inside(path)
        if relative is None:
            return kind_of(path)
        parts = PurePosixPath(relative).parts
        if parts == (CONFIG_FILE,):
            return SchemaName.CONFIG
        if len(parts) == 2 and parts[0] == "data" and is_renstra(parts[1]):
            return SchemaName.RENSTRA
        if parts[:2] == POSITIONS_DIR.parts:
            return SchemaName.POSITION
        if parts[:2] == REALISATIONS_DIR.parts:
            return SchemaName.REALISATION
        return kind_of(PurePosixPath(relative))

    def is_data_file(self, path: Path) -> bool:
        """Whether `path` is one of the files `data_files` lists (so naming it only filters)."""
        relative = self.inside(path)
        if relative is None:
            return False
        parts = PurePosixPath(relative).parts
        renstra = len(parts) == 2 and parts[0] == "data" and is_renstra(parts[1])
        return (
            parts == (CONFIG_FILE,)
            or renstra
            or parts[:2] in (POSITIONS_DIR.parts, REALISATIONS_DIR.parts)
        )


def is_yaml(path: Path) -> bool:
    """A YAML file by its name: `.yaml` or `.yml` in any letter case (`.YAML` is common on
    Windows), so that no data file is silently skipped."""
    # A broken link where a data file should be (the data moved, the link stayed) or a pipe
    # with a data file's name is listed too: reading it (never blocking: `read_regular`) reports
    # it (Y012) rather than leave it silently missing. A folder is only walked into.
    if path.suffix.lower() not in YAML_SUFFIXES:
        return False
    return path.is_symlink() or (path.exists() and not path.is_dir())


def yaml_files_under(folder: Path) -> list[Path]:
    """The files under `folder` that `is_yaml` takes, in the order of their paths' parts.

    The same as `sorted(p for p in folder.rglob("*") if is_yaml(p))`, including what rglob
    does not do (follow a link to a folder below the top, read a folder it may not read), at a
    fraction of the system calls: the folder listing already says what each entry is."""
    found: list[tuple[tuple[str, ...], Path]] = []
    todo: list[tuple[Path, tuple[str, ...]]] = [(folder, ())]
    while todo:
        where, parts = todo.pop()
        try:
            entries = list(os.scandir(where))
        except PermissionError:
            continue
        for entry in entries:
            name = entry.name
            try:
                # Not followed: a link is taken whatever it leads to (a folder, nothing, itself),
                # and reading it says what is wrong; asking where a loop leads raises.
                linked = entry.is_symlink()
                is_dir = not linked and entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir:
                todo.append((where / name, (*parts, name)))
            elif _suffix(name).lower() in YAML_SUFFIXES:
                found.append(((*parts, name), where / name))
    found.sort(key=lambda item: item[0])
    return [path for _, path in found]


def _suffix(name: str) -> str:
    """`PurePath(name).suffix`, without making a path of every name in a folder."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def read_regular(path: Path, limit: int) -> tuple[bytes, int]:
    """A regular file's first `limit` bytes and its size. Opened without blocking, so a pipe
    (or a link to one) in a data file's place is an error (OSError), never a wait forever."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "not a regular file")
        chunks = []
        left = limit
        while left > 0:
            chunk = os.read(handle, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks), info.st_size
    finally:
        os.close(handle)


def is_renstra(name: str) -> bool:
    """Whether a file name in data/ is the Renstra's: renstra.yaml or .yml, any letter case."""
    return name.lower() in (f.name for f in RENSTRA_FILES)


def kind_of(path: PurePath) -> SchemaName | None:
    """What a file outside the usual places is, from the folders around it: `iki.yaml`, a file
    in a `positions/` folder, a file in `realisasi/<tahun>/`."""
    if path.name == CONFIG_FILE:
        return SchemaName.CONFIG
    if is_renstra(path.name) and path.parent.name == "data":
        return SchemaName.RENSTRA
    if path.parent.name == "positions":
        return SchemaName.POSITION
    if path.parent.parent.name == "realisasi":
        return SchemaName.REALISATION
    return None


def find_project(start: Path | None = None, explicit: Path | None = None) -> Project:
    """The project given with --project, or the nearest folder above `start` with iki.yaml."""
    if explicit is not None:
        if not (explicit / CONFIG_FILE).is_file():
            raise UsageError(text("cli.no_project_file", folder=str(explicit), config=CONFIG_FILE))
        return Project(explicit)
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return Project(folder)
    raise ProjectNotFoundError(text("cli.no_project", config=CONFIG_FILE, folder=str(here)))
