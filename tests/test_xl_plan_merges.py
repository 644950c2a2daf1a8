"""The task pane's plan merges rows of text the way Office.js can do it in one command.

The Analisis Capaian sheet merges every text row across the page width (each row on its own, as
``lkj-xl build`` writes it): at 5,000 indicators with analysis inputs that was 11,252 one-row merges,
one Office.js command each. Office.js ``Range.merge(true)`` merges each row of a range on its own, so
consecutive rows merged over the same columns cost one command (plan version 2, ``across``). A task
pane that still applies version 1 gets the merges one by one, as before.
"""

from __future__ import annotations

from lkj_xl.core import contract as c
from lkj_xl.core.layout import SheetBuilder


def applied_merges(sheet: dict) -> set[tuple[int, int, int, int]]:
    """The merged areas Excel holds after the plan's merge commands: a block merge as it is, a
    ``Range.merge(true)`` over rows r1..r2 as one merge per row (Office.js' documented behaviour)."""
    out = {tuple(m) for m in sheet["merges"]}
    for r1, c1, r2, c2 in sheet.get("across", []):
        out |= {(r, c1, r, c2) for r in range(r1, r2 + 1)}
    return out


def paragraphs(n: int):
    """A sheet like Analisis Capaian: a title merged across, then ``n`` paragraphs typed as staff do
    (points "1. ...", "2. ..." each on its own row under a lead line), every text row merged from its
    first column to the last."""
    b = SheetBuilder(c.SHEET_ANALISIS_CAPAIAN, "Analisis Capaian Kinerja", [4, 4, 4, 44, 14, 14, 14])
    r = b.add_row(["Analisis Capaian Kinerja s.d. Triwulan II Tahun 2025"])
    b.merge(r, 0, r, 6)
    for i in range(n):
        r = b.add_row([f"Faktor pendukung sasaran {i}: Dukungan APBD 1.250,5 juta"])
        b.merge(r, 0, r, 6)
    r = b.add_row(["Hal yang mendukung tercapainya sasaran ini antara lain:"])
    b.merge(r, 0, r, 6)
    for i in range(n):
        r = b.add_row(["1." if i == 0 else f"{i + 1}.", f"Butir {i + 1}: SDM memadai"])
        b.merge(r, 1, r, 6)
    b.add_row()  # a blank line: no merge
    r = b.add_row(["Tindak lanjut yang akan dilaksanakan:"])
    b.merge(r, 0, r, 6)
    return b.build(footer="", freeze=None, repeat_header=False)


def test_rows_merged_over_the_same_columns_cost_one_command_whatever_their_number():
    from lkj_xl.xl.plan import book_plan, plan_operations

    counts = {}
    for n in (20, 400):
        lay = paragraphs(n)
        plan = book_plan([lay])
        sheet = plan["sheets"][0]
        # What Excel holds afterwards is exactly the build's merges: 2n + 3 one-row merges.
        assert applied_merges(sheet) == {
            (m.first_row, m.first_col, m.last_row, m.last_col) for m in lay.merges
        }
        assert len(lay.merges) == 2 * n + 3
        counts[n] = plan_operations(plan)["merges"]
    # By hand: rows 0..n+1 over columns A:G (title, n paragraphs, the lead line) are one run, the n
    # points over B:G another, the last line over A:G after the blank row a third: 3 commands.
    assert counts == {20: 3, 400: 3}


def test_a_task_pane_of_plan_version_1_gets_every_merge_on_its_own():
    from lkj_xl.xl.plan import book_plan

    lay = paragraphs(20)
    plan = book_plan([lay], version=1)
    sheet = plan["sheets"][0]
    assert plan["version"] == 1 and "across" not in sheet
    assert sorted(map(tuple, sheet["merges"])) == sorted(
        (m.first_row, m.first_col, m.last_row, m.last_col) for m in lay.merges
    )


def test_the_server_answers_each_plan_version_the_task_pane_announces():
    """A task pane loaded before an upgrade (plan version 1) still gets a plan it applies correctly;
    an unknown version is answered action by action, as any xlwings client."""
    from lkj_xl.xl.plan import PLAN_VERSION, PLAN_VERSIONS, plan_version

    assert PLAN_VERSION == 2 and PLAN_VERSIONS == (1, 2)
    assert plan_version({"rencana": 1}) == 1
    assert plan_version({"rencana": 2}) == 2
    assert plan_version({"rencana": 3}) is None
    assert plan_version({"rencana": True}) is None  # JSON true is no version
    assert plan_version({}) is None and plan_version(None) is None


