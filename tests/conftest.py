"""Shared test helpers: run the command line in-process, and build small projects."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iki.cli import app

EXAMPLES = Path(__file__).parent / "examples"
REPO = Path(__file__).parents[1]


@dataclass(frozen=True, repr=False)
class Run:
    code: int
    stdout: str
    stderr: str

    def __repr__(self) -> str:  # shown by pytest when an assertion about a run fails
        return f"exit {self.code}\n--- stdout\n{self.stdout}\n--- stderr\n{self.stderr}"


def run_iki(args: Sequence[str], env: dict[str, str] | None = None) -> Run:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False, env=env)
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def iki() -> Callable[..., Run]:
    return lambda *args, env=None: run_iki(args, env)


def make_project(target: Path, overlay: Path | None = None) -> Path:
    """The base example project copied to `target`, with `overlay`'s files on top."""
    shutil.copytree(EXAMPLES / "base", target, dirs_exist_ok=True)
    if overlay is not None:
        for path in overlay.rglob("*"):
            if path.is_file() and path.name not in ("expected.txt", "README"):
                dest = target / path.relative_to(overlay)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, dest)
    return target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project")


@pytest.fixture(autouse=True)
def _indonesian() -> Iterator[None]:
    """Every test starts in the default language: a command run with --lang en sets the
    language of the process, as it does for the one run of `iki`."""
    from iki import messages

    messages.use(messages.Language.ID)
    yield
    messages.use(messages.Language.ID)
