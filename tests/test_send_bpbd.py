"""A BPBD's Kasubag Perencanaan, new to lkj-xl: `lkj-xl new`, the workbook filled as staff type
(`Rp. 1.250.000.000,-`, `1,25 M`, `750 rb`, `25 mnt`, `3,45`, `100%`, `n/a`, `-`), TW III, then
`lkj-xl send` through a real SMTP server on loopback (aiosmtpd, tests/mailserver.py). The mail body,
the mailed workbook's output sheets and the PDF agree with each other and with the arithmetic below.

Found wrong, and tested here: a workbook with galat was mailed with nothing said on the terminal
(`build` prints each galat, `run` logs them at WARNING; `send` said only `sent to ...`).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import openpyxl

from tests.common import ROOT, smtp_args
from tests.helpers_print import writer_available

BAPPEDA = "bappeda@lumajangkab.example.go.id"


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "lkj_xl", *args], env=env, capture_output=True, text=True, timeout=300
    )


def _bpbd(tmp_path: Path, **cells: object) -> Path:
    """The BPBD's TW III 2026 workbook from `lkj-xl new`, filled with openpyxl; ``cells``: "Kinerja!K5"
    style overrides (names with ``_`` for ``!``)."""
    book = tmp_path / "LKjIP BPBD TW III 2026.xlsx"
    assert _cli("new", str(book)).returncode == 0
    wb = openpyxl.load_workbook(book)
    p = wb["Pengaturan"]
    for ref, value in {"B4": "Kabupaten Lumajang", "B5": "Badan Penanggulangan Bencana Daerah", "B6": 2026, "B7": 3,
                       "B9": "Drs. SUTOMO", "B10": "Kepala Pelaksana BPBD", "B11": "197001011995031001",
                       "B12": "Lumajang", "B13": "10 Oktober 2026"}.items():  # fmt: skip
        p[ref] = value
    kinerja = [  # Kode, Tingkat, Kode Induk, Uraian, Indikator, Satuan, Polaritas, Jenis, Target, TP, TW I-IV
        ["T1", "Tujuan", None, "Meningkatnya ketangguhan masyarakat terhadap bencana", "Indeks Ketahanan Daerah", "Indeks", "Positif", "Nilai Akhir", "0,55", None, None, None, "0,52"],
        ["S1", "Sasaran", "T1", "Meningkatnya kecepatan penanganan darurat bencana", "Waktu tanggap darurat", "Menit", "Negatif", "Rata-rata", "30", None, "25 mnt", "35", 28],
        ["S1", None, None, None, "Jumlah desa tangguh bencana", "Desa", "Positif", "Kumulatif", 12, None, 2, 3, 4],
        ["P1", "Program", "S1", "Program Penanggulangan Bencana", "Indeks kepuasan masyarakat", "Indeks", "Positif", "Rata-rata", "3,5", None, "3,45", "3,40", "3,6"],
        ["P1", None, None, None, "Persentase layanan administrasi tepat waktu", "%", "Positif", "Nilai Akhir", "90", None, "85 %", "100%", "90 %"],
        ["P1", None, None, None, "Waktu respon pos pantau", "Jam", "Negatif", "Nilai Akhir", "2", None, "n/a", "-", "2,5"],
    ]  # fmt: skip
    anggaran = [
        ["P1", "Program Penanggulangan Bencana", "S1", "Rp. 1.250.000.000,-", None, "Rp 150 jt", "1,5 jt", "1,1 M"],
        ["P2", "Program Penunjang Urusan Pemerintahan Daerah", "S1", "1,25 M", None, "Rp. 100.000.000,-", "250 jt", "Rp 300.000.000"],
    ]  # fmt: skip
    for sheet, rows in (("Kinerja", kinerja), ("Anggaran", anggaran)):
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if value is not None:
                    wb[sheet].cell(4 + i, 1 + j, value)
    for ref, value in cells.items():
        sheet, cell = ref.split("_")
        wb[sheet][cell] = value
    wb.save(book)
    return book


# By hand (Fraction), from the rows above:
# Waktu tanggap darurat, Negatif, Rata-rata: (25 + 35 + 28) / 3 = 88/3; (2 x 30 - 88/3) / 30 x 100
_WAKTU = (2 * 30 - Fraction(88, 3)) / 30 * 100  # = 9200/90 = 102,22...
# Desa tangguh, Kumulatif: 2 + 3 + 4 = 9 of 12 = 75 (Sedang: > 65 - 75)
_DESA = Fraction(9, 12) * 100
# Sasaran S1's capaian: the mean of its two indicators
_S1 = (_WAKTU + _DESA) / 2  # = 88,61
# Anggaran: P1 150.000.000 + 1.500.000 + 1.100.000.000 = 1.251.500.000 (over its pagu by 1.500.000);
# P2 100.000.000 + 250.000.000 + 300.000.000 = 650.000.000; total 1.901.500.000 of 2.500.000.000
_SPENT = 150_000_000 + 1_500_000 + 1_100_000_000 + 100_000_000 + 250_000_000 + 300_000_000
_PENYERAPAN = Fraction(_SPENT, 2_500_000_000) * 100  # = 76,06


def _shown(value: Fraction) -> str:
    """Two decimals, half up, Indonesian comma (the tables' Desimal 2)."""
    cents = (value * 100 + Fraction(1, 2)).__floor__()
    return f"{cents // 100},{cents % 100:02d}"


def test_sent_body_workbook_and_pdf_agree_with_the_arithmetic(smtp_server, tmp_path):
    assert (_shown(_WAKTU), _shown(_DESA), _shown(_S1), _shown(_PENYERAPAN)) == (
        "102,22",
        "75,00",
        "88,61",
        "76,06",
    )
    srv = smtp_server()
    book = _bpbd(tmp_path)
    pdf = ["--pdf"] if writer_available() else []
    result = _cli("send", str(book), "--to", BAPPEDA, *pdf, *smtp_args(srv.port))
    assert result.returncode == 0, result.stderr
    ((rcpts, msg),) = srv.handler.messages
    assert rcpts == [BAPPEDA]
    body = msg.get_body(("plain",)).get_content()
    assert "Laporan Kinerja Triwulan III Tahun 2026" in body
    assert f"Rp 1.901.500.000 dari pagu Rp 2.500.000.000 ({_shown(_PENYERAPAN)}%)" in body
    # Sasaran: Waktu 102,22 >= 100, Desa 75 below; Program: layanan 90/90 = 100 >= 100; IKM
    # (3,45 + 3,40 + 3,6) / 3 = 3,4833 of 3,5 = 99,52 below; respon (4 - 2,5) / 2 = 75 below
    assert "- Sasaran: 2 indikator; capaian ≥ 100%: 1; di bawah 100%: 1; belum diketahui: 0" in body
    assert "- Program: 3 indikator; capaian ≥ 100%: 1; di bawah 100%: 2; belum diketahui: 0" in body
    parts = {part.get_filename(): part.get_payload(decode=True) for part in msg.iter_attachments()}
    sheets = openpyxl.load_workbook(io.BytesIO(parts[book.name]), data_only=True)
    rows = {r[2]: r for r in sheets["Capaian Tujuan Sasaran"].iter_rows(values_only=True) if r[2]}
    assert Fraction(rows["Waktu tanggap darurat"][10]).limit_denominator(10**6) == _WAKTU
    assert (
        rows["Jumlah desa tangguh bencana"][10] == 75 and rows["Jumlah desa tangguh bencana"][11] == "Sedang"
    )
    total = [r for r in sheets["Realisasi Anggaran"].iter_rows(values_only=True) if "TOTAL" in r]
    assert total and _SPENT in total[0] and 2_500_000_000 in total[0]
    if pdf:
        from tests.helpers_print import page_texts

        (pdf_name,) = [name for name in parts if name.endswith(".pdf")]
        printed = tmp_path / pdf_name
        printed.write_bytes(parts[pdf_name])
        text = " ".join(page_texts(printed))
        for figure in (_shown(_WAKTU), _shown(_S1), _shown(_PENYERAPAN), "1.901.500.000", "Sedang"):
            assert figure in text, figure


def test_sending_a_workbook_with_galat_says_so_on_the_terminal(smtp_server, tmp_path):
    # "1.5 jt" (an English decimal point) in Anggaran!G4 and "maks 30 menit" as a target (Kinerja!I5):
    # two galat; the mail still goes (the body says "2 galat"), and the terminal now says so too, with
    # each galat's cell, as `build` prints them.
    srv = smtp_server()
    book = _bpbd(tmp_path, Anggaran_G4="1.5 jt", Kinerja_I5="maks 30 menit")
    result = _cli("send", str(book), "--to", BAPPEDA, *smtp_args(srv.port))
    assert result.returncode == 0, result.stderr
    assert len(srv.handler.messages) == 1
    assert "2 galat" in srv.handler.messages[0][1].get_body(("plain",)).get_content()
    assert f"warning: {book.name}: 2 galat" in result.stderr, result.stderr
    assert "Anggaran!G4" in result.stderr and "Kinerja!I5" in result.stderr, result.stderr
    # said before the mail goes (stderr), the "sent to" on stdout as before
    assert result.stderr.index("galat") < result.stderr.index(f"delivered to {BAPPEDA}"), result.stderr
    assert f"sent to {BAPPEDA}" in result.stdout
