"""Data as officers type it: numbers written the Indonesian way, characters pasted from Excel,
Word or a web page. Each is reported at its own line, named, with advice that fits it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iki.load import yamlio
from tests.conftest import make_project, run_iki

TARGET_LINE = "    target: {2025: {jenis: kumulatif, TW1: 100, TW2: 200, TW3: 300, TW4: 400}}\n"


def _findings(project: Path) -> list[dict[str, object]]:
    run = run_iki(["validate", "--project", str(project), "--format", "json"])
    diagnostics: list[dict[str, object]] = json.loads(run.stdout)["diagnostics"]
    return diagnostics


def _with_target(tmp_path: Path, written: str) -> Path:
    project = make_project(tmp_path / "p")
    staf = project / "data/positions/staf.yaml"
    staf.write_text(staf.read_text().replace(TARGET_LINE, f"    target:\n      2025: {written}\n"))
    return project


def _with_realisation(tmp_path: Path, written: str) -> Path:
    project = make_project(tmp_path / "p")
    path = project / "data/realisasi/2025/staf.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(
        f"posisi: staf\ntahun: 2025\nrealisasi:\n  surat-diproses:\n    TW1: {written}\n"
    )
    return project


@pytest.mark.parametrize(
    ("written", "meant", "message", "hint"),
    [
        (
            "250.000",
            250000,
            "'250.000' memakai titik pemisah ribuan: YAML membacanya 250 (titik sebagai tanda "
            "desimal), padahal yang dimaksud mungkin 250000",
            "tulis 250000 tanpa titik; bila memang pecahan desimal, tulis 250",
        ),
        (
            "1.500",
            1500,
            "'1.500' memakai titik pemisah ribuan: YAML membacanya 1,5 (titik sebagai tanda "
            "desimal), padahal yang dimaksud mungkin 1500",
            "tulis 1500 tanpa titik; bila memang pecahan desimal, tulis 1.5",
        ),
        (
            "1.500.000",
            1500000,
            "'1.500.000' memakai titik pemisah ribuan, sehingga YAML membacanya sebagai teks, "
            "bukan angka 1500000",
            "tulis 1500000 tanpa titik",
        ),
        (
            "1.500,5",
            1500.5,
            "'1.500,5' memakai titik pemisah ribuan dan koma desimal, sehingga YAML membacanya "
            "sebagai teks, bukan angka 1500.5",
            "tulis 1500.5: tanpa pemisah ribuan, dengan titik sebagai tanda desimal",
        ),
    ],
)
@pytest.mark.parametrize("where", ["target", "realisation"])
def test_dotted_thousands_are_an_error_naming_both_readings(
    tmp_path: Path, where: str, written: str, meant: float, message: str, hint: str
) -> None:
    make = _with_target if where == "target" else _with_realisation
    project = make(tmp_path, written)
    (found,) = _findings(project)
    assert found["code"] == "Y015"
    assert found["severity"] == "error"
    assert found["line"] == (14 if where == "target" else 5)
    assert found["message"] == message
    assert found["hint"] == hint
    assert found["args"]["plain"] == str(meant)  # type: ignore[index]


@pytest.mark.parametrize(
    ("written", "message", "hint"),
    [
        (
            "92,5",
            "berisi teks '92,5', bukan angka",
            "tulis 92.5: di berkas YAML angka ditulis tanpa pemisah ribuan",
        ),
        ("85%", "berisi '85%', bukan angka", "tulis 85 saja, dan isi satuan: persen"),
        (
            "24 kelompok",
            "berisi '24 kelompok', bukan angka",
            "tulis 24 saja; pindahkan 'kelompok' ke satuan",
        ),
        ("1e3", "berisi teks '1e3', bukan angka", "tulis 1000: di berkas YAML"),
        (
            "1 500",
            "berisi '1 500': angka yang dipisahkan spasi dibaca sebagai teks",
            "tulis 1500 tanpa spasi",
        ),
        (
            "1,500",
            "berisi '1,500', yang dapat dibaca 1.5 atau 1500",
            "tulis angkanya tanpa pemisah ribuan",
        ),
    ],
)
@pytest.mark.parametrize("where", ["target", "realisation"])
def test_numbers_written_as_text_get_advice_that_fits(
    tmp_path: Path, where: str, written: str, message: str, hint: str
) -> None:
    make = _with_target if where == "target" else _with_realisation
    project = make(tmp_path, written)
    (found,) = _findings(project)
    assert found["code"] == "S001"
    assert found["line"] == (14 if where == "target" else 5)
    assert message in str(found["message"])
    assert str(found["hint"]).startswith(hint)


@pytest.mark.parametrize(
    "written",
    [
        "\u0661 \u0665\u0660\u0660",  # Arabic-Indic 1 500
        "\uff11 \uff15\uff10\uff10",  # full-width 1 500
        "\u0663e\u0662",  # Arabic-Indic 3e2
    ],
)
@pytest.mark.parametrize("where", ["target", "realisation"])
def test_digits_that_are_not_ascii_are_text_without_a_number_to_write(
    tmp_path: Path, where: str, written: str
) -> None:
    """YAML reads only ASCII digits as digits: such a value is text, and no advice names the
    number it would be (grouped by spaces, it once ended `iki validate` with a traceback)."""
    make = _with_target if where == "target" else _with_realisation
    (found,) = _findings(make(tmp_path, written))
    assert found["code"] == "S001"
    assert "harus berupa angka, bukan teks" in str(found["message"])
    assert "tulis" not in str(found["hint"])


def test_a_plain_decimal_is_still_a_number(tmp_path: Path) -> None:
    assert _findings(_with_target(tmp_path, "92.5")) == []


def test_the_place_is_given_in_the_forms_terms(tmp_path: Path) -> None:
    (found,) = _findings(_with_target(tmp_path, "tinggi"))
    assert found["place"] == "baris 1 tabel kinerja (indikator 'surat-diproses'), target 2025"
    assert found["path"] == "$.kinerja[0].target.2025"


def test_a_non_breaking_space_is_named_at_its_own_line(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    staf = project / "data/positions/staf.yaml"
    text = staf.read_text()
    assert text.splitlines()[10] == "    satuan: surat"
    staf.write_text(text.replace("    satuan: surat", "    satuan:\u00a0surat"))
    found = _findings(project)
    assert [(d["line"], d["column"], d["code"]) for d in found] == [
        (11, 12, "Y016"),
        (12, 5, "Y001"),
    ]
    assert found[0]["message"] == "karakter tak terlihat U+00A0 (spasi tak-putus)"


@pytest.mark.parametrize(
    ("char", "named"),
    [
        ("\u200b", "U+200B (karakter lebar-nol)"),
        ("\uf0b7", "U+F0B7 (karakter pribadi, misalnya butir dari Word)"),
        ("\u00a0", "U+00A0 (spasi tak-putus)"),
    ],
)
def test_invisible_characters_in_a_readable_file_are_warnings_where_they_stand(
    char: str, named: str
) -> None:
    loaded = yamlio.load_text(f"a: 1\nnama: Kepala{char}Dinas\n")
    assert loaded.ok
    assert loaded.data == {"a": 1, "nama": f"Kepala{char}Dinas"}
    (problem,) = loaded.problems
    assert (problem.code, problem.line, problem.column) == ("Y016", 2, 13)
    assert problem.severity.value == "warning"
    assert named in problem.message


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85"])
def test_a_unicode_line_separator_is_named_where_it_stands(char: str) -> None:
    """YAML breaks the line at it, so the syntax error it causes points one line too far;
    the character itself is named at its own line and column."""
    loaded = yamlio.load_text(f"a: 1\ntu{char}gas: x\n")
    assert not loaded.ok
    named = [p for p in loaded.problems if p.code == "Y016"]
    assert [(p.line, p.column) for p in named] == [(2, 3)]
    assert f"U+{ord(char):04X} (pemisah baris Unicode)" in named[0].message


def test_a_tab_that_indents_is_named() -> None:
    loaded = yamlio.load_text("a:\n  b: 1\n\tc: 2\n")
    assert not loaded.ok
    codes = [(p.code, p.line) for p in loaded.problems]
    assert ("Y016", 3) in codes or ("Y001", 3) in codes
    assert any("tab" in p.message for p in loaded.problems)


@pytest.mark.parametrize(
    ("escape", "point"),
    [("\\e", "U+001B"), ("\\a", "U+0007"), ("\\r", "U+000D"), ("\\u202E", "U+202E")],
)
def test_control_characters_in_text_are_a_finding(escape: str, point: str) -> None:
    loaded = yamlio.load_text(f'nama: "Kepala{escape}Dinas"\n')
    (problem,) = loaded.problems
    assert problem.code == "Y016"
    assert point in problem.message
    assert (problem.line, problem.column) == (1, 7)


@pytest.mark.parametrize(
    ("char", "shown"), [("\u00a0", "tu\\u00a0gas"), ("\uf0b7", "tu\\uf0b7gas")]
)
def test_an_unknown_key_shows_the_invisible_character_it_holds(
    tmp_path: Path, char: str, shown: str
) -> None:
    """Not "kunci 'tugas' tidak dikenal … maksud Anda 'tugas'?", which no one can act on."""
    project = make_project(tmp_path / "p")
    staf = project / "data/positions/staf.yaml"
    staf.write_text(staf.read_text().replace("tugas: Melaksanakan", f"tu{char}gas: Melaksanakan"))
    (unknown,) = [d for d in _findings(project) if d["code"] == "S003"]
    assert unknown["message"] == f"kunci '{shown}' tidak dikenal"
    assert unknown["place"] == f"isian {shown}"
    assert unknown["hint"] == "maksud Anda 'tugas'?"


def _ikm_realisation(elements: str, quarter: str = "{unsur: [%s], responden: 120}") -> bytes:
    block = "".join(f"        - {e.strip()}\n" for e in elements.split(","))
    return (
        "posisi: kepala-dinas\ntahun: 2025\nrealisasi:\n  ikm:\n"
        f"    TW1: {quarter % elements}\n"
        "    TW2:\n      unsur:\n" + block
    ).encode()


def test_an_ikm_element_mean_with_three_decimals_is_a_decimal_not_thousands() -> None:
    """An element's mean lies from 1 to 4: `3.210` there can only be 3.21 (3210 is no score)."""
    elements = "3.210, 3.125, 1.000, 4.000, 3, 3, 3, 3, 3"
    loaded = yamlio.load_bytes(_ikm_realisation(elements))
    assert [p.code for p in loaded.problems] == []
    means = [3.21, 3.125, 1.0, 4.0, 3, 3, 3, 3, 3]
    assert loaded.data["realisasi"]["ikm"]["TW1"]["unsur"] == means  # flow style
    assert loaded.data["realisasi"]["ikm"]["TW2"]["unsur"] == means  # block style


