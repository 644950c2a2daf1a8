"""The programs' pagu against the totals staff typed: Pengaturan's Total Pagu Perjanjian Kinerja, a
grand total typed under the programs in Anggaran (core.typed_total) and a Sasaran's or Tujuan's
subtotal row (core.subtotal_rows). Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import PERINGATAN, TOTALS
from lkj_xl.core.formulas import known_sum
from lkj_xl.core.kalimat import rupiah, selisih_rupiah
from lkj_xl.core.model import BudgetResult, Finding, Settings, WorkbookInput
from lkj_xl.core.numbers import to_fraction
from lkj_xl.core.pk_on_top import OnTop, lines_left_out
from lkj_xl.core.skala_jumlah import scale_slip
from lkj_xl.core.styles import same_amount
from lkj_xl.core.subtotal_rows import check_subtotal_rows
from lkj_xl.core.typed_total import check_typed_shares, check_typed_total


def check_total_pagu(
    settings: Settings,
    budgets: list[BudgetResult],
    total: Fraction,
    findings: list[Finding],
    data: WorkbookInput,
    on_top: OnTop | None = None,
) -> None:
    """A peringatan at Pengaturan's Total Pagu Perjanjian Kinerja when the programs' pagu (``total``)
    do not add up to it (naming the lines on top left out, ``on_top``); and at each figure of a grand
    total typed under the programs in Anggaran that differs from their sum (core.typed_total)."""
    if data.typed_total is not None and not settings.triwulan_galat:
        findings += check_typed_total(data.typed_total, budgets, settings, anggaran_letters(data))
        findings += check_typed_shares(data.typed_total, data.typed_total_shares, budgets, settings)
    if not settings.triwulan_galat:  # a Sasaran's subtotal row (Tabel 2.4 / 3.3 copied) against its programs
        findings += check_subtotal_rows(data, budgets, settings, anggaran_letters(data))
    agreed = to_fraction(settings.total_pagu) if settings.total_pagu is not None else None
    # the PK signed before the APBD-P gives the Pagu column (also of a program made of its rows)
    pk = known_sum([b.pagu_pk_exact for b in budgets])
    if (
        agreed is None
        # a sum with an unreadable pagu (or a repeated Kode's) left out would be a false alarm
        or any(b.galat_pagu for b in budgets)
        or same_amount(total, agreed)
        or (pk is not None and same_amount(pk, agreed))
    ):
        return
    findings.append(
        Finding(
            PERINGATAN,
            c.SHEET_PENGATURAN,
            settings.total_pagu_sel,
            # both with their sen, as the difference (rounded, 2.000.000,50 and 2.000.000 read 1 apart)
            f"Jumlah pagu program di sheet Anggaran ({rupiah(total)}) tidak sama "
            f"dengan Total Pagu Perjanjian Kinerja ({rupiah(agreed)}), {selisih_rupiah(total, agreed)}"
            + _scale(agreed, total, pk)
            + (
                f"; jumlah Pagu program sebelum Pagu Perubahan (Perjanjian Kinerja) {rupiah(pk)}"
                if pk is not None and any(b.pagu_pk is not None for b in budgets)
                else ""
            )
            + lines_left_out(on_top, anggaran_letters(data)),
            TOTALS,
        )
    )


def _scale(agreed: Fraction, total: Fraction, pk: Fraction | None) -> str:
    """The Total typed in ribuan or jutaan, or with three zeros too many, beside the programs' pagu (or
    their Perjanjian Kinerja's, before a Pagu Perubahan): the slip and the figure to type, as a total row
    typed so is told (skala_jumlah); "" for any other difference."""
    for counted in (total, pk):
        if counted is not None and (slip := scale_slip(agreed, counted)):
            return f": Total Pagu Perjanjian Kinerja {slip}"
    return ""


def anggaran_letters(data: WorkbookInput) -> dict[str, str]:
    """Anggaran's column letters (the user's tab may differ in case)."""
    keyed = {c.normalize_label(sheet): cols for sheet, cols in data.columns.items()}
    return keyed.get(c.normalize_label(c.SHEET_ANGGARAN), {})
