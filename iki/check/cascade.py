"""The pohon kinerja: positions as one tree through `atasan`, indicators linked by `mendukung`.

`build(office)` returns a `Tree`, a pure value that the checks below, `iki tree` and the reports
read: the root, each position's subordinates, depth and path to the root, and the support graph
between indicators (who supports what, what each indicator is supported by). Nothing here prints
or knows about files beyond the JSON paths the diagnostics carry.

The checks follow docs/architecture.md, "Cascade". Their severities follow one rule: an
**error** is a structure that `iki` cannot read as a cascade at all (two heads of office, a
cycle, a position outside the tree, a link to a position that is not above, a row that says both
"supports" and "supports nothing", targets that contradict the sum they declare); a **warning**
is a cascade that is readable but not finished (a link that skips a level, an indicator nobody
carries further, an indicator that carries nothing). Unfinished cascades are decisions the
office has to make, row by row; as warnings they are listed by `iki validate` without failing
every pull request until the office has settled them, and `iki validate --strict` makes them
blocking once it has."""

from __future__ import annotations

import difflib
import math
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

from iki.diagnostics import Diagnostic, JsonPath, Severity
from iki.load.schema import SchemaName
from iki.messages import Either, Said, say, show, text
from iki.model import Indicator, Office, Position, QuarterlyTarget, Renstra, Target, renstra_id
from iki.titles import heads_a_subunit, rank

if TYPE_CHECKING:
    from iki.load.workspace import Workspace


class LinkKind(StrEnum):
    DIRECT = "langsung"
    """To an indicator of the direct superior: the cascade as it should be."""
    SKIP = "melompat"
    """To an indicator of a superior further up, past the direct one."""
    ASTRAY = "bukan-atasan"
    """To an indicator of a position that is not above: a cousin, a subordinate, itself."""


@dataclass(frozen=True)
class Link:
    """One `mendukung` reference that names an existing indicator."""

    source: str
    """ref of the supporting indicator, `position/indicator`"""
    target: str
    """ref of the supported indicator"""
    kind: LinkKind
    index: int
    """place in the source's `mendukung` list, for locating findings"""

    @property
    def target_position(self) -> str:
        return self.target.partition("/")[0]


_EMPTY: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Tree:
    """The office's positions and indicators as a pohon kinerja.

    Positions that cannot be placed under the root (in a cycle, under a second root, under an
    `atasan` that does not exist) are kept in `unplaced` rather than dropped, so that every
    consumer can still show them.
    """

    root: str | None
    """the head of office; with several positions without `atasan`, the one whose title names
    the head (Kepala Dinas, Camat, …), else the one heading the most"""
    roots: tuple[str, ...]
    """every position without `atasan`, sorted"""
    superior: Mapping[str, str | None]
    """each position's `atasan` as written"""
    children: Mapping[str, tuple[str, ...]]
    """each position's subordinates (those naming it as `atasan`), sorted by id"""
    depth: Mapping[str, int]
    """0 for the root, 1 for its subordinates, …; only positions placed under the root"""
    cycles: tuple[tuple[str, ...], ...]
    """each cycle of `atasan` once, starting from its smallest id"""
    links: tuple[Link, ...]
    """every `mendukung` that names an existing indicator, in file order"""
    supports: Mapping[str, tuple[Link, ...]]
    """by ref of the supporting indicator: the links it declares"""
    supported_by: Mapping[str, tuple[Link, ...]]
    """by ref of the supported indicator: the links that carry it (direct or skipping a level)"""
    orphans: tuple[Indicator, ...]
    """indicators below the root that support nothing and are not `penunjang`"""
    uncascaded: tuple[Indicator, ...]
    """indicators (not `penunjang`) of positions with subordinates that nobody below carries"""

    def is_placed(self, position_id: str) -> bool:
        return position_id in self.depth

    def chain(self, position_id: str) -> tuple[str, ...]:
        """The position and its superiors upward, as far as `atasan` leads without repeating.

        For a placed position this is its path to the root.
        """
        return _chain(position_id, self.superior)

    def path_to_root(self, position_id: str) -> tuple[str, ...]:
        """The position, its superior, …, the root; empty when the position is not placed."""
        return self.chain(position_id) if self.is_placed(position_id) else ()

    def ancestors(self, position_id: str) -> tuple[str, ...]:
        return self.chain(position_id)[1:]

    def preorder(self) -> tuple[str, ...]:
        """Placed positions from the root down, each before its subordinates."""
        if self.root is None:
            return ()
        order: list[str] = []
        stack = [self.root]
        while stack:
            current = stack.pop()
            order.append(current)
            stack.extend(reversed(self.children.get(current, ())))
        return tuple(order)

    @property
    def unplaced(self) -> tuple[str, ...]:
        return tuple(p for p in sorted(self.superior) if p not in self.depth)

    def supporters(self, ref: str) -> tuple[str, ...]:
        """Refs of the indicators that carry `ref`."""
        return tuple(link.source for link in self.supported_by.get(ref, _EMPTY))

    def supported(self, ref: str) -> tuple[Link, ...]:
        """The links the indicator `ref` declares."""
        return self.supports.get(ref, _EMPTY)


