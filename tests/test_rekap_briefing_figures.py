"""Rekap as the Kasubbag briefs the Sekda: every figure of three agencies typed by different hands and
of their Jumlah line, derived by hand with Fraction, and checked against each agency's own ``export``.

Dinas Kesehatan typed plain numbers; Dinas Pendidikan typed the way staff type (`1.250,5`, `700 jt`,
`85 %`, `Rp 1,2 M`, a blank TW III); the BPKAD has a Target Perubahan and a Pagu Perubahan. A second
copy of the Dinas Kesehatan's workbook under another name and a Semester I workbook sent by mistake
lie beside them: neither may enter the Triwulan III ranking or its Jumlah.
"""

from __future__ import annotations

import shutil
from fractions import Fraction
from pathlib import Path

import openpyxl

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.core.rekap import SHEET_REKAP
from lkj_xl.xlsx.rekap import render_rekap
from lkj_xl.xlsx.template import new_workbook


def _row(kode, tingkat, induk, satuan, jenis, target, r1=None, r2=None, r3=None, tp=None, pol="Positif"):
    return {"Kode": kode, "Tingkat": tingkat, "Kode Induk": induk, "Uraian": f"Uraian {kode}",
            "Indikator": f"Indikator {kode}", "Satuan": satuan, "Polaritas": pol, "Jenis Realisasi": jenis,
            "Target": target, "Target Perubahan": tp, "Realisasi TW I": r1, "Realisasi TW II": r2,
            "Realisasi TW III": r3}  # fmt: skip


def _budget(kode, sasaran, pagu, r1, r2, r3, perubahan=None):
    return {"Kode": kode, "Program": f"Program {kode}", "Kode Sasaran": sasaran, "Pagu": pagu,
            "Pagu Perubahan": perubahan, "Realisasi TW I": r1, "Realisasi TW II": r2, "Realisasi TW III": r3}  # fmt: skip


def _write(path: Path, opd: str, kinerja, anggaran, triwulan: object = 3) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pengaturan = {c.P_PEMDA: "Kota Uji", c.P_OPD: opd, c.P_TAHUN: 2025, c.P_TRIWULAN: triwulan}
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)


def _collection(tmp_path: Path) -> Path:
    folder = tmp_path / "tw3"
    _write(folder / "01 Dinkes.xlsx", "Dinas Kesehatan", [
        _row("T1", "Tujuan", None, "%", "Nilai Akhir", 100, r3=92),
        _row("S1", "Sasaran", "T1", "orang", "Kumulatif", 80, 20, 20, 30),
        _row("S2", "Sasaran", "T1", "%", "Nilai Akhir", 50, r3=45),
        _row("P1", "Program", "S1", "dokumen", "Kumulatif", 10, 2, 3, 4),
    ], [_budget("P1", "S1", 1_000_000_000, 200_000_000, 300_000_000, 250_000_000),
        _budget("P2", "S2", 500_000_000, 100_000_000, 100_000_000, 100_000_000)])  # fmt: skip
    shutil.copy(folder / "01 Dinkes.xlsx", folder / "LKjIP Dinkes TW III kirim ulang.xlsx")
    _write(folder / "02 Dindik.xlsx", "Dinas Pendidikan", [
        _row("T1", "Tujuan", None, "siswa", "Nilai Akhir", "1.250,5", r3="1.000,4"),
        _row("S1", "Sasaran", "T1", "Rupiah", "Kumulatif", "700 jt", "100 jt", "200 jt", "150 jt"),
        _row("S2", "Sasaran", "T1", "%", "Nilai Akhir", "85 %", r3="85 %"),
        _row("P1", "Program", "S1", "dokumen", "Kumulatif", 4, 1, 1, "-"),
    ], [_budget("P1", "S1", "2,5 M", "500 jt", "750 jt", "1.000.000.000"),
        _budget("P2", "S2", "Rp 1,2 M", "Rp 300.000.000", "200 jt", None)])  # fmt: skip
    _write(folder / "08 BPKAD.xlsx", "Badan Pengelolaan Keuangan dan Aset Daerah", [
        _row("T1", "Tujuan", None, "%", "Nilai Akhir", 100, r3=100),
        _row("S1", "Sasaran", "T1", "%", "Nilai Akhir", 90, r3=95, tp=95),
        _row("S2", "Sasaran", "T1", "%", "Nilai Akhir", 100, r3=76),
    ], [_budget("P1", "S1", 1_000_000_000, 200_000_000, 300_000_000, 400_000_000, perubahan=1_200_000_000),
        _budget("P2", "S2", 500_000_000, 100_000_000, 100_000_000, 100_000_000)])  # fmt: skip
    _write(folder / "09 Diskop.xlsx", "Dinas Koperasi", [
        _row("T1", "Tujuan", None, "%", "Nilai Akhir", 100, 50, 60),
    ], [_budget("P1", "T1", 400_000_000, 100_000_000, 100_000_000, None)], triwulan="Semester I")  # fmt: skip
    return folder


