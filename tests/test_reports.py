"""`iki report`: the IKI form and the office report, as whole pages (golden files), as parsed
Markdown, and against hostile text. The pages in a browser: tests/test_report_browser.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from iki.compute.achievement import Period, latest_quarter, office_achievement
from iki.load.project import Project
from iki.load.workspace import load_workspace
from iki.render import svg
from iki.render.choices import ReportFormat
from iki.render.labels import LABELS, Language
from iki.render.markdown import markdown_text
from iki.render.reports import environment, page_name
from tests.conftest import REPO, make_project, run_iki
from tests.golden_reports import FIXTURE, GOLDEN, render

TEMPLATES = REPO / "templates"
EXAMPLES = str(REPO / "examples" / "realisasi")
COLUMNS = (
    "No",
    "Sasaran Kinerja",
    "Indikator Kinerja",
    "Penjelasan / Formulasi Penghitungan",
    "Sumber Data",
    "Target",
    "Realisasi",
    "Capaian",
    "Predikat",
)


def markdown() -> MarkdownIt:
    # html=True: raw HTML would pass through, so nothing but our escaping keeps it out
    return MarkdownIt("commonmark", {"html": True}).enable("table")


def tables(text: str) -> list[list[list[str]]]:
    """Every table of a Markdown text as rows of cell texts (inline source), header row first."""
    found: list[list[list[str]]] = []
    row: list[str] | None = None
    tokens: list[Token] = markdown().parse(text)
    for token in tokens:
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(token.content)
        elif token.type == "tr_close" and row is not None:
            found[-1].append(row)
            row = None
    return found


def shipped_counts() -> tuple[int, int]:
    """The shipped office's positions, and its indicators with a capaian on the examples: the
    office's data is still being completed, so the tests count rather than hard-code."""
    project = Project(REPO, realisations_from=Path(EXAMPLES))
    office = load_workspace(project).office
    year = office.config.year
    achieved = office_achievement(office, Period(year, latest_quarter(office, year)))
    assert achieved.position_mean is not None
    return len(office.positions), achieved.position_mean.with_data


def run_report(*args: str) -> str:
    run = run_iki(["report", *args])
    assert run.code == 0, run
    return run.stdout


# -- golden files ----------------------------------------------------------------------------


def test_reports_match_the_reviewed_golden_files() -> None:
    """After an intended change: `make golden`, then review the diff of tests/golden/report/."""
    pages = render()
    golden = {
        p.relative_to(GOLDEN).as_posix(): p.read_bytes() for p in GOLDEN.rglob("*") if p.is_file()
    }
    assert sorted(pages) == sorted(golden)
    for name, content in pages.items():
        assert content == golden[name], f"{name} differs from tests/golden/report/; make golden"


def test_same_input_same_bytes() -> None:
    for output_format in ("md", "html"):
        first = run_report(
            "--project", str(FIXTURE), "--position", "kepala", "--format", output_format
        )
        again = run_report(
            "--project", str(FIXTURE), "--position", "kepala", "--format", output_format
        )
        assert first == again


# -- the form in Markdown, parsed ------------------------------------------------------------


def test_markdown_form_has_the_table_rows() -> None:
    text = run_report("--project", str(FIXTURE), "--position", "kepala")
    form = tables(text)[0]
    assert tuple(form[0]) == COLUMNS
    assert form[1] == [f"({n})" for n in range(1, 10)]  # the form's column-number row
    assert [row[0] for row in form[2:]] == ["1", "2"]
    first, second = form[2], form[3]
    assert first[2] == "Persentase layanan yang selesai tepat waktu"
    # the rumus in the reader's words: the variables' descriptions, × for times
    assert first[3].endswith("<br>*Rumus:* Layanan selesai tepat waktu / Seluruh layanan × 100")
    assert first[5:] == [
        "90 %",
        "85 %<br>TW1–TW2<br>Layanan selesai tepat waktu: 85; Seluruh layanan: 100",
        "94,4 %",
        "Sangat Tinggi",
    ]
    assert second[3] == "*belum diisi*"
    assert second[5:] == [
        "80–90 indeks",
        "83,61 indeks (B)<br>TW2",
        "100,0 %<br>mutu pelayanan Baik",
        "Sangat Tinggi",
    ]


