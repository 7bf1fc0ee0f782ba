"""The package's layers hold: no module imports a higher layer, and the check would see one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.layers import layer_of, violations

PACKAGE = REPO / "iki"


def test_no_module_imports_a_higher_layer() -> None:
    assert [str(v) for v in violations(PACKAGE)] == []


def test_every_module_is_in_a_layer() -> None:
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(REPO).with_suffix("").parts
        layer_of(".".join(p for p in parts if p != "__init__"))


def test_an_upward_import_is_caught(tmp_path: Path) -> None:
    """The demonstration: the same check on a copy of the package with one upward import added,
    at the top of a module and inside a function, fails and names both."""
    copy = tmp_path / "iki"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    model = copy / "model.py"
    model.write_text(model.read_text(encoding="utf-8") + "\nfrom iki.render import reports\n")
    workspace = copy / "load" / "workspace.py"
    workspace.write_text(
        workspace.read_text(encoding="utf-8")
        + "\n\ndef _late() -> None:\n    from iki.check import validate  # noqa\n"
    )
    found = {(v.module, v.imported) for v in violations(copy)}
    assert found == {
        ("iki.model", "iki.render"),
        ("iki.model", "iki.render.reports"),
        ("iki.load.workspace", "iki.check"),
        ("iki.load.workspace", "iki.check.validate"),
    }


def test_every_subpackage_ships_in_the_wheel() -> None:
    """pyproject lists the packages by hand (schemas and templates are mapped in from the top
    of the repository); a new subpackage left out of that list would be missing when installed."""
    listed = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    for init in PACKAGE.rglob("__init__.py"):
        name = ".".join(init.parent.relative_to(REPO).parts)
        assert f'"{name}"' in listed, f"{name} is not in [tool.setuptools] packages"


PACKAGES = ("jinja2", "ruamel", "docx", "rich", "jsonschema", "openpyxl", "multiprocessing")
MODULES = ("iki.render.reports", "iki.compute.diff", "iki.render.pdf")


def test_validate_loads_only_what_it_uses() -> None:
    """A fast start: `iki validate` on the shipped office (all of it valid against the schema)
    imports none of the template engine, the round-trip writer, the .docx reader, rich,
    jsonschema (only needed to explain an invalid file), the spreadsheet library,
    multiprocessing (only for offices of a thousand files), the reports, the PDF printer or
    the diff."""
    probe = (
        "import sys, contextlib, io\n"
        "from iki.cli.run import invoke\n"
        "sys.argv = ['iki', 'validate']\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    invoke()\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {PACKAGES!r} "
        f"or m in {MODULES!r}))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "[]", run.stdout


def test_a_run_imports_only_its_own_command() -> None:
    """`iki validate` builds an app holding validate alone: no other command module is read."""
    probe = (
        "import sys, contextlib, io\n"
        "from iki.cli.run import invoke\n"
        "sys.argv = ['iki', 'validate']\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    invoke()\n"
        "print(sorted(m for m in sys.modules if m.startswith('iki.cli.')))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    loaded = set(eval(run.stdout))  # a printed list of names
    assert {"iki.cli.validate", "iki.cli.run"} <= loaded
    assert not loaded & {"iki.cli.program", "iki.cli.report", "iki.cli.xlsx", "iki.cli.init"}


def test_the_command_table_and_the_full_app_agree() -> None:
    from iki.cli import app as full
    from iki.cli import run

    names = [c.name for c in full.registered_commands]
    assert names == list(run.COMMANDS)
    assert [g.name for g in full.registered_groups] == list(run.GROUPS)
