"""Each algorithm made linear (or n log n) for issue 19 gives what the quadratic one gave.

The quadratic versions are kept here as they were, as references, and compared on small inputs:
`iki diff`'s rename pairing and its reading of old findings under new names, the import's
numbering of duplicate ids, the predikat of a capaian and the colour of a band, and the model's
lookups. Speed is `make bench`'s business; these tests only say the answers did not change.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bench import rename_pairing
from iki.check import cascade
from iki.compute import diff
from iki.compute.achievement import grade, shown
from iki.diagnostics import Diagnostic, Severity
from iki.edit import sheet
from iki.edit.form_text import UniqueIds, parse_document
from iki.load.project import Project
from iki.load.workspace import load_workspace
from iki.model import GradeBand, Office
from iki.render.console import PALETTE, band_style
from iki.render.reports import band_index
from tests.conftest import REPO
from tests.fuzzing import fuzz_settings

# -- iki diff: pairing renamed ids -----------------------------------------------------------


def pair_every_pair(
    old: Mapping[str, list[str]], new: Mapping[str, list[str]]
) -> list[tuple[str, str, float]]:
    """The pairing as it was: every old id scored against every new one."""
    scored = sorted(
        (-diff.similarity(old[a], new[b]), a, b) for a in sorted(old) for b in sorted(new)
    )
    pairs: list[tuple[str, str, float]] = []
    used_old: set[str] = set()
    used_new: set[str] = set()
    for negative, a, b in scored:
        if -negative < diff.RENAME_THRESHOLD:
            break
        if a in used_old or b in used_new:
            continue
        used_old.add(a)
        used_new.add(b)
        pairs.append((a, b, -negative))
    return pairs


LINES = st.lists(st.sampled_from([f".l{n} = {n % 3}" for n in range(9)]), max_size=8)
FORMS = st.dictionaries(st.sampled_from([f"id{n}" for n in range(8)]), LINES, max_size=7)


@fuzz_settings(400)
@given(FORMS, FORMS)
def test_rename_pairing_is_that_of_scoring_every_pair(
    old: dict[str, list[str]], new: dict[str, list[str]]
) -> None:
    assert diff._pair(old, new) == pair_every_pair(old, new)


def test_rename_pairing_of_many_identical_positions() -> None:
    # A hundred positions of one kind renamed, and one with a changed line: pure renames pair in
    # alphabetical order, the changed one with the best of what is left.
    form = [f".kinerja[].indikator = {n}" for n in range(6)]
    old = {f"staf-{n:03d}": list(form) for n in range(100)}
    new = {f"pegawai-{n:03d}": list(form) for n in range(99)}
    new["pegawai-099"] = [*form[:5], ".kinerja[].indikator = lain"]
    old["kasi"] = [".jabatan = Kepala Seksi", *form[:2]]
    new["kepala-seksi"] = [".jabatan = Kepala Seksi", *form[:2]]
    assert diff._pair(old, new) == pair_every_pair(old, new)


def test_the_prefix_filter_keeps_every_pair_at_the_threshold() -> None:
    # Dice exactly 0.5 (one line of three shared, one of one): the least that still pairs.
    old = {"a": [".x = 1", ".y = 2", ".z = 3"]}
    new = {"b": [".x = 1"]}
    assert diff._pair(old, new) == [("a", "b", 0.5)] == pair_every_pair(old, new)


VOCABULARY = [f".l{n} = {n % 4}" for n in range(14)]
NEW_IDS = [f"baru{n}" for n in range(12)]


@st.composite
def renamed_and_edited(draw: st.DrawFn) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Old forms, and new ones made from some of them by dropping and adding a few lines
    under a new id, with a few unrelated new ones: scores spread over every round, with ties."""
    lines = st.lists(st.sampled_from(VOCABULARY), max_size=12)
    old = draw(st.dictionaries(st.sampled_from([f"lama{n}" for n in range(10)]), lines))
    new: dict[str, list[str]] = {}
    for form in old.values():
        if draw(st.booleans()):
            kept = [line for line in form if draw(st.integers(0, 4))]
            kept += draw(st.lists(st.sampled_from(VOCABULARY), max_size=3))
            new[draw(st.sampled_from(NEW_IDS))] = kept
    new.update(draw(st.dictionaries(st.sampled_from(NEW_IDS), lines, max_size=3)))
    return old, new


