"""The office's position files against the source document, read here without the importer.

The shipped files were curated by hand on top of the importer's output; this test checks them
against a deliberately naive reading of the seed, so that an importer bug cannot hide a
transcription error (or the other way round).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

ROOT = Path(__file__).parents[1]
SEED = ROOT / "data" / "sumber" / "iki-dpmptsp-padang-panjang.txt"
POSITIONS = ROOT / "data" / "positions"
MODELINE = "# yaml-language-server: $schema=../../schemas/position.schema.json\n"

# The seed's position blocks in order, as the files that hold them.
SEED_ORDER = [
    "kepala-dinas",
    "sekretaris",
    "kabid-penanaman-modal",
    "kasi-promosi-kerjasama",
    "pengadministrasi-umum-promosi",
    "kasi-pembinaan-pengendalian",
    "kasi-ketenagakerjaan",
    "kabid-ptsp",
    "kasi-perizinan-1",
    "kasi-perizinan-2",
    "kasi-pengaduan",
    "pengadministrasi-perizinan-2",
    "analis-pelayanan-publik",
    "pengadministrasi-perizinan-1",
    "analis-dokumen-perizinan",
    "kasubag-umum-kepegawaian",
    "pengadministrasi-sarpras",
    "pengadministrasi-umum",
    "kasubag-keuangan",
    "bendahara-pengeluaran",
    "analis-perencanaan",
]


def plain(cell: str) -> str:
    """A cell without the export's HTML and LaTeX, whitespace collapsed."""
    cell = re.sub(r"</?(?:ol|ul|li)\b[^>]*>", " ", cell)
    cell = re.sub(r"\\text\{([^{}]*)\}", r"\1", cell)
    cell = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"\1 / \2", cell)
    cell = cell.replace("\\times", "×").replace("$", "")
    return " ".join(cell.split())


@cache
def seed_blocks() -> list[dict[str, Any]]:
    """Per block: jabatan, holder and the table rows as lists of plain cells."""
    if not SEED.is_file():
        pytest.fail(f"the seed document is missing: {SEED} (it is the source of data/positions)")
    blocks: list[dict[str, Any]] = []
    in_table = False
    for line in SEED.read_text(encoding="utf-8").split("\n"):
        cells = line.split("\t")
        if line.startswith("Indikator Kinerja Individu"):
            holder = re.search(r"\((.*)\)", line)
            blocks.append({"holder": holder.group(1) if holder else None, "rows": []})
            in_table = False
        elif len(cells) > 3 and cells[1] == "Jabatan":
            blocks[-1]["jabatan"] = cells[3].strip()
        elif cells[0] == "No":
            in_table = True
        elif in_table and len(cells) >= 3 and re.fullmatch(r"\d*\.?", cells[0]):
            blocks[-1]["rows"].append([plain(cell) for cell in cells[1:]])
    return blocks


@cache
def shipped() -> dict[str, dict[str, Any]]:
    return {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted(POSITIONS.glob("*.yaml"))
    }


def as_json(document: dict[str, Any]) -> dict[str, Any]:
    """YAML's int year keys as the strings a JSON document would have."""
    return {
        **document,
        "kinerja": [
            {**row, "target": {str(k): v for k, v in row.get("target", {}).items()}}
            for row in document["kinerja"]
        ],
    }


def test_seed_reading_finds_21_blocks_and_73_rows() -> None:
    blocks = seed_blocks()
    assert len(blocks) == 21
    assert sum(len(block["rows"]) for block in blocks) == 73


def test_21_files_and_73_rows() -> None:
    assert sorted(shipped()) == sorted(SEED_ORDER)
    assert sum(len(document["kinerja"]) for document in shipped().values()) == 73


def test_texts_match_the_seed_position_by_position() -> None:
    for block, position_id in zip(seed_blocks(), SEED_ORDER, strict=True):
        document = shipped()[position_id]
        assert document["jabatan"] == block["jabatan"], position_id
        assert document["pemangku"] == block["holder"], position_id
        expected = [(row[0], row[1]) for row in block["rows"]]
        actual = [(row["sasaran"], row["indikator"]) for row in document["kinerja"]]
        assert actual == expected, position_id


