"""`iki schema`: the JSON Schemas, printed or written where an office's modelines find them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from iki.cli.common import EXIT_FINDINGS, EXIT_USAGE, LangOption, fail, language, write
from iki.errors import IkiError
from iki.messages import os_reason, text


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
            fail(text("cli.schema_which", names=tuple(names)), EXIT_USAGE)
        write(schema_text(SchemaName(name)))
        return
    if name is not None:
        fail(text("cli.schema_write_all"), EXIT_USAGE)
    if folder.exists() and not folder.is_dir():
        fail(
            text("cli.schema_write_file", folder=folder.as_posix()),
            EXIT_USAGE,
        )
    try:
        written = scaffold.write_schemas(folder, force=force)
    except scaffold.ExistingPathsError as exc:
        for path in exc.paths:
            typer.echo(text("cli.exists", path=path.as_posix()), err=True)
        fail(str(exc), EXIT_FINDINGS)
    except OSError as exc:
        where = f"{Path(exc.filename).as_posix()}: " if exc.filename else ""
        fail(text("cli.schema_unwritable", where=where, reason=os_reason(exc)), EXIT_FINDINGS)
    except IkiError as exc:  # a folder where a schema file must go
        fail(str(exc), EXIT_FINDINGS)
    write("".join(f"ditulis: {path.as_posix()}\n" for path in written))
