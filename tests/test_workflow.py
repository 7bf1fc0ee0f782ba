"""The pull-request workflow and the pre-commit hook, checked by real validators and run.

* Both workflow files are validated by check-jsonschema against GitHub's workflow schema (the
  `vendor.github-workflows` schema it ships), and the hooks manifest by pre-commit's own
  `validate-manifest`; a broken copy of each must fail, so the checks are known to bite.
* The workflow's `run:` scripts are executed with bash in a temporary repository laid out as
  actions/checkout leaves it (`origin/<base>` fetched, the pull request's files on disk).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO, run_iki
from tests.gitrepo import edit, git, project_repo

WORKFLOW = REPO / ".github" / "workflows" / "iki.yml"
TEMPLATE = REPO / "docs" / "github-workflow-template.yml"
HOOKS = REPO / ".pre-commit-hooks.yaml"
BIN = Path(sys.executable).parent


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *map(str, args)], capture_output=True, text=True, check=False
    )


def check_workflow(*files: Path) -> subprocess.CompletedProcess[str]:
    return _run("check_jsonschema", "--builtin-schema", "vendor.github-workflows", *files)


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# -- validators -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [WORKFLOW, TEMPLATE], ids=lambda p: p.name)
def test_workflow_matches_githubs_schema(path: Path) -> None:
    done = check_workflow(path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    text = WORKFLOW.read_text(encoding="utf-8")
    broken.write_text(text.replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest"), "utf-8")
    done = check_workflow(broken)
    assert done.returncode == 1, done.stdout + done.stderr


def test_hooks_manifest_is_valid_for_pre_commit() -> None:
    done = _run("pre_commit", "validate-manifest", HOOKS)
    assert done.returncode == 0, done.stdout + done.stderr


def test_pre_commit_rejects_a_broken_manifest(tmp_path: Path) -> None:
    broken = tmp_path / "hooks.yaml"
    broken.write_text(HOOKS.read_text(encoding="utf-8").replace("language:", "lang:"), "utf-8")
    done = _run("pre_commit", "validate-manifest", broken)
    assert done.returncode == 1, done.stdout + done.stderr


# -- what the files say -----------------------------------------------------------------------


def _steps_without_install(workflow: Any) -> list[Any]:
    return [s for s in workflow["jobs"]["iki"]["steps"] if s.get("id") != "install"]


def test_template_is_the_same_workflow_but_for_the_install() -> None:
    ours, template = load(WORKFLOW), load(TEMPLATE)
    assert _steps_without_install(ours) == _steps_without_install(template)
    # PyYAML reads the key `on` as True (YAML 1.1); GitHub reads it as "on".
    assert ours[True] == template[True]
    assert ours[True]["pull_request"]["paths"] == ["data/**", "schemas/**", "iki.yaml"]
    assert "python -m pip install ." in WORKFLOW.read_text(encoding="utf-8")
    assert 'pip install "$IKI_SOURCE"' in TEMPLATE.read_text(encoding="utf-8")
    assert "git+https://" in template["env"]["IKI_SOURCE"]


def test_hook_selects_the_data_files() -> None:
    [hook] = load(HOOKS)
    assert (hook["id"], hook["entry"], hook["language"]) == (
        "iki-validate",
        "iki validate",
        "python",
    )
    assert hook["pass_filenames"] is True
    selects = re.compile(hook["files"])
    for name in ("data/positions/staf.yaml", "data/realisasi/2025/staf.yaml", "iki.yaml"):
        assert selects.search(name), name
    for name in ("README.md", "schemas/position.schema.json", "docs/iki.yaml", "iki.yaml.bak"):
        assert not selects.search(name), name


# -- the hook's command: findings of the passed files, the whole project checked --------------


def test_validate_with_file_names_reports_only_those_files(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    staf = project / "data" / "positions" / "staf.yaml"
    edit(staf, "atasan: kepala", "atasan: kepal")
    monkeypatch.chdir(project)  # pre-commit runs the hook at the top of the repository

    clean = run_iki(["validate", "data/positions/kepala.yaml", "iki.yaml"])
    assert clean.code == 0, clean
    assert "staf.yaml" not in clean.stdout

    broken = run_iki(["validate", "data/positions/staf.yaml"])
    assert broken.code == 1, broken
    assert "R003" in broken.stdout


def test_validate_with_file_names_still_reads_the_other_files(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link into another file is checked against that file even when only this one is named."""
    edit(
        project / "data" / "positions" / "staf.yaml",
        "mendukung: kepala/layanan-tepat-waktu",
        "mendukung: kepala/layanan-cepat",
    )
    monkeypatch.chdir(project)
    run = run_iki(["validate", "data/positions/staf.yaml"])
    assert run.code == 1, run
    assert "maksud Anda 'layanan-tepat-waktu'?" in run.stdout


