"""Where each key and value of a YAML text stands, for placing findings at their line.

Findings carry a JSON path; a person needs a line and a column. A file with findings is read a
second time for that, and in an office whose standard texts repeat, most files have some. This
pass only follows the structure: it builds no values and resolves no scalars, which is most of
what a full read costs, and so places a file's findings in a fraction of the time of reading it.

It is meant for text that `yamlio.load_text` has read without problems, and gives the same
locations that `load_text(text, locate=True)` records (a test compares them); for any other
text it gives what it can, never an exception.
"""

from __future__ import annotations

from collections.abc import Iterable

import yaml

from iki.diagnostics import JsonPath
from iki.load.yamlio import Location
from iki.load.yamlio import _EventLoader as EventLoader

_REJECTED_KEY = object()
"""The key of an entry whose key was a list or mapping: the entry is left out, as on reading."""


class _Found(dict[JsonPath, Location]):
    """The places found so far, and which paths are worth placing (None: all)."""

    def __init__(self, keep: set[JsonPath] | None) -> None:
        super().__init__()
        self.keep = keep

    def wants(self, path: JsonPath) -> bool:
        return self.keep is None or path in self.keep


class _Frame:
    __slots__ = ("index", "is_key", "key", "key_column", "key_line", "mapping", "path", "skip")

    def __init__(
        self, path: JsonPath, mapping: bool, skip: bool = False, is_key: bool = False
    ) -> None:
        self.path = path
        self.mapping = mapping
        self.skip = skip
        self.is_key = is_key
        self.index = 0
        self.key: object = None
        self.key_line = 0
        self.key_column = 0


def locations(text: str, wanted: Iterable[JsonPath] | None = None) -> dict[JsonPath, Location]:
    """Every path of the document with where its key (or list item) and its value start.

    With `wanted`, only those paths and the paths that enclose them: the parts of the document
    that lead nowhere wanted are read past without a second look."""
    keep: set[JsonPath] | None = None
    if wanted is not None:
        keep = {path[:end] for path in wanted for end in range(len(path) + 1)}
    found: _Found = _Found(keep)
    stack: list[_Frame] = []
    loader = EventLoader(text)
    scalar, alias = yaml.ScalarEvent, yaml.AliasEvent
    starts = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
    ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    try:
        while loader.check_event():
            event = loader.get_event()
            if event is None:  # check_event said there is one; the stubs allow None
                break
            kind = type(event)
            if kind is scalar or kind is alias:
                _leaf(event, stack, found)
            elif kind in starts:
                _open(event, stack, found, kind is yaml.MappingStartEvent)
            elif kind in ends and stack.pop().is_key:
                stack[-1].key = _REJECTED_KEY  # a list or mapping was the key
    except yaml.YAMLError:
        pass  # the text was not readable to the end: what was placed so far stands
    finally:
        loader.dispose()
    return dict(found)


def _mark(event: yaml.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _leaf(event: yaml.Event, stack: list[_Frame], found: _Found) -> None:
    if not stack:  # a document that is one scalar: nothing to place
        return
    line, column = _mark(event)
    top = stack[-1]
    if top.skip:
        return
    if not top.mapping:
        item: JsonPath = (*top.path, top.index)
        if found.wants(item):
            found.setdefault(item, Location(line, column, line, column))
        top.index += 1
        return
    if top.key is None:
        value = getattr(event, "value", None)
        top.key = value if isinstance(value, str) else _REJECTED_KEY
        top.key_line, top.key_column = line, column
        return
    key, top.key = top.key, None
    if isinstance(key, str):
        entry: JsonPath = (*top.path, key)
        if found.wants(entry):
            # The first of two equal keys is the one kept on reading (the second is Y002).
            found.setdefault(entry, Location(top.key_line, top.key_column, line, column))


def _open(event: yaml.Event, stack: list[_Frame], found: _Found, mapping: bool) -> None:
    line, column = _mark(event)
    if not stack:
        if found.wants(()):
            found.setdefault((), Location(line, column, line, column))
        stack.append(_Frame((), mapping, skip=not found.wants(())))
        return
    top = stack[-1]
    if top.skip:
        stack.append(_Frame(top.path, mapping, skip=True))
        return
    if not top.mapping:
        path: JsonPath = (*top.path, top.index)
        top.index += 1
        if not found.wants(path):
            stack.append(_Frame(path, mapping, skip=True))
            return
        found.setdefault(path, Location(line, column, line, column))
        stack.append(_Frame(path, mapping))
        return
    if top.key is None:  # a list or mapping as a key: read past it
        stack.append(_Frame(top.path, mapping, skip=True, is_key=True))
        return
    key, top.key = top.key, None
    if not isinstance(key, str):
        stack.append(_Frame(top.path, mapping, skip=True))
        return
    path = (*top.path, key)
    if not found.wants(path):
        stack.append(_Frame(path, mapping, skip=True))
        return
    found.setdefault(path, Location(top.key_line, top.key_column, line, column))
    stack.append(_Frame(path, mapping))
