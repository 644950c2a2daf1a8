"""newuser50: a Satpol PP dan Damkar / BPBD and a Dinas Kesehatan fill `lkj-xl new`'s workbook as
their staff type. Their lower-is-better indicators with the Polaritas left blank (the template's
default is Positif) were computed as Positif without a word: the Indeks Risiko Bencana of a Tujuan
rising from 118,56 to 121,30 (worse) printed 102,31 % Sangat Tinggi, the fires counted over the
quarters 87,50 % where fewer fires than planned is 112,50 %, a waiting time of the fire brigade with
"penanganan" in its name 91,67 % where 13,75 minutes of 15 is 108,33 %. Each is a peringatan at the
Polaritas cell now, computed as typed (the Polaritas is the Perjanjian Kinerja's to choose), as
"Angka Kematian Bayi" already was; the names that measure the work done (relawan, sarana pemadam
kebakaran, kajian risiko bencana, desa tangguh, kebakaran tertangani) stay quiet."""

from __future__ import annotations

import pytest

from lkj_xl.core import pasted
from tests.test_engine import kinerja_row, messages, run


def _polaritas_said(report, sel="G2"):
    return [f.pesan for f in report.findings if (f.sheet, f.sel) == ("Kinerja", sel)]


# --- 1. The names, read alone ------------------------------------------------------------------------

MUST_WARN = [
    # BPBD: IRB (BNPB's index; higher is more risk), as the Renstra names it with and without its acronym
    ("Indeks Risiko Bencana (IRB)", "indeks", "risiko bencana"),
    ("Indeks Risiko Bencana Indonesia (IRBI)", "Indeks", "risiko bencana"),
    ("Nilai Indeks Risiko Bencana", "nilai", "risiko bencana"),
    # Damkar: fires counted, a fire's victims
    ("Jumlah kejadian kebakaran", "kejadian", "kejadian kebakaran"),
    ("Jumlah kejadian kebakaran", "kali", "kejadian kebakaran"),
    ("Frekuensi kejadian kebakaran", "kejadian", "kejadian kebakaran"),
    ("Jumlah kasus kebakaran di Kabupaten Probolinggo", "kasus", "kasus kebakaran"),
    ("Jumlah kejadian kebakaran hutan dan lahan", "kejadian", "kejadian kebakaran"),
    ("Jumlah korban jiwa akibat bencana", "jiwa", "korban jiwa"),
    ("Jumlah korban jiwa akibat kebakaran", "orang", "korban jiwa"),
    # a waiting time with the work's name in it is still a waiting time: shorter is better
    ("Waktu tanggap (response time) penanganan kebakaran", "menit", "waktu"),
    ("Rata-rata waktu penanganan pengaduan masyarakat", "hari", "waktu"),
    ("Response time penanganan kebakaran", "menit", "response time"),
    ("Respon time pemadaman kebakaran", "Menit", "respon time"),
    # Dinkes: a morbidity rate under its English name; undernourished mothers and children, anaemia,
    # low birth weight (a share of them: the lower, the better)
    ("Incidence Rate (IR) DBD", "per 100.000 penduduk", "incidence rate"),
    ("Persentase ibu hamil KEK", "%", "KEK"),
    ("Persentase ibu hamil Kurang Energi Kronis (KEK)", "%", "kurang energi kronis"),
    ("Persentase ibu hamil anemia", "%", "anemia"),
    ("Persentase bayi BBLR", "%", "BBLR"),
    ("Persentase balita gizi kurang", "%", "gizi kurang"),
    ("Persentase balita wasting", "%", "wasting"),
    ("Persentase balita underweight", "%", "underweight"),
]


@pytest.mark.parametrize(("indikator", "satuan", "word"), MUST_WARN)
def test_a_lower_is_better_name_of_bpbd_damkar_dinkes_is_named(indikator, satuan, word):
    assert pasted.lower_is_better(indikator, satuan) == word


