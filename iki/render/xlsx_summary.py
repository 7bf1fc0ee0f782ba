"""What `iki xlsx import` says: the findings at their cells, the values that change, and the
`iki diff` of the change."""

from __future__ import annotations

from iki.diagnostics import Severity
from iki.edit.xlsx_import import Finding, Plan
from iki.messages import Language, language, text
from iki.numbers import format_plain

_SEVERITY = {Severity.ERROR: "cli.severity.error", Severity.WARNING: "cli.severity.warning"}


def findings_text(findings: list[Finding]) -> str:
    return "".join(f"{f.place}: {text(_SEVERITY[f.severity])}: {f.message}\n" for f in findings)


def _shown(value: float | str | None) -> str:
    if value is None:
        return text("xlsx.empty")
    if isinstance(value, str):
        return value
    # every digit, as the reader's language writes it (1.500 and 12,5 in Indonesian; 1,500 and
    # 12.5 in English): a change list must not round what it shows
    plain = format_plain(value)
    sign = "-" if plain.startswith("-") else ""  # int("-0") of -0,5 would drop it
    whole, _, fraction = plain.lstrip("-").partition(".")
    grouped = sign + f"{int(whole):,}"
    if language() is not Language.ID:
        return f"{grouped}.{fraction}" if fraction else grouped
    grouped = grouped.replace(",", ".")
    return f"{grouped},{fraction}" if fraction else grouped


def changes_text(plan: Plan) -> str:
    if not plan.changes:
        return text("xlsx.no_changes") + "\n"
    lines = [text("xlsx.changes", count=len(plan.changes))]
    for change in plan.changes:
        lines.append(
            f"  {change.place:<10} {change.position_id}/{change.indicator_id} {change.what}: "
            f"{_shown(change.old)} → {_shown(change.new)}"
        )
    return "\n".join(lines) + "\n"


def files_text(plan: Plan, *, written: bool) -> str:
    verb = text("xlsx.file_written" if written else "xlsx.file_to_write")
    return "".join(f"{verb}: {name}\n" for _, name, _ in plan.files)


def diff_text(plan: Plan) -> str:
    """Targets and findings as `iki diff` shows them; empty when the import writes nothing."""
    if plan.diff is None:
        return ""
    from iki.render.diff_text import render

    # the head is no revision: the working tree with the workbook's values in it
    _, rest = render(plan.diff).split("\n", 1)
    return f"\n{text('xlsx.diff_heading')}\n{rest}"
