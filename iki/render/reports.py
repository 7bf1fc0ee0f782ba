"""Reports: one position's IKI form, and the office's performance report, as HTML or Markdown.

The work is split the way the data flows. `gather` computes once what every page needs — the
achievement at the period, the cascade tree, the findings of `iki validate`. `position_report`
and `office_report` turn that into plain values (frozen dataclasses holding display text, already
formatted in the report's language); the Jinja templates in `templates/` (the package
`iki.templates`) only loop over them and place them. `render_position` and `render_office`
return text; nothing here writes a file or prints.

Safety. HTML templates are autoescaped. Markdown templates pass every printed value through
`iki.render.markdown.markdown_text`, which writes `&`, `<`, `>` as entities, backslash-escapes
the characters that start Markdown markup or end a table cell (`|`), and turns line breaks into
`<br>`; only `MarkdownText` values (links made from validated ids, the Mermaid block) are
printed as they are. Control characters (an escape sequence, a bidi override) are written out
as `\x1b` or `\u202e`. In both formats `None` is refused rather than printed, so a missing value
is always a named state ("belum ada target"), never an empty cell or "None". The data's text is
only ever a value: a `{{ … }}` in a position file is printed, never evaluated.

Paper. The HTML pages are made to be printed (by a browser, or by `iki.render.pdf`): every
page's margins carry the data warning, the print date and "Halaman x dari y" (CSS `@page`
margin boxes, `page_css`); the IKI form prints on A4 landscape with its signatures kept on the
page of the table's last rows. The form holds only what is signed: the findings of
`iki validate` and the cascade go to a separate review sheet (lembar pemeriksaan) per position.

Determinism. Nothing depends on the machine or the order of a set: the same files and the same
print date (`Options.printed`) give the same bytes. The day and month of the signatures are left
as dots, to be filled in by hand.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, partial
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any

from jinja2 import Environment, FunctionLoader, StrictUndefined
from markupsafe import Markup, escape

from iki.check import cascade
from iki.check.cascade import LinkKind, Tree
from iki.check.rules import all_rules
from iki.compute import pohon
from iki.compute.achievement import (
    IndicatorAchievement,
    OfficeAchievement,
    Period,
    PositionAchievement,
    State,
    Summary,
    office_achievement,
    scale,
    shown,
)
from iki.diagnostics import Diagnostic, Result, Severity
from iki.load.project import Project
from iki.load.schema import SchemaName
from iki.load.workspace import Workspace
from iki.model import GradeBand, Office, Position, QuarterlyTarget, Range
from iki.numbers import shown_decimals
from iki.printable import has_controls, printable
from iki.render import pohon_mermaid, svg
from iki.render.achievement import (
    capaian_texts,
    office_text,
    positions_mean_text,
    quarter_span,
)
from iki.render.choices import ReportFormat
from iki.render.formula_view import formula_html, formula_text
from iki.render.labels import FINDINGS_ID, LABELS, Language
from iki.render.markdown import (
    markdown_code,
    markdown_link,
    markdown_mermaid,
    markdown_text,
)

INDEX = {ReportFormat.HTML: "index.html", ReportFormat.MD: "README.md"}
"""The office report's file name in the output folder: what a browser or GitHub opens first."""

POSITIONS_FOLDER = "jabatan"
"""The position pages go in a folder of their own, so that no position id (`index`, say) can
collide with the office report."""

REVIEW_FOLDER = "pemeriksaan"
"""The review sheets, one per position, named by the position's id like its form."""

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
"""The schema's pattern of a position id; a page name is made from nothing else."""


def page_name(position_id: str, output_format: ReportFormat, folder: str = POSITIONS_FOLDER) -> str:
    """`jabatan/<id>.html`: the position page's path inside the output folder
    (`pemeriksaan/<id>.html` for its review sheet).

    Ids are checked against the schema's pattern here too, so that no name read from a file can
    make a path outside the folder (`../x`, `/etc/x`), whatever let it through.
    """
    if not _ID.match(position_id):
        raise ValueError(f"not a position id: {position_id!r}")
    return f"{folder}/{position_id}{output_format.suffix}"


# -- options and collected facts ---------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    period: Period
    output_format: ReportFormat = ReportFormat.HTML
    language: Language = Language.ID
    label: str | None = None
    """Text of a warning at the top of every page (the realisations are fictitious, …)."""
    realisations: str = "data/realisasi"
    """The folder the realisations were read from, as shown to the reader."""
    foreign_realisations: bool = False
    """Whether that folder is not the office's own `data/realisasi/`: the banner then says so."""
    printed: dt.date | None = None
    """The print date shown at the foot of every page; None: no date."""


@dataclass(frozen=True)
class Facts:
    """What every page of one run needs, computed once."""

    workspace: Workspace
    findings: tuple[Diagnostic, ...]
    tree: Tree
    achieved: OfficeAchievement
    orphans: frozenset[str]
    """refs of the rows that support nothing (tidak mendukung atasan)"""
    uncascaded: frozenset[str]
    """refs of the rows no subordinate carries (belum diturunkan)"""
    results: Mapping[str, PositionAchievement]
    """each position's achievement, by position id"""
    findings_by_file: Mapping[str, tuple[Diagnostic, ...]]
    realisation_files: Mapping[str, tuple[str, ...]]
    """each position's realisation files (any year), by position id"""
    titles: Mapping[str, str]
    """each position's title as shown, told apart from another of the same name"""

    @property
    def office(self) -> Office:
        return self.workspace.office