def test_states_are_named_never_blank() -> None:
    text = run_report("--project", str(FIXTURE), "--position", "staf")
    form = tables(text)[0]
    arsip = form[3]
    assert arsip[2] == "Jumlah arsip yang ditata"
    assert arsip[4:] == [
        "*belum diisi*",
        "*belum ada target*",
        "*belum ada realisasi*",
        "*belum ada target*",
        "–",
    ]
    berkas = form[2]
    assert berkas[5:8] == ["200 berkas (s.d. TW2)", "210 berkas<br>TW1–TW2", "105,0 %"]


def test_shipped_office_markdown_has_no_empty_cell(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = run_iki(
        ["report", "--all", "--realisasi", EXAMPLES, "-o", str(out), "--project", str(REPO)]
    )
    assert run.code == 0, run
    pages = sorted(out.rglob("*.md"))
    positions, _ = shipped_counts()
    assert len(pages) == 2 * positions + 1  # a form and a review sheet each, the office report
    for page in pages:
        for table in tables(page.read_text(encoding="utf-8")):
            for row in table:
                assert all(cell.strip() for cell in row), (page.name, row)
    office = tables((out / "README.md").read_text(encoding="utf-8"))
    assert len(office[0]) == 1 + positions  # header and one row per position


def test_mermaid_block_draws_the_positions_of_the_tree() -> None:
    """On a page, the diagram draws positions only: with every indicator (as `iki tree` draws
    them) it grows too wide to read."""
    readme = (GOLDEN / "README.md").read_text(encoding="utf-8")
    fences = [t for t in markdown().parse(readme) if t.type == "fence"]
    assert [f.info for f in fences] == ["mermaid"]
    diagram = fences[0].content
    assert diagram.startswith("flowchart TD\n")
    tree = run_iki(["tree", "--project", str(FIXTURE), "--period", "TW2", "--format", "mermaid"])
    positions = re.findall(r"subgraph (p_\w+)\[", tree.stdout)
    assert re.findall(r'^\s+(p_\w+)\["', diagram, re.MULTILINE) == positions
    assert "i_" not in diagram  # no indicator node
    assert re.findall(r"^\s+(p_\w+) --- (p_\w+)$", tree.stdout, re.MULTILINE) == re.findall(
        r"^\s+(p_\w+) --> (p_\w+)$", diagram, re.MULTILINE
    )
    assert "capaian 97,2 % Sangat Tinggi" in diagram and "2 indikator" in diagram
    for line in diagram.splitlines()[1:]:
        node = re.match(r'^\s+([a-z0-9_]+)\["[^"]*"\]$', line)
        edge = re.match(r"^\s+([a-z0-9_]+) --> ([a-z0-9_]+)$", line)
        assert node or edge, line


# -- hostile text ----------------------------------------------------------------------------

NASTY = (
    "<script>alert(1)</script> a | b {{ 7*7 }} {% if true %}x{% endif %} {# c #}\n"
    "baris dua *tebal* [tautan](http://contoh.invalid) `kode` # judul & &amp; </td>"
)


def nasty_project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "project")
    text = json.dumps(NASTY)
    (root / "data" / "positions" / "staf.yaml").write_text(
        f"""\
id: staf
jabatan: {text}
atasan: kepala
pemangku: {text}
tugas: {text}
fungsi: [{text}]
kinerja:
  - id: surat-diproses
    sasaran: {text}
    indikator: {text}
    penjelasan: {text}
    sumber_data: {text}
    satuan: {text}
    mendukung: kepala/layanan-tepat-waktu
    target: {{2025: 10}}
""",
        encoding="utf-8",
    )
    realisasi = root / "data" / "realisasi" / "2025"
    realisasi.mkdir(parents=True)
    (realisasi / "staf.yaml").write_text(
        f"posisi: staf\ntahun: 2025\nrealisasi:\n  surat-diproses:\n"
        f"    TW1: {{nilai: 4, catatan: {text}}}\n",
        encoding="utf-8",
    )
    return root


