"""A SIPD Kegiatan row holding a refund (a quarter below zero, pengembalian belanja) under its program's
row: since sipd49 a normal SIPD paste says nothing of its rows, and a program's own refund is counted
net. A Kegiatan's refund made its row "no number" to the sum check, so its program's rows were never
compared and, being quiet, said nothing at all: a program typed Rp 235.000.000 s.d. TW II over rows
netting Rp 115.000.000 printed 235 jt with no word."""

from __future__ import annotations

from tests.helpers_anggaran import PENGEMBANGAN, UMKM, kinerja_three_programs
from tests.test_engine import anggaran_row, run

SARANA = "PROGRAM SARANA DISTRIBUSI"


def _said(report) -> dict[str, str]:
    """Anggaran's findings by cell, two at one cell joined (a refund's and a sum's at G2)."""
    out: dict[str, str] = {}
    for f in report.findings:
        if f.sheet == "Anggaran":
            out[f.sel] = f"{out[f.sel]} | {f.pesan}" if f.sel in out else f.pesan
    return out


def _rows(program_tws: tuple, kegiatan_tws: tuple) -> list[list]:
    """Program 2.17.03 (Excel row 2, pagu 1.000.000.000) over its one SIPD Kegiatan (row 3, the same
    pagu); the two other programs TW I 10.000.000 and TW II 20.000.000 each, no rincian."""
    return [
        anggaran_row("2.17.03", UMKM, None, "1.000.000.000", (*program_tws, None, None)),
        anggaran_row("2.17.03.2.01", "Kegiatan Pemberdayaan Usaha Mikro", None, "1.000.000.000", (*kegiatan_tws, None, None)),
        anggaran_row("2.17.04", PENGEMBANGAN, None, "100.000.000", ("10.000.000", "20.000.000", None, None)),
        anggaran_row("3.30.03", SARANA, None, "100.000.000", ("10.000.000", "20.000.000", None, None)),
    ]  # fmt: skip


def test_a_kegiatan_refund_netting_to_another_figure_than_its_program_is_said():
    # program s.d. TW II 120 + 115 = 235 jt; its Kegiatan 120 jt - 5 jt (refund) = 115 jt: 120 jt apart
    report = run(kinerja_three_programs(), _rows(("120 jt", "115 jt"), ("120 jt", "(5.000.000)")))
    said = _said(report)
    assert "Rp 235.000.000" in said["G2"] and "Rp 115.000.000" in said["G2"], said
    assert "Rp 120.000.000" in said["G2"], said["G2"]  # the difference, 235 - 115
    assert "A3" in said, said  # its row left out is named
    # the program's own figures counted: 235 jt + 30 jt + 30 jt = 295.000.000
    assert report.total_realisasi_anggaran == 295_000_000


def test_a_kegiatan_refund_adding_up_to_its_program_s_refund_says_nothing_of_the_row():
    # program 120 jt, -5 jt (counted net 115 jt, its peringatan at G2); Kegiatan the same: 115 = 115
    report = run(kinerja_three_programs(), _rows(("120 jt", "-5 jt"), ("120 jt", "Rp -5.000.000")))
    said = _said(report)
    assert "bersih Rp 115.000.000" in said["G2"]  # the program's own refund, counted
    assert set(said) == {"G2"} and "|" not in said["G2"], said  # nothing else: the rows add up
    # 115 jt + 30 jt + 30 jt = 175.000.000
    assert report.total_realisasi_anggaran == 175_000_000


def test_a_program_refund_over_kegiatan_rows_without_one_is_compared_not_called_unreadable():
    # program 120 jt, -5 jt (net 115 jt, counted); its Kegiatan 120 jt, 0: 120 jt, Rp 5.000.000 more
    report = run(kinerja_three_programs(), _rows(("120 jt", "-5 jt"), ("120 jt", "0")))
    said = _said(report)
    assert all("tidak dapat dipakai" not in m for m in said.values()), said
    assert "(Rp 120.000.000: 2.17.03.2.01 baris 3), kurang Rp 5.000.000" in said["G2"], said["G2"]
    assert "A3" in said
    assert report.total_realisasi_anggaran == 175_000_000
