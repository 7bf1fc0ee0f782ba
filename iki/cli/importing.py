"""`iki import`: an IKI document (text export or .docx) into position files."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from iki.cli.common import (
    EXIT_FINDINGS,
    EXIT_USAGE,
    YEAR_MAX,
    YEAR_MIN,
    LangOption,
    ProjectOption,
    fail,
    language,
    project_language,
    workspace,
    write,
)
from iki.errors import IkiError, UsageError
from iki.messages import text


def import_command(
    source: Annotated[Path, typer.Argument(help="Dokumen IKI: ekspor teks atau formulir .docx.")],
    out_dir: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Folder untuk berkas jabatan.", file_okay=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Timpa berkas yang sudah ada.")] = False,
    partial: Annotated[
        bool,
        typer.Option(
            "--partial",
            help="Tulis yang terbaca meskipun ada baris yang tidak (baris itu didaftar).",
        ),
    ] = False,
    year: Annotated[
        int | None,
        typer.Option(
            help="Tahun target yang tertulis di sel. Bawaan: tahun di iki.yaml.",
            min=YEAR_MIN,
            max=YEAR_MAX,
        ),
    ] = None,
    project_dir: ProjectOption = None,
    lang: LangOption = None,
) -> None:
    """Ubah dokumen IKI menjadi berkas jabatan; laporkan setiap baris yang tidak terbaca."""
    language(lang)
    from iki.edit import importing
    from iki.load.project import Project, find_project
    from iki.render import import_summary

    try:
        project: Project | None = find_project(explicit=project_dir)
    except UsageError as exc:
        if project_dir is not None:
            fail(str(exc), EXIT_USAGE)
        project = None
    if project is not None:
        project_language(project)
    if year is None and project is not None:
        year = workspace(project.root).office.config.year
    target = out_dir or (project.positions_dir if project else Path("data") / "positions")
    try:
        import_plan = importing.plan(importing.read_source(source), target, year)
        importing.write(import_plan, force=force, partial=partial)
    except importing.NotUnderstoodError as exc:
        write(import_summary.render(import_plan, source, year, written=False))
        fail(str(exc), EXIT_FINDINGS)
    except importing.ExistingFilesError as exc:
        for path in exc.paths:
            sys.stderr.write(f"{text('import.exists_one', path=str(path))}\n")
        fail(str(exc), EXIT_FINDINGS)
    except UsageError as exc:
        fail(str(exc), EXIT_USAGE)
    except IkiError as exc:
        fail(str(exc), EXIT_FINDINGS)
    except OSError as exc:
        fail(text("import.unwritable", reason=exc.strerror or str(exc)), EXIT_FINDINGS)
    write(import_summary.render(import_plan, source, year))
    raise typer.Exit(EXIT_FINDINGS if import_plan.problems else 0)