MAX_LEVELS = 64
"""How deep the tree of positions is read; deeper positions are reported (C003) and left out of
the tree, so that nothing that walks it can recurse without bound."""

_last_built: list[tuple[Office, Tree]] = []


def build(office: Office) -> Tree:
    """The tree of an office. Duplicate position ids (R002) count once, as `Office` does.

    The checks, `iki tree` and the reports each ask for the tree of the same office: the last one
    built is kept (by identity, one at a time, so nothing accumulates).
    """
    if _last_built and _last_built[0][0] is office:
        return _last_built[0][1]
    tree = _build(office)
    _last_built[:] = [(office, tree)]
    return tree


def _build(office: Office) -> Tree:
    positions = _unique_positions(office)
    superior = {p.id: p.superior for p in positions}
    children: dict[str, list[str]] = {p.id: [] for p in positions}
    for p in positions:
        # A position that names itself is a cycle (C002), not its own subordinate.
        if p.superior is not None and p.superior in children and p.superior != p.id:
            children[p.superior].append(p.id)
    roots = tuple(sorted(pid for pid, sup in superior.items() if sup is None))
    sizes = {r: _subtree_size(r, children) for r in roots}
    titles = {p.id: p.title for p in positions}
    # A Kepala Dinas without subordinates yet is still the head; among equals, the larger tree
    # and then the higher title (iki.titles) heads the office.
    root = (
        min(
            roots,
            key=lambda r: (
                rank(titles[r]) != 1,
                heads_a_subunit(titles[r]),  # a Camat, not a Lurah, heads a kecamatan
                -sizes[r],
                rank(titles[r]) or 9,
                r,
            ),
        )
        if roots
        else None
    )
    depth = _depths(root, children)
    chains = {pid: _chain(pid, superior) for pid in superior}

    links: list[Link] = []
    for position in positions:
        for indicator in position.indicators:
            for index, ref in enumerate(indicator.supports):
                if office.indicator(ref) is None:
                    continue  # R004 reports it
                links.append(
                    Link(indicator.ref, ref, _kind(position, ref, chains[position.id]), index)
                )
    supports: dict[str, list[Link]] = {}
    supported_by: dict[str, list[Link]] = {}
    for link in links:
        supports.setdefault(link.source, []).append(link)
        if link.kind is not LinkKind.ASTRAY:
            supported_by.setdefault(link.target, []).append(link)

    orphans = tuple(
        i
        for p in positions
        if p.superior is not None
        for i in p.indicators
        if not i.supports and not i.supporting_work
    )
    # Administrative support work is the position's own: nobody below has to carry it.
    uncascaded = tuple(
        i
        for p in positions
        if children[p.id]
        for i in p.indicators
        if i.ref not in supported_by and not i.supporting_work
    )
    return Tree(
        root=root,
        roots=roots,
        superior=MappingProxyType(superior),
        # Below the depth bound, a placed position lists only placed subordinates, so that every
        # walk down the tree (reports, diagrams) is bounded too.
        children=MappingProxyType(
            {
                k: tuple(sorted(c for c in v if k not in depth or c in depth))
                for k, v in children.items()
            }
        ),
        depth=MappingProxyType(depth),
        cycles=_cycles(superior),
        links=tuple(links),
        supports=MappingProxyType({k: tuple(v) for k, v in supports.items()}),
        supported_by=MappingProxyType({k: tuple(v) for k, v in supported_by.items()}),
        orphans=orphans,
        uncascaded=uncascaded,
    )


def _unique_positions(office: Office) -> list[Position]:
    out: list[Position] = []
    for position in office.positions:
        if office.position(position.id) is position:
            out.append(position)
    return out


