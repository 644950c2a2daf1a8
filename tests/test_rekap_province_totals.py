"""``lkj-xl rekap`` of a province: the Kabupaten/Kota agencies' workbooks collected one folder per
Pemda, ranked together, and the Rekap sheet's Jumlah lines.

1. Under the agencies each Pemda has its own Jumlah line per period (the admin reports each Pemda's
   penyerapan), then the line of them all; it was only the line of them all.
2. A period whose agencies are all one Pemda's (the Kota Malang's agency that sent TW II in a TW III
   collection) named its Jumlah line "3 pemerintah daerah", the count of the whole rekap's Pemda.

Figures: pagu and realisasi typed below; penyerapan = realisasi s.d. the quarter / pagu x 100."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import openpyxl

import lkj_xl
from lkj_xl.core import contract as c
from lkj_xl.core import rekap as core
from lkj_xl.core.rekap_jumlah import TANPA_PEMDA
from lkj_xl.xlsx.rekap import render_rekap
from lkj_xl.xlsx.template import new_workbook
from tests.test_rekap_round3 import kinerja


def _agency(
    path: Path, pemda: str, opd: str, pagu: str, spent: tuple[str, str, str], triwulan: int = 3
) -> None:
    """A workbook of one program: ``pagu``, realisasi TW I-III ``spent`` (counted up to ``triwulan``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    new_workbook(
        path,
        pengaturan={c.P_PEMDA: pemda, c.P_OPD: opd, c.P_TAHUN: 2026, c.P_TRIWULAN: triwulan},
        kinerja=kinerja("85", "9%"),
        anggaran=[
            {
                "Kode": "P1",
                "Program": "Program layanan",
                "Kode Sasaran": "S1",
                "Pagu": pagu,
                "Realisasi TW I": spent[0],
                "Realisasi TW II": spent[1],
                "Realisasi TW III": spent[2],
            },
        ],  # fmt: skip
    )


def _pct(spent: int, pagu: int) -> float:
    """``spent`` of ``pagu`` in percent, exact, then rounded once to a float (as the sheet writes it)."""
    return float(Fraction(spent * 100, pagu))


def _province(root: Path) -> Path:
    _agency(
        root / "Kab Lumajang" / "01 Dinas Kesehatan" / "LKjIP.xlsx",
        "Kabupaten Lumajang",
        "Dinas Kesehatan",
        "1.250.000.000",
        ("200 jt", "250 jt", "350 jt"),
    )  # 800 jt
    _agency(
        root / "Kab Lumajang" / "02 Dinas Sosial" / "LKjIP.xlsx",
        "Kab. Lumajang",
        "Dinas Sosial",
        "Rp 1,2 M",
        ("100 jt", "200 jt", "300 jt"),
    )  # 600 jt
    _agency(
        root / "Kota Malang" / "Dinkes" / "LKjIP.xlsx",
        "Kota Malang",
        "Dinas Kesehatan",
        "3.000.000.000",
        ("1 M", "0,5 M", "750 jt"),
    )  # 2.250 jt
    _agency(
        root / "Kota Malang" / "Diskominfo" / "LKjIP.xlsx",
        "Kota Malang",
        "Dinas Komunikasi dan Informatika",
        "800.000.000",
        ("100 jt", "200 jt", ""),
        triwulan=2,
    )  # 300 jt
    _agency(
        root / "Kab Malang" / "01 Dinas Kesehatan" / "LKjIP.xlsx",
        "Kabupaten Malang",
        "Dinas Kesehatan",
        "5.000.000.000",
        ("1,1 M", "1,2 M", "1,3 M"),
    )  # 3.600 jt
    return root  # fmt: skip


def _jumlah(result: lkj_xl.Rekap, tmp_path: Path) -> list[tuple[str, str, float, float, float]]:
    """The Rekap sheet's Jumlah lines: Pemerintah Daerah, Perangkat Daerah, pagu, realisasi, penyerapan."""
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(result))
    ws = openpyxl.load_workbook(out)[core.SHEET_REKAP]
    (labels,) = [row for row in ws.iter_rows(max_row=10, values_only=True) if "Pagu (Rp)" in row]
    labels = list(labels)
    at = {key: labels.index(name) + 1 for key, name in
          (("pagu", "Pagu (Rp)"), ("realisasi", "Realisasi Anggaran (Rp)"), ("penyerapan", "Penyerapan Anggaran (%)"))}  # fmt: skip
    return [
        (ws.cell(r, 2).value, ws.cell(r, 3).value, ws.cell(r, at["pagu"]).value,
         ws.cell(r, at["realisasi"]).value, ws.cell(r, at["penyerapan"]).value)
        for r in range(5, ws.max_row + 1)
        if str(ws.cell(r, 3).value).startswith("Jumlah ")
    ]  # fmt: skip


