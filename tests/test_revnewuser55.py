"""Review of newuser55: `NA` read as no data where `-` means Rp 0 spent (a budget's quarter) or where a
blank is told (Pengaturan's Tahun), and the lower-is-better words one word away from the branch's
(`tidak bersekolah`, `Angka Tidak Sekolah`, `ATS`, `kejadian bencana banjir`, `lama kunjungan wisatawan`)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.core.engine import compute
from lkj_xl.core.parse import parse_workbook
from tests.test_engine import anggaran_row, kinerja_row, run, workbook

_ROW = kinerja_row(
    "S1",
    "Sasaran",
    "",
    "Sasaran",
    "Persentase desa tangguh bencana",
    "80",
    ("60", "70", None, None),
    jenis="Nilai Akhir",
)


# --- a budget quarter "not available" is no Rp 0 spent ------------------------------------------------------


@pytest.mark.parametrize("typed", ["NA", "n.a.", "N/A"])
def test_spending_not_available_is_a_galat_never_nothing_spent(typed):
    # Pagu 1.000.000, TW I 100.000, TW II "NA" (the BPKAD's figure not in yet): read as "-" (Rp 0 spent, the
    # DPA's dash) the penyerapan s.d. TW II was 100.000 / 1.000.000 = 10 % without a word; it is not known.
    report = run(
        [_ROW], [anggaran_row("P1", "Program Satu", "S1", "1.000.000", ("100.000", typed, None, None))]
    )
    (eff,) = [e for e in report.efisiensi if e.kode == "S1"]
    assert eff.penyerapan is None, eff
    (said,) = [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Anggaran", "G2")]
    assert f'"{typed}"' in said and "bukan angka" in said and "penyerapan anggaran tidak dihitung" in said, (
        said
    )


def test_spending_dash_is_still_nothing_spent():
    # "-": Rp 0 spent in TW II, as in the DPA: 100.000 / 1.000.000 = 10 %
    report = run(
        [_ROW], [anggaran_row("P1", "Program Satu", "S1", "1.000.000", ("100.000", "-", None, None))]
    )
    (eff,) = [e for e in report.efisiensi if e.kode == "S1"]
    assert eff.penyerapan == pytest.approx(float(Fraction(100_000, 1_000_000) * 100))


# --- Pengaturan's Tahun "NA" or "-": told as a blank is --------------------------------------------------


@pytest.mark.parametrize("typed", ["NA", "-", "N/A"])
def test_tahun_typed_no_data_is_told_as_blank(typed):
    # main said 'harus angka 2000-2100, bukan "NA"'; read as no data the report lost its year without a word
    book = workbook([_ROW])
    for row in book["Pengaturan"]:
        if row[0].value == "Tahun":
            row[1].value = typed
    report = compute(parse_workbook(book))
    said = [f.pesan for f in report.findings if f.sheet == "Pengaturan" and f.sel == "B5"]
    assert said and 'Parameter "Tahun" belum diisi' in said[0], report.findings


# --- children out of school and disasters, one word away --------------------------------------------------


def _polaritas_said(indikator: str, satuan: str) -> list[str]:
    row = kinerja_row(
        "S1",
        "Sasaran",
        "",
        "S",
        indikator,
        "80",
        ("60", "70", None, None),
        satuan=satuan,
        jenis="Nilai Akhir",
    )
    return [f.pesan for f in run([row]).findings if f.sel == "G2"]


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        ("Jumlah anak tidak bersekolah", "anak"),
        ("Jumlah anak yang tidak bersekolah", "anak"),
        ("Angka Tidak Sekolah (ATS)", "%"),
        ("Angka tidak sekolah", "%"),
        ("Jumlah ATS", "anak"),
        ("Jumlah anak usia sekolah yang tidak sekolah", "anak"),
        ("Jumlah kejadian bencana hidrometeorologi", "kejadian"),
        ("Jumlah kejadian bencana banjir dan tanah longsor", "kejadian"),
    ],
)
def test_lower_is_better_one_word_away_is_told(indikator, satuan):
    said = _polaritas_said(indikator, satuan)
    assert len(said) == 1 and 'pilih "Negatif"' in said[0], said


@pytest.mark.parametrize(
    ("indikator", "satuan"),
    [
        ("Jumlah anak tidak bersekolah yang kembali bersekolah", "anak"),
        ("Persentase penanganan ATS", "%"),
        ("Jumlah ATS yang kembali bersekolah", "anak"),
        ("Jumlah fasilitas ATS bandara", "unit"),
        ("Jumlah kejadian bencana banjir yang tertangani", "kejadian"),
        ("Jumlah sekolah", "unit"),
        ("Persentase anak tidak sekolah yang kembali bersekolah", "%"),
        # a tourist's length of visit, longer is better, as the length of stay
        ("Rata-rata lama kunjungan wisatawan", "hari"),
        ("Lama waktu tinggal wisatawan", "hari"),
    ],
)
def test_the_work_against_them_and_a_tourists_visit_stay_quiet(indikator, satuan):
    assert _polaritas_said(indikator, satuan) == []


def test_a_patients_stay_is_still_told():
    (said,) = _polaritas_said("Lama rawat inap", "hari")
    assert 'pilih "Negatif"' in said and "indikator lama" in said, said
