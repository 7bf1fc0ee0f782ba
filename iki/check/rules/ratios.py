"""What the formula rules read from a `rumus`: its divisions, and the units and words of each side.

A formula that does not parse is F001's business; here it simply has no parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iki import formula
from iki.check.rules.wording import content_words, normal_unit
from iki.formula import BinaryOp, Expression, Negate, Number
from iki.model import Indicator

# Signs that a penjelasan states a computation: a LaTeX fraction, "x 100" / "× 100", "dibagi",
# or a slash followed by what is typically a denominator ("…/jumlah izin …"). A bare slash is not
# enough: the forms use it between alternatives ("tim teknis/UPD teknis").
_COMPUTATION = re.compile(
    r"\\frac|(?<![^\W\d_])[x×*]\s*100\b|\bdibagi\b|\bdibandingkan dengan\b"
    r"|/\s*(?:jumlah|total|seluruh|semua|keseluruhan|banyaknya|realisasi|target|anggaran)\b",
    re.IGNORECASE,
)


def states_computation(text: str | None) -> bool:
    """Whether a penjelasan gives a formula in words."""
    return bool(text) and _COMPUTATION.search(text or "") is not None


def expression(indicator: Indicator) -> Expression | None:
    """The parsed `rumus`, or None when there is none or it does not parse."""
    if indicator.formula is None:
        return None
    try:
        return formula.parse(indicator.formula.expression)
    except formula.FormulaSyntaxError:
        return None


def divisions(node: Expression) -> Iterator[BinaryOp]:
    """Every `/` of the expression, outermost first, left before right."""
    match node:
        case BinaryOp(operator, left, right):
            if operator == "/":
                yield node
            yield from divisions(left)
            yield from divisions(right)
        case Negate(operand):
            yield from divisions(operand)


def has_number(node: Expression, value: float) -> bool:
    match node:
        case Number(found):
            return found == value
        case BinaryOp(_, left, right):
            return has_number(left, value) or has_number(right, value)
        case Negate(operand):
            return has_number(operand, value)
    return False


def units(indicator: Indicator, side: Expression) -> frozenset[str] | None:
    """The units of the variables on one side; None when a variable has no unit (unknown)."""
    assert indicator.formula is not None
    found: set[str] = set()
    for name in formula.variables(side):
        variable = indicator.formula.variable(name)
        if variable is None or not normal_unit(variable.unit):
            return None
        found.add(normal_unit(variable.unit))
    return frozenset(found)


def side_words(indicator: Indicator, side: Expression) -> set[str]:
    """What one side talks about: the words of its variables' uraian and names."""
    assert indicator.formula is not None
    found: set[str] = set()
    for name in formula.variables(side):
        found |= content_words(name.replace("_", " "))
        variable = indicator.formula.variable(name)
        if variable is not None:
            found |= content_words(variable.description)
    return found
