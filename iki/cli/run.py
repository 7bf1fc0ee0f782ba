"""Running `iki`: the settings and version option every app shares, and the entry point.

A run names its command first (`iki validate …`); only that command's module is imported and
only its parameters are prepared. `iki --help` and anything else without a known command go to
the full app of `iki.cli.program`, which imports every command.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import importlib
import os
import sys
import threading
from collections.abc import Callable
from typing import Annotated, Any, NoReturn

import typer

from iki import __version__
from iki.cli import output, usage
from iki.cli.common import EXIT_FINDINGS, write

APP_SETTINGS: dict[str, Any] = {
    "name": "iki",
    "help": "Indikator Kinerja Individu sebagai berkas YAML yang ditinjau.",
    "no_args_is_help": True,
    "add_completion": False,
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,
}

COMMANDS: dict[str, str] = {
    "init": "init:init_command",
    "validate": "validate:validate_command",
    "export": "export:export_command",
    "achievement": "achievement:achievement_command",
    "tree": "tree:tree_command",
    "record": "record:record_command",
    "import": "importing:import_command",
    "schema": "schema:schema_command",
    "diff": "diff:diff_command",
    "report": "report:report_command",
}
"""Every command, as `module:function` in `iki.cli`, in the order `iki --help` lists them."""

GROUPS: dict[str, str] = {"xlsx": "xlsx"}
"""Commands with subcommands (`iki xlsx export`), by module: its HELP and its COMMANDS."""


def version_option(
    version: Annotated[
        bool, typer.Option("--version", help="Tampilkan versi lalu keluar.")
    ] = False,
) -> None:
    if version:
        write(f"iki {__version__}\n")
        raise typer.Exit(0)


def command(name: str) -> Callable[..., None]:
    module, function = COMMANDS[name].split(":")
    found: Callable[..., None] = getattr(importlib.import_module(f"iki.cli.{module}"), function)
    return found


def group_commands(name: str) -> tuple[str, dict[str, Callable[..., None]]]:
    """A group's help and its subcommands' functions, from its module."""
    module = importlib.import_module(f"iki.cli.{GROUPS[name]}")
    return module.HELP, dict(module.COMMANDS)


def group(name: str) -> typer.Typer:
    help_text, commands = group_commands(name)
    built = typer.Typer(**{**APP_SETTINGS, "name": name, "help": help_text})
    for command_name, function in commands.items():
        built.command(command_name)(function)
    return built


def new_app(names: list[str]) -> typer.Typer:
    """An app with these commands and groups: typer prepares every parameter of every command
    it holds before it parses anything, and a run needs only its own command's."""
    usage.install()  # before any command parses: its mistakes are said in Indonesian
    app = typer.Typer(**APP_SETTINGS)
    app.callback(invoke_without_command=True)(version_option)
    for name in names:
        if name in GROUPS:
            app.add_typer(group(name), name=name)
        else:
            app.command(name)(command(name))
    return app


def main() -> NoReturn:
    """Entry point of the `iki` script and of `python -m iki`: the command, then the end."""
    leave(invoke())


def invoke() -> object:
    """Run the command `sys.argv` names; the exit code it ends with, as SystemExit carries it.
    Callable in a process that goes on (tests), unlike `main`."""
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
                new_app(words)()
            else:
                from iki.cli.program import app

                app()
        finally:
            output.flush()  # what is still buffered is output too
    except output.OutputLost as lost:
        output.report(lost)
        return EXIT_FINDINGS
    except SystemExit as done:
        return done.code
    return 0


def leave(code: object) -> NoReturn:
    """End the process with `code`, without taking the office apart object by object first.

    At exit Python frees every object it still holds, one at a time: for a large office that
    is millions of them, and as long as a fifth of the run (0.8 s of `iki validate` at 10,000
    positions), to give back memory the system takes back anyway. So the exit functions run
    (temporary folders are removed), the output is flushed, and the process ends there. With
    a thread still running, or an exit code that is not a number (a message), Python ends the
    process its usual way."""
    if not (code is None or isinstance(code, int)) or threading.active_count() > 1:
        raise SystemExit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code or 0)
