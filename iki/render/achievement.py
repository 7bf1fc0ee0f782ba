"""Achievement results as data (JSON, CSV) and as the Indonesian text a report shows.

JSON and CSV are for scripts: numbers unrounded, keys and columns stable, rows in the order of
the positions (by id) and of each position's `kinerja`. The text helpers (`number`, `target_text`,
…) are shared by the terminal table and later reports, so that every view writes 87,5 % alike.

JSON shape, version 1:
{"version": 1, "organisasi", "tahun", "periode", "batas_capaian",
 "batas_bawah_capaian",
 "ringkasan": {"dasar" (the Kepala Dinas's id), "capaian", "predikat" (null below
               "cakupan_minimum"), "berbobot", "indikator_berdata", "indikator", "cakupan",
               "cakupan_minimum", "jabatan_berdata", "jabatan",
               "rata_rata_jabatan": {"capaian", "predikat", "indikator_berdata", "indikator"}},
 "positions": [{"id", "jabatan", "capaian", "predikat", "berbobot", "indikator_berdata",
              "indikator", "kinerja": [{"ref", "id", "indikator", "satuan", "polaritas",
              "capaian_negatif", "agregasi", "bobot", "target", "dibandingkan_dengan",
              "realisasi", "triwulan", "variabel", "ikm", "capaian", "capaian_tanpa_batas",
              "predikat", "keadaan", "keadaan_label", "keterangan"}]}]}
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from iki.compute.achievement import (
    IndicatorAchievement,
    OfficeAchievement,
    PositionAchievement,
    State,
    Summary,
    shown,
)
from iki.compute.export import target_data
from iki.compute.forms import ComparedRow
from iki.messages import language
from iki.model import Range
from iki.numbers import shown_decimals
from iki.render.json_report import dumps
from iki.render.labels import LABELS

FORMAT_VERSION = 1

# -- text in the run's language ----------------------------------------------------------------


def _labels() -> Mapping[str, str]:
    """The words of `iki.render.labels` in the run's language (`--lang`)."""
    return LABELS[language()]


def number(value: float, decimals: int | None = None) -> str:
    """As the run's language writes it: 1.250.000 and 87,5 in Indonesian, 1,250,000 and 87.5
    in English. Without `decimals`, up to two are shown and trailing zeros dropped."""
    labels = _labels()
    table = str.maketrans({",": labels["thousands"], ".": labels["decimal"]})
    if decimals is None:
        places = shown_decimals(value)
        return f"{value:,.{places}f}".rstrip("0").rstrip(".").translate(table)
    return f"{value:,.{decimals}f}".translate(table)


def percent(value: float) -> str:
    """A capaian: one decimal, as LKjIP tables show it: 87,5 %; rounded as its predikat is read
    (`shown`), so that the two always agree."""
    return f"{number(shown(value), 1)} %"


def unit_text(unit: str | None) -> str:
    if not unit:
        return ""
    return " %" if unit.strip().lower() in ("persen", "%") else f" {unit}"


def target_text(target: float | Range | None, unit: str | None = None) -> str:
    if target is None:
        return "–"
    if isinstance(target, Range):
        return f"{number(target.minimum)}–{number(target.maximum)}{unit_text(unit)}"
    return f"{number(target)}{unit_text(unit)}"


def realisation_text(result: IndicatorAchievement) -> str:
    value = result.realisation
    if value is None:
        return "–"
    text = f"{number(value)}{unit_text(result.indicator.unit)}"
    if result.realised.ikm is not None:
        text += f" ({result.realised.ikm.category.value})"
    return text


def state_text(result: IndicatorAchievement) -> str:
    """The state with its detail: `tidak dapat dihitung: pembagian dengan nol`. The reason
    (from `iki.compute.achievement`) and the IKM's mutu pelayanan stay Indonesian, as in the
    reports."""
    labels = _labels()
    text = labels[f"state_{result.state.value}"]
    if result.reason:
        text += f": {result.reason}"
    if result.state is State.COMPUTED and result.realised.quarters:
        text += f" ({quarter_span(result.realised.quarters)})"
    if result.capped and result.uncapped is not None:
        text += "; " + labels["capped_from"].format(value=percent(result.uncapped))
    if result.realised.ikm is not None:
        text += "; " + labels["service_quality"].format(label=result.realised.ikm.category.label)
    return text


