"""Q106 indicator.no_unit, Q107 indicator.no_source, Q108 indicator.no_target."""

from __future__ import annotations

import pytest

from tests.rules.conftest import Check

COMPLETE = """\
id: staf
jabatan: Staf
kinerja:
  - id: peserta-sosialisasi
    sasaran: Terlaksananya sosialisasi bursa tenaga kerja
    indikator: Jumlah peserta sosialisasi
    satuan: orang
    sumber_data: Daftar hadir sosialisasi
    target:
      2025: 120
"""


def without(line: str, text: str = COMPLETE) -> str:
    assert line in text
    return text.replace(line, "")


def test_a_complete_row_passes(check: Check) -> None:
    for code in ("Q106", "Q107", "Q108"):
        check(COMPLETE, code)


def test_q106_satuan_absent_is_reported_at_the_row(check: Check) -> None:
    (found,) = check(without("    satuan: orang\n"), "Q106", problem=(4, 5))
    assert found.message == "indikator 'peserta-sosialisasi' belum memiliki satuan"


@pytest.mark.parametrize("value", ["null", "''", "'  '"])
def test_q106_satuan_empty(check: Check, value: str) -> None:
    check(COMPLETE.replace("satuan: orang", f"satuan: {value}"), "Q106", problem=(7, 5))


def test_q107_sumber_data_absent(check: Check) -> None:
    text = without("    sumber_data: Daftar hadir sosialisasi\n")
    (found,) = check(text, "Q107", problem=(4, 5))
    assert found.message == "indikator 'peserta-sosialisasi' belum memiliki sumber_data"


def test_q107_sumber_data_null(check: Check) -> None:
    text = COMPLETE.replace("sumber_data: Daftar hadir sosialisasi", "sumber_data: null")
    check(text, "Q107", problem=(8, 5))


def test_q108_target_not_set(check: Check) -> None:
    (found,) = check(COMPLETE.replace("2025: 120", "2025: null"), "Q108", problem=(10, 7))
    assert found.message == "target 2025 indikator 'peserta-sosialisasi' belum diisi"


def test_q108_no_target_for_the_project_year(check: Check) -> None:
    (found,) = check(COMPLETE, "Q108", problem=(9, 5), year=2026)
    assert found.message == "indikator 'peserta-sosialisasi' belum memiliki target tahun 2026"


def test_q108_no_target_at_all(check: Check) -> None:
    check(without("    target:\n      2025: 120\n"), "Q108", problem=(4, 5))


def test_q108_quarters_all_empty(check: Check) -> None:
    text = COMPLETE.replace("2025: 120", "2025: {TW1: null, TW4: null}")
    check(text, "Q108", problem=(10, 7))


@pytest.mark.parametrize("target", ["0", "{TW1: null, TW4: 120}", "{min: 100, maks: 150}"])
def test_q108_any_target_passes(check: Check, target: str) -> None:
    check(COMPLETE.replace("2025: 120", f"2025: {target}"), "Q108")
