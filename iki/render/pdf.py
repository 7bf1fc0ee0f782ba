"""HTML pages to PDF through headless Chromium, one browser for a whole run.

Why Chromium and not WeasyPrint: the reports are already checked in Chromium (the browser tests),
Chromium implements the CSS the forms rely on — `@page` margin boxes with `counter(pages)`,
named pages for landscape forms, `break-before: avoid` that moves the last table rows to the
signature's page — and it needs no Python dependency with native libraries (WeasyPrint needs
Pango). Debian packages it (`apt-get install chromium`); `make test` installs it.

The browser is driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: commands
on its file descriptor 3, replies on 4, each a JSON object ended by a NUL byte), so that a run
of twenty pages starts one browser, not twenty, and no port is opened. Chromium runs with no
network and a throw-away profile; the pages carry their stylesheet and pictures inline.

Any HTML page can be printed: `Printer.pdf(html)` knows nothing of IKI forms.

Determinism. Chromium stamps the PDF with the moment of printing (`/CreationDate`, `/ModDate`);
`fixed_dates` replaces both with a given date, keeping every byte offset, and
`stable_node_ids` renumbers the structure tags' ids, which follow the browser's own node
numbers, so that the same pages printed on the same date give the same bytes.
"""

from __future__ import annotations

import base64
import datetime as dt
import fcntl
import json
import os
import re
import select
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from iki.errors import IkiError

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
"""Names a Chromium is installed under, in the order looked for; IKI_CHROMIUM overrides."""

INSTALL_HINT = (
    "PDF dibuat dengan Chromium tanpa layar (headless), yang belum terpasang. Pasang dengan "
    "'sudo apt-get install chromium' (Debian/Ubuntu) atau pasang Google Chrome, lalu ulangi; "
    "atau tunjuk programnya dengan variabel lingkungan IKI_CHROMIUM=/jalur/ke/chromium. "
    "Tanpa Chromium, buat HTML (--format html) dan cetak dari peramban ke PDF."
)

TIMEOUT = 120.0
"""Seconds one page may take to load and print before the run is given up."""

CLOSE_WAIT = 15.0
"""Seconds the browser has to quit when asked, before it and its helpers are killed."""


class PdfError(IkiError):
    """No browser to print with, or the browser failed."""


def find_browser() -> str | None:
    chosen = os.environ.get("IKI_CHROMIUM")
    if chosen:
        return shutil.which(chosen) or (chosen if Path(chosen).is_file() else None)
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


