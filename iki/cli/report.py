"""`iki report`: a position's IKI form, or every form and the office report."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Mapping
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
    workspace,
    write,
)
from iki.messages import language as current_language
from iki.messages import os_reason, text
from iki.render.choices import ReportFormat, ReportKind, ReportOutput

if TYPE_CHECKING:
    from iki.load.project import Project

DEFAULT_REPORTS = Path("build") / "reports"
"""Where `iki report --all` writes without -o, inside the project."""

OFFICE_PDF = "laporan-kinerja.pdf"
"""The office report's name among the PDFs of `--all` (the forms are jabatan/<id>.pdf)."""


def _report_format(chosen: ReportOutput | None, output: Path | None) -> ReportOutput:
    if chosen is not None:
        return chosen
    suffix = output.suffix.lower() if output is not None else ""
    if suffix in (".html", ".htm"):
        return ReportOutput.HTML
    if suffix == ".pdf":
        return ReportOutput.PDF
    return ReportOutput.MD


def _print_date(given: str | None) -> dt.date:
    """--tanggal; else SOURCE_DATE_EPOCH (the reproducible-builds convention, for output that
    must not change from day to day); else today."""
    if given is not None:
        try:
            return dt.date.fromisoformat(given.strip())
        except ValueError:
            fail(
                text("cli.bad_print_date", given=repr(given)),
                EXIT_USAGE,
            )
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            # ASCII digits only, as `date +%s` writes them: int() would also take 1_700_000_000
            # and other scripts' digits, which the reproducible-builds convention calls malformed
            if not epoch.isascii() or not epoch.lstrip("-").isdigit():
                raise ValueError(epoch)
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
        except (ValueError, OverflowError, OSError):
            fail(text("cli.bad_epoch", epoch=repr(epoch)), EXIT_USAGE)
    return dt.date.today()


INDEX_PDF = {
    ReportKind.IKI: OFFICE_PDF,
    ReportKind.PK: "perjanjian-kinerja.pdf",
    ReportKind.QUARTERLY: "laporan-triwulan.pdf",
}
"""The name of the first page of `--all` among the PDFs, by kind of report."""


