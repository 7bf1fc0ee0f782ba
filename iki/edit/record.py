"""`iki record`: one quarter's realisation written into its file, for officers who would rather
not edit YAML by hand.

The new text is checked exactly as `iki validate` would check the file (YAML, schema, the A0xx
checks against the position) before anything is written, and written atomically (`atomic`): a
temporary file in the same folder, flushed to disk, then renamed over the old one, so an
interruption leaves either the old file or the new one, never half of each.

Editing keeps what people wrote: comments, key order, quoting and flow mappings stay as they
are. That needs a round-trip YAML library (ruamel.yaml); it is used here only, on text that
`yamlio` has already accepted (no anchors, tags or oversized input), while every reading for
validation still goes through `yamlio`.
"""

from __future__ import annotations

import difflib
import io
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from iki.check.realisations import check_realisation
from iki.compute.achievement import IndicatorAchievement, Period, indicator_achievement
from iki.diagnostics import Diagnostic, Severity
from iki.edit import atomic
from iki.errors import IkiError
from iki.load import schema, yamlio
from iki.load.schema import SchemaName
from iki.load.workspace import SourceFile, Workspace, locate
from iki.messages import Either
from iki.messages import text as message
from iki.model import QUARTERS, Indicator, Position, Realisation, build_realisation

SCHEMA_FILE = Path("schemas") / "realisasi.schema.json"
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\Z")
_BOM = b"\xef\xbb\xbf"


class RecordError(IkiError):
    """The realisation was not written; `diagnostics` say what the file would have had wrong."""

    def __init__(self, message: str, diagnostics: Sequence[Diagnostic] = ()) -> None:
        super().__init__(message)
        self.diagnostics = tuple(diagnostics)


@dataclass(frozen=True)
class Request:
    """What to record: one quarter of one indicator of one position, in one year."""

    position_id: str
    indicator_id: str
    quarter: str
    year: int
    value: float | None = None
    variables: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    elements: tuple[float, ...] | None = None
    """IKM survey element means, for an `ikm: true` indicator."""
    respondents: int | None = None
    evidence: str | None = None
    note: str | None = None
    obstacles: str | None = None
    """kendala, for the quarterly report"""
    actions: str | None = None
    """upaya / tindak lanjut, for the quarterly report"""


@dataclass(frozen=True)
class Prepared:
    """The checked new text of the file, ready to be written."""

    path: Path
    name: str
    """The path as shown to users."""
    content: bytes
    created: bool
    previous: Any
    """The quarter's entry it replaces (plain data), or None."""
    realisation: Realisation
    indicator: Indicator
    achievement: IndicatorAchievement
    """The indicator's capaian to the end of the recorded quarter, with the new value."""


def prepare(workspace: Workspace, request: Request) -> Prepared:
    """The file with the request recorded in it, checked; raises RecordError when it would not
    be valid. Nothing is written."""
    position = _position(workspace, request)
    indicator = position.indicator(request.indicator_id)
    if indicator is None:
        ids = [i.id for i in position.indicators]
        known = ", ".join(ids) or message("word.none")
        raise RecordError(
            message(
                "record.no_indicator",
                id=position.id,
                indicator=request.indicator_id,
                hint=_did_you_mean(request.indicator_id, ids),
                known=known,
            )
        )
    if request.quarter not in QUARTERS:
        raise RecordError(message("record.no_quarter", quarter=request.quarter))
    if request.value is None and not request.variables and request.elements is None:
        raise RecordError(message("record.nothing"))
    path = _file_for(workspace, request)
    name = workspace.project.relative(path)
    created = not path.exists()
    text, bom, crlf = _current_text(workspace, path, name, request)
    document = _yaml().load(text)
    previous = _put(document, position, indicator, request)
    content = _encode(_dump(document), bom=bom, crlf=crlf)
    realisation = _check(workspace, path, name, content)
    achievement = indicator_achievement(
        indicator,
        realisation.indicator(indicator.id),
        Period(request.year, QUARTERS.index(request.quarter) + 1),
        workspace.office.config,
    )
    return Prepared(path, name, content, created, previous, realisation, indicator, achievement)