def quarter_span(quarters: tuple[str, ...]) -> str:
    """TW1–TW3 when consecutive from the first, else the list: TW1, TW3."""
    numbers = [int(q[2:]) for q in quarters]
    if len(numbers) > 1 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{quarters[0]}–{quarters[-1]}"
    return ", ".join(quarters)


def summary_text(summary: Summary) -> str:
    """`87,5 % (Tinggi), 3 dari 8 indikator berdata`."""
    labels = _labels()
    counted = labels["with_data"].format(n=summary.with_data, total=summary.total)
    if summary.achievement is None:
        return f"{labels['not_computable']}, {counted}"
    weighted = f", {labels['weighted']}" if summary.weighted else ""
    return f"{percent(summary.achievement)} ({summary.grade}), {counted}{weighted}"


def office_text(
    result: OfficeAchievement, labels: Mapping[str, str], percent: Callable[[float], str]
) -> str:
    """The office's capaian, coverage first: `cakupan 3 dari 3 indikator Kepala Dinas (100,0 %):
    91,7 % (Sangat Tinggi)`; without a predikat below the minimum coverage."""
    summary = result.summary
    if result.head is None:
        return labels["office_no_head"]
    if result.coverage is None:
        return labels["office_no_indicators"]
    share = labels["office_share"].format(
        n=summary.with_data, total=summary.total, share=percent(result.coverage)
    )
    if summary.achievement is None:
        return f"{share}: {labels['not_computable']}"
    value = percent(summary.achievement)
    weighted = f", {labels['weighted']}" if summary.weighted else ""
    if summary.grade is None:
        minimum = labels["office_no_grade"].format(minimum=percent(result.minimum_coverage))
        return f"{share}: {value}{weighted}, {minimum}"
    return f"{share}: {value} ({summary.grade}){weighted}"


def positions_mean_text(
    result: OfficeAchievement, labels: Mapping[str, str], percent: Callable[[float], str]
) -> str:
    """The second figure: `rata-rata jabatan 85,0 % (Tinggi), 3 dari 21 jabatan berdata`."""
    mean = result.position_mean
    if mean is None or mean.achievement is None:
        value = labels["not_computable"]
    else:
        value = f"{percent(mean.achievement)} ({mean.grade})"
    return labels["positions_with_data"].format(
        value=value, n=result.positions_with_data, total=len(result.positions)
    )


def capaian_texts(result: OfficeAchievement) -> dict[str, str]:
    """`87,5 % Tinggi` per indicator ref and per position id, for the pohon kinerja; only where a
    capaian was computed (the tree shows the target, and no text is not a zero)."""
    texts: dict[str, str] = {}
    for position in result.positions:
        summary = position.summary
        if summary.achievement is not None:
            texts[position.position.id] = f"{percent(summary.achievement)} {summary.grade}"
        for row in position.indicators:
            if row.achievement is not None:
                texts[row.indicator.ref] = f"{percent(row.achievement)} {row.grade}"
    return texts


# -- JSON ------------------------------------------------------------------------------------


def indicator_data(result: IndicatorAchievement) -> dict[str, Any]:
    indicator = result.indicator
    index = result.realised.ikm
    return {
        "ref": indicator.ref,
        "id": indicator.id,
        "indikator": indicator.name,
        "satuan": indicator.unit,
        "polaritas": indicator.polarity.value,
        "capaian_negatif": indicator.negative_method.value,
        "agregasi": indicator.aggregation.value,
        "bobot": indicator.weight,
        "target": target_data(result.target),
        "dibandingkan_dengan": result.compared_with,
        "realisasi": result.realisation,
        "triwulan": list(result.realised.quarters),
        "variabel": dict(sorted(result.realised.variables.items()))
        if indicator.formula is not None and not indicator.ikm
        else None,
        "ikm": None
        if index is None
        else {
            "nilai": index.value,
            "kategori": index.category.value,
            "mutu": index.category.label,
            "unsur": list(index.elements),
            "survei": index.surveys,
            "responden": index.respondents,
        },
        "capaian": result.achievement,
        "capaian_tanpa_batas": result.uncapped,
        "predikat": result.grade,
        "keadaan": result.state.value,
        "keadaan_label": result.state.label,
        "keterangan": result.reason or None,
    }


