"""Safe YAML loading that reports problems at their line and column.

The files are written by hand and reviewed in pull requests, so the loader accepts a deliberately
small YAML: one document of mappings, sequences and plain values. Duplicate keys, anchors and
aliases, explicit tags, keys that are not strings (other than four-digit years), non-finite
numbers, oversized files, bad encodings and deep nesting are reported as problems, never raised.

The loader reads libyaml's *event* stream and builds the data itself with an explicit stack.
libyaml's composer is recursive C code that overflows the stack on deeply nested input (a file of
100,000 `[` crashes the interpreter); its parser is an iterative state machine, so working from
events bounds the depth safely and catches every problem above in the same single pass.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

from iki.diagnostics import JsonPath

try:  # libyaml is several times faster; the pure-Python parser gives the same events.
    from yaml import CSafeLoader as _EventLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _EventLoader  # type: ignore[assignment]

MAX_BYTES = 2 * 1024 * 1024
"""A position file is a few kilobytes; anything this large is a mistake or an attack."""

MAX_DEPTH = 32
"""Our documents nest five levels deep; the bound only has to stop pathological input."""

YEAR_MIN, YEAR_MAX = 1000, 9999

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"

MAX_EXACT = 2**53
"""Beyond this an integer cannot become a float exactly (nor, much further, at all)."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
"""A key with a line break or a control character looks like another key (`"2025\\n"`)."""

_YAML11_ONLY = re.compile(r"[-+]?(?:0[0-9_]+|0b[01_]+|.*:.*|.*_.*)\Z")
"""Octal with a leading zero, binary, base 60 (1:30), digits with underscores."""

_resolver = Resolver()
_MISSING = object()
_PLAIN_CACHE_SIZE = 20_000
_plain_cache: dict[str, Any] = {}
"""Plain scalar text → its value; only immutable values (str, int, bool, None) are kept."""
_constructor = SafeConstructor()


@dataclass(frozen=True)
class YamlProblem:
    """A problem found while reading a file; line and column are 1-based (0: whole file)."""

    code: str
    message: str
    hint: str
    line: int
    column: int


@dataclass(frozen=True)
class Location:
    """Where a key and its value start in the text (1-based)."""

    key_line: int
    key_column: int
    value_line: int
    value_column: int


@dataclass(frozen=True)
class Loaded:
    """The outcome of reading one file."""

    text: str
    data: Any
    """JSON-compatible data (dict, list, str, int, float, bool, None); None when not loadable."""
    problems: tuple[YamlProblem, ...] = ()
    locations: dict[JsonPath, Location] = field(default_factory=dict)
    """Filled only when asked for: positions are worked out for files that have findings."""

    @property
    def ok(self) -> bool:
        return not self.problems


