"""The LKjIP read as the Inspektorat reads it (round 6): figures that disagree between two outputs.

(1) A program typed in Kinerja without an indicator: its budget reached no Sasaran, so Tabel 3.3's
    Sasaran and Tujuan summed less than Tabel 3.4's TOTAL.
(2) The "pagu Perjanjian Kinerja" of the mail and the Word report (the programs' Pagu column summed)
    beside Pengaturan's Total Pagu Perjanjian Kinerja: a reader never learnt they differ.
(3) A Target Perubahan shown with other decimals than the target beside it.

Workbooks are the example (../shared/seeds/000_237f033edcd5cb60.txt, "l.N") as staff typed it; the
cells changed for a case are ours and named in each test.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from lkj_xl.build import load_report
from lkj_xl.core.kalimat import angka_indikator
from lkj_xl.core.numbers import to_fraction
from tests.common import example_typed

# The seed's Tabel 3.4 (l.949-968), programs per Sasaran (Kode Sasaran, else their Kode Induk).
S1_PAGU = 1_116_055_550 + 8_050_000 + 8_706_000
S1_REAL = 63_709_175 + 450_000 + 0
S2_PAGU = 12_076_486_014 + 41_000_000 + 54_888_000 + 101_563_000 + 1_888_172_939  # l.790: 14.162.109.953
S2_REAL = 5_059_823_310 + 8_000_000 + 0 + 0 + 10_200_000
S3_PAGU, S3_REAL = 3_578_850_965 + 82_706_300, 157_853_500 + 1_800_000
S4_PAGU = 62_200_000 + 6_532_742_965 + 987_614_940 + 435_942_350 + 543_218_610 + 286_850_000
S4_REAL = 525_000 + 1_211_837_250 + 40_380_000 + 54_076_133 + 116_451_772 + 110_869_000
TOTAL_PAGU = 27_805_047_633  # l.968, and Pengaturan's Total Pagu Perjanjian Kinerja (B16)

PASAR = "PROGRAM PENGELOLAAN PASAR RAKYAT"
TANPA_INDIKATOR = {
    # Kinerja row 45: a program under S4 typed without its indicator yet (E45 left empty)
    ("Kinerja", "A45"): "P4.07",
    ("Kinerja", "B45"): "Program",
    ("Kinerja", "C45"): "S4",
    ("Kinerja", "D45"): PASAR,
    # its budget, Kode Sasaran (C20) empty as for every program of the example
    ("Anggaran", "A20"): "P4.07",
    ("Anggaran", "B20"): PASAR,
    ("Anggaran", "D20"): "Rp 250 jt",
    ("Anggaran", "G20"): "Rp 50 jt",
}


def test_a_program_without_indicator_counts_toward_the_sasaran_of_its_kode_induk(tmp_path):
    """P4.07's 250.000.000 (TW II 50.000.000) was counted in Tabel 3.4's TOTAL (28.055.047.633) but
    toward no Sasaran: S4 stayed 8.848.568.865 and T1 + T2 summed 27.805.047.633, 250 jt short of the
    TOTAL beside it. Its Kinerja row names S4 as Kode Induk (C45): the budget is S4's."""
    report = load_report(example_typed(tmp_path, "tanpa-indikator", 2, TANPA_INDIKATOR))
    rows = {e.kode: e for e in report.efisiensi}
    s4_pagu, s4_real = S4_PAGU + 250_000_000, S4_REAL + 50_000_000
    assert (rows["S4"].pagu, rows["S4"].realisasi_anggaran) == (s4_pagu, s4_real)
    assert rows["S4"].penyerapan == pytest.approx(float(Fraction(s4_real, s4_pagu) * 100))
    t2_pagu, t2_real = S2_PAGU + S3_PAGU + s4_pagu, S2_REAL + S3_REAL + s4_real
    assert (rows["T2"].pagu, rows["T2"].realisasi_anggaran) == (t2_pagu, t2_real)
    # T2 "Nilai Investasi", Kumulatif: TW I 193.900 juta, TW II "-": 193.900 / 1.282.684,40 x 100
    capaian_t2 = Fraction(193_900) / Fraction("1282684.40") * 100
    assert rows["T2"].efisiensi == pytest.approx(float(capaian_t2 - Fraction(t2_real, t2_pagu) * 100))
    # Tabel 3.3's Tujuan add up to Tabel 3.4's TOTAL
    assert rows["T1"].pagu + rows["T2"].pagu == report.total_pagu == TOTAL_PAGU + 250_000_000
    assert rows["T1"].realisasi_anggaran + rows["T2"].realisasi_anggaran == report.total_realisasi_anggaran
    said = {(f.sheet, f.sel): (f.severity, f.pesan) for f in report.findings}
    assert said[("Kinerja", "E45")][1] == 'Indikator untuk Kode "P4.07" kosong; baris ini tidak dihitung'
    assert said[("Anggaran", "C20")] == (
        "peringatan",
        f'Program "{PASAR}" ditulis di sheet Kinerja tanpa indikator (Kinerja!E45: indikatornya '
        'kosong); anggarannya dihitung ke Sasaran "S4", Kode Induk-nya di sheet Kinerja (Kinerja!C45): '
        "isi indikatornya di sheet Kinerja",
    )
    # The rekap's Isian Tidak Dihitung: the budget is counted; the one value left out is the seed's
    # TW IV of S4 (Kinerja!N27, l.~515) in a TW II report, as in the example without P4.07.
    from lkj_xl.core.rekap_catatan import catatan_angka

    assert catatan_angka(report.findings)[0] == 1
    # 3.2.3 under S4 names the program whose pagu Tabel 3.3 now holds
    from lkj_xl.core.analisis_program import program_kegiatan

    assert f"{PASAR}, program tanpa indikator kinerja, dengan pagu Rp 250.000.000" in (
        program_kegiatan(report).teks
    )