def test_hostile_text_is_shown_not_run_in_html(tmp_path: Path) -> None:
    root = nasty_project(tmp_path)
    out = tmp_path / "out"
    run = run_iki(["report", "--all", "--project", str(root), "--format", "html", "-o", str(out)])
    assert run.code == 0, run
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html.lower(), page
    staf = (out / "jabatan" / "staf.html").read_text(encoding="utf-8")
    # numbers sit in unbreakable spans; the text read is the same
    staf = re.sub(r'<span class="n">([^<]*)</span>', r"\1", staf)
    assert staf.count("alert(1)") >= 7  # every field shows it, as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; a | b {{ 7*7 }} {% if true %}x{% endif %}" in staf
    assert "&lt;/td&gt;" in staf and "&amp;amp;" in staf
    assert " 49 " not in staf
    office = (out / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in office  # in the tree's boxes and the tables
    # a label goes into the page margins' CSS: it cannot end the string or the stylesheet
    label = '"; } </style><script>alert(1)</script> \\'
    html = run_report(
        "--project", str(root), "--position", "staf", "--format", "html", "--label", label
    )
    assert "<script" not in html.lower() and "</style><" not in html
    margin = re.search(r"@top-center \{ content: (\"[^\"]*\"); \}", html)
    assert margin, "the label is in the page's top margin, as one CSS string"
    assert "\\3c /style\\3e " in margin.group(1)


def test_hostile_text_keeps_markdown_tables_whole(tmp_path: Path) -> None:
    root = nasty_project(tmp_path)
    text = run_report("--project", str(root), "--position", "staf")
    rendered = markdown().render(text)
    assert "<script" not in rendered.lower()
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt; a | b {{ 7*7 }} {% if true %}x{% endif %}"
        in rendered
    )
    form = tables(text)[0]
    assert len(form) == 3  # header, column numbers, the row
    assert all(len(row) == 9 for row in form)
    assert (
        markdown()
        .renderInline(form[2][1])
        .startswith(
            "&lt;script&gt;alert(1)&lt;/script&gt; a | b {{ 7*7 }} {% if true %}x{% endif %} "
            "{# c #}<br>baris dua *tebal* [tautan](http://contoh.invalid) `kode` # judul "
            "&amp; &amp;amp; &lt;/td&gt;"
        )
    )
    # the heading, the list items and the paragraph stay what they are
    tokens = markdown().parse(text)
    assert next(t.tag for t in tokens if t.type == "heading_open") == "h1"
    assert sum(1 for t in tokens if t.type == "table_open") == 2  # the form, the signatures
    review = run_report("--project", str(root), "--position", "staf", "--pemeriksaan")
    assert sum(1 for t in markdown().parse(review).__iter__() if t.type == "table_open") == 2
    cascade = tables(run_report("--project", str(root), "--position", "kepala", "--pemeriksaan"))
    assert all(len(row) == 4 for row in cascade[0])  # the cascade names the nasty supporter


