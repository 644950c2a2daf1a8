"""A new user's trial (newuser58): a Dinas PUPR's and a Bapenda's TW III 2025 reports, filled into
`lkj-xl new`'s workbook as their staff type (jalan mantap `72,5%`, `71,3 %`, panjang jalan `12,5 km`,
`2.750 m`, progres fisik `10%`; `35%`; `60%`, irigasi `185,5 ha`, RTLH `negatif`, a formula `=60+25`,
SIPD pagu `22.500.000.000,00` with its Sub Kegiatan, `6,25 M`, `1.125 jt`; the Bapenda's PAD target
`Rp 325 M`, quarters `78.450.125.300`, `Rp 81,2 M`, `92.300 jt`, `Persentase peningkatan PAD`, wajib
pajak terdaftar 47.035, a quarter copied with `=L8`, `4.210,5 jt`). Every figure of both reports, the
PDF, the Word report and the rekap beside the example matched the hand arithmetic (exact Fraction);
these are what was said wrongly or not at all:

- A stock named by its condition, `Panjang jalan kabupaten dalam kondisi mantap` (km), chosen
  Kumulatif (the dropdown's first choice), TW I 598,2 + TW II 603,75 of 612,5 summed to 1.201,95 km:
  196,24 % Sangat Tinggi without a word (left blank, the same row is told; as a percentage it is told
  beyond 100 %), where `... jalan yang ditindaklanjuti`-like position words are told both readings.
- A Bapenda's `Realisasi Pendapatan Asli Daerah` under a Satuan `Milyar Rupiah` (target 325) with TW I
  pasted from the BPKAD's report as a whole amount, `78.450.125.300`, beside `Rp 81,2 M` and
  `92.300 jt` (read 81,2 and 92,3 in the Satuan): 24.138.500.145 % Sangat Tinggi, the only words the
  `dibaca 81,2 (Satuan Milyar Rupiah)` notes at the other quarters, which silenced the peringatan of a
  realisasi ten times its target; typed `Rp 78.450.125.300` it is a galat naming the two scales.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, messages, run


def _row(indikator, satuan, target, tws, jenis="Kumulatif"):
    """A Sasaran's row (row 2 of Kinerja: its Jenis Realisasi H2, its TW I K2); ``tws`` up to TW IV."""
    tws = (*tws, *[None] * (4 - len(tws)))
    return kinerja_row(
        "S1", "Sasaran", "", "Meningkatnya PAD", indikator, target, tws, satuan=satuan, jenis=jenis
    )


# --- 1. A stock named by its condition ("dalam kondisi mantap"), chosen Kumulatif ---------------------


def test_panjang_jalan_dalam_kondisi_mantap_chosen_kumulatif_is_told_both_readings():
    report = run(
        [_row("Panjang jalan kabupaten dalam kondisi mantap", "km", "612,5 km", ("598,2 km", "603,75 km"))]
    )
    ind = report.indicators[0]
    # computed as typed (a Kumulatif chosen is kept): 598,2 + 603,75 = 1.201,95; 1.201,95 / 612,5 x 100
    assert ind.capaian_exact == Fraction("1201.95") / Fraction("612.5") * 100  # 196,2367... %
    said = [m for m in messages(report) if m.startswith("Kinerja!H2 ")]
    assert len(said) == 1, messages(report)
    # both readings: the sum, and Nilai Akhir 603,75 / 612,5 x 100 = 98,5714... % (Sangat Tinggi)
    assert "598,2 + TW II 603,75 = 1.201,95" in said[0]
    assert '("dalam kondisi mantap")' in said[0]
    assert "603,75, capaian 98,57% (Sangat Tinggi)" in said[0]


@pytest.mark.parametrize(
    ("indikator", "satuan", "target", "tws", "nilai_akhir"),
    [
        # 4.250 + 4.310 = 8.560 ha of 4.400; Nilai Akhir 4.310 / 4.400 x 100 = 97,9545... %
        (
            "Luas daerah irigasi dalam kondisi baik",
            "ha",
            "4.400",
            ("4.250", "4.310"),
            "4.310, capaian 97,95%",
        ),
        # 41 + 42 = 83 unit of 45; Nilai Akhir 42 / 45 x 100 = 93,33 %
        ("Jumlah jembatan kabupaten dengan kondisi baik", "unit", "45", ("41", "42"), "42, capaian 93,33%"),
    ],
)
def test_other_stocks_in_a_condition_chosen_kumulatif_are_told(indikator, satuan, target, tws, nilai_akhir):
    report = run([_row(indikator, satuan, target, tws)])
    said = [m for m in messages(report) if m.startswith("Kinerja!H2 ")]
    assert len(said) == 1 and nilai_akhir in said[0], messages(report)