def gather(workspace: Workspace, findings: Result, period: Period) -> Facts:
    """Everything the pages need, indexed once: a page per position must not search the whole
    office again (that made `--all` quadratic in the number of positions)."""
    office = workspace.office
    tree = cascade.build(office)
    achieved = office_achievement(office, period)
    ordered = tuple(findings.sorted())
    by_file: dict[str, list[Diagnostic]] = defaultdict(list)
    for diagnostic in ordered:
        by_file[diagnostic.file].append(diagnostic)
    realisation_files: dict[str, list[str]] = defaultdict(list)
    for source in workspace.files_of(SchemaName.REALISATION):
        realisation_files[PurePosixPath(source.name).stem].append(source.name)
    return Facts(
        workspace=workspace,
        findings=ordered,
        tree=tree,
        achieved=achieved,
        orphans=frozenset(i.ref for i in tree.orphans),
        uncascaded=frozenset(i.ref for i in tree.uncascaded),
        results={result.position.id: result for result in achieved.positions},
        findings_by_file={file: tuple(found) for file, found in by_file.items()},
        realisation_files={pid: tuple(files) for pid, files in realisation_files.items()},
        titles=distinct_titles(office),
    )


def distinct_titles(office: Office) -> dict[str, str]:
    """Each position's title; two positions of the same title (two "Pengadministrasian
    Perizinan") are told apart by their superior's title, or by their id when that does not
    do it either."""
    counts = Counter(p.title for p in office.positions)
    titles = {}
    for position in office.positions:
        title = position.title
        if counts[title] > 1:
            superior = office.position(position.superior) if position.superior else None
            title = f"{title} ({superior.title})" if superior else f"{title} ({position.id})"
        titles[position.id] = title
    repeated = Counter(titles.values())
    for position in office.positions:
        if repeated[titles[position.id]] > 1:
            titles[position.id] = f"{position.title} ({position.id})"
    return titles


def realisation_label(project: Project) -> str | None:
    """The first heading of the README.md nearest to the realisations folder, going up but
    staying below the project root: for `examples/realisasi`, the heading of
    `examples/README.md`, which says that the numbers are made up. None for the office's own
    folder, and when no README has a heading."""
    if project.realisations_from is None:
        return None
    folder = project.realisations_from.resolve()
    root = project.resolved_root
    if folder == (root / "data" / "realisasi").resolve():
        return None
    candidates = [folder]
    if root in folder.parents:
        candidates += [p for p in folder.parents if root in p.parents]
    for candidate in candidates:
        readme = candidate / "README.md"
        if readme.is_file():
            return _first_heading(readme)
    return None


def _first_heading(readme: Path) -> str | None:
    try:
        with readme.open(encoding="utf-8", errors="replace") as handle:
            text = handle.read(64 * 1024)
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip() or None
    return None


# -- words and numbers in the report's language --------------------------------------------------


@dataclass(frozen=True)
class Words:
    """Numbers, quantities and states as the report's language writes them."""

    labels: Mapping[str, str]

    def number(self, value: float, decimals: int | None = None) -> str:
        """1.250.000 and 87,5 in Indonesian; without `decimals`, at most two, trailing zeros
        dropped."""
        if not math.isfinite(value):
            return str(value)
        value += 0.0  # no "-0"
        if decimals is None:
            text = f"{value:,.{shown_decimals(value)}f}".rstrip("0").rstrip(".")
        else:
            text = f"{value:,.{decimals}f}"
        if text.lstrip("-").strip("0.,") == "":
            text = text.lstrip("-")
        table = str.maketrans({",": self.labels["thousands"], ".": self.labels["decimal"]})
        return text.translate(table)

    def percent(self, value: float) -> str:
        """One decimal, rounded as the predikat is read (`shown`): the two always agree."""
        return f"{self.number(shown(value), 1)} %"

    def date(self, day: dt.date) -> str:
        """30 November 2025."""
        return f"{day.day} {self.labels['months'].split()[day.month - 1]} {day.year}"

    @staticmethod
    def unit_suffix(unit: str | None) -> str:
        """ " %" for a percentage, " dokumen" for other units, nothing without one."""
        if not unit:
            return ""
        return " %" if unit.strip().lower() in ("persen", "%") else f" {unit}"

    def quantity(self, value: float, unit: str | None) -> str:
        return f"{self.number(value)}{self.unit_suffix(unit)}"

    def state(self, state: State) -> str:
        return self.labels[f"state_{state.value}"]

    def summary(self, summary: Summary) -> str:
        counted = self.labels["with_data"].format(n=summary.with_data, total=summary.total)
        if summary.achievement is None:
            return f"{self.labels['not_computable']}, {counted}"
        weighted = f", {self.labels['weighted']}" if summary.weighted else ""
        return f"{self.percent(summary.achievement)} ({summary.grade}), {counted}{weighted}"


def band_index(grade: str | None, bands: Sequence[GradeBand]) -> int | None:
    """The colour class of a predikat, 0 (top band) to 4 (bottom band): its band's place in the
    scale spread over five colours, as the terminal table does; None without a predikat."""
    ranked = scale(bands)
    place = ranked.place.get(grade) if grade is not None else None
    if place is None:
        return None
    if len(ranked.ordered) == 1:
        return 0
    return round(place / (len(ranked.ordered) - 1) * 4)


# -- the position's form -------------------------------------------------------------------------


