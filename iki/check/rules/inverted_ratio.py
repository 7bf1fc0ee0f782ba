"""A percentage puts its qualified part above the line, not below.

"Persentase izin yang diterbitkan sesuai SOP" is the permits issued according to the SOP over
all permits issued: the words that narrow the indicator down ("sesuai SOP") describe the
numerator. When those words appear only in the denominator's description, the ratio is probably
upside down and the result can exceed 100 %.

This is a heuristic over words, and it has limits. It looks at the first `/` of a percentage's
`rumus` and at three word sets, with stop words ("yang", "dan", …) and quantity words
("jumlah", …) left out: the indicator's words, the words of the numerator's variables (their
`uraian` and names) and those of the denominator's. It fires when some of the indicator's words
appear in the denominator but not the numerator, and none appear in the numerator but not the
denominator. It does not understand synonyms or inflection ("terbit" and "diterbitkan" differ,
though `di keluarkan` and `dikeluarkan` are the same), so a formula that describes its parts in
other words than the indicator passes unjudged; and a deliberate inverse ratio (capacity over
demand) would be reported and should then be suppressed with a reason in `abaikan`.

**Bad**

```yaml
kinerja:
  - id: izin-sesuai-sop
    sasaran: Meningkatnya kepuasan masyarakat terhadap pelayanan perizinan
    indikator: Persentase penerbitan izin yang dikeluarkan sesuai SOP
    satuan: persen
    rumus:
      ekspresi: diterbitkan / sesuai_sop * 100
      variabel:
        diterbitkan: {uraian: Jumlah izin yang diterbitkan, satuan: izin}
        sesuai_sop: {uraian: Jumlah izin yang di keluarkan sesuai SOP, satuan: izin}
```

**Good**

```yaml
kinerja:
  - id: izin-sesuai-sop
    sasaran: Meningkatnya kepuasan masyarakat terhadap pelayanan perizinan
    indikator: Persentase penerbitan izin yang dikeluarkan sesuai SOP
    satuan: persen
    rumus:
      ekspresi: sesuai_sop / diterbitkan * 100
      variabel:
        sesuai_sop: {uraian: Jumlah izin yang di keluarkan sesuai SOP, satuan: izin}
        diterbitkan: {uraian: Jumlah izin yang diterbitkan, satuan: izin}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from iki.check.rules import ratios
from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.wording import content_words, is_percentage
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say
from iki.model import Office

RULE = Rule("Q112", "formula.inverted_ratio", Severity.WARNING, __doc__)


def check(office: Office) -> Iterator[Diagnostic]:
    for position, indicator in each_indicator(office):
        tree = ratios.expression(indicator)
        if tree is None or not is_percentage(indicator.name, indicator.unit):
            continue
        division = next(ratios.divisions(tree), None)
        if division is None:
            continue
        wording = content_words(indicator.name)
        top = ratios.side_words(indicator, division.left)
        bottom = ratios.side_words(indicator, division.right)
        below_only = sorted((bottom - top) & wording)
        above_only = (top - bottom) & wording
        if below_only and not above_only:
            yield RULE.at(
                position,
                indicator,
                "rumus.ekspresi",
                say("Q112", id=indicator.id, words=tuple(repr(w) for w in below_only)),
            )
