"""`iki achievement`: capaian and predikat of every indicator, year to date."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from iki.cli.common import (
    EXIT_FINDINGS,
    EXIT_USAGE,
    LangOption,
    PeriodOption,
    ProjectOption,
    RealisationsOption,
    YearOption,
    exit_on_data_errors,
    fail,
    known_position,
    language,
    quarter,
    stdout,
    workspace,
    write,
    writing,
)
from iki.messages import os_reason, text
from iki.printable import printable
from iki.render.choices import AchievementFormat

if TYPE_CHECKING:
    from collections.abc import Callable

    from iki.compute.achievement import OfficeAchievement
    from iki.load.workspace import Workspace


def achievement_command(
    position: Annotated[
        str | None, typer.Option("--position", help="Hanya jabatan ini (id-nya).")
    ] = None,
    year: YearOption = None,
    period: PeriodOption = None,
    output_format: Annotated[
        AchievementFormat,
        typer.Option("--format", help="table, json, csv atau xlsx.", case_sensitive=False),
    ] = AchievementFormat.TABLE,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Tulis ke berkas ini (perlu untuk xlsx, kecuali keluarannya dialihkan).",
            dir_okay=False,
        ),
    ] = None,
    compare_year: Annotated[
        int | None,
        typer.Option(
            "--compare-year",
            help=(
                "Tampilkan juga setiap indikator pada tahun ini (misalnya 2024) s.d. "
                "triwulan yang sama, dibaca dari data/realisasi/<tahun>/, dengan "
                "kecenderungannya."
            ),
            min=1900,
            max=2999,
        ),
    ] = None,
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
    lang: LangOption = None,
) -> None:
    """Capaian dan predikat setiap indikator sampai periode itu. Keluar 1 bila data bergalat."""
    language(lang)
    from iki.check.validate import validate
    from iki.compute.achievement import Period, office_achievement

    if output is not None and output_format is AchievementFormat.TABLE:
        fail(text("achievement.o_table"), EXIT_USAGE)
    if compare_year is not None and output_format is AchievementFormat.XLSX:
        fail(text("achievement.compare_xlsx"), EXIT_USAGE)
    loaded = workspace(project_dir, realisations=realisations)
    office = loaded.office
    chosen_year = year if year is not None else office.config.year
    if position is not None:
        known_position(loaded, position)
    chosen_quarter = quarter(period, office, chosen_year)
    wanted = None if position is None else [position]
    result = office_achievement(office, Period(chosen_year, chosen_quarter), wanted)

    def emit(text: str) -> None:
        if output is None:
            write(text)
        else:
            _write_binary(text.encode("utf-8"), output)

    if compare_year is not None:
        _compare(loaded, result, compare_year, chosen_quarter, wanted, output_format, emit)
    elif output_format is AchievementFormat.XLSX:
        from iki.render.xlsx import achievement_workbook

        _write_binary(achievement_workbook(result, office.config.grades), output)
    elif output_format is AchievementFormat.TABLE:
        from rich.console import Console

        from iki.render.console import print_office

        with writing():
            print_office(Console(file=stdout(), highlight=False), result, office.config.grades)
    else:
        from iki.render import achievement as achievement_output

        render = {
            AchievementFormat.JSON: achievement_output.render_json,
            AchievementFormat.CSV: achievement_output.render_csv,
        }[output_format]
        emit(render(result))
    exit_on_data_errors(validate(loaded))


def _compare(
    loaded: Workspace,
    result: OfficeAchievement,
    year: int,
    chosen_quarter: int,
    wanted: list[str] | None,
    output_format: AchievementFormat,
    emit: Callable[[str], None],
) -> None:
    from iki.compute.achievement import Period, office_achievement
    from iki.compute.forms import compare, years_with_files
    from iki.render import achievement as achievement_output

    office = loaded.office
    if year == result.period.year:
        fail(
            text("cli.compare_same_year", year=str(year)),
            EXIT_USAGE,
        )
    if year not in years_with_files(office):
        from iki.load.schema import SchemaName

        folder = loaded.project.relative(loaded.project.realisations_dir / str(year))
        # Files that are there but fail to read are not "no files": the user must fix them.
        there = any(
            s.name.startswith(f"{folder}/") for s in loaded.files_of(SchemaName.REALISATION)
        )
        problem = text(
            "cli.compare_files_broken" if there else "cli.compare_no_files",
            year=str(year),
            folder=f"{folder}/",
        )
        shown = text("cli.compare_shown_empty", year=str(year))
        sys.stderr.write(printable(f"iki: {problem}; {shown}") + "\n")
    other = office_achievement(office, Period(year, chosen_quarter), wanted)
    rows = compare(result, other)
    if output_format is AchievementFormat.TABLE:
        from rich.console import Console

        from iki.render.console import print_comparison, print_office

        with writing():
            console = Console(file=stdout(), highlight=False)
            print_office(console, result, office.config.grades)
            print_comparison(console, rows, result, other)
    elif output_format is AchievementFormat.JSON:
        emit(achievement_output.render_comparison_json(result, other, rows))
    else:
        emit(achievement_output.render_comparison_csv(result, other))


def _write_binary(content: bytes, output: Path | None) -> None:
    """To the file named, or to a redirected standard output; never a workbook onto a
    terminal, where it would be noise."""
    if output is not None:
        from iki.edit import atomic

        try:
            atomic.write_bytes(output, content, durable=False)
        except OSError as exc:
            reason = os_reason(exc)
            fail(text("xlsx.unwritable", output=str(output), reason=reason), EXIT_FINDINGS)
        return
    out = stdout()
    if out.isatty():
        fail(text("achievement.xlsx_needs_o"), EXIT_USAGE)
    with writing():
        out.flush()
        out.buffer.write(content)
