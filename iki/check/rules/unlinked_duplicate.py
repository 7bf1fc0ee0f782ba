"""The same indicator in two positions is linked by `mendukung` or counted by two superiors.

When two positions carry the same indicator text, either one carries out the other's indicator
(and says so with `mendukung`), or both serve the same superior's indicator, or each is counted
by a superior of its own, or the work is counted twice and nobody knows whose number the report
shows. The rule compares indicator texts word by word (case, punctuation and `di` spacing aside)
across positions and reports each copy beside the copies of other positions it is not linked to.
Two copies are linked when one supports the other, directly or through a chain of `mendukung`,
or both support the same indicator. A standard text repeated across units is not a finding: two
copies that both have `mendukung` and support indicators of different positions, none in common
(the Analis Keuangan of each bidang supporting its own Kasubag's row), are each counted by their
own superior. Still reported: a copy with no `mendukung` beside any other copy (no one can say
whose number it is), and two copies supporting different indicators of one position with no
chain between them (the same work counted into two indicators of one superior).

**Bad**

```yaml
id: analis-pelayanan-publik
jabatan: Analis Pelayanan Publik
kinerja:
  - id: rekap-pengaduan-oss
    sasaran: Teratasinya permasalahan pelayanan perizinan melalui aplikasi OSS
    indikator: Jumlah rekap permasalahan/ pengaduan izin terkait aplikasi OSS
---
id: pengadministrasi-perizinan
jabatan: Pengadministrasi Perizinan
kinerja:
  - id: rekap-pengaduan-oss
    sasaran: Teratasinya permasalahan pelayanan perizinan melalui aplikasi OSS
    indikator: Jumlah rekap permasalahan/ pengaduan izin terkait aplikasi OSS
```

**Good**

```yaml
id: analis-pelayanan-publik
jabatan: Analis Pelayanan Publik
kinerja:
  - id: rekap-pengaduan-oss
    sasaran: Teratasinya permasalahan pelayanan perizinan melalui aplikasi OSS
    indikator: Jumlah rekap permasalahan/ pengaduan izin terkait aplikasi OSS
---
id: pengadministrasi-perizinan
jabatan: Pengadministrasi Perizinan
atasan: analis-pelayanan-publik
kinerja:
  - id: rekap-pengaduan-oss
    sasaran: Teratasinya permasalahan pelayanan perizinan melalui aplikasi OSS
    indikator: Jumlah rekap permasalahan/ pengaduan izin terkait aplikasi OSS
    mendukung: analis-pelayanan-publik/rekap-pengaduan-oss
```
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import combinations

from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.wording import words
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say, text
from iki.model import Indicator, Office, Position, split_ref

RULE = Rule("Q114", "indicator.unlinked_duplicate", Severity.WARNING, __doc__)


def _supported(office: Office, indicator: Indicator) -> set[str]:
    """Every indicator this one supports, directly or through a chain of `mendukung`."""
    seen: set[str] = set()
    todo = list(indicator.supports)
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        above = office.indicator(ref)
        if above is not None:
            todo.extend(above.supports)
    return seen


SHOWN = 5


WIDE = 8
"""Sets of more elements (a row supporting more than 8 rows) are counted whole: their subsets
would be too many to count one by one."""


def _subsets(members: frozenset[str]) -> Iterator[frozenset[str]]:
    """The non-empty subsets of `members`."""
    ordered = sorted(members)
    for size in range(1, len(ordered) + 1):
        for subset in combinations(ordered, size):
            yield frozenset(subset)


class _Meeting:
    """How many sets of a family meet a given set, counted without comparing it with each.

    For every subset of every member the index keeps how many members contain it; the members
    meeting a query then follow by inclusion and exclusion over the query's subsets (a copy's
    rows, or the positions owning them, are one or two: one to three lookups). Members and
    queries wider than `WIDE` are compared whole with the distinct sets they touch.
    """

    def __init__(self, family: list[frozenset[str]]) -> None:
        self.containing: Counter[frozenset[str]] = Counter()
        self.wide: Counter[frozenset[str]] = Counter()
        self.alike: Counter[frozenset[str]] = Counter(members for members in family if members)
        for members in self.alike:
            if len(members) > WIDE:
                self.wide[members] += self.alike[members]
            else:
                for subset in _subsets(members):
                    self.containing[subset] += self.alike[members]
        self.touching: dict[str, list[frozenset[str]]] = defaultdict(list)
        for members in self.alike:
            for element in members:
                self.touching[element].append(members)
        self._counted: dict[frozenset[str], int] = {}

    def count(self, query: frozenset[str]) -> int:
        """How many sets of the family have an element in `query`."""
        counted = self._counted.get(query)
        if counted is None:
            if len(query) > WIDE:
                touched = {m for element in query for m in self.touching.get(element, ())}
                counted = sum(self.alike[members] for members in touched)
            else:
                counted = sum(
                    (1 if len(subset) % 2 else -1) * self.containing[subset]
                    for subset in _subsets(query)
                )
                counted += sum(
                    n for members, n in self.wide.items() if not members.isdisjoint(query)
                )
            self._counted[query] = counted
        return counted


class _Group:
    """The copies of one indicator text, with what links them, indexed once for the group.

    A copy `j` and a copy `k` of another position are a finding unless they are linked (one
    supports the other, directly or through a chain, or both support the same indicator) or both
    are anchored (have `mendukung`) and no position owns indicators of both. So `j`'s findings are
    among the unanchored copies and, when `j` is anchored, the copies supporting indicators of a
    position `j` supports: counting those through indexes and subtracting the linked ones, and
    walking these copies in alphabetical order only as far as the first `SHOWN` findings (jumping
    over runs of copies supporting one of `j`'s rows), costs the group's size times the depth of
    the cascade, where comparing every pair of copies costs its square (a standard text in 2,000
    positions: 4 million pairs). A copy supporting several rows adds the subsets of its rows to
    `_Meeting`'s index, and its walk may jump over its siblings one run per row.
    """

    def __init__(self, office: Office, copies: list[tuple[Position, Indicator]]) -> None:
        self.copies = copies
        self.above = [_supported(office, indicator) for _, indicator in copies]
        self.targets = [frozenset(indicator.supports) for _, indicator in copies]
        # The positions whose indicators a copy supports: `pos` of each `pos/ind`.
        self.owners = [frozenset(split_ref(ref)[0] for ref in refs) for refs in self.targets]
        self.with_ref: dict[str, list[int]] = defaultdict(list)
        self.in_position: dict[str, list[int]] = defaultdict(list)
        self.supporting: dict[str, list[int]] = defaultdict(list)
        for j, (position, indicator) in enumerate(copies):
            self.with_ref[indicator.ref].append(j)
            self.in_position[position.id].append(j)
            for target in self.targets[j]:
                self.supporting[target].append(j)
        # Below each ref: the copies that support it through a chain.
        self.below: dict[str, list[int]] = defaultdict(list)
        for j, above in enumerate(self.above):
            for ref in above:
                if ref in self.with_ref:
                    self.below[ref].append(j)
        self.order = sorted(range(len(copies)), key=lambda j: copies[j][1].ref)
        # The copies in alphabetical order: those without `mendukung`, and those supporting
        # indicators of each position, with each copy's place in the latter.
        self.unanchored = [j for j in self.order if not self.targets[j]]
        self.owned: dict[str, list[int]] = defaultdict(list)
        for j in self.order:
            for owner in self.owners[j]:
                self.owned[owner].append(j)
        self.place = {
            owner: {j: place for place, j in enumerate(owned)}
            for owner, owned in self.owned.items()
        }
        self.sharing_targets = _Meeting(self.targets)
        self.sharing_owners = _Meeting(self.owners)
        self._skip: dict[tuple[str, str], dict[int, int]] = {}

    def chain(self, j: int) -> set[int]:
        """The copies above or below copy `j` in the cascade."""
        found = set(self.below.get(self.copies[j][1].ref, ()))
        for above in self.above[j]:
            found.update(self.with_ref.get(above, ()))
        return found

    def _past(self, owner: str, target: str, place: int) -> int:
        """The first place after `place` in `owned[owner]` of a copy that does not support
        `target`."""
        skip = self._skip.get((owner, target))
        if skip is None:
            places = self.place[owner]
            supporting = sorted(places[k] for k in self.supporting[target] if k in places)
            skip = {}
            for p in reversed(supporting):
                skip[p] = skip.get(p + 1, p + 1)
            self._skip[(owner, target)] = skip
        return skip[place]

    def _first(self, j: int, copies: list[int], owner: str | None, near: set[int]) -> list[int]:
        """The first `SHOWN` of `copies` (alphabetical; all supporting indicators of `owner`,
        when given) that are findings beside copy `j`, none of them in `near`."""
        targets = self.targets[j]
        found: list[int] = []
        place = 0
        while place < len(copies) and len(found) < SHOWN:
            k = copies[place]
            shared = targets & self.targets[k]
            if shared and owner is not None:
                place = self._past(owner, min(shared), place)
            elif shared or k in near:  # (shared only in one owner's copies: never here)
                place += 1
            else:
                found.append(k)
                place += 1
        return found

    def unlinked(self, j: int) -> tuple[int, list[str]]:
        """How many copies in other positions make a finding with copy `j`, and the first
        `SHOWN` of their refs in alphabetical order."""
        # Copies in j's own position, and those above or below it, are never findings.
        near = self.chain(j) | set(self.in_position[self.copies[j][0].id])
        targets, owners = self.targets[j], self.owners[j]
        if not targets:
            # Without `mendukung`, every other copy is a finding but those near it.
            count = len(self.copies) - len(near)
            streams: list[tuple[list[int], str | None]] = [(self.order, None)]
        else:

            def counted(k: int) -> bool:
                """Whether `k` is among the unanchored copies and those sharing an owner with
                `j`, but does not share a target with it."""
                if not self.targets[k]:
                    return True
                return not owners.isdisjoint(self.owners[k]) and targets.isdisjoint(self.targets[k])

            count = (
                len(self.unanchored)
                + self.sharing_owners.count(owners)
                - self.sharing_targets.count(targets)
                - sum(1 for k in near if counted(k))
            )
            streams = [(self.unanchored, None)]
            streams += [(self.owned[owner], owner) for owner in sorted(owners)]
        if not count:
            return 0, []
        # The first findings of each stream include the first findings of all of them.
        found = {k for copies, owner in streams for k in self._first(j, copies, owner, near)}
        named = sorted(self.copies[k][1].ref for k in found)[:SHOWN]
        return count, named


def check(office: Office) -> Iterator[Diagnostic]:
    by_text: dict[tuple[str, ...], list[tuple[Position, Indicator]]] = defaultdict(list)
    for position, indicator in each_indicator(office):
        key = tuple(words(indicator.name))
        if key:
            by_text[key].append((position, indicator))
    for copies in by_text.values():
        if len(copies) < 2:
            continue
        group = _Group(office, copies)
        for j, (position, indicator) in enumerate(copies):
            count, named = group.unlinked(j)
            if count:
                # A template copied to hundreds of positions must not give a page-long line.
                refs = ", ".join(named)
                if count > SHOWN:
                    refs = text("Q114.more", refs=refs, count=count - SHOWN)
                yield RULE.at(
                    position,
                    indicator,
                    "indikator",
                    say("Q114", id=indicator.id, refs=refs),
                )
