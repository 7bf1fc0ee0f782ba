"""The "realistic" benchmark profile: an office written the way real ones are.

Real repositories repeat standard texts: every Pengadministrasi Keuangan carries "Jumlah dokumen
keuangan yang diadministrasikan", every Kepala Seksi the same few rows. So positions here have a
*kind* (jabatan and field), and every position of a kind carries the same indicator texts, each
row supporting a row of the superior. The tree has a head, a few wide structural levels and a
wide bottom of staff, and can be made as deep as asked. Rows have quarterly targets for every
year of history; one row in four is a percentage with a formula; realisations cover four
quarters of every year.

Every dimension the benchmark sweeps is a field of `Shape`, so that each can be multiplied on
its own. Everything is deterministic: the same shape writes byte-identical files. The numbers
and names are invented and carry no meaning.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

FIRST_YEAR = 2025

ROLES = (
    ("Pengadministrasi", "diadministrasikan"),
    ("Analis", "dianalisis"),
    ("Pengelola", "dikelola"),
    ("Penyusun", "disusun"),
    ("Verifikator", "diverifikasi"),
    ("Pengolah Data", "diolah"),
    ("Penata Laksana", "ditatalaksanakan"),
    ("Pranata", "dikoordinasikan"),
)
STRUCTURAL = (("Kepala Bidang", "dicapai"), ("Kepala Seksi", "dilaksanakan"))
FIELDS = (
    "keuangan",
    "perencanaan",
    "kepegawaian",
    "perizinan",
    "pengaduan",
    "arsip",
    "barang milik daerah",
    "data dan informasi",
    "pelayanan publik",
    "promosi investasi",
    "pengawasan",
    "umum",
    "hukum",
    "ketenagakerjaan",
    "penanaman modal",
    "kerja sama",
)
OBJECTS = (
    "dokumen",
    "laporan",
    "berkas",
    "surat",
    "data",
    "usulan",
    "rekomendasi",
    "arsip",
    "pengaduan",
    "kegiatan",
    "naskah",
    "rencana kerja",
)
FORMULA_EVERY = 4
"""One row in four is a percentage computed from two variables."""


@dataclass(frozen=True)
class Shape:
    """What the office looks like; each field is one dimension of the sweep."""

    positions: int = 1000
    indicators: int = 4
    """rows of each position"""
    copies: int = 100
    """positions of each kind below the head, each carrying the same standard texts"""
    depth: int = 5
    """levels of the tree, the head included"""
    bands: int = 5
    """predikat bands in iki.yaml"""
    realised: float = 1.0
    """share of positions with a realisation file for each year"""
    years: int = 2
    """years of targets and realisations, the last one the current year"""
    renamed: set[int] = field(default_factory=set, compare=False)
    """positions (by number) written under a new id: a rename for `iki diff`"""
    changed: set[int] = field(default_factory=set, compare=False)
    """positions whose targets and one text are edited: a change for `iki diff`"""

    @property
    def year(self) -> int:
        return FIRST_YEAR + self.years - 1


def level_sizes(positions: int, depth: int) -> list[int]:
    """Positions per level: one head, then levels growing by a constant factor, so that a deep
    tree is narrow and a shallow one wide, as offices are."""
    depth = max(1, min(depth, positions))
    if depth == 1:
        return [positions]
    low, high = 1.0, float(positions)
    for _ in range(100):  # the growth factor whose levels add up to the positions
        mid = (low + high) / 2
        total = sum(mid**level for level in range(depth))
        low, high = (mid, high) if total < positions else (low, mid)
    sizes = [max(1, round(low**level)) for level in range(depth)]
    sizes[0] = 1
    excess = sum(sizes) - positions
    sizes[-1] -= excess
    while sizes[-1] < 1:  # rounding took too much from the last level
        sizes[-2] -= 1 - sizes[-1]
        sizes[-1] = 1
    return sizes


@dataclass(frozen=True)
class Node:
    number: int
    level: int
    superior: int | None
    kind: int
    """index of the kind among the level's kinds"""


