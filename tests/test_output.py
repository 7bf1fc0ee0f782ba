"""What `iki` writes is safe to show and never lost silently.

A control character in the data (an escape sequence, a bell, a carriage return, a bidi
override) is written as an escape in every output format; an output that cannot encode every
character degrades; an output that is closed or full ends the run with one line on standard
error and exit 1, never a traceback and never 0.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, make_project, run_iki
from tests.gitrepo import commit_all, project_repo

RAW = ("\x1b", "\x07", "\r", "\x9b", "\u202e", "\u2028", "\u2029", "\x85")
"""What must never reach a terminal as itself: the line and paragraph separators and NEL too,
where terminals and editors start a new line that the data could forge."""

HOSTILE_TITLE = '"Pengadministrasi\\e[31m Umum\\a\\r\\x9b2J\\u202Ekiri"'
HOSTILE_NAME = '"Jumlah surat\\e[2J yang diproses\\u202E\\L\\P\\N"'


def _hostile(project: Path) -> Path:
    staf = project / "data/positions/staf.yaml"
    text = staf.read_text()
    text = text.replace("jabatan: Pengadministrasi Umum", f"jabatan: {HOSTILE_TITLE}")
    text = text.replace("indikator: Jumlah surat yang diproses", f"indikator: {HOSTILE_NAME}")
    staf.write_text(text)
    return project


def _assert_escaped(output: str) -> None:
    for char in RAW:
        assert char not in output, f"{char!r} reached the output"


COMMANDS = [
    ["validate"],
    ["validate", "--format", "json"],
    ["validate", "--format", "github"],
    ["export"],
    ["achievement"],
    ["achievement", "--format", "json"],
    ["achievement", "--format", "csv"],
    ["tree"],
    ["tree", "--format", "json"],
    ["tree", "--format", "mermaid"],
    ["report", "--position", "staf", "--format", "md"],
    ["report", "--position", "staf", "--format", "html"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_control_characters_are_escaped_in_every_output(tmp_path: Path, args: list[str]) -> None:
    project = _hostile(make_project(tmp_path / "p"))
    run = run_iki([*args, "--project", str(project)])
    assert run.code in (0, 1), run
    _assert_escaped(run.stdout)
    _assert_escaped(run.stderr)
    if "json" in args or args == ["export"]:
        json.loads(run.stdout)  # the escapes keep JSON valid (\u009b, never \x9b)


@pytest.mark.parametrize("args", [["tree"], ["report", "--position", "staf", "--format", "html"]])
def test_the_escaped_text_is_shown_as_written(tmp_path: Path, args: list[str]) -> None:
    project = _hostile(make_project(tmp_path / "p"))
    run = run_iki([*args, "--project", str(project)])
    assert "Jumlah surat\\x1b[" in run.stdout  # HTML may break the line after the bracket


def test_validate_reports_the_control_characters(tmp_path: Path) -> None:
    project = _hostile(make_project(tmp_path / "p"))
    run = run_iki(["validate", "--project", str(project)])
    assert "Y016" in run.stdout
    assert "U+001B" in run.stdout and "U+202E" in run.stdout


def test_report_files_are_escaped_too(tmp_path: Path) -> None:
    project = _hostile(make_project(tmp_path / "p"))
    for fmt in ("md", "html"):
        out = tmp_path / f"all-{fmt}"
        run = run_iki(
            ["report", "--all", "--format", fmt, "-o", str(out), "--project", str(project)]
        )
        assert run.code in (0, 1), run
        pages = list(out.rglob(f"*.{fmt}"))
        assert pages
        for page in pages:
            _assert_escaped(page.read_text(encoding="utf-8"))


def test_diff_output_is_escaped(tmp_path: Path) -> None:
    repo = project_repo(tmp_path / "repo")
    _hostile(repo)
    commit_all(repo, "hostile names")
    for fmt in ("text", "md", "json"):
        run = run_iki(["diff", "base", "HEAD", "--format", fmt, "--project", str(repo)])
        assert run.code == 0, run
        _assert_escaped(run.stdout)


# -- output that cannot be written: the real program, in a process of its own ----------------

IKI = [sys.executable, "-m", "iki"]


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*IKI, *args, "--project", str(REPO)], capture_output=False, check=False, **kwargs
    )  # type: ignore[call-overload]


@pytest.mark.parametrize("command", [["validate"], ["achievement"], ["tree"]])
def test_a_full_output_is_one_line_on_stderr_and_exit_1(command: list[str]) -> None:
    if not Path("/dev/full").exists():  # pragma: no cover - Linux has it
        pytest.fail("this test needs /dev/full")
    with Path("/dev/full").open("w") as full:
        done = _run(command, stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 1
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("iki: keluaran tidak dapat ditulis")
    assert "Traceback" not in done.stderr.decode()


@pytest.mark.parametrize("command", [["validate"], ["achievement"]])
def test_a_closed_output_is_one_line_on_stderr_and_exit_1(command: list[str]) -> None:
    done = _run(command, stdout=None, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
    assert done.returncode == 1
    lines = done.stderr.decode().splitlines()
    assert lines == ["iki: keluaran standar tertutup: tidak ada yang ditulis"]


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_an_output_that_cannot_encode_degrades(encoding: str) -> None:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    done = _run(["tree"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    text = done.stdout.decode(encoding)
    assert "Kepala Dinas" in text
    assert "?" in text  # the tree's lines, which neither encoding has
    validate = _run(["validate"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert validate.returncode == 0
    assert validate.stdout.decode(encoding).endswith(
        "22 berkas diperiksa: 0 galat, 191 peringatan\n"
    )


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85"])
def test_a_line_separator_in_a_value_cannot_forge_a_line_of_output(char: str) -> None:
    from iki.printable import printable
    from iki.render.markdown import markdown_text

    forged = f"Jumlah surat{char}iki: semua berkas benar"
    shown = printable(forged)
    assert char not in shown
    assert shown == f"Jumlah surat\\u{ord(char):04x}iki: semua berkas benar"
    # Markdown keeps the break the writer meant as a line break of the cell, not the character.
    assert markdown_text("a\u2028b\u2029c") == "a<br>b<br>c"
