"""The output formats a user can choose, by name.

Kept apart from the formatters so that the command line can offer the choices (typer reads them
when the program starts) without loading any formatter, template engine or report module.
"""

from __future__ import annotations

from enum import StrEnum


class ValidateFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


class TreeFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MERMAID = "mermaid"


class DiffFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "md"
    JSON = "json"


class AchievementFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    XLSX = "xlsx"


class ExportFormat(StrEnum):
    JSON = "json"


class ReportFormat(StrEnum):
    MD = "md"
    HTML = "html"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


class ReportOutput(StrEnum):
    """What `iki report --format` writes: a text format of the templates, or PDF, which is the
    HTML printed by headless Chromium."""

    MD = "md"
    HTML = "html"
    PDF = "pdf"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


class ReportKind(StrEnum):
    IKI = "iki"
    """the IKI form of a position, and the office report"""
    PK = "pk"
    """the Perjanjian Kinerja with its rencana aksi"""
    QUARTERLY = "triwulan"
    """the quarterly report of capaian, kendala and upaya"""
