"""Why a figure is not computed, in the galat's own words: the galat cells with the findings said at
them (a repeated Kode, a negative pagu, an unreadable cell), as the mail, Tabel 3.3's note, the Word
report and Analisis Capaian say it. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from lkj_xl.core.findings import _CELL, cell_list
from lkj_xl.core.model import GALAT, Finding


def galat_causes(findings: Sequence[Finding], cells: Sequence[str], most: int = 3) -> str:
    """'Anggaran!A3: Kode program "P1" ganda (...)': the galat cells with their galat's own words (a
    repeated Kode, a negative pagu, an unreadable cell: not all "tidak terbaca"), cells of one finding
    (a run said once at its range) together, ``most`` findings, then how many cells more; cells
    without a finding by their references alone."""
    by_cell: dict[str, Finding] = {}
    for f in findings:
        if f.severity != GALAT:
            continue
        first, _, last = f.sel.partition(":")
        start, end = _CELL.match(first), _CELL.match(last or first)
        if start is None or end is None or start.group(1) != end.group(1):
            continue
        for row in range(int(start.group(2)), int(end.group(2)) + 1):
            by_cell.setdefault(f"{f.sheet}!{start.group(1)}{row}", f)
    grouped: dict[int, tuple[Finding | None, list[str]]] = {}
    for ref in dict.fromkeys(cells):
        found = by_cell.get(ref)
        grouped.setdefault(id(found), (found, []))[1].append(ref)
    said = [(f, refs) for f, refs in grouped.values() if f is not None]
    causes = [f"{cell_list(refs)}: {f.pesan}" for f, refs in said[:most]]
    bare = [ref for f, refs in grouped.values() if f is None for ref in refs]
    if bare:
        causes.append(cell_list(bare))
    rest = sum(len(refs) for _, refs in said[most:])
    return "; ".join(causes) + (f"; dan {rest} sel lain" if rest else "")


def galat_anggaran_teks(findings: Sequence[Finding], cells: Sequence[str]) -> str:
    """Why a budget figure is not computed, in every output alike (mail body, Tabel 3.3's note, the
    Word report's and Analisis Capaian's sentences): 'galat pada isian anggaran: Anggaran!G4:
    Realisasi anggaran program "P" di bawah nol; ... (lihat sheet Pemeriksaan)', each cell with its
    galat's own words (:func:`galat_causes`), never "tidak dapat dibaca" for a cell that can be."""
    return f"galat pada isian anggaran: {galat_causes(findings, cells)} (lihat sheet Pemeriksaan)"
