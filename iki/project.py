"""Where a project is and which files it holds.

A project is a folder with `iki.yaml`; `iki` finds it by walking up from the working directory,
as git finds `.git`, so every command works from any subfolder.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from iki.errors import ProjectNotFoundError, UsageError
from iki.schema import SchemaName

CONFIG_FILE = "iki.yaml"
POSITIONS_DIR = Path("data") / "positions"
REALISATIONS_DIR = Path("data") / "realisasi"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def config_file(self) -> Path:
        return self.root / CONFIG_FILE

    @property
    def positions_dir(self) -> Path:
        return self.root / POSITIONS_DIR

    @property
    def realisations_dir(self) -> Path:
        return self.root / REALISATIONS_DIR

    @cached_property
    def resolved_root(self) -> Path:
        return self.root.resolve()

    def relative(self, path: Path) -> str:
        """A path as shown in diagnostics: relative to the project root when inside it."""
        try:
            # Files found under the root need no resolving (a system call per folder).
            return path.relative_to(self.root).as_posix()
        except ValueError:
            pass
        try:
            return path.resolve().relative_to(self.resolved_root).as_posix()
        except ValueError:
            return path.as_posix()

    def data_files(self) -> list[Path]:
        """iki.yaml, every position file and every realisation file, in a stable order."""
        files = [self.config_file] if self.config_file.is_file() else []
        for folder in (self.positions_dir, self.realisations_dir):
            if folder.is_dir():
                files.extend(sorted(p for p in folder.rglob("*") if is_yaml(p)))
        return files

    def kind_of(self, path: Path) -> SchemaName | None:
        return kind_of(path)


def is_yaml(path: Path) -> bool:
    return path.is_file() and path.suffix in YAML_SUFFIXES


def kind_of(path: Path) -> SchemaName | None:
    """What a data file is, from where it lies: iki.yaml, data/positions/, data/realisasi/."""
    if path.name == CONFIG_FILE:
        return SchemaName.CONFIG
    parts = path.parts
    if "realisasi" in parts:
        return SchemaName.REALISATION
    if "positions" in parts:
        return SchemaName.POSITION
    return None


def find_project(start: Path | None = None, explicit: Path | None = None) -> Project:
    """The project given with --project, or the nearest folder above `start` with iki.yaml."""
    if explicit is not None:
        if not (explicit / CONFIG_FILE).is_file():
            raise UsageError(f"{explicit} has no {CONFIG_FILE}; --project names a project folder")
        return Project(explicit)
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return Project(folder)
    raise ProjectNotFoundError(
        f"no {CONFIG_FILE} in {here} or any folder above it; "
        "run iki inside a project or pass --project DIR"
    )
