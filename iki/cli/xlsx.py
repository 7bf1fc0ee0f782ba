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
    ProjectOption,
    RealisationsOption,
    YearOption,
    fail,
    known_position,
    workspace,
    write,
)

HELP = "Targets and realisations through an Excel workbook: export, fill in, import."


def export_command(
    output: Annotated[
        Path, typer.Option("-o", "--output", help="The workbook to write (.xlsx).", dir_okay=False)
    ],
    position: Annotated[
        list[str] | None,
        typer.Option("--position", help="This position (its id); repeat for several."),
    ] = None,
    everything: Annotated[bool, typer.Option("--all", help="Every position.")] = False,
    year: YearOption = None,
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
) -> None:
    """Write the entry workbook: sheet Isian to fill in, a readable sheet per position."""
    from iki.edit import atomic
    from iki.edit.sheet import fingerprint, position_lines
    from iki.render.xlsx import entry_workbook

    if bool(position) == everything:
        fail("choose the positions: --position ID (repeatable) or --all", EXIT_USAGE)
    if output.suffix.lower() != ".xlsx":
        fail(f"-o {output}: the workbook's name must end in .xlsx", EXIT_USAGE)
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
        fail(f"cannot write {output}: {exc.strerror or exc}", EXIT_FINDINGS)
    rows = sum(len(position_lines(loaded, p, chosen_year)) for p in chosen)
    write(f"{output}: {len(chosen)} jabatan, {rows} baris isian, tahun {chosen_year}\n")
    broken = [s.name for s in loaded.sources.values() if s.kind and not s.valid]
    if broken and not position:
        sys.stderr.write(
            f"iki: {len(broken)} file(s) with errors left out: {', '.join(sorted(broken))}; "
            "run 'iki validate'\n"
        )
        raise typer.Exit(EXIT_FINDINGS)


def import_command(
    workbook: Annotated[
        Path, typer.Argument(help="The filled-in workbook from 'iki xlsx export'.", dir_okay=False)
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check and show the changes; write nothing.")
    ] = False,
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
) -> None:
    """Read the workbook's targets and realisations back, check them, write them (exit 1 if
    the workbook is refused or any value is wrong: then nothing is written)."""
    from iki.edit import xlsx_import
    from iki.render.xlsx_summary import changes_text, diff_text, files_text, findings_text

    if not workbook.is_file():
        fail(f"{workbook}: no such file", EXIT_USAGE)
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
        sys.stderr.write(
            f"iki: {len(plan.errors)} isian salah; tidak ada yang ditulis. "
            "Perbaiki sel-sel di atas lalu impor lagi.\n"
        )
        raise typer.Exit(EXIT_FINDINGS)
    if not plan.files:
        return
    write(diff_text(plan))
    if dry_run:
        write(files_text(plan, written=False))
        write("--dry-run: tidak ada yang ditulis.\n")
        return
    try:
        xlsx_import.apply(plan)
    except xlsx_import.WorkbookError as exc:
        fail(str(exc), EXIT_FINDINGS)
    except OSError as exc:
        fail(f"cannot write: {exc.strerror or exc}", EXIT_FINDINGS)
    write(files_text(plan, written=True))


COMMANDS: dict[str, Callable[..., None]] = {"export": export_command, "import": import_command}
