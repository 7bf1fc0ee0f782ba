"""Text safe to show: control characters named, never obeyed.

A value in a data file can hold an escape sequence (`"\\e[2J"` clears a reviewer's screen), a
carriage return that hides what came before it on the line, or a bidi control that shows text
in another order than it is read (U+202E). Every line `iki` prints passes through `printable`,
which writes such characters as `\\x1b` or `\\u202e`: visible, and still valid inside JSON.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
"""C0 but tab and line feed, DEL, C1 (with U+0085, the next-line control), the line and
paragraph separators U+2028 and U+2029 (terminals and editors break the line there, so a value
could forge a line of output of its own), and the bidi controls."""


def _named(match: re.Match[str]) -> str:
    return _escape(ord(match.group()))


def _escape(code: int) -> str:
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


def visible(text: str) -> str:
    """`text` with every character a reader cannot see written as its escape: for a key
    quoted in a message, where 'tu\\u00a0gas' must not read as 'tu gas', nor 'tu\\uf0b7gas' as
    'tugas' beside "maksud Anda 'tugas'?"."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(ord(c)) for c in text)
