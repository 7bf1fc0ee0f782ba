"""What `iki import` did: the files written, then every source line it could not read."""

from __future__ import annotations

from pathlib import Path

from iki.edit.importing import ImportPlan


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
            f"wrote {_shown(f.path)} ({f.rows} rows, from line {f.source_line})" for f in plan.files
        ]
        lines.append(f"{len(plan.files)} positions, {rows} indicator rows imported")
    else:
        lines = [
            f"terbaca {len(plan.files)} jabatan dengan {rows} baris indikator, "
            "tetapi belum ada yang ditulis"
        ]
    if year is None:
        lines.append("targets written in cells were not set: pass --year to set them")
    if plan.problems:
        lines.append("")
        lines.append(f"{len(plan.problems)} line(s) could not be interpreted:")
        for problem in plan.problems:
            lines.append(f"{source.as_posix()}:{problem.line}: {problem.message}")
            if problem.text.strip():
                lines.append(f"    {problem.text.strip()[:120]}")
        if not written:
            lines.append("")
            lines.append(
                "Yang dapat dilakukan: perbaiki baris-baris di atas dalam dokumen sumber (sel "
                "dipisah tab, satu baris tabel per baris teks, atau kolom rata di bawah judulnya) "
                "lalu impor lagi; atau impor dengan --partial, lalu lengkapi berkas yang ditulis "
                "dengan tangan."
            )
    return "\n".join(lines) + "\n"