@dataclass(frozen=True)
class Banner:
    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class LinkView:
    """An indicator on the other end of a `mendukung` link."""

    ref: str
    position: str
    """its position's jabatan"""
    indicator: str
    note: str | None
    """how the link deviates from the cascade: skipping a level, not to a superior"""
    href: str | None


@dataclass(frozen=True)
class Row:
    """One row of the IKI table, every cell as text."""

    number: int
    id: str
    objective: str
    indicator: str
    explanation: str | None
    formula: Markup | None
    """the rumus with the variables' descriptions, divisions drawn as fractions (HTML)"""
    formula_text: str | None
    """the same on one line (Markdown)"""
    data_source: str | None
    target: str
    has_target: bool
    realisation: str
    has_realisation: bool
    realisation_details: tuple[str, ...]
    """the quarters counted; a formula's variables"""
    achievement: str
    """the capaian, or the state that stands for it"""
    achievement_note: str | None
    grade: str
    band: str
    """the CSS class of its predikat"""
    computed: bool
    supports: tuple[LinkView, ...]
    supported_by: tuple[LinkView, ...]
    marks: tuple[str, ...]
    """penunjang, tidak mendukung atasan, belum diturunkan"""


@dataclass(frozen=True)
class FindingView:
    where: str
    """line:column, or the "none" label for a finding about the whole file"""
    code: str
    severity: str
    error: bool
    message: str
    hint: str


@dataclass(frozen=True)
class FileFindings:
    file: str
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class Signer:
    """One signature: who signs, as the data knows them. A missing name or NIP is printed as
    dots to be filled in by hand, never guessed."""

    role: str
    """"Atasan Langsung", "Pemangku Jabatan", …"""
    title: str
    """the position, or "–" when the data does not know it"""
    name: str | None
    rank: str | None
    """"Penata Tingkat I (III/d)": pangkat and golongan as the data gives them"""
    nip: str | None
    has_nip: bool
    """whether a NIP line is printed at all (a kepala daerah has none)"""


@dataclass(frozen=True)
class Signature:
    place_date: str
    """"Padang Panjang, ……… 2025": the day and month left to the hand"""
    left: Signer
    right: Signer


@dataclass(frozen=True)
class Letterhead:
    government: str | None
    organisation: str
    address: str | None


@dataclass(frozen=True)
class DecreeView:
    """ "Lampiran Keputusan … Nomor … Tanggal …", top right of the form."""

    title: str
    number: str
    date: str | None


@dataclass(frozen=True)
class PositionReport:
    language: str
    banner: Banner | None
    page_css: Markup
    letterhead: Letterhead
    decree: DecreeView | None
    year: int
    period: str
    id: str
    title: str
    superior: str | None
    superior_href: str | None
    holder: str | None
    tasks: tuple[str, ...]
    tasks_as_list: bool
    functions: tuple[str, ...]
    columns: tuple[str, ...]
    """the column-number row: (1) … (9)"""
    rows: tuple[Row, ...]
    summary: str
    signature: Signature
    office_href: str | None
    review_href: str | None
    footer: str


@dataclass(frozen=True)
class ReviewReport:
    """The review sheet (lembar pemeriksaan) of one position: what a reviewer checks and the
    signer does not sign — the cascade of its rows and the findings of `iki validate`."""

    language: str
    banner: Banner | None
    page_css: Markup
    organisation: str
    year: int
    period: str
    id: str
    title: str
    file: str
    rows: tuple[Row, ...]
    findings: tuple[FileFindings, ...]
    """by file: the position's file, then its realisation files"""
    form_href: str | None
    office_href: str | None
    footer: str


def _labels(options: Options) -> Mapping[str, str]:
    return LABELS[options.language]


def _banner(options: Options) -> Banner | None:
    labels = _labels(options)
    lines = []
    if options.label:
        lines.append(options.label)
    if options.foreign_realisations:
        lines.append(labels["banner_source"].format(folder=options.realisations))
    return Banner(labels["banner_title"], tuple(lines)) if lines else None


_CSS_PLAIN = re.compile(r"[\w .,:;()/%+\-–—·]")


def css_string(text: str) -> str:
    """`text` as a quoted CSS string: anything but letters, digits and plain punctuation
    written as a hex escape, so no text from the files can end the string or the stylesheet."""
    body = "".join(ch if _CSS_PLAIN.fullmatch(ch) else f"\\{ord(ch):x} " for ch in text)
    return f'"{body}"'


def page_css(options: Options, banner: Banner | None) -> Markup:
    """The page margins' text (CSS margin boxes): the data warning at the top of every printed
    page, the print date and "Halaman x dari y" at the foot."""
    labels = _labels(options)
    boxes = []
    if banner is not None:
        warning = f"{banner.title}: {' — '.join(banner.lines)}"
        boxes.append(f"@top-center {{ content: {css_string(warning)}; }}")
    if options.printed is not None:
        printed = labels["printed"].format(date=Words(labels).date(options.printed))
        boxes.append(f"@bottom-left {{ content: {css_string(printed)}; }}")
    page = css_string(labels["page"] + " ")
    of = css_string(" " + labels["page_of"] + " ")
    boxes.append(f"@bottom-right {{ content: {page} counter(page) {of} counter(pages); }}")
    return Markup("@page { " + " ".join(boxes) + " }")


def _letterhead(office: Office) -> Letterhead:
    config = office.config
    return Letterhead(config.government, config.organisation, config.address)


