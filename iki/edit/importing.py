"""`iki import`: turn an IKI document into position files, safely.

Nothing is overwritten without `force`, and nothing is written at all when a file would be
overwritten, or when a line of the document was not understood (unless `partial`): an import
is all or nothing, understanding included, since a file with half a table is worse than none.
Every file is checked against the schema before it is written, and written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iki.edit import atomic
from iki.edit.form_text import ATASAN_NOTE, ImportProblem, parse_document, render_yaml
from iki.errors import IkiError, UsageError
from iki.load import schema, yamlio
from iki.load.schema import SchemaName
from iki.messages import text as message


class ExistingFilesError(IkiError):
    """Files would be overwritten and `--force` was not given."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        super().__init__(message("import.exists", count=len(paths)))


class NotUnderstoodError(IkiError):
    """Lines of the document were not interpreted and `--partial` was not given."""

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(
            f"{count} baris dokumen tidak dapat dibaca; tidak ada berkas yang ditulis. "
            "Perbaiki baris-baris itu di dokumen sumber lalu impor lagi, atau tambahkan "
            "--partial untuk menulis yang terbaca saja"
        )


@dataclass(frozen=True)
class PlannedFile:
    path: Path
    text: str
    rows: int
    source_line: int


@dataclass(frozen=True)
class ImportPlan:
    files: tuple[PlannedFile, ...]
    problems: tuple[ImportProblem, ...]


def read_source(path: Path) -> str:
    """The document as text: a .docx form, or a text export (UTF-8, else Windows-1252)."""
    if not path.is_file():
        raise UsageError(message("cli.no_such_path", path=str(path)))
    if path.suffix.lower() == ".docx":
        from iki.edit.form_docx import docx_to_text

        return docx_to_text(path)
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Word on Windows saves "plain text" as cp1252 unless told otherwise.
        return raw.decode("cp1252", errors="replace")


def plan(text: str, out_dir: Path, year: int | None) -> ImportPlan:
    """The files an import would write, each checked against the position schema."""
    result = parse_document(text, year=year)
    files = []
    problems = list(result.problems)
    for imported in result.positions:
        document_text = render_yaml(imported.document, ATASAN_NOTE)
        loaded = yamlio.load_text(document_text)
        findings = list(schema.diagnostics(SchemaName.POSITION, loaded.data, "import"))
        if findings or not loaded.ok:
            problems.append(
                ImportProblem(
                    imported.line,
                    message("import.invalid", findings="; ".join(f.message for f in findings)),
                    "",
                )
            )
            continue
        files.append(
            PlannedFile(
                out_dir / f"{imported.document['id']}.yaml",
                document_text,
                len(imported.document["kinerja"]),
                imported.line,
            )
        )
    return ImportPlan(tuple(files), tuple(sorted(problems, key=lambda p: p.line)))


def write(import_plan: ImportPlan, *, force: bool, partial: bool = False) -> None:
    """Write every planned file, or none when one would be overwritten without `force`, stands
    where a file cannot go (a folder of that name), or a line was not understood without
    `partial`."""
    if import_plan.problems and not partial:
        raise NotUnderstoodError(len(import_plan.problems))
    existing = [f.path for f in import_plan.files if f.path.exists()]
    if existing and not force:
        raise ExistingFilesError(existing)
    blocked = [f.path for f in import_plan.files if f.path.exists() and not f.path.is_file()]
    if blocked:
        raise IkiError(message("import.blocked", path=str(blocked[0])))
    for planned in import_plan.files:
        atomic.write_text(planned.path, planned.text)
