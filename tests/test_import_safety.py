"""`iki import` checks every name it would write under and bounds what it reads and writes
(issue 14)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from iki.edit import form_docx, importing
from iki.load import yamlio
from tests.conftest import REPO, run_iki

SEED = REPO / "data" / "sumber" / "iki-dpmptsp-padang-panjang.txt"
ONE = "kabid-penanaman-modal"


@pytest.mark.parametrize("name", [f"{ONE}.yml", f"{ONE}.YAML", f"sub/{ONE}.Yml"])
def test_an_existing_file_under_any_name_the_loader_reads_is_found(
    tmp_path: Path, name: str
) -> None:
    existing = tmp_path / name
    existing.parent.mkdir(parents=True, exist_ok=True)
    existing.write_text("# milik kantor\n")
    run = run_iki(["import", str(SEED), "-o", str(tmp_path)])
    assert run.code == 1, run
    assert f"sudah ada: {existing}" in run.stderr
    assert not (tmp_path / f"{ONE}.yaml").exists() or name == f"{ONE}.yaml"
    forced = run_iki(["import", str(SEED), "-o", str(tmp_path), "--force"])
    assert forced.code == 0, forced
    # The existing file is replaced; no second file for the same position beside it.
    assert existing.read_text().startswith("# yaml-language-server")
    same = [p for p in tmp_path.rglob("*") if p.stem.lower() == ONE]
    assert same == [existing]


def test_a_position_larger_than_the_loader_reads_is_not_written(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    header = "No\tSasaran Kinerja\tIndikator Kinerja\tPenjelasan /Formulasi Penghitungan\t"
    at = text.index("\n", text.index("\n3.\t", text.index(header)) + 1) + 1
    # Rows with a very long explanation each: a position file past the loader's bound, as a
    # document pasted with one cell repeated over and over would give.
    long = "layanan diselesaikan tepat waktu " * 1000
    rows = "".join(
        f"{n}.\tMeningkatnya layanan ke-{n}\tJumlah layanan ke-{n}\t{long}\tLaporan\n"
        for n in range(4, 80)
    )
    result = importing.plan(text[:at] + rows + text[at:], tmp_path, 2025)
    assert all(len(f.text.encode()) <= yamlio.MAX_BYTES for f in result.files)
    assert any("batas yang dibaca iki" in p.message for p in result.problems)


def _docx(tmp_path: Path) -> Path:
    path = tmp_path / "form.docx"
    document = docx.Document()
    document.add_paragraph("Jabatan: Kepala Seksi")
    document.save(str(path))
    return path


def _patch_headers(path: Path, offset_local: int, offset_central: int, value: bytes) -> None:
    raw = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", offset_local), (b"PK\x01\x02", offset_central)):
        at = raw.find(signature)
        while at >= 0:
            raw[at + offset : at + offset + len(value)] = value
            at = raw.find(signature, at + 4)
    path.write_bytes(bytes(raw))


def _refused(tmp_path: Path, source: Path, message: str) -> None:
    run = run_iki(["import", str(source), "-o", str(tmp_path / "out")])
    assert run.code == 1, run
    assert message in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "out").exists()


def test_an_encrypted_docx_is_one_clear_message(tmp_path: Path) -> None:
    source = _docx(tmp_path)
    _patch_headers(source, 6, 8, b"\x01\x00")  # general purpose flag: encrypted
    _refused(tmp_path, source, "dikunci dengan kata sandi")


def test_an_aes_compressed_docx_is_one_clear_message(tmp_path: Path) -> None:
    source = _docx(tmp_path)
    _patch_headers(source, 8, 10, (99).to_bytes(2, "little"))  # method 99: WinZip AES
    _refused(tmp_path, source, "metode 99")


def test_a_truncated_docx_is_one_clear_message(tmp_path: Path) -> None:
    source = _docx(tmp_path)
    source.write_bytes(source.read_bytes()[:-300])
    _refused(tmp_path, source, "bukan berkas .docx yang utuh")


def test_a_docx_with_corrupt_compressed_data_is_one_clear_message(tmp_path: Path) -> None:
    source = _docx(tmp_path)
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("word/document.xml")
    raw = bytearray(source.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for at in range(start + 5, start + min(info.compress_size, 60)):
        raw[at] ^= 0x55
    source.write_bytes(bytes(raw))
    _refused(tmp_path, source, "form.docx")


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    source = tmp_path / "bomb.docx"
    chunk = b"\0" * (1 << 20)
    with (
        zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(form_docx.MAX_UNCOMPRESSED // len(chunk) + 1):
            member.write(chunk)
    assert source.stat().st_size < 1 << 20  # under a megabyte on disk
    _refused(tmp_path, source, "bom zip")


def test_force_writes_through_a_symlink_and_refuses_a_read_only_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_iki(["import", str(SEED), "-o", str(out)]).code == 0
    kept = tmp_path / "kept.yaml"
    (out / f"{ONE}.yaml").rename(kept)
    (out / f"{ONE}.yaml").symlink_to(kept)
    assert run_iki(["import", str(SEED), "-o", str(out), "--force"]).code == 0
    assert (out / f"{ONE}.yaml").is_symlink()
    other = out / "analisis-perencanaan.yaml"
    other.chmod(0o444)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    run = run_iki(["import", str(SEED), "-o", str(out), "--force"])
    assert run.code == 1, run
    assert "hanya-baca" in run.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
