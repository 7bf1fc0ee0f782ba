"""An indicator names a quantity, not a state or a thing.

An indicator is what is measured: it opens with what is counted or computed (Jumlah,
Persentase, Indeks, Nilai, Rasio, Rata-rata, Waktu, Tingkat, Lama, Banyaknya, Capaian …). A text
that opens with a state ("Tersedianya …", "Terlaksananya …") restates a sasaran and cannot be
given a target; a bare thing ("Laporan kegiatan") does not say whether its number, its
timeliness or its quality is meant. Texts that are a target ("2 dokumen") are left to Q102.

**Bad**

```yaml
kinerja:
  - id: sarana-kerja
    sasaran: Tersedianya laporan capaian kinerja dan realisasi SKPD
    indikator: Tersedianya sarana dan prasarana kerja yang memadai
```

**Good**

```yaml
kinerja:
  - id: laporan-tepat-waktu
    sasaran: Tersedianya laporan capaian kinerja dan realisasi SKPD
    indikator: Persentase laporan capaian kinerja yang disampaikan tepat waktu
```
"""

from __future__ import annotations

from collections.abc import Iterator

from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.wording import QUANTITY_WORDS, first_word, is_state_word, looks_like_target
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say
from iki.model import Office

RULE = Rule("Q101", "indicator.no_quantity", Severity.WARNING, __doc__)


def check(office: Office) -> Iterator[Diagnostic]:
    for position, indicator in each_indicator(office):
        word = first_word(indicator.name)
        if word in QUANTITY_WORDS or looks_like_target(indicator.name):
            continue
        opening = (indicator.name.split() or [""])[0]
        if not word:
            said = say("Q101", id=indicator.id)
        elif is_state_word(word):
            said = say("Q101.state", id=indicator.id, opening=opening)
        else:
            said = say("Q101.thing", id=indicator.id, opening=opening)
        yield RULE.at(position, indicator, "indikator", said)
