"""Read an IKI document in the office export form into position documents.

Offices keep their Indikator Kinerja Individu in Word or PDF forms. Copied out as text, each
position becomes a tab-separated block::

    Indikator Kinerja Individu (Holder Name)
    1   Jabatan   :   Kasi Ketenagakerjaan
    2   Tugas     :   merencanakan, ...
    3   Fungsi    1.  penyiapan bahan ...;
                  2.  pengelolaan urusan ...; dan
    No  Sasaran Kinerja  Indikator Kinerja  Penjelasan /Formulasi Penghitungan  Sumber Data
    1.  Terlaksananya ...  Jumlah ...  Cukup jelas  LKPM

The export is messy in ways that repeat across offices: stray HTML list tags, LaTeX fractions
from equation objects, fungsi numbered inline or one per line, rows without numbers, targets
typed into the formula column. This module turns such text into documents shaped like
``schemas/position.schema.json`` so that a person only has to curate them (ids, superiors,
units, formulas), not retype them.

The module is pure: it never prints, writes files or raises on bad input. Whatever it cannot
interpret is returned as an :class:`ImportProblem` with its source line, because the person
importing must see what was left out, and one odd line must not cost them the whole document.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml

from iki.edit.hierarchy import infer_superiors
from iki.messages import text as message
from iki.numbers import NumberError, parse_number

__all__ = [
    "ATASAN_NOTE",
    "MODELINE",
    "ImportProblem",
    "ImportResult",
    "ImportedPosition",
    "parse_document",
    "render_yaml",
    "slugify",
]

MODELINE = "# yaml-language-server: $schema=../../schemas/position.schema.json"
"""First line of every position file, so that VS Code validates it against our schema."""

ATASAN_NOTE = "disimpulkan dari judul jabatan dan urutan dokumen: periksa, lalu hapus catatan ini"
"""The comment beside an inferred `atasan`: the office confirms each one."""


@dataclass(frozen=True)
class ImportProblem:
    """A line the importer could not interpret, reported instead of guessed at."""

    line: int
    """1-based line in the source text."""
    message: str
    """What was wrong and what the importer did about it."""
    text: str
    """The raw source line, so the user can find it without counting lines."""


@dataclass(frozen=True)
class ImportedPosition:
    """One position block of the source, as the YAML document of its position file."""

    line: int
    """1-based line of the block's 'Indikator Kinerja Individu' heading."""
    document: dict[str, Any]
    """Keys in schema order: id, jabatan, atasan, pemangku, tugas, fungsi, kinerja."""


@dataclass(frozen=True)
class ImportResult:
    """Everything read from one document: the positions and what could not be read."""

    positions: tuple[ImportedPosition, ...]
    problems: tuple[ImportProblem, ...]


# --------------------------------------------------------------------------------------------
# Text cleaning


# Only real HTML tag names: a formula such as "a <b dan c> d" must not lose its words.
_HTML_TAG = re.compile(
    r"</?(?:ol|ul|li|p|br|span|div|b|i|u|s|em|strong|sup|sub|font|a|table|tbody|thead|tr|td|th"
    r"|hr|h[1-6]|blockquote|pre|code|small|big|center)\b[^<>]*>",
    re.IGNORECASE,
)
_LIST_ITEM_TAG = re.compile(r"<li\b[^<>]*>", re.IGNORECASE)
_LATEX_TEXT = re.compile(
    r"\\(?:text|textrm|textit|textbf|mathrm|mathit|mathbf|mbox)\s*\{([^{}]*)\}"
)
_LATEX_FRAC = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_LATEX_TIMES = re.compile(r"\\(?:times|cdot)(?![A-Za-z])")
_LATEX_SPACING = re.compile(r"\\(?:left|right)(?![A-Za-z])|\\[,;:! ]")
_WHITESPACE = re.compile(r"\s+")
# Bounds the rewriting of nested LaTeX so that pathological input stays cheap.
_LATEX_MAX_PASSES = 100


def _parenthesise(term: str) -> str:
    """Keep a compound numerator or denominator readable once the fraction bar is gone."""
    term = term.strip()
    if re.search(r" [/+×-] ", term):
        return f"({term})"
    return term


def _latex_to_text(text: str) -> str:
    r"""Rewrite the form's equation objects as plain text: ``\frac{A}{B} \times 100`` → A / B × 100.

    Innermost constructs are rewritten first, pass after pass, so nesting needs no recursion.
    """
    if "\\" not in text:
        return text
    for _ in range(_LATEX_MAX_PASSES):
        rewritten = _LATEX_TEXT.sub(r"\1", text)
        rewritten = _LATEX_FRAC.sub(
            lambda m: f"{_parenthesise(m.group(1))} / {_parenthesise(m.group(2))}", rewritten
        )
        if rewritten == text:
            break
        text = rewritten
    text = _LATEX_TIMES.sub(" × ", text)
    text = text.replace("\\%", "%")
    return _LATEX_SPACING.sub(" ", text)


def _clean(text: str) -> str | None:
    """One cell as the office wrote it, minus what the export added (HTML, LaTeX, spacing).

    Returns None for an empty cell, since the schema's "not given" is null, not "".
    """
    text = _latex_to_text(text)
    text = _HTML_TAG.sub(" ", text)
    text = html.unescape(text)
    text = text.replace("$", "")
    text = _WHITESPACE.sub(" ", text).strip()
    return text or None


