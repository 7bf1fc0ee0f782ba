"""A sasaran does not repeat its indicator.

The sasaran is the result the work serves; the indicator is how that result is measured. When
the two say the same thing ("Tersedianya Buku Bantu Pajak" measured by "Jumlah Buku Bantu
Pajak"), the indicator only counts the objects the sasaran names: it measures the volume of
work, not whether the result was reached, and a criterion (on time, complete, according to the
rules) is missing.

The texts are compared word by word after dropping the sasaran's opening state word
("Terlaksananya", "Tersedianya" …) and the indicator's opening quantity word ("Jumlah" …); the
rule fires when at least 80 % of the remaining words agree in order. A sasaran of change
("Meningkatnya kesempatan kerja", "Menurunnya …") is not reported: measuring the change in what
it names ("Jumlah pertambahan kesempatan kerja") is what its indicator should do. A paraphrase
with other words ("Tersedianya database tenaga kerja" / "Jumlah dokumen data base tenaga kerja")
is not caught.

**Bad**

```yaml
kinerja:
  - id: berita-acara-pemeriksaan-kas
    sasaran: Tersedianya Berita Acara Pemeriksaan Kas oleh Atasan Langsung
    indikator: Jumlah Berita Acara Pemeriksaan Kas oleh Atasan Langsung
```

**Good**

```yaml
kinerja:
  - id: pemeriksaan-kas-tepat-waktu
    sasaran: Tertibnya pengelolaan kas bendahara pengeluaran
    indikator: Persentase pemeriksaan kas bulanan yang dilaksanakan tepat waktu
```
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.wording import CHANGE_WORDS, QUANTITY_WORDS, first_word, is_state_word, words
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say
from iki.model import Office

RULE = Rule("Q105", "sasaran.repeats_indicator", Severity.WARNING, __doc__)

SIMILARITY = 0.8
"""Share of words, in order, that the two texts have in common (difflib's ratio)."""


def _core(text: str) -> list[str]:
    found = words(text)
    if found and (is_state_word(found[0]) or found[0] in QUANTITY_WORDS):
        return found[1:]
    return found


def repeats(objective: str, indicator: str) -> bool:
    if first_word(objective) in CHANGE_WORDS:
        return False
    a, b = _core(objective), _core(indicator)
    if not a or not b:
        return words(objective) == words(indicator)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    # The quick ratios are upper bounds of ratio(): most pairs are settled without computing it.
    return (
        matcher.real_quick_ratio() >= SIMILARITY
        and matcher.quick_ratio() >= SIMILARITY
        and matcher.ratio() >= SIMILARITY
    )


def check(office: Office) -> Iterator[Diagnostic]:
    for position, indicator in each_indicator(office):
        if repeats(indicator.objective, indicator.name):
            yield RULE.at(
                position,
                indicator,
                "sasaran",
                say("Q105", id=indicator.id),
            )
