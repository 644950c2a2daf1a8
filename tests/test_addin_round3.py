"""Round 3 of the Excel add-in against staff workbooks (measured with the xlclient harness): a workbook
in the 1904 date system (old Mac Excel). Office.js gives a date cell's serial as the workbook counts it
and no released ExcelApi set says which system that is, so the task pane (like xlwings' own client)
turns 44380, which is 4 Juli 2025 counted from 1904, into 3 Juli 2021 counted from 1900. The signing
date read that way must not pass with a bare "before the quarter's end": the peringatan names the date
meant and how to type it; a task pane that can read what a date cell shows (Range.text) sends the
dates right. And a press refused before writing on a book that already holds output sheets: the alert
says those still hold the previous figures."""

from __future__ import annotations

import datetime as dt

import openpyxl

from lkj_xl.build import load_report
from lkj_xl.core import contract as c
from tests.common import EXAMPLE, example_typed
from tests.test_xl_server import PLAN_CLIENT, book_json, pemeriksaan_rows, press, replay_plan, server  # noqa: F401

# 4 Juli 2025 is serial 45842 counted from 30 December 1899 (1900 system) and 45842 - 1462 = 44380
# counted from 1 January 1904; read from 30 December 1899, 44380 is 3 Juli 2021 (2021-07-03 + 1461 days
# = 2025-07-03, the four years holding 29 Februari 2024; + 1 day = 4 Juli 2025).
READ_AS_1900 = dt.datetime(2021, 7, 3)
MEANT = "4 Juli 2025"
HINT = f"sistem tanggal 1904 (tanggal yang dimaksud {MEANT})? Ketik tanggal sebagai teks, mis. {MEANT}"
# The example is a Triwulan II 2025 report: its quarter ends 30 Juni 2025.
BEFORE_END = "Tanggal Penandatanganan 3 Juli 2021 sebelum akhir Triwulan II Tahun 2025 (30 Juni 2025)"


def signed_on(tmp_path, when: dt.datetime, *, date1904: bool = False):
    path = example_typed(tmp_path, "tanggal", 2, {})
    wb = openpyxl.load_workbook(path)
    if date1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    cell = wb[c.SHEET_PENGATURAN]["B13"]
    assert wb[c.SHEET_PENGATURAN]["A13"].value == "Tanggal Penandatanganan"
    cell.value, cell.number_format = when, "dd/mm/yyyy"
    wb.save(path)
    return path


def b13_messages(findings) -> list[str]:
    return [f.pesan for f in findings if f.sheet == c.SHEET_PENGATURAN and f.sel == "B13"]


def test_a_signing_date_1462_days_before_the_next_quarter_names_the_1904_date_meant(tmp_path):
    report = load_report(signed_on(tmp_path, READ_AS_1900))
    assert b13_messages(report.findings) == [f"{BEFORE_END}; {HINT}"]


def test_lkj_xl_build_reads_a_1904_workbook_right_and_says_nothing(tmp_path):
    report = load_report(signed_on(tmp_path, dt.datetime(2025, 7, 4), date1904=True))
    assert report.settings.tanggal == MEANT
    assert b13_messages(report.findings) == []


def test_a_date_early_by_another_span_gets_no_1904_hint(tmp_path):
    # 3 Juli 2020 + 1462 days = 4 Juli 2024: before the quarter's end, so no date meant to name.
    report = load_report(signed_on(tmp_path, dt.datetime(2020, 7, 3)))
    (message,) = b13_messages(report.findings)
    assert "1904" not in message and message.startswith("Tanggal Penandatanganan 3 Juli 2020 sebelum akhir")


def test_the_task_pane_reading_a_1904_book_tells_staff_the_date_meant(server, tmp_path):  # noqa: F811
    """The book JSON as the task pane sends a 1904 workbook's signing date: the alert names the cell."""
    data = book_json(signed_on(tmp_path, READ_AS_1900), exclude=c.OUTPUT_SHEETS, args=[{}, PLAN_CLIENT])
    assert data["sheets"][1]["values"][12][1] == "2021-07-03T00:00:00.000Z"
    response = press(server, data)
    assert response.status_code == 200, response.text
    sheets, alerts, _ = replay_plan(data, response.json()["actions"])
    rows = pemeriksaan_rows(next(s for s in sheets if s.name == c.SHEET_PEMERIKSAAN))
    assert ("Peringatan", c.SHEET_PENGATURAN, "B13", f"{BEFORE_END}; {HINT}") in rows


def test_example_untouched(tmp_path):
    assert b13_messages(load_report(EXAMPLE).findings) == []


# --- the task pane reads the date system off what a date cell shows -------------------------------

# Pengaturan as Excel hands it to the task pane: B13 holds 4 Juli 2025 formatted dd/mm/yyyy. In a 1904
# workbook its serial is 44380 (see above) and Range.text shows "04/07/2025"; in a 1900 workbook
# 45842 shows the same text.
SERIAL_1904, SERIAL_1900, SHOWN = 44380, 45842, "04/07/2025"


