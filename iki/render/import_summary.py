"""What `iki import` did: the files written, then every source line it could not read."""

from __future__ import annotations

from pathlib import Path

from iki.edit.importing import ImportPlan
from iki.messages import text


def _shown(path: Path) -> str:
    """A written file as the user would type it: relative to the working folder when inside."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def render(plan: ImportPlan, source: Path, year: int | None, *, written: bool = True) -> str:
    rows = sum(f.rows for f in plan.files)
    if written:
        lines = [
            text("import.wrote", path=_shown(f.path), rows=f.rows, line=str(f.source_line))
            for f in plan.files
        ]
        lines.append(text("import.summary", positions=len(plan.files), rows=rows))
    else:
        lines = [text("import.read_not_written", positions=len(plan.files), rows=rows)]
    if year is None:
        lines.append(text("import.no_year"))
    if plan.problems:
        lines.append("")
        lines.append(text("import.problems", count=len(plan.problems)))
        for problem in plan.problems:
            lines.append(f"{source.as_posix()}:{problem.line}: {problem.message}")
            if problem.text.strip():
                lines.append(f"    {problem.text.strip()[:120]}")
        if not written:
            lines.append("")
            lines.append(text("import.what_to_do"))
    return "\n".join(lines) + "\n"
