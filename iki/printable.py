"""Text safe to show: control characters named, never obeyed.

A value in a data file can hold an escape sequence (`"\\e[2J"` clears a reviewer's screen), a
carriage return that hides what came before it on the line, or a bidi control that shows text
in another order than it is read (U+202E). Every line `iki` prints passes through `printable`,
which writes such characters as `\\x1b` or `\\u202e`: visible, and still valid inside JSON.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""C0 but tab and line feed, DEL, C1, and the bidi controls."""


def _named(match: re.Match[str]) -> str:
    code = ord(match.group())
    # \u0085, not \x85: the same text must stay valid inside a JSON string, where \x is not
    # an escape (C0 characters never reach here raw from JSON, which escapes them itself).
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character written out as an escape."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_named, text)


def has_controls(text: str) -> bool:
    return _UNSAFE.search(text) is not None
