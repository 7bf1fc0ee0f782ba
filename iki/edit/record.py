"""`iki record`: one quarter's realisation written into its file, for officers who would rather
not edit YAML by hand.

The new text is checked exactly as `iki validate` would check the file (YAML, schema, the A0xx
checks against the position) before anything is written, and written atomically (`atomic`): a
temporary file in the same folder, flushed to disk, then renamed over the old one, so an
interruption leaves either the old file or the new one, never half of each.

Editing keeps what people wrote: only the text of the value recorded changes (`splice`), so
comments, key order, quoting, indentation and `---` stay byte for byte and a pull request shows
one changed line. Text is written double-quoted, so `10:30` or `no` reads back as text.

Concurrent runs are safe: `record` reads, checks and writes each file under a lock on its
folder (`atomic.locked_folder`), so no update is lost. A read-only file, a pipe or a folder in
the file's place are refused; a symlinked file is written through, the link kept.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from iki.check.realisations import check_realisation
from iki.compute.achievement import IndicatorAchievement, Period, indicator_achievement
from iki.diagnostics import Diagnostic, Severity
from iki.edit import atomic, splice
from iki.errors import IkiError
from iki.load import schema, yamlio
from iki.load.project import YAML_SUFFIXES
from iki.load.schema import SchemaName
from iki.load.workspace import SourceFile, Workspace, locate
from iki.messages import Either, os_reason
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
    target: Path
    """The file really written: `path`, or the file a symlink at `path` points to."""
    original: bytes | None
    """The file's bytes when it was read (None: it did not exist)."""


def prepare(workspace: Workspace, request: Request) -> Prepared:
    """The file with the request recorded in it, checked; raises RecordError when it would not
    be valid. Nothing is written: `write` writes it, provided the file has not changed since.
    `record` does both under one lock, which is what a command should call."""
    path = _file_for(workspace, request)
    name = workspace.project.relative(path)
    target = _target(path, name)
    return _prepare_file(workspace, path, name, target, _read(target, name), [request])[0]


def record(workspace: Workspace, requests: Sequence[Request]) -> list[Prepared]:
    """Record every request: the one write path for realisations, for one value or many.

    Every file concerned is locked (its folder and itself, in a fixed order, so that two runs
    never wait on each other in a circle), read under the lock, changed and checked; only when
    every file would be valid is any written, one write per file. Concurrent runs wait for each
    other and no update is lost. A file that would be invalid raises RecordError and nothing at
    all is written. Returns one Prepared per request, in the order given."""
    by_file: dict[Path, list[tuple[int, Request]]] = {}
    for index, request in enumerate(requests):
        by_file.setdefault(_file_for(workspace, request), []).append((index, request))
    targets = {path: _target(path, workspace.project.relative(path)) for path in by_file}
    done: dict[int, Prepared] = {}
    try:
        shown = ", ".join(sorted(workspace.project.relative(p) for p in by_file))
        with atomic.locked_files(targets.values(), shown):
            writes = []
            for path, numbered in by_file.items():
                name = workspace.project.relative(path)
                # Under the lock: the link may have changed since the file was looked for.
                target = _target(path, name)
                prepared = _prepare_file(
                    workspace, path, name, target, _read(target, name), [r for _, r in numbered]
                )
                writes.append((target, name, prepared[0].original, prepared[0].content))
                for (index, _), one in zip(numbered, prepared, strict=True):
                    done[index] = one
            # An editor does not take our lock: a file it saved while this run was checking
            # would be overwritten, its change lost. Look again just before writing.
            for target, name, original, _ in writes:
                _unchanged(target, name, original)
            for target, _, _, content in writes:
                atomic.write_bytes(target, content)
    except atomic.UnsafeTargetError as exc:
        raise RecordError(str(exc)) from None
    return [done[i] for i in range(len(requests))]


