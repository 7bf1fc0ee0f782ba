"""The pohon kinerja as JSON for scripts. Keys are Indonesian, as in `iki export`:

{"version": 1, "organisasi", "tahun", "periode": "TW2" | null, "akar": id | null,
 "pohon": node | null, "di_luar_pohon": [node], "ringkasan": {...}}

node: {"id", "jabatan", "pemangku", "atasan", "kedalaman", "capaian", "kinerja": [indikator],
       "bawahan": [node]}
indikator: {"ref", "id", "sasaran", "indikator", "satuan", "target", "capaian",
            "mendukung": [{"ref", "jenis": "langsung" | "melompat" | "bukan-atasan"}],
            "didukung_oleh": [ref], "penunjang", "belum_diturunkan", "tidak_mendukung"}
"""

from __future__ import annotations

from typing import Any

from iki.compute.export import target_data
from iki.compute.pohon import IndicatorNode, Pohon, PositionNode
from iki.render.json_report import dumps

FORMAT_VERSION = 1


def to_data(pohon: Pohon) -> dict[str, Any]:
    c = pohon.counts
    return {
        "version": FORMAT_VERSION,
        "organisasi": pohon.organisation,
        "tahun": pohon.year,
        "periode": f"TW{pohon.quarter}" if pohon.quarter else None,
        "akar": pohon.root.id if pohon.root else None,
        "pohon": _position(pohon.root) if pohon.root else None,
        "di_luar_pohon": [_position(node) for node in pohon.unplaced],
        "ringkasan": {
            "jabatan": c.positions,
            "jabatan_dalam_pohon": c.placed,
            "indikator": c.indicators,
            "belum_diturunkan": c.uncascaded,
            "tidak_mendukung": c.orphans,
            "penunjang": c.supporting_work,
        },
    }


def _position(node: PositionNode) -> dict[str, Any]:
    return {
        "id": node.id,
        "jabatan": node.title,
        "pemangku": node.holder,
        "atasan": node.superior,
        "kedalaman": node.depth,
        "capaian": node.capaian,
        "kinerja": [_indicator(i) for i in node.indicators],
        "bawahan": [_position(child) for child in node.subordinates],
    }


def _indicator(indicator: IndicatorNode) -> dict[str, Any]:
    return {
        "ref": indicator.ref,
        "id": indicator.id,
        "sasaran": indicator.objective,
        "indikator": indicator.name,
        "satuan": indicator.unit,
        "target": target_data(indicator.target),
        "capaian": indicator.capaian,
        "mendukung": [{"ref": s.ref, "jenis": s.kind.value} for s in indicator.supports],
        "didukung_oleh": list(indicator.supported_by),
        "penunjang": indicator.supporting_work,
        "belum_diturunkan": indicator.uncascaded,
        "tidak_mendukung": indicator.orphan,
    }


def render(pohon: Pohon) -> str:
    return dumps(to_data(pohon))
