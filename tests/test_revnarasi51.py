"""Review of narasi51 (the month's context, an earlier quarter told as a cause):

1. a quarter's note naming who checked it with a title before a month's word ("verifikasi Ibu Mei", "cek
   Pak Des") names the person, not the month (nama_periode.month_at, as the Narasi reads "oleh Ibu Mei"):
   the note "s.d. TW III, verifikasi Ibu Mei" in TW III was told to name TW II, and the staff told to
   type TW III's own figure could keep the 70,3 typed, the total up to it: Kumulatif then sums
   22,5 + 24,1 + 70,3 = 116,9 where 70,3 is the year's so far;
2. a month in its context stays a month in the Narasi: a range before a year ("Mei-Juni 2025") and a
   month before a capitalised word that is no name ("pada Mei Di Kec. Pasirian", "pada Mei Bertempat di
   Aula": Title Case as staff type it) were read as a person, and the sentence's stale Triwulan I that
   the month made history (mend36a) got a peringatan it did not get before narasi51;
3. the earlier report's own sentence copied unchanged is still a leftover: its kriteria ("... pada
   triwulan II tergolong sedang"), its "belum dapat diukur", its Faktor heading ("Faktor penghambat pada
   triwulan II adalah ..."), quiet on narasi51 as an event's time.

Reports: T1..T4 Triwulan (tests/test_mend36e.py's codes). A month's quarter is (month + 2) // 3: Mei (5),
Juni (6) are Triwulan II's, Desember (12) Triwulan IV's.
"""

from __future__ import annotations

import pytest

from lkj_xl.core.model import Value
from lkj_xl.core.typed_sd import _reading
from tests.test_mend36e import _lain
from tests.test_nama_periode_given_names import _said

# --- 1. a month's word after a title in a quarter's note ----------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "s.d. TW III, verifikasi Ibu Mei",
        "s.d. TW III, verifikasi Bu Mei",
        "s.d. TW III, cek Pak Des",
        "s.d. TW III, input Sdri. Juni",
        "s.d. TW III, Hj. Juli",
    ],
)
def test_a_title_before_a_months_word_names_the_person_in_a_note(note):
    # TW I 22,5, TW II 24,1, TW III typed up to it: 70,3 - (22,5 + 24,1) = 70,3 - 46,6 = 23,7 is TW III's
    # own; the person's name is no month (Mei: TW II, Desember: TW IV)
    (said,) = _said(["22,5", "24,1", f"70,3 ({note})", None], triwulan=3)
    assert "70,3 - 46,6 = 23,7" in said
    assert "menyebut" not in said


@pytest.mark.parametrize(
    ("note", "named"),
    [
        # in TW III (2 from 0): the other quarter a note names, None for its own
        ("s.d. Mei", 1),  # Mei (5): TW II, (5 - 1) // 3 = 1
        ("s.d. 31 Mei", 1),
        ("s.d. Mei 2025", 1),
        ("Januari-Juni", 1),  # the last month, Juni (6): (6 - 1) // 3 = 1
        ("Januari s.d. Desember", 3),  # Desember (12): (12 - 1) // 3 = 3
        ("s.d. Juni, verifikasi Ibu Mei", 1),  # Juni the note's month, Mei the person
        ("s.d. Juni, Pak Des", 1),  # Desember never: Juni's TW II
        ("s.d. September, Bu Mei", None),  # September (9): TW III, its own
    ],
)
def test_a_months_word_with_a_date_around_it_is_still_a_month(note, named):
    found = _reading(Value(text=f"46,6 ({note})"), 2, None, False)
    assert found is not None and found[4] == named


# --- 2. the Narasi's month in its context ---------------------------------------------------------------

MONTHS = [
    # a month of Triwulan II told as done: its sentence's Triwulan I is history (mend36a; quiet on main)
    "Capaian Triwulan I sebesar 25%, pendampingan telah dilakukan Mei-Juni 2025.",
    "Capaian Triwulan I sebesar 25%, pendampingan telah dilakukan Mei s.d. Juni 2025.",
    "Capaian Triwulan I sebesar 25%, pendampingan telah dilakukan pada Mei Di Kec. Pasirian.",
    "Capaian Triwulan I sebesar 25%, pendampingan telah dilaksanakan pada Mei Bertempat di Aula Dinas.",
    "Capaian Triwulan I sebesar 25%, pelatihan telah dilaksanakan pada bulan Juni Oleh Bidang UKM.",
    "Capaian Triwulan I sebesar 25%, pelatihan telah dilaksanakan pada Juni Dan Juli 2025.",
]

PERSONS = [
    # a person after the month, as narasi51 reads it (tests/test_narasi51.py's and more)
    ("Capaian Triwulan I sebesar 25%, pendampingan telah dilakukan oleh Ibu Mei.", ["Triwulan I"]),
    ("Capaian Triwulan I sebesar 25%, pendampingan telah dilakukan pada Mei Rahayu.", ["Triwulan I"]),
    ("Capaian Triwulan I sebesar 25%, pendampingan telah diberikan kepada Juni Astuti.", ["Triwulan I"]),
]


@pytest.mark.parametrize("teks", MONTHS)
def test_a_month_before_a_year_or_a_capitalised_word_of_the_sentence_is_a_month(teks):
    assert _lain(teks, "T2", 2025) == []


@pytest.mark.parametrize(("teks", "named"), PERSONS)
def test_a_month_before_a_persons_name_is_still_a_person(teks, named):
    assert _lain(teks, "T2", 2025) == named