# List glue at the end of an item: "…;", "…; dan", "…, dan", "… dan", a final ".".
_LIST_END_WORD = re.compile(r"\s+dan\Z", re.IGNORECASE)
# An item's own marker: "1.", "2)", "a.", "b)" (also "1. a." of a nested Word list), "-", "•".
_LIST_START = re.compile(r"^\s*(?:(?:(?:\d{1,3}|[a-zA-Z])\s*[.)]\s+|\d{1,3}\s*[.)])+|[-•])\s*")
_LEADING_DAN = re.compile(r"^(?:dan|serta)\s+", re.IGNORECASE)
_NUMBER_MARKER = re.compile(r"(\d{1,3})\s*[.)]\s*")
_LETTER_MARKER = re.compile(r"([a-zA-Z])\s*[.)]\s+")
_DASH_START = re.compile(r"^[-•](?:\s|$)")
_DASH_SPLIT = re.compile(r"(?:^|\s)[-•](?:\s+|$)")


def _strip_list_end(text: str) -> str:
    """Peel list glue off the end, one piece at a time: a single regex with nested repeats
    took seconds on a cell of thousands of " ;" (its backtracking is exponential)."""
    text = text.rstrip()
    while True:
        if text.endswith((";", ",", ".")):
            text = text[:-1].rstrip()
            continue
        glue = _LIST_END_WORD.search(text)
        if glue is None:
            return text.strip()
        text = text[: glue.start()].rstrip()


def _finish_item(text: str) -> str:
    """An item without its number or bullet and without the list's trailing punctuation."""
    return _strip_list_end(_LIST_START.sub("", text, count=1))


def _split_numbered(text: str, first: int, start: int) -> list[str]:
    """Split "1. a; 2. b dan3. c" at the markers 2., 3., … found in order.

    Looking only for the next number in sequence is what keeps "Rp 2.500" or "dalam 1 tahun"
    intact while still catching markers glued to the previous word ("perizinan2.").
    """
    pieces: list[str] = []
    position = start
    number = first + 1
    while True:
        marker = re.compile(rf"(?<!\d){number}\s*[.)](?!\d)").search(text, position)
        if marker is None:
            break
        pieces.append(text[start : marker.start()])
        start = position = marker.end()
        number += 1
    pieces.append(text[start:])
    return pieces


def _split_lettered(text: str, first: str, start: int) -> list[str]:
    """Split "a. x; b. y; c. z" at the markers b., c., … found in order, as for numbers.

    A letter marker must stand after a space or punctuation and before a space, so that the
    "a." of an abbreviation inside a word ("a.n.") is not taken for one.
    """
    pieces: list[str] = []
    position = start
    letter = chr(ord(first) + 1)
    while letter.isalpha() and letter.isascii():
        marker = re.compile(rf"(?<![^\s;,.:]){letter}\s*[.)]\s").search(text, position)
        if marker is None:
            break
        pieces.append(text[start : marker.start()])
        start = position = marker.end()
        letter = chr(ord(letter) + 1)
    pieces.append(text[start:])
    return pieces


def _split_list(text: str) -> list[str]:
    """The items of one fungsi cell, in the order written.

    Numbered items win over ';': a numbered item that itself contains ';' is kept whole, since
    the office's numbering is the only reliable statement of where its items end. Without
    numbers, '- ' bullets and then ';' separate the items.
    """
    text = _strip_list_end(text)
    if not text:
        return []
    numbered = _NUMBER_MARKER.match(text)
    lettered = _LETTER_MARKER.match(text)
    if numbered is not None:
        pieces = _split_numbered(text, int(numbered.group(1)), numbered.end())
    elif lettered is not None:
        pieces = _split_lettered(text, lettered.group(1), lettered.end())
    elif _DASH_START.match(text):
        pieces = _DASH_SPLIT.split(text)
    elif ";" in text:
        pieces = [_LEADING_DAN.sub("", piece.strip()) for piece in text.split(";")]
    else:
        pieces = [text]
    return [item for item in (_finish_item(piece) for piece in pieces) if item]


def _dash_items(text: str) -> list[str]:
    """A tugas text as its '- ' bullets, or as itself when it is not a bullet list."""
    if not _DASH_START.match(text):
        return [text]
    return [item for item in (p.strip() for p in _DASH_SPLIT.split(text)) if item]


# --------------------------------------------------------------------------------------------
# Targets and ids

_TARGET = re.compile(
    r"(?P<number>\d{1,3}(?:\.\d{3})+|\d+(?:[.,]\d+)?)"
    r"(?:\s*(?P<percent>%|persen)|\s+(?P<unit>[^\W\d_]+))",
    re.IGNORECASE,
)


def _parse_target(cell: str | None) -> tuple[int | float, str] | None:
    """A cell that is only a count and its unit ("2 dokumen", "90 %") is a target.

    Offices often type the year's target into the formula column; recognising the whole-cell
    form only avoids reading numbers out of sentences such as "dalam 1 tahun".
    """
    if cell is None:
        return None
    match = _TARGET.fullmatch(cell)
    if match is None:
        return None
    try:
        # One reading of numbers for the whole tool: "1,500" could be 1,5 or 1500 and is no
        # target at all here (the Target column reports it; see `_target_problem`).
        value = parse_number(match.group("number"))
    except NumberError:
        return None
    unit = "persen" if match.group("percent") else match.group("unit").lower()
    return value, unit


# Function words dropped from ids: ids must stay short and are read, never parsed.
_STOPWORDS = frozenset(
    {
        "dan", "yang", "di", "ke", "dari", "untuk", "pada", "oleh", "serta", "atau", "dengan",
        "bagi", "terhadap", "dalam", "akan", "telah", "sudah", "yg", "dgn",
    }
)  # fmt: skip
_SLUG_MAX_WORDS = 6
_SLUG_MAX_CHARS = 60