def _subtree_size(root: str, children: Mapping[str, list[str]]) -> int:
    return len(_depths(root, children))


def _depths(
    root: str | None, children: Mapping[str, list[str]], limit: int = MAX_LEVELS
) -> dict[str, int]:
    if root is None:
        return {}
    depth = {root: 0}
    queue = deque([root])
    while queue:
        current = queue.popleft()
        if depth[current] == limit:
            continue  # deeper positions stay unplaced (C003)
        for child in children[current]:
            if child not in depth:  # a cycle cannot reach the root, but stay safe
                depth[child] = depth[current] + 1
                queue.append(child)
    return depth


def _chain(position_id: str, superior: Mapping[str, str | None]) -> tuple[str, ...]:
    seen = [position_id]
    visited = {position_id}  # a set beside the list: a deep tree's chain is not scanned per step
    current = superior.get(position_id)
    while current is not None and current in superior and current not in visited:
        seen.append(current)
        visited.add(current)
        current = superior[current]
    return tuple(seen)


def _kind(position: Position, ref: str, chain: tuple[str, ...]) -> LinkKind:
    target_position = ref.partition("/")[0]
    if target_position == position.superior:
        return LinkKind.DIRECT
    if target_position in chain[1:]:
        return LinkKind.SKIP
    return LinkKind.ASTRAY


def _cycles(superior: Mapping[str, str | None]) -> tuple[tuple[str, ...], ...]:
    found: set[tuple[str, ...]] = set()
    finished: set[str] = set()
    for start in superior:
        # Each position is walked once: a walk stops at a position an earlier walk went through,
        # whose cycle (if any) is already found.
        walk: list[str] = []
        on_walk: set[str] = set()
        current: str | None = start
        while (
            current is not None
            and current in superior
            and current not in on_walk
            and current not in finished
        ):
            walk.append(current)
            on_walk.add(current)
            current = superior[current]
        finished.update(walk)
        if current is not None and current in on_walk:
            cycle = walk[walk.index(current) :]
            turn = cycle.index(min(cycle))
            found.add(tuple(cycle[turn:] + cycle[:turn]))
    return tuple(sorted(found))


# -- checks ----------------------------------------------------------------------------------


def _finding(severity: Severity, file: str, path: JsonPath, said: Said) -> Diagnostic:
    return Diagnostic.of(file, severity, said, path)


def _row(indicator: Indicator, *rest: str | int) -> JsonPath:
    return ("kinerja", indicator.index, *rest)


def _listing(ids: tuple[str, ...] | list[str], limit: int = 6) -> str:
    shown = ", ".join(ids[:limit])
    return shown + (text("listing.more", count=len(ids)) if len(ids) > limit else "")


def structure(workspace: Workspace) -> Iterator[Diagnostic]:
    """C001 one head of office; C002 no cycle of `atasan`; C003 every position under the head.

    Errors: without one root, every consolidation and report of the office is undefined.

    *bad* (two files with `atasan: null`)::

        id: kepala-dinas        id: sekretaris
        atasan: null            atasan: null

    *good*: the Kepala Dinas alone has `atasan: null`; the Sekretaris has
    `atasan: kepala-dinas`.

    An office with no root at all always has a cycle (C002) or an `atasan` that names no position
    (R003): those are reported instead. A position under such a broken `atasan` is left to R003
    too, so that a file that fails its schema does not bury the report in consequences.
    """
    office = workspace.office
    tree = build(office)
    for extra in tree.roots:
        if extra == tree.root:
            continue
        position = _position(office, extra)
        yield _finding(
            Severity.ERROR,
            position.file,
            ("atasan",),
            say("C001", id=extra, root=str(tree.root)),
        )
    in_cycle: set[str] = set()
    for cycle in tree.cycles:
        in_cycle.update(cycle)
        shown = " → ".join((*cycle, cycle[0]))
        for member in cycle:
            yield _finding(
                Severity.ERROR,
                _position(office, member).file,
                ("atasan",),
                say("C002", cycle=shown),
            )
    for pid in tree.unplaced:
        if pid in in_cycle or pid in tree.roots:
            continue
        chain = tree.chain(pid)
        end = chain[-1]
        last = tree.superior[end]
        root = str(tree.root)
        if end == tree.root:
            said = say("C003.deep", id=pid, root=root, levels=MAX_LEVELS)
        elif last is not None and last in tree.superior:
            said = say("C003.cycle", id=pid, root=root, chain=" → ".join(chain))
        elif last is None:
            said = say("C003.root", id=pid, root=root, chain=" → ".join(chain), end=end)
        else:
            continue  # the chain ends at an atasan that names no position: R003
        yield _finding(Severity.ERROR, _position(office, pid).file, ("atasan",), said)


