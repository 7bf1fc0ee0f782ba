"""What every command shares: the common options, finding the project, and how to stop."""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TextIO

import typer

from iki.errors import IkiError, UsageError
from iki.messages import Either, Language, os_reason, text, use
from iki.model import QUARTERS
from iki.printable import printable

if TYPE_CHECKING:
    from iki.diagnostics import Result
    from iki.load.project import Project
    from iki.load.workspace import Workspace
    from iki.model import Office

EXIT_FINDINGS = 1
EXIT_USAGE = 2


class Period(StrEnum):
    TW1 = "TW1"
    TW2 = "TW2"
    TW3 = "TW3"
    TW4 = "TW4"


def period_value(value: str | None) -> Period | None:
    """A quarter typed on the command line, by the same rule as in a realisation file: TW1 to
    TW4 exactly, anything else refused with what was probably meant."""
    from iki.model import quarter_hint

    if value is None:
        return None
    if value not in Period.__members__:
        raise typer.BadParameter(text("cli.not_a_quarter", value=value, hint=quarter_hint(value)))
    return Period(value)


RealisationsOption = Annotated[
    Path | None,
    typer.Option(
        "--realisasi",
        help=(
            "Baca realisasi dari folder ini (berisi <tahun>/<jabatan>.yaml), bukan "
            "dari data/realisasi; misalnya examples/realisasi untuk data contoh."
        ),
        file_okay=False,
    ),
]

ProjectOption = Annotated[
    Path | None,
    typer.Option(
        "--project",
        help=("Folder proyek (berisi iki.yaml). Bawaan: yang terdekat di atas folder kerja."),
        file_okay=False,
    ),
]

YEAR_MIN, YEAR_MAX = 1900, 2999
"""The years iki.yaml's `tahun` accepts; every --year is held to the same range."""

YearOption = Annotated[
    int | None,
    typer.Option("--year", help="Tahun. Bawaan: tahun di iki.yaml.", min=YEAR_MIN, max=YEAR_MAX),
]

PeriodOption = Annotated[
    Period | None,
    typer.Option(
        "--period",
        help=(
            "S.d. triwulan ini: TW1–TW4. Bawaan: triwulan terakhir yang memiliki "
            "realisasi, atau TW4."
        ),
        parser=period_value,
        metavar="TW1|TW2|TW3|TW4",
    ),
]


def language_value(value: str | None) -> Language | None:
    """--lang or IKI_LANG. An unknown language is refused in Indonesian with one line, not
    Click's English usage error: the reader has just shown that English is not a given."""
    if value is None:
        return None
    chosen = value.strip().lower()
    if chosen not in (Language.ID.value, Language.EN.value):
        sys.stderr.write(printable(f"iki: {text('cli.bad_language', value=value)}") + "\n")
        raise typer.Exit(EXIT_USAGE)
    return Language(chosen)


LangOption = Annotated[
    Language | None,
    typer.Option(
        "--lang",
        envvar="IKI_LANG",
        help="Bahasa pesan dan laporan: id atau en. Bawaan: IKI_LANG, lalu bahasa di iki.yaml, "
        "lalu id.",
        parser=language_value,
        metavar="id|en",
        show_envvar=False,
    ),
]


class _Chosen:
    language: Language | None = None
    """Set by --lang or IKI_LANG; None lets `bahasa:` in iki.yaml decide."""


def language(chosen: Language | None) -> None:
    """The language of this run, from --lang or IKI_LANG; `project` reads iki.yaml otherwise."""
    _Chosen.language = chosen
    use(chosen or Language.ID)


def project_language(found: Project) -> None:
    """`bahasa:` in iki.yaml, read before any finding is made so that all speak it."""
    if _Chosen.language is not None:
        return
    from iki.load import yamlio

    try:
        data = yamlio.load_bytes(found.config_file.read_bytes()).data
    except OSError:
        return
    value = data.get("bahasa") if isinstance(data, dict) else None
    if value in (Language.ID.value, Language.EN.value):
        use(Language(value))


def fail(message: str, code: int) -> NoReturn:
    sys.stderr.write(printable(f"iki: {message}") + "\n")
    raise typer.Exit(code)


def write(output: str, *, raw: bool = False) -> None:
    """Everything a command prints goes through here: control characters from the data are
    shown as escapes, never sent to the terminal. `raw` is for text that escaped its data
    itself and holds escape sequences on purpose (colours)."""
    with writing():
        stdout().write(output if raw else printable(output))


