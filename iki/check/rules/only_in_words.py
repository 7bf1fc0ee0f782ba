"""A formula given in words is also written as `rumus`.

When the penjelasan states a computation ("Jumlah izin yang diterbitkan / jumlah izin yang
diajukan x 100 %", a LaTeX fraction, "dibagi"), `iki` can compute the realisation only if the same
formula is written as `rumus`, with one variable per quantity. The penjelasan stays as written.

What counts as a computation: a fraction (`\\frac`), "x 100" / "× 100" / "* 100", the word
"dibagi" or "dibandingkan dengan", or a slash followed by a word that typically opens a
denominator (jumlah, total, seluruh, semua, keseluruhan, banyaknya, realisasi, target, anggaran).
A slash between alternatives ("tim teknis/UPD teknis") is not a computation.

**Bad**

```yaml
kinerja:
  - id: peserta-ditempatkan
    sasaran: Meningkatnya kesempatan kerja
    indikator: Persentase peserta pelatihan yang ditempatkan
    penjelasan: Peserta pelatihan yang ditempatkan / jumlah peserta pelatihan x 100 %
    satuan: persen
```

**Good**

```yaml
kinerja:
  - id: peserta-ditempatkan
    sasaran: Meningkatnya kesempatan kerja
    indikator: Persentase peserta pelatihan yang ditempatkan
    penjelasan: Peserta pelatihan yang ditempatkan / jumlah peserta pelatihan x 100 %
    satuan: persen
    rumus:
      ekspresi: ditempatkan / peserta * 100
      variabel:
        ditempatkan: {uraian: Peserta pelatihan yang ditempatkan, satuan: orang}
        peserta: {uraian: Jumlah peserta pelatihan, satuan: orang}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.ratios import states_computation
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say
from iki.model import Office

RULE = Rule("Q110", "formula.only_in_words", Severity.WARNING, __doc__)


def check(office: Office) -> Iterator[Diagnostic]:
    for position, indicator in each_indicator(office):
        if indicator.formula is None and states_computation(indicator.explanation):
            yield RULE.at(
                position,
                indicator,
                "penjelasan",
                say("Q110", id=indicator.id),
            )
