"""`iki diff`: what a change does to positions, indicators, targets, links and findings.

Pure: two snapshots in, a frozen `Diff` out. Each side is loaded and validated exactly as
`iki validate` would load it from disk, then the two models are matched:

* positions by id; then each position left over on the old side is paired with one left over on
  the new side when their contents are similar enough (see `similarity`): that is a *rename*
  (the id, and with it the file name, changed). Indicators inside a matched position are matched
  the same way, by id and then by similarity.
* a position whose file cannot be read or fails its schema on either side is not compared (it
  is neither "added" nor "removed": its findings say what is wrong); `Diff.not_compared` names it.
* targets are compared per year for every matched indicator; `atasan` and `mendukung` links
  over the whole office. A reference is unchanged when it is written the same, or when it was
  changed to follow a rename: a rename that the subordinates' files follow shows as one rename,
  not as links removed and added; one they do not follow shows as the broken reference's
  finding.
* findings are matched by file (through renames), code, severity and message, never by line:
  lines move whenever anything above them changes.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from iki.check.validate import validate
from iki.compute.export import indicator_data, target_data
from iki.diagnostics import Diagnostic
from iki.load.project import Project
from iki.load.schema import SchemaName
from iki.load.snapshot import Snapshot
from iki.load.workspace import Workspace, load_workspaces_from_files
from iki.model import Indicator, Office, Position, QuarterlyTarget, Target

RENAME_THRESHOLD = 0.5
"""Least similarity for a removed and an added position (or indicator) to count as one renamed.

The same default as git's rename detection (50 %)."""


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    RENAMED = "renamed"
    """The id changed (for a position, with its file name); the content is mostly the same."""
    CHANGED = "changed"
    """Same id, some field changed."""


class Absent(Enum):
    """A year that has no `target` entry at all (unlike `null`: an entry with no number yet)."""

    ABSENT = "absent"


ABSENT = Absent.ABSENT
TargetValue = Target | Absent


@dataclass(frozen=True)
class FieldChange:
    """One field, by its key in the files, as text on each side (None: not set)."""

    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class PositionChange:
    kind: ChangeKind
    old_id: str | None
    new_id: str | None
    old_file: str | None
    new_file: str | None
    title: str
    """jabatan, as on the new side (the old side for a removed position)"""
    similarity: float | None = None
    """For a rename: the share of content the two sides have in common, 0–1."""
    fields: tuple[FieldChange, ...] = ()
    """jabatan, pemangku, tugas or fungsi, when changed"""

    @property
    def id(self) -> str:
        return self.new_id or self.old_id or ""


@dataclass(frozen=True)
class IndicatorChange:
    kind: ChangeKind
    position_id: str
    """the position's id on the new side (the old side for a removed indicator)"""
    old_id: str | None
    new_id: str | None
    name: str
    """indikator, as on the new side (the old side for a removed indicator)"""
    similarity: float | None = None
    fields: tuple[FieldChange, ...] = ()
    """every changed field but the targets and links, which have their own lists"""

    @property
    def ref(self) -> str:
        return f"{self.position_id}/{self.new_id or self.old_id}"


@dataclass(frozen=True)
class TargetChange:
    ref: str
    """the indicator, as referred to on the new side"""
    year: int
    old: TargetValue
    new: TargetValue
    percent: float | None
    """(new − old) / |old| × 100 of the year's value (see `year_value`); None when either side
    has no number or the old one is 0."""


@dataclass(frozen=True)
class SuperiorChange:
    position_id: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class LinkChange:
    """A `mendukung` link that one side has and the other does not."""

    kind: ChangeKind
    """ADDED or REMOVED"""
    ref: str
    """the supporting indicator, as referred to on the new side when it exists there"""
    supports: str
    """the superior's indicator, as written in the file"""