# --- 3. the Triwulan II report's paragraph copied into Triwulan III --------------------------------------
# (the paragraph as copied, then with its quarter changed as staff mend it: the copy names Triwulan II,
# the mended one nothing)
COPIED = [
    "Capaian indikator persentase koperasi sehat pada triwulan II tergolong sedang.",
    "Capaian indikator persentase koperasi sehat pada triwulan II sebesar 68% atau tergolong sedang.",
    "Kinerja sasaran pada triwulan II termasuk kategori tinggi.",
    "Indikator ini pada Triwulan II belum dapat diukur karena menunggu data BPS.",
    "Faktor penghambat pada triwulan II adalah keterlambatan pencairan anggaran.",
    "Faktor pendukung keberhasilan pada triwulan II adalah komitmen pengurus koperasi.",
    "Realisasi anggaran Program Pemberdayaan UMKM pada triwulan II sebesar Rp 412.350.000 atau 36,2% dari pagu.",
    "Pada triwulan II realisasi fisik kegiatan mencapai 48%, sedangkan realisasi keuangan 36%.",
    "Jumlah wirausaha baru yang difasilitasi pada triwulan II sebanyak 45 orang dari target 120 orang.",
    "Pencapaian target triwulan II belum optimal karena keterlambatan pencairan.",
]


@pytest.mark.parametrize("teks", COPIED)
def test_the_triwulan_ii_paragraph_copied_is_named_mended_is_not(teks):
    assert _lain(teks, "T3", 2025) == ["Triwulan II"]
    assert _lain(teks.replace("riwulan II", "riwulan III"), "T3", 2025) == []


# a cause of an earlier quarter stays history (narasi51's rule, the lead's taking of revE's and revG's)
CAUSES = [
    "Keterlambatan pencairan anggaran pada triwulan II menyebabkan kegiatan tergolong terlambat.",
    "Keterlambatan pencairan pada triwulan II menyebabkan capaian tergolong rendah.",
    "Kendala pada triwulan II berupa keterlambatan penetapan DPA.",
    "Faktor penghambat capaian Triwulan III adalah keterlambatan pencairan pada triwulan II.",
]


@pytest.mark.parametrize("teks", CAUSES)
def test_an_earlier_quarters_cause_is_still_history(teks):
    assert _lain(teks, "T3", 2025) == []


# --- 4. "this period" named: the report's own, a span ending at it, its half year --------------------------
KINI = [
    # Triwulan II ends Semester I: "semester ini (Semester I)" is its own half year (was: Semester I named)
    ("Capaian pada semester ini (Semester I) sebesar 48%.", "T2", []),
    # a span ending at the reported quarter is its own cumulative period (was: Triwulan I named)
    ("Capaian pada triwulan ini (TW I-II) sebesar 48%.", "T2", []),
    ("Capaian pada triwulan ini, yaitu TW I s.d. TW II, sebesar 48%.", "T2", []),
    ("Realisasi s.d. triwulan ini (TW I s.d. III) sebesar 70%.", "T3", []),
    # another report's period called this one (narasi51's rule, as before)
    ("Capaian pada semester ini (Semester I) sebesar 48%.", "T3", ["Semester I"]),
    ("Capaian pada triwulan ini (TW I-II) sebesar 48%.", "T3", ["Triwulan I", "Triwulan II"]),
    ("Capaian pada triwulan ini (Triwulan II) sebesar 48%.", "T3", ["Triwulan II"]),
    ("Capaian pada triwulan ini (Triwulan I) sebesar 25%.", "T3", ["Triwulan I"]),
]


@pytest.mark.parametrize(("teks", "kode", "named"), KINI)
def test_this_period_named_as_the_reports_own_span_or_half_is_no_leftover(teks, kode, named):
    assert _lain(teks, kode, 2025) == named


# --- 5. the earlier report's heading, its period label and its "all indicators reached" -------------------
HEADINGS = [
    # the cover's lines copied into a Narasi cell: the period alone on its line is the report's title
    "LAPORAN KINERJA\nDINAS KOPERASI, UKM, PERINDUSTRIAN DAN PERDAGANGAN\nTRIWULAN II TAHUN 2025",
    "Triwulan II Tahun 2025",
    "TRIWULAN II",
    # the period's label
    "Periode Pelaporan: Triwulan II Tahun 2025",
    "Periode: Triwulan II",
    # its claim on the indicators' figures, right after the quarter
    "Pada triwulan II tahun 2025 seluruh indikator kinerja telah mencapai target.",
    "Pada triwulan II seluruh indikator kinerja telah mencapai target.",
    "Pada TW II semua target indikator sasaran tercapai.",
    # the seed's own heading (its line 3.1.1) left in Triwulan III: "sampai" alone is its cut-off
    "Capaian Kinerja Tujuan dan Sasaran Strategis sampai Triwulan II Tahun 2025",
    # a quarter's figure after a colon
    "Realisasi per triwulan, TW II: 95",
]


@pytest.mark.parametrize("teks", HEADINGS)
def test_the_earlier_reports_heading_label_or_claim_is_named(teks):
    # main named each (Triwulan II ended before Triwulan III); narasi51 read the quarter as an event's time
    assert _lain(teks, "T3", 2025) == ["Triwulan II"]


def test_a_cause_before_all_of_a_kind_is_still_history():
    teks = "Keterlambatan pencairan pada triwulan II menyebabkan seluruh kegiatan tertunda."
    assert _lain(teks, "T3", 2025) == []
