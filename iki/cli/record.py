"""`iki record`: one quarter's realisation, checked, written into the realisation file."""

from __future__ import annotations

import re
import sys
from typing import Annotated

import typer

from iki.cli.common import (
    EXIT_FINDINGS,
    EXIT_USAGE,
    Period,
    ProjectOption,
    RealisationsOption,
    YearOption,
    fail,
    period_value,
    workspace,
    write,
)


def _number(text: str, what: str) -> float:
    """A number as the officer writes it: "1.500" is fifteen hundred (Python's float would read
    1.5, a thousandfold error written silently), "12,5" twelve and a half, "1,500" refused."""
    from iki.numbers import NumberError, parse_number

    try:
        return parse_number(text)
    except NumberError as exc:
        fail(f"{what}: {exc}", EXIT_FINDINGS)


def _variables(pairs: list[str]) -> dict[str, float]:
    values: dict[str, float] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name.strip():
            fail(f"--var {pair}: write NAME=VALUE, e.g. --var mendaftar=30", EXIT_USAGE)
        values[name.strip()] = _number(text.strip(), f"--var {name.strip()}")
    return values


def _elements(text: str | None) -> tuple[float, ...] | None:
    if text is None:
        return None
    return tuple(_number(part, "--unsur") for part in re.split(r"[\s;]+", text.strip()) if part)


def record_command(
    position: Annotated[str, typer.Argument(help="Position id, e.g. kasi-ketenagakerjaan.")],
    indicator: Annotated[str, typer.Argument(help="Indicator id within the position.")],
    period: Annotated[
        Period,
        typer.Argument(
            help="Quarter: TW1, TW2, TW3 or TW4.", parser=period_value, metavar="TW1|TW2|TW3|TW4"
        ),
    ],
    value: Annotated[
        str | None,
        typer.Argument(help="The quarter's value. Leave out for formula and IKM indicators."),
    ] = None,
    evidence: Annotated[
        str | None, typer.Option("--bukti", help="Evidence: letter number, report, link.")
    ] = None,
    note: Annotated[str | None, typer.Option("--catatan", help="A short note.")] = None,
    obstacles: Annotated[
        str | None,
        typer.Option("--kendala", help="Kendala: what stood in the way this quarter."),
    ] = None,
    actions: Annotated[
        str | None,
        typer.Option("--upaya", help="Upaya / tindak lanjut: what was done about it."),
    ] = None,
    variables: Annotated[
        list[str] | None,
        typer.Option("--var", help="A formula variable, NAME=VALUE; repeat for each."),
    ] = None,
    elements: Annotated[
        str | None,
        typer.Option(
            "--unsur", help="IKM: the nine element means (1–4), separated by spaces or ';'."
        ),
    ] = None,
    respondents: Annotated[
        int | None, typer.Option("--responden", help="IKM: number of respondents.", min=1)
    ] = None,
    year: YearOption = None,
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
) -> None:
    """Record one quarter's realisation in data/realisasi/<year>/<position>.yaml, checked first."""
    from iki.edit import record
    from iki.render.record import record_summary, refusal

    loaded = workspace(project_dir, realisations=realisations)
    request = record.Request(
        position_id=position,
        indicator_id=indicator,
        quarter=period.value,
        year=year if year is not None else loaded.office.config.year,
        value=None if value is None else _number(value, "VALUE"),
        variables=_variables(variables or []),
        elements=_elements(elements),
        respondents=respondents,
        evidence=evidence,
        note=note,
        obstacles=obstacles,
        actions=actions,
    )
    try:
        (prepared,) = record.record(loaded, [request])
    except record.RecordError as exc:
        sys.stderr.write(refusal(str(exc), exc.diagnostics))
        raise typer.Exit(EXIT_FINDINGS) from None
    except OSError as exc:
        fail(f"cannot write {request.position_id}'s file: {exc.strerror or exc}", EXIT_FINDINGS)
    write(record_summary(prepared))
