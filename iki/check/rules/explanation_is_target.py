"""A penjelasan explains; it is not a target.

The form's "Penjelasan / Formulasi Penghitungan" column says what is counted and how the
realisation is computed. "1 dokumen" there is the target, written in the wrong column: the
target belongs in `target` (with the unit in `satuan`), and the column is left without the
explanation it is for. For a simple count, "Cukup jelas" is the form's usual wording.

**Bad**

```yaml
kinerja:
  - id: berita-acara-pemeriksaan-kas
    sasaran: Tertibnya pengelolaan kas bendahara pengeluaran
    indikator: Jumlah Berita Acara Pemeriksaan Kas oleh Atasan Langsung
    penjelasan: 1 dokumen
```

**Good**

```yaml
kinerja:
  - id: berita-acara-pemeriksaan-kas
    sasaran: Tertibnya pengelolaan kas bendahara pengeluaran
    indikator: Jumlah Berita Acara Pemeriksaan Kas oleh Atasan Langsung
    penjelasan: Berita acara pemeriksaan kas yang ditandatangani atasan langsung dalam 1 tahun
    satuan: dokumen
    target: {2025: 1}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.wording import looks_like_target
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say
from iki.model import Office

RULE = Rule("Q103", "penjelasan.is_target", Severity.WARNING, __doc__)


def check(office: Office) -> Iterator[Diagnostic]:
    for position, indicator in each_indicator(office):
        if looks_like_target(indicator.explanation):
            yield RULE.at(
                position,
                indicator,
                "penjelasan",
                say("Q103", id=indicator.id, text=(indicator.explanation or "").strip()),
            )
