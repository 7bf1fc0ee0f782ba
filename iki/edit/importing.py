"""`iki import`: turn an IKI document into position files, safely.

Nothing is overwritten without `force`, and nothing is written at all when a file would be
overwritten, or when a line of the document was not understood (unless `partial`): an import
is all or nothing, understanding included, since a file with half a table is worse than none.
Every file is checked against the schema before it is written, and written atomically.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from iki.edit import atomic
from iki.edit.form_text import ATASAN_NOTE, ImportProblem, parse_document, render_yaml
from iki.errors import IkiError, UsageError
from iki.load import schema, yamlio
from iki.load.project import YAML_SUFFIXES
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


MAX_SOURCE_BYTES = 64 * 1024 * 1024
"""An IKI document of a whole office is well under a megabyte as text."""


def read_source(path: Path) -> str:
    """The document as text: a .docx form, or a text export (UTF-8, else Windows-1252)."""
    if not path.exists():
        raise UsageError(message("cli.no_such_path", path=str(path)))
    if not path.is_file():
        raise UsageError(message("import.not_regular", path=str(path)))
    if path.suffix.lower() == ".docx":
        from iki.edit.form_docx import docx_to_text

        return docx_to_text(path)
    with path.open("rb") as handle:
        raw = handle.read(MAX_SOURCE_BYTES + 1)
    if len(raw) > MAX_SOURCE_BYTES:
        raise IkiError(
            f"{path}: lebih dari {MAX_SOURCE_BYTES // (1024 * 1024)} MB; "
            "dokumen IKI sebesar itu bukan dokumen yang dapat dibaca iki"
        )
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
        if len(document_text.encode("utf-8")) > yamlio.MAX_BYTES:
            # The loader refuses larger files (Y006): writing one would import nothing usable.
            problems.append(
                ImportProblem(
                    imported.line,
                    f"posisi {imported.document['id']} akan menjadi berkas lebih dari "
                    f"{yamlio.MAX_BYTES:,} bait, batas yang dibaca iki; tidak ditulis",
                    "pecah jabatan ini di dokumen sumber, atau periksa apakah tabelnya terbaca "
                    "sebagai satu baris raksasa",
                )
            )
            continue
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
    `partial`.

    A position is already there when the folder holds a file of its id under any name the
    loader reads: `<id>.yaml` or `<id>.yml`, in any letter case, in any subfolder. With `force`
    that file is replaced; a second file for the same id is never written beside it."""
    if import_plan.problems and not partial:
        raise NotUnderstoodError(len(import_plan.problems))
    if not import_plan.files and not import_plan.problems:
        raise IkiError(
            "dokumen ini tidak berisi satu jabatan pun (judul 'Indikator Kinerja Individu' "
            "dengan baris Jabatan dan tabel indikator); tidak ada yang ditulis. Periksa bahwa "
            "berkas yang dipilih adalah dokumen IKI dan tidak kosong"
        )
    targets = []
    existing = []
    indexes: dict[Path, dict[str, list[Path]]] = {}
    for planned in import_plan.files:
        folder = planned.path.parent
        if folder not in indexes:
            indexes[folder] = _yaml_files_by_stem(folder)
        found = indexes[folder].get(planned.path.stem.lower(), [])
        if len(found) > 1:
            raise IkiError(
                f"ada {len(found)} berkas untuk posisi {planned.path.stem} "
                f"({', '.join(str(p) for p in found)}); gabungkan dulu, tidak ada yang ditulis"
            )
        target = found[0] if found else planned.path
        existing.extend(found)
        targets.append((target, planned))
    if existing and not force:
        raise ExistingFilesError(existing)
    blocked = [t for t, _ in targets if os.path.lexists(t) and not t.is_file()]
    if blocked:
        raise IkiError(message("import.blocked", path=str(blocked[0])))
    # As `iki record` does: a symlinked file is written through, a read-only one refused; all
    # of them checked before the first is written.
    real = [(atomic.writable_target(t, str(t)), planned) for t, planned in targets]
    # A write that fails halfway (a full disk) must not leave half an office behind: what this
    # run wrote is taken back, and a file it replaced under --force gets its old text again.
    before = {target: target.read_bytes() if target.is_file() else None for target, _ in real}
    done: list[Path] = []
    try:
        for target, planned in real:
            atomic.write_text(target, planned.text)
            done.append(target)
    except BaseException:
        for path in reversed(done):
            old = before[path]
            with contextlib.suppress(OSError):
                if old is None:
                    path.unlink()
                else:
                    atomic.write_bytes(path, old)
        raise


def _yaml_files_by_stem(folder: Path) -> dict[str, list[Path]]:
    """Every file below `folder` the loader reads as a position, by its id in lower case."""
    found: dict[str, list[Path]] = {}
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in YAML_SUFFIXES:
                found.setdefault(path.stem.lower(), []).append(path)
    return found
