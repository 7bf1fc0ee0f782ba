"""`iki record`: one quarter's realisation, checked, written into the realisation file."""

from __future__ import annotations

import re
import sys
from typing import Annotated

import typer

from iki.cli.common import (
    EXIT_FINDINGS,
    EXIT_USAGE,
    LangOption,
    Period,
    ProjectOption,
    RealisationsOption,
    YearOption,
    fail,
    language,
    period_value,
    workspace,
    write,
)
from iki.messages import os_reason, text


def _number(written: str, what: str) -> float:
    """A number as the officer writes it and as iki prints it: 1.500 is 1500, 12,5 is 12.5;
    a form with two readings (1,500) is refused naming both, never guessed."""
    from iki.numbers import NumberError, parse_number

    try:
        return float(parse_number(written))
    except NumberError as exc:
        fail(f"{what}: {exc.message}", EXIT_FINDINGS)


def _variables(pairs: list[str]) -> dict[str, float]:
    values: dict[str, float] = {}
    for pair in pairs:
        name, sep, written = pair.partition("=")
        if not sep or not name.strip():
            fail(text("cli.var_form", pair=pair), EXIT_USAGE)
        values[name.strip()] = _number(written.strip(), f"--var {name.strip()}")
    return values


def _elements(written: str | None) -> tuple[float, ...] | None:
    if written is None:
        return None
    parts = re.split(r"[\s;]+", written.strip())
    from iki.numbers import element_mean_reading

    # 3.210 is 3,21 here, not 3210: an element's mean lies from 1 to 4.
    return tuple(
        reading if (reading := element_mean_reading(part)) is not None else _number(part, "--unsur")
        for part in parts
        if part
    )


def record_command(
    position: Annotated[str, typer.Argument(help="Id jabatan, misalnya kasi-ketenagakerjaan.")],
    indicator: Annotated[str, typer.Argument(help="Id indikator pada jabatan itu.")],
    period: Annotated[
        Period,
        typer.Argument(
            help="Triwulan: TW1, TW2, TW3 atau TW4.", parser=period_value, metavar="TW1|TW2|TW3|TW4"
        ),
    ],
    value: Annotated[
        str | None,
        typer.Argument(
            help=("Nilai triwulan itu (1.500, 12,5). Kosongkan untuk indikator berumus dan IKM.")
        ),
    ] = None,
    evidence: Annotated[
        str | None, typer.Option("--bukti", help="Bukti: nomor surat, laporan, tautan.")
    ] = None,
    note: Annotated[str | None, typer.Option("--catatan", help="Catatan singkat.")] = None,
    obstacles: Annotated[
        str | None,
        typer.Option("--kendala", help="Kendala: apa yang menghambat pada triwulan ini."),
    ] = None,
    actions: Annotated[
        str | None,
        typer.Option("--upaya", help="Upaya / tindak lanjut: apa yang dilakukan."),
    ] = None,
    variables: Annotated[
        list[str] | None,
        typer.Option("--var", help="Variabel rumus, NAMA=NILAI; ulangi untuk setiap variabel."),
    ] = None,
    elements: Annotated[
        str | None,
        typer.Option(
            "--unsur", help="IKM: sembilan nilai rata-rata unsur (1–4), dipisah spasi atau ';'."
        ),
    ] = None,
    respondents: Annotated[
        int | None, typer.Option("--responden", help="IKM: jumlah responden.", min=1)
    ] = None,
    year: YearOption = None,
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
    lang: LangOption = None,
) -> None:
    """Catat realisasi satu triwulan di data/realisasi/<tahun>/<jabatan>.yaml, setelah
    diperiksa."""
    language(lang)
    from iki.edit import record
    from iki.render.record import record_summary, refusal

    loaded = workspace(project_dir, realisations=realisations)
    request = record.Request(
        position_id=position,
        indicator_id=indicator,
        quarter=period.value,
        year=year if year is not None else loaded.office.config.year,
        value=None if value is None else _number(value, text("cli.record_value")),
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
        reason = os_reason(exc)
        fail(text("cli.record_unwritable", id=request.position_id, reason=reason), EXIT_FINDINGS)
    write(record_summary(prepared))
