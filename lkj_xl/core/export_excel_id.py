"""The rows of an Excel-id CSV (``export.to_csv(..., excel_id=True)``) as the output sheets show them:
numbers with Indonesian separators and the decimals the sheets display (a capaian with those that agree
with its kriteria, an efisiensi with its sign), an unknown figure as the sheet's text ("Belum
diketahui", "Galat (Kinerja!L7)"). Pure."""

from __future__ import annotations

import math
from typing import Any

from lkj_xl.core import contract as c
from lkj_xl.core.desimal_ketik import typed_places
from lkj_xl.core.export import _QUARTERS, PAGU_REVISI, TARGET_REVISI, neutralize, target_figures
from lkj_xl.core.model import IndicatorResult, Report
from lkj_xl.core.styles import rupiah_figure

# Display of a column in an Excel-id CSV, as the output sheets show it.
# the Desimal setting
_PERCENT = {
    "capaian",
    "capaian_mentah",
    "capaian_node",
    "penyerapan",
    "perubahan_persen",
    "capaian_renstra",
    "capaian_standar",
}
_POINTS = {"efisiensi"}  # percentage points, negative in parentheses: (10,27)
_RUPIAH = {"pagu", "realisasi_anggaran", *PAGU_REVISI}  # whole rupiah
_UNKNOWN_SHOWN = {"capaian", "capaian_node", "efisiensi"}  # empty here reads "Belum diketahui"


_CAPAIAN = {"capaian", "capaian_mentah", "capaian_node", "capaian_renstra", "capaian_standar"}


def _sheet_texts(report: Report, table: str) -> list[dict[str, Any]]:
    """Per row of ``table``, what the output sheet shows where the row's figure is unknown, from the
    tables' own cell functions: "Galat (Kinerja!L7)" naming an unreadable cell, Belum diketahui."""
    from lkj_xl.core.tables import capaian_tujuan_sasaran, efisiensi, realisasi_anggaran

    if table == "indikator":  # Tabel 3.1/3.2's Capaian and Kriteria cells
        return [
            dict(zip(("capaian", "kriteria"), capaian_tujuan_sasaran.result_cells(i)[1:]))
            for i in report.indicators
        ]
    if table == "anggaran":  # Tabel 3.4's Pagu, Realisasi and Persentase cells
        budget_columns = ("pagu", "realisasi", "penyerapan")
        return [dict(zip(budget_columns, realisasi_anggaran.budget_cells(b))) for b in report.budgets]
    if table == "efisiensi":  # Tabel 3.3 from Capaian Kinerja to Tingkat Efisiensi
        columns = ("capaian", "pagu", "realisasi_anggaran", "penyerapan", "efisiensi")
        return [dict(zip(columns, efisiensi.row_cells(e, None)[3:8])) for e in report.efisiensi]
    return []


def _figure_decimals(report: Report, table: str) -> list[dict[str, int]]:
    """Per row of ``table``, the decimals the output sheets show each figure of its indicator with, by
    the rules of lkj_xl.core.formulas: its target, quarters and realisasi as Tabel 3.1/3.2 (one
    number of decimals for them all, more when a capaian next to a kriteria edge needs them:
    formulas.figure_decimals); its selisih and change in % with enough decimals to show their sign
    (formulas.sign_decimals), as Perbandingan Kinerja. The CSV holds a figure typed with a scale word ("193.900 juta") as a
    plain number: the rules are applied to the plain numbers."""
    from lkj_xl.core.formulas import figure_decimals, sign_decimals

    skala, desimal = report.settings.skala, report.settings.desimal

    def of(ind: IndicatorResult | None) -> dict[str, int]:
        if ind is None:
            return {}
        places = figure_decimals(ind, skala, plain=True, desimal=desimal)
        # each figure as the sheet shows it: one typed with fewer decimals than the row's keeps its own
        # (a Target 95 is 95,00 beside a Rata-rata 88,667: desimal_ketik)
        quarters = [*ind.realisasi_tw, *[None] * (len(_QUARTERS) - len(ind.realisasi_tw))]
        figures = [ind.target, ind.realisasi, *quarters, *target_figures(ind)]
        keys = ("target", "realisasi", *_QUARTERS, *TARGET_REVISI)
        shown = {key: typed_places(value, places) for key, value in zip(keys, figures, strict=True)}
        p = ind.pembanding
        if table == "indikator":
            # The comparison figures with the decimals of their Perbandingan Kinerja row (one for the
            # earlier years, last year's, the selisih, the Renstra target and the standard; the selisih
            # never shown 0 beside Membaik / Menurun), the change in % with those its sign needs.
            # each with its own decimals when fewer, as that row shows it (90,50 beside 88,667)
            compared = {
                "tahun_lalu": p.tahun_lalu,
                "selisih": p.selisih,
                "target_renstra": p.target_renstra,
                "standar_nasional": p.standar_nasional,
                **{f"realisasi_{year}": value for year, value in ind.realisasi_tahun.items()},
            }
            row_places = figure_decimals(ind, skala, comparisons=True, plain=True, desimal=desimal)
            shown.update({key: typed_places(value, row_places) for key, value in compared.items()})
        if table == "indikator" and p.perubahan_exact is not None:
            shown["perubahan_persen"] = sign_decimals(p.perubahan_exact, desimal)
        return shown

    if table == "indikator":
        return [of(i) for i in report.indicators]
    if table == "hierarki":  # the rows of hierarchy_rows: depth first, a node without indicators once
        return [of(i) for node in report.nodes() for i in (node.indicators or (None,))]
    return []