@dataclass(frozen=True)
class Diff:
    base: Snapshot
    head: Snapshot
    positions: tuple[PositionChange, ...]
    indicators: tuple[IndicatorChange, ...]
    targets: tuple[TargetChange, ...]
    superiors: tuple[SuperiorChange, ...]
    links: tuple[LinkChange, ...]
    introduced: tuple[Diagnostic, ...]
    """findings of the head that the base does not have, located in the head's files"""
    fixed: tuple[Diagnostic, ...]
    """findings of the base that the head no longer has, located in the base's files"""
    not_compared: tuple[str, ...]
    """position files that could not be read on at least one side"""
    renames_cut: tuple[RenamesCut, ...] = ()
    """pairings that `RENAME_LIMIT` stopped before they were complete"""


@dataclass(frozen=True)
class RenamesCut:
    """A rename pairing stopped by `RENAME_LIMIT`: every pair at least `down_to` similar was
    paired; the `removed` and `added` ids left are shown as removed and added, though some of
    them may be renames less similar than that."""

    position_id: str | None
    """None: the office's positions; otherwise the indicators of this position (new id)"""
    down_to: float
    removed: int
    added: int
    limit: int
    """the `RENAME_LIMIT` that stopped it"""


# -- similarity -------------------------------------------------------------------------------


_DEFAULTS = {
    "polaritas": "positif",
    "agregasi": "jumlah",
    "capaian_negatif": "regulasi",
    "ikm": False,
    "penunjang": False,
}
"""Values a file may write that say no more than leaving them out."""


def _lines(value: Any, prefix: str = "") -> list[str]:
    """One `path = json` line per scalar, lists item by item: the unit that similarity counts.

    Empty values and written-out defaults are left out: two unrelated rows that both say
    `penjelasan: null`, `polaritas: positif` and `target: {2025: null}` are not alike.
    """
    if isinstance(value, Mapping):
        return [line for key, item in value.items() for line in _lines(item, f"{prefix}.{key}")]
    if isinstance(value, list):
        return [line for item in value for line in _lines(item, f"{prefix}[]")]
    field = prefix.rsplit(".", 1)[-1]
    if value is None or (field in _DEFAULTS and _DEFAULTS[field] == value):
        return []
    return [f"{prefix} = {json.dumps(value, ensure_ascii=False, sort_keys=True)}"]


Documents = Mapping[str, Any]
"""file name → the document as written (schema-valid), the side's source of canonical forms"""


def _position_lines(position: Position, documents: Documents) -> list[str]:
    document = dict(documents[position.file])
    document.pop("id", None)
    return _lines(document)


def _indicator_lines(indicator: Indicator, position: Position, documents: Documents) -> list[str]:
    document = dict(documents[position.file]["kinerja"][indicator.index])
    document.pop("id", None)
    return _lines(document)


def similarity(old: Sequence[str], new: Sequence[str]) -> float:
    """The share of lines two canonical forms have in common: 2·common / (old + new).

    A canonical form has one line per value written in the file (`.kinerja[].indikator = "…"`),
    with the id left out, so a pure rename scores 1.0. Defaults the file does not write are not
    counted: two positions that merely share `polaritas: positif` are not alike. Lines count as
    a multiset: the order of fields or indicators does not matter, and a rewritten sentence is
    one changed line.
    """
    if not old and not new:
        return 1.0
    common = sum((Counter(old) & Counter(new)).values())
    return 2 * common / (len(old) + len(new))


RENAME_ROUNDS = (0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, RENAME_THRESHOLD)
"""Thresholds the pairing descends through (see `_pair_within`): the last is `RENAME_THRESHOLD`."""

RENAME_LIMIT = 1_000_000
"""Most candidate pairs one pairing compares, as git's `diff.renameLimit` bounds its rename
detection: past it, what is left unpaired stays removed and added, and the diff says so."""


