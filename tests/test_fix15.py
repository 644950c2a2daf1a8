"""Fix round 15: leftovers the last round's helpers reported.

1. A Kumulatif indicator typed as e-Monev shows it (the realisation s.d. each quarter) whose TW III and
   TW IV each corrected the quarter before down (100; 400; 390; 380) was summed without a word: only
   one correction, in TW IV, was said (test_staff_round35).
2. Rupiah with sen were rounded to whole rupiah in Tabel 3.3/3.4 ("#,##0") and the sentences: a
   realisasi of 9.999.999,60 of a pagu of 10.000.000 read "10.000.000 | 10.000.000" beside a penyerapan
   of 99,999996 %. Now an amount with sen shows them (cell "#,##0.00", "Rp 9.999.999,60") in the
   sheets, the Word report and the mail; whole amounts stay whole.
3. "85 %%" typed in a Kinerja cell said only "ada teks '%%' setelah angka": now, as "95%%" did, the
   doubled percent sign and the figure to type.
4. A Rekap made by hand (lkj_xl.Rekap from its tables, without the shown decimals) read capaian and
   penyerapan both 100,004 as "100,00 | 100,004 | 0,00": each column's own decimals.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import openpyxl
import pytest

from lkj_xl.core.model import GALAT
from tests import common
from tests.helpers_staff import sasaran_rows
from tests.test_engine import run
from tests.test_mend32b import rekap_sheet_cells
from tests.test_rekap_round13 import _agency, _decimals, _shown
from tests.test_staff_round34 import _example
from tests.test_staff_round35 import _row, _running_total_corrected

# --- 1. a running total corrected down twice -------------------------------------------------------


def _corrected_twice(wb) -> None:
    """test_staff_round35's K3.01.01 (TW IV reported, Kumulatif, Target 471 usaha mikro) typed as the
    realisation s.d. each quarter: 100, 400, then 390 (TW III correcting TW II's over-count) and 380
    (TW IV correcting TW III)."""
    _running_total_corrected(wb)
    ws = wb["Kinerja"]
    for col, typed in zip(range(12, 15), (400, 390, 380)):
        ws.cell(_row(ws, "K3.01.01"), col).value = typed


def test_a_running_total_corrected_down_in_tw3_and_tw4_is_said_naming_each_cell(tmp_path):
    path = _example(tmp_path, _corrected_twice)
    row = _row(openpyxl.load_workbook(path)["Kinerja"], "K3.01.01")
    # one peringatan at TW IV (N), alike in check, export and the Pemeriksaan sheet, naming TW III (M)
    # and TW IV (N), the two corrected cells
    exported = common.peringatan_alike(
        path,
        tmp_path,
        [(f"N{row}", f"lalu TW III (Kinerja!M{row}) dan TW IV (Kinerja!N{row}) masing-masing")],
    )
    k = next(i for i in exported["indikator"] if i["kode"] == "K3.01.01")
    # computed as typed: 100 + 400 + 390 + 380 = 1.270 of 471 (the peringatan asks)
    assert Fraction(k["realisasi"]) == 1270
    assert k["capaian"] == pytest.approx(float(Fraction(1270 * 100, 471)))
    (said,) = [f for f in exported["pemeriksaan"] if f["sel"] == f"N{row}"]
    assert "(100; 400; 390; 380)" in said["pesan"] and "melebihi Target (471)" in said["pesan"]
    assert '"Nilai Akhir" (realisasi s.d. TW IV = TW IV, 380)' in said["pesan"]


@pytest.mark.parametrize(
    ("target", "tws"),
    [
        # flows: 100, 150, then 120 and 110 (TW III 80 % of TW II: no small correction): sum 480 of 200
        ("200", ("100", "150", "120", "110")),
        # 100, 105, 100, 95 of 180 (sum 400; each fall under 10 %): TW IV's 95 under TW I's 100, no
        # running total that rose
        ("180", ("100", "105", "100", "95")),
    ],
)
def test_falling_flows_are_no_corrected_running_total(target, tws):
    report = run(sasaran_rows([("S1", target, tws)], jenis="Kumulatif"), [], triwulan=4)
    assert not [f for f in report.findings if "Kumulatif menjumlahkannya" in f.pesan]


def test_two_corrections_before_tw4_reported_wait_for_the_year():
    # TW III report: 100; 400; 390 is one correction not in TW IV: as before, nothing said yet
    report = run(
        sasaran_rows([("S1", "471", ("100", "400", "390", None))], jenis="Kumulatif"), [], triwulan=3
    )
    assert not [f for f in report.findings if "Kumulatif menjumlahkannya" in f.pesan]


# --- 3. "85 %%" -------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["85 %%", "85% %", "85 % %", "85,5 %%"])
def test_a_doubled_percent_sign_after_a_space_says_what_to_type(typed):
    report = run(sasaran_rows([("S1", "100", (typed, None, None, None))], satuan="persen"), [], triwulan=1)
    (galat,) = [f for f in report.findings if f.severity == GALAT]
    figure = typed.split()[0].rstrip("%")
    assert galat.sel == "K2" and f'"{typed}"' in galat.pesan  # the cell and what was typed
    assert galat.pesan.endswith(f"tanda persen (%) ganda; tulis {figure}%")
    assert "ada teks" not in galat.pesan


# --- 4. a Rekap made by hand -----------------------------------------------------------------------


def test_a_rekap_made_by_hand_reads_its_row_with_one_count_of_decimals(tmp_path):
    # 100,004 of 100 and 50.002.000 + 50.002.000 of 100.000.000: capaian and penyerapan both 100,004,
    # efisiensi exactly 0; the penyerapan needs 3 decimals (100,00 reads the whole pagu spent), so all do
    made = _agency(tmp_path, "100,004", "100.000.000", "50.002.000", "50.002.000")
    by_hand = dataclasses.replace(made, efisiensi_tampil=[], desimal_tampil=[])
    cells = rekap_sheet_cells(by_hand, tmp_path, "Dinas Uji")
    assert [_decimals(cell) for cell in cells] == [3, 3, 3]
    cap = Fraction("100.004")
    assert [_shown(cell.value, 3) for cell in cells] == [cap, cap, 0]


# --- 2. rupiah with sen ----------------------------------------------------------------------------

# The pagu 10.000.000 and realisasi 5.000.000 (TW I) + 4.999.999,60 (TW II) = 9.999.999,60 (Fraction
# below); penyerapan 9.999.999,60 / 10.000.000 x 100 = 99,999996 %.
REALISASI = Fraction("5000000") + Fraction("4999999.60")


def _sen_workbook(path):
    from lkj_xl.core import contract as c
    from lkj_xl.xlsx.template import new_workbook

    row = {"Satuan": "%", "Target": "80", "Realisasi TW I": "30,5", "Realisasi TW II": "40"}
    kinerja = [
        {"Kode": "T1", "Tingkat": "Tujuan", "Uraian": "Tujuan daerah", "Indikator": "IKU", **row},
        {"Kode": "S1", "Tingkat": "Sasaran", "Kode Induk": "T1", "Uraian": "Sasaran", "Indikator": "IKS", **row},
        {"Kode": "P1.01", "Tingkat": "Program", "Kode Induk": "S1", "Uraian": "Program UMKM",
         "Indikator": "Persentase usaha mikro naik kelas", **row},
    ]  # fmt: skip
    anggaran = [{"Kode": "P1.01", "Program": "Program UMKM", "Kode Sasaran": "S1", "Pagu": "10.000.000",
                 "Realisasi TW I": "5.000.000", "Realisasi TW II": "4.999.999,60"}]  # fmt: skip
    pengaturan = {c.P_PEMDA: "Kabupaten Lumajang", c.P_OPD: "Dinas Koperasi", c.P_TAHUN: 2025, c.P_TRIWULAN: 2}  # fmt: skip
    new_workbook(path, pengaturan=pengaturan, kinerja=kinerja, anggaran=anggaran)
    return path


def _never_pagu_twice(text: str) -> None:
    # the realisasi printed as its pagu: "Rp 10.000.000" twice in one line, or without "Rp" in a table
    for line in text.splitlines():
        assert line.count("10.000.000") <= 1, line


def test_rupiah_with_sen_are_shown_with_them_in_every_output(tmp_path):
    import email
    import json

    from click.testing import CliRunner

    from lkj_xl.cli import main
    from lkj_xl.core.formulas import round_half_up
    from tests.fronts_kalimat import sheet_texts
    from tests.helpers_print import built_workbook, docx_text

    path = _sen_workbook(tmp_path / "laporan.xlsx")
    runner = CliRunner()
    exported = json.loads(runner.invoke(main, ["export", str(path)]).stdout)
    assert Fraction(repr(exported["ringkasan"]["total_realisasi_anggaran"])) == REALISASI
    # export --excel-id (as the tables show it): with the sen
    for table in ("anggaran", "efisiensi"):
        csv = runner.invoke(
            main, ["export", str(path), "--format", "csv", "--table", table, "--excel-id"]
        ).stdout
        assert "9.999.999,60" in csv and "10.000.000;10.000.000" not in csv, table
    # the penyerapan says they differ: under 100 (99,999996)
    assert round_half_up(Fraction(repr(exported["ringkasan"]["total_penyerapan"])), 6) == Fraction(
        "99.999996"
    )
    wb = built_workbook(path)
    shown = 0
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value == float(REALISASI):  # Tabel 3.3 and 3.4 (and its TOTAL): with the sen
                    assert cell.number_format.endswith("#,##0.00"), (ws.title, cell.coordinate)
                    shown += 1
                elif cell.value == 10_000_000 and "#,##0" in cell.number_format:  # the pagu: whole
                    assert not cell.number_format.endswith(".00"), (ws.title, cell.coordinate)
        _never_pagu_twice("\n".join(str(t) for t in sheet_texts(ws)))
    assert shown >= 3
    # the Word report
    docx = tmp_path / "lkjip.docx"
    assert runner.invoke(main, ["laporan", str(path), "-o", str(docx)]).exit_code == 0
    word = docx_text(docx.read_bytes())
    assert "9.999.999,60" in word
    _never_pagu_twice(word)
    # the mail's body
    eml = tmp_path / "pesan.eml"
    sent = runner.invoke(main, ["send", str(path), "--to", "a@example.go.id", "--from", "b@example.go.id",
                                "--dry-run", str(eml)])  # fmt: skip
    assert sent.exit_code == 0, sent.output
    message = email.message_from_bytes(eml.read_bytes())
    body = next(p for p in message.walk() if p.get_content_type() == "text/plain").get_payload(decode=True)
    body = body.decode("utf-8")
    assert "Rp 9.999.999,60 dari pagu Rp 10.000.000" in body
    _never_pagu_twice(body)


def test_the_rekap_shows_a_realisasi_with_sen_with_them(tmp_path):
    import lkj_xl
    from lkj_xl.core import rekap as core
    from lkj_xl.xlsx.rekap import render_rekap

    root = tmp_path / "tw2"
    root.mkdir()
    _sen_workbook(root / "dinas.xlsx")
    out = tmp_path / "rekap.xlsx"
    out.write_bytes(render_rekap(lkj_xl.rekap(root, jobs=1)))
    ws = openpyxl.load_workbook(out)[core.SHEET_REKAP]
    keys = [spec.key for spec in core.AGENCY_COLUMNS]
    row = next(r for r in ws.iter_rows() if r[keys.index("perangkat_daerah")].value == "Dinas Koperasi")
    pagu, realisasi = row[keys.index("pagu")], row[keys.index("realisasi_anggaran")]
    assert (pagu.value, realisasi.value) == (10_000_000, float(REALISASI))
    assert not pagu.number_format.endswith(".00") and realisasi.number_format.endswith("#,##0.00")
