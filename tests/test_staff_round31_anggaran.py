"""Staff round 31: Subbag Keuangan fills Anggaran by pasting the DPA / SIPD as it comes, Triwulan II 2025;
the seed's programs of Sasaran "Kualitas Usaha Mikro" (Tabel 3.4, seed ~949-968: P3.01 3.578.850.965
spent 157.853.500, P3.02 82.706.300 spent 1.800.000); every figure by hand.

Found wrong, and tested here:
- the DPA's jenis belanja rows pasted under each program (or under its Sub Kegiatan), "5.1 BELANJA
  OPERASI", "5.1.02 Belanja Barang dan Jasa", "5.2 BELANJA MODAL", were programs not in Kinerja: their
  pagu and spending were added to Tabel 3.4's TOTAL again (the programs' money counted twice, with a
  peringatan saying only that they count toward no Sasaran); and the same "5.1" under the next program
  was a galat "Kode ganda" leaving every total and every Sasaran budget unknown.

Grids by hand (tests/test_engine.py's helpers): Anggaran's header is row 1, data from row 2: A Kode,
B Program, C Kode Sasaran, D Pagu, E Pagu Perubahan, F-I Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.engine import compute
from lkj_xl.core.model import GALAT, PERINGATAN
from lkj_xl.core.parse import parse_workbook
from tests.helpers_anggaran import (
    PENGEMBANGAN,
    UMKM,
    USAHA_MIKRO_PAGU,
    USAHA_MIKRO_SPENT,
    anggaran_said,
    belanja_rows,
    kinerja_usaha_mikro,
    run_usaha_mikro,
    tw2_row,
)
from tests.test_engine import anggaran_row, grid, kinerja_row, pengaturan


def _seed_totals(report) -> None:
    """Tabel 3.4 and Sasaran S3 (and Tujuan T2, whose only Sasaran it is) as the seed's two programs
    give them: pagu 3.661.557.265, realisasi 159.653.500, penyerapan 159.653.500 / 3.661.557.265 x 100
    = 4,3602...%, efisiensi 40 - that = 35,6397... points."""
    penyerapan = Fraction(USAHA_MIKRO_SPENT, USAHA_MIKRO_PAGU) * 100
    assert [b.kode for b in report.budgets] == ["P3.01", "P3.02"]
    assert (report.total_pagu, report.total_realisasi_anggaran) == (USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    assert report.total_penyerapan_exact == penyerapan
    for row in report.efisiensi:
        assert (row.pagu, row.realisasi_anggaran) == (USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT), row
        assert row.efisiensi == float(40 - penyerapan), row


# --- the DPA's jenis belanja under each program ----------------------------------------------------


def test_the_dpas_jenis_belanja_under_each_program_is_not_counted_again():
    # On main the second "5.1" (row 7) was a galat "Kode ganda": every total and the Sasaran's budget
    # unknown; without it, 5.1.02 and 5.2 of P3.01 were programs, the TOTAL 3.661.557.265 + 3.078.850.965
    # + 500.000.000. The belanja rows are P3.01's and P3.02's rincian: counted once, in the programs'.
    report = run_usaha_mikro(belanja_rows())
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    _seed_totals(report)
    said = anggaran_said(report, PERINGATAN)
    # They add up to their programs: left out (the seed's totals above) and quiet, as SIPD's Kegiatan
    # rows adding up are (one peringatan per line was a false alarm on every honest paste: anggaran55).
    assert not {"A3", "A4", "A5", "A7", "A8", "D2", "G2", "D6", "G6"} & set(said), said


def test_jenis_belanja_not_adding_up_to_its_program_names_both_figures():
    # 5.2 Belanja Modal typed 400.000.000 (spent 7.853.500): P3.01's belanja 3.078.850.965 + 400.000.000 =
    # 3.478.850.965, Rp 100.000.000 short of its pagu 3.578.850.965; the program's own figure is counted.
    rows = belanja_rows()
    rows[3] = tw2_row("5.2", "BELANJA MODAL", 400_000_000, 7_853_500)
    report = run_usaha_mikro(rows)
    _seed_totals(report)
    said = anggaran_said(report, PERINGATAN)
    assert "Rp 3.478.850.965" in said["D2"] and "lebih Rp 100.000.000" in said["D2"], said["D2"]
    assert "G2" not in said, said["G2"]  # 150.000.000 + 7.853.500 = 157.853.500: the spending agrees


def test_jenis_belanja_under_a_sipd_sub_kegiatan_are_its_rincian():
    # SIPD Kode: program 2.17.03, its Kegiatan 2.17.03.2.01 and Sub Kegiatan 2.17.03.2.01.0001 (each the
    # whole program), then the Sub Kegiatan's belanja 5.1.02 (3.078.850.965, spent 150.000.000) and
    # 5.2.02 (500.000.000, spent 7.853.500). On main the two belanja rows were programs: TOTAL
    # 3.661.557.265 + 3.578.850.965 = 7.240.408.230, realisasi 159.653.500 + 157.853.500 = 317.507.000.
    rows = [
        tw2_row("2.17.03", UMKM, 3_578_850_965, 157_853_500),
        tw2_row("2.17.03.2.01", "Pemberdayaan Usaha Mikro", 3_578_850_965, 157_853_500),
        tw2_row("2.17.03.2.01.0001", "Pendataan Usaha Mikro", 3_578_850_965, 157_853_500),
        tw2_row("5.1.02", "Belanja Barang dan Jasa", 3_078_850_965, 150_000_000),
        tw2_row("5.2.02", "Belanja Modal Peralatan dan Mesin", 500_000_000, 7_853_500),
        tw2_row("2.17.04", PENGEMBANGAN, 82_706_300, 1_800_000),
    ]
    report = run_usaha_mikro(rows, kinerja_usaha_mikro("2.17.03", "2.17.04"))
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    assert [b.kode for b in report.budgets] == ["2.17.03", "2.17.04"]
    assert (report.total_pagu, report.total_realisasi_anggaran) == (USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    said = anggaran_said(report, PERINGATAN)
    assert "A5" not in said and "A6" not in said, said  # they add up: quiet (anggaran55)
    # The belanja add up to the Sub Kegiatan, which adds up to its Kegiatan and program: nothing more.
    assert not {"D2", "G2", "D4", "G4"} & set(said), said


def test_a_belanja_row_above_what_is_left_of_its_program_is_no_program():
    # "5.2 BELANJA MODAL" 600.000.000 after 5.1 3.078.850.965: 3.678.850.965 > P3.01's 3.578.850.965, no
    # rincian of it. Changed at stop 44 (README "Anggaran": a jenis belanja line is never a program): it
    # was counted as a row not in Kinerja (TOTAL 3.661.557.265 + 600.000.000 = 4.261.557.265); now left
    # out, a peringatan at its Kode naming P3.01: TOTAL the programs' 3.661.557.265.
    rows = belanja_rows()[:2] + [tw2_row("5.2", "BELANJA MODAL", 600_000_000, 7_853_500), *belanja_rows()[4:]]
    report = run_usaha_mikro(rows)
    assert [b.kode for b in report.budgets] == ["P3.01", "P3.02"]
    assert report.total_pagu == USAHA_MIKRO_PAGU
    said = anggaran_said(report, PERINGATAN)
    assert "bukan program" in said["A4"] and "P3.01" in said["A4"] and "Rp 600.000.000" in said["A4"]


def test_a_belanja_daerah_total_below_the_last_program_is_still_a_total():
    # "5 BELANJA DAERAH" 3.661.557.265 (spent 159.653.500) under the last program: SIPD's closing total of
    # both programs, left out as before (no rincian of P3.02: Kode 5 alone is no jenis belanja).
    rows = [
        tw2_row("P3.01", UMKM, 3_578_850_965, 157_853_500),
        tw2_row("P3.02", PENGEMBANGAN, 82_706_300, 1_800_000),
        tw2_row("5", "BELANJA DAERAH", USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT),
    ]
    report = run_usaha_mikro(rows)
    _seed_totals(report)
    said = anggaran_said(report, PERINGATAN)
    assert "P3.01 baris 2, P3.02 baris 3" in said["A4"] and "rincian" not in said["A4"], said["A4"]


def test_check_export_tabel_3_4_rekap_word_and_mail_leave_the_example_s_belanja_rows_out_alike(tmp_path):
    import email
    import json

    import docx
    import openpyxl
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.common import example_typed

    # The example (Anggaran header row 3), P1.03 (row 19, pagu 8.706.000) given TW II spending 1.500.000,
    # its DPA belanja pasted under it as the DPA prints them: 5.1.02 "Rp. 6.000.000,00" (spent "1.000.000",
    # a trailing NBSP after its Uraian) and 5.2.02 2.706.000 (spent 500.000): 6.000.000 + 2.706.000 =
    # 8.706.000 and 1.000.000 + 500.000 = 1.500.000, the program's. Tabel 3.4's TOTAL stays the seed's
    # pagu 27.805.047.633; realisasi 6.835.975.140 + 1.500.000 = 6.837.475.140. On main the two rows were
    # programs: pagu 27.813.753.633, realisasi 6.838.975.140.
    path = example_typed(
        tmp_path,
        "belanja",
        2,
        {("Anggaran", "G19"): 1_500_000,
         ("Anggaran", "A20"): "5.1.02", ("Anggaran", "B20"): "Belanja Barang dan Jasa\u00a0",
         ("Anggaran", "D20"): "Rp. 6.000.000,00", ("Anggaran", "G20"): "1.000.000",
         ("Anggaran", "A21"): "5.2.02", ("Anggaran", "B21"): "Belanja Modal Peralatan dan Mesin",
         ("Anggaran", "D21"): 2_706_000, ("Anggaran", "G21"): 500_000},
    )  # fmt: skip
    pagu, spent = 27_805_047_633, 6_835_975_140 + 1_500_000
    # 6.837.475.140 / 27.805.047.633 x 100 = 24,5907...: "24,59"
    shown = "24,59"
    assert f"{float(Fraction(spent, pagu) * 100):.2f}".replace(".", ",") == shown
    runner = CliRunner()
    checked = runner.invoke(main, ["check", str(path)])
    assert checked.exit_code == 0, checked.output  # peringatan only
    said = [line for line in checked.output.splitlines() if "Anggaran!A2" in line]
    assert not said, said  # the lines add up to P1.03 (above): left out, quiet (anggaran55)
    exported = json.loads(runner.invoke(main, ["export", str(path), "--table", "anggaran"]).stdout)
    assert [b["kode"] for b in exported][-1] == "P1.03"
    assert (sum(b["pagu"] for b in exported), sum(b["realisasi"] for b in exported)) == (pagu, spent)
    out = tmp_path / "hasil.xlsx"
    assert runner.invoke(main, ["build", str(path), "-o", str(out)]).exit_code == 0
    sheet = openpyxl.load_workbook(out)["Realisasi Anggaran"]
    (total,) = [r for r in sheet.iter_rows(values_only=True) if r[0] == "TOTAL"]
    assert (total[3], total[4]) == (pagu, spent), total
    folder = tmp_path / "rekap"
    folder.mkdir()
    (folder / "belanja.xlsx").write_bytes(path.read_bytes())
    rekap = tmp_path / "rekap.json"
    runner.invoke(main, ["rekap", str(folder), "--format", "json", "-o", str(rekap), "--jobs", "1"])
    (agency,) = json.loads(rekap.read_text())["perangkat_daerah"]
    assert (agency["pagu"], agency["realisasi_anggaran"]) == (pagu, spent), agency
    word = tmp_path / "laporan.docx"
    assert runner.invoke(main, ["laporan", str(path), "-o", str(word)]).exit_code == 0
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert (
        f"Rp 27.805.047.633 dengan realisasi s.d. Triwulan II Tahun 2025 sebesar Rp 6.837.475.140 atau {shown}%"
        in text
    )
    eml = tmp_path / "pesan.eml"
    sent = runner.invoke(
        main,
        ["send", str(path), "--to", "a@example.go.id", "--from", "b@example.go.id", "--dry-run", str(eml)],
    )
    assert sent.exit_code == 0, sent.output
    message = email.message_from_bytes(eml.read_bytes())
    (body,) = [
        p.get_payload(decode=True).decode() for p in message.walk() if p.get_content_type() == "text/plain"
    ]
    assert f"Rp 6.837.475.140 dari pagu Rp 27.805.047.633 ({shown}%)" in body, body


# --- SIPD's text apostrophe pasted with the cell --------------------------------------------------


def test_amounts_pasted_with_the_text_apostrophe_are_read_as_excel_reads_them():
    # A SIPD / SIMDA export opened as CSV keeps the apostrophe that marks a number as text: the cells hold
    # "'3.578.850.965" and "'157.853.500", as Excel shows them. On main each was a galat (no pagu, no
    # totals) saying to note the mark in a column "Keterangan" that Anggaran does not have. The apostrophe
    # means nothing else: read as typed after it, the seed's figures (4,36 %).
    rows = [
        anggaran_row("P3.01", UMKM, None, "'3.578.850.965", ("'0", "'157.853.500", None, None)),
        tw2_row("P3.02", PENGEMBANGAN, 82_706_300, 1_800_000),
    ]
    report = run_usaha_mikro(rows)
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    _seed_totals(report)


def test_another_mark_before_an_amount_names_no_keterangan_column():
    # "*3.578.850.965" (a footnote mark): a galat, as before, but Anggaran has no Keterangan column to
    # note it in: the message says to type the amount alone.
    rows = [
        anggaran_row("P3.01", UMKM, None, "*3.578.850.965", (0, 157_853_500, None, None)),
        tw2_row("P3.02", PENGEMBANGAN, 82_706_300, 1_800_000),
    ]
    said = anggaran_said(run_usaha_mikro(rows), GALAT)
    assert '"*"' in said["D2"] and "tulis angkanya saja" in said["D2"], said
    assert "Keterangan" not in said["D2"], said["D2"]


def test_a_kode_pasted_with_the_text_apostrophe_is_a_galat_naming_the_kode_of_kinerja():
    # Anggaran's Kode "'P3.01" (the CSV's apostrophe kept) for Kinerja's "P3.01": on main a program not in
    # Kinerja, counted toward no Sasaran with a peringatan, so Sasaran S3's pagu was P3.02's 82.706.300
    # alone and its penyerapan 1.800.000 / 82.706.300 = 2,18 % (efisiensi 37,82 instead of 35,64). Now a
    # galat at its Kode naming "P3.01" (as a Kode differing in case is): S3's and T2's budget unknown,
    # Tabel 3.4's TOTAL (every row's own figures) still the seed's.
    rows = [
        tw2_row("'P3.01", UMKM, 3_578_850_965, 157_853_500),
        tw2_row("P3.02", PENGEMBANGAN, 82_706_300, 1_800_000),
    ]
    report = run_usaha_mikro(rows)
    said = anggaran_said(report, GALAT)
    assert '"P3.01"' in said["A2"] and "tanda '" in said["A2"], said
    assert (report.total_pagu, report.total_realisasi_anggaran) == (USAHA_MIKRO_PAGU, USAHA_MIKRO_SPENT)
    for row in report.efisiensi:
        assert (row.pagu, row.penyerapan, row.efisiensi) == (None, None, None), row
        assert "Anggaran!A2" in row.galat_anggaran, row


def test_jenis_belanja_pasted_without_its_kode_says_what_to_do():
    # The DPA's belanja under P3.01 copied without the account Kode column: "Belanja Barang dan Jasa"
    # 3.078.850.965 and "Belanja Modal" 500.000.000, Kode blank. A galat as before (which program or
    # rincian is unknown: no total is given without them), now saying to delete a rincian or type the Kode.
    rows = [
        tw2_row("P3.01", UMKM, 3_578_850_965, 157_853_500),
        tw2_row(None, "Belanja Barang dan Jasa", 3_078_850_965, 150_000_000),
        tw2_row(None, "Belanja Modal", 500_000_000, 7_853_500),
        tw2_row("P3.02", PENGEMBANGAN, 82_706_300, 1_800_000),
    ]
    report = run_usaha_mikro(rows)
    said = anggaran_said(report, GALAT)
    assert set(said) == {"A3", "A4"}, said
    for cell in ("A3", "A4"):
        assert "rincian belanja program di atasnya" in said[cell] and "hapus baris ini" in said[cell], said
    assert report.total_pagu is None and report.total_realisasi_anggaran is None


# --- the DPPA's Setelah Perubahan pasted into Pagu Perubahan --------------------------------------


@pytest.mark.parametrize("dash", ["-", "Rp -", "Rp\u00a0-"])
def test_a_dash_in_the_dppas_pagu_perubahan_column_is_said_with_both_readings(dash):
    # Triwulan III, after the APBD-P: the DPPA's "Setelah Perubahan" pasted into Pagu Perubahan. P3.01
    # 3.578.850.965 -> 3.700.000.000; P3.02 (82.706.300) dropped, the DPPA printing its zero as a dash
    # (Excel's Accounting format: "Rp -"). "-" there means "no revision" (the contract's rule), so the
    # pagu used is the old 82.706.300: TOTAL 3.700.000.000 + 82.706.300 = 3.782.706.300, realisasi
    # 157.853.500 + 200.000.000 = 357.853.500; had the dash been the DPPA's zero, 3.700.000.000 alone.
    # On main this was said nowhere; now a peringatan at E3 names the pagu used and both fixes.
    rows = [
        anggaran_row("P3.01", UMKM, None, 3_578_850_965, (0, 157_853_500, 200_000_000, None), 3_700_000_000),
        anggaran_row("P3.02", PENGEMBANGAN, None, 82_706_300, (0, 0, 0, None), dash),
    ]
    sheets = {
        "Pengaturan": pengaturan(3),
        "Kinerja": grid([list(c.KINERJA_HEADERS), *kinerja_usaha_mikro()]),
        "Anggaran": grid([list(c.ANGGARAN_HEADERS), *rows]),
    }
    report = compute(parse_workbook(sheets))
    assert (report.total_pagu, report.total_realisasi_anggaran) == (3_782_706_300, 357_853_500)
    said = anggaran_said(report, PERINGATAN)
    assert "Rp 82.706.300" in said["E3"] and "tulis 0" in said["E3"] and "kosongkan" in said["E3"], said
    assert "E2" not in said


def test_a_dash_in_pagu_perubahan_without_any_revision_typed_stays_quiet():
    # No row has a Pagu Perubahan figure (no APBD-P yet): "-" there is "no revision", as the contract says.
    rows = [
        anggaran_row("P3.01", UMKM, None, 3_578_850_965, (0, 157_853_500, None, None), "-"),
        tw2_row("P3.02", PENGEMBANGAN, 82_706_300, 1_800_000),
    ]
    report = run_usaha_mikro(rows)
    _seed_totals(report)
    assert not anggaran_said(report, PERINGATAN), anggaran_said(report, PERINGATAN)


# The DPA's recap per jenis belanja below the programs: Belanja Operasi 3.161.557.265 (spent 152.000.000),
# Belanja Modal as given (spent 7.653.500).
_OPERASI = tw2_row("5.1", "BELANJA OPERASI", 3_161_557_265, 152_000_000)


def _modal(pagu: int) -> list:
    return tw2_row("5.2", "BELANJA MODAL", pagu, 7_653_500)


def _programs_then(*below: list) -> list[list]:
    """The seed's P3.01 and P3.02 as Tabel 3.4 gives them, then the rows ``below``."""
    return [
        tw2_row("P3.01", UMKM, 3_578_850_965, 157_853_500),
        tw2_row("P3.02", PENGEMBANGAN, 82_706_300, 1_800_000),
        *below,
    ]


