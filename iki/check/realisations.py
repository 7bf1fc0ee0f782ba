"""Checks of the realisation files against the positions they report on (codes A0xx).

The schema can only see one file; these checks read the model, where each realisation file meets
its position's indicators: a formula indicator takes its declared variables, an IKM indicator the
survey's element means, any other indicator a value. Each diagnostic carries a JSON path into the
realisation file and is located afterwards, like every other check.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from pathlib import PurePosixPath

from iki.diagnostics import Diagnostic, JsonPath, Severity
from iki.load.schema import SchemaName
from iki.load.workspace import Workspace
from iki.model import (
    QUARTERS,
    Aggregation,
    Indicator,
    IndicatorRealisation,
    Office,
    QuarterEntry,
    Realisation,
    quarter_hint,
)


def _error(file: str, path: JsonPath, code: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(file, 0, 0, code, Severity.ERROR, message, hint, path)


def realisations(workspace: Workspace) -> Iterator[Diagnostic]:
    """Every realisation file: its own checks, and A009 one file per position and year."""
    office = workspace.office
    # A position whose own file has errors is left out of the model; its realisations are not
    # "of an unknown position", and its file's findings already say what is wrong.
    unreadable = frozenset(
        PurePosixPath(s.name).stem for s in workspace.files_of(SchemaName.POSITION) if not s.valid
    )
    first: dict[tuple[str, int], str] = {}
    for realisation in office.realisations:
        key = (realisation.position_id, realisation.year)
        if key in first:
            yield _error(
                realisation.file,
                ("posisi",),
                "A009",
                f"the realisation of '{realisation.position_id}' for {realisation.year} "
                f"is also in {first[key]}",
                "keep one file per position and year; move these quarters into the other file",
            )
        else:
            first[key] = realisation.file
        if (
            realisation.position_id in unreadable
            and office.position(realisation.position_id) is None
        ):
            yield from _path_agrees(realisation)
            continue
        yield from check_realisation(office, realisation)


def check_realisation(office: Office, realisation: Realisation) -> Iterator[Diagnostic]:
    """The findings in one realisation file (everything but A009, which needs all files)."""
    yield from _path_agrees(realisation)
    position = office.position(realisation.position_id)
    if position is None:
        yield _error(
            realisation.file,
            ("posisi",),
            "A001",
            f"posisi '{realisation.position_id}' is not a position of this office",
            _closest(
                "write the id of a file in data/positions/",
                realisation.position_id,
                [p.id for p in office.positions],
            ),
        )
        return
    for realised in realisation.indicators:
        indicator = position.indicator(realised.indicator_id)
        if indicator is None:
            yield _error(
                realisation.file,
                ("realisasi", realised.indicator_id),
                "A002",
                f"position '{position.id}' has no indicator '{realised.indicator_id}'",
                _closest(
                    f"indicators of {position.id}: "
                    + (", ".join(i.id for i in position.indicators) or "none"),
                    realised.indicator_id,
                    [i.id for i in position.indicators],
                ),
            )
            continue
        yield from _indicator(realisation.file, indicator, realised)
        if indicator.ikm:
            yield from _survey_size(realisation.file, indicator, realised, office)


def _path_agrees(realisation: Realisation) -> Iterator[Diagnostic]:
    """A003: the file lies at <tahun>/<posisi>.yaml, so that a reviewer finds it by its name."""
    path = PurePosixPath(realisation.file)
    if path.stem != realisation.position_id:
        yield _error(
            realisation.file,
            ("posisi",),
            "A003",
            f"posisi '{realisation.position_id}' does not match the file name '{path.stem}'",
            f"rename the file to {realisation.position_id}.yaml, or set posisi: {path.stem}",
        )
    if path.parent.name != str(realisation.year):
        yield _error(
            realisation.file,
            ("tahun",),
            "A003",
            f"tahun {realisation.year} does not match the folder '{path.parent.name}'",
            f"move the file to data/realisasi/{realisation.year}/, "
            "or correct tahun to the year of its folder",
        )


def _indicator(
    file: str, indicator: Indicator, realised: IndicatorRealisation
) -> Iterator[Diagnostic]:
    known = [e for e in realised.entries if e.quarter in QUARTERS]
    for entry in realised.entries:
        if entry.quarter not in QUARTERS:
            yield _error(
                file,
                ("realisasi", indicator.id, entry.quarter),
                "A004",
                f"'{entry.quarter}' of '{indicator.id}' is not a quarter",
                quarter_hint(entry.quarter),
            )
    given_before: set[str] = set()
    for entry in sorted(known, key=lambda e: QUARTERS.index(e.quarter)):
        base: JsonPath = ("realisasi", indicator.id, entry.quarter)
        yield from _negatives(file, indicator, entry, base)
        yield from _shape(file, indicator, entry, base, given_before)
        given_before.update(k for k, v in entry.variables.items() if v is not None)


def _survey_size(
    file: str, indicator: Indicator, realised: IndicatorRealisation, office: Office
) -> Iterator[Diagnostic]:
    """K005: a survey scores as many elements as `ikm_unsur` lists (nine by default)."""
    count = len(office.config.ikm_elements)
    for entry in realised.entries:
        if entry.quarter not in QUARTERS or entry.elements is None:
            continue
        if len(entry.elements) != count:
            yield _error(
                file,
                ("realisasi", indicator.id, entry.quarter, "unsur"),
                "K005",
                f"{entry.quarter} '{indicator.id}': survei IKM berisi "
                f"{len(entry.elements)} nilai unsur, padahal unsurnya {count}",
                f"tulis {count} nilai rata-rata unsur (1–4) seurut ikm_unsur di iki.yaml "
                "(bawaannya sembilan unsur PermenPAN-RB 14/2017)",
            )


def _negatives(
    file: str, indicator: Indicator, entry: QuarterEntry, base: JsonPath
) -> Iterator[Diagnostic]:
    """A007: a realisation is a count or an amount; a change is computed by a rumus."""
    hint = (
        "write the quarter's own count or amount; an indicator that measures a change "
        "(growth, decrease) computes it from two amounts with a rumus"
    )
    if entry.value is not None and entry.value < 0:
        yield _error(
            file,
            (*base, "nilai"),
            "A007",
            f"{entry.quarter} of '{indicator.id}' is negative ({entry.value:g})",
            hint,
        )
    for name, value in sorted(entry.variables.items()):
        if value is not None and value < 0:
            yield _error(
                file,
                (*base, name),
                "A007",
                f"{entry.quarter} of '{indicator.id}': variable '{name}' is negative ({value:g})",
                hint,
            )


def _shape(
    file: str,
    indicator: Indicator,
    entry: QuarterEntry,
    base: JsonPath,
    given_before: set[str],
) -> Iterator[Diagnostic]:
    """A005, A006, A008, A010: the entry gives what this kind of indicator is computed from."""
    where = f"{entry.quarter} of '{indicator.id}'"
    declared = [v.name for v in indicator.formula.variables] if indicator.formula else []
    uses_variables = indicator.formula is not None and not indicator.ikm
    for name in sorted(entry.variables):
        if uses_variables and name in declared:
            continue
        if uses_variables:
            message = f"{where}: '{name}' is not a variable of its rumus"
            options = [*declared, "bukti", "catatan", "kendala", "upaya"]
        elif indicator.ikm:
            message = f"{where}: '{name}' is not a field of an IKM realisation"
            options = ["unsur", "responden", "bukti", "catatan", "kendala", "upaya"]
        else:
            message = f"{where}: '{name}' is not a field of a realisation (it has no rumus)"
            options = ["nilai", "bukti", "catatan", "kendala", "upaya"]
        yield _error(
            file,
            (*base, name),
            "A005",
            message,
            _closest("fields: " + ", ".join(options), name, options),
        )
    if indicator.ikm:
        if entry.value is not None:
            yield _error(
                file,
                (*base, "nilai"),
                "A008",
                f"{where}: an IKM is computed from the survey, not written as a value",
                "write unsur: [nine element means, 1–4] and responden: N (PermenPAN-RB 14/2017)",
            )
        if entry.respondents is not None and entry.elements is None:
            yield _error(
                file,
                (*base, "responden"),
                "A008",
                f"{where}: responden without unsur",
                "write unsur: [nine element means, 1–4] beside responden",
            )
    else:
        if entry.elements is not None or entry.respondents is not None:
            field = "unsur" if entry.elements is not None else "responden"
            yield _error(
                file,
                (*base, field),
                "A008",
                f"{where}: {field} belongs to IKM indicators only",
                f"mark the indicator ikm: true in its position file, or remove {field}",
            )
        if uses_variables and entry.value is not None:
            yield _error(
                file,
                (*base, "nilai"),
                "A008",
                f"{where} is computed by its rumus; write its variables, not a value",
                "write " + ", ".join(f"{name}: …" for name in declared),
            )
    if entry.is_empty:
        if entry.evidence is not None or entry.note is not None:
            yield Diagnostic(
                file,
                0,
                0,
                "A010",
                Severity.WARNING,
                f"{where} has bukti or catatan but no value; it counts as not realised",
                _value_hint(indicator, declared),
                base,
            )
        return
    wrote_value_instead = entry.value is not None and not entry.variables
    if uses_variables and indicator.formula is not None and not wrote_value_instead:
        for variable in indicator.formula.variables:
            if entry.variables.get(variable.name) is not None:
                continue
            if variable.aggregation is Aggregation.LAST and variable.name in given_before:
                continue  # a yearly value such as last year's total is written once
            yield _error(
                file,
                base,
                "A006",
                f"{where} lacks the value of variable '{variable.name}'",
                f"add {variable.name}: … ({variable.description})",
            )


def _value_hint(indicator: Indicator, declared: Sequence[str]) -> str:
    if indicator.ikm:
        return "write unsur: [nine element means, 1–4], or remove the quarter until it is known"
    if indicator.formula is not None:
        return "write " + ", ".join(f"{n}: …" for n in declared) + ", or remove the quarter"
    return "write nilai: …, or remove the quarter until the value is known"


def _closest(default: str, wrong: str, options: Sequence[str]) -> str:
    close = difflib.get_close_matches(wrong, options, n=3, cutoff=0.5)
    return "did you mean " + " or ".join(f"'{c}'" for c in close) + "?" if close else default
