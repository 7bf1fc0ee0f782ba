"""`abaikan`: Q001 abaikan.unknown_code, Q002 abaikan.unused, and ignoring itself."""

from __future__ import annotations

from tests.rules.conftest import Check

TWO_ROWS = """\
id: staf
jabatan: Staf
kinerja:
  - id: tanpa-sumber
    sasaran: Terlaksananya sosialisasi bursa tenaga kerja
    indikator: Jumlah peserta sosialisasi
    satuan: orang
    target: {{2025: 120}}
    abaikan:
      {code}: {reason}
  - id: juga-tanpa-sumber
    sasaran: Terlaksananya pelatihan kerja
    indikator: Jumlah peserta pelatihan
    satuan: orang
    target: {{2025: 40}}
"""


def test_abaikan_ignores_one_code_for_one_indicator(check: Check) -> None:
    text = TWO_ROWS.format(code="Q107", reason="sumber data ditetapkan bersama BPS")
    check(text, "Q107", problem=(11, 5))  # only the other row
    check(text, "Q002")
    check(text, "Q001")


def test_q002_abaikan_of_a_rule_that_does_not_fire(check: Check) -> None:
    text = TWO_ROWS.format(code="Q106", reason="satuan belum ditetapkan")
    (found,) = check(text, "Q002", problem=(10, 7))
    assert found.message == (
        "abaikan pada indikator 'tanpa-sumber' mengabaikan Q106, yang tidak muncul di sini"
    )
    check(text, "Q107", problems=[(4, 5), (11, 5)])


def test_q001_unknown_code(check: Check) -> None:
    text = TWO_ROWS.format(code="Q199", reason="salah ketik")
    (found,) = check(text, "Q001", problem=(10, 7))
    assert "'Q199', yang bukan aturan mutu" in found.message
    check(text, "Q002")


def test_q001_error_codes_cannot_be_ignored(check: Check) -> None:
    text = TWO_ROWS.format(code="F003", reason="variabel cadangan")
    check(text, "Q001", problem=(10, 7))


def test_q001_suppression_findings_cannot_ignore_themselves(check: Check) -> None:
    text = TWO_ROWS.format(code="Q002", reason="biar saja")
    check(text, "Q001", problem=(10, 7))