def test_a_recap_per_jenis_belanja_below_the_programs_is_not_counted_again():
    # Below the programs the DPA's recap per jenis belanja: 5.1 BELANJA OPERASI 3.161.557.265 (spent
    # 152.000.000), in it 5.1.02 the same, and 5.2 BELANJA MODAL 500.000.000 (spent 7.653.500): 5.1 + 5.2 =
    # 3.661.557.265 and 159.653.500, the two programs' own. On main 5.1 was left out as the heading of
    # 5.1.02, but 5.1.02 and 5.2 were programs not in Kinerja: TOTAL 3.661.557.265 x 2. Left out, said.
    report = run_usaha_mikro(
        _programs_then(
            _OPERASI,
            tw2_row("5.1.02", "Belanja Barang dan Jasa", 3_161_557_265, 152_000_000),
            _modal(500_000_000),
        )
    )
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    _seed_totals(report)
    said = anggaran_said(report, PERINGATAN)
    # (5.1 is the heading of its one row 5.1.02, said so; the recap then is 5.1.02 and 5.2)
    assert "jumlah belanja" in said["A4"] and "tidak dihitung" in said["A4"], said["A4"]
    for cell in ("A5", "A6"):
        assert "rekap per jenis belanja" in said[cell] and "tidak dihitung" in said[cell], said


