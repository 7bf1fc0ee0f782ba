"""`iki diff` as GitHub-flavoured Markdown, for a pull request comment or a job summary.

Everything that comes from the data (texts, file names, messages, the revision as typed) is
escaped: HTML's `&`, `<` and `>` as entities; the characters that start Markdown inline markup
(`\\`, `` ` ``, `*`, `_`, `[`, `]`, `~`) and the table's `|` with a backslash; line breaks as
`<br>`, so a multi-line `tugas` stays in its cell. Only ids that match the id pattern, and
commit ids, are shown as code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from iki.compute.diff import Diff
from iki.diagnostics import Diagnostic
from iki.load.snapshot import Snapshot
from iki.render.diff_text import (
    KIND,
    NOTHING,
    SEVERITY,
    WORKTREE,
    headline,
    indicator_rows,
    percent,
    position_rows,
    renames_cut,
    target,
)

_MARKUP = re.compile(r"([\\`*_\[\]~|])")
_CODE_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")


def escape(value: str | None) -> str:
    """Text for a table cell: nothing in it can end the cell, start markup or inject HTML."""
    if value is None:
        return NOTHING
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _MARKUP.sub(r"\\\1", value)
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def code(value: str | None) -> str:
    """An id or reference as code when it is one; anything else as escaped text."""
    if value is not None and _CODE_SAFE.match(value):
        return f"`{value}`"
    return escape(value)


def _side(snapshot: Snapshot) -> str:
    if snapshot.revision is None:
        return WORKTREE
    short = code((snapshot.commit or "")[:7])
    if (snapshot.commit or "").startswith(snapshot.revision):
        return short
    return f"{escape(snapshot.revision)} ({short})"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _section(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return ["", f"### {title}", "", *_table(header, rows)] if rows else []


def _findings(title: str, findings: Sequence[Diagnostic]) -> list[str]:
    rows = [
        [
            escape(d.file),
            str(d.line) if d.line else NOTHING,
            code(d.code),
            SEVERITY[d.severity],
            escape(d.message),
        ]
        for d in findings
    ]
    return _section(title, ["Berkas", "Baris", "Kode", "Tingkat", "Pesan"], rows)


def render(diff: Diff) -> str:
    out = [
        "## Perubahan IKI",
        "",
        f"{_side(diff.base)} → {_side(diff.head)}",
        "",
        f"**Ringkasan:** {headline(diff)}",
    ]
    for cut in diff.renames_cut:
        said = renames_cut(cut)
        out += ["", f"> **Perhatian:** {escape(said.message)}. Saran: {escape(said.hint)}."]
    changes = ["Perubahan", "Jabatan", "Kolom", "Sebelum", "Sesudah"]
    out += _section(
        "Jabatan",
        changes,
        [
            [change, code(ref), code(field), escape(old), escape(new)]
            for change, ref, field, old, new in position_rows(diff)
        ],
    )
    changes[1] = "Indikator"
    out += _section(
        "Indikator",
        changes,
        [
            [change, code(ref), code(field), escape(old), escape(new)]
            for change, ref, field, old, new in indicator_rows(diff)
        ],
    )
    out += _section(
        "Target",
        ["Indikator", "Tahun", "Sebelum", "Sesudah", "Perubahan"],
        [
            [code(t.ref), str(t.year), target(t.old), target(t.new), percent(t.percent)]
            for t in diff.targets
        ],
    )
    out += _section(
        "Atasan",
        ["Jabatan", "Sebelum", "Sesudah"],
        [[code(s.position_id), code(s.old), code(s.new)] for s in diff.superiors],
    )
    out += _section(
        "Mendukung",
        ["Indikator", "Mendukung", "Perubahan"],
        [[code(link.ref), code(link.supports), KIND[link.kind]] for link in diff.links],
    )
    out += _findings("Temuan baru", diff.introduced)
    out += _findings("Temuan yang diperbaiki", diff.fixed)
    if diff.not_compared:
        out += [
            "",
            "### Tidak dibandingkan",
            "",
            "Berkas ini tidak terbaca atau tidak sesuai skema di salah satu sisi; lihat temuannya.",
            "",
            *(f"- {escape(name)}" for name in diff.not_compared),
        ]
    return "\n".join(out) + "\n"
