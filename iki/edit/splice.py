"""Change one value in a YAML text by rewriting only the characters of that value.

`iki record` edits files that people also edit by hand and review in pull requests. Loading the
whole document and dumping it again re-indents it, drops `---`, rewrites `null` as nothing and
re-quotes strings: the one recorded value hides in a whole-file diff. Here the text is parsed
only to learn where each node starts and ends, and the edit is a splice: the characters of the
value that changes are replaced, or the lines of a new key are inserted beside their siblings
with the indentation already there. Everything else (comments, quoting, blank lines, `---`,
indentation) stays byte for byte.

The text must already have been accepted by `yamlio` (no anchors, tags or deep nesting); the
pure-Python composer is used because its marks count characters, as Python strings do.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from iki.errors import IkiError
from iki.messages import text as message

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}
"""Words YAML 1.1 reads as booleans or null: never written as a plain key."""


class SpliceError(IkiError):
    """The file's shape does not allow the edit (a value that is not a mapping where one is
    needed); the person has to correct it by hand."""


def compose(text: str) -> Node | None:
    # The pure-Python scanner refuses a tab after a value (`TW1: 5<TAB># x`) that libyaml, and
    # so `iki validate`, accepts. Only positions are read from the nodes, and a space has the
    # same length as a tab: where a tab is whitespace, a space is too.
    try:
        return yaml.compose(text.replace("\t", " "), Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:  # pragma: no cover - yamlio has accepted the text already
        raise SpliceError(message("splice.unparsable", reason=str(exc))) from exc


def scalar(value: Any) -> str:
    """A value as YAML flow text that reads back as the same value: numbers as numbers, text
    always double-quoted (so `10:30`, `no` or `#1` stay text)."""
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("non-finite number")
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value))
        text = repr(value)
        if "e" in text and "." not in text.split("e")[0]:
            # YAML 1.1 reads 1e+16 as text; 1.0e+16 is a number in both versions.
            mantissa, exponent = text.split("e")
            text = f"{mantissa}.0e{exponent}"
        return text
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{key(k)}: {scalar(v)}" for k, v in value.items()) + "}"
    if isinstance(value, Sequence):
        return "[" + ", ".join(scalar(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__}")


def quote(text: str) -> str:
    """A double-quoted YAML string; every character outside printable text is escaped."""
    out = ['"']
    for char in text:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif code < 0x20 or 0x7F <= code <= 0x9F or code in (0x2028, 0x2029, 0xFEFF):
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF:
            raise ValueError("lone surrogate")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def key(name: str) -> str:
    if _PLAIN_KEY.match(name) and name.lower() not in _RESERVED:
        return name
    return quote(name)


def set_value(
    text: str, path: Sequence[str], value: Any, orders: Sequence[Sequence[str]] = ()
) -> str:
    """`text` with the value at `path` (mapping keys from the document root) set to `value`.

    Missing mappings along the path are created. `orders[i]` ranks the keys at depth i: a new key
    goes after the last sibling ranked before it (else before the first), otherwise at the end.
    `value` is written in flow style (a scalar, `{...}` or `[...]`); the levels above it take
    the style of the mapping they go into.
    """
    root = compose(text)
    if not isinstance(root, MappingNode):
        raise SpliceError(message("record.not_mapping"))
    node: MappingNode = root
    owner: tuple[Node, Node] | None = None  # the (key, value) pair whose value is `node`
    for depth, name in enumerate(path):
        found = _child(node, name)
        order = orders[depth] if depth < len(orders) else ()
        if found is None:
            return _insert(text, root, node, owner, list(path[depth:]), value, order)
        key_node, value_node = found
        if depth == len(path) - 1:
            return _replace(text, node, key_node, value_node, value)
        if isinstance(value_node, MappingNode):
            owner, node = found, value_node
            continue
        if _is_null(value_node):
            return _fill_null(
                text, root, node, key_node, value_node, list(path[depth + 1 :]), value
            )
        raise SpliceError(message("splice.not_mapping", path=".".join(path[: depth + 1])))
    raise SpliceError("empty path")  # pragma: no cover - callers always give a path


def _child(node: MappingNode, name: str) -> tuple[Node, Node] | None:
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value == name:
            return key_node, value_node
    return None


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _is_empty_scalar(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.value == "" and node.style is None


def _last_end(node: Node) -> int:
    """Where a node's own text ends. A block collection's end mark lies at the next token,
    past trailing comments and blank lines; its last scalar ends where its text does."""
    if isinstance(node, MappingNode) and not node.flow_style and node.value:
        key_node, value_node = node.value[-1]
        return max(_last_end(key_node), _last_end(value_node))
    if isinstance(node, SequenceNode) and not node.flow_style and node.value:
        return _last_end(node.value[-1])
    return int(node.end_mark.index)


def _line_end(text: str, at: int) -> int:
    """The index of the newline ending the line `at` is on (the end of the text if none).
    A block scalar ends just after its last newline: that newline is the line's end."""
    if at > 0 and text[at - 1] == "\n":
        return at - 1
    found = text.find("\n", at)
    return len(text) if found < 0 else found


