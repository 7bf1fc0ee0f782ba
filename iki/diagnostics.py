"""Diagnostics: what every check reports, and the result that collects them.

A diagnostic names a place (file, 1-based line and column, JSON path) so that a reviewer can
jump to it from a pull request, a stable code so that it can be documented and suppressed, and a
hint that says how to fix it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from iki.messages import Args, Said


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


JsonPath = tuple[str | int, ...]


def format_path(path: JsonPath) -> str:
    """`("kinerja", 0, "target", "2025")` → `$.kinerja[0].target.2025`."""
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


@dataclass(frozen=True)
class Diagnostic:
    """One finding. `sort_key` orders by file, then position, then code: output is deterministic."""

    file: str
    """Path of the file as given to or found by `iki`, with forward slashes."""
    line: int
    """1-based line of the offending key or value; 0 when the finding concerns the whole file."""
    column: int
    """1-based column; 0 when `line` is 0."""
    code: str
    """Stable code such as `S003`; the letter groups the check (Y yaml, S schema, R reference,
    F formula, A achievement data, C cascade, Q quality)."""
    severity: Severity
    message: str
    hint: str = ""
    path: JsonPath = ()
    """Where in the document: keys and list indexes from the top."""
    args: Args = ()
    """The values the message was made from (ids, numbers), for scripts: see `iki.messages`."""
    place: str = ""
    """Where, in the form's own terms ("baris 1 tabel kinerja (indikator 'x'), target 2025");
    filled in with the line and column by `iki.load.workspace.locate`."""

    @classmethod
    def of(
        cls,
        file: str,
        severity: Severity,
        said: Said,
        path: JsonPath = (),
        line: int = 0,
        column: int = 0,
    ) -> Diagnostic:
        """A finding from a catalogue message; its code is the key's first part."""
        code = said.key.partition(".")[0]
        return cls(file, line, column, code, severity, said.message, said.hint, path, said.args)

    @property
    def json_path(self) -> str:
        return format_path(self.path)

    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        return (self.file, self.line, self.column, self.code, self.json_path, self.message)


@dataclass
class Result:
    """Every diagnostic of one run, whatever check produced it."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    files_checked: int = 0

    def add(self, diagnostic: Diagnostic) -> None:
        self.diagnostics.append(diagnostic)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics.extend(diagnostics)

    def sorted(self) -> list[Diagnostic]:
        # Identical findings from two routes to the same defect are shown once.
        return sorted(set(self.diagnostics), key=Diagnostic.sort_key)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.sorted())

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.sorted() if d.severity is severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    def exit_code(self, *, strict: bool = False) -> int:
        """0 clean (warnings allowed unless strict), 1 findings."""
        if self.errors or (strict and self.warnings):
            return 1
        return 0

    def only(self, files: Iterable[str]) -> Result:
        """The diagnostics that fall in `files` (files or folders, as posix paths)."""
        wanted = [Path(f) for f in files]

        def inside(name: str) -> bool:
            p = Path(name)
            return any(p == w or w in p.parents for w in wanted)

        return Result([d for d in self.diagnostics if inside(d.file)], self.files_checked)
