"""A Kumulatif count's Target Akhir Renstra that is the Renstra period's total (Perbandingan Kinerja).

A Program counting houses rehabilitated per year (Kumulatif: the year's quarters summed) beside a
Target Akhir Renstra of 1.000 houses over 2021-2026 printed 120 / 1.000 = 12 % as the capaian against
it: read as the progress toward the end, while the earlier years' houses are in no cell. That
progress needs the realisasi of every year of the Renstra before this one, which the workbook does not
hold (a ``Realisasi <year>`` column may hold some, but not where the Renstra starts): the capaian is
not computed, the Perbandingan cell says what it needs (:data:`SEL`), a note under the table names the
row and a peringatan at its Target Akhir Renstra cell says why (pembanding).

Read so only where the end target is at least :data:`KALI` times the year's target (a sum of several
years' targets; a final year's own target, 250 beside 200, stays compared), of a Kumulatif Positif
indicator that is no percentage (a Nilai Akhir stock or a rate against its end level, a percentage,
are compared as before), typed as one figure (a range has its own rule).

Pure: lkj_xl.core only.
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.model import IndicatorInput, Settings
from lkj_xl.core.number_words import is_percent_unit

KALI = 3  # an end target this many times the year's target reads as the period's total
SEL = "Perlu realisasi tahun sebelumnya"  # Perbandingan Kinerja's cell in place of the capaian
# What Analisis Capaian's sentence and the note under the table say of it ({} -> the report's year).
ALASAN = (
    "capaiannya tidak dihitung: target itu jumlah seluruh periode Renstra, sedangkan realisasi {} "
    "adalah realisasi satu tahun saja; kemajuan menuju target akhir memerlukan realisasi "
    "tahun-tahun sebelumnya dalam periode Renstra"
)


def tahun_teks(settings: Settings) -> str:
    """ "Tahun 2025", or "tahun ini" when the year is not known."""
    return f"Tahun {settings.tahun}" if settings.tahun else "tahun ini"


def jumlah_periode(item: IndicatorInput, renstra: Fraction | None) -> Fraction | None:
    """The year's target counted when ``renstra`` (the row's Target Akhir Renstra) reads as the sum of
    the Renstra's years (:data:`KALI`), of a Kumulatif Positif count; None otherwise."""
    if (
        renstra is None
        or item.target_renstra.rentang is not None
        or item.jenis_realisasi != c.KUMULATIF
        or item.polaritas != c.POSITIF
        or is_percent_unit(item.satuan)
    ):
        return None
    target = (item.target_perubahan if item.target_perubahan.filled else item.target).exact
    if target is None or target <= 0:
        return None
    return target if renstra >= KALI * target else None