@fuzz_settings(400)
@given(renamed_and_edited())
def test_rename_rounds_pair_as_scoring_every_pair(
    forms: tuple[dict[str, list[str]], dict[str, list[str]]],
) -> None:
    old, new = forms
    pairing = diff._pair_within(old, new, None)
    assert pairing.stopped_at is None
    assert pairing.pairs == pair_every_pair(old, new)


@fuzz_settings(400)
@given(renamed_and_edited(), st.integers(0, 150))
def test_a_rename_limit_stops_between_rounds_with_the_most_similar_pairs_made(
    forms: tuple[dict[str, list[str]], dict[str, list[str]]], limit: int
) -> None:
    # Stopped or not, what is paired is exactly what scoring every pair pairs down to the
    # similarity the pairing says it reached: never a pair the full pairing would not make.
    old, new = forms
    pairing = diff._pair_within(old, new, limit)
    every = pair_every_pair(old, new)
    assert pairing.compared <= limit
    if pairing.stopped_at is None:
        assert pairing.pairs == every
    else:
        assert pairing.stopped_at in (1.0, *diff.RENAME_ROUNDS)
        assert pairing.pairs == [pair for pair in every if pair[2] >= pairing.stopped_at]


def test_renamed_and_edited_positions_of_one_kind_are_paired_by_their_own_lines() -> None:
    # 800 staff positions of a realistic office renamed (id + "-baru") and edited at once; the
    # standard texts of their kind make every pair of a kind reach the threshold, only their
    # own `atasan` and `mendukung` lines tell them apart. Each pairs with itself, and the
    # filter compares a small share of the 640.000 pairs (work, not time).
    old, new = rename_pairing.bottom(800)
    pairing = diff._pair_within(old, new, diff.RENAME_LIMIT)
    assert sorted((a, b) for a, b, _ in pairing.pairs) == sorted((a, f"{a}-baru") for a in old)
    assert pairing.stopped_at is None
    assert pairing.compared < len(old) * len(new) / 4


# -- iki diff: old findings read under new names ---------------------------------------------


def findings_every_pattern(
    old: Sequence[Diagnostic], new: Sequence[Diagnostic], renames: Mapping[str, str]
) -> tuple[tuple[Diagnostic, ...], tuple[Diagnostic, ...]]:
    """The matching as it was: one pattern per renamed id, refs first, over every message."""
    ordered = sorted(renames.items(), key=lambda item: "/" not in item[0])
    patterns = [
        (re.compile(rf"(?<![a-z0-9/-]){re.escape(a)}(?![a-z0-9/-])"), b) for a, b in ordered
    ]

    def old_key(d: Diagnostic) -> tuple[str, str, str, str]:
        message = d.message
        for pattern, replacement in patterns:
            message = pattern.sub(replacement, message)
        return (d.file, d.code, d.severity.value, message)

    def key(d: Diagnostic) -> tuple[str, str, str, str]:
        return (d.file, d.code, d.severity.value, d.message)

    old_keys = Counter(old_key(d) for d in old)
    new_keys = Counter(key(d) for d in new)
    introduced = []
    for d in new:
        if old_keys[key(d)] > 0:
            old_keys[key(d)] -= 1
        else:
            introduced.append(d)
    fixed = []
    for d in old:
        if new_keys[old_key(d)] > 0:
            new_keys[old_key(d)] -= 1
        else:
            fixed.append(d)
    return tuple(introduced), tuple(fixed)


IDS = ["kasi", "kasi-umum", "staf", "staf-2", "kasi/rekap", "staf/rekap", "staf/rekap-2"]
MESSAGES = st.lists(st.sampled_from([*IDS, "of", "Kasi", "'", "(", ")", ","]), max_size=6).map(
    " ".join
)


def finding(message: str) -> Diagnostic:
    return Diagnostic("data/positions/x.yaml", 1, 1, "Q114", Severity.WARNING, message, "", ())


