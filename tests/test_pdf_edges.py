"""PDF output against a hung browser and odd print dates: what an officer's machine may do."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from iki.render import pdf


def test_a_hung_browser_is_ended_with_its_helpers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A "browser" that never answers and has started a helper process: the run ends with the
    message that Chromium did not answer, and the helper does not outlive it (it did: only the
    main process was killed, and a renderer left behind kept running)."""
    helper_pid = tmp_path / "helper.pid"
    script = tmp_path / "chromium"
    script.write_text(f"#!/bin/sh\nsleep 300 &\necho $! > {helper_pid}\nwait\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("IKI_CHROMIUM", str(script))
    monkeypatch.setattr(pdf, "TIMEOUT", 1.0)
    monkeypatch.setattr(pdf, "CLOSE_WAIT", 0.5)
    with pytest.raises(pdf.PdfError, match="tidak menjawab"), pdf.printer() as browser:
        browser.pdf("<p>x</p>")
    pid = int(helper_pid.read_text(encoding="utf-8"))
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, 9)
        pytest.fail("the browser's helper process was left running")


def test_fixed_dates_keep_the_length_for_any_year() -> None:
    """--tanggal 0001-01-01: strftime("%Y") wrote the year as "1", so the stamp was 3 bytes
    short and every cross-reference offset after it pointed 3 bytes off. The stamp is always
    fourteen digits: D:00010101000000."""
    original = (
        b"1 0 obj\n<</CreationDate (D:20251130101010+00'00')/ModDate (D:20251130101010+00'00')>>"
    )
    fixed = pdf.fixed_dates(original, dt.date(1, 1, 1))
    assert len(fixed) == len(original)
    assert b"(D:00010101000000+00'00')" in fixed
