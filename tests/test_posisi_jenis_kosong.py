"""newuser50: a Dinas Kesehatan's counts of a stock (posyandu aktif, puskesmas terakreditasi
paripurna, desa UCI) typed per quarter as the number there is at its end, with Jenis Realisasi left
blank: Kumulatif by default summed them, 430 + 438 posyandu = 868 of 450, a capaian of 192,89 %
"Sangat Tinggi", without a word (a percentage so summed is a galat, a score or a rate a peringatan, a
lower-is-better count a peringatan; a higher-is-better count was said nothing). Now a peringatan at
its Jenis Realisasi when every quarter alone is at least half the target and their sum exceeds it,
naming Nilai Akhir; computed as typed. A flow (ibu hamil dilayani per quarter) and a Kumulatif chosen
stay quiet."""

from __future__ import annotations

from tests.test_engine import kinerja_row, messages, run


def _one(indikator, target, tws, satuan, jenis=None):
    row = kinerja_row("1.02.05.2.01", "Kegiatan", "", "Kegiatan", indikator, target, (*tws, None, None), satuan=satuan, jenis=jenis)  # fmt: skip
    report = run([row], triwulan=2)
    return report, [f.pesan for f in report.findings if f.sel == "H2"]


def test_a_stock_counted_per_quarter_with_jenis_blank_is_pointed_out():
    # 430 + 438 = 868 posyandu of 450: 868 / 450 x 100 = 192,89 % as typed; Nilai Akhir 438 / 450 = 97,33 %
    report, said = _one("Jumlah posyandu aktif", "450 unit", ("430", "438 unit"), "unit")
    assert round(report.indicators[0].capaian, 2) == 192.89  # computed as typed
    assert len(said) == 1, messages(report)
    assert "Jenis Realisasi" in said[0] and "kosong, jadi Kumulatif" in said[0], said[0]
    assert "TW I 430 + TW II 438 = 868, melebihi Target (450)" in said[0], said[0]
    assert 'pilih "Nilai Akhir" (438)' in said[0], said[0]


def test_puskesmas_paripurna_typed_as_their_number_each_quarter():
    # 8 + 10 = 18 of 12 puskesmas: 150 % as typed; each quarter alone at least 6 (half of 12)
    report, said = _one("Jumlah puskesmas terakreditasi paripurna", "12", ("8", "10"), "puskesmas")
    assert report.indicators[0].capaian == 150
    assert len(said) == 1 and 'pilih "Nilai Akhir" (10)' in said[0], messages(report)


def test_a_flow_with_jenis_blank_stays_quiet():
    # ibu hamil dilayani 4.215 + 4.620 = 8.835 of 18.450 (47,89 %): each quarter below half the target
    report, said = _one("Jumlah ibu hamil yang mendapatkan pelayanan", "18.450", ("4.215", "4.620"), "orang")
    assert round(report.indicators[0].capaian, 2) == 47.89
    assert said == [], said


def test_a_kumulatif_chosen_stays_quiet():
    # chosen: 8 + 10 = 18 of 12 is the PK's own counting (150 %), not a default
    report, said = _one(
        "Jumlah puskesmas terakreditasi paripurna", "12", ("8", "10"), "puskesmas", "Kumulatif"
    )
    assert report.indicators[0].capaian == 150 and said == [], said
