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
        lines = list(_lines(document.element.body, document, Paragraph, Table))
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


def _tag(element: Any) -> str:
    return str(element.tag).rsplit("}", 1)[-1]


def _lines(container: Any, parent: Any, paragraph: type, table: type) -> Iterator[str]:
    """The text lines of a body (or of a cell used for layout), in document order.

    Word forms put parts of a document in content controls (w:sdt) and lay whole forms out
    inside an outer table; the text in either is as much the document's as any other."""
    for child in container.iterchildren():
        tag = _tag(child)
        if tag == "p":
            yield paragraph(child, parent).text
        elif tag == "tbl":
            yield from _table_lines(table(child, parent), paragraph, table)
        elif tag == "sdt":
            for content in child.iterchildren():
                if _tag(content) == "sdtContent":
                    yield from _lines(content, parent, paragraph, table)


def _table_lines(table: Any, paragraph: type, table_type: type) -> Iterator[str]:
    for row in table.rows:
        cells: list[Any] = []
        previous = None
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans; keep it once.
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(cell)
        if any(_has_table(cell._tc) for cell in cells):
            # A table inside a cell: the outer table only lays the form out, so its cells are
            # read as the body would be, the inner table's rows as rows of their own.
            for cell in cells:
                yield from _lines(cell._tc, cell, paragraph, table_type)
            continue
        yield "\t".join(_cell_text(cell) for cell in cells)


def _has_table(element: Any) -> bool:
    return any(
        _tag(child) == "tbl" or (_tag(child) == "sdt" and _has_table_in(child))
        for child in element.iterchildren()
    )


def _has_table_in(sdt: Any) -> bool:
    return any(
        _tag(content) == "sdtContent" and _has_table(content) for content in sdt.iterchildren()
    )


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
