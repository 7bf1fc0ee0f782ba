"""An indicator names its data source.

`sumber_data` says where the realisation comes from (LKPM, the SiCantik application, the
activity report …), so that anyone can check the number reported. The regulation's form has a
column for it; an empty cell leaves the realisation unverifiable.

**Bad**

```yaml
kinerja:
  - id: peserta-sosialisasi
    sasaran: Terlaksananya sosialisasi bursa tenaga kerja
    indikator: Jumlah peserta sosialisasi
    sumber_data: null
```

**Good**

```yaml
kinerja:
  - id: peserta-sosialisasi
    sasaran: Terlaksananya sosialisasi bursa tenaga kerja
    indikator: Jumlah peserta sosialisasi
    sumber_data: Daftar hadir sosialisasi
```
"""

from __future__ import annotations

from collections.abc import Iterator

from iki.check.rules.base import Rule, each_indicator
from iki.check.rules.wording import blank
from iki.diagnostics import Diagnostic, Severity
from iki.messages import say
from iki.model import Office

RULE = Rule("Q107", "indicator.no_source", Severity.WARNING, __doc__)


def check(office: Office) -> Iterator[Diagnostic]:
    for position, indicator in each_indicator(office):
        if blank(indicator.data_source):
            yield RULE.at(
                position,
                indicator,
                "sumber_data",
                say("Q107", id=indicator.id),
            )