def test_a_program_without_indicator_under_no_sasaran_still_counts_toward_none(tmp_path):
    """The same row with Kode Induk "S9", no node of Kinerja: nothing to count it toward; S4 keeps
    the six programs of the seed and the peringatan says the budget reaches no Sasaran."""
    cells = {**TANPA_INDIKATOR, ("Kinerja", "C45"): "S9"}
    report = load_report(example_typed(tmp_path, "induk-salah", 2, cells))
    assert next(e for e in report.efisiensi if e.kode == "S4").pagu == S4_PAGU
    said = {(f.sheet, f.sel): f.pesan for f in report.findings}
    assert "anggarannya tidak dihitung ke sasaran mana pun" in said[("Anggaran", "C20")]


def test_a_kegiatan_without_indicator_is_not_counted_toward_the_sasaran_of_its_program(tmp_path):
    """A Kegiatan typed in Kinerja row 45 without indicator (K4.01.04 under P4.01) and in Anggaran row
    20 ("Rp 10 jt"): its budget may be part of P4.01's (a rincian), so it is not added to S4 on the
    strength of its Kode Induk; S4 keeps the six programs of the seed's Tabel 3.4."""
    cells = {
        ("Kinerja", "A45"): "K4.01.04",
        ("Kinerja", "B45"): "Kegiatan",
        ("Kinerja", "C45"): "P4.01",
        ("Kinerja", "D45"): "Kegiatan baru",
        ("Anggaran", "A20"): "K4.01.04",
        ("Anggaran", "B20"): "Kegiatan baru",
        ("Anggaran", "D20"): "Rp 10 jt",
    }
    report = load_report(example_typed(tmp_path, "kegiatan", 2, cells))
    assert next(e for e in report.efisiensi if e.kode == "S4").pagu == S4_PAGU


def _outputs(tmp_path, name: str, cells: dict[tuple[str, str], object]) -> dict[str, str]:
    """The sentences giving the total pagu: the mail's line, the Analisis Capaian sheet's closing
    paragraph, and the note under Tabel 3.4 (sheet and PDF)."""
    from lkj_xl.core.analisis_teks import penutup
    from lkj_xl.core.tables import realisasi_anggaran
    from lkj_xl.delivery.message import summary_lines

    report = load_report(example_typed(tmp_path, name, 2, cells))
    mail = next(line for line in summary_lines(report) if line.startswith("Realisasi anggaran"))
    penutup_teks = next(t for t in penutup(report).teks.split("\n") if "terealisasi" in t)
    sheet = realisasi_anggaran.layout(report)
    notes = [v for row in sheet.rows for v in row if isinstance(v, str) and "Total Pagu" in v]
    return {"mail": mail, "penutup": penutup_teks, "tabel": " ".join(notes)}