def slugify(text: str, max_words: int = _SLUG_MAX_WORDS) -> str:
    """An id (``^[a-z0-9]+(-[a-z0-9]+)*$``) from a title: ascii words, no function words.

    "Kasi Promosi dan Kerjasama Penanaman Modal" → "kasi-promosi-kerjasama-penanaman-modal".
    Returns "" when the text has no letters or digits; callers supply a fallback.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    kept = [word for word in words if word not in _STOPWORDS] or words
    kept = kept[: max(1, max_words)]
    while len(kept) > 1 and len("-".join(kept)) > _SLUG_MAX_CHARS:
        kept.pop()
    return "-".join(kept)[:_SLUG_MAX_CHARS].strip("-")


class UniqueIds:
    """Ids made unique with -2, -3, … the way people number duplicates.

    The next number to try is kept for each base: a form with a hundred "Pengadministrasi Umum"
    numbers the hundredth at once, where trying -2, -3, … again for each copy was quadratic.
    Ids only ever join `used`, so every number below the kept one is still taken."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self._next: dict[str, int] = {}

    def make(self, base: str) -> str:
        candidate = base
        if candidate in self.used:
            suffix = self._next.get(base, 2)
            while (candidate := f"{base}-{suffix}") in self.used:
                suffix += 1
            self._next[base] = suffix + 1
        self.used.add(candidate)
        return candidate


# --------------------------------------------------------------------------------------------
# Reading the lines
#
# Officers copy their forms out of Word and out of PDF viewers, and each path leaves its mark:
# Word separates cells with tabs and breaks a cell of several paragraphs over several lines; a
# PDF copy aligns its columns with runs of spaces, wraps long cells over the next lines and
# repeats the page's header and footer. The reader therefore finds the table's columns from
# its header row (by tab, or by where each title stands), joins a row's continuation lines to
# its cells, and drops lines that only number pages. What still does not fit is a problem at
# its line, never guessed at.

_HEADING = re.compile(r"\s*indikator\s+kinerja\s+individu\b(?P<rest>.*)", re.IGNORECASE)
_HOLDER = re.compile(r"\s*\((?P<name>[^()]*)\)\s*")
# A parenthesis that names the form, not a person.
_NOT_A_HOLDER = frozenset({"iki"})
_LABELS = {
    "jabatan": "jabatan",
    "nama jabatan": "jabatan",
    "tugas": "tugas",
    "tugas pokok": "tugas",
    "uraian tugas": "tugas",
    "fungsi": "fungsi",
}
_LABEL = re.compile(
    r"(?:\d{1,3}\s*[.)]?\s+)?(?P<label>"
    + "|".join(sorted(_LABELS, key=len, reverse=True))
    + r")\s*(?::\s*(?P<rest>.*))?",
    re.IGNORECASE,
)
_ORDINAL_CELL = re.compile(r"\d{1,3}\s*[.)]?")
_MARKER_CELL = re.compile(r"(?:(?:\d{1,3}|[a-zA-Z])\s*[.)]\s*)*(?:\d{1,3})?|:")
_ROW_NUMBER = re.compile(r"\d{1,3}\s*[.)]?")
_TABLE_HEADER_FIRST = frozenset({"no", "no.", "nomor"})
_TABLE_HEADER_LINE = re.compile(r"\s*(?:no\.?|nomor)(?:\s|$)", re.IGNORECASE)
_SPACE_RUN = re.compile(r" {2,}")
_COLUMN_TEXT = re.compile(r"\S+(?: \S+)*")

# The columns the importer reads, found by a word of their title. Order matters: the first
# role whose words appear in a title is the column's role.
_ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sasaran", ("sasaran",)),
    ("indikator", ("indikator",)),
    (
        "penjelasan",
        ("penjelasan", "formulasi", "formula", "definisi", "perhitungan", "penghitungan"),
    ),
    ("sumber_data", ("sumber",)),
    ("satuan", ("satuan",)),
    ("target", ("target",)),
)
_ROLE_TITLES = {
    "no": "No",
    "sasaran": "Sasaran Kinerja",
    "indikator": "Indikator Kinerja",
    "penjelasan": "Penjelasan / Formulasi",
    "sumber_data": "Sumber Data",
    "satuan": "Satuan",
    "target": "Target",
}
_DEFAULT_ROLES: tuple[str | None, ...] = ("no", "sasaran", "indikator", "penjelasan", "sumber_data")
# Where each column's title starts in a header row whose titles are only one space apart.
_TITLE_WORD = re.compile(
    r"\b(?:no\.?|nomor|sasaran|indikator|penjelasan|formulasi|definisi|sumber|satuan|target)\b",
    re.IGNORECASE,
)

# Lines that only number a page: "Halaman 2 dari 5", "Hal. 3", "- 4 -", "Page 2 of 5".
# A line that is only a page number, or ends a footer with "Halaman 2 dari 5" (with its total:
# a sentence that ends "… pada halaman 5" is not a footer).
_PAGE_NUMBER = re.compile(
    r"^\s*(?:halaman|hal\.?|page)\s*\d{1,4}(?:\s*(?:dari|/|of)\s*\d{1,4})?\s*$"
    r"|\b(?:halaman|hal\.?|page)\s*\d{1,4}\s*(?:dari|/|of)\s*\d{1,4}\s*$"
    r"|^\s*-\s*\d{1,4}\s*-\s*$|^\s*\d{1,4}\s*/\s*\d{1,4}\s*$",
    re.IGNORECASE,
)
# Bullet glyphs that Word and PDF copies leave before list items; U+F0B7 and its neighbours
# are the Symbol and Wingdings bullets of Word's private-use area.
_BULLET = re.compile(
    r"(?:(?<=^)|(?<=[\t ]))[\uf0a7\uf0a8\uf0b7\uf076\uf0d8\uf0fc\uf0e0\u2022\u2023\u2043"
    r"\u25aa\u25ab\u25cf\u25e6\u25a0\u25ba\u27a2\u2713\u2714][\t ]*"
)


