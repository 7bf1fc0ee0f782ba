"""`iki report --format pdf`: the printed forms of all 21 shipped positions, read back.

The PDFs are printed once for the module (one headless Chromium for all 43 pages) from the
office's positions with the illustrative realisations of `examples/realisasi`, and their text is
read back with pypdf. Checked on every form: the signatures stand on the page of the table's
last row; every page carries "Halaman x dari y", the print date and the data warning; no
number the page prints is split across two lines; nothing of the review sheet is in the signed
form. Chromium is required, as for tests/test_report_browser.py.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from iki.load.project import Project
from iki.load.workspace import load_workspace
from iki.model import Office
from iki.render import pdf
from tests.conftest import REPO, run_iki
from tests.test_report_browser import chromium

EXAMPLES = REPO / "examples" / "realisasi"
DATE = "2025-12-31"
WARNING = "Perhatian: Contoh realisasi — angka fiktif"


@pytest.fixture(scope="module")
def office() -> Office:
    return load_workspace(Project(REPO)).office


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The PDFs of `--all`, and the HTML they were printed from."""
    chromium()  # fails with what to install
    out = tmp_path_factory.mktemp("reports")
    common = ["--all", "--project", str(REPO), "--realisasi", str(EXAMPLES), "--tanggal", DATE]
    for output_format in ("pdf", "html"):
        target = out / output_format
        run = run_iki(["report", *common, "--format", output_format, "-o", str(target)])
        assert run.code == 0, run
    return out / "pdf", out / "html"


@dataclass(frozen=True)
class Page:
    text: str
    """the page's text, the font's ligatures (ﬁ) spelled out"""
    sizes: list[tuple[float, str]]
    """every piece of text with its printed size in points"""


def read(path: Path) -> list[Page]:
    pages = []
    for page in PdfReader(path).pages:
        sizes: list[tuple[float, str]] = []
        text = page.extract_text(visitor_text=size_visitor(sizes))
        pages.append(Page(unicodedata.normalize("NFKC", text), sizes))
    return pages


@pytest.fixture(scope="module")
def read_back(printed: tuple[Path, Path]) -> dict[str, list[Page]]:
    """Every PDF of `--all` read once, by its path in the output folder."""
    folder, _ = printed
    return {p.relative_to(folder).as_posix(): read(p) for p in sorted(folder.rglob("*.pdf"))}


def pages_of(path: Path) -> list[str]:
    return [page.text for page in read(path)]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_one_pdf_per_position_and_the_office_report(printed: tuple[Path, Path], office: Office):
    folder, _ = printed
    ids = sorted(p.id for p in office.positions)
    assert len(ids) == 21
    assert sorted(p.stem for p in (folder / "jabatan").glob("*.pdf")) == ids
    assert sorted(p.stem for p in (folder / "pemeriksaan").glob("*.pdf")) == ids
    assert (folder / "laporan-kinerja.pdf").is_file()
    reader = PdfReader(folder / "jabatan" / "kepala-dinas.pdf")
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595  # A4 landscape
    box = PdfReader(folder / "laporan-kinerja.pdf").pages[0].mediabox
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842  # A4 portrait


def test_every_page_has_its_number_date_and_warning(read_back: dict[str, list[Page]]) -> None:
    assert len(read_back) == 43
    for name, read_pages in read_back.items():
        pages = [page.text for page in read_pages]
        for number, text in enumerate(pages, 1):
            where = f"{name} page {number}"
            assert f"Halaman {number} dari {len(pages)}" in text, where
            assert "Dicetak 31 Desember 2025" in text, where
            assert WARNING in text, where


def test_signatures_stand_with_the_last_table_row(
    read_back: dict[str, list[Page]], office: Office
) -> None:
    for position in office.positions:
        pages = [flat(page.text) for page in read_back[f"jabatan/{position.id}.pdf"]]
        signed = [n for n, text in enumerate(pages) if "Yang membuat," in text]
        assert len(signed) == 1, position.id
        page = pages[signed[0]]
        assert "Mengetahui / Menyetujui," in page, position.id
        last = position.indicators[-1]
        # the last row, by its number and its indicator's words, is on the signatures' page
        assert flat(last.name) in page, (position.id, signed[0] + 1, len(pages))
        assert signed[0] >= len(pages) - 1 or "Dibuat dengan iki" in pages[signed[0]], position.id


def test_the_review_sheet_is_not_part_of_the_signed_form(
    read_back: dict[str, list[Page]], office: Office
) -> None:
    codes = re.compile(r"\b[YSRFACQ]\d{3}\b")
    reviewed_codes = 0
    for position in office.positions:
        form = flat(" ".join(page.text for page in read_back[f"jabatan/{position.id}.pdf"]))
        review = flat(" ".join(p.text for p in read_back[f"pemeriksaan/{position.id}.pdf"]))
        for sheet_only in ("Lembar Pemeriksaan", "Temuan pemeriksaan", "iki validate", ".yaml"):
            assert sheet_only not in form, (position.id, sheet_only)
        assert not codes.search(form), (position.id, codes.search(form))
        assert "Lembar Pemeriksaan" in review and "bukan bagian dari formulir IKI" in review
        assert "Yang membuat," not in review  # nothing on it is signed
        reviewed_codes += len(codes.findall(review))
    assert reviewed_codes > 50, "the shipped office's findings are on the review sheets"