def test_total_pagu_pk_unlike_the_programs_is_said_in_every_output(tmp_path):
    """Pengaturan B16 typed "Rp 27.900.000.000" while the programs' Pagu add up to 27.805.047.633
    (the seed's total, l.968): the mail and 3.2.4 said "pagu Rp 27.805.047.633" and nothing else; only
    Pemeriksaan knew. Every output now gives the programs' sum and says, in one way, that Pengaturan's
    Total differs by 27.900.000.000 - 27.805.047.633 = 94.952.367."""
    assert 27_900_000_000 - TOTAL_PAGU == 94_952_367
    said = (
        "Total Pagu Perjanjian Kinerja di Pengaturan!B16 Rp 27.900.000.000, "
        "lebih Rp 94.952.367 dari jumlah pagu program"
    )
    out = _outputs(tmp_path, "total-beda", {("Pengaturan", "B16"): "Rp 27.900.000.000"})
    assert out["mail"].startswith("Realisasi anggaran: Rp 6.835.975.140 dari pagu Rp 27.805.047.633 (")
    assert out["mail"].endswith(f", {said}")
    assert out["penutup"].endswith(f" ({said}).")
    assert said in out["tabel"]


def test_total_pagu_pk_unlike_the_programs_is_said_in_the_word_report(tmp_path):
    """The same workbook's Word report: the Ikhtisar's budget line, the notes under the Perjanjian
    Kinerja's program budgets (Jumlah 27.805.047.633), 3.2.4's lead and the note under Tabel 3.4."""
    docx = pytest.importorskip("docx")
    from click.testing import CliRunner

    from lkj_xl.cli import main

    workbook = example_typed(tmp_path, "total-beda-word", 2, {("Pengaturan", "B16"): "Rp 27.900.000.000"})
    out = workbook.with_suffix(".docx")
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    said = (
        "Total Pagu Perjanjian Kinerja di Pengaturan!B16 Rp 27.900.000.000, "
        "lebih Rp 94.952.367 dari jumlah pagu program"
    )
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    ikhtisar = next(t for t in texts if t.startswith("Realisasi anggaran s.d. Triwulan II"))
    assert ikhtisar.endswith(f"dari pagu Rp 27.805.047.633 (24,59%), {said}.")
    lead = next(t for t in texts if t.endswith("dengan rincian sebagai berikut:"))
    assert "sebesar Rp 27.805.047.633 dengan realisasi" in lead and f"24,59% ({said})" in lead
    # under the Perjanjian Kinerja's budgets (Tabel 2.3, and Tabel L.1 of the Lampiran) and Tabel 3.4
    assert texts.count(f"{said}.") == 3


def test_total_pagu_pk_after_the_apbd_p_is_named_beside_the_pk_sum(tmp_path):
    """P2.01's Pagu Perubahan (Anggaran E5) "45.000.000" (PK 41.000.000, l.955), and Pengaturan's
    Total typed as the amended PK, 27.805.047.633 - 41.000.000 + 45.000.000 = 27.809.047.633 (no
    peringatan: it is the pagu used). The mail said "pagu Perjanjian Kinerja Rp 27.805.047.633" (the
    Pagu column) with no word of the Total of 27.809.047.633 in Pengaturan: a reader holding both saw
    two PK totals. Now the one figure (the Pagu column's) and the Total beside it, 4.000.000 apart."""
    used = TOTAL_PAGU - 41_000_000 + 45_000_000
    assert used == 27_809_047_633
    cells = {("Anggaran", "E5"): "45.000.000", ("Pengaturan", "B16"): "27.809.047.633"}
    out = _outputs(tmp_path, "total-apbdp", cells)
    # (revsipd49: the Total ended "lebih Rp 4.000.000 dari jumlah pagu Perjanjian Kinerja program", a
    # difference where Pengaturan's check, since sipd49, sees none: a Total equal to the Pagu Perubahan
    # sum is the PK amended after the APBD-P, named equal to that sum beside the Pagu column's)
    said = (
        "dihitung dari Pagu Perubahan APBD-P; pagu Perjanjian Kinerja Rp 27.805.047.633; Total Pagu "
        "Perjanjian Kinerja di Pengaturan!B16 Rp 27.809.047.633, sama dengan jumlah Pagu Perubahan program"
    )
    assert out["mail"].startswith("Realisasi anggaran: Rp 6.835.975.140 dari pagu Rp 27.809.047.633 (")
    assert out["mail"].endswith(f", {said}")
    assert out["penutup"].endswith(f" ({said}).")


def test_total_pagu_pk_equal_to_the_programs_adds_nothing(tmp_path):
    """The example as it is: Total 27.805.047.633 = the programs' sum; the sentences stay plain."""
    out = _outputs(tmp_path, "total-sama", {})
    assert out["mail"] == "Realisasi anggaran: Rp 6.835.975.140 dari pagu Rp 27.805.047.633 (24,59%)"
    assert out["penutup"].endswith("sebesar Rp 6.835.975.140 atau 24,59%.")
    assert out["tabel"] == ""
    # 6.835.975.140 / 27.805.047.633 x 100 = 24,585...: 24,59 (Desimal 2)
    assert round(Fraction(6_835_975_140, TOTAL_PAGU) * 100, 2) == Fraction("24.59")


