"""`docs/rules.md`, generated from the rules' docstrings.

Run `make docs` (or `python -m iki.check.rules.docs > docs/rules.md`) after changing a rule; a test
fails while the committed file differs from what this module renders.
"""

from __future__ import annotations

import sys

from iki.check import rules
from iki.check.rules.base import Rule

HEADER = """\
# Quality rules

<!-- Generated from the docstrings in iki/check/rules/ by `make docs`; edit those, not this. -->

`iki validate` checks every indicator against the quality criteria of an IKI (PermenPAN-RB
8/2021): it names a quantity, is specific, has a unit, a data source, a target and, when it is a
ratio, a formula whose parts fit together. Each finding carries the code and the place in the
file.

All of them are **warnings**: they concern the wording and design of the office's own
indicators, which only the office can change, and the files still load, compute and report.
`iki validate` therefore exits 0 on them; `iki validate --strict` exits 1, for a repository that
wants them fixed before a pull request is merged.

To ignore a finding on purpose, give the indicator an `abaikan` entry with the reason; the
reason stays in the file for the next reviewer:

```yaml
  - id: ikm
    indikator: Indeks Kepuasan Masyarakat
    abaikan:
      Q108: target IKM ditetapkan setelah survei tahun lalu selesai
```

An `abaikan` entry that names no quality rule (Q001) or ignores nothing (Q002) is itself
reported.
"""


def _anchor(rule: Rule) -> str:
    return rule.code.lower()


def render() -> str:
    every = rules.all_rules()
    lines = [HEADER, "| Code | Name | Severity | Rule |", "| --- | --- | --- | --- |"]
    lines += [
        f"| [{r.code}](#{_anchor(r)}) | `{r.name}` | {r.severity.value} | {r.summary} |"
        for r in every
    ]
    for rule in every:
        lines += [
            "",
            f'<a id="{_anchor(rule)}"></a>',
            "",
            f"## {rule.code} `{rule.name}`",
            "",
            f"*{rule.summary}* Severity: {rule.severity.value}.",
            "",
            rule.body,
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    sys.stdout.write(render())


if __name__ == "__main__":
    main()