def _decree(office: Office) -> DecreeView | None:
    decree = office.config.decree
    return DecreeView(decree.title, decree.number, decree.date) if decree else None


def _place_date(office: Office, options: Options) -> str:
    labels = _labels(options)
    dots = labels["signature_dots"]
    place = office.config.city or dots
    return labels["signature_place"].format(place=place, dots=dots, year=options.period.year)


def _rank(rank: str | None, pay_grade: str | None) -> str | None:
    if rank and pay_grade:
        return f"{rank} ({pay_grade})"
    return rank or pay_grade or None


def _signer(role: str, position: Position | None, labels: Mapping[str, str]) -> Signer:
    if position is None:
        return Signer(role, labels["none"], None, None, None, has_nip=True)
    return Signer(
        role=role,
        title=position.title,
        name=position.holder,
        rank=_rank(position.rank, position.pay_grade),
        nip=position.nip,
        has_nip=True,
    )


def _head_of_region(office: Office, role: str, labels: Mapping[str, str]) -> Signer:
    """The Kepala Dinas's own superior, from `kepala_daerah` in iki.yaml; "–" without it."""
    official = office.config.head_of_region
    if official is None:
        return Signer(role, labels["none"], labels["none"], None, None, has_nip=False)
    return Signer(
        role=role,
        title=official.title,
        name=official.name,
        rank=_rank(official.rank, official.pay_grade),
        nip=official.nip,
        has_nip=official.nip is not None,
    )


def _period(options: Options) -> str:
    return f"{_labels(options)['period_to']} {options.period.label}"


def _footer(options: Options) -> str:
    return _labels(options)["generated"].format(folder=options.realisations)


def _target_text(result: IndicatorAchievement, words: Words) -> str:
    target = result.target
    unit = result.indicator.unit
    if target is None:
        return words.state(State.NO_TARGET)
    if isinstance(target, Range):
        low, high = words.number(target.minimum), words.number(target.maximum)
        return f"{low}–{high}{words.unit_suffix(unit)}"
    text = words.quantity(target, unit)
    if isinstance(result.indicator.target(result.period.year), QuarterlyTarget):
        text += f" ({words.labels['period_to']} {result.period.name})"
    return text


def _realisation(result: IndicatorAchievement, words: Words) -> tuple[str, tuple[str, ...]]:
    done = result.realised
    details: list[str] = []
    if done.quarters:
        details.append(quarter_span(done.quarters))
    if result.indicator.formula is not None and not result.indicator.ikm and done.variables:
        described = {v.name: v.description for v in result.indicator.formula.variables}
        details.append(
            "; ".join(
                f"{described.get(name, name)}: "
                f"{words.labels['none'] if value is None else words.number(value)}"
                for name, value in done.variables.items()  # as the rumus declares them
            )
        )
    if done.value is None:
        state = State.UNDEFINED if done.reason else State.NO_REALISATION
        return words.state(state), tuple(details)
    text = words.quantity(done.value, result.indicator.unit)
    if done.ikm is not None:
        text += f" ({done.ikm.category.value})"
    return text, tuple(details)


def _achievement(result: IndicatorAchievement, words: Words) -> tuple[str, str | None]:
    notes = []
    if result.reason:
        notes.append(result.reason)
    if result.capped and result.uncapped is not None:
        notes.append(words.labels["capped_from"].format(value=words.percent(result.uncapped)))
    if result.realised.ikm is not None:
        notes.append(
            words.labels["service_quality"].format(label=result.realised.ikm.category.label)
        )
    note = "; ".join(notes) or None
    if result.achievement is None:
        return words.state(result.state), note
    return words.percent(result.achievement), note


def _link_view(facts: Facts, ref: str, kind: LinkKind, options: Options, linked: bool) -> LinkView:
    labels = _labels(options)
    indicator = facts.office.indicator(ref)
    position = facts.office.position(ref.partition("/")[0])
    note = {
        LinkKind.DIRECT: None,
        LinkKind.SKIP: labels["link_skip"],
        LinkKind.ASTRAY: labels["link_astray"],
    }[kind]
    href = None
    if linked and position is not None and indicator is not None:
        href = Path(page_name(position.id, options.output_format)).name
        if options.output_format is ReportFormat.HTML:
            href += f"#k-{indicator.id}"  # GitHub makes no anchors for table rows
    return LinkView(
        ref=ref,
        position=facts.titles.get(position.id, position.title) if position else ref,
        indicator=indicator.name if indicator else ref,
        note=note,
        href=href,
    )


def _row(
    number: int, result: IndicatorAchievement, facts: Facts, options: Options, linked: bool
) -> Row:
    words = Words(_labels(options))
    labels = words.labels
    indicator = result.indicator
    tree = facts.tree
    realisation, details = _realisation(result, words)
    achievement, note = _achievement(result, words)
    supported_by = tuple(
        _link_view(facts, link.source, link.kind, options, linked)
        for link in tree.supported_by.get(indicator.ref, ())
    )
    marks = []
    if indicator.supporting_work:
        marks.append(labels["mark_supporting_work"])
    if indicator.ref in facts.orphans:
        marks.append(labels["mark_orphan"])
    if indicator.ref in facts.uncascaded:
        marks.append(labels["mark_uncascaded"])
    grades = facts.office.config.grades
    formula = indicator.formula if indicator.formula and not indicator.ikm else None
    return Row(
        number=number,
        id=indicator.id,
        objective=indicator.objective,
        indicator=indicator.name,
        explanation=indicator.explanation,
        formula=formula_html(formula, words.number) if formula else None,
        formula_text=formula_text(formula, words.number) if formula else None,
        data_source=indicator.data_source,
        target=_target_text(result, words),
        has_target=result.target is not None,
        realisation=realisation,
        has_realisation=result.realisation is not None,
        realisation_details=details,
        achievement=achievement,
        achievement_note=note,
        grade=result.grade or labels["none"],
        band=svg.band_class(band_index(result.grade, grades)),
        computed=result.achievement is not None,
        supports=tuple(
            _link_view(facts, link.target, link.kind, options, linked)
            for link in tree.supported(indicator.ref)
        ),
        supported_by=supported_by,
        marks=tuple(marks),
    )


