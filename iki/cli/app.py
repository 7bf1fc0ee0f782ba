"""The `iki` program: one Typer app, one line per command."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer

from iki import __version__
from iki.cli import (
    achievement,
    diff,
    export,
    importing,
    init,
    output,
    record,
    report,
    schema,
    tree,
    validate,
    xlsx,
)
from iki.cli.common import EXIT_FINDINGS, write

APP_SETTINGS: dict[str, Any] = {
    "name": "iki",
    "help": "Indikator Kinerja Individu sebagai berkas YAML yang ditinjau.",
    "no_args_is_help": True,
    "add_completion": False,
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,
}

app = typer.Typer(**APP_SETTINGS)


@app.callback(invoke_without_command=True)
def _main(
    version: Annotated[
        bool, typer.Option("--version", help="Tampilkan versi lalu keluar.")
    ] = False,
) -> None:
    if version:
        write(f"iki {__version__}\n")
        raise typer.Exit(0)


COMMANDS: dict[str, Callable[..., None]] = {
    "init": init.init_command,
    "validate": validate.validate_command,
    "export": export.export_command,
    "achievement": achievement.achievement_command,
    "tree": tree.tree_command,
    "record": record.record_command,
    "import": importing.import_command,
    "schema": schema.schema_command,
    "diff": diff.diff_command,
    "report": report.report_command,
}
"""Every command, in the order `iki --help` lists them."""

GROUPS: dict[str, tuple[str, dict[str, Callable[..., None]]]] = {
    "xlsx": (xlsx.HELP, dict(xlsx.COMMANDS)),
}
"""Commands with subcommands: `iki xlsx export`, `iki xlsx import`."""

for _name, _command in COMMANDS.items():
    app.command(_name)(_command)


def _group(name: str) -> typer.Typer:
    help_text, commands = GROUPS[name]
    group = typer.Typer(**{**APP_SETTINGS, "name": name, "help": help_text})
    for command_name, command in commands.items():
        group.command(command_name)(command)
    return group


for _name in GROUPS:
    app.add_typer(_group(_name), name=_name)


def _only(name: str) -> typer.Typer:
    """An app with one command: typer prepares every parameter of every command it holds before
    it parses anything, and a run needs only its own command's."""
    single = typer.Typer(**APP_SETTINGS)
    single.callback(invoke_without_command=True)(_main)
    if name in GROUPS:
        single.add_typer(_group(name), name=name)
    else:
        single.command(name)(COMMANDS[name])
    return single


def main() -> None:
    """Entry point of the `iki` script."""
    # One run reads a whole office into hundreds of thousands of small objects that live until
    # the process ends; the cyclic collector would walk them again and again as they pile up (a
    # third of `iki validate` at 10,000 positions) and find nothing to free. Reference counting
    # still frees everything else, and the process is short-lived.
    gc.disable()
    output.degrade()
    try:
        try:
            words = sys.argv[1:2]
            if words and (words[0] in COMMANDS or words[0] in GROUPS):
                _only(words[0])()
            else:
                app()
        finally:
            output.flush()  # what is still buffered is output too
    except output.OutputLost as lost:
        output.report(lost)
        sys.exit(EXIT_FINDINGS)
