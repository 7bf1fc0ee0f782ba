"""Q109 formula.missing_for_percentage, Q110 formula.only_in_words, Q111 formula.mixed_units,
Q112 formula.inverted_ratio, Q113 formula.percentage_not_times_100."""

from __future__ import annotations

import pytest

from iki.check.rules.ratios import states_computation
from tests.rules.conftest import Check

HEAD = """\
id: kabid
jabatan: Kabid
kinerja:
  - id: izin-sesuai-sop
    sasaran: Meningkatnya pelayanan perizinan
"""


def percentage(
    indikator: str = "Persentase izin yang diterbitkan sesuai SOP",
    penjelasan: str = "Cukup jelas",
    satuan: str = "persen",
    rumus: str = "",
) -> str:
    return (
        HEAD
        + f"    indikator: {indikator}\n"
        + f"    penjelasan: {penjelasan}\n"
        + f"    satuan: {satuan}\n"
        + "    sumber_data: Aplikasi SiCantik\n"
        + "    target: {2025: 90}\n"
        + rumus
    )


def rumus(expression: str, **variables: tuple[str, str | None]) -> str:
    lines = ["    rumus:", f"      ekspresi: {expression}", "      variabel:"]
    for name, (uraian, satuan) in variables.items():
        unit = "" if satuan is None else f", satuan: {satuan}"
        lines.append(f"        {name}: {{uraian: {uraian}{unit}}}")
    return "\n".join(lines) + "\n"


RIGHT_WAY_UP = rumus(
    "sesuai_sop / diterbitkan * 100",
    sesuai_sop=("Jumlah izin yang di keluarkan sesuai SOP", "izin"),
    diterbitkan=("Jumlah izin yang diterbitkan", "izin"),
)


def test_q109_percentage_without_formula(check: Check) -> None:
    (found,) = check(percentage(), "Q109", problem=(6, 5))
    assert "berupa persentase tanpa rumus" in found.message


def test_q109_percent_unit_alone_is_a_percentage(check: Check) -> None:
    check(percentage(indikator="Tingkat kepatuhan SOP"), "Q109", problem=(6, 5))


@pytest.mark.parametrize(
    "text",
    [
        percentage(rumus=RIGHT_WAY_UP),
        percentage(penjelasan="Izin sesuai SOP / jumlah izin x 100 %"),
        percentage(indikator="Indeks Kepuasan Masyarakat", satuan="persen") + "    ikm: true\n",
        percentage(indikator="Jumlah izin yang diterbitkan", satuan="izin"),
    ],
    ids=["has-rumus", "formula-in-words-is-q110", "ikm", "not-a-percentage"],
)
def test_q109_passes(check: Check, text: str) -> None:
    check(text, "Q109")


def test_q110_formula_in_words_only(check: Check) -> None:
    text = percentage(penjelasan="Izin sesuai SOP / jumlah izin x 100 %")
    (found,) = check(text, "Q110", problem=(7, 5))
    assert "belum ditulis sebagai rumus" in found.message


def test_q110_passes_once_written_as_rumus(check: Check) -> None:
    text = percentage(penjelasan="Izin sesuai SOP / jumlah izin x 100 %", rumus=RIGHT_WAY_UP)
    check(text, "Q110")


@pytest.mark.parametrize(
    "penjelasan",
    [
        "Jumlah izin yang diterbitkan/jumlah izin yang di keluarkan sesuai SOP",
        r"$\frac{\text{Pegawai puas}}{\text{Semua Pegawai}} \times 100$",
        "Realisasi tahun n - realisasi tahun n-1 x 100 %",
        "Pegawai puas × 100 / pegawai",
        "Jumlah izin tepat waktu dibagi jumlah izin",
        "Izin tepat waktu / Seluruh izin",
    ],
)
def test_q110_what_counts_as_a_computation(penjelasan: str) -> None:
    assert states_computation(penjelasan)


@pytest.mark.parametrize(
    "penjelasan",
    [
        "Cukup jelas",
        "Mengetik izin yang telah diverifikasi oleh tim teknis/UPD teknis",
        "Jumlah dokumen yang dianalisa tepat waktu sesuai SOP dalam 1 tahun",
        "Informasi/Sosialisasi Bursa Tenaga Kerja",
        "1 dokumen",
        None,
    ],
)
def test_q110_what_does_not(penjelasan: str | None) -> None:
    assert not states_computation(penjelasan)


MIXED = rumus(
    "mengikuti_bintek / anggaran * 100",
    mengikuti_bintek=("Jumlah yang mengikuti bintek", "orang"),
    anggaran=("Anggaran yang tersedia", "rupiah"),
)


def test_q111_people_over_money(check: Check) -> None:
    text = percentage(indikator="Persentase aparatur yang disiplin", rumus=MIXED)
    (found,) = check(text, "Q111", problem=(12, 7))
    assert "membagi mengikuti_bintek (orang) dengan anggaran (rupiah)" in found.message