def test_markdown_text_escapes() -> None:
    assert markdown_text("a | b") == "a \\| b"
    assert markdown_text("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert markdown_text("satu\r\ndua\rtiga\n empat") == "satu<br>dua<br>tiga<br>empat"
    assert markdown_text("- butir") == "\\- butir"
    assert markdown_text("1. butir") == "1\\. butir"
    assert markdown_text("---") == "\\---"
    assert markdown_text("-5 hari, 105.0 %") == "-5 hari, 105.0 %"
    assert markdown_text("*_`~[]{}$#!\\") == "\\*\\_\\`\\~\\[\\]\\{\\}\\$\\#\\!\\\\"
    assert markdown_text(markdown_text("a|b")) == "a\\|b"  # escaping twice changes nothing
    # a terminal escape written into YAML as "\e[31m" (or a bell, or NEL) reaches no terminal
    assert markdown_text("a\x1b[31mb\x07c\x85d\te") == "a\\\\x1b\\[31mb\\\\x07c\\\\u0085d\te"


@pytest.mark.parametrize("output_format", list(ReportFormat))
def test_none_is_refused_not_printed(output_format: ReportFormat) -> None:
    template = environment(output_format).from_string("[{{ x }}]")
    assert template.render(x="a") == "[a]"
    with pytest.raises(TypeError):
        template.render(x=None)


# -- the command line ------------------------------------------------------------------------


def test_unknown_position_names_the_closest(tmp_path: Path) -> None:
    run = run_iki(["report", "--project", str(FIXTURE), "--position", "kepla"])
    assert run.code == 2, run
    assert run.stderr == "iki: --position kepla: jabatan itu tidak ada; maksud Anda 'kepala'?\n"
    assert run.stdout == ""


@pytest.mark.parametrize("args", [[], ["--all", "--position", "kepala"]])
def test_position_or_all(args: list[str]) -> None:
    run = run_iki(["report", "--project", str(FIXTURE), *args])
    assert run.code == 2, run
    assert "--position ID atau --all" in run.stderr


def test_position_with_errors_is_not_unknown(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project")
    (root / "data" / "positions" / "staf.yaml").write_text("id: staf\njabatan: 5\n")
    run = run_iki(["report", "--project", str(root), "--position", "staf"])
    assert run.code == 1, run
    assert "data/positions/staf.yaml berisi galat" in run.stderr
    run = run_iki(["report", "--project", str(root), "--position", "kepala"])
    assert run.code == 1, run  # the report, then the exit code of data with errors
    assert "Kepala Dinas Contoh" in run.stdout
    assert "galat dalam data" in run.stderr


def test_output_file_and_its_format(tmp_path: Path) -> None:
    target = tmp_path / "laporan" / "kepala.html"
    run = run_iki(["report", "--project", str(FIXTURE), "--position", "kepala", "-o", str(target)])
    assert run.code == 0, run
    assert run.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    run = run_iki(
        ["report", "--project", str(FIXTURE), "--position", "kepala", "-o", str(tmp_path)]
    )
    assert run.code == 2, run


def test_all_writes_only_inside_the_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = run_iki(
        ["report", "--all", "--project", str(FIXTURE), "--format", "html", "-o", str(out)]
    )
    assert run.code == 0, run
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert written == [
        "out/.iki-laporan.json",  # what iki wrote here, so that it may replace it next time
        "out/index.html",
        "out/jabatan/kabid.html",
        "out/jabatan/kepala.html",
        "out/jabatan/staf.html",
        "out/pemeriksaan/kabid.html",
        "out/pemeriksaan/kepala.html",
        "out/pemeriksaan/staf.html",
    ]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    run = run_iki(["report", "--all", "--project", str(FIXTURE), "-o", str(blocker)])
    assert run.code == 2, run


def test_page_names_come_from_ids_only() -> None:
    assert page_name("kasi-perizinan-1", ReportFormat.HTML) == "jabatan/kasi-perizinan-1.html"
    assert page_name("index", ReportFormat.MD) == "jabatan/index.md"
    for bad in ("../x", "/etc/passwd", "a/b", "A", "", "x.", "-x"):
        with pytest.raises(ValueError):
            page_name(bad, ReportFormat.HTML)


def test_fictitious_realisations_carry_a_banner() -> None:
    args = ["--project", str(REPO), "--position", "bendahara-pengeluaran"]
    plain = run_report(*args)
    assert "Perhatian" not in plain
    assert "Realisasi dibaca dari" not in plain
    labelled = run_report(*args, "--realisasi", EXAMPLES)
    assert labelled.startswith(
        "# Indikator Kinerja Individu: Fungsional Umum / Bendahara Pengeluaran\n\n"
        "> **Perhatian:** Contoh realisasi — angka fiktif\n>\n"
        "> Realisasi dibaca dari examples/realisasi, bukan dari data/realisasi kantor.\n"
    )
    html = run_report(*args, "--realisasi", EXAMPLES, "--format", "html")
    assert (
        '<div class="banner" role="note">\n<p>Perhatian: Contoh realisasi — angka fiktif</p>'
        in html
    )
    chosen = run_report(*args, "--realisasi", EXAMPLES, "--label", "Uji coba <b>")
    assert "> **Perhatian:** Uji coba &lt;b&gt;\n" in chosen


def test_english_labels() -> None:
    text = run_report("--project", str(FIXTURE), "--position", "staf", "--lang", "en")
    assert text.startswith("# Individual Performance Indicators: Pengadministrasi Pelayanan\n")
    form = tables(text)[0]
    assert form[0][:3] == ["No", "Objective", "Indicator"]
    assert form[3][5:8] == ["*no target yet*", "*no realisation yet*", "*no target yet*"]
    assert form[2][7] == "105.0 %"


def test_english_office_report(tmp_path: Path) -> None:
    """Every template in English: a label missing from the English table would fail here."""
    for output_format in ("html", "md"):
        args = ["--all", "--project", str(FIXTURE), "--lang", "en", "--format", output_format]
        run = run_iki(["report", *args, "-o", str(tmp_path / output_format)])
        assert run.code == 0, run
    office = (tmp_path / "md" / "README.md").read_text(encoding="utf-8")
    assert office.startswith("# Performance Report\n")
    assert (
        "**Office achievement:** coverage 2 of 2 indicators of the head of office (100.0 %): "
        "97.2 % (Sangat Tinggi); mean over positions 91.6 % (Sangat Tinggi), 3 of 3 positions "
        "with data"
    ) in office
    html = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html
    assert "Performance tree" in html and "Data coverage" in html


def test_label_tables_match_and_cover_the_templates() -> None:
    indonesian, english = LABELS[Language.ID], LABELS[Language.EN]
    assert set(indonesian) == set(english)
    used = {
        key
        for template in TEMPLATES.glob("*.j2")
        for key in re.findall(r"\bL\.(\w+)", template.read_text(encoding="utf-8"))
    }
    assert used <= set(indonesian)
    assert len(used) > 60


def test_html_is_self_contained_and_prints_on_a4(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["--all", "--realisasi", EXAMPLES, "--project", str(REPO), "--format", "html"]
    run = run_iki(["report", *args, "-o", str(out)])
    assert run.code == 0, run
    pages = sorted(out.rglob("*.html"))
    positions, computed = shipped_counts()
    assert len(pages) == 2 * positions + 1
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for outside in ("http:", "https:", "//", "<link", "<script", "src=", "@import", "url("):
            assert outside not in html.replace("</", "<\\"), (page.name, outside)
        assert "size: A4; margin:" in html
        # the forms on landscape paper, everything else portrait
        landscape = '<body class="landscape">' in html
        assert landscape == (page.parent.name == "jabatan"), page
        assert "thead { display: table-header-group; }" in html
    office = (out / "index.html").read_text(encoding="utf-8")
    # the whole tree for the screen, and the same positions again in its parts for paper: the
    # head, the heads of the bidang with everything under them
    screen = office.split('<figure class="tree-figure screen-only">')[1].split("</figure>")[0]
    assert screen.count('<g class="node ') == positions
    paper = office.split('<figure class="tree-figure print-only">')[1:]
    assert len(paper) == 4  # the top, and three bidang (Penanaman Modal, PTSP, Sekretariat)
    top = paper[0].split("</figure>")[0].count('<g class="node ')
    assert sum(part.split("</figure>")[0].count('<g class="node ') for part in paper) == (
        positions + top - 1
    )  # each bidang head is drawn twice: in the top part and heading its own
    assert office.count('<g class="bar ') == computed > 0


def test_templates_ship_in_the_package_data() -> None:
    globs = ("*.j2", "*.css")
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"iki.templates" = ["*.j2", "*.css"]' in pyproject
    shipped = {p.name for p in TEMPLATES.iterdir() if any(p.match(g) for g in globs)}
    assert {"base.html.j2", "position.html.j2", "position.md.j2", "office.html.j2"} <= shipped
    assert {"office.md.j2", "report.css"} <= shipped
    others = {p.name for p in TEMPLATES.iterdir() if p.is_file()} - shipped
    assert others == {"__init__.py"}


# -- the pictures ----------------------------------------------------------------------------


def _boxes(picture: str) -> list[tuple[float, float]]:
    size = f'width="{svg.BOX_W}" height="{svg.BOX_H}"'
    found = re.findall(rf'<rect x="([\d.]+)" y="([\d.]+)" {size}', picture)
    return [(float(x), float(y)) for x, y in found]


def test_tree_boxes_never_overlap() -> None:
    leaves = [svg.TreeBox(f"s{i}", f"Staf {i}", ("a",), i % 5, None) for i in range(3)]
    middle = [
        svg.TreeBox("kabid-1", "Kabid satu", (), 0, None, tuple(leaves)),
        svg.TreeBox("kabid-2", "Kabid dua", (), None, "jabatan/kabid-2.html"),
        svg.TreeBox("kabid-3", "Kabid tiga", (), None, None, (leaves[0],)),
    ]
    root = svg.TreeBox("kepala", "Kepala", (), 1, None, tuple(middle))
    picture = svg.tree([root], [svg.TreeBox("lain", "Di luar", (), None, None)], "Di luar pohon")
    boxes = _boxes(picture)
    assert len(boxes) == 1 + 3 + 4 + 1
    for i, (x1, y1) in enumerate(boxes):
        for x2, y2 in boxes[i + 1 :]:
            assert abs(x1 - x2) >= svg.BOX_W or abs(y1 - y2) >= svg.BOX_H
    assert picture == svg.tree(
        [root], [svg.TreeBox("lain", "Di luar", (), None, None)], "Di luar pohon"
    )
    assert '<a href="jabatan/kabid-2.html">' in picture
    assert 'class="node band-1"' in picture and 'class="node band-none"' in picture


def test_tree_text_is_escaped_and_cut() -> None:
    title = '<b>"Kepala" & Wakil</b> ' * 4
    picture = svg.tree([svg.TreeBox("x", title, ("<i>",), None, None)])
    assert "<b>" not in picture and "<i>" not in picture
    assert "&lt;b&gt;&quot;Kepala&quot; &amp; Wakil&lt;/b&gt;" in picture
    assert "…</tspan>" in picture


def test_bar_chart_scale_and_outliers() -> None:
    bars = [
        svg.Bar("Naik", "Staf", 350.0, "350,0 %", 0, None),
        svg.Bar("Turun", "Staf", -20.0, "−20,0 %", 4, None),
        svg.Bar("Pas", "Staf", 100.0, "100,0 %", 0, None),
    ]
    picture = svg.bar_chart(bars)
    bar = rf'<rect x="{svg.BAR_X}" y="[\d.]+" width="([\d.]+)" height="18"/>'
    widths = re.findall(bar, picture)
    assert widths == [str(svg.BAR_W), "0", str(svg.BAR_W // 2)]  # axis to 200 %: 100 % is half
    assert "» 350,0 %" in picture and ">−20,0 %<" in picture
    assert svg.axis_maximum([80.0]) == 100 and svg.axis_maximum([120.0]) == 150


# -- the README's examples are real output ---------------------------------------------------


def _readme_block(marker: str, kind: str) -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(re.escape(marker) + rf"\n```{kind}\n(.*?)```", readme, re.S)
    assert match, f"no {kind} block after {marker} in README.md"
    return match.group(1)


def test_readme_examples_are_real_output() -> None:
    excerpt = _readme_block("<!-- report-excerpt -->", "markdown")
    args = ["--position", "pengadministrasi-umum-promosi", "--realisasi", EXAMPLES]
    real = run_report("--project", str(REPO), *args).splitlines()
    shown = [line for line in excerpt.splitlines() if line != "…"]
    assert len(shown) > 15
    position = 0
    for line in shown:  # every line, in order, with only "…" standing for lines left out
        position = real.index(line, position) + 1
    console = _readme_block("<!-- report-unknown -->", "console").splitlines()
    command = console[0].removeprefix("$ iki ").split()
    run = run_iki([*command, "--project", str(REPO)])
    assert run.code == 2
    assert run.stderr.splitlines() == console[1:]


@pytest.mark.parametrize(
    "args", [["--position", "kepala", "-o", "f/r.md"], ["--all", "-o", "f/x/y"]]
)
def test_output_below_a_file_names_that_file(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "f").write_text("not a folder\n", encoding="utf-8")
    args = [str(tmp_path / a) if "/" in a else a for a in args]
    run = run_iki(["report", "--project", str(FIXTURE), *args])
    assert run.code == 1, run
    assert (
        run.stderr
        == f"iki: laporan tidak dapat ditulis: {tmp_path / 'f'} adalah berkas, bukan folder\n"
    )
    assert (tmp_path / "f").read_text(encoding="utf-8") == "not a folder\n"


def test_all_stopped_halfway_keeps_the_manifest_and_names_the_blocking_file(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "jabatan").write_text("bukan folder")  # the forms' folder is a file: stops halfway
    args = ["report", "--all", "--project", str(FIXTURE), "--format", "html", "-o", str(out)]
    run = run_iki(args)
    assert run.code == 1, run
    assert str(out / "jabatan") in run.stderr, run
    manifest = json.loads((out / ".iki-laporan.json").read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == ["index.html"]  # written before the stop, and known
    (out / "jabatan").unlink()
    run = run_iki(args)
    assert run.code == 0, run  # the page written halfway is iki's: replaced without --force
    manifest = json.loads((out / ".iki-laporan.json").read_text(encoding="utf-8"))
    assert "jabatan/kabid.html" in manifest["files"]
