"""The Perjanjian Kinerja's targets as typed (newuser41: a Kecamatan and a BPBD, TW III 2026).

Tabel 3.1 and 3.2 print a target with the decimals that let a reader recompute the capaian beside it
(README "The target and realisasi beside it get the decimals"): a waiting time of 30 menit beside a mean
realisasi 32,667 prints `30,000`. The tables of targets alone (Tabel 2.2, 2.3 and 2.4, Lampiran L.1 and
L.2) have no capaian to recompute, and printed the same `30,000 Menit` for the `30` the Kepala signed.
They print the target as typed, with its own decimals.
"""

from __future__ import annotations

import io

import pytest

docx = pytest.importorskip("docx")

from lkj_xl.core.model import Cell  # noqa: E402
from lkj_xl.core.narasi import parse_narasi  # noqa: E402
from lkj_xl.laporan import render  # noqa: E402
from tests.helpers_staff import book_of, report_of  # noqa: E402
from tests.test_engine import anggaran_row, kinerja_row  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _rows(target_perubahan=None):
    return [
        # mean of 35, 31, 32 = 32,666..., Negatif: (2 x 30 - 32,667) / 30 = 91,11 %: Tabel 3.2 needs 30,000
        kinerja_row(
            "T1",
            "Tujuan",
            "",
            "Tanggap darurat",
            "Waktu tanggap",
            30,
            [35, 31, 32, None],
            satuan="Menit",
            polaritas="Negatif",
            jenis="Rata-rata",
            target_perubahan=target_perubahan,
        ),  # fmt: skip
        # Negatif: (2 x 3,5 - 3,1234) / 3,5 = 110,76 %: the realisasi's four decimals give the row 3,5000
        kinerja_row(
            "S1",
            "Sasaran",
            "T1",
            "Risiko bencana turun",
            "Indeks risiko bencana",
            3.5,
            [None, None, 3.1234, None],
            satuan="Indeks",
            polaritas="Negatif",
            jenis="Nilai Akhir",
        ),  # fmt: skip
        # 0,135 typed with three decimals stays 0,135 (never rounded to two)
        kinerja_row(
            "S1",
            "Sasaran",
            "T1",
            "Risiko bencana turun",
            "Rasio kejadian",
            0.135,
            [None, None, 0.13, None],
            satuan="Rasio",
            polaritas="Negatif",
            jenis="Nilai Akhir",
        ),  # fmt: skip
        kinerja_row(
            "P1",
            "Program",
            "S1",
            "Program Penanggulangan Bencana",
            "Dokumen kajian",
            12,
            [3, 3, 3, None],
            satuan="Dokumen",
            jenis="Kumulatif",
        ),  # fmt: skip
    ]


def _tables(rows) -> dict[str, list[list[str]]]:
    """Caption -> the rows of every table under it (Tabel 2.2 holds a Tujuan and a Sasaran table)."""
    report = report_of(book_of(rows, [anggaran_row("P1", "Program Penanggulangan Bencana", "S1", 1_000_000)]))
    document = docx.Document(io.BytesIO(render(report, parse_narasi(None, "Narasi", report.settings))))
    tables = {t._tbl: t for t in document.tables}
    out: dict[str, list[list[str]]] = {}
    for p in document.paragraphs:
        if p.style.name != "Judul Tabel" or p.text in out:
            continue
        found, node = [], p._p.getnext()
        while node is not None and (node.tag == f"{W}tbl" or not "".join(node.itertext()).strip()):
            if node.tag == f"{W}tbl":
                found += [[c.text for c in row.cells] for row in tables[node].rows]
            node = node.getnext()
        out[p.text.split(" ")[1]] = found
    return out


def _row(rows: list[list[str]], indikator: str) -> list[str]:
    (row,) = [r for r in rows if any(c.startswith(indikator) for c in r)]
    return row


def test_tables_of_targets_alone_print_them_as_typed():
    tables = _tables(_rows())
    # the capaian tables keep the rule for the realisasi (32,667 recomputes 91,11); a target typed with
    # fewer decimals shows its own, at least the report's 2 (output63: was 30,000 and 3,5000, zeros that
    # change no figure a reader recomputes: (60 - 32,667) / 30 = 91,11 either way)
    assert _row(tables["3.2"], "Waktu tanggap")[4:7] == ["30,00", "32,667", "91,11"]
    assert _row(tables["3.2"], "Indeks risiko bencana")[4:7] == ["3,50", "3,1234", "110,76"]
    for number in ("2.2", "2.4"):
        assert "30 Menit" in _row(tables[number], "Waktu tanggap"), number
    for number in ("2.2", "2.3", "2.4", "L.1"):
        # a score's figure alone (tampilan61: "3,5 Indeks" read as 3,5 indexes; the name says what it is)
        assert "3,5" in _row(tables[number], "Indeks risiko bencana"), number
        assert "0,135 Rasio" in _row(tables[number], "Rasio kejadian"), number
    assert "12 Dokumen" in _row(tables["2.4"], "Dokumen kajian")
    # Tabel L.2 has a Satuan column: the figure alone beside it
    assert _row(tables["L.2"], "Waktu tanggap")[-2:] == ["Menit", "30"]
    assert _row(tables["L.2"], "Indeks risiko bencana")[-2:] == ["Indeks", "3,5"]
    assert _row(tables["L.2"], "Rasio kejadian")[-2:] == ["Rasio", "0,135"]