def test_each_pemda_has_its_jumlah_line_before_the_line_of_them_all(tmp_path):
    result = lkj_xl.rekap(_province(tmp_path / "Jatim TW III"), jobs=1)
    assert _jumlah(result, tmp_path) == [
        # TW III: Kabupaten Lumajang 1.250 + 1.200 = 2.450 jt, spent 800 + 600 = 1.400 jt: 57,142857... %
        ("Kabupaten Lumajang", "Jumlah 2 perangkat daerah, Triwulan III Tahun 2026", 2_450_000_000,
         1_400_000_000, _pct(1_400, 2_450)),
        # Kabupaten Malang 5.000 jt, spent 1.100 + 1.200 + 1.300 = 3.600 jt: 72 %
        ("Kabupaten Malang", "Jumlah 1 perangkat daerah, Triwulan III Tahun 2026", 5_000_000_000,
         3_600_000_000, 72),
        # Kota Malang's TW III agency 3.000 jt, spent 1.000 + 500 + 750 = 2.250 jt: 75 %
        ("Kota Malang", "Jumlah 1 perangkat daerah, Triwulan III Tahun 2026", 3_000_000_000,
         2_250_000_000, 75),
        # all three: 2.450 + 5.000 + 3.000 = 10.450 jt, spent 1.400 + 3.600 + 2.250 = 7.250 jt
        ("3 pemerintah daerah", "Jumlah 4 perangkat daerah, Triwulan III Tahun 2026", 10_450_000_000,
         7_250_000_000, _pct(7_250, 10_450)),
        # TW II: only the Kota Malang's Diskominfo, 800 jt, spent 100 + 200 = 300 jt: 37,5 %
        ("Kota Malang", "Jumlah 1 perangkat daerah, Triwulan II Tahun 2026", 800_000_000, 300_000_000, 37.5),
    ]  # fmt: skip


def test_a_single_pemdas_rekap_keeps_its_one_jumlah_line(tmp_path):
    root = tmp_path / "Kab Lumajang"
    _agency(root / "01 Dinas Kesehatan" / "LKjIP.xlsx", "Kabupaten Lumajang", "Dinas Kesehatan",
            "1.250.000.000", ("200 jt", "250 jt", "350 jt"))  # fmt: skip
    _agency(root / "02 Dinas Sosial" / "LKjIP.xlsx", "Kabupaten Lumajang", "Dinas Sosial", "Rp 1,2 M",
            ("100 jt", "200 jt", "300 jt"))  # fmt: skip
    # 1.250 + 1.200 = 2.450 jt, spent 800 + 600 = 1.400 jt
    assert _jumlah(lkj_xl.rekap(root, jobs=1), tmp_path) == [
        ("Kabupaten Lumajang", "Jumlah 2 perangkat daerah", 2_450_000_000, 1_400_000_000, _pct(1_400, 2_450))
    ]


