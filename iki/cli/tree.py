"""`iki tree`: the pohon kinerja, as text, JSON or Mermaid."""

from __future__ import annotations

import os
import shutil
import sys
from typing import Annotated

import typer

from iki.cli.common import (
    EXIT_FINDINGS,
    YEAR_MAX,
    YEAR_MIN,
    LangOption,
    Period,
    ProjectOption,
    RealisationsOption,
    language,
    period_value,
    stdout,
    workspace,
    write,
)
from iki.messages import text
from iki.render.choices import TreeFormat


def tree_command(
    year: Annotated[
        int | None,
        typer.Option(
            "--year",
            help="Tahun target. Bawaan: tahun di iki.yaml.",
            min=YEAR_MIN,
            max=YEAR_MAX,
        ),
    ] = None,
    period: Annotated[
        Period | None,
        typer.Option(
            "--period",
            help="TW1–TW4: target triwulanan s.d. triwulan itu. Bawaan: setahun.",
            parser=period_value,
            metavar="TW1|TW2|TW3|TW4",
        ),
    ] = None,
    output_format: Annotated[
        TreeFormat,
        typer.Option("--format", help="text, json atau mermaid.", case_sensitive=False),
    ] = TreeFormat.TEXT,
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
    lang: LangOption = None,
) -> None:
    """Tampilkan pohon kinerja: jabatan, indikatornya dan tautan di antaranya."""
    language(lang)
    from iki.check import cascade
    from iki.check.validate import validate
    from iki.compute import achievement, pohon
    from iki.render import achievement as achievement_output
    from iki.render import pohon_text
    from iki.render.tree_formats import TREE_FORMATTERS

    loaded = workspace(project_dir, realisations=realisations)
    office = loaded.office
    chosen_year = year or office.config.year
    quarter = int(period.value[2:]) if period else None
    # Capaian to the same point as the targets shown: the quarter, or the whole year.
    achieved = achievement.office_achievement(office, achievement.Period(chosen_year, quarter or 4))
    view = pohon.build(
        office,
        cascade.build(office),
        chosen_year,
        quarter,
        capaian=achievement_output.capaian_texts(achieved),
    )
    if output_format is TreeFormat.TEXT and stdout().isatty():
        width = shutil.get_terminal_size().columns
        # Rich's colours are escape sequences; pohon_text has escaped the data's own.
        colored = pohon_text.render(view, width=width, color="NO_COLOR" not in os.environ)
        write(colored, raw=True)
    else:
        write(TREE_FORMATTERS[output_format](view))
    result = validate(loaded)
    if result.errors:
        sys.stderr.write(f"iki: {text('cli.tree_data_errors', errors=result.errors)}\n")
        raise typer.Exit(EXIT_FINDINGS)
