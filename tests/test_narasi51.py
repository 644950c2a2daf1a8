"""The leftover-period check after narasi51 (tests/test_narasi_periode_lain*.py give the rules before):

1. a month's name that is a person's ("Ibu Mei", "Pak Jun", "Mar'atus Sholihah") is no month: a month
   needs a context (a preposition or "bulan" right before it, a day, a year after it), else a person
   named "telah ... oleh Ibu Mei" made the sentence's stale Triwulan I look like a month of the
   reported quarter told as done (silently quiet);
2. in Triwulan I, an Upaya / Tindak Lanjut naming a later quarter of the year is a plan, as from
   Triwulan II on (analisis_periode; revnarasi50);
3. an earlier quarter of the year named only as the time of an event or a cause ("keterlambatan
   pencairan pada triwulan I" in Triwulan III) is history; the earlier report's sentence still is a
   leftover: its capaian or realisasi ("Capaian Triwulan I ..."), a figure on it ("... pada Triwulan I
   sebesar 25%"), its cut-off ("s.d. Triwulan II"), its title ("Laporan Kinerja Triwulan I ini"), and
   "triwulan ini (Triwulan I)", the earlier quarter called this one.

Reports: T1..T4 Triwulan, S1/S2 Semester, Y the year's report of 2025 (tests/test_mend36e.py's codes). A
month's quarter is (month + 2) // 3: Mei (5) and Juni (6) are Triwulan II's; Juli (7) Triwulan III's.
"""

from __future__ import annotations

import pytest

from tests.test_analisis_periode_lain import _menyebut, _report, _said
from tests.test_mend36e import _lain

# --- 1. a month's name as a person's ------------------------------------------------------------------

NAMES = [
    # Triwulan I's figure in Triwulan II: the leftover; "Ibu Mei" is who gave the support, no month of
    # Triwulan II told as done (was: quiet, Mei read as the month 5 of the reported quarter)
    ("Capaian Triwulan I sebesar 25%, pendampingan telah dilakukan oleh Ibu Mei.", "T2", ["Triwulan I"]),
    ("Capaian Triwulan I sebesar 25% dan pelatihan sudah diberikan kepada Ibu Juni.", "T2", ["Triwulan I"]),
    ("Realisasi triwulan I sebesar 18%; verifikasi telah dilakukan bersama Mei Rahayu, S.E.", "T2", ["Triwulan I"]),
    # a plan for the reported Triwulan II; "pada Juli Astuti" is the person it is given to, not the later
    # month Juli (7) the plan was moved to (was: quiet)
    ("Pada Triwulan II akan diserahkan bantuan pada Juli Astuti selaku ketua koperasi.", "T2", ["rencana untuk Triwulan II"]),
    # a later quarter planned for, with a title's dot and a name between: no sentence ends at "Sdri."
    # (was: Triwulan IV)
    ("Pelatihan akan dilaksanakan bersama Sdri. Mar'atus Sholihah pada Triwulan IV.", "T3", []),
    ("Pendampingan akan dilakukan oleh Bpk. Jun Hariyanto di Triwulan IV.", "T3", []),
]  # fmt: skip

# the month with its context is still a month (as before)
MONTHS = [
    # "pada bulan Mei": a month of Triwulan II told as done; its sentence's Triwulan I is history (mend36a)
    ("Capaian Triwulan I sebesar 25%, pendampingan telah dilakukan pada bulan Mei.", "T2", []),
    ("Capaian Triwulan I sebesar 25%, pendampingan telah dilakukan pada Mei 2025.", "T2", []),
    # Mei (5) ended before Triwulan III: a plan dated by it is stale, a title or "bulan" before it or not
    ("Pelatihan akan dilaksanakan pada tanggal 12 Mei 2025.", "T3", ["rencana untuk bulan Mei 2025"]),
    # an abbreviation alone is no month: "Pak Des", "pada Des" (revnarasi3's rule)
    ("Verifikasi data akan dilakukan oleh Pak Des.", "T4", []),
    ("Pendampingan akan dilakukan pada Des.", "T4", []),
]  # fmt: skip


@pytest.mark.parametrize(("teks", "kode", "named"), [*NAMES, *MONTHS])
def test_a_month_needs_its_context_a_person_is_no_month(teks, kode, named):
    assert _lain(teks, kode, 2025) == named


# --- 2. Triwulan I: an effort or a follow-up for a later quarter --------------------------------------

QUIET_TW1 = [
    # an effort for a later quarter of the year, as from Triwulan II on (was: "menyebut Triwulan II")
    ("Upaya / Solusi", "Percepatan realisasi anggaran pada TW II."),
    ("Upaya / Solusi", "1. Koordinasi dengan BPKAD agar pencairan dapat dilakukan pada triwulan II\n2. Pendampingan koperasi secara berkelanjutan"),
    ("Upaya / Solusi", "Percepatan pelaksanaan kegiatan pada triwulan II dan III"),
    ("Upaya / Solusi", "Mengusulkan penambahan anggaran pada Triwulan III melalui APBD Perubahan."),
    ("Tindak Lanjut", "Pelatihan kewirausahaan bagi 30 pelaku IKM akan dilaksanakan pada TW II."),
]  # fmt: skip

