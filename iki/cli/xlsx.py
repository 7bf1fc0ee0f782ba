"""`iki xlsx export` and `iki xlsx import`: targets and realisations through Excel."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from iki.cli.common import (
    EXIT_FINDINGS,
    EXIT_USAGE,
    LangOption,
    ProjectOption,
    RealisationsOption,
    YearOption,
    fail,
    known_position,
    language,
    workspace,
    write,
)
from iki.messages import text

HELP = "Target dan realisasi lewat buku kerja Excel: ekspor, isi, impor."


def export_command(
    output: Annotated[
        Path,
        typer.Option("-o", "--output", help="Buku kerja yang ditulis (.xlsx).", dir_okay=False),
    ],
    position: Annotated[
        list[str] | None,
        typer.Option("--position", help="Jabatan ini (id-nya); ulangi untuk beberapa jabatan."),
    ] = None,
    everything: Annotated[bool, typer.Option("--all", help="Semua jabatan.")] = False,
    year: YearOption = None,
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
    lang: LangOption = None,
) -> None:
    """Tulis buku kerja isian: lembar Isian untuk diisi, satu lembar baca per jabatan."""
    language(lang)
    from iki.edit import atomic
    from iki.edit.sheet import fingerprint, position_lines
    from iki.render.xlsx import entry_workbook

    if bool(position) == everything:
        fail(text("xlsx.which"), EXIT_USAGE)
    if output.suffix.lower() != ".xlsx":
        fail(text("xlsx.suffix", output=str(output)), EXIT_USAGE)
    loaded = workspace(project_dir, realisations=realisations)
    office = loaded.office
    chosen_year = year if year is not None else office.config.year
    if position:
        for position_id in position:
            known_position(loaded, position_id)
        chosen = [p for p in office.positions if p.id in set(position)]
    else:
        chosen = list(office.positions)
    content = entry_workbook(
        office.config.organisation,
        chosen_year,
        [
            (p, position_lines(loaded, p, chosen_year), fingerprint(loaded, p, chosen_year))
            for p in chosen
        ],
    )
    try:
        atomic.write_bytes(output, content)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        fail(text("xlsx.unwritable", output=str(output), reason=reason), EXIT_FINDINGS)
    rows = sum(len(position_lines(loaded, p, chosen_year)) for p in chosen)
    summary = text(
        "xlsx.written", output=str(output), positions=len(chosen), rows=rows, year=str(chosen_year)
    )
    write(f"{summary}\n")
    broken = [s.name for s in loaded.sources.values() if s.kind and not s.valid]
    if broken and not position:
        left_out = text("xlsx.left_out", count=len(broken), files=tuple(sorted(broken)))
        sys.stderr.write(f"iki: {left_out}\n")
        raise typer.Exit(EXIT_FINDINGS)


def import_command(
    workbook: Annotated[
        Path,
        typer.Argument(help="Buku kerja yang sudah diisi dari 'iki xlsx export'.", dir_okay=False),
    ],
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Periksa dan tampilkan perubahan; tidak menulis apa pun."),
    ] = False,
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
    lang: LangOption = None,
) -> None:
    """Baca kembali target dan realisasi dari buku kerja, periksa, lalu tulis (keluar 1 bila
    buku kerja ditolak atau ada nilai yang salah: tidak ada yang ditulis)."""
    language(lang)
    from iki.edit import xlsx_import
    from iki.render.xlsx_summary import changes_text, diff_text, files_text, findings_text

    if not workbook.is_file():
        fail(text("cli.no_such_path", path=str(workbook)), EXIT_USAGE)
    loaded = workspace(project_dir, realisations=realisations)
    try:
        plan = xlsx_import.plan_import(loaded, workbook)
    except xlsx_import.WorkbookError as exc:
        sys.stderr.write(f"iki: {exc}\n" + findings_text(list(exc.findings)))
        raise typer.Exit(EXIT_FINDINGS) from None
    write(changes_text(plan))
    if plan.findings:
        sys.stderr.write(findings_text(plan.findings))
    if plan.errors:
        sys.stderr.write(f"iki: {text('xlsx.wrong', count=len(plan.errors))}\n")
        raise typer.Exit(EXIT_FINDINGS)
    if not plan.files:
        return
    write(diff_text(plan))
    if dry_run:
        write(files_text(plan, written=False))
        write(f"{text('xlsx.dry_run')}\n")
        return
    try:
        xlsx_import.apply(plan)
    except xlsx_import.WorkbookError as exc:
        fail(str(exc), EXIT_FINDINGS)
    except OSError as exc:
        fail(text("xlsx.unwritable_any", reason=exc.strerror or str(exc)), EXIT_FINDINGS)
    write(files_text(plan, written=True))


COMMANDS: dict[str, Callable[..., None]] = {"export": export_command, "import": import_command}
