"""Diagnostics for a person at a terminal: grouped by file, one line per finding, then a summary.

Each finding's place is given in the form's own terms under its message ("di baris 1 tabel
kinerja (indikator 'x'), target 2025"), then the hint; every text is in the run's language.
"""

from __future__ import annotations

from itertools import groupby

from iki.diagnostics import Diagnostic, Result, Severity
from iki.messages import text


def severity_word(severity: Severity) -> str:
    return text(f"cli.severity.{severity.value}")


def summary(result: Result) -> str:
    if not result.errors and not result.warnings:
        return text("cli.checked_clean", files=result.files_checked)
    return text(
        "cli.checked",
        files=result.files_checked,
        errors=result.errors,
        warnings=result.warnings,
    )


def _line(d: Diagnostic) -> str:
    where = f"{d.line}:{d.column}" if d.line else "-"
    return f"  {where:<8} {severity_word(d.severity):<10} {d.code}  {d.message}"


def render(result: Result) -> str:
    lines: list[str] = []
    for file, group in groupby(result.sorted(), key=lambda d: d.file):
        lines.append(file)
        for d in group:
            lines.append(_line(d))
            if d.place:
                lines.append(f"{'':<30}{text('cli.at', place=d.place)}")
            if d.hint:
                lines.append(f"{'':<30}{d.hint}")
        lines.append("")
    lines.append(summary(result))
    return "\n".join(lines) + "\n"