def test_no_number_is_split_across_lines(
    printed: tuple[Path, Path], read_back: dict[str, list[Page]]
) -> None:
    """Every number the HTML prints is found whole on one line of the PDF's text."""
    _, htmls = printed
    checked = 0
    for html_path in sorted(htmls.rglob("*.html")):
        relative = html_path.relative_to(htmls)
        name = "laporan-kinerja.pdf" if relative.as_posix() == "index.html" else None
        pages = read_back[name or relative.with_suffix(".pdf").as_posix()]
        lines = {line for page in pages for line in page.text.splitlines()}
        text = "\n".join(lines)
        html = html_path.read_text(encoding="utf-8")
        numbers = set(re.findall(r'<span class="n">([^<]*\d[^<]*)</span>', html))
        for number in numbers:
            if len(number) >= 4:  # short ones cannot be split in a way worth the search
                assert number in text, (str(relative), number)
                checked += 1
    assert checked > 200
    # the example that broke: the Kepala Dinas's investment figures
    kepala = "\n".join(page.text for page in read_back["jabatan/kepala-dinas.pdf"])
    assert "172.750.000.000" in kepala


def test_no_column_is_narrower_than_its_longest_word(printed: tuple[Path, Path]) -> None:
    """Laid out for print at the width of A4 landscape, no cell of any form's table has a word
    running over its edge (words are never cut, so a too-narrow column would overflow)."""
    _, htmls = printed
    forms = sorted((htmls / "jabatan").glob("*.html"))
    assert len(forms) == 21
    html = forms[0].read_text(encoding="utf-8")
    row = html.index('<tr id="k-')  # a word too long for the Sasaran column of the first row
    crafted = html[:row] + html[row:].replace("<td>", "<td>Pertanggungjawabankeuangannya ", 1)
    with pdf.printer() as printer:
        assert overflowing(printer, crafted), "the check finds a word wider than its column"
        for form in forms:
            assert overflowing(printer, form.read_text(encoding="utf-8")) == [], form.name


LANDSCAPE_CONTENT = round((297 - 24) / 25.4 * 96)
"""Width in CSS pixels between the margins of A4 landscape (12 mm each side)."""

OVERFLOW = """
[...document.querySelectorAll('table.iki th, table.iki td')]
  .filter(cell => cell.scrollWidth > cell.clientWidth + 1)
  .map(cell => cell.textContent.trim().slice(0, 60))
"""


def overflowing(printer: pdf.Printer, html: str) -> list[str]:
    with printer.page(html) as session:
        printer.command(session, "Emulation.setEmulatedMedia", {"media": "print"})
        printer.command(
            session,
            "Emulation.setDeviceMetricsOverride",
            {"width": LANDSCAPE_CONTENT, "height": 800, "deviceScaleFactor": 1, "mobile": False},
        )
        found: list[str] = printer.evaluate(session, OVERFLOW)
    return found


def test_same_pages_same_date_same_bytes(printed: tuple[Path, Path]) -> None:
    _, htmls = printed
    html = (htmls / "jabatan" / "sekretaris.html").read_text(encoding="utf-8")
    with pdf.printer() as printer:
        first = printer.pdf(html, dt.date(2025, 12, 31))
        again = printer.pdf(html, dt.date(2025, 12, 31))
    assert first == again
    assert b"/CreationDate (D:20251231000000+00'00')" in first
    assert PdfReader(pdf_file(first, htmls.parent)).pages  # still a valid PDF


def pdf_file(content: bytes, folder: Path) -> Path:
    path = folder / "again.pdf"
    path.write_bytes(content)
    return path


def test_without_a_browser_the_message_says_what_to_install(tmp_path: Path) -> None:
    args = ["report", "--position", "kepala-dinas", "--project", str(REPO), "--format", "pdf"]
    run = run_iki([*args, "-o", str(tmp_path / "x.pdf")], env={"IKI_CHROMIUM": "/tidak/ada"})
    assert run.code == 1, run
    assert "apt-get install chromium" in run.stderr and "--format html" in run.stderr
    assert not (tmp_path / "x.pdf").exists()
    run = run_iki([*args])
    assert run.code == 2 and "-o BERKAS.pdf" in run.stderr, run


def test_one_position_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "kasi.pdf"
    args = ["report", "--position", "kasi-ketenagakerjaan", "--project", str(REPO)]
    run = run_iki([*args, "-o", str(target), "--tanggal", DATE])  # PDF by the suffix
    assert run.code == 0, run
    pages = pages_of(target)
    assert "INDIKATOR KINERJA INDIVIDU" in pages[0] and "Yang membuat," in pages[-1]
    review = tmp_path / "pemeriksaan.pdf"
    run = run_iki([*args, "--pemeriksaan", "-o", str(review), "--tanggal", DATE])
    assert run.code == 0, run
    assert "Lembar Pemeriksaan" in pages_of(review)[0]


def test_nothing_on_paper_is_smaller_than_8_pt(read_back: dict[str, list[Page]]) -> None:
    """Every piece of text of every PDF, the pictures' included, measured as printed."""
    measured = 0
    for name, pages in read_back.items():
        small = [
            (number, size, text)
            for number, page in enumerate(pages, 1)
            for size, text in page.sizes
            if size < 7.95
        ]
        measured += sum(len(page.sizes) for page in pages)
        assert small == [], (name, small[:5])
    assert measured > 5000


def size_visitor(sizes: list[tuple[float, str]]) -> Callable[..., None]:
    """A pypdf text visitor that notes each text's size as printed: the font size times the
    vertical scale of the text matrix and the transformation matrix."""

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            # the vertical scale of the text matrix times the transformation matrix
            c = tm[2] * cm[0] + tm[3] * cm[2]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            sizes.append((round(size * math.hypot(c, d), 2), text.strip()[:40]))

    return visit