def _close(value: object, exact: Fraction) -> bool:
    return abs(Fraction(float(value)) - exact) < Fraction(1, 10**9)  # type: ignore[arg-type]


def test_three_agencies_and_their_jumlah_by_hand(tmp_path):
    result = lkj_xl.rekap(_collection(tmp_path), jobs=1)
    rows = {(r["perangkat_daerah"], r["triwulan"]): r for r in result.perangkat_daerah.to_dict("records")}
    kes = rows[("Dinas Kesehatan", 3)]
    dik = rows[("Dinas Pendidikan", 3)]
    bpk = rows[("Badan Pengelolaan Keuangan dan Aset Daerah", 3)]

    # Dinas Kesehatan: T1 92/100 = 92; S1 kumulatif 20+20+30 = 70 of 80 = 87,5; S2 45/50 = 90
    assert _close(kes["capaian_tujuan"], Fraction(92))
    assert _close(kes["capaian_sasaran"], (Fraction(175, 2) + 90) / 2)  # 88,75
    assert _close(kes["capaian"], (92 + Fraction(175, 2) + 90) / 3)  # 539/6 = 89,8333
    assert kes["kriteria"] == "Tinggi"  # 89,83: > 75 - 90
    # pagu 1.000 + 500 jt; realisasi (200+300+250) + (100+100+100) jt = 1.050 jt: 70 %
    assert (kes["pagu"], kes["realisasi_anggaran"]) == (1_500_000_000, 1_050_000_000)
    assert _close(kes["penyerapan"], Fraction(70))
    assert _close(kes["efisiensi"], Fraction(539, 6) - 70)  # 19,8333 points

    # Dinas Pendidikan: T1 1.000,4 / 1.250,5 = 80 exactly; S1 (100+200+150) jt of 700 jt = 450/700;
    # S2 85 % of 85 % = 100
    s1 = Fraction(450, 700) * 100  # 64,2857: Rendah
    assert _close(dik["capaian_tujuan"], Fraction(80))
    assert _close(dik["capaian_sasaran"], (s1 + 100) / 2)
    assert _close(dik["capaian"], (80 + s1 + 100) / 3)  # 81,4286
    assert dik["kriteria"] == "Tinggi"
    # pagu 2,5 M + Rp 1,2 M = 3.700 jt; realisasi (500+750+1.000) + (300+200) jt = 2.750 jt (TW III of P2 blank)
    assert (dik["pagu"], dik["realisasi_anggaran"]) == (3_700_000_000, 2_750_000_000)
    assert _close(dik["penyerapan"], Fraction(2750, 3700) * 100)  # 74,3243
    # per kriteria: Tujuan 80 Tinggi; Sasaran 64,29 Rendah and 100 Sangat Tinggi
    assert (dik["tujuan_tinggi"], dik["sasaran_rendah"], dik["sasaran_sangat_tinggi"]) == (1, 1, 1)

    # BPKAD: T1 100; S1 95 of the Target Perubahan 95 = 100 (of the PK's 90 it would be 105,56); S2 76
    assert _close(bpk["capaian"], Fraction(100 + 100 + 76, 3))  # 92
    # pagu: P1's Pagu Perubahan 1.200 jt + P2 500 jt = 1.700 jt, the PK's 1.000 + 500 = 1.500 jt;
    # realisasi (200+300+400) + (100+100+100) = 1.200 jt: 1.200/1.700 = 70,588 %
    assert (bpk["pagu"], bpk["pagu_pk"], bpk["pagu_perubahan"]) == (
        1_700_000_000,
        1_500_000_000,
        1_700_000_000,
    )
    assert _close(bpk["penyerapan"], Fraction(1200, 1700) * 100)

    # the ranking of the three: 92 > 89,83 > 81,43
    assert [bpk["peringkat"], kes["peringkat"], dik["peringkat"]] == [1, 2, 3]

    # each agency's figures are its own export's (its ringkasan; its Tujuan T1's capaian)
    for name, row in (("01 Dinkes", kes), ("02 Dindik", dik), ("08 BPKAD", bpk)):
        own = lkj_xl.to_dict(lkj_xl.load_report(tmp_path / "tw3" / f"{name}.xlsx"))
        totals = own["ringkasan"]
        assert (totals["total_pagu"], totals["total_realisasi_anggaran"], totals["total_penyerapan"]) == (
            row["pagu"],
            row["realisasi_anggaran"],
            row["penyerapan"],
        )
        (t1,) = [i for i in own["indikator"] if i["kode"] == "T1"]
        assert t1["capaian"] == row["capaian_tujuan"]

    # the Jumlah line of Triwulan III: the three agencies only (the copy and the Semester I left out)
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(result))
    ws = openpyxl.load_workbook(out)[SHEET_REKAP]
    header = {ws.cell(5, col).value: col for col in range(1, ws.max_column + 1)}
    (jumlah,) = [r for r in range(7, ws.max_row + 1) if str(ws.cell(r, 3).value).startswith("Jumlah 3 ")]
    line = {name: ws.cell(jumlah, col).value for name, col in header.items() if name}
    # pagu 1.500 + 3.700 + 1.700 jt = 6.900 jt; Pagu PK 1.500 + 3.700 + 1.500 = 6.700 jt;
    # realisasi 1.050 + 2.750 + 1.200 = 5.000 jt; penyerapan 5.000 / 6.900 = 72,46 %
    assert (line["Pagu (Rp)"], line["Pagu PK (Rp)"], line["Realisasi Anggaran (Rp)"]) == (
        6_900_000_000,
        6_700_000_000,
        5_000_000_000,
    )
    assert _close(line["Penyerapan Anggaran (%)"], Fraction(5000, 6900) * 100)
    # indicators 4 + 4 + 3 = 11; no mean capaian on a Jumlah line
    assert line["Jumlah Indikator"] == 11 and line["Rata-rata Capaian Tujuan dan Sasaran (%)"] is None