def _pair(
    old: Mapping[str, list[str]], new: Mapping[str, list[str]]
) -> list[tuple[str, str, float]]:
    """Pair ids left over on each side by their canonical lines, most similar first, at least
    `RENAME_THRESHOLD`; ties go to the ids first in alphabetical order. No limit (see
    `_pair_within`)."""
    return _pair_within(old, new, None).pairs


@dataclass(frozen=True)
class _Pairing:
    pairs: list[tuple[str, str, float]]
    limit: int | None
    compared: int
    """the work of the rounds run (see `_candidates`), never more than `limit`"""
    stopped_at: float | None
    """the similarity down to which the pairing is complete, when `RENAME_LIMIT` stopped it;
    None when every pair was considered"""


def _pair_within(
    old: Mapping[str, list[str]], new: Mapping[str, list[str]], limit: int | None
) -> _Pairing:
    """`_pair`, comparing at most `limit` candidate pairs.

    The result is that of scoring every pair, without scoring every pair: identical forms
    (score 1, every pure rename) pair off in alphabetical order first. The rest are paired in
    rounds of descending thresholds (`RENAME_ROUNDS`): each round scores only the pairs of ids
    still unpaired that can reach its threshold (see `_candidates`) and pairs, most similar
    first, those that do. That is the greedy order over every pair: a round's pairs all score
    below the previous round's threshold, since after a round no two unpaired ids reach it. A
    position renamed and edited is most like itself, so the high rounds pair it while their
    short prefixes leave the lines everyone shares (standard texts) out of the candidates.
    A round whose candidates would take the pairing past `limit` is not run: the pairing then
    stops, complete down to the previous round's threshold.
    """
    forms_old: dict[tuple[str, ...], list[str]] = defaultdict(list)
    forms_new: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for a in sorted(old):
        forms_old[tuple(sorted(old[a]))].append(a)
    for b in sorted(new):
        forms_new[tuple(sorted(new[b]))].append(b)
    pairs: list[tuple[str, str, float]] = []
    for form, olds in forms_old.items():
        pairs.extend((a, b, 1.0) for a, b in zip(olds, forms_new.get(form, ()), strict=False))
    used_old = {a for a, _, _ in pairs}
    used_new = {b for _, b, _ in pairs}
    left_old = {a: _tokens(lines) for a, lines in sorted(old.items()) if a not in used_old}
    left_new = {b: _tokens(lines) for b, lines in sorted(new.items()) if b not in used_new}
    compared = 0
    stopped_at: float | None = None
    previous = 1.0
    for t in RENAME_ROUNDS:
        if not left_old or not left_new:
            break
        work, candidates, every_pair = _candidates(left_old, left_new, t)
        if limit is not None and compared + work > limit:
            stopped_at = previous
            break
        compared += work
        # Every pair a candidate: scored once, down to the last round's threshold, rather than
        # once for each round left.
        threshold = RENAME_THRESHOLD if every_pair else t
        previous = threshold
        scored = sorted(
            (-score, a, b)
            for a, b in candidates
            if (score := _dice(left_old[a], left_new[b])) >= threshold
        )
        for negative, a, b in scored:
            if a not in left_old or b not in left_new:
                continue
            del left_old[a], left_new[b]
            pairs.append((a, b, -negative))
        if threshold == RENAME_THRESHOLD:
            break
    return _Pairing(
        sorted(pairs, key=lambda pair: (-pair[2], pair[0], pair[1])), limit, compared, stopped_at
    )


Token = tuple[str, int]
"""A line and how many times it was written before: a line written twice is two tokens."""


def _tokens(lines: Iterable[str]) -> frozenset[Token]:
    seen: Counter[str] = Counter()
    found = []
    for line in lines:
        found.append((line, seen[line]))
        seen[line] += 1
    return frozenset(found)


def _dice(old: frozenset[Token], new: frozenset[Token]) -> float:
    """`similarity` of two canonical forms already made tokens."""
    total = len(old) + len(new)
    return 1.0 if not total else 2 * len(old & new) / total


