"""The same indicator in two positions is linked through `mendukung`.

When two positions carry the same indicator text, either one carries out the other's indicator
(and says so with `mendukung`), or both serve the same superior's indicator, or the work is
counted twice and nobody knows whose number the report shows. The rule compares indicator texts
word by word (case, punctuation and `di` spacing aside) across positions and reports each copy
that is not linked to the other: linked means one supports the other, directly or through a
chain of `mendukung`, or both support the same indicator.

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

from collections import defaultdict
from collections.abc import Iterator

from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.wording import words
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say, text
from iki.model import Indicator, Office, Position

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


class _Group:
    """The copies of one indicator text, with what links them, indexed once for the group.

    Two copies are linked when one supports the other (directly or through a chain) or both
    support the same indicator directly. Counting, for each copy, the copies it is linked to
    through these indexes, and walking the sorted copies only as far as the first `SHOWN`
    unlinked ones, costs the group's size times the depth of the cascade, where comparing every
    pair of copies costs its square (a standard text in 2,000 positions: 4 million pairs).
    """

    def __init__(self, office: Office, copies: list[tuple[Position, Indicator]]) -> None:
        self.copies = copies
        # What each copy supports, walked once per copy; keyed by ref as the pairwise rule was
        # (a duplicate indicator id in one position shares one entry).
        self.above = {indicator.ref: _supported(office, indicator) for _, indicator in copies}
        self.with_ref: dict[str, list[int]] = defaultdict(list)
        self.in_position: dict[str, list[int]] = defaultdict(list)
        self.supporting: dict[str, list[int]] = defaultdict(list)
        self.targets: list[frozenset[str]] = []
        for j, (position, indicator) in enumerate(copies):
            self.with_ref[indicator.ref].append(j)
            self.in_position[position.id].append(j)
            targets = frozenset(indicator.supports)
            self.targets.append(targets)
            for target in targets:
                self.supporting[target].append(j)
        # Below each ref: the copies that support it through a chain.
        self.below: dict[str, list[int]] = defaultdict(list)
        for j, (_, indicator) in enumerate(copies):
            for ref in self.above[indicator.ref]:
                if ref in self.with_ref:
                    self.below[ref].append(j)
        self.order = sorted(range(len(copies)), key=lambda j: copies[j][1].ref)
        self.rank = {j: r for r, j in enumerate(self.order)}
        self._skip: dict[str, dict[int, int]] = {}

    def chain(self, j: int) -> set[int]:
        """The copies above or below copy `j` in the cascade."""
        ref = self.copies[j][1].ref
        found = set(self.below.get(ref, ()))
        for above in self.above[ref]:
            found.update(self.with_ref.get(above, ()))
        return found

    def siblings(self, j: int) -> tuple[int, set[int] | None]:
        """How many copies support one of the indicators copy `j` supports; the set of them
        only when `j` supports several (with one, membership is read off `targets`)."""
        targets = self.targets[j]
        if len(targets) == 1:
            return len(self.supporting[next(iter(targets))]), None
        found = {k for target in targets for k in self.supporting[target]}
        return len(found), found

    def _past(self, target: str, rank: int) -> int:
        """The first rank after `rank` of a copy that does not support `target`."""
        skip = self._skip.get(target)
        if skip is None:
            ranks = sorted(self.rank[k] for k in self.supporting[target])
            skip = {}
            for r in reversed(ranks):
                skip[r] = skip.get(r + 1, r + 1)
            self._skip[target] = skip
        return skip[rank]

    def unlinked(self, j: int) -> tuple[int, list[str]]:
        """How many copies in other positions copy `j` is not linked to, and the first
        `SHOWN` of their refs in alphabetical order."""
        position = self.copies[j][0]
        targets = self.targets[j]
        chain = self.chain(j)
        sibling_count, siblings = self.siblings(j)

        def sibling(k: int) -> bool:
            return (
                k in siblings if siblings is not None else not targets.isdisjoint(self.targets[k])
            )

        def linked(k: int) -> bool:
            return k in chain or sibling(k)

        linked_count = sibling_count + sum(1 for k in chain if not sibling(k))
        same = self.in_position[position.id]
        linked_there = sum(1 for k in same if linked(k))
        count = len(self.copies) - len(same) - (linked_count - linked_there)
        named: list[str] = []
        rank = 0
        while count and len(named) < SHOWN and rank < len(self.order):
            k = self.order[rank]
            shared = targets & self.targets[k]
            if shared:
                rank = self._past(min(shared), rank)
            elif k in chain or self.copies[k][0].id == position.id:
                rank += 1
            else:
                named.append(self.copies[k][1].ref)
                rank += 1
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
