"""The quality rules: whether each indicator is specific, measurable, with a unit, a source and a
target (PermenPAN-RB 8/2021), each rule in its own module with a stable code.

The registry is the tuple below, written by hand: a new rule is a new module and one line here.
Every rule warns rather than errs. Its findings are about the wording and design of the
office's own IKI, which only the office can change; the files still load, compute and report, so
`iki validate` exits 0 on them, and a repository that wants them fixed before merging runs
`iki validate --strict`.
"""

from __future__ import annotations

from collections.abc import Iterator

from iki.check.rules import (
    explanation_is_target,
    inverted_ratio,
    is_target,
    missing_for_percentage,
    mixed_units,
    no_quantity,
    no_source,
    no_target,
    no_unit,
    only_in_words,
    percentage_not_times_100,
    repeats_indicator,
    several_quantities,
    suppression,
    unknown_suppression,
    unlinked_duplicate,
    unused_suppression,
)
from iki.check.rules.base import ModelCheck, Rule
from iki.diagnostics import Diagnostic
from iki.load.workspace import Workspace

RULES: tuple[tuple[Rule, ModelCheck], ...] = (
    (no_quantity.RULE, no_quantity.check),
    (is_target.RULE, is_target.check),
    (explanation_is_target.RULE, explanation_is_target.check),
    (several_quantities.RULE, several_quantities.check),
    (repeats_indicator.RULE, repeats_indicator.check),
    (no_unit.RULE, no_unit.check),
    (no_source.RULE, no_source.check),
    (no_target.RULE, no_target.check),
    (missing_for_percentage.RULE, missing_for_percentage.check),
    (only_in_words.RULE, only_in_words.check),
    (mixed_units.RULE, mixed_units.check),
    (inverted_ratio.RULE, inverted_ratio.check),
    (percentage_not_times_100.RULE, percentage_not_times_100.check),
    (unlinked_duplicate.RULE, unlinked_duplicate.check),
)
"""Every rule that reads the model, in the order of docs/rules.md."""

SUPPRESSION_RULES: tuple[Rule, ...] = (unknown_suppression.RULE, unused_suppression.RULE)
"""Findings about `abaikan` itself, reported by `suppression.apply`."""


def all_rules() -> tuple[Rule, ...]:
    """Every quality rule, the suppression ones first (their codes sort first)."""
    return (*SUPPRESSION_RULES, *(rule for rule, _ in RULES))


def check_quality(workspace: Workspace) -> Iterator[Diagnostic]:
    """Every quality rule over the model, less what `abaikan` ignores: the one check
    `iki.check.validate` registers."""
    office = workspace.office
    findings = (finding for _, check in RULES for finding in check(office))
    yield from suppression.apply(office, findings, (rule.code for rule, _ in RULES))