_last_rows: list[tuple[Facts, str, Options, bool, tuple[Row, ...]]] = []
"""The rows of the last position shown. Its form and its review sheet show the same rows, and
`--all` renders one right after the other: building them once saves a tenth of the run, and
keeping only the last keeps memory flat however many positions there are."""


def _rows(facts: Facts, position_id: str, options: Options, linked: bool) -> tuple[Row, ...]:
    for shown_facts, shown_id, shown_options, shown_linked, rows in _last_rows:
        same_run = shown_facts is facts and shown_options is options and shown_linked is linked
        if same_run and shown_id == position_id:
            return rows
    result = _position_result(facts, position_id)
    rows = tuple(_row(n, row, facts, options, linked) for n, row in enumerate(result.indicators, 1))
    _last_rows[:] = [(facts, position_id, options, linked, rows)]
    return rows


def _finding_view(diagnostic: Diagnostic, labels: Mapping[str, str]) -> FindingView:
    error = diagnostic.severity is Severity.ERROR
    return FindingView(
        where=f"{diagnostic.line}:{diagnostic.column}" if diagnostic.line else labels["none"],
        code=diagnostic.code,
        severity=labels["severity_error" if error else "severity_warning"],
        error=error,
        message=diagnostic.message,
        hint=diagnostic.hint,
    )


def _files_of(facts: Facts, position: Position) -> set[str]:
    """The position's file and its realisation files (of any year: a mistake in another year's
    file is still the position's to fix)."""
    return {position.file, *facts.realisation_files.get(position.id, ())}


def _position_result(facts: Facts, position_id: str) -> PositionAchievement:
    return facts.results[position_id]


def position_report(
    facts: Facts, position_id: str, options: Options, linked: bool = False
) -> PositionReport:
    """The IKI form of one position, as it is signed. `linked`: the page is part of `--all`, so
    it links to the office report, to its review sheet and to its superior's form."""
    office = facts.office
    position = office.position(position_id)
    if position is None:
        raise KeyError(position_id)
    labels = _labels(options)
    words = Words(labels)
    result = _position_result(facts, position_id)
    superior = office.position(position.superior) if position.superior else None
    banner = _banner(options)
    if position.superior is None:
        left = _head_of_region(office, labels["superior"], labels)
    else:
        left = _signer(labels["superior"], superior, labels)
    return PositionReport(
        language=options.language.value,
        banner=banner,
        page_css=page_css(options, banner),
        letterhead=_letterhead(office),
        decree=_decree(office),
        year=options.period.year,
        period=_period(options),
        id=position.id,
        title=facts.titles[position.id],
        superior=(
            facts.titles[superior.id]
            if superior
            else position.superior
            or (office.config.head_of_region.title if office.config.head_of_region else None)
        ),
        superior_href=(
            Path(page_name(superior.id, options.output_format)).name
            if linked and superior
            else None
        ),
        holder=position.holder,
        tasks=position.tasks,
        tasks_as_list=len(position.tasks) > 1,
        functions=position.functions,
        columns=tuple(f"({n})" for n in range(1, 10)),
        rows=_rows(facts, position_id, options, linked),
        summary=words.summary(result.summary),
        signature=Signature(
            place_date=_place_date(office, options),
            left=left,
            right=_signer(labels["holder"], position, labels),
        ),
        office_href=f"../{INDEX[options.output_format]}" if linked else None,
        review_href=(
            f"../{page_name(position.id, options.output_format, REVIEW_FOLDER)}" if linked else None
        ),
        footer=_footer(options),
    )


def review_report(
    facts: Facts, position_id: str, options: Options, linked: bool = False
) -> ReviewReport:
    """The review sheet of one position: its rows' cascade and its files' findings."""
    office = facts.office
    position = office.position(position_id)
    if position is None:
        raise KeyError(position_id)
    labels = _labels(options)
    files = _files_of(facts, position)
    banner = _banner(options)
    return ReviewReport(
        language=options.language.value,
        banner=banner,
        page_css=page_css(options, banner),
        organisation=office.config.organisation,
        year=options.period.year,
        period=_period(options),
        id=position.id,
        title=facts.titles[position.id],
        file=position.file,
        rows=_rows(facts, position_id, options, linked),
        findings=tuple(
            FileFindings(
                file, tuple(_finding_view(d, labels) for d in facts.findings_by_file[file])
            )
            for file in sorted(files, key=lambda f: (f != position.file, f))
            if file in facts.findings_by_file
        ),
        form_href=f"../{page_name(position.id, options.output_format)}" if linked else None,
        office_href=f"../{INDEX[options.output_format]}" if linked else None,
        footer=_footer(options),
    )


