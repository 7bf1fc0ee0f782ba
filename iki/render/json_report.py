"""Diagnostics as JSON for scripts. The shape is stable and documented in the README:

{"version": 1,
 "summary": {"files": N, "errors": N, "warnings": N},
 "diagnostics": [{"file", "line", "column", "path", "place", "code", "severity", "message",
                  "hint", "args"}]}

`path` is the machine's place (`$.kinerja[0].target.2025`), `place` the form's ("baris 1 tabel
kinerja (indikator 'x'), target 2025"); `args` holds the values the message was made from, so
that a script reads `code` and `args` and never parses the prose.
"""

from __future__ import annotations

import json
from typing import Any

from iki.diagnostics import Diagnostic, Result

FORMAT_VERSION = 1


def to_data(result: Result) -> dict[str, Any]:
    return {
        "version": FORMAT_VERSION,
        "summary": {
            "files": result.files_checked,
            "errors": result.errors,
            "warnings": result.warnings,
        },
        "diagnostics": [diagnostic_data(d) for d in result.sorted()],
    }


def diagnostic_data(d: Diagnostic) -> dict[str, Any]:
    return {
        "file": d.file,
        "line": d.line,
        "column": d.column,
        "path": d.json_path,
        "place": d.place,
        "code": d.code,
        "severity": d.severity.value,
        "message": d.message,
        "hint": d.hint,
        "args": dict(d.args),
    }


def dumps(data: Any) -> str:
    """The one JSON style of iki: sorted keys, two-space indent, UTF-8 text, final newline."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render(result: Result) -> str:
    return dumps(to_data(result))
