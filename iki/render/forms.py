"""The Perjanjian Kinerja (with its rencana aksi) and the quarterly report, as HTML or Markdown.

`iki.compute.forms` decides what each document holds; this module writes every cell as text in
the report's language and hands it to the templates `pk.*.j2` and `triwulan.*.j2`, which share
the frame, the escaping and the number format of the other reports (`iki.render.reports`). As
there, a missing value is a named state, never an empty cell, and nothing depends on the clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from markupsafe import Markup

from iki.compute import forms
from iki.compute.achievement import State
from iki.compute.forms import Agreement, QuarterReport
from iki.model import KeyIndicator, Office, Position, Range, Target
from iki.render import svg
from iki.render.reports import (
    INDEX,
    Banner,
    Facts,
    Options,
    Words,
    _achievement,
    _banner,
    _footer,
    _labels,
    _realisation,
    _render,
    band_index,
    page_css,
    page_name,
)

ROMAN = ("I", "II", "III", "IV")
"""Quarters as the forms number them: Triwulan I … IV."""

# -- the Perjanjian Kinerja ------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    role: str
    """pihak pertama / pihak kedua"""
    title: str
    name: str | None


@dataclass(frozen=True)
class AgreementLine:
    number: int
    id: str
    objective: str
    indicator: str
    target: str
    has_target: bool
    iku: tuple[str, ...]


@dataclass(frozen=True)
class PlanLine:
    number: int
    indicator: str
    year_target: str
    has_target: bool
    quarters: tuple[str, str, str, str]
    broken_down: bool


@dataclass(frozen=True)
class AgreementReport:
    language: str
    banner: Banner | None
    page_css: Markup
    """the page margins' text: the warning, the print date, Halaman x dari y"""
    organisation: str
    government: str | None
    year: int
    title: str
    first: Party
    second: Party
    rows: tuple[AgreementLine, ...]
    plan: tuple[PlanLine, ...]
    shows_iku: bool
    index_href: str | None
    footer: str


def _year_target(target: Target, unit: str | None, words: Words) -> str:
    if target is None:
        return words.state(State.NO_TARGET)
    if isinstance(target, Range):
        low, high = words.number(target.minimum), words.number(target.maximum)
        return f"{low}–{high}{words.unit_suffix(unit)}"
    if isinstance(target, float | int):
        return words.quantity(target, unit)
    last = target.to(4)
    return words.quantity(last, unit) if last is not None else words.state(State.NO_TARGET)


def _to_date_target(target: float | Range | None, unit: str | None, words: Words) -> str:
    """The target that applies at the report's quarter (the column heading names it)."""
    if target is None:
        return words.state(State.NO_TARGET)
    if isinstance(target, Range):
        low, high = words.number(target.minimum), words.number(target.maximum)
        return f"{low}–{high}{words.unit_suffix(unit)}"
    return words.quantity(target, unit)


def _iku_text(iku: KeyIndicator) -> str:
    return f"{iku.name} ({iku.ref})"


def agreement_report(
    office: Office, agreement: Agreement, options: Options, linked: bool = False
) -> AgreementReport:
    labels = _labels(options)
    words = Words(labels)
    position = agreement.position
    superior = agreement.superior
    rows = []
    plan = []
    for number, row in enumerate(agreement.rows, 1):
        indicator = row.indicator
        year_target = _year_target(row.target, indicator.unit, words)
        rows.append(
            AgreementLine(
                number=number,
                id=indicator.id,
                objective=indicator.objective,
                indicator=indicator.name,
                target=year_target,
                has_target=row.target is not None,
                iku=tuple(_iku_text(i) for i in row.iku),
            )
        )
        if row.quarters is None:
            state = (
                labels["pk_not_broken_down"]
                if row.target is not None
                else words.state(State.NO_TARGET)
            )
            quarters = (state, state, state, state)
        else:
            quarters = tuple(  # type: ignore[assignment]
                words.quantity(q, indicator.unit) if q is not None else labels["none"]
                for q in row.quarters
            )
        plan.append(
            PlanLine(
                number=number,
                indicator=indicator.name,
                year_target=year_target,
                has_target=row.target is not None,
                quarters=quarters,
                broken_down=row.quarters is not None,
            )
        )
    return AgreementReport(
        language=options.language.value,
        banner=_banner(options),
        page_css=page_css(options, _banner(options)),
        organisation=office.config.organisation,
        government=office.config.government,
        year=agreement.year,
        title=labels["pk_title"].format(year=agreement.year),
        first=Party(labels["pk_party_first"], position.title, position.holder),
        second=Party(
            labels["pk_party_second"],
            _second_party_title(position, superior, labels),
            superior.holder if superior else None,
        ),
        rows=tuple(rows),
        plan=tuple(plan),
        shows_iku=office.renstra is not None and any(r.iku for r in agreement.rows),
        index_href=f"../{INDEX[options.output_format]}" if linked else None,
        footer=_footer(options),
    )