def prepare_all(workspace: Workspace, requests: Sequence[Request]) -> Prepared:
    """Several quarters and indicators of one position and year recorded in one new text of its
    file, checked once (`iki xlsx import`: a whole sheet of a position's values).

    `previous`, `indicator` and `achievement` describe the last request. Raises RecordError as
    `prepare` does; nothing is written."""
    if not requests:
        raise RecordError("nothing to record")
    first = requests[0]
    if any((r.position_id, r.year) != (first.position_id, first.year) for r in requests):
        raise RecordError("prepare_all records one position's file of one year at a time")
    position = _position(workspace, first)
    path = _file_for(workspace, first)
    name = workspace.project.relative(path)
    created = not path.exists()
    text, bom, crlf = _current_text(workspace, path, name, first)
    document = _yaml().load(text)
    previous: Any = None
    indicator: Indicator | None = None
    for request in requests:
        indicator = position.indicator(request.indicator_id)
        if indicator is None:
            raise RecordError(f"position '{position.id}' has no indicator '{request.indicator_id}'")
        if request.quarter not in QUARTERS:
            raise RecordError(f"'{request.quarter}' is not a quarter; write TW1, TW2, TW3 or TW4")
        previous = _put(document, position, indicator, request)
    assert indicator is not None
    last = requests[-1]
    content = _encode(_dump(document), bom=bom, crlf=crlf)
    realisation = _check(workspace, path, name, content)
    achievement = indicator_achievement(
        indicator,
        realisation.indicator(indicator.id),
        Period(last.year, QUARTERS.index(last.quarter) + 1),
        workspace.office.config,
    )
    return Prepared(path, name, content, created, previous, realisation, indicator, achievement)


def _position(workspace: Workspace, request: Request) -> Position:
    # The id becomes a file name: only an id, never a path, gets that far.
    if not _ID.match(request.position_id):
        raise RecordError(message("record.not_an_id", id=request.position_id))
    position = workspace.office.position(request.position_id)
    if position is None:
        ids = sorted(p.id for p in workspace.office.positions)
        hint = _did_you_mean(request.position_id, ids)
        raise RecordError(message("record.no_position", id=request.position_id, hint=hint))
    return position


def _did_you_mean(wrong: str, options: list[str]) -> str:
    close = difflib.get_close_matches(wrong, options, n=3, cutoff=0.5)
    return "; " + message("hint.did_you_mean", options=Either(close)) if close else ""


def _file_for(workspace: Workspace, request: Request) -> Path:
    folder = workspace.project.realisations_dir / str(request.year)
    for suffix in (".yaml", ".yml"):
        candidate = folder / f"{request.position_id}{suffix}"
        if candidate.exists():
            return candidate
    return folder / f"{request.position_id}.yaml"


def _current_text(
    workspace: Workspace, path: Path, name: str, request: Request
) -> tuple[str, bool, bool]:
    """The file's text for editing, or a new file's header; with its BOM and line endings."""
    if not path.exists():
        return _new_file(workspace, path, request), False, False
    raw = path.read_bytes()
    loaded = yamlio.load_bytes(raw)
    if not loaded.ok:
        source = SourceFile(path, name, SchemaName.REALISATION, loaded)
        raise RecordError(
            message("record.unreadable", file=name),
            _diagnostics(source),
        )
    return loaded.text.replace("\r\n", "\n"), raw.startswith(_BOM), b"\r\n" in raw


def _new_file(workspace: Workspace, path: Path, request: Request) -> str:
    schema_path = os.path.relpath(workspace.project.root / SCHEMA_FILE, path.parent)
    return (
        f"# yaml-language-server: $schema={Path(schema_path).as_posix()}\n"
        f"posisi: {request.position_id}\n"
        f"tahun: {request.year}\n"
        "realisasi: {}\n"
    )


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long bukti onto a second line
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _dump(document: Any) -> str:
    out = io.StringIO()
    _yaml().dump(document, out)
    return out.getvalue()


def _encode(text: str, *, bom: bool, crlf: bool) -> bytes:
    if crlf:
        text = text.replace("\n", "\r\n")
    return (_BOM if bom else b"") + text.encode("utf-8")


