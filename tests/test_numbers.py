"""Indonesian number text: every accepted form; an ambiguous one refused with both readings."""

from __future__ import annotations

import pytest

from iki.messages import text as message
from iki.numbers import NumberError, format_plain, is_dotted_thousands, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1500", 1500),
        ("1.500", 1500),  # what iki prints for 1500, read back as 1500, never 1.5
        ("250.000", 250000),
        ("1.500.000", 1500000),
        ("12,5", 12.5),
        ("1.500,25", 1500.25),
        ("12.5", 12.5),  # one decimal: a dot that cannot group thousands
        ("0.500", 0.5),  # a group never starts with 0
        ("1234.5", 1234.5),
        (" -5 ", -5),
        ("-2,5", -2.5),
        ("+3", 3),
        ("0", 0),
    ],
)
def test_reads_the_number_meant(text: str, value: float) -> None:
    parsed = parse_number(text)
    assert parsed == value
    assert type(parsed) is type(value)


def test_two_readings_are_refused_naming_both() -> None:
    with pytest.raises(NumberError) as caught:
        parse_number("1,500")
    assert caught.value.readings == (1.5, 1500.0)
    assert "1.5" in str(caught.value) and "1500" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("1,500,000", "1500000"),
        ("85%", "85"),
        ("24 kelompok", "satuan"),
        ("dua", "1500"),
        ("", "1500"),
        ("1.50.000", "1500"),
        ("nan", "1500"),
        ("1e400", "1500"),
        ("1 500", "memisahkan ribuan dengan spasi; tulis 1500 atau 1.500"),
        ("1 500 000,5", "tulis 1500000.5 atau 1.500.000,5"),
    ],
)
def test_not_one_number_is_refused_with_advice(text: str, advice: str) -> None:
    with pytest.raises(NumberError) as caught:
        parse_number(text)
    assert advice in str(caught.value)


def test_dotted_thousands_are_recognised() -> None:
    assert is_dotted_thousands("250.000")
    assert is_dotted_thousands("1.500.000,5")
    assert not is_dotted_thousands("12.5")
    assert not is_dotted_thousands("0.500")
    assert is_dotted_thousands("-250.000")


def test_more_than_one_sign_is_text_not_a_number() -> None:
    """`---250.000` (a YAML document marker run into a number) once crashed the reader."""
    assert not is_dotted_thousands("--250.000")
    assert not is_dotted_thousands("+-1.500")


def test_only_ascii_digits_are_digits() -> None:
    """To YAML "1.５００" (full-width digits) is text; a message saying it reads 1,5 misleads."""
    assert not is_dotted_thousands("1.\uff15\uff10\uff10")
    assert not is_dotted_thousands("1.\u0662\u0663\u0664")
    with pytest.raises(NumberError):
        parse_number("\uff11.\uff15\uff10\uff10")


@pytest.mark.parametrize("written", ["\u0661\u0662 dokumen", "\uff11 \uff15\uff10\uff10"])
def test_digits_that_are_not_ascii_are_not_named_as_the_number_to_write(written: str) -> None:
    """'١٢ dokumen' is no number followed by its unit: advice to write '١٢' alone, which is
    refused in turn, would send the writer round in a circle."""
    with pytest.raises(NumberError) as raised:
        parse_number(written)
    assert raised.value.message == message("number.not_a_number", text=written)


def test_plain_format_round_trips() -> None:
    for value in (1500, 12.5, 0.1, -3, 1500.25):
        assert parse_number(format_plain(value)) == value
