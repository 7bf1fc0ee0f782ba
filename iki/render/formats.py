"""The output formats of `iki validate`, and the formatter behind each."""

from __future__ import annotations

from collections.abc import Callable

from iki.diagnostics import Result
from iki.render import github, json_report, text
from iki.render.choices import ValidateFormat

FORMATTERS: dict[ValidateFormat, Callable[[Result], str]] = {
    ValidateFormat.TEXT: text.render,
    ValidateFormat.JSON: json_report.render,
    ValidateFormat.GITHUB: github.render,
}
