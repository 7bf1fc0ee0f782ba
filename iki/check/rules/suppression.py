"""`abaikan`: an indicator ignores quality findings on purpose, each with its reason.

The quality rules report every finding; this module then drops those an indicator ignores, and
reports the `abaikan` entries that ignore nothing (Q001 unknown code, Q002 nothing to ignore).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from iki.check.rules import unknown_suppression, unused_suppression
from iki.check.rules.base import each_indicator, indicator_path
from iki.diagnostics import Diagnostic
from iki.messages import say
from iki.model import Office

_Row = tuple[str, int]
"""An indicator as (file, index in kinerja): what a finding's path points into."""


def _row(diagnostic: Diagnostic) -> _Row | None:
    path = diagnostic.path
    if len(path) >= 2 and path[0] == "kinerja" and isinstance(path[1], int):
        return diagnostic.file, path[1]
    return None


def apply(
    office: Office, findings: Iterable[Diagnostic], known: Iterable[str]
) -> Iterator[Diagnostic]:
    """The findings that no `abaikan` entry ignores, then the `abaikan` entries ignoring nothing.

    `known` holds the codes a rule could report, so that an entry for a rule that did not fire
    is told apart from an entry for no rule at all.
    """
    codes = set(known)
    ignored = {
        (position.file, indicator.index): indicator.suppressed
        for position, indicator in each_indicator(office)
        if indicator.suppressed
    }
    used: set[tuple[str, int, str]] = set()
    for finding in findings:
        row = _row(finding)
        if row is not None and finding.code in ignored.get(row, {}):
            used.add((*row, finding.code))
        else:
            yield finding
    for position, indicator in each_indicator(office):
        for code in sorted(indicator.suppressed):
            path = (*indicator_path(indicator, "abaikan"), code)
            if code not in codes:
                yield unknown_suppression.RULE.finding(
                    position.file,
                    path,
                    say("Q001", id=indicator.id, code=code),
                )
            elif (position.file, indicator.index, code) not in used:
                yield unused_suppression.RULE.finding(
                    position.file,
                    path,
                    say("Q002", id=indicator.id, code=code),
                )