def alignment(workspace: Workspace) -> Iterator[Diagnostic]:
    """C011–C015: each indicator carries an indicator of the direct superior, or is penunjang.

    - C011 (error) `mendukung` names an indicator of a position that is not above this one;
      the link cannot be consolidated anywhere.
    - C012 (warning) `mendukung` names an indicator of a superior further up: readable, but the
      level in between is bypassed; the message names the superior to go through.
    - C013 (warning) an indicator of a position with subordinates that none of them carries
      ("belum diturunkan"); `penunjang` rows are the position's own work and need not be
      carried further down (a subordinate may still support one).
    - C014 (warning) an indicator below the Kepala Dinas that supports nothing and is not
      `penunjang` ("tidak mendukung atasan").
    - C015 (error) a row marked `penunjang: true` that also has `mendukung`: it says both that it
      is consolidated upward and that it never is.

    C013 and C014 are warnings: each is a decision the office makes about its own rows. While a
    `mendukung` names a missing indicator of a position (R004), C013 waits for that position:
    the mistyped link may be the very one that carries it, and one typo is reported once.

    *bad*::

        atasan: kasi-perizinan-1
        kinerja:
          - id: berkas-masuk
            mendukung: kabid-ptsp/izin-sesuai-sop     # C012: skips kasi-perizinan-1

    *good*::

          - id: berkas-masuk
            mendukung: kasi-perizinan-1/izin-diterbitkan
    """
    office = workspace.office
    tree = build(office)
    for position in _unique_positions(office):
        placed = tree.is_placed(position.id)
        for indicator in position.indicators:
            links = tree.supported(indicator.ref)
            many = len(indicator.supports) > 1
            if placed:
                for link in links:
                    path = _row(indicator, "mendukung", *((link.index,) if many else ()))
                    yield from _link_findings(office, tree, position, link, path)
            if indicator.supporting_work and indicator.supports:
                yield _finding(
                    Severity.ERROR,
                    position.file,
                    _row(indicator, "penunjang"),
                    say("C015", id=indicator.id, refs=tuple(indicator.supports)),
                )
    for indicator in tree.orphans:
        position = _position(office, indicator.position_id)
        superior = office.position(position.superior or "")
        choices = (
            text(
                "C014.choices",
                superior=superior.id,
                ids=_listing([i.id for i in superior.indicators]),
            )
            if superior is not None and superior.indicators
            else ""
        )
        yield _finding(
            Severity.WARNING,
            position.file,
            _row(indicator, "id"),
            say("C014", id=indicator.id, superior=str(position.superior), choices=choices),
        )
    mistyped = _positions_with_mistyped_links(office)
    for indicator in tree.uncascaded:
        if indicator.position_id in mistyped:
            continue  # R004 first: the mistyped link may be the one that carries it
        position = _position(office, indicator.position_id)
        yield _finding(
            Severity.WARNING,
            position.file,
            _row(indicator, "id"),
            say(
                "C013",
                id=indicator.id,
                position=position.id,
                ref=indicator.ref,
                subordinates=_listing(list(tree.children[position.id])),
            ),
        )


def _positions_with_mistyped_links(office: Office) -> set[str]:
    """Positions named by a `mendukung` whose indicator does not exist (reported as R004)."""
    out = set()
    for indicator in office.indicators:
        for ref in indicator.supports:
            position_id = ref.partition("/")[0]
            if office.position(position_id) is not None and office.indicator(ref) is None:
                out.add(position_id)
    return out


def _link_findings(
    office: Office, tree: Tree, position: Position, link: Link, path: JsonPath
) -> Iterator[Diagnostic]:
    if link.kind is LinkKind.SKIP:
        superior = position.superior
        between = [
            ref
            for ref in _refs_of(office, superior)
            if any(s.target == link.target for s in tree.supported(ref))
        ]
        yield _finding(
            Severity.WARNING,
            position.file,
            path,
            say(
                "C012" if between else "C012.none",
                ref=link.target,
                id=position.id,
                superior=str(superior),
                between=text("word.or").join(between),
            ),
        )
    elif link.kind is LinkKind.ASTRAY:
        target = link.target_position
        above = tree.ancestors(position.id)
        yield _finding(
            Severity.ERROR,
            position.file,
            path,
            say(
                "C011.self" if target == position.id else "C011",
                ref=link.target,
                target=str(target),
                id=position.id,
                above=", ".join(above) or text("word.nobody"),
                superior=str(position.superior),
            ),
        )


