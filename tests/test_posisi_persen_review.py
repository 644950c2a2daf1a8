"""Review of figures54 (posisi_persen): a percentage position chosen Kumulatif, typed as staff type it.

Every case is the task's own: `Persentase temuan BPK yang ditindaklanjuti`, Kumulatif, Target 90,
TW I 35,5, TW II 62 (a position, the share of findings followed up at each quarter's end): summed
97,5 / 90 = 108,33 % Sangat Tinggi, the position 62 / 90 = 68,89 % Sedang.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.test_engine import kinerja_row, run


def _report(indikator, target, tws, triwulan=2, *, jenis="Kumulatif"):
    tws = (*tws, *([None] * (4 - len(tws))))
    row = kinerja_row("S1", "Sasaran", "", "Akuntabilitas", indikator, target, tws, jenis=jenis)
    return run([row], triwulan=triwulan)


def _said(report):
    """The row's findings but the Sasaran's missing Kode Induk at C2 (the shortcut of the helper)."""
    return [f for f in report.findings if f.sel != "C2"]


# --- one word away: the follow-up spelled as staff spell it ------------------------------------------


@pytest.mark.parametrize(
    "indikator",
    [
        # "ditindaklanjuti" written apart, as many Perda and LHP texts write it
        "Persentase temuan BPK yang ditindak lanjuti",
        "Persentase temuan BPK yang di tindaklanjuti",
        "Persentase temuan BPK yang di tindak lanjuti",
        "Persentase temuan BPK yang ditindak-lanjuti",
        "Persentase rekomendasi BPK yang tertindaklanjuti",
        "Persentase tindak-lanjut temuan BPK",
        # "yang" shortened to "yg", as in a narrow Excel column
        "Persentase desa yg memiliki BUMDes aktif",
        "Persentase rekomendasi yg telah ditindak lanjuti",
        # Tindak Lanjut Hasil Pemeriksaan by its acronym
        "Persentase penyelesaian TLHP",
    ],
)
def test_a_position_spelled_apart_or_shortened_is_told(indikator):
    report = _report(indikator, "90", ("35,5", "62"))
    # computed as typed: (35,5 + 62) / 90 x 100 = 97,5 / 90 x 100 = 108,33 %
    assert report.indicators[0].capaian_exact == Fraction(975, 10) / 90 * 100
    said = _said(report)
    assert [(f.severity, f.sel) for f in said] == [("peringatan", "H2")], [f.pesan for f in said]
    # the position: 62 / 90 x 100 = 68,888... shown 68,89 %, Sedang (> 65 - 75)
    assert "68,89% (Sedang)" in said[0].pesan and "108,33% (Sangat Tinggi)" in said[0].pesan


# --- a small percentage typed without % is not asserted a fraction ------------------------------------


def test_a_small_percentage_position_is_not_told_it_is_a_fraction():
    # The seed's own small shares (Usaha Mikro naik kelas 0,01 %, UMKM diberdayakan 0,9 %) show a Target
    # of 0,5 % is ordinary: 0,2; 0,3 of 0,5 may be fractions (20 %; 30 % of 50 %) or percentages as typed.
    # Both readings hold either way: summed 0,5 / 0,5 = 100 % Sangat Tinggi; the position 0,3 / 0,5 = 60 %
    # Rendah (> 50 - 65). The fraction reading is offered, never asserted.
    report = _report("Persentase UMKM yang memiliki sertifikat halal", "0,5", ("0,2", "0,3"))
    (finding,) = _said(report)
    pesan = finding.pesan
    assert "100,00% (Sangat Tinggi)" in pesan and "60,00% (Rendah)" in pesan
    assert "pecahan: 0,3 berarti 30 %" not in pesan  # (said as if it were so)
    # 0,5 x 100 = 50; 0,2 x 100 = 20; 0,3 x 100 = 30: the percentages, if a fraction was meant
    assert "tulis Target 50 dan realisasinya TW I 20, TW II 30" in pesan
    assert "bila memang 0,5 %, tulis angkanya dengan tanda %" in pesan


def test_fractions_summed_beyond_one_say_so_as_a_reading():
    # 0,4 + 0,7 = 1,1 of 0,9: as fractions 110 %, more than a share can be; as small percentages 1,1 %
    # is no impossibility: said as what follows if they are fractions
    report = _report("Persentase UMKM yang memiliki sertifikat halal", "0,9", ("0,4", "0,7"))
    (finding,) = _said(report)
    # summed 1,1 / 0,9 x 100 = 122,22 %; the position 0,7 / 0,9 x 100 = 77,78 % Tinggi
    assert "122,22% (Sangat Tinggi)" in finding.pesan and "77,78% (Tinggi)" in finding.pesan
    assert "bila pecahan, jumlahnya lebih dari 1 (100 %)" in finding.pesan


# --- the Keterangan saying the figure is a position -------------------------------------------------


@pytest.mark.parametrize(
    ("indikator", "keterangan"),
    [
        ("Persentase capaian target PAD", "posisi per 30 Juni 2025"),
        ("Persentase capaian target PAD", "Data posisi akhir triwulan"),
        # a flow word in the name, but the note says the progress is typed as it stands at 30 June
        ("Persentase realisasi fisik pekerjaan", "posisi 30 Juni 2025"),
    ],
)
def test_a_keterangan_saying_posisi_names_both_readings(indikator, keterangan):
    # no position word in the Indikator, but the note says each figure is where the share stands:
    # summed 97,5 / 90 = 108,33 % Sangat Tinggi; the position 62 / 90 = 68,89 % Sedang
    row = kinerja_row(
        "S1", "Sasaran", "", "Keuangan", indikator, "90", ("35,5", "62", None, None),
        jenis="Kumulatif", keterangan=keterangan,
    )  # fmt: skip
    said = _said(run([row]))
    assert [(f.severity, f.sel) for f in said] == [("peringatan", "H2")], [f.pesan for f in said]
    assert "108,33% (Sangat Tinggi)" in said[0].pesan and "68,89% (Sedang)" in said[0].pesan
    assert 'Keterangan menyebut "posisi"' in said[0].pesan


@pytest.mark.parametrize("keterangan", ["", "Sumber: Bapenda", "bukan posisi, tambahan per triwulan"])
def test_no_position_in_the_keterangan_stays_quiet(keterangan):
    row = kinerja_row(
        "S1", "Sasaran", "", "Keuangan", "Persentase capaian target PAD", "90", ("35,5", "62", None, None),
        jenis="Kumulatif", keterangan=keterangan,
    )  # fmt: skip
    assert not [f.pesan for f in _said(run([row]))]


def test_a_keterangan_saying_posisi_needs_no_half_of_the_target():
    # the note says so, whatever the figures' shape: summed 20 + 25 = 45 of 90, 45 / 90 = 50 % (Sangat
    # Rendah, exactly 50 is no Rendah); the position 25 / 90 = 27,78 % Sangat Rendah
    row = kinerja_row(
        "S1", "Sasaran", "", "Keuangan", "Persentase capaian target PAD", "90", ("20", "25", None, None),
        jenis="Kumulatif", keterangan="posisi per 30 Juni 2025",
    )  # fmt: skip
    (finding,) = _said(run([row]))
    assert finding.sel == "H2"
    assert "50,00% (Sangat Rendah)" in finding.pesan and "27,78% (Sangat Rendah)" in finding.pesan


@pytest.mark.parametrize("keterangan", ["bukan posisi, tambahan per triwulan", "Data bukan posisi"])
def test_a_keterangan_denying_posisi_quiets_a_position_word(keterangan):
    # staff said each quarter is that quarter's own share: the sum 97,5 is meant, nothing to ask
    row = kinerja_row(
        "S1", "Sasaran", "", "Akuntabilitas", "Persentase temuan BPK yang ditindaklanjuti", "90",
        ("35,5", "62", None, None), jenis="Kumulatif", keterangan=keterangan,
    )  # fmt: skip
    assert not [f.pesan for f in _said(run([row]))]
