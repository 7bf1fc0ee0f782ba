"""Write a file so that a reader sees either the old content or the new, never half of either.

The data lives in git and is edited by people; a crash, a full disk or Ctrl-C in the middle of a
write must not leave a truncated position file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_text(path: Path, text: str, *, durable: bool = True) -> None:
    """Write `text` (UTF-8, `\\n` line ends) to a temporary file beside `path`, then rename."""
    write_bytes(path, text.encode("utf-8"), durable=durable)


def write_bytes(path: Path, content: bytes, *, durable: bool = True) -> None:
    """Replace `path` with `content` all at once: a temporary file in the same folder (so the
    rename stays within one file system), flushed and synced, then renamed over the old file.
    The file keeps its permissions; a new one gets what the umask gives any new file (mkstemp
    alone would make it readable by its owner only).

    `durable=False` skips the syncs, for output that can be made again (the reports): still
    never half a file, but ten thousand pages do not wait for the disk twice each."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        temporary.chmod(mode)
        temporary.replace(path)  # os.replace: atomic on POSIX and Windows
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    if durable:
        _sync_folder(path.parent)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder, which is fine."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