@pytest.mark.parametrize(
    "raw",
    [
        # beyond 4 as a decimal too: whichever was meant, it is no element's mean
        _ikm_realisation("4.500, 3, 3, 3, 3, 3, 3, 3, 3"),
        # more than one group: thousands, or nothing
        _ikm_realisation("3.210.000, 3, 3, 3, 3, 3, 3, 3, 3"),
        # the same text elsewhere in the file is still a thousands group
        b"posisi: staf\ntahun: 2025\nrealisasi:\n  surat-diproses:\n    TW1: 3.210\n",
        b"posisi: staf\ntahun: 2025\nrealisasi:\n  surat-diproses:\n    TW1: {nilai: 3.210}\n",
        # a list called unsur elsewhere than under a quarter
        b"posisi: staf\ntahun: 2025\nunsur: [3.210]\n",
    ],
)
def test_dotted_thousands_stay_an_error_outside_an_element_mean(raw: bytes) -> None:
    loaded = yamlio.load_bytes(raw)
    assert "Y015" in [p.code for p in loaded.problems]


def test_record_reads_an_element_mean_with_three_decimals_as_a_decimal(tmp_path: Path) -> None:
    import shutil

    from tests.conftest import REPO

    project = tmp_path / "kantor"
    project.mkdir()
    shutil.copyfile(REPO / "iki.yaml", project / "iki.yaml")
    shutil.copytree(REPO / "data" / "positions", project / "data" / "positions")
    args = ["record", "kepala-dinas", "ikm", "TW4", "--responden", "100"]
    run = run_iki([*args, "--unsur", "3.210 3 3 3 3 3 3 3 3", "--project", str(project)])
    assert run.code == 0, run
    written = (project / "data" / "realisasi" / "2025" / "kepala-dinas.yaml").read_text()
    assert "TW4: {unsur: [3.21, 3, 3, 3, 3, 3, 3, 3, 3], responden: 100}" in written
    # A value no element can have stays refused, never read as another number.
    run = run_iki([*args, "--unsur", "4.500 3 3 3 3 3 3 3 3", "--project", str(project)])
    assert run.code == 1 and "4500" in run.stdout + run.stderr, run


def test_an_element_mean_with_more_than_one_sign_is_refused_not_a_traceback(
    tmp_path: Path,
) -> None:
    """`++3.210` passed the element-mean test once its pluses were stripped, then went to
    float() with them."""
    import shutil

    from iki.numbers import element_mean_reading
    from tests.conftest import REPO

    assert element_mean_reading("++3.210") is None
    assert element_mean_reading("+3.210") == 3.21
    project = tmp_path / "kantor"
    project.mkdir()
    shutil.copyfile(REPO / "iki.yaml", project / "iki.yaml")
    shutil.copytree(REPO / "data" / "positions", project / "data" / "positions")
    args = ["record", "kepala-dinas", "ikm", "TW4", "--responden", "100"]
    run = run_iki([*args, "--unsur", "++3.210 3 3 3 3 3 3 3 3", "--project", str(project)])
    assert run.code == 1, run
    assert "--unsur: '++3.210' bukan angka" in run.stderr
    assert not (project / "data" / "realisasi").exists()
