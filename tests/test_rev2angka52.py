"""Second review of angka52 (rev2angka52): a rupiah amount typed with SIPD's three zero decimals
(`3.578.850,000`) is read as typed; where a thousand times that (a last thousands dot slipped to a
comma: 3.578.850.000 meant) is as plausible in its row, a peringatan names both readings and what to
type for each, as revangka52 made an Anggaran quarter say it. Where the larger reading is implausible
(a consistent SIPD paste of an OPD's real figures) it stays quiet.

- Kinerja, Satuan Rupiah: the larger reading within 10 times the row's other figure (the target for a
  realisasi, a realisasi for the target) where the typed one is not.
- Anggaran, Pagu: the larger reading at most Rp 1 triliun (a whole kabupaten's APBD) and the typed one
  below the row's own spending, or under 0,1 % of the largest pagu of the sheet's other rows of its level.
"""

from __future__ import annotations

from lkj_xl.core.model import GALAT, PERINGATAN
from tests.helpers_anggaran import UMKM, budget_of, findings_by_cell, kinerja_three_programs
from tests.test_anggaran_koma_ribuan import _report as _anggaran
from tests.test_anggaran_rincian import PROGRAM_3_01
from tests.test_anggaran_rincian import kinerja as rincian_kinerja
from tests.test_engine import anggaran_row, kinerja_row, messages, run


def _rupiah_row(target, tw2):
    return kinerja_row(
        "T1", "Tujuan", "", "Tujuan", "Nilai investasi", target, (None, tw2, None, None),
        satuan="Rupiah", jenis="Nilai Akhir",
    )  # fmt: skip


def _kinerja_said(report) -> list[str]:
    return [f.pesan for f in report.findings if f.sheet == "Kinerja" and f.severity == PERINGATAN]


# --- Kinerja, Satuan Rupiah ---------------------------------------------------------------------------


def test_a_kinerja_realisasi_slipped_names_both_readings():
    # TW II "Rp 3.750.000,000" read Rp 3.750.000: 3.750.000 / 2.500.000.000 = 0,15 % of the target (more
    # than a thousandth: no seperseribu), Sangat Rendah; 3.750.000.000 / 2.500.000.000 = 150 %, within
    # ten times the target: both readings said, computed as read
    report = run([_rupiah_row("Rp 2.500.000.000", "Rp 3.750.000,000")], triwulan=2)
    assert float(report.indicators[0].capaian) == 0.15
    said = [m for m in _kinerja_said(report) if "Rp 3.750.000.000" in m]
    assert len(said) == 1, messages(report)
    assert "(Rp 3.750.000)" in said[0] and "tulis 3.750.000.000" in said[0], said
    assert '"Rp 3.750.000,000"' in said[0] and "biarkan" in said[0], said


def test_a_kinerja_target_slipped_names_both_readings():
    # Target "Rp 2.500.000,000" read Rp 2.500.000; TW II Rp 1.250.000.000 is 500 times it (told as more
    # than ten times the target since before); 2.500.000.000 is twice the realisasi: the target's cell says
    # both readings too
    report = run([_rupiah_row("Rp 2.500.000,000", "Rp 1.250.000.000")], triwulan=2)
    said = [m for m in _kinerja_said(report) if "tulis 2.500.000.000" in m]
    assert len(said) == 1 and "Rp 2.500.000.000" in said[0], messages(report)


def test_kinerja_sipd_figures_whose_larger_reading_fits_nothing_are_quiet():
    # target Rp 5.000.000, TW II Rp 4.250.000 (85 %), both with SIPD's decimals: 4.250.000.000 is 850
    # times the target, not within ten times: only the typed reading; nothing said
    report = run([_rupiah_row("Rp 5.000.000,000", "Rp 4.250.000,000")], triwulan=2)
    assert float(report.indicators[0].capaian) == 85
    assert not _kinerja_said(report), messages(report)


# --- Anggaran, Pagu ---------------------------------------------------------------------------------------


def test_a_pagu_slipped_below_the_other_programs_names_both_readings():
    # Pagu "3.578.850,000" read Rp 3.578.850; TW II 1.800.000 spent (50,3 %, under the pagu: no melebihi);
    # the other programs' pagu 82.706.300 and 6.532.742.965: 3.578.850 / 6.532.742.965 = 0,055 %, under
    # 0,1 % of the largest; 3.578.850.000 is no more than Rp 1 triliun: both readings said
    report = _anggaran("3.578.850,000", (None, "1.800.000", None, None))
    assert budget_of(report, "2.17.03").pagu_exact == 3_578_850
    said = findings_by_cell(report, "Anggaran", PERINGATAN).get("D2", "")
    assert "(Rp 3.578.850)" in said and "Rp 3.578.850.000" in said, messages(report)
    assert "tulis 3.578.850.000" in said and "biarkan" in said, said


