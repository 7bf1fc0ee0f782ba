"""The reviewed reports of the fictitious office in `tests/fixtures/report/`.

`tests/golden/report/` holds what `iki report --all` writes for that office, in HTML and in
Markdown; `tests/test_reports.py` compares every byte. After an intended change of the reports,
rewrite them with `make golden` (which runs this module), open the HTML in a browser, read the
diff, and commit both together.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from iki.edit.outputs import MANIFEST
from tests.conftest import run_iki

FIXTURE = Path(__file__).parent / "fixtures" / "report"
GOLDEN = Path(__file__).parent / "golden" / "report"
DATE = "2025-12-31"
"""The print date of the golden pages (the reports print the date they are made)."""


def render() -> dict[str, bytes]:
    """Every page of `iki report --all`, both formats, by path inside the output folder."""
    with tempfile.TemporaryDirectory() as temporary:
        out = Path(temporary) / "out"
        for output_format in ("html", "md"):
            args = ["--all", "--project", str(FIXTURE), "--format", output_format]
            args += ["--tanggal", DATE]
            run = run_iki(["report", *args, "-o", str(out)])
            if run.code != 0:
                raise RuntimeError(repr(run))
        return {
            path.relative_to(out).as_posix(): path.read_bytes()
            for path in sorted(out.rglob("*"))
            if path.is_file() and path.name != MANIFEST  # iki's own bookkeeping, not a page
        }


def main() -> None:
    pages = render()
    shutil.rmtree(GOLDEN, ignore_errors=True)
    for name, content in pages.items():
        target = GOLDEN / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    print(f"wrote {len(pages)} files to {GOLDEN}")


if __name__ == "__main__":
    main()
