"""Review of anggaran56: the slips its rules left open as staff type them.

- A quarter typed with a scale word (`450 jt`) or SIPD's decimals (`450.000.000,000`) beside a pagu read a
  thousand times what was meant was still told to be Rp 450.000.000.000 (`salah kata skala`, `maksudnya
  Rp 450.000.000.000?`) beside the pagu's peringatan saying the pagu is the slip.
- Nama Kepala: a NIP of 19 digits with the rank after it (`/ Pembina Tk. I`), the rank's line before it, the
  NIP in brackets, or the digits alone: printed as (or in) the signer's name.
- Tahun: a revised Perjanjian Kinerja's year typed without brackets (`TA 2025 Perubahan`, `2025-P`) or
  with a number in its note (`Tahun 2025 (Perubahan ke-2)`) was a galat.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.test_anggaran56 import _PROGRAM, _kinerja, _pengaturan_run, _said_in_pengaturan
from tests.test_engine import anggaran_row, kinerja_row, run

# --- A pagu read a thousand times: its quarters typed with a scale word or SIPD's decimals --------------


def _two_programs(tw2):
    # 2.06.04: pagu typed 1.200.000.000.000 (Rp 1.200.000.000 meant, SIPD's ",000" with a dot), TW II
    # ``tw2`` (Rp 450.000.000): 450.000.000 / 1.200.000.000.000 = 0,0375 % (under 0,1 %), of the pagu meant
    # 450.000.000 / 1.200.000.000 = 37,5 %. A thousand times over, Rp 450.000.000.000, the spending would be
    # 375 times the pagu meant: no advice to type it so may stand.
    rows = [
        anggaran_row("2.06.04", _PROGRAM, "", "1.200.000.000.000", ("-", tw2, None, None)),
        anggaran_row("2.06.05", "PROGRAM REHABILITASI SOSIAL", "", "3.578.850.965", ("47.853.500", "110.000.000", None, None)),
    ]  # fmt: skip
    kinerja = [*_kinerja(), kinerja_row("2.06.05", "Program", "S1", "PROGRAM REHABILITASI SOSIAL", "Persentase PPKS",
                                        "90%", (40, 50, None, None), jenis="Nilai Akhir")]  # fmt: skip
    return run(kinerja, rows)


@pytest.mark.parametrize("tw2", ["450 jt", "Rp 450 juta", "450.000 ribu", "450.000.000,000"])
def test_a_quarter_typed_with_a_scale_word_beside_a_pagu_told_a_thousand_times_is_not_told_x1000(tw2):
    report = _two_programs(tw2)
    at_d2 = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "D2")]
    assert len(at_d2) == 1 and "tulis 1.200.000.000" in at_d2[0], at_d2
    at_g2 = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "G2")]
    assert not [m for m in at_g2 if "Rp 450.000.000.000" in m or "kata skala" in m], at_g2


# --- Nama Kepala: digits not a NIP's 18 with a rank, in brackets, alone ---------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "Drs. Ahmad Fauzi, M.Si 19690312 199003 1 005 1 / Pembina Tk. I",
        "Drs. Ahmad Fauzi, M.Si\nNIP. 19690312 199003 1 005 1\nPembina Tk. I (IV/b)",
        "Drs. Ahmad Fauzi, M.Si\nPembina Tk. I\nNIP. 19690312 199003 1 005 1",
        "Drs. Ahmad Fauzi, M.Si (NIP 19690312 199003 1 005 1)",
    ],
)
def test_nineteen_digits_with_a_rank_or_in_brackets_are_kept_out_of_the_name(typed):
    # "19690312 199003 1 005 1": 8 + 6 + 1 + 3 + 1 = 19 digits, no NIP (18); neither they nor the rank
    # (the block has no rank line) are printed in the signer's name
    report = _pengaturan_run(**{"Nama Kepala": typed})
    assert report.settings.nama_kepala == "Drs. Ahmad Fauzi, M.Si", report.settings.nama_kepala
    assert report.settings.nip_kepala == ""
    said = [s for s in _said_in_pengaturan(report) if "19 angka" in s[2]]
    assert len(said) == 1 and said[0][0] == PERINGATAN, _said_in_pengaturan(report)


def test_nineteen_digits_alone_in_the_nama_kepala_are_no_name():
    # the NIP's line pasted one row up, with a digit too many: no name to print (no block), told
    report = _pengaturan_run(**{"Nama Kepala": "19690312 199003 1 005 1"})
    assert report.settings.nama_kepala == ""
    said = [s for s in _said_in_pengaturan(report) if "19 angka" in s[2]]
    assert len(said) == 1 and said[0][0] == PERINGATAN, _said_in_pengaturan(report)


def test_a_nip_in_brackets_after_the_name_leaves_no_bracket_in_the_name():
    # "(NIP 19690312 199003 1 005)": 18 digits, taken as the NIP; the "(" before it was printed in the name
    report = _pengaturan_run(**{"Nama Kepala": "Drs. Ahmad Fauzi, M.Si (NIP 19690312 199003 1 005)"})
    assert report.settings.nama_kepala == "Drs. Ahmad Fauzi, M.Si", report.settings.nama_kepala
    assert report.settings.nip_kepala == "19690312 199003 1 005"


# --- Tahun: a revised Perjanjian Kinerja's year typed without brackets ----------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "TA 2025 Perubahan",
        "2025 Perubahan",
        "2025-P",
        "2025 P",
        "Tahun 2025 - Perubahan",
        "TA 2025 APBD-P",
        "Tahun 2025 (Perubahan ke-2)",
        "2025 Murni",
    ],
)
def test_the_year_of_a_revised_perjanjian_kinerja_typed_without_brackets_is_read(typed):
    # the year 2025 with the note of its revision (Perubahan, APBD-P, its P): no second year
    report = _pengaturan_run(Tahun=typed)
    assert report.settings.tahun == 2025, _said_in_pengaturan(report)
    assert not [s for s in _said_in_pengaturan(report) if s[1] == "B5"], _said_in_pengaturan(report)


@pytest.mark.parametrize(
    "typed", ["2025 (PK 2024)", "2025-2026", "2025-06", "2025 Perubahan 2024", "2025 Pusat"]
)
def test_a_year_with_another_number_or_word_stays_a_galat(typed):
    # a second year (2024, 2026), a month (06), a word no note of a revision: which year is meant is unknown
    report = _pengaturan_run(Tahun=typed)
    assert report.settings.tahun is None
    assert any(s[0] == GALAT and s[1] == "B5" for s in _said_in_pengaturan(report)), _said_in_pengaturan(
        report
    )


# --- Tanggal: the apostrophe straight after the month ----------------------------------------------------


@pytest.mark.parametrize("typed", ["30 Sep'2025", "30 Sept\u20192025"])
def test_a_signing_date_with_the_apostrophe_after_the_month_is_read(typed):
    # 30 September 2025: the last day of TW III, a TW III report signed that day
    report = _pengaturan_run(3, **{"Tanggal Penandatanganan": typed})
    assert report.settings.tanggal == "30 September 2025", report.settings.tanggal
    assert _said_in_pengaturan(report) == [], _said_in_pengaturan(report)
