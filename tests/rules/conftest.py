"""The one-line rule test helper, after yamllint's `RuleTestCase.check`.

    check(position_yaml, "Q101", problem=(4, 5))      # Q101 fires at line 4, column 5, only there
    check(position_yaml, "Q101")                      # Q101 does not fire

The YAML is one or more position files separated by `---` lines, each named by its `id:`; a
problem in a file other than the first is written `(id, line, column)`. The helper builds a tiny
project around them in tmp_path (`tahun: 2025`), runs `iki.check.validate` and compares the
findings of that code, after checking that the files themselves are free of errors (or have
exactly the `errors` codes given).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from iki.check.validate import validate
from iki.diagnostics import Diagnostic, Severity
from iki.load.project import Project
from iki.load.workspace import load_workspace

Problem = tuple[int, int] | tuple[str, int, int]
Check = Callable[..., list[Diagnostic]]


def write_project(root: Path, documents: str, year: int = 2025) -> list[str]:
    """The position files of `documents` under root; returns their ids in order."""
    (root / "data/positions").mkdir(parents=True, exist_ok=True)
    (root / "iki.yaml").write_text(f"organisasi: Dinas Uji\ntahun: {year}\n", encoding="utf-8")
    ids = []
    for text in re.split(r"^---\n", documents, flags=re.MULTILINE):
        found = re.search(r"^id: (\S+)$", text, flags=re.MULTILINE)
        assert found, f"a test position needs an id line:\n{text}"
        ids.append(found.group(1))
        (root / "data/positions" / f"{found.group(1)}.yaml").write_text(text, encoding="utf-8")
    return ids


@pytest.fixture
def check(tmp_path: Path) -> Check:
    runs = iter(range(1_000))

    def run(
        documents: str,
        code: str,
        problem: Problem | None = None,
        problems: Sequence[Problem] = (),
        year: int = 2025,
        errors: Sequence[str] = (),
    ) -> list[Diagnostic]:
        root = tmp_path / f"project-{next(runs)}"
        ids = write_project(root, documents, year)
        result = validate(load_workspace(Project(root)))
        found_errors = [d.code for d in result.sorted() if d.severity is Severity.ERROR]
        assert found_errors == list(errors), "the test files are not as invalid as intended"
        expected = sorted(
            (ids[0], *p) if len(p) == 2 else p for p in ([problem] if problem else problems)
        )
        found = [d for d in result.sorted() if d.code == code]
        actual = sorted((Path(d.file).stem, d.line, d.column) for d in found)
        assert actual == expected, "\n".join(f"{d.line}:{d.column} {d.message}" for d in found)
        return found

    return run
