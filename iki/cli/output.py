"""Standard output that may not take what is written: a terminal that cannot show every
character, a pipe closed early (`iki validate | head`), a full disk, a closed descriptor.

Characters the output cannot encode are replaced (`?`), so an ASCII or cp1252 console still
shows every finding. Output that is lost is never silent: one line on standard error and exit
status 1, never a traceback and never 0, since a script reading the output got less than all.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from iki.messages import text


class OutputLost(Exception):
    """Standard output refused what was written; `reason` says why (the system's words)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Guarded:
    """Standard output that turns a failed write into OutputLost, for `main` to report.

    Click reads an OSError with EPIPE as a reason to exit 1 silently; OutputLost is not an
    OSError, so it reaches `main`, which says what happened.
    """

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def write(self, data: str) -> int:
        if self._stream is None:
            raise OutputLost(text("cli.output_closed"))
        try:
            return self._stream.write(data)
        except OSError as exc:
            raise OutputLost(exc.strerror or str(exc)) from None

    def flush(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.flush()
        except OSError as exc:
            raise OutputLost(exc.strerror or str(exc)) from None

    def isatty(self) -> bool:
        return self._stream is not None and self._stream.isatty()

    def __getattr__(self, name: str) -> Any:
        if self._stream is None:
            raise AttributeError(name)
        return getattr(self._stream, name)


def guard() -> None:
    """Make standard output degrade rather than fail, and fail loudly when it must."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")
    sys.stdout = _Guarded(sys.stdout)


def report(lost: OutputLost) -> None:
    """One line on standard error; later flushes (at exit) go nowhere instead of failing again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
    sys.stdout = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 - lives until exit
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"iki: {text('cli.output_lost', reason=lost.reason)}\n")
            sys.stderr.flush()
