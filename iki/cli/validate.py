"""`iki validate`: every check over the data files, as text, JSON or GitHub annotations."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from iki.cli.common import LangOption, ProjectOption, RealisationsOption, language, workspace, write
from iki.render.choices import ValidateFormat


def validate_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Berkas atau folder yang dilaporkan. Bawaan: seluruh proyek."),
    ] = None,
    output_format: Annotated[
        ValidateFormat | None,
        typer.Option(
            "--format",
            help=(
                "text, json atau github. Bawaan: github bila GITHUB_ACTIONS=true, selain itu text."
            ),
            case_sensitive=False,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Anggap peringatan sebagai temuan (keluar 1).")
    ] = False,
    project_dir: ProjectOption = None,
    realisations: RealisationsOption = None,
    lang: LangOption = None,
) -> None:
    """Periksa setiap berkas data: YAML, skema, rujukan, rumus. Keluar 1 bila ada temuan."""
    language(lang)
    from iki.check.validate import validate
    from iki.messages import text
    from iki.render.formats import FORMATTERS

    loaded = workspace(project_dir, paths, realisations, needs_config=False)
    result = validate(loaded)
    if paths:
        result = result.only(loaded.project.relative(p) for p in paths)
    if output_format is None:
        in_actions = os.environ.get("GITHUB_ACTIONS") == "true"
        output_format = ValidateFormat.GITHUB if in_actions else ValidateFormat.TEXT
    write(FORMATTERS[output_format](result))
    if not loaded.office.positions and not paths:
        folder = loaded.project.relative(loaded.project.positions_dir)
        note = text("cli.no_positions", folder=f"{folder}/") + "\n"
        if output_format is ValidateFormat.TEXT:
            write(note)
        else:
            sys.stderr.write(note)
    raise typer.Exit(result.exit_code(strict=strict))