def tree(shape: Shape) -> list[Node]:
    """Every position, level by level; a level's positions are shared out among the level
    above in contiguous blocks, and kinds go round-robin so siblings differ and cousins share."""
    sizes = level_sizes(shape.positions, shape.depth)
    nodes: list[Node] = []
    previous: list[int] = []
    for level, size in enumerate(sizes):
        kinds = max(1, -(-size // shape.copies))
        current = []
        for j in range(size):
            superior = previous[j * len(previous) // size] if previous else None
            nodes.append(Node(len(nodes), level, superior, j % kinds))
            current.append(nodes[-1].number)
        previous = current
    return nodes


def role(node: Node) -> tuple[str, str, str]:
    """Title, verb and field of a position's kind."""
    if node.level == 0:
        return ("Kepala Dinas", "dicapai", "penanaman modal dan pelayanan terpadu")
    roles = STRUCTURAL[node.level - 1 : node.level] if node.level <= len(STRUCTURAL) else ROLES
    name, verb = roles[node.kind % len(roles)]
    rest = node.kind // len(roles)
    field_name = FIELDS[rest % len(FIELDS)]
    if rest >= len(FIELDS):
        field_name += f" wilayah {rest // len(FIELDS) + 1}"
    return name, verb, field_name


def title(node: Node) -> str:
    name, _, field_name = role(node)
    return f"{name} {field_name.title()}" if node.level else f"{name}"


def slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def position_id(node: Node, shape: Shape) -> str:
    base = f"{slug(title(node))}-{node.number}"
    return f"{base}-baru" if node.number in shape.renamed else base


def rows(node: Node, shape: Shape) -> Iterator[tuple[str, str, str, bool]]:
    """The standard rows of the node's kind: id, sasaran, indikator, whether it has a formula."""
    _, verb, field_name = role(node)
    for k in range(shape.indicators):
        thing = OBJECTS[k % len(OBJECTS)]
        stage = k // len(OBJECTS)
        suffix = f" tahap {stage + 1}" if stage else ""
        id_suffix = f"-{stage + 1}" if stage else ""
        if k % FORMULA_EVERY == FORMULA_EVERY - 1:
            yield (
                f"persentase-{slug(thing)}{id_suffix}",
                f"Meningkatnya ketepatan waktu {thing} {field_name}{suffix}",
                f"Persentase {thing} {field_name} yang {verb} tepat waktu{suffix}",
                True,
            )
        else:
            yield (
                f"jumlah-{slug(thing)}{id_suffix}",
                f"Meningkatnya tertib administrasi {field_name}{suffix}",
                f"Jumlah {thing} {field_name} yang {verb}{suffix}",
                False,
            )


def position_text(node: Node, nodes: list[Node], shape: Shape) -> str:
    boss = nodes[node.superior] if node.superior is not None else None
    boss_rows = [row[0] for row in rows(boss, shape)] if boss else []
    boss_id = position_id(boss, shape) if boss else None
    changed = node.number in shape.changed
    out = [
        "# yaml-language-server: $schema=../../schemas/position.schema.json",
        f"id: {position_id(node, shape)}",
        f"jabatan: {title(node)}",
        f"atasan: {boss_id or 'null'}",
        "pemangku: null",
        f"tugas: Melaksanakan urusan {role(node)[2]} sesuai tugas dan fungsi",
        "fungsi:",
        f"  - penyiapan bahan urusan {role(node)[2]}",
        "  - pelaksanaan fungsi lain yang diberikan oleh atasan",
        "kinerja:",
    ]
    for k, (row_id, sasaran, indikator, formula) in enumerate(rows(node, shape)):
        if changed and k == 0:
            indikator += " dan dilaporkan"
        supports = f"{boss_id}/{boss_rows[k % len(boss_rows)]}" if boss else "null"
        out += [
            f"  - id: {row_id}",
            f"    sasaran: {sasaran}",
            f"    indikator: {indikator}",
        ]
        bump = 1 if changed else 0
        if formula:
            out += [
                "    penjelasan: yang tepat waktu dibagi seluruhnya dikali 100 persen",
                "    sumber_data: Laporan bulanan",
                "    satuan: persen",
                f"    mendukung: {supports}",
                "    rumus:",
                "      ekspresi: tepat_waktu / seluruh * 100",
                "      variabel:",
                "        tepat_waktu: {uraian: Yang selesai tepat waktu, satuan: berkas}",
                "        seluruh: {uraian: Seluruh yang diterima, satuan: berkas}",
                "    target:",
            ]
            out += [f"      {FIRST_YEAR + y}: {85 + y + bump}" for y in range(shape.years)]
        else:
            out += [
                "    penjelasan: Cukup jelas",
                "    sumber_data: Register kegiatan",
                f"    satuan: {OBJECTS[k % len(OBJECTS)].split()[0]}",
                "    agregasi: jumlah",
                f"    mendukung: {supports}",
                "    target:",
            ]
            out += [
                f"      {FIRST_YEAR + y}: {{jenis: per-triwulan, TW1: {3 + k + bump}, "
                f"TW2: {5 + k}, TW3: {5 + k}, TW4: {4 + k + y}}}"
                for y in range(shape.years)
            ]
    return "\n".join(out) + "\n"


def realisation_text(node: Node, shape: Shape, year: int) -> str:
    out = [
        "# yaml-language-server: $schema=../../../schemas/realisasi.schema.json",
        f"posisi: {position_id(node, shape)}",
        f"tahun: {year}",
        "realisasi:",
    ]
    for k, (row_id, _, _, formula) in enumerate(rows(node, shape)):
        out.append(f"  {row_id}:")
        for q in range(1, 5):
            if formula:
                out.append(f"    TW{q}: {{tepat_waktu: {15 + (node.number + q) % 6}, seluruh: 20}}")
            else:
                out.append(f"    TW{q}: {2 + (node.number + k + q + year) % (6 + k)}")
    return "\n".join(out) + "\n"


def config_text(shape: Shape) -> str:
    lines = [
        f"organisasi: Dinas Sintetis {shape.positions} Jabatan",
        "pemerintah: Pemerintah Kota Sintetis",
        f"tahun: {shape.year}",
        "skala_predikat:",
    ]
    # Bounds from 100 down to 0 in equal steps, the top band first, as iki.yaml writes them.
    for b in range(shape.bands):
        minimum = round(100 * (shape.bands - 1 - b) / shape.bands, 2) if shape.bands > 1 else 0
        lines.append(f"  - {{min: {minimum:g}, predikat: Predikat {b + 1}}}")
    return "\n".join(lines) + "\n"


def write_office(root: Path, shape: Shape) -> None:
    """Write the office to `root` (data/positions, data/realisasi/<year>, iki.yaml)."""
    nodes = tree(shape)
    positions = root / "data" / "positions"
    positions.mkdir(parents=True, exist_ok=True)
    for old in positions.glob("*.yaml"):
        old.unlink()
    (root / "iki.yaml").write_text(config_text(shape), encoding="utf-8")
    realised = sorted(
        random.Random(7).sample(range(len(nodes)), round(shape.realised * len(nodes)))
    )
    for node in nodes:
        name = f"{position_id(node, shape)}.yaml"
        (positions / name).write_text(position_text(node, nodes, shape), encoding="utf-8")
    for y in range(shape.years):
        folder = root / "data" / "realisasi" / str(FIRST_YEAR + y)
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.yaml"):
            old.unlink()
        for n in realised:
            node = nodes[n]
            (folder / f"{position_id(node, shape)}.yaml").write_text(
                realisation_text(node, shape, FIRST_YEAR + y), encoding="utf-8"
            )


def change(shape: Shape, touched: float, renamed_share: float = 1 / 3) -> Shape:
    """A change touching a share of the positions: a third of them renamed, the rest with
    edited targets and one edited text (a deterministic choice spread over the tree)."""
    count = round(touched * shape.positions)
    chosen = random.Random(11).sample(range(1, shape.positions), min(count, shape.positions - 1))
    cut = round(len(chosen) * renamed_share)
    return replace(shape, renamed=set(chosen[:cut]), changed=set(chosen[cut:]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path)
    for name, default in Shape().__dict__.items():
        if isinstance(default, int | float) and not isinstance(default, bool):
            parser.add_argument(f"--{name}", type=type(default), default=default)
    args = parser.parse_args()
    values = {k: v for k, v in vars(args).items() if k != "root"}
    write_office(args.root, Shape(**values))


if __name__ == "__main__":
    main()
