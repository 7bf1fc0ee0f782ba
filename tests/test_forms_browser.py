"""The Perjanjian Kinerja and the quarterly report in headless Chromium, as the other reports
are checked (tests/test_report_browser.py): the DOM after loading, the table drawn on screen,
and the printed pages' size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import REPO, run_iki
from tests.test_report_browser import A4, HEADER, browse, pixels

CONTOH = REPO / "examples" / "kantor-contoh"


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("forms")
    for kind in ("pk", "triwulan"):
        args = ["--position", "kepala-dinas", "--kind", kind, "--period", "TW2"]
        run = run_iki(["report", "--project", str(CONTOH), *args, "-o", str(out / f"{kind}.html")])
        assert run.code == 0, run
    return out


def page_boxes(pdf: Path) -> list[tuple[float, float]]:
    boxes = re.findall(
        rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]", pdf.read_bytes()
    )
    return [(float(x1) - float(x0), float(y1) - float(y0)) for x0, y0, x1, y1 in boxes]


def test_pk_in_the_browser(forms: Path, tmp_path: Path) -> None:
    page = forms / "pk.html"
    dom = browse(tmp_path, page, "--dump-dom").stdout
    assert dom.count('<section class="signature">') == 2
    annex = dom.split('<table class="pk">')[1].split("</table>")[0]
    assert annex.count('<tr id="k-') == 3 and "belum ada target" in annex
    plan = dom.split('<table class="pk plan">')[1].split("</table>")[0]
    assert plan.count("<tr>") == 1 + 3
    shot = tmp_path / "pk.png"
    browse(tmp_path, page, "--window-size=900,2400", f"--screenshot={shot}")
    assert pixels(shot)[HEADER] > 1000, "no table header on screen"
    pdf = tmp_path / "pk.pdf"
    browse(tmp_path, page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    boxes = page_boxes(pdf)
    # the statement with its signatures on one page, the annex from a new one
    assert len(boxes) >= 2
    for width, height in boxes:
        assert abs(width - A4[0]) <= 1 and abs(height - A4[1]) <= 1, (width, height)


def test_triwulan_in_the_browser_prints_landscape(forms: Path, tmp_path: Path) -> None:
    page = forms / "triwulan.html"
    dom = browse(tmp_path, page, "--dump-dom").stdout
    table = dom.split('<table class="triwulan">')[1].split("</table>")[0]
    assert table.count('<tr id="k-') == 3
    assert "Dua calon investor menunda" in table and "membaik" in table
    shot = tmp_path / "triwulan.png"
    browse(tmp_path, page, "--window-size=1200,1200", f"--screenshot={shot}")
    assert pixels(shot)[HEADER] > 1000, "no table header on screen"
    pdf = tmp_path / "triwulan.pdf"
    browse(tmp_path, page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    boxes = page_boxes(pdf)
    assert boxes
    for width, height in boxes:  # eleven columns: A4 landscape
        assert abs(width - A4[1]) <= 1 and abs(height - A4[0]) <= 1, (width, height)
