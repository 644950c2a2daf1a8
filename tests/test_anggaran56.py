"""Anggaran and Pengaturan (anggaran56).

- A DPA block's `5.1 BELANJA OPERASI` whose lines do not add up to it was told "Yang dihitung angka jenis
  belanja 5.1": 5.1 is itself a rincian left out; the program's figure is the one counted. The message
  names the program and the figure counted.
- Pengaturan: `Tahun 2025 (Perubahan)` (a revised Perjanjian Kinerja's year) was a galat; `30 Sep '2025` was
  no date; a NIP of 19 digits typed after the name (`... M.Si 19690312 199003 1 005 1`) was printed in the
  name on the signature block.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.parse import parse_workbook
from tests.helpers_anggaran import budget_of, findings_by_cell, kinerja_koperasi
from tests.test_engine import anggaran_row, grid, kinerja_row, run, workbook

_PROGRAM = "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL"


def _kinerja():
    return [
        kinerja_row("S1", "Sasaran", "", "Meningkatnya perlindungan sosial", "Persentase PPKS tertangani",
                    "80%", (40, 45, None, None), jenis="Nilai Akhir"),
        kinerja_row("2.06.04", "Program", "S1", _PROGRAM, "Persentase KPM yang menerima bansos", "90%",
                    (40, 50, None, None), jenis="Nilai Akhir"),
    ]  # fmt: skip


def _dpa(barang_pagu="Rp 700.000.000,00", barang_tws=("Rp 100.000.000,00", "Rp 250.000.000,00")):
    # program 3.000.000.000 = 5.1 2.500.000.000 + 5.2 500.000.000; TW I 500 jt = 400 jt + 100 jt, TW II
    # 700 jt = 600 jt + 100 jt (s.d. TW II 1.200.000.000). 5.1 = 5.1.02 700 jt + 5.1.06 1.800 jt; TW I
    # 400 jt = 100 jt + 300 jt, TW II 600 jt = 250 jt + 350 jt (as SIPD prints 5.1 over its lines)
    return [
        anggaran_row("2.06.04", _PROGRAM, "", "Rp 3.000.000.000,00",
                     ("Rp 500.000.000,00", "Rp 700.000.000,00", None, None)),
        anggaran_row("5.1", "BELANJA OPERASI", "", "Rp 2.500.000.000,00",
                     ("Rp 400.000.000,00", "Rp 600.000.000,00", None, None)),
        anggaran_row("5.1.02", "Belanja Barang dan Jasa", "", barang_pagu, (*barang_tws, None, None)),
        anggaran_row("5.1.06", "Belanja Bantuan Sosial", "", "Rp 1.800.000.000,00",
                     ("Rp 300.000.000,00", "Rp 350.000.000,00", None, None)),
        anggaran_row("5.2", "BELANJA MODAL", "", "Rp 500.000.000,00",
                     ("Rp 100.000.000,00", "Rp 100.000.000,00", None, None)),
    ]  # fmt: skip


def test_a_5_1_block_not_adding_up_names_the_program_figure_counted():
    # 5.1.02 pagu 650 jt, TW II 200 jt: 5.1's lines 650 + 1.800 = 2.450.000.000 (5.1 2.500.000.000, lebih
    # 50.000.000); s.d. TW II 100 + 200 + 300 + 350 = 950.000.000 (5.1 1.000.000.000, lebih 50.000.000)
    report = run(_kinerja(), _dpa("Rp 650.000.000,00", ("Rp 100.000.000,00", "Rp 200.000.000,00")))
    said = findings_by_cell(report, "Anggaran")
    program = budget_of(report, "2.06.04")
    # the program counted: pagu 3.000.000.000, realisasi s.d. TW II 500 jt + 700 jt = 1.200.000.000
    assert Fraction(program.pagu) == 3_000_000_000 and Fraction(program.realisasi) == 1_200_000_000
    assert "Rp 2.450.000.000" in said["D3"] and "Rp 950.000.000" in said["G3"], said
    for cell, figure in (("D3", "Rp 3.000.000.000"), ("G3", "Rp 1.200.000.000")):
        assert "Yang dihitung angka program 2.06.04" in said[cell] and figure in said[cell], said[cell]
        assert "Yang dihitung angka jenis belanja 5.1" not in said[cell], said[cell]


def test_a_5_1_block_differing_in_a_quarter_names_the_program_counted():
    # 5.1.02 TW I 150 jt, TW II 200 jt: s.d. TW II still 350 + 650 = 1.000.000.000 = 5.1's, but TW I
    # 150 + 300 = 450 jt against 5.1's 400 jt: told at 5.1's TW I (F3), the program's figure counted
    report = run(_kinerja(), _dpa(barang_tws=("Rp 150.000.000,00", "Rp 200.000.000,00")))
    said = findings_by_cell(report, "Anggaran")
    assert "Rp 450.000.000" in said["F3"], said
    # the program's own TW I, counted: 500.000.000
    assert "yang dihitung angka program 2.06.04, Rp 500.000.000 pada TW I" in said["F3"], said["F3"]
    assert "yang dihitung angka jenis belanja 5.1" not in said["F3"], said["F3"]


# --- Pengaturan: the year of a revised Perjanjian Kinerja, a year after an apostrophe, a NIP slip ------


def _pengaturan_run(triwulan=2, **typed):
    """The seed's koperasi rows with Pengaturan's parameters ``typed`` in place of the defaults (Tahun
    typed over 2025) or added below them."""
    book = workbook(kinerja_koperasi(), [], triwulan)
    rows = [[cell.value for cell in row] for row in book["Pengaturan"]]
    for name, value in typed.items():
        at = next((row for row in rows if row and row[0] == name), None)
        if at is None:
            rows.append([name, value])
        else:
            at[1] = value
    book["Pengaturan"] = grid(rows)
    return compute(parse_workbook(book))


def _said_in_pengaturan(report):
    return [(f.severity, f.sel, f.pesan) for f in report.findings if f.sheet == "Pengaturan"]


@pytest.mark.parametrize("typed", ["Tahun 2025 (Perubahan)", "2025 (Perubahan)", "TA 2025 (PK Perubahan)"])
def test_the_year_of_a_revised_perjanjian_kinerja_is_read(typed):
    # the year a Perjanjian Kinerja Perubahan was signed for: 2025 (the note in brackets is no second year)
    report = _pengaturan_run(Tahun=typed)
    assert report.settings.tahun == 2025
    assert [s for s in _said_in_pengaturan(report) if s[0] == GALAT] == [], _said_in_pengaturan(report)
    assert not [s for s in _said_in_pengaturan(report) if s[1] == "B5"], _said_in_pengaturan(report)


def test_a_year_in_brackets_beside_the_tahun_stays_a_galat():
    # "2025 (2024)": two years, which one is the report's is unknown: never read as 2025
    report = _pengaturan_run(Tahun="2025 (2024)")
    assert report.settings.tahun is None
    assert any(s[0] == GALAT and s[1] == "B5" for s in _said_in_pengaturan(report)), _said_in_pengaturan(
        report
    )


@pytest.mark.parametrize("typed", ["30 Sep '2025", "30 Sept \u20192025"])
def test_a_signing_date_with_an_apostrophe_before_its_four_digit_year_is_read(typed):
    # 30 September 2025: the last day of TW III (Juli-September), a TW III report signed that day
    report = _pengaturan_run(3, **{"Tanggal Penandatanganan": typed})
    assert report.settings.tanggal == "30 September 2025", report.settings.tanggal
    assert _said_in_pengaturan(report) == [], _said_in_pengaturan(report)


def test_a_nip_of_nineteen_digits_after_the_name_is_kept_out_of_the_name():
    # "19690312 199003 1 005 1": 8 + 6 + 1 + 3 + 1 = 19 digits, one more than a NIP's 18: no NIP taken
    # (which digit slipped is unknown), the name printed alone, a peringatan at the Nama Kepala
    report = _pengaturan_run(**{"Nama Kepala": "Drs. Ahmad Fauzi, M.Si 19690312 199003 1 005 1"})
    assert report.settings.nama_kepala == "Drs. Ahmad Fauzi, M.Si"
    assert report.settings.nip_kepala == ""
    said = [s for s in _said_in_pengaturan(report) if "19690312 199003 1 005 1" in s[2]]
    assert len(said) == 1 and said[0][0] == PERINGATAN, _said_in_pengaturan(report)
    assert "19 angka" in said[0][2] and "18 angka" in said[0][2], said


def test_a_nip_of_seventeen_digits_after_the_name_is_kept_out_beside_the_nip_kepala():
    # "19690312 199003 1 05": 17 digits; NIP Kepala typed in full is printed, the name alone
    report = _pengaturan_run(
        **{
            "Nama Kepala": "Drs. Ahmad Fauzi, M.Si 19690312 199003 1 05",
            "NIP Kepala": "19690312 199003 1 005",
        }
    )
    assert report.settings.nama_kepala == "Drs. Ahmad Fauzi, M.Si"
    assert report.settings.nip_kepala == "19690312 199003 1 005"
    said = [s for s in _said_in_pengaturan(report) if "17 angka" in s[2]]
    assert len(said) == 1 and said[0][0] == PERINGATAN, _said_in_pengaturan(report)


def test_a_name_with_a_number_of_its_own_stays_as_typed():
    # a short number in a name ("Ahmad Fauzi 2") is no NIP: printed as typed, nothing said of a NIP
    report = _pengaturan_run(**{"Nama Kepala": "Ahmad Fauzi 2"})
    assert report.settings.nama_kepala == "Ahmad Fauzi 2"
    assert not [s for s in _said_in_pengaturan(report) if "NIP" in s[2]], _said_in_pengaturan(report)


# --- A pagu read a thousand times what was meant: SIPD's `,000` typed with a dot ---------------------------
# SIPD prints Rp 1.200.000.000 as "1.200.000.000,000"; retyped with its comma as a dot, "1.200.000.000.000"
# reads Rp 1.200.000.000.000 (1,2 triliun). One program, no JUMLAH row: nothing compared it.


def _one_program(pagu, tws, triwulan=3, **settings):
    return run(_kinerja(), [anggaran_row("2.06.04", _PROGRAM, "", pagu, tws)], triwulan, **settings)


def _pagu_said(report):
    return [f for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "D2")]


# s.d. TW III 100 jt + 150 jt + 200 jt = 450.000.000
_SPENT = ("100.000.000", "150.000.000", "200.000.000", None)


@pytest.mark.parametrize("pagu", ["1.200.000.000.000", "Rp 1.200.000.000.000", 1_200_000_000_000])
def test_a_pagu_a_thousand_times_its_spending_scale_is_told(pagu):
    # 450.000.000 / 1.200.000.000.000 = 0,0375 % at TW III (0,04 % shown); read as Rp 1.200.000.000,
    # 450.000.000 / 1.200.000.000 = 37,5 %. Above Rp 1 triliun, no OPD's program: the dot slipped
    report = _one_program(pagu, _SPENT)
    (said,) = _pagu_said(report)
    assert said.severity == PERINGATAN
    for part in (
        "Rp 1.200.000.000.000",
        "Rp 450.000.000",
        "0,04%",
        "Rp 1.200.000.000",
        "37,50%",
        "tulis 1.200.000.000",
    ):
        assert part in said.pesan, said.pesan
    assert Fraction(report.total_pagu) == 1_200_000_000_000  # computed as typed, told


def test_a_pagu_a_thousand_times_the_total_pagu_pk_is_told_without_spending():
    # TW I, nothing spent: the Total Pagu Perjanjian Kinerja Rp 1.200.000.000 is the pagu / 1.000
    report = _one_program("1.200.000.000.000", ("-", None, None, None), 1,
                          **{"Total Pagu Perjanjian Kinerja": "Rp 1.200.000.000"})  # fmt: skip
    (said,) = _pagu_said(report)
    assert "Total Pagu Perjanjian Kinerja" in said.pesan and "tulis 1.200.000.000" in said.pesan, said.pesan


def test_a_pagu_a_thousand_times_its_share_of_the_jumlah_is_told():
    # programs 3.578.850.965 + 1.200.000.000.000 as typed; with 1.200.000.000: 4.778.850.965 = JUMLAH
    rows = [
        anggaran_row("2.06.04", _PROGRAM, "", "1.200.000.000.000", ("-", "-", None, None)),
        anggaran_row("2.06.05", "PROGRAM REHABILITASI SOSIAL", "", "3.578.850.965", ("47.853.500", "110.000.000", None, None)),
        anggaran_row("", "JUMLAH", "", "4.778.850.965", (None, None, None, None)),
    ]  # fmt: skip
    kinerja = [*_kinerja(), kinerja_row("2.06.05", "Program", "S1", "PROGRAM REHABILITASI SOSIAL", "Persentase PPKS",
                                        "90%", (40, 50, None, None), jenis="Nilai Akhir")]  # fmt: skip
    (said,) = _pagu_said(run(kinerja, rows))
    assert 'baris "JUMLAH"' in said.pesan and "Rp 4.778.850.965" in said.pesan, said.pesan


@pytest.mark.parametrize(
    ("pagu", "tws", "triwulan", "settings"),
    [
        # an honest program of Rp 1,2 triliun: 450.000.000.000 s.d. TW III is 37,5 %
        ("1.200.000.000.000", ("100.000.000.000", "150.000.000.000", "200.000.000.000", None), 3, {}),
        # Rp 1,2 triliun nothing spent at TW I: nothing tells the readings apart
        ("1.200.000.000.000", ("-", None, None, None), 1, {}),
        # the Total Pagu Perjanjian Kinerja agrees with the pagu as typed
        ("1.200.000.000.000", _SPENT, 3, {"Total Pagu Perjanjian Kinerja": "1.200.000.000.000"}),
        # below Rp 1 triliun a slow program is possible: 82.706.300.000 with 1.800.000 spent (0,0022 %)
        ("82.706.300.000", ("-", "1.800.000", None, None), 2, {}),
        # SIPD's own form, "1.200.000.000,000": Rp 1.200.000.000 as typed, 37,5 %
        ("1.200.000.000,000", _SPENT, 3, {}),
    ],
)
def test_honest_large_and_small_pagu_stay_quiet(pagu, tws, triwulan, settings):
    report = _one_program(pagu, tws, triwulan, **settings)
    assert _pagu_said(report) == [], [f.pesan for f in _pagu_said(report)]


def test_the_spending_of_a_pagu_told_a_thousand_times_is_not_told_to_be_in_ribuan():
    # TW II 450.000.000 of Rp 1,2 triliun is 0,0375 % (the column's 560.000.000 of 1.203.578.850.965, 0,047 %):
    # the pagu is the slip (37,5 % of Rp 1.200.000.000), so the quarter is never told "ditulis dalam ribuan
    # atau juta" (typed x 1.000 it would be Rp 450 miliar)
    rows = [
        anggaran_row("2.06.04", _PROGRAM, "", "1.200.000.000.000", ("-", "450.000.000", None, None)),
        anggaran_row("2.06.05", "PROGRAM REHABILITASI SOSIAL", "", "3.578.850.965", ("47.853.500", "110.000.000", None, None)),
    ]  # fmt: skip
    kinerja = [*_kinerja(), kinerja_row("2.06.05", "Program", "S1", "PROGRAM REHABILITASI SOSIAL", "Persentase PPKS",
                                        "90%", (40, 50, None, None), jenis="Nilai Akhir")]  # fmt: skip
    report = run(kinerja, rows)
    assert len(_pagu_said(report)) == 1, [f.pesan for f in report.findings]
    at_g2 = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "G2")]
    assert not [m for m in at_g2 if "ribuan atau juta" in m], at_g2


def test_a_quarter_tiny_even_for_the_pagu_meant_keeps_its_advice():
    # TW III 450.000 of Rp 1,2 triliun: 450.000 / 1.200.000.000 = 0,0375 % even of the pagu meant: its
    # ribuan advice stands (it is spending typed in ribuan too, or tiny)
    report = _one_program("1.200.000.000.000", ("-", "-", "450.000", None))
    at_h2 = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "H2")]
    assert [m for m in at_h2 if "ribuan atau juta" in m], [f.pesan for f in report.findings]
