"""The command line: options → core call → formatter → exit code. No logic lives here.

Exit codes: 0 clean, 1 findings, 2 usage errors (a missing project, an unknown option, …).
"""

from __future__ import annotations

import difflib
import gc
import math
import os
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from iki import __version__
from iki.check import cascade
from iki.check.validate import validate
from iki.compute import achievement, pohon
from iki.compute.achievement import OfficeAchievement, latest_quarter, office_achievement
from iki.compute.diff import compare
from iki.compute.export import office_data
from iki.diagnostics import Result
from iki.edit import atomic, record
from iki.edit import importing as ingest
from iki.errors import IkiError, UsageError
from iki.load.gitio import revision_snapshot
from iki.load.project import Project, find_project
from iki.load.schema import SchemaName
from iki.load.snapshot import worktree_snapshot
from iki.load.workspace import Workspace, load_workspace
from iki.model import QUARTERS, Office
from iki.render import achievement as achievement_output
from iki.render import import_summary, pohon_text, reports
from iki.render.console import print_office
from iki.render.diff_formats import DIFF_FORMATTERS, DiffFormat
from iki.render.formats import FORMATTERS, TREE_FORMATTERS, TreeFormat, ValidateFormat
from iki.render.json_report import dumps
from iki.render.labels import Language
from iki.render.record import record_summary, refusal

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

RealisationsOption = Annotated[
    Path | None,
    typer.Option(
        "--realisasi",
        help="Read realisations from this folder (<year>/<position>.yaml inside) instead of "
        "data/realisasi, e.g. examples/realisasi for the illustrative data.",
        file_okay=False,
    ),
]

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


def _workspace(
    project_dir: Path | None,
    paths: list[Path] | None = None,
    realisations: Path | None = None,
) -> Workspace:
    project = _project(project_dir)
    if realisations is not None:
        if not realisations.is_dir():
            _fail(f"--realisasi {realisations}: no such folder", EXIT_USAGE)
        project = replace(project, realisations_from=realisations)
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
    realisations: RealisationsOption = None,
) -> None:
    """Check every data file: YAML, schema, references, formulas. Exit 1 on findings."""
    workspace = _workspace(project_dir, paths, realisations)
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
    _exit_on_data_errors(validate(workspace))


class AchievementFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


class Period(StrEnum):
    TW1 = "TW1"
    TW2 = "TW2"
    TW3 = "TW3"
    TW4 = "TW4"


ACHIEVEMENT_FORMATTERS: dict[AchievementFormat, Callable[[OfficeAchievement], str] | None] = {
    AchievementFormat.TABLE: None,  # rich, printed by the console layer
    AchievementFormat.JSON: achievement_output.render_json,
    AchievementFormat.CSV: achievement_output.render_csv,
}

PeriodOption = Annotated[
    Period | None,
    typer.Option(
        "--period",
        help="Year to date up to this quarter. Default: the latest quarter with any "
        "realisation, else TW4.",
        case_sensitive=False,
    ),
]


def _quarter(period: Period | None, office: Office, year: int) -> int:
    return QUARTERS.index(period.value) + 1 if period is not None else latest_quarter(office, year)


YearOption = Annotated[
    int | None,
    typer.Option("--year", help="Year. Default: tahun in iki.yaml.", min=1900, max=2999),
]


@app.command("achievement")
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
) -> None:
    """Capaian and predikat of every indicator, year to date. Exit 1 if the data has errors."""
    workspace = _workspace(project_dir, realisations=realisations)
    office = workspace.office
    chosen_year = year if year is not None else office.config.year
    quarter = _quarter(period, office, chosen_year)
    if position is not None:
        _known_position(workspace, position)
    result = office_achievement(
        office, achievement.Period(chosen_year, quarter), None if position is None else [position]
    )
    formatter = ACHIEVEMENT_FORMATTERS[output_format]
    if formatter is None:
        print_office(Console(highlight=False), result, office.config.grades)
    else:
        _write(formatter(result))
    _exit_on_data_errors(validate(workspace))


