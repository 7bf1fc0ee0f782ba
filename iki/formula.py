"""The `rumus` of an indicator: parsed into a small expression tree and evaluated without `eval`.

A formula holds numbers, declared variable names, `+ - * /`, parentheses and unary minus; nothing
else. It is untrusted text from a data file, so it is read by a hand-written tokenizer and
recursive-descent parser whose input length and nesting are bounded, and evaluated by walking the
tree. Division by zero and missing values are results (`Undefined`), never exceptions or zeros.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from iki.errors import IkiError
from iki.messages import Said, say
from iki.messages import text as message_text

MAX_LENGTH = 500
"""The longest formula in an IKI form is a few dozen characters."""

MAX_NESTING = 20


class FormulaSyntaxError(IkiError):
    """The formula cannot be parsed; `column` is 1-based within the formula text."""

    def __init__(self, said: Said, column: int) -> None:
        super().__init__(said.message)
        self.message = said.message
        self.column = column
        self.hint = said.hint or message_text("formula.default_hint")


@dataclass(frozen=True)
class Number:
    value: float


@dataclass(frozen=True)
class Variable:
    name: str


@dataclass(frozen=True)
class Negate:
    operand: Expression


@dataclass(frozen=True)
class BinaryOp:
    operator: str
    left: Expression
    right: Expression


Expression = Number | Variable | Negate | BinaryOp


@dataclass(frozen=True)
class Undefined:
    """A formula value that cannot be computed, with the reason shown to the user."""

    reason: str


Value = float | Undefined

_TOKEN = re.compile(
    r"\s*(?:(?P<number>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<op>[-+*/()]))"
)
_NAME = re.compile(r"[a-z_][a-z0-9_]*\Z")

_CHAR_HINTS = {
    "×": "formula.hint_times",
    "x": "formula.hint_times",
    "%": "formula.hint_percent",
    ",": "formula.hint_comma",
    ":": "formula.hint_divide",
    "÷": "formula.hint_divide",
    "^": "formula.hint_power",
}


@lru_cache(maxsize=4096)
def parse(text: str) -> Expression:
    """Parse a formula; raises FormulaSyntaxError with the column of the problem.

    Cached: the checks, the quality rules and achievement each read the same formulas, and the
    trees are immutable.
    """
    if len(text) > MAX_LENGTH:
        raise FormulaSyntaxError(say("formula.too_long", length=len(text), limit=MAX_LENGTH), 1)
    return _Parser(text).parse()


def variables(expression: Expression) -> frozenset[str]:
    """The variable names an expression uses."""
    match expression:
        case Variable(name):
            return frozenset({name})
        case Negate(operand):
            return variables(operand)
        case BinaryOp(_, left, right):
            return variables(left) | variables(right)
        case _:
            return frozenset()


def evaluate(expression: Expression, values: Mapping[str, float | None]) -> Value:
    """Compute the formula from variable values; a missing value or a zero divisor is Undefined."""
    match expression:
        case Number(value):
            # A literal of hundreds of digits parses to infinity: a result, not a number.
            return value if math.isfinite(value) else _too_large()
        case Variable(name):
            given = values.get(name)
            if given is None:
                return Undefined(message_text("reason.not_filled", name=name))
            return float(given) if math.isfinite(given) else _too_large()
        case Negate(operand):
            inner = evaluate(operand, values)
            return inner if isinstance(inner, Undefined) else -inner
        case BinaryOp(operator, left, right):
            a = evaluate(left, values)
            if isinstance(a, Undefined):
                return a
            b = evaluate(right, values)
            if isinstance(b, Undefined):
                return b
            return _apply(operator, a, b)
    raise TypeError(f"not an expression: {expression!r}")  # pragma: no cover


def _too_large() -> Undefined:
    return Undefined(message_text("reason.too_large"))


def _apply(operator: str, a: float, b: float) -> Value:
    if operator == "/":
        if b == 0:
            return Undefined(message_text("reason.division_by_zero"))
        result = a / b
    elif operator == "*":
        result = a * b
    elif operator == "+":
        result = a + b
    else:
        result = a - b
    if not math.isfinite(result):
        return _too_large()
    return result


def to_text(expression: Expression) -> str:
    """The expression written back with the parentheses it needs."""
    return _text(expression, 0)


_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def _number_text(value: float) -> str:
    """A number as the tokenizer reads it back, exactly: digits and a point, no exponent
    (`{:g}` would write 1000.001 as 1000)."""
    value = float(value)  # trees built in code may hold an int, as Number(100)
    if value.is_integer():
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def _text(expression: Expression, parent: int) -> str:
    match expression:
        case Number(value):
            return _number_text(value)
        case Variable(name):
            return name
        case Negate(operand):
            return f"-{_text(operand, 3)}"
        case BinaryOp(operator, left, right):
            own = _PRECEDENCE[operator]
            # The right operand of - and / binds tighter: a - (b - c) keeps its parentheses.
            body = f"{_text(left, own)} {operator} {_text(right, own + 1)}"
            return f"({body})" if own < parent else body
    raise TypeError(f"not an expression: {expression!r}")  # pragma: no cover


class _Parser:
    """expression := term (('+'|'-') term)* ; term := unary (('*'|'/') unary)* ;
    unary := '-' unary | atom ; atom := number | name | '(' expression ')'."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0
        self.tokens: list[tuple[str, str, int]] = []
        self.index = 0
        self.depth = 0

    def _scan(self) -> tuple[str, str, int]:
        """The next token. Tokens are read on demand, so the first problem in reading order is
        the one reported: `__import__('os')` is a function call, not a stray quote."""
        text, position = self.text, self.position
        rest = text[position:]
        if rest.strip() == "":
            self.position = len(text)
            return ("end", "", len(text) + 1)
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            column = position + len(rest) - len(rest.lstrip()) + 1
            char = text[column - 1]
            advice = message_text(_CHAR_HINTS[char]) if char in _CHAR_HINTS else ""
            raise FormulaSyntaxError(
                say("formula.unexpected_char", advice, char=repr(char)), column
            )
        kind = match.lastgroup or ""
        self.position = match.end()
        return (kind, match.group(kind), match.start(kind) + 1)

    def parse(self) -> Expression:
        if self._peek()[0] == "end":
            raise FormulaSyntaxError(say("formula.empty"), 1)
        expression = self._expression()
        kind, value, column = self._peek()
        if kind != "end":
            raise FormulaSyntaxError(say("formula.unexpected", value=repr(value)), column)
        return expression

    def _peek(self) -> tuple[str, str, int]:
        while len(self.tokens) <= self.index:
            self.tokens.append(self._scan())
        return self.tokens[self.index]

    def _next(self) -> tuple[str, str, int]:
        token = self._peek()
        self.index += 1
        return token

    def _expression(self) -> Expression:
        left = self._term()
        while self._peek()[1] in ("+", "-") and self._peek()[0] == "op":
            operator = self._next()[1]
            left = BinaryOp(operator, left, self._term())
        return left

    def _term(self) -> Expression:
        left = self._unary()
        while self._peek()[1] in ("*", "/") and self._peek()[0] == "op":
            operator = self._next()[1]
            left = BinaryOp(operator, left, self._unary())
        return left

    def _unary(self) -> Expression:
        kind, value, column = self._peek()
        if kind == "op" and value == "-":
            self._next()
            self._enter(column)
            operand = self._unary()
            self.depth -= 1
            return Negate(operand)
        return self._atom()

    def _atom(self) -> Expression:
        kind, value, column = self._next()
        if kind == "number":
            number = float(value)
            if not math.isfinite(number):
                raise FormulaSyntaxError(say("formula.too_large", value=value[:12]), column)
            return Number(number)
        if kind == "name":
            if self._peek()[1] == "(" and self._peek()[0] == "op":
                raise FormulaSyntaxError(say("formula.function", name=value), column)
            if not _NAME.match(value):
                raise FormulaSyntaxError(say("formula.bad_name", name=value), column)
            return Variable(value)
        if kind == "op" and value == "(":
            self._enter(column)
            inner = self._expression()
            closing = self._next()
            if closing[1] != ")":
                raise FormulaSyntaxError(say("formula.missing_paren"), closing[2])
            self.depth -= 1
            return inner
        if kind == "end":
            raise FormulaSyntaxError(say("formula.ends_early"), column)
        raise FormulaSyntaxError(say("formula.unexpected", value=repr(value)), column)

    def _enter(self, column: int) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise FormulaSyntaxError(say("formula.too_deep", limit=MAX_NESTING), column)