def _unknown_shown(text: str) -> str:
    """A sheet's text for an unknown figure in the CSV: the sheet's "-" (no kriteria) stays empty, as
    every other unknown figure of the CSV; a status text is neutralised like any other text."""
    return "" if text == "-" else neutralize(text)


def _efisiensi_texts(report: Report, table: str) -> list[dict[str, str]]:
    """Per row of Tabel 3.3 (``table`` efisiensi), its capaian, penyerapan and efisiensi as the sheet
    shows them, from the row's exact figures: the efisiensi the capaian shown minus the penyerapan
    shown (formulas.efisiensi_shown). Never from the floats of the row: 83,333... - 73,30833... is
    10,02499..., not the penyerapan of exactly 10,025 the sheet shows 10,03 (73,31 for 73,30)."""
    from lkj_xl.core.formulas import efisiensi_row_decimals, efisiensi_shown
    from lkj_xl.core.numbers import format_number

    if table != "efisiensi":
        return []
    skala, desimal = report.settings.skala, report.settings.desimal
    texts: list[dict[str, str]] = []
    for e in report.efisiensi:
        capaian, efisiensi = e.capaian_exact, e.efisiensi_exact
        if capaian is None or efisiensi is None:
            texts.append({})
            continue
        # the capaian and penyerapan with the decimals whose difference has the efisiensi's sign
        of_capaian, of_serapan = efisiensi_row_decimals(capaian, efisiensi, skala, desimal)
        points, decimals = efisiensi_shown(capaian, efisiensi, skala, desimal)
        shown = format_number(abs(points), decimals)
        texts.append(
            {
                "capaian": format_number(capaian, of_capaian),
                "penyerapan": format_number(capaian - efisiensi, of_serapan),
                "efisiensi": f"({shown})" if points < 0 else shown,
            }
        )
    return texts


def _displayed(table: str, column: str, value: Any, desimal: int, row: dict[str, Any], skala: str) -> Any:
    """A cell of an Excel-id CSV: numbers in Indonesian format with the decimals the sheets show (a
    capaian with those that agree with its kriteria and 100 %, an efisiensi with its sign)."""
    from lkj_xl.core.formulas import capaian_decimals, efisiensi_decimals, penyerapan_decimals
    from lkj_xl.core.numbers import format_number, to_fraction

    if column in ("tahun", "triwulan", "semester", "tahunan"):  # 2025, never "2.025"
        if isinstance(value, bool):  # (a dict keyed True would take Triwulan 1 for it)
            return "Ya" if value else "Tidak"
        return "" if value is None else value
    if column == "membaik":  # the direction as the Perbandingan Kinerja sheet says it
        if value is None:
            return "Tetap" if row.get("selisih") == 0 else ""
        return "Membaik" if value else "Menurun"
    if value is None:  # as Tabel 3.2 shows an indicator with an unreadable cell: its cells, Galat
        galat = str(row.get("status") or "").startswith(c.GALAT_LABEL)
        if column in _UNKNOWN_SHOWN:
            return row["status"] if galat and column == "capaian" else c.BELUM_DIKETAHUI
        return c.GALAT_LABEL if galat and column == "kriteria" else ""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return neutralize(value)
    if column in _POINTS:
        shown = format_number(abs(value), efisiensi_decimals(to_fraction(value), desimal))
        return f"({shown})" if value < 0 and shown.strip("0,") else shown
    if column in _CAPAIAN:
        return format_number(value, capaian_decimals(to_fraction(value), skala, desimal))
    if column == "penyerapan":  # on its side of 100 %, as Tabel 3.4 shows it
        return format_number(value, penyerapan_decimals(value, desimal))
    if column in _PERCENT:
        return format_number(value, desimal)
    if column in _RUPIAH or (table == "anggaran" and column == "realisasi"):
        return rupiah_figure(value)  # with its sen where it has any, as Tabel 3.4
    # counts and amounts: 2 decimals unless whole, as the tables' number formats (an indicator's
    # figures have their row's decimals: _figure_decimals)
    return format_number(value, 0 if float(value).is_integer() else 2)


def shown_rows(report: Report, table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` of ``table`` (export.table_rows, with whose report's columns) as the sheets show them."""
    from lkj_xl.core.numbers import format_number

    desimal, skala = report.settings.desimal, report.settings.skala
    texts, decimals = _sheet_texts(report, table), _figure_decimals(report, table)
    efisiensi = _efisiensi_texts(report, table)
    shown: list[dict[str, Any]] = []
    for n, row in enumerate(rows):
        sheet, fixed = texts[n] if texts else {}, decimals[n] if decimals else {}
        exact = efisiensi[n] if efisiensi else {}
        shown.append(
            {
                k: exact[k]
                if k in exact
                else _unknown_shown(sheet[k])
                if v is None and isinstance(sheet.get(k), str)
                else format_number(v, fixed[k])
                if k in fixed and isinstance(v, (int, float)) and not isinstance(v, bool)
                else _displayed(table, k, v, desimal, row, skala)
                for k, v in row.items()
            }
        )
    return shown