def target_sums(workspace: Workspace) -> Iterator[Diagnostic]:
    """C021 a target declared `target_bawahan: jumlah` equals the sum of its supporters' targets.

    Checked for each year where the indicator and every indicator that supports it directly have
    a number (a yearly number, or the TW4 value of quarterly targets); ranges and missing targets
    are left out. An error: the file states the sum and the numbers contradict it, so one of the
    targets is wrong.

    *bad*::

        target_bawahan: jumlah
        target: {2025: 500}          # the two kasi rows that support it: 200 + 250
    """
    office = workspace.office
    tree = build(office)
    for position in _unique_positions(office):
        for indicator in position.indicators:
            if indicator.target_from_subordinates != "jumlah":
                continue
            direct = [
                link
                for link in tree.supported_by.get(indicator.ref, _EMPTY)
                if link.kind is LinkKind.DIRECT
            ]
            if not direct:
                continue
            for year in sorted(indicator.targets):
                total = yearly_number(indicator.target(year))
                parts = [
                    (link.source, yearly_number(_target_of(office, link, year))) for link in direct
                ]
                if total is None or any(value is None for _, value in parts):
                    continue
                found = sum(value for _, value in parts if value is not None)
                if math.isclose(found, total, rel_tol=1e-9, abs_tol=1e-9):
                    continue
                shown = ", ".join(
                    f"{ref} {show(value)}" for ref, value in parts if value is not None
                )
                yield _finding(
                    Severity.ERROR,
                    position.file,
                    _row(indicator, "target", str(year)),
                    say(
                        "C021",
                        year=str(year),
                        id=indicator.id,
                        total=total,
                        found=found,
                        parts=shown,
                    ),
                )


def yearly_number(target: Target) -> float | None:
    """The number a target sets for the whole year: a plain number or TW4; else None."""
    if isinstance(target, QuarterlyTarget):
        return target.to(4)
    if isinstance(target, float | int):
        return float(target)
    return None


def _target_of(office: Office, link: Link, year: int) -> Target:
    return _indicator(office, link.source).target(year)


def _refs_of(office: Office, position_id: str | None) -> list[str]:
    position = office.position(position_id or "")
    return [i.ref for i in position.indicators] if position else []


def _position(office: Office, position_id: str) -> Position:
    position = office.position(position_id)
    assert position is not None, position_id
    return position


def _indicator(office: Office, ref: str) -> Indicator:
    indicator = office.indicator(ref)
    assert indicator is not None, ref
    return indicator