def _candidates(
    old: Mapping[str, frozenset[Token]], new: Mapping[str, frozenset[Token]], t: float
) -> tuple[int, Iterator[tuple[str, str]], bool]:
    """Every pair that can reach similarity `t`, and few others (the prefix filter of
    similarity joins), with the work of finding them. A line written twice counts as two
    tokens, (line, 0) and (line, 1), so that common lines are common tokens. Two forms with
    Dice similarity t share at least t·n/(2−t) of the n tokens of either. Put the m tokens of
    a form that the other side has at all in one order, rarest first (by the pairs a token
    makes: how many forms of one side have it times how many of the other); two such forms
    then share a token among the first m − ⌈t·n/(2−t)⌉ + 1 of each. Only pairs sharing a token
    there are scored: the rare lines (a superior, a `mendukung`) pick the candidates, the lines
    every position of a kind has do not.

    The work is the number of (old, new) meetings in the prefixes' index, a pair counted once
    for every token it shares there; when that is more than every pair, every pair is a
    candidate (and the last value is True), and the work is their number. The candidates come
    in a fixed order, one by one, after the work is known: a pairing that the work would take
    past its limit never lists them.
    """
    old_frequency = Counter(token for form in old.values() for token in form)
    new_frequency = Counter(token for form in new.values() for token in form)

    def prefix(form: frozenset[Token], other: Counter[Token]) -> list[Token]:
        # A token the other side never has cannot be shared: only the others are ordered, and
        # the least overlap is counted against them alone.
        items = sorted(
            (token for token in form if token in other),
            key=lambda token: (old_frequency[token] * new_frequency[token], token),
        )
        keep = len(items) - math.ceil(t * len(form) / (2 - t) - 1e-9) + 1
        return items[: max(keep, 0)]

    index: dict[Token, list[str]] = defaultdict(list)
    for b, form in new.items():
        for token in prefix(form, old_frequency):
            index[token].append(b)
    prefixes = {a: prefix(form, new_frequency) for a, form in old.items()}
    work = sum(len(index.get(token, ())) for tokens in prefixes.values() for token in tokens)
    every = len(old) * len(new)
    if work >= every:
        return every, ((a, b) for a in old for b in new), True

    def met() -> Iterator[tuple[str, str]]:
        for a, tokens in prefixes.items():
            for b in sorted({b for token in tokens for b in index.get(token, ())}):
                yield a, b

    return work, met(), False


# -- fields -----------------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    """A field's value as one line of text for the report; None when it is not set."""
    if value is None or value == [] or value == {}:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _field_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(key, _text(old[key]), _text(new[key])) for key in old if old[key] != new[key]
    )


_UNCOMPARED_INDICATOR_FIELDS = ("id", "ref", "target", "mendukung")


def _indicator_fields(indicator: Indicator) -> dict[str, Any]:
    data = indicator_data(indicator)
    for key in _UNCOMPARED_INDICATOR_FIELDS:
        del data[key]
    return data


def _position_fields(position: Position) -> dict[str, Any]:
    return {
        "jabatan": position.title,
        "pemangku": position.holder,
        "tugas": list(position.tasks),
        "fungsi": list(position.functions),
    }


# -- targets ----------------------------------------------------------------------------------


def year_value(target: TargetValue) -> float | None:
    """The number a year's target comes to: the number itself, or TW4 of a cumulative quarterly
    target; a range has none, nor per-quarter targets (they add up or not by the indicator's
    `agregasi`, which a target alone does not know)."""
    if isinstance(target, float):
        return target
    if isinstance(target, QuarterlyTarget):
        return target.to(4) if target.cumulative else None
    return None


def _percent(old: TargetValue, new: TargetValue) -> float | None:
    before, after = year_value(old), year_value(new)
    if before is None or after is None or before == 0:
        return None
    return (after - before) / abs(before) * 100


