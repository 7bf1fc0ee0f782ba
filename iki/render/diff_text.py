"""`iki diff` for a person at a terminal, and the words and numbers every diff format shares.

Labels are Indonesian, as in every report the office reads; diagnostics' messages stay English.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator

from iki.compute.diff import (
    ABSENT,
    ChangeKind,
    Diff,
    FieldChange,
    RenamesCut,
    TargetValue,
)
from iki.diagnostics import Diagnostic, Severity
from iki.load.snapshot import Snapshot
from iki.messages import Said, say, show
from iki.model import QuarterlyTarget, Range

KIND = {
    ChangeKind.ADDED: "ditambah",
    ChangeKind.REMOVED: "dihapus",
    ChangeKind.RENAMED: "diganti id",
    ChangeKind.CHANGED: "diubah",
}
SEVERITY = {Severity.ERROR: "galat", Severity.WARNING: "peringatan"}
WORKTREE = "salinan kerja"
NOT_SET = "belum ditetapkan"
"""A target year written as `null`: the office has not set the number yet."""
NOTHING = "—"
NO_CHANGES = "Tidak ada perubahan pada jabatan, indikator, target, atasan, mendukung maupun temuan."


def number(value: float) -> str:
    """12.0 → `12`, 12.5 → `12.5`: the shortest text that reads back as the same number."""
    return str(int(value)) if value.is_integer() else repr(value)


def percent(value: float | None) -> str:
    if value is None:
        return NOTHING
    rounded = round(value, 1)
    return "0.0 %" if rounded == 0 else f"{rounded:+.1f} %"


def target(value: TargetValue) -> str:
    if value is ABSENT:
        return NOTHING
    if value is None:
        return NOT_SET
    if isinstance(value, Range):
        return f"{number(value.minimum)}–{number(value.maximum)}"
    if isinstance(value, QuarterlyTarget):
        parts = [
            f"TW{n} {number(q)}" for n, q in enumerate(value.quarters, start=1) if q is not None
        ]
        text = ", ".join(parts) if parts else NOT_SET
        return f"{value.kind.value}: {text}" if value.kind is not None else text
    assert isinstance(value, float)
    return number(value)


def similarity(value: float | None) -> str:
    return "" if value is None else f" (kemiripan {round(value * 100)} %)"


def renames_cut(cut: RenamesCut) -> Said:
    """What a rename pairing stopped by `RENAME_LIMIT` left undone, said in every format."""
    percent = round(cut.down_to * 100)
    if cut.position_id is None:
        return say(
            "diff.renames_cut",
            limit=cut.limit,
            percent=percent,
            removed=cut.removed,
            added=cut.added,
        )
    return say(
        "diff.renames_cut_indicators",
        position=cut.position_id,
        limit=cut.limit,
        percent=percent,
        removed=cut.removed,
        added=cut.added,
    )


def side(snapshot: Snapshot) -> str:
    if snapshot.revision is None:
        return WORKTREE
    short = (snapshot.commit or "")[:7]
    if (snapshot.commit or "").startswith(snapshot.revision):
        return short
    return f"{snapshot.revision} ({short})"


def _count(counts: Counter[ChangeKind], noun: str) -> list[str]:
    order = (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.RENAMED, ChangeKind.CHANGED)
    return [f"{show(counts[kind])} {noun} {KIND[kind]}" for kind in order if counts[kind]]


def headline(diff: Diff) -> str:
    """Every count, in one line: what a reviewer reads first."""
    parts = [
        *_count(Counter(c.kind for c in diff.positions), "jabatan"),
        *_count(Counter(c.kind for c in diff.indicators), "indikator"),
    ]
    if diff.targets:
        parts.append(f"{show(len(diff.targets))} target berubah")
    if diff.superiors:
        parts.append(f"{show(len(diff.superiors))} atasan berubah")
    parts += _count(Counter(c.kind for c in diff.links), "tautan mendukung")
    if diff.introduced:
        parts.append(f"{show(len(diff.introduced))} temuan baru")
    if diff.fixed:
        parts.append(f"{show(len(diff.fixed))} temuan diperbaiki")
    return " · ".join(parts) if parts else NO_CHANGES


def position_rows(diff: Diff) -> list[tuple[str, str, str, str | None, str | None]]:
    """(change, position, field, before, after) for each position change, one row a field."""
    rows: list[tuple[str, str, str, str | None, str | None]] = []
    for change in diff.positions:
        label = KIND[change.kind] + similarity(change.similarity)
        fields: list[FieldChange] = []
        if change.kind is ChangeKind.RENAMED and change.old_id != change.new_id:
            fields.append(FieldChange("id", change.old_id, change.new_id))
        if change.kind is ChangeKind.ADDED:
            fields.append(FieldChange("jabatan", None, change.title))
        elif change.kind is ChangeKind.REMOVED:
            fields.append(FieldChange("jabatan", change.title, None))
        if change.old_file != change.new_file:
            fields.append(FieldChange("berkas", change.old_file, change.new_file))
        fields += change.fields
        for field in fields:
            rows.append((label, change.id, field.field, field.old, field.new))
    return rows


def indicator_rows(diff: Diff) -> list[tuple[str, str, str, str | None, str | None]]:
    """(change, indicator ref, field, before, after) for each indicator change."""
    rows: list[tuple[str, str, str, str | None, str | None]] = []
    for change in diff.indicators:
        label = KIND[change.kind] + similarity(change.similarity)
        fields: list[FieldChange] = []
        if change.kind is ChangeKind.ADDED:
            fields.append(FieldChange("indikator", None, change.name))
        elif change.kind is ChangeKind.REMOVED:
            fields.append(FieldChange("indikator", change.name, None))
        elif change.old_id != change.new_id:
            fields.append(FieldChange("id", change.old_id, change.new_id))
        fields += change.fields
        for field in fields:
            rows.append((label, change.ref, field.field, field.old, field.new))
    return rows


def where(d: Diagnostic) -> str:
    return f"{d.file}:{d.line}:{d.column}" if d.line else d.file


# -- the terminal format ----------------------------------------------------------------------


def plain(value: str | None) -> str:
    """Text safe for a terminal: control characters (an escape sequence in a file name) shown
    as `\\x1b`, never sent to the terminal; line breaks as ` / `."""
    if value is None:
        return NOTHING
    value = value.replace("\r\n", "\n").replace("\n", " / ")
    return "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) == "Cc" else c for c in value)


def _section(title: str, lines: Iterable[str]) -> list[str]:
    body = list(lines)
    return ["", title, *body] if body else []


def _grouped(rows: Iterable[tuple[str, str, str, str | None, str | None]]) -> Iterator[str]:
    """One heading line per changed thing, then one line per field."""
    previous = None
    for change, ref, field, old, new in rows:
        if (change, ref) != previous:
            yield f"  {ref}: {change}"
            previous = (change, ref)
        yield f"      {field}: {plain(old)} → {plain(new)}"


def render(diff: Diff) -> str:
    out = [
        f"iki diff: {plain(side(diff.base))} → {plain(side(diff.head))}",
        f"Ringkasan: {headline(diff)}",
    ]
    for cut in diff.renames_cut:
        said = renames_cut(cut)
        out += ["", f"Perhatian: {plain(said.message)}", f"  saran: {plain(said.hint)}"]
    out += _section("Jabatan", _grouped(position_rows(diff)))
    out += _section("Indikator", _grouped(indicator_rows(diff)))
    out += _section(
        "Target",
        (
            f"  {t.ref}  {t.year}: {target(t.old)} → {target(t.new)}  ({percent(t.percent)})"
            for t in diff.targets
        ),
    )
    out += _section(
        "Atasan",
        (f"  {s.position_id}: {plain(s.old)} → {plain(s.new)}" for s in diff.superiors),
    )
    out += _section(
        "Mendukung",
        (f"  {KIND[link.kind]:<12} {link.ref} → {plain(link.supports)}" for link in diff.links),
    )
    for title, findings in (("Temuan baru", diff.introduced), ("Temuan diperbaiki", diff.fixed)):
        out += _section(
            title,
            (
                f"  {plain(where(d))}  {SEVERITY[d.severity]}  {d.code}  {plain(d.message)}"
                for d in findings
            ),
        )
    out += _section(
        "Tidak dibandingkan (berkas tidak terbaca di salah satu sisi; lihat temuan)",
        (f"  {plain(name)}" for name in diff.not_compared),
    )
    return "\n".join(out) + "\n"