def write(prepared: Prepared) -> None:
    """Write a prepared file atomically, under its folder's lock, refusing when the file has
    changed since `prepare` read it (someone else wrote it: prepare again)."""
    try:
        with atomic.locked_folder(prepared.target.parent, prepared.name, prepared.target):
            _unchanged(_target(prepared.path, prepared.name), prepared.name, prepared.original)
            atomic.write_bytes(prepared.target, prepared.content)
    except atomic.UnsafeTargetError as exc:
        raise RecordError(str(exc)) from None


def _unchanged(target: Path, name: str, original: bytes | None) -> None:
    if _read(target, name) != original:
        raise RecordError(
            f"{name} berubah sejak dibaca (ditulis orang atau proses lain); "
            "tidak ada yang ditulis, jalankan perintahnya lagi"
        )


def _target(path: Path, name: str) -> Path:
    try:
        return atomic.writable_target(path, name)
    except atomic.UnsafeTargetError as exc:
        raise RecordError(str(exc)) from None


def _read(target: Path, name: str) -> bytes | None:
    try:
        return atomic.read_regular(target, yamlio.MAX_BYTES + 1)
    except atomic.UnsafeTargetError as exc:
        raise RecordError(str(exc)) from None
    except OSError as exc:
        raise RecordError(f"{name} tidak dapat dibaca: {os_reason(exc)}") from None


def _prepare_file(
    workspace: Workspace,
    path: Path,
    name: str,
    target: Path,
    original: bytes | None,
    requests: Sequence[Request],
) -> list[Prepared]:
    """Apply the requests (all for the file at `path`) to its text one after the other."""
    checked = []
    for request in requests:
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
        for option, text in _texts(request):
            if any(0xD800 <= ord(char) <= 0xDFFF for char in text):
                # Bytes that are not UTF-8 on the command line (a terminal in another
                # encoding) arrive as lone surrogates, which no UTF-8 file can hold.
                raise RecordError(message("record.text_not_utf8", option=option))
        checked.append((request, position, indicator))
    if original is None:
        text, bom, written = _new_file(workspace, path, requests[0]), False, ""
    else:
        text, bom, written = _current_text(target, name, original)
    previous = []
    for request, position, indicator in checked:
        text, old = _put(text, position, indicator, request)
        previous.append(old)
    content = _encode(_line_endings_of(written, text), bom=bom, crlf=False)
    realisation = _check(workspace, path, name, content)
    return [
        Prepared(
            path=path,
            name=name,
            content=content,
            created=original is None,
            previous=old,
            realisation=realisation,
            indicator=indicator,
            achievement=indicator_achievement(
                indicator,
                realisation.indicator(indicator.id),
                Period(request.year, QUARTERS.index(request.quarter) + 1),
                workspace.office.config,
            ),
            target=target,
            original=original,
        )
        for (request, _, indicator), old in zip(checked, previous, strict=True)
    ]


def _file_for(workspace: Workspace, request: Request) -> Path:
    """The realisation file of the request's position and year: `<id>.yaml`, or `<id>.yml` in
    any letter case (as `iki validate` reads them); a new `<id>.yaml` when there is none."""
    if not _ID.match(request.position_id):
        raise RecordError(message("record.not_an_id", id=request.position_id))
    folder = workspace.project.realisations_dir / str(request.year)
    found = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.stem == request.position_id and entry.suffix.lower() in YAML_SUFFIXES:
                found.append(entry)
    if len(found) > 1:
        names = ", ".join(sorted(workspace.project.relative(p) for p in found))
        raise RecordError(
            f"ada lebih dari satu berkas realisasi untuk {request.position_id} ({names}); "
            "gabungkan menjadi satu berkas dulu"
        )
    return found[0] if found else folder / f"{request.position_id}.yaml"