@pytest.mark.parametrize(
    ("indikator", "satuan", "target", "tws"),
    [
        # a flow: the road built each quarter (2,75 + 4,1 = 6,85 of 12,5 km)
        ("Panjang jalan yang dibangun", "km", "12,5 km", ("2,75", "4,1")),
        # the road brought into a good condition this year, each quarter a part of it (3 + 4 of 12)
        ("Panjang jalan yang ditingkatkan menjadi kondisi mantap", "km", "12", ("3", "4")),
        # chosen Nilai Akhir: nothing summed
        ("Panjang jalan kabupaten dalam kondisi mantap", "km", "612,5", ("598,2", "603,75")),
    ],
)
def test_flows_and_a_nilai_akhir_stay_quiet(indikator, satuan, target, tws):
    jenis = "Nilai Akhir" if "kabupaten" in indikator else "Kumulatif"
    report = run([_row(indikator, satuan, target, tws, jenis=jenis)])
    assert not [m for m in messages(report) if m.startswith("Kinerja!H2 ")], messages(report)


# --- 2. A whole rupiah amount typed plain under a Satuan counting in milyar or juta -----------------

PAD = "Realisasi Pendapatan Asli Daerah"


@pytest.mark.parametrize("tw1", ["78.450.125.300", 78450125300])
def test_a_whole_amount_under_milyar_rupiah_beside_scaled_quarters_is_a_galat(tw1):
    report = run([_row(PAD, "Milyar Rupiah", "325", (tw1, "Rp 81,2 M", "92.300 jt"))], triwulan=3)
    ind = report.indicators[0]
    # read in the Satuan, 78.450.125.300 + 81,2 + 92,3 milyar would be 24.138.500.145 % of 325
    assert ind.capaian is None and ind.status == "Galat (Kinerja!K2)"
    said = [m for m in messages(report, "galat") if m.startswith("Kinerja!K2 ")]
    # 78.450.125.300 / 1.000.000.000 = 78,4501253 milyar
    assert len(said) == 1 and "78,4501253" in said[0] and "rupiah penuh" in said[0], messages(report)


def test_a_whole_amount_under_juta_rupiah_is_a_galat_naming_it_in_juta():
    # Satuan Juta Rupiah, target 325.000 (juta): 78.450.125.300 / 1.000.000 = 78.450,1253 juta
    report = run([_row(PAD, "Juta Rupiah", "325.000", ("78.450.125.300", "81.200", "92.300"))], triwulan=3)
    said = [m for m in messages(report, "galat") if m.startswith("Kinerja!K2 ")]
    assert len(said) == 1 and "78.450,1253" in said[0], messages(report)


@pytest.mark.parametrize(
    ("satuan", "target", "tws", "capaian"),
    [
        # the Satuan's own figures: (78,45 + 81,2 + 92,3) / 325 x 100 = 77,5230... %
        ("Milyar Rupiah", "325", ("78,45", "81,2", "92,3"), Fraction("251.95") / 325 * 100),
        # every figure a whole amount though the Satuan says milyar: consistent, computed
        # 251.950.125.300 / 325.000.000.000 x 100 = 77,5231... %
        (
            "Milyar Rupiah",
            "325.000.000.000",
            ("78.450.125.300", "81.200.000.000", "92.300.000.000"),
            Fraction(251950125300, 325000000000) * 100,
        ),
        # Satuan Rp: whole amounts are its own (the Bapenda's row as typed)
        (
            "Rp",
            "Rp 325 M",
            ("78.450.125.300", "Rp 81,2 M", "92.300 jt"),
            Fraction(251950125300, 325000000000) * 100,
        ),
    ],
)
def test_figures_in_one_scale_stay_quiet(satuan, target, tws, capaian):
    report = run([_row(PAD, satuan, target, tws)], triwulan=3)
    assert not messages(report, "galat"), messages(report)
    assert report.indicators[0].capaian_exact == capaian


# --- 3. A Target with Rp and a scale word beside a quarter with a scale word alone, both in the Satuan -