def test_q111_inner_ratio_is_checked(check: Check) -> None:
    text = percentage(
        indikator="Persentase pertumbuhan realisasi per pegawai",
        rumus=rumus(
            "(realisasi / pegawai - lalu) / lalu * 100",
            realisasi=("Realisasi tahun ini", "rupiah"),
            pegawai=("Jumlah pegawai", "orang"),
            lalu=("Realisasi per pegawai tahun lalu", "rupiah"),
        ),
    )
    (found,) = check(text, "Q111", problem=(12, 7))
    assert "membagi realisasi / pegawai - lalu (orang, rupiah) dengan lalu (rupiah)" in (
        found.message
    )


@pytest.mark.parametrize(
    "text",
    [
        percentage(rumus=RIGHT_WAY_UP),
        percentage(indikator="Rata-rata biaya per peserta", satuan="rupiah/orang", rumus=MIXED),
        percentage(indikator="Rata-rata biaya per peserta", satuan="Rupiah per orang", rumus=MIXED),
        percentage(
            rumus=rumus(
                "a / b * 100", a=("Izin sesuai SOP", "izin"), b=("Seluruh izin (belum jelas)", None)
            )
        ),
        percentage(
            indikator="Persentase pertumbuhan nilai investasi",
            rumus=rumus(
                "(n - n1) / n1 * 100",
                n=("Realisasi investasi tahun n", "Rupiah"),
                n1=("Realisasi investasi tahun n-1", "rupiah"),
            ),
        ),
    ],
    ids=["same-unit", "rate-unit", "rate-unit-per", "unit-unknown", "growth"],
)
def test_q111_passes(check: Check, text: str) -> None:
    check(text, "Q111")


@pytest.mark.parametrize("code", ["Q111", "Q112", "Q113"])
def test_an_unreadable_formula_is_left_to_f001(check: Check, code: str) -> None:
    text = percentage(
        rumus=rumus("a / / b", a=("Izin sesuai SOP", "izin"), b=("Seluruh izin", "rupiah"))
    )
    found = check(text, code, errors=["F001"])
    assert found == []


INVERTED = rumus(
    "diterbitkan / sesuai_sop",
    diterbitkan=("Jumlah izin yang diterbitkan", "izin"),
    sesuai_sop=("jumlah izin yang di keluarkan sesuai SOP", "izin"),
)


def test_q112_qualifier_below_the_line(check: Check) -> None:
    text = percentage(indikator="Persentase penerbitan izin yang dikeluarkan sesuai SOP")
    (found,) = check(text + INVERTED, "Q112", problem=(12, 7))
    assert "'dikeluarkan', 'sesuai', 'sop' pada indikator menggambarkan penyebut" in found.message


@pytest.mark.parametrize(
    "text",
    [
        percentage(indikator="Persentase penerbitan izin yang dikeluarkan sesuai SOP")
        + RIGHT_WAY_UP,
        percentage(indikator="Jumlah izin", satuan="izin") + INVERTED,
        percentage(
            indikator="Persentase peserta pelatihan yang ditempatkan",
            rumus=rumus(
                "ditempatkan / mendaftar * 100",
                ditempatkan=("Tenaga kerja yang mendapat pelatihan berbasis kompetensi", "orang"),
                mendaftar=("Tenaga kerja atau masyarakat yang mendaftar", "orang"),
            ),
        ),
        percentage(
            indikator="Persentase pertumbuhan nilai investasi",
            rumus=rumus(
                "(n - n1) / n1 * 100",
                n=("Realisasi investasi tahun n", "rupiah"),
                n1=("Realisasi investasi tahun n-1", "rupiah"),
            ),
        ),
        percentage(rumus=rumus("a * 100", a=("Izin sesuai SOP", "izin"))),
    ],
    ids=["right-way-up", "not-a-percentage", "other-words", "growth", "no-division"],
)
def test_q112_passes(check: Check, text: str) -> None:
    check(text, "Q112")


def test_q113_percentage_without_times_100(check: Check) -> None:
    text = percentage(rumus=RIGHT_WAY_UP.replace(" * 100", ""))
    (found,) = check(text, "Q113", problem=(12, 7))
    assert found.hint == "tulis sesuai_sop / diterbitkan * 100"


def test_q113_hint_keeps_parentheses(check: Check) -> None:
    text = percentage(rumus=rumus("a - b / c", a=("A", "izin"), b=("B", "izin"), c=("C", "izin")))
    (found,) = check(text, "Q113", problem=(12, 7))
    assert found.hint == "tulis (a - b / c) * 100"


@pytest.mark.parametrize(
    "text",
    [
        percentage(rumus=RIGHT_WAY_UP),
        percentage(rumus=RIGHT_WAY_UP.replace("* 100", "* 100.0")),
        percentage(indikator="Rasio izin per petugas", satuan="rasio", rumus=RIGHT_WAY_UP),
        percentage(rumus=rumus("a", a=("Izin sesuai SOP dalam persen", "persen"))),
    ],
    ids=["times-100", "times-100.0", "not-a-percentage", "no-division"],
)
def test_q113_passes(check: Check, text: str) -> None:
    check(text, "Q113")
