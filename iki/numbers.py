"""Numbers as Indonesian officers write them: "1.500" is fifteen hundred, "12,5" twelve and a half.

`iki` prints 250000 as "250.000", so that is how people type it back, in `iki record`, in a
spreadsheet cell, in a pasted document. This module reads such text into a number, and refuses,
naming every reading, any text that could mean two numbers ("1,500": 1,5 in Indonesian, 1500 in
English). It never guesses: a number that ends up in an official report must be the one meant.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from iki.messages import text as message


def _ascii(pattern: str) -> re.Pattern[str]:
    """`\\d` as YAML means it: to YAML "1.５００" (full-width digits) is text, not 1,5."""
    return re.compile(pattern, re.ASCII)


_PLAIN = _ascii(r"\d+")
_THOUSANDS = _ascii(r"[1-9]\d{0,2}(?:\.\d{3})+")  # 1.500, 250.000, 1.500.000
_THOUSANDS_DECIMAL = _ascii(r"[1-9]\d{0,2}(?:\.\d{3})+,\d+")  # 1.500,25
_DECIMAL_COMMA = _ascii(r"\d+,\d+")  # 12,5
_DECIMAL_POINT = _ascii(r"\d+\.\d+")  # 12.5 (not a group of three after one to three digits)
_ENGLISH_GROUPS = _ascii(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")  # 1,500,000 or 1,500.25
_AMBIGUOUS_COMMA = _ascii(r"[1-9]\d{0,2},\d{3}")  # 1,500: 1,5 here, 1500 in English
_SPACE_GROUPS = _ascii(r"[+-]?[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?")  # 1 500


@dataclass(frozen=True)
class NumberError(ValueError):
    """Text that is not one number. `message` says why in Indonesian and how to write it;
    `readings` holds the numbers the text could mean when there is more than one."""

    text: str
    message: str
    readings: tuple[float, ...] = ()

    def __str__(self) -> str:
        return self.message


def _show(value: float) -> str:
    return format_plain(value)


def format_plain(value: float) -> str:
    """A number as YAML and `iki record` take it: no thousands separator, a decimal point."""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def parse_number(text: str) -> int | float:
    """The one number `text` means, written the Indonesian way or plainly.

    Accepted: 1500, 1.500, 1.500.000 (dots between groups of three), 12,5 and 1.500,25 (a
    decimal comma), and 12.5 (a decimal point that cannot be a thousands separator). An
    integer form gives an int. Raises NumberError for anything else.
    """
    raw = text.strip()
    sign = -1 if raw.startswith("-") else 1
    body = raw[1:].strip() if raw[:1] in "+-" else raw
    value: int | float
    if _PLAIN.fullmatch(body):
        value = int(body)
    elif _THOUSANDS.fullmatch(body):
        value = int(body.replace(".", ""))
    elif _THOUSANDS_DECIMAL.fullmatch(body):
        value = float(body.replace(".", "").replace(",", "."))
    elif _AMBIGUOUS_COMMA.fullmatch(body):
        indonesian = float(body.replace(",", "."))
        english = int(body.replace(",", ""))
        raise NumberError(
            text,
            message(
                "number.ambiguous",
                text=text,
                decimal=_show(sign * indonesian),
                thousands=_show(sign * english),
            ),
            (sign * indonesian, float(sign * english)),
        )
    elif _DECIMAL_COMMA.fullmatch(body):
        value = float(body.replace(",", "."))
    elif _DECIMAL_POINT.fullmatch(body):
        value = float(body)
    elif _ENGLISH_GROUPS.fullmatch(body):
        meant = float(body.replace(",", ""))
        raise NumberError(
            text,
            message("number.english_groups", text=text, plain=_show(sign * meant)),
            (sign * meant,),
        )
    else:
        raise NumberError(text, _not_a_number(text))
    if isinstance(value, float) and not math.isfinite(value):
        raise NumberError(text, message("number.too_large", text=text))
    return sign * value


def _not_a_number(text: str) -> str:
    stripped = text.strip()
    if stripped.endswith("%"):
        return message("number.percent", text=text, number=stripped[:-1].strip())
    if _SPACE_GROUPS.fullmatch(stripped):
        # 1 500 is fifteen hundred grouped by spaces, not 1 with the unit '500'.
        return message(
            "number.space_groups",
            text=text,
            plain=_show(parse_number(re.sub(r"\s", "", stripped))),
            dotted=re.sub(r"\s", ".", stripped),
        )
    # [0-9], not \d: "١٢" is no number to write alone; any space still separates the unit.
    if re.match(r"[+-]?[0-9.,]+\s+\S", stripped):
        return message("number.unit", text=text, number=stripped.split()[0])
    return message("number.not_a_number", text=text)


def is_dotted_thousands(text: str) -> bool:
    """Whether `text` is written with dots between groups of three digits ("250.000"), which
    YAML reads as a decimal (250.0) while the writer meant 250000."""
    body = text.strip()
    body = body[1:] if body[:1] in ("+", "-") else body  # one sign: "--250.000" is only text
    return bool(_THOUSANDS.fullmatch(body) or _THOUSANDS_DECIMAL.fullmatch(body))


IKM_ELEMENT_RANGE = (1.0, 4.0)
"""An IKM survey element's mean lies from 1 to 4 (PermenPAN-RB 14/2017; the realisation schema
says so too)."""


def element_mean_reading(text: str) -> float | None:
    """The decimal an IKM element's mean written `3.210` can only be: 3.21, since 3210 is no
    survey score; None when `text` is not of that form (one dot, three digits after it) or its
    decimal reading lies outside 1–4, where the thousands reading stays possible."""
    body = text.strip()
    body = body[1:] if body[:1] == "+" else body  # one sign: "++3.210" is only text
    if body.count(".") != 1 or not _THOUSANDS.fullmatch(body):
        return None
    value = float(body)
    low, high = IKM_ELEMENT_RANGE
    return value if low <= value <= high else None


def shown_decimals(value: float, usual: int = 2) -> int:
    """How many decimals a report shows for `value`: `usual`, or as many as it takes for a
    number that is not 0 not to print as 0 (a target of 0,0001 is not a target of 0), two
    significant digits, at most 15."""
    if value == 0 or not math.isfinite(value) or abs(value) >= 0.5 * 10**-usual:
        return usual
    return min(15, max(usual, -math.floor(math.log10(abs(value))) + 1))
