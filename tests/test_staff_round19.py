"""Staff round 19: the planning staff of a Dinas Sosial / Dinas Pendidikan filling Kinerja for
Triwulan II and IV 2025: lower-is-better indicators (penduduk miskin, PMKS, waktu layanan), counts in
orang/anak, figures pasted from a PDF.

Found wrong, and tested here:
- a quarter pasted from a PDF table as "(20)" (the accounting minus) or typed "-20" for a count of anak
  was read as -20 and summed without a word (TW I 100 + TW II -20 = 80 of 220: 36,36 %);
- a negative capaian of a higher-is-better indicator (its realisasi below zero) was said to come from
  "indikator Negatif (makin kecil makin baik) dengan realisasi ... lebih dari dua kali Target": the
  indicator is Positif, the realisasi below zero;
- a lower-is-better count typed per quarter as the number at the quarter's end (jumlah PMKS 1.150;
  1.100 of a target 1.200) with Jenis Realisasi blank or Kumulatif was summed to 2.250, a capaian of
  (2.400 - 2.250) / 1.200 = 12,5 % Sangat Rendah, without a word (Satuan "orang" is a count, so the
  blank-Jenis peringatan of a rate did not fire);
- a footnote written "1)" or "(1)" after the number ("85,2 1)") and a number followed by its words in
  brackets ("100% (seratus persen)", "0 (nol)") were galat saying only "ada teks ... setelah angka",
  not what to type.

Grids by hand (tests/test_engine.py's helpers): Kinerja's header is row 1, data from row 2: F Satuan,
G Polaritas, H Jenis Realisasi, I Target, K-N Realisasi TW I-IV.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core import contract as c
from lkj_xl.core.model import GALAT, PERINGATAN
from tests import common
from tests.test_engine import kinerja_row, run


def _at(report, sel, severity=None):
    return [
        f for f in report.findings if f.sheet == "Kinerja" and f.sel == sel and severity in (None, f.severity)
    ]


def _one(target, tws, triwulan=2, **kw):
    """One Sasaran (row 2) with its indicator; Kode Induk left blank (its own peringatan at C2)."""
    return run([kinerja_row("S1", "Sasaran", "", "Sasaran", "Ind", target, tws, **kw)], triwulan=triwulan)


# --- 1. a negative quarter of a count ---------------------------------------------------------------


@pytest.mark.parametrize("typed", ["(20)", "-20"])
def test_a_negative_quarter_of_a_count_is_a_peringatan_naming_what_was_read(typed):
    # Jumlah anak, Kumulatif, target 220: TW I 100, TW II typed as a minus. Computed as typed (a
    # correction of TW I may be meant): 100 - 20 = 80, 80/220 x 100 = 36,36...% (Sangat Rendah).
    report = _one(220, (100, typed, None, None), satuan="anak", polaritas="Positif", jenis="Kumulatif")
    ind = report.indicators[0]
    assert ind.realisasi == 80
    assert ind.capaian_exact == Fraction(80, 220) * 100
    said = _at(report, "L2")
    assert [f.severity for f in said] == [PERINGATAN]
    # "di bawah nol", not "tidak bisa negatif" (revmend38): "negatif" is the Polaritas's word in Kinerja's
    # findings, as for a capaian below zero (tests/test_di_bawah_nol.py); the figure read is the same -20.
    assert "dibaca -20" in said[0].pesan and 'Satuan "anak" tidak bisa di bawah nol' in said[0].pesan
    # the brackets are named where they were typed
    assert ('ditulis "(20)": tanda kurung berarti minus' in said[0].pesan) == (typed == "(20)")


def test_a_negative_percentage_or_a_positive_count_is_not_pointed_out():
    # A growth rate below zero is a figure of its own (Satuan %); 100 and 20 anak are plain counts.
    rate = _one("3,63%", (None, "-1,5%", None, None), satuan="%", polaritas="Positif", jenis="Nilai Akhir")
    assert _at(rate, "L2") == []
    count = _one(220, (100, 20, None, None), satuan="anak", polaritas="Positif", jenis="Kumulatif")
    assert _at(count, "K2") == [] and _at(count, "L2") == []


# --- 2. the negative capaian of a higher-is-better indicator ------------------------------------------


def test_a_negative_capaian_of_a_positif_indicator_says_its_realisasi_is_below_zero():
    # Pertumbuhan (%) target 3,63, TW II -1,5: -1,5 / 3,63 x 100 = -41,32...% (negative).
    report = _one("3,63%", (None, "-1,5%", None, None), satuan="%", polaritas="Positif", jenis="Nilai Akhir")
    assert report.indicators[0].capaian_exact == Fraction(-150, 363) * 100
    said = _at(report, "I2")
    assert [f.severity for f in said] == [PERINGATAN]
    assert "indikator Negatif" not in said[0].pesan and "lebih dari dua kali" not in said[0].pesan
    assert "di bawah nol" in said[0].pesan and "-1,5" in said[0].pesan


def test_the_negative_capaian_of_a_negatif_indicator_keeps_its_words():
    # Negatif, target 12,5, TW II 30: (25 - 30) / 12,5 x 100 = -40 %.
    report = _one("12,5%", (None, "30%", None, None), satuan="%", polaritas="Negatif", jenis="Nilai Akhir")
    assert report.indicators[0].capaian_exact == -40
    said = _at(report, "I2")
    # the wording as the report's notes say it (tests/test_negatif_wording.py); was `indikator Negatif
    # (makin kecil makin baik)`
    assert (
        len(said) == 1
        and "indikator bernilai negatif (semakin rendah realisasi semakin baik)" in said[0].pesan
    )


# --- 3. a lower-is-better count summed ---------------------------------------------------------------


@pytest.mark.parametrize("jenis", [None, "Kumulatif"])
def test_a_lower_is_better_count_summed_over_quarters_near_its_target_is_a_peringatan(jenis):
    # Jumlah PMKS, target 1.200 orang: TW I 1.150, TW II 1.100 summed to 2.250;
    # (2 x 1.200 - 2.250) / 1.200 x 100 = 150/1.200 x 100 = 12,5 % (computed as typed).
    report = _one("1.200", ("1.150", "1.100", None, None), satuan="orang", polaritas="Negatif", jenis=jenis)
    ind = report.indicators[0]
    assert ind.realisasi == 2250 and ind.capaian_exact == Fraction(25, 2)
    said = _at(report, "H2")
    assert [f.severity for f in said] == [PERINGATAN]
    assert "2.250" in said[0].pesan and '"Nilai Akhir"' in said[0].pesan


def test_a_lower_is_better_flow_or_a_nilai_akhir_count_is_not_pointed_out():
    # Jumlah kasus (a flow), target 20 a year: TW I 5, TW II 4 (each below half of 20) summed to 9.
    flow = _one(20, (5, 4, None, None), satuan="kasus", polaritas="Negatif", jenis="Kumulatif")
    assert flow.indicators[0].realisasi == 9 and _at(flow, "H2") == []
    # PMKS as Nilai Akhir: the latest quarter, 1.100; (2.400 - 1.100) / 1.200 x 100 = 108,33...%
    akhir = _one(
        "1.200", ("1.150", "1.100", None, None), satuan="orang", polaritas="Negatif", jenis="Nilai Akhir"
    )
    assert akhir.indicators[0].capaian_exact == Fraction(1300, 1200) * 100 and _at(akhir, "H2") == []
    # Higher is better, jumlah anak 1.150 + 1.100 of 1.200: a sum that is meant (no word here).
    naik = _one(
        "1.200", ("1.150", "1.100", None, None), satuan="anak", polaritas="Positif", jenis="Kumulatif"
    )
    assert _at(naik, "H2") == []


def test_a_lower_is_better_rate_summed_for_a_blank_jenis_is_said_once():
    # Penduduk miskin (%), target 12,5, Jenis blank: TW I 12,3 + TW II 12,1 = 24,4; the blank-Jenis
    # peringatan of a rate (round 9) says it at H2, this round's adds nothing.
    report = _one("12,5%", ("12,3%", "12,1%", None, None), satuan="%", polaritas="Negatif", jenis=None)
    assert len(_at(report, "H2")) == 1


# --- 4. a footnote "1)" and a number's words in brackets -------------------------------------------


@pytest.mark.parametrize(
    ("typed", "mark", "number"), [("85,2 1)", "1)", "85,2"), ("85,2 (1)", "(1)", "85,2")]
)
def test_a_numbered_footnote_after_the_number_is_a_galat_saying_what_to_type(typed, mark, number):
    report = _one("80%", (None, typed, None, None), satuan="%", polaritas="Positif", jenis="Nilai Akhir")
    said = _at(report, "L2", GALAT)
    assert len(said) == 1
    assert f'catatan kaki ("{mark}")' in said[0].pesan and f"tulis angkanya saja ({number})" in said[0].pesan
    assert report.indicators[0].capaian is None


@pytest.mark.parametrize(
    ("column", "typed", "number", "words"),
    [
        ("Target", "100% (seratus persen)", "100%", "(seratus persen)"),
        (c.REALISASI_TW_HEADERS[1], "0 (nol)", "0", "(nol)"),
        (c.REALISASI_TW_HEADERS[1], "85,2 (sementara)", "85,2", "(sementara)"),
    ],
)
def test_a_number_followed_by_words_in_brackets_is_a_galat_saying_what_to_type(column, typed, number, words):
    target, tw2 = (typed, "85%") if column == "Target" else ("80%", typed)
    report = _one(target, (None, tw2, None, None), satuan="%", polaritas="Positif", jenis="Nilai Akhir")
    said = _at(report, "I2" if column == "Target" else "L2", GALAT)
    assert len(said) == 1
    assert f'"{words}"' in said[0].pesan and f"tulis angkanya saja ({number})" in said[0].pesan
    assert "Keterangan" in said[0].pesan


# --- 5. a duration of zero ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jenis", "typed", "expected"), [("Rata-rata", "nihil", Fraction(160)), ("Nilai Akhir", 0, 200)]
)
def test_a_duration_of_zero_days_is_a_peringatan_saying_to_type_a_dash(jenis, typed, expected):
    # Waktu layanan, Negatif, target 5 hari: TW I 4, TW II typed as nothing. Rata-rata (4 + 0) / 2 = 2,
    # (10 - 2) / 5 x 100 = 160; Nilai Akhir 0, (10 - 0) / 5 x 100 = 200 (the formula's ceiling).
    report = _one(5, (4, typed, None, None), satuan="hari", polaritas="Negatif", jenis=jenis)
    assert report.indicators[0].capaian_exact == expected
    said = _at(report, "L2")
    assert [f.severity for f in said] == [PERINGATAN]
    assert "0 hari" in said[0].pesan and 'tulis "-"' in said[0].pesan


def test_a_count_of_zero_or_a_duration_above_zero_is_not_pointed_out():
    count = _one(220, (100, 0, None, None), satuan="orang", polaritas="Positif", jenis="Kumulatif")
    assert _at(count, "L2") == []
    days = _one(5, (4, 3, None, None), satuan="hari", polaritas="Negatif", jenis="Rata-rata")
    assert _at(days, "L2") == []


# --- 6. a count of people stored with a decimal point ------------------------------------------------


def test_a_count_of_people_stored_as_a_fraction_is_a_peringatan_naming_the_thousands():
    # "1.234" typed on an Excel set to English is stored as the number 1,234 (anak): against a target
    # of 1.500 anak that is 1,234 / 1.500 x 100 = 0,0822...% Sangat Rendah (computed as stored).
    report = _one(1500, (None, 1.234, None, None), satuan="anak", polaritas="Positif", jenis="Nilai Akhir")
    assert report.indicators[0].capaian_exact == Fraction(1234, 1000) / 1500 * 100
    said = _at(report, "L2")
    assert [f.severity for f in said] == [PERINGATAN]
    assert "1,234" in said[0].pesan and "1234" in said[0].pesan and 'Satuan "anak"' in said[0].pesan


def test_a_whole_count_or_a_quantity_with_decimals_is_not_pointed_out():
    whole = _one(1500, (None, 1234, None, None), satuan="anak", polaritas="Positif", jenis="Nilai Akhir")
    assert _at(whole, "L2") == []
    tonnes = _one(12, (None, 1.5, None, None), satuan="ton", polaritas="Positif", jenis="Nilai Akhir")
    assert _at(tonnes, "L2") == []


# --- the fronts say it alike ---------------------------------------------------------------------------


@pytest.mark.slow  # (three CLI runs on the example, about 4 s)
def test_check_export_and_pemeriksaan_say_the_negative_quarter_and_the_summed_count_alike(tmp_path):
    import openpyxl

    # The example's K2.03.01 (Kinerja row 19: header on row 3), Jumlah SDM dilatih, 220 orang, Kumulatif,
    # TW II 0: TW I 100 and TW II pasted as "(20)". K2.01.01 (row 15), 100 koperasi, Kumulatif: made a
    # lower-is-better count with TW I 80 and TW II 90 (each at least half of 100, summed to 170).
    path = tmp_path / "sosial.xlsx"
    wb = openpyxl.load_workbook("workbooks/lkjip-diskopukm-lumajang-tw2-2025.xlsx")
    ws = wb["Kinerja"]
    assert (ws["A19"].value, ws["I19"].value, ws["H19"].value) == ("K2.03.01", 220, "Kumulatif")
    assert (ws["A15"].value, ws["I15"].value, ws["H15"].value) == ("K2.01.01", 100, "Kumulatif")
    ws["K19"], ws["L19"] = 100, "(20)"
    ws["G15"], ws["K15"], ws["L15"] = "Negatif", 80, 90
    wb.save(path)
    said = [("L19", 'ditulis "(20)"'), ("H15", "TW I 80 + TW II 90 = 170")]
    exported = common.peringatan_alike(path, tmp_path, said)
    # the figures as typed: 100 - 20 = 80 of 220; (200 - 170) / 100 x 100 = 30
    by_kode = {r["kode"]: r for r in exported["indikator"]}  # (one indicator each)
    assert Fraction(str(by_kode["K2.03.01"]["realisasi"])) == 80
    assert Fraction(str(by_kode["K2.01.01"]["capaian"])) == 30
