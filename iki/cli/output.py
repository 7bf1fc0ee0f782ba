"""Standard output that may not take what is written: a terminal that cannot show every
character, a pipe closed early (`iki validate | head`), a full disk, a closed descriptor.

Characters the output cannot encode are replaced (`?`), so an ASCII or cp1252 console still
shows every finding. Each write goes through `iki.cli.common.writing`, which turns a full or
closed output into one line on standard error and exit 1; `flush` is the same for what is still
buffered when the command ends. Never a traceback, never 0 after output was lost.
"""

from __future__ import annotations

import contextlib
import os
import sys

from iki.messages import text


class OutputLost(Exception):
    """Standard output refused what was still buffered; `reason` says why (the system's words),
    empty when the reader simply stopped reading (a closed pipe), which needs no message."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def degrade() -> None:
    """Characters an output cannot encode become `?` instead of a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def flush() -> None:
    """Flush what the command left buffered; OutputLost when the output refuses it."""
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise OutputLost("") from None
    except OSError as exc:
        raise OutputLost(exc.strerror or str(exc)) from None


def report(lost: OutputLost) -> None:
    """One line on standard error (none for a reader that stopped); later flushes, at exit, go
    nowhere instead of failing again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    if lost.reason and sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"iki: {text('cli.output_lost', reason=lost.reason)}\n")
            sys.stderr.flush()