# -- the workflow, run ------------------------------------------------------------------------


def _script(step: dict[str, Any], context: dict[str, str]) -> tuple[str, dict[str, str]]:
    """A step's script and environment, with the `${{ … }}` expressions GitHub would fill."""

    def fill(value: str) -> str:
        filled = re.sub(r"\$\{\{\s*([\w.]+)\s*\}\}", lambda m: context[m.group(1)], value)
        assert "${{" not in filled, value
        return filled

    env = {key: fill(str(value)) for key, value in step.get("env", {}).items()}
    assert "${{" not in step["run"], "expressions belong in env:, not in the script"
    return step["run"], env


def _run_step(step: dict[str, Any], repo: Path, summary: Path) -> subprocess.CompletedProcess[str]:
    script, env = _script(step, {"github.base_ref": "main"})
    return subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        env={
            **os.environ,
            **env,
            "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
            "GITHUB_ACTIONS": "true",
            "GITHUB_STEP_SUMMARY": str(summary),
        },
    )


def test_workflow_steps_run_on_a_pull_request(tmp_path: Path) -> None:
    assert (BIN / "iki").is_file(), "iki must be installed in the test environment"
    repo = project_repo(tmp_path / "office")
    git(repo, "update-ref", "refs/remotes/origin/main", "base")  # as fetch-depth: 0 leaves it
    edit(repo / "data" / "positions" / "kepala.yaml", "2025: 90", "2025: 99")
    edit(repo / "data" / "positions" / "staf.yaml", "atasan: kepala", "atasan: kepal")
    summary = tmp_path / "summary.md"
    summary.write_text("", encoding="utf-8")
    steps = {s.get("name"): s for s in load(WORKFLOW)["jobs"]["iki"]["steps"]}

    validate = _run_step(steps["Validate"], repo, summary)
    assert validate.returncode == 1, validate.stdout + validate.stderr
    assert "::error file=data/positions/staf.yaml,line=4,col=1,title=R003::" in validate.stdout

    diff = _run_step(steps["Diff against the base branch"], repo, summary)
    assert diff.returncode == 0, diff.stdout + diff.stderr
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## Perubahan IKI\n\norigin/main (`")
    assert "| `kepala/layanan-tepat-waktu` | 2025 | 90 | 99 | +10.0 % |" in text
    assert "| data/positions/staf.yaml | 4 | `R003` | galat |" in text


# -- the README's example ---------------------------------------------------------------------


def test_readme_shows_the_real_output_of_the_diff_demo() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    marker = "<!-- diff-demo: the output of `bash docs/diff-demo.sh` -->\n```markdown\n"
    assert marker in readme
    shown = readme.split(marker, 1)[1].split("```\n", 1)[0]
    done = subprocess.run(
        ["bash", str(REPO / "docs" / "diff-demo.sh")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == shown
    assert "| `kepala/layanan-tepat-waktu` | 2025 | 90 | 95 | +5.6 % |" in shown
