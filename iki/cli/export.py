"""`iki export`: the whole resolved model as JSON, for scripts."""

from __future__ import annotations

from typing import Annotated

import typer

from iki.cli.common import (
    LangOption,
    ProjectOption,
    exit_on_data_errors,
    language,
    workspace,
    write,
)
from iki.render.choices import ExportFormat


def export_command(
    output_format: Annotated[
        ExportFormat, typer.Option("--format", help="json (satu-satunya format).")
    ] = ExportFormat.JSON,
    project_dir: ProjectOption = None,
    lang: LangOption = None,
) -> None:
    """Cetak seluruh model (setiap jabatan dan indikator) untuk skrip."""
    language(lang)
    from iki.check.validate import validate
    from iki.compute.export import office_data
    from iki.render.json_report import dumps

    loaded = workspace(project_dir)
    write(dumps(office_data(loaded.office)))
    exit_on_data_errors(validate(loaded))
