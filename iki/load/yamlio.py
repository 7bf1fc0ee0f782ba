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
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

from iki.diagnostics import JsonPath, Severity
from iki.messages import Args, Said, say, text
from iki.numbers import element_mean_reading, format_plain, is_dotted_thousands

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
    args: Args = ()
    severity: Severity = Severity.ERROR
    """Invisible and control characters are warnings: the file still loads."""

    @classmethod
    def of(
        cls, said: Said, line: int, column: int, severity: Severity = Severity.ERROR
    ) -> YamlProblem:
        code = said.key.partition(".")[0]
        return cls(code, said.message, said.hint, line, column, said.args, severity)


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
        """Whether the data could be read; warnings (invisible characters) do not stop it."""
        return not any(p.severity is Severity.ERROR for p in self.problems)


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
        return None, YamlProblem.of(say("Y007", byte=f"{raw[exc.start]:02x}"), line, column)


def load_bytes(raw: bytes, *, locate: bool = False, size: int | None = None) -> Loaded:
    """Read a file's bytes: size and encoding checks, then `load_text`. `size` is the file's
    real size when only its first `MAX_BYTES + 1` bytes were read."""
    if len(raw) > MAX_BYTES:
        size = max(size or 0, len(raw))
        return Loaded(
            "",
            None,
            (YamlProblem.of(say("Y006", size=size, limit=MAX_BYTES), 0, 0),),
        )
    text, problem = decode(raw)
    if text is None:
        assert problem is not None
        return Loaded("", None, (problem,))
    return load_text(text, locate=locate)


def load_text(text: str, *, locate: bool = False) -> Loaded:
    """Parse one YAML document from `text`; with `locate`, also record where each value is."""
    if not locate and _CParser is not None:
        try:
            data = _read_plain(_CParser(text), text)
        except (_Unusual, yaml.YAMLError):
            pass  # read again below, by the builder that reports what it is
        else:
            return Loaded(text, data, tuple(invisible_characters(text, failed=False)))
    return _load_reporting(text, locate=locate)


def _load_reporting(text: str, *, locate: bool = False) -> Loaded:
    """`load_text` by the builder that reports every problem at its place."""
    builder = _Builder(locate, text)
    try:
        for event in yaml.parse(text, Loader=_EventLoader):
            if not builder.feed(event):
                break
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(p for p in (exc.context, exc.problem) if p)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if "nesting depth" in message:  # libyaml's own bound, met before ours on flow input
            builder.problem(say("Y008", depth=MAX_DEPTH), line, column)
        else:
            builder.problem(say("Y001.syntax", detail=_syntax_detail(message)), line, column)
    except yaml.reader.ReaderError as exc:  # characters YAML does not allow
        offset = exc.position
        if _EventLoader is not yaml.SafeLoader:
            # libyaml counts UTF-8 bytes; the text is counted in characters.
            offset = len(text.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))
        line, column = _position_of(text, offset)
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        builder.problem(say("Y001.character", char=f"U+{code:04X}"), line, column)
    failed = any(p.severity is Severity.ERROR for p in builder.problems)
    taken = {(p.line, p.column) for p in builder.problems}
    problems = (
        *builder.problems,
        *(p for p in invisible_characters(text, failed=failed) if (p.line, p.column) not in taken),
    )
    if not failed and builder.documents == 0:
        problems = (*problems, YamlProblem.of(say("Y009"), 0, 0))
    data = None if any(p.severity is Severity.ERROR for p in problems) else builder.root
    return Loaded(text, data, problems, builder.locations)


def _character_names() -> dict[str, str]:
    names = {"\u00a0": "char.nbsp", "\u202f": "char.nbsp", "\u2007": "char.nbsp"}
    names.update(dict.fromkeys("\u200b\u200c\u200d\u2060", "char.zero_width"))
    names["\ufeff"] = "char.bom"
    # YAML breaks the line at these, so without a name the error lands on the next line.
    names.update(dict.fromkeys("\x85\u2028\u2029", "char.line_separator"))
    names.update(dict.fromkeys("\u200e\u200f\u061c", "char.bidi"))
    names.update(dict.fromkeys(map(chr, range(0x202A, 0x202F)), "char.bidi"))
    names.update(dict.fromkeys(map(chr, range(0x2066, 0x206A)), "char.bidi"))
    return names


