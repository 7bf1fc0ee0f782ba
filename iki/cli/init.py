"""`iki init`: a new office's project folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from iki.cli.common import EXIT_FINDINGS, EXIT_USAGE, LangOption, fail, language, write
from iki.errors import UsageError


def init_command(
    folder: Annotated[
        Path, typer.Argument(help="Folder proyek baru (dibuat bila belum ada). Bawaan: di sini.")
    ] = Path(),
    organisasi: Annotated[
        str, typer.Option("--organisasi", help="Nama kantor, seperti pada kop suratnya.")
    ] = ...,  # type: ignore[assignment]
    tahun: Annotated[
        int, typer.Option("--tahun", help="Tahun bawaan untuk target dan laporan.")
    ] = (
        ...  # type: ignore[assignment]
    ),
    pemerintah: Annotated[
        str | None,
        typer.Option("--pemerintah", help="Pemerintah daerahnya, misalnya Pemerintah Kota X."),
    ] = None,
    iki_source: Annotated[
        str | None,
        typer.Option(
            "--sumber-iki",
            help=(
                "Sumber pip tempat CI memasang iki (IKI_SOURCE), misalnya git+https://…/iki@v0.1.0."
            ),
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Mulai kantor baru: iki.yaml, folder data, skema, CI, pre-commit; tidak menimpa apa pun."""
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
