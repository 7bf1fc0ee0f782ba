"""The output formats of `iki diff`, and the formatter behind each."""

from __future__ import annotations

from collections.abc import Callable

from iki.compute.diff import Diff
from iki.render import diff_json, diff_markdown, diff_text
from iki.render.choices import DiffFormat

DIFF_FORMATTERS: dict[DiffFormat, Callable[[Diff], str]] = {
    DiffFormat.TEXT: diff_text.render,
    DiffFormat.MARKDOWN: diff_markdown.render,
    DiffFormat.JSON: diff_json.render,
}
