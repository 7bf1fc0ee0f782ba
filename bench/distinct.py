"""The "distinct" benchmark profile: N positions, 4 indicators each, a valid cascade, and a
year of realisations — every file valid, so that each command does its full work.

The tree has a branching factor of four under one head, like a real office from the Kepala
Dinas down; each indicator supports the indicator of the same index of the direct superior.
The numbers are invented and carry no meaning.
"""

from __future__ import annotations

import argparse
from pathlib import Path

INDICATORS = 4
BRANCHING = 4
YEAR = 2025


def superior(n: int) -> int | None:
    return None if n == 0 else (n - 1) // BRANCHING


def position_text(n: int) -> str:
    boss = superior(n)
    rows = []
    for k in range(INDICATORS):
        supports = "null" if boss is None else f"p{boss:05d}/i{k}"
        if k == 3:
            rows.append(
                f"""  - id: i{k}
    sasaran: Meningkatnya ketepatan waktu layanan {k} unit {n}
    indikator: Persentase layanan {k} unit {n} yang selesai tepat waktu
    penjelasan: layanan tepat waktu / seluruh layanan x 100 %
    sumber_data: Laporan layanan
    satuan: persen
    mendukung: {supports}
    rumus:
      ekspresi: tepat_waktu / seluruh * 100
      variabel:
        tepat_waktu: {{uraian: Layanan selesai tepat waktu, satuan: layanan}}
        seluruh: {{uraian: Seluruh layanan, satuan: layanan}}
    target:
      {YEAR}: 90
"""
            )
        else:
            rows.append(
                f"""  - id: i{k}
    sasaran: Terlaksananya kegiatan {k} pada unit {n}
    indikator: Jumlah dokumen kegiatan {k} unit {n} yang diselesaikan
    penjelasan: Cukup jelas
    sumber_data: Laporan kegiatan
    satuan: dokumen
    polaritas: {"negatif" if k == 2 else "positif"}
    agregasi: jumlah
    mendukung: {supports}
    target:
      {YEAR}: {{jenis: kumulatif, TW1: {10 + k}, TW2: {20 + k}, TW3: {30 + k}, TW4: {40 + k}}}
"""
            )
    atasan = "null" if boss is None else f"p{boss:05d}"
    return (
        "# yaml-language-server: $schema=../../schemas/position.schema.json\n"
        f"id: p{n:05d}\njabatan: Jabatan sintetis nomor {n}\natasan: {atasan}\n"
        f"pemangku: null\ntugas: Melaksanakan tugas unit {n}\n"
        "fungsi:\n  - penyiapan bahan kebijakan\n  - pelaksanaan kegiatan\n"
        "kinerja:\n" + "".join(rows)
    )


def realisation_text(n: int) -> str:
    lines = [
        "# yaml-language-server: $schema=../../../schemas/realisasi.schema.json",
        f"posisi: p{n:05d}",
        f"tahun: {YEAR}",
        "realisasi:",
    ]
    for k in range(INDICATORS - 1):
        lines.append(f"  i{k}:")
        for q in range(1, 4):
            lines.append(f"    TW{q}: {(n + k + q) % 7 + 8}")
    lines.append("  i3:")
    for q in range(1, 4):
        lines.append(f"    TW{q}: {{tepat_waktu: {(n + q) % 5 + 15}, seluruh: 20}}")
    return "\n".join(lines) + "\n"


def write_office(root: Path, positions: int) -> None:
    (root / "data" / "positions").mkdir(parents=True, exist_ok=True)
    (root / "data" / "realisasi" / str(YEAR)).mkdir(parents=True, exist_ok=True)
    (root / "iki.yaml").write_text(
        f"organisasi: Kantor Sintetis {positions} Jabatan\ntahun: {YEAR}\n", encoding="utf-8"
    )
    for n in range(positions):
        name = f"p{n:05d}.yaml"
        (root / "data" / "positions" / name).write_text(position_text(n), encoding="utf-8")
        (root / "data" / "realisasi" / str(YEAR) / name).write_text(
            realisation_text(n), encoding="utf-8"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path)
    parser.add_argument("positions", type=int)
    args = parser.parse_args()
    write_office(args.root, args.positions)


if __name__ == "__main__":
    main()
