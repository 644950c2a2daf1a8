"""Sentences about programs' budgets outside their own row of Tabel 3.4: spending above the pagu (3.2.3,
3.2.4 and the note under Tabel 3.4) with the cells to check, programs without an indicator whose
budget a Tujuan/Sasaran holds, and programs counted toward none (the notes under Tabel 3.3). Figures
as the tables show them (lkj_xl.core.kalimat). Pure: standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.kalimat import daftar, nama_node, pagu_perubahan, rupiah, sd
from lkj_xl.core.model import BudgetResult, Finding, Node, Report, walk
from lkj_xl.core.numbers import to_fraction
from lkj_xl.core.penyerapan import serapan_persen

_ROW = re.compile(r"(\d+)$")


def melebihi_pagu_sel(findings: Sequence[Finding], rows: Collection[int]) -> list[str]:
    """The cells of the "melebihi pagu" peringatan (lkj_xl.core.budget) on these Anggaran rows: what a
    sentence stating spending above the pagu tells staff to check. A peringatan said once for several
    programs (findings.group_identical, "G5:G9") is on each of its rows, not on its range's last alone."""
    return [
        f"{f.sheet}!{f.sel}"
        for f in findings
        if f.sheet == c.SHEET_ANGGARAN
        and "over_pagu" in f.tentang
        and any(row in rows for row in _rows_of(f))
    ]


def _rows_of(f: Finding) -> tuple[int, ...]:
    """The rows a finding is about: those it was said once for (Finding.rows), else its cell's row."""
    if f.rows:
        return f.rows
    return (int(m.group(1)),) if (m := _ROW.search(f.sel)) else ()


def melebihi_pagu_teks(
    realisasi: float | None, pagu: float | None, rows: Collection[int], findings: Sequence[Finding]
) -> str:
    """What 3.2.3 adds after a program's penyerapan when its realisasi is above its pagu, with or
    without an indicator: ", melebihi pagu sebesar Rp 10.471.500 (periksa Anggaran!I16, lihat sheet
    Pemeriksaan)" (``rows``: its Anggaran rows); "" within the pagu."""
    if realisasi is None or pagu is None or realisasi <= pagu:
        return ""
    cells = melebihi_pagu_sel(findings, rows)
    where = f"periksa {', '.join(cells)}, " if cells else ""
    lebih = to_fraction(realisasi) - to_fraction(pagu)
    return f", melebihi pagu sebesar {rupiah(lebih)} ({where}lihat sheet Pemeriksaan)"


def melebihi_pagu_anggaran(budgets: Sequence[BudgetResult], findings: Sequence[Finding], desimal: int) -> str:
    """3.2.4, under the total: the programs whose realisasi is above their pagu (Tabel 3.4 prints over
    100 beside them), with the cells to check; "" when none is."""
    over = [
        b
        for b in budgets
        if b.pagu is not None
        and b.realisasi is not None
        and b.penyerapan is not None
        and b.realisasi > b.pagu
    ]
    if not over:
        return ""
    named = [
        f"{b.program or b.kode} ({rupiah(b.realisasi)} dari pagu {rupiah(b.pagu)}, "  # type: ignore[arg-type]
        f"{serapan_persen(b.penyerapan, desimal)})"  # type: ignore[arg-type]
        for b in over
    ]
    cells = melebihi_pagu_sel(findings, {b.row for b in over})
    check = (
        f": periksa {', '.join(cells)} (lihat sheet Pemeriksaan)" if cells else " (lihat sheet Pemeriksaan)"
    )
    return f"Realisasi anggaran {daftar(named)} melebihi pagu{check}."


def tanpa_indikator(report: Report) -> list[BudgetResult]:
    """The programs of the Anggaran sheet with no node in Kinerja (no indicator) whose budget counts
    toward a Sasaran/Tujuan (Kode Sasaran, or the Kode Induk of their indicator-less Kinerja row):
    Tabel 3.3 gives it their pagu, Tabel 3.2 does not list them."""
    codes = {n.kode for n in walk(report.roots)}
    # (an account line of a Program's Kode, counted as the agency's own: no budget of that Program)
    return [b for b in report.budgets if b.kode_sasaran and (b.kode not in codes or b.rekening)]


def program_figures(b: BudgetResult, report: Report) -> str:
    """A program as Tabel 3.3's notes name it: "PROGRAM X (Pagu Perubahan Rp 600.000.000, pagu
    Perjanjian Kinerja Rp 500.000.000, realisasi s.d. Triwulan II Tahun 2025 Rp 100.000.000)"; the
    pagu as Tabel 3.4 prints it (after the APBD-P its Pagu Perubahan, the signed one beside it)."""
    from lkj_xl.core.findings import galat_status  # findings imports this module

    shown = rupiah(b.pagu) if b.pagu is not None else galat_status(b.galat_pagu) if b.galat_pagu else ""
    figures = [f"{'Pagu Perubahan' if b.pagu_pk is not None else 'pagu'} {shown}" if shown else ""]
    if b.pagu_pk is not None and b.pagu_pk_exact is not None:
        figures.append(f"pagu Perjanjian Kinerja {rupiah(b.pagu_pk_exact)}")
    if b.realisasi is not None:
        figures.append(f"realisasi {sd(report.settings)} {rupiah(b.realisasi)}")
    said = ", ".join(f for f in figures if f)
    return f"{b.program or b.kode}{f' ({said})' if said else ''}"