def test_the_note_says_a_mean_may_be_over_fewer_indicators(tmp_path):
    # Dinas Sosial's Tujuan is "-" (not known yet): its mean is its two Sasaran's alone, (55 + 110) / 2
    # = 82,5, printed beside agencies averaged over three; the note above the table must say that the
    # not-yet-known indicators and the grades below their target are left out of a mean too, not only
    # the galat ones.
    folder = tmp_path / "tw3"
    _write(folder / "03 Dinsos.xlsx", "Dinas Sosial", [
        _row("T1", "Tujuan", None, "%", "Nilai Akhir", 100, r3="-"),
        _row("S1", "Sasaran", "T1", "KPM", "Kumulatif", 200, 50, 60, 0),  # 110 of 200 = 55
        _row("S2", "Sasaran", "T1", "%", "Nilai Akhir", 10, r3=9, pol="Negatif"),  # (20 - 9) / 10 = 110
    ], [_budget("P1", "S1", 800_000_000, 100_000_000, 0, 200_000_000)])  # fmt: skip
    result = lkj_xl.rekap(folder, jobs=1)
    assert _close(result.perangkat_daerah["capaian"][0], (Fraction(55) + 110) / 2)
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(result))
    note = openpyxl.load_workbook(out)[SHEET_REKAP]["A3"].value
    assert (
        "Indikator galat (isiannya tidak dapat dihitung) tidak ikut dirata-rata; lihat kolom Galat." in note
    )
    assert "belum diketahui" in note and "predikat di bawah target" in note


def test_the_rekap_sheet_names_a_workbook_that_could_not_be_read(tmp_path):
    # The Dinas Lingkungan Hidup's workbook is corrupt: it is in no row, no rank and no Jumlah, and the
    # Rekap sheet, the page the Sekda reads, said only "Jumlah 1 perangkat daerah" (the agency missing
    # was named in Pemeriksaan alone); its note must name the file left out.
    folder = tmp_path / "tw3"
    _write(folder / "01 Dinkes.xlsx", "Dinas Kesehatan", [
        _row("T1", "Tujuan", None, "%", "Nilai Akhir", 100, r3=92),
    ], [_budget("P1", "T1", 1_000_000_000, 200_000_000, 300_000_000, 250_000_000)])  # fmt: skip
    (folder / "11 DLH.xlsx").write_bytes(b"PK\x03\x04 terpotong")
    result = lkj_xl.rekap(folder, jobs=1)
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(result))
    note = openpyxl.load_workbook(out)[SHEET_REKAP]["A3"].value
    assert "1 berkas tidak dapat dibaca" in note and "11 DLH.xlsx" in note and "jumlah" in note
    # nothing said when every workbook was read
    (folder / "11 DLH.xlsx").unlink()
    out.write_bytes(render_rekap(lkj_xl.rekap(folder, jobs=1)))
    assert "tidak dapat dibaca" not in openpyxl.load_workbook(out)[SHEET_REKAP]["A3"].value
