"""`iki report`: a position's IKI form, or every form and the office report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

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
    workspace,
    write,
)
from iki.messages import language as current_language
from iki.messages import text
from iki.render.choices import ReportFormat, ReportKind

DEFAULT_REPORTS = Path("build") / "reports"
"""Where `iki report --all` writes without -o, inside the project."""


def _report_format(chosen: ReportFormat | None, output: Path | None) -> ReportFormat:
    if chosen is not None:
        return chosen
    if output is not None and output.suffix.lower() in (".html", ".htm"):
        return ReportFormat.HTML
    return ReportFormat.MD


def report_command(
    position: Annotated[
        str | None, typer.Option("--position", help="Formulir IKI satu jabatan (id-nya).")
    ] = None,
    every: Annotated[
        bool,
        typer.Option("--all", help="Formulir setiap jabatan dan laporan kantor, ke sebuah folder."),
    ] = False,
    kind: Annotated[
        ReportKind,
        typer.Option(
            "--kind",
            help=(
                "iki: formulir IKI (bawaan); pk: Perjanjian Kinerja dengan rencana "
                "aksinya; triwulan: laporan triwulan dengan kendala dan upaya."
            ),
            case_sensitive=False,
        ),
    ] = ReportKind.IKI,
    year: YearOption = None,
    period: PeriodOption = None,
    output_format: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            help="md atau html. Bawaan: html bila -o berakhiran .html, selain itu md.",
            case_sensitive=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help=(
                "Dengan --position: berkasnya (bawaan: keluaran standar). Dengan --all:"
                " foldernya (bawaan: build/reports di proyek)."
            ),
        ),
    ] = None,
    label: Annotated[
        str | None,
        typer.Option(
            "--label",
            help=(
                "Peringatan di atas setiap halaman. Bawaan dengan --realisasi: judul "
                "README.md di samping folder itu (examples/README.md: angkanya rekaan)."
            ),
        ),
    ] = None,
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
    lang: LangOption = None,
) -> None:
    """Formulir IKI sebuah jabatan, atau semua formulir dan laporan kantor, dalam Markdown atau
    HTML."""
    language(lang)
    from iki.check.validate import validate
    from iki.compute.achievement import Period
    from iki.edit import atomic
    from iki.render import reports

    if (position is None) == (not every):
        fail(text("cli.report_which"), EXIT_USAGE)
    loaded = workspace(project_dir, realisations=realisations)
    project = loaded.project
    office = loaded.office
    if position is not None:
        known_position(loaded, position)
    chosen_year = year if year is not None else office.config.year
    chosen_format = _report_format(output_format, output if position is not None else None)
    own = (project.root / "data" / "realisasi").resolve()
    options = reports.Options(
        period=Period(chosen_year, quarter(period, office, chosen_year)),
        output_format=chosen_format,
        language=current_language(),
        label=label if label is not None else reports.realisation_label(project),
        realisations=project.relative(project.realisations_dir),
        foreign_realisations=realisations is not None and realisations.resolve() != own,
    )
    findings = validate(loaded)
    facts = reports.gather(loaded, findings, options.period)
    if kind is ReportKind.PK and position is not None:
        from iki.compute.forms import is_structural

        chosen = office.position(position)
        if chosen is not None and not is_structural(chosen, facts.tree):
            fail(
                f"'{position}' bukan jabatan struktural: Perjanjian Kinerja ditandatangani "
                "Kepala Dinas, Sekretaris, Kepala Bidang, Kasubag dan Kasi; pejabat fungsional "
                f"dan pelaksana menyusun SKP (lihat: iki report --position {position})",
                EXIT_USAGE,
            )
    try:
        if position is not None:
            page = _render_one(kind, facts, position, options)
            if output is None:
                write(page)
            elif output.is_dir():
                fail(text("cli.report_is_folder", output=str(output)), EXIT_USAGE)
            else:
                atomic.write_text(output, page)
        else:
            folder = output if output is not None else project.root / DEFAULT_REPORTS
            if folder.exists() and not folder.is_dir():
                fail(text("cli.report_not_folder", output=str(folder)), EXIT_USAGE)
            pages = _render_all(kind, facts, options)
            for name, content in pages.items():
                atomic.write_text(folder / name, content, durable=False)
            index = folder / reports.INDEX[chosen_format]
            sys.stderr.write(
                f"iki: {text('cli.report_written', pages=len(pages), index=str(index))}\n"
            )
    except OSError as exc:
        fail(text("cli.report_unwritable", reason=exc.strerror or str(exc)), EXIT_FINDINGS)
    exit_on_data_errors(findings)


def _render_one(kind: ReportKind, facts: object, position: str, options: object) -> str:
    from iki.render import forms, reports

    assert isinstance(facts, reports.Facts) and isinstance(options, reports.Options)
    if kind is ReportKind.PK:
        return forms.render_agreement(facts, position, options)
    if kind is ReportKind.QUARTERLY:
        return forms.render_quarterly(facts, position, options)
    return reports.render_position(facts, position, options)


def _render_all(kind: ReportKind, facts: object, options: object) -> dict[str, str]:
    from iki.render import forms, reports

    assert isinstance(facts, reports.Facts) and isinstance(options, reports.Options)
    if kind is ReportKind.PK:
        return forms.render_agreements(facts, options)
    if kind is ReportKind.QUARTERLY:
        return forms.render_quarterlies(facts, options)
    return reports.render_office(facts, options)
