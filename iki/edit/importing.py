"""`iki import`: turn an IKI document into position files, safely.

Nothing is overwritten without `force`, and nothing is written at all when a file would be
overwritten, or when a line of the document was not understood (unless `partial`): an import
is all or nothing, understanding included, since a file with half a table is worse than none.
Every file is checked against the schema before it is written, and written atomically.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from dataclasses import dataclass
from pathlib import Path

from iki.edit import atomic
from iki.edit.form_text import ATASAN_NOTE, ImportProblem, parse_document, render_yaml
from iki.errors import IkiError, UsageError
from iki.load import schema, yamlio
from iki.load.schema import SchemaName


class ExistingFilesError(IkiError):
    """Files would be overwritten and `--force` was not given."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        super().__init__(
            f"{len(paths)} file(s) already exist; nothing was written. "
            "Use --force to overwrite them, or -o to import into another folder"
        )


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
        raise UsageError(f"{path}: no such file")
    if path.suffix.lower() == ".docx":
        from iki.edit.form_docx import docx_to_text

        return docx_to_text(path)
    raw = path.read_bytes()
    _refuse_other_formats(path, raw)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Notepad's "Unicode" and Word's "Unicode Text": UTF-16 behind a byte-order mark.
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UsageError(f"{path}: berkas UTF-16 yang rusak ({exc.reason})") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _UTF8_SEQUENCE.search(raw):
            # Mostly UTF-8 with a stray byte (two files pasted together): read as Windows-1252,
            # every "é" and "–" of the UTF-8 part would turn into "Ã©" and "â€“" without a word.
            line = raw.count(b"\n", 0, exc.start) + 1
            raise UsageError(
                f"{path}:{line}: byte 0x{raw[exc.start]:02X} bukan UTF-8, padahal bagian lain "
                "berkas ini UTF-8; perbaiki karakter di baris itu, atau simpan ulang seluruh "
                "berkas sebagai UTF-8 (di Notepad: Simpan Sebagai, Encoding UTF-8)"
            ) from exc
        # Word on Windows saves "plain text" as cp1252 unless told otherwise.
        return raw.decode("cp1252", errors="replace")


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")
"""A multi-byte UTF-8 character; in Windows-1252 text such a pair ("Ã©") is all but unknown."""


def _refuse_other_formats(path: Path, raw: bytes) -> None:
    """A PDF, an old .doc or an Excel workbook read as text gives hundreds of "lines not
    understood" and no hint of what to do; say what the file is instead."""
    head = raw[:8]
    if head.startswith(b"%PDF"):
        kind = (
            "berkas PDF; buka PDF-nya, salin seluruh teksnya (Ctrl+A, Ctrl+C) ke berkas .txt, "
            "lalu impor berkas .txt itu"
        )
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        kind = "dokumen Word lama (.doc); buka di Word, simpan sebagai .docx, lalu impor .docx-nya"
    elif head.startswith(b"PK\x03\x04"):
        kind = (
            "arsip zip (misalnya .docx atau .xlsx) dengan nama yang tidak berakhiran .docx; "
            "dokumen Word diimpor dengan nama berakhiran .docx, buku kerja isian dengan "
            "'iki xlsx import'"
        )
    elif b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        kind = "berkas biner, bukan teks"
    else:
        return
    raise UsageError(f"{path}: {kind}")


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
                    "this position could not be made into a valid file: "
                    + "; ".join(f.message for f in findings),
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
    if not import_plan.files and not import_plan.problems:
        raise IkiError(
            "dokumen ini tidak berisi satu jabatan pun (judul 'Indikator Kinerja Individu' "
            "dengan baris Jabatan dan tabel indikator); tidak ada yang ditulis. Periksa bahwa "
            "berkas yang dipilih adalah dokumen IKI dan tidak kosong"
        )
    existing = [f.path for f in import_plan.files if f.path.exists()]
    if existing and not force:
        raise ExistingFilesError(existing)
    blocked = [f.path for f in import_plan.files if f.path.exists() and not f.path.is_file()]
    if blocked:
        raise IkiError(f"{blocked[0]} is not a file; nothing was written")
    # A write that fails halfway (a full disk) must not leave half an office behind: what this
    # run wrote is taken back, and a file it replaced under --force gets its old text again.
    before = {f.path: f.path.read_bytes() if f.path.is_file() else None for f in import_plan.files}
    done: list[Path] = []
    try:
        for planned in import_plan.files:
            atomic.write_text(planned.path, planned.text)
            done.append(planned.path)
    except BaseException:
        for path in reversed(done):
            old = before[path]
            with contextlib.suppress(OSError):
                if old is None:
                    path.unlink()
                else:
                    atomic.write_bytes(path, old)
        raise
