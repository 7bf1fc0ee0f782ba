"""Read an IKI form saved as .docx into the same tab-separated text as the Word/PDF export.

A Word form lays each position out as paragraphs and tables; written out in document order,
paragraphs as lines and table rows as tab-separated cells, it becomes exactly the text form that
`iki.edit.form_text` reads, so there is one parser for both.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from iki.errors import IkiError
from iki.messages import text as message


class DocxError(IkiError):
    """The file is not a readable .docx document."""


def docx_to_text(path: Path) -> str:
    try:
        import docx  # python-docx: imported here so that only .docx imports pay for lxml
        from docx.opc.exceptions import OpcError
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        from lxml.etree import XMLSyntaxError
    except ImportError as exc:  # pragma: no cover - it is a dependency of the package
        raise DocxError(message("import.no_docx_library")) from exc
    check_archive(path)
    try:
        document: Any = docx.Document(str(path))
        lines: list[str] = []
        for block in _blocks(document, Paragraph, Table):
            if isinstance(block, Paragraph):
                lines.append(block.text)
            else:
                lines.extend(_table_lines(block))
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as exc:
        raise DocxError(message("import.bad_docx", path=str(path), reason=str(exc))) from exc
    except Exception as exc:
        # A damaged archive fails in many ways deep inside zipfile, zlib, lxml and python-docx
        # (EOFError, zlib.error, NotImplementedError, RuntimeError, ...): every one of them
        # means the same thing to the person importing, and none may end in a traceback.
        raise DocxError(
            message("import.damaged_docx", path=str(path), reason=f"{type(exc).__name__}: {exc}")
        ) from exc
    return "\n".join(lines) + "\n"


MAX_UNCOMPRESSED = 128 * 1024 * 1024
"""A Word form of a whole office inflates to a few megabytes; a zip bomb to gigabytes."""

MAX_MEMBERS = 10_000


def check_archive(path: Path) -> None:
    """Refuse, before anything is inflated, an archive that is not a plain .docx: encrypted,
    compressed with a method Word does not use (AES, ...), or inflating past
    `MAX_UNCOMPRESSED`. zipfile stops reading a member at its declared size (a member longer
    than it says fails its CRC), so the declared sizes bound what is inflated."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise DocxError(
            f"{path}: bukan berkas .docx yang utuh (arsip zip-nya rusak: {exc}); "
            "simpan ulang dokumennya dari Word sebagai .docx"
        ) from exc
    if len(members) > MAX_MEMBERS:
        raise DocxError(f"{path}: arsip berisi {len(members):,} berkas; ini bukan dokumen Word")
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise DocxError(
                f"{path}: dokumen ini dikunci dengan kata sandi (terenkripsi); "
                "buka di Word, hapus kata sandinya, lalu simpan ulang"
            )
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise DocxError(
                f"{path}: {member.filename} dimampatkan dengan metode {member.compress_type} "
                "(misalnya AES), yang tidak dipakai Word; simpan ulang dokumennya dari Word"
            )
        total += member.file_size
        if total > MAX_UNCOMPRESSED:
            raise DocxError(
                f"{path}: isi arsip lebih dari {MAX_UNCOMPRESSED // (1024 * 1024)} MB bila "
                "dibuka (bom zip?); dokumen IKI jauh lebih kecil, tidak dibaca"
            )


def _blocks(document: Any, paragraph: type, table: type) -> Iterator[Any]:
    """Paragraphs and tables in the order they stand in the document body."""
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield paragraph(child, document)
        elif tag == "tbl":
            yield table(child, document)


def _table_lines(table: Any) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans; keep it once.
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(_cell_text(cell))
        yield "\t".join(cells)


def _cell_text(cell: Any) -> str:
    """A cell's paragraphs on one line. Word's automatic numbering is not part of the text, so
    the items of a numbered or bulleted list in one cell would run together: each is given a
    "- " of its own, which the text reader splits lists at."""
    paragraphs = [(p.text.strip(), _is_list_item(p)) for p in cell.paragraphs]
    paragraphs = [(text, listed) for text, listed in paragraphs if text]
    if len(paragraphs) > 1 and any(listed for _, listed in paragraphs):
        return " ".join(f"- {text}" if listed else text for text, listed in paragraphs)
    return " ".join(text for text, _ in paragraphs)


def _is_list_item(paragraph: Any) -> bool:
    properties = paragraph._p.pPr
    if properties is not None and properties.numPr is not None:
        return True
    style = paragraph.style
    return style is not None and str(style.name).lower().startswith("list")