def _current_text(path: Path, name: str, raw: bytes) -> tuple[str, bool, str]:
    """The file's text for editing, every line ending `\\n`; whether it has a BOM; its text
    as written (whose line endings `_encode` gives back)."""
    size = None
    if len(raw) > yamlio.MAX_BYTES:  # only the bound + 1 was read: say the file's real size
        with contextlib.suppress(OSError):
            size = path.stat().st_size
    loaded = yamlio.load_bytes(raw, size=size)
    if not loaded.ok:
        source = SourceFile(path, name, SchemaName.REALISATION, loaded)
        raise RecordError(message("record.unreadable", file=name), _diagnostics(source))
    # YAML reads a lone CR as a line break too (a file from an old Mac).
    text = loaded.text.replace("\r\n", "\n").replace("\r", "\n")
    return text, raw.startswith(_BOM), loaded.text


def _put(text: str, position: Position, indicator: Indicator, request: Request) -> tuple[str, Any]:
    """The text with the quarter's entry set, and the entry it replaced (plain data, or None).

    Fields already in the entry and not given stay (a corrected value keeps its evidence, note
    and, for IKM, its respondents); only the text of the fields that change is rewritten."""
    data = yamlio.load_text(text).data
    realisations = data.get("realisasi") if isinstance(data, dict) else None
    quarters = realisations.get(indicator.id) if isinstance(realisations, dict) else None
    old = quarters.get(request.quarter) if isinstance(quarters, dict) else None
    replaced = isinstance(quarters, dict) and request.quarter in quarters
    previous = _plain(old) if replaced else None
    fields = _fields(indicator, request)
    order = _field_order(indicator)
    path = ["realisasi", indicator.id, request.quarter]
    orders = [[], [i.id for i in position.indicators], list(QUARTERS), order]
    try:
        if isinstance(old, dict):
            for name in sorted(fields, key=lambda n: _field_rank(order, n)):
                if old.get(name) != fields[name]:
                    text = splice.set_value(text, [*path, name], fields[name], orders)
            return text, previous
        merged = dict(fields)
        if old is not None and "nilai" not in merged and not isinstance(old, list):
            merged = {"nilai": old, **merged}
        entry: Any = dict(sorted(merged.items(), key=lambda kv: _field_rank(order, kv[0])))
        if list(entry) == ["nilai"]:
            entry = entry["nilai"]
        if old is not None and entry == old:
            return text, previous
        return splice.set_value(text, path, entry, orders), previous
    except splice.SpliceError as exc:
        raise RecordError(message("record.by_hand", problem=str(exc))) from None


def _texts(request: Request) -> list[tuple[str, str]]:
    given = [
        ("--bukti", request.evidence),
        ("--catatan", request.note),
        ("--kendala", request.obstacles),
        ("--upaya", request.actions),
    ]
    return [(option, text) for option, text in given if text is not None]


def _field_order(indicator: Indicator) -> list[str]:
    declared = [v.name for v in indicator.formula.variables] if indicator.formula else []
    return ["nilai", *declared, "unsur", "responden", "bukti", "catatan", "kendala", "upaya"]


def _field_rank(order: Sequence[str], name: str) -> tuple[int, str]:
    return (order.index(name) if name in order else len(order), name)


def _number(value: float) -> int | float:
    """12.0 is written 12: counts stay whole numbers in the file."""
    if isinstance(value, int):  # a caller (an import) may give whole numbers as int
        return value
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _fields(indicator: Indicator, request: Request) -> dict[str, Any]:
    """The fields the request gives, in the order they are written."""
    fields: dict[str, Any] = {}
    if request.value is not None:
        fields["nilai"] = _number(request.value)
    for name, value in request.variables.items():
        fields[name] = _number(value)
    if request.elements is not None:
        fields["unsur"] = [_number(e) for e in request.elements]
    if request.respondents is not None:
        fields["responden"] = request.respondents
    if request.evidence is not None:
        fields["bukti"] = request.evidence
    if request.note is not None:
        fields["catatan"] = request.note
    if request.obstacles is not None:
        fields["kendala"] = request.obstacles
    if request.actions is not None:
        fields["upaya"] = request.actions
    return fields


