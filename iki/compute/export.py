"""`iki export`: the whole resolved model as data, the interface for scripts and later commands.

Keys are the Indonesian keys of the files, with every default applied (polaritas, agregasi, …)
and every indicator's full reference, so a script never re-implements the defaults.
"""

from __future__ import annotations

from typing import Any

from iki.model import Indicator, Office, Position, QuarterlyTarget, Range, Target

EXPORT_VERSION = 1


def target_data(target: Target) -> Any:
    if isinstance(target, Range):
        return {"min": target.minimum, "maks": target.maximum}
    if isinstance(target, QuarterlyTarget):
        quarters: dict[str, Any] = {
            f"TW{n}": value for n, value in enumerate(target.quarters, start=1)
        }
        if target.kind is not None:
            quarters["jenis"] = target.kind.value
        return quarters
    return target


def indicator_data(indicator: Indicator) -> dict[str, Any]:
    formula = indicator.formula
    return {
        "ref": indicator.ref,
        "id": indicator.id,
        "sasaran": indicator.objective,
        "indikator": indicator.name,
        "penjelasan": indicator.explanation,
        "sumber_data": indicator.data_source,
        "satuan": indicator.unit,
        "polaritas": indicator.polarity.value,
        "capaian_negatif": indicator.negative_method.value,
        "agregasi": indicator.aggregation.value,
        "rumus": None
        if formula is None
        else {
            "ekspresi": formula.expression,
            "variabel": {
                v.name: {
                    "uraian": v.description,
                    "satuan": v.unit,
                    "agregasi": v.aggregation.value,
                }
                for v in formula.variables
            },
        },
        "ikm": indicator.ikm,
        "target": {str(year): target_data(t) for year, t in sorted(indicator.targets.items())},
        "bobot": indicator.weight,
        "mendukung": list(indicator.supports),
        "penunjang": indicator.supporting_work,
        "target_bawahan": indicator.target_from_subordinates,
        "abaikan": dict(sorted(indicator.suppressed.items())),
    }


def position_data(position: Position, office: Office) -> dict[str, Any]:
    return {
        "id": position.id,
        "file": position.file,
        "jabatan": position.title,
        "atasan": position.superior,
        "bawahan": [p.id for p in office.subordinates(position.id)],
        "pemangku": position.holder,
        "tugas": list(position.tasks),
        "fungsi": list(position.functions),
        "kinerja": [indicator_data(i) for i in position.indicators],
    }


def office_data(office: Office) -> dict[str, Any]:
    config = office.config
    return {
        "version": EXPORT_VERSION,
        "organisasi": config.organisation,
        "pemerintah": config.government,
        "tahun": config.year,
        "skala_predikat": [{"min": g.minimum, "predikat": g.name} for g in config.grades],
        "batas_capaian": config.cap,
        "positions": [position_data(p, office) for p in office.positions],
    }
