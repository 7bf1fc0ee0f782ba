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
from collections.abc import Iterator, Mapping

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


def _linked(a: Indicator, b: Indicator, above: Mapping[str, set[str]]) -> bool:
    shares_direct = bool(set(a.supports) & set(b.supports))
    return b.ref in above[a.ref] or a.ref in above[b.ref] or shares_direct


SHOWN = 5


def check(office: Office) -> Iterator[Diagnostic]:
    by_text: dict[tuple[str, ...], list[tuple[Position, Indicator]]] = defaultdict(list)
    for position, indicator in each_indicator(office):
        key = tuple(words(indicator.name))
        if key:
            by_text[key].append((position, indicator))
    for copies in by_text.values():
        if len(copies) < 2:
            continue
        # What each copy supports, walked once per copy rather than once per pair of copies.
        above = {indicator.ref: _supported(office, indicator) for _, indicator in copies}
        for position, indicator in copies:
            others = [
                other
                for other_position, other in copies
                if other_position.id != position.id and not _linked(indicator, other, above)
            ]
            if others:
                named = sorted(other.ref for other in others)
                # A template copied to hundreds of positions must not give a page-long line.
                refs = ", ".join(named[:SHOWN])
                if len(named) > SHOWN:
                    refs = text("Q114.more", refs=refs, count=len(named) - SHOWN)
                yield RULE.at(
                    position,
                    indicator,
                    "indikator",
                    say("Q114", id=indicator.id, refs=refs),
                )
