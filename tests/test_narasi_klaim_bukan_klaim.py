"""Narasi sentences that look like "every indicator reached its target" and are not that claim about
this report's figures: a hope or a plan ("diharapkan", "agar", "ditargetkan", "akan"), a share ("dari
seluruh indikator, 4 indikator ..."), the others but one ("seluruh indikator lainnya"), another quarter
("pada triwulan I" in a Triwulan II report), targets that are no indicator's ("target pendapatan
retribusi", "target PAD", "target fisik"). Each put a placeholder "[isi: teks ini menyebut seluruh
indikator kinerja ... tercapai, padahal ...]" under a right sentence of the signed document: worse than
a missed claim. Claims that are the claim stay pointed out (the last test).

The figures (tests/test_laporan_klaim_seluruh.py's workbook, by hand there): Sasaran S1 110,00 %,
S2 60,00 %, S3 not measurable, Program P1 100,00 %. So any claim about the Sasaran, or the Tujuan
and Sasaran, is denied by the figures; these sentences get a peringatan only if read as such a claim.
"""

from __future__ import annotations

import pytest

from tests.test_laporan_klaim_seluruh import _workbook

BUKAN_KLAIM = [
    # hopes, aims, plans, conditions
    "Diharapkan pada triwulan IV seluruh indikator kinerja dapat tercapai.",
    "Dengan upaya tersebut, seluruh indikator kinerja diharapkan dapat tercapai pada akhir tahun.",
    "Target kami adalah seluruh indikator kinerja tercapai pada akhir tahun 2025.",
    "Upaya yang dilakukan agar seluruh indikator kinerja tercapai antara lain koordinasi dengan BPS.",
    "Untuk memastikan semua target tercapai, dilakukan monitoring setiap bulan.",
    "Apabila seluruh indikator tercapai, maka predikat kinerja menjadi sangat baik.",
    "Seluruh indikator kinerja ditargetkan tercapai pada akhir tahun.",
    "Seluruh indikator kinerja akan tercapai pada triwulan IV.",
    "Seluruh indikator kinerja diupayakan tercapai melalui pendampingan koperasi.",
    # denied or narrowed elsewhere in the sentence
    "Masih terdapat indikator yang belum tercapai sehingga tidak dapat dikatakan seluruh indikator "
    "telah tercapai.",
    "Adapun indikator yang belum tercapai adalah Nilai Investasi, sedangkan seluruh indikator lainnya "
    "telah tercapai.",
    "Seluruh indikator sasaran lainnya telah tercapai.",
    "Semua indikator yang dapat diukur telah tercapai.",
    "Seluruh indikator kinerja sasaran tercapai. Kecuali Nilai Investasi yang baru 15%.",
    # a share of all, not all
    "Sebagian besar dari seluruh indikator kinerja telah tercapai.",
    "Rata-rata capaian seluruh indikator kinerja sasaran sebesar 85% dan tergolong tercapai.",
    "Dari seluruh indikator kinerja sasaran, sebanyak 4 indikator telah tercapai.",
    "Dari seluruh indikator yang ada, 75% telah mencapai target.",
    "Jumlah seluruh indikator kinerja adalah 12 indikator, dengan 9 indikator tercapai.",
    # targets that are no indicator's
    "Semua target pendapatan retribusi pasar telah terpenuhi.",
    "Seluruh target realisasi anggaran tercapai.",
    "Semua target pelatihan telah terpenuhi, yaitu 10 kali pelatihan.",
    "Seluruh target PAD sektor perdagangan tercapai.",
    "Seluruh target fisik kegiatan telah tercapai 100%.",
    # another quarter than the report's (Triwulan II)
    "Seluruh indikator sasaran telah tercapai pada triwulan I, namun pada triwulan II terdapat penurunan.",
    "Pada triwulan I seluruh indikator tercapai.",
]

KLAIM = [  # claims about this report's Sasaran (or Tujuan and Sasaran), which the figures deny
    "Seluruh indikator kinerja sasaran telah tercapai sesuai target yang ditetapkan.",
    "Semua IKU tercapai.",
    "Pada triwulan II tahun 2025 seluruh indikator kinerja telah mencapai target.",
    "Capaian seluruh indikator kinerja sasaran telah memenuhi target yang ditetapkan dalam Perjanjian "
    "Kinerja.",
    "Alhamdulillah, semua indikator kinerja sasaran dapat tercapai dengan baik.",
    "Semua target kinerja telah tercapai.",
    "Seluruh indikator, baik tujuan maupun sasaran, telah tercapai.",
    "Semua indikator kinerja tercapai, namun Nilai Investasi masih 15%.",
]


def _klaim(tmp_path, texts: list[str]) -> tuple[list[str], dict]:
    """The Teks cells given a peringatan of a claim, and the placeholders, of ``texts`` in Penutup."""
    from lkj_xl.laporan import read_inputs

    workbook = _workbook(tmp_path, [("Penutup", t) for t in texts])
    _report, narasi = read_inputs(workbook.read_bytes())
    cells = [f.sel for f in narasi.findings if "menyebut seluruh indikator" in f.pesan]
    return cells, narasi.klaim


def test_sentences_that_are_no_such_claim_get_no_peringatan_nor_placeholder(tmp_path):
    cells, klaim = _klaim(tmp_path, BUKAN_KLAIM)
    # new_workbook writes the header on row 1: text i is on row i + 2, its Teks in column B
    flagged = [BUKAN_KLAIM[int(cell[1:]) - 2] for cell in cells]
    assert flagged == [], flagged
    assert klaim == {}, klaim


def test_the_claims_themselves_are_still_pointed_out(tmp_path):
    cells, klaim = _klaim(tmp_path, KLAIM)
    assert cells == [f"B{i + 2}" for i in range(len(KLAIM))], cells
    # one placeholder under each (Penutup's text: one line per cell, in order)
    assert sorted(klaim["Penutup"]) == list(range(len(KLAIM))), klaim


@pytest.mark.parametrize(
    "text",
    [
        "Belum seluruh indikator kinerja sasaran tercapai.",
        "Hampir seluruh indikator kinerja sasaran telah tercapai.",
        "Seluruh kegiatan telah dilaksanakan sesuai jadwal.",
        "Sebanyak 8 dari 10 indikator kinerja telah tercapai.",
        "Semua target tercapai kecuali indikator Nilai Investasi.",
        "Tahun lalu seluruh indikator kinerja telah mencapai target.",
    ],
)
def test_the_cases_left_alone_before_still_are(tmp_path, text):
    assert _klaim(tmp_path, [text]) == ([], {})