@dataclass
class _Entry:
    """One line's worth of a heading field: the number column and the text after it."""

    line: int
    content: str
    marked: bool = False
    """The line opens a list item: it had a number, letter or bullet of its own."""


@dataclass
class _Row:
    line: int
    sasaran: str
    indikator: str
    penjelasan: str | None
    sumber_data: str | None
    satuan: str | None = None
    target: str | None = None


@dataclass
class _RawRow:
    """A table row while its continuation lines are still being joined to it."""

    line: int
    raw: str
    cells: list[list[str]]
    """The text pieces of each column, joined with spaces when the row is complete."""
    joined: list[tuple[int, str]] = field(default_factory=list)
    """Continuation lines (number, text) joined to the row, for a tab-separated table."""
    original: int = 0
    """How many columns the row's own line had, before continuation lines."""


@dataclass
class _Table:
    """How one position's table is laid out: each column's role, and, for a table aligned
    with spaces, where each column starts."""

    line: int
    header: str
    roles: tuple[str | None, ...]
    titles: tuple[str, ...]
    starts: tuple[int, ...] | None = None
    """Column start offsets for a space-aligned table; None for a tab-separated one."""
    tight: frozenset[int] = frozenset()
    """Column starts with no gutter of two spaces before them (words one space apart)."""


@dataclass
class _Block:
    """A position block while it is being read; turned into a document at the end."""

    line: int
    raw: str
    holder: str | None
    titled: bool = False
    """Text follows the heading words: a document title ("Indikator Kinerja Individu Dinas X
    Tahun 2026") when nothing else follows, else words the reader does not understand."""
    fields: dict[str, list[_Entry]] = field(default_factory=dict)
    current: str | None = None
    table: _Table | None = None
    pending: _RawRow | None = None
    rows: list[_Row] = field(default_factory=list)
    after_header: bool = False
    """The previous line was the table's header: a title wrapped onto this line is skipped."""

    @property
    def table_line(self) -> int | None:
        return self.table.line if self.table is not None else None


def _split_lines(text: str) -> list[str]:
    """Lines as a text editor numbers them: CRLF, CR and LF all end a line.

    Not str.splitlines(), which also splits at form feeds and Unicode separators and would
    make the reported line numbers disagree with the user's editor. A form feed (a PDF's page
    break) is kept out of the text; bullets become "- " so that one rule reads every list.
    """
    text = text.removeprefix("\ufeff")
    lines = re.sub(r"\r\n?", "\n", text).split("\n")
    return [_BULLET.sub("- ", line.replace("\x0c", "").replace("\xa0", " ")) for line in lines]


def _is_blank(raw: str) -> bool:
    return _clean(raw.replace("\t", " ")) is None


def _cells(raw: str) -> list[str]:
    """A line's cells: split at tabs, or, in a line without tabs, at runs of two spaces."""
    if "\t" in raw:
        return raw.split("\t")
    return _SPACE_RUN.split(raw.rstrip())


def _marker_cell(cell: str) -> bool:
    """Cells before a field's text: empty, ':' or the number column ("1.", "1. 2. 3.", "a.")."""
    cleaned = _clean(cell) or ""
    return _MARKER_CELL.fullmatch(cleaned) is not None


def _entry(line: int, cells: list[str]) -> _Entry:
    index = 0
    marked = False
    while index < len(cells) and _marker_cell(cells[index]):
        marked = marked or any(ch.isalnum() for ch in cells[index])
        index += 1
    content = re.sub(r"^\s*:\s*", "", "\t".join(cells[index:]))
    cleaned = _clean(content) or ""
    marked = marked or _LIST_START.match(cleaned) is not None
    return _Entry(line, content, marked)


def _field_label(cells: list[str]) -> tuple[str, list[str]] | None:
    """The field a heading line opens ("2\\tTugas\\t:\\t…" → tugas) and the cells after it."""
    for index, cell in enumerate(cells):
        stripped = cell.strip()
        if not stripped or _ORDINAL_CELL.fullmatch(stripped):
            continue
        match = _LABEL.fullmatch(stripped)
        if match is None:
            return None
        rest = [match.group("rest")] if match.group("rest") else []
        return _LABELS[match.group("label").lower()], rest + cells[index + 1 :]
    return None


def _is_table_header(raw: str) -> bool:
    """The row of column titles: it starts with "No" and names the Indikator column."""
    cells = _cells(raw)
    first = cells[0].strip().lower()
    if len(cells) > 1 and first in _TABLE_HEADER_FIRST:
        return True
    lowered = raw.lower()
    return _TABLE_HEADER_LINE.match(raw) is not None and "indikator" in lowered


def _role(title: str) -> str | None:
    lowered = (_clean(title) or "").lower()
    if lowered in _TABLE_HEADER_FIRST:
        return "no"
    for role, words in _ROLE_WORDS:
        if any(word in lowered for word in words):
            return role
    return None


