"""The HTML reports in a real browser: headless Chromium (Debian's `chromium` package).

Chromium must be installed: `.ci/run` installs it when it is missing and it runs as root; without
it these tests fail with a message saying how to install it — a skipped browser test would let a
broken print layout through unnoticed.

Chromium runs with no network (`--disable-background-networking`, no component updates, no sync)
and a throw-away profile; the pages must render from their own bytes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from iki.load.project import Project
from iki.load.workspace import load_workspace
from tests.conftest import REPO, run_iki
from tests.test_reports import shipped_counts

EXAMPLES = REPO / "examples" / "realisasi"
HEADER = (0xE8, 0xEC, 0xF0)
"""The background of the tables' header cells in the stylesheet."""
A4 = (595.0, 842.0)
"""Width and height of an A4 page in PostScript points."""


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail(
            "headless Chromium is needed to check the HTML reports: "
            "apt-get update && apt-get install -y chromium (.ci/run does this when run as root)"
        )
    return found


def browse(tmp_path: Path, page: Path, *action: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *action,
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


@pytest.fixture(scope="module")
def office_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped office's HTML reports, on the illustrative realisations."""
    out = tmp_path_factory.mktemp("reports")
    args = ["--all", "--project", str(REPO), "--realisasi", str(EXAMPLES), "--format", "html"]
    run = run_iki(["report", *args, "-o", str(out)])
    assert run.code == 0, run
    return out


def css_colour(name: str) -> tuple[int, int, int]:
    """A colour of the stylesheet's palette, e.g. `--band-0`, as RGB."""
    css = (REPO / "templates" / "report.css").read_text(encoding="utf-8")
    match = re.search(rf"{re.escape(name)}: #([0-9a-f]{{6}});", css)
    assert match, name
    value = match.group(1)
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def test_office_report_renders_its_tables_tree_and_chart(
    office_reports: Path, tmp_path: Path
) -> None:
    index = office_reports / "index.html"
    dom = browse(tmp_path, index, "--dump-dom").stdout
    # the DOM after loading: the tables are tables, the pictures are SVG with their parts
    assert dom.count('<table class="positions">') == 1
    positions = dom.split('<table class="positions">')[1].split("</table>")[0]
    count, computed = shipped_counts()
    assert positions.count("<tr>") == 1 + count
    tree = dom.split('<svg class="tree"')[1].split("</svg>")[0]
    assert tree.count('<g class="node ') == count
    assert tree.count("<path ") == count - 1  # one line to each position but the Kepala Dinas
    chart = dom.split('<svg class="chart"')[1].split("</svg>")[0]
    assert chart.count('<g class="bar ') == computed > 0

    # and they are drawn. The whole page: the tables' header cells are on screen.
    shot = tmp_path / "office.png"
    browse(tmp_path, index, "--window-size=1000,4200", f"--screenshot={shot}")
    page = pixels(shot)
    assert len(page) > 50, "the page is blank"
    assert page[HEADER] > 5000, "no table header on screen"
    # The pictures alone (a copy of the page that hides everything but the figures): the
    # predikat colours of the tree's boxes and of the chart's bars are on screen.
    figures = tmp_path / "figures.html"
    figures.write_text(
        index.read_text(encoding="utf-8").replace(
            "</head>",
            "<style>body > :not(.picture), .picture > :not(figure) { display: none !important; }"
            "</style></head>",
        ),
        encoding="utf-8",
    )
    shot = tmp_path / "figures.png"
    browse(tmp_path, figures, "--window-size=1000,2000", f"--screenshot={shot}")
    drawn = pixels(shot)
    assert drawn[HEADER] == 0, "the tables are hidden"
    assert drawn[css_colour("--band-0-tint")] > 2000, "no green box in the tree"
    assert drawn[css_colour("--band-2-tint")] > 2000, "no yellow box in the tree"
    assert drawn[css_colour("--band-0")] > 5000, "no green bar in the chart"
    assert drawn[css_colour("--band-4")] > 1000, "no red bar in the chart"


def pixels(png: Path) -> Counter[tuple[int, int, int]]:
    """How many pixels of each colour a screenshot has."""
    with Image.open(png) as image:
        counted = image.convert("RGB").getcolors(maxcolors=1 << 24) or []
    return Counter({colour: count for count, colour in counted})


def largest_position() -> str:
    office = load_workspace(Project(REPO)).office
    return max(office.positions, key=lambda p: (len(p.indicators), p.id)).id


def test_largest_form_prints_on_a4_landscape_pages(office_reports: Path, tmp_path: Path) -> None:
    largest = largest_position()  # bendahara-pengeluaran: 8 rows, as kasi-ketenagakerjaan
    page = office_reports / "jabatan" / f"{largest}.html"
    pdf = tmp_path / "form.pdf"
    browse(tmp_path, page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    boxes = re.findall(
        rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]", pdf.read_bytes()
    )
    assert len(boxes) >= 2, "the form and its signatures take several pages"
    for box in boxes:
        x0, y0, x1, y1 = (float(v) for v in box)
        # the browser's own print, from the page's @page rules: A4 turned sideways
        assert abs((x1 - x0) - A4[1]) <= 1 and abs((y1 - y0) - A4[0]) <= 1, box


def test_form_screenshot_shows_the_table(office_reports: Path, tmp_path: Path) -> None:
    page = office_reports / "jabatan" / "bendahara-pengeluaran.html"
    dom = browse(tmp_path, page, "--dump-dom").stdout
    table = dom.split('<table class="iki">')[1].split("</table>")[0]
    assert table.count('<tr id="k-') == 8
    assert "Sangat Tinggi" in table and "belum ada realisasi" in table
    assert dom.index('<tr class="closing">') > dom.index('<tbody class="end">')
    shot = tmp_path / "form.png"
    browse(tmp_path, page, "--window-size=900,1400", f"--screenshot={shot}")
    colours = pixels(shot)
    assert colours[css_colour("--band-0-tint")] > 1000, "no predikat cell coloured"
    assert colours[HEADER] > 1000, "no table header"
