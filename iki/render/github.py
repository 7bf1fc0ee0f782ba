"""Diagnostics as GitHub Actions workflow commands, which GitHub shows inline on the pull request.

The escaping follows the runner's rules: `%`, CR and LF in the message; additionally `:` and `,`
in the properties.
"""

from __future__ import annotations

from iki.diagnostics import Diagnostic, Result, Severity
from iki.render.text import summary


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def command(d: Diagnostic) -> str:
    level = "error" if d.severity is Severity.ERROR else "warning"
    props = [f"file={_property(d.file)}"]
    if d.line:
        props += [f"line={d.line}", f"col={d.column}"]
    props.append(f"title={_property(d.code)}")
    where = f"{d.place}: " if d.place else ""
    message = where + d.message + (f" — {d.hint}" if d.hint else "")
    return f"::{level} {','.join(props)}::{_data(message)}"


def render(result: Result) -> str:
    lines = [command(d) for d in result.sorted()]
    lines.append(summary(result))
    return "\n".join(lines) + "\n"