def _step(root: MappingNode) -> int:
    """The file's indentation step: how far the first nested block mapping is indented."""
    pending: list[MappingNode] = [root]
    while pending:
        node = pending.pop(0)
        for key_node, value_node in node.value:
            if isinstance(value_node, MappingNode) and not value_node.flow_style:
                inner = value_node.value[0][0].start_mark.column
                outer = key_node.start_mark.column
                if inner > outer:
                    return int(inner - outer)
                pending.append(value_node)
    return 2


def _nested(keys: Sequence[str], value: Any) -> Any:
    for name in reversed(keys):
        value = {name: value}
    return value


def _block(keys: Sequence[str], value: Any, indent: int, step: int) -> str:
    """`keys[0]:` then each deeper key on its own line, the value in flow style at the end."""
    lines = []
    for depth, name in enumerate(keys[:-1]):
        lines.append(" " * (indent + depth * step) + f"{key(name)}:")
    lines.append(" " * (indent + (len(keys) - 1) * step) + f"{key(keys[-1])}: {scalar(value)}")
    return "\n".join(lines)


def _rank(order: Sequence[str], name: str) -> int:
    return order.index(name) if name in order else len(order)


def _insert(
    text: str,
    root: MappingNode,
    parent: MappingNode,
    owner: tuple[Node, Node] | None,
    keys: list[str],
    value: Any,
    order: Sequence[str],
) -> str:
    """Add `keys[0]` (with the levels below it) to `parent`."""
    mine = _rank(order, keys[0])
    entries = list(parent.value)
    before = [i for i, (k, _) in enumerate(entries) if _rank(order, str(k.value)) > mine and order]
    at = before[0] if before else len(entries)
    if parent.flow_style:
        if not entries:
            if owner is not None and _in_block(root, parent):
                # `realisasi: {}` grows into a block, one key a line.
                return _fill_null(text, root, None, owner[0], parent, keys, value)
            start = int(parent.start_mark.index) + 1
            return (
                text[:start]
                + f"{key(keys[0])}: {scalar(_nested(keys[1:], value))}"
                + text[start:].lstrip(" ")
            )
        entry = f"{key(keys[0])}: {scalar(_nested(keys[1:], value))}"
        if at < len(entries):
            start = int(entries[at][0].start_mark.index)
            return text[:start] + entry + ", " + text[start:]
        end = _last_end(entries[-1][1])
        return text[:end] + ", " + entry + text[end:]
    indent = int(entries[0][0].start_mark.column)
    block = _block(keys, value, indent, _step(root))
    if at == 0:
        start = text.rfind("\n", 0, int(entries[0][0].start_mark.index)) + 1
        return text[:start] + block + "\n" + text[start:]
    end = _line_end(text, _last_end(entries[at - 1][1]))
    return text[:end] + "\n" + block + text[end:]


def _in_block(root: MappingNode, target: Node) -> bool:
    """Whether `target` is the value of a key in a block mapping."""
    pending: list[Node] = [root]
    while pending:
        node = pending.pop()
        if isinstance(node, MappingNode):
            for _, value_node in node.value:
                if value_node is target:
                    return not node.flow_style
                pending.append(value_node)
        elif isinstance(node, SequenceNode):
            pending.extend(node.value)
    return False


def _fill_null(
    text: str,
    root: MappingNode,
    parent: MappingNode | None,
    key_node: Node,
    value_node: Node,
    keys: list[str],
    value: Any,
) -> str:
    """Give a key whose value is null (or `{}`) the mapping `keys` → `value`."""
    if parent is not None and parent.flow_style:
        start, end = int(value_node.start_mark.index), int(value_node.end_mark.index)
        if _is_empty_scalar(value_node):
            end = start
        return text[:start] + scalar(_nested(keys, value)) + text[end:]
    start, end = int(value_node.start_mark.index), int(value_node.end_mark.index)
    if _is_empty_scalar(value_node):
        start = end = int(key_node.end_mark.index)
        start = end = text.index(":", start) + 1
    line_end = _line_end(text, end)
    rest = text[end:line_end]
    head = text[:start].rstrip(" ") if not rest.strip() else text[:start]
    if not rest.strip():
        rest = ""
    indent = int(key_node.start_mark.column) + _step(root)
    return head + rest + "\n" + _block(keys, value, indent, _step(root)) + text[line_end:]


def _replace(text: str, parent: MappingNode, key_node: Node, value_node: Node, value: Any) -> str:
    """Replace an existing value with `value` in flow style."""
    new = scalar(value)
    if _is_empty_scalar(value_node):
        colon = text.index(":", int(key_node.end_mark.index)) + 1
        return text[:colon] + " " + new + text[colon:]
    if isinstance(value_node, (MappingNode, SequenceNode)) and not value_node.flow_style:
        # A block collection is replaced from the key's colon, so that the flow text never
        # starts at a column the block layout does not allow.
        colon = text.index(":", int(key_node.end_mark.index)) + 1
        end = _last_end(value_node)
        while end > colon and text[end - 1] == "\n":  # a block scalar last: keep its newline
            end -= 1
        return text[:colon] + " " + new + text[end:]
    start, end = int(value_node.start_mark.index), int(value_node.end_mark.index)
    while end > start and text[end - 1] == "\n":  # a block scalar's text ends with its newline
        end -= 1
    return text[:start] + new + text[end:]
