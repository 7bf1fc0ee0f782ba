"""The formula language: numbers, declared variables, + - * / and parentheses; nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iki import formula
from iki.formula import BinaryOp, FormulaSyntaxError, Number, Undefined, Variable
from tests.fuzzing import fuzz, fuzz_settings


def value(text: str, **values: float | None) -> formula.Value:
    return formula.evaluate(formula.parse(text), values)


def test_precedence_and_parentheses() -> None:
    assert value("1 + 2 * 3") == 7
    assert value("(1 + 2) * 3") == 9
    assert value("10 - 4 - 3") == 3  # left-associative
    assert value("8 / 4 / 2") == 1
    assert value("-2 * -3") == 6
    assert value("--2") == 2


def test_growth_formula_of_the_office() -> None:
    growth = "(investasi_n - investasi_n1) / investasi_n1 * 100"
    assert value(growth, investasi_n=120.0, investasi_n1=100.0) == pytest.approx(20.0)


def test_tree_and_variables() -> None:
    tree = formula.parse("a / b * 100")
    assert tree == BinaryOp("*", BinaryOp("/", Variable("a"), Variable("b")), Number(100))
    assert formula.variables(tree) == {"a", "b"}


def test_division_by_zero_and_missing_values_are_states() -> None:
    assert value("a / b", a=1, b=0) == Undefined("pembagian dengan nol")
    assert value("a / b", a=1) == Undefined("nilai b belum diisi")
    assert value("a / b", a=None, b=2) == Undefined("nilai a belum diisi")


@pytest.mark.parametrize(
    ("text", "column", "fragment"),
    [
        ("", 1, "rumus kosong"),
        ("a +", 4, "berakhir terlalu cepat"),
        ("(a + b", 7, "')' tidak ada"),
        ("a + b)", 6, "')' tidak terduga"),
        ("a × 100", 3, "karakter '×' tidak terduga"),
        ("a x 100", 3, "'x' tidak terduga"),
        ("a / b %", 7, "'%'"),
        ("__import__('os')", 1, "pemanggilan fungsi"),
        ("a.b", 2, "karakter '.' tidak terduga"),
        ("Total / 2", 1, "bukan nama variabel yang sah"),
        ("((((((((((((((((((((((a))))))))))))))))))))))", 21, "bersarang lebih dari"),
        ("1" * 600, 1, "rumus sepanjang 600 karakter"),
    ],
)
def test_syntax_errors_name_the_column(text: str, column: int, fragment: str) -> None:
    with pytest.raises(FormulaSyntaxError) as caught:
        formula.parse(text)
    assert caught.value.column == column
    assert fragment in caught.value.message


def test_hints_for_characters_people_type() -> None:
    with pytest.raises(FormulaSyntaxError) as caught:
        formula.parse("a × 100")
    assert "*" in caught.value.hint


def test_to_text_keeps_needed_parentheses() -> None:
    for text in ["(a - b) / b * 100", "a - (b - c)", "a / (b * c)", "-(a + b)"]:
        tree = formula.parse(text)
        assert formula.parse(formula.to_text(tree)) == tree


names = st.sampled_from(["a", "b", "c"])
atoms = st.one_of(
    names, st.integers(0, 10**6).map(str), st.floats(0, 1e6, allow_nan=False).map(repr)
)
expressions = st.recursive(
    atoms,
    lambda inner: (
        st.tuples(inner, st.sampled_from("+-*/"), inner).map(" ".join)
        | inner.map(lambda e: f"({e})")
        | inner.map(lambda e: f"-{e}")
    ),
    max_leaves=30,
)
values = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False))


@fuzz
@fuzz_settings(400)
@given(expressions, values, values, values)
def test_generated_formulas_evaluate_without_raising(
    text: str, a: float | None, b: float | None, c: float | None
) -> None:
    try:
        tree = formula.parse(text)
    except FormulaSyntaxError:
        return  # only the length and nesting bounds can refuse a generated formula
    result = formula.evaluate(tree, {"a": a, "b": b, "c": c})
    assert isinstance(result, (float, Undefined))


@fuzz
@fuzz_settings(400)
@given(st.text(max_size=80))
def test_arbitrary_text_parses_or_fails_cleanly(text: str) -> None:
    try:
        formula.parse(text)
    except FormulaSyntaxError as exc:
        assert 1 <= exc.column <= len(text) + 1
