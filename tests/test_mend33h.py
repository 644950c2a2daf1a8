"""Round 33h: what a review of the fix14 and mend33c merges found.

- ``serve`` without a token let a call through when every forwarded client address was loopback, but
  nginx passes a caller's own ``X-Forwarded-For: 127.0.0.1`` (``X-Real-IP``, ``Forwarded``) on, so a
  caller on another machine got past the check. Any proxy header without a token is 403 again.
- A workbook of this account without its owner's write bit (mode 464 on a writable disk) was said to
  be on a read-only mount.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from tests.common import EXAMPLE
from tests.test_fix14 import _example_with
from tests.test_mend33c import _check_as
from tests.test_newuser11 import _get, _printed_manifest, _serve, _stop, efisiensi_call

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux server behaviour")


# --- 1. serve without a token: a forwarded 127.0.0.1 is what any caller can type -----------------------


@linux
def test_the_real_server_without_a_token_refuses_a_forwarded_loopback_address():
    server, port = _serve({})
    try:
        _printed_manifest(server)
        assert _get(f"http://127.0.0.1:{port}/manifest.xml")[0] == 200  # started
        # efisiensi 71 - 36 = 35 (capaian minus penyerapan): the server itself answers a direct call
        assert efisiensi_call(port, {}) == (200, {"result": [[35]]})
        # what nginx's recipe passes on from a caller on another machine that typed them itself
        for spoofed in (
            {"X-Forwarded-For": "127.0.0.1", "X-Forwarded-Proto": "https"},
            {"X-Real-IP": "127.0.0.1"},
            {"Forwarded": "for=127.0.0.1;proto=https"},
            {"X-Forwarded-For": "::1"},
        ):
            status, answer = efisiensi_call(port, spoofed)
            assert status == 403, (spoofed, status, answer)
            # the message tells a same-PC proxy (Caddy) to set a token too
            assert "LKJ_XL_TOKEN" in answer["detail"] and "Caddy" in answer["detail"], answer
    finally:
        _stop(server)


# --- 2. the account's own file without its owner's write bit is not a read-only mount ------------------


@linux
@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run as another account")
def test_the_accounts_own_file_without_owner_write_says_chmod_not_a_read_only_mount():
    folder = Path(tempfile.mkdtemp(prefix="lkj-mend33h-"))
    try:
        folder.chmod(0o777)  # a writable folder on a writable disk: only the file's mode stops it
        book = folder / "dinas-a.xlsx"
        shutil.copy(EXAMPLE, book)
        os.chown(book, 12345, 12345)
        book.chmod(0o464)  # r--rw-r--: group may write, the owner (this account) may not
        said = _check_as(12345, book)
        assert "mounted read-only" not in said, said
        assert "mode 464" in said and "chmod u+w" in said, said
        assert "chown" not in said, said
    finally:
        shutil.rmtree(folder)


# --- 3. a text over 10.000 characters in a number's cell: one galat, a short quote --------------------


def _long_texts_in(tmp_path: Path, cells: dict[tuple[str, str], str]):
    from lkj_xl.build import load_report

    return load_report(_example_with(tmp_path, cells)).findings


def test_a_long_text_in_a_number_cell_is_one_galat_quoting_its_start(tmp_path):
    text = ("target naik dua persen " * 500)[:10_001]  # 10.001 characters, one over the readers' 10.000
    # Kinerja!I5 is row 5's Target, Anggaran!D5 a program's Pagu (the example's headers); Kinerja!D6
    # is an Uraian (text: the report prints it, so its cut is said)
    findings = _long_texts_in(
        tmp_path, {("Kinerja", "I5"): text, ("Anggaran", "D5"): text, ("Kinerja", "D6"): "u" * 10_001}
    )
    for sheet, ref in (("Kinerja", "I5"), ("Anggaran", "D5")):
        said = [f for f in findings if (f.sheet, f.sel) == (sheet, ref)]
        assert [f.severity for f in said] == ["galat"], said  # no "persingkat teksnya" beside it
        (galat,) = said
        assert "bukan angka" in galat.pesan, galat
        # the first 60 characters and an ellipsis, not the 10.000 kept
        assert f'"{text[:60]}…"' in galat.pesan and len(galat.pesan) < 250, galat.pesan
    (cut,) = [f for f in findings if (f.sheet, f.sel) == ("Kinerja", "D6")]
    assert cut.severity == "peringatan" and "10.001 karakter" in cut.pesan, cut


def test_a_short_text_in_a_number_cell_is_still_quoted_whole(tmp_path):
    text = "naik dua persen dari tahun lalu sesuai dengan rencana strategis dinas"  # 69 characters
    findings = _long_texts_in(tmp_path, {("Anggaran", "D5"): text})
    (galat,) = [f for f in findings if (f.sheet, f.sel) == ("Anggaran", "D5")]
    assert f'"{text}"' in galat.pesan, galat.pesan


# --- 4. the Total Pagu PK note and B16's peringatan weigh a revised line on top by its Pagu -------------


def test_a_revised_line_on_top_is_named_by_the_pagu_the_total_pk_difference_is_computed_from(tmp_path):
    import openpyxl

    from lkj_xl.build import load_report
    from tests.test_fix14 import _notes
    from tests.test_mend32a import SEED_PAGU

    # 5.1.01 Belanja Pegawai on top of P0.01: Pagu 8 M, Pagu Perubahan 9 M. B16 = the seed's pagu
    # (27.805.047.633, Tabel 3.4's TOTAL, no program revised) + 8.000.000.000: the Perjanjian
    # Kinerja's difference is exactly the line's Pagu before its revision.
    path = tmp_path / "revisi.xlsx"
    shutil.copy(EXAMPLE, path)
    book = openpyxl.load_workbook(path)
    book["Pengaturan"]["B16"] = SEED_PAGU + 8_000_000_000
    sheet = book["Anggaran"]
    sheet.insert_rows(4, 1)
    sheet["A4"], sheet["B4"], sheet["D4"], sheet["E4"] = (
        "5.1.01",
        "Belanja Pegawai",
        8_000_000_000,
        9_000_000_000,
    )
    sheet["G4"] = 2_000_000_000
    book.save(path)
    report = load_report(path)
    # Flipped by mend33j: B16 equal to the seed's TOTAL plus the line's Pagu before its revision is
    # the Perjanjian Kinerja signed before the APBD-P with the line as the agency's own, so it is
    # counted at its Pagu Perubahan (TOTAL 27.805.047.633 + 9.000.000.000 = 36.805.047.633); naming it
    # as left out (the whole difference) contradicted its own peringatan ("baik dengan maupun tanpa").
    assert report.total_pagu == SEED_PAGU + 9_000_000_000
    # (36.805.047.633 - 35.805.047.633 = 1.000.000.000: the line's revision, the Total its Pagu before,
    # the PK's: quiet since sipd49, the lead's decision; before, a peringatan "lebih Rp 1.000.000.000 ...
    # Pagu sebelum perubahan" at B16)
    assert not [f for f in report.findings if (f.sheet, f.sel) == ("Pengaturan", "B16")]
    # no note, under Tabel 3.4, in the e-mail or the Word report, calling the line left out
    assert not [t for t in _notes(report) if "selisih itu sebesar baris" in t]


# --- 5. the 10.000-character cut counts as Excel's LEN does ---------------------------------------------

SMILE = "\U0001f600"  # one character to Python, 2 to Excel's LEN (UTF-16: a surrogate pair)
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man ZWJ woman ZWJ girl: one emoji shown, LEN 8


def test_the_cut_counts_an_emoji_as_excel_does_and_keeps_a_joined_emoji_whole(tmp_path):
    from lkj_xl.build import load_report
    from lkj_xl.xl.inputs import _cell

    # Kinerja!D4 (T1's Uraian): 9.996 letters + 4 emoji = 10.000 to Python, LEN 9.996 + 8 = 10.004:
    # over Excel's count; kept 9.996 + 2 emoji (10.000 units), 2 emoji = 4 units left out
    uraian = "a" * 9_996 + SMILE * 4
    # Kinerja!D5: 9.998 letters + the family (8 units) = 10.006; the family crosses 10.000: all of it
    # is left out (8 units), not a man and a dangling joiner kept
    keluarga = "b" * 9_998 + FAMILY
    report = load_report(_example_with(tmp_path, {("Kinerja", "D4"): uraian, ("Kinerja", "D5"): keluarga}))
    (t1,) = [i for i in report.indicators if i.kode == "T1"]
    assert t1.uraian == "a" * 9_996 + SMILE * 2 + "… (dipotong, 4 karakter lagi)"
    said = {f.sel: f.pesan for f in report.findings if f.sheet == "Kinerja" and "terlalu panjang" in f.pesan}
    assert said["D4"].startswith("Teks di Kinerja!D4 terlalu panjang (10.004 karakter)"), said
    assert said["D5"].startswith("Teks di Kinerja!D5 terlalu panjang (10.006 karakter)"), said
    # the add-in's reader alike
    assert _cell(keluarga, False).value == "b" * 9_998 + "… (dipotong, 8 karakter lagi)"


def test_a_long_narasi_text_is_told_it_can_go_on_in_the_bagians_next_rows(tmp_path):
    from lkj_xl.laporan import read_inputs

    path = _example_with(tmp_path, {("Narasi", "B3"): "k" * 10_001})
    _report, narasi = read_inputs(path.read_bytes())
    (said,) = [f.pesan for f in narasi.findings if (f.sheet, f.sel) == ("Narasi", "B3")]
    assert said.endswith("persingkat teksnya atau bagi ke beberapa baris Bagian yang sama"), said
