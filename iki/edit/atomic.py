"""Write a file so that a reader sees either the old content or the new, never half of either.

The data lives in git and is edited by people; a crash, a full disk, Ctrl-C or a `kill` in the
middle of a write must not leave a truncated position file behind, nor a stray temporary file
that `git add -A` would stage. Temporary files are named `.<name>.iki-XXXXXXXX.tmp` (the
project's .gitignore lists that pattern) and are removed on SIGTERM, SIGHUP and SIGINT as on any
error.

Edits of files people also edit (`iki record`) go through `locked_folder` and `writable_target`:
one writer at a time, and never a file the user may not write, a symlink replaced by a copy, or
a pipe opened for reading.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from iki.errors import IkiError
from iki.load import project

TEMP_MARK = ".iki-"
"""Temporary files are `.<name>.iki-XXXXXXXX.tmp`; .gitignore has `.*.iki-*.tmp`."""

LOCK_TIMEOUT = 30.0
"""Seconds to wait for another `iki record` on the same folder before giving up."""

_CLEANUP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class UnsafeTargetError(IkiError):
    """The file cannot be written safely (permissions, not a regular file, locked)."""


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
    with _signals_raise():
        temporary: Path | None = None
        try:
            fd, name = tempfile.mkstemp(
                prefix=f".{path.name[:200]}{TEMP_MARK}", suffix=".tmp", dir=path.parent
            )
            temporary = Path(name)
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
                if durable:
                    handle.flush()
                    os.fsync(handle.fileno())
            temporary.chmod(mode)
            temporary.replace(path)  # os.replace: atomic on POSIX and Windows
        except BaseException:
            if temporary is not None:
                with contextlib.suppress(FileNotFoundError):
                    temporary.unlink()
            raise
    if durable:
        _sync_folder(path.parent)


@contextlib.contextmanager
def _signals_raise() -> Iterator[None]:
    """While a temporary file exists, SIGTERM and SIGHUP end the process through an exception
    (exit 128 + signal, as a shell reports it), so the `except` above removes the file first.
    Ctrl-C already arrives as KeyboardInterrupt. Only the main thread may set handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    previous = {}
    for number in _CLEANUP_SIGNALS:
        with contextlib.suppress(ValueError, OSError):
            previous[number] = signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


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


def writable_target(path: Path, shown: str) -> Path:
    """The file a write to `path` really changes, after refusing what must not be written.

    A symlink is followed (the link stays, its target gets the new content); a target that is
    not a regular file (a folder, a pipe, a device), that has other names (a hard link, which
    the rename would cut) or that the user may not write is refused.
    The write bits count even for root: a file made read-only (0444) is read-only on purpose,
    as a shell's `>` with noclobber would treat it. A file that does not exist yet is fine when
    its folder can be written."""
    try:
        target = Path(os.path.realpath(path)) if path.is_symlink() else path
    except OSError as exc:  # a symlink loop
        raise UnsafeTargetError(f"{shown}: tautan simbolik tidak dapat diikuti ({exc})") from exc
    if path.is_symlink() and not target.exists():
        raise UnsafeTargetError(
            f"{shown} adalah tautan simbolik ke {target}, yang tidak ada; "
            "perbaiki atau hapus tautan itu"
        )
    try:
        info = target.stat()
    except FileNotFoundError:
        folder = _existing_folder(target.parent)
        if not os.access(folder, os.W_OK | os.X_OK):
            raise UnsafeTargetError(
                f"{shown}: folder {folder} tidak boleh ditulis oleh pengguna ini"
            ) from None
        return target
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeTargetError(
            f"{shown} bukan berkas biasa (folder, pipa atau perangkat); iki hanya menulis berkas"
        )
    if info.st_nlink > 1:
        # The new content is renamed into place: the other names would keep the old text,
        # and the value would seem recorded in one place and missing in the other.
        raise UnsafeTargetError(
            f"{shown} punya {info.st_nlink} nama (tautan keras, hard link); menulisnya akan "
            "memutus tautan itu dan nama lain tetap berisi isi lama. Jadikan berkas sendiri "
            "(cp berkas salinan && mv salinan berkas) atau ganti dengan tautan simbolik dulu"
        )
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise UnsafeTargetError(
            f"{shown} hanya-baca (izin {stat.filemode(info.st_mode)}); "
            "ubah izinnya dulu (chmod u+w) bila memang boleh diubah"
        )
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise UnsafeTargetError(
            f"{shown}: folder {target.parent} tidak boleh ditulis oleh pengguna ini"
        )
    return target


def _existing_folder(folder: Path) -> Path:
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def read_regular(path: Path, limit: int) -> bytes | None:
    """A regular file's first `limit` bytes; None when there is no file. Opened without
    blocking, so a pipe put in a file's place is refused instead of waiting forever."""
    try:
        raw, _ = project.read_regular(path, limit)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise UnsafeTargetError(
            f"{path.name} bukan berkas biasa; iki hanya menulis berkas"
        ) from None
    return raw


@contextlib.contextmanager
def locked_folder(folder: Path, shown: str, file: Path | None = None) -> Iterator[None]:
    """Hold an exclusive lock on `folder` (created if missing), and on `file` when it exists,
    while the block runs.

    Writers rename a new file over the old one, so a lock on the file alone would be held on
    an inode that is about to disappear; the folder stays. Every `iki record` locks the folder
    of the file it edits, reads the file under the lock and writes it before letting go, so no
    update is lost. The file's own lock is taken too, so that another program holding it (an
    editor, a script using flock) is waited for as well. Locks end with the process, however it
    ends."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks, one writer assumed
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + LOCK_TIMEOUT
    handles = [os.open(folder, os.O_RDONLY)]
    try:
        _lock(fcntl, handles[0], deadline, shown)
        if file is not None:
            try:
                handles.append(os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)))
            except FileNotFoundError:
                pass
            else:
                _lock(fcntl, handles[1], deadline, shown)
        yield
    finally:
        for handle in reversed(handles):
            os.close(handle)  # closing releases the lock


@contextlib.contextmanager
def locked_files(files: Iterable[Path], shown: str) -> Iterator[None]:
    """`locked_folder` for several files at once: each folder once, then each existing file,
    all in a fixed order (so that two runs never wait on each other in a circle). A folder is
    locked once only: two locks of one folder by one process would wait on each other."""
    targets = sorted(set(files), key=lambda p: (str(p.parent), str(p)))
    with contextlib.ExitStack() as stack:
        for folder in sorted({p.parent for p in targets}, key=str):
            stack.enter_context(locked_folder(folder, shown))
        for file in targets:
            stack.enter_context(_locked_file(file, shown))
        yield


@contextlib.contextmanager
def _locked_file(file: Path, shown: str) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        handle = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        yield
        return
    try:
        _lock(fcntl, handle, time.monotonic() + LOCK_TIMEOUT, shown)
        yield
    finally:
        os.close(handle)


def _lock(fcntl: Any, handle: int, deadline: float, shown: str) -> None:
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
            if time.monotonic() >= deadline:
                raise UnsafeTargetError(
                    f"{shown} sedang ditulis oleh proses lain (iki record lain?) dan "
                    f"tidak lepas dalam {LOCK_TIMEOUT:g} detik; tidak ada yang ditulis, "
                    "coba lagi sebentar lagi"
                ) from None
            time.sleep(0.02)