# -- the office's report -------------------------------------------------------------------------


@dataclass(frozen=True)
class PositionLine:
    """One position in the office report's tables."""

    number: int
    id: str
    title: str
    holder: str | None
    depth: int
    """its level in the tree, at most 6 (the indentation stops there)"""
    href: str
    indicators: int
    with_target: int
    with_realisation: int
    computable: int
    has_achievement: bool
    achievement: str
    grade: str
    band: str


@dataclass(frozen=True)
class Totals:
    indicators: int
    with_target: int
    with_realisation: int
    computable: int


@dataclass(frozen=True)
class ChartLine:
    position: str
    indicator: str
    achievement: str
    grade: str
    band: str
    href: str


@dataclass(frozen=True)
class BandView:
    name: str
    minimum: str
    band: str


@dataclass(frozen=True)
class CodeCount:
    code: str
    severity: str
    count: int
    label: str
    """what the finding means, in the report's language"""


@dataclass(frozen=True)
class FileCount:
    file: str
    href: str | None
    errors: int
    warnings: int


@dataclass(frozen=True)
class OfficeReport:
    language: str
    banner: Banner | None
    page_css: Markup
    letterhead: Letterhead
    year: int
    period: str
    summary: str
    positions_with_data: str
    positions: tuple[PositionLine, ...]
    totals: Totals
    tree_svg: Markup
    """the whole tree, for the screen"""
    tree_parts: tuple[Markup, ...]
    """for paper: the Kepala Dinas with the heads under them, then one tree per bidang, each
    small enough for a page at its own size (text of 8 pt)"""
    mermaid: str
    chart_svgs: tuple[Markup, ...]
    """the bar chart, in parts of CHART_BARS bars: an SVG is never split across pages"""
    chart: tuple[ChartLine, ...]
    left_out: str | None
    bands: tuple[BandView, ...]
    findings_summary: str
    by_code: tuple[CodeCount, ...]
    by_file: tuple[FileCount, ...]
    approval: Signer
    """the Kepala Dinas, who approves the report (no role line: the title says it)"""
    approval_place_date: str
    footer: str


def _order(tree: Tree) -> list[str]:
    """Positions from the Kepala Dinas down, each before its subordinates; then those outside
    the tree."""
    return [*tree.preorder(), *tree.unplaced]


def _has_realisation(result: IndicatorAchievement) -> bool:
    return result.realisation is not None or bool(result.realised.quarters)


def _tree_boxes(facts: Facts, options: Options) -> tuple[list[svg.TreeBox], list[svg.TreeBox]]:
    labels = _labels(options)
    words = Words(labels)
    grades = facts.office.config.grades
    by_id = {p.position.id: p for p in facts.achieved.positions}

    def box(position_id: str, with_children: bool) -> svg.TreeBox:
        result = by_id[position_id]
        summary = result.summary
        capaian = (
            f"{words.percent(summary.achievement)} · {summary.grade}"
            if summary.achievement is not None
            else labels["tree_no_achievement"]
        )
        children = facts.tree.children.get(position_id, ()) if with_children else ()
        return svg.TreeBox(
            key=position_id,
            # the place in the tree tells two positions of one title apart; the longer title
            # would be cut in the box
            title=result.position.title,
            details=(
                capaian,
                labels["tree_indicators"].format(total=summary.total, n=summary.with_data),
            ),
            band=band_index(summary.grade, grades),
            href=page_name(position_id, options.output_format),
            children=tuple(box(child, True) for child in children),
        )

    roots = [box(facts.tree.root, True)] if facts.tree.root is not None else []
    return roots, [box(p, False) for p in facts.tree.unplaced]


CHART_BARS = 14
"""Bars in one part of the chart: as many as an A4 landscape page holds at 8 pt."""


def _tree_parts(
    roots: Sequence[svg.TreeBox], aside: Sequence[svg.TreeBox], aside_label: str
) -> tuple[Markup, ...]:
    """The tree cut for paper: the top of it (the head and the positions under it, without
    theirs), then each of those with everything under it; the positions outside the tree last."""
    parts = []
    for root in roots:
        if not root.children:
            parts.append(svg.tree([root]))
            continue
        top = replace(root, children=tuple(replace(c, children=()) for c in root.children))
        parts.append(svg.tree([top]))
        parts += [svg.tree([child]) for child in root.children if child.children]
    if aside:
        parts.append(svg.tree([], aside, aside_label))
    return tuple(Markup(part) for part in parts)


def _mermaid(facts: Facts, options: Options) -> str:
    """Positions only: with every indicator the diagram is too wide to read on a page (the
    indicators are on each position's form; `iki tree --format mermaid` draws them all)."""
    view = pohon.build(
        facts.office,
        facts.tree,
        options.period.year,
        options.period.quarter,
        capaian=capaian_texts(facts.achieved),
    )
    return pohon_mermaid.render_positions(view, dict(facts.titles))


