"""A `rumus` as the form's reader writes it: the variables' descriptions, × for times, and a
division drawn as a fraction (HTML) or written with a slash between parentheses (text).

`investasi_tahun_n / investasi_tahun_n1 * 100` becomes

    Realisasi investasi tahun (n)
    ───────────────────────────── × 100
    realisasi investasi tahun (n-1)

Everything printed comes from the data, so the HTML is built with `markupsafe.escape` around
every piece of text; only the fraction's own tags are markup.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape

from iki.formula import BinaryOp, Expression, FormulaSyntaxError, Negate, Number, Variable, parse
from iki.model import Formula

_SIGNS = {"+": "+", "-": "−", "*": "×", "/": "/"}
_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def _names(formula: Formula) -> dict[str, str]:
    return {v.name: v.description.strip() or v.name for v in formula.variables}


def _expression(formula: Formula) -> Expression | None:
    try:
        return parse(formula.expression)
    except FormulaSyntaxError:
        return None


def formula_text(formula: Formula, number: Callable[[float], str]) -> str:
    """One line: descriptions, −, ×, and / with the parentheses it needs."""
    expression = _expression(formula)
    if expression is None:
        return formula.expression
    names = _names(formula)

    def text(node: Expression, parent: int) -> str:
        match node:
            case Number(value):
                return number(value)
            case Variable(name):
                return names.get(name, name)
            case Negate(operand):
                return f"−{text(operand, 3)}"
            case BinaryOp(operator, left, right):
                own = _PRECEDENCE[operator]
                body = f"{text(left, own)} {_SIGNS[operator]} {text(right, own + 1)}"
                return f"({body})" if own < parent else body
        raise TypeError(node)  # pragma: no cover

    return text(expression, 0)


def formula_html(formula: Formula, number: Callable[[float], str]) -> Markup:
    """The formula with each division drawn as a fraction; numbers never broken across lines."""
    expression = _expression(formula)
    if expression is None:
        return Markup("<code>{}</code>").format(formula.expression)
    names = _names(formula)

    def html(node: Expression, parent: int) -> Markup:
        match node:
            case Number(value):
                return Markup('<span class="n">{}</span>').format(number(value))
            case Variable(name):
                return escape(names.get(name, name))
            case Negate(operand):
                return Markup("−") + html(operand, 3)
            case BinaryOp("/", left, right):
                # a fraction groups its parts itself: no parentheses inside it
                return Markup(
                    '<span class="frac"><span class="top">{}</span>'
                    '<span class="bottom">{}</span></span>'
                ).format(html(left, 0), html(right, 0))
            case BinaryOp(operator, left, right):
                own = _PRECEDENCE[operator]
                body = Markup("{} {} {}").format(
                    html(left, own), _SIGNS[operator], html(right, own + 1)
                )
                return Markup("({})").format(body) if own < parent else body
        raise TypeError(node)  # pragma: no cover

    return html(expression, 0)