def renstra(workspace: Workspace) -> Iterator[Diagnostic]:
    """C031–C035: the cascade above the Kepala Dinas, up to the Renstra (data/renstra.yaml).

    - C031 (error) `mendukung: renstra/<id>` names no IKU: the project has no Renstra file, its
      Renstra file cannot be read (its own findings say why), or the file has no IKU with that
      id. Like R004, the link cannot be followed.
    - C032 (warning) a row of a position below the Kepala Dinas names an IKU of the Renstra
      directly: the levels in between are bypassed, as with C012.
    - C033 (warning) an IKU of the Renstra that no row of the Kepala Dinas carries: the
      Perjanjian Kinerja of the Kepala Dinas must hold every IKU.
    - C034 (warning) a row of the Kepala Dinas (not `penunjang`) that carries no IKU. Only
      checked when the project has a Renstra: without one there is nothing to carry.
    - C035 (error) the Renstra file itself: an id used twice, a period that ends before it
      starts, a yearly target outside the period, or a second Renstra file (data/renstra.yml
      beside data/renstra.yaml); or a
      position whose id is `renstra`, which `mendukung: renstra/…` could never name.

    C033 and C034 are warnings for the same reason as C013 and C014: they are the office's
    decisions, row by row, and `iki validate --strict` makes them blocking.

    *bad* (data/renstra.yaml has the IKU `pertumbuhan-investasi`)::

        id: kepala-dinas
        kinerja:
          - id: nilai-investasi
            mendukung: renstra/pertumbuhan-investsi     # C031: a typo

    *good*::

          - id: nilai-investasi
            mendukung: renstra/pertumbuhan-investasi
    """
    office = workspace.office
    plan = office.renstra
    tree = build(office)
    if plan is not None:
        yield from _renstra_file(plan)
    files = workspace.files_of(SchemaName.RENSTRA)
    for extra in files[1:]:
        yield _finding(
            Severity.ERROR,
            extra.name,
            (),
            say("C035.second", first=files[0].name),
        )
    for position in _unique_positions(office):
        if renstra_id(f"{position.id}/") is not None:
            yield _finding(
                Severity.ERROR,
                position.file,
                ("id",),
                say("C035.reserved", id=position.id),
            )
    carried: set[str] = set()
    for position in _unique_positions(office):
        for indicator in position.indicators:
            many = len(indicator.supports) > 1
            for n, ref in enumerate(indicator.supports):
                iku_id = renstra_id(ref)
                if iku_id is None:
                    continue
                path = _row(indicator, "mendukung", *((n,) if many else ()))
                if plan is None and files:
                    # The file is there but failed to read or its schema: telling the user to
                    # write one would send them to the wrong place.
                    yield _finding(
                        Severity.ERROR,
                        position.file,
                        path,
                        say("C031.unreadable", ref=ref, file=files[0].name),
                    )
                    continue
                if plan is None:
                    yield _finding(
                        Severity.ERROR,
                        position.file,
                        path,
                        say("C031.no_renstra", ref=ref),
                    )
                    continue
                if plan.indicator(iku_id) is None:
                    known = [i.id for i in plan.indicators]
                    close = difflib.get_close_matches(iku_id, known, n=2, cutoff=0.5)
                    advice = (
                        say("hint.did_you_mean", options=Either(f"renstra/{c}" for c in close))
                        if close
                        else None
                    )
                    yield _finding(
                        Severity.ERROR,
                        position.file,
                        path,
                        say(
                            "C031",
                            advice,
                            ref=ref,
                            iku=iku_id,
                            file=plan.file,
                            known=_listing(known),
                        ),
                    )
                    continue
                if position.id == tree.root:
                    carried.add(iku_id)
                    continue
                yield _finding(
                    Severity.WARNING,
                    position.file,
                    path,
                    say(
                        "C032",
                        ref=ref,
                        root=str(tree.root),
                        id=position.id,
                        superior=str(position.superior),
                    ),
                )
    if plan is None or tree.root is None:
        return
    head = office.position(tree.root)
    if head is None:
        return
    for iku in plan.indicators:
        if iku.id in carried:
            continue
        yield _finding(
            Severity.WARNING,
            plan.file,
            (*iku.path, "id"),
            say("C033", iku=iku.id, name=iku.name, head=head.id, ref=iku.ref, file=head.file),
        )
    for indicator in head.indicators:
        if indicator.supporting_work or any(renstra_id(ref) for ref in indicator.supports):
            continue
        yield _finding(
            Severity.WARNING,
            head.file,
            _row(indicator, "id"),
            say("C034", id=indicator.id, known=_listing([i.id for i in plan.indicators])),
        )


def _renstra_file(plan: Renstra) -> Iterator[Diagnostic]:
    if plan.end < plan.start:
        yield _finding(
            Severity.ERROR,
            plan.file,
            ("periode", "akhir"),
            say("C035.period", end=str(plan.end), start=str(plan.start)),
        )
    for iku in plan.indicators if plan.start <= plan.end else ():
        for year in sorted(iku.targets):
            if plan.start <= year <= plan.end:
                continue
            # A typo in a year (2035 for 2025) would leave that year without its target.
            yield _finding(
                Severity.ERROR,
                plan.file,
                (*iku.path, "target", str(year)),
                say(
                    "C035.target_year",
                    id=iku.id,
                    year=str(year),
                    start=str(plan.start),
                    end=str(plan.end),
                ),
            )
    seen: dict[str, str] = {}
    places: list[tuple[str, JsonPath]] = []
    for g, goal in enumerate(plan.goals):
        places.append((goal.id, ("tujuan", g, "id")))
        for o, objective in enumerate(goal.objectives):
            places.append((objective.id, ("tujuan", g, "sasaran", o, "id")))
    places.extend((iku.id, (*iku.path, "id")) for iku in plan.indicators)
    for identifier, path in places:
        if identifier in seen:
            yield _finding(
                Severity.ERROR,
                plan.file,
                path,
                say("C035", id=identifier),
            )
        else:
            seen[identifier] = identifier
