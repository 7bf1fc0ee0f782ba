"""Q105 sasaran.repeats_indicator."""

from __future__ import annotations

import pytest

from iki.check.rules.repeats_indicator import repeats
from tests.rules.conftest import Check

ROW = """\
id: bendahara
jabatan: Bendahara Pengeluaran
kinerja:
  - id: baris
    sasaran: {sasaran}
    indikator: {indikator}
    satuan: dokumen
    sumber_data: Laporan kegiatan
    target: {{2025: 1}}
"""


def test_q105_state_and_count_of_the_same_thing(check: Check) -> None:
    text = ROW.format(
        sasaran="Tersedianya Berita Acara Pemeriksaan Kas oleh Atasan Langsung",
        indikator="Jumlah Berita Acara Pemeriksaan Kas oleh Atasan Langsung",
    )
    (found,) = check(text, "Q105", problem=(5, 5))
    assert "mengulang indikatornya" in found.message


def test_q105_outcome_and_criterion_pass(check: Check) -> None:
    text = ROW.format(
        sasaran="Tertibnya pengelolaan kas bendahara pengeluaran",
        indikator="Persentase pemeriksaan kas bulanan yang dilaksanakan tepat waktu",
    )
    check(text, "Q105")


@pytest.mark.parametrize(
    ("sasaran", "indikator"),
    [
        ("Laporan kegiatan", "Laporan kegiatan"),
        (
            "Tersedianya laporan keuangan, perencanaan, evaluasi dan pelaporan",
            "Jumlah laporan keuangan, perencanaan, evaluasi dan pelaporan yang tersedia",
        ),
        (
            "Terlaksananya Pengarsipan berkas dokumen yang telah diterbitkan",
            "Jumlah berkas dokumen yang telah diterbitkan",
        ),
        ("Terlaksananya rapat", "Jumlah rapat"),
    ],
)
def test_q105_nearly_the_same_text(sasaran: str, indikator: str) -> None:
    assert repeats(sasaran, indikator)


@pytest.mark.parametrize(
    ("sasaran", "indikator"),
    [
        # A sasaran of change measured by the change in what it names: the proper form.
        ("Meningkatnya Kesempatan Kerja", "Jumlah pertambahan kesempatan kerja"),
        ("Meningkatnya nilai investasi", "Nilai investasi"),
        ("Tersedianya database tenaga kerja", "Jumlah dokumen data base tenaga kerja"),
        (
            "Terlaksananya Mengantar dan menjemput berkas ke OPD teknis",
            "Jumlah berkas masuk dan keluar ke OPD teknis",
        ),
        ("Terlaksananya rapat", "Persentase"),
    ],
)
def test_q105_different_texts(sasaran: str, indikator: str) -> None:
    assert not repeats(sasaran, indikator)