def office_report(facts: Facts, options: Options) -> OfficeReport:
    office = facts.office
    labels = _labels(options)
    words = Words(labels)
    grades = office.config.grades
    fmt = options.output_format
    by_id = {p.position.id: p for p in facts.achieved.positions}
    order = [pid for pid in _order(facts.tree) if pid in by_id]

    lines = []
    chart: list[ChartLine] = []
    bars: list[svg.Bar] = []
    left_out: Counter[State] = Counter()
    for number, pid in enumerate(order, 1):
        result = by_id[pid]
        position = result.position
        rows = result.indicators
        summary = result.summary
        href = page_name(pid, fmt)
        lines.append(
            PositionLine(
                number=number,
                id=pid,
                title=facts.titles[pid],
                holder=position.holder,
                depth=min(facts.tree.depth.get(pid, 0), 6),
                href=href,
                indicators=len(rows),
                with_target=sum(1 for r in rows if r.target is not None),
                with_realisation=sum(1 for r in rows if _has_realisation(r)),
                computable=sum(1 for r in rows if r.achievement is not None),
                has_achievement=summary.achievement is not None,
                achievement=(
                    words.percent(summary.achievement)
                    if summary.achievement is not None
                    else labels["not_computable"]
                ),
                grade=summary.grade or labels["none"],
                band=svg.band_class(band_index(summary.grade, grades)),
            )
        )
        for row in rows:
            if row.achievement is None:
                left_out[row.state] += 1
                continue
            band = band_index(row.grade, grades)
            text = f"{words.percent(row.achievement)} · {row.grade}"
            row_href = f"{href}#k-{row.indicator.id}"
            chart.append(
                ChartLine(
                    position=facts.titles[pid],
                    indicator=row.indicator.name,
                    achievement=words.percent(row.achievement),
                    grade=row.grade or labels["none"],
                    band=svg.band_class(band),
                    href=href,
                )
            )
            bars.append(
                svg.Bar(
                    row.indicator.name, facts.titles[pid], row.achievement, text, band, row_href
                )
            )
    totals = Totals(
        indicators=sum(line.indicators for line in lines),
        with_target=sum(line.with_target for line in lines),
        with_realisation=sum(line.with_realisation for line in lines),
        computable=sum(line.computable for line in lines),
    )
    roots, aside = _tree_boxes(facts, options)
    left_out_text = ", ".join(
        f"{count} {words.state(state)}" for state, count in sorted(left_out.items())
    )
    errors = sum(1 for d in facts.findings if d.severity is Severity.ERROR)
    warnings = len(facts.findings) - errors
    banner = _banner(options)
    head = office.position(facts.tree.root) if facts.tree.root else None
    return OfficeReport(
        language=options.language.value,
        banner=banner,
        page_css=page_css(options, banner),
        letterhead=_letterhead(office),
        year=options.period.year,
        period=_period(options),
        summary=office_text(facts.achieved, labels, words.percent),
        positions_with_data=positions_mean_text(facts.achieved, labels, words.percent),
        positions=tuple(lines),
        totals=totals,
        tree_svg=Markup(svg.tree(roots, aside, labels["tree_unplaced"])),
        tree_parts=_tree_parts(roots, aside, labels["tree_unplaced"]),
        mermaid=_mermaid(facts, options),
        chart_svgs=tuple(
            Markup(svg.bar_chart(bars[start : start + CHART_BARS]))
            for start in range(0, len(bars), CHART_BARS)
        ),
        chart=tuple(chart),
        left_out=labels["chart_left_out"].format(parts=left_out_text) if left_out else None,
        bands=tuple(
            BandView(
                band.name, words.number(band.minimum), svg.band_class(band_index(band.name, grades))
            )
            for band in scale(grades).ordered
        ),
        findings_summary=labels["findings_summary"].format(
            errors=errors, warnings=warnings, files=len({d.file for d in facts.findings})
        ),
        by_code=_by_code(facts.findings, options),
        by_file=_by_file(facts, fmt),
        approval=_signer("", head, labels),
        approval_place_date=_place_date(office, options),
        footer=_footer(options),
    )


def finding_label(code: str, language: Language) -> str:
    """What a finding's code means to a reader of the office report: Indonesian words, never a
    rule's internal name; in English the rule's own summary line."""
    if language is Language.EN:
        summaries = {rule.code: rule.summary for rule in all_rules()}
        if code in summaries:
            return summaries[code].rstrip(".")
    elif code in FINDINGS_ID or code[:1] in FINDINGS_ID:
        return FINDINGS_ID.get(code) or FINDINGS_ID[code[:1]]
    return LABELS[language]["finding_other"].format(code=code)


def _by_code(findings: Iterable[Diagnostic], options: Options) -> tuple[CodeCount, ...]:
    labels = _labels(options)
    counts = Counter((d.code, d.severity) for d in findings)
    return tuple(
        CodeCount(
            code=code,
            severity=labels["severity_error" if severity is Severity.ERROR else "severity_warning"],
            count=count,
            label=finding_label(code, options.language),
        )
        for (code, severity), count in sorted(counts.items())
    )


def _by_file(facts: Facts, fmt: ReportFormat) -> tuple[FileCount, ...]:
    errors: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    for d in facts.findings:
        (errors if d.severity is Severity.ERROR else warnings)[d.file] += 1
    out = []
    for file in sorted(set(errors) | set(warnings)):
        source = facts.workspace.source(file)
        stem = PurePosixPath(file).stem
        href = None
        if (
            source is not None
            and source.kind in (SchemaName.POSITION, SchemaName.REALISATION)
            and facts.office.position(stem) is not None
        ):
            href = page_name(stem, fmt, REVIEW_FOLDER)
        out.append(FileCount(file, href, errors[file], warnings[file]))
    return tuple(out)


# -- rendering -----------------------------------------------------------------------------------


