"""Review of newuser62: a damaged classroom named with its school level (`Persentase ruang kelas SD dalam
kondisi rusak`, as a Dinas Pendidikan's RPJMD lists them per level) or a road of the district shortened
(`Persentase jalan Kab. dalam kondisi rusak berat`), Polaritas left blank, was still read Positif without a
word, 12 / 15 = 80 % Tinggi, where Negatif's (15 - (12 - 15)) / 15 = 120 %: newuser62 asked only the names
without the level (`ruang kelas rusak`, `jalan kabupaten ...`). The Polaritas cell now asks them too.
"""

from __future__ import annotations

import pytest

from tests.test_newuser62 import _polaritas_said, _row


@pytest.mark.parametrize(
    ("indikator", "named"),
    [
        ("Persentase ruang kelas SD dalam kondisi rusak", '"ruang kelas sd dalam kondisi rusak"'),
        ("Persentase ruang kelas SMP kondisi rusak berat", '"ruang kelas smp kondisi rusak berat"'),
        ("Jumlah ruang kelas PAUD rusak", '"ruang kelas paud rusak"'),
        ("Persentase jalan Kab. dalam kondisi rusak berat", '"jalan kab. dalam kondisi rusak berat"'),
        ("Tingkat kerusakan jalan kab.", "kerusakan jalan"),
    ],
)
def test_a_school_level_or_kab_before_the_damage_is_asked_too(indikator, named):
    # Target 15, TW I 14, TW II 12, Nilai Akhir, Polaritas blank: computed as typed, Positif,
    # 12 / 15 x 100 = 80 %; chosen Negatif, (15 - (12 - 15)) / 15 x 100 = 18 / 15 x 100 = 120 %.
    report = _row(indikator, "%", "15", ("14", "12", None, None), "Nilai Akhir")
    assert report.indicators[0].capaian_exact == 80
    (said,) = _polaritas_said(report)
    assert f"padahal indikator {named} biasanya bernilai negatif" in said.pesan, said.pesan
    chosen = _row(indikator, "%", "15", ("14", "12", None, None), "Nilai Akhir", polaritas="Negatif")
    assert chosen.indicators[0].capaian_exact == 120
    assert _polaritas_said(chosen) == []


@pytest.mark.parametrize(
    "indikator",
    [
        "Persentase ruang kelas SD dalam kondisi baik",
        "Persentase ruang kelas SMP rusak yang direhabilitasi",
        "Jumlah ruang kelas SD rusak berat yang dibangun kembali",
        "Persentase jalan Kab. dalam kondisi mantap",
        "Persentase SD terakreditasi",
        "Luas genangan waduk",  # (a reservoir's inundated area: its storage, never flooding)
    ],
)
def test_their_good_state_and_the_work_on_them_stay_quiet(indikator):
    # (guards: higher is better; Positif 12 / 15 = 80 %, no word)
    report = _row(indikator, "%", "15", ("14", "12", None, None), "Nilai Akhir")
    assert _polaritas_said(report) == []


# --- a duration in two units with a note after it: the figure to type ---------------------------------


@pytest.mark.parametrize(
    ("typed", "figure", "note"),
    [
        # 8 tahun 6 bulan = 8 + 6 / 12 = 8,5 tahun; newuser62 named "(5%)" as words after the Satuan and said
        # "Tulis angkanya saja (8)", half a year lost (as "(sementara)" was already told)
        ("8 tahun 6 bulan (5%)", "8,5", "(5%)"),
        ("8 tahun 6 bulan (sementara)", "8,5", "(sementara)"),
        ("8 thn 6 bln (naik 2%)", "8,5", "(naik 2%)"),
    ],
)
def test_a_duration_with_a_note_is_told_its_figure_in_the_satuan(typed, figure, note):
    report = _row("Rata-rata lama sekolah", "Tahun", "8,75", ("8,25", typed, None, None), "Nilai Akhir")
    (said,) = [f for f in report.findings if f.sel == "L2"]
    assert "Tulis angkanya saja (8)" not in said.pesan, said.pesan
    assert f"saja: {figure}; catatannya {note}, bila perlu, di kolom Keterangan" in said.pesan, said.pesan
    assert report.indicators[0].capaian is None


def test_one_unit_with_a_note_keeps_its_figure():
    # (a guard: "8 tahun (5%)" under Tahun is 8, the note named as before)
    report = _row(
        "Rata-rata lama sekolah", "Tahun", "8,75", ("8,25", "8 tahun (5%)", None, None), "Nilai Akhir"
    )
    (said,) = [f for f in report.findings if f.sel == "L2"]
    assert "ada kata '(5%)' sesudah Satuan indikator ('Tahun')" in said.pesan, said.pesan
    assert "Tulis angkanya saja (8)" in said.pesan, said.pesan
