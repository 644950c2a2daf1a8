"""Tabel 3.3: Efisiensi Penggunaan Sumber Daya (seed ~787).

Per Tujuan / Sasaran: capaian kinerja, the budget attributed to it, its absorption, and the
efficiency in percentage points (capaian - penyerapan; negative shown in parentheses).
"""

from __future__ import annotations

from lkj_xl.core import contract
from lkj_xl.core.engine import capaian_decimals, efisiensi_decimals, galat_status
from lkj_xl.core.formulas import efisiensi_row_decimals, efisiensi_shown, penyerapan_decimals
from lkj_xl.core.kalimat import daftar, nama_node
from lkj_xl.core.kalimat_program import catatan_tanpa_indikator, catatan_tidak_dihitung
from lkj_xl.core.layout import (
    BASE,
    COLUMN,
    ROW,
    SPECIAL,
    SheetBuilder,
    SheetLayout,
    efisiensi_style,
    indent_style,
    percent_style,
    rupiah_sen,
    shown,
)
from lkj_xl.core.model import EfisiensiRow, Report
from lkj_xl.core.numbers import to_fraction
from lkj_xl.core.tables.perubahan import kosong_note, marked, note_row, pagu_note

SHEET_NAME = contract.SHEET_EFISIENSI
TITLE = "Tabel 3.3 Efisiensi Penggunaan Sumber Daya"

EFISIEN = "Efisien"
TIDAK_EFISIEN = "Tidak efisien"

(
    C_NO,
    C_URAIAN,
    C_INDIKATOR,
    C_CAPAIAN,
    C_PAGU,
    C_REALISASI,
    C_PENYERAPAN,
    C_EFISIENSI,
    C_KETERANGAN,
) = range(9)
WIDTHS = [5, 38, 36, 13, 19, 19, 13, 13, 15]
HEADERS = [
    "No",
    "Tujuan/Sasaran Strategis",
    "Indikator Kinerja",
    "Capaian Kinerja (%)",
    "Pagu (Rp)",
    "Realisasi Anggaran (Rp)",
    "Penyerapan Anggaran (%)",
    "Tingkat Efisiensi (poin)",
    "Keterangan",
]
ROW_STYLE = {"Tujuan": "tujuan", "Sasaran": "sasaran"}


def keterangan(row: EfisiensiRow) -> str:
    """Efisien when capaian - penyerapan >= 0, decided on the exact value (never on float noise)."""
    exact = row.efisiensi_exact
    if exact is None and row.efisiensi is not None:  # a row built by hand, without the exact value
        exact = to_fraction(row.efisiensi)
    if exact is None:
        return contract.GALAT_LABEL if _galat(row) else contract.BELUM_DIKETAHUI
    return EFISIEN if exact >= 0 else TIDAK_EFISIEN


def status(row: EfisiensiRow) -> str | None:
    """Why a row's efisiensi is not computed (none when it is), as Tabel 3.3's Keterangan says it with
    the cells named: Galat naming the unreadable cells of its capaian and budget, else the status
    of its capaian ("Menunggu data BPS"), else Belum diketahui (no budget counted here)."""
    if row.efisiensi is not None:
        return None
    cells = [*row.galat_capaian, *row.galat_anggaran]
    if cells:
        return galat_status(cells)
    return (row.status if row.capaian is None else None) or contract.BELUM_DIKETAHUI


def _galat(row: EfisiensiRow) -> bool:
    return bool(row.galat_anggaran) or (
        row.capaian is None and (row.status or "").startswith(contract.GALAT_LABEL)
    )


def row_cells(row: EfisiensiRow, number: int | None) -> list:
    galat_anggaran = galat_status(row.galat_anggaran) if row.galat_anggaran else ""
    # Each figure names the cells that make it unknown: a pagu its Pagu cells, a realisasi the others.
    of_realisasi = [ref for ref in row.galat_anggaran if ref not in row.galat_pagu]
    return [
        number,
        marked(row.uraian, row.pagu_perubahan),
        row.indikator,
        shown(row.capaian, row.status, contract.BELUM_DIKETAHUI),
        shown(row.pagu, galat_status(row.galat_pagu) if row.galat_pagu else galat_anggaran),
        shown(row.realisasi_anggaran, galat_status(of_realisasi) if of_realisasi else galat_anggaran),
        shown(row.penyerapan, galat_anggaran),
        shown(row.efisiensi, contract.GALAT_LABEL if _galat(row) else "", contract.BELUM_DIKETAHUI),
        keterangan(row),
    ]


def catatan_desimal(report: Report, pada: str = "Pada baris") -> str:
    """Under Tabel 3.3: the rows whose capaian or penyerapan shows more decimals than Bab III's
    sentences and Tabel 3.4 show it with (formulas.efisiensi_row_decimals: the finer one's, so the
    row's efisiensi is right to its last decimal), lest a reader take 66,667 here beside 66,67 there,
    or 74,9983 beside 75, for two figures. "" when none. ``pada`` opens it (the Analisis Capaian
    sheet's 3.2.2 has no rows: "Catatan: pada uraian efisiensi")."""
    s = report.settings
    rows = []
    for row in report.efisiensi:
        if row.capaian_exact is None or row.efisiensi_exact is None:
            continue
        capaian, penyerapan = row.capaian_exact, row.capaian_exact - row.efisiensi_exact
        of_capaian, of_serapan = efisiensi_row_decimals(capaian, row.efisiensi_exact, s.skala, s.desimal)
        if of_capaian > capaian_decimals(capaian, s.skala, s.desimal) or of_serapan > penyerapan_decimals(
            penyerapan, s.desimal
        ):
            rows.append(nama_node(row.tingkat, row.uraian))  # as the other notes here name a node
    if not rows:
        return ""
    # the same figure, not another ("nilainya tetap sama"), and why it has more decimals
    return (
        f"{pada} {daftar(rows)}, capaian kinerja atau penyerapan anggaran ditulis dengan desimal lebih "
        "banyak daripada di bagian lain laporan agar tingkat efisiensi (capaian dikurangi penyerapan) tepat "
        "sampai desimal terakhirnya; nilainya tetap sama."
    )


