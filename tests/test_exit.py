"""`iki` ends its process without freeing the office object by object (`cli.run.leave`), and
loses nothing by it: the exit code, the output to the last byte, the exit functions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=60
    )


def test_the_code_the_output_and_the_exit_functions_survive(tmp_path: Path) -> None:
    done = _python(
        "import atexit, sys, tempfile\n"
        "from pathlib import Path\n"
        "from iki.cli.run import leave\n"
        "folder = tempfile.TemporaryDirectory(dir='.')\n"  # removed by an exit function
        "Path(folder.name, 'x').write_text('x')\n"
        "atexit.register(lambda: Path('ran').write_text('yes'))\n"
        "sys.stdout.write('a' * 100_000)\n"  # still buffered when leave() is called
        "sys.stderr.write('to stderr')\n"
        "leave(3)\n",
        tmp_path,
    )
    assert done.returncode == 3
    assert done.stdout == "a" * 100_000
    assert done.stderr == "to stderr"
    assert (tmp_path / "ran").read_text() == "yes"
    assert [p.name for p in tmp_path.iterdir()] == ["ran"]


def test_a_running_thread_or_a_message_ends_the_usual_way(tmp_path: Path) -> None:
    waited = _python(
        "import threading, time\n"
        "from pathlib import Path\n"
        "from iki.cli.run import leave\n"
        "def late():\n"
        "    time.sleep(0.3)\n"
        "    Path('late').write_text('done')\n"
        "threading.Thread(target=late).start()\n"
        "leave(0)\n",
        tmp_path,
    )
    assert waited.returncode == 0
    assert (tmp_path / "late").read_text() == "done"  # Python waited for the thread

    message = _python("from iki.cli.run import leave\nleave('iki: berhenti')\n", tmp_path)
    assert message.returncode == 1
    assert message.stderr.strip() == "iki: berhenti"


def test_iki_exit_codes_through_the_script() -> None:
    iki = Path(sys.executable).parent / "iki"
    assert subprocess.run([iki, "validate"], cwd=REPO, capture_output=True).returncode == 0
    assert subprocess.run([iki, "validate", "--x"], cwd=REPO, capture_output=True).returncode == 2
    shown = subprocess.run(
        [iki, "validate", "--format", "json"], cwd=REPO, capture_output=True, text=True
    )
    assert shown.stdout.rstrip().endswith("}")  # all of it, to the last byte
