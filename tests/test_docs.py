"""The documentation keeps up with the code."""

from __future__ import annotations

import re

from tests.conftest import REPO


def _documented() -> str:
    docs = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    return "\n".join(p.read_text(encoding="utf-8") for p in docs if p.is_file())


def test_every_diagnostic_code_is_documented() -> None:
    used = set()
    for source in (REPO / "iki").rglob("*.py"):
        used |= set(re.findall(r"\"([A-Z]\d{3})\"", source.read_text(encoding="utf-8")))
    assert len(used) >= 20
    documented = set(re.findall(r"\b([A-Z]\d{3})\b", _documented()))
    assert sorted(used - documented) == []


def test_readme_starts_with_the_two_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    head = readme[:400]
    assert "make run" in head and "make test" in head
