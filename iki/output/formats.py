"""The output formats of `iki validate`, and the formatter behind each."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from iki.diagnostics import Result
from iki.output import github, json_report, text


class ValidateFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


FORMATTERS: dict[ValidateFormat, Callable[[Result], str]] = {
    ValidateFormat.TEXT: text.render,
    ValidateFormat.JSON: json_report.render,
    ValidateFormat.GITHUB: github.render,
}
