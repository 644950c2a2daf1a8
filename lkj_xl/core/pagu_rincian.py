"""A row left with a blank Pagu over rows of its own that each carry one (the DPA's ``5.1`` over ``5.1.02``
and ``5.1.06``, program_of_belanja; a SIPD Kegiatan over its Sub Kegiatan, program_from_rincian): given
their sum, said at its cell, so the program made of such rows is made, its rows never counted twice.
Moved out of program_of_belanja (both use it). Pure."""

from __future__ import annotations

import dataclasses

from lkj_xl.core import contract as c
from lkj_xl.core.blank_program import _blank
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.kalimat import rupiah
from lkj_xl.core.model import PERINGATAN, TOTALS, BudgetInput, Value
from lkj_xl.core.program_koreksi import summed


def fill_pagu(
    run: list[BudgetInput],
    under: dict[int, list[int]],
    after: list[BudgetInput],
    log: FindingLog,
    level: str = "jenis belanja",
) -> list[BudgetInput]:
    """``run`` with each line's Pagu left blank (its Pagu Perubahan too) over lines of its own that each
    carry one (``5.1`` over ``5.1.02``, ``5.1.06``) given their sum, the deepest line first, said at its
    cell, as a blank quarter is filled (blank_program); one of them without a pagu (blank, a 0 beside its
    spending), or a line of it ending the run (``after``: the row after it, if any; a word or a figure
    below zero in its Pagu) leaves it blank (the program is then not made: its galat at its Pagu, never a
    pagu short by that line). ``level``: what a line is called ("kegiatan": a SIPD Kegiatan over its Sub
    Kegiatan, program_from_rincian)."""
    out = list(run)
    for k in sorted(under, key=lambda k: -len(run[k].kode)):
        line, rows = out[k], [out[j] for j in under[k]]
        if not (_blank(line.pagu) and _blank(line.pagu_perubahan)):
            continue
        if any(row.kode.startswith(f"{line.kode}.") for row in after):
            continue
        if not all(_line_pagu(row) for row in rows):
            continue
        used = summed([row.pagu_used for row in rows])
        said = rupiah(used.exact or 0)
        if any(row.pagu_perubahan.filled for row in rows):  # (their Pagu before the APBD-P, as a program's)
            known = all(row.pagu.exact is not None for row in rows)
            before = summed([row.pagu for row in rows]) if known else Value()
            out[k] = dataclasses.replace(line, pagu=before, pagu_perubahan=used)
            said = (
                f"Pagu {rupiah(before.exact or 0)}, Pagu Perubahan {said}"
                if known
                else f"Pagu Perubahan {said}"
            )
        else:
            out[k] = dataclasses.replace(line, pagu=used)
        where = ", ".join(f"{row.kode} baris {row.row}" for row in rows)
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Pagu",
            line.row,
            f"Pagu {level} {line.kode} kosong: diisi jumlah rinciannya di bawahnya ({said}: "
            f"{where}), yang tetap tidak dihitung dua kali; bila pagu {level} {line.kode} berbeda, tulis "
            "angkanya di sel ini (angka yang ditulis yang dihitung)",
            TOTALS,
        )
    return out


def _line_pagu(row: BudgetInput) -> bool:
    """Whether a line's pagu in use can be summed into its head's: a figure from 0, 0 only with nothing
    spent (a line dropped; beside spending it is no pagu, a program's 0 beside spending is a galat)."""
    pagu = row.pagu_used.exact
    if pagu is None or pagu < 0 or row.kode_galat:
        return False
    return pagu > 0 or not any(v.exact for v in row.realisasi_tw)