def _target_changes(ref: str, old: Indicator, new: Indicator) -> list[TargetChange]:
    changes = []
    for year in sorted(set(old.targets) | set(new.targets)):
        before: TargetValue = old.targets.get(year, ABSENT)
        after: TargetValue = new.targets.get(year, ABSENT)
        if before != after:
            changes.append(TargetChange(ref, year, before, after, _percent(before, after)))
    return changes


def target_text(target: TargetValue) -> Any:
    """A target as JSON data: a number, {min, maks}, {TW1..TW4}, null, or "absent"."""
    return target.value if isinstance(target, Absent) else target_data(target)


# -- the comparison ---------------------------------------------------------------------------


@dataclass
class _Matching:
    """Which old position and indicator became which new one."""

    positions: list[tuple[Position, Position, float | None]]
    indicators: list[tuple[Position, Indicator, Indicator, float | None]]
    position_ids: dict[str, str]
    """old id → new id, for every matched position"""
    indicator_refs: dict[str, str]
    """old ref → new ref, for every matched indicator"""
    files: dict[str, str]
    """old file → new file, for every matched position"""
    cuts: list[RenamesCut]
    """pairings `RENAME_LIMIT` stopped"""


def _invalid_position_files(workspace: Workspace) -> set[str]:
    return {s.name for s in workspace.files_of(SchemaName.POSITION) if not s.valid}


def _by_id(positions: Iterable[Position]) -> dict[str, Position]:
    found: dict[str, Position] = {}
    for position in positions:
        found.setdefault(position.id, position)  # a duplicate id is a finding of its own
    return found


def _match(
    old: dict[str, Position],
    new: dict[str, Position],
    old_documents: Documents,
    new_documents: Documents,
) -> tuple[_Matching, list[PositionChange]]:
    changes: list[PositionChange] = []
    pairs: list[tuple[Position, Position, float | None]] = [
        (old[i], new[i], None) for i in sorted(old.keys() & new.keys())
    ]
    left_old = {i: old[i] for i in old.keys() - new.keys()}
    left_new = {i: new[i] for i in new.keys() - old.keys()}
    pairing = _pair_within(
        {i: _position_lines(p, old_documents) for i, p in left_old.items()},
        {i: _position_lines(p, new_documents) for i, p in left_new.items()},
        RENAME_LIMIT,
    )
    for a, b, rename_score in pairing.pairs:
        pairs.append((left_old.pop(a), left_new.pop(b), rename_score))
    cut = _cut(None, pairing, left_old, left_new)
    for position in left_old.values():
        changes.append(
            PositionChange(
                ChangeKind.REMOVED, position.id, None, position.file, None, position.title
            )
        )
    for position in left_new.values():
        changes.append(
            PositionChange(ChangeKind.ADDED, None, position.id, None, position.file, position.title)
        )
    matching = _Matching([], [], {}, {}, {}, cut)
    for before, after, score in pairs:
        matching.positions.append((before, after, score))
        matching.position_ids[before.id] = after.id
        matching.files[before.file] = after.file
        fields = _field_changes(_position_fields(before), _position_fields(after))
        moved = before.id != after.id or before.file != after.file
        if moved or fields:
            changes.append(
                PositionChange(
                    ChangeKind.RENAMED if moved else ChangeKind.CHANGED,
                    before.id,
                    after.id,
                    before.file,
                    after.file,
                    after.title,
                    score,
                    fields,
                )
            )
    return matching, changes