def _header_columns(raw: str) -> tuple[list[str], tuple[int, ...] | None]:
    """The titles of a header row and, without tabs, where each title starts in the line."""
    if "\t" in raw:
        return [cell.strip() for cell in raw.split("\t")], None
    spans: list[tuple[int, str]] = []
    for match in _COLUMN_TEXT.finditer(raw):
        # "No Sasaran Kinerja" one space apart is two columns: split where a new role begins.
        cuts = [match.start()]
        last_role = _role(match.group().split()[0])
        for word in _TITLE_WORD.finditer(raw, match.start(), match.end()):
            role = _role(word.group())
            if word.start() > match.start() and role is not None and role != last_role:
                cuts.append(word.start())
            last_role = role if role is not None else last_role
        ends = [*cuts[1:], match.end()]
        spans.extend((cut, raw[cut:end].strip()) for cut, end in zip(cuts, ends, strict=True))
    if len(spans) < 3:
        # Titles one space apart: each known title word opens a column, unless it continues
        # the title before it ("Penjelasan / Formulasi").
        spans = []
        previous_role: str | None = None
        for match in _TITLE_WORD.finditer(raw):
            role = _role(match.group())
            if role is not None and role == previous_role:
                continue
            previous_role = role
            spans.append((match.start(), ""))
        ends = [start for start, _ in spans[1:]] + [len(raw)]
        spans = [
            (start, raw[start:end].strip()) for (start, _), end in zip(spans, ends, strict=True)
        ]
    return [title for _, title in spans], tuple(start for start, _ in spans)


def _refine_starts(
    starts: tuple[int, ...], titles: list[str], lines: list[str]
) -> tuple[tuple[int, ...], frozenset[int]]:
    """Move each column start left into the gutter its rows leave free.

    A title may stand centred over its column, so the column's text can begin left of the
    title. The gutter is the widest run (two spaces at least, since one space is the gap
    between two words) of positions, between the end of the previous title and this title,
    where no row of the table has a character; the column starts where the gutter ends.
    """
    occupied: set[int] = set()
    for line in lines:
        occupied.update(index for index, char in enumerate(line) if not char.isspace())
    refined = [starts[0]]
    tight: set[int] = set()
    for index in range(1, len(starts)):
        low = starts[index - 1] + len(titles[index - 1])
        best: tuple[int, int] | None = None  # (width, end) of the widest free run
        run = 0
        for position in range(low, starts[index] + 1):
            run = run + 1 if position not in occupied else 0
            if run >= 2 and (best is None or run >= best[0]):
                best = (run, position)
        start = starts[index]
        if best is not None and best[1] < starts[index]:
            start = best[1] + 1
        start = max(start, refined[-1] + 1)
        if not all(position not in occupied for position in (start - 2, start - 1)):
            tight.add(start)
        refined.append(start)
    return tuple(refined), frozenset(tight)


def _slice(raw: str, starts: tuple[int, ...], tight: frozenset[int]) -> list[str] | None:
    """A space-aligned line cut at the column starts; None when a piece of text (words one
    space apart) stands across a column start, or left of the first column. Before a `tight`
    start (columns one space apart) only a word cut in two counts."""
    for match in _COLUMN_TEXT.finditer(raw):
        if match.start() < starts[0]:
            return None
        for start in starts[1:]:
            if not match.start() < start < match.end():
                continue
            if start not in tight or not (raw[start - 1].isspace() or raw[start].isspace()):
                return None
    bounds = [*starts[1:], max(len(raw), starts[-1])]
    return [raw[start:end] for start, end in zip(starts, bounds, strict=True)]


def _digits_folded(raw: str) -> str:
    return re.sub(r"\d+", "#", _WHITESPACE.sub(" ", raw.strip()).lower())


def _page_furniture(lines: list[str]) -> set[int]:
    """Lines (0-based) that a PDF repeats on every page: page numbers, running headers and
    footers. Only lines without tabs count, and never a heading, a field, a table header or a
    numbered row. A running header or footer is a line that starts at the margin and comes back
    word for word (numbers aside) on another page; that is looked for only in a document
    without any tab (a PDF copy), since in a Word paste a line at the margin is the next
    paragraph of a cell, and two positions may well share one ("pelaksanaan tugas lain …")."""
    candidates: dict[str, list[int]] = {}
    dropped: set[int] = set()
    aligned_by_spaces = not any("\t" in raw for raw in lines)
    for index, raw in enumerate(lines):
        if "\t" in raw or _is_blank(raw):
            continue
        if _PAGE_NUMBER.search(raw):
            dropped.add(index)
            continue
        cells = _cells(raw)
        if (
            raw[:1].isspace()
            or _HEADING.match(raw)
            or _is_table_header(raw)
            or _field_label(cells) is not None
            or _ROW_NUMBER.fullmatch(cells[0].strip())
        ):
            continue
        candidates.setdefault(_digits_folded(raw), []).append(index)
    for indexes in candidates.values():
        if len(indexes) > 1 and aligned_by_spaces:
            dropped.update(indexes)
    return dropped


def _only_titles(raw: str) -> bool:
    """Every word is a word of column titles: the header row's second line."""
    words = re.findall(r"[^\W\d_]+", raw.lower())
    return bool(words) and all(word in _TITLE_VOCABULARY for word in words)


_TITLE_VOCABULARY = frozenset(
    {
        "no", "nomor", "sasaran", "indikator", "kinerja", "penjelasan", "formulasi", "formula",
        "penghitungan", "perhitungan", "definisi", "operasional", "sumber", "data", "satuan",
        "target", "cara",
    }
)  # fmt: skip


