"""What `iki record` says after writing: where the value went, and the capaian it now gives."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from iki.diagnostics import Diagnostic
from iki.edit.record import Prepared
from iki.messages import text
from iki.render.achievement import percent, realisation_text, state_text


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_shown(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    return "null" if value is None else str(value)


def record_summary(prepared: Prepared) -> str:
    result = prepared.achievement
    key = "record.done_new" if prepared.created else "record.done"
    lines = [text(key, quarter=result.period.name, ref=prepared.indicator.ref, file=prepared.name)]
    if prepared.previous is not None:
        lines.append(text("record.replaced", previous=_shown(prepared.previous)))
    shown = (
        f"{percent(result.achievement)} ({result.grade})"
        if result.achievement is not None
        else state_text(result)
    )
    period = result.period.label
    lines.append(text("record.realised_to", period=period, value=realisation_text(result)))
    lines.append(text("record.achieved_to", period=period, value=shown))
    return "\n".join(lines) + "\n"


def refusal(message: str, diagnostics: Sequence[Diagnostic]) -> str:
    """Why nothing was written: the message, then each finding with its fix."""
    lines = [f"iki: {message}" + (":" if diagnostics else "")]
    for d in diagnostics:
        where = text("record.line", line=str(d.line)) if d.line else ""
        lines.append(f"  {d.code}  {where}{d.message}")
        if d.hint:
            lines.append(f"         {d.hint}")
    return "\n".join(lines) + "\n"