def _match_indicators(
    matching: _Matching, old_documents: Documents, new_documents: Documents
) -> list[IndicatorChange]:
    changes: list[IndicatorChange] = []
    for before, after, _ in matching.positions:
        old = {i.id: i for i in reversed(before.indicators)}  # the first of a duplicate id
        new = {i.id: i for i in reversed(after.indicators)}
        pairs: list[tuple[Indicator, Indicator, float | None]] = [
            (old[i], new[i], None) for i in sorted(old.keys() & new.keys())
        ]
        left_old = {i: old[i] for i in old.keys() - new.keys()}
        left_new = {i: new[i] for i in new.keys() - old.keys()}
        pairing = _pair_within(
            {i: _indicator_lines(x, before, old_documents) for i, x in left_old.items()},
            {i: _indicator_lines(x, after, new_documents) for i, x in left_new.items()},
            RENAME_LIMIT,
        )
        for a, b, rename_score in pairing.pairs:
            pairs.append((left_old.pop(a), left_new.pop(b), rename_score))
        matching.cuts.extend(_cut(after.id, pairing, left_old, left_new))
        for indicator in left_old.values():
            changes.append(
                IndicatorChange(ChangeKind.REMOVED, before.id, indicator.id, None, indicator.name)
            )
        for indicator in left_new.values():
            changes.append(
                IndicatorChange(ChangeKind.ADDED, after.id, None, indicator.id, indicator.name)
            )
        for a_ind, b_ind, score in pairs:
            matching.indicators.append((after, a_ind, b_ind, score))
            matching.indicator_refs[a_ind.ref] = b_ind.ref
            fields = _field_changes(_indicator_fields(a_ind), _indicator_fields(b_ind))
            renamed = a_ind.id != b_ind.id
            if renamed or fields:
                changes.append(
                    IndicatorChange(
                        ChangeKind.RENAMED if renamed else ChangeKind.CHANGED,
                        after.id,
                        a_ind.id,
                        b_ind.id,
                        b_ind.name,
                        score,
                        fields,
                    )
                )
    return changes


def _cut(
    position_id: str | None,
    pairing: _Pairing,
    left_old: Mapping[str, Any],
    left_new: Mapping[str, Any],
) -> list[RenamesCut]:
    if pairing.stopped_at is None or pairing.limit is None:
        return []
    cut = RenamesCut(position_id, pairing.stopped_at, len(left_old), len(left_new), pairing.limit)
    return [cut]


def _carried(ref: str, matching: _Matching) -> str:
    """An old side's `position/indicator` reference, as the same thing is called on the new side."""
    if ref in matching.indicator_refs:
        return matching.indicator_refs[ref]
    position_id, slash, indicator_id = ref.partition("/")
    return matching.position_ids.get(position_id, position_id) + slash + indicator_id


def _links(office: Office, skip: set[str]) -> set[tuple[str, str]]:
    """Every `(indicator, supported indicator)` pair, as written."""
    return {
        (indicator.ref, target)
        for position in office.positions
        if position.file not in skip
        for indicator in position.indicators
        for target in indicator.supports
    }


def _link_changes(
    old: set[tuple[str, str]], new: set[tuple[str, str]], matching: _Matching
) -> list[LinkChange]:
    """An old link survives when the new side has it as written, or as carried through the
    renames; what is left over on either side was removed or added."""
    survived: set[tuple[str, str]] = set()
    changes = []
    for source, target in sorted(old):
        carried = _carried(source, matching)
        found = next(
            (
                link
                for link in ((carried, _carried(target, matching)), (carried, target))
                if link in new
            ),
            None,
        )
        if found is None:
            changes.append(LinkChange(ChangeKind.REMOVED, carried, target))
        else:
            survived.add(found)
    changes += [LinkChange(ChangeKind.ADDED, a, b) for a, b in sorted(new - survived)]
    return changes


_ID_RUN = re.compile(r"[a-z0-9/-]+")
"""A run of the characters ids and refs are made of: a message names an id as a whole run."""


def _renamed_ids(matching: _Matching) -> dict[str, str]:
    """Old ids and refs → new ones. Ids are slugs, so a whole run of id characters in a message
    that equals an old id is that id; a ref (`position/indicator`) is one run, never read as
    its position's id."""
    return {
        old: new
        for renames in (matching.position_ids, matching.indicator_refs)
        for old, new in renames.items()
        if old != new
    }


