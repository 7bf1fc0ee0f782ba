"""Diagnostics for a person at a terminal: grouped by file, one line per finding, then a summary."""

from __future__ import annotations

from itertools import groupby

from iki.diagnostics import Diagnostic, Result


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def summary(result: Result) -> str:
    files = _plural(result.files_checked, "file")
    if not result.errors and not result.warnings:
        return f"{files} checked: no problems"
    return (
        f"{files} checked: {_plural(result.errors, 'error')}, {_plural(result.warnings, 'warning')}"
    )


def _line(d: Diagnostic) -> str:
    where = f"{d.line}:{d.column}" if d.line else "-"
    return f"  {where:<8} {d.severity.value:<8} {d.code}  {d.message}"


def render(result: Result) -> str:
    lines: list[str] = []
    for file, group in groupby(result.sorted(), key=lambda d: d.file):
        lines.append(file)
        for d in group:
            lines.append(_line(d))
            if d.hint:
                lines.append(f"{'':<28}{d.hint}")
        lines.append("")
    lines.append(summary(result))
    return "\n".join(lines) + "\n"