# -- the quarterly report --------------------------------------------------------------------


@dataclass(frozen=True)
class QuarterLine:
    number: int
    id: str
    objective: str
    indicator: str
    year_target: str
    has_year_target: bool
    target: str
    has_target: bool
    realisation: str
    has_realisation: bool
    achievement: str
    achievement_note: str | None
    computed: bool
    grade: str
    band: str
    previous: str
    has_previous: bool
    trend: str
    renstra: str
    obstacles: str | None
    actions: str | None


@dataclass(frozen=True)
class QuarterSection:
    id: str
    title: str
    holder: str | None
    rows: tuple[QuarterLine, ...]
    previous_note: str
    href: str | None


@dataclass(frozen=True)
class QuarterlyReport:
    language: str
    banner: Banner | None
    page_css: Markup
    """the page margins' text: the warning, the print date, Halaman x dari y"""
    organisation: str
    government: str | None
    year: int
    title: str
    quarter: str
    previous_year: int
    intro: str | None
    sections: tuple[QuarterSection, ...]
    index_href: str | None
    footer: str


def _second_party_title(
    position: Position, superior: Position | None, labels: Mapping[str, str]
) -> str:
    """The superior's title; the Kepala Daerah for the head of the office. An `atasan` that
    names no position (R003) leaves the line blank, to be filled in by hand, rather than
    printing a Kepala Daerah who is not the other party."""
    if superior is not None:
        return superior.title
    if position.superior is None:
        return labels["pk_head_of_government"]
    return labels["signature_blank"]


def _renstra_text(ikus: tuple[KeyIndicator, ...], year: int, end: int, words: Words) -> str:
    """Each carried IKU's target for the year and its target at the end of the Renstra."""
    labels = words.labels
    if not ikus:
        return labels["tw_not_in_renstra"]
    texts = []
    for iku in ikus:
        target = iku.targets.get(year)
        texts.append(
            labels["tw_renstra_target"].format(
                year=year,
                target=(
                    words.quantity(target, iku.unit)
                    if target is not None
                    else words.state(State.NO_TARGET)
                ),
                end=end,
                end_target=(
                    words.quantity(iku.end_target, iku.unit)
                    if iku.end_target is not None
                    else words.state(State.NO_TARGET)
                ),
            )
        )
    return "; ".join(texts)


def _quarter_section(
    facts: Facts, report: QuarterReport, options: Options, href: str | None
) -> QuarterSection:
    labels = _labels(options)
    words = Words(labels)
    office = facts.office
    plan_end = office.renstra.end if office.renstra else report.period.year
    lines = []
    previous_year = report.period.year - 1
    for number, row in enumerate(report.rows, 1):
        result = row.achievement
        indicator = result.indicator
        realisation, _ = _realisation(result, words)
        achievement, note = _achievement(result, words)
        if row.previous is None:
            previous = labels["tw_no_previous_file"].format(year=previous_year)
        elif row.previous.value is None:
            previous = words.state(State.UNDEFINED if row.previous.reason else State.NO_REALISATION)
        else:
            previous = words.quantity(row.previous.value, indicator.unit)
        renstra = (
            _renstra_text(row.iku, report.period.year, plan_end, words)
            if office.renstra is not None
            else labels["tw_no_renstra"]
        )
        entry = row.entry
        lines.append(
            QuarterLine(
                number=number,
                id=indicator.id,
                objective=indicator.objective,
                indicator=indicator.name,
                year_target=_year_target(
                    indicator.target(report.period.year), indicator.unit, words
                ),
                has_year_target=indicator.target(report.period.year) is not None,
                target=_to_date_target(result.target, indicator.unit, words),
                has_target=result.target is not None,
                realisation=realisation,
                has_realisation=result.realisation is not None,
                achievement=achievement,
                achievement_note=note,
                computed=result.achievement is not None,
                grade=result.grade or labels["none"],
                band=svg.band_class(band_index(result.grade, office.config.grades)),
                previous=previous,
                has_previous=row.previous is not None and row.previous.value is not None,
                trend=labels[f"trend_{row.trend.value}"],
                renstra=renstra,
                obstacles=_written(entry.obstacles) if entry else None,
                actions=_written(entry.actions) if entry else None,
            )
        )
    previous_note = (
        labels["tw_previous_file"].format(year=previous_year, file=report.previous_file)
        if report.previous_file
        else labels["tw_no_previous"].format(year=previous_year)
    )
    return QuarterSection(
        id=report.position.id,
        title=report.position.title,
        holder=report.position.holder,
        rows=tuple(lines),
        previous_note=previous_note,
        href=href,
    )


