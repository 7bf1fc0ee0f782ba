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
    Identifiers are not prose: code spans and placeholders are left out."""
    text = re.sub(r"`[^`\n]*`|\{[a-z_]*\}", " ", text)
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

    from iki.cli.app import COMMANDS, GROUPS

    commands = [*COMMANDS.values(), *(c for _, group in GROUPS.values() for c in group.values())]
    assert len(commands) >= 10
    missing = [c.__name__ for c in commands if "lang" not in inspect.signature(c).parameters]
    assert missing == []
