"""The quality rules on the office's own data, and the README's to-do that lists their findings."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

from iki.check.rules import all_rules
from tests.conftest import REPO, run_iki


@cache
def findings() -> tuple[tuple[str, str, str], ...]:
    """(position id, code, message) of every diagnostic on the shipped data."""
    run = run_iki(["validate", "--project", str(REPO), "--format", "json"])
    assert run.code == 0, run
    report = json.loads(run.stdout)
    assert report["summary"]["errors"] == 0
    return tuple((Path(d["file"]).stem, d["code"], d["message"]) for d in report["diagnostics"])


def _readme_section(title: str) -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index(f"\n## {title}\n")
    end = readme.find("\n## ", start + 1)
    return readme[start : end if end != -1 else None]


def test_validate_passes_the_office_data_but_strict_does_not() -> None:
    # besides the quality rules, only the cascade's open rows (warnings; see "The cascade")
    cascade = {"C012", "C013", "C014"}
    assert {code for _, code, _ in findings()} <= {r.code for r in all_rules()} | cascade
    assert run_iki(["validate", "--project", str(REPO), "--strict"]).code == 1


def test_the_known_defects_of_the_document_are_found() -> None:
    found = {(position, code) for position, code, _ in findings()}
    for expected in [
        ("sekretaris", "Q111"),  # counts over budgets
        ("kabid-ptsp", "Q112"),  # diterbitkan / sesuai_sop
        ("kabid-ptsp", "Q113"),  # no × 100
        ("pengadministrasi-umum-promosi", "Q102"),  # "2 dokumen" as the indicator
        ("kasubag-keuangan", "Q101"),  # "Tersedianya sarana …"
        ("bendahara-pengeluaran", "Q103"),  # "1 dokumen" as the penjelasan
        ("bendahara-pengeluaran", "Q105"),
        ("kasubag-umum-kepegawaian", "Q104"),
        ("analis-pelayanan-publik", "Q114"),
        ("pengadministrasi-perizinan-2", "Q114"),
    ]:
        assert expected in found
    mixed = [message for position, code, message in findings() if code == "Q111"]
    assert len(mixed) == 3 and all("(rupiah)" in message for message in mixed)


def test_the_sound_rows_are_left_alone() -> None:
    found = {(position, code) for position, code, _ in findings()}
    # "Meningkatnya Kesempatan Kerja" measured by "Jumlah pertambahan kesempatan kerja".
    assert ("kabid-penanaman-modal", "Q105") not in found
    # Kepala Dinas: growth and placement formulas in one unit, × 100, right way up.
    assert not {code for position, code in found if position == "kepala-dinas"} - {"Q107", "Q108"}


def test_readme_todo_counts_are_the_real_output() -> None:
    table = re.findall(
        r"^\| (Q\d{3}) \| `([a-z_.0-9]+)` \| (\d+) \|$",
        _readme_section("The office's to-do"),
        flags=re.MULTILINE,
    )
    documented = {code: int(count) for code, _, count in table}
    actual = Counter(code for _, code, _ in findings() if code.startswith("Q"))
    assert documented == dict(actual), "update the README's to-do from `iki validate`"
    names = {r.code: r.name for r in all_rules()}
    assert all(names[code] == name for code, name, _ in table)
    total = re.search(
        r"no errors and (\d+) quality warnings", _readme_section("The office's to-do")
    )
    assert total and int(total.group(1)) == sum(actual.values())


def test_readme_lists_every_rule_with_its_name() -> None:
    listed = re.findall(
        r"^\| (Q\d{3}) \| `([a-z_.0-9]+)` \| [^|\d]",
        _readme_section("Quality rules"),
        flags=re.MULTILINE,
    )
    assert sorted(listed) == sorted((r.code, r.name) for r in all_rules())