@fuzz_settings(400)
@given(
    st.lists(MESSAGES, max_size=5),
    st.lists(MESSAGES, max_size=5),
    st.dictionaries(st.sampled_from(IDS), st.sampled_from(["baru", "lama-2", "x/y"]), max_size=3),
)
def test_old_findings_read_under_new_names_as_before(
    old: list[str], new: list[str], renames: dict[str, str]
) -> None:
    # Renamed ids never turn into other renamed ids here: in a chain (a → b, b → c) the old
    # way renamed twice, reading a as c; one pass reads it as b, as the rename says.
    renames = {a: b for a, b in renames.items() if b not in renames}
    before = [finding(m) for m in old]
    after = [finding(m) for m in new]
    assert diff._findings(before, after, {}, renames) == findings_every_pattern(
        before, after, renames
    )


# -- iki import: numbering duplicate ids -----------------------------------------------------


def unique_by_scanning(base: str, used: set[str]) -> str:
    """The numbering as it was: -2, -3, … tried again from the start for every copy."""
    candidate = base
    suffix = 2
    while candidate in used:
        candidate = f"{base}-{suffix}"
        suffix += 1
    used.add(candidate)
    return candidate


@fuzz_settings(300)
@given(st.lists(st.sampled_from(["staf", "staf-2", "staf-3", "kasi", "staf-2-2"]), max_size=30))
def test_duplicate_ids_are_numbered_as_before(bases: list[str]) -> None:
    ids = UniqueIds()
    used: set[str] = set()
    assert [ids.make(b) for b in bases] == [unique_by_scanning(b, used) for b in bases]


def test_a_form_with_many_copies_of_one_position_numbers_them_in_order() -> None:
    block = (
        "Indikator Kinerja Individu\n\n"
        "1\tJabatan\t:\tPengadministrasi Umum\n\n"
        "No\tSasaran Kinerja\tIndikator Kinerja\tPenjelasan\tSumber Data\n"
        "1.\tTertibnya surat\tJumlah surat yang diproses\tCukup jelas\tAgenda\n"
        "2.\tTertibnya arsip\tJumlah surat yang diproses\tCukup jelas\tAgenda\n\n"
    )
    result = parse_document(block * 60)
    ids = [p.document["id"] for p in result.positions]
    rows = [[row["id"] for row in p.document["kinerja"]] for p in result.positions]
    assert rows == [["jumlah-surat-diproses", "jumlah-surat-diproses-2"]] * 60
    assert ids == ["pengadministrasi-umum"] + [f"pengadministrasi-umum-{n}" for n in range(2, 61)]


# -- predikat and the colour of a band -------------------------------------------------------


def grade_by_sorting(value: float, bands: Sequence[GradeBand]) -> str | None:
    ordered = sorted(bands, key=lambda band: band.minimum, reverse=True)
    value = shown(value)
    for band in ordered:
        if value >= band.minimum:
            return band.name
    return ordered[-1].name if ordered else None


def band_by_sorting(name: str | None, bands: Sequence[GradeBand]) -> int | None:
    names = [b.name for b in sorted(bands, key=lambda b: b.minimum, reverse=True)]
    if name is None or name not in names:
        return None
    if len(names) == 1:
        return 0
    return round(names.index(name) / (len(names) - 1) * 4)


BANDS = st.lists(
    st.builds(GradeBand, st.sampled_from([0.0, 25.0, 50.0, 50.0, 91.0]), st.sampled_from("ABCD")),
    max_size=6,
).map(tuple)
VALUES = st.one_of(st.floats(allow_nan=True), st.sampled_from([0.0, 25.0, 50.0, 91.0, -1.0]))


@fuzz_settings(400)
@given(BANDS, VALUES, st.one_of(st.none(), st.sampled_from("ABCDE")))
def test_predikat_and_band_colour_as_before(
    bands: tuple[GradeBand, ...], value: float, name: str | None
) -> None:
    assert grade(value, bands) == grade_by_sorting(value, bands)
    assert band_index(name, bands) == band_by_sorting(name, bands)
    expected = band_by_sorting(name, bands)
    assert band_style(name, bands) == ("dim" if expected is None else PALETTE[expected])


# -- the model's lookups ---------------------------------------------------------------------


