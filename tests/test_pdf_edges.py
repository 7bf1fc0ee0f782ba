"""PDF output against a hung browser and odd print dates: what an officer's machine may do."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import time
from pathlib import Path

import pytest

from iki.render import pdf
from iki.render.reports import unbroken_numbers
from tests.conftest import REPO, make_project, run_iki
from tests.test_report_browser import chromium
from tests.test_report_pdf import read


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


def test_a_run_longer_than_any_word_breaks_instead_of_leaving_the_page(tmp_path: Path) -> None:
    """A 200-character run without a space in the indicator's name, and a 30-digit reference in
    its sumber data: the run ran out of its column, Chromium shrank the whole form to fit it
    (text below 8 pt) and still cut it at the page's edge (172 of 200 characters printed). Now
    every character is printed, at the form's own size; ordinary numbers stay unbroken."""
    chromium()
    project = make_project(tmp_path / "p")
    staf = project / "data" / "positions" / "staf.yaml"
    text = staf.read_text(encoding="utf-8")
    text = text.replace("Jumlah surat yang diproses", "Jumlah surat " + "X" * 200)
    text = text.replace("Buku agenda surat", "Register 123456789012345678901234567890")
    staf.write_text(text, encoding="utf-8")
    out = tmp_path / "staf.pdf"
    args = ["report", "--project", str(project), "--position", "staf", "--format", "pdf"]
    run = run_iki([*args, "--tanggal", "2025-12-31", "-o", str(out)])
    assert run.code == 0, run
    pages = read(out)
    printed = "".join(page.text for page in pages)
    assert sum(len(part) for part in re.findall("X+", printed)) == 200
    assert "".join(re.findall(r"\d", printed)).count("123456789012345678901234567890") == 1
    sizes = [size for page in pages for size, _ in page.sizes]
    assert sizes and min(sizes) >= 7.95


def test_long_runs_and_long_numbers_may_break_amounts_may_not() -> None:
    """In the HTML: 172.750.000.000 (15 characters, an amount) is kept on one line; a run of 41
    characters and a 30-digit number (longer than the largest amount iki computes,
    9.007.199.254.740.992) may break anywhere; the text stays escaped."""
    html = str(unbroken_numbers("<b> 172.750.000.000 " + "Y" * 41 + " 1" + "0" * 29))
    assert '<span class="n">172.750.000.000</span>' in html
    assert f'<span class="long">{"Y" * 41}</span>' in html
    assert f'<span class="long">1{"0" * 29}</span>' in html
    assert "&lt;b&gt;" in html and "<b>" not in html


@pytest.mark.parametrize("epoch", ["1_700_000_000", "١٧٠٠٠٠٠٠٠٠", "17e8", "--5"])
def test_a_malformed_source_date_epoch_is_refused(epoch: str, tmp_path: Path) -> None:
    """SOURCE_DATE_EPOCH is ASCII digits (`date +%s`); int() took "1_700_000_000" (14 November
    2023) and Arabic-Indic digits, so a malformed value printed a date instead of an error."""
    project = make_project(tmp_path / "p")
    args = ["report", "--project", str(project), "--position", "staf", "--format", "html"]
    run = run_iki([*args, "-o", str(tmp_path / "x.html")], env={"SOURCE_DATE_EPOCH": epoch})
    assert run.code == 2, run
    assert "bukan jumlah detik sejak 1970" in run.stderr


