"""`iki schema`: the JSON Schemas, printed or written where an office's modelines find them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from iki.cli.common import EXIT_FINDINGS, EXIT_USAGE, LangOption, fail, language, write
from iki.errors import IkiError


def schema_command(
    name: Annotated[
        str | None, typer.Argument(help="iki, position, realisasi atau renstra: cetak skema itu.")
    ] = None,
    folder: Annotated[
        Path | None,
        typer.Option("--write", help="Tulis setiap skema ke folder ini, misalnya schemas/."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Ganti berkas skema yang sudah ada di folder itu.")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Cetak sebuah JSON Schema, atau tulis semuanya (setelah iki diperbarui, dengan --force)."""
    language(lang)
    from iki.edit import scaffold
    from iki.load.schema import SchemaName, schema_text

    names = [str(n) for n in SchemaName]
    if folder is None:
        if name not in names:
            fail(f"tulis salah satu: {', '.join(names)}; atau --write FOLDER", EXIT_USAGE)
        write(schema_text(SchemaName(name)))
        return
    if name is not None:
        fail("--write menulis semua skema: jangan sebut nama skema", EXIT_USAGE)
    if folder.exists() and not folder.is_dir():
        fail(
            f"--write {folder.as_posix()}: itu berkas, bukan folder; sebut sebuah folder",
            EXIT_USAGE,
        )
    try:
        written = scaffold.write_schemas(folder, force=force)
    except scaffold.ExistingPathsError as exc:
        for path in exc.paths:
            typer.echo(f"sudah ada: {path.as_posix()}", err=True)
        fail(str(exc), EXIT_FINDINGS)
    except OSError as exc:
        where = f"{Path(exc.filename).as_posix()}: " if exc.filename else ""
        fail(f"skema tidak dapat ditulis: {where}{exc.strerror or exc}", EXIT_FINDINGS)
    except IkiError as exc:  # a folder where a schema file must go
        fail(str(exc), EXIT_FINDINGS)
    write("".join(f"ditulis: {path.as_posix()}\n" for path in written))