def test_model_lookups_find_what_a_scan_finds() -> None:
    office = load_workspace(Project(REPO), [REPO / "examples" / "realisasi"]).office
    shipped = load_workspace(Project(REPO)).office
    for source in (office, shipped):
        for position in source.positions:
            assert source.subordinates(position.id) == tuple(
                p for p in source.positions if p.superior == position.id
            )
            for indicator in position.indicators:
                assert position.indicator(indicator.id) == next(
                    i for i in position.indicators if i.id == indicator.id
                )
    twice = replace(
        shipped.positions[0],
        indicators=(*shipped.positions[0].indicators, shipped.positions[1].indicators[0]),
    )
    repeated = replace(twice.indicators[-1], id=twice.indicators[0].id)
    first_wins = replace(twice, indicators=(*twice.indicators[:-1], repeated))
    assert first_wins.indicator(repeated.id) is first_wins.indicators[0]
    with_realisations = Office(shipped.config, shipped.positions, office.realisations * 2)
    for realisation in office.realisations:
        found = with_realisations.realisation(realisation.position_id, realisation.year)
        assert found is realisation  # the first of two files, as the scan found
        for row in realisation.indicators:
            assert realisation.indicator(row.indicator_id) is row
    assert with_realisations.realisation("tidak-ada", 2025) is None
    assert isinstance(Path(office.positions[0].file), Path)


# -- the chain of atasan and its cycles ------------------------------------------------------


def cycles_walking_from_every_position(
    superior: Mapping[str, str | None],
) -> tuple[tuple[str, ...], ...]:
    """The cycles as they were found: a walk up from every position, scanning the walk."""
    found: set[tuple[str, ...]] = set()
    for start in superior:
        walk: list[str] = []
        current: str | None = start
        while current is not None and current in superior and current not in walk:
            walk.append(current)
            current = superior[current]
        if current is not None and current in walk:
            cycle = walk[walk.index(current) :]
            turn = cycle.index(min(cycle))
            found.add(tuple(cycle[turn:] + cycle[:turn]))
    return tuple(sorted(found))


SUPERIORS = st.dictionaries(
    st.sampled_from("abcdefgh"), st.one_of(st.none(), st.sampled_from("abcdefghx")), max_size=8
)


@fuzz_settings(400)
@given(SUPERIORS)
def test_cycles_and_chains_of_atasan_as_before(superior: dict[str, str | None]) -> None:
    assert cascade._cycles(superior) == cycles_walking_from_every_position(superior)
    for start in superior:
        chain = [start]
        current = superior.get(start)
        while current is not None and current in superior and current not in chain:
            chain.append(current)
            current = superior[current]
        assert cascade._chain(start, superior) == tuple(chain)


# -- iki xlsx: the readable sheets' titles ---------------------------------------------------


def titles_counting_from_two(position_ids: Sequence[str]) -> list[str]:
    """The titles as they were made: ~2, ~3, … tried again from the start for every id."""
    used = {sheet.ENTRY_SHEET.lower(), sheet.STATE_SHEET.lower()}
    titles = []
    for position_id in position_ids:
        title = position_id[:31]
        number = 1
        while title.lower() in used:
            number += 1
            suffix = f"~{number}"
            title = position_id[: 31 - len(suffix)] + suffix
        used.add(title.lower())
        titles.append(title)
    return titles


LONG = "pengadministrasi-keuangan-perencanaan"
SHEET_IDS = st.lists(
    st.builds(
        lambda cut, tail: LONG[:cut] + tail,
        st.integers(25, len(LONG)),
        st.sampled_from(["", "-1", "-2", "~2", "x", "X"]),
    ),
    max_size=40,
)


@fuzz_settings(300)
@given(SHEET_IDS)
def test_sheet_titles_as_before(position_ids: list[str]) -> None:
    assert sheet.readable_titles(position_ids) == titles_counting_from_two(position_ids)


def test_many_ids_with_one_long_prefix_get_their_numbers_in_order() -> None:
    ids = [f"{LONG}-{n}" for n in range(1, 301)]
    titles = sheet.readable_titles(ids)
    assert titles == titles_counting_from_two(ids)
    assert titles[:3] == [LONG[:31], f"{LONG[:29]}~2", f"{LONG[:29]}~3"]
    assert titles[-1] == f"{LONG[:27]}~300"
