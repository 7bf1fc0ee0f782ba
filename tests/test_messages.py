"""The message catalogue: every code said in both languages, and no English where Indonesian is
asked for (the office's `iki validate` output and every shipped report)."""

from __future__ import annotations

import html
import json
import re
import string
from pathlib import Path

import pytest

from iki import messages
from iki.catalogue import CATALOGUE
from iki.messages import Language, say
from tests.conftest import REPO, run_iki

ENGLISH = frozenset(
    {
        *("the", "is", "are", "has", "have", "of", "and", "with", "which", "must", "cannot"),
        *("should", "does", "than", "into", "this", "that", "yet", "did", "you", "mean"),
        *("write", "add", "remove", "errors", "warnings", "checked", "missing", "unknown"),
        *("supports", "not", "there", "allowed", "found", "nothing"),
    }
)
"""Words of English prose that Indonesian text never uses. A sentence left in English shows at
least one of them; an Indonesian sentence, none (the office's data is Indonesian too)."""

_WORD = re.compile(r"[A-Za-z]+")


def english_words(text: str) -> list[str]:
    """The English words of `text`, with a little context each, for a readable failure.
    Identifiers are not prose: code spans, placeholders and options (--write) are left out."""
    text = re.sub(r"`[^`\n]*`|\{[a-z_]*\}|--[a-z][a-z-]*", " ", text)
    found = []
    for match in _WORD.finditer(text):
        if match.group().lower() in ENGLISH:
            start = max(0, match.start() - 40)
            found.append(text[start : match.end() + 40].replace("\n", " "))
    return found


