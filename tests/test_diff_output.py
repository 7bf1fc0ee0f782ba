"""The diff formatters, tested as whole text from hand-built diffs."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from markdown_it import MarkdownIt

from iki.compute.diff import (
    ABSENT,
    ChangeKind,
    Diff,
    FieldChange,
    IndicatorChange,
    LinkChange,
    PositionChange,
    RenamesCut,
    SuperiorChange,
    TargetChange,
)
from iki.diagnostics import Diagnostic, Severity
from iki.load.snapshot import Snapshot
from iki.model import QuarterlyTarget, Range
from iki.render import diff_json, diff_markdown, diff_text
from iki.render.choices import DiffFormat
from iki.render.diff_formats import DIFF_FORMATTERS

BASE = Snapshot("origin/main", "0123456789abcdef0123456789abcdef01234567", ())
WORKTREE = Snapshot(None, None, ())

GOLDEN = Path(__file__).parent / "golden" / "diff.md"
UNTRUSTED = "Jumlah | surat\nmasuk <b>*penting*</b> [x](http://x) & `kode` ~coret~ \\ _u_"

DIFF = Diff(
    base=BASE,
    head=WORKTREE,
    positions=(
        PositionChange(
            ChangeKind.RENAMED,
            "staf",
            "pengadministrasi",
            "data/positions/staf.yaml",
            "data/positions/pengadministrasi.yaml",
            "Pengadministrasi Umum",
            0.9166,
        ),
        PositionChange(
            ChangeKind.ADDED, None, "bendahara", None, "data/positions/bendahara.yaml", "Bendahara"
        ),
    ),
    indicators=(
        IndicatorChange(
            ChangeKind.CHANGED,
            "pengadministrasi",
            "surat",
            "surat",
            UNTRUSTED,
            None,
            (FieldChange("indikator", "Jumlah surat", UNTRUSTED),),
        ),
    ),
    targets=(
        TargetChange("kepala/layanan", 2025, 90.0, 95.0, 5.5555),
        TargetChange(
            "pengadministrasi/surat",
            2025,
            QuarterlyTarget((100.0, 200.0, None, 400.0)),
            QuarterlyTarget((100.0, 200.0, 300.0, 450.0)),
            12.5,
        ),
        TargetChange("pengadministrasi/surat", 2026, ABSENT, Range(80.0, 90.5), None),
        TargetChange("pengadministrasi/surat", 2027, None, 0.0, None),
    ),
    superiors=(SuperiorChange("bendahara", None, "kepala"),),
    links=(LinkChange(ChangeKind.REMOVED, "pengadministrasi/surat", "kepala/layanan"),),
    introduced=(
        Diagnostic(
            "data/positions/bendahara.yaml",
            4,
            3,
            "R004",
            Severity.ERROR,
            "mendukung 'kepala/x|y': there is no position",
        ),
    ),
    fixed=(Diagnostic("data/positions/staf.yaml", 0, 0, "F003", Severity.WARNING, "unused"),),
    not_compared=("data/positions/rusak|x.yaml",),
)


def test_markdown_whole_text() -> None:
    """The golden file is the reviewed output; after an intended change of the format, rewrite
    it with `python -c 'from tests.test_diff_output import *; GOLDEN.write_text(
    diff_markdown.render(DIFF), encoding="utf-8")'` and review the diff of the file."""
    assert diff_markdown.render(DIFF) == GOLDEN.read_text(encoding="utf-8")


def test_markdown_renders_as_the_tables_it_means() -> None:
    """Rendered by a CommonMark parser with GitHub's table extension: every row keeps its
    cells, the untrusted text comes out as text (no HTML, no link, no emphasis)."""
    html = (
        MarkdownIt("commonmark")
        .enable(["table", "strikethrough"])
        .render(diff_markdown.render(DIFF))
    )
    rows = re.findall(r"<tr>(.*?)</tr>", html, flags=re.DOTALL)
    assert len(rows) == 20  # 7 headers, 13 rows
    assert all(len(re.findall(r"<t[dh]", row)) in (3, 5) for row in rows)
    expected_cell = (
        "<td>Jumlah | surat<br>masuk &lt;b&gt;*penting*&lt;/b&gt; [x](http://x) &amp; "
        "`kode` ~coret~ \\ _u_</td>"
    )
    assert expected_cell in html
    for markup in ("<b>", "<em>", "<a ", "<s>", "<del>"):
        assert markup not in html
    assert "<td>mendukung 'kepala/x|y': there is no position</td>" in html


def test_markdown_of_no_change() -> None:
    empty = Diff(BASE, WORKTREE, (), (), (), (), (), (), (), ())
    assert diff_markdown.render(empty) == (
        "## Perubahan IKI\n\norigin/main (`0123456`) → salinan kerja\n\n"
        f"**Ringkasan:** {diff_text.NO_CHANGES}\n"
    )


def test_text_whole_output() -> None:
    assert diff_text.render(DIFF) == (
        "iki diff: origin/main (0123456) → salinan kerja\n"
        "Ringkasan: 1 jabatan ditambah · 1 jabatan diganti id · 1 indikator diubah · "
        "4 target berubah · 1 atasan berubah · 1 tautan mendukung dihapus · 1 temuan baru · "
        "1 temuan diperbaiki\n"
        "\n"
        "Jabatan\n"
        "  pengadministrasi: diganti id (kemiripan 92 %)\n"
        "      id: staf → pengadministrasi\n"
        "      berkas: data/positions/staf.yaml → data/positions/pengadministrasi.yaml\n"
        "  bendahara: ditambah\n"
        "      jabatan: — → Bendahara\n"
        "      berkas: — → data/positions/bendahara.yaml\n"
        "\n"
        "Indikator\n"
        "  pengadministrasi/surat: diubah\n"
        "      indikator: Jumlah surat → Jumlah | surat / masuk <b>*penting*</b> [x](http://x)"
        " & `kode` ~coret~ \\ _u_\n"
        "\n"
        "Target\n"
        "  kepala/layanan  2025: 90 → 95  (+5.6 %)\n"
        "  pengadministrasi/surat  2025: TW1 100, TW2 200, TW4 400 → "
        "TW1 100, TW2 200, TW3 300, TW4 450  (+12.5 %)\n"
        "  pengadministrasi/surat  2026: — → 80–90.5  (—)\n"
        "  pengadministrasi/surat  2027: belum ditetapkan → 0  (—)\n"
        "\n"
        "Atasan\n"
        "  bendahara: — → kepala\n"
        "\n"
        "Mendukung\n"
        "  dihapus      pengadministrasi/surat → kepala/layanan\n"
        "\n"
        "Temuan baru\n"
        "  data/positions/bendahara.yaml:4:3  galat  R004  mendukung 'kepala/x|y': "
        "there is no position\n"
        "\n"
        "Temuan diperbaiki\n"
        "  data/positions/staf.yaml  peringatan  F003  unused\n"
        "\n"
        "Tidak dibandingkan (berkas tidak terbaca di salah satu sisi; lihat temuan)\n"
        "  data/positions/rusak|x.yaml\n"
    )


def test_text_never_sends_control_characters_to_the_terminal() -> None:
    assert diff_text.plain("a\x1b[31mb\x07") == "a\\x1b[31mb\\x07"


def test_json_targets_and_rounding() -> None:
    data = json.loads(diff_json.render(DIFF))
    assert data["targets"][0] == {
        "ref": "kepala/layanan",
        "year": 2025,
        "old": 90.0,
        "new": 95.0,
        "percent": 5.56,
    }
    assert data["targets"][2]["old"] == "absent"
    assert data["targets"][2]["new"] == {"min": 80.0, "maks": 90.5}
    assert data["targets"][3]["old"] is None
    assert data["positions"][0]["similarity"] == 0.917
    assert data["summary"]["targets"] == 4
    assert data["findings"]["introduced"][0]["line"] == 4


def test_every_format_has_a_formatter() -> None:
    assert set(DIFF_FORMATTERS) == set(DiffFormat)
    for render in DIFF_FORMATTERS.values():
        assert render(DIFF) == render(DIFF)  # deterministic


CUT = replace(
    DIFF,
    renames_cut=(
        RenamesCut(None, 0.9, 1200, 1180, 1_000_000),
        RenamesCut("kepala|x", 0.75, 3, 2, 1_000_000),
    ),
)


def test_a_rename_pairing_stopped_by_its_limit_is_said_in_every_format() -> None:
    positions = (
        "pencocokan ganti nama jabatan dihentikan setelah 1.000.000 pasangan dibandingkan: "
        "semua pasangan dengan kemiripan sekurang-kurangnya 90 % sudah dicocokkan; 1.200 "
        "jabatan dihapus dan 1.180 jabatan ditambah yang tersisa tidak dibandingkan lagi, "
        "sehingga sebagian mungkin sebenarnya ganti nama"
    )
    indicators = "pencocokan ganti nama indikator jabatan kepala|x dihentikan"
    hint = "bagi perubahan itu menjadi beberapa commit yang lebih kecil"
    text = diff_text.render(CUT)
    assert f"Perhatian: {positions}\n  saran: {hint}\n" in text
    assert f"Perhatian: {indicators}" in text
    assert "75 %" in text and "3 indikator dihapus dan 2 indikator ditambah" in text
    markdown = diff_markdown.render(CUT)
    assert f"> **Perhatian:** {positions}. Saran: {hint}.\n" in markdown
    assert "indikator jabatan kepala\\|x dihentikan" in markdown  # escaped for the table syntax
    data = json.loads(diff_json.render(CUT))
    assert data["renames_cut"] == [
        {
            "position": None,
            "down_to": 0.9,
            "removed": 1200,
            "added": 1180,
            "limit": 1_000_000,
            "message": positions,
            "hint": hint,
        },
        {
            "position": "kepala|x",
            "down_to": 0.75,
            "removed": 3,
            "added": 2,
            "limit": 1_000_000,
            "message": data["renames_cut"][1]["message"],
            "hint": hint,
        },
    ]
    assert data["renames_cut"][1]["message"].startswith(indicators)
    # A complete pairing says nothing of the kind.
    assert "Perhatian" not in diff_text.render(DIFF) + diff_markdown.render(DIFF)
    assert json.loads(diff_json.render(DIFF))["renames_cut"] == []


def test_the_readme_shows_the_rename_limit_as_the_text_format_says_it() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    cut = replace(DIFF, renames_cut=(RenamesCut(None, 0.9, 995, 995, 1_000_000),))
    said = [line for line in diff_text.render(cut).splitlines() if "Perhatian" in line]
    assert said and said[0] in readme
    assert diff_text.render(cut).split(said[0])[1].splitlines()[1] in readme


def test_counts_are_grouped_as_the_reader_writes_them() -> None:
    """A large change reads `3.980 tautan`, as an officer writes it, not `3980 tautan`."""
    many = replace(DIFF, targets=DIFF.targets * 1000, fixed=DIFF.fixed * 1200)
    line = diff_text.headline(many)
    assert f"{len(DIFF.targets) * 1000:,} target berubah".replace(",", ".") in line
    assert "1.200 temuan diperbaiki" in line
