"""A second process for the work of a large office, on a machine with a second core.

Reading a large office is many files, each on its own; checking it is many checks, each over the
whole model. Either kind of work splits in two with no change to its result. The second process
is forked, so it starts with everything this one has in memory (the modules imported, the schema
checks compiled, the model built) and only its answer travels back, pickled.

Below `PARALLEL_FROM` files, or with one core, or where fork does not exist, everything runs
here: starting a process would cost more than it saves. A second process that cannot start or
dies costs only time, never a result: its part is then done here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Executor

_Here = TypeVar("_Here")
_There = TypeVar("_There")
_Item = TypeVar("_Item")
_Out = TypeVar("_Out")

PARALLEL_FROM = 1000
"""From this many files on, a second process takes half of the work.

Reading is most of the work at scale (libyaml's events turned into data in Python, then the
schema check), each file on its own, so a second core halves the wait of a large office. Below
this many files the process start costs more than it saves."""

_there: Callable[[], Any] | None = None
"""The work the forked process runs; set just before the fork, so the child inherits it and
nothing about it has to be pickled (a lambda over the whole workspace is fine)."""


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _worth_it(files: int) -> bool:
    """Whether an office of `files` files gets a second process: large enough to repay the
    start, on a machine with a second core."""
    return files >= PARALLEL_FROM and cores() >= 2


def _executor(context: Any) -> Executor:
    """The one other process, started from `context` (a multiprocessing context)."""
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_follow_the_first)


def _follow_the_first() -> None:
    """In the second process, before its work: it ends when the first one does.

    Ctrl-C, which the terminal sends to both, ends it at once and quietly: Python's own handler
    would print the traceback of whatever it was waiting in, or send the interruption back as
    its answer. And a first process killed from outside (SIGKILL, a CI job's timeout) never
    shuts the pool down: the second one, holding its own copy of the pipe it waits on for
    work, would wait forever with its copy of the office in memory. A thread watches the
    first process instead and ends this one when it is gone. Either way the first process
    says what is to be said, and does this process's part itself when it has no answer."""
    import signal
    import threading
    from multiprocessing import parent_process
    from multiprocessing.connection import wait

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    first = parent_process()
    if first is None:  # pragma: no cover - a pool's process always has one
        return
    sentinel = first.sentinel  # readable once the first process has ended

    def watch() -> None:
        wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="iki-follow-first", daemon=True).start()


def _run_there() -> Any:
    assert _there is not None
    return _there()


def beside(
    here: Callable[[], _Here], there: Callable[[], _There], *, files: int
) -> tuple[_Here, _There]:
    """`(here(), there())`, with `there` run by a second process while `here` runs in this one,
    when the office has `files` files or more and the machine has two cores.

    Both must be pure: each may be run here instead, and `there`'s result must pickle."""
    global _there
    if not _worth_it(files):
        return here(), there()
    # Imported here: a small office never starts a process, and these cost a pre-commit hook
    # a tenth of its start.
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    try:
        context = multiprocessing.get_context("fork")
    except ValueError:  # no fork on this platform
        return here(), there()
    _there = there
    try:
        with _executor(context) as pool:
            later = pool.submit(_run_there)
            mine = here()
            try:
                theirs = later.result()
            except (BrokenProcessPool, OSError):
                theirs = there()
    except (OSError, NotImplementedError):
        # No process could be started (NotImplementedError: the system lacks the semaphores a
        # pool needs, as in some containers): do everything here.
        return here(), there()
    finally:
        _there = None
    return mine, theirs


def halves(
    work: Callable[[Sequence[_Item]], list[_Out]],
    items: Sequence[_Item],
    here: Callable[[Sequence[_Item]], list[_Out]] | None = None,
) -> list[_Out]:
    """`work(items)`, with every other item done by a second process when the list is long.

    `work` handles each item on its own and returns one result per item, in order. The halves
    are every other item, not the first and the second half: lists come sorted by kind
    (position files, then the much smaller realisation files), and a split down the middle
    would leave one process idle for most of the run.

    `here`, when given, does this process's items instead of `work`: the same results with
    more done to them that need not travel back from the other process."""
    mine_work = here or work
    if not _worth_it(len(items)):
        return mine_work(items)
    mine, theirs = beside(
        lambda: mine_work(items[0::2]), lambda: work(items[1::2]), files=len(items)
    )
    together: list[_Out] = [*mine, *theirs]
    together[0::2] = mine
    together[1::2] = theirs
    return together
