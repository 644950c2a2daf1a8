"""Review of newuser59 (a Dinas Pertanian dan Ketahanan Pangan's TW III 2025 workbook): the near-miss
typings of its fixes.

- A transfer line of the SKPKD's Belanja Transfer typed with its Kode blank (`Bantuan Keuangan Khusus
  kepada Desa`) is no funding source of the program above it: its galat must not say that its pagu and
  realisasi are already in that program's figures.
- A funding-source row numbered as staff number lists (`a. DAK Fisik`, `1) DAK Non Fisik`) or labelled
  `Sumber: DAU` is told what to do as `- Sumber dana DAK Fisik` is.
- `serangan hama penyakit` (no `dan`, as often written) with a blank Polaritas is asked as `serangan hama
  dan penyakit` is.
"""

from __future__ import annotations

from fractions import Fraction

from tests.test_engine import anggaran_row, kinerja_row, run

PROGRAM = "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN"


def _anggaran_galat(name, severity="galat"):
    """The ``severity`` findings at Anggaran of a row ``name`` with its Kode blank under a program of Rp 2,5 M
    (a funding source's row is a peringatan since anggaran59: left out, the totals still checked)."""
    kinerja = [
        kinerja_row(
            "3.27.03",
            "Program",
            "",
            PROGRAM,
            "Luas tanam padi",
            "78.000",
            ("24.350", "21.780", "21.780", None),
            satuan="Ha",
            jenis="Kumulatif",
        )
    ]
    anggaran = [
        anggaran_row(
            "3.27.03", PROGRAM, "", "2.500.000.000", ("250.000.000", "750.000.000", "812.300.000", None)
        ),
        anggaran_row("", name, "", "1.000.000.000", ("0", "400.000.000", "350.000.000", None)),
    ]
    report = run(kinerja, anggaran, triwulan=3)
    # Luas tanam 24.350 + 21.780 + 21.780 = 67.910 of 78.000: the Kinerja side computed as typed
    assert report.indicators[0].capaian_exact == Fraction(67910, 78000) * 100
    return {f.sel: f.pesan for f in report.findings if f.severity == severity and f.sheet == "Anggaran"}


def test_a_transfer_to_the_villages_without_kode_is_no_funding_source():
    for name in ("Bantuan Keuangan Khusus kepada Desa", "Bantuan keuangan kepada pemerintah desa"):
        galat = _anggaran_galat(name)
        assert list(galat) == ["A3"], galat
        assert "sumber dana" not in galat["A3"] and "sudah termasuk" not in galat["A3"], galat["A3"]
    # the province's grant the program is funded by is one
    assert not _anggaran_galat("Bantuan Keuangan Provinsi")
    said = _anggaran_galat("Bantuan Keuangan Provinsi", "peringatan")
    assert "rincian sumber dana" in said["B3"], said


def test_a_funding_source_numbered_or_labelled_is_told_what_to_do():
    for name in ("a. DAK Fisik", "1) DAK Non Fisik", "2. BLUD UPT Balai Benih", "Sumber: DAU"):
        assert not _anggaran_galat(name), name
        said = _anggaran_galat(name, "peringatan")
        assert "rincian sumber dana" in said["B3"] and "tidak dihitung" in said["B3"], (name, said)
    # a program numbered so keeps the plain galat (its Kode asked)
    galat = _anggaran_galat("a. Program Penyuluhan Pertanian")
    assert "sumber dana" not in galat["A3"], galat["A3"]


def _polaritas_blank(indikator):
    row = kinerja_row(
        "T1",
        "Tujuan",
        "",
        "Meningkatnya produksi pertanian",
        indikator,
        "250",
        ("85", "70", "40", None),
        satuan="Ha",
    )
    row[6] = None  # Polaritas left blank
    return run([row], triwulan=3)


def test_pests_and_diseases_written_without_dan_are_asked_too():
    # 85 + 70 + 40 = 195 ha of 250: Positif 195 / 250 = 78 % Tinggi as typed, where Negatif gives
    # (500 - 195) / 250 = 122 %: the Polaritas cell asks
    for indikator in ("Luas serangan hama penyakit tanaman", "Luas serangan hama dan penyakit tanaman"):
        report = _polaritas_blank(indikator)
        assert report.indicators[0].capaian_exact == 78
        (said,) = [f for f in report.findings if f.sel == "G2"]
        assert said.severity == "peringatan" and "hama" in said.pesan, said.pesan
    # the part handled stays quiet
    report = _polaritas_blank("Luas serangan hama penyakit tanaman yang dikendalikan")
    assert [f for f in report.findings if f.sel == "G2"] == []


def test_an_index_under_percent_left_blank_is_told_as_an_index_not_a_share():
    # NTP typed under Satuan % with Jenis blank: 104,12 + 106,35 + 107,1 = 317,57, over 100: the capaian is
    # not computed (a galat, as for a share), but an NTP is no part of a whole: its reason is the index's
    # Rata-rata 317,57 / 3 = 105,8566... shown 105,86; Nilai Akhir TW III's 107,1
    row = kinerja_row(
        "T1",
        "Tujuan",
        "",
        "Meningkatnya kesejahteraan petani",
        "Nilai Tukar Petani (NTP)",
        "105",
        ("104,12", "106,35", "107,1", None),
        satuan="%",
    )
    report = run([row], triwulan=3)
    assert report.indicators[0].capaian_exact is None
    (said,) = [f for f in report.findings if f.sel == "H2"]
    assert said.severity == "galat", said
    assert "tidak mungkin suatu bagian" not in said.pesan, said.pesan
    assert "nilai setahun bukan jumlah nilai tiap triwulan" in said.pesan, said.pesan
    assert "Rata-rata (105,86)" in said.pesan and "Nilai Akhir (107,1)" in said.pesan, said.pesan
    # a share keeps its reason: APM 98,75 + 98 + 97,5 = 294,25 % of a whole of 100 %
    row = kinerja_row(
        "T1", "Tujuan", "", "Meningkatnya akses pendidikan", "APM SD", "98", ("98,75", "98", "97,5", None)
    )
    (said,) = [f for f in run([row], triwulan=3).findings if f.sel == "H2"]
    assert "tidak mungkin suatu bagian dari keseluruhan" in said.pesan, said.pesan


def test_a_decimal_point_before_a_scale_word_and_the_unit_is_told_as_before_the_scale_word_alone():
    # Produksi padi TW II typed the English way, "125.4 rb" (125.400 ton) with or without the Satuan after
    # it: a galat (no figure guessed) naming the figure to type, 125,4 rb (ton)
    for typed, written in (("125.4 rb", "125,4 rb"), ("125.4 rb ton", "125,4 rb ton")):
        row = kinerja_row(
            "S1",
            "Sasaran",
            "",
            "Meningkatnya produksi tanaman pangan",
            "Produksi padi",
            "412.500",
            ("125.430", typed, "98.215,6", None),
            satuan="Ton",
            jenis="Kumulatif",
        )
        (said,) = [f for f in run([row], triwulan=3).findings if f.sel == "L2"]
        assert said.severity == "galat", said
        assert f"desimal ditulis dengan koma: {written}" in said.pesan, said.pesan
