"""`iki record` on files written by hand in every YAML style a person might use: the file reads
back with exactly the recorded value added, and every line not holding it is kept."""

from __future__ import annotations

import copy
import difflib
from pathlib import Path
from typing import Any

import pytest

from iki.edit import record
from iki.load import yamlio
from iki.load.project import Project
from iki.load.workspace import load_workspace

HEAD = "posisi: staf\ntahun: 2025\n"
BLOCK = HEAD + "realisasi:\n  surat-diproses:\n    TW1: 5\n"

STYLES = {
    "flow mapping": HEAD + "realisasi: {surat-diproses: {TW1: 5}}\n",
    "flow indicator": HEAD + "realisasi:\n  surat-diproses: {TW1: 1}\n",
    "flow over lines": HEAD + "realisasi:\n  surat-diproses: {\n    TW1: 5,\n  }\n",
    "flow with comments": HEAD + "realisasi:\n  surat-diproses: {  # a\n    TW1: 5  # b\n  }\n",
    "whole file in flow": "{posisi: staf, tahun: 2025, realisasi: {surat-diproses: {TW1: 5}}}",
    "quoted keys": HEAD + "realisasi:\n  'surat-diproses':\n    \"TW1\": 5\n",
    "comments everywhere": HEAD
    + "realisasi:   # r\n  # between\n  surat-diproses:  # c\n    # before\n    TW1: 5   # end\n"
    + "    # after\n",
    "tab before a comment": HEAD + "realisasi:\n  surat-diproses:\n    TW1: 5\t\t# x\n",
    "tab after a value": HEAD + "realisasi:\n  surat-diproses:\n    TW1: 5\t\n",
    "tab in flow": HEAD + "realisasi:\n  surat-diproses: {TW1:\t5,\tTW3: 6}\n",
    "trailing spaces": HEAD + "realisasi:   \n  surat-diproses:   \n    TW1: 5   \n",
    "no final newline": BLOCK.rstrip("\n"),
    "no final newline after a comment": BLOCK + "# akhir",
    "keys in another order": "realisasi:\n  surat-diproses:\n    TW3: 7\n    TW1: 5\n"
    + "tahun: 2025\nposisi: staf\n",
    "four-space indent": HEAD + "realisasi:\n    surat-diproses:\n        TW1: 5\n",
    "document markers": "---\n" + BLOCK + "...\n",
    "hexadecimal": HEAD + "realisasi:\n  surat-diproses:\n    TW1: 0x10\n",
    "quarter null": HEAD + "realisasi:\n  surat-diproses:\n    TW2: null  # nanti\n    TW3: 4\n",
    "quarter empty": HEAD + "realisasi:\n  surat-diproses:\n    TW2:   # nanti\n    TW3: 4\n",
    "indicator empty": HEAD + "realisasi:\n  surat-diproses: # nanti\n# akhir\n",
    "realisasi {}": HEAD + "realisasi: {} # kosong\n",
    "block scalar replaced": HEAD
    + "realisasi:\n  surat-diproses:\n    TW2:\n      nilai: 3\n      catatan: |\n"
    + "        baris satu\n        baris dua\n      bukti: x\n",
    "kept block scalar before a new key": HEAD
    + "realisasi:\n  surat-diproses:\n    TW2:\n      nilai: 3\n      bukti: |+\n        a\n\n\n"
    + "    TW3: 4\n",
    "quoted text over lines": HEAD
    + 'realisasi:\n  surat-diproses:\n    TW2:\n      nilai: 3\n      bukti: "a\n        b"  # z\n',
}


def _only_added_to(old: str, new: str) -> bool:
    """Whether `new` is `old` with characters inserted, none removed or changed."""
    rest = iter(new)
    return all(char in rest for char in old)


def _expected(data: Any, value: int, note: str) -> Any:
    data = copy.deepcopy(data)
    realisations = data.get("realisasi") or {}
    data["realisasi"] = realisations
    quarters = realisations.get("surat-diproses") or {}
    realisations["surat-diproses"] = quarters
    old = quarters.get("TW2")
    quarters["TW2"] = {**(old if isinstance(old, dict) else {}), "nilai": value, "catatan": note}
    return data


@pytest.mark.parametrize("windows", [False, True], ids=["lf", "bom-crlf"])
@pytest.mark.parametrize("style", list(STYLES))
def test_record_keeps_every_hand_written_style(project: Path, style: str, windows: bool) -> None:
    bom = crlf = windows  # as Notepad saves a file
    text = STYLES[style].replace("\n", "\r\n") if crlf else STYLES[style]
    raw = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    before = yamlio.load_bytes(raw)
    assert before.ok, before.problems
    path = project / "data" / "realisasi" / "2025" / "staf.yaml"
    path.parent.mkdir(parents=True)
    path.write_bytes(raw)

    note = "10:30 # no"
    record.record(
        load_workspace(Project(project)),
        [record.Request("staf", "surat-diproses", "TW2", 2025, value=9, note=note)],
    )

    written = path.read_bytes()
    after = yamlio.load_bytes(written)
    assert after.ok, after.problems
    assert after.data == _expected(before.data, 9, note)
    assert written.startswith(b"\xef\xbb\xbf") == bom
    assert (b"\r\n" in written) == (b"\r\n" in raw)
    assert written.count(b"\n") == written.count(b"\r\n") or not crlf
    # Every other line stays: only lines holding TW2's entry change, or a line the new entry
    # is added to (a flow mapping, or the end of a line that gains `, TW2: ...`).
    old_lines = raw.decode("utf-8-sig").replace("\r\n", "\n").splitlines()
    new_lines = after.text.replace("\r\n", "\n").splitlines()
    diff = list(difflib.ndiff(old_lines, new_lines))
    added = [line[2:] for line in diff if line.startswith("+ ")]
    for line in (line[2:] for line in diff if line.startswith("- ")):
        in_entry = any(word in line for word in ("TW2", "{", "catatan", "baris", "nilai"))
        extended = any(_only_added_to(line, new) for new in added)
        assert in_entry or extended, f"{line!r} changed:\n{after.text}"
    for comment in (line[line.index("#") :] for line in old_lines if "#" in line):
        assert comment in after.text


@pytest.mark.parametrize(
    "end",
    [
        pytest.param(("\r\n", "\r\n", "\n", "\n", "\n"), id="crlf-then-lf"),
        pytest.param(("\n", "\r\n", "\r\n", "\r\n", "\r\n"), id="lf-then-crlf"),
        pytest.param(("\r",) * 5, id="cr-only"),
    ],
)
def test_each_line_keeps_its_own_line_ending(project: Path, end: tuple[str, ...]) -> None:
    # A Windows file appended to in another editor mixes CRLF and LF: converting every line to
    # the one ending seen first made the whole file show as changed in a pull request.
    lines = ["posisi: staf", "tahun: 2025", "realisasi:", "  surat-diproses:", "    TW1: 5"]
    raw = "".join(line + e for line, e in zip(lines, end, strict=True)).encode()
    path = project / "data" / "realisasi" / "2025" / "staf.yaml"
    path.parent.mkdir(parents=True)
    path.write_bytes(raw)
    record.record(
        load_workspace(Project(project)),
        [record.Request("staf", "surat-diproses", "TW2", 2025, value=9)],
    )
    most = max(set(end), key=end.count)
    assert path.read_bytes() == raw + f"    TW2: 9{most}".encode()