def _written(text: str | None) -> str | None:
    """A kendala or upaya as written; blank (`kendala: ''`) is not written, and the cell says
    so rather than staying empty on paper."""
    return text if text is not None and text.strip() else None


def quarterly_report(
    facts: Facts, reports: tuple[QuarterReport, ...], options: Options, index: bool
) -> QuarterlyReport:
    labels = _labels(options)
    period = options.period
    quarter = labels[f"quarter_{period.quarter}"]
    fmt = options.output_format
    sections = tuple(
        _quarter_section(facts, r, options, page_name(r.position.id, fmt) if index else None)
        for r in reports
    )
    return QuarterlyReport(
        language=options.language.value,
        banner=_banner(options),
        page_css=page_css(options, _banner(options)),
        organisation=facts.office.config.organisation,
        government=facts.office.config.government,
        year=period.year,
        title=labels["tw_title"].format(
            roman=ROMAN[period.quarter - 1], number=period.quarter, year=period.year
        ),
        quarter=quarter,
        previous_year=period.year - 1,
        intro=labels["tw_index_intro"].format(period=period.label) if index else None,
        sections=sections,
        index_href=None if index else (f"../{INDEX[fmt]}" if len(reports) == 1 else None),
        footer=_footer(options),
    )


# -- rendering -------------------------------------------------------------------------------


class NotStructuralError(ValueError):
    """The position signs no Perjanjian Kinerja."""


def render_agreement(facts: Facts, position_id: str, options: Options, linked: bool = False) -> str:
    office = facts.office
    position = office.position(position_id)
    if position is None:
        raise KeyError(position_id)
    if not forms.is_structural(position, facts.tree):
        raise NotStructuralError(position_id)
    report = agreement_report(
        office, forms.agreement(office, position, options.period.year), options, linked
    )
    return _render("pk", report, options)


def render_quarterly(facts: Facts, position_id: str, options: Options, linked: bool = False) -> str:
    office = facts.office
    position = office.position(position_id)
    if position is None:
        raise KeyError(position_id)
    report = forms.quarter_report(office, position, options.period)
    view = quarterly_report(facts, (report,), options, index=False)
    if not linked:
        view = _unlinked(view)
    return _render("triwulan", view, options)


def _unlinked(view: QuarterlyReport) -> QuarterlyReport:
    return replace(view, index_href=None)


def render_agreements(facts: Facts, options: Options) -> dict[str, str]:
    """`--all --kind pk`: the PK of every structural position, and an index page listing them."""
    office = facts.office
    positions = forms.structural_positions(office, facts.tree)
    pages: dict[str, str] = {}
    for position in positions:
        pages[page_name(position.id, options.output_format)] = render_agreement(
            facts, position.id, options, linked=True
        )
    labels = _labels(options)
    index = FormIndex(
        language=options.language.value,
        banner=_banner(options),
        page_css=page_css(options, _banner(options)),
        organisation=office.config.organisation,
        government=office.config.government,
        title=labels["pk_index_title"].format(year=options.period.year),
        intro=labels["pk_index_intro"],
        entries=tuple(
            IndexEntry(p.title, p.id, page_name(p.id, options.output_format)) for p in positions
        ),
        footer=_footer(options),
    )
    pages[INDEX[options.output_format]] = _render("forms-index", index, options)
    return pages


def render_quarterlies(facts: Facts, options: Options) -> dict[str, str]:
    """`--all --kind triwulan`: one report of every position (the index page), and a page per
    position."""
    office = facts.office
    tree = facts.tree
    order = [*tree.preorder(), *tree.unplaced]
    positions = [p for pid in order if (p := office.position(pid)) is not None]
    reports = forms.quarter_reports(office, positions, options.period)
    pages = {
        INDEX[options.output_format]: _render(
            "triwulan", quarterly_report(facts, reports, options, index=True), options
        )
    }
    for report in reports:
        pid = report.position.id
        pages[page_name(pid, options.output_format)] = render_quarterly(
            facts, pid, options, linked=True
        )
    return pages


@dataclass(frozen=True)
class IndexEntry:
    title: str
    id: str
    href: str


@dataclass(frozen=True)
class FormIndex:
    language: str
    banner: Banner | None
    page_css: Markup
    """the page margins' text: the warning, the print date, Halaman x dari y"""
    organisation: str
    government: str | None
    title: str
    intro: str
    entries: tuple[IndexEntry, ...]
    footer: str
