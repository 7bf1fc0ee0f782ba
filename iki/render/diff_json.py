"""`iki diff` as JSON for scripts. Stable shape, documented in the README:

{"version": 1,
 "base": {"revision", "commit"}, "head": {"revision", "commit"},   (null, null: working tree)
 "summary": {"positions", "indicators", "targets", "atasan", "mendukung", "introduced", "fixed"},
 "positions": [{"change", "old_id", "new_id", "old_file", "new_file", "jabatan", "similarity",
                "fields": [{"field", "old", "new"}]}],
 "indicators": [{"change", "position", "old_id", "new_id", "indikator", "similarity", "fields"}],
 "targets": [{"ref", "year", "old", "new", "percent"}],
 "atasan": [{"position", "old", "new"}],
 "mendukung": [{"change", "ref", "supports"}],
 "findings": {"introduced": [diagnostic], "fixed": [diagnostic]},
 "not_compared": [file],
 "renames_cut": [{"position", "down_to", "removed", "added", "limit", "message", "hint"}]}

`change` is added, removed, renamed or changed. A target is a number, {"min", "maks"},
{"TW1".."TW4"}, null (written as null) or "absent" (no entry for the year). Percentages and
similarities are rounded to two and three decimals.
"""

from __future__ import annotations

from typing import Any

from iki.compute.diff import Diff, FieldChange, RenamesCut, target_text
from iki.load.snapshot import Snapshot
from iki.render.diff_text import renames_cut
from iki.render.json_report import diagnostic_data, dumps

FORMAT_VERSION = 1


def _side(snapshot: Snapshot) -> dict[str, Any]:
    return {"revision": snapshot.revision, "commit": snapshot.commit}


def _fields(fields: tuple[FieldChange, ...]) -> list[dict[str, Any]]:
    return [{"field": f.field, "old": f.old, "new": f.new} for f in fields]


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def to_data(diff: Diff) -> dict[str, Any]:
    return {
        "version": FORMAT_VERSION,
        "base": _side(diff.base),
        "head": _side(diff.head),
        "summary": {
            "positions": len(diff.positions),
            "indicators": len(diff.indicators),
            "targets": len(diff.targets),
            "atasan": len(diff.superiors),
            "mendukung": len(diff.links),
            "introduced": len(diff.introduced),
            "fixed": len(diff.fixed),
        },
        "positions": [
            {
                "change": p.kind.value,
                "old_id": p.old_id,
                "new_id": p.new_id,
                "old_file": p.old_file,
                "new_file": p.new_file,
                "jabatan": p.title,
                "similarity": _round(p.similarity, 3),
                "fields": _fields(p.fields),
            }
            for p in diff.positions
        ],
        "indicators": [
            {
                "change": i.kind.value,
                "position": i.position_id,
                "old_id": i.old_id,
                "new_id": i.new_id,
                "indikator": i.name,
                "similarity": _round(i.similarity, 3),
                "fields": _fields(i.fields),
            }
            for i in diff.indicators
        ],
        "targets": [
            {
                "ref": t.ref,
                "year": t.year,
                "old": target_text(t.old),
                "new": target_text(t.new),
                "percent": _round(t.percent, 2),
            }
            for t in diff.targets
        ],
        "atasan": [{"position": s.position_id, "old": s.old, "new": s.new} for s in diff.superiors],
        "mendukung": [
            {"change": link.kind.value, "ref": link.ref, "supports": link.supports}
            for link in diff.links
        ],
        "findings": {
            "introduced": [diagnostic_data(d) for d in diff.introduced],
            "fixed": [diagnostic_data(d) for d in diff.fixed],
        },
        "not_compared": list(diff.not_compared),
        "renames_cut": [_renames_cut(cut) for cut in diff.renames_cut],
    }


def _renames_cut(cut: RenamesCut) -> dict[str, Any]:
    said = renames_cut(cut)
    return {
        "position": cut.position_id,
        "down_to": cut.down_to,
        "removed": cut.removed,
        "added": cut.added,
        "limit": cut.limit,
        "message": said.message,
        "hint": said.hint,
    }


def render(diff: Diff) -> str:
    return dumps(to_data(diff))
