"""Typed exceptions raised by the core; only the command line turns them into exit codes."""

from __future__ import annotations


class IkiError(Exception):
    """A problem the user can fix; the message says how."""


class UsageError(IkiError):
    """The command was called wrongly (exit code 2)."""


class ProjectNotFoundError(UsageError):
    """No `iki.yaml` above the working directory and no `--project` given."""
