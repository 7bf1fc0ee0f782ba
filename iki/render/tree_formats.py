"""The output formats of `iki tree`, and the formatter behind each."""

from __future__ import annotations

from collections.abc import Callable

from iki.compute.pohon import Pohon
from iki.render import pohon_json, pohon_mermaid, pohon_text
from iki.render.choices import TreeFormat

TREE_FORMATTERS: dict[TreeFormat, Callable[[Pohon], str]] = {
    TreeFormat.TEXT: pohon_text.render,
    TreeFormat.JSON: pohon_json.render,
    TreeFormat.MERMAID: pohon_mermaid.render,
}
