"""Checks of the realisation files against the positions they report on (codes A0xx).

The schema can only see one file; these checks read the model, where each realisation file meets
its position's indicators: a formula indicator takes its declared variables, an IKM indicator the
survey's element means, any other indicator a value. Each diagnostic carries a JSON path into the
realisation file and is located afterwards, like every other check.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import PurePosixPath

from iki.diagnostics import Diagnostic, JsonPath, Severity
from iki.load.schema import SchemaName
from iki.load.workspace import Workspace
from iki.messages import Said, closest, say, text
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


def _error(file: str, path: JsonPath, said: Said) -> Diagnostic:
    return Diagnostic.of(file, Severity.ERROR, said, path)


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
                say(
                    "A009",
                    id=realisation.position_id,
                    year=str(realisation.year),
                    other=first[key],
                ),
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
            say(
                "A001",
                closest(
                    say("A001", id=realisation.position_id).hint,
                    realisation.position_id,
                    [p.id for p in office.positions],
                ),
                id=realisation.position_id,
            ),
        )
        return
    for realised in realisation.indicators:
        indicator = position.indicator(realised.indicator_id)
        if indicator is None:
            yield _error(
                realisation.file,
                ("realisasi", realised.indicator_id),
                _no_indicator(
                    position.id, realised.indicator_id, [i.id for i in position.indicators]
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
            say("A003.name", id=realisation.position_id, stem=path.stem),
        )
    if path.parent.name != str(realisation.year):
        yield _error(
            realisation.file,
            ("tahun",),
            say("A003.year", year=str(realisation.year), folder=path.parent.name),
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
                say("A004", quarter_hint(entry.quarter), quarter=entry.quarter, id=indicator.id),
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
                say(
                    "K005",
                    quarter=entry.quarter,
                    id=indicator.id,
                    found=len(entry.elements),
                    count=count,
                ),
            )


def _negatives(
    file: str, indicator: Indicator, entry: QuarterEntry, base: JsonPath
) -> Iterator[Diagnostic]:
    """A007: a realisation is a count or an amount; a change is computed by a rumus."""
    if entry.value is not None and entry.value < 0:
        yield _error(
            file,
            (*base, "nilai"),
            say("A007", quarter=entry.quarter, id=indicator.id, value=entry.value),
        )
    for name, value in sorted(entry.variables.items()):
        if value is not None and value < 0:
            yield _error(
                file,
                (*base, name),
                say(
                    "A007.variable", quarter=entry.quarter, id=indicator.id, name=name, value=value
                ),
            )


def _shape(
    file: str,
    indicator: Indicator,
    entry: QuarterEntry,
    base: JsonPath,
    given_before: set[str],
) -> Iterator[Diagnostic]:
    """A005, A006, A008, A010: the entry gives what this kind of indicator is computed from."""
    where = {"quarter": entry.quarter, "id": indicator.id}
    declared = [v.name for v in indicator.formula.variables] if indicator.formula else []
    uses_variables = indicator.formula is not None and not indicator.ikm
    for name in sorted(entry.variables):
        if uses_variables and name in declared:
            continue
        if uses_variables:
            key = "A005.variable"
            options = [*declared, "bukti", "catatan", "kendala", "upaya"]
        elif indicator.ikm:
            key = "A005.ikm"
            options = ["unsur", "responden", "bukti", "catatan", "kendala", "upaya"]
        else:
            key = "A005.value"
            options = ["nilai", "bukti", "catatan", "kendala", "upaya"]
        plain = say(key, name=name, options=tuple(options), **where)
        yield _error(
            file,
            (*base, name),
            say(
                key, closest(plain.hint, name, options), name=name, options=tuple(options), **where
            ),
        )
    if indicator.ikm:
        if entry.value is not None:
            yield _error(
                file,
                (*base, "nilai"),
                say("A008.ikm_value", **where),
            )
        if entry.respondents is not None and entry.elements is None:
            yield _error(
                file,
                (*base, "responden"),
                say("A008.respondents", **where),
            )
    else:
        if entry.elements is not None or entry.respondents is not None:
            field = "unsur" if entry.elements is not None else "responden"
            yield _error(
                file,
                (*base, field),
                say("A008.not_ikm", field=field, **where),
            )
        if uses_variables and entry.value is not None:
            yield _error(
                file,
                (*base, "nilai"),
                say("A008.formula", fields=tuple(f"{name}: …" for name in declared), **where),
            )
    if entry.is_empty:
        if entry.evidence is not None or entry.note is not None:
            yield Diagnostic.of(file, Severity.WARNING, _no_value(indicator, declared, where), base)
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
                say("A006", name=variable.name, description=variable.description, **where),
            )


def _no_value(indicator: Indicator, declared: Sequence[str], where: dict[str, str]) -> Said:
    if indicator.ikm:
        return say("A010.ikm", **where)
    if indicator.formula is not None:
        return say("A010.formula", fields=tuple(f"{n}: …" for n in declared), **where)
    return say("A010", **where)


def _no_indicator(position: str, indicator: str, ids: list[str]) -> Said:
    listed = tuple(ids) or (text("word.none"),)
    plain = say("A002", position=position, indicator=indicator, indicators=listed)
    return say(
        "A002",
        closest(plain.hint, indicator, ids),
        position=position,
        indicator=indicator,
        indicators=listed,
    )