def _visible(page: str) -> str:
    """An HTML page's text as a reader sees it: no style, script, tags or attributes."""
    page = re.sub(r"<(style|script|code)\b.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _codes_used_in_iki() -> set[str]:
    used: set[str] = set()
    for source in (REPO / "iki").rglob("*.py"):
        if source.name == "catalogue.py":
            continue
        used |= set(re.findall(r"\"([A-Z]\d{3})\"", source.read_text(encoding="utf-8")))
    return used


def test_every_code_used_in_iki_has_its_message_in_the_catalogue() -> None:
    codes = _codes_used_in_iki()
    assert len(codes) >= 50
    keyed = {key.partition(".")[0] for key in CATALOGUE}
    assert sorted(codes - keyed) == []


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_each_entry_is_said_in_both_languages(key: str) -> None:
    id_message, id_hint, en_message, en_hint = CATALOGUE[key]
    assert id_message.strip() and en_message.strip()
    assert bool(id_hint) == bool(en_hint), "a hint in one language only"
    assert _placeholders(id_message) == _placeholders(en_message)
    assert _placeholders(id_hint) == _placeholders(en_hint)
    if id_message != en_message:  # a bare placeholder or a code reads the same in both
        assert not english_words(id_message + " " + id_hint), "English in the Indonesian text"


def test_every_diagnostic_code_has_a_message_and_a_hint_in_both_languages() -> None:
    """Each code has at least one entry whose hint is written out (the others may take their
    advice from the case, such as the closest id)."""
    hinted = {key.partition(".")[0] for key, texts in CATALOGUE.items() if texts[1] and texts[3]}
    codes = {key.partition(".")[0] for key in CATALOGUE if re.fullmatch(r"[A-Z]\d{3}", key[:4])}
    # S004, S005 and F001 give the schema's or the formula's own advice.
    assert sorted(codes - hinted) == ["F001", "S004", "S005"]


def test_say_fills_in_the_language_of_the_run_and_keeps_the_arguments() -> None:
    said = say("S007", year="2025", id="izin", minimum=2.5, maximum=1500)
    assert said.message == "target 2025 indikator 'izin': min 2,5 lebih besar daripada maks 1.500"
    assert dict(said.args) == {"year": "2025", "id": "izin", "minimum": 2.5, "maximum": 1500}
    messages.use(Language.EN)
    said = say("S007", year="2025", id="izin", minimum=2.5, maximum=1500)
    assert said.message == "target 2025 of 'izin': min 2.5 is above maks 1,500"
    assert said.hint == "swap the two bounds"


def test_the_word_list_finds_english() -> None:
    """The check below can fail: the same output in English is caught."""
    run = run_iki(["validate", "--project", str(REPO), "--lang", "en"])
    assert len(english_words(run.stdout)) > 100


def test_the_offices_validate_output_has_no_english() -> None:
    run = run_iki(["validate", "--project", str(REPO)])
    assert run.code == 0, run
    assert "peringatan" in run.stdout
    assert english_words(run.stdout) == []
    data = json.loads(run_iki(["validate", "--project", str(REPO), "--format", "json"]).stdout)
    prose = [d[k] for d in data["diagnostics"] for k in ("message", "hint", "place")]
    assert english_words("\n".join(prose)) == []


def test_the_language_comes_from_lang_then_iki_lang_then_iki_yaml(tmp_path: Path) -> None:
    from tests.conftest import make_project

    project = make_project(tmp_path / "p")
    config = project / "iki.yaml"
    config.write_text(config.read_text() + "bahasa: en\n")
    by_config = run_iki(["validate", "--project", str(project)])
    assert by_config.stdout == "3 file(s) checked: no problems\n"
    by_env = run_iki(["validate", "--project", str(project)], env={"IKI_LANG": "id"})
    assert by_env.stdout == "3 berkas diperiksa: tidak ada masalah\n"
    by_option = run_iki(
        ["validate", "--project", str(project), "--lang", "id"], env={"IKI_LANG": "en"}
    )
    assert by_option.stdout == "3 berkas diperiksa: tidak ada masalah\n"
    wrong = run_iki(["validate", "--project", str(project), "--lang", "fr"])
    assert wrong.code == 2


@pytest.mark.parametrize("realisations", [None, "examples/realisasi"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_every_shipped_report_has_no_english(
    tmp_path: Path, fmt: str, realisations: str | None
) -> None:
    out = tmp_path / "reports"
    args = ["report", "--all", "--format", fmt, "-o", str(out), "--project", str(REPO)]
    if realisations:
        args += ["--realisasi", str(REPO / realisations)]
    run = run_iki(args)
    assert run.code == 0, run
    pages = sorted(out.rglob(f"*.{fmt}"))
    # The office report, every position's form and its review sheet.
    assert len(pages) >= 1 + len(list((REPO / "data" / "positions").glob("*.yaml")))
    leftovers = {}
    for page in pages:
        text = page.read_text(encoding="utf-8")
        found = english_words(_visible(text) if fmt == "html" else text)
        if found:
            leftovers[page.name] = found[:3]
    assert leftovers == {}
    # The same pages in English are caught, so the check above can fail.
    english = run_iki([*args[:-2], "--project", str(REPO), "--lang", "en", "-o", str(tmp_path)])
    assert english.code == 0, english
    office = (tmp_path / ("index.html" if fmt == "html" else "README.md")).read_text()
    assert english_words(_visible(office) if fmt == "html" else office)


def test_every_command_takes_lang() -> None:
    import inspect

    from iki.cli.program import COMMANDS, GROUPS

    commands = [*COMMANDS.values(), *(c for _, group in GROUPS.values() for c in group.values())]
    assert len(commands) >= 10
    missing = [c.__name__ for c in commands if "lang" not in inspect.signature(c).parameters]
    assert missing == []


@pytest.mark.parametrize("how", ["option", "env", "xlsx-env"])
def test_an_unknown_language_is_refused_in_one_indonesian_line(project: Path, how: str) -> None:
    """Not Click's English 'Usage: … Error: Invalid value for '--lang''."""
    args = ["validate", "--project", str(project)]
    env = None
    if how == "option":
        args += ["--lang", "xx"]
    elif how == "env":
        env = {"IKI_LANG": "xx"}
    else:
        args = ["xlsx", "export", "--project", str(project), "-o", str(project / "t.xlsx")]
        env = {"IKI_LANG": "xx"}
    run = run_iki(args, env=env)
    assert run.code == 2
    assert run.stderr == "iki: bahasa 'xx' (--lang atau IKI_LANG) tidak dikenal; pilih id atau en\n"
    assert run.stdout == ""
    assert not (project / "t.xlsx").exists()
    assert run_iki(["validate", "--project", str(project), "--lang", "EN"]).code == 0


def test_the_systems_reasons_are_said_in_the_language_of_the_run() -> None:
    """The C library's "No space left on device" inside an Indonesian sentence is English."""
    full = OSError(28, "No space left on device")
    assert messages.os_reason(full) == "ruang disk penuh"
    assert messages.os_reason(PermissionError(13, "Permission denied")) == "izin ditolak"
    assert messages.os_reason(OSError(99999, "Something odd")) == "Something odd"
    messages.use(Language.EN)
    try:
        assert messages.os_reason(full) == "no space left on the disk"
    finally:
        messages.use(Language.ID)


def test_a_full_output_says_so_in_indonesian() -> None:
    import subprocess
    import sys

    with Path("/dev/full").open("w") as full:
        run = subprocess.run(
            [sys.executable, "-m", "iki", "validate", "--project", str(REPO)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert run.returncode == 1
    assert run.stderr == (
        "iki: keluaran tidak dapat ditulis (ruang disk penuh); hasil perintah tidak lengkap\n"
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["validate", "--formt", "x"],
            "iki: opsi '--formt' tidak dikenal; maksud Anda '--format'?\n"
            "bantuan: iki validate --help\n",
        ),
        (
            ["validat"],
            "iki: perintah 'validat' tidak dikenal; maksud Anda 'validate'?\nbantuan: iki --help\n",
        ),
        (["record"], "iki: argumen 'position' wajib diisi\nbantuan: iki record --help\n"),
        (
            ["validate", "--format", "xml"],
            "iki: '--format' tidak menerima 'xml'; pilih salah satu: text, json, github\n"
            "bantuan: iki validate --help\n",
        ),
        (
            ["achievement", "--year", "abc"],
            "iki: '--year' tidak menerima 'abc'; tulis bilangan bulat dari 1900 sampai 2999\n"
            "bantuan: iki achievement --help\n",
        ),
        (["tree", "a", "b"], "iki: argumen berlebih: a b\nbantuan: iki tree --help\n"),
        (["validate", "--format"], "iki: opsi '--format' memerlukan nilai\n"),
        (
            ["xlsx", "export"],
            "iki: opsi '-o' / '--output' wajib diisi\nbantuan: iki xlsx export --help\n",
        ),
    ],
)
def test_mistakes_on_the_command_line_are_said_in_indonesian(args: list[str], said: str) -> None:
    """Not Click's "Usage: … Try … for help. Error: No such option: --formt"."""
    run = run_iki(args)
    assert run.code == 2
    assert run.stderr == said
    assert english_words(run.stderr) == []


def test_mistakes_on_the_command_line_stay_english_when_english_is_chosen() -> None:
    run = run_iki(["validate", "--format", "xml"], env={"IKI_LANG": "en"})
    assert run.code == 2
    assert "is not one of" in run.stderr


INDONESIAN = frozenset({"tidak", "yang", "berkas", "atau", "sudah", "ada", "dibuat", "tulis"})
"""Words of Indonesian prose, to catch a line left out of the catalogue in English output."""


def test_init_and_schema_speak_english_when_asked(tmp_path: Path) -> None:
    office = ["--organisasi", "Dinas X", "--pemerintah", "Kab Y", "--tahun", "2026"]
    args = ["init", str(tmp_path / "p"), *office, "--lang", "en"]
    lines = [run_iki(args).stdout]
    again = run_iki(args)
    assert again.code == 1
    lines += [again.stderr, run_iki(["schema", "nope", "--lang", "en"]).stderr]
    said = "\n".join(lines)
    assert "ready in" in said and "already there" in said and "name one of" in said
    assert [w for w in re.findall(r"[a-z]+", said) if w in INDONESIAN] == []
    indonesian = run_iki(args[:-2]).stderr
    assert "berkas atau folder sudah ada; tidak ada yang ditulis" in indonesian


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "target kumulatif menurun dari TW2 (2.500) ke TW3 (1.500,5); bila tiap angka"),
        ("en", "the cumulative target falls from TW2 (2,500) to TW3 (1,500.5); if each number"),
    ],
)
def test_k003_speaks_the_run_language_with_its_numbers(project: Path, lang: str, said: str) -> None:
    staf = project / "data/positions/staf.yaml"
    staf.write_text(staf.read_text().replace("TW2: 200, TW3: 300", "TW2: 2500, TW3: 1500.5"))
    run = run_iki(["validate", "--project", str(project), "--format", "json", "--lang", lang])
    (k003,) = [d for d in json.loads(run.stdout)["diagnostics"] if d["code"] == "K003"]
    assert said in k003["message"]


def test_compare_year_without_files_speaks_english_when_asked(project: Path) -> None:
    run = run_iki(["achievement", "--project", str(project), "--compare-year", "2024"])
    assert "iki: tidak ada berkas realisasi 2024 di data/realisasi/2024/;" in run.stderr
    english = ["achievement", "--project", str(project), "--compare-year", "2024", "--lang", "en"]
    run = run_iki(english)
    assert run.stderr.startswith("iki: no 2024 realisation files in data/realisasi/2024/;")
    assert [w for w in re.findall(r"[a-z]+", run.stderr) if w in INDONESIAN] == []
