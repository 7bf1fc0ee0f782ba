"""Checks across the model: identities, references between files, and formulas.

Each check reads the model built from schema-valid files and yields diagnostics that carry a
JSON path; `workspace.locate` turns the path into a line and column afterwards.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import PurePosixPath

from iki import formula
from iki.diagnostics import Diagnostic, JsonPath, Severity
from iki.load.workspace import Workspace
from iki.model import Indicator, Position, Range, renstra_id


def _error(file: str, path: JsonPath, code: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(file, 0, 0, code, Severity.ERROR, message, hint, path)


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
                "R001",
                f"id '{position.id}' does not match the file name '{stem}'",
                f"rename the file to {position.id}.yaml, or set id: {stem}",
            )
        if position.id in first_file:
            yield _error(
                position.file,
                ("id",),
                "R002",
                f"position id '{position.id}' is also used by {first_file[position.id]}",
                "give each position its own id",
            )
        else:
            first_file[position.id] = position.file
        seen: set[str] = set()
        for indicator in position.indicators:
            if indicator.id in seen:
                yield _error(
                    position.file,
                    _indicator_path(indicator, "id"),
                    "R005",
                    f"indicator id '{indicator.id}' appears twice in this position",
                    "give each indicator of a position its own id",
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
                "R003",
                f"atasan '{position.superior}' is not a position of this office",
                _closest(
                    "write the id of the direct superior's file",
                    position.superior,
                    [i for i in ids if i != position.id],
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
                "R004",
                f"mendukung '{ref}': there is no position '{target_id}'",
                _closest(
                    "write <position-id>/<indicator-id>",
                    target_id,
                    sorted(p.id for p in office.positions),
                ),
            )
        elif target.indicator(target_indicator) is None:
            yield _error(
                position.file,
                path,
                "R004",
                f"mendukung '{ref}': position '{target_id}' has no indicator '{target_indicator}'",
                _closest(
                    f"indicators of {target_id}: " + ", ".join(i.id for i in target.indicators),
                    target_indicator,
                    [i.id for i in target.indicators],
                ),
            )


def _closest(default: str, wrong: str, options: list[str]) -> str:
    close = difflib.get_close_matches(wrong, options, n=3, cutoff=0.5)
    return "did you mean " + " or ".join(f"'{c}'" for c in close) + "?" if close else default


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
                    "F001",
                    f"rumus of '{indicator.id}' cannot be read at character {exc.column}: "
                    f"{exc.message}",
                    exc.hint,
                )
                continue
            declared = {v.name for v in indicator.formula.variables}
            used = formula.variables(expression)
            for name in sorted(used - declared):
                yield _error(
                    position.file,
                    path,
                    "F002",
                    f"rumus of '{indicator.id}' uses '{name}', which is not declared",
                    f"declare it under rumus.variabel ({name}: {{uraian: ..., satuan: ...}}) "
                    "or correct the spelling",
                )
            for name in sorted(declared - used):
                yield Diagnostic(
                    position.file,
                    0,
                    0,
                    "F003",
                    Severity.WARNING,
                    f"variable '{name}' of '{indicator.id}' is declared but not used",
                    "use it in the expression or remove it from rumus.variabel",
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
                        "S007",
                        f"target {year} of '{indicator.id}': min {target.minimum:g} is above "
                        f"maks {target.maximum:g}",
                        "swap the two bounds",
                    )


def grade_scale(workspace: Workspace) -> Iterator[Diagnostic]:
    """S006 skala_predikat runs from the highest lower bound to the lowest."""
    config = workspace.office.config
    bounds = [band.minimum for band in config.grades]
    if bounds != sorted(bounds, reverse=True) or len(set(bounds)) != len(bounds):
        yield _error(
            config.file,
            ("skala_predikat",),
            "S006",
            "skala_predikat must list its lower bounds from highest to lowest, each once",
            "order the bands as in the default: 91, 76, 66, 51, 0",
        )