def position_data(result: PositionAchievement) -> dict[str, Any]:
    return {
        "id": result.position.id,
        "jabatan": result.position.title,
        "capaian": result.summary.achievement,
        "predikat": result.summary.grade,
        "berbobot": result.summary.weighted,
        "indikator_berdata": result.summary.with_data,
        "indikator": result.summary.total,
        "kinerja": [indicator_data(i) for i in result.indicators],
    }


def to_data(result: OfficeAchievement) -> dict[str, Any]:
    return {
        "version": FORMAT_VERSION,
        "organisasi": result.organisation,
        "tahun": result.period.year,
        "periode": result.period.name,
        "batas_capaian": result.cap,
        "batas_bawah_capaian": result.floor,
        "ringkasan": {
            "dasar": result.head.position.id if result.head is not None else None,
            "capaian": result.summary.achievement,
            "predikat": result.summary.grade,
            "berbobot": result.summary.weighted,
            "indikator_berdata": result.summary.with_data,
            "indikator": result.summary.total,
            "cakupan": result.coverage,
            "cakupan_minimum": result.minimum_coverage,
            "jabatan_berdata": result.positions_with_data,
            "jabatan": len(result.positions),
            "rata_rata_jabatan": _mean_data(result.position_mean),
        },
        "positions": [position_data(p) for p in result.positions],
    }


def _mean_data(mean: Summary | None) -> dict[str, Any] | None:
    if mean is None:
        return None
    return {
        "capaian": mean.achievement,
        "predikat": mean.grade,
        "indikator_berdata": mean.with_data,
        "indikator": mean.total,
    }


def render_json(result: OfficeAchievement) -> str:
    return dumps(to_data(result))


# -- CSV -------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "tahun",
    "periode",
    "posisi",
    "indikator",
    "satuan",
    "polaritas",
    "target",
    "target_min",
    "target_maks",
    "realisasi",
    "capaian",
    "predikat",
    "keadaan",
    "keterangan",
    "triwulan",
    "kategori_ikm",
)


def _cell(value: float | None) -> str:
    """Numbers for scripts: a point for decimals, whole numbers without one, empty for none."""
    if value is None:
        return ""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


def _text(value: str | None) -> str:
    """Free text from the files, defused for spreadsheets: a cell starting with = + - @ would
    be run as a formula when an officer opens the CSV."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value or ""


def render_csv(result: OfficeAchievement) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for position in result.positions:
        for row in position.indicators:
            target = row.target
            writer.writerow(
                (
                    result.period.year,
                    result.period.name,
                    position.position.id,
                    row.indicator.id,
                    _text(row.indicator.unit),
                    row.indicator.polarity.value,
                    "" if isinstance(target, Range) else _cell(target),
                    _cell(target.minimum) if isinstance(target, Range) else "",
                    _cell(target.maximum) if isinstance(target, Range) else "",
                    _cell(row.realisation),
                    _cell(row.achievement),
                    _text(row.grade),
                    row.state.value,
                    _text(row.reason),
                    " ".join(row.realised.quarters),
                    row.realised.ikm.category.value if row.realised.ikm else "",
                )
            )
    return out.getvalue()


# -- another year ----------------------------------------------------------------------------


def comparison_data(
    current: OfficeAchievement, other: OfficeAchievement, rows: Sequence[ComparedRow]
) -> dict[str, Any]:
    """The JSON of `--compare-year`: the current year as always, the other year under
    `pembanding`, and each indicator's trend under `perbandingan`."""
    data = to_data(current)
    data["pembanding"] = to_data(other)
    data["perbandingan"] = [
        {
            "posisi": row.current.indicator.position_id,
            "indikator": row.current.indicator.id,
            "realisasi": row.current.realisation,
            "realisasi_pembanding": row.other.realisation,
            "capaian": row.current.achievement,
            "capaian_pembanding": row.other.achievement,
            "tren": row.trend.value,
        }
        for row in rows
    ]
    return data


def render_comparison_json(
    current: OfficeAchievement, other: OfficeAchievement, rows: Sequence[ComparedRow]
) -> str:
    return dumps(comparison_data(current, other, rows))


def render_comparison_csv(current: OfficeAchievement, other: OfficeAchievement) -> str:
    """Both years' rows under one header; the `tahun` column tells them apart."""
    later = render_csv(other).split("\n", 1)[1]
    return render_csv(current) + later