def test_a_jenis_belanja_recap_not_adding_up_to_the_programs_is_no_program():
    # The same recap with 5.2 typed 400.000.000: 3.161.557.265 + 400.000.000 = 3.561.557.265, not the
    # programs' 3.661.557.265: no recap of them that can be told. Changed at stop 44 (README "Anggaran":
    # a jenis belanja line is never a program): 5.1 and 5.2 were counted as rows not in Kinerja (TOTAL
    # 3.661.557.265 + 3.561.557.265); neither fits P3.02 (82.706.300), the program above them, so both are
    # left out with a peringatan at each Kode: TOTAL the programs' 3.661.557.265.
    report = run_usaha_mikro(_programs_then(_OPERASI, _modal(400_000_000)))
    assert [b.kode for b in report.budgets] == ["P3.01", "P3.02"]
    assert report.total_pagu == USAHA_MIKRO_PAGU
    said = anggaran_said(report, PERINGATAN)
    assert all("bukan program" in said[cell] and "P3.02" in said[cell] for cell in ("A4", "A5")), said


def test_the_dpas_rekening_rows_under_their_belanja_are_rincian_whatever_their_uraian():
    # The DPA down to its rekening: P3.01 > 5.1 3.078.850.965 > 5.1.02 the same > rekening
    # 5.1.02.01.01.0024 "Alat Tulis Kantor" 1.000.000.000 (spent 50.000.000) and 5.1.02.02.01.0003
    # "Honorarium Narasumber" 2.078.850.965 (spent 100.000.000): 1.000.000.000 + 2.078.850.965 =
    # 3.078.850.965, 50.000.000 + 100.000.000 = 150.000.000; then 5.2 500.000.000 (spent 7.853.500). P3.02 >
    # 5.1 > the same rekening 5.1.02.01.01.0024 82.706.300 (spent 1.800.000). A rekening's Uraian is no
    # "Belanja ...": on main (and by the Uraian alone) the honorarium was a program not in Kinerja and the
    # second 5.1.02.01.01.0024 a "Kode ganda". All are rincian: the seed's figures, nothing else said.
    dpa = belanja_rows()  # P3.01, 5.1, 5.1.02, 5.2, P3.02, 5.1, 5.1.02
    rows = [
        *dpa[:3],
        tw2_row("5.1.02.01.01.0024", "Alat Tulis Kantor", 1_000_000_000, 50_000_000),
        tw2_row("5.1.02.02.01.0003", "Honorarium Narasumber", 2_078_850_965, 100_000_000),
        *dpa[3:6],
        tw2_row("5.1.02.01.01.0024", "Alat Tulis Kantor", 82_706_300, 1_800_000),
    ]
    report = run_usaha_mikro(rows)
    assert not anggaran_said(report, GALAT), anggaran_said(report, GALAT)
    _seed_totals(report)
    said = anggaran_said(report, PERINGATAN)
    assert not {f"A{r}" for r in (3, 4, 5, 6, 7, 9, 10)} & set(said), said  # they add up: quiet


