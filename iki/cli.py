"""The command line: options → core call → formatter → exit code. No logic lives here.

Exit codes: 0 clean, 1 findings, 2 usage errors (a missing project, an unknown option, …).
"""

from __future__ import annotations

import os
import shutil
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from iki import __version__, cascade, ingest, pohon
from iki.diff import compare
from iki.errors import IkiError, UsageError
from iki.export import office_data
from iki.gitio import revision_snapshot
from iki.output import import_text, pohon_text
from iki.output.diff_formats import DIFF_FORMATTERS, DiffFormat
from iki.output.formats import FORMATTERS, TREE_FORMATTERS, TreeFormat, ValidateFormat
from iki.output.json_report import dumps
from iki.project import Project, find_project
from iki.snapshot import worktree_snapshot
from iki.validate import validate
from iki.workspace import Workspace, load_workspace

app = typer.Typer(
    name="iki",
    help="Indikator Kinerja Individu as reviewed YAML files.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EXIT_FINDINGS = 1
EXIT_USAGE = 2

ProjectOption = Annotated[
    Path | None,
    typer.Option(
        "--project",
        help="Project folder (with iki.yaml). Default: the nearest one above the working folder.",
        file_okay=False,
    ),
]


def _fail(message: str, code: int) -> NoReturn:
    sys.stderr.write(f"iki: {message}\n")
    raise typer.Exit(code)


def _project(explicit: Path | None) -> Project:
    try:
        return find_project(explicit=explicit)
    except UsageError as exc:
        _fail(str(exc), EXIT_USAGE)


def _workspace(project_dir: Path | None, paths: list[Path] | None = None) -> Workspace:
    project = _project(project_dir)
    try:
        return load_workspace(project, paths or [])
    except UsageError as exc:
        _fail(str(exc), EXIT_USAGE)
    except IkiError as exc:
        _fail(str(exc), EXIT_FINDINGS)


def _write(text: str) -> None:
    sys.stdout.write(text)


@app.callback(invoke_without_command=True)
def _main(
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.")] = False,
) -> None:
    if version:
        _write(f"iki {__version__}\n")
        raise typer.Exit(0)


@app.command("validate")
def validate_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders to report on. Default: the whole project."),
    ] = None,
    output_format: Annotated[
        ValidateFormat | None,
        typer.Option(
            "--format",
            help="text, json or github. Default: github when GITHUB_ACTIONS=true, else text.",
            case_sensitive=False,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Treat warnings as findings (exit 1).")
    ] = False,
    project_dir: ProjectOption = None,
) -> None:
    """Check every data file: YAML, schema, references, formulas. Exit 1 on findings."""
    workspace = _workspace(project_dir, paths)
    result = validate(workspace)
    if paths:
        result = result.only(workspace.project.relative(p) for p in paths)
    if output_format is None:
        in_actions = os.environ.get("GITHUB_ACTIONS") == "true"
        output_format = ValidateFormat.GITHUB if in_actions else ValidateFormat.TEXT
    _write(FORMATTERS[output_format](result))
    raise typer.Exit(result.exit_code(strict=strict))


class ExportFormat(StrEnum):
    JSON = "json"


@app.command("export")
def export_command(
    output_format: Annotated[
        ExportFormat, typer.Option("--format", help="json (the only format).")
    ] = ExportFormat.JSON,
    project_dir: ProjectOption = None,
) -> None:
    """Print the whole resolved model (every position and indicator) for scripts."""
    workspace = _workspace(project_dir)
    _write(dumps(office_data(workspace.office)))
    result = validate(workspace)
    if result.errors:
        sys.stderr.write(
            f"iki: {result.errors} error(s) in the data; files with errors are left out. "
            "Run 'iki validate'.\n"
        )
        raise typer.Exit(EXIT_FINDINGS)


class Period(StrEnum):
    TW1 = "TW1"
    TW2 = "TW2"
    TW3 = "TW3"
    TW4 = "TW4"


