"""What `iki record` says after writing: where the value went, and the capaian it now gives."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from iki.diagnostics import Diagnostic
from iki.edit.record import Prepared
from iki.render.achievement import percent, realisation_text, state_text


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_shown(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    return "null" if value is None else str(value)


def record_summary(prepared: Prepared) -> str:
    result = prepared.achievement
    what = f"{result.period.name} of {prepared.indicator.ref}"
    lines = [f"recorded {what} in {prepared.name}" + (" (new file)" if prepared.created else "")]
    if prepared.previous is not None:
        lines.append(f"replaced: {_shown(prepared.previous)}")
    shown = (
        f"{percent(result.achievement)} ({result.grade})"
        if result.achievement is not None
        else state_text(result)
    )
    lines.append(f"realisasi s.d. {result.period.label}: {realisation_text(result)}")
    lines.append(f"capaian s.d. {result.period.label}: {shown}")
    return "\n".join(lines) + "\n"


def refusal(message: str, diagnostics: Sequence[Diagnostic]) -> str:
    """Why nothing was written: the message, then each finding with its fix."""
    lines = [f"iki: {message}" + (":" if diagnostics else "")]
    for d in diagnostics:
        where = f"line {d.line}: " if d.line else ""
        lines.append(f"  {d.code}  {where}{d.message}")
        if d.hint:
            lines.append(f"         {d.hint}")
    return "\n".join(lines) + "\n"