def _exit_on_data_errors(result: Result) -> None:
    """Commands other than validate still work on the valid files, but say so and exit 1."""
    if result.errors:
        sys.stderr.write(
            f"iki: {result.errors} error(s) in the data; files that fail to read or fail "
            "their schema are left out, and results may be incomplete. "
            "Run 'iki validate'.\n"
        )
        raise typer.Exit(EXIT_FINDINGS)


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
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
) -> None:
    """Show the pohon kinerja: positions, their indicators and the links between them."""
    workspace = _workspace(project_dir, realisations=realisations)
    office = workspace.office
    chosen_year = year or office.config.year
    quarter = int(period.value[2:]) if period else None
    # Capaian to the same point as the targets shown: the quarter, or the whole year.
    achieved = office_achievement(office, achievement.Period(chosen_year, quarter or 4))
    view = pohon.build(
        office,
        cascade.build(office),
        chosen_year,
        quarter,
        capaian=achievement_output.capaian_texts(achieved),
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


def _number(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        hint = " (write a decimal point: 12.5)" if "," in text else ""
        _fail(f"{what} must be a number, not '{text}'{hint}", EXIT_FINDINGS)
    if not math.isfinite(value):
        _fail(f"{what} must be a finite number, not '{text}'", EXIT_FINDINGS)
    return value


def _variables(pairs: list[str]) -> dict[str, float]:
    values: dict[str, float] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name.strip():
            _fail(f"--var {pair}: write NAME=VALUE, e.g. --var mendaftar=30", EXIT_USAGE)
        values[name.strip()] = _number(text.strip(), f"--var {name.strip()}")
    return values


def _elements(text: str | None) -> tuple[float, ...] | None:
    if text is None:
        return None
    return tuple(_number(part, "--unsur") for part in re.split(r"[\s;]+", text.strip()) if part)


@app.command("record")
def record_command(
    position: Annotated[str, typer.Argument(help="Position id, e.g. kasi-ketenagakerjaan.")],
    indicator: Annotated[str, typer.Argument(help="Indicator id within the position.")],
    period: Annotated[
        Period, typer.Argument(help="Quarter: TW1, TW2, TW3 or TW4.", case_sensitive=False)
    ],
    value: Annotated[
        str | None,
        typer.Argument(help="The quarter's value. Leave out for formula and IKM indicators."),
    ] = None,
    evidence: Annotated[
        str | None, typer.Option("--bukti", help="Evidence: letter number, report, link.")
    ] = None,
    note: Annotated[str | None, typer.Option("--catatan", help="A short note.")] = None,
    variables: Annotated[
        list[str] | None,
        typer.Option("--var", help="A formula variable, NAME=VALUE; repeat for each."),
    ] = None,
    elements: Annotated[
        str | None,
        typer.Option(
            "--unsur", help="IKM: the nine element means (1–4), separated by spaces or ';'."
        ),
    ] = None,
    respondents: Annotated[
        int | None, typer.Option("--responden", help="IKM: number of respondents.", min=1)
    ] = None,
    year: YearOption = None,
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
) -> None:
    """Record one quarter's realisation in data/realisasi/<year>/<position>.yaml, checked first."""
    workspace = _workspace(project_dir, realisations=realisations)
    request = record.Request(
        position_id=position,
        indicator_id=indicator,
        quarter=period.value,
        year=year if year is not None else workspace.office.config.year,
        value=None if value is None else _number(value, "VALUE"),
        variables=_variables(variables or []),
        elements=_elements(elements),
        respondents=respondents,
        evidence=evidence,
        note=note,
    )
    try:
        prepared = record.prepare(workspace, request)
        record.write(prepared)
    except record.RecordError as exc:
        sys.stderr.write(refusal(str(exc), exc.diagnostics))
        raise typer.Exit(EXIT_FINDINGS) from None
    except OSError as exc:
        _fail(f"cannot write {request.position_id}'s file: {exc.strerror or exc}", EXIT_FINDINGS)
    _write(record_summary(prepared))


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
    except UsageError as exc:
        if project_dir is not None:
            _fail(str(exc), EXIT_USAGE)
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
    except OSError as exc:
        _fail(f"cannot write the position files: {exc.strerror or exc}", EXIT_FINDINGS)
    _write(import_summary.render(import_plan, source, year))
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


DEFAULT_REPORTS = Path("build") / "reports"
"""Where `iki report --all` writes without -o, inside the project."""


def _report_format(
    chosen: reports.ReportFormat | None, output: Path | None
) -> reports.ReportFormat:
    if chosen is not None:
        return chosen
    if output is not None and output.suffix.lower() in (".html", ".htm"):
        return reports.ReportFormat.HTML
    return reports.ReportFormat.MD


def _known_position(workspace: Workspace, position: str) -> None:
    """Exit 2 for an id that names no position, with the closest ids; 1 for a position whose
    file is there but has errors (it is not in the model)."""
    office = workspace.office
    if office.position(position) is not None:
        return
    broken = [
        s.name
        for s in workspace.files_of(SchemaName.POSITION)
        if not s.valid and Path(s.name).stem == position
    ]
    if broken:
        _fail(f"--position {position}: {broken[0]} has errors; run 'iki validate'", EXIT_FINDINGS)
    close = difflib.get_close_matches(position, [p.id for p in office.positions], n=3)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    _fail(f"--position {position}: no such position{hint}", EXIT_USAGE)


@app.command("report")
def report_command(
    position: Annotated[
        str | None, typer.Option("--position", help="One position's IKI form (its id).")
    ] = None,
    every: Annotated[
        bool,
        typer.Option("--all", help="Every position's form and the office report, into a folder."),
    ] = False,
    year: YearOption = None,
    period: PeriodOption = None,
    output_format: Annotated[
        reports.ReportFormat | None,
        typer.Option(
            "--format",
            help="md or html. Default: html when -o ends in .html, else md.",
            case_sensitive=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="With --position: the file (default: standard output). With --all: the folder "
            "(default: build/reports in the project).",
        ),
    ] = None,
    language: Annotated[
        Language, typer.Option("--lang", help="Language of the labels: id or en.")
    ] = Language.ID,
    label: Annotated[
        str | None,
        typer.Option(
            "--label",
            help="A warning at the top of every page. Default with --realisasi: the heading of "
            "the README.md next to that folder (examples/README.md: the numbers are made up).",
        ),
    ] = None,
    realisations: RealisationsOption = None,
    project_dir: ProjectOption = None,
) -> None:
    """The IKI form of a position, or every form and the office report, in Markdown or HTML."""
    if (position is None) == (not every):
        _fail("give either --position ID or --all", EXIT_USAGE)
    workspace = _workspace(project_dir, realisations=realisations)
    project = workspace.project
    office = workspace.office
    if position is not None:
        _known_position(workspace, position)
    chosen_year = year if year is not None else office.config.year
    quarter = _quarter(period, office, chosen_year)
    chosen_format = _report_format(output_format, output if position is not None else None)
    own = (project.root / "data" / "realisasi").resolve()
    options = reports.Options(
        period=achievement.Period(chosen_year, quarter),
        output_format=chosen_format,
        language=language,
        label=label if label is not None else reports.realisation_label(project),
        realisations=project.relative(project.realisations_dir),
        foreign_realisations=realisations is not None and realisations.resolve() != own,
    )
    findings = validate(workspace)
    facts = reports.gather(workspace, findings, options.period)
    try:
        if position is not None:
            text = reports.render_position(facts, position, options)
            if output is None:
                _write(text)
            elif output.is_dir():
                _fail(f"-o {output}: is a folder; name the report's file", EXIT_USAGE)
            else:
                atomic.write_text(output, text)
        else:
            folder = output if output is not None else project.root / DEFAULT_REPORTS
            if folder.exists() and not folder.is_dir():
                _fail(f"-o {folder}: not a folder; --all writes a folder of pages", EXIT_USAGE)
            pages = reports.render_office(facts, options)
            for name, text in pages.items():
                atomic.write_text(folder / name, text, durable=False)
            index = folder / reports.INDEX[chosen_format]
            sys.stderr.write(f"iki: wrote {len(pages)} pages; open {index}\n")
    except OSError as exc:
        _fail(f"cannot write the report: {exc.strerror or exc}", EXIT_FINDINGS)
    _exit_on_data_errors(findings)


def main() -> None:
    """Entry point of the `iki` script."""
    # One run reads a whole office into hundreds of thousands of small objects that live until
    # the process ends; the cyclic collector would walk them again and again as they pile up (a
    # third of `iki validate` at 10,000 positions) and find nothing to free. Reference counting
    # still frees everything else, and the process is short-lived.
    gc.disable()
    app()