def _joined(pieces: list[str]) -> str:
    """Lines of one cell or item as one text. A line broken after a hyphen
    ("perundang-" / "undangan") continues the word: no space is put between."""
    parts: list[str] = []
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        last = parts[-1] if parts else ""
        if last.endswith("-") and last[-2:-1].isalpha() and piece[:1].islower():
            parts.append(piece)
        else:
            parts.extend((" ", piece) if parts else (piece,))
    return "".join(parts)


def _strip_bullet(piece: str) -> str:
    """A cell's text without the bullet it started with: "- Persentase …" → "Persentase …"."""
    return re.sub(r"^\s*[-•]\s+(?=\S)", "", piece)


class _Reader:
    """The line-by-line state machine: which block, which field, heading or table."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.skipped = _page_furniture(lines)
        self.blocks: list[_Block] = []
        self.problems: list[ImportProblem] = []

    def problem(self, line: int, message: str, raw: str) -> None:
        self.problems.append(ImportProblem(line, message, raw))

    def read(self) -> None:
        block: _Block | None = None
        for index, raw in enumerate(self.lines):
            number = index + 1
            if index in self.skipped or _is_blank(raw):
                continue
            heading = _HEADING.match(raw)
            if heading is not None:
                if block is not None:
                    self.finish_row(block)
                block = self.start_block(number, raw, heading.group("rest"))
            elif block is None:
                self.problem(
                    number,
                    message("import.before_heading"),
                    raw,
                )
            elif block.table is None:
                self.read_heading_line(block, index, raw)
            else:
                self.read_table_line(block, number, raw)
        if block is not None:
            self.finish_row(block)

    def start_block(self, number: int, raw: str, rest: str) -> _Block:
        holder: str | None = None
        match = _HOLDER.fullmatch(rest)
        if rest.strip() and match is not None:
            name = _clean(match.group("name"))
            if name is not None and name.lower() not in _NOT_A_HOLDER:
                holder = name
        block = _Block(number, raw, holder, titled=bool(rest.strip()) and match is None)
        self.blocks.append(block)
        return block

    def read_heading_line(self, block: _Block, index: int, raw: str) -> None:
        number = index + 1
        if _is_table_header(raw):
            block.table = self.table(index, raw)
            block.after_header = True
            return
        cells = _cells(raw)
        labelled = _field_label(cells)
        if labelled is not None:
            name, rest = labelled
            if name in block.fields:
                self.problem(number, message("import.second_field", name=name), raw)
                block.current = None
                return
            block.fields[name] = [_entry(number, rest)]
            block.current = name
            return
        if block.current is not None:
            # A wrapped line, a further list item, or a further paragraph of the same cell.
            block.fields[block.current].append(_entry(number, cells))
            return
        self.problem(number, message("import.not_understood_head"), raw)

    def table(self, index: int, raw: str) -> _Table:
        """The table that the header at `index` opens: its columns and their roles."""
        titles, starts = _header_columns(raw)
        roles = tuple(_role(title) for title in titles)
        if "sasaran" not in roles or "indikator" not in roles:
            self.problem(
                index + 1,
                message("import.header"),
                raw,
            )
            if starts is not None and len(starts) == len(_DEFAULT_ROLES):
                return _Table(index + 1, raw, _DEFAULT_ROLES, tuple(titles), starts)
            return _Table(
                index + 1, raw, _DEFAULT_ROLES, tuple(_ROLE_TITLES[r] for r in _DEFAULT_ROLES if r)
            )
        if starts is not None:
            rows: list[str] = []
            for later_index in range(index + 1, len(self.lines)):
                later = self.lines[later_index]
                if _HEADING.match(later):
                    break
                if later_index in self.skipped or _is_blank(later) or _is_table_header(later):
                    continue
                rows.append(later)
            starts, tight = _refine_starts(starts, titles, [raw, *rows])
            # One space may part the row number from the Sasaran ("1. Meningkatnya"); between
            # two texts one space is a word gap, so a line cut there would be a guess.
            after_number = frozenset(starts[1:2]) if roles[0] == "no" else frozenset()
            return _Table(index + 1, raw, roles, tuple(titles), starts, tight & after_number)
        return _Table(index + 1, raw, roles, tuple(titles), starts)

    def read_table_line(self, block: _Block, number: int, raw: str) -> None:
        table = block.table
        assert table is not None
        if _is_table_header(raw):
            if _digits_folded(raw) != _digits_folded(table.header):
                self.problem(number, message("import.second_header"), raw)
            # The same header again is the table continuing on the next page.
            block.after_header = True
            return
        after_header, block.after_header = block.after_header, False
        if after_header and not _cells(raw)[0].strip() and _only_titles(raw):
            return  # a column title wrapped onto a second line ("Penghitungan")
        if table.starts is not None:
            self.read_aligned_line(block, table, number, raw)
        else:
            self.read_tabbed_line(block, table, number, raw)

    def read_tabbed_line(self, block: _Block, table: _Table, number: int, raw: str) -> None:
        cells = raw.split("\t")
        first = cells[0].strip()
        if not first or _ROW_NUMBER.fullmatch(first) is not None:
            self.finish_row(block)
            block.pending = _RawRow(number, raw, [[cell] for cell in cells], original=len(cells))
            return
        pending = block.pending
        width = len(table.roles)
        # Word writes a cell of several paragraphs over several lines: this line holds the rest
        # of the last cell so far, then the row's next cells. A row that already has all its
        # cells takes no more: a note under the table must not become its last cell.
        if (
            pending is not None
            and len(pending.cells) < width >= len(pending.cells) + len(cells) - 1
        ):
            pending.cells[-1].append(cells[0])
            pending.cells.extend([cell] for cell in cells[1:])
            pending.joined.append((number, raw))
            return
        self.problem(
            number,
            message("import.not_understood_table"),
            raw,
        )

    def read_aligned_line(self, block: _Block, table: _Table, number: int, raw: str) -> None:
        assert table.starts is not None
        cells = _slice(raw, table.starts, table.tight)
        if cells is None:
            self.problem(
                number,
                message("import.misaligned"),
                raw,
            )
            return
        first = cells[0].strip()
        if first and _ROW_NUMBER.fullmatch(first) is None:
            self.problem(
                number,
                message("import.no_column_text"),
                raw,
            )
            return
        if first:
            self.finish_row(block)
            block.pending = _RawRow(number, raw, [[cell] for cell in cells], original=len(cells))
            return
        if block.pending is None:
            self.problem(number, message("import.before_first_row"), raw)
            return
        # A wrapped cell: each column's text continues the same column of the row above.
        for column, cell in zip(block.pending.cells, cells, strict=True):
            column.append(cell)

    def finish_row(self, block: _Block) -> None:
        pending, block.pending = block.pending, None
        table = block.table
        if pending is None or table is None:
            return
        width = len(table.roles)
        if pending.joined and len(pending.cells) != width:
            # The lines read as a cell's continuation did not complete the row: they were not
            # its continuation after all. The row keeps its own line only.
            for line, raw in pending.joined:
                self.problem(
                    line,
                    message("import.incomplete_row"),
                    raw,
                )
            pending.cells = [[cell] for cell in pending.raw.split("\t")]
        texts = [
            _clean(_joined([_strip_bullet(piece) for piece in pieces])) for pieces in pending.cells
        ]
        extra = [text for text in texts[width:] if text]
        if extra:
            last = table.titles[width - 1] if len(table.titles) >= width else "Sumber Data"
            self.problem(
                pending.line, message("import.extra_cells", last=_clean(last) or last), pending.raw
            )
        texts = (texts + [None] * width)[:width]
        values: dict[str, str | None] = {}
        for role, title, text in zip(
            table.roles, (*table.titles, *[""] * width), texts, strict=False
        ):
            if role is None:
                if text is not None:
                    self.problem(
                        pending.line,
                        message("import.column_ignored", title=_clean(title) or title),
                        pending.raw,
                    )
                continue
            if role != "no":
                values.setdefault(role, text)
        sasaran, indikator = values.get("sasaran"), values.get("indikator")
        if sasaran is None and block.rows:
            # A merged Sasaran cell is empty on the rows below its first: they share it.
            sasaran = block.rows[-1].sasaran
        if sasaran is None or indikator is None:
            missing = "Sasaran Kinerja" if sasaran is None else "Indikator Kinerja"
            self.problem(pending.line, message("import.row_without", missing=missing), pending.raw)
            return
        target_problem = _target_problem(values.get("target"))
        if target_problem is not None:
            self.problem(pending.line, target_problem, pending.raw)
        block.rows.append(
            _Row(
                pending.line,
                sasaran,
                indikator,
                values.get("penjelasan"),
                values.get("sumber_data"),
                values.get("satuan"),
                values.get("target"),
            )
        )


# --------------------------------------------------------------------------------------------
# Building the documents


def _ends_item(text: str) -> bool:
    """The text closes a list item or a sentence, so the next line starts a new one."""
    # Only the end matters; looking at the tail keeps long fields linear.
    tail = text.rstrip()[-16:]
    return re.search(r"(?:[.;:]|[;,]\s*(?:dan|serta))\Z", tail, re.IGNORECASE) is not None


def _merged(entries: list[_Entry]) -> list[_Entry]:
    """Lines joined back into the items they are part of.

    A PDF wraps a long item over several lines; Word breaks a cell's paragraphs. Where some
    line of the field carries a list marker, a line without one continues the item above;
    without any marker, a line continues the one above unless that one ended its sentence.
    """
    any_marked = any(entry.marked for entry in entries)
    groups: list[tuple[_Entry, list[str]]] = []
    for entry in entries:
        if _clean(entry.content) is None:
            continue
        ended = groups and _ends_item(_clean(groups[-1][1][-1]) or "")
        if groups and not entry.marked and (any_marked or not ended):
            groups[-1][1].append(entry.content)
            continue
        groups.append((entry, [entry.content]))
    return [_Entry(first.line, _joined(pieces), first.marked) for first, pieces in groups]


def _field_texts(entries: list[_Entry]) -> list[str]:
    return [text for text in (_clean(entry.content) for entry in entries) if text is not None]


def _fungsi(entries: list[_Entry]) -> list[str]:
    items: list[str] = []
    for entry in _merged(entries):
        for part in _LIST_ITEM_TAG.split(entry.content):
            cleaned = _clean(part)
            if cleaned is not None:
                items.extend(_split_list(cleaned))
    return items


def _tugas(entries: list[_Entry]) -> str | list[str] | None:
    """A paragraph stays a string; a bullet list (or one line per task) becomes a list."""
    items = [item for text in _field_texts(_merged(entries)) for item in _dash_items(text)]
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    return items


# An indicator that measures a share is in percent whatever else its row says.
_PERCENT_INDICATOR = re.compile(r"\s*(?:persentase|prosentase|presentase|rasio\s+persen)\b", re.I)


def _satuan_cell(text: str | None) -> str | None:
    if text is None:
        return None
    return "persen" if text.strip() in {"%", "persen", "Persen"} else text.strip().lower()


def _target_cell(text: str | None) -> int | float | None:
    """A Target column's value: "90", "1.250", "12,5", "90 %"; None when it is not one number."""
    if text is None:
        return None
    parsed = _parse_target(text)
    if parsed is not None:
        return parsed[0]
    try:
        return parse_number(text.strip().rstrip("%").strip())
    except NumberError:
        return None