def prepare_all(workspace: Workspace, requests: Sequence[Request]) -> Prepared:
    """Several quarters and indicators of one position and year recorded in one new text of its
    file, checked once (`iki xlsx import`: a whole sheet of a position's values). `write`
    writes it, provided the file has not changed since; `record` does both under one lock.

    `previous`, `indicator` and `achievement` describe the last request. Raises RecordError as
    `prepare` does; nothing is written."""
    if not requests:
        raise RecordError(message("record.nothing"))
    first = requests[0]
    if any((r.position_id, r.year) != (first.position_id, first.year) for r in requests):
        raise RecordError("prepare_all records one position's file of one year at a time")
    path = _file_for(workspace, first)
    name = workspace.project.relative(path)
    target = _target(path, name)
    return _prepare_file(workspace, path, name, target, _read(target, name), requests)[-1]


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


def _new_file(workspace: Workspace, path: Path, request: Request) -> str:
    schema_path = os.path.relpath(workspace.project.root / SCHEMA_FILE, path.parent)
    return (
        f"# yaml-language-server: $schema={Path(schema_path).as_posix()}\n"
        f"posisi: {splice.key(request.position_id)}\n"
        f"tahun: {request.year}\n"
        "realisasi: {}\n"
    )


def _encode(text: str, *, bom: bool, crlf: bool) -> bytes:
    if crlf:
        text = text.replace("\n", "\r\n")
    return (_BOM if bom else b"") + text.encode("utf-8")


def _line_endings_of(original: str, text: str) -> str:
    """`text` (lines ending in `\\n`) with each line ending as it did in `original`: a file
    with CRLF endings keeps them, and one that mixes CRLF and LF (a Windows file appended to in
    another editor) keeps each line's own, so that only the recorded lines show in a diff.
    A new line takes the ending most lines have."""
    if "\r" not in original:
        return text
    if "\n" not in original.replace("\r\n", "") and "\r" not in original.replace("\r\n", ""):
        return text.replace("\n", "\r\n")  # CRLF throughout: no need to match lines
    parts = re.split(r"(\r\n|\r|\n)", original)
    old_lines, old_ends = parts[0::2], parts[1::2]
    common = max(("\r\n", "\n", "\r"), key=old_ends.count)
    new_lines = text.split("\n")
    ends = [common] * (len(new_lines) - 1)
    # The edit is local: lines before its first change and after its last are matched one to
    # one, and only the span between goes through difflib (quadratic in repeated lines).
    shortest = min(len(old_lines), len(new_lines))
    head = 0
    while head < shortest and old_lines[head] == new_lines[head]:
        head += 1
    tail = 0
    while tail < shortest - head and old_lines[-1 - tail] == new_lines[-1 - tail]:
        tail += 1
    pairs = [(k, k) for k in range(head)]
    pairs += [(len(old_lines) - 1 - k, len(new_lines) - 1 - k) for k in range(tail)]
    old_middle = old_lines[head : len(old_lines) - tail]
    new_middle = new_lines[head : len(new_lines) - tail]
    matcher = difflib.SequenceMatcher(None, old_middle, new_middle, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "replace"):
            pairs += [(head + i1 + k, head + j1 + k) for k in range(min(i2 - i1, j2 - j1))]
    for old, new in pairs:
        if new < len(ends) and old < len(old_ends):
            ends[new] = old_ends[old]
    return "".join(line + end for line, end in zip(new_lines, [*ends, ""], strict=True))


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
        # Warnings (a control character in a note, say) do not stop the model being built.
        if not any(d.severity is Severity.ERROR for d in found):
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
        Diagnostic(
            source.name, p.line, p.column, p.code, p.severity, p.message, p.hint, args=p.args
        )
        for p in source.loaded.problems
    ]