@pytest.mark.parametrize(("kind", "copies"), [("pk", 2), ("triwulan", 1)])
def test_a_long_run_in_the_pk_and_quarterly_report_stays_on_the_page(
    kind: str, copies: int, tmp_path: Path
) -> None:
    """The Perjanjian Kinerja (its table and its rencana aksi) and the quarterly report of the
    fictitious example, the Kepala Dinas's first indicator named with a 200-character run: the
    PK was shrunk to 5,3 pt to fit it. Every character is printed, nothing below 8 pt."""
    chromium()
    project = tmp_path / "kantor"
    shutil.copytree(REPO / "examples" / "kantor-contoh", project)
    kepala = project / "data" / "positions" / "kepala-dinas.yaml"
    text = kepala.read_text(encoding="utf-8")
    text = text.replace("indikator: Nilai realisasi investasi", "indikator: Nilai " + "Y" * 200, 1)
    kepala.write_text(text, encoding="utf-8")
    out = tmp_path / f"{kind}.pdf"
    args = ["report", "--project", str(project), "--position", "kepala-dinas", "--kind", kind]
    run = run_iki([*args, "--format", "pdf", "--tanggal", "2025-12-31", "-o", str(out)])
    assert run.code == 0, run
    pages = read(out)
    printed = "".join(page.text for page in pages)
    assert sum(len(part) for part in re.findall("Y+", printed)) == 200 * copies
    assert min(size for page in pages for size, _ in page.sizes) >= 7.95


def test_a_long_position_title_keeps_every_page_at_8_pt(tmp_path: Path) -> None:
    """A position titled with a 200-character run (in the form's identity table and signature,
    the review sheet and the office report's tables): each of these PDFs was shrunk to 5,3 pt
    to fit the run. Now every page stays at 8 pt or more and the form prints the run whole."""
    chromium()
    project = make_project(tmp_path / "p")
    staf = project / "data" / "positions" / "staf.yaml"
    text = staf.read_text(encoding="utf-8")
    text = text.replace("jabatan: Pengadministrasi Umum", "jabatan: Pengadministrasi " + "Z" * 200)
    staf.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    args = ["report", "--project", str(project), "--all", "--format", "pdf"]
    run = run_iki([*args, "--tanggal", "2025-12-31", "-o", str(out)])
    assert run.code == 0, run
    for name in ("jabatan/staf.pdf", "pemeriksaan/staf.pdf", "laporan-kinerja.pdf"):
        pages = read(out / name)
        assert min(size for page in pages for size, _ in page.sizes) >= 7.95, name
    form = "".join(page.text for page in read(out / "jabatan" / "staf.pdf"))
    assert "Z" * 40 in form.replace("\n", "")


@pytest.mark.parametrize("closed", [0, 1, 2])
def test_a_pdf_is_printed_with_a_standard_descriptor_closed(tmp_path: Path, closed: int) -> None:
    """With stdout closed (`iki report … >&-`, a job runner without one) a pipe to the browser
    was given descriptor 1, and the child's stdout=DEVNULL replaced it before it was moved to
    3 or 4: Chromium got /dev/null for its commands and the run ended 'Chromium stopped'."""
    import subprocess
    import sys

    chromium()
    target = tmp_path / "kasi.pdf"
    args = ["report", "--position", "kasi-ketenagakerjaan", "--project", str(REPO)]
    args += ["-o", str(target), "--tanggal", "2026-01-02"]
    run = subprocess.run(
        ["sh", "-c", f'exec "$@" {closed}>&-', "sh", sys.executable, "-m", "iki", *args],
        capture_output=closed == 0,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run
    assert target.read_bytes().startswith(b"%PDF-")


def test_a_browser_that_closes_its_pipes_is_not_said_to_have_printed_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The browser's stderr goes to /dev/null: 'see Chromium's message above' pointed at
    nothing. A browser still running with its pipes closed is said to be so."""
    script = tmp_path / "chromium"
    script.write_text("#!/bin/sh\nexec 3<&- 4>&-\nsleep 300\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("IKI_CHROMIUM", str(script))
    monkeypatch.setattr(pdf, "TIMEOUT", 5.0)
    monkeypatch.setattr(pdf, "CLOSE_WAIT", 0.5)
    with pytest.raises(pdf.PdfError) as raised, pdf.printer() as browser:
        browser.pdf("<p>x</p>")
    assert str(raised.value) == "Chromium berhenti tiba-tiba: salurannya ke iki tertutup"