def _put(document: Any, position: Position, indicator: Indicator, request: Request) -> Any:
    """Set the quarter's entry in the document; returns the entry it replaced."""
    if not isinstance(document, CommentedMap):
        raise RecordError(message("record.not_mapping"))
    if not isinstance(document.get("realisasi"), CommentedMap):
        if document.get("realisasi") is not None:
            raise RecordError(message("record.realisasi_not_mapping"))
        document["realisasi"] = CommentedMap()
    indicators: CommentedMap = document["realisasi"]
    if not indicators:
        indicators.fa.set_block_style()  # `realisasi: {}` grows into a block, one key a line
    order = [i.id for i in position.indicators]
    if not isinstance(indicators.get(indicator.id), CommentedMap):
        if indicators.get(indicator.id) is not None:
            raise RecordError(message("record.quarters_not_mapping", id=indicator.id))
        _insert(indicators, indicator.id, CommentedMap(), order)
    quarters: CommentedMap = indicators[indicator.id]
    old_entry = quarters.get(request.quarter)
    previous = _plain(old_entry)
    if isinstance(old_entry, Mapping):
        # A corrected value keeps the evidence, notes, kendala and upaya already recorded, unless
        # new ones are given: correcting a number must not silently lose the proof behind it.
        request = replace(
            request,
            evidence=request.evidence if request.evidence is not None else old_entry.get("bukti"),
            note=request.note if request.note is not None else old_entry.get("catatan"),
            obstacles=(
                request.obstacles if request.obstacles is not None else old_entry.get("kendala")
            ),
            actions=request.actions if request.actions is not None else old_entry.get("upaya"),
        )
    entry = _entry(indicator, request)
    if request.quarter in quarters:
        quarters[request.quarter] = entry
    else:
        _insert(quarters, request.quarter, entry, list(QUARTERS))
    return previous


def _insert(mapping: CommentedMap, key: str, value: Any, order: Sequence[str]) -> None:
    """Insert `key` where `order` puts it among the keys already there; at the end otherwise."""
    rank = {name: n for n, name in enumerate(order)}
    mine = rank.get(key, len(order))
    for index, existing in enumerate(mapping):
        if rank.get(existing, len(order)) > mine:
            mapping.insert(index, key, value)
            return
    mapping[key] = value


def _number(value: float) -> int | float:
    """12.0 is written 12: counts stay whole numbers in the file."""
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _entry(indicator: Indicator, request: Request) -> Any:
    """The quarter's entry: a plain number when nothing else is said, else a flow mapping."""
    fields: list[tuple[str, Any]] = []
    if request.value is not None:
        fields.append(("nilai", _number(request.value)))
    declared = [v.name for v in indicator.formula.variables] if indicator.formula else []
    rank = {name: n for n, name in enumerate(declared)}
    for name in sorted(request.variables, key=lambda n: (rank.get(n, len(rank)), n)):
        fields.append((name, _number(request.variables[name])))
    if request.elements is not None:
        elements = CommentedSeq([_number(e) for e in request.elements])
        elements.fa.set_flow_style()
        fields.append(("unsur", elements))
    if request.respondents is not None:
        fields.append(("responden", request.respondents))
    if request.evidence is not None:
        fields.append(("bukti", request.evidence))
    if request.note is not None:
        fields.append(("catatan", request.note))
    if request.obstacles is not None:
        fields.append(("kendala", request.obstacles))
    if request.actions is not None:
        fields.append(("upaya", request.actions))
    if len(fields) == 1 and fields[0][0] == "nilai":
        return fields[0][1]
    entry = CommentedMap(fields)
    entry.fa.set_flow_style()
    return entry


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _check(workspace: Workspace, path: Path, name: str, content: bytes) -> Realisation:
    """The new content as `iki validate` would see it; RecordError with every error."""
    loaded = yamlio.load_bytes(content)
    source = SourceFile(path, name, SchemaName.REALISATION, loaded)
    found = list(_diagnostics(source))
    realisation = None
    if loaded.ok:
        found += schema.diagnostics(SchemaName.REALISATION, loaded.data, name)
        if not found:
            realisation = build_realisation(loaded.data, name)
            found += check_realisation(workspace.office, realisation)
    errors = [d for d in locate(found, {name: source}) if d.severity is Severity.ERROR]
    if errors or realisation is None:
        raise RecordError(
            message("record.invalid", file=name), sorted(errors, key=Diagnostic.sort_key)
        )
    return realisation


def _diagnostics(source: SourceFile) -> list[Diagnostic]:
    return [
        Diagnostic(source.name, p.line, p.column, p.code, p.severity, p.message, p.hint)
        for p in source.loaded.problems
    ]


def write(prepared: Prepared) -> None:
    """Write the prepared file atomically."""
    atomic.write_bytes(prepared.path, prepared.content)
