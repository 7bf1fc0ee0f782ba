"""The output formats of `iki validate` and `iki tree`, and the formatter behind each."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from iki.compute.pohon import Pohon
from iki.diagnostics import Result
from iki.render import github, json_report, pohon_json, pohon_mermaid, pohon_text, text


class ValidateFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


FORMATTERS: dict[ValidateFormat, Callable[[Result], str]] = {
    ValidateFormat.TEXT: text.render,
    ValidateFormat.JSON: json_report.render,
    ValidateFormat.GITHUB: github.render,
}


class TreeFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MERMAID = "mermaid"


TREE_FORMATTERS: dict[TreeFormat, Callable[[Pohon], str]] = {
    TreeFormat.TEXT: pohon_text.render,
    TreeFormat.JSON: pohon_json.render,
    TreeFormat.MERMAID: pohon_mermaid.render,
}