def stdout() -> TextIO:
    """Standard output, or exit 1 with a message when the caller closed it (`iki … >&-`)."""
    if sys.stdout is None:
        fail(text("cli.output_closed"), EXIT_FINDINGS)
    return sys.stdout


@contextmanager
def writing() -> Iterator[None]:
    """Writing to standard output: a full disk is a message and exit 1, never a traceback; a
    reader that stopped early (`iki export | head`) ends the run quietly, with exit 1 because
    not everything was read."""
    try:
        yield
        stdout().flush()
    except OSError as exc:
        # What is still buffered would fail again when Python flushes it at exit.
        _discard_stdout()
        if isinstance(exc, BrokenPipeError):
            raise typer.Exit(EXIT_FINDINGS) from None
        fail(text("cli.output_lost", reason=os_reason(exc)), EXIT_FINDINGS)


def _discard_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (a test's capture)
        pass


def project(explicit: Path | None) -> Project:
    from iki.load.project import find_project

    try:
        found = find_project(explicit=explicit)
    except UsageError as exc:
        fail(str(exc), EXIT_USAGE)
    project_language(found)
    return found


def workspace(
    project_dir: Path | None,
    paths: list[Path] | None = None,
    realisations: Path | None = None,
    *,
    needs_config: bool = True,
) -> Workspace:
    """The project's files, loaded. Every command but `validate` needs a valid iki.yaml (the
    year, the predikat scale): when it is invalid they stop with its findings rather than
    guess a year and write or report under it."""
    from iki.load.workspace import load_workspace

    found = project(project_dir)
    if realisations is not None:
        if not realisations.is_dir():
            fail(text("cli.no_folder", folder=str(realisations)), EXIT_USAGE)
        # On or inside the position files, each would be read twice (as a position and as a
        # realisation), and `iki record` would write realisations among the positions.
        given, positions = realisations.resolve(), found.positions_dir.resolve()
        if given == positions or given in positions.parents or positions in given.parents:
            fail(text("cli.realisations_over_positions", folder=str(realisations)), EXIT_USAGE)
        found = replace(found, realisations_from=realisations)
    try:
        loaded = load_workspace(found, paths or [])
    except UsageError as exc:
        fail(str(exc), EXIT_USAGE)
    except IkiError as exc:
        fail(str(exc), EXIT_FINDINGS)
    if needs_config:
        stop_on_invalid_config(loaded)
    return loaded


def stop_on_invalid_config(loaded: Workspace) -> None:
    """Exit 1 with iki.yaml's findings when it failed to read or failed its schema."""
    from iki.load.workspace import locate

    name = loaded.project.relative(loaded.project.config_file)
    source = loaded.sources.get(name)
    if source is None or source.valid:
        return
    findings = locate([d for d in loaded.result if d.file == name], loaded.sources)
    lines = [f"iki: {text('cli.config_invalid', name=name)}"]
    for d in findings:
        where = f"{d.line}:{d.column}" if d.line else "-"
        lines.append(f"  {name}:{where}  {d.code}  {d.message}")
        if d.hint:
            lines.append(f"      {d.hint}")
    sys.stderr.write("\n".join(lines) + "\n")
    raise typer.Exit(EXIT_FINDINGS)


def quarter(period: Period | None, office: Office, year: int) -> int:
    """The chosen quarter, or the latest with any realisation."""
    if period is not None:
        return QUARTERS.index(period.value) + 1
    from iki.compute.achievement import latest_quarter

    return latest_quarter(office, year)


def exit_on_data_errors(result: Result) -> None:
    """Commands other than validate still work on the valid files, but say so and exit 1."""
    if result.errors:
        sys.stderr.write(f"iki: {text('cli.data_errors', errors=result.errors)}\n")
        raise typer.Exit(EXIT_FINDINGS)


def known_position(workspace: Workspace, position: str) -> None:
    """Exit 2 for an id that names no position, with the closest ids; 1 for a position whose
    file is there but has errors (it is not in the model)."""
    from iki.load.schema import SchemaName

    office = workspace.office
    if office.position(position) is not None:
        return
    broken = [
        s.name
        for s in workspace.files_of(SchemaName.POSITION)
        if not s.valid and Path(s.name).stem == position
    ]
    if broken:
        fail(text("cli.position_broken", id=position, file=broken[0]), EXIT_FINDINGS)
    close = difflib.get_close_matches(position, [p.id for p in office.positions], n=3)
    if close:
        fail(text("cli.no_position_close", id=position, options=Either(close)), EXIT_USAGE)
    fail(text("cli.no_position", id=position), EXIT_USAGE)
