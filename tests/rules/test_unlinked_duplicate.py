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


def superior(pid: str, atasan: str | None, rows: tuple[str, ...]) -> str:
    """A position whose rows (ids `rows`) carry texts of their own, none a copy."""
    lines = [f"id: {pid}", f"jabatan: Jabatan {pid}", f"atasan: {atasan or 'null'}", "kinerja:"]
    for row in rows:
        lines += [
            f"  - id: {row}",
            f"    sasaran: Tertibnya administrasi {row} {pid}",
            f"    indikator: Jumlah dokumen {row} {pid} yang diselesaikan",
        ]
    return "\n".join(lines) + "\n"


def test_cousins_under_different_superiors_pass(check: Check) -> None:
    # Each unit's Analis Keuangan is counted by its own Kasubag: the standard text of a kind.
    text = "---\n".join(
        [
            superior("kadis", None, ("rekap",)),
            superior("kasubag-a", "kadis", ("rekap",)),
            superior("kasubag-b", "kadis", ("rekap",)),
            position("analis-a", "kasubag-a", TEXT, "kasubag-a/rekap"),
            position("analis-b", "kasubag-b", TEXT, "kasubag-b/rekap"),
        ]
    )
    check(text, "Q114")


def test_an_unanchored_copy_is_reported_with_the_anchored_one(check: Check) -> None:
    # Nobody knows whose number the copy without mendukung is: both copies are reported.
    text = "---\n".join(
        [
            superior("kasubag-a", None, ("rekap",)),
            position("analis-a", "kasubag-a", TEXT, "kasubag-a/rekap"),
            position("analis-b", "kasubag-a", TEXT),
        ]
    )
    found = check(text, "Q114", problems=[("analis-a", 7, 5), ("analis-b", 7, 5)])
    assert "juga menjadi indikator analis-b/rekap," in found[0].message
    assert "juga menjadi indikator analis-a/rekap," in found[1].message


def test_copies_counted_into_two_rows_of_one_superior_are_reported(check: Check) -> None:
    # One Kasubag counts the same work twice, once in each of two of its rows.
    text = "---\n".join(
        [
            superior("kasubag", None, ("rekap", "laporan")),
            position("analis-a", "kasubag", TEXT, "kasubag/rekap"),
            position("analis-b", "kasubag", TEXT, "kasubag/laporan"),
        ]
    )
    check(text, "Q114", problems=[("analis-a", 7, 5), ("analis-b", 7, 5)])


def test_a_copy_supporting_two_superiors_meets_the_copies_of_each(check: Check) -> None:
    # analis-ab supports a row of its Kasubag and one of the Kadis: beside analis-a (another row
    # of the Kasubag) the work is counted twice; analis-k supports the same Kadis row (linked);
    # analis-c is counted by a Kasubag of its own, as are analis-a and analis-k beside each other.
    text = "---\n".join(
        [
            superior("kadis", None, ("rekap",)),
            superior("kasubag-a", "kadis", ("rekap", "laporan")),
            superior("kasubag-c", "kadis", ("rekap",)),
            position("analis-a", "kasubag-a", TEXT, "kasubag-a/laporan"),
            position("analis-ab", "kasubag-a", TEXT, "[kasubag-a/rekap, kadis/rekap]"),
            position("analis-c", "kasubag-c", TEXT, "kasubag-c/rekap"),
            position("analis-k", "kadis", TEXT, "kadis/rekap"),
        ]
    )
    found = check(text, "Q114", problems=[("analis-a", 7, 5), ("analis-ab", 7, 5)])
    assert "juga menjadi indikator analis-ab/rekap," in found[0].message
    assert "juga menjadi indikator analis-a/rekap," in found[1].message
