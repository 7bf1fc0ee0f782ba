"""`iki diff`: what a change between two revisions does to the office's indicators."""

from __future__ import annotations

from typing import Annotated

import typer

from iki.cli.common import EXIT_USAGE, LangOption, ProjectOption, fail, language, project, write
from iki.errors import IkiError
from iki.render.choices import DiffFormat


def diff_command(
    base: Annotated[str, typer.Argument(help="Revisi pembanding: cabang, tag atau commit.")],
    head: Annotated[
        str | None,
        typer.Argument(help="Revisi yang memuat perubahan. Bawaan: salinan kerja."),
    ] = None,
    output_format: Annotated[
        DiffFormat,
        typer.Option(
            "--format", help="text, md (komentar pull request) atau json.", case_sensitive=False
        ),
    ] = DiffFormat.TEXT,
    project_dir: ProjectOption = None,
    lang: LangOption = None,
) -> None:
    """Akibat sebuah perubahan pada jabatan, indikator, target, tautan dan temuan (keluar 0)."""
    language(lang)
    from iki.compute.diff import compare
    from iki.load.gitio import repository_of, revision_snapshot
    from iki.load.snapshot import worktree_snapshot
    from iki.render.diff_formats import DIFF_FORMATTERS

    found = project(project_dir)
    try:
        old = revision_snapshot(found, base)
        if head is None:
            new = worktree_snapshot(found, within=repository_of(found)[0])
        else:
            new = revision_snapshot(found, head)
    except IkiError as exc:
        fail(str(exc), EXIT_USAGE)
    write(DIFF_FORMATTERS[output_format](compare(found, old, new)))