def test_action_by_action_and_desktop_merge_a_run_of_rows_in_one_call():
    """Without a plan (xlwings Lite, an xlwings client of its own: two round trips an action; the
    desktop button: one COM call) the same runs cost one ``merge(across=True)`` each."""
    import xlwings as xw

    from lkj_xl.xl.book import write_layouts
    from tests.test_xl_server import EXAMPLE, book_json

    counts = {}
    for n in (20, 400):
        lay = paragraphs(n)
        book = xw.Book(json=book_json(EXAMPLE, exclude=c.OUTPUT_SHEETS))
        calls = write_layouts(book, [lay])
        merges = [a for a in book.json()["actions"] if a["func"] == "rangeMerge"]
        held = set()
        for a in merges:  # what Excel holds: merge(true) merges each row of the range on its own
            r1, c1 = a["start_row"], a["start_column"]
            r2, c2 = r1 + a["row_count"] - 1, c1 + a["column_count"] - 1
            rows = [(r, r) for r in range(r1, r2 + 1)] if a["args"] == [True] else [(r1, r2)]
            held |= {(first, c1, last, c2) for first, last in rows}
        assert held == {(m.first_row, m.first_col, m.last_row, m.last_col) for m in lay.merges}
        counts[n] = (len(merges), calls.merges)
    assert counts == {20: (3, 3), 400: (3, 3)}  # the 3 runs of the first test


def test_blank_lines_of_analisis_capaian_cost_no_format_rectangles():
    """The blank line before each Sasaran split the text's wrap and top alignment into one rectangle
    per Sasaran (557 of each at 5,000 indicators); formatted as the text around it, a blank row shows
    nothing more and the two formats cost the same rectangles whatever the number of Sasaran."""
    import io

    from lkj_xl.build import report_from_bytes
    from lkj_xl.core.tables.analisis_capaian import layout
    from lkj_xl.xl.plan import sheet_plan
    from lkj_xl.xlsx.template import new_workbook

    counts = {}
    for n in (3, 12):
        rows = [
            {
                "Kode": "T1",
                "Tingkat": "Tujuan",
                "Uraian": "Meningkatnya daya saing UMKM",
                "Indikator": "Persentase UMKM naik kelas",
                "Satuan": "%",
                "Target": "40,71%",
                "Realisasi TW I": "12,5",
                "Realisasi TW II": "29",
                "Realisasi Tahun Lalu": "35,5",
            }
        ]
        analisis = []
        for i in range(n):
            rows.append(
                {
                    "Kode": f"S{i}",
                    "Tingkat": "Sasaran",
                    "Kode Induk": "T1",
                    "Uraian": f"Meningkatnya kualitas koperasi {i}",
                    "Indikator": f"Koperasi sehat {i}",
                    "Satuan": "unit",
                    "Target": "1.250",
                    "Realisasi TW I": "700",
                    "Realisasi TW II": "550",
                }
            )
            analisis.append(
                {
                    "Kode": f"S{i}",
                    "Faktor Pendukung": "1. Dukungan APBD\n2. SDM memadai",
                    "Faktor Penghambat": "a) Keterbatasan anggaran",
                    "Tindak Lanjut": "- Monitoring",
                }
            )
        buf = io.BytesIO()
        new_workbook(
            buf,
            pengaturan={
                c.P_PEMDA: "Kabupaten Lumajang",
                c.P_OPD: "Dinas Koperasi",
                c.P_TAHUN: 2025,
                c.P_TRIWULAN: 2,
            },
            kinerja=rows,
            analisis=analisis,
        )
        lay = layout(report_from_bytes(buf.getvalue()))
        blank = [r for r, row in enumerate(lay.rows) if not any(v not in (None, "") for v in row)]
        assert len(blank) >= n  # a blank line before each Sasaran at least
        formats = dict(sheet_plan(lay)["formats"])
        counts[n] = (formats["wrapText"], formats["verticalAlignment"])
    # The text from the title down, then the signature block's columns below it: two each.
    assert [len(rects) for rects in counts[3]] == [len(rects) for rects in counts[12]] == [2, 2]