_INVISIBLE_NAMES = _character_names()
_INVISIBLE = re.compile(
    "[\t\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ue000-\uf8ff" + "".join(sorted(_INVISIBLE_NAMES)) + "]"
)
"""What a reader cannot see: pasted from Excel (U+00A0), Word (U+F0B7 bullets), a web page
(zero-width), or planted to reorder text on screen (bidi controls)."""


def invisible_characters(text: str, *, failed: bool) -> list[YamlProblem]:
    """Each invisible or control character at its own line and column, named by code point.

    In a file YAML could not read they are errors, as they are usually the reason (a
    non-breaking space after `satuan:` makes the next line look misplaced); in a readable file
    they are warnings. A tab in a readable file is harmless and not reported; a byte-order mark
    at the very start is how some editors save UTF-8.
    """
    found: list[YamlProblem] = []
    if not _INVISIBLE.search(text):
        return found
    severity = Severity.ERROR if failed else Severity.WARNING
    for match in _INVISIBLE.finditer(text):
        char = match.group()
        offset = match.start()
        if char == "\ufeff" and offset == 0:
            continue
        if char == "\t" and (not failed or text[text.rfind("\n", 0, offset) + 1 : offset].strip()):
            continue  # only a tab that indents breaks YAML
        if char == "\r" and text[offset + 1 : offset + 2] == "\n":
            continue  # Windows line ends
        line, column = _position_of(text, offset)
        found.append(YamlProblem.of(_naming(char), line, column, severity))
        if len(found) >= MAX_NAMED:
            break
    return found


_ESCAPED_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"
)
"""Control characters in a value: C0 but tab and line feed, DEL, C1, and bidi controls."""

MAX_NAMED = 20
"""A file pasted whole from a PDF could hold thousands; the first few say what to fix."""


def _naming(char: str) -> Said:
    point = f"U+{ord(char):04X}"
    if char == "\t":
        return say("Y016.tab")
    if char in _INVISIBLE_NAMES:
        key = _INVISIBLE_NAMES[char]
        kind = "Y016.control" if key == "char.bidi" else "Y016.invisible"
        return say(kind, char=point, name=text(key))
    if "\ue000" <= char <= "\uf8ff":
        return say("Y016.invisible", char=point, name=text("char.private_use"))
    return say("Y016.control", char=point, name=text("char.control"))


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

    def __init__(self, locate: bool, text: str = "") -> None:
        self.locate = locate
        self.text = text
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.documents = 0
        self.problems: list[YamlProblem] = []
        self.locations: dict[JsonPath, Location] = {}

    def problem(self, said: Said, line: int, column: int) -> None:
        self.problems.append(YamlProblem.of(said, line, column))

    def feed(self, event: yaml.Event) -> bool:
        """Take one event; False stops reading (the file cannot be loaded further)."""
        if type(event) is yaml.ScalarEvent and event.anchor is None and event.tag is None:
            self._value(self._scalar(event), event)  # the common case, first
            return True
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self._at(event, say("Y010"))
                return False
            return True
        if isinstance(event, yaml.AliasEvent):
            self._at(event, say("Y003.alias", name=str(event.anchor)))
            self._value(None, event)
            return True
        if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            if event.anchor is not None:
                self._at(event, say("Y003.anchor", name=event.anchor))
            if event.tag is not None and not (
                isinstance(event, yaml.CollectionStartEvent) and event.implicit
            ):
                shown = event.tag.replace("tag:yaml.org,2002:", "!!")
                self._at(event, say("Y004", tag=shown))
                if isinstance(event, yaml.ScalarEvent):
                    self._value(None, event)
                    return True
        if isinstance(event, yaml.ScalarEvent):
            self._value(self._scalar(event), event)
        elif isinstance(event, yaml.CollectionStartEvent):
            if len(self.stack) >= MAX_DEPTH:
                self._at(event, say("Y008", depth=MAX_DEPTH))
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
            self._at(event, say("Y005.complex"))
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
            self._at(event, say("Y005.control", key=_escaped(repr(value))))
            return _INVALID_KEY
        else:
            shown = "null" if value is None else repr(value).lower()
            self._at(event, say("Y005.not_text", key=shown))
            return _INVALID_KEY
        if key in mapping:
            self._at(event, say("Y002", key=key))
            return _INVALID_KEY
        return key

    def _scalar(self, event: yaml.ScalarEvent) -> Any:
        if not event.implicit[0]:  # quoted or block text: always a string
            if event.style == '"' and _ESCAPED_CONTROL.search(event.value):
                self._escaped_controls(event)
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

    def _escaped_controls(self, event: yaml.ScalarEvent) -> None:
        """Y016: a control character written as an escape ("\\e[31m") is invisible in the
        file and would reach a terminal; the text scan cannot see it, the value can."""
        for char in dict.fromkeys(_ESCAPED_CONTROL.findall(event.value)):
            if char in self.text:
                continue  # written as itself: the scan of the text names it where it stands
            line, column = _start(event)
            self.problems.append(YamlProblem.of(_naming(char), line, column, Severity.WARNING))

    def _resolve_plain(self, event: yaml.ScalarEvent) -> Any:
        if (
            "." in event.value
            and is_dotted_thousands(event.value)
            and not self._element_mean(event.value)
        ):
            self._at(event, _dotted_thousands(event.value))
            return event.value
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
            self._at(event, say("Y011.not_finite", text=event.value))
            return None
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_EXACT:
            self._at(event, say("Y011.too_large", text=_shorten(event.value), limit=MAX_EXACT))
            return None
        if tag in (_INT, _FLOAT) and _YAML11_ONLY.match(event.value):
            # YAML 1.1 (PyYAML) and YAML 1.2 (VS Code, most other tools) disagree on these:
            # 017 is 15 here and 17 there, 1:30 is 90 here and text there.
            self._at(event, say("Y014", text=event.value, value=str(value)))
            return None
        return value

    def _element_mean(self, text: str) -> bool:
        """Whether `text` is an IKM element mean (`realisasi.<id>.<TWn>.unsur[i]`) that reads
        as a decimal from 1 to 4: `3.210` there is 3.21, since 3210 is no element's value
        (the survey scores 1–4), so it is no thousands group to warn about."""
        parent = self.stack[-1] if self.stack else None
        if parent is None or not isinstance(parent.container, list):
            return False
        path = parent.path
        if len(path) != 4 or path[0] != "realisasi" or path[3] != "unsur":
            return False
        return element_mean_reading(text) is not None

    def _at(self, event: yaml.Event, said: Said) -> None:
        self.problem(said, *_start(event))


