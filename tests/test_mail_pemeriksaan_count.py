"""The mail body's counts of galat and peringatan against the mailed workbook's sheet Pemeriksaan
(`send` and `run`, through a real SMTP server on loopback, tests/mailserver.py).

The body says "Catatan: N peringatan pada isian workbook (lihat sheet Pemeriksaan)": a Kepala who opens
the sheet must find N rows of Peringatan there, no more, no fewer; a workbook with none says none.
"""

from __future__ import annotations

import io
import re

import openpyxl
import pytest

from tests.common import smtp_args
from tests.test_send_bpbd import BAPPEDA, _bpbd, _cli


def _mailed(srv, book):
    """The body of the one mail and the counts of Galat and Peringatan rows in its workbook's
    Pemeriksaan (column B, "Tingkat")."""
    ((_, msg),) = srv.handler.messages
    body = msg.get_body(("plain",)).get_content()
    parts = {part.get_filename(): part.get_payload(decode=True) for part in msg.iter_attachments()}
    sheet = openpyxl.load_workbook(io.BytesIO(parts[book.name]), data_only=True)["Pemeriksaan"]
    tingkat = [row[1] for row in sheet.iter_rows(values_only=True)]
    return body, tingkat.count("Galat"), tingkat.count("Peringatan")


def _said(body: str, word: str) -> int:
    """The count the body gives of ``word`` ("galat", "peringatan"), 0 when it says none."""
    found = re.search(rf"Catatan: (\d+) {word} pada isian workbook \(lihat sheet Pemeriksaan\)", body)
    return int(found.group(1)) if found else 0


# The BPBD's workbook (tests/test_send_bpbd): P1 spends 150 jt + 1,5 jt + 1,1 M = 1.251.500.000 of a
# pagu of 1.250.000.000, a peringatan at least. Anggaran!H4 1.098.500.000 instead of 1,1 M makes it
# 150.000.000 + 1.500.000 + 1.098.500.000 = 1.250.000.000, exactly the pagu; "n/a" and "-" in the
# Waktu respon row (Kinerja!K9, L9) typed as 2 and 2 leave nothing to look at.
CLEAN = {"Anggaran_H4": 1_098_500_000, "Kinerja_K9": 2, "Kinerja_L9": 2}
# Many: besides the spending above the pagu, a galat (a target "maks 30 menit", tests/test_send_bpbd's
# galat test), a NIP of 17 digits and a Tanggal Penandatanganan before TW III ends (30 September)
MANY = {
    "Kinerja_I5": "maks 30 menit",
    "Pengaturan_B11": "19700101199503100",
    "Pengaturan_B13": "10 Juli 2026",
}


@pytest.mark.parametrize("cells", [CLEAN, {}, MANY], ids=["none", "bpbd", "many"])
def test_send_counts_what_pemeriksaan_lists(smtp_server, tmp_path, cells):
    srv = smtp_server()
    book = _bpbd(tmp_path, **cells)
    result = _cli("send", str(book), "--to", BAPPEDA, *smtp_args(srv.port))
    assert result.returncode == 0, result.stderr
    body, galat, peringatan = _mailed(srv, book)
    assert (_said(body, "galat"), _said(body, "peringatan")) == (galat, peringatan), body
    if cells is CLEAN:
        assert (galat, peringatan) == (0, 0), body
        assert "peringatan" not in body and "melebihi pagu" not in body, body
    else:
        assert peringatan >= (3 if cells is MANY else 1) and "melebihi pagu" in body, body


@pytest.mark.parametrize("cells", [CLEAN, MANY], ids=["none", "many"])
def test_run_counts_what_pemeriksaan_lists(smtp_server, tmp_path, cells):
    srv = smtp_server()
    book = _bpbd(tmp_path, **cells)
    out = tmp_path / "terkirim"
    result = _cli(
        "run", str(book), "--no-pdf", "--outdir", str(out), "--send-to", BAPPEDA, *smtp_args(srv.port)
    )
    assert result.returncode in (0, 1), result.stderr
    body, galat, peringatan = _mailed(srv, book)
    assert (_said(body, "galat"), _said(body, "peringatan")) == (galat, peringatan), body
    # the workbook written into --outdir is the one mailed: the same counts
    written = openpyxl.load_workbook(out / book.name, data_only=True)["Pemeriksaan"]
    tingkat = [row[1] for row in written.iter_rows(values_only=True)]
    assert (tingkat.count("Galat"), tingkat.count("Peringatan")) == (galat, peringatan)
