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
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml

from iki.messages import text as message

__all__ = [
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
_LIST_START = re.compile(r"^\s*(?:\d{1,3}\s*[.)]|[-•])\s*")
_LEADING_DAN = re.compile(r"^(?:dan|serta)\s+", re.IGNORECASE)
_NUMBER_MARKER = re.compile(r"(\d{1,3})\s*[.)]\s*")
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
    if numbered is not None:
        pieces = _split_numbered(text, int(numbered.group(1)), numbered.end())
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
    digits = match.group("number")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        digits = digits.replace(".", "")
    digits = digits.replace(",", ".")
    value: int | float = float(digits) if "." in digits else int(digits)
    if not math.isfinite(value):
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


def _unique(base: str, used: set[str]) -> str:
    """Make an id unique among `used` with -2, -3, … the way people number duplicates."""
    candidate = base
    suffix = 2
    while candidate in used:
        candidate = f"{base}-{suffix}"
        suffix += 1
    used.add(candidate)
    return candidate


# --------------------------------------------------------------------------------------------
# Reading the lines

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
    r"(?P<label>" + "|".join(sorted(_LABELS, key=len, reverse=True)) + r")\s*(?::\s*(?P<rest>.*))?",
    re.IGNORECASE,
)
_ORDINAL_CELL = re.compile(r"\d{1,3}\s*[.)]?")
_MARKER_CELL = re.compile(r"(?:\d{1,3}\s*[.)]\s*)*(?:\d{1,3})?|:")
_ROW_NUMBER = re.compile(r"\d{1,3}\s*[.)]?")
_TABLE_HEADER_FIRST = frozenset({"no", "no.", "nomor"})
_EXPECTED_COLUMNS = ("sasaran", "indikator", ("penjelasan", "formulasi"), "sumber")
_COLUMN_COUNT = 4


@dataclass
class _Entry:
    """One line's worth of a heading field: the number column and the text after it."""

    line: int
    content: str


@dataclass
class _Row:
    line: int
    sasaran: str
    indikator: str
    penjelasan: str | None
    sumber_data: str | None


@dataclass
class _Block:
    """A position block while it is being read; turned into a document at the end."""

    line: int
    raw: str
    holder: str | None
    fields: dict[str, list[_Entry]] = field(default_factory=dict)
    current: str | None = None
    table_line: int | None = None
    rows: list[_Row] = field(default_factory=list)


def _split_lines(text: str) -> list[str]:
    """Lines as a text editor numbers them: CRLF, CR and LF all end a line.

    Not str.splitlines(), which also splits at form feeds and Unicode separators and would
    make the reported line numbers disagree with the user's editor.
    """
    text = text.removeprefix("\ufeff")
    return re.sub(r"\r\n?", "\n", text).split("\n")


def _is_blank(raw: str) -> bool:
    return _clean(raw.replace("\t", " ")) is None


def _marker_cell(cell: str) -> bool:
    """Cells before a field's text: empty, ':' or the number column ("1.", "1. 2. 3.")."""
    cleaned = _clean(cell) or ""
    return _MARKER_CELL.fullmatch(cleaned) is not None


def _entry(line: int, cells: list[str]) -> _Entry:
    index = 0
    while index < len(cells) and _marker_cell(cells[index]):
        index += 1
    content = "\t".join(cells[index:])
    return _Entry(line, re.sub(r"^\s*:\s*", "", content))


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


def _starts_continuation(cells: list[str]) -> bool:
    """Continuation lines start with tabs, or at least with a number or a bullet."""
    first = cells[0].strip()
    return not first or _ORDINAL_CELL.fullmatch(first) is not None or first in ("-", "•")


def _is_table_header(cells: list[str]) -> bool:
    return len(cells) > 1 and cells[0].strip().lower() in _TABLE_HEADER_FIRST


def _header_matches(cells: list[str]) -> bool:
    titles = [(_clean(cell) or "").lower() for cell in cells[1:]]
    if len(titles) < _COLUMN_COUNT or any(titles[_COLUMN_COUNT:]):
        return False
    for title, expected in zip(titles, _EXPECTED_COLUMNS, strict=False):
        words = (expected,) if isinstance(expected, str) else expected
        if not any(word in title for word in words):
            return False
    return True