QUIET = [
    # the work done against the bad thing: higher is better
    ("Cakupan pelayanan bencana kebakaran", "%"),
    ("Persentase kejadian kebakaran tertangani sesuai waktu tanggap", "%"),
    ("Jumlah kejadian kebakaran yang ditangani", "kali"),
    ("Jumlah relawan kebakaran (Redkar) yang dibentuk", "kelompok"),
    ("Jumlah sarana prasarana pemadam kebakaran yang dipelihara", "unit"),
    ("Rasio pos pemadam kebakaran per 10.000 penduduk", "rasio"),
    ("Persentase penurunan kejadian kebakaran", "%"),
    ("Persentase desa bebas kebakaran", "%"),
    ("Jumlah dokumen kajian risiko bencana", "dokumen"),
    ("Persentase desa tangguh bencana", "%"),
    ("Persentase penurunan indeks risiko bencana", "%"),
    ("Penurunan Indeks Risiko Bencana", "indeks"),
    ("Jumlah korban bencana yang dievakuasi", "orang"),
    ("Persentase korban bencana yang mendapat layanan", "%"),
    ("Jumlah korban jiwa yang berhasil diselamatkan", "orang"),
    # a share of time kept, a waiting time's fall, its punctuality
    ("Tingkat waktu tanggap (response time rate)", "%"),
    ("Persentase response time kurang dari 15 menit", "%"),
    ("Penurunan waktu tanggap kebakaran", "menit"),
    ("Ketepatan waktu penyelesaian pengaduan", "hari"),
    ("Case Notification Rate (CNR) TBC", "per 100.000 penduduk"),
    ("Persentase ibu hamil KEK yang mendapat makanan tambahan", "%"),
    ("Cakupan balita gizi kurang yang mendapat PMT", "%"),
    ("Persentase remaja putri yang mendapat tablet tambah darah", "%"),
    ("Persentase bayi BBLR yang ditangani", "%"),
    ("Penanganan balita gizi kurang", "%"),
    ("Persentase ibu hamil mendapatkan pelayanan antenatal K6", "%"),
]


@pytest.mark.parametrize(("indikator", "satuan"), QUIET)
def test_a_name_of_the_work_against_it_stays_quiet(indikator, satuan):
    assert pasted.lower_is_better(indikator, satuan) == ""


# --- 2. In the report, as the Satpol PP dan Damkar typed them (TW III 2025) --------------------------


def _one(indikator, target, tws, satuan, jenis, polaritas=None):
    row = kinerja_row("S2", "Sasaran", "", "Sasaran", indikator, target, tws, satuan=satuan, jenis=jenis, polaritas=polaritas)  # fmt: skip
    return run([row], triwulan=3)


def test_indeks_risiko_bencana_left_positif_is_pointed_out():
    # IRB 118,56 in the PK, BNPB's 121,30 for the year: as typed (Positif) 121,30 / 118,56 x 100 = 102,31 %
    report = _one(
        "Indeks Risiko Bencana (IRB)", "118,56", (None, None, "121,30", None), "indeks", "Nilai Akhir"
    )
    assert round(report.indicators[0].capaian, 2) == 102.31  # computed as typed
    said = _polaritas_said(report)
    assert len(said) == 1 and "indikator risiko bencana biasanya bernilai negatif" in said[0], messages(
        report
    )
    assert 'pilih "Negatif"' in said[0]


def test_indeks_risiko_bencana_chosen_negatif_is_quiet_and_scored_lower_is_better():
    # (118,56 - (121,30 - 118,56)) / 118,56 x 100 = 115,82 / 118,56 x 100 = 97,69 %
    report = _one("Indeks Risiko Bencana (IRB)", "118,56", (None, None, "121,30", None), "indeks", "Nilai Akhir", "Negatif")  # fmt: skip
    assert round(report.indicators[0].capaian, 2) == 97.69
    assert not _polaritas_said(report), messages(report)


def test_fires_counted_left_positif_are_pointed_out():
    # 35 + 42 + 28 = 105 fires s.d. TW III of 120 planned: as typed 105 / 120 = 87,50 %;
    # Negatif would be (120 - (105 - 120)) / 120 = 112,50 %
    report = _one("Jumlah kejadian kebakaran", "120", ("35", "42", "28", None), "kejadian", "Kumulatif")
    assert report.indicators[0].capaian == 87.5
    said = _polaritas_said(report)
    assert len(said) == 1 and "indikator kejadian kebakaran biasanya bernilai negatif" in said[0]