def catatan_tanpa_indikator(report: Report) -> str:
    """Under Tabel 3.3 (sheet, PDF, Word): each program without indicator whose pagu a Sasaran/Tujuan
    holds, with its figures and the node; "" when none (3.2.3 says it per node, see below)."""
    nodes = {n.kode: n for n in walk(report.roots)}
    parts = []
    for b in tanpa_indikator(report):
        node = nodes[b.kode_sasaran]
        parts.append(f"{program_figures(b, report)} pada {nama_node(node.tingkat, node.uraian)}")
    if not parts:
        return ""
    return (
        "Pagu tujuan/sasaran pada tabel ini memuat anggaran program tanpa indikator kinerja (tidak "
        f"tercantum pada Tabel 3.2): {'; '.join(parts)}."
    )


_SEL = re.compile(r"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$")


def _shown_as(cell: str, findings: Sequence[Finding]) -> str:
    """``cell`` ("Anggaran!C7") as the Pemeriksaan sheet lists its finding: the one-column range the
    same message down a column was grouped into (findings.group_identical, "Anggaran!C5:C9") when no
    finding is at the cell itself."""
    sheet, _, ref = cell.partition("!")
    at = _SEL.match(ref)
    if at is None or at.group(3) or any(f.sheet == sheet and f.sel == ref for f in findings):
        return cell
    column, row = at.group(1), int(at.group(2))
    ranges = [m for f in findings if f.sheet == sheet and (m := _SEL.match(f.sel)) and m.group(3)]
    return next(
        (
            f"{sheet}!{m.group(0)}"
            for m in ranges
            if m.group(1) == m.group(3) == column and int(m.group(2)) <= row <= int(m.group(4))
        ),
        cell,
    )


def catatan_tidak_dihitung(report: Report) -> str:
    """Under Tabel 3.3 (sheet, PDF, Word): the programs of Tabel 3.4 whose budget is counted toward
    no Tujuan/Sasaran (no Kode Sasaran and no Kinerja row, a program outside any Sasaran), so that
    the table's Tujuan add up to less than Tabel 3.4's TOTAL; the cells of the findings saying why
    (BudgetResult.tanpa_sasaran, never a finding picked by its words). "" when none."""
    lost = [b for b in report.budgets if not b.kode_sasaran]
    if not lost:
        return ""
    parts = [program_figures(b, report) for b in lost]
    cells = list(dict.fromkeys(_shown_as(b.tanpa_sasaran, report.findings) for b in lost if b.tanpa_sasaran))
    where = f"lihat {daftar(cells)} di sheet Pemeriksaan" if cells else "lihat sheet Pemeriksaan"
    return (
        "Anggaran program yang tidak dihitung ke tujuan/sasaran mana pun pada tabel ini (termasuk dalam "
        f"total Tabel 3.4): {'; '.join(parts)}; {where}."
    )


def anggaran_tanpa_indikator(node: Node, report: Report, *, juga: bool = True) -> str:
    """3.2.3, under a Sasaran (or Tujuan): the programs of the Anggaran sheet with no node in Kinerja
    counted toward it (Kode Sasaran; the seed's support program, S2): Tabel 3.3 and 3.2.2 give the
    node their pagu, the programs listed above do not hold it. ``juga=False``: no program is listed
    above, the node's pagu is theirs alone ("berasal dari"). "" when there is none."""
    lain = [b for b in tanpa_indikator(report) if b.kode_sasaran == node.kode]
    if not lain or node.pagu is None:
        return ""
    parts = []
    for b in lain:
        text = f"{b.program or b.kode}, program tanpa indikator kinerja"
        if b.pagu is not None:
            text += f", dengan pagu {rupiah(b.pagu)}{pagu_perubahan(b.pagu_pk is not None, b.pagu_pk_exact)}"
        if b.realisasi is not None:
            text += f" dan realisasi {sd(report.settings)} sebesar {rupiah(b.realisasi)}"
        if b.penyerapan is not None:
            text += f" atau penyerapan {serapan_persen(b.penyerapan, report.settings.desimal)}"
            text += melebihi_pagu_teks(b.realisasi, b.pagu, {b.row}, report.findings)
        parts.append(text)
    return (
        f"Anggaran {node.tingkat.lower()} ini pada Tabel 3.3 (pagu {rupiah(node.pagu)}) "
        f"{'juga mencakup' if juga else 'berasal dari'} {'; '.join(parts)}."
    )
