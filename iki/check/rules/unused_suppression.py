"""`abaikan` ignores a finding that is there.

An `abaikan` entry whose rule no longer fires on the indicator (the row was fixed, or the rule
never applied to it) is stale: it would silently hide the finding should the problem come back.
Remove it.

**Bad**

```yaml
kinerja:
  - id: peserta-sosialisasi
    sasaran: Terlaksananya sosialisasi bursa tenaga kerja
    indikator: Jumlah peserta sosialisasi
    sumber_data: Daftar hadir sosialisasi
    abaikan:
      Q107: sumber data belum ditetapkan
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

from iki.check.rules.base import Rule
from iki.diagnostics import Severity

RULE = Rule("Q002", "abaikan.unused", Severity.WARNING, __doc__)