def decode(raw: bytes) -> tuple[str | None, YamlProblem | None]:
    """Decode UTF-8 (a byte-order mark is allowed); report the first bad byte's place."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        start_of_line = before.rfind(b"\n") + 1
        # The column counts characters, as an editor does, not bytes.
        column = len(raw[start_of_line : exc.start].decode("utf-8", errors="replace")) + 1
        return None, YamlProblem(
            "Y007",
            f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
            "save the file as UTF-8 (in VS Code: 'Save with Encoding' → UTF-8)",
            line,
            column,
        )


def load_bytes(raw: bytes, *, locate: bool = False, size: int | None = None) -> Loaded:
    """Read a file's bytes: size and encoding checks, then `load_text`. `size` is the file's
    real size when only its first `MAX_BYTES + 1` bytes were read."""
    if len(raw) > MAX_BYTES:
        size = max(size or 0, len(raw))
        return Loaded(
            "",
            None,
            (
                YamlProblem(
                    "Y006",
                    f"the file is {size:,} bytes; iki reads files up to {MAX_BYTES:,} bytes",
                    "split the data into several files; one position per file",
                    0,
                    0,
                ),
            ),
        )
    text, problem = decode(raw)
    if text is None:
        assert problem is not None
        return Loaded("", None, (problem,))
    return load_text(text, locate=locate)


def load_text(text: str, *, locate: bool = False) -> Loaded:
    """Parse one YAML document from `text`; with `locate`, also record where each value is."""
    builder = _Builder(locate)
    try:
        for event in yaml.parse(text, Loader=_EventLoader):
            if not builder.feed(event):
                break
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(p for p in (exc.context, exc.problem) if p)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if "nesting depth" in message:  # libyaml's own bound, met before ours on flow input
            builder.problem("Y008", _TOO_DEEP, _FLATTEN, line, column)
        else:
            builder.problem("Y001", f"YAML syntax error: {message}", _SYNTAX_HINT, line, column)
    except yaml.reader.ReaderError as exc:  # characters YAML does not allow
        offset = exc.position
        if _EventLoader is not yaml.SafeLoader:
            # libyaml counts UTF-8 bytes; the text is counted in characters.
            offset = len(text.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))
        line, column = _position_of(text, offset)
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        builder.problem(
            "Y001",
            f"character U+{code:04X} is not allowed in YAML",
            "delete the invisible control character (it often comes from copying out of Word)",
            line,
            column,
        )
    problems = tuple(builder.problems)
    if not problems and builder.documents == 0:
        problems = (
            YamlProblem(
                "Y009",
                "the file is empty",
                "write the position's fields, or delete the file",
                0,
                0,
            ),
        )
    data = None if problems else builder.root
    return Loaded(text, data, problems, builder.locations)


_SYNTAX_HINT = (
    "check the indentation (spaces, not tabs) and that a value containing ': ' or ' #' is quoted"
)


def _start(event: yaml.Event) -> tuple[int, int]:
    """An event's 1-based line and column (parsers always set the mark; the stubs allow None)."""
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _shorten(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _position_of(text: str, offset: int) -> tuple[int, int]:
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class _Frame:
    __slots__ = ("container", "key", "key_column", "key_line", "path", "skip")

    def __init__(self, container: dict[str, Any] | list[Any] | None, path: JsonPath) -> None:
        self.container = container
        self.path = path
        self.key: str | None = None  # a mapping's key waiting for its value
        self.key_line = 0
        self.key_column = 0
        self.skip = container is None  # a rejected key's subtree, read and thrown away


_INVALID_KEY = "\x00invalid"


class _Builder:
    """Builds data from parser events, one problem list for everything it finds."""

    def __init__(self, locate: bool) -> None:
        self.locate = locate
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.documents = 0
        self.problems: list[YamlProblem] = []
        self.locations: dict[JsonPath, Location] = {}

    def problem(self, code: str, message: str, hint: str, line: int, column: int) -> None:
        self.problems.append(YamlProblem(code, message, hint, line, column))

    def feed(self, event: yaml.Event) -> bool:
        """Take one event; False stops reading (the file cannot be loaded further)."""
        if type(event) is yaml.ScalarEvent and event.anchor is None and event.tag is None:
            self._value(self._scalar(event), event)  # the common case, first
            return True
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self._at(event, "Y010", "the file holds more than one YAML document", _ONE_DOC)
                return False
            return True
        if isinstance(event, yaml.AliasEvent):
            self._at(event, "Y003", f"alias '*{event.anchor}' refers to another value", _NO_ANCHORS)
            self._value(None, event)
            return True
        if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            if event.anchor is not None:
                self._at(event, "Y003", f"anchor '&{event.anchor}' is not allowed", _NO_ANCHORS)
            if event.tag is not None and not (
                isinstance(event, yaml.CollectionStartEvent) and event.implicit
            ):
                shown = event.tag.replace("tag:yaml.org,2002:", "!!")
                self._at(event, "Y004", f"tag '{shown}' is not allowed", _NO_TAGS)
                if isinstance(event, yaml.ScalarEvent):
                    self._value(None, event)
                    return True
        if isinstance(event, yaml.ScalarEvent):
            self._value(self._scalar(event), event)
        elif isinstance(event, yaml.CollectionStartEvent):
            if len(self.stack) >= MAX_DEPTH:
                self._at(event, "Y008", _TOO_DEEP, _FLATTEN)
                return False
            self._open(event)
        elif isinstance(event, yaml.CollectionEndEvent):
            frame = self.stack.pop()
            self._value(frame.container, event, closing=True)
        return True

    # -- building -----------------------------------------------------------------------

    def _open(self, event: yaml.CollectionStartEvent) -> None:
        parent = self.stack[-1] if self.stack else None
        if parent is not None and parent.skip:
            self.stack.append(_Frame(None, parent.path))
            return
        if parent is not None and isinstance(parent.container, dict) and parent.key is None:
            # A mapping or list used as a key: YAML allows it, JSON and our schema do not.
            self._at(event, "Y005", "a key must be a plain text, not a list or mapping", _KEY_HINT)
            self.stack.append(_Frame(None, parent.path))
            return
        path = self._child_path(parent)
        if self.locate:
            self._record(path, event)
        container: dict[str, Any] | list[Any] = (
            {} if isinstance(event, yaml.MappingStartEvent) else []
        )
        self.stack.append(_Frame(container, path))

    def _child_path(self, parent: _Frame | None) -> JsonPath:
        if parent is None:
            return ()
        if isinstance(parent.container, list):
            return (*parent.path, len(parent.container))
        return (*parent.path, parent.key if parent.key is not None else "")

    def _record(self, path: JsonPath, event: yaml.Event) -> None:
        parent = self.stack[-1] if self.stack else None
        line, column = _start(event)
        if parent is not None and isinstance(parent.container, dict):
            self.locations[path] = Location(parent.key_line, parent.key_column, line, column)
        else:
            self.locations[path] = Location(line, column, line, column)

    def _value(self, value: Any, event: yaml.Event, *, closing: bool = False) -> None:
        """Place a finished value (scalar, or a collection at its end) into its parent."""
        if not self.stack:
            self.root = value
            return
        parent = self.stack[-1]
        if parent.skip:
            return
        container = parent.container
        if isinstance(container, list):
            if self.locate and not closing:
                self._record((*parent.path, len(container)), event)
            container.append(value)
            return
        assert isinstance(container, dict)
        if parent.key is None:
            if closing:  # the end of a rejected complex key
                parent.key = _INVALID_KEY
                return
            parent.key = self._key(value, event, container)
            parent.key_line, parent.key_column = _start(event)
            return
        key, parent.key = parent.key, None
        if key == _INVALID_KEY:
            return
        if self.locate and not closing:
            self.locations[(*parent.path, key)] = Location(
                parent.key_line, parent.key_column, *_start(event)
            )
        container[key] = value

    def _key(self, value: Any, event: yaml.Event, mapping: dict[str, Any]) -> str:
        if isinstance(value, int) and not isinstance(value, bool) and YEAR_MIN <= value <= YEAR_MAX:
            key = str(value)  # a year, as in `2025:`; JSON and the schema see "2025"
        elif isinstance(value, str) and not _CONTROL.search(value):
            key = value
        elif isinstance(value, str):
            self._at(
                event,
                "Y005",
                f"the key {value!r} holds a line break or a control character",
                "write the key on one line, without invisible characters",
            )
            return _INVALID_KEY
        else:
            shown = "null" if value is None else repr(value).lower()
            self._at(event, "Y005", f"the key {shown} is not text", _KEY_HINT)
            return _INVALID_KEY
        if key in mapping:
            self._at(
                event,
                "Y002",
                f"duplicate key '{key}'",
                "remove one of the two entries; YAML would silently keep only the last",
            )
            return _INVALID_KEY
        return key

    def _scalar(self, event: yaml.ScalarEvent) -> Any:
        if not event.implicit[0]:  # quoted or block text: always a string
            return event.value
        cached = _plain_cache.get(event.value, _MISSING)
        if cached is not _MISSING:
            return cached
        problems = len(self.problems)
        value = self._resolve_plain(event)
        if (
            len(_plain_cache) < _PLAIN_CACHE_SIZE
            and len(self.problems) == problems
            and not isinstance(value, float)
        ):
            # Keys and short values repeat across files; resolving them is most of the cost.
            _plain_cache[event.value] = value
        return value

    def _resolve_plain(self, event: yaml.ScalarEvent) -> Any:
        tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _STR:
            return event.value
        if tag in (_TIMESTAMP, _MERGE):
            # Dates and `<<` stay text: the data is JSON, and merges need aliases anyway.
            return event.value
        if tag == _NULL:
            return None
        try:
            # The tag's own constructor, not construct_object: that one remembers every node.
            construct = SafeConstructor.yaml_constructors[tag]
            value = construct(_constructor, yaml.ScalarNode(tag, event.value))
        except (ConstructorError, ValueError, KeyError):
            return event.value
        if isinstance(value, float) and not math.isfinite(value):
            self._at(
                event,
                "Y011",
                f"'{event.value}' is not a finite number",
                "write a number, or null when the value is not known",
            )
            return None
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_EXACT:
            self._at(
                event,
                "Y011",
                f"'{_shorten(event.value)}' is too large to compute with exactly",
                f"numbers up to {MAX_EXACT:,} are allowed; write large amounts in a larger "
                "unit (juta, miliar) and say so in satuan",
            )
            return None
        if tag in (_INT, _FLOAT) and _YAML11_ONLY.match(event.value):
            # YAML 1.1 (PyYAML) and YAML 1.2 (VS Code, most other tools) disagree on these:
            # 017 is 15 here and 17 there, 1:30 is 90 here and text there.
            self._at(
                event,
                "Y014",
                f"'{event.value}' is read as {value} by YAML 1.1 but differently by other tools",
                "write the number plainly (17, 1000, 12.5), or quote it if it is text ('1:30')",
            )
            return None
        return value

    def _at(self, event: yaml.Event, code: str, message: str, hint: str) -> None:
        self.problem(code, message, hint, *_start(event))


_TOO_DEEP = f"the data nests more than {MAX_DEPTH} levels deep"
_FLATTEN = "flatten the structure; an IKI file needs five levels at most"
_ONE_DOC = "keep one document per file: remove the '---' line and what follows, or split the file"
_NO_ANCHORS = (
    "write the value out in full: anchors and aliases hide what a value is from the reviewer"
)
_NO_TAGS = "remove the '!' tag; iki files hold plain text, numbers, lists and mappings only"
_KEY_HINT = "quote the key ('yes': ...) or use a plain word; years such as 2025 are allowed"
