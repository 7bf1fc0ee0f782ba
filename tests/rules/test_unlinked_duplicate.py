"""Q114 indicator.unlinked_duplicate."""

from __future__ import annotations

from tests.rules.conftest import Check


def position(pid: str, atasan: str | None, indikator: str, mendukung: str | None = None) -> str:
    return (
        f"id: {pid}\n"
        f"jabatan: Jabatan {pid}\n"
        f"atasan: {atasan or 'null'}\n"
        "kinerja:\n"
        "  - id: rekap\n"
        "    sasaran: Teratasinya permasalahan perizinan melalui aplikasi OSS\n"
        f"    indikator: {indikator}\n"
        f"    mendukung: {mendukung or 'null'}\n"
    )


TEXT = "Jumlah rekap permasalahan/ pengaduan izin terkait aplikasi OSS"


def test_two_positions_same_text_no_link(check: Check) -> None:
    text = "---\n".join(
        [
            position("kasi", None, "Jumlah izin"),
            position("analis", "kasi", TEXT),
            position("pengadministrasi", "kasi", TEXT.lower().replace("/ ", " / ")),
        ]
    )
    found = check(text, "Q114", problems=[("analis", 7, 5), ("pengadministrasi", 7, 5)])
    assert "juga menjadi indikator pengadministrasi/rekap" in found[0].message


def test_one_supports_the_other(check: Check) -> None:
    text = "---\n".join(
        [
            position("analis", None, TEXT),
            position("pengadministrasi", "analis", TEXT, "analis/rekap"),
        ]
    )
    check(text, "Q114")


def test_linked_through_a_chain(check: Check) -> None:
    text = "---\n".join(
        [
            position("kabid", None, TEXT),
            position("kasi", "kabid", "Jumlah rekap", "kabid/rekap"),
            position("staf", "kasi", TEXT, "kasi/rekap"),
        ]
    )
    check(text, "Q114")


def test_both_support_the_same_indicator(check: Check) -> None:
    text = "---\n".join(
        [
            position("kasi", None, "Jumlah rekap pengaduan"),
            position("analis", "kasi", TEXT, "kasi/rekap"),
            position("pengadministrasi", "kasi", TEXT, "kasi/rekap"),
        ]
    )
    check(text, "Q114")


def test_a_third_copy_without_link_is_still_reported(check: Check) -> None:
    text = "---\n".join(
        [
            position("kasi", None, "Jumlah rekap pengaduan"),
            position("analis", "kasi", TEXT, "kasi/rekap"),
            position("pengadministrasi", "kasi", TEXT, "kasi/rekap"),
            position("lain", "kasi", TEXT),
        ]
    )
    found = check(
        text,
        "Q114",
        problems=[("analis", 7, 5), ("lain", 7, 5), ("pengadministrasi", 7, 5)],
    )
    lain = next(d for d in found if "lain" in d.file)
    assert "juga menjadi indikator analis/rekap, pengadministrasi/rekap" in lain.message


def test_different_texts_pass(check: Check) -> None:
    text = "---\n".join(
        [position("analis", None, TEXT), position("pengadministrasi", "analis", TEXT + " online")]
    )
    check(text, "Q114")


def test_many_copies_are_named_up_to_five(check: Check) -> None:
    positions = [position("kasi", None, "Jumlah izin")]
    positions += [position(f"staf-{n}", "kasi", TEXT) for n in range(8)]
    expected = [(f"staf-{n}", 7, 5) for n in range(8)]
    found = check("---\n".join(positions), "Q114", problems=expected)
    assert found[0].message.count("/rekap") == 5
    assert "dan 2 lainnya" in found[0].message
