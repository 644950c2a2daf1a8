"""A Narasi text saying every indicator reached its target, beside tables saying otherwise.

Staff write the Ikhtisar Eksekutif and the Penutup before the last figures come in, or copy them
from last year's report: "Seluruh indikator kinerja sasaran telah tercapai." printed as typed, two
pages after Tabel 3.1 shows a Sasaran at 60,00 % and another not yet measurable, is a signed report
contradicting itself. Such a sentence is a peringatan at its Teks cell, and the document puts a
placeholder under it naming the indicators that did not reach 100 % (as the report's own summary
sentences name them); a claim the figures support, a negated one ("belum seluruh", "tidak semua")
and one about another level whose indicators all reached it are left alone.

Figures by hand, from the cells typed below:
- S1 "Persentase koperasi sehat": target 40, realisasi TW I 20 + TW II 24 (Kumulatif) = 44,
  capaian 44 / 40 x 100 = 110,00 % (reached).
- S2 "Jumlah IKM bersertifikat": target 50, realisasi 10 + 20 = 30, capaian 30 / 50 x 100 = 60,00 %.
- S3 "Nilai tukar petani": realisasi "Belum ada data": not measurable.
- P1 "Jumlah pelatihan" (program of S1): target 10, realisasi 4 + 6 = 10, capaian 100,00 % (reached).
"""

from __future__ import annotations

import pytest

pytest.importorskip("docx")

from tests.helpers_print import laporan_docx  # noqa: E402

PENUTUP = "Seluruh indikator kinerja sasaran telah tercapai sesuai target yang ditetapkan."
IKHTISAR_PROGRAM = "Semua indikator program telah mencapai target."
IKHTISAR_BELUM = "Belum seluruh indikator sasaran tercapai pada triwulan ini."
KECUALI = "Seluruh indikator sasaran tercapai kecuali Jumlah IKM bersertifikat dan Nilai tukar petani."
TAHUN_LALU = "Pada tahun 2024 seluruh indikator sasaran tercapai, begitu pula tahun lalu."


def _workbook(tmp_path, narasi):
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook

    row = dict.fromkeys(c.KINERJA_HEADERS)

    def kinerja(kode, tingkat, induk, indikator, target, quarters):
        return {
            **row,
            "Kode": kode,
            "Tingkat": tingkat,
            "Kode Induk": induk,
            "Uraian": f"Uraian {kode}",
            "Indikator": indikator,
            "Satuan": "unit",
            "Jenis Realisasi": "Kumulatif",
            "Target": target,
            **dict(zip(c.REALISASI_TW_HEADERS, quarters)),
        }

    rows = [
        kinerja("S1", "Sasaran", None, "Persentase koperasi sehat", 40, (20, 24)),
        kinerja("S2", "Sasaran", None, "Jumlah IKM bersertifikat", 50, (10, 20)),
        kinerja("S3", "Sasaran", None, "Nilai tukar petani", 105, (None, "Belum ada data")),
        kinerja("P1", "Program", "S1", "Jumlah pelatihan", 10, (4, 6)),
    ]
    workbook = tmp_path / "klaim.xlsx"
    new_workbook(workbook, pengaturan={c.P_TAHUN: 2025, c.P_TRIWULAN: 2}, kinerja=rows, narasi=narasi)
    return workbook


def _findings(workbook):
    from lkj_xl.laporan import write_laporan

    result = write_laporan(workbook, workbook.with_name("klaim-out.docx"))
    return [f for f in result.findings if f.sheet == "Narasi"]


def test_a_claim_that_every_sasaran_reached_its_target_is_pointed_out(tmp_path):
    workbook = _workbook(tmp_path, [("Penutup", PENUTUP)])
    (finding,) = _findings(workbook)
    # new_workbook writes the Narasi header on row 1: the first text is on row 2, its Teks in B2
    assert (finding.severity, finding.sel) == ("peringatan", "B2"), finding
    assert finding.pesan == (
        'Teks Bagian "Penutup" menyebut seluruh indikator kinerja sasaran tercapai, padahal capaian '
        "di bawah 100%: Jumlah IKM bersertifikat (capaian 60,00%); belum dapat diukur: Nilai tukar "
        "petani (Belum ada data) (Tabel 3.1): perbaiki teksnya"
    ), finding.pesan
    texts = [p.text for p in laporan_docx(workbook).paragraphs]
    at = texts.index(PENUTUP)  # printed as typed, the placeholder right under it
    assert texts[at + 1] == (
        "[isi: teks ini menyebut seluruh indikator kinerja sasaran tercapai, padahal capaian di bawah "
        "100%: Jumlah IKM bersertifikat (capaian 60,00%); belum dapat diukur: Nilai tukar petani (Belum "
        'ada data); perbaiki teks di sheet Narasi, Bagian "Penutup"]'
    ), texts[at + 1]


def test_a_supported_or_negated_claim_is_left_alone(tmp_path):
    # P1 is the only program indicator, 100,00 %: "semua indikator program" is true; "belum seluruh"
    # says what the figures say; 2024 is another year.
    workbook = _workbook(
        tmp_path,
        [
            ("Ikhtisar Eksekutif", IKHTISAR_PROGRAM),
            ("Ikhtisar Eksekutif", IKHTISAR_BELUM),
            ("Penutup", TAHUN_LALU),  # another year's figures: not this report's claim
            ("Penutup", KECUALI),  # narrowed after the verb
        ],
    )
    assert _findings(workbook) == []
    texts = [p.text for p in laporan_docx(workbook).paragraphs]
    at = texts.index(IKHTISAR_PROGRAM)
    assert texts[at + 1] == IKHTISAR_BELUM
    assert texts[texts.index(TAHUN_LALU) + 1] != "" and not any(
        "teks ini menyebut seluruh" in t for t in texts
    )


def test_a_claim_naming_two_levels_is_read_against_both(tmp_path):
    # "tujuan dan sasaran": the workbook has no Tujuan indicator, so the Sasaran's figures deny it
    workbook = _workbook(tmp_path, [("Penutup", "Semua indikator tujuan dan sasaran sudah tercapai.")])
    (finding,) = _findings(workbook)
    assert finding.pesan.startswith(
        'Teks Bagian "Penutup" menyebut seluruh indikator kinerja tujuan dan sasaran tercapai, padahal '
        "capaian di bawah 100%: Jumlah IKM bersertifikat (capaian 60,00%)"
    ), finding.pesan
