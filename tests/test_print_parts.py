"""The pieces of the printed reports that are built in code: the formula in the reader's words,
unbreakable numbers, the page margins' CSS, same-title positions told apart, the print date."""

from __future__ import annotations

import datetime as dt
import re

from markupsafe import Markup

from iki.compute.achievement import Period
from iki.formula import parse
from iki.model import Aggregation, Config, Formula, FormulaVariable, Office, Position
from iki.render import svg
from iki.render.formula_view import formula_html, formula_text
from iki.render.labels import LABELS, Language
from iki.render.reports import (
    Banner,
    Options,
    Words,
    css_string,
    distinct_titles,
    finding_label,
    page_css,
    unbroken_numbers,
)
from tests.conftest import REPO, run_iki

WORDS = Words(LABELS[Language.ID])


def formula(expression: str, **described: str) -> Formula:
    parse(expression)  # a formula the checks let through
    return Formula(
        expression,
        tuple(FormulaVariable(n, d, None, Aggregation.SUM) for n, d in described.items()),
    )


def test_formula_in_the_variables_words() -> None:
    growth = formula(
        "(n - n1) / n1 * 100", n="Realisasi investasi tahun (n)", n1="realisasi tahun (n-1)"
    )
    assert formula_text(growth, WORDS.number) == (
        "(Realisasi investasi tahun (n) − realisasi tahun (n-1)) / realisasi tahun (n-1) × 100"
    )
    html = formula_html(growth, WORDS.number)
    # the division drawn as a fraction, its parts without parentheses; × and a whole number
    assert html == (
        '<span class="frac"><span class="top">Realisasi investasi tahun (n) − realisasi tahun '
        '(n-1)</span><span class="bottom">realisasi tahun (n-1)</span></span> × '
        '<span class="n">100</span>'
    )
    assert formula_text(formula("a - (b - c) * 1.5", a="A", b="B", c="C"), WORDS.number) == (
        "A − (B − C) × 1,5"
    )
    assert formula_text(formula("-a", a="A"), WORDS.number) == "−A"


def test_formula_text_is_escaped_in_html() -> None:
    hostile = formula("a / b", a="<script>x</script>", b='"&amp;"')
    html = formula_html(hostile, WORDS.number)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;amp;" in html
    # an expression the checks refused is shown as written, as code, escaped
    broken = Formula("a × <b>", ())
    assert formula_html(broken, WORDS.number) == "<code>a × &lt;b&gt;</code>"
    assert formula_text(broken, WORDS.number) == "a × <b>"


def test_numbers_are_unbreakable_and_entities_stay_whole() -> None:
    text = unbroken_numbers("Rp 172.750.000.000 naik 12,5 % dari TW2 'a' & 1")
    assert text == (
        'Rp <span class="n">172.750.000.000</span> naik <span class="n">12,5 %</span> dari TW2 '
        '&#39;a&#39; &amp; <span class="n">1</span>'
    )
    assert unbroken_numbers(Markup("<b>12</b>")) == "<b>12</b>"  # markup is left alone


def test_page_margins_css() -> None:
    options = Options(Period(2025, 2), printed=dt.date(2025, 1, 2))
    css = page_css(options, Banner("Perhatian", ('Uji "coba" </style>', "baris dua")))
    assert (
        '@top-center { content: "Perhatian: Uji \\22 coba\\22  \\3c /style\\3e  — baris dua"; }'
        in css
    )
    assert '@bottom-left { content: "Dicetak 2 Januari 2025"; }' in css
    assert '@bottom-right { content: "Halaman " counter(page) " dari " counter(pages); }' in css
    assert "@top-center" not in page_css(Options(Period(2025, 2)), None)
    assert css_string("a\\b\nc") == '"a\\5c b\\a c"'


def test_same_titles_are_told_apart() -> None:
    def position(pid: str, title: str, superior: str | None) -> Position:
        return Position(pid, title, superior, None, (), (), (), f"{pid}.yaml")

    office = Office(
        Config("Dinas", None, 2025),
        (
            position("kepala", "Kepala", None),
            position("kasi-1", "Kasi Perizinan I", "kepala"),
            position("kasi-2", "Kasi Perizinan II", "kepala"),
            position("staf-1", "Pengadministrasian", "kasi-1"),
            position("staf-2", "Pengadministrasian", "kasi-2"),
            position("staf-3", "Analis", "kasi-1"),
            position("staf-4", "Analis", "kasi-1"),
        ),
    )
    titles = distinct_titles(office)
    assert titles["kepala"] == "Kepala"
    assert titles["staf-1"] == "Pengadministrasian (Kasi Perizinan I)"
    assert titles["staf-2"] == "Pengadministrasian (Kasi Perizinan II)"
    # the same superior does not tell them apart: the id does
    assert (titles["staf-3"], titles["staf-4"]) == ("Analis (staf-3)", "Analis (staf-4)")


def test_chart_keeps_the_end_of_a_long_position_name() -> None:
    first = (
        "Pengadministrasian Perizinan (Kasi Penyelenggaraan Pelayanan Perizinan dan Non "
        "Perizinan I)"
    )
    second = first.replace(" I)", " II)")
    bars = [svg.Bar("Jumlah berkas", name, 100.0, "100,0 %", 0, None) for name in (first, second)]
    sublabels = re.findall(r'class="sublabel">([^<]*)<', svg.bar_chart(bars))
    assert len(sublabels) == 2 and sublabels[0] != sublabels[1]
    assert sublabels[0] == "Pengadministrasian … dan Non Perizinan I)"
    assert all(len(label) <= svg.SUBLABEL_CHARS for label in sublabels)


def test_findings_are_named_in_words() -> None:
    assert finding_label("Q107", Language.ID) == "indikator belum menyebut sumber data"
    assert finding_label("S003", Language.ID) == "isian berkas tidak sesuai format"
    assert finding_label("Z999", Language.ID) == "temuan lain (Z999)"
    assert finding_label("Q107", Language.EN) == "An indicator names its data source"
    for code in ("Q107", "C014", "A004"):
        assert not re.search(r"\w+\.\w+_\w+", finding_label(code, Language.ID))


def test_print_date_from_option_or_source_date_epoch() -> None:
    args = ["report", "--project", str(REPO), "--position", "kepala-dinas", "--format", "html"]
    given = run_iki([*args, "--tanggal", "2025-03-04"])
    assert "Dicetak 4 Maret 2025" in given.stdout
    epoch = run_iki(args, env={"SOURCE_DATE_EPOCH": "1735603200"})  # 2024-12-31 00:00 UTC
    assert "Dicetak 31 Desember 2024" in epoch.stdout
    bad = run_iki([*args, "--tanggal", "31-12-2025"])
    assert bad.code == 2 and "TTTT-BB-HH" in bad.stderr


def test_structure_ids_do_not_depend_on_the_browsers_node_numbers() -> None:
    """Two prints of one page once differed in one byte: a table cell's tag was
    `/ID (node00000022)` in one and `(node00000021)` in the other. Ids are renumbered by first
    appearance, every reference with them, and no byte offset moves."""
    from iki.render.pdf import stable_node_ids

    first = b"<</ID (node00000022)>> <</ID (node00000031)/Headers [(node00000022)]>>"
    second = b"<</ID (node00000021)>> <</ID (node00000040)/Headers [(node00000021)]>>"
    assert stable_node_ids(first) == stable_node_ids(second)
    assert stable_node_ids(first) == (
        b"<</ID (node00000001)>> <</ID (node00000002)/Headers [(node00000001)]>>"
    )
    assert len(stable_node_ids(first)) == len(first)
