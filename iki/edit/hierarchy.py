"""The `atasan` of imported positions, inferred from their titles and the document's order.

An IKI document lists its positions from the top down. Titles say the tier (see
`iki.titles`); where the tier above has a single position, that is the superior. Where it has
several (three Kepala Bidang), the document's order decides: a position belongs to the nearest
position above it in the document of the tier it answers to, unless that position directly
follows another of its tier: a run such as "Kasi A, Kasi B, staff" may list the staff after
all the sections they belong to, so the staff's section cannot be told and stays null.

Every inference is for the office to confirm: the importer marks each one in the file.
"""

from __future__ import annotations

from collections.abc import Sequence

from iki.titles import RANKS, Kind, heads_a_subunit, kind

_ANSWERS_TO: dict[Kind, tuple[Kind, ...]] = {
    Kind.SECRETARY: (Kind.HEAD,),
    Kind.DIVISION: (Kind.HEAD,),
    Kind.DEPARTMENT: (Kind.HEAD,),
    Kind.STAFF: (
        Kind.SECTION,
        Kind.SUBDEPARTMENT,
        Kind.DIVISION,
        Kind.DEPARTMENT,
        Kind.SECRETARY,
    ),
}


def _superior_kinds(child: Kind, present: set[Kind]) -> tuple[Kind, ...]:
    """The kinds a position of kind `child` answers to, given the kinds the office has."""
    if child is Kind.SUBDEPARTMENT:
        for candidate in (Kind.DEPARTMENT, Kind.SECRETARY, Kind.HEAD):
            if candidate in present:
                return (candidate,)
        return ()
    if child is Kind.SECTION:
        return (Kind.DIVISION,) if Kind.DIVISION in present else (Kind.HEAD,)
    return _ANSWERS_TO.get(child, ())


def infer_superiors(positions: Sequence[tuple[str, str]]) -> dict[str, str | None]:
    """Each position's inferred atasan, for (id, jabatan) pairs in document order.

    None where the titles and the order do not say it unambiguously.
    """
    kinds = [kind(title) for _, title in positions]
    present = set(kinds)
    by_kind: dict[Kind, list[int]] = {}
    for index, found in enumerate(kinds):
        by_kind.setdefault(found, []).append(index)
    superiors: dict[str, str | None] = {}
    # The one head that is not a Lurah heads the Lurah's too (a Camat over the kelurahan).
    office_heads = [i for i in by_kind.get(Kind.HEAD, []) if not heads_a_subunit(positions[i][1])]
    for index, (position_id, title) in enumerate(positions):
        if kinds[index] is Kind.HEAD and heads_a_subunit(title) and len(office_heads) == 1:
            superiors[position_id] = positions[office_heads[0]][0]
            continue
        wanted = _superior_kinds(kinds[index], present)
        # Counted, not listed: listing every candidate for every position was positions ×
        # superiors of a tier.
        candidates = sum(len(by_kind.get(k, ())) for k in wanted)
        chosen: int | None = None
        if candidates == 1 and kinds[index] is not Kind.STAFF:
            chosen = next(i for k in wanted for i in by_kind.get(k, ()))
        elif candidates:
            chosen = _by_order(index, kinds, wanted)
        superiors[position_id] = positions[chosen][0] if chosen is not None else None
    return superiors


def _by_order(index: int, kinds: list[Kind], wanted: tuple[Kind, ...]) -> int | None:
    """The nearest position above `index` of a higher tier, when it is one `index` answers to
    and does not directly follow another position that `index` could equally answer to."""
    own = RANKS.get(kinds[index])
    if own is None:
        return None
    above = index - 1
    while above >= 0:
        rank = RANKS.get(kinds[above])
        if rank is None:
            return None  # an unplaced "Kepala …" between: its place is unknown, so is ours
        if rank < own:
            break
        above -= 1
    if above < 0 or kinds[above] not in wanted:
        return None
    before = above - 1
    if before >= 0 and kinds[before] in wanted and RANKS.get(kinds[before]) == RANKS[kinds[above]]:
        return None
    return above