class Printer:
    """A running headless Chromium that prints HTML text to PDF bytes. Use `printer()`."""

    def __init__(self, process: subprocess.Popen[bytes], commands: IO[bytes], replies: IO[bytes]):
        self._process = process
        self._commands = commands
        self._replies = replies
        self._buffer = b""
        self._next_id = 0
        self._folder = Path(tempfile.mkdtemp(prefix="iki-pdf-"))
        self._count = 0

    # -- the protocol ----------------------------------------------------------------------------

    def _send(self, method: str, params: dict[str, Any], session: str | None = None) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session
        try:
            self._commands.write(json.dumps(message).encode() + b"\0")
            self._commands.flush()
        except (BrokenPipeError, OSError) as exc:
            raise PdfError(f"Chromium berhenti tiba-tiba: {self._stderr()}") from exc
        return self._next_id

    def _receive(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._replies], [], [], TIMEOUT)
            if not ready:
                raise PdfError(f"Chromium tidak menjawab dalam {TIMEOUT:.0f} detik")
            chunk = os.read(self._replies.fileno(), 1 << 20)
            if not chunk:
                raise PdfError(f"Chromium berhenti tiba-tiba: {self._stderr()}")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        return message

    def _call(self, method: str, params: dict[str, Any], session: str | None = None) -> Any:
        wanted = self._send(method, params, session)
        while True:
            message = self._receive()
            if message.get("id") == wanted:
                if "error" in message:
                    raise PdfError(f"Chromium menolak {method}: {message['error'].get('message')}")
                return message.get("result", {})

    def _wait_for(self, event: str, session: str) -> None:
        while True:
            message = self._receive()
            if message.get("method") == event and message.get("sessionId") == session:
                return

    def _stderr(self) -> str:
        # Its stderr goes to /dev/null (it chatters even when all is well): no message to show.
        return (
            "salurannya ke iki tertutup"
            if self._process.poll() is None
            else (f"kode keluar {self._process.returncode}")
        )

    # -- pages -----------------------------------------------------------------------------------

    @contextmanager
    def page(self, html: str) -> Iterator[str]:
        """A tab showing `html`, loaded; yields its session for `pdf_of` and `evaluate`."""
        self._count += 1
        path = self._folder / f"page-{self._count}.html"
        path.write_text(html, encoding="utf-8")
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        try:
            session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})[
                "sessionId"
            ]
            self._call("Page.enable", {}, session)
            self._call("Page.navigate", {"url": path.as_uri()}, session)
            self._wait_for("Page.loadEventFired", session)
            yield session
        finally:
            self._call("Target.closeTarget", {"targetId": target})
            path.unlink(missing_ok=True)

    def pdf_of(self, session: str) -> bytes:
        """The page as PDF, its size and margins from the page's own `@page` rules."""
        result = self._call(
            "Page.printToPDF",
            {
                "printBackground": True,
                "preferCSSPageSize": True,
                "displayHeaderFooter": False,
                "generateDocumentOutline": False,
            },
            session,
        )
        return base64.b64decode(result["data"])

    def command(self, session: str, method: str, params: dict[str, Any]) -> Any:
        """Any DevTools command on the page (`Emulation.setEmulatedMedia`, …)."""
        return self._call(method, params, session)

    def evaluate(self, session: str, expression: str) -> Any:
        """The JSON value of a JavaScript expression in the page (for tests that measure)."""
        result = self._call(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True}, session
        )
        if "exceptionDetails" in result:
            raise PdfError(f"the page's script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def pdf(self, html: str, date: dt.date | None = None) -> bytes:
        """`html` printed to PDF; with `date`, the PDF's dates fixed to it."""
        with self.page(html) as session:
            printed = self.pdf_of(session)
        printed = stable_node_ids(printed)
        return fixed_dates(printed, date) if date is not None else printed

    def close(self) -> None:
        with suppress(PdfError):
            self._send("Browser.close", {})
        try:
            self._process.wait(timeout=CLOSE_WAIT)
        except subprocess.TimeoutExpired:
            # the whole group: a hung browser's renderer and GPU helpers would outlive it
            with suppress(OSError):
                os.killpg(self._process.pid, signal.SIGKILL)
            self._process.kill()
            self._process.wait()
        for stream in (self._commands, self._replies):
            with suppress(OSError):
                stream.close()
        shutil.rmtree(self._folder, ignore_errors=True)


def _above_standard(fd: int) -> int:
    """`fd` moved above 0–2 if it is one of them, still close-on-exec.

    With stdout (or stdin, stderr) closed, a pipe gets that number; in the child, stdout=DEVNULL
    replaces it before `descriptors` moves it to 3 or 4, and Chromium reads /dev/null."""
    if fd > 2:
        return fd
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


@contextmanager
def printer() -> Iterator[Printer]:
    """A headless Chromium for the duration of the block; PdfError, saying what to install, when
    there is none."""
    browser = find_browser()
    if browser is None:
        raise PdfError(INSTALL_HINT)
    profile = tempfile.mkdtemp(prefix="iki-chromium-")
    # our ends of two pipes; the browser's ends become its descriptors 3 (commands) and 4
    to_browser_read, to_browser_write = map(_above_standard, os.pipe())
    from_browser_read, from_browser_write = map(_above_standard, os.pipe())

    def descriptors() -> None:  # pragma: no cover - runs in the child between fork and exec
        # via copies above 10: dup2 onto the descriptor itself would keep it close-on-exec
        commands = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD_CLOEXEC, 10)
        replies = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD_CLOEXEC, 10)
        os.dup2(commands, 3)
        os.dup2(replies, 4)

    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--hide-scrollbars",
        "--remote-debugging-pipe",
        f"--user-data-dir={profile}",
        "about:blank",
    ]
    try:
        # close_fds=False keeps 3 and 4; every other descriptor Python opens is non-inheritable
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=False,
            start_new_session=True,  # its own process group, so that close() can end it whole
            preexec_fn=descriptors,  # not thread-safe; iki starts no threads
        )
    except OSError as exc:
        shutil.rmtree(profile, ignore_errors=True)
        for fd in (to_browser_read, to_browser_write, from_browser_read, from_browser_write):
            os.close(fd)
        raise PdfError(
            f"Chromium ({browser}) tidak dapat dijalankan: {exc}. {INSTALL_HINT}"
        ) from exc
    os.close(to_browser_read)
    os.close(from_browser_write)
    commands, replies = os.fdopen(to_browser_write, "wb"), os.fdopen(from_browser_read, "rb")
    running = Printer(process, commands, replies)
    try:
        yield running
    finally:
        running.close()
        shutil.rmtree(profile, ignore_errors=True)


_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)")
_NODE_ID = re.compile(rb"\(node(\d{8})\)")


def stable_node_ids(pdf: bytes) -> bytes:
    """The PDF with its structure elements' ids numbered in order of appearance.

    The tags that make the PDF readable by screen readers name each element by the browser's
    own node number (`/ID (node00000022)`, referred to again by `/Headers`), and that number
    can differ from one print of the same page to the next. Renumbering by first appearance
    gives every print the same ids; each id keeps its eight digits, so no byte offset moves."""
    numbers: dict[bytes, bytes] = {}

    def renumber(match: re.Match[bytes]) -> bytes:
        new = numbers.setdefault(match.group(1), b"%08d" % (len(numbers) + 1))
        return b"(node" + new + b")"

    return _NODE_ID.sub(renumber, pdf)


def fixed_dates(pdf: bytes, date: dt.date) -> bytes:
    """The PDF with its creation and modification dates set to `date`, midnight UTC.

    Chromium writes `D:YYYYMMDDHHmmSS+00'00'`; the replacement has the same length, so the
    cross-reference table's byte offsets stay right."""
    # Not strftime("%Y"): it writes the year 1 as "1", and a shorter stamp would shift every
    # byte offset after it (--tanggal 0001-01-01 gave a damaged PDF).
    stamp = f"{date.year:04d}{date.month:02d}{date.day:02d}000000".encode()

    def replace(match: re.Match[bytes]) -> bytes:
        zone = b"+00'00'" if len(match.group(3)) == len(b"+00'00'") else match.group(3)
        return b"/" + match.group(1) + b" (D:" + stamp + zone + b")"

    return _DATE.sub(replace, pdf)
