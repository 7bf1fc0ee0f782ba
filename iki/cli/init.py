"""`iki init`: a new office's project folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from iki.cli.common import EXIT_FINDINGS, EXIT_USAGE, LangOption, fail, language, write
from iki.errors import UsageError


def init_command(
    folder: Annotated[
        Path, typer.Argument(help="Folder of the new project (made when missing). Default: here.")
    ] = Path(),
    organisasi: Annotated[
        str, typer.Option("--organisasi", help="The office's name, as on its letterhead.")
    ] = ...,  # type: ignore[assignment]
    tahun: Annotated[int, typer.Option("--tahun", help="Default year of targets and reports.")] = (
        ...  # type: ignore[assignment]
    ),
    pemerintah: Annotated[
        str | None,
        typer.Option("--pemerintah", help="The regional government, e.g. Pemerintah Kota X."),
    ] = None,
    iki_source: Annotated[
        str | None,
        typer.Option(
            "--sumber-iki",
            help="pip requirement CI installs iki from (IKI_SOURCE), e.g. git+https://…/iki@v0.1.0.",
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Start a new office: iki.yaml, data folders, schemas, CI, pre-commit; overwrites nothing."""
    language(lang)
    from iki.edit import scaffold

    office = scaffold.Office(
        organisasi, pemerintah, tahun, iki_source or scaffold.DEFAULT_IKI_SOURCE
    )
    if folder.exists() and not folder.is_dir():
        fail(f"{folder} bukan folder", EXIT_USAGE)
    try:
        written = scaffold.create(folder, office)
    except scaffold.ExistingPathsError as exc:
        for path in exc.paths:
            typer.echo(f"sudah ada: {path.as_posix()}", err=True)
        fail(str(exc), EXIT_FINDINGS)
    except UsageError as exc:
        fail(str(exc), EXIT_USAGE)
    except OSError as exc:
        fail(f"proyek tidak dapat dibuat: {exc.strerror or exc}", EXIT_FINDINGS)
    lines = [f"dibuat: {path.as_posix()}" for path in written]
    lines += [
        "",
        f"Proyek IKI {organisasi} siap di {folder.as_posix()}. Langkah berikutnya:",
        "  iki import dokumen-iki.docx     (atau salinan teks dari Word/PDF)",
        "  iki validate",
    ]
    if iki_source is None:
        lines.append(
            "  isi IKI_SOURCE di .github/workflows/iki.yml dengan sumber iki (git+https://…@tag)"
        )
    write("\n".join(lines) + "\n")