# -- the fast path ----------------------------------------------------------------------------

try:
    from yaml._yaml import CParser as _CParser  # what yaml.cyaml re-exports; typed there
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    _CParser = None  # type: ignore[assignment,misc]


class _Unusual(Exception):
    """The fast reader met something only the reporting builder handles."""


class _EveryCharacter:
    def __contains__(self, item: object) -> bool:
        return True


_IMPLICIT_FIRST: Container[str] = (
    _EveryCharacter()  # a resolver for any first character: nothing can be skipped
    if None in Resolver.yaml_implicit_resolvers
    else frozenset(Resolver.yaml_implicit_resolvers)
)
"""The first characters of plain scalars that may be something other than text (numbers,
booleans, null, dates). A plain scalar starting otherwise ("Persentase ...") is text, with no
regular expression tried."""

_IN_LIST = object()
_NO_KEY = object()
_GOOD_KEYS: set[str] = set()
"""Keys already seen to hold no control character; keys repeat in every file."""
_GOOD_KEYS_SIZE = 20_000


def _read_plain(parser: Any, text: str) -> Any:
    """The data of a document that needs nothing reported: one document of mappings, sequences
    and scalars, no anchor, alias or explicit tag, no duplicate, odd or complex key, no scalar
    the reporting builder would question, within the nesting bound. Anything else raises
    `_Unusual`, and the file is read again by `_Builder`, which says what it is.

    Nearly every file of an office is like this, and this loop is the whole cost of reading it
    besides libyaml's own: `_Builder` spends as long again on frames, paths and checks that
    such a file never needs. A test compares the two on every YAML file in the repository and
    on generated documents."""
    get = parser.get_event
    cache = _plain_cache
    good_keys = _GOOD_KEYS
    scalar_event, mapping_start, sequence_start = (
        yaml.ScalarEvent,
        yaml.MappingStartEvent,
        yaml.SequenceStartEvent,
    )
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    stack: list[tuple[Any, Any]] = []
    container: Any = None  # the open mapping or list, None at the top
    key: Any = _NO_KEY  # a mapping's key waiting for its value; _IN_LIST in a list
    root: Any = None
    documents = 0
    builder: _Builder | None = None
    event = get()
    while event is not None:
        kind = type(event)
        if kind is scalar_event:
            if event.anchor is not None or event.tag is not None:
                raise _Unusual
            value = event.value
            if event.implicit[0]:
                value = cache.get(value, _MISSING)
                first = event.value[:1]
                if value is _MISSING and first not in _IMPLICIT_FIRST and not first.isspace():
                    # No implicit type starts this way, nor a number after a space YAML keeps
                    # (U+00A0 250.000 is still questioned): text.
                    value = event.value
                elif value is _MISSING:
                    builder = builder or _Builder(False, text)
                    value = builder._scalar(event)
                    if builder.problems:
                        raise _Unusual
            elif event.style == '"' and _ESCAPED_CONTROL.search(value):
                raise _Unusual
            if key is _IN_LIST:
                container.append(value)
            elif key is not _NO_KEY:
                container[key] = value
                key = _NO_KEY
            elif container is None:
                root = value
            else:  # a key
                if type(value) is str:
                    if value not in good_keys:
                        if _CONTROL.search(value):
                            raise _Unusual
                        if len(good_keys) < _GOOD_KEYS_SIZE:
                            good_keys.add(value)
                elif type(value) is int and YEAR_MIN <= value <= YEAR_MAX:
                    value = str(value)
                else:
                    raise _Unusual
                if value in container:
                    raise _Unusual
                key = value
        elif kind is mapping_start or kind is sequence_start:
            if event.anchor is not None or event.tag is not None:
                raise _Unusual
            if (container is not None and key is _NO_KEY) or len(stack) >= MAX_DEPTH:
                raise _Unusual  # a collection as a key, or nested too deep
            stack.append((container, key))
            if kind is mapping_start:
                container, key = {}, _NO_KEY
            else:
                container, key = [], _IN_LIST
        elif kind is mapping_end or kind is sequence_end:
            value = container
            container, key = stack.pop()
            if key is _IN_LIST:
                container.append(value)
            elif container is None:
                root = value
            else:
                container[key] = value
                key = _NO_KEY
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Unusual
        elif kind is yaml.AliasEvent:
            raise _Unusual
        event = get()
    if documents != 1:
        raise _Unusual
    return root


