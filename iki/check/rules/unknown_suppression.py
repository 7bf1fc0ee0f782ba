"""`abaikan` names a quality rule.

`abaikan: {Q106: alasan}` ignores one quality finding for one indicator, with the reason. A code
that is not a quality rule's (a typo such as `Q199`, or an error code such as `F003`, which
cannot be ignored) ignores nothing, and is reported so that the reason is not kept in vain.

**Bad**

```yaml
kinerja:
  - id: ikm
    sasaran: Meningkatnya kepuasan masyarakat
    indikator: Indeks Kepuasan Masyarakat
    abaikan:
      Q999: survei belum dilaksanakan
```

**Good**

```yaml
kinerja:
  - id: ikm
    sasaran: Meningkatnya kepuasan masyarakat
    indikator: Indeks Kepuasan Masyarakat
    target: {2025: null}
    abaikan:
      Q108: target IKM ditetapkan setelah survei tahun lalu selesai
```
"""

from __future__ import annotations

from iki.check.rules.base import Rule
from iki.diagnostics import Severity

RULE = Rule("Q001", "abaikan.unknown_code", Severity.WARNING, __doc__)
