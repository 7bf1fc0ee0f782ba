"""The whole `iki` program as one Typer app: every command, for `iki --help` and for tests.

A run that names its command builds a smaller app with that command alone (`iki.cli.run`).
"""

from __future__ import annotations

from collections.abc import Callable

from iki.cli import run

COMMANDS: dict[str, Callable[..., None]] = {name: run.command(name) for name in run.COMMANDS}
"""Every command's function, in the order `iki --help` lists them."""

GROUPS: dict[str, tuple[str, dict[str, Callable[..., None]]]] = {}
"""Commands with subcommands: `iki xlsx export`, `iki xlsx import`."""
for _name in run.GROUPS:
    _group = run.group(_name)
    GROUPS[_name] = (
        str(_group.info.help),
        {str(c.name): c.callback for c in _group.registered_commands if c.callback},
    )

app = run.new_app([*run.COMMANDS, *run.GROUPS])
main = run.main