def _findings(
    old: Sequence[Diagnostic],
    new: Sequence[Diagnostic],
    files: Mapping[str, str],
    renamed: Mapping[str, str] | None = None,
) -> tuple[tuple[Diagnostic, ...], tuple[Diagnostic, ...]]:
    """Findings matched by file (following renames), code, severity and message, never by line,
    which moves with every edit above it. An old message is read with renamed ids written the
    new way, so a finding that only followed a rename is neither new nor fixed."""

    names = renamed or {}

    def key(d: Diagnostic, file: str) -> tuple[str, str, str, str]:
        return (file, d.code, d.severity.value, d.message)

    def old_key(d: Diagnostic) -> tuple[str, str, str, str]:
        # One pass over the message with one lookup per run, rather than one pattern per
        # renamed id over every finding (renames × findings).
        message = (
            _ID_RUN.sub(lambda run: names.get(run[0], run[0]), d.message) if names else d.message
        )
        return (files.get(d.file, d.file), d.code, d.severity.value, message)

    old_keys = Counter(old_key(d) for d in old)
    new_keys = Counter(key(d, d.file) for d in new)
    introduced = []
    for d in new:
        k = key(d, d.file)
        if old_keys[k] > 0:
            old_keys[k] -= 1
        else:
            introduced.append(d)
    fixed = []
    for d in old:
        k = old_key(d)
        if new_keys[k] > 0:
            new_keys[k] -= 1
        else:
            fixed.append(d)
    return tuple(introduced), tuple(fixed)


def compare(project: Project, base: Snapshot, head: Snapshot) -> Diff:
    """What changes from `base` to `head`. Both are loaded as files of `project`."""
    old_ws, new_ws = load_workspaces_from_files(project, base.files, head.files)
    old_invalid = _invalid_position_files(old_ws)
    new_invalid = _invalid_position_files(new_ws)
    skip = old_invalid | new_invalid
    old_positions = _by_id(p for p in old_ws.office.positions if p.file not in skip)
    new_positions = _by_id(p for p in new_ws.office.positions if p.file not in skip)

    old_documents = {name: source.data for name, source in old_ws.sources.items()}
    new_documents = {name: source.data for name, source in new_ws.sources.items()}
    matching, position_changes = _match(old_positions, new_positions, old_documents, new_documents)
    indicator_changes = _match_indicators(matching, old_documents, new_documents)
    targets = [
        change
        for _, before, after, _ in matching.indicators
        for change in _target_changes(after.ref, before, after)
    ]
    superiors = [
        SuperiorChange(after.id, before.superior, after.superior)
        for before, after, _ in matching.positions
        # unchanged as written, or changed only to follow a rename: not a change of superior
        if after.superior not in (before.superior, _carried_id(before.superior, matching))
    ]
    links = _link_changes(_links(old_ws.office, skip), _links(new_ws.office, skip), matching)
    introduced, fixed = _findings(
        validate(old_ws).sorted(),
        validate(new_ws).sorted(),
        matching.files,
        _renamed_ids(matching),
    )
    return Diff(
        base=base,
        head=head,
        positions=tuple(sorted(position_changes, key=lambda c: (c.id, c.kind))),
        indicators=tuple(sorted(indicator_changes, key=lambda c: (c.ref, c.kind))),
        targets=tuple(sorted(targets, key=lambda c: (c.ref, c.year))),
        superiors=tuple(sorted(superiors, key=lambda c: c.position_id)),
        links=tuple(sorted(links, key=lambda c: (c.ref, c.supports, c.kind))),
        introduced=introduced,
        fixed=fixed,
        not_compared=tuple(sorted(skip)),
        renames_cut=tuple(matching.cuts),
    )


def _carried_id(position_id: str | None, matching: _Matching) -> str | None:
    if position_id is None:
        return None
    return matching.position_ids.get(position_id, position_id)