@pytest.mark.parametrize("satuan", ["Milyar Rupiah", "Rp Milyar"])
def test_rp_325_m_beside_92_300_jt_under_milyar_rupiah_is_computed(satuan):
    # the Bapenda's typing under a Satuan in milyar: Rp 325 M is 325, Rp 78,45 M 78,45, Rp 81,2 M 81,2,
    # 92.300 jt 92,3 (each read in the Satuan, said so); it was a galat at TW III naming two scales
    report = run([_row(PAD, satuan, "Rp 325 M", ("Rp 78,45 M", "Rp 81,2 M", "92.300 jt"))], triwulan=3)
    assert not messages(report, "galat"), messages(report)
    # (78,45 + 81,2 + 92,3) / 325 x 100 = 251,95 / 325 x 100 = 77,5230... %
    assert report.indicators[0].capaian_exact == Fraction("251.95") / 325 * 100


# --- review of newuser58 -----------------------------------------------------------------------------


@pytest.mark.parametrize("tw1", ["Rp 78.450.125.300", "Rp. 78.450.125.300,00"])
def test_rp_whole_amount_beside_target_rp_325_m_under_milyar_rupiah_is_a_galat(tw1):
    # Target "Rp 325 M" is read 325 in the Satuan (milyar); "Rp 78.450.125.300" is a whole rupiah
    # amount read 78.450.125.300: as typed (78.450.125.300 + 81,2) / 325 x 100 = 24.138.500.117 %,
    # printed without a word before (the "dibaca 325" note silenced the ten-times peringatan)
    report = run([_row(PAD, "Milyar Rupiah", "Rp 325 M", (tw1, "Rp 81,2 M"))], triwulan=2)
    ind = report.indicators[0]
    assert ind.capaian is None and ind.status == "Galat (Kinerja!K2)", messages(report)
    said = [m for m in messages(report, "galat") if m.startswith("Kinerja!K2 ")]
    assert len(said) == 1 and "rupiah penuh" in said[0], messages(report)


def test_rp_whole_amounts_beside_a_target_rp_whole_under_milyar_rupiah_stay_computed():
    # every figure a whole amount with Rp: (78.450.125.300 + 81.200.000.000) / 325.000.000.000 x 100
    report = run(
        [_row(PAD, "Milyar Rupiah", "Rp 325.000.000.000", ("Rp 78.450.125.300", "Rp 81.200.000.000"))],
        triwulan=2,
    )
    assert not messages(report, "galat"), messages(report)
    assert report.indicators[0].capaian_exact == Fraction(159650125300, 325000000000) * 100


@pytest.mark.parametrize(
    "indikator", ["Panjang jalan kondisi mantap", "Persentase panjang jalan kabupaten kondisi baik"]
)
def test_a_condition_typed_without_dalam_chosen_kumulatif_is_told(indikator):
    # the PUPR's other typing, no "dalam": 598,2 + 603,75 = 1.201,95 of 612,5 km was 196,24 % without a
    # word; Nilai Akhir 603,75 / 612,5 x 100 = 98,5714... % (Sangat Tinggi)
    report = run([_row(indikator, "km", "612,5", ("598,2", "603,75"))])
    said = [m for m in messages(report) if m.startswith("Kinerja!H2 ")]
    assert len(said) == 1 and "603,75, capaian 98,57% (Sangat Tinggi)" in said[0], messages(report)


@pytest.mark.parametrize(
    "indikator",
    [
        "Panjang jalan yang ditingkatkan menjadi kondisi baik",  # brought into it: a flow
        "Rehabilitasi jalan kondisi rusak",  # the work on damaged roads, per quarter
    ],
)
def test_a_flow_into_or_on_a_condition_without_dalam_stays_quiet(indikator):
    # 6 + 11 = 17 km of 12 done over the quarters (each quarter's own work): no position word
    report = run([_row(indikator, "km", "12", ("6", "11"))])
    assert not [m for m in messages(report) if m.startswith("Kinerja!H2 ")], messages(report)


@pytest.mark.parametrize(
    ("target", "tws", "capaian"),
    [
        # 4.750 typed meaning 4.750 juta: (4.750 + 5.100 + 4.900) / 15.000 x 100 = 98,33 %
        ("15.000", ("4.750", "5.100", "4.900"), Fraction(14750, 15000) * 100),
        # a province's PAD in juta: (3.125.000 + 3.200.000) / 12.500.000 x 100 = 50,6 %
        ("12.500.000", ("3.125.000", "3.200.000", "-"), Fraction(6325000, 12500000) * 100),
    ],
)
def test_honest_figures_under_juta_rupiah_stay_quiet(target, tws, capaian):
    report = run([_row(PAD, "Juta Rupiah", target, tws)], triwulan=3)
    assert not messages(report, "galat"), messages(report)
    assert report.indicators[0].capaian_exact == capaian