def layout(report: Report) -> SheetLayout:
    s = report.settings
    b = SheetBuilder(SHEET_NAME, TITLE, WIDTHS)
    b.report_title(s)
    _, head_last = b.header([HEADERS], [])
    last_col = b.width - 1
    body_first = b.next_row
    number = 0
    for row in report.efisiensi:
        shown_number = None
        if row.tingkat == "Tujuan":
            number += 1
            shown_number = number
        cells = row_cells(row, shown_number)
        points = None
        if row.capaian_exact is not None and row.efisiensi_exact is not None:
            # the capaian shown minus the penyerapan shown: the row adds up as the reader checks it
            shown_points, points = efisiensi_shown(row.capaian_exact, row.efisiensi_exact, s.skala, s.desimal)
            cells[C_EFISIENSI] = float(shown_points)
        r = b.add_row(cells)
        b.style(r, 0, r, last_col, ROW_STYLE.get(row.tingkat), ROW)
        b.style(r, C_URAIAN, r, C_URAIAN, indent_style(row.depth), ROW)
        # Enough decimals that the number shown agrees with its kriteria / efisien (see engine).
        # (a penyerapan on its side of 100 %: 99,995 is not shown 100,00)
        serapan = penyerapan_decimals(row.penyerapan, s.desimal) if row.penyerapan is not None else s.desimal
        if row.capaian_exact is not None:
            decimals = capaian_decimals(row.capaian_exact, s.skala, s.desimal)
            if row.efisiensi_exact is not None:  # and the sign of capaian - penyerapan as shown
                decimals, serapan = efisiensi_row_decimals(
                    row.capaian_exact, row.efisiensi_exact, s.skala, s.desimal
                )
            if decimals != s.desimal:
                b.style(r, C_CAPAIAN, r, C_CAPAIAN, percent_style(decimals), SPECIAL)
        if serapan != s.desimal:
            b.style(r, C_PENYERAPAN, r, C_PENYERAPAN, percent_style(serapan), SPECIAL)
        if row.efisiensi_exact is not None:
            decimals = points if points is not None else efisiensi_decimals(row.efisiensi_exact, s.desimal)
            if decimals != s.desimal:
                b.style(r, C_EFISIENSI, r, C_EFISIENSI, efisiensi_style(decimals), SPECIAL)
    body_last = b.next_row - 1
    if body_last >= body_first:
        b.style(body_first, 0, body_last, last_col, "cell", BASE)
        b.style(body_first, C_NO, body_last, C_NO, "center", COLUMN)
        b.style(body_first, C_CAPAIAN, body_last, C_CAPAIAN, percent_style(s.desimal), COLUMN)
        b.style(body_first, C_PAGU, body_last, C_REALISASI, "rupiah", COLUMN)
        rupiah_sen(b, body_first, [C_PAGU, C_REALISASI])
        b.style(body_first, C_PENYERAPAN, body_last, C_PENYERAPAN, percent_style(s.desimal), COLUMN)
        b.style(body_first, C_EFISIENSI, body_last, C_EFISIENSI, efisiensi_style(s.desimal), COLUMN)
        b.style(body_first, C_KETERANGAN, body_last, C_KETERANGAN, "center", COLUMN)
        b.conditional(body_first, C_KETERANGAN, body_last, C_KETERANGAN, EFISIEN, "efisien")
        b.conditional(body_first, C_KETERANGAN, body_last, C_KETERANGAN, TIDAK_EFISIEN, "tidak_efisien")
        if any(_galat(row) for row in report.efisiensi):
            b.conditional(body_first, C_KETERANGAN, body_last, C_KETERANGAN, contract.GALAT_LABEL, "galat")
    # Why a capaian is the mean of fewer indicators than the node has, or why a figure is missing.
    notes = [(row, row.catatan) for row in report.efisiensi if row.catatan]
    if notes:
        b.add_row()
        r = b.add_row(["Catatan:"])
        b.style(r, 0, r, last_col, "heading", ROW)
        for row, catatan in notes:
            r = b.add_row([None, f"{row.uraian}: {catatan}"])
            b.merge(r, 1, r, last_col)
            b.style(r, 0, r, last_col, "paragraph", ROW)
    if tanpa := catatan_tanpa_indikator(report):  # its pagu is in a row, its program in no table
        note_row(b, tanpa)
    # in Tabel 3.4's TOTAL, in no row here (a table without rows has nothing to add up)
    if report.efisiensi and (lost := catatan_tidak_dihitung(report)):
        note_row(b, lost)
    if desimal := catatan_desimal(report):  # 66,667 here, 66,67 in Bab III: one figure
        note_row(b, desimal)
    # the programs a row holds (one counted toward none marks no row: its own note above names it)
    pagu_note(b, [x for x in report.budgets if x.kode_sasaran], nodes=True)
    # its capaian and penyerapan, and so the efisiensi, of a quarter nobody has typed yet
    kosong_note(b, report, kinerja=True, anggaran=True)
    b.signature_of(s)
    return b.finish(s, head_last)
