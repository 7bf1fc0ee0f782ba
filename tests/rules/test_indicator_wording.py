"""Q101 indicator.no_quantity, Q102 indicator.is_target, Q103 penjelasan.is_target,
Q104 indicator.several_quantities."""

from __future__ import annotations

import pytest

from tests.rules.conftest import Check

ROW = """\
id: staf
jabatan: Staf
kinerja:
  - id: baris
    sasaran: Terlaksananya administrasi umum
    indikator: {indikator}
    penjelasan: {penjelasan}
    satuan: dokumen
    sumber_data: Laporan kegiatan
    target: {{2025: 1}}
"""


def row(indikator: str, penjelasan: str = "Cukup jelas") -> str:
    return ROW.format(indikator=indikator, penjelasan=penjelasan)


def test_q101_state_is_reported_at_the_indicator(check: Check) -> None:
    (found,) = check(row("Tersedianya database tenaga kerja"), "Q101", problem=(6, 5))
    assert "menyebut keadaan ('Tersedianya …')" in found.message
    assert "Jumlah" in found.hint


def test_q101_a_thing_is_reported_too(check: Check) -> None:
    (found,) = check(row("Laporan kegiatan"), "Q101", problem=(6, 5))
    assert "menyebut suatu benda ('Laporan …')" in found.message


def test_q101_text_without_words(check: Check) -> None:
    (found,) = check(row("'—'"), "Q101", problem=(6, 5))
    assert "tidak menyebut sesuatu yang dapat diukur" in found.message


@pytest.mark.parametrize(
    "indikator",
    [
        "Jumlah dokumen data base tenaga kerja",
        "Persentase peserta pelatihan yang ditempatkan",
        "Indek Kepuasan Masyarakat",
        "Rata-rata waktu penyelesaian izin",
        "Banyaknya pengaduan yang ditindaklanjuti",
        "2 dokumen",
    ],
)
def test_q101_quantities_and_targets_pass(check: Check, indikator: str) -> None:
    check(row(indikator), "Q101")


@pytest.mark.parametrize("indikator", ["2 dokumen", "1 laporan", "100%", "12,5 persen"])
def test_q102_number_and_unit(check: Check, indikator: str) -> None:
    (found,) = check(row(f"'{indikator}'"), "Q102", problem=(6, 5))
    assert f"('{indikator}')" in found.message


@pytest.mark.parametrize(
    "indikator", ["Jumlah pra FS yang dibuat", "2 dokumen kajian potensi investasi daerah"]
)
def test_q102_an_indicator_passes(check: Check, indikator: str) -> None:
    check(row(indikator), "Q102")


def test_q103_target_in_the_penjelasan(check: Check) -> None:
    (found,) = check(row("Jumlah Buku Kas Umum", "1 dokumen"), "Q103", problem=(7, 5))
    assert "('1 dokumen')" in found.message


@pytest.mark.parametrize("penjelasan", ["Cukup jelas", "null", "Jumlah BKU dalam 1 tahun"])
def test_q103_an_explanation_passes(check: Check, penjelasan: str) -> None:
    check(row("Jumlah Buku Kas Umum", penjelasan), "Q103")


@pytest.mark.parametrize(
    ("indikator", "count"),
    [
        ("Jumlah kendaraan yang dipelihara dan jumlah sopir", 2),
        ("Jumlah pembelian materai, jumlah paket yang dikirim, jumlah ATK", 3),
        ("Persentase izin terbit / persentase izin ditolak", 2),
    ],
)
def test_q104_two_quantities_in_one_row(check: Check, indikator: str, count: int) -> None:
    (found,) = check(row(indikator), "Q104", problem=(6, 5))
    assert f"mengukur {count} besaran" in found.message


@pytest.mark.parametrize(
    "indikator",
    [
        "Jumlah tenaga kebersihan, penjaga kantor dan alat kebersihan",
        "Persentase jumlah izin yang terbit tepat waktu",
        "Jumlah besaran Upah Minimum Kota (UMK)",
    ],
)
def test_q104_one_quantity_passes(check: Check, indikator: str) -> None:
    check(row(indikator), "Q104")
