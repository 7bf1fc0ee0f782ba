"""A year's target set in a position file, keeping everything else as people wrote it.

`iki record` writes realisations; targets live in the position files (`target: {2025: …}` of
each indicator). This is the one way `iki` changes a target: the same round-trip YAML as
`record` (comments, key order and quoting kept), the same check of the new text before
anything is written, and the same atomic write.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.representer import RoundTripRepresenter

from iki.diagnostics import Diagnostic, Severity
from iki.edit import atomic
from iki.edit.record import _BOM, RecordError, _diagnostics, _encode, _number
from iki.load import schema, yamlio
from iki.load.schema import SchemaName
from iki.load.workspace import SourceFile, Workspace, locate
from iki.messages import text as message


class _KeepNull(RoundTripRepresenter):
    """Writes a null as `null`: the position files say `pemangku: null` and `2025: null`
    (not yet set), and ruamel would otherwise leave the value empty on every such line."""


_KeepNull.add_representer(
    type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null")
)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long text onto a second line
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.Representer = _KeepNull
    return yaml


def _dump(document: Any) -> str:
    out = io.StringIO()
    _yaml().dump(document, out)
    return out.getvalue()


class TargetError(RecordError):
    """The target was not set; `diagnostics` say what the file would have had wrong."""


@dataclass(frozen=True)
class PreparedTargets:
    """A position file with new targets, checked, ready to be written."""

    path: Path
    name: str
    content: bytes
    previous: Mapping[str, Any]
    """Each changed indicator's target of the year before (plain data)."""


def prepare_targets(
    workspace: Workspace, position_id: str, year: int, targets: Mapping[str, float]
) -> PreparedTargets:
    """The position's file with `targets` (indicator id → number) set for `year`, checked;
    raises TargetError when the file cannot be edited or would not be valid."""
    position = workspace.office.position(position_id)
    if position is None:
        raise TargetError(message("target.no_position", position=position_id))
    path = workspace.project.root / position.file
    name = position.file
    raw = path.read_bytes()
    loaded = yamlio.load_bytes(raw)
    if not loaded.ok:
        source = SourceFile(path, name, SchemaName.POSITION, loaded)
        raise TargetError(message("target.unreadable", name=name), _diagnostics(source))
    document = _yaml().load(loaded.text.replace("\r\n", "\n"))
    previous: dict[str, Any] = {}
    for indicator_id, value in targets.items():
        previous[indicator_id] = _set(document, name, indicator_id, year, value)
    content = _encode(_dump(document), bom=raw.startswith(_BOM), crlf=b"\r\n" in raw)
    _check(path, name, content)
    return PreparedTargets(path, name, content, previous)


def _set(document: Any, name: str, indicator_id: str, year: int, value: float) -> Any:
    items = document.get("kinerja") if isinstance(document, CommentedMap) else None
    entry = next(
        (i for i in items or () if isinstance(i, CommentedMap) and i.get("id") == indicator_id),
        None,
    )
    if entry is None:
        raise TargetError(message("target.no_indicator", name=name, indicator=indicator_id))
    targets = entry.get("target")
    if targets is None:
        targets = CommentedMap()
        entry["target"] = targets
    if not isinstance(targets, CommentedMap):
        raise TargetError(message("target.not_by_year", name=name, indicator=indicator_id))
    # ruamel keeps the year key as the file wrote it: an int, or (rarely) the text "2025".
    key: Any = next((k for k in targets if str(k) == str(year)), year)
    old = targets.get(key)
    if isinstance(old, Mapping):
        raise TargetError(
            message("target.not_plain", name=name, year=str(year), indicator=indicator_id)
        )
    if key in targets:
        targets[key] = _number(value)
    else:
        later = [n for n, k in enumerate(targets) if str(k) > str(year)]
        if later:
            targets.insert(later[0], key, _number(value))
        else:
            targets[key] = _number(value)
    return old


def _check(path: Path, name: str, content: bytes) -> None:
    loaded = yamlio.load_bytes(content)
    source = SourceFile(path, name, SchemaName.POSITION, loaded)
    found = list(_diagnostics(source))
    if loaded.ok:
        found += schema.diagnostics(SchemaName.POSITION, loaded.data, name)
    errors = [d for d in locate(found, {name: source}) if d.severity is Severity.ERROR]
    if errors:
        raise TargetError(
            message("target.would_be_invalid", name=name), sorted(errors, key=Diagnostic.sort_key)
        )


def write(prepared: PreparedTargets) -> None:
    atomic.write_bytes(prepared.path, prepared.content)