class _Reader:
    """The line-by-line state machine: which block, which field, heading or table."""

    def __init__(self) -> None:
        self.blocks: list[_Block] = []
        self.problems: list[ImportProblem] = []

    def problem(self, line: int, message: str, raw: str) -> None:
        self.problems.append(ImportProblem(line, message, raw))

    def read(self, lines: list[str]) -> None:
        block: _Block | None = None
        for number, raw in enumerate(lines, start=1):
            if _is_blank(raw):
                continue
            heading = _HEADING.match(raw)
            if heading is not None:
                block = self.start_block(number, raw, heading.group("rest"))
            elif block is None:
                self.problem(number, message("import.before_heading"), raw)
            elif block.table_line is None:
                self.read_heading_line(block, number, raw)
            else:
                self.read_table_line(block, number, raw)

    def start_block(self, number: int, raw: str, rest: str) -> _Block:
        holder: str | None = None
        if rest.strip():
            match = _HOLDER.fullmatch(rest)
            name = _clean(match.group("name")) if match is not None else None
            if match is None:
                self.problem(number, message("import.after_heading"), raw)
            elif name is not None and name.lower() not in _NOT_A_HOLDER:
                holder = name
        block = _Block(number, raw, holder)
        self.blocks.append(block)
        return block

    def read_heading_line(self, block: _Block, number: int, raw: str) -> None:
        cells = raw.split("\t")
        if _is_table_header(cells):
            block.table_line = number
            if not _header_matches(cells):
                self.problem(
                    number,
                    message("import.header"),
                    raw,
                )
            return
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
        if block.current is not None and _starts_continuation(cells):
            block.fields[block.current].append(_entry(number, cells))
            return
        self.problem(number, message("import.not_understood_head"), raw)

    def read_table_line(self, block: _Block, number: int, raw: str) -> None:
        cells = raw.split("\t")
        if _is_table_header(cells):
            self.problem(number, message("import.second_header"), raw)
            return
        first = cells[0].strip()
        if first and _ROW_NUMBER.fullmatch(first) is None:
            self.problem(
                number,
                message("import.not_understood_table"),
                raw,
            )
            return
        values = [_clean(cell) for cell in cells[1:]]
        if any(values[_COLUMN_COUNT:]):
            self.problem(number, message("import.extra_cells"), raw)
        values = (values + [None] * _COLUMN_COUNT)[:_COLUMN_COUNT]
        sasaran, indikator, penjelasan, sumber_data = values
        if sasaran is None or indikator is None:
            missing = "Sasaran Kinerja" if sasaran is None else "Indikator Kinerja"
            self.problem(number, message("import.row_without", missing=missing), raw)
            return
        block.rows.append(_Row(number, sasaran, indikator, penjelasan, sumber_data))


# --------------------------------------------------------------------------------------------
# Building the documents


def _field_texts(entries: list[_Entry]) -> list[str]:
    return [text for text in (_clean(entry.content) for entry in entries) if text is not None]


def _fungsi(entries: list[_Entry]) -> list[str]:
    items: list[str] = []
    for entry in entries:
        for part in _LIST_ITEM_TAG.split(entry.content):
            cleaned = _clean(part)
            if cleaned is not None:
                items.extend(_split_list(cleaned))
    return items


def _tugas(entries: list[_Entry]) -> str | list[str] | None:
    """A paragraph stays a string; a bullet list (or one line per task) becomes a list."""
    items = [item for text in _field_texts(entries) for item in _dash_items(text)]
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    return items


def _indicator(row: _Row, used: set[str], year: int | None) -> dict[str, Any]:
    satuan: str | None = None
    target: dict[int, int | float] = {}
    for cell in (row.indikator, row.penjelasan, row.sumber_data):
        parsed = _parse_target(cell)
        if parsed is not None:
            value, satuan = parsed
            if year is not None:
                target[year] = value
            break
    # An indikator cell holding only the target says nothing about what is counted: name the
    # indicator after its sasaran instead.
    title = row.sasaran if _parse_target(row.indikator) is not None else row.indikator
    return {
        "id": _unique(slugify(title) or "indikator", used),
        "sasaran": row.sasaran,
        "indikator": row.indikator,
        "penjelasan": row.penjelasan,
        "sumber_data": row.sumber_data,
        "satuan": satuan,
        "target": target,
    }


def _document(block: _Block, jabatan: str, used: set[str], year: int | None) -> dict[str, Any]:
    indicator_ids: set[str] = set()
    return {
        "id": _unique(slugify(jabatan) or "jabatan", used),
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
    reader = _Reader()
    reader.read(_split_lines(text))
    positions: list[ImportedPosition] = []
    used: set[str] = set()
    for block in reader.blocks:
        jabatan = " ".join(_field_texts(block.fields.get("jabatan", []))) or None
        if jabatan is None:
            reader.problem(block.line, message("import.no_jabatan"), block.raw)
            continue
        if block.table_line is None:
            reader.problem(block.line, message("import.no_table"), block.raw)
        elif not block.rows:
            reader.problem(block.table_line, "indicator table without rows", block.raw)
        positions.append(ImportedPosition(block.line, _document(block, jabatan, used, year)))
    problems = sorted(reader.problems, key=lambda problem: problem.line)
    return ImportResult(tuple(positions), tuple(problems))


# --------------------------------------------------------------------------------------------
# Writing


class _BlockDumper(yaml.SafeDumper):
    """Indents list items under their key, as people write YAML by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def render_yaml(document: dict[str, Any]) -> str:
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
    return f"{MODELINE}\n{body}"