def _pdf_name(kind: ReportKind, page: str) -> str:
    """`jabatan/<id>.html` → `jabatan/<id>.pdf`; the office report (index.html) → its name in
    INDEX_PDF."""
    from iki.render import reports

    if page == reports.INDEX[ReportFormat.HTML]:
        return INDEX_PDF[kind]
    return str(Path(page).with_suffix(".pdf").as_posix())


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
        ReportOutput | None,
        typer.Option(
            "--format",
            help="md, html atau pdf (Chromium tanpa layar). Bawaan: menurut akhiran -o "
            "(.html, .pdf), selain itu md.",
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
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Overwrite files iki did not write (or changed since), even data files.",
        ),
    ] = False,
    review: Annotated[
        bool,
        typer.Option(
            "--pemeriksaan",
            help="With --position: the position's review sheet (cascade and findings) instead "
            "of its form.",
        ),
    ] = False,
    printed: Annotated[
        str | None,
        typer.Option(
            "--tanggal",
            help="Print date at the foot of every page, YYYY-MM-DD. Default: SOURCE_DATE_EPOCH "
            "when set, else today.",
        ),
    ] = None,
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
    lang: LangOption = None,
) -> None:
    """Formulir IKI sebuah jabatan (atau lembar pemeriksaannya), atau semua formulir, lembar
    pemeriksaan dan laporan kantor, dalam Markdown, HTML atau PDF."""
    language(lang)
    from iki.check.validate import validate
    from iki.compute.achievement import Period
    from iki.edit import atomic, outputs
    from iki.render import reports

    if (position is None) == (not every):
        fail(text("cli.report_which"), EXIT_USAGE)
    if review and (position is None or kind is not ReportKind.IKI):
        fail(text("cli.review_needs_position"), EXIT_USAGE)
    if label is not None and any(0xD800 <= ord(char) <= 0xDFFF for char in label):
        # Bytes that are not UTF-8 on the command line arrive as lone surrogates, which no
        # page can hold: writing one ended in a traceback.
        fail(text("cli.label_not_utf8"), EXIT_USAGE)
    print_date = _print_date(printed)
    loaded = workspace(project_dir, realisations=realisations)
    project = loaded.project
    office = loaded.office
    if position is not None:
        known_position(loaded, position)
    chosen_year = year if year is not None else office.config.year
    written = _report_format(output_format, output if position is not None else None)
    if written is ReportOutput.PDF and position is not None and output is None:
        fail(text("cli.pdf_needs_o"), EXIT_USAGE)
    # PDF is the HTML, printed
    chosen_format = ReportFormat.MD if written is ReportOutput.MD else ReportFormat.HTML
    own = (project.root / "data" / "realisasi").resolve()
    options = reports.Options(
        period=Period(chosen_year, quarter(period, office, chosen_year)),
        printed=print_date,
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
                text("cli.pk_not_structural", position=position),
                EXIT_USAGE,
            )
    try:
        if position is not None:
            if output is not None and output.is_dir():
                fail(text("cli.report_is_folder", output=str(output)), EXIT_USAGE)
            if review:
                page = reports.render_review(facts, position, options)
            else:
                page = _render_one(kind, facts, position, options)
            if written is ReportOutput.PDF:
                assert output is not None
                _write_pdfs(output.parent, {output.name: page}, print_date, project, force)
            elif output is None:
                write(page)
            else:
                outputs.write_files(output.parent, {output.name: page}, project, force=force)
        else:
            folder = output if output is not None else project.root / DEFAULT_REPORTS
            if folder.exists() and not folder.is_dir():
                fail(text("cli.report_not_folder", output=str(folder)), EXIT_USAGE)
            pages = _render_all(kind, facts, options)
            if written is ReportOutput.PDF:
                pdfs = {_pdf_name(kind, n): pages[n] for n in pages}
                _write_pdfs(folder, pdfs, print_date, project, force)
                index = folder / _pdf_name(kind, reports.INDEX[ReportFormat.HTML])
            else:
                outputs.write_files(folder, pages, project, force=force)
                index = folder / reports.INDEX[chosen_format]
            written_line = text("cli.report_written", pages=len(pages), index=str(index))
            sys.stderr.write(f"iki: {written_line}\n")
    except outputs.OverwriteRefusedError as exc:
        for path, reason in exc.refused:
            sys.stderr.write(f"{text('cli.not_overwritten', path=str(path), reason=reason)}\n")
        fail(str(exc), EXIT_FINDINGS)
    except atomic.UnsafeTargetError as exc:  # another run held the folder too long
        fail(str(exc), EXIT_FINDINGS)
    except (FileExistsError, NotADirectoryError) as exc:
        # -o below a file: "File exists" alone does not say which part of the path is wrong.
        target = output if output is not None else project.root / DEFAULT_REPORTS
        if exc.filename:  # a file where a page's folder goes (jabatan/), inside the output
            target = Path(exc.filename)
        blocking = next(
            (p for p in (target, *target.parents) if p.exists() and not p.is_dir()), target
        )
        fail(text("cli.report_blocked", path=str(blocking)), EXIT_FINDINGS)
    except OSError as exc:
        fail(text("cli.report_unwritable", reason=os_reason(exc)), EXIT_FINDINGS)
    exit_on_data_errors(findings)


def _write_pdfs(
    folder: Path, pages: Mapping[str, str], date: dt.date, project: Project, force: bool
) -> None:
    """Each HTML page printed to its PDF file, by one headless Chromium; written as every
    report is (`outputs`: never over a file iki did not write), checked before printing."""
    from iki.edit import outputs
    from iki.render import pdf

    outputs.check(folder, pages, project, force=force)
    try:
        with pdf.printer() as printer:
            printed = {name: printer.pdf(html, date) for name, html in pages.items()}
    except pdf.PdfError as exc:
        fail(str(exc), EXIT_FINDINGS)
    outputs.write_files(folder, printed, project, force=force)


def _render_one(kind: ReportKind, facts: object, position: str, options: object) -> str:
    from iki.render import forms, reports

    assert isinstance(facts, reports.Facts) and isinstance(options, reports.Options)
    if kind is ReportKind.PK:
        return forms.render_agreement(facts, position, options)
    if kind is ReportKind.QUARTERLY:
        return forms.render_quarterly(facts, position, options)
    return reports.render_position(facts, position, options)


def _render_all(kind: ReportKind, facts: object, options: object) -> Mapping[str, str]:
    from iki.render import forms, reports

    assert isinstance(facts, reports.Facts) and isinstance(options, reports.Options)
    if kind is ReportKind.PK:
        return forms.render_agreements(facts, options)
    if kind is ReportKind.QUARTERLY:
        return forms.render_quarterlies(facts, options)
    return reports.office_pages(facts, options)
