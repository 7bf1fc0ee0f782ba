"""The command line: options → core call → formatter → exit code. No logic lives here.

Each command is one module (`iki/cli/<command>.py`) holding one function whose signature is its
options; `app` registers them. A command imports the core and the formatters it uses inside its
function, so that `iki validate` never loads the template engine, the round-trip YAML writer or
the .docx reader: a pre-commit hook pays for what it runs, nothing more.

Exit codes: 0 clean, 1 findings, 2 usage errors (a missing project, an unknown option, …).
"""

from __future__ import annotations

from typing import Any


def main() -> None:
    """Entry point of the `iki` script: imports only what the command named needs."""
    from iki.cli.run import main as run

    run()


def __getattr__(name: str) -> Any:
    if name == "app":  # the whole program, for tests and `iki --help`
        from iki.cli.program import app

        return app
    raise AttributeError(name)


__all__ = ["app", "main"]