LEFTOVER_TW1 = [
    # a later quarter's figure is no plan: the Triwulan IV 2024 workbook's (as in Faktor Pendukung)
    ("Upaya / Solusi", "Capaian Triwulan IV sebesar 97% perlu dipertahankan.", "Triwulan IV"),
    # in Faktor Penghambat a later quarter stays read as the Narasi reads it (test_analisis_periode_lain)
    ("Faktor Penghambat", "Pencairan anggaran dilakukan pada triwulan IV", "Triwulan IV"),
]  # fmt: skip


@pytest.mark.parametrize(("column", "teks"), QUIET_TW1)
def test_in_triwulan_i_an_effort_for_a_later_quarter_is_a_plan(column, teks):
    assert _said(_report(1, column, teks)) == []


@pytest.mark.parametrize(("column", "teks", "named"), LEFTOVER_TW1)
def test_in_triwulan_i_a_later_quarters_figure_is_still_a_leftover(column, teks, named):
    cell = {"Upaya / Solusi": "E2", "Faktor Penghambat": "D2"}[column]
    assert _said(_report(1, column, teks)) == [(cell, _menyebut(column, named, 1))]


# --- 3. an earlier quarter: a cause told, or the earlier report's sentence ---------------------------

CAUSES = [
    ("Keterlambatan pencairan pada triwulan I.", "T3"),
    ("Keterlambatan pencairan anggaran pada triwulan I menyebabkan kegiatan fisik tertunda.", "T3"),
    ("Capaian rendah karena keterlambatan pencairan pada triwulan I.", "T3"),
    ("Kendala yang dihadapi pada triwulan I dan II berupa keterbatasan anggaran.", "T3"),
    ("Pelatihan telah dilaksanakan oleh Pak Jun pada Triwulan II.", "T4"),
    ("Kendala pada triwulan I berupa keterlambatan penetapan DPA.", "Y"),
    ("Keterlambatan pencairan dana pada triwulan I menjadi kendala utama.", "S2"),
    # tests/test_mend35g.py's, pinned there as leftovers by the older whole-cell rule
    ("Realisasi anggaran atas kegiatan Triwulan I telah dipertanggungjawabkan.", "T2"),
    ("Sisa anggaran atas pelaksanaan Triwulan I dialihkan ke kegiatan pelatihan.", "T2"),
    ("Keterlambatan atas pencairan dana Triwulan I berdampak pada capaian.", "T2"),
]  # fmt: skip

COPIES = [
    # the earlier quarter called this one (was: quiet)
    ("Capaian pada triwulan ini (Triwulan I) sebesar 25%.", "T3", ["Triwulan I"]),
    ("Realisasi s.d. triwulan ini (TW II) sebesar 40%.", "T3", ["Triwulan II"]),
    ("Capaian pada semester ini (Semester I) sebesar 48%.", "S2", ["Semester I"]),
    # its capaian, a figure on it, its cut-off, its title (as before)
    ("Capaian Triwulan II belum optimal karena keterlambatan pencairan.", "T3", ["Triwulan II"]),
    ("Pada triwulan II capaian kinerja masih rendah.", "T3", ["Triwulan II"]),
    ("Kegiatan pada Triwulan I sebesar 25% dari target.", "T2", ["Triwulan I"]),
    ("Realisasi anggaran s.d. Triwulan II sebesar 36%.", "T3", ["Triwulan II"]),
    ("Laporan Kinerja Triwulan I ini disusun sebagai bentuk pertanggungjawaban.", "T3", ["Triwulan I"]),
    ("Capaian kinerja telah mencapai 25% pada Triwulan I.", "T2", ["Triwulan I"]),
    ("Seluruh indikator sasaran telah tercapai pada triwulan I.", "T2", ["Triwulan I"]),
    # another year's quarter: as before
    ("Keterlambatan pencairan pada triwulan I tahun 2024.", "T3", ["Triwulan I"]),
]  # fmt: skip


@pytest.mark.parametrize(("teks", "kode"), CAUSES)
def test_an_earlier_quarter_told_as_a_cause_is_history(teks, kode):
    assert _lain(teks, kode, 2025) == []


@pytest.mark.parametrize(("teks", "kode", "named"), COPIES)
def test_the_earlier_reports_sentence_is_still_a_leftover(teks, kode, named):
    assert _lain(teks, kode, 2025) == named


def test_a_cause_in_faktor_penghambat_gets_no_peringatan():
    teks = "1. Keterlambatan pencairan anggaran pada triwulan I\n2. Keterbatasan tenaga pendamping koperasi"
    assert _said(_report(3, "Faktor Penghambat", teks)) == []