def test_a_pagu_slipped_below_its_spending_names_both_readings():
    # the largest program's Pagu "6.532.742,000" read Rp 6.532.742: 6.532.742 / 3.578.850.965 = 0,18 % of
    # the next largest (not under 0,1 %), but its TW II 1.211.837.250 is above it (melebihi pagu, told
    # at the quarter); 6.532.742.000 holds that spending: the pagu's cell names both readings
    rows = [
        anggaran_row("2.17.03", UMKM, None, 3_578_850_965, (47_853_500, 110_000_000, None, None)),
        anggaran_row("2.17.04", "PROGRAM PENGEMBANGAN UMKM", None, 82_706_300, (None, 1_800_000, None, None)),
        anggaran_row("3.30.03", "PROGRAM SARANA DISTRIBUSI", None, "6.532.742,000", (None, 1_211_837_250, None, None)),
    ]  # fmt: skip
    report = run(kinerja_three_programs(), rows)
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "tulis 6.532.742.000" in said.get("D4", ""), said
    # 1.211.837.250 / 6.532.742 = 185,5 times the pagu as read (more than 10): since anggaran63 no
    # "melebihi pagu" peringatan (its advice, a quarter typed kumulatif, gives 4 times at most) but a galat
    # at G4 naming D4, the penyerapan (18.550 %) not printed
    galat = findings_by_cell(report, "Anggaran", GALAT)
    assert "periksa pagu (Anggaran!D4)" in galat.get("G4", ""), galat
    assert budget_of(report, "3.30.03").penyerapan is None


def test_a_consistent_sipd_paste_is_quiet():
    # every cell as SIPD exports it: the seed's pagu 3.578.850.965, 82.706.300, 6.532.742.965 and the
    # Penunjang program's 12.076.486.014 (82.706.300 / 12.076.486.014 = 0,68 %: not under 0,1 %); the
    # larger readings of the three largest are above Rp 1 triliun; quarters of an OPD's order (the Penunjang
    # program counts toward Sasaran 1.1, as the seed's toward its Sasaran 2)
    rows = [
        anggaran_row("2.17.03", UMKM, None, "3.578.850.965,000", ("850.000.000,000", "110.000.000,000", None, None)),
        anggaran_row("2.17.04", "PROGRAM PENGEMBANGAN UMKM", None, "82.706.300,000", (None, "1.800.000,000", None, None)),
        anggaran_row("3.30.03", "PROGRAM SARANA DISTRIBUSI", None, "6.532.742.965,000", (None, "1.211.837.250,000", None, None)),
        anggaran_row("2.17.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "1.1", "12.076.486.014,000", ("2.500.000.000,000", "850.000.000,000", None, None)),
    ]  # fmt: skip
    report = run(kinerja_three_programs(), rows)
    assert not findings_by_cell(report, "Anggaran", GALAT), messages(report)
    assert not findings_by_cell(report, "Anggaran", PERINGATAN), messages(report)
    # 850.000.000 + 110.000.000 = 960.000.000
    assert budget_of(report, "2.17.03").realisasi_exact == 960_000_000
    assert budget_of(report, "2.17.04").pagu_exact == 82_706_300


# --- Anggaran, a DPA copied per Kegiatan (tests/test_anggaran_rincian's P3.01 and its two Kegiatan) -------


def test_a_small_kegiatan_adding_up_to_its_program_is_quiet():
    # K3.01.03 "2.850.965,000" (Rp 2.850.965) beside K3.01.01's 3.576.000.000 is under 0,1 % of it, but
    # 3.576.000.000 + 2.850.965 = 3.578.850.965, P3.01's pagu as typed: the rincian confirm the typed
    # reading; quarters: P3.01 TW I 40.000.000, TW II 60.000.000 + 1.800.000 = 61.800.000
    rows = [
        anggaran_row("P3.01", PROGRAM_3_01, "", "3.578.850.965,000", ("40.000.000,000", "61.800.000,000", None, None)),
        anggaran_row("K3.01.01", "Kegiatan pemberdayaan usaha mikro", "", "3.576.000.000,000", ("40.000.000,000", "60.000.000,000", None, None)),
        anggaran_row("K3.01.03", "Kegiatan kemitraan", "", "2.850.965,000", (None, "1.800.000,000", None, None)),
        anggaran_row("P3.02", "PROGRAM PENGEMBANGAN UMKM", "", "82.706.300,000", (None, "1.800.000,000", None, None)),
    ]  # fmt: skip
    report = run(rincian_kinerja(), rows)
    assert not findings_by_cell(report, "Anggaran", GALAT), messages(report)
    assert not findings_by_cell(report, "Anggaran", PERINGATAN), messages(report)


def test_a_slipped_kegiatan_not_adding_up_names_both_readings():
    # K3.01.03 "1.578.850,000" read Rp 1.578.850: 2.000.000.000 + 1.578.850 = 2.001.578.850, not P3.01's
    # 3.578.850.965; 2.000.000.000 + 1.578.850.000 = 3.578.850.000 is within Rp 965 of it; and 1.578.850 is
    # under 0,1 % of K3.01.01's 2.000.000.000: the Kegiatan's pagu names both readings
    rows = [
        anggaran_row("P3.01", PROGRAM_3_01, "", "3.578.850.965", ("47.853.500", "110.000.000", None, None)),
        anggaran_row("K3.01.01", "Kegiatan pemberdayaan usaha mikro", "", "2.000.000.000", ("40.000.000", "60.000.000", None, None)),
        anggaran_row("K3.01.03", "Kegiatan kemitraan", "", "1.578.850,000", ("7.853.500", "50.000.000", None, None)),
        anggaran_row("P3.02", "PROGRAM PENGEMBANGAN UMKM", "", "82.706.300", (None, "1.800.000", None, None)),
    ]  # fmt: skip
    report = run(rincian_kinerja(), rows)
    said = findings_by_cell(report, "Anggaran", PERINGATAN)
    assert "tulis 1.578.850.000" in said.get("D4", ""), said
