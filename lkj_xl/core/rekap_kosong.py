"""The blank workbook a Bappeda sent out, found among the agencies' in the folder it collects.

A Bappeda's collection folder often keeps the template it sent to every agency (``Template LKjIP
2025/``, ``Format/LKjIP kosong.xlsx``, the ``lkj-xl new`` workbook, perhaps with the Pemda, Tahun and
Triwulan typed in). Read as an agency's, it became a ``(tanpa nama)`` row with a galat (the Triwulan
left blank) and warnings that sent the Bappeda chasing an agency that does not exist. It is told
apart only when unmistakably blank: no Perangkat Daerah, no indicator, no program row, and no finding
but those of Pengaturan and the note of a workbook with no rows. Anything an agency typed beyond
Pengaturan (a Kinerja row without its Kode, a program, an Analisis row) leaves it an agency's
workbook, flagged as before: those are the problems the Bappeda chases.
"""

from __future__ import annotations

from lkj_xl.core import contract as c
from lkj_xl.core.engine import NO_ROWS
from lkj_xl.core.model import Report

# Pemeriksaan's keterangan of the file (status core.DILEWATI), and the CLI's English word on it.
# An agency that sent the template back unfilled looks the same: the reason says what that means.
ALASAN_KOSONG = (
    "buku kerja kosong (templat): tidak direkap; Perangkat Daerah di sheet Pengaturan, indikator di "
    "sheet Kinerja dan program di sheet Anggaran belum diisi (bila berkas ini kiriman perangkat daerah, "
    "laporannya belum diisi: minta dikirim ulang)"
)
DETAIL_KOSONG = (
    "a blank workbook (the template: no Perangkat Daerah, no indicator, no program): not recapitulated"
)


def no_name(name: object) -> bool:
    """No Perangkat Daerah typed: blank, or only dots and dashes (``...``, ``-``) left to fill in.
    lkj-xl's own template leaves the cell empty (its hint is in the Keterangan column)."""
    return not any(ch.isalnum() for ch in str(name or ""))


def blank_template(report: Report) -> bool:
    """Whether the workbook is a blank template: nothing of an agency's in it (module docstring)."""
    if not no_name(report.settings.perangkat_daerah) or report.indicators or report.budgets:
        return False
    return all(
        f.sheet == c.SHEET_PENGATURAN or (f.sheet == c.SHEET_KINERJA and f.pesan == NO_ROWS)
        for f in report.findings
    )
