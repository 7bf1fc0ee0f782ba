"""`iki achievement`: capaian and predikat of every indicator, year to date."""

from __future__ import annotations

from typing import Annotated

import typer

from iki.cli.common import (
    LangOption,
    PeriodOption,
    ProjectOption,
    RealisationsOption,
    YearOption,
    exit_on_data_errors,
    known_position,
    language,
    quarter,
    workspace,
    write,
)
from iki.render.choices import AchievementFormat


def achievement_command(
    position: Annotated[
        str | None, typer.Option("--position", help="Only this position (its id).")
    ] = None,
    year: YearOption = None,
    period: PeriodOption = None,
    output_format: Annotated[
        AchievementFormat,
        typer.Option("--format", help="table, json or csv.", case_sensitive=False),
    ] = AchievementFormat.TABLE,
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
    lang: LangOption = None,
) -> None:
    """Capaian and predikat of every indicator, year to date. Exit 1 if the data has errors."""
    language(lang)
    from iki.check.validate import validate
    from iki.compute.achievement import Period, office_achievement

    loaded = workspace(project_dir, realisations=realisations)
    office = loaded.office
    chosen_year = year if year is not None else office.config.year
    if position is not None:
        known_position(loaded, position)
    result = office_achievement(
        office,
        Period(chosen_year, quarter(period, office, chosen_year)),
        None if position is None else [position],
    )
    if output_format is AchievementFormat.TABLE:
        from rich.console import Console

        from iki.render.console import print_office

        print_office(Console(highlight=False), result, office.config.grades)
    else:
        from iki.render import achievement as achievement_output

        render = {
            AchievementFormat.JSON: achievement_output.render_json,
            AchievementFormat.CSV: achievement_output.render_csv,
        }[output_format]
        write(render(result))
    exit_on_data_errors(validate(loaded))
