"""Temporary git repositories with real commits, for `iki diff` and the CI workflow tests.

git runs with an identity on its command line and without the user's or the system's
configuration, so the tests behave the same on every machine.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.conftest import make_project

_ISOLATED = {
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_DATE": "2025-01-02T03:04:05+07:00",
    "GIT_COMMITTER_DATE": "2025-01-02T03:04:05+07:00",
}


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        [
            "git",
            "-c",
            "user.name=iki tests",
            "-c",
            "user.email=tests@example.invalid",
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
            "-C",
            str(repo),
            *args,
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **_ISOLATED},
    )
    assert done.returncode == 0, f"git {args}: {done.stderr}"
    return done.stdout.strip()


def commit_all(repo: Path, message: str) -> str:
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "--allow-empty", "-m", message)
    return git(repo, "rev-parse", "HEAD")


def project_repo(path: Path, tag: str = "base") -> Path:
    """The base example project in a new repository, committed and tagged."""
    make_project(path)
    git(path, "init", "--quiet")
    commit_all(path, "base project")
    git(path, "tag", tag)
    return path


def edit(path: Path, old: str, new: str) -> None:
    """Replace `old`, which must occur exactly once, so that a test never edits nothing."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")
