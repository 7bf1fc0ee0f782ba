"""Every sentence `iki` says to a person, in Bahasa Indonesia first and English second.

One typed catalogue in Python rather than gettext catalogues: the messages are built where the
findings are made (iki.load, iki.check) and a run must start fast, so a plain dictionary that is
imported with the diagnostics costs nothing, needs no compile step and no extra dependency, and
`tests/test_messages.py` checks what gettext tooling would (every entry in both languages, the
same placeholders on both sides, every code used in `iki/` present).

Each entry is keyed by the diagnostic's code, or `code.variant` when one code has several
sentences; other keys (`cli.…`, `place.…`, `hint.…`) are lines of the command line and pieces
of messages. A message is made with `say(key, **args)`, in the language of the run: Indonesian
unless `use()` chose English (from `--lang`, `IKI_LANG` or `bahasa:` in iki.yaml). The
arguments are kept beside the text, so JSON output gives scripts the values without prose.

Numbers in arguments are written as the reader's language writes them (250.000 and 12,5 in
Indonesian), never as Python prints them: "2.5" would be read as two and a half thousand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from iki.catalogue import CATALOGUE as _CATALOGUE


class Language(StrEnum):
    ID = "id"
    EN = "en"


DEFAULT = Language.ID

ArgValue = str | int | float | tuple[str, ...]
Args = tuple[tuple[str, ArgValue], ...]
"""A message's arguments as (name, value) pairs: hashable, so a diagnostic stays a value."""


@dataclass(frozen=True)
class Entry:
    """One message in both languages; the hint says how to fix what the message names."""

    id_message: str
    id_hint: str
    en_message: str
    en_hint: str

    def message(self, language: Language) -> str:
        return self.id_message if language is Language.ID else self.en_message

    def hint(self, language: Language) -> str:
        return self.id_hint if language is Language.ID else self.en_hint


CATALOGUE: Mapping[str, Entry] = MappingProxyType(
    {key: Entry(*texts) for key, texts in _CATALOGUE.items()}
)


class _Run:
    language: Language = DEFAULT


def use(language: Language | str) -> None:
    """The language of every message from now on (the command line calls this once)."""
    _Run.language = Language(language)


def language() -> Language:
    return _Run.language


@dataclass(frozen=True)
class Said:
    """A message made from the catalogue: its text and hint, and what filled them in."""

    key: str
    message: str
    hint: str
    args: Args


class Either(tuple[str, ...]):
    """Choices joined with 'atau' / 'or', each in quotes: 'a' atau 'b'."""


def _number(value: float, lang: Language) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if float(value).is_integer() and abs(value) < 1e15:
        whole = f"{int(value):,}"
        return whole.replace(",", ".") if lang is Language.ID else whole
    text = f"{value:,.6g}" if abs(value) >= 1000 else f"{value:.6g}"
    if lang is Language.ID:
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def show(value: ArgValue, lang: Language | None = None) -> str:
    """One argument as the reader's language writes it."""
    lang = lang or _Run.language
    if isinstance(value, Either):
        word = " atau " if lang is Language.ID else " or "
        return word.join(f"'{v}'" for v in value)
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, int | float):
        return _number(value, lang)
    return value


def text(key: str, /, lang: Language | None = None, **args: ArgValue) -> str:
    """The catalogue's message for `key`, filled in; for lines that are not diagnostics."""
    lang = lang or _Run.language
    shown = {name: show(value, lang) for name, value in args.items()}
    return CATALOGUE[key].message(lang).format(**shown)


def say(key: str, /, advice: str | Said | None = None, **args: ArgValue) -> Said:
    """The message `key` with its hint, in the run's language. `advice` replaces the
    catalogue's hint when it depends on the case (the closest id, say)."""
    lang = _Run.language
    entry = CATALOGUE[key]
    shown = {name: show(value, lang) for name, value in args.items()}
    if advice is None:
        hint_text = entry.hint(lang).format(**shown)
    elif isinstance(advice, Said):
        hint_text = advice.message
    else:
        hint_text = advice
    return Said(key, entry.message(lang).format(**shown), hint_text, tuple(sorted(args.items())))


def closest(default: str | Said, wrong: str, options: list[str] | tuple[str, ...]) -> Said:
    """'Maksud Anda 'x'?' when `wrong` is close to an option; else the default advice."""
    import difflib

    close = difflib.get_close_matches(wrong, list(options), n=3, cutoff=0.5)
    if close:
        return say("hint.did_you_mean", options=Either(close))
    if isinstance(default, Said):
        return default
    return Said("", default, "", ())


def place(path: tuple[str | int, ...], data: object = None) -> str:
    """Where a finding is, as the form names it: "baris 1 tabel kinerja (indikator 'x'),
    target 2025". Rows count from 1, as the form's "No" column does; `data` is the file's
    content, for the indicator's id."""
    if not path:
        return ""
    head, rest = path[0], path[1:]
    parts: list[str] = []
    if head == "kinerja" and rest and isinstance(rest[0], int):
        ident = _indicator_id(data, rest[0])
        if ident:
            parts.append(text("place.row", row=str(rest[0] + 1), id=ident))
        else:
            parts.append(text("place.row_no_id", row=str(rest[0] + 1)))
        rest = rest[1:]
        if rest[:1] == ("target",) and len(rest) >= 2:
            year = str(rest[1])
            if len(rest) >= 3:
                parts.append(text("place.quarter", year=year, quarter=str(rest[2])))
                rest = rest[3:]
            else:
                parts.append(text("place.target", year=year))
                rest = ()
    elif head == "realisasi" and rest:
        if len(rest) >= 2:
            parts.append(text("place.realisation", quarter=str(rest[1]), id=str(rest[0])))
            rest = rest[2:]
        else:
            parts.append(text("place.realisation_indicator", id=str(rest[0])))
            rest = ()
    else:
        rest = path
    if rest:
        parts.append(text("place.field", field=_dotted(rest)))
    return ", ".join(parts)


def _dotted(path: tuple[str | int, ...]) -> str:
    return ".".join(str(p + 1) if isinstance(p, int) else p for p in path)


def _indicator_id(data: object, index: int) -> str:
    rows = data.get("kinerja") if isinstance(data, dict) else None
    if isinstance(rows, list) and 0 <= index < len(rows) and isinstance(rows[index], dict):
        ident = rows[index].get("id")
        return ident if isinstance(ident, str) else ""
    return ""