@app.command("tree")
def tree_command(
    year: Annotated[
        int | None, typer.Option("--year", help="Year of the targets. Default: tahun in iki.yaml.")
    ] = None,
    period: Annotated[
        Period | None,
        typer.Option(
            "--period", help="TW1–TW4: quarterly targets to that quarter. Default: the year."
        ),
    ] = None,
    output_format: Annotated[
        TreeFormat,
        typer.Option("--format", help="text, json or mermaid.", case_sensitive=False),
    ] = TreeFormat.TEXT,
    project_dir: ProjectOption = None,
) -> None:
    """Show the pohon kinerja: positions, their indicators and the links between them."""
    workspace = _workspace(project_dir)
    office = workspace.office
    view = pohon.build(
        office,
        cascade.build(office),
        year or office.config.year,
        int(period.value[2:]) if period else None,
        # Seam for capaian: iki/achievement.py is not on main yet. When it lands, pass its
        # display text per indicator ref and per position id here.
        capaian=pohon.NO_VALUES,
    )
    if output_format is TreeFormat.TEXT and sys.stdout.isatty():
        width = shutil.get_terminal_size().columns
        _write(pohon_text.render(view, width=width, color="NO_COLOR" not in os.environ))
    else:
        _write(TREE_FORMATTERS[output_format](view))
    result = validate(workspace)
    if result.errors:
        sys.stderr.write(
            f"iki: {result.errors} error(s) in the data; the tree may be incomplete. "
            "Run 'iki validate'.\n"
        )
        raise typer.Exit(EXIT_FINDINGS)


@app.command("import")
def import_command(
    source: Annotated[
        Path, typer.Argument(help="The IKI document: a text export or a .docx form.")
    ],
    out_dir: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Folder for the position files.", file_okay=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing files.")] = False,
    year: Annotated[
        int | None,
        typer.Option(help="Year of targets written in cells. Default: tahun of iki.yaml."),
    ] = None,
    project_dir: ProjectOption = None,
) -> None:
    """Turn an IKI document into position files; report every line it could not read."""
    try:
        project: Project | None = find_project(explicit=project_dir)
    except UsageError:
        if project_dir is not None:
            raise
        project = None
    if year is None and project is not None:
        year = _workspace(project.root).office.config.year
    target = out_dir or (project.positions_dir if project else Path("data") / "positions")
    try:
        import_plan = ingest.plan(ingest.read_source(source), target, year)
        ingest.write(import_plan, force=force)
    except ingest.ExistingFilesError as exc:
        for path in exc.paths:
            sys.stderr.write(f"exists: {path}\n")
        _fail(str(exc), EXIT_FINDINGS)
    except UsageError as exc:
        _fail(str(exc), EXIT_USAGE)
    except IkiError as exc:
        _fail(str(exc), EXIT_FINDINGS)
    _write(import_text.render(import_plan, source, year))
    raise typer.Exit(EXIT_FINDINGS if import_plan.problems else 0)


@app.command("diff")
def diff_command(
    base: Annotated[
        str, typer.Argument(help="The revision to compare with: a branch, tag or commit.")
    ],
    head: Annotated[
        str | None,
        typer.Argument(help="The revision with the change. Default: the working tree."),
    ] = None,
    output_format: Annotated[
        DiffFormat,
        typer.Option(
            "--format", help="text, md (a pull request comment) or json.", case_sensitive=False
        ),
    ] = DiffFormat.TEXT,
    project_dir: ProjectOption = None,
) -> None:
    """What a change does to positions, indicators, targets, links and findings (exit 0)."""
    project = _project(project_dir)
    try:
        old = revision_snapshot(project, base)
        new = worktree_snapshot(project) if head is None else revision_snapshot(project, head)
    except IkiError as exc:
        _fail(str(exc), EXIT_USAGE)
    _write(DIFF_FORMATTERS[output_format](compare(project, old, new)))


def main() -> None:
    """Entry point of the `iki` script."""
    app()