def _refuse_none(value: Any) -> Any:
    """Every printed HTML value: None refused, control characters shown as escapes (a page
    saved from a report is still read in terminals and editors)."""
    if value is None:
        raise TypeError("None in a report: the context must name the missing value")
    if isinstance(value, str) and has_controls(value):
        return type(value)(printable(value))  # keeps Markup as Markup
    return value


_NUMBER = re.compile(r"(?<![\w.,])[-−]?\d(?:[\d.,]*\d)?(?:\s?%)?")
"""A number as the reports write it (172.750.000.000, 87,5 %, -3), with its percent sign."""


def unbroken_numbers(value: Any) -> Markup:
    """HTML text with every number in a `<span class="n">` (white-space: nowrap): a line may
    break around a number, never inside it. Markup passes unchanged."""
    if isinstance(value, Markup):
        return value
    text = str(_refuse_none(value))
    if not _NUMBER_OR_LONG_WORD.search(text):
        return escape(text)  # most values: nothing to wrap
    parts: list[str] = []
    last = 0
    for match in _NUMBER.finditer(text):  # on the raw text: an entity (&#39;) holds digits too
        parts.append(_breakable_long_words(text[last : match.start()]))
        kind = "n" if len(match.group()) <= LONGEST_NUMBER else "long"
        # Plain concatenation of escaped pieces: Markup.format goes through string.Formatter,
        # and a report --all formats a million values.
        parts.append(f'<span class="{kind}">{escape(match.group())}</span>')
        last = match.end()
    parts.append(_breakable_long_words(text[last:]))
    return Markup("".join(parts))


LONGEST_NUMBER = len("9.007.199.254.740.992")
"""The longest amount `iki` computes with, as printed; a longer run of digits (a 30-digit
reference number) is no amount, and breaking it beats running over the next column."""

LONGEST_WORD = 40
"""Characters beyond any real word (the longest Indonesian ones have about 30): a longer run
without a space (a pasted link, a mistyped row of characters) may break anywhere."""

_LONG_WORD = re.compile(rf"\S{{{LONGEST_WORD + 1},}}")
_NUMBER_OR_LONG_WORD = re.compile(rf"\d|\S{{{LONGEST_WORD + 1},}}")


def _breakable_long_words(text: str) -> str:
    """Escaped text whose runs longer than any word are in `<span class="long">` (breaks
    anywhere): otherwise a 200-character run leaves its column and is cut at the page's edge."""
    if len(text) <= LONGEST_WORD:
        return escape(text)
    parts: list[str] = []
    last = 0
    for match in _LONG_WORD.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(f'<span class="long">{escape(match.group())}</span>')
        last = match.end()
    parts.append(escape(text[last:]))
    return "".join(parts)


def _template_source(name: str) -> str:
    return (resources.files("iki.templates") / name).read_text(encoding="utf-8")


@cache
def environment(output_format: ReportFormat) -> Environment:
    """The Jinja environment of a format: HTML autoescaped, Markdown escaped by `markdown_text`
    at every `{{ … }}`; undefined names fail."""
    common: dict[str, Any] = {
        "loader": FunctionLoader(_template_source),
        "undefined": StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
        "auto_reload": False,
    }
    if output_format is ReportFormat.HTML:
        env = Environment(autoescape=True, finalize=_refuse_none, **common)
        env.filters["n"] = unbroken_numbers
    else:
        env = Environment(autoescape=False, finalize=markdown_text, **common)
        env.filters["md"] = markdown_text
        env.filters["code"] = markdown_code
        env.filters["link"] = markdown_link
        env.filters["mermaid"] = markdown_mermaid
    return env


def _render(template: str, report: object, options: Options) -> str:
    env = environment(options.output_format)
    name = f"{template}.{options.output_format.value}.j2"
    return env.get_template(name).render(r=report, L=_labels(options))


def render_position(facts: Facts, position_id: str, options: Options, linked: bool = False) -> str:
    return _render("position", position_report(facts, position_id, options, linked), options)


def render_review(facts: Facts, position_id: str, options: Options, linked: bool = False) -> str:
    return _render("review", review_report(facts, position_id, options, linked), options)


class Pages(Mapping[str, str]):
    """Pages by name, each rendered when it is asked for.

    `iki report --all` writes one page at a time and lets it go: at 10,000 positions the
    forms and review sheets held together took more than a gigabyte."""

    def __init__(self, makers: dict[str, Callable[[], str]]) -> None:
        self._makers = makers

    def __getitem__(self, name: str) -> str:
        return self._makers[name]()

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)


def office_pages(facts: Facts, options: Options) -> Pages:
    """Every page of `--all`: the office report, one form and one review sheet per position, by
    path inside the output folder (`index.html`, `jabatan/<id>.html`, `pemeriksaan/<id>.html`;
    the same with `.md`, the office report as `README.md`), each rendered when read."""
    makers: dict[str, Callable[[], str]] = {
        INDEX[options.output_format]: lambda: _render(
            "office", office_report(facts, options), options
        )
    }
    for result in facts.achieved.positions:
        pid = result.position.id
        # A position's form, then its review sheet: the two share their rows (`_rows`).
        makers[page_name(pid, options.output_format)] = partial(
            render_position, facts, pid, options, True
        )
        makers[page_name(pid, options.output_format, REVIEW_FOLDER)] = partial(
            render_review, facts, pid, options, True
        )
    return Pages(makers)


def render_office(facts: Facts, options: Options) -> dict[str, str]:
    """Every page of `--all` (see `office_pages`), rendered."""
    return dict(office_pages(facts, options))
