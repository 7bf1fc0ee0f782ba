"""What a quality rule is: a stable code, a readable name, a default severity and its docs.

A rule module holds one `RULE` and one generator `check(office)`; the registry in
`iki.check.rules` pairs them. The module's docstring is the rule's documentation: a one-line
summary, the reasoning, and *bad* / *good* YAML examples, from which `docs/rules.md` is generated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from iki.diagnostics import Diagnostic, JsonPath, Severity
from iki.messages import Said
from iki.model import Indicator, Office, Position

ModelCheck = Callable[[Office], Iterator[Diagnostic]]


@dataclass(frozen=True)
class Rule:
    code: str
    """`Q` and three digits; stable, so that `abaikan` entries and scripts keep working."""
    name: str
    """sqlfluff-style `group.what_is_wrong`, for people reading docs and reports."""
    severity: Severity
    doc: str | None
    """The rule module's docstring."""

    @property
    def summary(self) -> str:
        return (self.doc or "").strip().split("\n", 1)[0]

    @property
    def body(self) -> str:
        """The documentation after the summary line."""
        parts = (self.doc or "").strip().split("\n", 1)
        return parts[1].strip() if len(parts) > 1 else ""

    def finding(self, file: str, path: JsonPath, said: Said) -> Diagnostic:
        """A diagnostic of this rule; `iki.check.validate` fills in its line and column."""
        if said.key.partition(".")[0] != self.code:
            raise ValueError(f"{self.code} made with the message of {said.key}")
        return Diagnostic(
            file, 0, 0, self.code, self.severity, said.message, said.hint, path, said.args
        )

    def at(self, position: Position, indicator: Indicator, field: str, said: Said) -> Diagnostic:
        """A finding on one key of one indicator (`field` may be dotted: `rumus.ekspresi`)."""
        return self.finding(position.file, indicator_path(indicator, field), said)


def indicator_path(indicator: Indicator, field: str = "") -> JsonPath:
    return ("kinerja", indicator.index, *(field.split(".") if field else ()))


def each_indicator(office: Office) -> Iterator[tuple[Position, Indicator]]:
    """Every indicator with the position (and so the file) it belongs to."""
    for position in office.positions:
        for indicator in position.indicators:
            yield position, indicator