def test_penjelasan_and_sumber_data_match_the_seed() -> None:
    for block, position_id in zip(seed_blocks(), SEED_ORDER, strict=True):
        for cells, row in zip(block["rows"], shipped()[position_id]["kinerja"], strict=True):
            cells = [*cells, "", "", ""]
            assert row["penjelasan"] == (cells[2] or None), (position_id, row["id"])
            assert row["sumber_data"] == (cells[3] or None), (position_id, row["id"])


def test_targets_only_where_the_seed_gives_a_count() -> None:
    for block, position_id in zip(seed_blocks(), SEED_ORDER, strict=True):
        for cells, row in zip(block["rows"], shipped()[position_id]["kinerja"], strict=True):
            counts = [c for c in cells[1:] if re.fullmatch(r"\d+ [a-z]+", c)]
            if counts:
                number, unit = counts[0].split(" ")
                assert row["target"] == {2025: int(number)}, (position_id, row["id"])
                assert row["satuan"] == unit, (position_id, row["id"])
            else:
                assert row["target"] == {2025: None}, (position_id, row["id"])


def test_files_are_schema_valid_and_named_by_id() -> None:
    schema = json.loads((ROOT / "schemas" / "position.schema.json").read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema)
    for stem, document in shipped().items():
        errors = [
            f"{list(e.absolute_path)}: {e.message}"
            for e in validator.iter_errors(as_json(document))
        ]
        assert errors == [], stem
        assert document["id"] == stem
        row_ids = [row["id"] for row in document["kinerja"]]
        assert len(set(row_ids)) == len(row_ids), stem


def test_every_file_starts_with_the_modeline() -> None:
    for path in sorted(POSITIONS.glob("*.yaml")):
        assert path.read_text(encoding="utf-8").startswith(MODELINE), path.name


def test_atasan_forms_one_tree_rooted_at_the_kepala_dinas() -> None:
    atasan = {stem: document.get("atasan") for stem, document in shipped().items()}
    assert [stem for stem, parent in atasan.items() if parent is None] == ["kepala-dinas"]
    for stem in atasan:
        seen = {stem}
        current = stem
        while atasan[current] is not None:
            current = atasan[current]
            assert current in atasan, f"{stem}: unknown atasan {current}"
            assert current not in seen, f"{stem}: cycle through {current}"
            seen.add(current)
        assert current == "kepala-dinas"


def test_formulas_declare_exactly_the_variables_they_use() -> None:
    formulas = 0
    for stem, document in shipped().items():
        for row in document["kinerja"]:
            if "rumus" not in row:
                continue
            formulas += 1
            used = set(re.findall(r"[a-z_][a-z0-9_]*", row["rumus"]["ekspresi"]))
            assert used == set(row["rumus"]["variabel"]), (stem, row["id"])
    assert formulas == 7


def test_the_ikm_row() -> None:
    ikm = [
        (stem, row["id"])
        for stem, document in shipped().items()
        for row in document["kinerja"]
        if row.get("ikm")
    ]
    assert ikm == [("kepala-dinas", "ikm")]


def test_iki_validate_accepts_the_shipped_data() -> None:
    from tests.conftest import run_iki

    run = run_iki(["validate", "--project", str(ROOT), "--format", "json"])
    assert run.code == 0, run
    assert json.loads(run.stdout)["summary"]["errors"] == 0


def test_export_holds_the_whole_office_as_the_seed_has_it() -> None:
    from tests.conftest import run_iki

    run = run_iki(["export", "--project", str(ROOT)])
    assert run.code == 0, run
    exported = {p["id"]: p for p in json.loads(run.stdout)["positions"]}
    assert len(exported) == 21
    assert sum(len(p["kinerja"]) for p in exported.values()) == 73
    for block, position_id in zip(seed_blocks(), SEED_ORDER, strict=True):
        position = exported[position_id]
        assert position["jabatan"] == block["jabatan"]
        rows = [(r["sasaran"], r["indikator"]) for r in position["kinerja"]]
        assert rows == [(cells[0], cells[1]) for cells in block["rows"]], position_id