def test_a_program_of_a_numbered_kinerja_typed_twice_is_still_a_kode_ganda():
    # Kinerja numbered as the Renstra is (Tujuan 5, Sasaran 5.1, programs 5.1.1 and 5.1.2): Anggaran has
    # 5.1.2 twice, the support program P0.01 (Kode Sasaran 5.1) and 5.1.1 between. A Kode of the DPA's
    # belanja shape is kept apart under each row above it (the same "5.1" under every program); two rows
    # of it still counted are one Kode typed twice: a galat at A5, no TOTAL without it (P3.02's money
    # would be counted twice).
    kinerja = [
        kinerja_row("5", "Tujuan", "", "Investasi inklusif", "I T", 100, (None, 40, None, None)),
        kinerja_row("5.1", "Sasaran", "5", "Kualitas Usaha Mikro", "I S", 100, (None, 40, None, None)),
        kinerja_row("5.1.1", "Program", "5.1", UMKM, "I A", 100, (None, 40, None, None)),
        kinerja_row("5.1.2", "Program", "5.1", PENGEMBANGAN, "I B", 100, (None, 40, None, None)),
    ]
    rows = [
        tw2_row("5.1.2", PENGEMBANGAN, 82_706_300, 1_800_000),
        anggaran_row(
            "P0.01", "PROGRAM PENUNJANG URUSAN", "5.1", 12_076_486_014, (0, 5_059_823_310, None, None)
        ),
        tw2_row("5.1.1", UMKM, 3_578_850_965, 157_853_500),
        tw2_row("5.1.2", PENGEMBANGAN, 82_706_300, 1_800_000),
    ]
    report = run_usaha_mikro(rows, kinerja)
    said = anggaran_said(report, GALAT)
    assert set(said) == {"A5"} and "ganda (sudah ada di baris 2)" in said["A5"], said
    assert report.total_realisasi_anggaran is None and report.total_penyerapan is None