_EMPTY_TARGETS = frozenset({"-", "–", "—"})
"""What offices write in a Target cell that has no target yet."""


def _target_problem(text: str | None) -> str | None:
    """Why a Target column's cell is not a target, or None when it is one (or is empty)."""
    if text is None or text.strip() in _EMPTY_TARGETS or _target_cell(text) is not None:
        return None
    match = _TARGET.fullmatch(text.strip())
    number = match.group("number") if match else text.strip().rstrip("%").strip()
    try:
        parse_number(number)
    except NumberError as exc:
        reason = exc.message
    else:
        reason = f"'{text.strip()}' bukan satu angka"
    return (
        f"kolom Target: {reason}; target baris ini tidak diimpor. Perbaiki selnya di dokumen "
        "(satu angka, misalnya 1.500 atau 12,5), atau kosongkan dan isi targetnya kemudian"
    )


def _indicator(row: _Row, used: UniqueIds, year: int | None) -> dict[str, Any]:
    satuan = _satuan_cell(row.satuan)
    target: dict[int, int | float] = {}
    column_target = _target_cell(row.target)
    if column_target is not None:
        if year is not None:
            target[year] = column_target
        if satuan is None and row.target is not None and row.target.strip().endswith("%"):
            satuan = "persen"
    else:
        for cell in (row.indikator, row.penjelasan, row.sumber_data):
            parsed = _parse_target(cell)
            if parsed is not None:
                value, unit = parsed
                satuan = satuan or unit
                if year is not None:
                    target[year] = value
                break
    if satuan is None and _PERCENT_INDICATOR.match(row.indikator):
        satuan = "persen"
    # An indikator cell holding only the target says nothing about what is counted: name the
    # indicator after its sasaran instead.
    title = row.sasaran if _parse_target(row.indikator) is not None else row.indikator
    return {
        "id": used.make(slugify(title) or "indikator"),
        "sasaran": row.sasaran,
        "indikator": row.indikator,
        "penjelasan": row.penjelasan,
        "sumber_data": row.sumber_data,
        "satuan": satuan,
        "target": target,
    }