_SYNTAX_DETAILS = (
    ("mapping values are not allowed", "yaml.mapping_values"),
    ("could not find expected ':'", "yaml.expected_colon"),
    ("cannot start any token", "yaml.bad_start"),
    ("tab character", "yaml.tab"),
    ("expected <block end>", "yaml.block_end"),
    ("found unexpected end of stream", "yaml.unclosed_quote"),
)
"""libyaml's commonest complaints, said in the reader's language; others are shown as given."""


def _syntax_detail(message: str) -> str:
    for fragment, key in _SYNTAX_DETAILS:
        if fragment in message:
            return text(key)
    return message


def _escaped(shown: str) -> str:
    return shown.encode("ascii", "backslashreplace").decode("ascii")


def _dotted_thousands(text: str) -> Said:
    """Y015: `250.000` is 250.0 to YAML (and `1.500.000` text), 250000 to the officer."""
    body = text.strip()
    meant = float(body.lstrip("+-").replace(".", "").replace(",", "."))
    meant = -meant if body.startswith("-") else meant
    if "," in body:
        # 1.500,5: Indonesian thousands and decimal comma, text to YAML, and no float() reads it.
        return say(
            "Y015.decimal_comma", text=body, meant=format_plain(meant), plain=format_plain(meant)
        )
    if body.count(".") != 1:
        return say("Y015.groups", text=body, meant=format_plain(meant), plain=format_plain(meant))
    as_decimal = float(body)
    decimal = format_plain(as_decimal)
    if is_dotted_thousands(decimal):
        decimal += "0"  # 1.1250: a fourth decimal place cannot be a thousands group
    return say(
        "Y015",
        text=body,
        yaml_reading=as_decimal,
        meant=format_plain(meant),
        plain=format_plain(meant),
        decimal=decimal,
    )
