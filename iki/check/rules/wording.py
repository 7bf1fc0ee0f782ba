"""The Indonesian words the quality rules look for, and how texts are compared.

Texts are compared as lists of lower-case words. The prefix `di` is joined to the word after it,
because the office writes both `dibidang` and `di bidang`, `dikeluarkan` and `di keluarkan`;
that it also joins the preposition (`di Dinas` → `didinas`) does no harm when comparing.
"""

from __future__ import annotations

import re
from functools import lru_cache

QUANTITY_WORDS = frozenset(
    {
        "angka",
        "banyaknya",
        "besaran",
        "capaian",
        "durasi",
        "frekuensi",
        "indek",
        "indeks",
        "jumlah",
        "lama",
        "laju",
        "nilai",
        "persentase",
        "pertumbuhan",
        "predikat",
        "presentase",
        "prosentase",
        "proporsi",
        "rasio",
        "rata-rata",
        "realisasi",
        "skor",
        "tingkat",
        "total",
        "waktu",
    }
)
"""First words that name something counted or measured ("Indek" and "Presentase" are common
spellings in the forms)."""

COUNTING_WORDS = frozenset(
    {"banyaknya", "indek", "indeks", "jumlah", "persentase", "presentase", "prosentase", "rasio"}
)
"""Words that open a quantity wherever they stand; unlike `waktu` or `nilai` they are not also
ordinary words in the middle of a phrase ("tepat waktu")."""

CHANGE_WORDS = frozenset(
    {
        "berkurangnya",
        "bertambahnya",
        "meningkatnya",
        "menurunnya",
        "naiknya",
        "tumbuhnya",
        "turunnya",
    }
)
"""Sasaran words that name a change ("Meningkatnya …"), which a quantity of the same thing
measures."""

PERCENT_WORDS = frozenset({"persentase", "presentase", "prosentase"})
PERCENT_UNITS = frozenset({"persen", "%", "prosen"})

STOP_WORDS = frozenset(
    {
        "atas",
        "atau",
        "dalam",
        "dan",
        "dari",
        "dengan",
        "di",
        "ke",
        "oleh",
        "pada",
        "per",
        "serta",
        "seluruh",
        "semua",
        "telah",
        "sudah",
        "total",
        "untuk",
        "yang",
    }
)
"""Words that carry no qualifier of what is counted."""

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def words(text: str | None) -> list[str]:
    """`"Jumlah izin yang di keluarkan"` → `["jumlah", "izin", "yang", "dikeluarkan"]`."""
    return list(_words(text or ""))


@lru_cache(maxsize=2**17)
def _words(text: str) -> tuple[str, ...]:
    # Cached: the rules read the same indicator texts seven times over.
    out: list[str] = []
    joining = False
    for word in _WORD.findall(text.lower()):
        if joining:
            out[-1] += word
            joining = False
        else:
            out.append(word)
            joining = word == "di"
    return tuple(out)


def content_words(text: str | None) -> set[str]:
    """The words of a text that could qualify what is counted: no stop or quantity words."""
    return {w for w in words(text) if w not in STOP_WORDS and w not in QUANTITY_WORDS}


def first_word(text: str | None) -> str:
    found = words(text)
    return found[0] if found else ""


def is_state_word(word: str) -> bool:
    """`tersedianya`, `terlaksananya`, `meningkatnya`: a verb made into the noun of a state."""
    return word.endswith("nya") and len(word) > 5 and word not in QUANTITY_WORDS


def is_percentage(name: str, unit: str | None) -> bool:
    return first_word(name) in PERCENT_WORDS or normal_unit(unit) in PERCENT_UNITS


def normal_unit(unit: str | None) -> str:
    return " ".join((unit or "").lower().split())


def blank(text: str | None) -> bool:
    return text is None or not text.strip()


# A number, then at most a percent sign or two words without digits: "2 dokumen", "100 %",
# "1 laporan kegiatan".
_TARGET = re.compile(r"\s*\d+(?:[.,]\d+)?\s*(?:%|[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*")


def looks_like_target(text: str | None) -> bool:
    """`"2 dokumen"`, `"1 laporan"`, `"100%"`: a number and a unit, and nothing else."""
    return _TARGET.fullmatch(text or "") is not None
