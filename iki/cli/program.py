"""The whole `iki` program as one Typer app: every command, for `iki --help` and for tests.

A run that names its command builds a smaller app with that command alone (`iki.cli.run`).
"""

from __future__ import annotations

from collections.abc import Callable

from iki.cli import run

COMMANDS: dict[str, Callable[..., None]] = {name: run.command(name) for name in run.COMMANDS}
"""Every command's function, in the order `iki --help` lists them."""

GROUPS: dict[str, tuple[str, dict[str, Callable[..., None]]]] = {
    name: run.group_commands(name) for name in run.GROUPS
}
"""Commands with subcommands: `iki xlsx export`, `iki xlsx import`."""

app = run.new_app([*run.COMMANDS, *run.GROUPS])
main = run.main