def test_an_agency_without_its_pemda_is_no_other_pemdas_in_a_provinces_rekap(tmp_path):
    # In TW II only one Pemda's agency and an agency whose Pengaturan leaves Pemerintah Daerah blank: the
    # period's one line was named "Kota Malang" and summed the blank agency's pagu into Kota Malang's
    # (it may be any of the province's Pemda). In TW III the Pemda lines left it out while the line of
    # them all counted it: 1 + 1 agencies above "Jumlah 3 perangkat daerah". It has its own line.
    root = tmp_path / "Jatim"
    _agency(root / "Kab Lumajang" / "01 Dinas Kesehatan" / "LKjIP.xlsx", "Kabupaten Lumajang",
            "Dinas Kesehatan", "1.250.000.000", ("200 jt", "250 jt", "350 jt"))  # fmt: skip
    _agency(root / "Kota Malang" / "Dinkes" / "LKjIP.xlsx", "Kota Malang", "Dinas Kesehatan",
            "3.000.000.000", ("1 M", "0,5 M", "750 jt"))  # fmt: skip
    _agency(root / "Kota Malang" / "Diskominfo" / "LKjIP.xlsx", "Kota Malang",
            "Dinas Komunikasi dan Informatika", "800.000.000", ("100 jt", "200 jt", ""), triwulan=2)  # fmt: skip
    _agency(root / "Lain" / "Dinas Pendidikan" / "LKjIP.xlsx", "", "Dinas Pendidikan", "500.000.000",
            ("100 jt", "100 jt", "100 jt"))  # fmt: skip
    _agency(root / "Lain" / "Dinas Sosial" / "LKjIP.xlsx", "", "Dinas Sosial", "400.000.000",
            ("50 jt", "50 jt", ""), triwulan=2)  # fmt: skip
    result = lkj_xl.rekap(root, jobs=1)
    assert _jumlah(result, tmp_path) == [
        # TW III: Lumajang 1.250 jt, spent 200 + 250 + 350 = 800 jt: 64 %
        ("Kabupaten Lumajang", "Jumlah 1 perangkat daerah, Triwulan III Tahun 2026", 1_250_000_000,
         800_000_000, 64),
        # Kota Malang 3.000 jt, spent 1.000 + 500 + 750 = 2.250 jt: 75 %
        ("Kota Malang", "Jumlah 1 perangkat daerah, Triwulan III Tahun 2026", 3_000_000_000,
         2_250_000_000, 75),
        # the Dinas Pendidikan, no Pemda: 500 jt, spent 300 jt: 60 %
        (TANPA_PEMDA, "Jumlah 1 perangkat daerah, Triwulan III Tahun 2026", 500_000_000,
         300_000_000, 60),
        # all: 1.250 + 3.000 + 500 = 4.750 jt, spent 800 + 2.250 + 300 = 3.350 jt
        ("2 pemerintah daerah", "Jumlah 3 perangkat daerah, Triwulan III Tahun 2026", 4_750_000_000,
         3_350_000_000, _pct(3_350, 4_750)),
        # TW II: Kota Malang's Diskominfo 800 jt, spent 100 + 200 = 300 jt: 37,5 %
        ("Kota Malang", "Jumlah 1 perangkat daerah, Triwulan II Tahun 2026", 800_000_000, 300_000_000, 37.5),
        # the Dinas Sosial, no Pemda: 400 jt, spent 50 + 50 = 100 jt: 25 %
        (TANPA_PEMDA, "Jumlah 1 perangkat daerah, Triwulan II Tahun 2026", 400_000_000,
         100_000_000, 25),
        # both: 1.200 jt, spent 400 jt
        ("1 pemerintah daerah", "Jumlah 2 perangkat daerah, Triwulan II Tahun 2026", 1_200_000_000,
         400_000_000, _pct(400, 1_200)),
    ]  # fmt: skip