def _document(block: _Block, jabatan: str, used: UniqueIds, year: int | None) -> dict[str, Any]:
    indicator_ids = UniqueIds()
    return {
        "id": used.make(slugify(jabatan) or "jabatan"),
        "jabatan": jabatan,
        "atasan": None,
        "pemangku": block.holder,
        "tugas": _tugas(block.fields.get("tugas", [])),
        "fungsi": _fungsi(block.fields.get("fungsi", [])),
        "kinerja": [_indicator(row, indicator_ids, year) for row in block.rows],
    }


def parse_document(text: str, year: int | None = None) -> ImportResult:
    """Read every position block of `text`; never raises.

    `year` is the year a target typed into a cell ("2 dokumen") belongs to; None leaves all
    targets empty, since the source form itself does not say which year it plans.
    """
    reader = _Reader(_split_lines(text))
    reader.read()
    positions: list[ImportedPosition] = []
    used = UniqueIds()
    for block in reader.blocks:
        if block.titled:
            if not block.fields and block.table is None:
                continue  # the document's title, not a position
            reader.problem(
                block.line,
                message("import.after_heading"),
                block.raw,
            )
        jabatan = " ".join(_field_texts(block.fields.get("jabatan", []))) or None
        if jabatan is None:
            reader.problem(block.line, message("import.no_jabatan"), block.raw)
            continue
        if block.table_line is None:
            reader.problem(block.line, message("import.no_table"), block.raw)
        elif not block.rows:
            reader.problem(block.table_line, message("import.no_rows"), block.raw)
        positions.append(ImportedPosition(block.line, _document(block, jabatan, used, year)))
    superiors = infer_superiors([(p.document["id"], p.document["jabatan"]) for p in positions])
    for imported in positions:
        imported.document["atasan"] = superiors[imported.document["id"]]
    problems = sorted(reader.problems, key=lambda problem: problem.line)
    return ImportResult(tuple(positions), tuple(problems))


# --------------------------------------------------------------------------------------------
# Writing


class _BlockDumper(yaml.SafeDumper):
    """Indents list items under their key, as people write YAML by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def render_yaml(document: dict[str, Any], atasan_note: str | None = None) -> str:
    """The text of a position file: the schema modeline, then block YAML in key order.

    Unicode is kept and lines are never folded, so every string reads back exactly as the
    source wrote it and a diff shows the office's own words.
    """
    body = yaml.dump(
        document,
        Dumper=_BlockDumper,
        sort_keys=False,
        allow_unicode=True,
        width=10**9,
        default_flow_style=False,
    )
    if atasan_note is not None and document.get("atasan") is not None:
        # The top-level key is the first line that starts with "atasan:"; nested keys are
        # indented, and a multi-line scalar is never emitted (width is unbounded).
        body = re.sub(
            r"(?m)^(atasan: .*)$", lambda m: f"{m.group(1)}  # {atasan_note}", body, count=1
        )
    return f"{MODELINE}\n{body}"
