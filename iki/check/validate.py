"""`iki validate`: every check over a loaded workspace, in one result.

The registry is a plain tuple: a check is a function from the workspace to diagnostics, and a new
check is one line here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from iki.check import capaian, cascade, rules
from iki.check import realisations as realisation_checks
from iki.check import references as checks
from iki.diagnostics import Diagnostic, Result
from iki.load import parallel
from iki.load.workspace import Workspace, locate

Check = Callable[[Workspace], Iterable[Diagnostic]]

CHECKS: tuple[Check, ...] = (
    checks.identities,
    checks.references,
    checks.formulas,
    checks.target_ranges,
    checks.grade_scale,
    cascade.structure,
    cascade.alignment,
    cascade.target_sums,
    cascade.renstra,
    rules.check_quality,
    realisation_checks.realisations,
    capaian.aggregation,
    capaian.quarterly_targets,
    capaian.survey_weights,
    capaian.limits,
    capaian.weights,
)


APART: tuple[Check, ...] = (rules.check_quality,)
"""What a second process runs on a large office while this one runs the other checks: the
quality rules are about half of the checks' time."""


def validate(workspace: Workspace) -> Result:
    """The reading and schema findings of the workspace plus every check, located."""
    here = tuple(check for check in CHECKS if check not in APART)
    mine, theirs = parallel.beside(
        lambda: _run(here, workspace),
        lambda: _run(APART, workspace),
        files=len(workspace.sources),
    )
    found = dict(zip(here, mine, strict=True)) | dict(zip(APART, theirs, strict=True))
    diagnostics = list(workspace.result.diagnostics)
    for check in CHECKS:  # the registry's order, wherever each check ran
        diagnostics.extend(found[check])
    return Result(locate(diagnostics, workspace.sources), workspace.result.files_checked)


def _run(checks: tuple[Check, ...], workspace: Workspace) -> list[list[Diagnostic]]:
    return [list(check(workspace)) for check in checks]
