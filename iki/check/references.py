"""Checks across the model: identities, references between files, and formulas.

Each check reads the model built from schema-valid files and yields diagnostics that carry a
JSON path; `workspace.locate` turns the path into a line and column afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

from iki import formula
from iki.diagnostics import Diagnostic, JsonPath, Severity
from iki.load.workspace import Workspace
from iki.messages import Said, closest, say
from iki.model import Indicator, Position, Range, renstra_id


def _error(file: str, path: JsonPath, said: Said) -> Diagnostic:
    return Diagnostic.of(file, Severity.ERROR, said, path)


def _indicator_path(indicator: Indicator, *rest: str | int) -> JsonPath:
    return ("kinerja", indicator.index, *rest)


def identities(workspace: Workspace) -> Iterator[Diagnostic]:
    """R001 id equals the file name; R002 position ids unique; R005 indicator ids unique."""
    first_file: dict[str, str] = {}
    for position in workspace.office.positions:
        stem = PurePosixPath(position.file).stem
        if position.id != stem:
            yield _error(
                position.file,
                ("id",),
                say("R001", id=position.id, stem=stem),
            )
        if position.id in first_file:
            yield _error(
                position.file,
                ("id",),
                say("R002", id=position.id, other=first_file[position.id]),
            )
        else:
            first_file[position.id] = position.file
        seen: set[str] = set()
        for indicator in position.indicators:
            if indicator.id in seen:
                yield _error(
                    position.file,
                    _indicator_path(indicator, "id"),
                    say("R005", id=indicator.id),
                )
            seen.add(indicator.id)


def references(workspace: Workspace) -> Iterator[Diagnostic]:
    """R003 `atasan` names a position; R004 `mendukung` names an existing indicator."""
    office = workspace.office
    ids = sorted(p.id for p in office.positions)
    for position in office.positions:
        if position.superior is not None and office.position(position.superior) is None:
            yield _error(
                position.file,
                ("atasan",),
                say(
                    "R003",
                    closest(
                        say("R003", id=position.superior).hint,
                        position.superior,
                        [i for i in ids if i != position.id],
                    ),
                    id=position.superior,
                ),
            )
        for indicator in position.indicators:
            yield from _support_references(workspace, position, indicator)


def _support_references(
    workspace: Workspace, position: Position, indicator: Indicator
) -> Iterator[Diagnostic]:
    office = workspace.office
    many = len(indicator.supports) > 1
    for n, ref in enumerate(indicator.supports):
        path = _indicator_path(indicator, "mendukung", *((n,) if many else ()))
        if renstra_id(ref) is not None:
            continue  # an IKU of the Renstra: cascade.renstra checks it (C031)
        target_id, _, target_indicator = ref.partition("/")
        target = office.position(target_id)
        if target is None:
            yield _error(
                position.file,
                path,
                say(
                    "R004.position",
                    closest(
                        say("R004.position", ref=ref, position=target_id).hint,
                        target_id,
                        sorted(p.id for p in office.positions),
                    ),
                    ref=ref,
                    position=target_id,
                ),
            )
        elif target.indicator(target_indicator) is None:
            yield _error(
                position.file,
                path,
                _no_indicator(ref, target_id, target_indicator, [i.id for i in target.indicators]),
            )


def _no_indicator(ref: str, position: str, indicator: str, ids: list[str]) -> Said:
    plain = say(
        "R004.indicator", ref=ref, position=position, indicator=indicator, indicators=tuple(ids)
    )
    return say(
        "R004.indicator",
        closest(plain.hint, indicator, ids),
        ref=ref,
        position=position,
        indicator=indicator,
        indicators=tuple(ids),
    )


def formulas(workspace: Workspace) -> Iterator[Diagnostic]:
    """F001 the rumus parses; F002 it uses only declared variables; F003 none is left unused."""
    for position in workspace.office.positions:
        for indicator in position.indicators:
            if indicator.formula is None:
                continue
            path = _indicator_path(indicator, "rumus", "ekspresi")
            try:
                expression = formula.parse(indicator.formula.expression)
            except formula.FormulaSyntaxError as exc:
                yield _error(
                    position.file,
                    path,
                    say(
                        "F001",
                        exc.hint,
                        id=indicator.id,
                        column=exc.column,
                        problem=exc.message,
                    ),
                )
                continue
            declared = {v.name for v in indicator.formula.variables}
            used = formula.variables(expression)
            for name in sorted(used - declared):
                yield _error(
                    position.file,
                    path,
                    say("F002", id=indicator.id, name=name),
                )
            for name in sorted(declared - used):
                yield Diagnostic.of(
                    position.file,
                    Severity.WARNING,
                    say("F003", name=name, id=indicator.id),
                    _indicator_path(indicator, "rumus", "variabel", name),
                )


def target_ranges(workspace: Workspace) -> Iterator[Diagnostic]:
    """S007 a range target has min ≤ maks."""
    for position in workspace.office.positions:
        for indicator in position.indicators:
            for year, target in sorted(indicator.targets.items()):
                if isinstance(target, Range) and target.minimum > target.maximum:
                    yield _error(
                        position.file,
                        _indicator_path(indicator, "target", str(year)),
                        say(
                            "S007",
                            year=str(year),
                            id=indicator.id,
                            minimum=target.minimum,
                            maximum=target.maximum,
                        ),
                    )


def grade_scale(workspace: Workspace) -> Iterator[Diagnostic]:
    """S006 skala_predikat runs from the highest lower bound to the lowest."""
    config = workspace.office.config
    bounds = [band.minimum for band in config.grades]
    if bounds != sorted(bounds, reverse=True) or len(set(bounds)) != len(bounds):
        yield _error(
            config.file,
            ("skala_predikat",),
            say("S006"),
        )