def pengaturan_read(tmp_path, serial: int, texts: bool):
    from tests.helpers_taskpane import press_read

    values = [["Parameter", "Nilai"], ["Tanggal Penandatanganan", serial], ["Tahun", 2025]]
    sheet = {
        "values": values,
        "formats": [["General", "General"], ["General", "dd/mm/yyyy"], ["General", "General"]],
        "merged": [],
    }
    if texts:
        sheet["texts"] = [["Parameter", "Nilai"], ["Tanggal Penandatanganan", SHOWN], ["Tahun", "2025"]]
    result = press_read(
        tmp_path,
        {
            "Pengaturan": sheet,
            "Kinerja": {
                "values": [["Kode"], [serial]],
                "formats": [["General"], ["dd/mm/yyyy"]],
                "merged": [],
            },
        },
        "1.20",
    )
    sent = {s["name"]: s["values"] for s in result["posted"]["sheets"]}
    return sent, result["syncs"]


def test_task_pane_sends_a_1904_workbooks_dates_as_the_dates_excel_shows(tmp_path):
    sent, syncs = pengaturan_read(tmp_path, SERIAL_1904, texts=True)
    # 4 Juli 2025 for the signing date, and every other date cell of the book likewise.
    assert sent["Pengaturan"][1][1] == "2025-07-04T00:00:00.000Z"
    assert sent["Kinerja"][1][0] == "2025-07-04T00:00:00.000Z"
    assert syncs == 2  # Range.text read with the values: no round trip more


def test_task_pane_keeps_a_1900_workbooks_dates(tmp_path):
    sent, _ = pengaturan_read(tmp_path, SERIAL_1900, texts=True)
    assert sent["Pengaturan"][1][1] == "2025-07-04T00:00:00.000Z"


def test_task_pane_on_a_host_without_range_text_sends_the_serial_as_counted_from_1900(tmp_path):
    # Without Range.text the date system is unknown: 44380 read from 1900 is 3 Juli 2021, and the
    # server's peringatan (tested above) names the date meant.
    sent, _ = pengaturan_read(tmp_path, SERIAL_1904, texts=False)
    assert sent["Pengaturan"][1][1] == "2021-07-03T00:00:00.000Z"


# --- a press refused on a workbook that already holds output sheets --------------------------------

STALE = (
    " Buku kerja tidak diubah: sheet keluaran yang ada (Capaian Tujuan Sasaran, Capaian Program, Efisiensi, "
    "Realisasi Anggaran, Ringkasan, Perbandingan Kinerja, Analisis Capaian, Grafik, Pemeriksaan) masih "
    "hasil hitungan sebelumnya, belum memuat isi sheet input saat ini."
)
REFUSED = (
    'Hitung Ulang tidak dapat dijalankan: Sheet "Anggaran" baris 3: kolom tidak ditemukan: "Pagu" (kolom '
    '"Pagu (Rp)": tulis judulnya "Pagu" saja, tanpa keterangan dalam kurung).'
)


def built_example(tmp_path, edits: dict[tuple[str, str], object]):
    """The example after `lkj-xl build` (its nine output sheets in the book), then ``edits`` typed."""
    from lkj_xl.build import build

    path = tmp_path / "dibangun.xlsx"
    build(EXAMPLE, path)
    wb = openpyxl.load_workbook(path)
    for (sheet, ref), value in edits.items():
        wb[sheet][ref] = value
    wb.save(path)
    return path


def test_a_refused_press_says_the_output_sheets_left_are_last_presss(server, tmp_path):  # noqa: F811
    """Staff changed a header ("Pagu (Rp)") after a press: nothing is written, and the alert says the
    tables still in the book are not today's figures (they were printed as if they were)."""
    path = built_example(tmp_path, {(c.SHEET_ANGGARAN, "D3"): "Pagu (Rp)"})
    names = openpyxl.load_workbook(path, read_only=True).sheetnames
    outputs = [n for n in names if n in c.OUTPUT_SHEETS]
    assert len(outputs) == 9
    response = press(server, book_json(path, exclude=outputs, args=[{}, PLAN_CLIENT]))
    assert response.status_code == 422
    assert response.json()["detail"] == REFUSED + STALE


def test_a_refused_press_on_a_book_without_output_sheets_says_only_why(server, tmp_path):  # noqa: F811
    path = example_typed(tmp_path, "baru", 2, {(c.SHEET_ANGGARAN, "D3"): "Pagu (Rp)"})
    response = press(server, book_json(path, exclude=c.OUTPUT_SHEETS, args=[{}, PLAN_CLIENT]))
    assert response.status_code == 422
    assert response.json()["detail"] == REFUSED


def test_a_refused_workbook_without_input_sheets_names_no_output_sheet(server, tmp_path):  # noqa: F811
    """A rekap workbook (no Pengaturan, Kinerja, Anggaran) holds a Grafik and a Pemeriksaan of its own:
    they are not an agency's stale tables."""
    wb = openpyxl.Workbook()
    wb.active.title = "Rekap Perangkat Daerah"
    wb.create_sheet("Grafik")
    wb.create_sheet("Pemeriksaan")
    path = tmp_path / "bukan.xlsx"
    wb.save(path)
    response = press(server, book_json(path, exclude=wb.sheetnames, args=[{}, PLAN_CLIENT]))
    assert response.status_code == 422
    assert "sheet keluaran yang ada" not in response.json()["detail"]
