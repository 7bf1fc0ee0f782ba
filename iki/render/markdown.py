"""Markdown that reads as written: every value a Markdown report prints goes through here.

`markdown_text` is the Markdown templates' `finalize`: it runs on every `{{ … }}`, as autoescaping
does for HTML, so a template cannot forget it. `&`, `<` and `>` become entities (no HTML gets
through, whatever the renderer allows); the characters that start inline markup, the table's `|`,
and `{`, `}`, `$`, `#` are backslash-escaped, which CommonMark turns back into the character;
line breaks become `<br>`, so a multi-line text stays in its table cell; a leading list marker is
escaped. Values built here as `MarkdownText` (a link made from an id, a code span, the Mermaid
diagram) are printed as they are, and escaping one twice changes nothing.
"""

from __future__ import annotations

import re
from typing import Any

from iki.printable import printable


class MarkdownText(str):
    """Text that is already Markdown: printed as it is by the Markdown templates."""

    __slots__ = ()


_MARKUP = re.compile(r"([\\`*_\[\]~|{}$#!])")
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Control characters other than tab and line breaks: written into a YAML string as `"\\e[31m"`
(or by `iki record`), they would reach the terminal that shows the report."""
_CODE_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")
_LIST_MARK = re.compile(r"^([-+=])(?=\s|$|[-=])")
"""A bullet, or the start of a rule or a heading's underline: `- x`, `---`, `==`; not `-5`."""
_ORDERED_MARK = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
"""The number of an ordered list: `1. x`; not `105.0 %`."""


def markdown_text(value: Any) -> MarkdownText:
    """Any value as Markdown text that reads as written, in a paragraph or a table cell.

    `&`, `<`, `>` become entities (no HTML gets through); the characters that start inline
    markup, `|` (which ends a cell) and `{`, `}`, `$` and `#` are backslash-escaped; line breaks
    become `<br>`; a leading `- `, `+ `, `==` or `1. ` is escaped so that it starts no list;
    any other control character is shown as `\\x1b`.
    """
    if isinstance(value, MarkdownText):
        return value
    if value is None:
        raise TypeError("None in a Markdown report: the context must name the missing value")
    # Line breaks first (a lone CR, U+2028 and U+2029 are ones too: they become <br> like
    # the others), then control characters as escapes.
    text = (
        printable(_LINE_BREAK.sub("\n", str(value)))
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )
    text = _MARKUP.sub(r"\\\1", text)
    # Shown as `\x1b` (the backslash escaped for Markdown), never sent as they are.
    text = _CONTROL.sub(lambda m: f"\\\\x{ord(m.group()):02x}", text)
    text = "<br>".join(line.strip() for line in _LINE_BREAK.split(text.strip()))
    text = _LIST_MARK.sub(r"\\\1", text)
    text = _ORDERED_MARK.sub(r"\1\\\2", text)
    return MarkdownText(text)


def markdown_code(value: str) -> MarkdownText:
    """An id or a reference as inline code when it is one; anything else as text."""
    if _CODE_SAFE.match(value):
        return MarkdownText(f"`{value}`")
    return markdown_text(value)


def markdown_link(text: Any, href: str | None) -> MarkdownText:
    """`[text](href)`; `iki.render.reports` makes hrefs from validated ids, never from text."""
    if href is None:
        return markdown_text(text)
    return MarkdownText(f"[{markdown_text(text)}]({href})")


def markdown_mermaid(diagram: str) -> MarkdownText:
    """The body of a ```mermaid block, from `iki.render.pohon_mermaid`, which writes every
    character of the data that could matter (backticks included) as an entity code; checked
    once more, so that nothing can close the block."""
    if "```" in diagram:
        raise ValueError("a Mermaid diagram must not contain ```")
    return MarkdownText(printable(diagram))
