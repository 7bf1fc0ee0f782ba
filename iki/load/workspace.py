"""Load a project: files → safe YAML → schema → model, collecting diagnostics on the way.

Data flows one way. A file that fails to read or fails its schema is recorded with its
diagnostics and left out of the model; every other file is still loaded, so one typo never hides
the findings in the other twenty files.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from iki.diagnostics import Diagnostic, JsonPath, Result, Severity
from iki.errors import UsageError
from iki.load import parallel, places, schema, yamlio
from iki.load.project import Project, read_regular, yaml_files_under
from iki.load.schema import SchemaName
from iki.messages import os_reason, place, say, text
from iki.model import (
    Config,
    Office,
    Position,
    Realisation,
    Renstra,
    build_config,
    build_position,
    build_realisation,
    build_renstra,
)

FALLBACK_YEAR = 2025
"""Used only when iki.yaml itself is invalid, so that the other files can still be checked."""


@dataclass
class SourceFile:
    """One data file as read, with what `iki` made of it."""

    path: Path
    name: str
    """The path shown to users: relative to the project root, with forward slashes."""
    kind: SchemaName | None
    loaded: yamlio.Loaded
    valid: bool = False
    """Read cleanly and matched its schema: its document is in the model."""
    built: Position | Realisation | None = None
    """The position or realisation made of a valid file, when it was made where the file was
    read (see `_read_all`); otherwise it is made when the workspace is put together."""

    @property
    def data(self) -> Any:
        return self.loaded.data


@dataclass
class Workspace:
    """Everything one command needs: the files, the model built from the valid ones, findings."""

    project: Project
    sources: dict[str, SourceFile]
    office: Office
    result: Result = field(default_factory=Result)

    def source(self, name: str) -> SourceFile | None:
        return self.sources.get(name)

    def files_of(self, kind: SchemaName) -> list[SourceFile]:
        return [s for s in self.sources.values() if s.kind is kind]


def read_source(project: Project, path: Path) -> SourceFile:
    name = project.relative(path)
    kind = project.kind_of(path)
    try:
        # One byte past the bound is enough to know the file is too large.
        raw, size = read_regular(path, yamlio.MAX_BYTES + 1)
    except OSError as exc:
        problem = yamlio.YamlProblem.of(say("Y012", reason=os_reason(exc)), 0, 0)
        return SourceFile(path, name, kind, yamlio.Loaded("", None, (problem,)))
    return SourceFile(path, name, kind, yamlio.load_bytes(raw, size=size))


def collect_files(project: Project, paths: Sequence[Path]) -> list[Path]:
    """The project's data files, plus the named files and folders that are not among them.

    A folder inside the project adds nothing (its data files are read anyway; naming it only
    narrows the report): `iki validate .` must not read test fixtures or workflows as data. A
    file named explicitly is read whatever it is, and a folder outside the project adds the
    YAML files that lie where data files would.
    """
    files = project.data_files()
    seen = {project.relative(p) for p in files}
    for given in paths:
        if not given.exists():
            raise UsageError(text("cli.no_such_path", path=str(given)))
        if given.is_dir():
            if project.inside(given) is not None:
                continue
            candidates = [p for p in yaml_files_under(given) if project.kind_of(p) is not None]
        elif given.is_file():
            candidates = [given]
        else:
            raise UsageError(text("cli.not_a_file", path=str(given)))
        for path in candidates:
            if project.relative(path) not in seen:
                seen.add(project.relative(path))
                files.append(path)
    return files


def load_workspace(project: Project, paths: Sequence[Path] = ()) -> Workspace:
    """Read every data file of the project (and `paths`), validate each, build the model."""
    return _assemble(project, _read_all(project, collect_files(project, paths)))


def load_workspace_from_files(project: Project, files: Iterable[tuple[str, bytes]]) -> Workspace:
    """The same as `load_workspace`, from `(name, content)` pairs instead of the filesystem.

    `name` is the path relative to the project root with forward slashes, as in diagnostics;
    `iki diff` loads the files of a git revision this way, without a checkout."""
    (workspace,) = load_workspaces_from_files(project, files)
    return workspace


def load_workspaces_from_files(
    project: Project, *sides: Iterable[tuple[str, bytes]]
) -> list[Workspace]:
    """`load_workspace_from_files` of each side of a change (`iki diff`: a revision and the
    working tree, or two revisions). A file with the same name and content on several sides is
    read once, for all of them: a change touches few files of a large office, and reading
    each side on its own read nearly every file twice."""
    contents = [list(side) for side in sides]
    distinct = list(dict.fromkeys(pair for side in contents for pair in side))
    examined = parallel.halves(partial(_examine_contents, project), distinct)
    read = dict(zip(distinct, examined, strict=True))
    return [_assemble(project, [read[pair] for pair in side]) for side in contents]


def _examine_contents(project: Project, pairs: Sequence[tuple[str, bytes]]) -> list[Examined]:
    return [
        _examined(
            SourceFile(
                project.root / name,
                name,
                project.kind_of(project.root / name),
                yamlio.load_bytes(raw),
            )
        )
        for name, raw in pairs
    ]


def _read_all(project: Project, paths: Sequence[Path]) -> list[Examined]:
    # This process also builds the model of its half while the other still reads: the other's
    # half is built once it arrives, as a model is dearer to pickle than to build.
    return parallel.halves(
        lambda part: _read_examined(project, part),
        paths,
        here=lambda part: _read_examined(project, part, build=True),
    )


Examined = tuple["SourceFile", list[Diagnostic]]
"""A file as read, with its reading and schema findings; `valid` is set on the file."""


def _read_examined(
    project: Project, paths: Sequence[Path], *, build: bool = False
) -> list[Examined]:
    examined = [_examined(read_source(project, path)) for path in paths]
    if build:
        for source, _ in examined:
            source.built = _built(source)
    return examined


def _built(source: SourceFile) -> Position | Realisation | None:
    if source.valid and source.kind is SchemaName.POSITION:
        return build_position(source.data, source.name)
    if source.valid and source.kind is SchemaName.REALISATION:
        return build_realisation(source.data, source.name)
    return None


def _examined(source: SourceFile) -> Examined:
    findings = list(_read_diagnostics(source))
    if source.loaded.ok and source.kind is not None:
        schema_findings = list(schema.diagnostics(source.kind, source.data, source.name))
        findings.extend(schema_findings)
        source.valid = not schema_findings
    elif source.loaded.ok:
        findings.append(Diagnostic.of(source.name, Severity.WARNING, say("Y013")))
    return source, findings


def _assemble(project: Project, examined: Iterable[Examined]) -> Workspace:
    result = Result()
    sources: dict[str, SourceFile] = {}
    for source, findings in examined:
        sources[source.name] = source
        result.files_checked += 1
        result.extend(findings)
    office = Office(
        _config(project, sources),
        tuple(_positions(sources.values())),
        tuple(_realisations(sources.values())),
        _renstra(sources.values()),
    )
    return Workspace(project, sources, office, result)


def _read_diagnostics(source: SourceFile) -> Iterable[Diagnostic]:
    for problem in source.loaded.problems:
        yield Diagnostic(
            source.name,
            problem.line,
            problem.column,
            problem.code,
            problem.severity,
            problem.message,
            problem.hint,
            args=problem.args,
        )


def _config(project: Project, sources: dict[str, SourceFile]) -> Config:
    name = project.relative(project.config_file)
    source = sources.get(name)
    if source is not None and source.valid:
        return build_config(source.data, name)
    return Config(organisation="", government=None, year=FALLBACK_YEAR, file=name)


def _positions(sources: Iterable[SourceFile]) -> list[Position]:
    positions = [
        s.built if isinstance(s.built, Position) else build_position(s.data, s.name)
        for s in sources
        if s.valid and s.kind is SchemaName.POSITION
    ]
    return sorted(positions, key=lambda p: (p.id, p.file))


def _renstra(sources: Iterable[SourceFile]) -> Renstra | None:
    """The valid Renstra file; the project has one at most (data/renstra.yaml)."""
    return next(
        (
            build_renstra(s.data, s.name)
            for s in sources
            if s.valid and s.kind is SchemaName.RENSTRA
        ),
        None,
    )


def _realisations(sources: Iterable[SourceFile]) -> list[Realisation]:
    realisations = [
        s.built if isinstance(s.built, Realisation) else build_realisation(s.data, s.name)
        for s in sources
        if s.valid and s.kind is SchemaName.REALISATION
    ]
    return sorted(realisations, key=lambda r: (r.year, r.position_id, r.file))


def locate(diagnostics: Iterable[Diagnostic], sources: dict[str, SourceFile]) -> list[Diagnostic]:
    """Fill in line and column from each diagnostic's JSON path, and say where it is in the
    form's own terms.

    Only files that have such a finding are parsed a second time, recording positions: valid files
    stay on the fast path. A large office with many findings has them placed by two processes.
    """
    named: list[tuple[Diagnostic, bool]] = []
    wanted: dict[str, list[JsonPath]] = {}
    for diagnostic in diagnostics:
        source = sources.get(diagnostic.file)
        if diagnostic.path and not diagnostic.place:
            data = source.loaded.data if source is not None else None
            diagnostic = replace(diagnostic, place=place(diagnostic.path, data))
        placeable = not diagnostic.line and source is not None and source.loaded.ok
        named.append((diagnostic, placeable))
        if placeable:
            wanted.setdefault(diagnostic.file, []).append(diagnostic.path)
    jobs = [(sources[name].loaded.text, paths) for name, paths in wanted.items()]
    found = {
        name: iter(where) for name, where in zip(wanted, parallel.halves(_place, jobs), strict=True)
    }
    located = []
    for diagnostic, placeable in named:
        where = next(found[diagnostic.file]) if placeable else None
        if where is None:
            located.append(diagnostic)
        else:
            located.append(replace(diagnostic, line=where.key_line, column=where.key_column))
    return located


def _place(jobs: Sequence[tuple[str, list[JsonPath]]]) -> list[list[yamlio.Location | None]]:
    """For each file's text, where each of its paths (or the nearest enclosing one) stands."""
    placed = []
    for content, paths in jobs:
        found = places.locations(content, paths)
        placed.append([_nearest(found, path) for path in paths])
    return placed


def _nearest(locations: dict[JsonPath, yamlio.Location], path: JsonPath) -> yamlio.Location | None:
    for end in range(len(path), -1, -1):
        found = locations.get(path[:end])
        if found is not None:
            return found
    return None