def test_a_waiting_time_named_with_its_work_left_positif_is_pointed_out():
    # (13,5 + 14 + 12,5) / 3 = 13,333 minutes of 15: as typed 88,89 %; Negatif (30 - 13,333) / 15 = 111,11 %
    report = _one("Waktu tanggap (response time) penanganan kebakaran", "15 menit", ("13,5 menit", "14", "12,5", None), "menit", "Rata-rata")  # fmt: skip
    assert round(report.indicators[0].capaian, 2) == 88.89
    said = _polaritas_said(report)
    assert len(said) == 1 and "indikator waktu biasanya bernilai negatif" in said[0], messages(report)


def test_the_work_done_against_fires_stays_quiet():
    # Persentase kejadian kebakaran tertangani: (75,5 + 81,3 + 84) / 3 = 80,267 of 80 = 100,33 %
    report = _one("Persentase kejadian kebakaran tertangani sesuai waktu tanggap", "80", ("75,5", "81,3", "84,0", None), "%", "Rata-rata")  # fmt: skip
    assert round(report.indicators[0].capaian, 2) == 100.33
    assert not _polaritas_said(report), messages(report)


def test_a_share_of_undernourished_mothers_left_positif_is_pointed_out():
    # Dinkes, TW II: ibu hamil KEK 12,1 % then 11,4 % of a target 10 %: as typed 11,4 / 10 = 114 %
    # Sangat Tinggi; Negatif (10 - (11,4 - 10)) / 10 = 86 %
    row = kinerja_row("S2", "Sasaran", "", "Sasaran", "Persentase ibu hamil KEK", "10%", ("12,1%", "11,4%", None, None), jenis="Nilai Akhir")  # fmt: skip
    report = run([row], triwulan=2)
    assert round(report.indicators[0].capaian, 2) == 114
    said = _polaritas_said(report)
    assert len(said) == 1 and "indikator KEK biasanya bernilai negatif" in said[0], messages(report)


# --- 3. The Satpol PP dan Damkar's workbook, made by `lkj-xl new` and checked as staff run it -----------


def test_the_damkar_workbook_checked_names_each_polaritas_left_blank(tmp_path):
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.xlsx.template import new_workbook
    from tests.common import kinerja_row as row

    path = tmp_path / "satpol.xlsx"
    settings = {"Pemerintah Daerah": "Kabupaten Probolinggo", "Perangkat Daerah": "Satpol PP dan Damkar"}
    kinerja = [  # Kinerja's data rows from row 4 (title, subtitle, header above)
        row(
            "T1",
            "Tujuan",
            None,
            "Ketenteraman dan perlindungan",
            "Indeks Risiko Bencana (IRB)",
            "118,56",
            None,
            None,
            **{"Satuan": "indeks", "Jenis Realisasi": "Nilai Akhir", "Realisasi TW III": "121,30"},
        ),  # fmt: skip
        row(
            "S2",
            "Sasaran",
            "T1",
            "Penanganan kebakaran",
            "Waktu tanggap (response time) penanganan kebakaran",
            "15 menit",
            "13,5 menit",
            "14",
            **{"Satuan": "menit", "Jenis Realisasi": "Rata-rata", "Realisasi TW III": "12,5"},
        ),  # fmt: skip
        row(
            "S2",
            None,
            None,
            None,
            "Jumlah kejadian kebakaran",
            120,
            35,
            42,
            **{"Satuan": "kejadian", "Jenis Realisasi": "Kumulatif", "Realisasi TW III": 28},
        ),  # fmt: skip
        row(
            "S2",
            None,
            None,
            None,
            "Persentase kejadian kebakaran tertangani sesuai waktu tanggap",
            80,
            "75,5",
            "81,3",
            **{"Jenis Realisasi": "Rata-rata", "Realisasi TW III": "84,0"},
        ),  # fmt: skip
    ]
    new_workbook(path, pengaturan={**settings, "Tahun": 2025, "Triwulan": 3}, kinerja=kinerja)
    result = CliRunner().invoke(main, ["check", str(path)])
    said = [line.split()[1] for line in result.output.splitlines() if "Polaritas indikator" in line]
    # IRB (row 4), waktu tanggap (5), kejadian kebakaran (6) at their Polaritas (G); the share handled
    # (row 7) is higher-is-better: nothing
    assert said == ["Kinerja!G4", "Kinerja!G5", "Kinerja!G6"], result.output
