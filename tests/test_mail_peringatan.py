"""The mail body names spending above the pagu and counts the peringatan (newuser41: a BPBD's TW III).

Tabel 3.4, the Word report's 3.2.4 and the PDF say "Realisasi anggaran ... melebihi pagu"; the mail
sent with them gave the counts of capaian and the galat only, so a Kepala reading the mail saw a
penyerapan of 105% without a word. The body now says it as Tabel 3.4 does, and counts the peringatan
of Pemeriksaan beside the galat.
"""

from __future__ import annotations

from lkj_xl.core.model import PERINGATAN
from lkj_xl.delivery.message import default_body, summary_lines
from tests.helpers_staff import book_of, report_of
from tests.test_engine import anggaran_row, kinerja_row

KINERJA = [
    kinerja_row(
        "T1",
        "Tujuan",
        "",
        "Masyarakat tangguh bencana",
        "Indeks ketahanan daerah",
        0.6,
        [None, None, 0.58, None],
        satuan="Indeks",
        jenis="Nilai Akhir",
    ),  # fmt: skip
    kinerja_row(
        "S1",
        "Sasaran",
        "T1",
        "Risiko bencana turun",
        "Desa tangguh bencana",
        10,
        [2, 3, 3, None],
        satuan="Desa",
        jenis="Kumulatif",
    ),  # fmt: skip
]


def _report(tws):
    # Anggaran row 2: Kode, Program, Kode Sasaran, Pagu (D), Pagu Perubahan (E), TW I-IV (F-I)
    return report_of(
        book_of(KINERJA, [anggaran_row("P1", "Program Penanggulangan Bencana", "S1", 1_000_000, tws)])
    )


def test_spending_above_the_pagu_is_said_in_the_mail_body():
    # 400.000 + 350.000 + 350.000 = 1.100.000 s.d. TW III of a pagu 1.000.000: 110,00 %, the
    # peringatan at TW III's cell, Anggaran!H2
    report = _report([400_000, 350_000, 350_000, None])
    body = default_body(report.settings, summary_lines(report))
    assert (
        "- Catatan: Realisasi anggaran Program Penanggulangan Bencana (Rp 1.100.000 dari pagu Rp 1.000.000, "
        "110,00%) melebihi pagu: periksa Anggaran!H2 (lihat sheet Pemeriksaan)."
    ) in body, body
    peringatan = [f for f in report.findings if f.severity == PERINGATAN]
    assert any("melebihi pagu" in f.pesan for f in peringatan)
    assert f"- Catatan: {len(peringatan)} peringatan pada isian workbook (lihat sheet Pemeriksaan)" in body


def test_spending_within_the_pagu_adds_no_line():
    # 400.000 + 350.000 + 250.000 = 1.000.000 of 1.000.000: exactly the pagu (100,00 %), not above it
    report = _report([400_000, 350_000, 250_000, None])
    body = default_body(report.settings, summary_lines(report))
    assert "melebihi pagu" not in body, body
    assert not [f for f in report.findings if f.severity == PERINGATAN], report.findings
    assert "peringatan" not in body, body