def test_a_pemda_typed_as_a_dash_in_a_provinces_rekap(tmp_path):
    # "-" typed for Pemerintah Daerah (staff fill every cell) is no Pemda: the title counts 2. The
    # rekap workbook was not written at all (the Grafik sheet's labels: KeyError '-'), and the Jumlah
    # lines made "-" a third Pemda, "3 pemerintah daerah" under a title of 2.
    root = tmp_path / "Jatim"
    _agency(root / "Kab Lumajang" / "01 Dinas Kesehatan" / "LKjIP.xlsx", "Kabupaten Lumajang",
            "Dinas Kesehatan", "1.000.000.000", ("100 jt", "100 jt", "100 jt"))  # fmt: skip
    _agency(root / "Kota Malang" / "01 Dinas Kesehatan" / "LKjIP.xlsx", "Kota Malang", "Dinas Kesehatan",
            "2.000.000.000", ("100 jt", "100 jt", "100 jt"))  # fmt: skip
    _agency(root / "Kota Malang" / "03 Dinas Pendidikan" / "LKjIP.xlsx", "-", "Dinas Pendidikan",
            "500.000.000", ("100 jt", "100 jt", "100 jt"))  # fmt: skip
    result = lkj_xl.rekap(root, jobs=1)
    assert _jumlah(result, tmp_path) == [
        ("Kabupaten Lumajang", "Jumlah 1 perangkat daerah", 1_000_000_000, 300_000_000, 30),  # 300 of 1.000 jt
        ("Kota Malang", "Jumlah 1 perangkat daerah", 2_000_000_000, 300_000_000, 15),  # 300 of 2.000 jt
        (TANPA_PEMDA, "Jumlah 1 perangkat daerah", 500_000_000, 300_000_000, 60),  # 300 of 500 jt
        # 1.000 + 2.000 + 500 = 3.500 jt, spent 900 jt
        ("2 pemerintah daerah", "Jumlah 3 perangkat daerah", 3_500_000_000, 900_000_000, _pct(900, 3_500)),
    ]  # fmt: skip
    ws = openpyxl.load_workbook(tmp_path / "rekap.xlsx")[core.SHEET_REKAP]
    assert ws.cell(2, 1).value == "2 pemerintah daerah, s.d. Triwulan III Tahun 2026"
    chart = openpyxl.load_workbook(tmp_path / "rekap.xlsx")[core.SHEET_GRAFIK]
    labels = {str(cell.value) for row in chart.iter_rows() for cell in row if cell.value}
    assert "Dinas Pendidikan" in labels and "Dinas Kesehatan (Kota Malang)" in labels, labels


def test_the_pemda_lines_are_no_agencies_rank_or_mean(tmp_path):
    # Each Pemda's line and the line of them all carry no rank, mean capaian, kriteria or efisiensi (a
    # mean of means is no figure of the report) and count the agencies once: "Jumlah Indikator" of the
    # line of them all is the agencies' own sum, never the Pemda lines' added again.
    result = lkj_xl.rekap(_province(tmp_path / "Jatim TW III"), jobs=1)
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(result))
    ws = openpyxl.load_workbook(out)[core.SHEET_REKAP]
    (labels,) = [list(row) for row in ws.iter_rows(max_row=10, values_only=True) if "Pagu (Rp)" in row]
    at = {name: labels.index(name) + 1 for name in labels if name}
    lines = [r for r in range(7, ws.max_row + 1) if str(ws.cell(r, 3).value).startswith("Jumlah ")]
    agencies = [r for r in range(7, lines[0]) if ws.cell(r, 3).value]
    assert len(agencies) == 5 and len(lines) == 5  # five workbooks; 3 Pemda lines + all, TW II's one
    means = ("Peringkat", "Rata-rata Capaian Tujuan dan Sasaran (%)", "Kriteria", "Efisiensi (poin persen)")
    assert all(ws.cell(r, at[name]).value is None for r in lines for name in means)
    # each workbook has kinerja("85", "9%")'s indicators: the TW III line of all counts its 4 agencies'
    indicators = {r: ws.cell(r, at["Jumlah Indikator"]).value for r in [*agencies, *lines]}
    per_agency = indicators[agencies[0]]
    assert per_agency >= 1
    assert all(indicators[r] == per_agency for r in agencies)
    assert [indicators[r] for r in lines] == [
        2 * per_agency,
        per_agency,
        per_agency,
        4 * per_agency,
        per_agency,
    ]
