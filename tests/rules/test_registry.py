"""The registry, the rules' documentation, and docs/rules.md generated from it."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import iki.check.rules
from iki.check.rules import RULES, all_rules, docs
from iki.check.rules.base import Rule
from iki.check.validate import validate
from iki.diagnostics import Severity
from iki.load.project import Project
from iki.load.workspace import load_workspace
from tests.conftest import REPO
from tests.rules.conftest import write_project

EVERY = all_rules()


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [r.code for r in EVERY]
    names = [r.name for r in EVERY]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    assert codes == sorted(codes)
    assert all(re.fullmatch(r"Q[01]\d\d", c) for c in codes)
    assert all(re.fullmatch(r"[a-z]+\.[a-z0-9_]+", n) for n in names)
    assert all(rule.code.startswith("Q1") for rule, _ in RULES)


def test_every_rule_module_is_registered() -> None:
    modules = [
        importlib.import_module(f"iki.check.rules.{m.name}")
        for m in pkgutil.iter_modules(iki.check.rules.__path__)
    ]
    declared = {m.RULE for m in modules if isinstance(getattr(m, "RULE", None), Rule)}
    assert declared == set(EVERY)
    for rule, check in RULES:
        assert check.__module__ == next(
            m.__name__ for m in modules if getattr(m, "RULE", 0) is rule
        )


def test_quality_findings_are_warnings() -> None:
    # The office's wording is the office's to change: validate passes, --strict fails.
    assert {r.severity for r in EVERY} == {Severity.WARNING}


@pytest.mark.parametrize("rule", EVERY, ids=lambda r: r.code)
def test_docstring_has_summary_and_examples(rule: Rule) -> None:
    assert rule.summary.endswith(".") and len(rule.summary) < 100
    assert rule.body.count("**Bad**") == 1 and rule.body.count("**Good**") == 1
    assert rule.body.index("**Bad**") < rule.body.index("**Good**")
    assert len(re.findall(r"^```yaml$", rule.body, flags=re.MULTILINE)) == 2


def _examples(rule: Rule) -> tuple[str, str]:
    bad, good = re.findall(r"^```yaml\n(.*?)^```$", rule.body, flags=re.MULTILINE | re.DOTALL)
    return bad, good


def _as_positions(example: str) -> str:
    """Each document of the example as a position file: a snippet gets an id and a jabatan."""
    out = []
    for n, text in enumerate(example.split("---\n")):
        out.append(
            text
            if re.search(r"^id: ", text, re.MULTILINE)
            else f"id: contoh-{n}\njabatan: Contoh\n{text}"
        )
    return "---\n".join(out)


@pytest.mark.parametrize("rule", EVERY, ids=lambda r: r.code)
def test_documented_examples_do_what_they_say(rule: Rule, tmp_path: Path) -> None:
    for label, example, fires in zip(("bad", "good"), _examples(rule), (True, False), strict=True):
        root = tmp_path / label
        write_project(root, _as_positions(example))
        result = validate(load_workspace(Project(root)))
        unreadable = [d for d in result.sorted() if d.code[0] in "YS"]
        assert unreadable == [], (label, unreadable)
        codes = {d.code for d in result.sorted()}
        assert (rule.code in codes) is fires, (label, sorted(codes))


def test_docs_rules_md_is_up_to_date() -> None:
    committed = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == docs.render(), "docs/rules.md is stale: run `make docs` and commit it"


def test_docs_list_every_rule() -> None:
    text = docs.render()
    for rule in EVERY:
        assert f"## {rule.code} `{rule.name}`" in text
        assert rule.body in text