@pytest.mark.parametrize(
    ("ref", "typed", "kode", "pk", "perubahan", "value"),
    [
        # P2.02: PK 56,67% (Kinerja I16), TW II 96,05%: the row shows 2 decimals; "60 %" was "60%"
        ("J16", "60 %", "P2.02", "56,67%", "60,00%", Fraction(60)),
        # S2: PK 40,71% (I13), TW I 25 + TW II 4 = 29, all whole but the PK: "45%" beside "40,71%"
        ("J13", "45", "S2", "40,71%", "45,00%", Fraction(45)),
        # T1: PK "5.984,04 milyar" (I4), the revision typed in juta, whole there: each in its own
        # scale word, the PK's decimals kept (never "5.984 milyar"); rupiah written with Rp (tampilan56)
        ("J4", "6.000.000 juta", "T1", "Rp 5.984,04 milyar", "Rp 6.000.000 juta", Fraction(6 * 10**12)),
    ],
)
def test_target_perubahan_with_the_decimals_of_the_target(tmp_path, ref, typed, kode, pk, perubahan, value):
    """The note under Tabel 3.1 / 3.2 and the Word sentence name the PK target and the Target
    Perubahan with one decimals rule, the one of the Target column (which shows the latter)."""
    report = load_report(example_typed(tmp_path, kode, 2, {("Kinerja", ref): typed}))
    ind = next(i for i in report.indicators if i.kode == kode)
    assert (ind.target_pk, ind.target_perubahan) == (pk, perubahan)
    assert angka_indikator(ind, report.settings, tabel=True).target == perubahan  # the Target column's
    # a sentence names the Target Perubahan as typed (tampilan61): "60%", "45%", the juta one whole
    assert angka_indikator(ind, report.settings).target == perubahan.replace(",00%", "%")
    assert to_fraction(ind.target) == value


def _sasaran_rows(table, sasaran: str, after: str | None) -> list[list[str]]:
    """Tabel 2.4's rows from the row of ``sasaran`` up to the row of ``after`` (None: the end)."""
    rows = [[c.text for c in row.cells] for row in table.rows]
    start = next(i for i, r in enumerate(rows) if r[0].startswith(sasaran))
    end = next((i for i, r in enumerate(rows) if after and r[0].startswith(after)), len(rows))
    return rows[start:end]


def _rupiah(text: str) -> int:
    return int(text.replace(".", ""))


def test_tabel_2_4_programs_add_up_to_their_sasaran(tmp_path):
    """Tabel 2.4 of the Word report gives Sasaran 2 the Anggaran 14.162.109.953 (Tabel 3.3's, seed
    l.790) but listed only its four programs with indicators, 41.000.000 + 54.888.000 + 101.563.000 +
    1.888.172.939 = 2.085.623.939: the support program counted toward S2 by its Kode Sasaran (P0.01,
    12.076.486.014, l.951) was missing from the table, and a reader adding the rows was 12 billion
    short (the seed's own Tabel 2.4, l.428-436, has the same gap). With P4.07 typed in Kinerja without
    indicator (TANPA_INDIKATOR) S4 is likewise 9.098.568.865 = its six programs + 250.000.000."""
    docx = pytest.importorskip("docx")
    from click.testing import CliRunner

    from lkj_xl.cli import main
    from tests.test_laporan import table_for

    workbook = example_typed(tmp_path, "tabel-2-4", 2, TANPA_INDIKATOR)
    out = workbook.with_suffix(".docx")
    result = CliRunner().invoke(main, ["laporan", str(workbook), "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = table_for(docx.Document(str(out)), "Tabel 2.4")
    for sasaran, after, total in (
        ("Sasaran 2:", "Sasaran 3:", S2_PAGU),
        ("Sasaran 4:", None, S4_PAGU + 250_000_000),
    ):
        rows = _sasaran_rows(table, sasaran, after)
        assert _rupiah(rows[0][-1]) == total
        programs = [r for r in rows if r[0].startswith("Program:") and r[-1]]
        assert sum(_rupiah(r[-1]) for r in programs) == total
    assert [
        "Program: PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        "-",
        "-",
        "12.076.486.014",
    ] in (_sasaran_rows(table, "Sasaran 2:", "Sasaran 3:"))