def test_after_the_apbd_p_both_targets_as_typed():
    # Target Perubahan 25 menit: (2 x 25 - 32,667) / 25 = 69,33 %; Tabel 3.2 prints 25,00 (its own
    # decimals, at least 2; output63: was 25,000)
    tables = _tables(_rows(target_perubahan=25))
    assert _row(tables["3.2"], "Waktu tanggap")[4:7] == ["25,00", "32,667", "69,33"]
    # Tabel 2.2: No, Tujuan, Indikator, Target, Target Perubahan; 2.4: node, Indikator, the two, Anggaran
    assert _row(tables["2.2"], "Waktu tanggap")[3:5] == ["30 Menit", "25 Menit"]
    assert _row(tables["2.4"], "Waktu tanggap")[2:4] == ["30 Menit", "25 Menit"]
    assert _row(tables["L.2"], "Waktu tanggap")[-3:] == ["Menit", "30", "25"]


def _one(target, tws, satuan, target_perubahan=None):
    """A Tujuan measured by "Rasio X" (Nilai Akhir, Positif) and a Program under it."""
    return [
        kinerja_row(
            "T1",
            "Tujuan",
            "",
            "Tujuan X",
            "Rasio X",
            target,
            tws,
            satuan=satuan,
            polaritas="Positif",
            jenis="Nilai Akhir",
            target_perubahan=target_perubahan,
        ),  # fmt: skip
        kinerja_row("P1", "Program", "T1", "Program X", "Dokumen X", 12, [3, 3, 3, None], satuan="Dokumen"),
    ]


def test_a_formulas_figure_is_printed_as_tabel_3_2_prints_it():
    # =1/3 is 0,333333333333333 in Excel's 15 digits: nobody typed ten 3s, and the PK was not signed
    # 0,3333333333. A figure using every digit Excel keeps is a formula's result: printed as Tabel 3.2
    # prints it. Realisasi =1/3 too: capaian exactly 100 %, so Tabel 3.2's two decimals, 0,33 (0,33 of
    # 0,33 recomputes 100,00)
    third = Cell(1 / 3, formula="=1/3")
    tables = _tables(_one(third, [None, None, third, None], "Rasio"))
    assert _row(tables["3.2"], "Rasio X")[4:7] == ["0,33", "0,33", "100,00"]
    assert _row(tables["2.2"], "Rasio X")[3] == "0,33 Rasio"
    assert _row(tables["L.2"], "Rasio X")[-2:] == ["Rasio", "0,33"]


def test_after_the_apbd_p_a_formulas_target_perubahan_as_tabel_3_2():
    # PK 0,6 typed; Target Perubahan =2/3 (0,666666666666667), realisasi =2/3: capaian 100 %, Tabel 3.2
    # prints both with two decimals, 0,67; the PK's own 0,6 keeps its one decimal
    two_thirds = Cell(2 / 3, formula="=2/3")
    tables = _tables(_one("0,6", [None, None, two_thirds, None], "Rasio", target_perubahan=two_thirds))
    assert _row(tables["3.2"], "Rasio X")[4:7] == ["0,67", "0,67", "100,00"]
    assert _row(tables["2.2"], "Rasio X")[3:5] == ["0,6 Rasio", "0,67 Rasio"]
    assert _row(tables["L.2"], "Rasio X")[-3:] == ["Rasio", "0,6", "0,67"]


@pytest.mark.parametrize(
    ("target", "printed"),
    [
        # =0.1+0.2 is 0,30000000000000004: Excel shows 0,3 (15 digits), the PK's 0,3
        (Cell(0.1 + 0.2, formula="=0.1+0.2"), "0,3%"),
        ("90,0", "90%"),  # the ,0 typed adds no figure: 90
        (90, "90%"),
        # a percent cell, 0,9 shown 90,00 %: the report's terms are 90 %, never 0,9
        (Cell(0.9, percent=True), "90%"),
        (Cell(0.905, percent=True), "90,5%"),
    ],
)
def test_percent_targets_as_the_report_writes_them(target, printed):
    tables = _tables(_one(target, [None, None, 85, None], "%"))
    assert _row(tables["2.2"], "Rasio X")[3] == printed


def test_a_pk_target_not_read_prints_its_galat_after_the_apbd_p():
    # the PK's Target "90 %%" (a doubled percent sign) is a galat at Kinerja!I2 (row 2: the header is row
    # 1); the Target Perubahan 90 is used. The PK's column printed the text not read, "90 %%", as if
    # signed so: a figure not read is "Galat (Kinerja!I2)" in every table, as Tabel 3.2 shows one
    tables = _tables(_one("90 %%", [None, None, 85, None], "%", target_perubahan=90))
    assert _row(tables["2.2"], "Rasio X")[3:5] == ["Galat (Kinerja!I2)", "90%"]
    assert _row(tables["L.2"], "Rasio X")[-3:] == ["%", "Galat (Kinerja!I2)", "90"]
